"""The score report as a trainee reads it: a Chinese table, each rule with its status, note and the
sentence the decision rests on."""

from __future__ import annotations

import unicodedata

from core.callrecord import CallRecord, Utterance
from core.report import ScoreReport
from core.rubric import FORBIDDEN_RULES

RULE_NAMES: dict[str, str] = {
    "pickup_within_3_rings": "响铃3声内接听",
    "late_pickup_apology": "超过3声接听要致歉",
    "standard_greeting": "标准问候语（问候+公司名）",
    "work_id_intro": "报工号",
    "ask_caller_identity": "询问客户称呼/联系方式",
    "restate_key_info": "复述确认关键信息",
    "empathy_apology": "安抚情绪并致歉",
    "followup_commitment": "承诺跟进并给出时限",
    "polite_repeat_request": "听不清时礼貌请对方重复",
    "absent_colleague_handling": "同事不在时的规范答复",
    "message_taking": "记录留言并复述",
    "hold_etiquette": "让客户等待的礼仪",
    "escalation": "重大投诉上报主管",
    "offer_further_help": "询问是否还有其他需要",
    "thanks_and_goodbye": "致谢并道别",
    "no_rudeness": "禁止：无礼",
    "no_dismissiveness": "禁止：傲慢推诿",
    "no_indifference": "禁止：敷衍冷漠",
    "no_impatience": "禁止：不耐烦",
    "no_interrupting": "禁止：打断客户",
    "no_hanging_up_first": "禁止：先于客户挂断",
    "no_absence_gossip": "禁止：透露同事去向",
    "no_improper_promise": "禁止：越权承诺",
    "no_personal_name": "禁止：报个人姓名",
}
STATUS_WORDS = {"pass": "✓ 通过", "fail": "✗ 未通过", "n/a": "— 不适用"}
SPEAKER_WORDS = {"trainee": "学员", "customer": "客户"}
QUOTE_CHARS = 40


def width(text: str) -> int:
    """Columns the text takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def _quote(record: CallRecord, index: int) -> str | None:
    if not 0 <= index < len(record.events):
        return None
    event = record.events[index]
    if not isinstance(event, Utterance):
        return None
    number = sum(isinstance(e, Utterance) for e in record.events[: index + 1])
    text = event.text if len(event.text) <= QUOTE_CHARS else event.text[:QUOTE_CHARS] + "…"
    return f"第{number}句（{SPEAKER_WORDS[event.speaker]}，{event.t:.1f}秒）：“{text}”"


def format_report(report: ScoreReport, record: CallRecord) -> str:
    forbidden_failed = [r for r in report.rules if r.id in FORBIDDEN_RULES and r.status == "fail"]
    if report.passed:
        verdict = "通过"
    elif forbidden_failed:
        verdict = "未通过（出现禁止行为，无论得分多少都不通过）"
    else:
        verdict = "未通过（得分低于及格线）"
    lines = [
        f"场景：{report.scenario}    学员：{record.trainee.id}（工号 {record.trainee.work_id}）",
        f"得分：{report.score:.1f}    结果：{verdict}",
        "",
    ]
    name_col = max(width(n) for n in RULE_NAMES.values()) + 2
    status_col = max(width(s) for s in STATUS_WORDS.values()) + 2
    lines.append(pad("规则", name_col) + pad("结果", status_col) + "说明")
    lines.append("─" * (name_col + status_col + 30))
    for section, ids in (("必做项", False), ("禁止项", True)):
        lines.append(f"【{section}】")
        for r in report.rules:
            if (r.id in FORBIDDEN_RULES) != ids:
                continue
            name = RULE_NAMES.get(r.id, r.id)
            row = pad(name, name_col) + pad(STATUS_WORDS[r.status], status_col) + (r.note or "")
            lines.append(row.rstrip())
            if r.status != "n/a":
                for i in r.evidence[:3]:
                    quoted = _quote(record, i)
                    if quoted:
                        lines.append(" " * (name_col + status_col) + "└ " + quoted)
    return "\n".join(lines)
