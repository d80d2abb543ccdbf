"""Sign-in, roles and sessions in a real browser against the running app."""

from __future__ import annotations

import pytest
from webapp import session_cookie_set, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.rasa]


def test_wrong_password_is_refused_and_logged(web_app, page):
    sign_in(page, web_app, "hr", "not-the-password")
    page.get_by_text("用户名或密码不对，或者账号已停用。").wait_for()
    assert page.get_by_role("link", name="认证看板").count() == 0

    from storage import Store

    with Store.open(web_app.database_url) as store:
        assert store.audit.entries(actor="hr")[0].action == "sign_in.failed"


def test_admin_lands_on_a_page_of_their_role(web_app, page):
    sign_in(page, web_app, "admin")
    page.get_by_role("heading", name="账号管理").wait_for()
    page.get_by_role("link", name="审计日志").wait_for()
    assert page.get_by_role("link", name="练习与考核").count() == 0


def test_trainee_typing_an_hr_address_is_told_no(web_app, page):
    sign_in(page, web_app, "E1002")
    page.get_by_role("link", name="练习与考核").wait_for()
    session_cookie_set(page)
    page.goto(f"{web_app.url}/dashboard")  # typed into the address bar: a reload, still signed in
    page.get_by_text(
        "您没有权限打开这个页面：它只对HR、管理员开放，您当前的身份是学员。"
    ).wait_for()
    assert page.get_by_role("heading", name="认证看板").count() == 0

    from storage import Store

    with Store.open(web_app.database_url) as store:
        denied = store.audit.entries(actor="E1002")[0]
    assert (denied.action, denied.target) == ("page.denied", f"{web_app.url}/dashboard")


def test_page_without_sign_in_asks_to_sign_in(web_app, page):
    page.goto(f"{web_app.url}/users")
    page.get_by_text("请先登录。").wait_for()
    assert page.get_by_role("heading", name="账号管理").count() == 0


def test_an_idle_session_expires_and_asks_to_sign_in_again(tmp_path, chromium, rasa_url):
    from webapp import WebApp, shot

    app = WebApp.start(
        tmp_path / "short",
        env={"CALLDRILL_SESSION_MINUTES": "0.05", "CALLDRILL_RASA_URL": rasa_url},
    )
    context = chromium.new_context(locale="zh-CN")
    page = context.new_page()
    try:
        sign_in(page, app, "hr")
        page.get_by_role("link", name="认证看板").wait_for()
        session_cookie_set(page)
        page.wait_for_timeout(4_000)  # idle longer than 3 s
        page.goto(f"{app.url}/dashboard")
        page.get_by_text("登录已过期（长时间没有操作），请重新登录。").wait_for()
        assert page.get_by_role("link", name="认证看板").count() == 0
        shot(page, "session_expired")
    finally:
        context.close()
        app.stop()


def test_signing_out_ends_the_session_for_good(web_app, page):
    sign_in(page, web_app, "trainer")
    page.get_by_role("button", name="退出登录").click()
    page.get_by_text("您已退出登录。").wait_for()
    page.goto(f"{web_app.url}/library")  # the old cookie, if any, no longer works
    page.get_by_text("请先登录。").wait_for()
