"""espeak-ng reading Mandarin phonemes (`-v cmn-latn-pinyin`): the last resort, always offline.

Hard to understand (a listener gets about two characters in three wrong), so the chain only falls
back to it when neither edge-tts nor Kokoro can speak, and says so. Debian's `-v cmn` is not
Mandarin at all: it reads each character's pinyin in English ("nin two hao three"). GPL-3: run as a
program only. Numbers are spelled out first, as for every engine.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from core.errors import TtsUnavailable
from simulator.voice.pcm import Clip, read_wav
from simulator.voice.tts.base import TtsEngine, VoiceSettings
from simulator.voice.tts.spoken import spoken

LANGUAGE = "cmn-latn-pinyin"
BASE_WPM = 200  # its Mandarin at the default 175 wpm is slow; people say ~4.5 characters/s
TIMEOUT_S = 10.0


class EspeakTts(TtsEngine):
    name = "espeak-ng"

    def __init__(self, program: str = "espeak-ng", language: str = LANGUAGE):
        self.program, self.language = program, language  # another language: the tests' far end

    def available(self) -> bool:
        return shutil.which(self.program) is not None

    def label(self, settings: VoiceSettings) -> str:
        return (
            "espeak-ng 机器音（很难听懂：请运行 `make setup` 安装离线普通话语音 Kokoro，"
            "或联网使用在线语音）"
        )

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
        # To a file: the header of its --stdout WAV claims a stream of unknown length.
        with tempfile.TemporaryDirectory(prefix="calldrill-espeak-") as tmp:
            out = Path(tmp) / "line.wav"
            command = [self.program, *self.args(settings), "-w", str(out), spoken(text)]
            try:
                done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
            except FileNotFoundError:
                raise TtsUnavailable(
                    "找不到 espeak-ng（离线语音）。请运行 `make setup` 安装，"
                    "或手动安装：sudo apt-get install espeak-ng。"
                ) from None
            except subprocess.TimeoutExpired:
                raise TtsUnavailable(f"espeak-ng 在 {TIMEOUT_S:.0f} 秒内没有完成合成。") from None
            if done.returncode != 0 or not out.exists():
                detail = done.stderr.decode(errors="replace").strip()[:200]
                raise TtsUnavailable(f"espeak-ng 合成失败（退出码 {done.returncode}）：{detail}")
            return read_wav(out)
