"""Scenario drafts and publications (versions of the scenario set the app runs)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from core.errors import StorageError
from storage.db import Repository
from storage.models import Publication, ScenarioDraft
from storage.tables import PublicationRow, ScenarioDraftRow


class LibraryRepository(Repository):
    """Drafts are append-only; a publication is training, then live or failed."""

    def add_draft(self, filename: str, text: str, *, author: str) -> ScenarioDraft:
        """A trainer's saved (already validated) version of one scenario file; audited."""
        with self._write() as s:
            row = ScenarioDraftRow(
                filename=filename, text=text, author=author, created_at=self._now()
            )
            s.add(row)
            s.flush()
            self._audit(s, author, "scenario.draft", filename, {"draft": row.id})
            return _draft(row)

    def drafts(self, since: datetime | None = None) -> list[ScenarioDraft]:
        """The newest draft of each file saved after `since` (the live publication), by file name."""
        with self._read() as s:
            q = select(ScenarioDraftRow).order_by(ScenarioDraftRow.id)
            if since is not None:
                q = q.where(ScenarioDraftRow.created_at > since)
            newest = {r.filename: _draft(r) for r in s.scalars(q)}
            return [newest[name] for name in sorted(newest)]

    def start_publication(self, digest: str, files: dict[str, str], *, actor: str) -> Publication:
        """A new version of the scenario set, in training until `finish_publication`; audited."""
        with self._write() as s:
            row = PublicationRow(
                digest=digest,
                files=dict(files),
                actor=actor,
                status="training",
                message="",
                created_at=self._now(),
            )
            s.add(row)
            s.flush()
            self._audit(s, actor, "scenario.publish", str(row.id), {"digest": digest})
            return _publication(row)

    def finish_publication(self, publication_id: int, *, live: bool, message: str) -> Publication:
        """Training ended: the publication goes live, or failed with the reason."""
        with self._write() as s:
            row = s.get(PublicationRow, publication_id)
            if row is None or row.status != "training":
                raise StorageError(f"发布记录 {publication_id} 不存在或已经结束。")
            row.status, row.message = ("live" if live else "failed"), message
            row.finished_at = self._now()
            self._audit(s, row.actor, f"scenario.publish.{row.status}", str(row.id), {})
            return _publication(row)

    def publications(self, limit: int = 20) -> list[Publication]:
        """The newest publications first."""
        with self._read() as s:
            q = select(PublicationRow).order_by(PublicationRow.id.desc()).limit(limit)
            return [_publication(r) for r in s.scalars(q)]

    def live_publication(self) -> Publication | None:
        """The scenario set the app runs: the newest publication whose training succeeded."""
        with self._read() as s:
            row = s.scalars(
                select(PublicationRow)
                .where(PublicationRow.status == "live")
                .order_by(PublicationRow.id.desc())
                .limit(1)
            ).first()
            return _publication(row) if row else None


def _draft(r: ScenarioDraftRow) -> ScenarioDraft:
    return ScenarioDraft(r.id, r.filename, r.text, r.author, r.created_at)


def _publication(r: PublicationRow) -> Publication:
    return Publication(
        r.id, r.digest, dict(r.files), r.actor, r.status, r.message, r.created_at, r.finished_at
    )
