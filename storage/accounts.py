"""Accounts of the web app and their sign-in sessions (only a token's hash is stored)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from core.accounts import (
    InvalidAccount,
    Role,
    SessionExpired,
    SignInFailed,
    User,
    check_password,
    check_username,
    hash_password,
    verify_password,
)
from storage.db import Repository
from storage.tables import UserRow, WebSessionRow


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
    ) -> User:
        """A new account; a trainee account is linked to a trainee of the roster."""
        check_username(username)
        check_password(password)
        if not display_name.strip():
            raise InvalidAccount("请填写姓名。")
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
                display_name=display_name.strip(),
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

    def sign_in(self, username: str, password: str) -> User:
        """The account, when the password is right and the account active; every attempt is logged."""
        with self._write() as s:
            row = s.get(UserRow, username)
            ok = row is not None and row.active and verify_password(password, row.password_hash)
            self._audit(s, username[:64], "sign_in" if ok else "sign_in.failed", username[:200], {})
        if not ok:
            raise SignInFailed(
                "用户名或密码不对，或者账号已停用。请重新输入；忘记密码请找管理员重设。"
            )
        return _user(row)

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

    def resume_session(self, token: str, idle: timedelta) -> User | None:
        """The user of a live session (and it is kept alive); None for an unknown or ended one.

        `SessionExpired` when it was idle longer than `idle` (it is ended then) or the account was
        disabled meanwhile.
        """
        now = self._now()
        with self._write() as s:
            row = s.get(WebSessionRow, _sha256(token))
            if row is None or row.ended_at is not None:
                return None
            user = s.get(UserRow, row.username)
            if now - row.last_seen_at > idle or not user.active:
                row.ended_at = now
                expired = SessionExpired(
                    "登录已过期（长时间没有操作），请重新登录。"
                    if user.active
                    else "您的账号已被停用，请联系管理员。"
                )
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


def _sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(r: UserRow) -> User:
    return User(r.username, r.display_name, Role(r.role), r.trainee_id, r.active)
