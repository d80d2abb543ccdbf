"""Every limit on what enters the product, in one place: numbers a real call, file or name never
reaches, so that one oversized input is refused with a message instead of freezing the shared bot,
the database or the web app for everyone.

Each limit is checked where its input enters (the web page, the command line, the file reader)
before anything is stored or sent to the bot; the checks here return the problem in words, or
raise it, and never store anything.
"""

from __future__ import annotations

import math
import re

# --- calls ----------------------------------------------------------------------------------------

UTTERANCE_MAX_CHARS = 500
"""One utterance (typed, spoken or in a call record): a minute and a half of non-stop speech."""
CALL_MAX_TURNS = 400
"""Trainee turns in one call (lines said and holds): a real call has a few dozen."""
CALL_MAX_EVENTS = 2_000
"""Events in one call record (rings, utterances of both sides, holds, the hang-up)."""
HOLD_MAX_SECONDS = 600.0
"""One hold of the caller."""
WORK_ID_MAX_DIGITS = 8

# --- files ----------------------------------------------------------------------------------------

CALL_RECORD_MAX_BYTES = 4 * 1024 * 1024
"""A call record file; a real one is a few kilobytes."""
CALL_RECORD_MAX_DEPTH = 20
"""Nesting of JSON objects and lists in a call record (a record needs four levels)."""
NUMBER_MAX_CHARS = 30
"""The longest number written in a call record (times are seconds, e.g. 12.34)."""
SCENARIO_MAX_BYTES = 100 * 1024
"""A scenario file or draft; the scenarios of the repository have about 10 KB each."""
YAML_MAX_DEPTH = 30
"""Nesting of mappings and lists in a scenario file (a scenario needs six levels)."""
ROSTER_MAX_BYTES = 1024 * 1024
"""A roster CSV: about 20,000 trainees."""

# --- audio ----------------------------------------------------------------------------------------

AUDIO_MIN_RATE = 8_000
AUDIO_MAX_RATE = 48_000
AUDIO_MAX_SECONDS = 600.0
"""Any WAV the product reads (a recording, a synthesised line)."""
TURN_AUDIO_MAX_SECONDS = 60.0
"""One push-to-talk turn recorded in the browser."""
TURN_AUDIO_MAX_BYTES = 16 * 1024 * 1024
"""One push-to-talk turn as uploaded (a minute of 48 kHz stereo 16-bit WAV is 11.5 MB)."""
UPLOAD_MAX_MB = 20
"""What the web server accepts in one upload at all (Streamlit's server.maxUploadSize)."""

# --- names and texts people type ------------------------------------------------------------------

DISPLAY_NAME_MAX_CHARS = 50
TRAINEE_NAME_MAX_CHARS = 50
TEAM_MAX_CHARS = 100
OVERRIDE_REASON_MAX_CHARS = 500
PASSWORD_MAX_CHARS = 128
USERNAME_INPUT_MAX_CHARS = 64

# --- signing in -----------------------------------------------------------------------------------

SIGN_IN_WINDOW_MINUTES = 15
"""Failed sign-ins are forgotten after this long without another one."""
ACCOUNT_FREE_FAILURES = 3
"""Failures of one user name before each further attempt has to wait."""
ACCOUNT_LOCK_FAILURES = 10
"""Failures of one user name that lock it for SIGN_IN_LOCK_MINUTES."""
CLIENT_FREE_FAILURES = 10
CLIENT_LOCK_FAILURES = 30
"""The same for one client (browser address), over all user names it tries."""
SIGN_IN_LOCK_MINUTES = 15
SIGN_IN_MAX_DELAY_SECONDS = 60


def sign_in_delay(failures: int, free: int) -> float:
    """Seconds a further attempt waits after `failures`: 0 for the first `free`, then 1, 2, 4… s."""
    if failures < free:
        return 0.0
    return float(min(2 ** (failures - free), SIGN_IN_MAX_DELAY_SECONDS))


# --- checks ---------------------------------------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel (and LibreOffice) read a CSV cell as a formula."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def utterance_problem(text: str) -> str | None:
    """Why a line the trainee says cannot go to the customer, or None."""
    if len(text) > UTTERANCE_MAX_CHARS:
        return (
            f"这句话有 {len(text)} 个字，超过了每句最多 {UTTERANCE_MAX_CHARS} 个字的上限，"
            "没有发给客户。请分成几句说。"
        )
    return None


def turns_problem(turns: int) -> str | None:
    if turns >= CALL_MAX_TURNS:
        return f"本通电话已经有 {CALL_MAX_TURNS} 轮对话（每通电话的上限），不能再说了，通话已结束。"
    return None


def hold_problem(seconds: float) -> str | None:
    if not (math.isfinite(seconds) and 0 < seconds <= HOLD_MAX_SECONDS):
        return f"保持时间 {seconds:g} 秒无效：应为 0–{HOLD_MAX_SECONDS:g} 秒之间的数。"
    return None


def work_id_problem(work_id: str) -> str | None:
    if not re.fullmatch(r"[0-9]+", work_id):
        return "客服工号只能是数字，例如 3 或 1024。"
    if len(work_id) > WORK_ID_MAX_DIGITS:
        return f"客服工号最多 {WORK_ID_MAX_DIGITS} 位数字，例如 3 或 1024。"
    return None


def text_problem(what: str, text: str, max_chars: int) -> str | None:
    """A name or a reason: not too long, no line breaks or other control characters."""
    if len(text) > max_chars:
        return f"{what}太长（{len(text)} 个字），最多 {max_chars} 个字"
    if _CONTROL.search(text):
        return f"{what}里有换行、制表符或其他控制字符，请删掉"
    return None


def spreadsheet_problem(what: str, text: str) -> str | None:
    """A name that a spreadsheet would run as a formula when HR opens the export."""
    if text.startswith(FORMULA_START):
        first = {"\t": "制表符", "\r": "回车"}.get(text[0], text[0])
        return (
            f"{what}“{text.strip()}”以“{first}”开头，在 Excel 里会被当成公式："
            f"{what}不能以 =、+、-、@、制表符或回车开头"
        )
    return None


def size_words(size: int) -> str:
    """A byte count for a message: 1.5 MB, 120 KB, 800 字节."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} 字节"
