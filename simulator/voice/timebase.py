"""Call time in a voice call: seconds since the first ring, read off the sound devices' own clocks."""

from __future__ import annotations

import time

from simulator.voice.audio import CallAudio


class TimeBase:
    def __init__(self, audio: CallAudio, frame_len: int):
        self.audio = audio
        self.frame_len = frame_len
        self.t0 = 0.0
        """Monotonic time of the first ring (0 until it rang)."""

    def ring_started(self, first_sample: int) -> None:
        self.t0 = self.audio.out_clock.time_of(first_sample)

    def t_in(self, frame: int) -> float:
        """Call time (s) of a microphone frame (frame_len samples each)."""
        return round(self.audio.in_clock.time_of(frame * self.frame_len) - self.t0, 3)

    def mono_in(self, frame: int) -> float:
        """Monotonic time of a microphone frame."""
        return self.audio.in_clock.time_of(frame * self.frame_len)

    def t_out(self, sample: int) -> float:
        """Call time (s) of a loudspeaker sample."""
        return round(self.audio.out_clock.time_of(sample) - self.t0, 3)

    def mono_out(self, sample: int) -> float:
        return self.audio.out_clock.time_of(sample)

    def now(self) -> float:
        return round(time.monotonic() - self.t0, 3)
