"""Results: a trainee's calls and scores over time, and the full feedback of one call or attempt.

Trainees see only their own. Trainers, HR and admins pick a trainee; every view of another
person's record goes to the audit log.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from calldrill import live
from calldrill.history import monthly_scores, weakest_rules
from core.accounts import Role, User
from core.rubric import RULE_ADVICE
from scoring import certification as cert
from scoring.format import RULE_NAMES
from storage import ScoredCallSummary, StoredCall, UnknownCall
from ui import context, navigation
from ui.plain import md

ROLES = navigation.roles("results")
NOT_YOURS = "这条记录不是您的：学员只能查看自己的通话和成绩。"


def page() -> None:
    user = context.require(*ROLES)
    store = context.store()
    params = st.query_params
    if "call" in params:
        _call_page(user, params["call"])
        return
    if "attempt" in params:
        _attempt_page(user, params["attempt"])
        return
    trainee_id = _trainee_for(user)
    if trainee_id is None:
        return
    st.title("成绩与通话")
    calls = store.results.trainee_calls(trainee_id)
    if not calls:
        st.info("还没有通话记录。到“练习与考核”页接一通电话吧。")
        return
    _weakest(calls)
    _chart(calls)
    _call_table(calls)


def scenario_title(scenario_id: str) -> str:
    """The scenario's title in the live set; the id for a scenario no longer published."""
    found = [s for s in live.live_scenarios(context.store()).scenarios if s.id == scenario_id]
    return found[0].title if found else scenario_id


def _trainee_for(user: User) -> str | None:
    if user.role is Role.TRAINEE:
        return user.trainee_id
    trainees = context.store().trainees.all()
    if not trainees:
        st.info("还没有学员。")
        return None
    wanted = st.query_params.get("trainee")  # opened from the HR dashboard
    ids = [t.id for t in trainees]
    chosen = st.selectbox(
        "学员",
        trainees,
        index=ids.index(wanted) if wanted in ids else 0,
        format_func=lambda t: f"{t.id} {t.name}（{t.team}）",
        key="results_trainee",
    )
    if st.session_state.get("results_viewed") != chosen.id:
        context.store().audit.record(user.username, "trainee.view", chosen.id)
        st.session_state["results_viewed"] = chosen.id
    return chosen.id


def _weakest(calls: list[ScoredCallSummary]) -> None:
    """This month's most often failed rules, with what the standards recommend saying."""
    today = date.today()
    weakest = weakest_rules(calls, today)
    if not weakest:
        return
    st.subheader(f"本月最需要练习的规范（{today:%Y-%m}）")
    for rule, failed, total in weakest:
        wording, source, _ = RULE_ADVICE[rule]
        st.markdown(
            f"- **{RULE_NAMES[rule]}**：本月 {total} 通电话中有 {failed} 通没做到。"
            f"规范建议（{md(source)}）：{md(wording)}"
        )


def _chart(calls: list[ScoredCallSummary]) -> None:
    """Monthly means as lines with points, so a month with one call still shows."""
    st.subheader("每月平均得分")
    rows = [
        {"月份": month, "类型": series, "得分": score}
        for month, by in monthly_scores(calls).items()
        for series, score in by.items()
    ]
    chart = (
        alt.Chart(pd.DataFrame(rows))
        .mark_line(point=alt.OverlayMarkDef(size=80))
        .encode(
            x=alt.X("月份:N", title="月份"),
            y=alt.Y("得分:Q", title="得分", scale=alt.Scale(domain=[0, 100])),
            color=alt.Color("类型:N", title=None),
            tooltip=["月份", "类型", "得分"],
        )
    )
    st.altair_chart(chart, use_container_width=True)


def _call_table(calls: list[ScoredCallSummary]) -> None:
    st.subheader("全部通话")
    for c in reversed(calls):
        cols = st.columns([2, 3, 1, 1, 1])
        cols[0].write(c.started_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        cols[1].markdown(f"{'考核' if c.exam else '练习'}：{md(scenario_title(c.scenario_id))}")
        cols[2].write(f"{c.score:.1f} 分")
        cols[3].markdown(":green[通过]" if c.passed else ":red[未通过]")
        if c.attempt_id is not None:
            cols[4].button(
                "考核结果",
                key=f"open_attempt_{c.call_id}",
                on_click=_open,
                args=("attempt", c.attempt_id),
            )
        else:
            cols[4].button(
                "查看", key=f"open_call_{c.call_id}", on_click=_open, args=("call", c.call_id)
            )


def _open(what: str, number: int) -> None:
    st.query_params.from_dict({what: str(number)})


def _load_call(user: User, text: str) -> StoredCall | None:
    try:
        call = context.store().results.call(int(text))
    except (ValueError, UnknownCall):
        st.error(f"没有编号为“{md(text)}”的通话记录。")
        return None
    if user.role is Role.TRAINEE and call.trainee_id != user.trainee_id:
        context.store().audit.record(user.username, "page.denied", f"call {call.call_id}")
        st.error(NOT_YOURS)
        return None
    if user.role is not Role.TRAINEE:
        context.store().audit.record(user.username, "call.view", str(call.call_id))
    return call


def _back() -> None:
    if st.button("← 返回成绩列表", key="results_back"):
        st.query_params.clear()
        st.rerun()


def _call_page(user: User, text: str) -> None:
    from ui.report_view import render_report

    _back()
    call = _load_call(user, text)
    if call is None:
        return
    report = call.latest_report
    st.title(f"{'考核' if call.exam else '练习'}通话：{md(scenario_title(call.scenario_id))}")
    st.caption(
        f"学员 {md(call.trainee_id)} · {call.started_at.astimezone():%Y-%m-%d %H:%M} · "
        f"场景第 {call.scenario_version} 版 · 及格线 {report.pass_mark:g} 分 · "
        f"通话编号 {call.call_id}"
    )
    again = not call.exam and user.role is Role.TRAINEE
    if again and st.button(
        "再练一次（同一场景，换一组情况）", type="primary", key="practise_again"
    ):
        navigation.go("drill", again=call.scenario_id, work=call.record.trainee.work_id)
    audio = (call.record.model_extra or {}).get("audio")
    if audio and Path(audio).exists():
        st.audio(str(audio))
    render_report(call.record, report.report, call.latest_overrides(), call.result())


def _attempt_page(user: User, text: str) -> None:
    _back()
    store = context.store()
    attempts = store.results.attempts(None if user.role is not Role.TRAINEE else user.trainee_id)
    attempt = next((a for a in attempts if str(a.attempt_id) == text), None)
    if attempt is None:
        st.error(NOT_YOURS if user.role is Role.TRAINEE else f"没有编号为“{md(text)}”的考核。")
        return
    if user.role is not Role.TRAINEE:
        store.audit.record(user.username, "attempt.view", str(attempt.attempt_id))
    result = cert.attempt_result(attempt)
    st.title(f"考核结果（{attempt.window} 第 {attempt.number} 次）")
    (st.success if result.passed else st.error)(
        "考核通过，已获得本期认证。"
        if result.passed
        else "考核未通过：每通电话都要达到及格线，且不能有任何禁止行为。"
    )
    for c in result.calls:
        cols = st.columns([3, 1, 2, 1])
        cols[0].markdown(md(scenario_title(c.scenario_id)))
        cols[1].write(f"{c.score:.1f} 分")
        cols[2].markdown(
            ":green[通过]"
            if c.passed
            else ":red[未通过："
            + ("、".join(RULE_NAMES.get(r, r) for r in c.forbidden_failed) or "低于及格线")
            + "]"
        )
        cols[3].button(
            "查看", key=f"open_exam_call_{c.call_id}", on_click=_open, args=("call", c.call_id)
        )
