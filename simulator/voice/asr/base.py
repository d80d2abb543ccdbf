"""Speech recognition behind one small interface: audio in, partial text while speaking, final result.

A `Recognizer` hears one utterance at a time: `accept` gets 16 kHz mono int16 audio and returns the
text so far when it changed; `finish` returns the final result and readies it for the next utterance.
Deciding *when* an utterance ends is not the recogniser's job: see `endpoint.py`.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass

import numpy as np

_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
_SPACES = (
    re.compile(rf"(?<={_CJK})\s+(?={_CJK}|\d)"),
    re.compile(rf"(?<=\d)\s+(?={_CJK})"),
)


def join_words(text: str) -> str:
    """Recognisers put spaces between Chinese words; Chinese is written without them."""
    text = text.strip()
    for pattern in _SPACES:
        text = pattern.sub("", text)
    return text


@dataclass(frozen=True)
class AsrResult:
    text: str
    confidence: float | None = None  # mean word confidence in [0, 1], when the engine gives one


class Recognizer(ABC):
    rate: int = 16_000

    @abstractmethod
    def accept(self, samples: np.ndarray) -> str | None:
        """Feed int16 samples; the utterance's text so far if it changed, else None."""

    @abstractmethod
    def finish(self) -> AsrResult:
        """The final result of the utterance; the recogniser is then ready for the next one."""

    def reset(self) -> None:
        """Drop the current utterance."""
        self.finish()

    def peek(self) -> str | None:
        """The words of the utterance so far, for recognisers that give no partial text while
        speaking (whisper); None when it cannot tell. The utterance goes on. May be slow."""
        return None


class AsrEngine(ABC):
    """A loaded model (expensive, once per process) that makes recognisers (cheap, one per call)."""

    name: str
    description: str

    @abstractmethod
    def recognizer(self) -> Recognizer: ...
