"""Text helpers for the scorer: toneless pinyin, sound-alike patterns, spoken numbers, time frames.

Trainee speech reaches the scorer as ASR text: homophones (您/你, 贵姓/贵性), no punctuation, digits
spoken as Chinese numerals. So content checks never compare characters. Every text is turned into a
sequence of *tokens* — one normalised toneless pinyin syllable per Chinese character, one token per
digit, one per run of Latin letters — and patterns written in Chinese are compiled into regular
expressions over those tokens (`sounds`). Normalisation folds the confusions that ASR and southern
accents produce: tones are dropped and 您 reads as 你. A pattern written `=…` is matched literally.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from core.numerals import DIGITS

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CLAUSE_SPLIT = re.compile(r"[，,。.！!？?；;：:、…~～\s]+")


def is_han(ch: str) -> bool:
    return bool(_HAN.match(ch))


# --- regional wording --------------------------------------------------------------------------
# Trainees from the south and west say the standard acts in their own words (侬/阿拉, 唔该/冇/啱,
# 莫得/咋个, 嘛事): heard as the Mandarin they mean, so one pattern serves every region. Words here are
# not ordinary Mandarin in a call, or mean the same; those that are part of ordinary words are in
# _IN_PLACE, taken only where they stand alone.
_SAME_CHAR = str.maketrans(
    {
        "侬": "你",
        "佢": "他",
        "係": "是",
        "嘅": "的",
        "咗": "了",
        "喺": "在",
        "搵": "找",
        "睇": "看",
        "俾": "给",
        "畀": "给",
        "嚟": "来",
        "哋": "们",
        "啲": "些",
        "弗": "不",
        "勿": "不",
        "俺": "我",
        "喇": "了",
    }
)
_WORDS = {
    # Cantonese
    "唔该晒": "谢谢",
    "唔该": "谢谢",
    "唔好意思": "不好意思",
    "对唔住": "对不起",
    "系咪": "是不是",
    "真系": "真是",
    "冇": "没有",
    "喺度": "在",
    "乜嘢": "什么",
    "咩": "什么",
    "嘢": "东西",
    "点样": "怎么样",
    "点称呼": "怎么称呼",
    "几多": "多少",
    "即刻": "马上",
    "听日": "明天",
    "琴日": "昨天",
    "下昼": "下午",
    "上昼": "上午",
    "仲有": "还有",
    "啱唔啱": "对不对",
    "啱": "对",
    "咁样": "这样",
    "咁": "这么",
    "屋企": "家里",
    "个钟": "小时",
    "覆电话": "回电话",
    "返嚟": "回来",
    "讲低": "留下",
    "嬲": "生气",
    "拜拜": "再见",
    # Shanghainese
    "阿拉": "我们",
    "覅": "不要",
    "晓得": "知道",
    "做啥": "干什么",
    "啥子": "什么",
    "啥": "什么",
    "事体": "事情",
    "辰光": "时间",
    "光火": "生气",
    "下半天": "下午",
    "上半天": "上午",
    "在伐在": "在不在",
    "再会": "再见",
    # south-west and north
    "莫得": "没有",
    "咋个": "怎么",
    "啷个": "怎么",
    "咋": "怎么",
    "孃孃": "阿姨",
    "嬢嬢": "阿姨",
    "甭": "不用",
    "嘛事": "什么事",
}
_WORD = re.compile(
    "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True))
    # Words that also end or start ordinary Mandarin words are taken only where they can be nothing
    # else: 唔 between words is 不 (听唔到, 赔唔赔; alone or first it may be a listener's 嗯), 伐 and 额
    # end a question or a statement (好伐, 对额; not 金额), 边个 is not 这边+个人, 而家 not 然而+家具,
    # 打返 is calling back (not 打+返工), 明朝 is tomorrow before a time of day (not 说明+朝向).
    + r"|(?<=[\u4e00-\u9fff])唔(?=[\u4e00-\u9fff])"
    + r"|伐(?=[，,。.！!？?\s]|$)|(?<=[好对是来])额(?=[，,。.！!？?\s]|$)"
    + r"|(?<![这那哪旁身外里上下左右东西南北一两半])边(个|度|间)"
    + r"|(?<!然)而家|打返(?=[俾给你您电])|(?<!说)明朝(?=[早上下])"
)
_IN_PLACE = {
    "唔": "不",
    "伐": "吗",
    "额": "的",
    "边个": "谁",
    "边度": "哪里",
    "边间": "哪家",
    "而家": "现在",
    "打返": "回电话",
    "明朝": "明天",
}


def mandarin(text: str) -> str:
    """The text with regional words put in Mandarin (for matching only: quotes keep the words said)."""
    return _WORD.sub(
        lambda m: _WORDS.get(m.group()) or _IN_PLACE[m.group()], text.translate(_SAME_CHAR)
    )


def mandarin_pattern(src: str) -> str:
    """A pattern's regional words put in Mandarin, as the text it is matched against (not inside a
    [..] class: its single characters are matched one by one)."""
    return "".join(
        part if part.startswith("[") else mandarin(part) for part in re.split(r"(\[[^\]]*\])", src)
    )


def _fold(s: str) -> str:
    # Only what ASR really confuses: exact homophones (the tone is dropped) and 您/你 (宁 too).
    # Folding zh/z or -ing/-in as well made 姓氏 match 心是 and 离职 match 理知.
    return "ni" if s in ("nin", "ning") else s


@lru_cache(maxsize=20000)
def syllable(ch: str) -> str:
    """The folded toneless syllable of one Chinese character (its most common reading)."""
    return _fold(lazy_pinyin(ch, style=Style.NORMAL)[0])


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Sound tokens of a text; punctuation and spaces are dropped."""
    text = mandarin(unicodedata.normalize("NFKC", text).lower())
    out: list[str] = []
    word = ""
    for ch in text:
        if "a" <= ch <= "z":
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        if ch.isdigit():
            out.append(ch)
        elif is_han(ch):
            out.append(syllable(ch))
    if word:
        out.append(word)
    return tuple(out)


@lru_cache(maxsize=8192)
def sound(text: str) -> str:
    """The token string patterns are matched against: every token followed by one space."""
    return "".join(t + " " for t in tokens(text))


def clauses(text: str) -> list[str]:
    """Split at punctuation; ASR text without punctuation stays one clause."""
    return [c for c in _CLAUSE_SPLIT.split(text) if c]


def punctuated(text: str) -> list[str]:
    """Split at punctuation marks only: a number read in groups (158 2136 9904) stays whole."""
    return [p for p in re.split(r"[，,。！!？?；;：:、…]", text) if p]


# --- sound-alike patterns ------------------------------------------------------------------------

_MACROS = {
    # one spoken or written digit
    "D": r"(?:[0-9]|ling|yi|er|liang|san|si|wu|liu|qi|ba|jiu) ",
    # a number word inside an amount (十/百/半/几 included)
    "N": r"(?:[0-9]|ling|yi|er|liang|san|si|wu|liu|qi|ba|jiu|shi|bai|ban) ",
    # any one token
    "S": r"\S+ ",
}


def _compile(src: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if is_han(c):
            out.append(f"(?:{syllable(c)} )")
        elif c == "<" and src[i - 2 : i] == "(?":
            out.append("<")  # a lookbehind: (?<! … ) / (?<= … )
        elif c == "<":
            j = src.index(">", i)
            out.append(f"(?:{_MACROS[src[i + 1 : j]]})")
            i = j
        elif c == "[":
            j = src.index("]", i)
            members = []
            for m in src[i + 1 : j]:
                members.append(re.escape(syllable(m)) if is_han(m) else re.escape(m.lower()))
            out.append("(?:(?:" + "|".join(sorted(set(members))) + ") )")
            i = j
        elif c == "{":
            j = src.index("}", i)
            out.append(src[i : j + 1])
            i = j
        elif c == ".":
            out.append(r"(?:\S+ )")
        elif c.isdigit():
            out.append(f"(?:{c} )")
        elif "a" <= c.lower() <= "z":
            j = i
            while j < len(src) and "a" <= src[j].lower() <= "z":
                j += 1
            out.append(f"(?:{src[i:j].lower()} )")
            i = j - 1
        elif c in "()|?*+^$:!=":
            out.append(c)
        elif c.isspace():
            pass
        else:
            raise ValueError(f"unsupported pattern character {c!r} in {src!r}")
        i += 1
    return "".join(out)


@lru_cache(maxsize=4096)
def pattern(src: str) -> re.Pattern[str]:
    """Compile a pattern written in Chinese into a regex over `sound` strings.

    Syntax: Chinese characters match anything that sounds alike; `.` is any one token; `<D>` a digit
    (spoken or written), `<N>` a number word, `<S>` any token; `[甲乙]` one of the characters;
    `( | ) ? * + {m,n}` and `(?! )` work as in regular expressions; spaces are ignored.
    """
    # Anchor at a token boundary: "he shi " (核实) must not match inside "zhe shi " (这事).
    return re.compile(r"(?<![^ ])" + _compile(mandarin_pattern(src)))


def sounds(text: str, *patterns: str) -> bool:
    """Does the text contain something that sounds like any of the patterns?

    A pattern of one single character is matched literally: one syllable has too many homophones
    (请/清/轻, 吗/嘛/马) for sound to mean anything.
    """
    s = sound(text)
    for p in patterns:
        if p.startswith("="):
            if _literal(p[1:]).search(_PUNCT.sub("", mandarin(text))):
                return True
        elif len(p) == 1 and is_han(p):
            if p in text:
                return True
        elif pattern(p).search(s):
            return True
    return False


_PUNCT = re.compile(r"[，,。.！!？?；;：:、…~～\s]+")


@lru_cache(maxsize=1024)
def _literal(p: str) -> re.Pattern[str]:
    return re.compile(mandarin_pattern(p))


def first_sound(text: str, patterns: Iterable[str]) -> re.Match[str] | None:
    s = sound(text)
    for p in patterns:
        m = pattern(p).search(s)
        if m:
            return m
    return None


# --- spoken numbers ------------------------------------------------------------------------------

_DIGIT_OF = {
    "ling": "0",
    "yi": "1",
    "er": "2",
    "liang": "2",
    "san": "3",
    "si": "4",
    "wu": "5",
    "liu": "6",
    "qi": "7",
    "ba": "8",
    "jiu": "9",
}
# Radio-style digits are read by character: 要 and 懂 sound like 幺 and 洞 but are not digits.
_DIGIT_CHARS = {"幺": "1", "洞": "0"}
_DIGIT_WORDS = frozenset("零〇一二两三四五六七八九幺洞")


@lru_cache(maxsize=20000)
def _raw_syllable(ch: str) -> str:
    return lazy_pinyin(ch, style=Style.NORMAL)[0]


def _digits_ahead(text: str, at: int) -> int:
    """How many digits, written or spoken one by one, run on from `at`."""
    n = 0
    while at + n < len(text) and (text[at + n].isdigit() or text[at + n] in _DIGIT_WORDS):
        n += 1
    return n


@lru_cache(maxsize=8192)
def digit_spans(text: str, min_len: int = 3) -> tuple[tuple[str, int, int], ...]:
    """Runs of digits with where they are: (digits, start, end) as indexes into `text`.

    Digits are written or spoken one by one (一三八零…/幺/两/洞), and a run goes on across spaces and
    punctuation, so "138 0000 1234", "一三八，零零零零，一二三四" and "13800001234" all give
    "13800001234".
    """
    text = unicodedata.normalize("NFKC", text)
    runs: list[tuple[str, int, int]] = []
    cur, start, end = "", 0, 0
    for i, ch in enumerate(text):
        d = None
        if ch.isdigit():
            d = ch
        elif ch == "〇":  # the ideographic zero is no Han character (U+3007)
            d = "0"
        elif is_han(ch):
            # Read unfolded, so 是/十 (shi) do not become 四 (si).
            d = _DIGIT_CHARS.get(ch) or _DIGIT_OF.get(_raw_syllable(ch))
            # a word that only sounds like a digit (就 jiu) goes on a spoken run, not past a written
            # number and a pause (…13830615294。就说… ends at 4); nor does a digit word past a full
            # mobile number or the end of a sentence (电话18993725618。五一专列…)
            if (
                d
                and cur
                and end < i
                and text[end - 1].isdigit()
                and (
                    ch not in _DIGIT_WORDS
                    or len(cur) >= 11
                    or any(p in text[end:i] for p in "。！？!?")
                )
                # (1383061，就二九四: a spoken group that completes a phone number is the number's)
                and len(cur) + 1 + _digits_ahead(text, i + 1) != 11
            ):
                d = None
        elif ch in " -—－,，、.。:：" and cur:
            continue
        if d is not None:
            # a word that only sounds like a digit does not lead a written number (黎淑仪，13823516097)
            if (
                cur
                and ch.isdigit()
                and not any(c.isdigit() or c in _DIGIT_WORDS for c in text[start:end])
            ):
                cur = ""
            if not cur:
                start = i
            cur += d
            end = i + 1
        else:
            if len(cur) >= min_len:
                runs.append((cur, start, end))
            cur = ""
    if len(cur) >= min_len:
        runs.append((cur, start, end))
    return tuple(runs)


def digit_runs(text: str, min_len: int = 3) -> tuple[str, ...]:
    """Runs of digits, written or spoken one by one (see `digit_spans`)."""
    return tuple(run for run, _, _ in digit_spans(text, min_len))


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def number_said(number: str, text: str, slips: int = 1) -> bool:
    """Is `number` (a phone or order number) said in full in `text`, allowing `slips` ASR slips
    (in a number of six digits or more)?"""
    target = "".join(ch for ch in unicodedata.normalize("NFKC", number) if ch.isdigit())
    if len(target) < 3:
        return False
    slack = slips if len(target) >= 6 else 0
    for run in digit_runs(text):
        if target in run:
            return True
        if len(run) >= len(target) - slack:
            # compare against every window of the run of about the target's length
            for size in {len(target) - slack, len(target), len(target) + slack}:
                for start in range(0, max(1, len(run) - size + 1)):
                    if edit_distance(run[start : start + size], target, slack) <= slack:
                        return True
    return False


def chinese_int(s: str) -> int | None:
    """'3', '三', '十二', '二十五', '一百零八' → int; None if it is not a plain number."""
    s = unicodedata.normalize("NFKC", s)
    if s.isdigit():
        return int(s)
    if not s or any(ch not in DIGITS and ch not in "十百千" for ch in s):
        return None
    if all(ch in DIGITS for ch in s):  # digit by digit: 一零八
        return int("".join(str(DIGITS[ch]) for ch in s))
    total, cur = 0, 0
    for ch in s:
        if ch in DIGITS:
            cur = DIGITS[ch]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * unit
            cur = 0
    return total + cur


# --- names ---------------------------------------------------------------------------------------


HONORIFICS = (
    "先生",
    "女士",
    "小姐",
    "太太",
    "经理",
    "总",
    "董",
    "老师",
    "工",
    "主任",
    "师傅",
    "老板",
    "阿姨",
    "大爷",
    "大妈",
    "大娘",
    "爷爷",
    "奶奶",
    "阿婆",
    "婆婆",
    "伯伯",
    "大叔",
    "叔叔",
    "叔",
    "大哥",
    "大姐",
    "姐",
    "哥",
    "医生",
    "律师",
    "部长",
    "科长",
    "处长",
    "局长",
    # (not 大夫/院长/同学…: a colleague or the caller's child may share the surname)
    "阿嬷",
    # (not 阿伯/大伯/大爹/老伯: as often the caller's own father-in-law, uncle or father)
    "老先生",
    "老太太",
    "老爷子",
    "警官",
)
"""What a caller's surname takes to be read back politely: 刘先生 / 刘总 / 刘工 / 刘女士 / 刘姐."""

ADDRESS_POSTS = (
    "厂长",
    "院长",
    "队长",
    "店长",
    "站长",
    "园长",
    "所长",
    "校长",
    "村长",
    "书记",
    "主管",
    "组长",
    "会计",
    "同学",
    "楼长",
    # learnt from b133-b139: 甘教练，区少年业余体校，… / 施社长，南大汉服社，… / 景制片，电话…
    "教练",
    "社长",
    "馆长",
    "制片",
    "导演",
    "班主任",
    # 张伯 / 沈老伯 / 王娭毑 (Cantonese, Shanghainese and Hunanese for an elderly caller)
    "伯",
    "老伯",
    "娭毑",
    # learnt from b231-b237: 段场长 (a farm's head), 谭理事长 (a co-operative's), 黎太 (Cantonese for Mrs 黎)
    "场长",
    "理事长",
    "太",
)
"""Posts a caller is addressed by (邹院长 for the head of a care home, 刘厂长): only as an address, a
clause of its own (邹院长，康乐养老院，153…; 我请张院长确认 names a colleague who shares the surname),
and not one the call gives someone else (是张院长介绍我来的)."""


ELDERS = ("老", "阿伯", "老伯", "大伯")
"""An elderly caller addressed by surname (汪老，我复述一下 / 黄阿伯，…): only as an address of its own, as
the posts are (黄阿伯 inside a sentence may be the caller's uncle)."""


def name_said(name: str, text: str, others: tuple[str, ...] = ()) -> bool:
    """A person's name said in full, or surname + title (张先生/张女士/张经理), sound-alike, or
    surname + post as an address (邹院长，…) that none of `others` (the call's other people) goes by."""
    name = name.strip()
    if not name:
        return False
    s = sound(text)
    full = "".join(syllable(c) + " " for c in name if is_han(c))
    if full and full in s:
        return True
    if name and is_han(name[0]) and name[0] + "生" in text:  # Cantonese 李生, written as said
        return True
    # 山田女士 of 山田惠子, 欧阳先生 of 欧阳娜: a two-character surname of a longer name
    surnames = [name[:1]] + ([name[:2]] if len(name) >= 3 else [])
    for surname in surnames:
        if not all(is_han(c) for c in surname):
            continue
        sur = "".join(syllable(c) + " " for c in surname)
        if any(sur + "".join(syllable(c) + " " for c in t) in s for t in HONORIFICS):
            return True
        for c in clauses(text):
            m = re.fullmatch(f"(好的|好|嗯)?({surname}({'|'.join(ADDRESS_POSTS + ELDERS)}))", c)
            if m and m.group(2) not in others:
                return True
    return False


_NUMERALS = str.maketrans("零〇一二三四五六七八九两幺洞", "00123456789210")
_LIGHT = re.compile(r"[了的地得吧啊呀呢嘛哦么着过]")


def _lcs(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """Length of the longest common subsequence (the plain dynamic programme, unrolled for speed)."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        left = 0
        for j, y in enumerate(b):
            if x == y:
                left = prev[j] + 1
            else:
                up = prev[j + 1]
                if up > left:
                    left = up
            cur.append(left)
        prev = cur
    return prev[-1]


# One wording for what a read-back says in short: 回个电话 / 回电话 / 回复电话 are 回电.
_SHORT_FORMS = ((re.compile(r"回(一)?(个)?电话|回复电话|回拨"), "回电"),)


def _plain(text: str) -> str:
    """Text as facts are compared: numerals as digits, particles gone, short forms used."""
    text = _LIGHT.sub("", text.translate(_NUMERALS))
    for long, short in _SHORT_FORMS:
        text = long.sub(short, text)
    return text


def said_whole(value: str, text: str) -> bool:
    """A short fact said whole, as a run of syllables (书房, 周六下午 in 周六的下午), not scattered."""
    return sound(_plain(value)) in sound(_plain(text))


@lru_cache(maxsize=16384)
def phrase_overlap(phrase: str, text: str) -> float:
    """How much of a phrase is said, in order, within one stretch of the text (0..1).

    For restated free text ("客厅墙面裂缝" for "客厅墙面裂了好几道缝"): the share of the phrase's
    syllables found in order inside a window about as long as the phrase. Particles (了/的/吧…) are
    ignored and Chinese numerals count as digits, so 3栋1202室 and 三栋一二零二室 compare equal.
    """
    p = tokens(_plain(phrase))
    t = tokens(_plain(text))
    if not p or not t:
        return 0.0
    size = int(len(p) * 1.5) + 2
    need = Counter(p)
    best = 0
    for start in range(0, max(1, len(t) - len(p) // 2)):
        if t[start] not in need:
            continue
        window = t[start : start + size]
        # no alignment can match more tokens than the window shares with the phrase
        if sum((Counter(window) & need).values()) <= best:
            continue
        best = max(best, _lcs(p, window))
        if best == len(p):
            break
    return best / len(p)


# Words that carry no fact of their own in a message or a complaint (who passes it on, politeness,
# aspect): a read-back may drop or change them freely.
_FUNCTION = re.compile(
    r"(已经|一下|一个|这个|那个|以后|之后|的话|麻烦|请|让|叫|给|把|被|他|她|我|你|您|们|就|都|也|还|"
    r"会|要|是|在|和|跟|了|的|地|得|吧|啊|呀|呢|嘛|哦|么|着|过|个|说|吗|对|好)"
)


@lru_cache(maxsize=16384)
def content_overlap(phrase: str, text: str) -> float:
    """How much of a phrase's content is said in the text, in any order (0..1).

    For read-backs in the trainee's own words ("周三上午送瓷砖，原来是下周一" for "原定下周一送的瓷砖
    改到周三上午送货"): the phrase's function words are dropped, what remains is cut into syllable
    pairs (瓷砖, 周三, 上午…), and the share of those pairs found anywhere in the text is returned.
    A phrase of fewer than three pairs gives 0 (too short to judge without order).
    """
    runs = [r for r in _FUNCTION.split(_plain(phrase)) if r]
    pairs = set()
    for run in runs:
        t = tokens(run)
        pairs.update(zip(t, t[1:], strict=False))
    if len(pairs) < 3:
        return 0.0
    said = tokens(_plain(text))
    found = set(zip(said, said[1:], strict=False))
    return len(pairs & found) / len(pairs)
