"""piper: offline neural voices; used when a Chinese voice file is configured (CALLDRILL_PIPER_VOICE).

No Chinese piper voice ships in any package, so users download one (e.g. zh_CN-huayan-medium.onnx with
its .onnx.json) and point CALLDRILL_PIPER_VOICE at the .onnx file. piper runs as a program.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from core.errors import TtsUnavailable
from core.settings import settings
from simulator.voice.pcm import Clip, read_wav
from simulator.voice.tts.base import TtsEngine, VoiceSettings

TIMEOUT_S = 20.0


def configured_voice() -> Path | None:
    value = settings().piper_voice
    return value.expanduser() if value else None


def piper_program() -> str | None:
    explicit = settings().piper_program
    if explicit:
        return explicit
    beside = Path(sys.executable).with_name("piper")
    return str(beside) if beside.exists() else shutil.which("piper")


class PiperTts(TtsEngine):
    name = "piper"

    def __init__(self, voice_file: Path, program: str | None = None):
        self.voice_file = voice_file
        self.program = program or piper_program()

    def label(self, settings: VoiceSettings) -> str:
        return f"piper 离线语音（{self.voice_file.stem}）"

    def voice_id(self, settings: VoiceSettings) -> str:
        return self.voice_file.name

    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        if not self.program:
            raise TtsUnavailable(
                "已配置 piper 语音，但找不到 piper 程序。请 pip install piper-tts。"
            )
        if not self.voice_file.is_file():
            raise TtsUnavailable(
                f"piper 语音文件不存在：{self.voice_file}（CALLDRILL_PIPER_VOICE）。"
            )
        length_scale = f"{1 / (1 + settings.rate / 100):.3f}"
        with tempfile.TemporaryDirectory(prefix="calldrill-piper-") as tmp:
            out = Path(tmp) / "line.wav"
            command = [
                self.program,
                "--model",
                str(self.voice_file),
                "--output_file",
                str(out),
                "--length_scale",
                length_scale,
            ]
            try:
                done = subprocess.run(
                    command, input=text.encode(), capture_output=True, timeout=TIMEOUT_S
                )
            except (OSError, subprocess.TimeoutExpired) as e:
                raise TtsUnavailable(f"piper 无法运行（{e.__class__.__name__}）。") from None
            if done.returncode != 0 or not out.exists():
                detail = done.stderr.decode(errors="replace").strip()[-200:]
                raise TtsUnavailable(f"piper 合成失败（退出码 {done.returncode}）：{detail}")
            clip = read_wav(out)
        gain = 1 + settings.volume / 100
        return Clip(np.clip(clip.samples * gain, -1, 1).astype(np.float32), clip.rate)
