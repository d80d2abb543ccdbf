"""The trainee acts the scorer combines with the wording, from any recogniser of acts.

The customer bot's NLU (`nlu.client.BotClient.recognize`) is the recogniser drills use; tests may
hand in any object with a `recognize` method.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from core.callrecord import CallRecord
from core.errors import BotUnavailable


@runtime_checkable
class ActRecognizer(Protocol):
    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        """The acts recognised in each text, in the same order."""
        ...


def recognize_call(record: CallRecord, recognizer: ActRecognizer) -> dict[int, frozenset[str]]:
    """The acts of every trainee utterance, keyed by its index in record.events."""
    trainee = record.utterances("trainee")
    if not trainee:
        return {}
    found = recognizer.recognize([u.text for _, u in trainee])
    if len(found) != len(trainee):
        raise BotUnavailable(
            f"话语识别结果的条数（{len(found)}）与学员话语条数（{len(trainee)}）不一致，无法评分。"
        )
    return {i: frozenset(acts) for (i, _), acts in zip(trainee, found, strict=True)}
