"""Accounts (admin): create accounts, reset passwords, disable and enable. Every change is audited."""

from __future__ import annotations

import streamlit as st

from scoring.accounts import Role
from ui import context

ROLES = (Role.ADMIN,)


def page() -> None:
    admin = context.require(*ROLES)
    store = context.store()
    st.title("账号管理")
    users = store.users()
    st.dataframe(
        [
            {
                "用户名": u.username,
                "姓名": u.display_name,
                "角色": u.role.label,
                "学员工号": u.trainee_id or "",
                "状态": "启用" if u.active else "停用",
            }
            for u in users
        ],
        hide_index=True,
        use_container_width=True,
    )

    st.subheader("新建账号")
    trainees = {t.id: t for t in store.trainees()}
    linked = {u.trainee_id for u in users if u.trainee_id}
    with st.form("add_user", clear_on_submit=True):
        username = st.text_input("用户名", help="英文字母、数字、点、下划线或连字符，例如 E1024")
        name = st.text_input("姓名")
        role = st.selectbox("角色", list(Role), format_func=lambda r: r.label)
        free = [tid for tid in trainees if tid not in linked]
        trainee_id = st.selectbox(
            "关联学员（仅学员账号）",
            [None, *free],
            format_func=lambda tid: "—" if tid is None else f"{tid} {trainees[tid].name}",
        )
        password = st.text_input("初始密码（至少 8 个字符）", type="password")
        if st.form_submit_button("创建", type="primary"):
            context.guarded(
                lambda: store.add_user(
                    username.strip(),
                    name,
                    role,
                    password,
                    actor=admin.username,
                    trainee_id=trainee_id if role is Role.TRAINEE else None,
                ),
                success=f"已创建账号 {username.strip()}。",
            )

    st.subheader("修改账号")
    if not users:
        return
    target = st.selectbox("账号", [u.username for u in users], key="edit_user")
    chosen = next(u for u in users if u.username == target)
    col1, col2 = st.columns(2)
    with col1, st.form("reset_password", clear_on_submit=True):
        new_password = st.text_input("新密码", type="password")
        if st.form_submit_button("重设密码"):
            context.guarded(
                lambda: store.update_user(target, actor=admin.username, password=new_password),
                success=f"已重设 {target} 的密码。",
            )
    with col2:
        if chosen.username == admin.username:
            st.caption("不能停用自己的账号。")
        elif chosen.active and st.button("停用账号", key="disable_user"):
            store.update_user(target, actor=admin.username, active=False)
            st.rerun()
        elif not chosen.active and st.button("重新启用", key="enable_user"):
            store.update_user(target, actor=admin.username, active=True)
            st.rerun()
