"""Accounts (admin): create accounts, reset passwords, disable and enable. Every change is audited."""

from __future__ import annotations

import streamlit as st

from calldrill.roster import check_roster_size, import_roster, parse_roster
from core import limits
from core.accounts import Role, User
from core.errors import CallDrillError
from ui import context, navigation
from ui.plain import md, md_lines

ROLES = navigation.roles("users")
_CREATED = "users_created"


def page() -> None:
    admin = context.require(*ROLES)
    store = context.store()
    st.title("账号管理")
    created = st.session_state.pop(_CREATED, None)
    if created:
        st.success(created)
    users = store.accounts.all()
    st.table(
        [
            {
                "用户名": md(u.username),
                "姓名": md(u.display_name),
                "角色": u.role.label,
                "学员工号": md(u.trainee_id or ""),
                "状态": "启用" if u.active else "停用",
            }
            for u in users
        ],
        hide_index=True,
    )
    _add_account(admin, users)
    _roster_upload(admin)
    _edit_account(admin, users)


def _add_account(admin: User, users: list[User]) -> None:
    store = context.store()
    st.subheader("新建账号")
    trainees = {t.id: t for t in store.trainees.all()}
    linked = {u.trainee_id for u in users if u.trainee_id}
    with st.form("add_user", clear_on_submit=True):
        username = st.text_input(
            "用户名",
            help="英文字母、数字、点、下划线或连字符，例如 E1024",
            max_chars=limits.USERNAME_INPUT_MAX_CHARS,
        )
        name = st.text_input("姓名", max_chars=limits.DISPLAY_NAME_MAX_CHARS)
        role = st.selectbox("角色", list(Role), format_func=lambda r: r.label)
        free = [tid for tid in trainees if tid not in linked]
        trainee_id = st.selectbox(
            "关联学员（仅学员账号）",
            [None, *free],
            format_func=lambda tid: "—" if tid is None else f"{tid} {trainees[tid].name}",
        )
        password = st.text_input(
            "初始密码（至少 8 个字符）", type="password", max_chars=limits.PASSWORD_MAX_CHARS
        )
        if st.form_submit_button("创建", type="primary"):
            created = context.guarded(
                lambda: store.accounts.add(
                    username.strip(),
                    name,
                    role,
                    password,
                    actor=admin.username,
                    trainee_id=trainee_id if role is Role.TRAINEE else None,
                )
            )
            if created is not None:  # the table above shows it at once
                st.session_state[_CREATED] = f"已创建账号 {created.username}。"
                st.rerun()


def _edit_account(admin: User, users: list[User]) -> None:
    store = context.store()
    st.subheader("修改账号")
    if not users:
        return
    target = st.selectbox("账号", [u.username for u in users], key="edit_user")
    chosen = next(u for u in users if u.username == target)
    col1, col2 = st.columns(2)
    with col1, st.form("reset_password", clear_on_submit=True):
        new_password = st.text_input("新密码", type="password", max_chars=limits.PASSWORD_MAX_CHARS)
        if st.form_submit_button("重设密码"):
            context.guarded(
                lambda: store.accounts.update(target, actor=admin.username, password=new_password),
                success=f"已重设 {target} 的密码。",
            )
    with col2:
        if chosen.username == admin.username:
            st.caption("不能停用自己的账号。")
        elif chosen.active and st.button("停用账号", key="disable_user"):
            store.accounts.update(target, actor=admin.username, active=False)
            st.rerun()
        elif not chosen.active and st.button("重新启用", key="enable_user"):
            store.accounts.update(target, actor=admin.username, active=True)
            st.rerun()


def _roster_upload(admin: User) -> None:
    """The roster, as `calldrill cert import-trainees` takes it; a file with any bad row changes nothing."""
    st.subheader("导入学员名单")
    st.caption(
        "UTF-8 编码的 CSV，表头为 id,name,team（工号、姓名、班组）。已有的工号会更新姓名和班组。"
    )
    with st.form("roster"):  # the file and the click reach the server together
        upload = st.file_uploader("学员名单 CSV", type=["csv"], key="roster_upload")
        submitted = st.form_submit_button("导入")
    if not submitted:
        return
    if upload is None:
        st.error("请先选择要导入的 CSV 文件。")
        return
    try:
        check_roster_size(upload.size, upload.name)
        good, problems = parse_roster(upload.getvalue(), upload.name)
    except CallDrillError as e:
        st.error(f"没有导入任何学员：{md_lines(e.message)}")
        return
    if problems:
        st.error(
            f"没有导入任何学员：{len(problems)} 行有错误，请改正后重新上传整个文件。\n\n"
            + "\n".join(f"- {md(p)}" for p in problems)
        )
        return
    store = context.store()
    change = context.guarded(
        lambda: import_roster(store, good, actor=admin.username, source=upload.name)
    )
    if change is not None:
        st.success(
            f"已导入 {change.loaded} 名学员（新增 {change.added}，更新 {change.updated}，"
            f"未变 {change.unchanged}）。"
        )
