"""Where things live. Everything is overridable by environment so tests and deployments stay isolated."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Database, trained bots, recordings and caches: $CALLDRILL_HOME, else var/ in the checkout."""
    path = Path(os.environ.get("CALLDRILL_HOME") or REPO_ROOT / "var")
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    return os.environ.get("CALLDRILL_DATABASE_URL") or f"sqlite:///{data_dir() / 'calldrill.db'}"


def rasa_python() -> Path:
    """The interpreter of Rasa's own virtual environment (created by `make setup`)."""
    return (
        Path(os.environ.get("CALLDRILL_RASA_VENV") or REPO_ROOT / ".venv-rasa") / "bin" / "python"
    )


def rasa_url() -> str | None:
    """A Rasa server the user runs themselves (e.g. several behind a load balancer); else we start one."""
    return os.environ.get("CALLDRILL_RASA_URL") or None
