"""Page logic with Streamlit's AppTest (no browser): sign-in, landing pages, the drill page."""

from __future__ import annotations

from datetime import datetime

import pytest
from commandline import calldrill
from streamlit.testing.v1 import AppTest
from webapp import PASSWORD, seed_accounts

from calldrill.webapp import APP
from scoring import certification as cert
from ui import calls


@pytest.fixture
def app(tmp_path, monkeypatch) -> AppTest:
    url = f"sqlite:///{tmp_path / 'calldrill.db'}"
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path))
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", url)
    seed_accounts(url)
    from ui import context

    context.store.clear()  # the store is cached per process: this test's database
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.run()
    return at


def sign_in(at: AppTest, username: str, password: str = PASSWORD) -> AppTest:
    at.text_input[0].input(username)
    at.text_input[1].input(password)
    at.button[0].click()
    return at.run()


def test_wrong_password_shows_the_message_and_signs_nobody_in(app):
    sign_in(app, "hr", "wrong-password")
    assert [e.value for e in app.error] == [
        "用户名或密码不对，或者账号已停用。请重新输入；忘记密码请找管理员重设。"
    ]
    assert "calldrill_user" not in app.session_state
    assert [t.value for t in app.title] == ["CallDrill 话务实训"]


@pytest.mark.parametrize(
    ("username", "landing"),
    [("E1001", "练习与考核"), ("hr", "认证看板"), ("admin", "账号管理"), ("trainer", "场景库")],
)
def test_each_role_lands_on_its_own_page(app, username, landing):
    sign_in(app, username)
    assert not app.exception
    assert app.title[0].value == landing


def test_the_drill_page_offers_every_scenario_and_shows_the_attempts(app):
    sign_in(app, "E1001")
    assert [o for o in app.selectbox(key="drill_scenario").options] == [
        "找经理的客户",
        "地板被划坏的投诉业主",
        "询问返修赔付标准的业主",
        "信号不好的报修来电",
    ]
    window = cert.Window.of(datetime.now().date())
    assert any(
        f"{window} 考核期**：本期已考 **0** 次，最多 **2** 次" in m.value for m in app.markdown
    )


def test_a_work_number_must_be_digits(app):
    sign_in(app, "E1001")
    app.text_input(key="drill_work_id").input("三号")
    app.button(key="start_practice").click()
    app.run()
    assert [e.value for e in app.error] == ["客服工号只能是数字，例如 3 或 1024。"]
    assert calls.call("E1001") is None


def test_an_assessment_survives_a_reload_and_a_given_up_one_counts_everywhere(app):
    sign_in(app, "E1001")
    app.button(key="start_exam").click()
    app.run()
    assert not app.exception and calls.exam("E1001") is not None
    window = cert.Window.of(datetime.now().date())
    # A reload is a new browser session: the assessment is still there, at its first call.
    again = AppTest.from_file(str(APP), default_timeout=30)
    again.run()
    sign_in(again, "E1001")
    assert [h.value for h in again.subheader] == ["考核：第 1 通电话（共 4 通）"]
    again.checkbox(key="exam_give_up_sure_0").check()
    again.run()
    again.button(key="exam_give_up_0").click()
    again.run()
    assert calls.exam("E1001") is None
    assert any(
        f"{window} 考核期**：本期已考 **1** 次，最多 **2** 次" in m.value for m in again.markdown
    )
    result = calldrill("cert", "status")
    row = next(line for line in result.output.splitlines() if line.startswith("E1001"))
    assert row.split()[-1] == "1/2" and "未通过" in row
