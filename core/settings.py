"""Every CALLDRILL_* setting, read from the environment in this one place and checked once.

`settings()` reads the environment on each call (cheap), so tests and deployments that change a
variable see it at once; nothing else in the product reads a CALLDRILL_* variable. A value that
cannot be used raises `SettingError` naming the variable and what it should look like.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from core.errors import InputError

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MAX_ATTEMPTS = 2
DEFAULT_SESSION_MINUTES = 30.0
DEFAULT_SESSION_MAX_HOURS = 12.0


class SettingError(InputError):
    """A CALLDRILL_* variable has a value the product cannot use."""

    code = "setting-invalid"


@dataclass(frozen=True)
class Settings:
    home: Path
    """Database, trained bots, recordings and caches."""
    database_url: str | None
    rasa_url: str | None
    """A Rasa server the user runs (or a load balancer in front of several); None: we start one."""
    rasa_token: str | None
    """The `--auth-token` of the CALLDRILL_RASA_URL server (servers we start use the data directory's)."""
    rasa_endpoints: Path | None
    rasa_venv: Path
    session_minutes: float
    """A web sign-in ends after this long without activity."""
    session_max_hours: float
    """A web sign-in ends after this long in any case (active or not)."""
    max_attempts: int
    asr_model: Path | None
    asr_lang: str
    tts_offline: bool
    voices_ahead: bool
    """Make every customer line of a published set ahead (off: when a call first needs it)."""
    tts_proxy: str | None
    piper_voice: Path | None
    piper_program: str | None
    ice_servers: tuple[dict, ...]

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        def get(name: str) -> str | None:
            value = env.get(f"CALLDRILL_{name}", "").strip()
            return value or None

        def path(name: str) -> Path | None:
            value = get(name)
            return Path(value) if value else None

        return cls(
            home=(path("HOME") or REPO_ROOT / "var").absolute(),
            database_url=get("DATABASE_URL"),
            rasa_url=get("RASA_URL"),
            rasa_token=get("RASA_TOKEN"),
            rasa_endpoints=path("RASA_ENDPOINTS"),
            rasa_venv=path("RASA_VENV") or REPO_ROOT / ".venv-rasa",
            session_minutes=_minutes(get("SESSION_MINUTES")),
            session_max_hours=_hours(get("SESSION_MAX_HOURS")),
            max_attempts=parse_max_attempts(get("MAX_ATTEMPTS") or str(DEFAULT_MAX_ATTEMPTS)),
            asr_model=path("ASR_MODEL"),
            asr_lang=(get("ASR_LANG") or "cn").lower(),
            tts_offline=(get("TTS") or "").lower() == "offline",
            voices_ahead=(get("VOICES_AHEAD") or "on").lower() not in ("off", "0", "no"),
            tts_proxy=get("TTS_PROXY"),
            piper_voice=path("PIPER_VOICE"),
            piper_program=get("PIPER"),
            ice_servers=_ice_servers(get("ICE_SERVERS")),
        )

    @property
    def data_dir(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        return self.home

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'calldrill.db'}"

    @property
    def rasa_python(self) -> Path:
        """The interpreter of Rasa's own virtual environment (created by `make setup`)."""
        return self.rasa_venv / "bin" / "python"


def settings() -> Settings:
    return Settings.from_env(os.environ)


def data_dir() -> Path:
    """Database, trained bots, recordings and caches: $CALLDRILL_HOME, else var/ in the checkout."""
    return settings().data_dir


def parse_max_attempts(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise SettingError(f"每期考核次数“{text}”无效，应为正整数，例如 2。")
    return int(text)


def _minutes(text: str | None) -> float:
    if text is None:
        return DEFAULT_SESSION_MINUTES
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise SettingError(f"CALLDRILL_SESSION_MINUTES“{text}”无效，应为正数（分钟），例如 30。")
    return value


def _hours(text: str | None) -> float:
    if text is None:
        return DEFAULT_SESSION_MAX_HOURS
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise SettingError(f"CALLDRILL_SESSION_MAX_HOURS“{text}”无效，应为正数（小时），例如 12。")
    return value


def _ice_servers(text: str | None) -> tuple[dict, ...]:
    if text is None:
        return ()
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
        raise SettingError(
            'CALLDRILL_ICE_SERVERS 应为 JSON 列表，例如 [{"urls": "stun:stun.example.com:3478"}]。'
        )
    return tuple(value)
