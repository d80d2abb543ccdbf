"""Customer lines as they are said aloud: every number written out in Chinese characters.

Engines read digit strings as quantities (13817205563 → 一百三十八亿…), which no caller says. Here
phone, order and work numbers become digits read one by one, with 1 as 幺 the way Chinese operators
say them (13817205563 → 幺三八幺七二零五五六三, 12315 → 幺二三幺五); room numbers and years are read
digit by digit too (2003室 → 二零零三室). Amounts, quantities, dates and times are read as numbers
(500元 → 五百元, 3天 → 三天, 下午4点 → 下午四点, 2个 → 两个, 16:30 → 十六点三十分). The output holds no
Arabic digits, so every engine (edge-tts, Kokoro, espeak-ng) says the same thing.

With `pauses`, long numbers are said in groups the way people say them (幺三八，幺七二零，五五六三):
listeners catch them better (the round trip through whisper lost half as many digits).
"""

from __future__ import annotations

import re
import unicodedata

DIGITS = "零一二三四五六七八九"
OPERATOR_DIGITS = "零幺二三四五六七八九"  # 1 as 幺: it cannot be misheard as 七

# Words after which a number is an identifier (read digit by digit, 1 as 幺).
ID_WORDS = (
    "电话号码",
    "手机号码",
    "电话",
    "手机号",
    "手机",
    "号码",
    "座机",
    "分机",
    "热线",
    "传真",
    "订单号",
    "订单编号",
    "订单",
    "单号",
    "工号",
    "编号",
    "尾号",
    "账号",
    "卡号",
    "合同号",
    "拨打",
    "拨",
    "打",
)
_ID_CONTEXT = re.compile(
    "(?:" + "|".join(sorted(ID_WORDS, key=len, reverse=True)) + r")(?:是|为|:|：|\s)*$"
)

# After these a number is counted, so 2 is 两 (两个, 两天, 两点); 二月, 二号, 第二 keep 二.
_LIANG_BEFORE = (
    "个",
    "位",
    "天",
    "次",
    "点",
    "小时",
    "分钟",
    "周",
    "星期",
    "年",
    "件",
    "台",
    "套",
    "张",
    "把",
    "条",
    "块",
    "元",
    "本",
    "箱",
    "瓶",
    "份",
    "遍",
    "层",
    "间",
    "人",
    "名",
    "趟",
)
# After these a number is a quantity, never an identifier, however long (10000元).
_UNITS = re.compile(
    r"^(?:元|块|万|千|百|亿|角|毛|分|个|位|天|次|点|小时|分钟|秒|周|星期|月|年|件|台|套|张|把|"
    r"条|本|箱|瓶|份|遍|层|间|人|名|趟|米|平|斤|公斤|克|吨|升|度|岁|楼|栋|号|室|房|期|%)"
)

# A number: digits, optionally grouped by single spaces or hyphens (138-1720-5563), or a decimal.
_NUMBER = re.compile(r"\d+(?:[- ]\d+)*(?:\.\d+)?%?")
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3])[:：]([0-5]\d)(?![\d:])")
_RANGE = re.compile(r"(?<![\d.\- ])(\d{1,3})[~～-](\d{1,3})(?=[\u4e00-\u9fff%])")
_WORK_ID = re.compile(r"工号(?:是|为|:|：|\s)*$")


def digit_by_digit(digits: str, operator: bool = True) -> str:
    """Each digit on its own: 幺三八… for phone and order numbers, 二零零三 for rooms and years."""
    table = OPERATOR_DIGITS if operator else DIGITS
    return "".join(table[int(d)] for d in digits if d.isdigit())


def _section(n: int) -> str:
    """0 < n < 10000 in Chinese, zeros inside as a single 零."""
    out, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero and out:
                out.append("零")
            out.append(DIGITS[digit] + unit)
            zero = False
        else:
            zero = True
    return "".join(out)


def number(n: int, liang: bool = False) -> str:
    """A whole number as said (10 → 十, 105 → 一百零五, 2000 → 两千); `liang`: 2 itself as 两."""
    if n == 0:
        return "零"
    if n == 2 and liang:
        return "两"
    parts, pending_zero = [], False
    for size, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        group, n = divmod(n, size)
        if group:
            if pending_zero or (parts and group < 1000):
                parts.append("零")
            parts.append(number(group) if group >= 10**4 else _section(group))
            parts.append(unit)
            pending_zero = False
        elif parts:
            pending_zero = True
    text = "".join(parts)
    if text.startswith("一十"):
        text = text[1:]  # 十五, not 一十五
    # 两千, 两万, 两亿 at the head of a number; 二 stays elsewhere (一万二千).
    return re.sub(r"^二(?=[千万亿百])", "两", text)


def _decimal(text: str) -> str:
    whole, _, fraction = text.partition(".")
    said = number(int(whole))
    return f"{said}点{digit_by_digit(fraction, operator=False)}" if fraction else said


def _groups(body: str, digits: str) -> list[str]:
    """How a long number is said in groups: as written (138-1720-5563), 3-4-4 for a mobile number,
    else fours."""
    if re.search(r"[- ]", body):
        return re.split(r"[- ]", body)
    if len(digits) == 11 and digits.startswith("1"):
        return [digits[:3], digits[3:7], digits[7:]]
    if len(digits) >= 8:
        return [digits[i : i + 4] for i in range(0, len(digits), 4)]
    return [digits]


def _read(match: re.Match, text: str, pauses: bool) -> str:
    raw = match.group(0)
    before, after = text[: match.start()], text[match.end() :]
    percent = raw.endswith("%")
    body = raw.rstrip("%")
    digits = re.sub(r"\D", "", body.split(".")[0])
    grouped = bool(re.search(r"[-\s]", body))
    if percent:
        return "百分之" + _decimal(body)
    if "." in body and not grouped:
        return _decimal(body)
    preceded_by_letter = bool(re.search(r"[A-Za-z]$", before))
    quantity = bool(_UNITS.match(after.lstrip()))

    def identifier() -> str:
        groups = _groups(body, digits) if pauses else [digits]
        return "，".join(digit_by_digit(g) for g in groups)

    if _WORK_ID.search(before) or (
        _ID_CONTEXT.search(before[-8:]) and len(digits) >= 3 and not quantity
    ):
        return identifier()
    if preceded_by_letter:
        return identifier()  # order numbers like SH20231105
    if re.match(r"^\s*(?:室|房)", after):
        return digit_by_digit(digits, operator=False)  # rooms: 二零零三室
    if len(digits) == 4 and after.startswith("年"):
        return digit_by_digit(digits, operator=False)  # years: 二零二四年
    if grouped or (len(digits) >= 5 and not quantity) or (len(digits) > 1 and digits[0] == "0"):
        return identifier()
    liang = after.lstrip().startswith(_LIANG_BEFORE) and not re.search(r"第\s*$", before)
    return number(int(digits), liang=liang)


def _time(match: re.Match) -> str:
    hour, minute = int(match.group(1)), int(match.group(2))
    said = number(hour, liang=True) + "点"
    if minute == 30:
        return said + "三十分"
    if minute:
        return said + ("零" if minute < 10 else "") + number(minute) + "分"
    return said


def spoken(text: str, pauses: bool = False) -> str:
    """The line with every number in words, the way a caller says it (see the module docstring)."""
    text = "".join(unicodedata.normalize("NFKC", c) if c.isdigit() else c for c in text)
    text = _TIME.sub(_time, text)
    text = _RANGE.sub(lambda m: f"{m.group(1)}到{m.group(2)}", text)
    out, last = [], 0
    for match in _NUMBER.finditer(text):
        out.append(text[last : match.start()])
        out.append(_read(match, text, pauses))
        last = match.end()
    out.append(text[last:])
    return "".join(out)
