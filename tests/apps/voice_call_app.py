"""One voice call in the browser for tests/test_web_voice.py: `?mode=live` or `?mode=ptt`.

The call is the unclear_audio scenario against the bot at CALLDRILL_RASA_URL; its record goes to
<CALLDRILL_HOME>/calls/<mode>.json and its recording next to it, where the test reads them.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import streamlit as st

from calldrill.cli.practice import write_atomically
from core.callrecord import Trainee
from core.scenario import load_scenarios
from ui.browser_voice import live_voice_call, push_to_talk_call
from ui.callsetup import CallSetup

mode = st.query_params.get("mode", "live")
calls = Path(os.environ["CALLDRILL_HOME"]) / "calls"
scenario = load_scenarios().get("unclear_audio")
setup = CallSetup(
    scenario=scenario,
    facts=scenario.draw_facts(random.Random(7)),
    trainee=Trainee(id="E1001", work_id="3"),
    bot_url=os.environ["CALLDRILL_RASA_URL"],
    recording=calls / f"{mode}.wav",
    seed=7,
)
play = live_voice_call if mode == "live" else push_to_talk_call
record = play(f"call-{mode}", setup)
if record is not None:
    # written whole: the test polls for the file and must never read it half-written
    write_atomically(calls / f"{mode}.json", record.to_json())
    st.success("通话结束，记录已保存。")
