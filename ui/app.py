"""CallDrill web app: `streamlit run ui/app.py` (or `calldrill web`).

Every page is registered with the router so that its address always resolves; the menu shows only
the pages of the user's role, and each page checks the role itself (ui.context.require).
"""

from __future__ import annotations

import streamlit as st

from ui import context, navigation

st.set_page_config(page_title="CallDrill 话务实训", layout="wide")

router = st.navigation(
    [navigation.signin_page(), *(p for p, _ in navigation.pages().values())], position="hidden"
)
user = context.current_user()
with st.sidebar:
    st.markdown("### CallDrill 话务实训")
    if user is not None:
        st.caption(f"{user.display_name}（{user.username}，{user.role.label}）")
        for page, roles in navigation.pages().values():
            if user.role in roles:
                st.page_link(page)
        if st.button("退出登录", key="sign_out"):
            context.sign_out("您已退出登录。")
            st.switch_page(navigation.signin_page())
    context.sync_cookie()
router.run()
