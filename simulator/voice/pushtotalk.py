"""A half-duplex voice call, turn by turn: the trainee records a turn, the customer's reply is played.

For where a live (full-duplex) connection cannot be made, e.g. a browser whose WebRTC cannot connect:
each recorded turn is recognised as a whole, sent to the bot, and the reply lines come back as one
clip, synthesised and passed through the line condition like in a live call. Times are on this
process's clock from the first ring: a turn ends when its recording arrives and started its length
before; the customer starts when the reply is handed out. Both sides never sound at once, so the
record says `"duplex": false` and the scorer does not judge interruptions.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.callrecord import (
    CallRecord,
    Hangup,
    HoldEnd,
    HoldStart,
    Pickup,
    Ring,
    Trainee,
    Utterance,
)
from core.scenario import Scenario
from nlu.client import BotClient
from simulator.calllog import CallLog, CallView
from simulator.events import RING_PERIOD_S
from simulator.voice.asr.base import AsrEngine, AsrResult
from simulator.voice.customer import HANGUP_AFTER_S, LINE_GAP_S, customer_audio
from simulator.voice.pcm import RATE, Clip, speech_bounds, to_int16, write_wav
from simulator.voice.tts import CustomerVoice

CHUNK_S = 0.1  # audio fed to the recogniser at a time


@dataclass(frozen=True)
class Reply:
    """What the trainee hears after a turn: the customer's lines as one clip (None: nothing said)."""

    samples: np.ndarray | None
    heard: str | None  # the turn as recognised, or None when nothing could be put in words


def recognise(asr: AsrEngine, samples: np.ndarray) -> AsrResult:
    """A whole recorded turn through a fresh recogniser."""
    recognizer = asr.recognizer()
    step = int(RATE * CHUNK_S)
    for i in range(0, len(samples), step):
        recognizer.accept(to_int16(samples[i : i + step]))
    return recognizer.finish()


class PushToTalkCall:
    """One half-duplex call; the UI calls its methods as the trainee acts, from one thread at a time."""

    def __init__(
        self,
        scenario: Scenario,
        bot: BotClient,
        trainee: Trainee,
        facts: dict[str, str],
        view: CallView,
        asr: AsrEngine,
        voice: CustomerVoice,
        recording: Path,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.log = CallLog(scenario, bot, trainee, facts, view, rng)
        self.scenario = scenario
        self.asr, self.voice, self.recording, self._clock = asr, voice, recording, clock
        self.t0 = clock()  # the first ring
        self.picked_up = self.on_hold = self.ended = False
        self._rings_logged = 0
        self._spoken: list[tuple[float, np.ndarray, int]] = []  # (call time, audio, channel)
        self._customer_free_at = 0.0  # when the customer's last line ends

    def clock(self) -> float:
        return round(self._clock() - self.t0, 3)

    # --- ringing and keys ------------------------------------------------------------------------

    def tick(self) -> None:
        """Log the rings due by now; the caller gives up after the scenario's number of rings."""
        if self.picked_up or self.ended:
            return
        self._rings_until(self.clock())
        max_rings = self.scenario.rings_before_giving_up
        if self.clock() >= max_rings * RING_PERIOD_S:
            self.log.log(Hangup(t=round(max_rings * RING_PERIOD_S, 2), by="customer"))
            self.ended = True

    def _rings_until(self, t: float) -> None:
        max_rings = self.scenario.rings_before_giving_up
        while self._rings_logged < max_rings and t >= self._rings_logged * RING_PERIOD_S:
            self.log.log(Ring(t=round(self._rings_logged * RING_PERIOD_S, 2)))
            self._rings_logged += 1

    def pickup(self, t: float | None = None) -> None:
        """The trainee answers (at `t`, default now) unless the caller has already given up."""
        self.tick()
        if self.picked_up or self.ended:
            return
        t = max(0.0, self.clock() if t is None else t)
        self._rings_until(t)
        self.picked_up = True
        self.log.log(Pickup(t=t))
        self.log.start_bot()

    def toggle_hold(self) -> None:
        if not self.picked_up or self.ended:
            return
        t = max(self.clock(), self._customer_free_at)
        self.log.log(HoldEnd(t=t) if self.on_hold else HoldStart(t=t))
        self.on_hold = not self.on_hold

    def hang_up(self) -> None:
        if self.ended:
            return
        self.tick()
        if not self.ended:
            self.log.log(Hangup(t=max(self.clock(), self._customer_free_at), by="trainee"))
            self.ended = True

    # --- turns -----------------------------------------------------------------------------------

    def turn(self, clip: Clip) -> Reply:
        """A recorded turn that just arrived: recognised, answered; the reply to play."""
        samples = clip.at(RATE).samples
        arrived = self.clock()
        began = max(0.0, arrived - len(samples) / RATE)
        first, last = speech_bounds(samples, RATE)
        if last <= first:
            return Reply(None, None)
        t, end = round(began + first, 3), round(began + last, 3)
        if not self.picked_up:
            self.pickup(t)  # speaking picks up
        if self.ended or self.on_hold:
            return Reply(None, None)
        result = recognise(self.asr, samples)
        if not result.text:
            return Reply(None, None)
        self._spoken.append((began, samples, 0))
        index = self.log.log(
            Utterance(
                t=t, end=end, speaker="trainee", text=result.text, asr_confidence=result.confidence
            )
        )
        return Reply(self._answer(index, result.text), result.text)

    def _answer(self, index: int, text: str) -> np.ndarray | None:
        turn = self.log.ask_bot(index, text)
        pieces: list[np.ndarray] = []
        lines: list[tuple[float, float, str, str | None]] = []  # offset, length, text, condition
        offset, hangup = 0.0, False
        for line in turn.lines:
            samples, condition = customer_audio(self.log, self.voice, line)
            if pieces:
                pieces.append(np.zeros(int(RATE * LINE_GAP_S), dtype=np.float32))
                offset += LINE_GAP_S
            pieces.append(samples)
            lines.append((offset, len(samples) / RATE, line.text, condition))
            offset += len(samples) / RATE
            if line.hangup:
                hangup = True
                break
        if not pieces:
            return None
        start = self.clock()  # handed out now; the browser starts it as it arrives
        for line_offset, length, line_text, condition in lines:
            t = round(start + line_offset, 3)
            self.log.log(
                Utterance(
                    t=t,
                    end=round(t + length, 3),
                    speaker="customer",
                    text=line_text,
                    audio_condition=condition,
                )
            )
        reply = np.concatenate(pieces)
        self._spoken.append((start, reply, 1))
        self._customer_free_at = round(start + len(reply) / RATE, 3)
        if hangup:
            self.log.log(Hangup(t=round(self._customer_free_at + HANGUP_AFTER_S, 3), by="customer"))
            self.ended = True
        return reply

    # --- the end ---------------------------------------------------------------------------------

    def finish(self) -> CallRecord:
        """The call record, with the stereo WAV (trainee left, customer right) written."""
        end = self.log.end()
        stereo = np.zeros((int((end + 0.5) * RATE), 2), dtype=np.float32)
        for t, samples, channel in self._spoken:
            at = int(t * RATE)
            n = max(0, min(len(samples), len(stereo) - at))
            stereo[at : at + n, channel] += samples[:n]
        write_wav(self.recording, np.clip(stereo, -1.0, 1.0), RATE)
        self.log.tag_audio(str(self.recording))
        return self.log.record(audio=str(self.recording), duplex=False)
