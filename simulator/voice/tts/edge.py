"""edge-tts: Microsoft's online Mandarin neural voices, the default customer voice.

It needs the network. Offline it fails within milliseconds (DNS error); where DNS resolves but traffic
is blocked it would hang, so every line is bounded by a timeout. Audio arrives as MP3 and is decoded
with soundfile (libsndfile ≥ 1.1 reads MP3).
"""

from __future__ import annotations

import asyncio
import io

import numpy as np

from core.errors import TtsUnavailable
from core.settings import settings
from simulator.voice.pcm import Clip
from simulator.voice.tts.base import TtsEngine, VoiceSettings

TIMEOUT_S = 6.0


def _signed(value: int, unit: str) -> str:
    return f"{value:+d}{unit}"


class EdgeTts(TtsEngine):
    name = "edge-tts"

    def __init__(self, timeout: float = TIMEOUT_S, proxy: str | None = None):
        self.timeout = timeout
        self.proxy = proxy or settings().tts_proxy or None

    def label(self, settings: VoiceSettings) -> str:
        return f"edge-tts 在线语音（{settings.voice}）"

    def voice_id(self, settings: VoiceSettings) -> str:
        return settings.voice

    def options(self, settings: VoiceSettings) -> dict[str, str]:
        return {
            "rate": _signed(settings.rate, "%"),
            "pitch": _signed(settings.pitch, "Hz"),
            "volume": _signed(settings.volume, "%"),
        }

    async def _mp3(self, text: str, settings: VoiceSettings) -> bytes:
        import edge_tts

        communicate = edge_tts.Communicate(
            text,
            settings.voice,
            **self.options(settings),
            proxy=self.proxy,
            connect_timeout=max(1, round(self.timeout)),
            receive_timeout=max(1, round(self.timeout)),
        )
        audio = bytearray()
        async for chunk in communicate.stream():
            if chunk.get("type") == "audio":
                audio += chunk["data"]
        return bytes(audio)

    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        try:
            import edge_tts  # noqa: F401
        except ImportError:
            raise TtsUnavailable("未安装 edge-tts。") from None
        try:
            mp3 = asyncio.run(asyncio.wait_for(self._mp3(text, settings), self.timeout))
        except TimeoutError:
            raise TtsUnavailable(f"在线语音服务 {self.timeout:.0f} 秒内没有响应") from None
        except Exception as e:  # aiohttp.ClientError, OSError, edge_tts.exceptions.*
            raise TtsUnavailable(f"在线语音服务不可用（{e.__class__.__name__}）") from None
        if not mp3:
            raise TtsUnavailable("在线语音服务没有返回音频")
        try:
            import soundfile

            samples, rate = soundfile.read(io.BytesIO(mp3), dtype="float32", always_2d=True)
        except Exception as e:
            raise TtsUnavailable(f"无法解码在线语音的音频（{e.__class__.__name__}）") from None
        return Clip(np.ascontiguousarray(samples.mean(axis=1), dtype=np.float32), int(rate))
