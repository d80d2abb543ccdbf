"""`calldrill score`: the table, the exact JSON, and one clear message with exit code 2 for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from commandline import calldrill

import calldrill.cli.score as cli
from core.errors import BotUnavailable
from nlu.client import BotClient

CALLS = Path(__file__).resolve().parent / "data" / "calls"
GOOD = CALLS / "ac_01_textbook.json"
BAD_CALL = CALLS / "ac_05_rude.json"


class NoActs:
    def recognize(self, texts):
        return [frozenset() for _ in texts]


@pytest.fixture
def offline(monkeypatch):
    """Score without a Rasa server: no acts recognised (content checks only)."""
    monkeypatch.setattr(cli, "make_recognizer", lambda scenarios: NoActs())


def run(*args):
    return calldrill("score", *args)


def test_table_shows_score_rules_notes_and_quotes(offline):
    result = run(GOOD)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "得分：100.0" in out and "结果：通过" in out
    assert "标准问候语（问候+公司名）" in out and "✓ 通过" in out
    assert "└ 第1句（学员，" in out and "“您好，旭日装饰客服中心，5号客服为您服务" in out
    assert "禁止：打断客户" in out


def test_table_explains_a_failed_call(offline):
    result = run(BAD_CALL)
    assert result.exit_code == 0
    assert "结果：未通过（出现禁止行为，无论得分多少都不通过）" in result.output
    assert "学员先挂断了电话" in result.output


def test_json_is_the_exact_report(offline):
    result = run(GOOD, "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["scenario"] == "angry_complainant"
    assert data["score"] == 100.0 and data["passed"] is True
    assert len(data["rules"]) == 24
    assert set(data["rules"][0]) == {"id", "status", "evidence", "note"}


def test_scenario_option_overrides_the_records(offline):
    result = run(GOOD, "--scenario", "unclear_audio", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    statuses = {r["id"]: r["status"] for r in data["rules"]}
    assert statuses["escalation"] == "n/a"  # not a rule of unclear_audio
    assert statuses["polite_repeat_request"] == "fail"


def _write(tmp_path: Path, content: str, name: str = "call.json") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def _record(**changes) -> dict:
    data = json.loads(GOOD.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def test_missing_file(offline, tmp_path):
    path = tmp_path / "nope.json"
    result = run(path)
    assert result.exit_code == 2
    assert result.output == f"错误：{path}：文件不存在。请检查路径。\n"


def test_not_json(offline, tmp_path):
    path = _write(tmp_path, "this is not json")
    result = run(path)
    assert result.exit_code == 2
    assert result.output == f"错误：{path}：不是合法的 JSON（第1行第1列：Expecting value）。\n"
    assert "Traceback" not in result.output


def test_wrong_version(offline, tmp_path):
    path = _write(tmp_path, json.dumps(_record(version=2)))
    result = run(path)
    assert result.exit_code == 2
    assert result.output == (
        f'错误：{path}：不支持的版本 2。本程序读取 call-record.md 第 1 版（"version": 1）。\n'
    )


def test_unknown_scenario(offline, tmp_path):
    path = _write(tmp_path, json.dumps(_record(scenario="no_such_scenario")))
    result = run(path)
    assert result.exit_code == 2
    assert result.output == (
        "错误：没有名为“no_such_scenario”的场景。可用的场景：absent_colleague、angry_complainant、"
        "unanswerable_question、unclear_audio。\n"
    )


def test_events_out_of_order(offline, tmp_path):
    data = _record()
    data["events"][3], data["events"][4] = data["events"][4], data["events"][3]
    path = _write(tmp_path, json.dumps(data, ensure_ascii=False))
    result = run(path)
    assert result.exit_code == 2
    assert result.output == (
        f"错误：{path}：字段“（整个记录）”：事件没有按时间顺序排列"
        "（events[4] 的 t=5.3 早于它前面的 events[3] 的 t=13.2）。\n请按 call-record.md 第 1 版修正后再试。\n"
    )


def test_utterance_ending_before_it_starts(offline, tmp_path):
    data = _record()
    data["events"][3]["end"] = 0.5
    path = _write(tmp_path, json.dumps(data, ensure_ascii=False))
    result = run(path)
    assert result.exit_code == 2
    start = data["events"][3]["t"]
    assert result.output == (
        f"错误：{path}：字段“events[3].utterance”：语句的结束时间早于开始时间（end=0.5，t={start}）。"
        "\n请按 call-record.md 第 1 版修正后再试。\n"
    )


def test_missing_field(offline, tmp_path):
    data = _record()
    del data["trainee"]
    path = _write(tmp_path, json.dumps(data, ensure_ascii=False))
    result = run(path)
    assert result.exit_code == 2
    assert result.output == (
        f"错误：{path}：字段“trainee”必填，但没有提供。\n请按 call-record.md 第 1 版修正后再试。\n"
    )


def test_missing_text_of_an_utterance(offline, tmp_path):
    data = _record()
    del data["events"][3]["text"]
    path = _write(tmp_path, json.dumps(data, ensure_ascii=False))
    result = run(path)
    assert result.exit_code == 2
    assert result.output == (
        f"错误：{path}：字段“events[3].utterance.text”必填，但没有提供。\n请按 call-record.md 第 1 版修正后再试。\n"
    )


def test_bot_unreachable(monkeypatch):
    def refuse(request):
        raise httpx.ConnectError("refused")

    client = httpx.Client(transport=httpx.MockTransport(refuse))
    monkeypatch.setattr(
        cli,
        "make_recognizer",
        lambda scenarios: BotClient("http://127.0.0.1:9", client=client),
    )
    result = run(GOOD)
    assert result.exit_code == 2
    assert result.output == (
        "错误：无法连接客户机器人服务（http://127.0.0.1:9）：ConnectError。"
        "请确认服务已启动（`calldrill bot status` 查看，`calldrill bot start` 启动）后再试。\n"
    )


def test_bot_setup_failure_is_a_message(monkeypatch):
    def fail(scenarios):
        raise BotUnavailable("找不到 Rasa 的运行环境。")

    monkeypatch.setattr(cli, "make_recognizer", fail)
    result = run(GOOD)
    assert result.exit_code == 2
    assert result.output == "错误：找不到 Rasa 的运行环境。\n"


def test_registers_as_calldrill_score(offline):
    result = calldrill("score", GOOD, "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["scenario"] == "angry_complainant"
    result = calldrill("score", "--help")
    assert (
        "CALL.json" in result.output and "--scenario" in result.output and "--json" in result.output
    )
