"""The trainee's page: a practice call of their choice, or the assessment (exam conditions).

Practice: any scenario, typed or spoken, with the scenario's brief. Assessment: one call of every
kind, scenarios and facts drawn by the system, no hints (no title, no kind), no second try of a
call inside the attempt; the attempt is stored whole when its last call ends, and counts against
the window's limit.
"""

from __future__ import annotations

import random
import re
import secrets
from datetime import UTC, datetime

import streamlit as st

from calldrill import assessment, live, voices
from calldrill.practice import finish_practice
from core import limits
from core.accounts import User
from core.callrecord import CallRecord, HoldEnd, HoldStart, Trainee, Utterance
from core.errors import CallDrillError
from core.scenario import Scenario, fill, kind_label
from core.settings import data_dir
from simulator.events import describe
from ui import calls, context, navigation
from ui.callsetup import CallSetup
from ui.plain import md, md_lines
from ui.textcall import BrowserTextCall

ROLES = navigation.roles("drill")
_HANGING_UP = "drill_hanging_up"
_SAY_PROBLEM = "drill_say_problem"
MODES = {
    "text": "文字（打字对话）",
    "voice": "语音（浏览器麦克风，全双工）",
    "push_to_talk": "按键说话（网络不支持实时语音时）",
}


def page() -> None:
    user = context.require(*ROLES)
    st.title("练习与考核")
    # The set's voice is made ahead from the first visit on (once per process and set; cached on
    # disk), not from the first voice call's start: a call must not wait for synthesis.
    voices.prepare_in_background(live.live_scenarios(context.store()))
    active = calls.call(user.username)
    if active is not None:
        _play(user, active)
        return
    exam = calls.exam(user.username)
    if exam is not None:
        _next_exam_call(user, exam)
        return
    again, work_id = st.query_params.get("again"), st.query_params.get("work")
    if again is not None:  # 再练一次 from a report: the same scenario, new facts, at once
        st.query_params.clear()
        chosen = next(
            (s for s in live.live_scenarios(context.store()).scenarios if s.id == again), None
        )
        if chosen is not None:
            _start(user, chosen, "text", work_id or _default_work_id(user), exam=False)
    practice_tab, exam_tab = st.tabs(["练习", "考核"])
    with practice_tab:
        _practice_chooser(user)
    with exam_tab:
        _exam_chooser(user)


# --- choosing -------------------------------------------------------------------------------------


def _default_work_id(user: User) -> str:
    return (re.findall(r"\d+", user.trainee_id or "") or ["1"])[-1].lstrip("0") or "1"


def _work_id(user: User, key: str) -> str:
    return st.text_input(
        "您的客服工号（接听时自报，例如“3号客服”里的 3）",
        value=_default_work_id(user),
        key=key,
        max_chars=limits.WORK_ID_MAX_DIGITS,
    ).strip()


def _mode(key: str) -> str:
    return st.radio("方式", list(MODES), format_func=MODES.get, key=key, horizontal=True)


def _practice_chooser(user: User) -> None:
    scenarios = live.live_scenarios(context.store()).scenarios
    chosen = st.selectbox("场景", scenarios, format_func=lambda s: s.title, key="drill_scenario")
    st.caption(f"类型：{kind_label(chosen.kind)}　及格线：{chosen.pass_mark:g} 分")
    mode = _mode("drill_mode")
    work_id = _work_id(user, "drill_work_id")
    if st.button("开始练习", type="primary", key="start_practice"):
        _start(user, chosen, mode, work_id, exam=False)


def _exam_chooser(user: User) -> None:
    store = context.store()
    allowed = context.guarded(lambda: assessment.allowance(store, user.trainee_id))
    if allowed is None:
        return
    n_calls = len(assessment.required_kinds(live.live_scenarios(context.store())))
    st.markdown(
        f"**{allowed.window} 考核期**：本期已考 **{allowed.used}** 次，最多 **{allowed.limit}** 次"
        "（中途离开的考核也算一次）。"
        f"一次考核包含 {n_calls} 通电话（每种类型一通），场景由系统抽取；"
        "考核中没有提示，每通电话只能接一次，全部结束后才显示成绩。"
        "开始后离开页面也算用掉一次考核机会。"
    )
    if not allowed.may_start:
        st.warning("本期考核次数已用完，请在下一个考核期再参加考核。")
        return
    mode = _mode("exam_mode")
    work_id = _work_id(user, "exam_work_id_input")
    if st.button("开始考核", type="primary", key="start_exam"):
        rng = random.Random(secrets.randbits(64))
        plan = context.guarded(
            lambda: assessment.start(
                store,
                user.trainee_id,
                live.live_scenarios(context.store()),
                rng,
                actor=user.username,
            )
        )
        if plan is None:
            return
        calls.begin_exam(user.username, calls.ExamProgress(plan, mode, work_id))
        st.rerun()


def _start(user: User, scenario: Scenario, mode: str, work_id: str, *, exam: bool) -> None:
    problem = limits.work_id_problem(work_id)
    if problem:
        st.error(problem)
        return
    try:
        url = live.bot_url(context.store())
    except CallDrillError as e:
        st.error(e.message)
        return
    seed = secrets.randbits(32)
    started = datetime.now(UTC)
    stem = f"{started.astimezone():%Y%m%d-%H%M%S}-{scenario.id}-{user.trainee_id}"
    setup = CallSetup(
        scenario=scenario,
        facts=scenario.draw_facts(random.Random(seed)),
        trainee=Trainee(id=user.trainee_id, work_id=work_id),
        bot_url=url,
        recording=data_dir() / "calls" / f"{stem}.wav",
        seed=seed,
    )
    call = calls.ActiveCall(setup, mode, exam, started)
    if mode == "text":
        call.text_call = BrowserTextCall(setup)
    calls.begin_call(user.username, call)
    st.rerun()


def _next_exam_call(user: User, exam: calls.ExamProgress) -> None:
    done, total = len(exam.finished), len(exam.plan.scenario_ids)
    if done == total:  # every call played, but storing failed last time: try again
        st.warning("考核的通话都已完成，但成绩还没有保存。")
        if st.button("重新保存考核成绩", type="primary", key="exam_store_again"):
            store = context.store()
            attempt_id = context.guarded(
                lambda: assessment.finish(
                    store, exam.plan, exam.finished, live.bot_url(store), actor=user.username
                )
            )
            if attempt_id is not None:
                calls.end_exam(user.username, exam)
                navigation.go("results", attempt=str(attempt_id))
        return
    st.subheader(f"考核：第 {done + 1} 通电话（共 {total} 通）")
    scenario = live.live_scenarios(context.store()).get(exam.plan.scenario_ids[done])
    st.caption("准备好后点击开始，电话会响起。请按公司接听规范接听。")
    if st.button("开始这通电话", type="primary", key=f"exam_call_{done}"):
        _start(user, scenario, exam.mode, exam.work_id, exam=True)
    with st.expander("无法继续考核？"):
        st.caption("放弃后，这次考核记为未完成，仍算用掉一次考核机会；已接的电话不再评分。")
        sure = st.checkbox("我确认放弃本次考核", key=f"exam_give_up_sure_{done}")
        if st.button("放弃本次考核", key=f"exam_give_up_{done}", disabled=not sure):
            calls.end_exam(user.username, exam)
            context.store().audit.record(
                user.username, "exam.abandon", user.trainee_id, {"attempt": exam.plan.attempt_id}
            )
            st.rerun()


# --- the call -------------------------------------------------------------------------------------


def _play(user: User, call: calls.ActiveCall) -> None:
    s = call.setup
    st.subheader("考核通话" if call.exam else f"练习：{md(s.scenario.title)}")
    if s.scenario.brief and not call.exam:  # an exam gives nothing away
        st.info(md_lines(fill(s.scenario.brief, s.facts)))
    if call.mode == "text":
        record = _text_call(user, call)
    else:
        from ui import browser_voice  # aiortc and vosk load only for voice calls

        play = (
            browser_voice.live_voice_call
            if call.mode == "voice"
            else browser_voice.push_to_talk_call
        )
        record = play(_voice_key(call), s)
    if record is not None:
        _finished(user, call, record)


def _text_call(user: User, active: calls.ActiveCall) -> CallRecord | None:
    call = active.text_call
    if call.error is not None:
        st.error(f"通话中断：{md_lines(call.error.message)}")
        if st.button("返回", key="call_error_back"):
            calls.end_call(user.username, active)
            st.rerun()
        return None
    if call.ringing:
        _ringing(call)
        return None
    if call.ended:
        _transcript(call)
        return call.record
    _conversation(call)
    return None


@st.fragment
def _conversation(call: BrowserTextCall) -> None:
    """The call while it goes on. A line, a hold or a hang-up reruns only this part: the customer's
    reply is drawn in the same run that sent the line (the line is sent by the chat box's callback,
    before the run), and the call's end reruns the page, which scores it."""
    if call.ended:
        st.rerun(scope="app")
    _transcript(call)
    problem = st.session_state.pop(_SAY_PROBLEM, None)
    if problem:
        st.error(problem)
    st.chat_input(
        "您说……（回车发送）",
        key="call_say",
        max_chars=limits.UTTERANCE_MAX_CHARS,
        on_submit=_say,
        args=(call,),
    )
    cols = st.columns([1, 1, 4])
    hold_s = cols[2].number_input("保持多少秒", 5, 300, 30, step=5, key="call_hold_s")
    if cols[0].button("保持通话", key="call_hold", help="让客户稍等（客户会听到等待音乐）"):
        with st.spinner(f"客户在等待中（{hold_s:g} 秒）……"):
            call.hold(float(hold_s))
        st.rerun(scope="fragment")
    if st.session_state.get(_HANGING_UP):
        cols[1].warning("确定挂断吗？规范要求等客户先挂断。")
        yes, no = cols[1].columns(2)
        if yes.button("确定挂断", key="call_hangup_sure", type="primary"):
            st.session_state.pop(_HANGING_UP, None)
            call.hang_up()
            st.rerun(scope="app")
        if no.button("继续通话", key="call_hangup_cancel"):
            st.session_state.pop(_HANGING_UP, None)
            st.rerun(scope="fragment")
    elif cols[1].button("挂断", key="call_hangup"):
        st.session_state[_HANGING_UP] = True
        st.rerun(scope="fragment")


def _say(call: BrowserTextCall) -> None:
    """The chat box's callback: the line goes to the customer and the reply comes back before the
    run that draws it."""
    text = st.session_state.get("call_say") or ""
    if not text.strip():
        return
    try:
        call.say(text)
    except CallDrillError as e:  # too long: not sent, the call goes on
        st.session_state[_SAY_PROBLEM] = e.message


@st.fragment(run_every=1.0)
def _ringing(call: BrowserTextCall) -> None:
    if not call.ringing:
        st.rerun()
    st.markdown(f"### 电话铃响……（第 {call.rings()} 声）")
    if st.button("接听", type="primary", key="call_pickup"):
        call.pick_up()
        st.rerun(scope="app")


def _transcript(call: BrowserTextCall) -> None:
    for event, heard in call.shown:
        if isinstance(event, HoldStart | HoldEnd):  # what the caller lived through, said
            st.caption(f"【{event.t:.0f} 秒】{md(describe(event))}")
            continue
        if not isinstance(event, Utterance):
            continue
        role = "assistant" if event.speaker == "customer" else "user"
        with st.chat_message(
            role, avatar=":material/call:" if role == "assistant" else ":material/headset_mic:"
        ):
            st.markdown(md_lines(heard or event.text))  # as typed, never as Markdown
    if call.ended:
        if call.turns >= limits.CALL_MAX_TURNS:
            st.info(limits.turns_problem(call.turns))
        st.info("通话已结束，正在评分……")


def _voice_key(call: calls.ActiveCall) -> str:
    return f"drill_{call.mode}_{call.setup.seed}"


def _finished(user: User, call: calls.ActiveCall, record: CallRecord) -> None:
    """Score and store the call once (a rerun or a second tab cannot repeat it), then go on."""
    with st.spinner("考核结束，正在评分……" if call.exam else "正在评分……"):
        outcome = call.finish_once(lambda: _outcome(user, call, record))
    calls.end_call(user.username, call)
    if call.mode != "text":
        from ui import browser_voice

        browser_voice.forget(_voice_key(call))
    if outcome.error is not None:
        st.error(md_lines(outcome.error))
        if st.button("返回", key="call_outcome_back"):
            st.rerun()
        return
    if outcome.page is None:
        st.rerun()  # the next call of the assessment
    navigation.go(outcome.page, **outcome.params)


def _outcome(user: User, call: calls.ActiveCall, record: CallRecord) -> calls.Outcome:
    store, s = context.store(), call.setup
    try:
        if not call.exam:
            result = finish_practice(store, record, s.scenario, s.bot_url, call.started_at)
            if result.call_id is None:
                return calls.Outcome(error=f"成绩未能保存：{result.not_stored}")
            return calls.Outcome("results", {"call": str(result.call_id)})
        exam = calls.exam(user.username)
        exam.finished.append(assessment.ExamCall(record, s.scenario, call.started_at))
        if len(exam.finished) < len(exam.plan.scenario_ids):
            return calls.Outcome()
        attempt_id = assessment.finish(
            store, exam.plan, exam.finished, live.bot_url(store), actor=user.username
        )
        calls.end_exam(user.username, exam)
        return calls.Outcome("results", {"attempt": str(attempt_id)})
    except CallDrillError as e:
        what = "考核成绩" if call.exam else "成绩"
        return calls.Outcome(error=f"{what}未能保存：{e.message}")
