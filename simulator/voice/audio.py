"""Sound devices for a call: microphone and loudspeaker at once, on one clock, with a recording.

Full duplex with two explicit streams (`sd.InputStream` and `sd.OutputStream`; `sd.play()` would stop
a running `sd.rec()`). Both run from the start of the call to its end, so each stream's frame counter
is a clock. PortAudio tells, per callback, when the buffer was captured (ADC) or will be heard (DAC);
`StreamClock` turns frame numbers into monotonic seconds with that, so a trainee's words (input) and
the customer's words (output) are placed on the same time line, as the trainee lived them.

What the trainee hears is mixed in the output callback: the ring tone until pick-up, the customer's
lines, hold music. Every sample in and out is kept for the stereo recording of the call.
"""

from __future__ import annotations

import bisect
import contextlib
import os
import queue
import select
import statistics
import sys
import termios
import threading
import time
import tty
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from core.errors import AudioDeviceError
from simulator.voice.pcm import RATE, resample

BLOCK_S = 0.02
TEXT_HINT = "也可以不用声音，改用文字练习：calldrill practice 场景 --text。"

# PortAudio error codes we explain.
PA_INVALID_SAMPLE_RATE = -9997
PA_INVALID_DEVICE = -9996
PA_DEVICE_UNAVAILABLE = -9985


# --- clocks -----------------------------------------------------------------------------------


class StreamClock:
    """Frame number of one stream → monotonic time (s) at which that frame met the air.

    Each callback gives an estimate of the stream's origin (the time of frame 0). A frame's time uses
    the median of the estimates made around that frame: robust to scheduling jitter, and right on
    both sides of a glitch (an underrun or a stalled start shifts the origin from then on).
    """

    WINDOW_S = 0.5

    def __init__(self, rate: int):
        self.rate = rate
        self._frames: list[int] = []  # 50 a second: a long call holds a few hundred kB
        self._origins: list[float] = []
        self._lock = threading.Lock()

    def observe(self, frame: int, buffer_time: float, stream_now: float, now: float) -> None:
        """`buffer_time` (ADC or DAC time of the buffer's first frame) in the stream's own clock."""
        origin = buffer_time + (now - stream_now) - frame / self.rate
        with self._lock:
            self._frames.append(frame)
            self._origins.append(origin)

    def stable(self, n: int = 25, spread_s: float = 0.01) -> bool:
        """The last n estimates agree (the stream runs steadily)."""
        with self._lock:
            recent = self._origins[-n:]
        return len(recent) >= n and max(recent) - min(recent) <= spread_s

    @property
    def ready(self) -> bool:
        return self.stable()

    @property
    def origin(self) -> float:
        """The current origin (from the latest estimates)."""
        with self._lock:
            recent = self._origins[-50:]
        return statistics.median(recent) if recent else 0.0

    def origin_at(self, frame: float) -> float:
        with self._lock:
            if not self._frames:
                return 0.0
            frames = self._frames
            half = self.WINDOW_S * self.rate
            lo = bisect.bisect_left(frames, frame - half)
            hi = bisect.bisect_right(frames, frame + half)
            if hi - lo < 5:  # outside the history: the nearest estimates
                at = min(max(bisect.bisect_left(frames, frame), 0), len(frames))
                lo, hi = max(0, at - 25), min(len(frames), at + 25)
            return statistics.median(self._origins[lo:hi])

    def time_of(self, frame: float) -> float:
        return self.origin_at(frame) + frame / self.rate

    def frame_at(self, t: float) -> int:
        return round((t - self.origin) * self.rate)


# --- what the trainee hears besides the customer ---------------------------------------------------


def ring_tone(rate: int, seconds: float = 1.0) -> np.ndarray:
    """One ring of a desk phone: two tones warbling at 20 Hz."""
    t = np.arange(int(rate * seconds)) / rate
    warble = np.where(np.sin(2 * np.pi * 20 * t) >= 0, 1.0, 0.0)
    tone = np.sin(2 * np.pi * 440 * t) + np.sin(2 * np.pi * 480 * t)
    envelope = np.minimum(1.0, np.minimum(t, seconds - t) / 0.02)
    return (0.18 * tone * (0.35 + 0.65 * warble) * envelope).astype(np.float32)


def hold_music(rate: int) -> np.ndarray:
    """A soft pentatonic loop (about 6 s) for while the caller is on hold."""
    notes = [523.3, 587.3, 659.3, 784.0, 880.0, 784.0, 659.3, 587.3, 523.3, 659.3, 784.0, 659.3]
    pieces = []
    for f in notes:
        t = np.arange(int(rate * 0.5)) / rate
        envelope = np.exp(-3.0 * t) * np.minimum(1.0, t / 0.01)
        pieces.append(
            np.sin(2 * np.pi * f * t) * envelope + 0.3 * np.sin(4 * np.pi * f * t) * envelope
        )
    return (0.08 * np.concatenate(pieces)).astype(np.float32)


def busy_tone(rate: int, beeps: int = 3) -> np.ndarray:
    """嘟、嘟、嘟: the line after the other side hung up (450 Hz, 0.35 s on, 0.35 s off)."""
    t = np.arange(int(rate * 0.35)) / rate
    beep = 0.15 * np.sin(2 * np.pi * 450 * t) * np.minimum(1.0, np.minimum(t, 0.35 - t) / 0.01)
    gap = np.zeros(int(rate * 0.35))
    return np.concatenate([np.concatenate([beep, gap]) for _ in range(beeps)]).astype(np.float32)


# --- playback -----------------------------------------------------------------------------------


@dataclass
class Playback:
    """A clip queued for the loudspeaker; the output callback fills in when it was really played."""

    samples: np.ndarray
    tag: str = "voice"
    lead: int = 0  # leading silence (samples) before the words
    position: int = 0
    start_frame: int | None = None  # output frame of the first sample
    end_frame: int | None = None  # output frame one past the last sample played
    stopped: bool = False
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def playing(self) -> bool:
        return self.start_frame is not None and not self.done.is_set()


@dataclass
class _Ringing:
    first_frame: int
    period: int
    tone: np.ndarray
    stop_frame: int | None = None


class CallAudio:
    """Both directions of a call's sound on two stream clocks, whatever carries it.

    What the trainee hears is mixed here (ring tone, customer lines, hold music) and every sample in
    and out is kept for the stereo recording. A transport feeds it one block at a time from its own
    threads: `_take_input` with microphone audio, `_give_output` for the loudspeaker, each with the
    monotonic time the block met the air. `Duplex` carries it over sound devices; the browser
    carries it over WebRTC (ui/webrtc_audio.py).
    """

    NOT_FLOWING = (
        "声音设备打开了，但没有声音数据流过（设备可能被别的程序占用或已断开）。"
        f"请检查耳麦后重试。{TEXT_HINT}"
    )

    def __init__(self, rate: int = RATE, device_rate: int | None = None, queue_input: bool = True):
        self.rate = rate
        self.queue_input = queue_input
        self.in_rate = self.out_rate = device_rate or rate
        self.in_clock = StreamClock(self.in_rate)
        self.out_clock = StreamClock(self.out_rate)
        self.mic: queue.Queue[tuple[int, np.ndarray]] = queue.Queue()
        self.mic_record: list[np.ndarray] = []
        self.out_record: list[np.ndarray] = []
        self.out_frame = 0
        self.in_frame = 0  # frames delivered, at self.rate
        self._voice: deque[Playback] = deque()
        self._hold: np.ndarray | None = None
        self._hold_pos = 0
        self._ringing: _Ringing | None = None
        self._lock = threading.Lock()
        self._in_carry = np.zeros(0, dtype=np.float32)
        self._in_device_frame = 0

    def start(self) -> None:
        """Begin carrying sound; both clocks count from here."""

    def close(self) -> None:
        """Stop carrying sound (the recording stays)."""

    def wait_ready(self, timeout: float = 10.0) -> None:
        """Until both clocks have settled (the first buffers carry stale timing)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if (
                self.in_clock.stable()
                and self.out_clock.stable()
                and self.out_frame > self.out_rate
            ):
                return
            time.sleep(0.02)
        raise AudioDeviceError(self.NOT_FLOWING)

    # -- blocks from the transport ---------------------------------------------------------

    def _take_input(self, block: np.ndarray, captured: float, now: float) -> None:
        """A microphone block at the device rate whose first frame was captured at `captured`."""
        frames = len(block)
        if self.in_rate != self.rate:
            # Device rate → call rate, keeping the fractional remainder for the next block.
            block = np.concatenate([self._in_carry, block])
            n_out = int(len(block) * self.rate / self.in_rate)
            used = int(round(n_out * self.in_rate / self.rate))
            converted = resample(block[:used], self.in_rate, self.rate) if used else block[:0]
            self._in_carry = block[used:]
            block = converted
        self.in_clock.observe(self._in_device_frame, captured, now, now)
        self._in_device_frame += frames
        if self.queue_input:
            self.mic.put((self.in_frame, block))
        self.mic_record.append(block)
        self.in_frame += len(block)

    def _give_output(self, frames: int, heard: float, now: float) -> np.ndarray:
        """The next `frames` samples for the loudspeaker, whose first one is heard at `heard`."""
        self.out_clock.observe(self.out_frame, heard, now, now)
        out = np.zeros(frames, dtype=np.float32)
        start = self.out_frame
        with self._lock:
            self._mix_ring(out, start)
            self._mix_hold(out)
            self._mix_voice(out, start)
        out = np.clip(out, -1.0, 1.0)
        self.out_record.append(out)
        self.out_frame += frames
        return out

    def _mix_ring(self, out: np.ndarray, start: int) -> None:
        r = self._ringing
        if r is None:
            return
        for i in range(len(out)):
            frame = start + i
            if frame < r.first_frame or (r.stop_frame is not None and frame >= r.stop_frame):
                continue
            pos = (frame - r.first_frame) % r.period
            if pos < len(r.tone):
                out[i] += r.tone[pos]

    def _mix_hold(self, out: np.ndarray) -> None:
        if self._hold is None:
            return
        n = len(out)
        idx = (self._hold_pos + np.arange(n)) % len(self._hold)
        out += self._hold[idx]
        self._hold_pos = (self._hold_pos + n) % len(self._hold)

    def _mix_voice(self, out: np.ndarray, start: int) -> None:
        filled = 0
        while self._voice and filled < len(out):
            p = self._voice[0]
            if p.stopped:
                self._voice.popleft()
                if p.start_frame is not None and p.end_frame is None:
                    p.end_frame = start + filled
                p.done.set()
                continue
            if p.start_frame is None:
                p.start_frame = start + filled
            take = min(len(out) - filled, len(p.samples) - p.position)
            out[filled : filled + take] += p.samples[p.position : p.position + take]
            p.position += take
            filled += take
            if p.position >= len(p.samples):
                p.end_frame = start + filled
                self._voice.popleft()
                p.done.set()

    # -- control (engine thread) -------------------------------------------------------------

    def ring(self, lead_s: float = 0.1, period_s: float = 5.0) -> int:
        """Start ringing shortly; returns the output frame at which the first ring starts."""
        with self._lock:
            first = self.out_frame + int(self.out_rate * lead_s)
            self._ringing = _Ringing(first, int(self.out_rate * period_s), ring_tone(self.out_rate))
            return first

    def stop_ringing(self) -> None:
        with self._lock:
            if self._ringing is not None:
                self._ringing.stop_frame = self.out_frame

    def play(self, samples: np.ndarray, tag: str = "voice", lead: int = 0) -> Playback:
        """Queue a clip at the call rate; played after any clip still queued."""
        if self.out_rate != self.rate:
            samples = resample(samples, self.rate, self.out_rate)
            lead = round(lead * self.out_rate / self.rate)
        playback = Playback(np.asarray(samples, dtype=np.float32), tag, lead)
        with self._lock:
            self._voice.append(playback)
        return playback

    def stop(self, playback: Playback, fade_s: float = 0.04) -> None:
        """Stop a clip within a short fade (a cut would click)."""
        with self._lock:
            if playback.done.is_set():
                return
            if playback.start_frame is None:
                playback.stopped = True
                return
            fade = int(self.out_rate * fade_s)
            end = min(len(playback.samples), playback.position + fade)
            tail = playback.samples[playback.position : end] * np.linspace(
                1.0, 0.0, end - playback.position, dtype=np.float32
            )
            playback.samples = np.concatenate([playback.samples[: playback.position], tail])

    def hold_music(self, on: bool) -> None:
        with self._lock:
            self._hold = hold_music(self.out_rate) if on else None
            self._hold_pos = 0

    def output_level_db(self, t_from: float, t_to: float) -> float:
        """Loudest 20 ms of what the loudspeaker played between two monotonic times."""
        a = max(0, self.out_clock.frame_at(t_from))
        b = max(a, self.out_clock.frame_at(t_to))
        block = int(self.out_rate * BLOCK_S)
        first, last = a // block, b // block + 1
        levels = [
            float(np.mean(np.square(self.out_record[i], dtype=np.float64)))
            for i in range(first, min(last, len(self.out_record)))
        ]
        return 10 * np.log10(max(levels, default=0.0) + 1e-12)

    # -- the recording ------------------------------------------------------------------------

    def stereo(self, t0: float, t_end: float) -> np.ndarray:
        """Both sides on the call clock from t0 (monotonic) to t_end: trainee left, customer right."""
        length = max(0, int((t_end - t0) * self.rate))
        mic = np.concatenate(self.mic_record) if self.mic_record else np.zeros(0, np.float32)
        out = np.concatenate(self.out_record) if self.out_record else np.zeros(0, np.float32)
        if self.out_rate != self.rate:
            out = resample(out, self.out_rate, self.rate)
        stereo = np.zeros((length, 2), dtype=np.float32)
        for channel, data, origin in (
            (0, mic, self.in_clock.origin),
            (1, out, self.out_clock.origin),
        ):
            offset = int(round((origin - t0) * self.rate))  # where frame 0 sits on the call clock
            src_from = max(0, -offset)
            dst_from = max(0, offset)
            n = max(0, min(len(data) - src_from, length - dst_from))
            stereo[dst_from : dst_from + n, channel] = data[src_from : src_from + n]
        return stereo


class Duplex(CallAudio):
    """Microphone in, loudspeaker out over sound devices; created per call, closed at its end."""

    def __init__(
        self,
        rate: int = RATE,
        input_device: int | str | None = None,
        output_device: int | str | None = None,
        device_rate: int | None = None,
        queue_input: bool = True,
    ):
        super().__init__(rate, device_rate, queue_input)
        self.input_device, self.output_device = input_device, output_device
        self._in_stream = self._out_stream = None
        self.status_flags: list[str] = []

    # -- opening ----------------------------------------------------------------------------

    def start(self) -> None:
        sd = _sounddevice()
        try:
            self._open(sd)
        except sd.PortAudioError as e:
            code = e.args[1] if len(e.args) > 1 else None
            if code == PA_INVALID_SAMPLE_RATE and self.in_rate == self.rate:
                self.close()
                rates = [
                    int(sd.query_devices(self.input_device, "input")["default_samplerate"]),
                    int(sd.query_devices(self.output_device, "output")["default_samplerate"]),
                ]
                self.in_rate, self.out_rate = rates
                try:
                    self._open(sd)
                    return
                except sd.PortAudioError as again:
                    e = again
            self.close()
            raise device_error(e) from None

    def _open(self, sd) -> None:
        for kind, device in (("input", self.input_device), ("output", self.output_device)):
            try:
                sd.query_devices(device, kind)
            except (sd.PortAudioError, ValueError):
                raise AudioDeviceError(_no_device_message(kind, device)) from None
        self.in_clock = StreamClock(self.in_rate)
        self.out_clock = StreamClock(self.out_rate)
        self._in_stream = sd.InputStream(
            samplerate=self.in_rate,
            blocksize=int(self.in_rate * BLOCK_S),
            channels=1,
            dtype="float32",
            device=self.input_device,
            callback=self._on_input,
        )
        self._out_stream = sd.OutputStream(
            samplerate=self.out_rate,
            blocksize=int(self.out_rate * BLOCK_S),
            channels=1,
            dtype="float32",
            device=self.output_device,
            callback=self._on_output,
        )
        self._out_stream.start()
        self._in_stream.start()

    def close(self) -> None:
        for stream in (self._in_stream, self._out_stream):
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.stop()
                with contextlib.suppress(Exception):
                    stream.close()
        self._in_stream = self._out_stream = None

    # -- callbacks (PortAudio threads) ------------------------------------------------------

    def _on_input(self, indata, frames, timeinfo, status) -> None:
        now = time.monotonic()
        if status:
            self.status_flags.append(str(status))
        adc = timeinfo.inputBufferAdcTime
        # Without timing from the host API, the buffer was captured just before the callback.
        captured = adc + (now - timeinfo.currentTime) if adc > 0 else now - frames / self.in_rate
        self._take_input(indata[:, 0].astype(np.float32), captured, now)

    def _on_output(self, outdata, frames, timeinfo, status) -> None:
        now = time.monotonic()
        if status:
            self.status_flags.append(str(status))
        dac = timeinfo.outputBufferDacTime
        heard = dac + (now - timeinfo.currentTime) if dac > 0 else now
        outdata[:, 0] = self._give_output(frames, heard, now)


def check_devices(input_device=None, output_device=None) -> None:
    """Fail early, before the bot is prepared, when there is no microphone or loudspeaker."""
    sd = _sounddevice()
    for kind, device in (("input", input_device), ("output", output_device)):
        try:
            sd.query_devices(device, kind)
        except (sd.PortAudioError, ValueError):
            raise AudioDeviceError(_no_device_message(kind, device)) from None
    for stream_type, device in ((sd.InputStream, input_device), (sd.OutputStream, output_device)):
        try:
            stream_type(samplerate=RATE, channels=1, dtype="float32", device=device).close()
        except sd.PortAudioError as e:
            code = e.args[1] if len(e.args) > 1 else None
            if code != PA_INVALID_SAMPLE_RATE:  # Duplex.start falls back to the device's rate
                raise device_error(e) from None


def _sounddevice():
    try:
        import sounddevice
    except OSError:
        raise AudioDeviceError(
            "找不到 PortAudio 声音库（libportaudio2）。请运行 `make setup`，"
            f"或手动安装：sudo apt-get install libportaudio2。{TEXT_HINT}"
        ) from None
    return sounddevice


def _no_device_message(kind: str, device) -> str:
    what = "麦克风（录音设备）" if kind == "input" else "扬声器或耳机（放音设备）"
    named = f"“{device}”" if device is not None else ""
    return f"没有找到{named}{what}。请插上耳麦并确认系统能识别它，然后重试。{TEXT_HINT}"


def device_error(e: Exception) -> AudioDeviceError:
    code = e.args[1] if len(e.args) > 1 else None
    if code == PA_INVALID_SAMPLE_RATE:
        why = "声音设备不支持所需的采样率（16 kHz），也不支持其默认采样率。请换一个设备"
    elif code == PA_DEVICE_UNAVAILABLE:
        why = "声音设备正被别的程序占用（例如会议软件）。请关闭那个程序"
    elif code == PA_INVALID_DEVICE:
        why = "指定的声音设备不存在。请检查设备名称"
    else:
        why = f"无法打开声音设备（{e}）。请检查耳麦连接"
    return AudioDeviceError(f"{why}，然后重试。{TEXT_HINT}")


# --- keys ----------------------------------------------------------------------------------------


class Keys(Protocol):
    def poll(self) -> str | None:
        """'pickup', 'hold' (toggles) or 'hangup' when the trainee pressed that key, else None."""


class QueueKeys:
    """Keys pushed by a program (tests, the browser UI)."""

    def __init__(self):
        self.queue: queue.Queue[str] = queue.Queue()

    def press(self, key: str) -> None:
        self.queue.put(key)

    def poll(self) -> str | None:
        try:
            return self.queue.get_nowait()
        except queue.Empty:
            return None


KEY_HELP = "按键：回车 接听（或直接说话）· h 保持/恢复通话 · q 挂断"
_KEYMAP = {"\n": "pickup", "\r": "pickup", " ": "pickup", "h": "hold", "q": "hangup"}


class TerminalKeys:
    """Single key presses from a terminal (cbreak mode), or lines from a pipe (`h`, `q`, empty)."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdin
        self.fd = self.stream.fileno()
        self.tty = os.isatty(self.fd)
        self._saved = None

    @contextlib.contextmanager
    def active(self) -> Iterator[TerminalKeys]:
        if self.tty:
            self._saved = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd)
        try:
            yield self
        finally:
            if self._saved is not None:
                termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)
                self._saved = None

    def poll(self) -> str | None:
        ready, _, _ = select.select([self.fd], [], [], 0)
        if not ready:
            return None
        if self.tty:
            key = os.read(self.fd, 1).decode(errors="ignore").lower()
            return _KEYMAP.get(key)
        line = self.stream.readline()
        if not line:
            return None
        return _KEYMAP.get(line.strip().lower()[:1] or "\n")
