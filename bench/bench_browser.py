"""The web app in Chromium, timed by Playwright: sign-in page after a cold start, page switches, and the
text drill's reply on screen.

- Cold start: from launching the Streamlit server (tests/webapp.py, a fresh data directory) until the
  sign-in form is usable in the page (the 用户名 box editable), and until the server answers its
  health check.
- Sign-in: from the click on 登录 until the landing page's heading shows.
- Page switch (warm): a trainee clicks between 成绩与通话 and 练习与考核 in the menu; from the click
  until the new page's heading shows and its script run is over. The first switch to each page is
  left out (it loads the page's code).
- Text drill: a practice call of the unclear_audio scenario with the lines of a scripted call; from
  Enter until the customer's line shows.

    .venv/bin/python -m bench.bench_browser [--calls 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.table import ms, percentile, print_table, statistics
from core.scenario import load_scenarios
from nlu import service

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "tests" / "data" / "scripts" / "unclear_audio__statement_then_close.txt"
SWITCHES = 6


def script_lines() -> list[str]:
    """The trainee's lines of the scripted call, without the last (the caller hangs up after it)."""
    lines = [
        line.strip()
        for line in SCRIPT.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith(("#", "/"))
    ]
    return lines[:-1]


def _summary(values: list[float]) -> str:
    return (
        f"p50 {ms(statistics.median(values))} · p95 {ms(percentile(values, 95))} · "
        f"max {ms(max(values))} (n={len(values)})"
    )


def cold_start(webapp, page) -> tuple[float, float, object]:
    """Seconds until the server is healthy and until the sign-in form is usable; the app."""
    began = time.monotonic()
    app = webapp.WebApp.start(Path(tempfile.mkdtemp(prefix="calldrill-bench-web-")))
    healthy = time.monotonic() - began
    page.goto(app.url)
    page.get_by_label("用户名").wait_for(state="visible", timeout=60_000)
    page.get_by_label("用户名").fill("E1001")
    return healthy, time.monotonic() - began, app


def sign_in(webapp, page) -> float:
    page.get_by_label("密码").fill(webapp.PASSWORD)
    began = time.monotonic()
    page.get_by_role("button", name="登录").click()
    page.get_by_role("heading", name="练习与考核").wait_for(timeout=60_000)
    return time.monotonic() - began


def switches(webapp, page) -> list[float]:
    times = []
    for i in range(SWITCHES):
        target = ("成绩与通话", "练习与考核")[i % 2]
        webapp.settled(page)
        began = time.monotonic()
        page.get_by_test_id("stSidebar").get_by_role("link", name=target).click()
        page.get_by_role("heading", name=target).wait_for()
        page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for()
        if i >= 2:
            times.append(time.monotonic() - began)
    return times


def text_call(webapp, page, lines: list[str]) -> list[float]:
    """One practice call; seconds from each Enter until the customer's line is on screen."""
    webapp.settled(page)
    webapp.choose(page, "场景", "信号不好的报修来电")
    page.get_by_label("您的客服工号（接听时自报，例如“3号客服”里的 3）").first.fill("3")
    page.get_by_role("button", name="开始练习").click()
    page.get_by_role("button", name="接听").click()
    box = page.get_by_placeholder("您说……（回车发送）")
    box.wait_for()
    messages = page.get_by_test_id("stChatMessage")
    times = []
    for line in lines:
        webapp.settled(page)
        before = messages.count()
        box.fill(line)
        began = time.monotonic()
        box.press("Enter")
        messages.nth(before + 1).wait_for()
        times.append(time.monotonic() - began)
    webapp.settled(page)
    webapp.hang_up(page)
    page.get_by_text("得分").first.wait_for(timeout=60_000)
    page.get_by_test_id("stSidebar").get_by_role("link", name="练习与考核").click()
    page.get_by_role("heading", name="练习与考核").wait_for()
    return times


def main(calls: int = 2) -> None:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(REPO / "tests"))
    import webapp

    os.environ.setdefault("CALLDRILL_HOME", str(REPO / "var" / "bench"))
    for name in ("CALLDRILL_RASA_URL", "CALLDRILL_RASA_TOKEN", "CALLDRILL_RASA_ENDPOINTS"):
        os.environ.pop(name, None)
    server, started = service.start(service.train(load_scenarios()))
    os.environ["CALLDRILL_RASA_URL"] = server.url
    app = None
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=webapp.CHROMIUM, args=webapp.CHROMIUM_ARGS)
            page = browser.new_page(locale="zh-CN", viewport={"width": 1280, "height": 900})
            page.set_default_timeout(30_000)
            healthy, usable, app = cold_start(webapp, page)
            signed_in = sign_in(webapp, page)
            switched = switches(webapp, page)
            replies = [t for _ in range(calls) for t in text_call(webapp, page, script_lines())]
            browser.close()
    finally:
        if app is not None:
            app.stop()
        if started:
            server.stop()
    print_table(
        "Web app in Chromium (Playwright timings)",
        [
            ("cold start: server healthy", ms(healthy)),
            ("cold start: sign-in form usable", ms(usable)),
            ("sign-in → landing page heading", ms(signed_in)),
            ("page switch, warm (results ↔ drill)", _summary(switched)),
            ("text drill: Enter → customer's line on screen", _summary(replies)),
        ],
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2)
    main(parser.parse_args().calls)
