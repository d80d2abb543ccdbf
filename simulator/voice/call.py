"""A drill call over voice: the phone rings, the trainee picks up and talks, the customer answers aloud.

Built on `CallSession` (same bot client, facts, line state and call record as the text drill), but
driven by the audio instead of a speech clock: every time in the record comes from the sound devices.

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
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from core.callrecord import (
    CallRecord,
    Event,
    Hangup,
    HoldEnd,
    HoldStart,
    Pickup,
    Ring,
    Trainee,
    Utterance,
)
from core.scenario import Scenario, fill
from nlu.client import BotClient, CustomerLine
from simulator.session import RING_PERIOD_S, CallSession
from simulator.voice.asr.base import AsrEngine
from simulator.voice.asr.endpoint import (
    EndpointConfig,
    Endpointer,
    PartialText,
    SpeechStart,
    TurnEnd,
    frame_level_db,
)
from simulator.voice.audio import CallAudio, Keys, Playback, busy_tone
from simulator.voice.line import apply_line
from simulator.voice.pcm import RATE, trim, write_wav
from simulator.voice.tts import CustomerVoice, VoiceSettings

YIELD_S = 1.0  # the customer stops after this much trainee speech over them
LINE_GAP_S = 0.35  # pause between two lines of one reply
HANGUP_AFTER_S = 0.5  # the customer hangs up this long after their last word
ECHO_MEASURE_S = (0.1, 0.9)  # within the first ring: how loud the loudspeaker is in the microphone


class VoiceView(Protocol):
    def show(self, event: Event, display_text: str | None = None) -> None: ...

    def status(self, message: str) -> None: ...

    def partial(self, text: str) -> None: ...


@dataclass
class TurnTiming:
    """One trainee turn and the reply to it, in monotonic seconds (for the benchmark)."""

    speech_end: float
    eos_decided: float
    asr_final: float
    bot_start: float = 0.0
    bot_done: float = 0.0
    tts_ready: float = 0.0
    first_audio: float | None = None
    asr_text: str = ""

    @property
    def complete(self) -> bool:
        return self.first_audio is not None and self.bot_done > 0 and self.tts_ready > 0


@dataclass
class _Line:
    """A reply line ready to play."""

    line: CustomerLine
    samples: np.ndarray
    condition: str | None
    turn: int
    timing: TurnTiming | None = None
    first: bool = False


@dataclass
class _Speaking:
    line: _Line
    playback: Playback
    interrupted: bool = False
    overlap_start: float | None = None
    shown: bool = False


@dataclass
class _State:
    picked_up: bool = False
    on_hold: bool = False
    ended: bool = False
    rings_logged: int = 0
    dropped_turns: set[int] = field(default_factory=set)
    cut_off: bool = False
    """The customer was talked over and stopped; the trainee's turn has not ended yet."""


def voice_settings(scenario: Scenario, mood: str | None) -> VoiceSettings:
    """The persona's voice in this mood (a line's own mood, else the persona's)."""
    return VoiceSettings.for_persona(scenario.persona.voice, mood or scenario.persona.mood)


def lines_to_warm(session: CallSession) -> list[tuple[str, VoiceSettings]]:
    """Every line the scenario may say in this call, to synthesise while the phone rings."""
    lines = []
    for node in session.scenario.nodes:
        settings = voice_settings(session.scenario, node.mood)
        lines.extend((fill(text, session.facts), settings) for text in node.say)
    settings = voice_settings(session.scenario, None)
    lines.extend((text, settings) for text in session.scenario.persona.interrupted)
    return lines


def customer_audio(
    session: CallSession, voice: CustomerVoice, line: CustomerLine
) -> tuple[np.ndarray, str | None]:
    """A customer line as the trainee hears it (call rate), and the line condition it went through."""
    condition = session.line_condition(line)
    clip = voice.speak(line.text, voice_settings(session.scenario, line.mood)).at(RATE)
    return apply_line(trim(clip.samples), condition, session.rng), condition


class VoiceCall(CallSession):
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
        super().__init__(scenario, bot, trainee, facts, view, rng)
        self.view: VoiceView = view
        self.duplex, self.asr, self.voice, self.keys = duplex, asr, voice, keys
        self.recording = recording
        self.warm = warm
        self.endpointer = Endpointer(asr.recognizer(), endpoint)
        self.frame_len = self.endpointer.frame_len
        self.t0 = 0.0  # monotonic time of the first ring
        self.timings: list[TurnTiming] = []
        self.echo_coupling_db: float | None = None
        self._echo_samples: list[float] = []
        self._replies: queue.Queue[_Line | BaseException] = queue.Queue()
        self._pending: list[_Line] = []
        self._speaking: _Speaking | None = None
        self._last_spoken: _Speaking | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bot")
        self._state = _State()
        self._carry = np.zeros(0, dtype=np.float32)
        self._carry_frame = 0
        self._turn_counter = 0
        self._hangup_at: float | None = None
        self._bot_ready: threading.Event = threading.Event()
        self._bot_error: BaseException | None = None
        self.on_tick: Callable[[VoiceCall], None] | None = None  # tests hook here

    # --- times ---------------------------------------------------------------------------------

    def t_in(self, frame: int) -> float:
        """Call time (s) of a microphone frame (frame_len samples each)."""
        return round(self.duplex.in_clock.time_of(frame * self.frame_len) - self.t0, 3)

    def t_out(self, sample: int) -> float:
        return round(self.duplex.out_clock.time_of(sample) - self.t0, 3)

    def clock(self) -> float:
        return round(time.monotonic() - self.t0, 3)

    # --- the call --------------------------------------------------------------------------------

    def run(self, trainee_input=None) -> CallRecord:  # trainee_input: the microphone
        self.duplex.start()
        try:
            self.duplex.wait_ready()
            first = self.duplex.ring(period_s=RING_PERIOD_S)
            self.t0 = self.duplex.out_clock.time_of(first)
            self._worker.submit(self._start_bot)
            if self.warm:
                self.voice.warm(lines_to_warm(self))
            self._loop()
        finally:
            self.duplex.close()
            self._worker.shutdown(wait=False, cancel_futures=True)
        end = max((getattr(e, "end", e.t) for e in self.events), default=0.0)
        extra = {}
        if self.recording is not None:
            write_wav(self.recording, self.duplex.stereo(self.t0, self.t0 + end + 0.5), RATE)
            extra["audio"] = str(self.recording)
            for i, e in enumerate(self.events):
                if isinstance(e, Utterance):
                    self.events[i] = e.model_copy(update={"audio": str(self.recording)})
        return self.record(**extra)

    def _start_bot(self) -> None:
        try:
            self.bot.start_call(self.conversation_id, self.scenario.id, self.facts)
        except BaseException as e:  # reported by the loop
            self._bot_error = e
        self._bot_ready.set()

    def _loop(self) -> None:
        while not self._state.ended:
            if self._bot_error is not None:
                raise self._bot_error
            self._keys()
            if self._state.ended:
                break
            self._rings()
            try:
                first, block = self.duplex.mic.get(timeout=0.02)
            except queue.Empty:
                block = None
            if block is not None:
                self._mic(first, block)
            self._replies_ready()
            self._play_next()
            self._watch_speaking()
            if self._hangup_at is not None and time.monotonic() >= self._hangup_at:
                self._customer_hangs_up()
            if self.on_tick is not None:
                self.on_tick(self)

    # --- ringing and keys ------------------------------------------------------------------------

    def _rings(self) -> None:
        if self._state.picked_up:
            return
        now = self.clock()
        max_rings = self.scenario.rings_before_giving_up
        while (
            self._state.rings_logged < max_rings and now >= self._state.rings_logged * RING_PERIOD_S
        ):
            self._log(Ring(t=round(self._state.rings_logged * RING_PERIOD_S, 2)))
            self._state.rings_logged += 1
        if now >= max_rings * RING_PERIOD_S:
            self.duplex.stop_ringing()
            self._log(Hangup(t=round(max_rings * RING_PERIOD_S, 2), by="customer"))
            self._state.ended = True

    def _pickup(self, t: float) -> None:
        self.duplex.stop_ringing()
        self._state.picked_up = True
        self._log(Pickup(t=round(max(t, 0.0), 3)))

    def _keys(self) -> None:
        key = self.keys.poll()
        if key is None:
            return
        t = self.clock()
        if key == "pickup" and not self._state.picked_up:
            self._pickup(t)
        elif key == "hold" and self._state.picked_up:
            self._toggle_hold(t)
        elif key == "hangup":
            if not self._state.picked_up:
                # Rejecting a ringing call: the caller hears it end.
                self.duplex.stop_ringing()
            self._finish_trainee_turn(self._frame_now())
            self._stop_speaking(t)
            self._log(Hangup(t=t, by="trainee"))
            self._state.ended = True

    def _frame_now(self) -> int:
        return max(0, self._carry_frame)

    def _toggle_hold(self, t: float) -> None:
        if not self._state.on_hold:
            # "请您稍等" and the key right after: the words still reach the caller.
            self._finish_trainee_turn(self._frame_now(), send=True)
            self._stop_speaking(t)
            self._log(HoldStart(t=t))
            self.duplex.hold_music(True)
            self.endpointer.drop()
            self._state.on_hold = True
            self.view.status("（保持通话中：客户听到等待音乐）")
        else:
            self.duplex.hold_music(False)
            self._state.on_hold = False
            self._log(HoldEnd(t=t))
            self.view.status("（已恢复通话）")

    # --- microphone ------------------------------------------------------------------------------

    def _mic(self, first_sample: int, block: np.ndarray) -> None:
        samples = np.concatenate([self._carry, block]) if len(self._carry) else block
        start = first_sample - len(self._carry)
        n = len(samples) // self.frame_len
        for i in range(n):
            frame = samples[i * self.frame_len : (i + 1) * self.frame_len]
            self._frame((start // self.frame_len) + i, frame)
            if self._state.ended:
                return
        self._carry = samples[n * self.frame_len :]
        self._carry_frame = (start // self.frame_len) + n

    def _frame(self, index: int, frame: np.ndarray) -> None:
        t = self.t_in(index)
        if t < 0:  # before the first ring: the room's background level
            self.endpointer.calibrate(frame)
            return
        if t < ECHO_MEASURE_S[1]:
            self._measure_echo(index, frame, t)
            return
        if self._state.on_hold:
            return
        events = self.endpointer.push(frame, index, self._echo_db(index))
        for event in events:
            if isinstance(event, SpeechStart):
                self._speech_started(event)
            elif isinstance(event, PartialText):
                self.view.partial(event.text)
            elif isinstance(event, TurnEnd):
                self._turn_ended(event)

    def _measure_echo(self, index: int, frame: np.ndarray, t: float) -> None:
        if t >= ECHO_MEASURE_S[0]:
            mono = self.duplex.in_clock.time_of(index * self.frame_len)
            played = self.duplex.output_level_db(mono - 0.3, mono + 0.02)
            if played > -40:
                self._echo_samples.append(frame_level_db(frame) - played)
        if t >= ECHO_MEASURE_S[1] - 0.03 and self.echo_coupling_db is None:
            coupling = max(self._echo_samples, default=-120.0)
            self.echo_coupling_db = coupling if coupling > -50 else None

    def _echo_db(self, index: int) -> float | None:
        if self.echo_coupling_db is None:
            return None
        mono = self.duplex.in_clock.time_of(index * self.frame_len)
        return self.duplex.output_level_db(mono - 0.3, mono + 0.02) + self.echo_coupling_db

    def _speech_started(self, event: SpeechStart) -> None:
        t = self.t_in(event.frame)
        if not self._state.picked_up:
            self._pickup(t)
        if self._speaking is not None and self._speaking.overlap_start is None:
            self._speaking.overlap_start = t

    def _watch_speaking(self) -> None:
        """Let the customer yield when the trainee keeps talking over them."""
        s = self._speaking
        if s is None or s.interrupted or not self.endpointer.in_speech:
            return
        if s.overlap_start is not None and self.endpointer.voiced_s >= YIELD_S:
            s.interrupted = True
            self._state.cut_off = True
            self.duplex.stop(s.playback)
            self._state.dropped_turns.add(s.line.turn)
            self.view.status("（客户被打断，停了下来）")

    def _finish_trainee_turn(self, frame: int, send: bool = False) -> None:
        end = self.endpointer.force_end(frame)
        if end is not None:
            self._turn_ended(end, send=send)

    def _turn_ended(self, end: TurnEnd, send: bool = True) -> None:
        text = end.result.text
        if not text:
            return  # noise, a cough: nothing the recogniser could put in words
        t, t_end = self.t_in(end.start_frame), self.t_in(end.end_frame)
        if t_end <= t:
            t_end = round(t + 0.02, 3)
        index = len(self.events)
        self._log(
            Utterance(
                t=t,
                end=t_end,
                speaker="trainee",
                text=text,
                asr_confidence=end.result.confidence,
            )
        )
        if self._is_backchannel(t_end) or not send:
            return
        timing = TurnTiming(
            speech_end=self.duplex.in_clock.time_of(end.end_frame * self.frame_len),
            eos_decided=end.decided_at,
            asr_final=end.final_at,
            asr_text=text,
        )
        self.timings.append(timing)
        self._turn_counter += 1
        cut_off, self._state.cut_off = self._state.cut_off, False
        self._worker.submit(self._respond, index, text, self._turn_counter, timing, cut_off)

    def _is_backchannel(self, t_end: float) -> bool:
        """Trainee speech that ended while the customer went on talking (嗯、对): not a turn."""
        s = self._last_spoken
        if s is None or s.interrupted or s.playback.start_frame is None:
            return False
        start = self.t_out(s.playback.start_frame + s.playback.lead)
        still = s.playback.end_frame is None or self.t_out(s.playback.end_frame) > t_end
        return start <= t_end and still

    # --- the customer ----------------------------------------------------------------------------

    def _respond(
        self, index: int, text: str, turn_no: int, timing: TurnTiming, cut_off: bool = False
    ) -> None:
        """Worker thread: the bot's reply to one trainee turn, synthesised line by line.

        A turn that talked over the customer first gets the persona's complaint about it, unless
        the trainee excused themselves (对不起，打断一下).
        """
        try:
            self._bot_ready.wait()
            timing.bot_start = time.monotonic()
            turn = self.ask_bot(index, text)
            timing.bot_done = time.monotonic()
            lines = list(turn.lines)
            if cut_off and "interrupt_politely" not in turn.acts:
                lines.insert(0, self._complaint(lines[0] if lines else None))
            for i, line in enumerate(lines):
                samples, condition = customer_audio(self, self.voice, line)
                if i == 0:
                    timing.tts_ready = time.monotonic()
                self._replies.put(_Line(line, samples, condition, turn_no, timing, first=i == 0))
        except BaseException as e:
            self._replies.put(e)

    def _complaint(self, reply: CustomerLine | None) -> CustomerLine:
        """What the caller says about being cut off, in the mood of their next line."""
        text = self.rng.choice(self.scenario.persona.interrupted)
        return CustomerLine(text=text, mood=reply.mood if reply else None)

    def _replies_ready(self) -> None:
        while True:
            try:
                item = self._replies.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, BaseException):
                raise item
            self._pending.append(item)

    def _play_next(self) -> None:
        s = self._speaking
        if s is not None:
            if s.playback.start_frame is not None and not s.shown:
                s.shown = True
                self.view.status(f"【{self.t_out(s.playback.start_frame):6.1f}s】客户说话中……")
                if s.line.first and s.line.timing is not None:
                    s.line.timing.first_audio = self.duplex.out_clock.time_of(
                        s.playback.start_frame
                    )
            if not s.playback.done.is_set():
                return
            self._customer_line_done(s)
            self._speaking = None
        if self._hangup_at is not None or self._state.on_hold or self.endpointer.in_speech:
            return
        while self._pending and self._pending[0].turn in self._state.dropped_turns:
            self._pending.pop(0)
        if not self._pending:
            return
        line = self._pending.pop(0)
        gap = np.zeros(0 if line.first else int(RATE * LINE_GAP_S), dtype=np.float32)
        playback = self.duplex.play(np.concatenate([gap, line.samples]), lead=len(gap))
        self._speaking = self._last_spoken = _Speaking(line, playback)

    def _customer_line_done(self, s: _Speaking) -> None:
        if s.playback.start_frame is None or s.playback.end_frame is None:
            return  # stopped before it started (hold, hang-up)
        if s.playback.end_frame <= s.playback.start_frame + s.playback.lead:
            return  # stopped in the pause before the words
        start = self.t_out(s.playback.start_frame + s.playback.lead)
        end = self.t_out(s.playback.end_frame)
        extra = {"interrupted": True} if s.interrupted else {}
        self._log(
            Utterance(
                t=start,
                end=end,
                speaker="customer",
                text=s.line.line.text,
                audio_condition=s.line.condition,
                **extra,
            ),
            None,
        )
        if s.line.line.hangup and not s.interrupted:
            self._hangup_at = self.duplex.out_clock.time_of(s.playback.end_frame) + HANGUP_AFTER_S

    def _stop_speaking(self, t: float) -> None:
        s = self._speaking
        if s is None:
            return
        self.duplex.stop(s.playback)
        s.playback.done.wait(0.5)
        self._customer_line_done(s)
        self._state.dropped_turns.add(s.line.turn)
        self._speaking = None

    def _customer_hangs_up(self) -> None:
        t = round(self._hangup_at - self.t0, 3)
        self._finish_trainee_turn(self._frame_now())
        self._log(Hangup(t=t, by="customer"))
        self._state.ended = True
        tone = self.duplex.play(busy_tone(RATE))
        tone.done.wait(3.0)
