"""What every text-to-speech engine offers, and how a persona and a mood become voice settings."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from simulator.voice.pcm import Clip

# How a mood sounds: (rate %, pitch Hz, volume %) relative to the persona's normal voice.
# An angry caller speaks faster and louder; an anxious one faster and a little higher.
MOOD_PROSODY: dict[str, tuple[int, int, int]] = {
    "calm": (0, 0, 0),
    "anxious": (10, 6, 0),
    "annoyed": (10, 0, 15),
    "angry": (20, 4, 35),
    "furious": (28, 8, 50),
}

# Mandarin neural voices of edge-tts by gender, so offline engines can pick a matching voice.
FEMALE_VOICES = ("Xiaoxiao", "Xiaoyi", "Xiaobei", "Xiaoni", "Xiaochen", "Xiaohan", "Xiaomo")


@dataclass(frozen=True)
class VoiceSettings:
    """Who speaks and how: the persona's voice name plus the mood's prosody."""

    voice: str = "zh-CN-XiaoxiaoNeural"
    rate: int = 0  # percent faster (+) or slower (-)
    pitch: int = 0  # Hz higher (+) or lower (-)
    volume: int = 0  # percent louder (+) or softer (-)

    @classmethod
    def for_persona(cls, voice: str, mood: str | None) -> VoiceSettings:
        rate, pitch, volume = MOOD_PROSODY.get(mood or "calm", (0, 0, 0))
        return cls(voice=voice, rate=rate, pitch=pitch, volume=volume)

    @property
    def female(self) -> bool:
        name = self.voice.split("-")[-1]
        return name.startswith(FEMALE_VOICES)


class TtsEngine(ABC):
    """One text-to-speech engine. `synthesize` raises TtsUnavailable when it cannot speak."""

    name: str  # stable id, part of the cache key

    @abstractmethod
    def label(self, settings: VoiceSettings) -> str:
        """The voice in use, in words for the trainee (shown once per call)."""

    @abstractmethod
    def voice_id(self, settings: VoiceSettings) -> str:
        """What this engine actually uses for these settings (voice file, variant…), for the cache."""

    @abstractmethod
    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        """The whole line as audio at the engine's own rate."""
