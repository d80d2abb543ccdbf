"""Whole scripted calls against the real Rasa server: each path of each scenario, as a trainee would play it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from commandline import calldrill

from core.callrecord import Hangup, Pickup, Ring, Utterance, read_call_record
from core.scenario import fill, load_scenarios

SCRIPTS = Path(__file__).resolve().parent / "data" / "scripts"
PATHS = yaml.safe_load((SCRIPTS / "paths.yml").read_text(encoding="utf-8"))
pytestmark = pytest.mark.rasa


def nodes_of(record, scenario) -> list[str]:
    """Which scenario node each customer line came from (None for the bot's 'sorry?' line)."""
    facts = record.facts or {}
    by_text = {fill(line, facts): node.id for node in scenario.nodes for line in node.say}
    return [by_text.get(u.text) for _, u in record.utterances("customer")]


def play(script: Path, out: Path, rasa_url: str, scenario: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CALLDRILL_RASA_URL": rasa_url}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "calldrill",
            "practice",
            scenario,
            "--script",
            str(script),
            "--out",
            str(out),
            "--trainee",
            "E1024",
            "--seed",
            "7",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("case", PATHS, ids=[c["script"] for c in PATHS])
def test_scripted_call_follows_its_path(case, rasa_url, tmp_path):
    out = tmp_path / "call.json"
    result = play(SCRIPTS / case["script"], out, rasa_url, case["scenario"])
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr

    record = read_call_record(out)  # valid call record, version 1
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert raw["version"] == 1 and raw["scenario"] == case["scenario"]
    assert raw["trainee"] == {"id": "E1024", "work_id": "3"}
    scenario = load_scenarios().get(case["scenario"])
    assert record.company == scenario.company

    visited = [n for n in nodes_of(record, scenario) if n is not None]
    assert visited == case["expect_nodes"], (
        f"path differs; customer said: {[u.text for _, u in record.utterances('customer')]}, "
        f"acts: {[u.intents for _, u in record.utterances('trainee')]}"
    )

    kinds = [type(e) for e in record.events]
    assert kinds[0] is Ring and Pickup in kinds
    assert isinstance(record.events[-1], Hangup)
    assert record.events[-1].by == case["expect_hangup_by"]
    times = [e.t for e in record.events]
    assert times == sorted(times)
    for _, u in record.utterances():
        assert u.end > u.t
    trainee_turns = record.utterances("trainee")
    assert trainee_turns and all(u.intents for _, u in trainee_turns)


def test_each_scenario_has_three_distinct_paths():
    by_scenario: dict[str, set[tuple[str, ...]]] = {}
    for case in PATHS:
        by_scenario.setdefault(case["scenario"], set()).add(tuple(case["expect_nodes"]))
    assert set(by_scenario) == {
        "angry_complainant",
        "unclear_audio",
        "absent_colleague",
        "unanswerable_question",
    }
    assert all(len(paths) >= 3 for paths in by_scenario.values()), by_scenario


def test_late_pickup_and_hold_are_in_the_record(rasa_url, tmp_path):
    script = tmp_path / "late.txt"
    script.write_text(
        "/pickup 5\n对不起让您久等了，旭日装饰客服中心，3号客服\n/hold 65\n/hangup\n",
        encoding="utf-8",
    )
    out = tmp_path / "call.json"
    result = play(script, out, rasa_url, "absent_colleague")
    assert result.returncode == 0, result.stderr
    record = read_call_record(out)
    rings = [e for e in record.events if isinstance(e, Ring)]
    assert len(rings) == 5
    types = [e.type for e in record.events]
    hold_start = record.events[types.index("hold_start")]
    hold_end = record.events[types.index("hold_end")]
    assert hold_end.t - hold_start.t == pytest.approx(65.0)
    assert record.events[-1] == Hangup(t=record.events[-1].t, by="trainee")
    assert isinstance(record.events[types.index("pickup") + 1], Utterance)


def test_practice_call_is_scored_and_stored_for_a_registered_trainee(
    rasa_url, isolated_home, tmp_path
):

    from storage import Store

    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,team\nE1024,王小红,一组\n", encoding="utf-8")
    assert calldrill("cert", "import-trainees", roster).exit_code == 0

    out = tmp_path / "call.json"
    result = play(SCRIPTS / "absent_colleague__good.txt", out, rasa_url, "absent_colleague")
    assert result.returncode == 0, result.stderr
    assert "得分：" in result.stdout and "结果：通过" in result.stdout
    assert "成绩已保存（通话编号 1）。" in result.stdout

    with Store.open() as store:
        stored = store.results.call(1)
        assert stored.record == read_call_record(out)
        assert stored.latest_report.report.passed
        assert [c.trainee_id for c in store.results.practice_calls()] == ["E1024"]


def test_practice_for_an_unregistered_trainee_still_gives_feedback(
    rasa_url, isolated_home, tmp_path
):
    out = tmp_path / "call.json"
    result = play(SCRIPTS / "absent_colleague__dismissive.txt", out, rasa_url, "absent_colleague")
    assert result.returncode == 0, result.stderr
    assert "结果：未通过" in result.stdout
    assert (
        "（成绩未保存：没有工号为“E1024”的学员。请先用 calldrill cert import-trainees 导入学员名单。）"
        in result.stdout
    )
