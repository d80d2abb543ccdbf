"""The trainee's voice call in the browser: live over WebRTC, or push-to-talk turn by turn.

The drill page calls one of the two functions on every rerun, in the container the call should
appear in; each draws the call and returns the finished CallRecord once the call has ended (None
while it goes on). A call's state lives in this process under its key, not in the browser tab, so a
reload finds it (a live call whose connection dropped has ended then, and is reported); `forget`
starts afresh.

- `live_voice_call`: full duplex through streamlit-webrtc. The call is the local voice mode's
  `VoiceCall`, run in a thread of its own with `WebRtcAudio` as its sound, so rings, pickup,
  interruptions, hold and hang-up are measured the same way. The trainee connects the line
  (the browser asks for the microphone), the phone rings, buttons act as the keys.
- `push_to_talk_call`: for where WebRTC cannot connect. The trainee records a turn with
  st.audio_input, the reply is played back; the record says `"duplex": false`.

ICE servers for WebRTC come from CALLDRILL_ICE_SERVERS (a JSON list of RTCIceServer objects, e.g. a
company TURN server); none by default, which is enough on a LAN where the browser reaches the app.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import streamlit as st
from streamlit_webrtc import WebRtcMode, webrtc_streamer

from core import limits
from core.callrecord import (
    CallRecord,
    Event,
    HoldEnd,
    HoldStart,
    Pickup,
)
from core.errors import AudioInputError, CallDrillError
from core.settings import settings
from nlu.client import BotClient
from simulator.events import RING_PERIOD_S, CustomerShown, describe
from simulator.voice.asr.base import AsrEngine
from simulator.voice.asr.choose import live_engine
from simulator.voice.audio import QueueKeys, ring_tone
from simulator.voice.call import VoiceCall
from simulator.voice.customer import call_lines
from simulator.voice.pcm import RATE, read_wav, wav_bytes
from simulator.voice.pushtotalk import PushToTalkCall
from simulator.voice.secondpass import transcribe_call
from simulator.voice.tts import CustomerVoice
from ui.callsetup import CallSetup
from ui.plain import md, md_lines
from ui.webrtc_audio import WebRtcAudio

log = logging.getLogger(__name__)

OTHER_MODES = "可以改用“按键说话”或“文字”方式练习。"
UNEXPECTED = "通话出现了意外错误，已记录在服务器日志中。" + OTHER_MODES
CONNECT_TIMEOUT_S = 20.0  # the line is connecting for this long: WebRTC cannot get through
SILENT_LINE_S = 3.0  # no audio frame for this long during a call: the connection is gone
REFRESH_S = 0.5


# --- shared ---------------------------------------------------------------------------------------


_STATE: dict[str, Any] = {}
"""Voice calls in progress by key (one per call: the drill keys them by the call's seed)."""


def forget(key: str) -> None:
    _STATE.pop(key, None)


@st.cache_resource(show_spinner="正在加载语音识别模型……")
def _engine() -> AsrEngine:
    return live_engine()


def _asr() -> AsrEngine | None:
    """The recogniser of this process; None (with the reason shown) when there is no model."""
    try:
        return _engine()
    except CallDrillError as e:
        st.error(e.message)
        return None


def _second_pass(record: CallRecord, recording: Path, view: BrowserView) -> CallRecord:
    """What is scored is what the accurate recogniser hears in the recording (secondpass.py)."""
    if not record.utterances("trainee") or not recording.exists():
        return record
    view.status("正在用更准确的离线识别重新转写您的录音，用于评分……")
    return transcribe_call(record, recording)


class BrowserView:
    """What the call shows: filled by the call (any thread), drawn by the page."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lines: list[str] = []
        self._partial = ""
        self._status = ""
        self.picked_up = self.on_hold = False

    def show(self, event: Event, display_text: str | None = None) -> None:
        with self._lock:
            self._partial = ""
            self.picked_up |= isinstance(event, Pickup)
            if isinstance(event, HoldStart | HoldEnd):
                self.on_hold = isinstance(event, HoldStart)
            line = _describe(event)
            if line:
                self._lines.append(line)

    def status(self, message: str) -> None:
        with self._lock:
            self._status = message

    def partial(self, text: str) -> None:
        with self._lock:
            self._partial = text

    def draw(self) -> None:
        with self._lock:
            lines, partial, status = list(self._lines), self._partial, self._status
        if status:
            st.caption(status)
        st.markdown("\n\n".join(lines) or "（还没有通话内容）")
        if partial:
            st.markdown(f"*……{md(partial)}*")


def _describe(event: Event) -> str | None:
    """One transcript line; the customer's words are heard, not shown (as in the terminal)."""
    line = describe(event, customer=CustomerShown.LENGTH)
    return f"`{event.t:6.1f}s` {md(line)}" if line else None


def _failed(key: str, message: str) -> None:
    st.error(md_lines(message))
    if st.button("重新开始这通电话", key=f"{key}-again"):
        del _STATE[key]
        st.rerun()


# --- live ---------------------------------------------------------------------------------------


@dataclass
class _Live:
    audio: WebRtcAudio = field(default_factory=WebRtcAudio)
    keys: QueueKeys = field(default_factory=QueueKeys)
    view: BrowserView = field(default_factory=BrowserView)
    thread: threading.Thread | None = None
    record: CallRecord | None = None
    error: str | None = None
    connecting_since: float | None = None
    line_lost: bool = False

    def start(self, setup: CallSetup, asr: AsrEngine) -> None:
        self.thread = threading.Thread(
            target=self._run, args=(setup, asr), name="browser-call", daemon=True
        )
        self.thread.start()

    def _run(self, setup: CallSetup, asr: AsrEngine) -> None:
        bot = BotClient(setup.bot_url)
        try:
            voice = CustomerVoice(notify=self.view.status)
            _make_lines(setup, voice, self.view)
            call = VoiceCall(
                setup.scenario,
                bot,
                setup.trainee,
                setup.facts,
                self.view,
                self.audio,
                asr,
                voice,
                self.keys,
                recording=setup.recording,
                rng=setup.rng(),
                warm=False,  # made above
            )
            self.record = _second_pass(call.run(), setup.recording, self.view)
        except CallDrillError as e:
            self.error = e.message
        except Exception:
            log.exception("live browser call failed")
            self.error = UNEXPECTED
        finally:
            bot.close()

    def watch_line(self) -> None:
        """A call whose audio stopped coming (tab closed, network gone) is hung up."""
        if self.audio.running and time.monotonic() - self.audio.last_frame_at > SILENT_LINE_S:
            self.line_lost = True
            self.keys.press("hangup")


def _make_lines(setup: CallSetup, voice: CustomerVoice, view: BrowserView) -> None:
    """Every line the customer may say in this call, on disk before the phone rings: the trainee
    never waits for a synthesis (the set's lines are made ahead, calldrill/voices.py; a line not
    made yet is made here, with the progress shown)."""
    lines = call_lines(setup.scenario, setup.facts)
    made = False
    for n, (text, how) in enumerate(lines, 1):
        if voice.cached_file(text, how) is None:
            view.status(f"正在准备客户的语音（{n}/{len(lines)}），准备好后电话就会响起……")
            made = True
        voice.speak(text, how)
    if made:
        view.status(f"客户语音：{voice.last_label}")


def _rtc_configuration() -> dict:
    return {"iceServers": list(settings().ice_servers)}


def live_voice_call(key: str, setup: CallSetup) -> CallRecord | None:
    """A full-duplex call through the browser's microphone and speaker; the record once it ended."""
    live: _Live | None = _STATE.get(key)
    if live is not None and live.record is not None:
        if live.line_lost:
            st.warning("实时语音连接中断了，通话在那一刻结束。")
        live.view.draw()
        return live.record
    if live is not None and live.error is not None:
        _failed(key, live.error)
        return None
    asr = _asr()
    if asr is None:
        return None
    if live is None:
        live = _STATE[key] = _Live()
    st.markdown(
        "点 **接通线路** 并允许浏览器使用麦克风，电话随即响起。"
        "接听：点“接听”或直接说话。建议戴耳机。"
    )
    context = webrtc_streamer(
        key=f"{key}-line",
        mode=WebRtcMode.SENDRECV,
        audio_frame_callback=live.audio.on_frame,
        media_stream_constraints={"audio": True, "video": False},
        rtc_configuration=_rtc_configuration(),
        async_processing=False,
        translations={"start": "接通线路", "stop": "断开线路", "select_device": "选择设备"},
    )
    if context.state.signalling and live.connecting_since is None:
        live.connecting_since = time.monotonic()
    _live_panel(key, setup, asr)
    return None


@st.fragment(run_every=REFRESH_S)
def _live_panel(key: str, setup: CallSetup, asr: AsrEngine) -> None:
    live: _Live = _STATE[key]
    if live.thread is None:
        if live.audio.frames_seen == 0:
            waited = time.monotonic() - (live.connecting_since or time.monotonic())
            if waited > CONNECT_TIMEOUT_S:
                st.error(f"实时语音线路连不上（网络可能不允许 WebRTC 连接）。{OTHER_MODES}")
            return
        live.start(setup, asr)
    if not live.thread.is_alive():
        st.rerun(scope="app")
    live.watch_line()
    view = live.view
    pick, hold, hang = st.columns(3)
    if pick.button("接听", key=f"{key}-pickup", disabled=view.picked_up):
        live.keys.press("pickup")
    hold_label = "取消保持" if view.on_hold else "保持"
    if hold.button(hold_label, key=f"{key}-hold", disabled=not view.picked_up):
        live.keys.press("hold")
    if hang.button("挂断", key=f"{key}-hangup", type="primary"):
        live.keys.press("hangup")
    view.draw()


# --- push-to-talk ---------------------------------------------------------------------------------


@dataclass
class _Turns:
    call: PushToTalkCall
    view: BrowserView
    turn: int = 0
    reply: bytes | None = None
    record: CallRecord | None = None
    error: str | None = None


def _ring_wav() -> bytes:
    """One ring cycle (1 s on, 4 s off), looped by the browser while the phone rings."""
    ring = ring_tone(RATE)
    silence = np.zeros(int(RATE * RING_PERIOD_S) - len(ring), dtype=np.float32)
    return wav_bytes(np.concatenate([ring, silence]), RATE)


def push_to_talk_call(key: str, setup: CallSetup) -> CallRecord | None:
    """A half-duplex call: record a turn, hear the reply; the record once the call ended."""
    turns: _Turns | None = _STATE.get(key)
    if turns is not None and turns.record is not None:
        turns.view.draw()
        if turns.reply is not None:
            st.audio(turns.reply, format="audio/wav", autoplay=True)
        return turns.record
    if turns is not None and turns.error is not None:
        _failed(key, turns.error)
        return None
    asr = _asr()
    if asr is None:
        return None
    if turns is None:
        view = BrowserView()
        call = PushToTalkCall(
            setup.scenario,
            BotClient(setup.bot_url),
            setup.trainee,
            setup.facts,
            view,
            asr,
            CustomerVoice(notify=view.status),
            setup.recording,
            rng=setup.rng(),
        )
        turns = _STATE[key] = _Turns(call, view)
    if not turns.call.picked_up:
        st.audio(_ring_wav(), format="audio/wav", autoplay=True, loop=True)
        _ringing(key)
    _turns_panel(key)
    return None


def _act(key: str, action) -> None:
    """Run a call action; an error ends the drill with its message, the end shows the record."""
    turns: _Turns = _STATE[key]
    try:
        action()
        if turns.call.ended:
            turns.record = _second_pass(turns.call.finish(), turns.call.recording, turns.view)
    except CallDrillError as e:
        turns.error = e.message
    except Exception:
        log.exception("push-to-talk call failed")
        turns.error = UNEXPECTED
    if turns.record is not None or turns.error is not None:
        turns.call.log.bot.close()
        st.rerun(scope="app")


@st.fragment(run_every=1.0)
def _ringing(key: str) -> None:
    turns: _Turns = _STATE[key]
    _act(key, turns.call.tick)
    if turns.call.picked_up:
        st.rerun(scope="app")
    st.markdown(f"**电话响了**（{turns.call.clock():.0f} 秒）。点“接听”，或直接录音说话。")


@st.fragment
def _turns_panel(key: str) -> None:
    turns: _Turns = _STATE[key]
    call = turns.call
    pick, hold, hang = st.columns(3)
    if pick.button("接听", key=f"{key}-pickup", disabled=call.picked_up):
        _act(key, call.pickup)
        st.rerun(scope="app")
    hold_label = "取消保持" if call.on_hold else "保持"
    if hold.button(hold_label, key=f"{key}-hold", disabled=not call.picked_up):
        _act(key, call.toggle_hold)
    if hang.button("挂断", key=f"{key}-hangup", type="primary"):
        _act(key, call.hang_up)
    spoken = st.audio_input(
        "按键说话：点麦克风开始录音，说完再点一下结束，客户随后回答。",
        key=f"{key}-turn-{turns.turn}",
        disabled=call.on_hold,
    )
    if spoken is not None:
        turns.turn += 1
        was_ringing = not call.picked_up
        with st.spinner("客户正在听……"):
            reply = _turn(key, spoken.getvalue())
        if reply is not None and reply.heard is None:
            turns.view.status("（没有听清您说的话，请再录一次）")
        turns.reply = (
            wav_bytes(reply.samples, RATE) if reply and reply.samples is not None else None
        )
        st.rerun(scope="app" if was_ringing else "fragment")
    turns.view.draw()
    if turns.reply is not None:
        st.audio(turns.reply, format="audio/wav", autoplay=True)


def _turn(key: str, wav: bytes):
    """One recorded turn to the customer; a recording over the limits is not sent (the call goes on)."""
    turns: _Turns = _STATE[key]
    try:
        if len(wav) > limits.TURN_AUDIO_MAX_BYTES:
            raise AudioInputError(
                f"这段录音有 {limits.size_words(len(wav))}，超过了每段最大 "
                f"{limits.size_words(limits.TURN_AUDIO_MAX_BYTES)} 的上限。"
            )
        clip = read_wav(wav, max_seconds=limits.TURN_AUDIO_MAX_SECONDS)
    except AudioInputError as e:
        turns.view.status(f"{e.message}这段录音没有发给客户，请分成几段重新录。")
        return None
    result = []
    _act(key, lambda: result.append(turns.call.turn(clip)))
    return result[0] if result else None
