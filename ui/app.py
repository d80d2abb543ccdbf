"""CallDrill web app: `streamlit run ui/app.py` (or `calldrill web`).

Every page is registered with the router so that its address always resolves; the menu shows only
the pages of the user's role, and each page checks the role itself (ui.context.require).
"""

from __future__ import annotations

import logging

import streamlit as st

from core.errors import CallDrillError
from ui import context, navigation
from ui.plain import md, md_lines

log = logging.getLogger("calldrill.ui")

st.set_page_config(page_title="CallDrill 话务实训", layout="wide")

router = st.navigation(
    [navigation.signin_page(), *(p for p, _ in navigation.pages().values())], position="hidden"
)
user = context.current_user()
with st.sidebar:
    st.markdown("### CallDrill 话务实训")
    if user is not None:
        st.caption(f"{md(user.display_name)}（{md(user.username)}，{user.role.label}）")
        for page, roles in navigation.pages().values():
            if user.role in roles:
                st.page_link(page)
        if st.button("退出登录", key="sign_out"):
            context.sign_out("您已退出登录。")
            st.switch_page(navigation.signin_page())
    context.sync_cookie()
try:
    router.run()
except CallDrillError as e:  # a library error that a page did not handle itself
    st.error(md_lines(e.message))
except Exception:
    log.exception("page %s failed", st.context.url)
    st.error("页面出错了，错误已记录在服务器日志中。请刷新页面重试；反复出现请联系管理员。")
