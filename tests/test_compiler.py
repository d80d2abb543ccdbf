"""The compiled Rasa project is a standard one: Rasa's own validator and story tests accept it."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from core.acts import ACT_NAMES
from core.scenario import load_scenarios
from nlu.compiler import compile_project, response_name
from nlu.service import _python, _rasa_env

pytestmark = pytest.mark.rasa


def rasa(project, *args, timeout=600):
    return subprocess.run(
        [str(_python()), "-m", "rasa", *args],
        cwd=project,
        env=_rasa_env(project),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    project = tmp_path_factory.mktemp("rasa-project")
    compile_project(load_scenarios(), project)
    return project


def test_layout_and_domain(compiled):
    for name in [
        "config.yml",
        "domain.yml",
        "data/nlu.yml",
        "data/rules.yml",
        "tests/test_stories.yml",
    ]:
        assert (compiled / name).is_file(), name
    domain = yaml.safe_load((compiled / "domain.yml").read_text(encoding="utf-8"))
    assert domain["intents"] == list(ACT_NAMES)
    for s in load_scenarios().scenarios:
        for node in s.nodes:
            variants = domain["responses"][response_name(s.id, node.id)]
            assert [v["text"] for v in variants] == list(node.say)
            assert all(v["custom"]["hangup"] == node.hangup for v in variants)


def test_compilation_is_deterministic(compiled, tmp_path):
    assert compile_project(load_scenarios(), tmp_path) == compile_project(
        load_scenarios(), compiled
    )


def test_rasa_data_validate_passes(compiled):
    result = rasa(compiled, "data", "validate")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "No story structure conflicts found" in result.stdout + result.stderr


def test_generated_test_stories_pass_rasa_test_core(compiled, trained_bot, tmp_path):
    result = rasa(
        trained_bot.project,
        "test",
        "core",
        "--stories",
        str(compiled / "tests" / "test_stories.yml"),
        "-m",
        str(trained_bot.model),
        "--out",
        str(tmp_path),
        "--no-plot",
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    failed = (tmp_path / "failed_test_stories.yml").read_text(encoding="utf-8")
    assert "story:" not in failed, failed[:3000]
    stories = yaml.safe_load((compiled / "tests" / "test_stories.yml").read_text(encoding="utf-8"))
    assert len(stories["stories"]) == sum(len(s.nodes) for s in load_scenarios().scenarios)
