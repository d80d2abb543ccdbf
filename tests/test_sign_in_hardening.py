"""Sign-in to OWASP ASVS level 1: throttling per user name and per client (growing delay, a
temporary lock, audited), the same scrypt work for unknown names, an absolute session lifetime,
no demo password outside a demo, and the session cookie set by the server."""

from __future__ import annotations

import hashlib
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from commandline import calldrill
from hardening import db_dump
from streamlit.testing.v1 import AppTest
from webapp import PASSWORD, seed_accounts

import core.accounts
from calldrill.demo import accounts_with_demo_password, refuse_demo_passwords
from calldrill.webapp import APP
from core import limits
from core.accounts import DEMO_PASSWORD, Role, SessionExpired, SignInFailed
from core.settings import SettingError, settings
from storage import Store
from storage.accounts import AccountRepository

WRONG = "用户名或密码不对，或者账号已停用。请重新输入；忘记密码请找管理员重设。"


@pytest.fixture
def url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'calldrill.db'}"
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", url)
    seed_accounts(url)
    return url


@pytest.fixture
def clock(monkeypatch) -> list[datetime]:
    """The accounts' clock, moved by the test: `clock[0] += timedelta(...)`."""
    now = [datetime(2026, 12, 7, 9, 0, tzinfo=UTC)]
    monkeypatch.setattr(AccountRepository, "_now", staticmethod(lambda: now[0]))
    return now


@pytest.fixture
def store(url):
    with Store.open(url) as store:
        yield store


def attempt(store: Store, username: str, password: str = "wrong-password", client="10.0.0.7"):
    """The message a sign-in gives ("" when it succeeds)."""
    try:
        store.accounts.sign_in(username, password, client)
    except SignInFailed as e:
        return e.message
    return ""


# --- throttling -----------------------------------------------------------------------------------


def test_after_three_failures_each_attempt_waits_longer(store, clock):
    for _ in range(3):
        assert attempt(store, "hr") == WRONG
    # Refused unchecked, even with the right password: the wait is the server's, not the page's.
    assert attempt(store, "hr", PASSWORD) == "登录失败的次数较多，请等 1 秒后再试。"
    clock[0] += timedelta(seconds=1)
    assert attempt(store, "hr") == WRONG
    assert attempt(store, "hr") == "登录失败的次数较多，请等 2 秒后再试。"
    clock[0] += timedelta(seconds=2)
    assert attempt(store, "hr") == WRONG
    clock[0] += timedelta(seconds=3)
    assert attempt(store, "hr") == "登录失败的次数较多，请等 1 秒后再试。"  # 4 s after the 5th
    clock[0] += timedelta(seconds=1)
    assert attempt(store, "hr", PASSWORD) == ""  # the right password, in time: signed in
    assert attempt(store, "hr") == WRONG  # and the count started again


def test_ten_failures_lock_the_name_for_15_minutes_audited(store, clock):
    before = len(store.audit.entries())
    messages = []
    for _ in range(10):
        messages.append(attempt(store, "hr"))
        clock[0] += timedelta(minutes=1)
    locked = "用户名“hr”连续登录失败 10 次，已暂时锁定，请 {} 分钟后再试；忘记密码请找管理员重设（重设后即可登录）。"
    assert messages == [WRONG] * 9 + [locked.format(15)]
    assert attempt(store, "hr", PASSWORD) == locked.format(14)  # the right password: still locked
    entries = store.audit.entries()[: len(store.audit.entries()) - before]
    assert [e.action for e in entries] == ["sign_in.locked"] + ["sign_in.failed"] * 10
    assert entries[0].target == "account:hr"
    assert entries[0].detail == {
        "failures": 10,
        "until": (clock[0] - timedelta(minutes=1) + timedelta(minutes=15)).isoformat(),
        "client": "10.0.0.7",
    }
    assert {e.detail["client"] for e in entries[1:]} == {"10.0.0.7"}
    clock[0] += timedelta(minutes=14)
    assert attempt(store, "hr", PASSWORD) == ""  # the lock ran out


def test_an_admin_password_reset_unlocks_the_account(store, clock):
    for _ in range(10):
        attempt(store, "hr")
        clock[0] += timedelta(minutes=1)
    store.accounts.update("hr", actor="admin", password="a-new-password")
    assert attempt(store, "hr", "a-new-password") == ""


def test_an_unknown_name_is_throttled_and_locked_alike(store, clock):
    messages = []
    for _ in range(10):
        messages.append(attempt(store, "nobody"))
        clock[0] += timedelta(minutes=1)
    assert messages[:9] == [WRONG] * 9
    assert messages[9].startswith("用户名“nobody”连续登录失败 10 次，已暂时锁定")


def test_one_client_trying_many_names_waits_and_is_locked_after_30_failures(store, clock):
    messages = []
    for i in range(30):  # a new name each time: only the client's count grows
        messages.append(attempt(store, f"user{i}"))
        wait = limits.sign_in_delay(i + 1, limits.CLIENT_FREE_FAILURES)
        if wait and i < 29:
            assert attempt(store, f"other{i}") == f"登录失败的次数较多，请等 {wait:g} 秒后再试。"
        clock[0] += timedelta(seconds=wait)
    assert messages[:29] == [WRONG] * 29
    assert messages[29] == (
        "从您这里登录失败的次数太多（30 次），已暂时禁止登录，请 15 分钟后再试。"
    )
    assert attempt(store, "hr", PASSWORD).startswith("从您这里登录失败的次数太多")
    assert attempt(store, "hr", PASSWORD, client="10.0.0.8") == ""  # another client is not


def test_failures_are_forgotten_after_15_minutes_without_one(store, clock):
    for _ in range(3):
        attempt(store, "hr")
    clock[0] += timedelta(minutes=16)
    assert attempt(store, "hr") == WRONG
    assert attempt(store, "hr") == WRONG  # a fresh window: no wait yet


def test_the_sign_in_page_shows_the_wait_and_stores_only_the_failures(url, clock):
    from ui import context

    context.store.clear()
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.run()
    before = db_dump(url)
    shown = []
    for _ in range(4):
        at.text_input[0].input("hr")
        at.text_input[1].input("wrong-password")
        at.button[0].click()
        at.run()
        shown.append([e.value for e in at.error])
    assert shown == [[WRONG]] * 3 + [["登录失败的次数较多，请等 1 秒后再试。"]]
    after = db_dump(url)
    assert after["users"] == before["users"] and after["web_sessions"] == before["web_sessions"]
    failed = [row for row in after["audit_log"] if "'sign_in.failed'" in row]
    assert len(failed) == 3 and all("'client': 'session:" in row for row in failed)
    assert len(after["sign_in_throttle"]) == 2  # the name and this browser session


# --- the same work for unknown names --------------------------------------------------------------


def test_an_unknown_name_costs_the_same_scrypt_as_a_wrong_password(store, monkeypatch):
    calls = []
    real = hashlib.scrypt

    def counting(*args, **kwargs):
        calls.append(kwargs.get("n"))
        return real(*args, **kwargs)

    monkeypatch.setattr(core.accounts.hashlib, "scrypt", counting)
    attempt(store, "nobody", client="")
    attempt(store, "hr", client="")
    attempt(store, "x" * 1000, "p" * 100_000, client="")  # too long for either: still one scrypt
    assert calls == [2**14, 2**14, 2**14]


def test_unknown_names_take_as_long_as_real_ones(store):
    def timed(username: str) -> float:
        started = time.perf_counter()
        attempt(store, username, client="")
        return time.perf_counter() - started

    known = statistics.median(timed(name) for name in ("hr", "admin", "trainer"))
    unknown = statistics.median(timed(name) for name in ("nobody1", "nobody2", "nobody3"))
    assert unknown > known / 2 and known > unknown / 2, (known, unknown)


# --- the absolute session lifetime ----------------------------------------------------------------


def test_a_session_ends_after_12_hours_even_when_active(store, clock):
    token = store.accounts.start_session("hr")
    idle, lifetime = timedelta(minutes=30), timedelta(hours=settings().session_max_hours)
    for _ in range(36):  # active every 20 minutes for 12 hours
        clock[0] += timedelta(minutes=20)
        assert store.accounts.resume_session(token, idle, lifetime).username == "hr"
    clock[0] += timedelta(minutes=1)
    with pytest.raises(SessionExpired) as e:
        store.accounts.resume_session(token, idle, lifetime)
    assert e.value.message == "登录已超过 12 小时，为了安全请重新登录。"
    assert store.accounts.resume_session(token, idle, lifetime) is None  # ended for good


def test_the_session_lifetime_is_a_setting(monkeypatch):
    monkeypatch.delenv("CALLDRILL_SESSION_MAX_HOURS", raising=False)
    assert settings().session_max_hours == 12
    monkeypatch.setenv("CALLDRILL_SESSION_MAX_HOURS", "8")
    assert settings().session_max_hours == 8
    for bad in ("0", "-1", "nan", "inf", "十二"):
        monkeypatch.setenv("CALLDRILL_SESSION_MAX_HOURS", bad)
        with pytest.raises(SettingError) as e:
            settings()
        assert (
            e.value.message
            == f"CALLDRILL_SESSION_MAX_HOURS“{bad}”无效，应为正数（小时），例如 12。"
        )


# --- demo accounts exist only in a demo -----------------------------------------------------------


@pytest.fixture
def demo_accounts(store):
    for name in ("admin2", "demo2"):
        store.accounts.add(name, "演示", Role.HR, DEMO_PASSWORD, actor="calldrill demo", demo=True)


@pytest.fixture
def no_server(monkeypatch) -> list[list[str]]:
    """`calldrill web` without the bot or Streamlit: the commands it would run."""
    import nlu.service

    ran: list[list[str]] = []
    monkeypatch.setattr(nlu.service, "train", lambda *a, **k: None)
    monkeypatch.setattr(
        nlu.service, "start", lambda *a, **k: [SimpleNamespace(url="http://127.0.0.1:1")]
    )
    monkeypatch.setattr(subprocess, "run", lambda command, **k: ran.append(command))
    monkeypatch.delenv("CALLDRILL_RASA_URL", raising=False)
    return ran


def test_a_start_without_demo_refuses_demo_passwords_and_says_how_to_fix_it(
    url, demo_accounts, no_server
):
    before = db_dump(url)
    result = calldrill("web")
    assert (result.exit_code, result.output) == (
        2,
        "错误：没有启动：账号 admin2、demo2 仍在使用演示密码“calldrill”。这个密码写在说明书里，"
        "谁都能用它登录，所以不带 --demo 启动时不允许。请先给这些账号设新密码"
        "（calldrill users passwd admin2；calldrill users passwd demo2），"
        "或停用不用的账号（calldrill users disable 用户名）；只想试用演示版，请用 make app"
        "（即 calldrill web --demo）启动。\n",
    )
    assert no_server == []  # neither the bot nor the app was started
    assert db_dump(url) == before


def test_after_the_fix_the_app_starts_with_the_cookie_route_and_an_upload_cap(
    url, demo_accounts, no_server
):
    assert calldrill("users", "passwd", "admin2", "--password-stdin", input="new-secret-1\n")
    assert calldrill("users", "disable", "demo2").exit_code == 0
    result = calldrill("web")
    assert result.exit_code == 0, result.output
    [command] = no_server
    assert command[command.index("run") + 1].endswith("ui/server.py")
    assert command[-1] == "--server.maxUploadSize=20"


def test_a_demo_start_only_warns(url, demo_accounts, no_server, monkeypatch):
    monkeypatch.setattr(sys.modules["calldrill.cli.demo"], "demo_command", lambda **k: None)
    result = calldrill("web", "--demo")
    assert "注意：账号 admin2、demo2 使用公开的演示密码，只适合试用；" in result.output
    assert len(no_server) == 1


def test_checked_passwords_are_not_checked_again(store, demo_accounts, tmp_path, monkeypatch):
    checked = tmp_path / "checked.txt"
    assert accounts_with_demo_password(store, checked) == ["admin2", "demo2"]
    calls = []
    real = hashlib.scrypt
    monkeypatch.setattr(
        core.accounts.hashlib, "scrypt", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    assert accounts_with_demo_password(store, checked) == ["admin2", "demo2"]
    assert len(calls) == 2  # only the two that matched; the other five were remembered
    store.accounts.update("admin2", actor="admin", password="new-secret-2")
    store.accounts.update("demo2", actor="admin", active=False)
    refuse_demo_passwords(store, checked)  # nothing left: no error


# --- the cookie -----------------------------------------------------------------------------------


def _html_after_sign_in(url, monkeypatch, served: bool) -> str:
    from ui import context

    context.store.clear()
    monkeypatch.setattr(context, "_server_sets_cookie", served)
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.run()
    at.text_input[0].input("hr")
    at.text_input[1].input(PASSWORD)
    at.button[0].click()
    at.run()
    token = at.session_state["calldrill_token"]
    [html] = [h.value for h in at.get("html")]
    assert token in html
    return html


def test_served_by_calldrill_web_the_page_asks_the_server_to_set_the_cookie(url, monkeypatch):
    html = _html_after_sign_in(url, monkeypatch, served=True)
    assert "fetch(\"/_calldrill/session\", {method: 'POST'" in html
    assert "document.cookie" not in html


def test_run_bare_the_page_sets_a_strict_cookie_itself(url, monkeypatch):
    html = _html_after_sign_in(url, monkeypatch, served=False)
    assert "document.cookie" in html and "SameSite=Strict" in html
