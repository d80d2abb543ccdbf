"""Is the trainee's turn over? How long a pause must last, given what has been said so far.

A fixed silence rule has to wait longer than the longest thinking pause to avoid cutting people off,
and Mandarin speakers pause a lot mid-turn: after fillers (嗯、那个、就是), before reading out a number,
between its digit groups, inside a word. The words before the pause tell these apart from a finished
turn, so the needed silence depends on them:

- HOLD (long wait): the words end in a filler, a dangling 的 (我们的…), a lead-in to a number
  (您的电话是…), a number shorter than the kind it starts like (幺三八… is a mobile: 11 digits), or a bare greeting
  naming the company (您好旭日装饰… is followed by who is speaking; a bare 您好 can be a whole turn).
- DONE (short wait): a question (…吗/呢, 对吧, ？) or a closing formula (再见, 还有什么可以帮您): the
  speaker hands the turn over.
- PLAIN: anything else. An acknowledgement (好的, 没问题, 请稍等) is PLAIN, not DONE: trainees go on
  from it (好的，请问您贵姓？) as often as they stop.

Sentence-final 了 is not a HOLD cue: it marks a completed statement (已经发货了, 记下来了). Text comes
from a recogniser's partial result; without it (whisper-base gives none while speaking) every pause is
PLAIN, i.e. the plain silence rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

FILLERS = ("嗯", "呃", "额", "啊", "唔", "那个", "这个", "就是", "然后", "就是说", "怎么说呢", "那")
# Said before a number is read out: the number is still to come.
NUMBER_LEADS = ("是", "号码", "电话", "手机", "热线", "订单号", "单号", "工号", "尾号", "编号")
# A bare 吧 is often a suggestion the speaker goes on from (您晚点再打过来吧，…); a tag question is not.
QUESTION_ENDS = ("吗", "呢", "么", "对吧", "是吧", "好吧", "行吧", "可以吧", "？", "?")
# Not 为您服务: agents say it when they introduce themselves, then ask 请问有什么可以帮您.
CLOSINGS = ("再见", "拜拜", "可以帮您", "帮您的", "愉快", "来电")
COMPLETE_DE = ("好的", "是的", "对的", "行的", "可以的")  # 的 that ends a sentence
DIGITS = "0123456789零〇一幺二两三四五六七八九"
SHORTEST_NUMBER = 7  # digits: fewer is never a whole number (landlines 7-8, orders 8, hotlines 10)
MOBILE = re.compile("^[1幺一][3-9三四五六七八九]")  # a mobile number has 11 digits
HOTLINE = re.compile("^[48四八][0零〇]{2}")  # 400/800 numbers have 10
GREETING = re.compile(r"^(喂，?)?您好，?[^，。？！]*?(装饰|公司|客服|中心|热线)$")

_TRIM = "，。,.、…！!~ 　"


class Cue(Enum):
    HOLD = "hold"
    PLAIN = "plain"
    DONE = "done"


@dataclass(frozen=True)
class TurnEndConfig:
    """Seconds of silence that end a turn, by cue (tuned on the tuning split of tests/data/turns)."""

    plain: float = 0.8
    done: float = 0.2
    hold: float = 1.5

    def silence(self, cue: Cue) -> float:
        return {Cue.HOLD: self.hold, Cue.PLAIN: self.plain, Cue.DONE: self.done}[cue]


def clean(text: str) -> str:
    """The words without spaces (recognisers space Chinese words) or trailing commas and dots."""
    return re.sub(r"\s+", "", text).rstrip(_TRIM)


def unfinished_number(digits: str) -> bool:
    """The digits read so far cannot be the whole number (幺三八幺七二零 is 7 of a mobile's 11)."""
    if not digits:
        return False
    if MOBILE.match(digits):
        return len(digits) < 11
    if HOTLINE.match(digits):
        return len(digits) < 10
    return len(digits) < SHORTEST_NUMBER


def trailing_digits(text: str) -> int:
    """How many digits the words end with (Arabic or read out: 幺三八 → 3)."""
    n = 0
    for ch in reversed(text):
        if ch not in DIGITS:
            break
        n += 1
    return n


def cue(text: str) -> Cue:
    """What the words so far say about the turn: HOLD, DONE or PLAIN (no text: PLAIN)."""
    raw = re.sub(r"\s+", "", text)
    words = clean(text)
    if not words:
        return Cue.PLAIN
    if raw.rstrip(_TRIM).endswith(("？", "?")):
        return Cue.DONE
    if words.endswith(FILLERS):
        return Cue.HOLD
    if words.endswith("的") and not words.endswith(COMPLETE_DE):
        return Cue.HOLD
    digits = trailing_digits(words)
    if unfinished_number(words[len(words) - digits :] if digits else ""):
        return Cue.HOLD
    if digits == 0 and words.endswith(NUMBER_LEADS) and not words.endswith(("是的", "就是")):
        return Cue.HOLD
    if GREETING.match(words) and "我是" not in words:
        return Cue.HOLD
    if words.endswith(QUESTION_ENDS) or words.endswith(CLOSINGS):
        return Cue.DONE
    return Cue.PLAIN


def ends_in_filler(text: str) -> bool:
    return cue(text) is Cue.HOLD and clean(text).endswith(FILLERS)


def silence_needed(text: str, config: TurnEndConfig | None = None) -> float:
    """Seconds of silence after `text` that end the turn."""
    return (config or TurnEndConfig()).silence(cue(text))
