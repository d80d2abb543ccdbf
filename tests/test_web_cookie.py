"""The sign-in cookie as `calldrill web` serves it (ui/server.py), in a real browser: HttpOnly and
SameSite=Strict, so no script in the page can read it; a reload stays signed in; sign-out clears it."""

from __future__ import annotations

import time

import httpx
import pytest
from webapp import REPO, WebApp, sign_in, sign_out

pytestmark = [pytest.mark.browser]

SERVER = REPO / "ui" / "server.py"


def _session_cookie(context) -> dict | None:
    return next((c for c in context.cookies() if c["name"] == "calldrill_session"), None)


def _until(check, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    return check()


@pytest.fixture(scope="module")
def server_app(tmp_path_factory):
    app = WebApp.start(tmp_path_factory.mktemp("server"), script=SERVER)
    yield app
    app.stop()


def test_the_session_cookie_is_http_only_strict_and_cleared_on_sign_out(server_app, chromium):
    context = chromium.new_context(locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        sign_in(page, server_app, "hr")
        page.get_by_role("heading", name="认证看板").wait_for()
        cookie = _until(lambda: _session_cookie(context))
        assert cookie is not None
        assert (cookie["httpOnly"], cookie["sameSite"], cookie["path"]) == (True, "Strict", "/")
        assert cookie["expires"] == -1  # ends with the browser; the server ends it sooner
        assert "calldrill_session" not in page.evaluate("document.cookie")

        page.goto(f"{server_app.url}/dashboard")  # a reload: signed in by the cookie alone
        page.get_by_role("heading", name="认证看板").wait_for()

        sign_out(page)
        assert _until(lambda: _session_cookie(context) is None)
        page.goto(f"{server_app.url}/dashboard")
        page.get_by_text("请先登录。").wait_for()
    finally:
        context.close()


def test_the_cookie_route_takes_requests_from_the_apps_own_pages_only(server_app):
    route = f"{server_app.url}/_calldrill/session"
    token = "x" * 43
    own = httpx.post(route, content=token, headers={"Origin": server_app.url})
    assert own.status_code == 204
    assert "HttpOnly" in own.headers["set-cookie"]
    assert "SameSite=strict" in own.headers["set-cookie"]
    other = httpx.post(route, content=token, headers={"Origin": "http://evil.example"})
    assert (other.status_code, other.text) == (403, "只接受本站页面的请求。")
    assert "set-cookie" not in other.headers
    none = httpx.post(route, content=token)
    assert none.status_code == 403
    junk = httpx.post(route, content="<script>", headers={"Origin": server_app.url})
    assert (junk.status_code, junk.text) == (400, "不是登录凭据。")
    big = httpx.post(route, content="a" * 10_000, headers={"Origin": server_app.url})
    assert big.status_code == 413
