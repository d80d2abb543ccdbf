"""Scenario files: the project's own load cleanly, broken ones say exactly what to fix (exit 2)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from commandline import calldrill

from core.errors import ScenarioError
from core.scenario import load_scenarios

BROKEN = "tests/data/broken"


def validate(*paths: str):
    return calldrill("scenarios", "validate", *paths)


def test_project_scenarios_are_valid_and_cover_the_four_kinds():
    scenarios = load_scenarios()
    kinds = {s.kind for s in scenarios.scenarios}
    assert {
        "angry_complainant",
        "unclear_audio",
        "absent_colleague",
        "unanswerable_question",
    } <= kinds
    result = validate()
    assert result.exit_code == 0, result.output
    assert "个场景全部有效" in result.output


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "bad_yaml",
            f"{BROKEN}/bad_yaml.yaml 第3行：YAML 格式错误（mapping values are not allowed here）。"
            "请检查这一行的缩进、冒号和引号。",
        ),
        (
            "missing_field",
            f"{BROKEN}/missing_field.yaml 第1行，字段“company”：缺少必填字段。请补上这一项。",
        ),
        (
            "wrong_type",
            f"{BROKEN}/wrong_type.yaml 第8行，字段“pass_mark”：应为数字，实际写的是 '八十'。",
        ),
        (
            "missing_reply",
            f"{BROKEN}/missing_reply.yaml 第18行，字段“nodes[2].say”：缺少必填字段。请补上这一项。",
        ),
        (
            "unreachable",
            f"{BROKEN}/unreachable.yaml 第29行，字段“nodes[5].id”：节点“orphan”无法到达："
            "接听后的任何分支都不会跳到这里。请从其他节点的 on/otherwise 指向它，或删除它。",
        ),
        (
            "duplicate_key",
            f"{BROKEN}/duplicate_key.yaml 第3行：YAML 格式错误（重复的键“title”）。"
            "请检查这一行的缩进、冒号和引号。",
        ),
        (
            "forbidden_weight",
            f"{BROKEN}/forbidden_weight.yaml 第7行，字段“rules.no_rudeness”：“no_rudeness”是禁止类规则，"
            "对每个场景都自动生效，不需要也不能设置权重。请删除这一项。",
        ),
    ],
)
def test_broken_scenario_gives_one_exact_paragraph(name, message):
    result = validate(f"{BROKEN}/{name}.yaml")
    assert result.exit_code == 2
    assert result.output == f"错误：{message}\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    ("name", "start", "hint"),
    [
        (
            "unknown_rule",
            "第7行，字段“rules.standard_greting”：未知的规则 id“standard_greting”。",
            "是否想写“standard_greeting”？可用的规则：pickup_within_3_rings、",
        ),
        (
            "unknown_act",
            "第20行，字段“nodes[2].on.good_bye”：未知的学员行为“good_bye”。",
            "是否想写“goodbye”？可用的行为：rudeness、",
        ),
        (
            "bad_target",
            "第17行，字段“nodes[1].on.dismissiveness”：跳转目标“angy”不是本场景的节点。",
            "是否想写“angry”？现有节点：confirm、ask、leave、angry、bye。",
        ),
        (
            "bad_placeholder",
            "第16行，字段“nodes[1].say[0]”：占位符“{coleague}”不是本场景的事实。",
            "是否想写“colleague”？可用：caller_name、caller_phone、caller_unit、colleague、company。",
        ),
    ],
)
def test_broken_reference_names_line_field_and_suggests_a_fix(name, start, hint):
    result = validate(f"{BROKEN}/{name}.yaml")
    assert result.exit_code == 2
    first = result.output.splitlines()[0]
    assert first.startswith(f"错误：{BROKEN}/{name}.yaml {start}")
    assert hint in first


def test_duplicate_scenario_ids_across_files():
    result = validate(f"{BROKEN}/dup_a.yaml", f"{BROKEN}/dup_b.yaml")
    assert result.exit_code == 2
    assert result.output == (
        f"错误：{BROKEN}/dup_b.yaml 第1行，字段“id”：场景 id“duplicate”与 {BROKEN}/dup_a.yaml 重复，"
        "每个场景的 id 必须唯一。\n"
    )


def test_missing_file_and_unknown_scenario():
    result = validate("tests/data/broken/nope.yaml")
    assert (result.exit_code, result.output) == (
        2,
        "错误：tests/data/broken/nope.yaml：文件不存在。请检查路径。\n",
    )
    with pytest.raises(Exception, match="没有名为“nope”的场景"):
        load_scenarios().get("nope")


def test_every_error_of_a_file_is_reported_not_just_the_first(tmp_path):
    bad = tmp_path / "two.yaml"
    text = Path(f"{BROKEN}/unknown_act.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("standard_greeting: 1", "standard_greting: 1"), encoding="utf-8")
    with pytest.raises(ScenarioError) as e:
        load_scenarios([bad])
    assert len(e.value.message.splitlines()) == 2


def test_facts_are_drawn_per_call_from_lists():
    scenario = load_scenarios([f"{BROKEN}/dup_a.yaml"]).scenarios[0]
    drawn = {scenario.draw_facts(random.Random(seed))["colleague"] for seed in range(20)}
    assert drawn == {"王经理", "李经理"}
