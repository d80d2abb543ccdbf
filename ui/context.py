"""What every page needs: the store, the signed-in user, the role guard and the audit log.

A sign-in is a session row in the database whose token the browser keeps in a cookie, so a reload
or a typed address stays signed in, and any app replica can serve it. It expires after
CALLDRILL_SESSION_MINUTES (default 30) without activity, and CALLDRILL_SESSION_MAX_HOURS (default
12) after it began; every sign-in gets a new token. Served by `calldrill web` (ui/server.py) the
cookie is set by the server, HttpOnly and SameSite=Strict, so no script in the page can read it;
a page script cannot set an HttpOnly cookie, so the page asks the server's cookie route to set it
(see `sync_cookie`). Run bare (`streamlit run ui/app.py`) there is no such route and the page sets
the cookie itself (SameSite=Strict, readable by scripts). Roles are enforced here, on the server,
for every page: the menu only shows what a role may open, and a page opened by its address runs
`require()` first and stops with a message when the user may not see it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

import streamlit as st

from core.accounts import Role, SessionExpired, User
from core.errors import CallDrillError
from core.settings import settings
from ui.plain import md_lines

if TYPE_CHECKING:
    from storage import Store

COOKIE = "calldrill_session"
COOKIE_ROUTE = "/_calldrill/session"
"""Where the page sends the token for the server to set it as an HttpOnly cookie (ui/server.py)."""
_server_sets_cookie = False
_USER = "calldrill_user"
_TOKEN = "calldrill_token"
_NOTICE = "calldrill_notice"


@st.cache_resource
def store() -> Store:
    """One store per app process (SQLite by default, PostgreSQL by CALLDRILL_DATABASE_URL).

    The database libraries are imported here, not with this module: the sign-in page of a cold
    start does not need them (signing in opens the store; ui.navigation.preload imports them
    while the user types)."""
    from storage import Store

    return Store.open()


def session_idle() -> timedelta:
    return timedelta(minutes=settings().session_minutes)


def session_lifetime() -> timedelta:
    return timedelta(hours=settings().session_max_hours)


def serve_cookie_route() -> None:
    """Called by ui/server.py, which serves COOKIE_ROUTE: the cookie is set there, HttpOnly."""
    global _server_sets_cookie
    _server_sets_cookie = True


def client_id() -> str:
    """Where a sign-in comes from, for throttling: the browser's address, else this session.

    Streamlit gives no address for a connection from the same machine (or in AppTest); such a
    client is known by its browser session.
    """
    address = st.context.ip_address
    if isinstance(address, str) and address:  # AppTest gives a stand-in object
        return address
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return f"session:{ctx.session_id}" if ctx is not None else "local"


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
        user = store().accounts.resume_session(token, session_idle(), session_lifetime())
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
    """Make the browser's session cookie match this session (set after sign-in, cleared after sign-out).

    With the server's cookie route (ui/server.py) the page posts the token there and the response
    sets the cookie HttpOnly; without it the page sets the cookie itself.
    """
    token = st.session_state.get(_TOKEN)
    if token is None or token == _cookie():
        return
    if _server_sets_cookie:
        script = (
            f"fetch({json.dumps(COOKIE_ROUTE)}, {{method: 'POST', credentials: 'same-origin', "
            f"headers: {{'Content-Type': 'text/plain'}}, body: {json.dumps(token)}}});"
        )
    else:
        value = f"{COOKIE}={token}; path=/; SameSite=Strict" + ("" if token else "; max-age=0")
        script = f"document.cookie = {json.dumps(value)};"
    st.html(f"<script>{script}</script>", unsafe_allow_javascript=True)


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
        st.error(md_lines(e.message))  # messages quote what was typed: shown as typed
        return None
    if success:
        st.success(success)
    return result
