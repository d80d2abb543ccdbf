"""When the trainee starts speaking and when their turn is over, frame by frame.

Energy voice activity detection over 20 ms frames against an adaptive noise floor, plus the turn-end
decision of `simulator.voice.turnend` for conversational Mandarin: a pause shorter than `end_silence`
does not end a turn; when the words so far say the speaker is not done (a filler such as 嗯/那个/就是,
a dangling 的, a number cut short) the turn waits for `filler_silence`; when they hand the turn over
(a question in 吗/呢, 再见, 还有什么可以帮您) `done_silence` is enough. The recogniser is fed from a little before the speech starts (`preroll`) until the
turn ends, and not at all in between turns.

An echo guard makes the mic ignore what the loudspeaker plays: the caller passes, per frame, the level
the customer's audio is expected to reach the microphone at (`echo_db`), and only louder sound counts.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass

import numpy as np

from simulator.voice.asr.base import AsrResult, Recognizer, join_words
from simulator.voice.pcm import RATE, to_int16
from simulator.voice.turnend import FILLERS, TurnEndConfig, cue, ends_in_filler

__all__ = ["FILLERS", "ends_in_filler"]


@dataclass(frozen=True)
class EndpointConfig:
    frame_ms: int = 20
    # Tuned on the tuning split of tests/data/turns (bench/bench_turns.py): on the held-out turns,
    # 3% cut off and 0.48 s mean wait with the words known, against 60% cut off for 0.6 s of silence.
    end_silence: float = 0.8  # a pause this long ends the turn (no cue in the words)…
    filler_silence: float = 1.5  # …unless the words so far say the speaker is not done…
    done_silence: float = 0.2  # …or hand the turn over (never longer than end_silence)
    # With a recogniser that gives no partial text (whisper), ask it for the words this far into a
    # pause (`Recognizer.peek`, a whole recognition of the turn so far); None: never ask.
    peek_silence: float | None = None
    onset_frames: int = 4  # voiced frames within onset_window frames make speech
    onset_window: int = 6
    preroll: float = 0.3
    max_turn: float = 40.0
    above_floor_db: float = 12.0
    min_level_db: float = -50.0  # never count quieter frames as speech (dBFS)
    echo_margin_db: float = 8.0
    calibration_frames: int = 10  # the first frames only teach the background level


@dataclass(frozen=True)
class SpeechStart:
    frame: int  # first frame of the speech (sample index = frame * frame_len)


@dataclass(frozen=True)
class PartialText:
    text: str


@dataclass(frozen=True)
class TurnEnd:
    start_frame: int
    end_frame: int  # one past the last voiced frame
    decided_frame: int  # the frame at which the end was decided
    result: AsrResult
    voiced_s: float
    decided_at: float = 0.0  # monotonic time the end was decided…
    final_at: float = 0.0  # …and the final result was there


EndpointEvent = SpeechStart | PartialText | TurnEnd


def frame_level_db(frame: np.ndarray) -> float:
    power = float(np.mean(np.square(frame, dtype=np.float64))) if len(frame) else 0.0
    return 10 * np.log10(power + 1e-12)


class Endpointer:
    def __init__(self, recognizer: Recognizer, config: EndpointConfig | None = None):
        self.recognizer = recognizer
        self.config = config or EndpointConfig()
        self.frame_len = RATE * self.config.frame_ms // 1000
        self.frame_s = self.config.frame_ms / 1000
        self.noise_db: float | None = None  # learned from the first frames
        self.frames_seen = 0
        self.in_speech = False
        self.start_frame = 0
        self.last_voiced = 0  # one past the last voiced frame
        self.voiced_frames = 0
        self.partial = ""
        self.turn_end = TurnEndConfig(
            plain=self.config.end_silence,
            done=min(self.config.done_silence, self.config.end_silence),
            hold=self.config.filler_silence,
        )
        self._peeked = -1  # last_voiced of the pause the recogniser was last asked about
        self._streamed = False  # the recogniser gave partial text by itself this turn
        self._recent: deque[tuple[int, np.ndarray, bool]] = deque(
            maxlen=max(self.config.onset_window, round(self.config.preroll / self.frame_s))
        )

    @property
    def voiced_s(self) -> float:
        return self.voiced_frames * self.frame_s

    def calibrate(self, frame: np.ndarray) -> None:
        """Learn the background level from a frame known not to hold the trainee's speech."""
        self.calibrate_level(frame_level_db(frame))

    def calibrate_level(self, level: float) -> None:
        self.frames_seen += 1
        if self.noise_db is None:
            self.noise_db = level
        else:
            self.noise_db += (level - self.noise_db) / min(self.frames_seen, 10)

    def _voiced(self, level: float, echo_db: float | None) -> bool:
        if self.frames_seen < self.config.calibration_frames:
            self.calibrate_level(level)
            return False
        assert self.noise_db is not None
        threshold = max(self.noise_db + self.config.above_floor_db, self.config.min_level_db)
        if echo_db is not None:
            threshold = max(threshold, echo_db + self.config.echo_margin_db)
        voiced = level > threshold
        if not voiced and not self.in_speech:
            # Follow the noise floor down fast and up slowly.
            rate = 0.2 if level < self.noise_db else 0.02
            self.noise_db += rate * (level - self.noise_db)
        return voiced

    def push(
        self, frame: np.ndarray, index: int, echo_db: float | None = None
    ) -> list[EndpointEvent]:
        """One frame (float32, frame_len samples) with its index on the call's frame clock."""
        events: list[EndpointEvent] = []
        voiced = self._voiced(frame_level_db(frame), echo_db)
        if not self.in_speech:
            self._recent.append((index, frame, voiced))
            window = list(self._recent)[-self.config.onset_window :]
            if voiced and sum(v for _, _, v in window) >= self.config.onset_frames:
                first = next(i for i, _, v in window if v)
                self.in_speech = True
                self.start_frame = first
                self.last_voiced = index + 1
                self.voiced_frames = sum(v for _, _, v in window)
                self.partial = ""
                self._streamed = False
                for _, f, _ in self._recent:  # preroll, then the onset frames
                    self._feed(f, events)
                self._recent.clear()
                events.insert(0, SpeechStart(first))
            return events
        self._feed(frame, events)
        if voiced:
            self.last_voiced = index + 1
            self.voiced_frames += 1
        silence = (index + 1 - self.last_voiced) * self.frame_s
        if self._should_peek(silence):
            self._peeked = self.last_voiced
            text = self.recognizer.peek()
            if text:
                self.partial = text
                events.append(PartialText(text))
        needed = self.turn_end.silence(cue(join_words(self.partial)))
        too_long = (index + 1 - self.start_frame) * self.frame_s >= self.config.max_turn
        if silence >= needed or too_long:
            events.append(self._end(index + 1))
        return events

    def _should_peek(self, silence: float) -> bool:
        """Once per pause, and only when the recogniser has said nothing by itself this turn."""
        after = self.config.peek_silence
        return (
            after is not None
            and silence >= after
            and self._peeked != self.last_voiced
            and not self._streamed
        )

    def _feed(self, frame: np.ndarray, events: list[EndpointEvent]) -> None:
        text = self.recognizer.accept(to_int16(frame))
        if text is not None:
            self.partial = text
            self._streamed = True
            events.append(PartialText(text))

    def _end(self, decided: int) -> TurnEnd:
        decided_at = time.monotonic()
        result = self.recognizer.finish()
        end = TurnEnd(
            self.start_frame,
            self.last_voiced,
            decided,
            result,
            self.voiced_s,
            decided_at,
            time.monotonic(),
        )
        self.in_speech = False
        self.partial = ""
        self.voiced_frames = 0
        return end

    def force_end(self, index: int) -> TurnEnd | None:
        """End the turn now (hang-up, hold): the words heard so far."""
        return self._end(index + 1) if self.in_speech else None

    def drop(self) -> None:
        """Forget speech in progress (e.g. while the caller is on hold)."""
        if self.in_speech:
            self.recognizer.reset()
        self.in_speech = False
        self.partial = ""
        self.voiced_frames = 0
        self._recent.clear()
