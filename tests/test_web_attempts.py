"""Assessment attempts counted one way everywhere: the exam page, `calldrill cert status`, HR.

With CALLDRILL_MAX_ATTEMPTS=3 a trainee gives up one assessment, finishes another, and can still
take and store a third; at each step the trainee page, the command line and the HR dashboard agree.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect
from test_web_drill import answer_and_hang_up
from webapp import REPO, WebApp, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.rasa]


@pytest.fixture
def three_attempts(tmp_path, rasa_url):
    env = {"CALLDRILL_RASA_URL": rasa_url, "CALLDRILL_MAX_ATTEMPTS": "3"}
    app = WebApp.start(tmp_path / "app", env=env)
    yield app, env
    app.stop()


def cert_status(app: WebApp, env: dict[str, str]) -> str:
    """The E1001 row of `calldrill cert status`, run as HR would, on the app's database."""
    result = subprocess.run(
        [sys.executable, "-m", "calldrill", "cert", "status"],
        env={
            **os.environ,
            **env,
            "CALLDRILL_HOME": str(app.home),
            "CALLDRILL_DATABASE_URL": app.database_url,
        },
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return next(line for line in result.stdout.splitlines() if line.startswith("E1001"))


def switch_to(page, app: WebApp, username: str) -> None:
    """Another person at the same browser: a fresh sign-in (the session cookie cleared)."""
    page.context.clear_cookies()
    sign_in(page, app, username)


def expect_hr_row(page, app: WebApp, attempts: str) -> None:
    """E1001's row of the HR dashboard's table shows `attempts` (waits while the table is drawn)."""
    switch_to(page, app, "hr")
    page.get_by_role("heading", name="认证看板").wait_for()
    row = page.get_by_test_id("stTable").first.get_by_role("row").filter(has_text="E1001")
    expect(row).to_contain_text(attempts)


def exam_tab(page, app: WebApp) -> None:
    switch_to(page, app, "E1001")
    page.get_by_role("tab", name="考核").click()


RUDE = (
    "你有什么事就快说嘛，我很忙。",
    "你吵什么吵，说了我很忙，你听不懂吗？",
    "烦不烦啊，你爱找谁找谁去。",
    "我不管，你自己看着办吧。",
    "跟你说了多少遍了，烦死了。",
)


def provoke_hang_up(page) -> None:
    """The trainee keeps typing rudeness until the caller hangs up on them."""
    page.get_by_text("电话铃响……").wait_for()
    page.get_by_role("button", name="接听").click()
    box = page.get_by_placeholder("您说……（回车发送）")
    for line in RUDE:
        box.wait_for(timeout=30_000)
        box.fill(line)
        box.press("Enter")
        page.wait_for_timeout(3000)
        if box.count() == 0:  # the caller hung up: the call ended while the trainee typed on
            return


def take_exam(page, caller_hangs_up_last: bool = False) -> None:
    page.get_by_role("button", name="开始考核").click()
    for n in range(1, 5):
        page.get_by_role("heading", name=f"考核：第 {n} 通电话（共 4 通）").wait_for()
        page.get_by_role("button", name="开始这通电话").click()
        if n == 4 and caller_hangs_up_last:
            provoke_hang_up(page)
        else:
            answer_and_hang_up(page)
    page.get_by_text("考核未通过").first.wait_for(timeout=90_000)
    assert page.get_by_text("未能保存").count() == 0  # stored once, with no error shown


def test_a_third_attempt_is_stored_and_every_count_agrees(three_attempts, page):
    app, env = three_attempts
    sign_in(page, app, "E1001")
    page.get_by_role("tab", name="考核").click()
    page.get_by_text("本期已考 0 次，最多 3 次").wait_for()

    # 1: started, survives a reload, then given up; it counts.
    page.get_by_role("button", name="开始考核").click()
    page.get_by_role("heading", name="考核：第 1 通电话（共 4 通）").wait_for()
    page.reload()
    page.get_by_text("无法继续考核？").click()
    page.get_by_text("我确认放弃本次考核").click()
    page.get_by_role("button", name="放弃本次考核").click()
    page.get_by_role("tab", name="考核").click()
    page.get_by_text("本期已考 1 次，最多 3 次").wait_for()

    # 2: finished.
    take_exam(page)
    page.get_by_role("link", name="练习与考核").click()
    page.get_by_role("tab", name="考核").click()
    page.get_by_text("本期已考 2 次，最多 3 次").wait_for()
    assert cert_status(app, env).split()[-1] == "2/3"
    expect_hr_row(page, app, "2/3")

    # 3: the third attempt is allowed, played and stored once, although its last caller hangs up
    # on a trainee who goes on typing.
    exam_tab(page, app)
    page.get_by_text("本期已考 2 次，最多 3 次").wait_for()
    take_exam(page, caller_hangs_up_last=True)
    page.get_by_role("heading", name=re.compile(r"^考核结果（\d{4}H[12] 第 3 次）$")).wait_for()
    page.get_by_role("link", name="练习与考核").click()
    page.get_by_role("tab", name="考核").click()
    page.get_by_text("本期已考 3 次，最多 3 次").wait_for()
    page.get_by_text("本期考核次数已用完，请在下一个考核期再参加考核。").wait_for()
    assert cert_status(app, env).split()[-1] == "3/3"
    expect_hr_row(page, app, "3/3")

    from storage import Store

    with Store.open(app.database_url) as store:
        attempts = store.results.attempts("E1001")
        last_played = max(attempts[2].calls, key=lambda c: c.call_id)
        ended = store.results.call(last_played.call_id).record.events[-1]
    assert [len(a.calls) for a in attempts] == [0, 4, 4]
    assert [a.number for a in attempts] == [1, 2, 3]
    assert (ended.type, ended.by) == ("hangup", "customer")  # the caller did hang up
