"""The web app for browser tests: a real Streamlit server on loopback, driven by Debian's Chromium.

`WebApp` starts `streamlit run ui/app.py` in its own data directory with known accounts; `signed_in`
opens a browser page signed in as one of them. Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from calldrill.webapp import APP, streamlit_command

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "calldrill-test"
ACCOUNTS = {
    # username: (display name, role, trainee id)
    "admin": ("系统管理员", "admin", None),
    "trainer": ("周培训", "trainer", None),
    "hr": ("钱人事", "hr", None),
    "E1001": ("王小丽", "trainee", "E1001"),
    "E1002": ("李明", "trainee", "E1002"),
}
TRAINEES = [("E1001", "王小丽", "一组"), ("E1002", "李明", "一组"), ("E2001", "赵强", "二组")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed_accounts(database_url: str) -> None:
    from core.accounts import Role
    from scoring.certification import Trainee
    from storage import Store

    with Store.open(database_url) as store:
        store.trainees.upsert(Trainee(*t) for t in TRAINEES)
        for username, (name, role, trainee_id) in ACCOUNTS.items():
            if store.accounts.get(username) is None:
                store.accounts.add(
                    username, name, Role(role), PASSWORD, actor="test", trainee_id=trainee_id
                )


@dataclass
class WebApp:
    url: str
    home: Path
    database_url: str
    process: subprocess.Popen
    launched: float  # time.monotonic() when the server process was started (the benchmark's zero)

    @classmethod
    def start(
        cls, home: Path, env: dict[str, str] | None = None, script: Path | None = None
    ) -> WebApp:
        """The app (or another Streamlit script of the repo, e.g. a test page in tests/apps/)."""
        home.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{home / 'calldrill.db'}"
        seed_accounts(database_url)
        port = free_port()
        full_env = {
            **os.environ,
            "CALLDRILL_HOME": str(home),
            "CALLDRILL_DATABASE_URL": database_url,
            # Making every line of a published set would hold a core for the rest of the module;
            # tests/test_voice_ahead.py tests the making.
            "CALLDRILL_VOICES_AHEAD": "off",
            **(env or {}),
        }
        log = open(home / "streamlit.log", "w")  # noqa: SIM115 - closed with the process
        command = streamlit_command(port)
        if script is not None:
            command[command.index(str(APP))] = str(script)
        launched = time.monotonic()
        process = subprocess.Popen(
            command,
            cwd=REPO,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited: {(home / 'streamlit.log').read_text()}")
            try:
                if httpx.get(f"{url}/_stcore/health", timeout=1).status_code == 200:
                    return cls(url, home, database_url, process, launched)
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        process.kill()
        raise RuntimeError("streamlit did not become healthy in 60 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def sign_in(page, app: WebApp, username: str, password: str = PASSWORD) -> None:
    page.goto(app.url)
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()


def session_cookie_set(page) -> None:
    """Wait until the sign-in cookie is in the browser: the page sets it after the signed-in page
    shows, so an address typed sooner opens as a stranger's."""
    page.wait_for_function("document.cookie.includes('calldrill_session=')")


def shot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', name)}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def sign_out(page) -> None:
    """Click 退出登录 until the sign-in form shows: a click that lands during a rerun can be lost."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(3):
        page.get_by_role("button", name="退出登录").click()
        try:
            page.get_by_label("用户名").wait_for(timeout=5_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError("退出登录 did not lead to the sign-in page")


def hang_up(page) -> None:
    """The trainee hangs up a typed call: 挂断, then 确定挂断 (the page asks first)."""
    page.get_by_role("button", name="挂断").click()
    page.get_by_role("button", name="确定挂断").click()


def settled(page, timeout: int = 20_000) -> None:
    """Wait until the script run that the last action started has finished: text of the new run can
    show while widgets lower on the page (a download button's data) still come from the old one."""
    page.wait_for_timeout(200)  # the rerun request reaches the server
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(
        timeout=timeout
    )


def choose(page, label: str, option: str) -> None:
    """Pick `option` in the select box labelled `label` (typing filters long, virtualised lists;
    a click that lands during a rerun only focuses the box, so the list is opened by key too)."""
    box = page.get_by_role("combobox", name=label, exact=True)
    box.click()
    box.fill(option)
    box.press("ArrowDown")
    page.get_by_role("option", name=option, exact=True).click()
