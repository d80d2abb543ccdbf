"""Mono PCM helpers: resampling, levels, WAV files. Audio is float32 in [-1, 1] unless noted."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core import limits
from core.errors import AudioInputError

RATE = 16_000  # the call's sample rate: what vosk wants and what the telephone band needs


@dataclass(frozen=True)
class Clip:
    """A stretch of mono audio at a given rate."""

    samples: np.ndarray
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    def at(self, rate: int) -> Clip:
        return self if rate == self.rate else Clip(resample(self.samples, self.rate, rate), rate)


def resample(x: np.ndarray, rate_from: int, rate_to: int) -> np.ndarray:
    """Band-limited resampling of a whole clip in the frequency domain (clips are short)."""
    if rate_from == rate_to or len(x) == 0:
        return x.astype(np.float32, copy=False)
    n_out = max(1, round(len(x) * rate_to / rate_from))
    spectrum = np.fft.rfft(x.astype(np.float64))
    keep = min(len(spectrum), n_out // 2 + 1)
    y = np.fft.irfft(spectrum[:keep], n_out) * (n_out / len(x))
    return y.astype(np.float32)


def to_int16(x: np.ndarray) -> np.ndarray:
    return (np.clip(x, -1.0, 1.0) * 32767).astype(np.int16)


def from_int16(x: np.ndarray) -> np.ndarray:
    return (x.astype(np.float32) / 32768.0).reshape(-1)


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if len(x) else 0.0


def dbfs(x: np.ndarray) -> float:
    return 20 * np.log10(max(rms(x), 1e-9))


def read_wav(source: Path | bytes, max_seconds: float = limits.AUDIO_MAX_SECONDS) -> Clip:
    """16-bit PCM WAV (mono or the mean of its channels).

    The header is checked before any sample is read or resampled: 16-bit PCM, one or two channels,
    a sample rate of 8–48 kHz and at most `max_seconds` long (a header can claim anything: a small
    file declaring 8 Hz would otherwise be resampled into hundreds of millions of samples).
    `AudioInputError` says what is wrong.
    """
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        with wave.open(io.BytesIO(data)) as w:
            width, channels = w.getsampwidth(), w.getnchannels()
            # A WAV written to a pipe (espeak-ng) declares the largest length; the bytes tell.
            rate, frames = w.getframerate(), min(w.getnframes(), len(data) // max(width, 1))
            _check_header(width, channels, rate, frames // max(channels, 1), max_seconds)
            raw = np.frombuffer(w.readframes(frames), dtype=np.int16)
    except (wave.Error, EOFError):
        raise AudioInputError("这不是可以读取的 WAV 录音。请重新录音后再试。") from None
    raw = raw[: len(raw) - len(raw) % channels]
    samples = raw.reshape(-1, channels).astype(np.float32).mean(axis=1) / 32768.0
    return Clip(samples.astype(np.float32), rate)


def _check_header(width: int, channels: int, rate: int, frames: int, max_seconds: float) -> None:
    if width != 2:
        raise AudioInputError(
            f"录音是 {width * 8} 位的，只支持 16 位 PCM 的 WAV 录音。请换一种格式保存后再试。"
        )
    if channels not in (1, 2):
        raise AudioInputError(f"录音有 {channels} 个声道，只支持单声道或立体声。")
    if not limits.AUDIO_MIN_RATE <= rate <= limits.AUDIO_MAX_RATE:
        raise AudioInputError(
            f"录音的采样率是 {rate} Hz，只支持 {limits.AUDIO_MIN_RATE}–{limits.AUDIO_MAX_RATE} Hz "
            "的录音。请换一种格式保存后再试。"
        )
    if frames / rate > max_seconds:
        raise AudioInputError(
            f"录音长 {round(frames / rate, 1):g} 秒，超过了最长 {max_seconds:g} 秒的上限。"
            "请录短一些，或分成几段。"
        )


def wav_bytes(samples: np.ndarray, rate: int) -> bytes:
    """Float audio as 16-bit WAV: mono for 1-D input, one column per channel for 2-D."""
    data = to_int16(samples)
    channels = 1 if data.ndim == 1 else data.shape[1]
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data.tobytes())
    return out.getvalue()


def write_wav(path: Path, samples: np.ndarray, rate: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(wav_bytes(samples, rate))
    tmp.replace(path)


def speech_bounds(x: np.ndarray, rate: int, threshold_db: float = -40.0) -> tuple[float, float]:
    """First and last moment (s) a clip is louder than threshold_db in 10 ms windows."""
    win = rate // 100
    n = len(x) // win
    if n == 0:
        return 0.0, 0.0
    frames = x[: n * win].reshape(n, win).astype(np.float64)
    level = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-18)
    loud = np.nonzero(level > threshold_db)[0]
    if len(loud) == 0:
        return 0.0, 0.0
    return loud[0] * win / rate, (loud[-1] + 1) * win / rate


def trim(x: np.ndarray, rate: int = RATE, margin_s: float = 0.02) -> np.ndarray:
    """Without the silence engines put before and after the words, so times are times of speech."""
    first, last = speech_bounds(x, rate, threshold_db=-50.0)
    if last <= first:
        return x
    a = max(0, int((first - margin_s) * rate))
    b = min(len(x), int((last + margin_s) * rate))
    return x[a:b]
