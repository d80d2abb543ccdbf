"""One score report in the browser: the verdict, every rule with its status and Chinese note, the
sentences its evidence points to (highlighted in the transcript), and for a failed rule what the
standards recommend saying instead; rules that do not apply are folded away. Used by the review queue and the
results page; it needs nothing but the record and the report."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from core.callrecord import CallRecord, Utterance
from core.report import RuleResult, ScoreReport
from core.rubric import FORBIDDEN_RULES, RULE_ADVICE
from scoring.certification import CallResult, RuleOverride
from scoring.format import RULE_NAMES, SPEAKER_WORDS, STATUS_WORDS
from ui.plain import md

_STATUS_COLOURS = {"pass": "green", "fail": "red", "n/a": "gray"}


def sentences(record: CallRecord) -> dict[int, tuple[int, Utterance]]:
    """Event index → (sentence number from 1, utterance), for the utterances of the call."""
    out: dict[int, tuple[int, Utterance]] = {}
    for index, event in enumerate(record.events):
        if isinstance(event, Utterance):
            out[index] = (len(out) + 1, event)
    return out


def _sentence(number: int, u: Utterance) -> str:
    text = md(u.text)  # what was said is shown as typed, never as markup
    return f"第{number}句（{SPEAKER_WORDS[u.speaker]}，{u.t:.1f}秒）：“{text}”"


def _verdict(passed: bool, forbidden_failed: bool) -> str:
    if passed:
        return "通过"
    if forbidden_failed:
        return "未通过（出现禁止行为，无论得分多少都不通过）"
    return "未通过（得分低于及格线）"


def _headline(report: ScoreReport, final: CallResult | None) -> str:
    auto_forbidden = any(r.id in FORBIDDEN_RULES and r.status == "fail" for r in report.rules)
    auto = f"得分：{report.score:.1f}　结果：{_verdict(report.passed, auto_forbidden)}"
    if final is None or not final.overridden:
        return f"**{auto}**"
    reviewed = _verdict(final.passed, bool(final.forbidden_failed))
    return f"**复核后得分：{final.score:.1f}　结果：{reviewed}**（自动评分：{auto}）"


def _rule(
    rule: RuleResult, said: dict[int, tuple[int, Utterance]], override: RuleOverride | None = None
) -> None:
    name = RULE_NAMES.get(rule.id, rule.id)
    note = f" — {md(rule.note)}" if rule.note else ""
    status = override.status if override else rule.status
    shown = f":{_STATUS_COLOURS[status]}[{STATUS_WORDS[status]}]"
    if override is not None:
        reason, actor = md(override.reason), md(override.actor)
        shown += f"（复核改判，{actor}：{reason}；自动评分：{STATUS_WORDS[rule.status]}）"
    st.markdown(f"**{name}**　{shown}{note}")
    for index in rule.evidence:
        if index in said:
            st.markdown(f"　└ :orange-background[{_sentence(*said[index])}]")
    if status == "fail":
        wording, source, why = RULE_ADVICE[rule.id]
        st.markdown(f"　└ :green-background[规范建议（{md(source)}）：{md(wording)}]　{md(why)}")


def render_report(
    record: CallRecord,
    report: ScoreReport,
    overrides: Mapping[str, RuleOverride] | None = None,
    final: CallResult | None = None,
) -> None:
    """The report rule by rule, then the transcript with every sentence cited as evidence marked.

    With the trainers' `overrides` and the `final` result, their decisions show beside the
    automatic ones, and the score and verdict are the reviewed ones (as certification counts).
    """
    said = sentences(record)
    overrides = overrides or {}
    st.markdown(_headline(report, final))

    def status(rule: RuleResult) -> str:
        return overrides[rule.id].status if rule.id in overrides else rule.status

    for section, forbidden in (("必做项", False), ("禁止项", True)):
        st.markdown(f"#### {section}")
        for rule in report.rules:
            if (rule.id in FORBIDDEN_RULES) == forbidden and status(rule) != "n/a":
                _rule(rule, said, overrides.get(rule.id))
    not_applicable = [r for r in report.rules if status(r) == "n/a"]
    if not_applicable:
        with st.expander(f"本通电话不适用的规则（{len(not_applicable)} 条）"):
            for rule in not_applicable:
                _rule(rule, said, overrides.get(rule.id))
    cited = {i for r in report.rules if r.status != "n/a" for i in r.evidence}
    st.markdown("#### 通话文字记录")
    for index, (number, u) in said.items():
        line = _sentence(number, u)
        st.markdown(f":orange-background[{line}]" if index in cited else line)
