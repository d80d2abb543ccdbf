"""Accounts of the web app and their sign-in sessions (only a token's hash is stored).

Signing in is throttled per user name and per client (OWASP ASVS 2.2.1): after a few failures each
further attempt waits longer (1, 2, 4… s), and after more it is locked for a while; failures and
locks are audited. The wait is enforced by refusing early attempts, not by sleeping, and the same
scrypt work is done for a user name without an account, so neither time nor words tell whether a
name exists.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import limits
from core.accounts import (
    InvalidAccount,
    Role,
    SessionExpired,
    SignInFailed,
    SignInThrottled,
    User,
    check_display_name,
    check_password,
    check_username,
    hash_password,
    verify_password,
    verify_unknown,
)
from storage.db import Repository
from storage.tables import SignInThrottleRow, UserRow, WebSessionRow

WRONG = "用户名或密码不对，或者账号已停用。请重新输入；忘记密码请找管理员重设。"


class AccountRepository(Repository):
    """Users, passwords (scrypt hashes) and browser sessions; every change audited."""

    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        *,
        actor: str,
        trainee_id: str | None = None,
        demo: bool = False,
    ) -> User:
        """A new account; a trainee account is linked to a trainee of the roster.

        Only the demo accounts (`demo`, from `calldrill demo`) may have the demo password.
        """
        check_username(username)
        check_password(password, demo=demo)
        display_name = check_display_name(display_name)
        if (role is Role.TRAINEE) != (trainee_id is not None):
            raise InvalidAccount(
                "学员账号要关联一个学员（选择或填写学员工号）；其他角色不关联学员。"
                if role is Role.TRAINEE
                else f"只有学员账号才关联学员工号；{role.label}账号请不要填写工号。"
            )
        now = self._now()
        with self._write() as s:
            if s.get(UserRow, username) is not None:
                raise InvalidAccount(f"用户名“{username}”已经存在，请换一个。")
            if trainee_id is not None:
                self.require_trainee(s, trainee_id)
                taken = s.scalar(select(UserRow.username).where(UserRow.trainee_id == trainee_id))
                if taken:
                    raise InvalidAccount(f"学员“{trainee_id}”已经有账号“{taken}”。")
            row = UserRow(
                username=username,
                display_name=display_name,
                role=role.value,
                password_hash=hash_password(password),
                trainee_id=trainee_id,
                active=True,
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            self._audit(s, actor, "user.add", username, {"role": role.value, "trainee": trainee_id})
            return _user(row)

    def update(
        self,
        username: str,
        *,
        actor: str,
        role: Role | None = None,
        password: str | None = None,
        active: bool | None = None,
    ) -> User:
        if password is not None:
            check_password(password)
        with self._write() as s:
            row = s.get(UserRow, username)
            if row is None:
                raise InvalidAccount(f"没有用户名为“{username}”的账号。")
            changed: dict[str, Any] = {}
            if role is not None and role.value != row.role:
                if (role is Role.TRAINEE) != (row.trainee_id is not None):
                    raise InvalidAccount(
                        "学员账号和其他账号不能互相转换（学员账号关联学员工号）。请新建一个账号。"
                    )
                row.role, changed["role"] = role.value, role.value
            if password is not None:
                row.password_hash, changed["password"] = hash_password(password), "changed"
                _forget_failures(s, _account_key(username))  # a reset password unlocks too
            if active is not None and active != row.active:
                row.active, changed["active"] = active, active
            if changed:
                row.updated_at = self._now()
                self._audit(s, actor, "user.update", username, changed)
            return _user(row)

    def get(self, username: str) -> User | None:
        with self._read() as s:
            row = s.get(UserRow, username)
            return _user(row) if row else None

    def all(self) -> list[User]:
        with self._read() as s:
            return [_user(r) for r in s.scalars(select(UserRow).order_by(UserRow.username))]

    def sign_in(self, username: str, password: str, client: str = "") -> User:
        """The account, when the password is right and the account active; every attempt is logged.

        `client` names where the attempt comes from (the browser's address); failures are counted
        for the user name and for the client, and an attempt that comes too soon after them, or
        while either is locked, is refused unchecked (`SignInThrottled`, saying how long to wait).
        """
        now = self._now()
        keys = {_account_key(username): _ACCOUNT}
        if client:
            keys[_client_key(client)] = _CLIENT
        with self._read() as s:
            waits = [_wait(s.get(SignInThrottleRow, k), kind, now) for k, kind in keys.items()]
            row = s.get(UserRow, username) if len(username) <= 64 else None
            account = (row.password_hash, _user(row)) if row is not None else None
        wait = max((w for w in waits if w is not None), key=lambda w: w.seconds, default=None)
        if wait is not None:
            raise SignInThrottled(wait.message(username))
        if account is None or len(password) > limits.PASSWORD_MAX_CHARS:
            ok = verify_unknown(password[: limits.PASSWORD_MAX_CHARS])
        else:
            ok = verify_password(password, account[0]) and account[1].active
        detail = {"client": client} if client else {}
        with self._write() as s:
            if ok:
                _forget_failures(s, _account_key(username))
                self._audit(s, username, "sign_in", username, detail)
                return account[1]
            self._audit(s, username[:64], "sign_in.failed", username[:200], detail)
            locked = []
            for key, kind in keys.items():
                until = _count_failure(s, key, kind, now)
                if until is not None:
                    locked.append(_Wait(kind, (until - now).total_seconds(), True))
                    self._audit(
                        s,
                        username[:64],
                        "sign_in.locked",
                        key[:200],
                        {"failures": kind.lock_after, "until": until.isoformat(), **detail},
                    )
        if locked:
            raise SignInThrottled(locked[0].message(username))
        raise SignInFailed(WRONG)

    def with_password(
        self, password: str, known: Collection[str] = ()
    ) -> tuple[list[str], set[str]]:
        """Active accounts whose password is `password`, and the digests of the hashes that are not.

        Each account costs one scrypt (about 60 ms); `known` are digests from an earlier call,
        skipped because a hash that did not match once never will.
        """
        with self._read() as s:
            rows = [(r.username, r.password_hash) for r in s.scalars(select(UserRow)) if r.active]
        matches, clean = [], set()
        for username, stored in sorted(rows):
            digest = _sha256(stored)
            if digest in known:
                clean.add(digest)
            elif verify_password(password, stored):
                matches.append(username)
            else:
                clean.add(digest)
        return matches, clean

    def start_session(self, username: str) -> str:
        """A sign-in session for the browser; returns the token (only its hash is stored)."""
        token = secrets.token_urlsafe(32)
        now = self._now()
        with self._write() as s:
            s.add(
                WebSessionRow(
                    token_sha256=_sha256(token), username=username, created_at=now, last_seen_at=now
                )
            )
        return token

    def resume_session(
        self, token: str, idle: timedelta, lifetime: timedelta | None = None
    ) -> User | None:
        """The user of a live session (and it is kept alive); None for an unknown or ended one.

        `SessionExpired` when it was idle longer than `idle`, began longer than `lifetime` ago
        (it is ended then), or the account was disabled meanwhile.
        """
        now = self._now()
        with self._write() as s:
            row = s.get(WebSessionRow, _sha256(token))
            if row is None or row.ended_at is not None:
                return None
            user = s.get(UserRow, row.username)
            too_old = lifetime is not None and now - row.created_at > lifetime
            if now - row.last_seen_at > idle or too_old or not user.active:
                row.ended_at = now
                if not user.active:
                    words = "您的账号已被停用，请联系管理员。"
                elif too_old:
                    hours = f"{lifetime.total_seconds() / 3600:g}"
                    words = f"登录已超过 {hours} 小时，为了安全请重新登录。"
                else:
                    words = "登录已过期（长时间没有操作），请重新登录。"
                expired = SessionExpired(words)
            else:
                row.last_seen_at = now
                return _user(user)
        raise expired  # after the commit: the session stays ended

    def end_session(self, token: str) -> None:
        with self._write() as s:
            row = s.get(WebSessionRow, _sha256(token))
            if row is not None and row.ended_at is None:
                row.ended_at = self._now()
                self._audit(s, row.username, "sign_out", row.username, {})


@dataclass(frozen=True)
class _Kind:
    """Throttling of one kind of key: failures free of delay, failures that lock."""

    free: int
    lock_after: int


_ACCOUNT = _Kind(limits.ACCOUNT_FREE_FAILURES, limits.ACCOUNT_LOCK_FAILURES)
_CLIENT = _Kind(limits.CLIENT_FREE_FAILURES, limits.CLIENT_LOCK_FAILURES)
_WINDOW = timedelta(minutes=limits.SIGN_IN_WINDOW_MINUTES)
_LOCK = timedelta(minutes=limits.SIGN_IN_LOCK_MINUTES)


@dataclass(frozen=True)
class _Wait:
    kind: _Kind
    seconds: float
    locked: bool

    def message(self, username: str) -> str:
        if not self.locked:
            return f"登录失败的次数较多，请等 {math.ceil(self.seconds)} 秒后再试。"
        minutes = max(1, math.ceil(self.seconds / 60))
        if self.kind is _ACCOUNT:
            return (
                f"用户名“{username[:64]}”连续登录失败 {self.kind.lock_after} 次，已暂时锁定，"
                f"请 {minutes} 分钟后再试；忘记密码请找管理员重设（重设后即可登录）。"
            )
        return (
            f"从您这里登录失败的次数太多（{self.kind.lock_after} 次），已暂时禁止登录，"
            f"请 {minutes} 分钟后再试。"
        )


def _account_key(username: str) -> str:
    return f"account:{username[:100]}"


def _client_key(client: str) -> str:
    return f"client:{client[:200]}"


def _stale(row: SignInThrottleRow, now: datetime) -> bool:
    """Its failures no longer count: none for the window's length, or the lock has run out."""
    if row.locked_until is not None:
        return now >= row.locked_until
    return now - row.last_failure_at > _WINDOW


def _wait(row: SignInThrottleRow | None, kind: _Kind, now: datetime) -> _Wait | None:
    """How long an attempt must still wait because of the failures in `row`, or None."""
    if row is None or _stale(row, now):
        return None
    if row.locked_until is not None:
        return _Wait(kind, (row.locked_until - now).total_seconds(), True)
    ready = row.last_failure_at + timedelta(seconds=limits.sign_in_delay(row.failures, kind.free))
    return _Wait(kind, (ready - now).total_seconds(), False) if now < ready else None


def _count_failure(s: Session, key: str, kind: _Kind, now: datetime) -> datetime | None:
    """One more failure for `key`; the end of the lock when this failure locks it."""
    row = s.get(SignInThrottleRow, key, with_for_update=True)
    if row is None:
        try:
            with s.begin_nested():
                row = SignInThrottleRow(
                    key=key, failures=0, first_failure_at=now, last_failure_at=now
                )
                s.add(row)
                s.flush()
        except IntegrityError:  # another process counted a first failure at the same moment
            row = s.get(SignInThrottleRow, key, with_for_update=True, populate_existing=True)
    if _stale(row, now):
        row.failures, row.first_failure_at, row.locked_until = 0, now, None
    row.failures += 1
    row.last_failure_at = now
    if row.failures >= kind.lock_after:
        row.locked_until = now + _LOCK
        return row.locked_until
    return None


def _forget_failures(s: Session, key: str) -> bool:
    row = s.get(SignInThrottleRow, key)
    if row is None:
        return False
    s.delete(row)
    return True


def _sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(r: UserRow) -> User:
    return User(r.username, r.display_name, Role(r.role), r.trainee_id, r.active)
