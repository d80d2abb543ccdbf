"""A voice call's sound carried by WebRTC: the browser's microphone in, the customer's voice out.

streamlit-webrtc (SENDRECV, audio only, synchronous processing) hands every microphone frame to
`WebRtcAudio.on_frame` and sends back the frame it returns: one block in, one block out, 50 times a
second, so the browser's capture clock drives both directions like a sound card's callback would.

Times: a frame arrives some tens of milliseconds after the browser captured it, and what we return is
heard after the browser's jitter buffer. Network jitter only ever makes a frame late, so each clock's
origin is the earliest estimate of the last few seconds; the fixed latencies are estimates for a
browser on the same LAN (Chromium: 20 ms packets, jitter buffer of a few packets).
"""

from __future__ import annotations

import threading
import time
from collections import deque

import av
import numpy as np

from simulator.voice.audio import CallAudio
from simulator.voice.pcm import RATE, from_int16, to_int16

CAPTURE_LATENCY_S = 0.04  # browser capture + packetisation + network, before a frame arrives
PLAYOUT_LATENCY_S = 0.08  # network + the browser's jitter buffer, before a frame is heard
EARLIEST_OF_S = 3.0  # window for the earliest-arrival origin


class _EarliestOrigin:
    """The earliest origin (arrival − position) seen over a window: frames are only ever late."""

    def __init__(self, rate: int):
        self.rate = rate
        self._seen: deque[tuple[int, float]] = deque()

    def at(self, frame: int, arrived: float) -> float:
        """The arrival time frame `frame` would have had without jitter."""
        origin = arrived - frame / self.rate
        self._seen.append((frame, origin))
        while self._seen[0][0] < frame - EARLIEST_OF_S * self.rate:
            self._seen.popleft()
        return min(o for _, o in self._seen) + frame / self.rate


class WebRtcAudio(CallAudio):
    """The call's mixer and recording, fed by streamlit-webrtc's audio frame callback."""

    NOT_FLOWING = (
        "浏览器的麦克风声音没有传到服务器（网络连接没有建立，或麦克风没有授权）。"
        "请允许浏览器使用麦克风后重试，或改用“按键说话”或“文字”方式练习。"
    )

    def __init__(self) -> None:
        super().__init__(RATE)
        self.running = False
        self._frame_lock = threading.Lock()
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
        self._arrivals = _EarliestOrigin(RATE)
        self._sends = _EarliestOrigin(RATE)
        self._out_due = 0.0  # output samples owed for the input duration received
        self.frames_seen = 0
        self.last_frame_at = 0.0  # monotonic

    def start(self) -> None:
        self.running = True

    def close(self) -> None:
        self.running = False

    def on_frame(self, frame: av.AudioFrame) -> av.AudioFrame:
        """streamlit-webrtc's callback (its event loop thread): mic frame in, loudspeaker frame out."""
        now = time.monotonic()
        duration = frame.samples / frame.sample_rate
        with self._frame_lock:
            self.frames_seen += 1
            self.last_frame_at = now
            self._out_due += duration * RATE
            n_out = int(self._out_due)
            self._out_due -= n_out
            if not self.running:
                return _frame(np.zeros(n_out, dtype=np.float32))
            block = np.concatenate(
                [from_int16(f.to_ndarray()) for f in self._resampler.resample(frame)]
                or [np.zeros(0, dtype=np.float32)]
            )
            if len(block):
                captured = self._arrivals.at(self._in_device_frame, now) - len(block) / RATE
                self._take_input(block, captured - CAPTURE_LATENCY_S, now)
            heard = self._sends.at(self.out_frame, now) + PLAYOUT_LATENCY_S
            return _frame(self._give_output(n_out, heard, now))


def _frame(samples: np.ndarray) -> av.AudioFrame:
    out = av.AudioFrame.from_ndarray(to_int16(samples)[None, :], format="s16", layout="mono")
    out.sample_rate = RATE
    return out
