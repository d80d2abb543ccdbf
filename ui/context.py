"""What every page needs: the store, the signed-in user, the role guard and the audit log.

A sign-in is a session row in the database whose token the browser keeps in a cookie, so a reload
or a typed address stays signed in, and any app replica can serve it. It expires after
CALLDRILL_SESSION_MINUTES (default 30) without activity. Roles are enforced here, on the server,
for every page: the menu only shows what a role may open, and a page opened by its address runs
`require()` first and stops with a message when the user may not see it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import streamlit as st

from core.accounts import Role, SessionExpired, User
from core.errors import CallDrillError
from core.settings import settings
from storage import Store

COOKIE = "calldrill_session"
_USER = "calldrill_user"
_TOKEN = "calldrill_token"
_NOTICE = "calldrill_notice"


@st.cache_resource
def store() -> Store:
    """One store per app process (SQLite by default, PostgreSQL by CALLDRILL_DATABASE_URL)."""
    return Store.open()


def session_idle() -> timedelta:
    return timedelta(minutes=settings().session_minutes)


def sign_in(user: User) -> None:
    st.session_state[_USER] = user
    st.session_state[_TOKEN] = store().accounts.start_session(user.username)


def sign_out(notice: str | None = None) -> None:
    token = st.session_state.get(_TOKEN)
    if token:
        store().accounts.end_session(token)
    _forget(notice)


def _forget(notice: str | None) -> None:
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.session_state[_TOKEN] = ""  # the browser's cookie is cleared by sync_cookie()
    if notice:
        st.session_state[_NOTICE] = notice


def take_notice() -> str | None:
    return st.session_state.pop(_NOTICE, None)


def current_user() -> User | None:
    """The signed-in user, or None; an idle sign-in expires, and a disabled account is signed out."""
    token = st.session_state.get(_TOKEN)
    if token is None:
        token = _cookie()
    if not token:
        return None
    try:
        user = store().accounts.resume_session(token, session_idle())
    except SessionExpired as e:
        _forget(e.message)
        return None
    if user is None:
        _forget(None)
        return None
    st.session_state[_USER] = user
    st.session_state[_TOKEN] = token
    return user


def _cookie() -> str:
    """The session cookie of the browser's request ("" when none; AppTest has no browser)."""
    value = st.context.cookies.get(COOKIE)
    return value if isinstance(value, str) else ""


def sync_cookie() -> None:
    """Make the browser's session cookie match this session (set after sign-in, cleared after sign-out)."""
    token = st.session_state.get(_TOKEN)
    if token is None or token == _cookie():
        return
    value = f"{COOKIE}={token}; path=/; SameSite=Strict" + ("" if token else "; max-age=0")
    st.html(
        f"<script>document.cookie = {json.dumps(value)};</script>", unsafe_allow_javascript=True
    )


def require(*roles: Role) -> User:
    """The user, when signed in with one of `roles`; otherwise a message and the page stops."""
    user = current_user()
    if user is None:
        from ui.navigation import signin_page

        st.warning(take_notice() or "请先登录。")
        st.page_link(signin_page(), label="去登录")
        st.stop()
    if user.role not in roles:
        allowed = "、".join(r.label for r in roles)
        store().audit.record(user.username, "page.denied", _page_name(), {"role": user.role.value})
        st.error(f"您没有权限打开这个页面：它只对{allowed}开放，您当前的身份是{user.role.label}。")
        st.stop()
    return user


def _page_name() -> str:
    return st.context.url or "?"


def guarded(action: Callable[[], object], success: str | None = None) -> object | None:
    """Run a user action; a CallDrillError is shown as its message and nothing else happens."""
    try:
        result = action()
    except CallDrillError as e:
        st.error(e.message)
        return None
    if success:
        st.success(success)
    return result
