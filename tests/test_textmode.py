"""Script files for unattended calls: what they may say, and exact messages when they are wrong."""

from __future__ import annotations

import pytest
from commandline import calldrill

from core.errors import ScriptError
from simulator.session import HangUp, Hold, Say, garble
from simulator.textmode import SCRIPT_HELP, ScriptInput


def write(tmp_path, text: str):
    path = tmp_path / "s.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_script_lines_and_directives(tmp_path):
    script = ScriptInput(write(tmp_path, "# 注释\n/pickup 4\n您好\n\n/hold 70\n再见\n/hangup\n"))
    assert script.pickup_time(6, view=None) == 16.0
    actions = [script.next_action() for _ in range(5)]
    assert actions == [Say("您好"), Hold(70.0), Say("再见"), HangUp(), None]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("/pickup 零\n您好\n", "第1行：“/pickup 零”缺少或写错了铃声次数（正整数）。"),
        ("您好\n/hold\n", "第2行：“/hold”缺少或写错了等待秒数（正数）。"),
        ("您好\n/transfer 8\n", "第2行：未知指令“/transfer”。"),
    ],
)
def test_bad_directive_names_the_line(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ScriptError) as e:
        ScriptInput(path)
    assert e.value.message == f"{path} {message}{SCRIPT_HELP}"


def test_script_without_speech(tmp_path):
    path = write(tmp_path, "# 只有注释\n/pickup 2\n")
    with pytest.raises(ScriptError) as e:
        ScriptInput(path)
    assert e.value.message == f"{path}：脚本里没有学员要说的话。{SCRIPT_HELP}"


def test_practice_with_missing_script_exits_2_before_touching_the_bot(tmp_path):
    result = calldrill("practice", "absent_colleague", "--script", tmp_path / "none.txt")
    assert result.exit_code == 2
    assert result.output == f"错误：{tmp_path / 'none.txt'}：脚本文件不存在。请检查路径。\n"


def test_practice_unknown_scenario(tmp_path):
    result = calldrill("practice", "nope", "--script", write(tmp_path, "您好"))
    assert result.exit_code == 2
    assert result.output.startswith("错误：没有名为“nope”的场景。可用的场景：")


def test_garble_drops_characters_but_not_on_a_clear_line():
    import random

    text = "我想问一下你们维修师傅明天上午几点能到"
    assert garble(text, "clear", random.Random(1)) == text
    heard = garble(text, "dropouts", random.Random(1))
    assert "……" in heard and len(heard.replace("……", "")) < len(text)
