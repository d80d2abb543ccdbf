"""Shared fixtures. The bot is real: trained once per run on the project's scenarios, served by Rasa.

Tests that need a real Rasa server, browser, PostgreSQL, sound server or speech model are marked `slow` here, by the
fixtures or markers they use; `make test-fast` runs the rest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

# One data directory for the whole run: the trained bot is cached there (a fresh clone trains once).
os.environ.setdefault("CALLDRILL_HOME", str(REPO / "var" / "test"))
os.environ.pop("CALLDRILL_RASA_URL", None)
# Publishing starts making the whole set's voice in the background (calldrill/voices.py): minutes of
# speech synthesis that would compete with every later test for the two cores. Tests that want it ask.
os.environ.setdefault("CALLDRILL_VOICES_AHEAD", "off")

pytest_plugins = ["pulse_server"]

SLOW_MARKERS = {"rasa", "browser", "postgres", "audio", "models"}
SLOW_FIXTURES = {
    "trained_bot": "rasa",
    "rasa_url": "rasa",
    "web_app": "browser",
    "page": "browser",
    "chromium": "browser",
    "virtual_sound": "audio",
    "far_end": "audio",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for fixture, marker in SLOW_FIXTURES.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)
        if SLOW_MARKERS & {m.name for m in item.iter_markers()}:
            item.add_marker("slow")


@pytest.fixture(scope="session")
def trained_bot():
    from nlu.service import train

    return train()


@pytest.fixture(scope="session")
def rasa_url(trained_bot) -> Iterator[str]:
    """URL of a real Rasa server for the current scenarios; stopped at the end if started here."""
    from nlu.service import start

    server, started = start(trained_bot)
    yield server.url
    if started:
        server.stop()


@pytest.fixture
def isolated_home(tmp_path, monkeypatch) -> Path:
    """A data directory of its own (database, call files) that still reuses the run's trained bot."""
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", f"sqlite:///{tmp_path / 'calldrill.db'}")
    return tmp_path


# --- the web app in a real browser ----------------------------------------------------------------


@pytest.fixture(scope="session")
def web_app(tmp_path_factory, rasa_url) -> Iterator:
    """The Streamlit app on loopback with its own database and known accounts; the run's bot."""
    from webapp import WebApp

    app = WebApp.start(tmp_path_factory.mktemp("webapp"), env={"CALLDRILL_RASA_URL": rasa_url})
    yield app
    app.stop()


@pytest.fixture(scope="session")
def playwright() -> Iterator:
    """One Playwright driver for the run (its sync API cannot be started twice in one thread)."""
    from playwright.sync_api import sync_playwright
    from webapp import CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make setup` installs Debian's chromium")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def chromium(playwright) -> Iterator:
    from webapp import CHROMIUM, CHROMIUM_ARGS

    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(chromium, request) -> Iterator:
    """A fresh browser context (no cookies, no session) per test; a screenshot is kept at the end."""
    from webapp import shot

    context = chromium.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    shot(page, request.node.name)
    context.close()
