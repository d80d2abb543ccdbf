"""Settings changed in the app (key → JSON value), each change audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storage.db import Repository
from storage.tables import SettingRow


class PreferenceRepository(Repository):
    """Small key-value settings that admins change at run time."""

    def get(self, key: str, default: Any = None) -> Any:
        with self._read() as s:
            row = s.get(SettingRow, key)
            return default if row is None else row.value

    def set(self, key: str, value: Any, *, actor: str) -> None:
        with self._write() as s:
            row = s.get(SettingRow, key)
            old = None if row is None else row.value
            if row is None:
                s.add(SettingRow(key=key, value=value, updated_by=actor, updated_at=self._now()))
            else:
                row.value, row.updated_by, row.updated_at = value, actor, self._now()
            self._audit(s, actor, "setting.set", key, {"from": old, "to": value})

    def secret(self, key: str, make: Callable[[], str]) -> str:
        """A secret made once per database (every app replica reads the same one); never audited
        with its value."""
        with self._write() as s:
            row = s.get(SettingRow, key)
            if row is not None:
                return row.value
            value = make()
            s.add(SettingRow(key=key, value=value, updated_by="calldrill", updated_at=self._now()))
            self._audit(s, "calldrill", "setting.set", key, {"changed": True})
            return value
