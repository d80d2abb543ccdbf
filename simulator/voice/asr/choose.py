"""Which recogniser hears the trainee live: vosk when a vosk model is given or was fetched (it streams
partial text), else whisper-base, which every setup installs (it recognises each stretch after the
end of the turn)."""

from __future__ import annotations

from pathlib import Path

from core.errors import AsrModelMissing
from core.settings import settings
from simulator.voice.asr.base import AsrEngine


def live_engine(model: str | Path | None = None) -> AsrEngine:
    from simulator.voice.asr.models import find_model, is_model_dir
    from simulator.voice.asr.whisper import WhisperEngine, is_whisper_dir

    explicit = model or settings().asr_model
    if explicit:
        path = Path(explicit).expanduser()
        if is_whisper_dir(path):
            return WhisperEngine(path)
        if not (is_model_dir(path) or path.is_dir() and any(map(is_model_dir, path.glob("*/")))):
            raise AsrModelMissing(
                f"{path} 既不是 vosk 模型目录，也不是 faster-whisper 模型目录。请检查 --asr-model 或 "
                "CALLDRILL_ASR_MODEL；不指定时使用安装时自带的 whisper-base。也可以先用 --text 进行文字练习。"
            )
    try:
        from simulator.voice.asr.vosk import VoskAsr

        return VoskAsr(find_model(model))
    except AsrModelMissing:
        if explicit or settings().asr_lang != "cn":
            raise
    return WhisperEngine()
