"""Every probe of issue 14 that sent oversized or malformed input, rerun: each is refused with its
exact message, before the bot sees it, and the database is exactly as it was (a dump compared)."""

from __future__ import annotations

import io
import json
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from commandline import calldrill
from hardening import FakeBot, db_dump

import calldrill.cli.score as score_cli
from calldrill import publish
from calldrill.cli.practice import check_script_limits
from calldrill.roster import parse_roster
from core import limits
from core.callrecord import Trainee, check_record_limits, parse_call_record, read_call_record
from core.errors import (
    AudioInputError,
    CallRecordError,
    InputTooLarge,
    ScenarioError,
    ScriptError,
)
from core.scenario import load_scenario, load_scenarios
from simulator.session import CallSession, HangUp, Hold, Say
from simulator.voice.pcm import read_wav
from storage import Store

CALLS = Path(__file__).resolve().parent / "data" / "calls"
GOOD = CALLS / "ac_01_textbook.json"
SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    """An app database with a roster, accounts and a stored call: something to leave untouched."""
    url = f"sqlite:///{tmp_path / 'calldrill.db'}"
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", url)
    from webapp import seed_accounts

    seed_accounts(url)
    return url


@pytest.fixture
def no_bot(monkeypatch):
    """A command that got as far as the bot would fail the test: nothing may reach it."""

    def refuse(*args, **kwargs):
        raise AssertionError("the bot was asked")

    monkeypatch.setattr(score_cli, "make_recognizer", refuse)


def refused(db: str, *args: object, message: str, input: str | None = None) -> None:
    """`calldrill ARGS` says `错误：message` on one line, exit code 2, and writes nothing."""
    before = db_dump(db)
    result = calldrill(*args, input=input)
    assert (result.exit_code, result.output) == (2, f"错误：{message}\n")
    assert "Traceback" not in result.output
    assert db_dump(db) == before


def record(**changes) -> dict:
    data = json.loads(GOOD.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def write(tmp_path: Path, text: str, name: str = "call.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def utterance(t: float, text: str, speaker: str = "trainee") -> dict:
    return {"t": t, "type": "utterance", "speaker": speaker, "end": t + 0.5, "text": text}


# --- call records (`calldrill score`) -------------------------------------------------------------


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_in_a_record_are_named_as_such(db, no_bot, tmp_path, constant):
    text = GOOD.read_text(encoding="utf-8").replace('"t": 0.0', f'"t": {constant}', 1)
    path = write(tmp_path, text)
    refused(
        db,
        "score",
        path,
        message=f"{path}：文件里有 {constant}：通话记录里的数字必须是有限的数，"
        "不能是 NaN、Infinity 或 -Infinity。请改成实际的秒数。",
    )


def test_a_number_too_big_for_a_float_is_not_a_time(db, no_bot, tmp_path):
    path = write(tmp_path, GOOD.read_text(encoding="utf-8").replace('"t": 0.0', '"t": 1e400', 1))
    refused(
        db,
        "score",
        path,
        message=f"{path}：数字 1e400 超出范围：通话记录里的数字必须是有限的数，"
        "不能是 NaN 或 Infinity。请改成实际的秒数。",
    )


def test_a_5000_digit_number_gives_a_message_not_a_traceback(db, no_bot, tmp_path):
    digits = "9" * 5000
    path = write(tmp_path, GOOD.read_text(encoding="utf-8").replace('"t": 0.0', f'"t": {digits}'))
    refused(
        db,
        "score",
        path,
        message=f"{path}：数字“999999999999…”有 5000 位，太长了，不是通话记录里会有的数字"
        "（时间以秒计，最多写 30 位）。请检查文件。",
    )


@pytest.mark.parametrize("depth", [21, 100_000])
def test_deep_nesting_is_refused_before_it_can_exhaust_the_stack(db, no_bot, tmp_path, depth):
    path = write(tmp_path, '{"version": 1, "extra": ' + "[" * depth + "]" * depth + "}")
    refused(
        db,
        "score",
        path,
        message=f"{path}：JSON 的对象和列表嵌套超过 20 层，不是通话记录的结构（通话记录通常只有四层）。"
        "请按 call-record.md 第 1 版检查文件。",
    )


def test_a_record_bigger_than_any_call_is_not_read(db, no_bot, tmp_path):
    path = write(tmp_path, json.dumps(record(padding="x" * (4 * 1024 * 1024))))
    refused(
        db,
        "score",
        path,
        message=f"{path}：文件有 4 MB，超过了通话记录最大 4 MB 的上限（真实的通话记录只有几 KB）。"
        "请检查是否选错了文件。",
    )


def test_an_utterance_of_20000_characters_never_reaches_the_bot(db, no_bot, tmp_path):
    data = record()
    data["events"][3]["text"] = "喂" * 20_000
    path = write(tmp_path, json.dumps(data, ensure_ascii=False))
    refused(
        db,
        "score",
        path,
        message=f"{path}：字段“events[3].text”有 20000 个字，超过了每句最多 500 个字的上限。"
        "真实的通话不会这么长，没有评分。请检查文件。",
    )


def test_a_record_with_more_turns_than_a_call_has_is_refused(db, no_bot, tmp_path):
    data = record()
    hangup = data["events"].pop()
    start = hangup["t"]
    data["events"] += [utterance(start + i, "好的。") for i in range(401)]
    data["events"].append({**hangup, "t": start + 500})
    path = write(tmp_path, json.dumps(data, ensure_ascii=False))
    said = sum(1 for e in data["events"] if e.get("speaker") == "trainee")
    refused(
        db,
        "score",
        path,
        message=f"{path}：学员说了 {said} 句，超过了每通电话最多 400 句的上限。"
        "真实的通话不会这么长，没有评分。请检查文件。",
    )


def test_a_record_with_too_many_events_is_refused(tmp_path):
    data = record()
    hangup = data["events"].pop()
    data["events"] += [{"t": hangup["t"], "type": "hold_start"}] * 2001
    data["events"].append(hangup)
    path = write(tmp_path, json.dumps(data, ensure_ascii=False))
    with pytest.raises(CallRecordError) as e:
        read_call_record(path)
    assert e.value.message == (
        f"{path}：共有 {len(data['events'])} 个事件，超过了每通电话最多 2000 个的上限。"
        "真实的通话不会这么长，没有评分。请检查文件。"
    )


def test_nan_given_as_a_value_is_named_not_called_negative():
    data = record()
    data["events"][0]["t"] = float("nan")
    with pytest.raises(CallRecordError) as e:
        parse_call_record(data)
    assert e.value.message == (
        "通话记录：字段“events[0].ring.t”应为有限的数字（不能是 NaN 或 Infinity）。\n"
        "请按 call-record.md 第 1 版修正后再试。"
    )


def test_a_record_at_the_limits_is_accepted(tmp_path):
    data = record()
    data["events"][3]["text"] = "喂" * limits.UTTERANCE_MAX_CHARS
    path = write(tmp_path, json.dumps(data, ensure_ascii=False))
    assert read_call_record(path).events[3].text == "喂" * 500


# --- scenario files -------------------------------------------------------------------------------


def alias_bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_a_yaml_alias_bomb_is_refused_at_once(db, tmp_path):
    path = write(tmp_path, alias_bomb(9), "bomb.yaml")  # 9 levels: 387M strings if expanded
    assert path.stat().st_size < 10_000
    started = time.monotonic()
    refused(
        db,
        "scenarios",
        "validate",
        path,
        message=f"{path} 第1行：场景文件不支持 YAML 的锚点和别名（&名字、*名字）。"
        "请把要重复的内容直接写出来。",
    )
    assert time.monotonic() - started < 5


def test_an_alias_further_down_is_named_by_its_line(tmp_path):
    text = (SCENARIOS / "absent_colleague.yaml").read_text(encoding="utf-8")
    text += "extra: *nothing\n"
    path = write(tmp_path, text, "alias.yaml")
    line = text.count("\n")
    with pytest.raises(ScenarioError) as e:
        load_scenario(path)
    assert e.value.message == (
        f"{path} 第{line}行：场景文件不支持 YAML 的锚点和别名（&名字、*名字）。"
        "请把要重复的内容直接写出来。"
    )


def test_deeply_nested_yaml_is_refused_before_it_is_composed(db, tmp_path):
    path = write(tmp_path, "id: x\nextra: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")
    refused(
        db,
        "scenarios",
        "validate",
        path,
        message=f"{path} 第2行：映射和列表嵌套超过 30 层，场景文件用不到这么深的结构。"
        "请检查这一行的缩进和括号。",
    )


def test_a_scenario_file_over_100_kb_is_not_read(db, tmp_path):
    text = (SCENARIOS / "absent_colleague.yaml").read_text(encoding="utf-8")
    path = write(tmp_path, text + "# " + "填充" * 60_000 + "\n", "big.yaml")
    size = limits.size_words(path.stat().st_size)
    refused(
        db,
        "scenarios",
        "validate",
        path,
        message=f"{path}：文件有 {size}，超过了场景文件最大 100 KB 的上限（现有的场景每个约 10 KB）。"
        "请删减内容，或拆成几个场景。",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "# " + "填" * 400_000 + "\n",
            "big.yaml：文件有 1.1 MB，超过了场景文件最大 100 KB 的上限（现有的场景每个约 10 KB）。"
            "请删减内容，或拆成几个场景。",
        ),
        (
            alias_bomb(7),
            "big.yaml 第1行：场景文件不支持 YAML 的锚点和别名（&名字、*名字）。"
            "请把要重复的内容直接写出来。",
        ),
    ],
    ids=["1 MB", "alias bomb"],
)
def test_a_draft_of_1_mb_or_an_alias_bomb_is_not_saved(db, text, message):
    with Store.open(db) as store:
        before = db_dump(db)
        with pytest.raises(ScenarioError) as e:
            publish.save_draft(store, "big.yaml", text, author="trainer")
    assert e.value.message == message
    assert db_dump(db) == before


def test_the_repository_scenarios_are_within_the_limits():
    assert len(load_scenarios().scenarios) == 4
    for path in SCENARIOS.glob("*.yaml"):
        assert path.stat().st_size < limits.SCENARIO_MAX_BYTES / 5


# --- the roster -----------------------------------------------------------------------------------

FORMULAS = (
    "id,name,team\n"
    "E3001,王小丽,一组\n"
    'E3002,"=HYPERLINK(""http://x"",""点我"")",一组\n'
    "E3003,李明,+1+cmd|' /C calc'!A0\n"
    "E3004,@SUM(1,1),二组\n"
    "E3005,-2+3,二组\n"
)
FORMULA_PROBLEMS = [
    '第3行：姓名“=HYPERLINK("http://x","点我")”以“=”开头，在 Excel 里会被当成公式：'
    "姓名不能以 =、+、-、@、制表符或回车开头。",
    "第4行：班组“+1+cmd|' /C calc'!A0”以“+”开头，在 Excel 里会被当成公式："
    "班组不能以 =、+、-、@、制表符或回车开头。",
    "第5行：应有 3 列，实际有 4 列。",
    "第6行：姓名“-2+3”以“-”开头，在 Excel 里会被当成公式：姓名不能以 =、+、-、@、制表符或回车开头。",
]


def test_roster_names_and_teams_that_excel_would_run_are_refused_by_line():
    good, problems = parse_roster(FORMULAS.encode(), "roster.csv")
    assert [t.id for t in good] == ["E3001"]
    assert [str(p) for p in problems] == FORMULA_PROBLEMS


def test_roster_names_with_line_breaks_are_refused():
    good, problems = parse_roster('id,name,team\nE1001,"王\n小丽",一组\n'.encode(), "r.csv")
    assert good == []
    assert [str(p) for p in problems] == ["第3行：姓名里有换行、制表符或其他控制字符，请删掉。"]


def test_the_command_line_imports_none_of_the_hostile_rows(db, tmp_path):
    path = write(tmp_path, FORMULAS, "roster.csv")
    result = calldrill("cert", "import-trainees", path)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        *FORMULA_PROBLEMS,
        "已导入 1 名学员（新增 1，更新 0，未变 0）；4 行有错误，未导入。请改正后重新导入这些行。",
    ]
    with Store.open(db) as store:
        names = {t.id: t.name for t in store.trainees.all()}
    assert names["E3001"] == "王小丽"
    assert not {"E3002", "E3003", "E3004", "E3005"} & set(names)


def test_a_roster_over_1_mb_is_not_read(db, tmp_path):
    path = write(tmp_path, "id,name,team\n" + "E1,王小丽,一组\n" * 60_000, "roster.csv")
    size = limits.size_words(path.stat().st_size)
    refused(
        db,
        "cert",
        "import-trainees",
        path,
        message=f"{path}：文件有 {size}，超过了学员名单最大 1 MB 的上限。请检查是否选错了文件，"
        "或分成几个文件导入。",
    )


# --- names and passwords (`calldrill users`) -------------------------------------------------------


def test_a_20000_character_display_name_is_refused(db):
    refused(
        db,
        "users",
        "add",
        "li.hr",
        "--name",
        "李" * 20_000,
        "--role",
        "hr",
        "--password-stdin",
        input="a-good-password\n",
        message="姓名太长（20000 个字），最多 50 个字。",
    )


def test_a_display_name_with_a_line_break_is_refused(db):
    refused(
        db,
        "users",
        "add",
        "li.hr",
        "--name",
        "李\n管理员",
        "--role",
        "hr",
        "--password-stdin",
        input="a-good-password\n",
        message="姓名里有换行、制表符或其他控制字符，请删掉。",
    )


def test_the_demo_password_cannot_be_set_outside_the_demo(db):
    before = db_dump(db)
    result = calldrill("users", "passwd", "hr", "--password-stdin", input="calldrill\n")
    assert (result.exit_code, result.output) == (
        2,
        "错误：不能使用演示密码“calldrill”：它写在说明书里，谁都知道。请换一个至少 8 个字符的密码。\n",
    )
    assert db_dump(db) == before


def test_a_password_over_128_characters_is_refused(db):
    before = db_dump(db)
    result = calldrill("users", "passwd", "hr", "--password-stdin", input="p" * 129 + "\n")
    assert (result.exit_code, result.output) == (2, "错误：密码太长：最多 128 个字符。\n")
    assert db_dump(db) == before


# --- audio ----------------------------------------------------------------------------------------


def wav(rate: int, frames: int, width: int = 2, channels: int = 1) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(b"\0" * frames * width * channels)
    return out.getvalue()


def test_a_wav_declaring_8_hz_is_refused_before_resampling():
    data = wav(8, 97_500)  # the 195 KB probe: 200M samples once resampled to 16 kHz
    started = time.monotonic()
    with pytest.raises(AudioInputError) as e:
        read_wav(data)
    assert e.value.message == (
        "录音的采样率是 8 Hz，只支持 8000–48000 Hz 的录音。请换一种格式保存后再试。"
    )
    assert time.monotonic() - started < 1


def test_a_wav_over_ten_minutes_is_refused_from_its_header():
    with pytest.raises(AudioInputError) as e:
        read_wav(wav(8_000, 8_000 * 601))
    assert e.value.message == "录音长 601 秒，超过了最长 600 秒的上限。请录短一些，或分成几段。"


def test_a_push_to_talk_turn_is_at_most_a_minute():
    with pytest.raises(AudioInputError) as e:
        read_wav(wav(16_000, 16_000 * 61), max_seconds=limits.TURN_AUDIO_MAX_SECONDS)
    assert e.value.message == "录音长 61 秒，超过了最长 60 秒的上限。请录短一些，或分成几段。"


def test_other_wavs_are_refused_with_what_is_wrong():
    with pytest.raises(AudioInputError) as e:
        read_wav(wav(16_000, 100, width=1))
    assert (
        e.value.message == "录音是 8 位的，只支持 16 位 PCM 的 WAV 录音。请换一种格式保存后再试。"
    )
    with pytest.raises(AudioInputError) as e:
        read_wav(b"not a wav at all")
    assert e.value.message == "这不是可以读取的 WAV 录音。请重新录音后再试。"


def test_a_wav_within_the_limits_reads_as_before():
    clip = read_wav(wav(48_000, 48_000, channels=2))
    assert (clip.rate, len(clip.samples)) == (48_000, 48_000)
    assert np.all(clip.samples == 0)


def test_an_oversized_push_to_talk_turn_is_not_sent_and_the_call_goes_on(monkeypatch):
    from types import SimpleNamespace

    from ui import browser_voice

    sent = []
    view = browser_voice.BrowserView()
    call = SimpleNamespace(turn=sent.append, ended=False)
    monkeypatch.setitem(browser_voice._STATE, "k", SimpleNamespace(view=view, call=call))
    assert browser_voice._turn("k", wav(16_000, 16_000 * 61)) is None
    assert browser_voice._turn("k", b"\0" * (limits.TURN_AUDIO_MAX_BYTES + 1)) is None
    assert sent == []
    assert view._status == (
        "这段录音有 16 MB，超过了每段最大 16 MB 的上限。这段录音没有发给客户，请分成几段重新录。"
    )


# --- the live call --------------------------------------------------------------------------------


class Lines:
    """A trainee who picks up at once and then does `actions`."""

    def __init__(self, actions):
        self.actions = list(actions)

    def pickup_time(self, max_rings, view):
        return 1.0

    def next_action(self):
        return self.actions.pop(0) if self.actions else None


class Quiet:
    def show(self, event, display_text=None):
        pass


def session():
    scenario = load_scenarios().get("absent_colleague")
    facts = scenario.draw_facts(__import__("random").Random(1))
    FakeBot.sent = []
    return CallSession(scenario, FakeBot(), Trainee(id="E1", work_id="3"), facts, Quiet())


def test_an_overlong_line_in_a_call_never_reaches_the_bot():
    with pytest.raises(InputTooLarge) as e:
        session().run(Lines([Say("您好"), Say("喂" * 400_000)]))
    assert e.value.message == (
        "这句话有 400000 个字，超过了每句最多 500 个字的上限，没有发给客户。请分成几句说。"
    )
    assert FakeBot.sent == ["您好"]


def test_a_hold_out_of_range_is_refused():
    with pytest.raises(InputTooLarge) as e:
        session().run(Lines([Hold(1e9)]))
    assert e.value.message == "保持时间 1e+09 秒无效：应为 0–600 秒之间的数。"


def test_a_call_ends_after_400_turns_and_its_record_is_within_the_limits():
    record = session().run(Lines([Say("好的。")] * 450 + [HangUp()]))
    assert len(record.utterances("trainee")) == 400
    assert len(FakeBot.sent) == 400
    assert (record.events[-1].type, record.events[-1].by) == ("hangup", "trainee")
    assert check_record_limits(record, "call") is record


def test_a_script_line_over_the_limit_is_named_by_its_line(tmp_path):
    path = write(tmp_path, "# 开头\n您好\n" + "喂" * 501 + "\n", "script.txt")
    with pytest.raises(ScriptError) as e:
        check_script_limits(path)
    assert e.value.message == (
        f"{path} 第3行：这句话有 501 个字，超过了每句最多 500 个字的上限，没有发给客户。请分成几句说。"
    )


def test_calldrill_practice_refuses_an_overlong_script_before_preparing_the_bot(db, tmp_path):
    path = write(tmp_path, "您好\n" + "喂" * 501 + "\n", "script.txt")
    refused(
        db,
        "practice",
        "absent_colleague",
        "--script",
        path,
        message=f"{path} 第2行：这句话有 501 个字，超过了每句最多 500 个字的上限，没有发给客户。"
        "请分成几句说。",
    )


def test_a_work_number_of_more_than_8_digits_is_refused(db):
    refused(
        db,
        "practice",
        "absent_colleague",
        "--work-id",
        "1" * 9,
        message=f"--work-id {'1' * 9}：客服工号最多 8 位数字，例如 3 或 1024。",
    )
