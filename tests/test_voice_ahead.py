"""Every customer line is known once a set is published (a call is one case of the scenario's lists),
so the customer's voice is made ahead: after `prepare`, a call synthesises nothing. Real Kokoro."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from commandline import calldrill

from calldrill import voices
from core.scenario import SpokenLine, load_scenarios
from simulator.voice.customer import scenario_lines
from simulator.voice.tts import CustomerVoice
from simulator.voice.tts.kokoro import KokoroTts

REPO = Path(__file__).resolve().parent.parent
SMALL = "tests/data/broken/dup_a.yaml"  # two cases (two colleagues), six nodes


def test_a_call_is_one_case_of_the_lists_and_every_line_is_known():
    scenario = load_scenarios([SMALL]).scenarios[0]
    assert scenario.cases == 2
    assert scenario.case_facts(1)["colleague"] == "李经理"
    assert scenario.case_facts(3) == scenario.case_facts(1)  # wraps
    lines = scenario.customer_lines()
    assert SpokenLine("你好，我是张伟，王经理在吗？", "calm", "ask") in lines
    assert SpokenLine("你好，我是张伟，李经理在吗？", "calm", "ask") in lines
    assert SpokenLine("什么态度！", "angry", "angry") in lines
    assert SpokenLine("我还没说完呢。", "calm", None) in lines
    assert len(lines) == 8 and len(set(lines)) == 8


def test_every_scenario_of_the_repository_has_a_known_number_of_lines():
    for scenario in load_scenarios().scenarios:
        lines = scenario.customer_lines()
        templates = sum(len(n.say) for n in scenario.nodes)
        assert (
            templates
            <= len(lines)
            <= templates * scenario.cases + len(scenario.persona.interrupted)
        )
        assert not [line for line in lines if "{" in line.text]  # every placeholder filled


@pytest.mark.models
def test_prepared_lines_are_not_synthesised_again_by_a_call(tmp_path):
    scenarios = load_scenarios([SMALL])
    seen: list[int] = []
    first = CustomerVoice([KokoroTts()], cache_dir=tmp_path)
    state = voices.prepare(scenarios, first, progress=lambda s: seen.append(s.done))
    assert (state.total, state.done, state.synthesised, state.finished) == (8, 8, 8, True)
    assert seen == [1, 2, 3, 4, 5, 6, 7, 8, 8]
    assert state.bytes == sum(p.stat().st_size for p in tmp_path.rglob("*.wav")) > 0
    assert state.engine.startswith("Kokoro 离线普通话语音")

    call_voice = CustomerVoice([KokoroTts()], cache_dir=tmp_path)
    again = voices.prepare(scenarios, call_voice)
    assert (again.done, again.synthesised) == (8, 0)
    for text, settings in scenario_lines(scenarios.scenarios[0]):  # what a call can ask for
        call_voice.speak(text, settings)
    assert call_voice.synthesised == 0


@pytest.mark.models
def test_the_command_prepares_the_voice_with_progress(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path))
    monkeypatch.setenv("CALLDRILL_TTS", "offline")
    result = calldrill("scenarios", "voices", SMALL)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "准备客户语音：1 个场景，共 8 句。"
    assert lines[1] == "  8/8 句"
    assert re.fullmatch(
        r"客户语音已准备好：共 8 句，本次新合成 8 句，占用磁盘 \d+\.\d MB（Kokoro 离线普通话语音（.+）。",
        lines[-1],
    ), lines[-1]
    again = calldrill("scenarios", "voices", SMALL)
    assert re.fullmatch(
        r"客户语音已准备好：共 8 句，占用磁盘 \d+\.\d MB（Kokoro.+）。",
        again.output.splitlines()[-1],
    )


EXIT_MID_LINE = """
import time
from pathlib import Path
from calldrill import voices
from core.scenario import load_scenarios
job = voices.prepare_in_background(load_scenarios([Path({small!r})]))
while job.done < 1:  # the engine is loaded and busy with the second line
    time.sleep(0.05)
print(job.done, flush=True)
"""


@pytest.mark.models
def test_a_process_exits_cleanly_while_the_voice_is_being_made(tmp_path):
    """The web app or a test run ending mid-synthesis must not abort in the speech engine."""
    env = {
        **os.environ,
        "CALLDRILL_HOME": str(tmp_path),
        "CALLDRILL_TTS": "offline",
        "CALLDRILL_VOICES_AHEAD": "on",
    }
    script = EXIT_MID_LINE.format(small=str(REPO / SMALL))
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() in {"1", "2"}
    assert time.monotonic() - started < voices.JOIN_AT_EXIT_S + 60
