"""The trainee's side of a voice call: microphone frames become utterances and turns.

Every frame goes to the `Endpointer` (speech start, partial text, end of turn). Before the first ring
it learns the room's level; during the first ring it measures how loud the loudspeaker comes back in
the microphone, so the caller's own voice is not taken for the trainee's. A turn that ends while the
caller keeps talking is a backchannel (嗯、对), logged but not sent to the bot.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from core.callrecord import Utterance
from simulator.calllog import CallLog
from simulator.voice.asr.endpoint import (
    Endpointer,
    PartialText,
    SpeechStart,
    TurnEnd,
    frame_level_db,
)
from simulator.voice.audio import CallAudio
from simulator.voice.customer import CustomerOutput, TurnTiming
from simulator.voice.timebase import TimeBase

ECHO_MEASURE_S = (0.1, 0.9)  # within the first ring: how loud the loudspeaker is in the microphone


class TurnTaking:
    def __init__(
        self,
        log: CallLog,
        endpointer: Endpointer,
        times: TimeBase,
        audio: CallAudio,
        customer: CustomerOutput,
        view,
    ):
        self.log, self.endpointer, self.times = log, endpointer, times
        self.audio, self.customer, self.view = audio, customer, view
        self.timings: list[TurnTiming] = []
        self.echo_coupling_db: float | None = None
        self.on_speech: Callable[[float], None] = lambda t: None
        """Called with the call time when the trainee starts speaking (speaking picks up)."""
        self.listening = True
        """False on hold: the microphone is ignored."""
        self._echo_samples: list[float] = []
        self._carry = np.zeros(0, dtype=np.float32)
        self._carry_frame = 0
        self._turns = 0
        self._cut_off = False
        """The customer was talked over and stopped; the trainee's turn has not ended yet."""

    @property
    def in_speech(self) -> bool:
        return self.endpointer.in_speech

    def feed(self, first_sample: int, block: np.ndarray) -> None:
        """A block of microphone samples, split into the endpointer's frames."""
        frame_len = self.endpointer.frame_len
        samples = np.concatenate([self._carry, block]) if len(self._carry) else block
        start = first_sample - len(self._carry)
        n = len(samples) // frame_len
        for i in range(n):
            self._frame((start // frame_len) + i, samples[i * frame_len : (i + 1) * frame_len])
        self._carry = samples[n * frame_len :]
        self._carry_frame = (start // frame_len) + n

    def _frame(self, index: int, frame: np.ndarray) -> None:
        t = self.times.t_in(index)
        if t < 0:  # before the first ring: the room's background level
            self.endpointer.calibrate(frame)
            return
        if t < ECHO_MEASURE_S[1]:
            self._measure_echo(index, frame, t)
            return
        if not self.listening:
            return
        for event in self.endpointer.push(frame, index, self._echo_db(index)):
            if isinstance(event, SpeechStart):
                t = self.times.t_in(event.frame)
                self.on_speech(t)
                self.customer.trainee_started(t)
            elif isinstance(event, PartialText):
                self.view.partial(event.text)
            elif isinstance(event, TurnEnd):
                self._turn_ended(event)
        if self.endpointer.in_speech and self.customer.yield_if_talked_over(
            self.endpointer.voiced_s
        ):
            self._cut_off = True

    def _measure_echo(self, index: int, frame: np.ndarray, t: float) -> None:
        if t >= ECHO_MEASURE_S[0]:
            mono = self.times.mono_in(index)
            played = self.audio.output_level_db(mono - 0.3, mono + 0.02)
            if played > -40:
                self._echo_samples.append(frame_level_db(frame) - played)
        if t >= ECHO_MEASURE_S[1] - 0.03 and self.echo_coupling_db is None:
            coupling = max(self._echo_samples, default=-120.0)
            self.echo_coupling_db = coupling if coupling > -50 else None

    def _echo_db(self, index: int) -> float | None:
        if self.echo_coupling_db is None:
            return None
        mono = self.times.mono_in(index)
        return self.audio.output_level_db(mono - 0.3, mono + 0.02) + self.echo_coupling_db

    def finish(self, send: bool = False) -> None:
        """End the trainee's turn now (hold, hang-up); `send` still passes its words to the bot."""
        end = self.endpointer.force_end(max(0, self._carry_frame))
        if end is not None:
            self._turn_ended(end, send=send)

    def drop(self) -> None:
        """Forget speech in progress (the call went on hold)."""
        self.endpointer.drop()

    def _turn_ended(self, end: TurnEnd, send: bool = True) -> None:
        text = end.result.text
        if not text:
            return  # noise, a cough: nothing the recogniser could put in words
        t, t_end = self.times.t_in(end.start_frame), self.times.t_in(end.end_frame)
        if t_end <= t:
            t_end = round(t + 0.02, 3)
        utterance = Utterance(
            t=t, end=t_end, speaker="trainee", text=text, asr_confidence=end.result.confidence
        )
        index = self.log.log(utterance)
        if self.customer.is_backchannel(t_end) or not send:
            return
        timing = TurnTiming(
            speech_end=self.times.mono_in(end.end_frame),
            eos_decided=end.decided_at,
            asr_final=end.final_at,
            asr_text=text,
        )
        self.timings.append(timing)
        self._turns += 1
        cut_off, self._cut_off = self._cut_off, False
        self.customer.respond(index, text, self._turns, timing, cut_off)
