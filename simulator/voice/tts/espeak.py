"""espeak-ng, Mandarin (`-v cmn`): always available offline, robotic. GPL-3: run as a program only."""

from __future__ import annotations

import shutil
import subprocess

from core.errors import TtsUnavailable
from simulator.voice.pcm import Clip, read_wav
from simulator.voice.tts.base import TtsEngine, VoiceSettings

BASE_WPM = 260  # espeak's Mandarin at its default 175 wpm is ~2.7 characters/s; people say ~4.5
TIMEOUT_S = 10.0


class EspeakTts(TtsEngine):
    name = "espeak-ng"

    def __init__(self, program: str = "espeak-ng", language: str = "cmn"):
        self.program, self.language = program, language

    def available(self) -> bool:
        return shutil.which(self.program) is not None

    def label(self, settings: VoiceSettings) -> str:
        return "espeak-ng 离线普通话语音（机器音）"

    def voice_id(self, settings: VoiceSettings) -> str:
        return f"{self.language}+{'f3' if settings.female else 'm3'}"

    def args(self, settings: VoiceSettings) -> list[str]:
        speed = round(BASE_WPM * (1 + settings.rate / 100))
        pitch = min(99, max(0, 50 + settings.pitch * 2))
        amplitude = min(200, max(0, round(100 * (1 + settings.volume / 100))))
        return [
            "-v",
            self.voice_id(settings),
            "-s",
            str(speed),
            "-p",
            str(pitch),
            "-a",
            str(amplitude),
        ]

    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        command = [self.program, *self.args(settings), "--stdout", text]
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
        except FileNotFoundError:
            raise TtsUnavailable(
                "找不到 espeak-ng（离线语音）。请运行 `make setup` 安装，"
                "或手动安装：sudo apt-get install espeak-ng。"
            ) from None
        except subprocess.TimeoutExpired:
            raise TtsUnavailable(f"espeak-ng 在 {TIMEOUT_S:.0f} 秒内没有完成合成。") from None
        if done.returncode != 0 or not done.stdout:
            detail = done.stderr.decode(errors="replace").strip()[:200]
            raise TtsUnavailable(f"espeak-ng 合成失败（退出码 {done.returncode}）：{detail}")
        return read_wav(done.stdout)
