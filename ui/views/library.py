"""Scenario library (trainer, admin): the live set, the YAML editor, a text preview and publishing."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime

import streamlit as st
from streamlit_ace import st_ace

from calldrill import live, publish, voices
from calldrill.flow import flow_dot
from calldrill.library import Problem, problems
from core import limits
from core.accounts import User
from core.acts import ACT_LABELS
from core.errors import CallDrillError, ScenarioError
from core.scenario import Scenario, ScenarioSet, check_scenario_size
from nlu.client import BotClient
from storage import Publication, Store
from ui import context, navigation
from ui.plain import md, md_lines

ROLES = navigation.roles("library")
NEW_FILE = "（新建场景文件）"
CONTEXT_LINES = 2
_PREVIEW = "library_preview"
_SEEN_TRAINING = "library_seen_training"
_SAVED = "library_saved"
_EDITOR = "library_yaml_"
_PROBLEMS = "library_problems"


def page() -> None:
    user = context.require(*ROLES)
    store = context.store()
    st.title("场景库")
    current = live.live_set(store)
    pending = {d.filename for d in publish.pending_drafts(store, current)}
    tabs = st.tabs(["场景列表", "编辑", "流程图", "试聊", "发布"])
    listing, editor, diagram, preview, publishing = tabs
    with listing:
        _listing(current.scenarios.scenarios, pending)
    with editor:
        _editor(store, user, current)
    with diagram:
        _diagram(store)
    with preview:
        _preview(store)
    with publishing:
        _publishing(store, user)


# --- list -----------------------------------------------------------------------------------------


def _filename(s: Scenario) -> str:
    return s.source.rsplit("/", 1)[-1]


def _matches(s: Scenario, words: str) -> bool:
    haystack = " ".join((s.id, s.title, s.kind, s.brief, _filename(s))).lower()
    return all(w in haystack for w in words.lower().split())


def _listing(scenarios: tuple[Scenario, ...], pending: set[str]) -> None:
    kinds = sorted({s.kind for s in scenarios})
    col1, col2 = st.columns([1, 2])
    kind = col1.selectbox("类型", ["全部", *kinds])
    words = col2.text_input("搜索（编号、标题、简介）")
    shown = [
        s for s in scenarios if (kind == "全部" or s.kind == kind) and _matches(s, words.strip())
    ]
    if not shown:
        st.info("没有符合条件的场景。")
        return
    st.table(
        [
            {
                "文件": md(_filename(s)),
                "标题": md(s.title),
                "类型": md(s.kind),
                "版本": s.version,
                "节点数": len(s.nodes),
                "状态": "有待发布的草稿" if _filename(s) in pending else "已发布",
            }
            for s in shown
        ],
        hide_index=True,
    )
    st.caption(f"共 {len(shown)} 个场景。")


# --- editor ---------------------------------------------------------------------------------------


def _editor(store: Store, user: User, current: live.LiveSet) -> None:
    files = publish.draft_files(store, current)
    choice = st.selectbox("场景文件", [*sorted(files), NEW_FILE])
    if choice == NEW_FILE:
        filename = st.text_input("新文件名", placeholder="late_delivery.yaml").strip()
        initial = ""
    else:
        filename, initial = choice, files[choice]
    saved = st.session_state.pop(_SAVED, None)
    if saved:
        st.success(saved)
    found, checked = st.session_state.get(_PROBLEMS, {}).get(filename, ([], ""))
    st.caption("YAML（行号在左侧；保存时发现的错误标在出错的行上）")
    text = st_ace(
        value=initial,
        language="yaml",
        theme="chrome",
        font_size=14,
        tab_size=2,
        min_lines=30,
        max_lines=40,
        show_gutter=True,
        auto_update=True,
        annotations=[
            {"row": p.line - 1, "column": 0, "type": "error", "text": p.message}
            for p in found
            if p.line is not None
        ],
        key=f"{_EDITOR}{choice}",
    )
    if found:
        st.error("场景有错误，草稿没有保存。请改正后再保存（错误也标在编辑器左侧的行号上）：")
        for problem in found:
            _show_problem(problem, filename, checked)
    save, discard = st.columns([1, 1])
    if save.button("校验并保存草稿", type="primary"):
        _save(store, user, filename, text)
    if choice != NEW_FILE and discard.button("放弃这个文件的草稿", key="discard_draft"):
        context.guarded(lambda: publish.discard_draft(store, filename, author=user.username))
        st.session_state[_SAVED] = f"已放弃 {filename} 的草稿，恢复为已发布的版本。"
        _forget_editor()
        st.rerun()


def _save(store: Store, user: User, filename: str, text: str) -> None:
    try:
        check_scenario_size(len(text.encode("utf-8")), filename or "（新文件）")
        draft = publish.save_draft(store, filename, text, author=user.username)
    except ScenarioError as e:  # shown again with the editor, marked at their lines
        st.session_state.setdefault(_PROBLEMS, {})[filename] = (problems(e), text)
        st.rerun()
    except CallDrillError as e:
        st.error(md_lines(e.message))
        return
    st.session_state.get(_PROBLEMS, {}).pop(filename, None)
    st.session_state[_SAVED] = (
        f"已保存草稿：{draft.filename}（草稿 {draft.id}）。发布后才会用于练习和考核。"
    )
    st.rerun()  # the list and the publishing tab show the new draft


def _forget_editor() -> None:
    """Editors show the files as stored again (after a discard or a publish)."""
    for key in [k for k in st.session_state if str(k).startswith(_EDITOR)]:
        del st.session_state[key]
    st.session_state.pop(_PROBLEMS, None)


def _show_problem(problem: Problem, filename: str, text: str) -> None:
    """The message, and for the edited file the offending line quoted with a little context."""
    st.error(md(problem.message))  # it quotes what the trainer wrote: shown as written
    if problem.filename != filename or problem.line is None:
        return
    lines = text.splitlines()
    first = max(1, problem.line - CONTEXT_LINES)
    last = min(len(lines), problem.line + CONTEXT_LINES)
    quoted = [
        f"{'▶' if n == problem.line else ' '} {n:>3} | {lines[n - 1]}"
        for n in range(first, last + 1)
    ]
    st.code("\n".join(quoted), language=None)


# --- flow diagram ---------------------------------------------------------------------------------


def _version_set(store: Store, key: str) -> tuple[str, ScenarioSet | None]:
    version = st.radio("版本", ["已发布版本", "草稿版本"], horizontal=True, key=key)
    try:
        if version == "已发布版本":
            return version, live.live_scenarios(store)
        return version, publish.draft_set(store)
    except ScenarioError as e:
        st.error(md_lines(e.message))
        return version, None


def _diagram(store: Store) -> None:
    _, scenarios = _version_set(store, "diagram_version")
    if scenarios is None:
        return
    chosen = st.selectbox(
        "场景", scenarios.scenarios, format_func=lambda s: s.title, key="diagram_scenario"
    )
    st.caption(
        "方框是客户说的话（每个节点的第一句），箭头是学员的行为；虚线：其他任何说法。"
        "绿色：客户满意地结束通话；红色：客户生气挂断或放弃；红色箭头：禁止行为。"
    )
    st.graphviz_chart(flow_dot(chosen), use_container_width=True)


# --- preview --------------------------------------------------------------------------------------


def _preview(store: Store) -> None:
    version, scenarios = _version_set(store, "preview_version")
    if scenarios is None:
        return
    chosen = st.selectbox(
        "试聊场景",
        scenarios.scenarios,
        format_func=lambda s: f"{s.title}（{s.id}，第 {s.version} 版）",
    )
    state = st.session_state.get(_PREVIEW)
    if state and state.get("version") != version:  # another version: another conversation
        state = st.session_state[_PREVIEW] = None
    if st.button("开始试聊"):
        with st.spinner("正在准备客户机器人（草稿首次试聊需要训练，约半分钟）……"):
            url = context.guarded(
                lambda: (
                    live.bot_url(context.store())
                    if version == "已发布版本"
                    else live.preview_url(store, scenarios)
                )
            )
        if url is None:
            return
        state = _start_preview(str(url), chosen, version)
    if not state or state["scenario"] != chosen.id:
        st.caption("试聊用文字进行：您扮演接线员，客户机器人按场景回应。")
        return
    _chat(state)


def _start_preview(url: str, scenario: Scenario, version: str) -> dict:
    facts = scenario.draw_facts(random.Random())
    conversation = f"preview-{uuid.uuid4().hex}"
    client = BotClient(url)
    try:
        client.start_call(conversation, scenario.id, facts)
    finally:
        client.close()
    state = {
        "url": url,
        "version": version,
        "scenario": scenario.id,
        "conversation": conversation,
        "lines": [],
    }
    st.session_state[_PREVIEW] = state
    return state


def _chat(state: dict) -> None:
    """The conversation so far, each caller turn with the act it reacted to and where it is now."""
    for speaker, text, detail in state["lines"]:
        with st.chat_message("user" if speaker == "trainee" else "assistant"):
            st.text(text)
            if detail:
                st.caption(md(detail))
    # The preview bot is shared too: Streamlit cuts a longer value (from a hostile client) here.
    said = st.chat_input("您说……", max_chars=limits.UTTERANCE_MAX_CHARS)
    if not said:
        return
    client = BotClient(state["url"])
    try:
        turn = context.guarded(lambda: client.say(state["conversation"], said))
    finally:
        client.close()
    if turn is None:
        return
    acts = "、".join(ACT_LABELS.get(a, a) for a in turn.acts) or "（没有识别出行为）"
    reacted = ACT_LABELS.get(turn.intent, turn.intent) if turn.intent else "—"
    state["lines"].append(("trainee", said, f"识别出的行为：{acts}；客户回应的是：{reacted}"))
    for line in turn.lines:
        state["lines"].append(
            ("customer", line.text, f"当前节点：{line.node}" if line.node else "")
        )
        if line.hangup:
            state["lines"].append(("customer", "（客户挂断了电话）", ""))
    st.rerun()


# --- publishing -----------------------------------------------------------------------------------


def _publishing(store: Store, user: User) -> None:
    changes = publish.changes(store)
    if not changes:
        st.caption("没有待发布的修改。")
    else:
        st.markdown("**待发布的修改**（与正在使用的版本相比）")
        for change in changes:
            with st.expander(f"{change.kind}：{change.filename}"):
                st.code(change.diff or "（内容相同）", language="diff")
        sure = st.checkbox(
            f"我已核对以上 {len(changes)} 个文件的修改，确认发布（训练约半分钟，成功后练习和考核才换用新版本）",
            key="publish_sure",
        )
        if st.button("发布新版本", type="primary", disabled=not sure):
            context.guarded(lambda: publish.publish(store, actor=user.username))
    _rollback(store, user)
    _status()


def _rollback(store: Store, user: User) -> None:
    """Publish an earlier version again: for a change that went wrong."""
    current = live.live_set(store).publication
    if current is None:
        return  # the initial set is live: nothing earlier
    earlier: list[Publication | None] = [
        p for p in store.library.publications(limit=50) if p.status == "live" and p.id != current.id
    ]
    earlier.append(None)  # the initial set, from the repository

    def label(p: Publication | None) -> str:
        if p is None:
            return "初始版本（代码库中的场景）"
        return f"发布 #{p.id}（{p.actor}，{p.created_at.astimezone():%Y-%m-%d %H:%M}）"

    with st.expander("回滚到以前的版本"):
        chosen = st.selectbox("回滚到", earlier, format_func=label, key="rollback_to")
        sure = st.checkbox(f"确认用“{md(label(chosen))}”的场景重新发布", key="rollback_sure")
        if st.button("回滚", disabled=not sure, key="rollback"):
            target = None if chosen is None else chosen.id
            context.guarded(lambda: publish.rollback(store, target, actor=user.username))


@st.fragment(run_every=2)
def _status() -> None:
    publications = context.store().library.publications(limit=5)
    if not publications:
        st.caption("还没有从这里发布过场景；正在使用代码库中的场景。")
        return
    newest = publications[0]
    if newest.status == "training":
        elapsed = (datetime.now(UTC) - newest.created_at).total_seconds()
        share = min(elapsed / publish.EXPECTED_TRAINING.total_seconds(), 0.95)
        st.progress(share, text=f"发布 #{newest.id}：正在训练客户机器人……已用 {elapsed:.0f} 秒")
        st.session_state[_SEEN_TRAINING] = newest.id
        return
    if st.session_state.pop(_SEEN_TRAINING, None) == newest.id:
        _forget_editor()
        st.rerun(scope="app")  # the list and the editor show the new live set
    if newest.status == "live":
        st.progress(1.0, text=f"发布 #{newest.id}：训练完成")
        st.success(f"发布 #{newest.id} 已上线：新的练习和考核使用这一版场景。")
        _voice_progress(live.live_scenarios(context.store()))
    else:
        st.error(f"发布 #{newest.id} 训练失败，当前运行的版本没有改变。")
        st.code(newest.message, language=None)
    st.table([_publication_row(p) for p in publications], hide_index=True)


def _voice_progress(scenarios: ScenarioSet) -> None:
    """The customer's voice for every line, made ahead so no call waits for it."""
    job = voices.prepare_in_background(scenarios)
    if job is None:
        st.caption("客户语音在通话需要时再合成（CALLDRILL_VOICES_AHEAD=off）。")
    elif job.finished or job.error:
        st.caption(job.summary())
    else:
        st.progress(job.done / max(job.total, 1), text=job.summary())


def _publication_row(p: Publication) -> dict:
    words = {"training": "训练中", "live": "已上线", "failed": "失败"}
    return {
        "发布": f"#{p.id}",
        "状态": words[p.status],
        "发布人": md(p.actor),
        "时间": p.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        "文件数": len(p.files),
    }
