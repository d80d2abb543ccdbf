"""Speech recognition for the trainee: one interface (`base.py`), one file per engine."""

from simulator.voice.asr.base import AsrEngine, AsrResult, Recognizer, join_words

__all__ = ["AsrEngine", "AsrResult", "Recognizer", "join_words"]
