"""Fixtures for voice tests: a private PulseAudio server (null sinks) and a far end that speaks into the
drill's microphone and listens to its loudspeaker, with sample-exact times on both sides.

conftest.py loads this module as a pytest plugin: tests name `virtual_sound` or `far_end`.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Iterator

import numpy as np
import pytest

from simulator.voice.audio import Duplex, Playback
from simulator.voice.pcm import RATE, speech_bounds
from simulator.voice.pulse import PulseUnavailable, VirtualSoundDevices
from simulator.voice.tts.base import VoiceSettings
from simulator.voice.tts.espeak import EspeakTts
from simulator.voice.tts.kokoro import KokoroTts


@pytest.fixture(scope="session")
def virtual_sound() -> Iterator[VirtualSoundDevices]:
    devices = VirtualSoundDevices()
    try:
        devices.start()
    except PulseUnavailable as e:
        if os.environ.get("CI"):
            pytest.fail(f"virtual sound devices: {e}")
        pytest.skip(f"virtual sound devices unavailable: {e}")
    devices.activate()
    yield devices
    devices.stop()


@pytest.fixture
def far_end(virtual_sound) -> Iterator[FarEnd]:
    far = FarEnd(virtual_sound.far_end())
    yield far
    far.duplex.close()


@functools.cache
def speech(text: str, language: str = "cmn", female: bool = False) -> np.ndarray:
    """What a trainee says, at the call rate (known audio for the tests): Mandarin by Kokoro in a
    voice no customer persona uses, other languages (the Korean model's tests) by espeak-ng."""
    if language == "cmn":
        voice = "zf_xiaobei" if female else "zm_yunyang"
        clip = KokoroTts().synthesize(text, VoiceSettings(voice)).at(RATE)
    else:
        clip = EspeakTts(language=language).synthesize(text, VoiceSettings()).at(RATE)
    return (clip.samples * 0.7).astype(np.float32)


class FarEnd:
    """The trainee's mouth and ears on the virtual line; all times are monotonic seconds."""

    def __init__(self, duplex: Duplex):
        self.duplex = duplex

    def say(self, clip: np.ndarray) -> Playback:
        return self.duplex.play(clip)

    def spoken(
        self, playback: Playback, clip: np.ndarray, timeout: float = 30.0
    ) -> tuple[float, float]:
        """When the words of a played clip started and ended, as they went into the microphone."""
        playback.done.wait(timeout)
        assert playback.start_frame is not None
        first, last = speech_bounds(clip, RATE, threshold_db=-50)  # the VAD's floor
        start = self.duplex.out_clock.time_of(playback.start_frame)
        return start + first, start + last

    def heard(self) -> np.ndarray:
        blocks = list(self.duplex.mic_record)
        return np.concatenate(blocks) if blocks else np.zeros(0, np.float32)

    def _levels(self) -> tuple[np.ndarray, float]:
        x = self.heard()
        win = RATE // 100
        n = len(x) // win
        frames = x[: n * win].reshape(n, win).astype(np.float64)
        return 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12), self.duplex.in_clock.origin

    def heard_sound(self, t_from: float, t_to: float, level_db: float = -45.0) -> list[float]:
        """Start times (monotonic) of 10 ms windows louder than level_db heard between two times."""
        levels, origin = self._levels()
        times = origin + np.arange(len(levels)) / 100
        mask = (times >= t_from) & (times < t_to) & (levels > level_db)
        return list(times[mask])

    def wait_for_sound(
        self, after: float, min_s: float = 0.2, level_db: float = -45.0, timeout: float = 30.0
    ) -> float:
        """Onset (monotonic) of the first sound of at least min_s heard after `after`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            levels, origin = self._levels()
            start = max(0, int((after - origin) * 100))
            loud = levels[start:] > level_db
            need = int(min_s * 100)
            run = 0
            for i, flag in enumerate(loud):
                run = run + 1 if flag else 0
                if run >= need:
                    return origin + (start + i - need + 1) / 100
            time.sleep(0.05)
        raise AssertionError(f"no sound heard within {timeout} s")

    def wait_for_silence(
        self, after: float, min_s: float = 1.0, level_db: float = -45.0, timeout: float = 60.0
    ) -> float:
        """Start (monotonic) of the first silence of at least min_s heard after `after`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            levels, origin = self._levels()
            start = max(0, int((after - origin) * 100))
            quiet = levels[start:] <= level_db
            need = int(min_s * 100)
            run = 0
            for i, flag in enumerate(quiet):
                run = run + 1 if flag else 0
                if run >= need:
                    return origin + (start + i - need + 1) / 100
            time.sleep(0.05)
        raise AssertionError(f"no silence heard within {timeout} s")
