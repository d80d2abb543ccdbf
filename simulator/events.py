"""Call events in the trainee's words: one describer for the terminal, the voice drill and the browser.

A view decides only how the time is shown and whether the customer's words are: in a voice call the
trainee hears the customer, so the words are not printed (on a bad line, reading them would defeat
the exercise) unless subtitles are asked for.
"""

from __future__ import annotations

from enum import Enum

from core.callrecord import Event, Hangup, HoldEnd, HoldStart, Pickup, Ring, Utterance

RING_PERIOD_S = 5.0  # Chinese ring cadence: 1 s on, 4 s off


class CustomerShown(Enum):
    WORDS = "words"
    """What the customer said, as heard on the line."""
    LENGTH = "length"
    """That the customer spoke, and for how long (a voice call: the words are heard)."""
    NOTHING = "nothing"


def describe(
    event: Event,
    heard: str | None = None,
    *,
    customer: CustomerShown = CustomerShown.WORDS,
    rings: bool = True,
    trainee: bool = True,
) -> str | None:
    """One line of the call for the trainee (without its time), or None when not shown."""
    if isinstance(event, Ring):
        return f"叮铃铃……（第{round(event.t / RING_PERIOD_S) + 1}声）" if rings else None
    if isinstance(event, Pickup):
        return "接听。"
    if isinstance(event, Utterance) and event.speaker == "trainee":
        if not trainee:
            return None
        sure = (
            f"（识别置信度 {event.asr_confidence:.2f}）" if event.asr_confidence is not None else ""
        )
        return f"你：{event.text}{sure}"
    if isinstance(event, Utterance):
        cut = "（被打断）" if event.model_extra.get("interrupted") else ""
        if customer is CustomerShown.WORDS:
            return f"客户：{heard or event.text}{cut}"
        if customer is CustomerShown.LENGTH:
            return f"客户说了 {event.end - event.t:.1f} 秒{cut}"
        return None
    if isinstance(event, HoldStart):
        return "（保持通话，客户听着等待音乐）"
    if isinstance(event, HoldEnd):
        return "（恢复通话）"
    if isinstance(event, Hangup):
        return f"{'客户' if event.by == 'customer' else '你'}挂断了电话。"
    return None
