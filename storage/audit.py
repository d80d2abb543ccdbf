"""The append-only audit log: who did what, when, to whom."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from storage.db import Repository
from storage.models import AuditEntry
from storage.tables import AuditRow


class AuditRepository(Repository):
    """Entries are only ever added; the database refuses UPDATE and DELETE on them."""

    def record(
        self, actor: str, action: str, target: str, detail: dict[str, Any] | None = None
    ) -> None:
        """Log something that changes nothing else (a view of another person's record, an export)."""
        with self._write() as s:
            self._audit(s, actor, action, target, detail or {})

    def entries(
        self,
        limit: int = 200,
        actor: str | None = None,
        *,
        actor_contains: str | None = None,
        actions: Sequence[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[AuditEntry]:
        """Newest first; `actor` exact, `actor_contains` a part of the name, `actions` any of these."""
        with self._read() as s:
            q = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
            if actor is not None:
                q = q.where(AuditRow.actor == actor)
            if actor_contains:
                q = q.where(AuditRow.actor.contains(actor_contains, autoescape=True))
            if actions:
                q = q.where(AuditRow.action.in_(list(actions)))
            if since is not None:
                q = q.where(AuditRow.created_at >= since)
            if until is not None:
                q = q.where(AuditRow.created_at < until)
            return [
                AuditEntry(r.id, r.created_at, r.actor, r.action, r.target, dict(r.detail))
                for r in s.scalars(q)
            ]
