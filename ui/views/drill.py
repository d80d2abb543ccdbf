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
from dataclasses import dataclass, field
from datetime import UTC, datetime

import streamlit as st

from calldrill import assessment, live
from calldrill.practice import finish_practice
from core.accounts import Role, User
from core.callrecord import CallRecord, Trainee, Utterance
from core.errors import CallDrillError
from core.scenario import Scenario, fill
from core.settings import data_dir
from ui import context, navigation
from ui.callsetup import CallSetup
from ui.textcall import BrowserTextCall

ROLES = (Role.TRAINEE,)
MODES = {
    "text": "文字（打字对话）",
    "voice": "语音（浏览器麦克风，全双工）",
    "push_to_talk": "按键说话（网络不支持实时语音时）",
}
_DRILL = "drill_call"
_EXAM = "drill_exam"


@dataclass
class ExamProgress:
    """An assessment attempt in progress: the stored attempt, its drawn calls, those finished."""

    plan: assessment.ExamPlan
    mode: str
    finished: list[assessment.ExamCall] = field(default_factory=list)
    """Each call with the scenario it was played with (scored with that one, even if the set
    was republished meanwhile)."""


@dataclass
class ActiveCall:
    setup: CallSetup
    mode: str
    exam: bool
    started_at: datetime
    text_call: BrowserTextCall | None = None


def page() -> None:
    user = context.require(*ROLES)
    st.title("练习与考核")
    active: ActiveCall | None = st.session_state.get(_DRILL)
    if active is not None:
        _play(user, active)
        return
    exam: ExamProgress | None = st.session_state.get(_EXAM)
    if exam is not None:
        _next_exam_call(user, exam)
        return
    practice_tab, exam_tab = st.tabs(["练习", "考核"])
    with practice_tab:
        _practice_chooser(user)
    with exam_tab:
        _exam_chooser(user)


# --- choosing -------------------------------------------------------------------------------------


def _work_id(user: User, key: str) -> str:
    default = (re.findall(r"\d+", user.trainee_id or "") or ["1"])[-1].lstrip("0") or "1"
    return st.text_input(
        "您的客服工号（接听时自报，例如“3号客服”里的 3）", value=default, key=key
    ).strip()


def _mode(key: str) -> str:
    return st.radio("方式", list(MODES), format_func=MODES.get, key=key, horizontal=True)


def _practice_chooser(user: User) -> None:
    scenarios = live.live_scenarios(context.store()).scenarios
    chosen = st.selectbox(
        "场景", scenarios, format_func=lambda s: f"{s.title}（{s.id}）", key="drill_scenario"
    )
    st.caption(f"类型：{chosen.kind}　及格线：{chosen.pass_mark:g} 分")
    mode = _mode("drill_mode")
    work_id = _work_id(user, "drill_work_id")
    if st.button("开始练习", type="primary", key="start_practice"):
        _start(user, chosen, mode, work_id, exam=False)


def _exam_chooser(user: User) -> None:
    store = context.store()
    allowed = context.guarded(lambda: assessment.allowance(store, user.trainee_id))
    if allowed is None:
        return
    calls = len(assessment.required_kinds(live.live_scenarios(context.store())))
    st.markdown(
        f"**{allowed.window} 考核期**：本期已考 **{allowed.used}** 次，最多 **{allowed.limit}** 次"
        "（中途离开的考核也算一次）。"
        f"一次考核包含 {calls} 通电话（每种类型一通），场景由系统抽取；"
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
        st.session_state[_EXAM] = ExamProgress(plan, mode)
        st.session_state["exam_work_id"] = work_id
        st.rerun()


def _start(user: User, scenario: Scenario, mode: str, work_id: str, *, exam: bool) -> None:
    if not work_id.isdigit():
        st.error("客服工号只能是数字，例如 3 或 1024。")
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
    call = ActiveCall(setup, mode, exam, started)
    if mode == "text":
        call.text_call = BrowserTextCall(setup)
    st.session_state[_DRILL] = call
    st.rerun()


def _next_exam_call(user: User, exam: ExamProgress) -> None:
    done, total = len(exam.finished), len(exam.plan.scenario_ids)
    if done == total:
        _store_attempt(user, exam)
        return
    st.subheader(f"考核：第 {done + 1} 通电话（共 {total} 通）")
    scenario = live.live_scenarios(context.store()).get(exam.plan.scenario_ids[done])
    st.caption("准备好后点击开始，电话会响起。请按公司接听规范接听。")
    if st.button("开始这通电话", type="primary", key=f"exam_call_{done}"):
        _start(user, scenario, exam.mode, st.session_state["exam_work_id"], exam=True)


# --- the call -------------------------------------------------------------------------------------


def _play(user: User, call: ActiveCall) -> None:
    s = call.setup
    st.subheader("考核通话" if call.exam else f"练习：{s.scenario.title}")
    if s.scenario.brief:
        st.info(fill(s.scenario.brief, s.facts))
    if call.mode == "text":
        record = _text_call(call.text_call)
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


def _text_call(call: BrowserTextCall) -> CallRecord | None:
    if call.error is not None:
        st.error(f"通话中断：{call.error.message}")
        if st.button("返回", key="call_error_back"):
            del st.session_state[_DRILL]
            st.rerun()
        return None
    if call.ringing:
        _ringing(call)
        return None
    _transcript(call)
    if call.ended:
        return call.record
    text = st.chat_input("您说……（回车发送）", key="call_say")
    cols = st.columns([1, 1, 4])
    hold_s = cols[2].number_input("保持多少秒", 5, 300, 30, step=5, key="call_hold_s")
    if cols[0].button("保持通话", key="call_hold", help="让客户稍等（客户会听到等待音乐）"):
        call.hold(float(hold_s))
        st.rerun()
    if cols[1].button("挂断", key="call_hangup"):
        call.hang_up()
        st.rerun()
    if text and text.strip():
        call.say(text)
        st.rerun()
    return None


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
        if not isinstance(event, Utterance):
            continue
        role = "assistant" if event.speaker == "customer" else "user"
        with st.chat_message(
            role, avatar=":material/call:" if role == "assistant" else ":material/headset_mic:"
        ):
            st.write(heard or event.text)
    if call.ended:
        st.info("通话已结束，正在评分……")


def _voice_key(call: ActiveCall) -> str:
    return f"drill_{call.mode}"


def _finished(user: User, call: ActiveCall, record: CallRecord) -> None:
    del st.session_state[_DRILL]
    st.session_state.pop(_voice_key(call), None)  # the next voice call starts afresh
    if call.exam:
        exam: ExamProgress = st.session_state[_EXAM]
        exam.finished.append(assessment.ExamCall(record, call.setup.scenario, call.started_at))
        st.rerun()
    s = call.setup
    with st.spinner("正在评分……"):
        try:
            result = finish_practice(
                context.store(), record, s.scenario, s.bot_url, call.started_at
            )
        except CallDrillError as e:
            st.error(f"成绩未能保存：{e.message}")
            return
    if result.call_id is None:
        st.error(f"成绩未能保存：{result.not_stored}")
        return
    navigation.go("results", call=str(result.call_id))


def _store_attempt(user: User, exam: ExamProgress) -> None:
    with st.spinner("考核结束，正在评分……"):
        try:
            attempt_id = assessment.finish(
                context.store(),
                exam.plan,
                exam.finished,
                live.bot_url(context.store()),
                actor=user.username,
            )
        except CallDrillError as e:
            st.error(f"考核成绩未能保存：{e.message}")
            return
    del st.session_state[_EXAM]
    navigation.go("results", attempt=str(attempt_id))
