"""vosk (Kaldi) streaming recognition: partial text while the trainee speaks, words with confidences.

Models are directories (vosk-model-small-cn-0.22 for Mandarin); see `models.py` for where they come
from. vosk's own endpointing may cut a long turn into segments; they are joined here, because when a
turn ends is decided by `endpoint.py`, tuned for conversational Mandarin.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np

from core.errors import AsrModelMissing
from simulator.voice.asr.base import AsrEngine, AsrResult, Recognizer, join_words

_models: dict[Path, object] = {}
_lock = threading.Lock()


def load_model(path: Path):
    """A vosk Model, loaded once per process (loading takes a second or more)."""
    import vosk

    path = path.resolve()
    with _lock:
        if path not in _models:
            vosk.SetLogLevel(-1)
            try:
                _models[path] = vosk.Model(str(path))
            except Exception as e:
                raise AsrModelMissing(
                    f"无法加载语音识别模型 {path}（{e.__class__.__name__}）。模型目录可能不完整；"
                    "请重新运行 `calldrill models fetch`，或用 CALLDRILL_ASR_MODEL 指向完整的模型目录。"
                ) from None
        return _models[path]


class VoskRecognizer(Recognizer):
    def __init__(self, model, rate: int = 16_000):
        import vosk

        self.rate = rate
        self._vosk = vosk.KaldiRecognizer(model, rate)
        self._vosk.SetWords(True)
        self._segments: list[dict] = []
        self._partial = ""

    def _text_so_far(self, partial: str) -> str:
        return join_words(" ".join([*(s.get("text", "") for s in self._segments), partial]))

    def accept(self, samples: np.ndarray) -> str | None:
        data = np.asarray(samples, dtype=np.int16).tobytes()
        if self._vosk.AcceptWaveform(data):
            self._segments.append(json.loads(self._vosk.Result()))
            partial = ""
        else:
            partial = json.loads(self._vosk.PartialResult()).get("partial", "")
        text = self._text_so_far(partial)
        if text != self._partial:
            self._partial = text
            return text
        return None

    def finish(self) -> AsrResult:
        segments = [*self._segments, json.loads(self._vosk.FinalResult())]
        self._segments, self._partial = [], ""
        words = [w for s in segments for w in s.get("result", [])]
        text = join_words(" ".join(s.get("text", "") for s in segments if s.get("text")))
        confidence = (
            round(sum(float(w.get("conf", 0.0)) for w in words) / len(words), 3) if words else None
        )
        return AsrResult(text=text, confidence=confidence)

    def reset(self) -> None:
        self._vosk.Reset()
        self._segments, self._partial = [], ""


class VoskAsr(AsrEngine):
    name = "vosk"

    def __init__(self, model_dir: Path):
        self.model_dir = model_dir
        self.description = f"vosk（模型 {model_dir.name}）"
        self.model = load_model(model_dir)

    def recognizer(self) -> Recognizer:
        return VoskRecognizer(self.model)
