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
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def check_username(username: str) -> str:
    if not USERNAME.match(username):
        raise InvalidAccount(
            f"用户名“{username}”无效：只能用 2–64 个英文字母、数字、点、下划线或连字符（例如 E1024 或 li.hr）。"
        )
    return username


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InvalidAccount(f"密码太短：至少要 {MIN_PASSWORD} 个字符。")
    return password


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
