"""A drill call over voice: the phone rings, the trainee picks up and talks, the customer answers aloud.

Composed of small parts: a `CallLog` (the same bot conversation, facts, line state and call record
as the text drill), a `TimeBase` (every time comes from the sound devices), `TurnTaking` (the
trainee's side) and `CustomerOutput` (the caller's side); this module runs the loop, the rings, the
keys, hold and hang-up, and writes the recording.

- Ringing: the ring tone plays (1 s on, 4 s off, a ring every RING_PERIOD_S) until the trainee presses
  Enter or starts speaking; the pickup is the key press or the first voiced frame.
- Talking: the microphone is listened to all the time. A trainee turn ends by `Endpointer`; its words
  go to the bot in a worker thread, whose reply lines are synthesised, passed through the line
  condition and played. The customer never starts while the trainee is speaking.
- Talking over the caller: trainee speech while the customer speaks is recorded with its real start.
  A short backchannel (嗯、对) leaves the customer talking and is not a turn; after YIELD_S of speech
  the customer stops mid-line (the rest of that reply is dropped) and the trainee's words are a turn
  the bot reacts to as the scenario says.
- Hold (key h) plays hold music, ignores the microphone and records hold_start/hold_end; q hangs up.
  The customer hangs up after a line the scenario marks `hangup`.
"""

from __future__ import annotations

import queue
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from core.callrecord import (
    CallRecord,
    Event,
    Hangup,
    HoldEnd,
    HoldStart,
    Pickup,
    Ring,
    Trainee,
)
from core.scenario import Scenario
from nlu.client import BotClient
from simulator.calllog import CallLog
from simulator.events import RING_PERIOD_S
from simulator.voice.asr.base import AsrEngine
from simulator.voice.asr.endpoint import EndpointConfig, Endpointer
from simulator.voice.audio import CallAudio, Keys, busy_tone
from simulator.voice.customer import CustomerOutput, TurnTiming, call_lines
from simulator.voice.pcm import RATE, write_wav
from simulator.voice.timebase import TimeBase
from simulator.voice.tts import CustomerVoice
from simulator.voice.turns import TurnTaking


class VoiceView(Protocol):
    def show(self, event: Event, display_text: str | None = None) -> None: ...

    def status(self, message: str) -> None: ...

    def partial(self, text: str) -> None: ...


@dataclass
class _State:
    picked_up: bool = False
    on_hold: bool = False
    ended: bool = False
    rings_logged: int = 0


class VoiceCall:
    def __init__(
        self,
        scenario: Scenario,
        bot: BotClient,
        trainee: Trainee,
        facts: dict[str, str],
        view: VoiceView,
        duplex: CallAudio,
        asr: AsrEngine,
        voice: CustomerVoice,
        keys: Keys,
        recording: Path | None = None,
        rng: random.Random | None = None,
        endpoint: EndpointConfig | None = None,
        warm: bool = True,
    ):
        self.log = CallLog(scenario, bot, trainee, facts, view, rng)
        self.scenario, self.view, self.duplex, self.keys = scenario, view, duplex, keys
        self.voice, self.recording, self.warm = voice, recording, warm
        endpointer = Endpointer(asr.recognizer(), endpoint)
        self.times = TimeBase(duplex, endpointer.frame_len)
        self.customer = CustomerOutput(self.log, voice, duplex, self.times, view)
        self.turns = TurnTaking(self.log, endpointer, self.times, duplex, self.customer, view)
        self.turns.on_speech = self._speech_started
        self._state = _State()
        self.on_tick: Callable[[VoiceCall], None] | None = None  # tests hook here

    @property
    def t0(self) -> float:
        """Monotonic time of the first ring (0 until it rang)."""
        return self.times.t0

    @property
    def timings(self) -> list[TurnTiming]:
        return self.turns.timings

    def run(self) -> CallRecord:
        self.duplex.start()
        try:
            self.duplex.wait_ready()
            self.times.ring_started(self.duplex.ring(period_s=RING_PERIOD_S))
            self.customer.start()
            if self.warm:
                self.voice.warm(call_lines(self.log.scenario, self.log.facts))
            self._loop()
        finally:
            self.voice.stop_warming()
            self.duplex.close()
            self.customer.close()
        if self.recording is None:
            return self.log.record()
        stereo = self.duplex.stereo(self.t0, self.t0 + self.log.end() + 0.5)
        write_wav(self.recording, stereo, RATE)
        self.log.tag_audio(str(self.recording))
        return self.log.record(audio=str(self.recording))

    def _loop(self) -> None:
        while not self._state.ended:
            self.customer.check()
            self._keys()
            if self._state.ended:
                break
            self._rings()
            try:
                first, block = self.duplex.mic.get(timeout=0.02)
            except queue.Empty:
                block = None
            if block is not None:
                self.turns.feed(first, block)
            self.customer.check()
            quiet = not self._state.on_hold and not self.turns.in_speech
            self.customer.play_next(may_start=quiet)
            hangup_at = self.customer.hangup_at
            if hangup_at is not None and time.monotonic() >= hangup_at:
                self._customer_hangs_up(hangup_at)
            if self.on_tick is not None:
                self.on_tick(self)

    # --- ringing and keys ------------------------------------------------------------------------

    def _rings(self) -> None:
        if self._state.picked_up:
            return
        now = self.times.now()
        max_rings = self.scenario.rings_before_giving_up
        while (
            self._state.rings_logged < max_rings and now >= self._state.rings_logged * RING_PERIOD_S
        ):
            self.log.log(Ring(t=round(self._state.rings_logged * RING_PERIOD_S, 2)))
            self._state.rings_logged += 1
        if now >= max_rings * RING_PERIOD_S:
            self.duplex.stop_ringing()
            self.log.log(Hangup(t=round(max_rings * RING_PERIOD_S, 2), by="customer"))
            self._state.ended = True

    def _speech_started(self, t: float) -> None:
        if not self._state.picked_up:
            self._pickup(t)

    def _pickup(self, t: float) -> None:
        self.duplex.stop_ringing()
        self._state.picked_up = True
        self.log.log(Pickup(t=round(max(t, 0.0), 3)))

    def _keys(self) -> None:
        key = self.keys.poll()
        if key is None:
            return
        t = self.times.now()
        if key == "pickup" and not self._state.picked_up:
            self._pickup(t)
        elif key == "hold" and self._state.picked_up:
            self._toggle_hold(t)
        elif key == "hangup":
            if not self._state.picked_up:
                # Rejecting a ringing call: the caller hears it end.
                self.duplex.stop_ringing()
            self.turns.finish()
            self.customer.stop(t)
            self.log.log(Hangup(t=t, by="trainee"))
            self._state.ended = True

    def _toggle_hold(self, t: float) -> None:
        if not self._state.on_hold:
            # "请您稍等" and the key right after: the words still reach the caller.
            self.turns.finish(send=True)
            self.customer.stop(t)
            self.log.log(HoldStart(t=t))
            self.duplex.hold_music(True)
            self.turns.drop()
            self.turns.listening = False
            self._state.on_hold = True
            self.view.status("（保持通话中：客户听到等待音乐）")
        else:
            self.duplex.hold_music(False)
            self._state.on_hold = False
            self.turns.listening = True
            self.log.log(HoldEnd(t=t))
            self.view.status("（已恢复通话）")

    def _customer_hangs_up(self, hangup_at: float) -> None:
        self.turns.finish()
        self.log.log(Hangup(t=round(hangup_at - self.t0, 3), by="customer"))
        self._state.ended = True
        tone = self.duplex.play(busy_tone(RATE))
        tone.done.wait(3.0)
