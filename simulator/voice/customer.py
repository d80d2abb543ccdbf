"""The caller's side of a voice call: the bot's reply to a turn, synthesised and played line by line.

Replies are prepared in a worker thread (bot, then voice, then the line condition) so the call loop
never waits; lines play one after another, never while the trainee is speaking or on hold. A line
the trainee talks over for YIELD_S stops, and the rest of that reply is dropped.
"""

from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from core.callrecord import Utterance
from core.scenario import Scenario, fill
from nlu.client import CustomerLine
from simulator.calllog import CallLog
from simulator.voice.audio import CallAudio, Playback
from simulator.voice.line import apply_line
from simulator.voice.pcm import RATE, trim
from simulator.voice.timebase import TimeBase
from simulator.voice.tts import CustomerVoice, VoiceSettings

YIELD_S = 1.0  # the customer stops after this much trainee speech over them
LINE_GAP_S = 0.35  # pause between two lines of one reply
HANGUP_AFTER_S = 0.5  # the customer hangs up this long after their last word


def voice_settings(scenario: Scenario, mood: str | None) -> VoiceSettings:
    """The persona's voice in this mood (a line's own mood, else the persona's)."""
    return VoiceSettings.for_persona(scenario.persona.voice, mood or scenario.persona.mood)


def scenario_lines(scenario: Scenario) -> list[tuple[str, VoiceSettings]]:
    """Every line the customer of this scenario can say, in the voice it is said in."""
    return [(line.text, voice_settings(scenario, line.mood)) for line in scenario.customer_lines()]


def call_lines(scenario: Scenario, facts: dict[str, str]) -> list[tuple[str, VoiceSettings]]:
    """Every line the customer may say in a call with these facts, to synthesise while it rings."""
    lines = []
    for node in scenario.nodes:
        settings = voice_settings(scenario, node.mood)
        lines.extend((fill(text, facts), settings) for text in node.say)
    settings = voice_settings(scenario, None)
    lines.extend((text, settings) for text in scenario.persona.interrupted)
    return lines


def customer_audio(
    log: CallLog, voice: CustomerVoice, line: CustomerLine
) -> tuple[np.ndarray, str | None]:
    """A customer line as the trainee hears it (call rate), and the line condition it went through."""
    condition = log.line_condition(line)
    clip = voice.speak(line.text, voice_settings(log.scenario, line.mood)).at(RATE)
    return apply_line(trim(clip.samples), condition, log.rng), condition


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


class CustomerOutput:
    def __init__(self, log: CallLog, voice: CustomerVoice, audio: CallAudio, times: TimeBase, view):
        self.log, self.voice, self.audio, self.times, self.view = log, voice, audio, times, view
        self.hangup_at: float | None = None
        """Monotonic time the customer hangs up (after a line the scenario marks `hangup`)."""
        self._replies: queue.Queue[_Line | BaseException] = queue.Queue()
        self._pending: list[_Line] = []
        self._speaking: _Speaking | None = None
        self._last_spoken: _Speaking | None = None
        self._dropped_turns: set[int] = set()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bot")
        self._bot_ready = threading.Event()
        self._bot_error: BaseException | None = None

    # --- the bot, in the worker thread -----------------------------------------------------------

    def start(self) -> None:
        """Open the bot conversation in the worker while the phone rings."""
        self._worker.submit(self._start_bot)

    def _start_bot(self) -> None:
        try:
            self.log.start_bot()
        except BaseException as e:  # raised in the call loop by `check`
            self._bot_error = e
        self._bot_ready.set()

    def respond(
        self, index: int, text: str, turn_no: int, timing: TurnTiming, cut_off: bool
    ) -> None:
        self._worker.submit(self._respond, index, text, turn_no, timing, cut_off)

    def _respond(
        self, index: int, text: str, turn_no: int, timing: TurnTiming, cut_off: bool
    ) -> None:
        """The bot's reply to one trainee turn, synthesised line by line.

        A turn that talked over the customer first gets the persona's complaint about it, unless
        the trainee excused themselves (对不起，打断一下).
        """
        try:
            self._bot_ready.wait()
            timing.bot_start = time.monotonic()
            turn = self.log.ask_bot(index, text)
            timing.bot_done = time.monotonic()
            lines = list(turn.lines)
            if cut_off and "interrupt_politely" not in turn.acts:
                lines.insert(0, self._complaint(lines[0] if lines else None))
            for i, line in enumerate(lines):
                samples, condition = customer_audio(self.log, self.voice, line)
                if i == 0:
                    timing.tts_ready = time.monotonic()
                self._replies.put(_Line(line, samples, condition, turn_no, timing, first=i == 0))
        except BaseException as e:
            self._replies.put(e)

    def _complaint(self, reply: CustomerLine | None) -> CustomerLine:
        """What the caller says about being cut off, in the mood of their next line."""
        text = self.log.rng.choice(self.log.scenario.persona.interrupted)
        return CustomerLine(text=text, mood=reply.mood if reply else None)

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)

    # --- playing, in the call loop ---------------------------------------------------------------

    def check(self) -> None:
        """Raise what went wrong in the worker (the bot unreachable, no voice)."""
        if self._bot_error is not None:
            raise self._bot_error
        while True:
            try:
                item = self._replies.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, BaseException):
                raise item
            self._pending.append(item)

    def play_next(self, may_start: bool) -> None:
        """Log a line that finished; start the next one when `may_start` (trainee silent, not held)."""
        s = self._speaking
        if s is not None:
            if s.playback.start_frame is not None and not s.shown:
                s.shown = True
                self.view.status(
                    f"【{self.times.t_out(s.playback.start_frame):6.1f}s】客户说话中……"
                )
                if s.line.first and s.line.timing is not None:
                    s.line.timing.first_audio = self.times.mono_out(s.playback.start_frame)
            if not s.playback.done.is_set():
                return
            self._line_done(s)
            self._speaking = None
        if self.hangup_at is not None or not may_start:
            return
        while self._pending and self._pending[0].turn in self._dropped_turns:
            self._pending.pop(0)
        if not self._pending:
            return
        line = self._pending.pop(0)
        gap = np.zeros(0 if line.first else int(RATE * LINE_GAP_S), dtype=np.float32)
        playback = self.audio.play(np.concatenate([gap, line.samples]), lead=len(gap))
        self._speaking = self._last_spoken = _Speaking(line, playback)

    def _line_done(self, s: _Speaking, cut_at: float | None = None) -> None:
        if s.playback.start_frame is None or s.playback.end_frame is None:
            return  # stopped before it started (hold, hang-up)
        if s.playback.end_frame <= s.playback.start_frame + s.playback.lead:
            return  # stopped in the pause before the words
        start = self.times.t_out(s.playback.start_frame + s.playback.lead)
        end = self.times.t_out(s.playback.end_frame)
        if cut_at is not None:
            if start >= cut_at:
                return  # its first word would have been heard after the cut
            end = min(end, cut_at)
        extra = {"interrupted": True} if s.interrupted else {}
        line = s.line
        self.log.log(
            Utterance(
                t=start,
                end=end,
                speaker="customer",
                text=line.line.text,
                audio_condition=line.condition,
                **extra,
            ),
            None,
        )
        if line.line.hangup and not s.interrupted:
            self.hangup_at = self.times.mono_out(s.playback.end_frame) + HANGUP_AFTER_S

    def stop(self, at: float) -> None:
        """Cut the line being played at call time `at` (hold, hang-up); the rest of its reply is dropped.

        The fade and the playout delay carry the sound a little past the key press, but the caller
        was cut off at it: the record never has the customer talking after a hold or hang-up.
        """
        s = self._speaking
        if s is None:
            return
        self.audio.stop(s.playback)
        s.playback.done.wait(0.5)
        self._line_done(s, cut_at=at)
        self._dropped_turns.add(s.line.turn)
        self._speaking = None

    # --- the trainee talking over the customer ---------------------------------------------------

    def trainee_started(self, t: float) -> None:
        """Trainee speech began at call time t: an overlap if the customer is speaking."""
        if self._speaking is not None and self._speaking.overlap_start is None:
            self._speaking.overlap_start = t

    def yield_if_talked_over(self, voiced_s: float) -> bool:
        """Stop when the trainee has spoken over the current line for YIELD_S; True if it stopped."""
        s = self._speaking
        if s is None or s.interrupted or s.overlap_start is None or voiced_s < YIELD_S:
            return False
        s.interrupted = True
        self.audio.stop(s.playback)
        self._dropped_turns.add(s.line.turn)
        self.view.status("（客户被打断，停了下来）")
        return True

    def is_backchannel(self, t_end: float) -> bool:
        """Trainee speech that ended while the customer went on talking (嗯、对): not a turn."""
        s = self._last_spoken
        if s is None or s.interrupted or s.playback.start_frame is None:
            return False
        start = self.times.t_out(s.playback.start_frame + s.playback.lead)
        still = s.playback.end_frame is None or self.times.t_out(s.playback.end_frame) > t_end
        return start <= t_end and still
