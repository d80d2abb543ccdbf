"""score_call: one call record + its scenario + the recognised trainee acts → a ScoreReport.

Pure and synchronous: no I/O, no clock, no randomness; the NLU runs before (scoring/acts.py).

How a decision is made. Required behaviour passes when the trainee's words show it, read by sound so
ASR homophones do not matter; where wording alone is loose, the recognised act must agree. Content
that must be *right* is always checked (the company actually named, a work number actually given, the
phone number read back matching what the caller said, a concrete time frame). Forbidden behaviour fails
only when the wording is unambiguous on its own, or the NLU recognised the forbidden act *and* the
wording confirms it in context (see scoring/cues.py). Timing rules read the event times.

Decisions a human reviewer might make differently, fixed here and documented in scoring/README.md:
- `no_hanging_up_first` is n/a when the record has no hangup event (who ended the call is unknown).
- A short backchannel (嗯/好的/对) over the caller is not an interruption.
- A push-to-talk call (`"duplex": false`): `no_interrupting` is n/a (both sides never sound at once).
- A call never picked up: `pickup_within_3_rings` fails (n/a if the caller gave up within 3 rings),
  the other required rules of the scenario fail, the conditional ones (late pickup, hold, escalation)
  are n/a, and forbidden rules pass except `no_hanging_up_first` when the trainee rejected the call.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping

from core.acts import sure
from core.callrecord import CallRecord
from core.report import RuleResult, ScoreReport
from core.rubric import ALL_RULES, FORBIDDEN_RULES, REQUIRED_RULES
from core.scenario import Scenario
from scoring import cues, judge
from scoring.call import Call, Turn, Utt
from scoring.cues import any_sound
from scoring.roles import CONTACT, number_roles
from scoring.text import (
    clauses,
    content_overlap,
    digit_runs,
    is_han,
    name_said,
    number_said,
    phrase_overlap,
    punctuated,
    said_whole,
    sound,
    sounds,
    tokens,
)

# 17号楼402室 / 金开大道68号9栋: a house number, not a work number
_ADDRESS_NUMBER = re.compile(
    r"(路|街|街道|大道|巷|弄|胡同|村)[0-9一二三四五六七八九十零〇两幺]+号"
    r"|[0-9一二三四五六七八九十零〇两幺]+号(楼|院|室|线|门|栋|单元)"
)
MAX_RINGS = 3
GREETING_WITHIN_S = 3.0
OVERLAP_TOLERANCE_S = 1.0
HOLD_UPDATE_AFTER_S = 60.0

# Conditional rules: n/a unless the call shows the condition (they still need to be in the scenario).
CONDITIONAL = ("late_pickup_apology", "hold_etiquette", "escalation")


def _r(rule: str, status: str, evidence: list[int] | None = None, note: str = "") -> RuleResult:
    return RuleResult(id=rule, status=status, evidence=sorted(set(evidence or [])), note=note)


# Rules only a full-duplex call can judge: in a push-to-talk call (record "duplex": false) the two
# sides never sound at once. Ring, pickup, greeting and hold times are the trainee's own clicks and
# recordings on the server clock, so those rules are still scored.
FULL_DUPLEX_ONLY = {
    "no_interrupting": _r("no_interrupting", "n/a", [], "按键通话无法判断是否打断客户"),
}


# --- required behaviour ----------------------------------------------------------------------------


def pickup_within_3_rings(c: Call) -> RuleResult:
    rings = len(c.ring_indexes)
    if c.pickup is None:
        if rings > MAX_RINGS:
            return _r("pickup_within_3_rings", "fail", c.ring_indexes, f"响铃{rings}声始终未接听")
        return _r("pickup_within_3_rings", "n/a", [], f"来电响铃{rings}声后对方已挂断，未能接听")
    i, _ = c.pickup
    if rings > MAX_RINGS:
        return _r("pickup_within_3_rings", "fail", [i], f"接听前响铃{rings}声，超过{MAX_RINGS}声")
    if rings == 0:
        return _r("pickup_within_3_rings", "pass", [i], "立即接听")
    return _r("pickup_within_3_rings", "pass", [i], f"第{rings}声响铃内接听")


def _opening(c: Call) -> Turn | None:
    """The trainee's first turn after pickup."""
    if c.pickup is None:
        return None
    for turn in c.trainee_turns:
        if turn.t >= c.pickup[1] - 0.01:
            return turn
    return None


def late_pickup_apology(c: Call) -> RuleResult:
    rings = len(c.ring_indexes)
    if c.pickup is None or rings <= MAX_RINGS:
        return _r(
            "late_pickup_apology", "n/a", [], f"响铃未超过{MAX_RINGS}声" if c.pickup else "未接听"
        )
    opening = _opening(c)
    if opening is None:
        return _r(
            "late_pickup_apology", "fail", [c.pickup[0]], f"响铃{rings}声才接听，但没有开口致歉"
        )
    for u in opening.utts:
        if any_sound(u.text, cues.WAIT_APOLOGY) or (
            u.has("thank_for_waiting", "apology") and any_sound(u.text, ("等",))
        ):
            return _r("late_pickup_apology", "pass", [u.index], f"{u.label}为久等致歉")
    return _r(
        "late_pickup_apology",
        "fail",
        opening.indexes,
        f"响铃{rings}声才接听，开场没有说“对不起，让您久等了”",
    )


def _company_named(company: str, text: str) -> str | None:
    """'company' if the company is named (fuzzy, by sound), 'department' for the department only."""
    generic = (
        "股份有限公司",
        "有限公司",
        "公司",
        "集团",
        "客户服务中心",
        "客服中心",
        "服务中心",
        "客服部",
        "客服热线",
        "热线",
        "客服",
        "中心",
    )
    core, dept = company.strip(), ""
    changed = True
    while changed:
        changed = False
        for g in generic:
            if core.endswith(g) and len(core) > len(g):
                core, dept = core[: -len(g)], g + dept
                changed = True
    core_tokens = tokens(core)
    said = tokens(text)
    n = len(core_tokens)
    if n:
        allowed_miss = 1 if n >= 4 else 0
        for start in range(0, max(1, len(said) - n + 1)):
            window = said[start : start + n]
            if (
                len(window) == n
                and sum(a != b for a, b in zip(window, core_tokens, strict=True)) <= allowed_miss
            ):
                return "company"
        # The brand alone (旭日 of 旭日装饰) names the company too.
        if n >= 3:
            brand = core_tokens[:2]
            if any(said[i : i + 2] == brand for i in range(len(said) - 1)):
                return "company"
    if dept and sounds(text, "客服中心", "客户服务中心", "客服部", dept):
        return "department"
    return None


def standard_greeting(c: Call) -> RuleResult:
    opening = _opening(c)
    if opening is None:
        return _r("standard_greeting", "fail", [], "没有接听或接听后没有说话")
    first = opening.utts[0]
    delay = first.t - c.pickup[1]
    text = opening.text
    # The opening turn may reach the scorer as two ASR segments ("喂？" / "您好，旭日装饰…").
    # After a late pickup the standard's first words are the apology (002 §2: 先说“对不起，让您久等”).
    late = len(c.ring_indexes) > MAX_RINGS
    greeted = any(
        cues.greets(u.text)
        or (u.has("greeting") and "好" in u.text)
        or (late and any_sound(u.text, cues.WAIT_APOLOGY))
        for u in opening.utts
    )
    named = _company_named(c.company, text)
    problems = []
    if delay > GREETING_WITHIN_S:
        problems.append(f"接听后{delay:.1f}秒才开口，超过{GREETING_WITHIN_S:.0f}秒")
    if not greeted:
        problems.append(f"开场（{first.label}）没有问候语（如“您好”）")
    if not named:
        problems.append(f"开场（{first.label}）没有报公司名称")
    if problems:
        return _r("standard_greeting", "fail", opening.indexes, "；".join(problems))
    return _r(
        "standard_greeting",
        "pass",
        opening.indexes,
        f"{first.label}问候并报{'部门' if named == 'department' else '公司'}名称，接听后{delay:.1f}秒开口",
    )


def work_id_intro(c: Call) -> RuleResult:
    for u in c.trainee:
        if cues.gives_work_id(u.text):
            return _r("work_id_intro", "pass", [u.index], f"{u.label}报了工号")
    for u in c.trainee:
        # a self-introduction with a number in it: 我是十七号 (not an address: 17号楼402室, nor the
        # caller's words read back: …十二箱鞋材放在三号月台，对吗？)
        own = cues.without_read_backs(u.text)
        if u.has("self_intro") and sounds(_ADDRESS_NUMBER.sub("", own), "<N>号", "工号"):
            return _r("work_id_intro", "pass", [u.index], f"{u.label}报了工号")
    opening = _opening(c)
    return _r(
        "work_id_intro",
        "fail",
        opening.indexes if opening else [],
        "没有报工号（如“3号客服为您服务”）",
    )


def ask_caller_identity(c: Call) -> RuleResult:
    for u in c.trainee:
        if _reads_back_a_phone(c, u):
            # Reading back a phone number (the caller's, or one on file) is confirming, not asking;
            # a hotline or order number in the same sentence does not make it so. The sentence may
            # still ask in another part (…是18916037742对吗？请问您怎么称呼？).
            asking = "，".join(p for p in punctuated(u.text) if not digit_runs(p, min_len=5))
            asks = any_sound(asking, cues.ASK_IDENTITY_STRONG)
        else:
            question = any(q in u.text for q in "？?吗") or sounds(
                u.text, "请问", "多少", "方便", "麻烦"
            )
            asks = (
                any_sound(u.text, cues.ASK_IDENTITY_STRONG)
                or (question and cues.said(u.text, cues.ASK_IDENTITY_ADDRESS))
                or (
                    question
                    and u.has("ask_caller_identity")
                    and any_sound(u.text, cues.ASK_IDENTITY_WEAK)
                )
            )
        if asks:
            return _r(
                "ask_caller_identity", "pass", [u.index], f"{u.label}询问了客户称呼或联系方式"
            )
    return _r("ask_caller_identity", "fail", [], "没有询问客户的称呼或联系方式（如“请问您贵姓？”）")


def _caller_numbers(c: Call, min_len: int = 5) -> list[tuple[str, Utt]]:
    """The numbers the caller gave as their own contact number, with where (roles.py): not a hotline
    they threaten to ring (12315), nor an order, model or house number."""
    out = []
    for u in c.customer:
        prev = c.before(u.t, "trainee")
        asked = bool(prev) and any_sound(prev[-1].text, cues.ASK_NUMBER)
        for n in number_roles(u.text, min_len, asked):
            if n.role == CONTACT:
                out.append((n.digits, u))
    return out


def _reads_back_a_phone(c: Call, u: Utt) -> bool:
    said = [run for cu in c.before(u.t, "customer") for run in digit_runs(cu.text, min_len=5)]
    return any(
        n.role in (CONTACT, "others_contact") or any(number_said(s, n.digits) for s in said)
        for n in number_roles(u.text, 5)
    )


def _colleagues(c: Call) -> tuple[str, ...]:
    """The colleagues the call is about: the scenario's and the titled people the caller names."""
    return tuple(c.fact_values("colleague")) + cues.named_colleagues(c.customer_text)


def _others(c: Call) -> tuple[str, ...]:
    """The people of the call other than the caller: the colleagues, and those the caller names by
    title or post unless introducing themself (我是康乐养老院的邹院长; 是张院长介绍我来的 and 我们王村长
    name another)."""
    # (张伯 inside the caller's own 张伯良 is no one else; 我们张伯让我打的 is)
    said = c.customer_text
    for own in c.fact_values("caller_name"):
        said = said.replace(own, "")
    return tuple(
        n
        for n in (*_colleagues(c), *cues.posted_people(said))
        if not re.search("(我(是|就是)|叫我)[^，。！？,.!?]{0,8}" + n, c.customer_text)
    )


def _said_by_customer(c: Call, value: str, person: bool = False) -> list[Utt]:
    return [u for u in c.customer if _mentions(value, u.text, person)]


def _is_number(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    return digits >= 3 and digits >= len(value) * 0.6


# Facts that name a person: said as surname + title too (张先生). A room (主卧) is no person: 主管
# must not count as it.
_PEOPLE = ("caller_name", "colleague")


# 6栋1203室: a flat's numbers, each said in its place
_FLAT = re.compile(r"栋|幢|座|单元|楼|层|室")


def _flat_said(value: str, text: str) -> bool:
    """Each number of a flat (6, 1203 of 6栋1203室) said, in order: 6栋1203 and 六栋一二零三 are it."""
    want, have = digit_runs(value, 1), iter(digit_runs(text, 1))
    return bool(want) and all(any(w in run for run in have) for w in want)


def _mentions(
    value: str, text: str, person: bool = False, slips: int = 1, others: tuple[str, ...] = ()
) -> bool:
    if _FLAT.search(value) and _is_number(value):
        return _flat_said(value, text)
    if _is_number(value):
        return number_said(value, text, slips)
    if not person:
        value, text = _same_times(value), _same_times(text)
    if len(value) <= 3 or _STREET.fullmatch(value):
        # (an address's street and number are said exactly: 罗东路9号 is not 罗东路8号)
        # a short fact (书房, 张伟) is said whole; its syllables scattered (主…我 for 主卧) are not it
        return said_whole(value, text) or (person and name_said(value, text, others))
    # (明天上午 is not 后天上午, however alike)
    return (person and name_said(value, text, others)) or (
        phrase_overlap(value, text) >= 0.6 and not _time_slip(value, text)
    )


def _read_back(phrase: str, text: str) -> float:
    """How much of a caller's free-text fact a trainee line says back: in order (a shortened
    read-back) or in the trainee's own order and words (content pairs: 周三上午送瓷砖，原来是下周一)."""
    return max(phrase_overlap(phrase, text), content_overlap(phrase, text))


# A caller's lead-in to what they ask (我想问你们… / 请问一下…) is not part of it.
_LEAD_IN = re.compile(
    r"^(喂)?(你好|您好)?(我)?(想)?(问(一下|下|一哈|问)?|请问|咨询(一下)?)?(你们)?"
)
# Days and times of day, each said one way (星期三 / 礼拜三 / 周三): a read-back that names another
# day than the caller's (明天上午 for 后天上午) records a wrong time.
_DAY = re.compile(r"大后天|后天|明天|今天|每天|(?:下下|下)?周[一二三四五六日]")
_DAYTIME = re.compile(r"上午|下午|晚上|中午")
_SAME_TIME = (
    ("今晚", "今天晚上"),
    ("每晚", "每天晚上"),
    ("明早", "明天上午"),
    ("明晚", "明天晚上"),
    ("早上", "上午"),
    ("傍晚", "晚上"),
    ("星期", "周"),
    ("礼拜", "周"),
    ("周天", "周日"),
    ("下个周", "下周"),
    # this week's Wednesday is Wednesday (周三 made precise as 这周三)
    ("这周", "周"),
    ("本周", "周"),
)


def _same_times(text: str) -> str:
    for short, full in _SAME_TIME:
        text = text.replace(short, full)
    return text


def _time_slip(value: str, text: str) -> bool:
    """The line names a day (or time of day) and none of them is the one the caller gave."""
    value, text = _same_times(value), _same_times(text)
    for kind in (_DAY, _DAYTIME):
        want, have = set(kind.findall(value)), set(kind.findall(text))
        if want and have and not want & have:
            return True
    return False


def _restated(c: Call, value: str, after: float, person: bool = False) -> list[Utt]:
    said = [u for u in c.trainee if u.t >= after - 0.01 and not _time_slip(value, u.text)]
    free = not _is_number(value) and len(value) >= 6
    # the caller's own words for a free-text fact (买手机送的耳机没发 for 赠品没发能否补发或折现), and
    # those of their clauses that carry it (桂林阳朔店清明那几天满房了 for 清明满房的日期会不会放出房)
    words = [
        _LEAD_IN.sub("", part)
        for u in _said_by_customer(c, value, person)
        for part in clauses(u.text)
        if sum(map(is_han, part)) >= 6
    ]
    carrying = [part for part in words if phrase_overlap(value, part) >= 0.3]
    others = _others(c) if person else ()
    # Read-backs shorten free text (客厅墙面开裂 for 客厅墙面裂了好几道缝): half of it, in order, will do.
    return [
        u
        for u in said
        # a number read back must be right: a wrong digit the caller lets pass is a wrong record
        if _mentions(value, u.text, person, slips=0, others=others)
        or (free and _read_back(value, u.text) >= 0.5)
        or (
            free
            and _read_back(value, u.text) >= 0.3
            and any(_read_back(part, u.text) >= 0.5 for part in words)
        )
        # (and some of the fact itself: 桂林阳朔店清明那几天 reads back the place, not the question)
        or (
            free
            and phrase_overlap(value, u.text) >= 0.2
            and any(_read_back(part, u.text) >= 0.5 for part in carrying)
        )
    ]


# 南岗区和兴物业 / 湘雅附近康乐养老院: where a unit is, in front of its name
_PLACE = re.compile(r"^.{1,5}?(省|(?<!超)(?<!都)市(?!场)|区|县|镇|附近)")
# 罗东路8号 of 温州龙湾区永中街道罗东路8号: an address by its street and number
_STREET = re.compile(
    r"[^\W\d区道镇县市省]{1,4}?(?:路|街|大道|巷|弄|胡同)[0-9一二三四五六七八九十零〇两幺]+号"
)


def _caller_unit(c: Call, unit: str) -> str:
    """The caller's unit as it is to be read back. A branch of the trainee's own company goes by what
    follows the shared name (锦泰银行滨江支行: 滨江支行; a shared word or two, 安和社区 and 安和医院, is a
    coincidence); a unit the caller named without the place in front (和兴物业 of 南岗区和兴物业) goes by
    that name; an address the caller gave goes by its street and number."""
    shared = len(os.path.commonprefix([unit, c.company]))
    if shared >= 3 and len(unit) - shared >= 4:
        unit = unit[shared:]
    street = _STREET.search(unit)
    if street and said_whole(street.group(0), c.customer_text):
        return street.group(0)
    name = _PLACE.sub("", unit)
    if len(name) >= 3 and not _mentions(unit, c.customer_text) and _mentions(name, c.customer_text):
        return name
    return unit


def _restate_targets(c: Call, names: list[str]) -> list[tuple[str, str, float]]:
    """(fact, value, when the customer first said it) for the facts to read back that came up."""
    targets = []
    for name in names:
        for value in c.fact_values(name):
            if name == "caller_unit":
                value = _caller_unit(c, value)
            said = _said_by_customer(c, value, name in _PEOPLE)
            # what the trainee said first and the caller only agreed to (是下周三，对吧？/ 对，下周三)
            # is no fact of the caller's to read back (后天上午吧 chooses among the trainee's times)
            if said and not (
                any_sound(said[0].text, cues.CALLER_CONFIRMS)
                and any(
                    u.t < said[0].t and _mentions(value, u.text, name in _PEOPLE) for u in c.trainee
                )
            ):
                targets.append((name, value, said[0].t))
                break
    return targets


_FACT_WORDS = {
    "caller_name": "姓名",
    "caller_phone": "电话号码",
    "caller_unit": "单位/地址",
    "order_no": "订单号",
    "order_number": "订单号",
    "colleague": "要找的人",
    "room": "房间",
    "floor": "地板",
    "crew_date": "施工日期",
    "problem": "报修问题",
    "issue": "问题情况",
    "preferred_time": "预约时间",
    "message": "留言内容",
    "back_at": "回来时间",
    "completed": "完工时间",
}


def _fact_word(name: str) -> str:
    return _FACT_WORDS.get(name, name)


def _repeats_caller(c: Call, u: Utt) -> bool:
    """Does the trainee line say back what the caller said before it: a good part of one of the
    caller's lines, or half of one of their sentences (装修队把您家的地板划坏了 for 你们装修队把我家
    地板划得一塌糊涂！今天不给我个说法…)?"""
    for cu in c.before(u.t, "customer"):
        if phrase_overlap(cu.text, u.text) >= 0.3:
            return True
        for part in clauses(cu.text):
            if sum(map(is_han, part)) >= 6 and _read_back(part, u.text) >= 0.5:
                return True
    return False


def restate_key_info(c: Call) -> RuleResult:
    names = list(c.scenario.restate)
    targets = _restate_targets(c, names)
    if not any(name == "caller_phone" for name, _, _ in targets):
        # No listed number came up (姓钮，钮芳，电话13993207418: the caller's own name found, their own
        # number too): read back the contact number the caller gave as theirs.
        for run, u in _caller_numbers(c):
            targets.append(("number", run, u.t))
    said_much = any(sum(map(is_han, u.text)) >= 10 for u in c.customer)
    if not c.customer or (not targets and not said_much):
        # the trainee who hangs up on a caller still trying to speak left nothing to read back (b2 §13);
        # a caller who said goodbye or had dialled wrong was not trying
        if (
            c.customer
            and c.hangup
            and c.hangup[1].by == "trainee"
            and not any_sound(
                c.customer[-1].text, cues.GOODBYE + ("打错", "没事了", "不用了", "拜拜")
            )
        ):
            return _r(
                "restate_key_info", "fail", [c.hangup[0]], "学员先挂断，没有听清并复述客户的诉求"
            )
        return _r("restate_key_info", "n/a", [], "客户还没有提出请求")
    if targets:
        evidence, missing, wrong = [], [], []
        for name, value, when in targets:
            hits = _restated(c, value, when, name in _PEOPLE)
            word = _fact_word(name) if name != "number" else f"号码{value}"
            # a number or a day read back with a slip: the trainee did read back, not what was said
            slipped = [
                u
                for u in c.trainee
                if u.t >= when - 0.01
                and (
                    number_said(value, u.text)
                    if _is_number(value)
                    else _time_slip(value, u.text) and phrase_overlap(value, u.text) >= 0.5
                )
            ]
            if hits:
                evidence.append(hits[0].index)
            elif slipped:
                evidence.append(slipped[0].index)
                wrong.append(f"{slipped[0].label}复述的{word}与客户说的{value}不一致")
            else:
                missing.append(word)
        if not missing and not wrong:
            return _r(
                "restate_key_info",
                "pass",
                evidence,
                f"复述确认了{'、'.join(_fact_word(n) for n, _, _ in targets if n != 'number') or '客户给出的号码'}",
            )
        parts = ([f"没有向客户复述确认{'、'.join(missing)}"] if missing else []) + wrong
        return _r("restate_key_info", "fail", evidence, "；".join(parts))
    # Nothing concrete to check: a confirmation that repeats what the caller said.
    for u in c.trainee:
        if (u.has("restate") or any_sound(u.text, cues.CONFIRM)) and _repeats_caller(c, u):
            return _r("restate_key_info", "pass", [u.index], f"{u.label}复述确认了客户的诉求")
    return _r("restate_key_info", "fail", [], "没有复述客户的关键信息进行确认")


def _sorry_for_the_wait_complained_of(c: Call, u: Utt) -> bool:
    """实在抱歉，让您等了这么久 to a caller whose complaint is the wait itself (师傅到现在没上门): for
    what happened, when nothing kept them waiting on this call (picked up in time, no hold before)."""
    return (
        any_sound(u.text, cues.APOLOGY)
        and cues.said(
            u.text,
            "让(您|你)(白)?等(了)?(这么|那么|好)?(久|半天|一下午|一上午|[一两三四五六七八九十]+个多?(小时|月))",
        )
        and any_sound(
            "，".join(cu.text for cu in c.before(u.t, "customer")), cues.WAITED_FOR_SERVICE
        )
        and len(c.ring_indexes) <= MAX_RINGS
        and not any(h.start < u.t for h in c.holds)
    )


def empathy_apology(c: Call) -> RuleResult:
    empathy_only = None
    for u in c.trainee:
        # The NLU hears "apology" in every 不好意思; the words must show it is for the experience.
        if (
            cues.apology_for_experience(u.text)
            or _sorry_for_the_wait_complained_of(c, u)
            or (
                u.has("apology")
                and any_sound(u.text, cues.APOLOGY)
                and any_sound(u.text, cues.APOLOGY_STRONG + cues.EXPERIENCE)
                and not any_sound(u.text, cues.APOLOGY_OTHER)
            )
        ):
            return _r("empathy_apology", "pass", [u.index], f"{u.label}安抚并致歉")
        if empathy_only is None and (
            any_sound(u.text, cues.EMPATHY)
            and u.has("empathy")
            or sounds(u.text, "理解(您|你)的(心情|感受)")
        ):
            empathy_only = u
    if empathy_only:
        return _r(
            "empathy_apology",
            "fail",
            [empathy_only.index],
            f"{empathy_only.label}表示了理解，但没有为客户的遭遇道歉",
        )
    return _r("empathy_apology", "fail", [], "没有安抚客户情绪并为其遭遇道歉")


def _commits_a_time(c: Call, text: str, at: float) -> bool:
    """A time frame of the trainee's own: not only the caller's date said back (这周一 in
    "书房地板这周一被划坏了，我们会尽快联系您"), unless it is a deadline (三天内, 明天中午前)."""
    caller_text = "，".join(u.text for u in c.before(at, "customer"))
    caller = sound(caller_text)
    # (您是说上次说三天内给您回复: a past promise read back commits nothing)
    past = "(上(次|回)|之前|那次).{0,4}(说|答应|承诺|讲)"
    if cues.said(text, past):
        text = "，".join(cl for cl in clauses(text) if not cues.said(cl, past))
    return any(
        t not in caller or re.search(r"\b(nei|qian) ", t) for t in cues.time_frames(text)
    ) or any(
        # a date of the trainee's own as the deadline, in the clause that promises the reply
        (m := cues.DATE_DEADLINE.search(cl)) and m.group(0) not in caller_text
        for cl in clauses(text)
        if any_sound(cl, cues.REPLY)
    )


def followup_commitment(c: Call) -> RuleResult:
    vague = None
    for turn in c.trainee_turns:
        for u in turn.utts:
            reply = any_sound(u.text, cues.REPLY) or u.has("promise_followup")
            if not reply:
                continue
            if _commits_a_time(c, u.text, u.t):
                return _r(
                    "followup_commitment", "pass", [u.index], f"{u.label}承诺了具体的回复时限"
                )
            if vague is None and (u.has("promise_followup") or any_sound(u.text, cues.RECORDED)):
                vague = u
        # time frame in one sentence of the turn, reply promise in another (not across a hold)
        for part in c.unbroken(turn):
            text = "，".join(u.text for u in part)
            if (
                any_sound(text, cues.REPLY)
                and _commits_a_time(c, text, part[0].t)
                and any_sound(text, cues.RECORDED + ("(您|你)",))
            ):
                return _r(
                    "followup_commitment", "pass", [u.index for u in part], "承诺了具体的回复时限"
                )
    if vague:
        return _r(
            "followup_commitment",
            "fail",
            [vague.index],
            f"{vague.label}没有给出具体的回复时限（如“三个工作日内”）",
        )
    return _r("followup_commitment", "fail", [], "没有承诺后续跟进并给出具体的回复时限")


def _brushes_off(u: Utt) -> bool:
    """The utterance is a brush-off in so many words (a strong no_dismissiveness cue): whatever act
    it looks like besides, it does not do it."""
    return any(
        f.rule == "no_dismissiveness" and f.strength == "strong"
        for f in cues.forbidden_flags(u.text)
    )


def polite_repeat_request(c: Call) -> RuleResult:
    impolite = None
    for u in c.trainee:
        request = any_sound(u.text, cues.REPEAT_REQUEST) or (
            u.has("ask_speak_up") and any_sound(u.text, cues.REPEAT_REASON)
        )
        # "不好意思，听不太清楚" asks for a repeat without saying so
        reason_only = any_sound(u.text, cues.REPEAT_REASON)
        if not request and not reason_only:
            continue
        polite = any_sound(u.text, cues.POLITE) or "您" in u.text
        # impatient, or a brush-off (听不清，您回头换个时间再打吧) asks for nothing
        rude = _brushes_off(u) or any(
            f.rule == "no_impatience" for f in cues.forbidden_flags(u.text)
        )
        if polite and not rude and (request or sounds(u.text, "不好意思", "抱歉", "对不起")):
            return _r(
                "polite_repeat_request", "pass", [u.index], f"{u.label}礼貌地请客户大声一点/重复"
            )
        if request:
            impolite = impolite or u
    if impolite:
        return _r(
            "polite_repeat_request",
            "fail",
            [impolite.index],
            f"{impolite.label}请客户重复时语气不礼貌",
        )
    return _r("polite_repeat_request", "fail", [], "听不清时没有礼貌地请客户大声一点或重复")


def _has_colleague(c: Call) -> bool:
    if c.scenario.kind == "absent_colleague" or c.fact_values("colleague"):
        return True
    return sounds(
        c.customer_text,
        "找(一下)?.{0,4}(经理|主任|总|老师|主管|师傅|先生|女士|小姐)",
        "(在|在不在)吗",
        # 我找上次那个37号小姑娘
        "找.{0,8}(小姑娘|小伙子|小哥|小妹|那个人|那位)",
        "找(一下)?(上次|上回|之前|刚才|昨天)",
    )


def _says_away(c: Call, u: Utt) -> bool:
    """A polite "temporarily away": not a brush-off or 不知道 (004 §10 vs §8B, §10L). Telling too
    much (他这礼拜都没怎么见着人，下午三点能回来) still says the colleague is away for a while: that is
    `no_absence_gossip`'s fault alone, as the blind labellers judged."""
    flags = cues.forbidden_flags(u.text, tuple(c.fact_values("colleague")) or True)
    dismissive = any(
        f.rule in ("no_dismissiveness", "no_indifference")
        and (f.strength == "strong" or u.has(cues.ACT_OF_RULE[f.rule]))
        for f in flags
    )
    gossip = any(f.rule == "no_absence_gossip" for f in flags)
    return (
        not dismissive
        and (
            any_sound(u.text, cues.AWAY)
            or (gossip and any_sound(u.text, cues.TEMPORARY))
            or _back_later(c, u)
        )
        and (
            any_sound(u.text, cues.TEMPORARY)
            or any_sound(u.text, cues.OFFER)
            or u.has("absent_info")
        )
    )


def _back_later(c: Call, u: Utt) -> bool:
    """The colleague said to come back at a time (张教练…预计下午三点左右回来 / 王经理预计下午两点以后
    到办公室): away for now. Not the caller or goods coming back (您下午三点回来取 / 货下午回到仓库),
    nor a colleague already back or in (十点已经回到办公室了 / 在楼上)."""
    if cues.said(u.text, "(?<!不)(?<!能)(?<!会)在(楼上|楼下|办公室|座位|里面|隔壁|公司|单位)"):
        return False
    colleague = _colleagues(c)
    return (
        any(n in u.text for n in colleague)
        or cues.said(u.text, cues.THIRD_PERSON, cues.TITLED, cues.POSTS, "^(预计|大概|估计|大约)")
        # the subject left to the line before (…还没来上班呢。下午四点以后应该能在办公室)
        or cues.said(u.text, "^(今天|明天|后天|下午|上午|晚上|中午|周|下周|星期|礼拜)")
    ) and any(
        any_sound(cl, cues.COMES_BACK)
        and any_sound(cl, cues.RETURN_TIME)
        and not cues.said(
            cl,
            "(您|你|已经|货|件|车|包裹|快递|东西|我们|我|财务|同事)"
            ".{0,8}(回来|回到|到(办公室|公司|单位|店里)|(能|会)(在|到)|才(来|到))",
        )
        for cl in clauses(u.text) or [u.text]
    )


def _offers_help(u: Utt) -> bool:
    return any_sound(u.text, cues.OFFER) or (
        u.has("offer_message") and sounds(u.text, "帮", "留", "转", "代")
    )


def absent_colleague_handling(c: Call) -> RuleResult:
    away_u = next((u for u in c.trainee if _says_away(c, u)), None)
    offer_u = next((u for u in c.trainee if _offers_help(u)), None)
    # The offer must be the trainee's own, before the caller asks to leave a message.
    # (上回留言他好像没收到 tells of a past message; it asks for nothing)
    asked = next(
        (
            cu
            for cu in c.customer
            for cl in clauses(cu.text) or [cu.text]
            if any_sound(cl, ("留(个)?言", "转告", "带(个)?话", "帮我记", "记一下"))
            and not sounds(cl, "上(回|次)", "之前(的)?留(的|过)?言", "留过", "没收到")
        ),
        None,
    )
    if offer_u and asked and offer_u.t > asked.t:
        offer_u = None
    back_known = bool(c.fact_values("back_at"))
    # a time read back from the caller's message (改到周三上午送货) is not the colleague's return; a
    # message without a time (请他回来以后给我回个电话) takes none from 他下午回来以后给您回个电话
    timed_messages = [m for m in c.fact_values("message") if any_sound(m, cues.RETURN_TIME)]
    # (周工…大概下午两点回来, told before the caller's message asked for a call 两点以后, is no read-back)
    given = next(
        (cu.t for cu in c.customer for m in timed_messages if phrase_overlap(m, cu.text) >= 0.6),
        None,
    )
    when_u = next(
        (
            u
            for u in c.trainee
            for cl in clauses(u.text) or [u.text]
            if any_sound(cl, cues.RETURN_TIME)
            and not (
                (given is None or u.t > given)
                and any(phrase_overlap(cl, m) >= 0.6 for m in timed_messages)
            )
        ),
        None,
    )
    if away_u and offer_u and back_known and when_u is None:
        return _r(
            "absent_colleague_handling",
            "fail",
            [away_u.index, offer_u.index],
            f"{away_u.label}说明了同事不在并提出留言，但没有告诉客户大概什么时候回来",
        )
    if away_u and offer_u:
        return _r(
            "absent_colleague_handling",
            "pass",
            [away_u.index, offer_u.index],
            f"{away_u.label}说明同事暂时不在，并主动提出留言或代为处理",
        )
    if away_u:
        return _r(
            "absent_colleague_handling",
            "fail",
            [away_u.index],
            f"{away_u.label}说明了同事不在，但没有主动提出留言或代为处理",
        )
    if offer_u:
        return _r(
            "absent_colleague_handling", "fail", [offer_u.index], "没有礼貌地说明同事暂时不在"
        )
    return _r("absent_colleague_handling", "fail", [], "没有说明同事暂时不在并提出留言或代为处理")


def _offered_for_checking(c: Call, u: Utt) -> bool:
    """The trainee asked the caller to check what they read back, or the caller confirmed it."""
    if any_sound(u.text, cues.CONFIRM) or u.has("restate"):
        return True
    reply = next((cu for cu in c.customer if cu.t > u.t), None)
    return reply is not None and any_sound(reply.text, cues.CALLER_CONFIRMS)


def _declined_message(c: Call) -> Utt | None:
    """The caller's answer when they turned down the offer of a message (and left no number)."""
    offered = [
        u for u in c.trainee if any_sound(u.text, ("留言", "转告", "转达", "代劳", "帮(您|你)记"))
    ]
    if not offered:
        return None
    after = [cu for cu in c.customer if cu.t > offered[0].t]
    if (
        after
        and any_sound(after[0].text, cues.DECLINE_MESSAGE)
        and not any(u in after for _, u in _caller_numbers(c, 7))
    ):
        return after[0]
    return None


def _phones_given(c: Call) -> list[str]:
    """The number the caller gave: the case's, else any 7+ digits they gave as their contact."""
    phones = [
        p
        for p in c.fact_values("caller_phone")
        if any(number_said(p, cu.text) for cu in c.customer)
    ]
    return phones or [run for run, _ in _caller_numbers(c, 7)]


def _number_read_back(c: Call) -> list[Utt]:
    """Trainee turns repeating the number the caller gave."""
    phones = _phones_given(c)
    return [u for u in c.trainee if any(number_said(p, u.text, slips=0) for p in phones)]


def _message_read_back(c: Call, readback: list[Utt]) -> list[Utt]:
    """The message itself, read back: its content when the case has one, else words of passing it on."""
    contents = [m for m in c.fact_values("message") if _said_by_customer(c, m)]
    if contents:
        return [u for u in c.trainee if any(_read_back(m, u.text) >= 0.5 for m in contents)]
    given = _message_given(c)
    return [
        u
        for u in c.trainee
        if (
            any_sound(u.text, cues.MESSAGE_WORDS)
            and (u.has("restate") or any_sound(u.text, cues.CONFIRM) or u in readback)
        )
        # 吴先生，鑫源物流，13817205563，下周一的货柜改到周三到港，对吗: the message said back
        # with the number, in no words of passing it on
        or (u in readback and any(_read_back(m, u.text) >= 0.5 for m in given))
    ]


# what the caller says of their number (是我的手机号 / 二十四小时开机 / 白天都能打通) is no message
_OF_THE_NUMBER = re.compile("手机|号码|电话|开机|打(得)?通|接(得)?到|能接|随时")
# 跟他说… / 转告她… / 请他回个电话: the words that carry a message, wherever it is said
_PASS_ON = re.compile("(跟|和)(他|她)(说|讲)|转告|告诉(他|她)|(让|请|叫)(他|她)")


def _message_given(c: Call) -> list[str]:
    """What a caller leaves: what they say after their number (…13817205563。下周一的货柜改到周三到港)
    or in words of passing it on (跟他说合同寄出了)."""
    phones = _phones_given(c)
    given = []
    for u in c.customer:
        parts = punctuated(u.text)
        at = [i for i, p in enumerate(parts) if any(number_said(n, p) for n in phones)]
        given += [
            p
            for i, p in enumerate(parts)
            if len(p) >= 5
            and not re.search("[0-9]{5}", p)
            and not _OF_THE_NUMBER.search(p)
            and ((at and i > at[0]) or _PASS_ON.search(p))
        ]
    return given


def message_taking(c: Call) -> RuleResult:
    declined = _declined_message(c)
    if declined is not None:
        return _r("message_taking", "n/a", [declined.index], "客户不需要留言")
    missing = []
    trainee_text = "，".join(u.text for u in c.trainee)
    names = c.fact_values("caller_name")
    others = _others(c)
    name_u = [u for u in c.trainee if any(name_said(n, u.text, others) for n in names)] or [
        u
        for u in c.trainee
        if any_sound(u.text, ("贵姓", "怎么称呼", "如何称呼", "尊姓", "姓名", "名字", "您姓"))
    ]
    if not name_u:
        missing.append("姓名")
    units = [_caller_unit(c, x) for x in c.fact_values("caller_unit") if x]
    if units and not (
        any(_mentions(x, c.customer_text) or _mentions(x, trainee_text) for x in units)
        or any_sound(trainee_text, cues.UNIT_ASK)
    ):
        missing.append("单位")
    readback = _number_read_back(c)
    if not readback:
        missing.append("电话号码")
    message = _message_read_back(c, readback)
    if not message:
        missing.append("留言内容")
    # 004 §5E: read back "to the caller" — offered for checking, or the caller checked it.
    unchecked = bool(readback) and not any(
        _offered_for_checking(c, u) or u in message for u in readback
    )
    evidence = [u.index for u in (name_u[:1] + readback[:1] + message[:1])]
    if missing or unchecked:
        parts = [f"没有记下并复述{'、'.join(missing)}"] if missing else []
        if unchecked:
            parts.append("念了号码但没有请客户核对（如“我念一遍给您核对一下，对吗？”）")
        return _r("message_taking", "fail", evidence, "留言记录不完整：" + "；".join(parts))
    return _r("message_taking", "pass", evidence, "记下了客户的姓名、单位、电话和留言并复述确认")


def _hold_groups(c: Call) -> list[list]:
    """Holds joined by updates: hold_end, only trainee speech (or the trainee asking for more time,
    还要再等一分钟，您看可以吗, and the caller agreeing), hold_start again."""
    groups: list[list] = []
    for h in c.holds:
        if groups:
            prev = groups[-1][-1]
            between = [u for u in c.utts if prev.end <= u.t < h.start]
            more_time = any(
                u.speaker == "trainee"
                and re.search(
                    "再等|还(要|需要|得)(再)?(等|(大约|大概|约)?[半一两几0-9]+(分钟|分|秒))", u.text
                )
                for u in between
            ) and all(u.speaker == "trainee" or any_sound(u.text, cues.AGREES) for u in between)
            if (
                prev.end_index is not None
                and between
                and (more_time or all(u.speaker == "trainee" for u in between))
            ):
                groups[-1].append(h)
                continue
        groups.append([h])
    return groups


def hold_etiquette(c: Call) -> RuleResult:
    if not c.holds:
        return _r("hold_etiquette", "n/a", [], "通话中没有让客户等待")
    problems, evidence = [], []
    for group in _hold_groups(c):
        first, last = group[0], group[-1]
        prev_end = max(
            (h.end for h in c.holds if h.end <= first.start and h is not first), default=-1.0
        )
        before = [u for u in c.trainee if prev_end <= u.t < first.start][-3:]
        ask = [u for u in before if any_sound(u.text, cues.HOLD_ASK) or u.has("hold_request")]
        if not ask:
            problems.append("挂起（让客户等待）前没有先征求客户同意")
        else:
            evidence.append(ask[-1].index)
            if not any(any_sound(u.text, cues.HOLD_LENGTH) for u in before):
                problems.append(f"{ask[-1].label}请客户等待时没有说明大概要等多久")
        for h in group:
            # the trainee speaking to the caller during a hold is an update too
            marks = [h.start] + [u.t for u in c.trainee if h.start < u.t < h.end] + [h.end]
            longest = max(b - a for a, b in zip(marks, marks[1:], strict=False))
            if longest > HOLD_UPDATE_AFTER_S:
                problems.append(
                    f"等待{longest:.0f}秒，超过{HOLD_UPDATE_AFTER_S:.0f}秒没有向客户反馈进度"
                )
                evidence.append(h.start_index)
        if last.end_index is None:
            problems.append("等待中就结束了通话")
            continue
        # what the trainee says on coming back, up to the caller's next words
        back = []
        for u in c.after(last.end - 0.01):
            if u.speaker == "customer":
                break
            back.append(u)
        thanked = [
            u
            for u in back
            if any_sound(u.text, cues.HOLD_THANKS)
            # 让您久等了 is an apology for the wait, not thanks for it (rubric, 003: 感谢您的耐心等待)
            or (u.has("thank_for_waiting") and any_sound(u.text, cues.THANKS))
        ]
        if thanked:
            evidence.append(thanked[0].index)
        else:
            problems.append("等待结束后没有感谢客户的耐心等待")
            evidence.extend(u.index for u in back[:1])
    if problems:
        return _r("hold_etiquette", "fail", evidence, "；".join(problems))
    return _r("hold_etiquette", "pass", evidence, "等待前征得同意并说明时长，结束后致谢")


def _escalation_trigger(c: Call) -> list[Utt]:
    """Customer utterances demanding compensation or threatening a regulator or the media."""
    out = []
    for u in c.customer:
        for clause in clauses(u.text) or [u.text]:
            if any_sound(clause, cues.ESCALATION_TRIGGER) and not cues.said(
                clause,
                "(不是|不用|不要|没(有)?说|并不是|也不是|不图)(要)?(你们)?.{0,4}(赔|退|补偿|减免)",
            ):
                out.append(u)
                break
    return out


def escalation(c: Call) -> RuleResult:
    trig = _escalation_trigger(c)
    if not trig:
        return _r("escalation", "n/a", [], "客户没有提出赔偿或扬言投诉到监管部门、媒体")
    for u in c.trainee:
        # 主管忙着呢，没空管你这事 names the supervisor to refuse, not to escalate
        if not _brushes_off(u) and (
            any_sound(u.text, cues.ESCALATE)
            or (u.has("escalate") and any_sound(u.text, cues.SUPERVISOR))
        ):
            return _r("escalation", "pass", [u.index], f"{u.label}告知客户已上报主管处理")
    return _r(
        "escalation",
        "fail",
        [trig[0].index],
        f"客户在{trig[0].label}提出赔偿或投诉升级，没有告知客户将上报主管处理",
    )


def offer_further_help(c: Call) -> RuleResult:
    for u in c.trainee:
        if any_sound(u.text, cues.FURTHER_HELP) or (
            u.has("offer_further_help") and sounds(u.text, "还", "其他", "别的")
        ):
            return _r("offer_further_help", "pass", [u.index], f"{u.label}询问客户是否还有其他需要")
    return _r("offer_further_help", "fail", [], "结束前没有询问客户“还有其他需要帮助的吗”")


def _caller_left_no_turn(c: Call) -> Utt | None:
    """The caller's goodbye when they hung up on it, with no turn left for the trainee to close.

    A rule the caller made impossible is not failed (the trainee could not have said goodbye). A
    trainee who answered the caller's 没了，谢谢 with 行，那就这样, or whose last words told the caller
    how things stand (已经给您登记好了，周日上午师傅过去) rather than asked them something, had that turn.
    """
    if not c.hangup or c.hangup[1].by != "customer" or not c.customer or not c.trainee:
        return None
    last = c.customer[-1]
    if c.trainee[-1].t > last.t or not any_sound(last.text, cues.GOODBYE):
        return None
    if not re.search(r"([?？]|吗|呢)\W*$", c.trainee[-1].text):
        return None
    before = c.before(c.trainee[-1].t, "customer")
    if before and any_sound(before[-1].text, cues.CALLER_DONE):
        return None
    return last


def thanks_and_goodbye(c: Call) -> RuleResult:
    closing = c.trainee_turns[-2:]
    utts = [u for t in closing for u in t.utts]
    thanks = [
        u
        for u in utts
        if any_sound(u.text, cues.THANKS) or u.has("thanks") and sounds(u.text, "谢")
    ]
    bye = [
        u
        for u in utts
        if any_sound(u.text, cues.GOODBYE)
        or u.has("goodbye")
        and sounds(u.text, "再见", "拜", "祝")
    ]
    if thanks and bye:
        return _r(
            "thanks_and_goodbye", "pass", [thanks[-1].index, bye[-1].index], "结束时致谢并道别"
        )
    ev = [u.index for u in utts[-1:]]
    # The trainee who already began closing (再见 without thanks, 行，那就这样) had the turn to close.
    began = thanks or bye or (utts and any_sound(utts[-1].text, cues.TRAINEE_CLOSES))
    cut_short = None if began else _caller_left_no_turn(c)
    if cut_short is not None:
        return _r(
            "thanks_and_goodbye",
            "n/a",
            [cut_short.index],
            f"{cut_short.label}客户道别后立即挂断，没有给学员致谢道别的机会（不扣分）",
        )
    if thanks:
        return _r("thanks_and_goodbye", "fail", ev, "结束时致谢了，但没有道别（再见）")
    if bye:
        return _r("thanks_and_goodbye", "fail", ev, "结束时道别了，但没有感谢客户来电")
    return _r("thanks_and_goodbye", "fail", ev, "结束时没有感谢客户来电并道别")


# --- forbidden behaviour ----------------------------------------------------------------------------


# One sentence is charged to one attitude rule, the most specific its wording fits: 随便吧 / 您爱找谁找谁
# is the listless kind (004 §8C) even when it also sends the caller away; a reproach (§8A) before
# the brush-off or the impatience it carries (你到底想问啥就直说嘛, 至于嘛); a brush-off (§8B) before
# its impatient tone (我已经说过了，明天再打来 is the rubric's brush-off). Every labeller of the blind
# sets charged such a sentence to one rule, in this order.
_ATTITUDE_ORDER = ("no_indifference", "no_rudeness", "no_dismissiveness", "no_impatience")
# the sentence judge's reasons: the NLU's own, and gossip's
JUDGED_WHY = {cues.RULE_OF_ACT[a]: why for a, why in cues.ACT_ALONE_WHY.items()} | {
    "no_absence_gossip": "透露同事不在的真实原因/去向"
}


def _one_attitude(flags: list[cues.Flag], text: str) -> list[cues.Flag]:
    """One sentence, one attitude rule: of those the cues flag and those the judge hears, the one the
    judge scores highest over its threshold (这都第三遍了，您就不能找个没车的地方打？急死个人 is impatience,
    as its labeller said, though a cue hears a reproach). Over b154-b174, with a judge trained to b153,
    256 of the 257 lines the cues flag are charged as labelled; by the labellers' order alone, 254."""
    attitude = {f.rule for f in flags if f.rule in _ATTITUDE_ORDER}
    if not attitude:
        return flags
    scores = judge.shipped().scores(text)
    candidates = attitude | {r for r in _ATTITUDE_ORDER if scores[r] > 0}
    if len(candidates) < 2:
        return flags
    kept = max(sorted(candidates, key=_ATTITUDE_ORDER.index), key=lambda r: scores[r])
    out = [f for f in flags if f.rule not in _ATTITUDE_ORDER or f.rule == kept]
    if kept not in attitude:
        out.append(cues.Flag(kept, "strong", f"{JUDGED_WHY[kept]}（语句判别）"))
    return out


def _repeats_the_callers_gossip_words(c: Call, u: Utt) -> bool:
    """A read-back (…对吗？) whose every word of a whereabouts the caller said first (请一周假: 请假), or, in
    a complaint, of the colleague the caller complained did not come (他人都不来 read back as 胡教练三次没到)."""
    words = cues.gossip_words(u.text, tuple(c.fact_values("colleague")))
    caller_before = "".join(cu.text for cu in c.before(u.t, "customer"))
    read_back = (u.has("restate") or any_sound(u.text, cues.CONFIRM)) and _repeats_caller(c, u)
    if words is None:  # a clause names the colleague
        return (
            read_back
            and c.scenario.kind == "angry_complainant"
            and cues.gossip_words(caller_before) != []
        )
    return bool(words) and all(set(w) <= set(caller_before) for w in words) and read_back


def _forbidden_from_words(c: Call) -> dict[str, RuleResult]:
    colleague = _colleagues(c)
    colleague = colleague or (("同事",) if _has_colleague(c) else ())
    found: dict[str, list[tuple[Utt, str]]] = {}
    # the caller's own unit read back (好邻居便利店黎志勇黎店长) is no whereabouts
    units = [unit for unit in c.fact_values("caller_unit") if unit]
    for k, u in enumerate(c.trainee):
        text = u.text
        cut_in = _overlap(c, u) > OVERLAP_TOLERANCE_S and bool(_CUT_IN_OPENER.match(text))
        if cut_in:
            text = _CUT_IN_OPENER.sub("", text)
        for unit in units:
            text = text.replace(unit, "")
        # the caller's words read back for confirmation are not the trainee's (cues.without_read_backs)
        heard = cues.without_read_backs(text)
        read_back, text = heard != text, heard
        flags = cues.forbidden_flags(text, colleague, c.company)
        standing = [
            f
            for f in flags
            if f.strength == "strong"
            or u.has(sure(cues.ACT_OF_RULE[f.rule]) if f.overruled else cues.ACT_OF_RULE[f.rule])
        ]
        # A line said over the caller is the interruption (no_interrupting): of the 3,088 lines the blind
        # labellers charged to an attitude rule, one was said over the caller, and a cue heard it. So what
        # the NLU or the judge alone hears in such a line (这个我们定不了 / 那就是报C1对吧) is no attitude
        # of its own: 8 of the 34 false flags over tuning + b1-b174 were that.
        said_over = _overlap(c, u) > OVERLAP_TOLERANCE_S
        if (
            not flags
            and not read_back
            and (f := cues.act_alone(u.text, u.acts))
            and not (said_over and f.rule in _ATTITUDE_ORDER)
        ):
            standing = [f]
        # what neither the cues nor the NLU heard, the sentence judge may (scoring.judge)
        if not standing and text.strip():
            standing = [
                cues.Flag(rule, "strong", f"{JUDGED_WHY[rule]}（语句判别）")
                for rule in judge.shipped().charged(text, _ATTITUDE_ORDER)
                if not (said_over and rule in _ATTITUDE_ORDER)
            ]
        # a sentence the trainee apologised for straight after (对不起，是我说话冲了) broke the rule
        # it comes closest to, though no cue and no threshold heard it
        if (
            not standing
            and not said_over
            and text.strip()
            and k + 1 < len(c.trainee)
            and cues.owns_up_to_last_words(c.trainee[k + 1].text)
        ):
            rule = judge.shipped().surest(text)
            standing = [cues.Flag(rule, "strong", f"{JUDGED_WHY[rule]}（学员随后为这句话道歉）")]
        # the caller's own words read back (…面试名单已确定，请赵老师通知入围同学…没错吧？) tell nothing
        # of a colleague; nor does the complaint read back where nobody asked for one (…译员迟到一个半小时，
        # 您要求退款和赔偿，对吗？)
        if _repeats_the_callers_gossip_words(c, u) or (
            not colleague and any_sound(u.text, cues.CONFIRM) and _repeats_caller(c, u)
        ):
            standing = [f for f in standing if f.rule != "no_absence_gossip"]
        for f in _one_attitude(standing, text):
            found.setdefault(f.rule, []).append((u, f.why))
    out = {}
    for rule in (
        "no_rudeness",
        "no_dismissiveness",
        "no_indifference",
        "no_impatience",
        "no_absence_gossip",
        "no_improper_promise",
        "no_personal_name",
    ):
        hits = found.get(rule)
        if hits:
            seen: list[Utt] = []
            for u, _ in hits:
                if u not in seen:
                    seen.append(u)
            first_u, why = hits[0]
            quoted = "、".join(u.label for u in seen)
            out[rule] = _r(rule, "fail", [u.index for u in seen], f"{quoted}：{why}")
        else:
            out[rule] = _r(rule, "pass", [], "")
    return out


def _overlap(c: Call, u: Utt) -> float:
    """How long the trainee line started over the caller's last line (0 when it did not)."""
    prev = [cu for cu in c.customer if cu.t <= u.t]
    return max(0.0, prev[-1].end - u.t) if prev else 0.0


# 好了好了 / 行行行 said over the caller is the interruption itself (no_interrupting), as every blind
# labeller judged; an impatient sentence after it (您说快点行吗) is still impatience.
_CUT_IN_OPENER = re.compile(r"^((好了|行了|好|行|对|知道了)[，,、 ]?){2,}")


def no_interrupting(c: Call) -> RuleResult:
    hits = []
    for u in c.trainee:
        overlap = _overlap(c, u)
        if overlap <= OVERLAP_TOLERANCE_S:
            continue
        head = (clauses(u.text) or [u.text])[:2]
        if any_sound("，".join(head), cues.POLITE_INTERRUPT) or (
            u.has("interrupt_politely") and any_sound(u.text, cues.POLITE_INTERRUPT)
        ):
            continue
        if cues.is_backchannel(u.text):
            continue
        hits.append((u, overlap))
    if hits:
        u, overlap = hits[0]
        more = f"等{len(hits)}处" if len(hits) > 1 else ""
        return _r(
            "no_interrupting",
            "fail",
            [h.index for h, _ in hits],
            f"{u.label}在客户还没说完时插话（重叠{overlap:.1f}秒）{more}",
        )
    return _r("no_interrupting", "pass", [], "")


def no_hanging_up_first(c: Call) -> RuleResult:
    if c.hangup is None:
        return _r("no_hanging_up_first", "n/a", [], "通话记录中没有挂断事件，无法判断")
    i, h = c.hangup
    if h.by == "trainee":
        return _r("no_hanging_up_first", "fail", [i], "学员先挂断了电话，应等客户先挂断")
    return _r("no_hanging_up_first", "pass", [i], "客户先挂断")


# --- the score ----------------------------------------------------------------------------------------

REQUIRED_CHECKS: dict[str, Callable[[Call], RuleResult]] = {
    "pickup_within_3_rings": pickup_within_3_rings,
    "late_pickup_apology": late_pickup_apology,
    "standard_greeting": standard_greeting,
    "work_id_intro": work_id_intro,
    "ask_caller_identity": ask_caller_identity,
    "restate_key_info": restate_key_info,
    "empathy_apology": empathy_apology,
    "followup_commitment": followup_commitment,
    "polite_repeat_request": polite_repeat_request,
    "absent_colleague_handling": absent_colleague_handling,
    "message_taking": message_taking,
    "hold_etiquette": hold_etiquette,
    "escalation": escalation,
    "offer_further_help": offer_further_help,
    "thanks_and_goodbye": thanks_and_goodbye,
}
assert tuple(REQUIRED_CHECKS) == REQUIRED_RULES


def _never_picked_up(c: Call) -> list[RuleResult]:
    rules = c.scenario.rules
    pickup = pickup_within_3_rings(c)
    gave_up_early = pickup.status == "n/a"
    out = []
    for rule in REQUIRED_RULES:
        if rule == "pickup_within_3_rings":
            out.append(pickup if rule in rules else _r(rule, "n/a", [], "本场景不考核此项"))
        elif rule not in rules or rule in CONDITIONAL or gave_up_early:
            out.append(_r(rule, "n/a", [], "未接听" if rule in rules else "本场景不考核此项"))
        else:
            out.append(_r(rule, "fail", [], "没有接听电话"))
    for rule in FORBIDDEN_RULES:
        if rule == "no_hanging_up_first":
            out.append(no_hanging_up_first(c) if c.hangup else _r(rule, "pass", [], ""))
        else:
            out.append(_r(rule, "pass", [], ""))
    return out


def _forbidden(c: Call) -> list[RuleResult]:
    words = _forbidden_from_words(c)
    out = []
    for rule in FORBIDDEN_RULES:
        if rule == "no_interrupting":
            out.append(no_interrupting(c))
        elif rule == "no_hanging_up_first":
            out.append(no_hanging_up_first(c))
        else:
            out.append(words[rule])
    return out


def evaluate(c: Call) -> list[RuleResult]:
    if c.pickup is None:
        out = _never_picked_up(c)
    else:
        out = []
        for rule in REQUIRED_RULES:
            if rule not in c.scenario.rules:
                out.append(_r(rule, "n/a", [], "本场景不考核此项"))
            else:
                out.append(REQUIRED_CHECKS[rule](c))
        out += _forbidden(c)
    if c.record.duplex is False:
        out = [FULL_DUPLEX_ONLY.get(r.id, r) for r in out]
    return out


def score_call(
    record: CallRecord, scenario: Scenario, acts: Mapping[int, frozenset[str]]
) -> ScoreReport:
    """Score one call. Pure: the same inputs always give the same report."""
    call = Call(record, scenario, acts)
    results = evaluate(call)
    by_id = {r.id: r for r in results}
    weights = scenario.rules
    applicable = [
        r for r in results if r.id in REQUIRED_RULES and r.status != "n/a" and r.id in weights
    ]
    total = sum(weights[r.id] for r in applicable)
    gained = sum(weights[r.id] for r in applicable if r.status == "pass")
    score = round(100.0 * gained / total, 1) if total else 0.0
    forbidden_failed = any(by_id[r].status == "fail" for r in FORBIDDEN_RULES)
    passed = bool(total) and not forbidden_failed and score >= scenario.pass_mark
    return ScoreReport(
        scenario=record.scenario,
        score=score,
        passed=passed,
        rules=[by_id[r] for r in ALL_RULES],
    )


__all__ = ["score_call", "evaluate", "Call"]
