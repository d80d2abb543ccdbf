"""Who may use the web app: accounts, roles and password hashes.

Passwords are stored as scrypt hashes (RFC 7914, in the standard library) with a random salt per
password; the parameters are kept in the hash so they can be raised later without a migration.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from core import limits
from core.errors import CallDrillError, InputError


class Role(StrEnum):
    TRAINEE = "trainee"
    TRAINER = "trainer"
    HR = "hr"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {"trainee": "学员", "trainer": "培训师", "hr": "HR", "admin": "管理员"}[self]


class InvalidAccount(InputError):
    code = "account-invalid"


class SignInFailed(CallDrillError):
    """Wrong user name or password, or a disabled account: one message, so names cannot be probed."""

    code = "sign-in-failed"


class SignInThrottled(SignInFailed):
    """Too many failed sign-ins for this user name or from this client: wait, or locked for now."""

    code = "sign-in-throttled"


class SessionExpired(CallDrillError):
    code = "session-expired"


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    role: Role
    trainee_id: str | None
    active: bool


USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,64}$")
MIN_PASSWORD = 8
DEMO_PASSWORD = "calldrill"
"""The password of the demo accounts (`calldrill demo`); a non-demo start refuses to run with it."""
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def check_username(username: str) -> str:
    if not USERNAME.match(username):
        raise InvalidAccount(
            f"用户名“{username}”无效：只能用 2–64 个英文字母、数字、点、下划线或连字符（例如 E1024 或 li.hr）。"
        )
    return username


def check_password(password: str, *, demo: bool = False) -> str:
    """A password to set; the demo password only for the demo accounts (`demo`)."""
    if len(password) < MIN_PASSWORD:
        raise InvalidAccount(f"密码太短：至少要 {MIN_PASSWORD} 个字符。")
    if len(password) > limits.PASSWORD_MAX_CHARS:
        raise InvalidAccount(f"密码太长：最多 {limits.PASSWORD_MAX_CHARS} 个字符。")
    if password == DEMO_PASSWORD and not demo:
        raise InvalidAccount(
            f"不能使用演示密码“{DEMO_PASSWORD}”：它写在说明书里，谁都知道。请换一个至少 {MIN_PASSWORD} 个字符的密码。"
        )
    return password


def check_display_name(name: str) -> str:
    """The name shown for an account (stripped): not empty, one line, not too long."""
    name = name.strip()
    if not name:
        raise InvalidAccount("请填写姓名。")
    problem = limits.text_problem("姓名", name, limits.DISPLAY_NAME_MAX_CHARS)
    if problem:
        raise InvalidAccount(problem + "。")
    return name


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise InvalidAccount(
            f"角色“{text}”无效，只能是：{'、'.join(f'{r.value}（{r.label}）' for r in Role)}。"
        ) from None


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    b64 = base64.b64encode
    return "scrypt${n}${r}${p}$".format(**_SCRYPT) + f"{b64(salt).decode()}${b64(digest).decode()}"


@cache
def _unknown_user_hash() -> str:
    """A hash of the same parameters as a real one, of no password (random salt and digest)."""
    b64 = base64.b64encode
    salt, digest = b64(secrets.token_bytes(16)).decode(), b64(secrets.token_bytes(32)).decode()
    return "scrypt${n}${r}${p}$".format(**_SCRYPT) + f"{salt}${digest}"


def verify_unknown(password: str) -> bool:
    """The same scrypt work as `verify_password` for a user name with no account: always False.

    So an unknown name takes as long to refuse as a wrong password (names cannot be probed by timing).
    """
    verify_password(password, _unknown_user_hash())
    return False


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)
