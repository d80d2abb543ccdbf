"""Character error rate for Mandarin: how far recognised text is from what was said.

Both texts are reduced to Chinese characters, digits and Latin letters (punctuation and spaces go),
and numbers to Arabic digits, so a recogniser is not blamed for writing a number differently from
the script: 幺三八 and 138, 十五栋 and 15栋, 两千零三 and 2003 compare equal, and 要三八 (幺 written
as its homophone) inside a number read out too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from core.numerals import DIGITS

_DIGIT_VALUES = {**DIGITS, "幺": 1}  # 幺: 1 as read out on the phone
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "亿": 10**8}
_NUMERAL_RUN = re.compile("[" + "".join(_DIGIT_VALUES) + "".join(_UNITS) + "".join(_BIG) + "]+")
_KEEP = re.compile(r"[\u3400-\u9fff0-9a-z]")


def _positional(run: str) -> int | None:
    """一万二千三百四十五 → 12345; None when the run is not one well-formed number."""
    total, section, digit, previous_digit = 0, 0, None, False
    for ch in run:
        if ch in _DIGIT_VALUES:
            if previous_digit and _DIGIT_VALUES[ch] != 0 and digit not in (0, None):
                return None  # 三四十: not one number
            digit = _DIGIT_VALUES[ch] if _DIGIT_VALUES[ch] or digit is None else digit
            previous_digit = True
            continue
        previous_digit = False
        if ch in _UNITS:
            section += (digit if digit is not None else 1) * _UNITS[ch]
        else:
            if section == 0 and digit is None and total == 0:
                return None  # 万一: a unit with nothing before it
            section += digit or 0
            total = (total + section) * _BIG[ch] if ch == "亿" else total + section * _BIG[ch]
            section = 0
        digit = None
    return total + section + (digit or 0)


def _arabic(run: str) -> str:
    if not any(ch in _UNITS or ch in _BIG for ch in run):
        return "".join(str(_DIGIT_VALUES[ch]) for ch in run)  # digit by digit: 幺三八 → 138
    if not (run[0] in _DIGIT_VALUES or run[0] == "十") or not any(
        ch in _DIGIT_VALUES or ch == "十" for ch in run
    ):
        return run  # 百货, 千万 (as in "千万别"), 万科: words, not numbers
    value = _positional(run)
    return run if value is None else str(value)


# Inside a string of digits, a recogniser writes 幺 (yāo, 1 on the phone) and 二 (èr) as their
# homophones 要/腰/妖 and 而/儿: "电话要三八要七…" is 138 17…, heard right and spelt otherwise.
_DIGITISH = "0-9" + "".join(_DIGIT_VALUES)
_DIGIT_HOMOPHONES = {"要": "幺", "腰": "幺", "妖": "幺", "而": "二", "儿": "二"}
_DIGIT_STRING = re.compile(f"[{_DIGITISH}要腰妖而儿]{{5,}}")


def _digit_homophones(match: re.Match) -> str:
    run = match.group(0)
    if sum(ch not in _DIGIT_HOMOPHONES for ch in run) < 4:
        return run  # 要而 in words, not a number read out
    return "".join(_DIGIT_HOMOPHONES.get(ch, ch) for ch in run)


def canonical(text: str) -> str:
    """Only what is said: Chinese characters, Arabic digits, lower-case Latin letters."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"(?<=\d)[,\s-](?=\d)", "", text)  # 1,500 / 138-1720 / 1 3 8
    text = _DIGIT_STRING.sub(_digit_homophones, text)
    text = _NUMERAL_RUN.sub(lambda m: _arabic(m.group(0)), text)
    return "".join(_KEEP.findall(text))


def edit_distance(a: Sequence[str], b: Sequence[str]) -> int:
    """Levenshtein distance (substitutions, insertions, deletions) between two sequences."""
    if len(a) < len(b):
        a, b = b, a
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def cer(reference: str, hypothesis: str) -> float:
    """Errors per reference character after `canonical`; 0.0 for two empty texts."""
    ref, hyp = canonical(reference), canonical(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(ref, hyp) / len(ref)


def syllables(text: str) -> list[str]:
    """The text as toneless pinyin syllables (digits and letters as themselves)."""
    from pypinyin import Style, lazy_pinyin

    out: list[str] = []
    for run in re.findall(r"[\u3400-\u9fff]+|[0-9]|[a-z]+", canonical(text)):
        out.extend(lazy_pinyin(run, style=Style.NORMAL) if run[0] > "\u3000" else [run])
    return out


def ser(reference: str, hypothesis: str) -> float:
    """Syllable error rate: like `cer` on toneless pinyin, so homophones (喂/为, 旭日/续日) count as
    heard. CER says which characters the listener wrote; SER how much of the sound got through."""
    ref, hyp = syllables(reference), syllables(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(ref, hyp) / len(ref)
