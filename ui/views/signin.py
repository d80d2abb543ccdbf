"""Sign-in: the first page for everyone."""

from __future__ import annotations

import streamlit as st

from core import limits
from core.accounts import SignInFailed
from ui import context
from ui.plain import md

ROLES = ()


def page() -> None:
    from ui.navigation import home_for, preload

    user = context.current_user()
    if user is not None:
        st.switch_page(home_for(user.role))
    st.title("CallDrill 话务实训")
    st.caption("电话接听规范角色扮演训练：练习、考核与认证")
    notice = context.take_notice()
    if notice:
        st.info(notice)
    with st.form("sign_in"):
        username = st.text_input("用户名", max_chars=limits.USERNAME_INPUT_MAX_CHARS)
        password = st.text_input("密码", type="password", max_chars=limits.PASSWORD_MAX_CHARS)
        submitted = st.form_submit_button("登录", type="primary")
    preload()  # the other pages' code, while the user types
    if submitted:
        try:
            user = context.store().accounts.sign_in(username.strip(), password, context.client_id())
        except SignInFailed as e:  # the message may quote the name typed: shown as typed
            st.error(md(e.message))
            return
        context.sign_in(user)
        st.switch_page(home_for(user.role))
