"""Text-to-speech for the customer: one engine per file behind `TtsEngine`, chained by `CustomerVoice`."""

from simulator.voice.tts.base import MOOD_PROSODY, TtsEngine, VoiceSettings
from simulator.voice.tts.chain import CustomerVoice, default_engines, engines_from_env

__all__ = [
    "MOOD_PROSODY",
    "CustomerVoice",
    "TtsEngine",
    "VoiceSettings",
    "default_engines",
    "engines_from_env",
]
