"""Review queue (trainer, admin): each week's sample of calls per team, reviewed rule by rule.

A trainer agrees with the automatic status of a rule or overrides it with a reason; an override
counts for certification. Opening another person's call is audited. The agreement rate per rule
shows where the scorer and the trainers differ.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import streamlit as st

from core import limits
from core.accounts import User
from scoring import review
from scoring.format import RULE_NAMES, STATUS_WORDS
from storage import CallSummary, Store, StoredCall
from ui import context, navigation
from ui.plain import md
from ui.report_view import render_report

ROLES = navigation.roles("review")
WEEKS_BACK = 8
AGREE = "同意自动评分"
DECISIONS = {AGREE: None, "改为通过": "pass", "改为未通过": "fail", "改为不适用": "n/a"}
_VIEWED = "review_viewed_calls"
_SAVED = "review_saved"


def page() -> None:
    user = context.require(*ROLES)
    store = context.store()
    st.title("复核队列")
    rate = _rate(store, user)
    this_week = review.IsoWeek.of(date.today())
    weeks = [this_week]
    for _ in range(WEEKS_BACK - 1):
        weeks.append(weeks[-1].previous())
    week = st.selectbox("周次", weeks, format_func=lambda w: f"{w}（{w.first} 至 {w.last}）")
    queue = review.sample_week(store.results.calls_between(week.first, week.last), week, rate)
    if not queue:
        st.info("这一周还没有可复核的通话。")
    else:
        chosen = _queue(store, queue)
        _call(store, user, store.results.call(chosen))
    _agreement(store)


def _rate(store: Store, user: User) -> float:
    with st.expander("抽样比例"):
        current = float(store.preferences.get(review.RATE_SETTING, review.DEFAULT_RATE))
        low, high = round(review.MIN_RATE * 100), round(review.MAX_RATE * 100)
        percent = st.slider("复核比例（%）", low, high, round(current * 100))
        if st.button("保存比例"):
            context.guarded(
                lambda: store.preferences.set(
                    review.RATE_SETTING, review.check_rate(percent / 100), actor=user.username
                ),
                success=f"已保存：每组每周抽取 {percent}% 的通话复核。",
            )
    rate = float(store.preferences.get(review.RATE_SETTING, review.DEFAULT_RATE))
    st.caption(f"每组每周抽取 {rate:.0%} 的通话复核（至少 1 通），所有培训师看到同一个队列。")
    return rate


def _queue(store: Store, queue: list[CallSummary]) -> int:
    names = {t.id: t.name for t in store.trainees.all()}
    reviewed = {r.call_id for r in store.reviews.all()}
    st.table(
        [
            {
                "通话": c.call_id,
                "小组": md(c.team) if c.team else "未分组",
                "学员": md(f"{c.trainee_id} {names.get(c.trainee_id, '')}"),
                "场景": md(c.scenario_id),
                "类型": "考核" if c.exam else "练习",
                "日期": str(c.started_on),
                "复核": "已复核" if c.call_id in reviewed else "待复核",
            }
            for c in queue
        ],
        hide_index=True,
    )
    return st.selectbox(
        "复核通话",
        [c.call_id for c in queue],
        format_func=lambda cid: f"通话 {cid}（{names.get(_of(queue, cid).trainee_id, '')}）",
    )


def _of(queue: list[CallSummary], call_id: int) -> CallSummary:
    return next(c for c in queue if c.call_id == call_id)


def _audit_view(store: Store, user: User, call: StoredCall) -> None:
    """A view of another person's call is logged once per sign-in session and call."""
    viewed: set[int] = st.session_state.setdefault(_VIEWED, set())
    if call.call_id not in viewed and call.trainee_id != user.trainee_id:
        store.audit.record(user.username, "call.view", str(call.call_id))
        viewed.add(call.call_id)


def _call(store: Store, user: User, call: StoredCall) -> None:
    _audit_view(store, user, call)
    saved = st.session_state.pop(_SAVED, None)
    if saved:
        st.success(saved)
    st.subheader(
        f"通话 {call.call_id}：{md(call.trainee_id)}，{md(call.scenario_id)}"
        f"（第 {call.scenario_version} 版）"
    )
    audio = (call.record.model_extra or {}).get("audio")
    if audio and Path(audio).is_file():
        st.audio(str(audio), format="audio/wav")
    elif audio:
        st.caption(f"录音文件 {md(audio)} 已不在服务器上。")
    report = call.latest_report.report
    render_report(call.record, report, call.latest_overrides(), call.result())
    _review_form(store, user, call)
    _reviews_of(store, call.call_id)


def _review_form(store: Store, user: User, call: StoredCall) -> None:
    """One form for the whole call: every rule agreed by default; an override needs a reason."""
    report = call.latest_report.report
    current = call.latest_overrides()
    with st.form(f"review_{call.call_id}"):
        st.markdown("#### 复核这通电话（每条规则默认同意自动评分；改判须写理由）")
        decisions: dict[str, tuple[str | None, str]] = {}
        for rule in report.rules:
            shown = current[rule.id].status if rule.id in current else rule.status
            left, middle, right = st.columns([3, 3, 4])
            left.markdown(f"{RULE_NAMES[rule.id]}　{STATUS_WORDS[shown]}")
            choice = middle.selectbox(
                "判定",
                list(DECISIONS),
                key=f"decide_{call.call_id}_{rule.id}",
                label_visibility="collapsed",
            )
            reason = right.text_input(
                "理由",
                key=f"reason_{call.call_id}_{rule.id}",
                label_visibility="collapsed",
                placeholder="改判的理由",
                max_chars=limits.OVERRIDE_REASON_MAX_CHARS,  # Streamlit cuts longer values
            )
            decisions[rule.id] = (DECISIONS[choice], reason)
        if st.form_submit_button("提交复核", type="primary"):
            missing = [r for r, (status, why) in decisions.items() if status and not why.strip()]
            if missing:
                names = "、".join(f"“{RULE_NAMES[r]}”" for r in missing)
                st.error(f"{names}改判了，请写明理由后再提交；没有保存任何内容。")
                return
            changed = sum(1 for status, _ in decisions.values() if status is not None)
            saved = context.guarded(
                lambda: store.reviews.add_call(call.call_id, decisions, reviewer=user.username)
            )
            if saved is not None:  # show the report again with the decisions in it
                st.session_state[_SAVED] = (
                    f"已提交复核：{len(decisions)} 条规则，改判 {changed} 条。"
                )
                st.rerun()


def _reviews_of(store: Store, call_id: int) -> None:
    reviews = store.reviews.all(call_id)
    if not reviews:
        return
    st.markdown("#### 本通话的复核记录")
    st.table(
        [
            {
                "规则": RULE_NAMES.get(r.rule_id, r.rule_id),
                "复核人": md(r.reviewer),
                "判定": "同意" if r.agreed else STATUS_WORDS[r.status],
                "理由": md(r.reason),
                "时间": r.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            }
            for r in reviews
        ],
        hide_index=True,
    )


def _agreement(store: Store) -> None:
    st.subheader("自动评分与培训师的一致率（按规则）")
    rates = review.agreement(store.reviews.all())
    if not rates:
        st.caption("还没有复核记录。")
        return
    st.table(
        [
            {
                "规则": RULE_NAMES.get(a.rule_id, a.rule_id),
                "复核数": a.reviewed,
                "同意数": a.agreed,
                "一致率": f"{a.rate:.0%}",
            }
            for a in rates
        ],
        hide_index=True,
    )
