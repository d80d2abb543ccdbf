"""The roster: trainees added and updated from the HR's list."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from scoring import certification as cert
from storage.db import Repository
from storage.models import RosterChange
from storage.tables import TraineeRow


class TraineeRepository(Repository):
    """Trainees by id; the roster import writes here."""

    def upsert(
        self, trainees: Iterable[cert.Trainee], *, actor: str | None = None, source: str = ""
    ) -> RosterChange:
        """Add new trainees and update the name and team of known ones, all in one transaction.

        With an `actor`, the import is audited (as `roster.import` of `source`) in that transaction.
        """
        added = updated = unchanged = 0
        now = self._now()
        with self._write() as s:
            for t in trainees:
                row = s.get(TraineeRow, t.id)
                if row is None:
                    s.add(
                        TraineeRow(
                            id=t.id, name=t.name, team=t.team, created_at=now, updated_at=now
                        )
                    )
                    added += 1
                elif (row.name, row.team) != (t.name, t.team):
                    row.name, row.team, row.updated_at = t.name, t.team, now
                    updated += 1
                else:
                    unchanged += 1
                s.flush()
            if actor is not None:
                detail = {"added": added, "updated": updated}
                self._audit(s, actor, "roster.import", source[:200], detail)
        return RosterChange(added, updated, unchanged)

    def all(self) -> list[cert.Trainee]:
        with self._read() as s:
            rows = s.scalars(select(TraineeRow)).all()
            # Sorted here, not by the database: the order must not depend on its collation.
            return sorted(
                (cert.Trainee(r.id, r.name, r.team) for r in rows), key=lambda t: (t.team, t.id)
            )
