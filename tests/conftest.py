"""Shared fixtures. The bot is real: trained once per run on the project's scenarios, served by Rasa."""

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
