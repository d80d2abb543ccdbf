"""A recogniser that "hears" a script: each utterance yields the next line (for tests and benches).

It still receives the real audio, so turn timing (onset, end of speech) comes from the audio path;
only the words come from the script. With `inner`, a real recogniser also runs on the audio (its
cost and timing are real) while the words still come from the script.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from simulator.voice.asr.base import AsrEngine, AsrResult, Recognizer


class ScriptedRecognizer(Recognizer):
    def __init__(
        self,
        lines: Iterable[str],
        partials: dict[str, list[str]] | None = None,
        inner: Recognizer | None = None,
    ):
        self.lines = list(lines)
        self.partials = partials or {}
        self.inner = inner
        self.heard_samples = 0
        self._utterance_samples = 0
        self._shown = 0
        self.inner_results: list[AsrResult] = []

    def _current(self) -> str:
        return self.lines[0] if self.lines else ""

    def accept(self, samples: np.ndarray) -> str | None:
        self.heard_samples += len(samples)
        self._utterance_samples += len(samples)
        if self.inner is not None:
            self.inner.accept(samples)
        steps = self.partials.get(self._current())
        if not steps:
            return None
        # One scripted partial per 0.5 s of audio heard.
        due = min(len(steps), self._utterance_samples // (self.rate // 2))
        if due > self._shown:
            self._shown = due
            return steps[due - 1]
        return None

    def finish(self) -> AsrResult:
        if self.inner is not None:
            self.inner_results.append(self.inner.finish())
        self._utterance_samples = 0
        self._shown = 0
        text = self.lines.pop(0) if self.lines else ""
        return AsrResult(text=text, confidence=1.0 if text else None)

    def reset(self) -> None:
        if self.inner is not None:
            self.inner.reset()
        self._utterance_samples = 0
        self._shown = 0


class ScriptedAsr(AsrEngine):
    name = "scripted"
    description = "脚本（测试用）"

    def __init__(self, lines: Iterable[str], inner: AsrEngine | None = None):
        self.lines = list(lines)
        self.inner = inner

    def recognizer(self) -> Recognizer:
        return ScriptedRecognizer(
            self.lines, inner=self.inner.recognizer() if self.inner is not None else None
        )
