"""The second, accurate pass over a voice call: the trainee's channel of the call's recording is
recognised again, stretch by stretch at the recorded utterance times, by the most accurate offline
recogniser here (whisper). Its text is what is scored; the live text stays in `live_text`.

The live recogniser must answer within a fraction of a second while the caller waits; this pass has
the whole stretch and no hurry, and certification rests on its text.
"""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np

from core.callrecord import CallRecord, Utterance
from core.errors import RecordingError
from simulator.voice.asr.whisper import load_model, recognise
from simulator.voice.pcm import RATE, from_int16, resample

MARGIN_S = 0.25  # around each stretch: the live endpoints may clip a soft first or last syllable


def recording_of(record: CallRecord, record_file: Path | None = None) -> Path:
    """The stereo WAV the record names in `audio` (relative to the record's file)."""
    named = record.model_extra.get("audio")
    if not named:
        raise RecordingError(
            "这条通话记录没有录音（缺少 audio 字段），无法重新转写。只有语音练习的通话有录音。"
        )
    path = Path(named)
    if not path.is_absolute() and record_file is not None:
        path = record_file.parent / path
    if not path.is_file():
        raise RecordingError(f"找不到通话录音 {path}。请确认录音文件还在，或用 --audio 指定它。")
    return path


def trainee_channel(path: Path) -> np.ndarray:
    """The left channel (the trainee) of a voice call's stereo 16-bit WAV, at the call rate."""
    try:
        with wave.open(str(path)) as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            raw = w.readframes(w.getnframes())
    except (OSError, EOFError, wave.Error):
        raise RecordingError(f"无法读取通话录音 {path}：文件已损坏，或不是 WAV 录音。") from None
    if channels != 2 or width != 2:
        raise RecordingError(
            f"通话录音 {path} 不是语音练习写下的立体声 16 位 WAV（左声道学员，右声道客户）。"
        )
    left = from_int16(np.frombuffer(raw, dtype=np.int16)[0::2])
    return resample(left, rate, RATE) if rate != RATE else left


def transcribe_call(
    record: CallRecord,
    audio: Path,
    model_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CallRecord:
    """The record with every trainee utterance's text from the second pass (`live_text` keeps the
    live text). A stretch the second pass hears nothing in keeps the live text."""
    model = load_model(model_dir)
    left = trainee_channel(audio)
    trainee = [
        i
        for i, e in enumerate(record.events)
        if isinstance(e, Utterance) and e.speaker == "trainee"
    ]
    events = list(record.events)
    for n, i in enumerate(trainee, 1):
        u: Utterance = events[i]
        first = max(0, int((u.t - MARGIN_S) * RATE))
        last = min(len(left), int((u.end + MARGIN_S) * RATE))
        heard = recognise(model, left[first:last]).text if last > first else ""
        live = u.live_text if u.live_text is not None else u.text
        if heard and heard != u.text:
            events[i] = u.model_copy(update={"text": heard, "live_text": live, "intents": None})
        if progress:
            progress(n, len(trainee))
    return record.model_copy(update={"events": events})
