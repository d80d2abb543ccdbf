"""Assessments left half-way become attempts: an attempt is now stored when it starts.

Before this revision the web app noted an abandoned assessment only in the audit log (an
`exam.start` without its `exam.finish`), and counted it there. Each such start becomes an attempt
row without calls (an incomplete, failed attempt), so every count reads the attempts table alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

audit = sa.table(
    "audit_log",
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("action", sa.String),
    sa.column("target", sa.String),
    sa.column("detail", sa.JSON),
)
attempts = sa.table(
    "assessment_attempts",
    sa.column("trainee_id", sa.String),
    sa.column("window", sa.String),
    sa.column("number", sa.Integer),
    sa.column("started_at", sa.DateTime(timezone=True)),
    sa.column("taken_on", sa.Date),
    sa.column("kinds", sa.JSON),
    sa.column("created_at", sa.DateTime(timezone=True)),
)
trainees = sa.table("trainees", sa.column("id", sa.String))


def upgrade() -> None:
    conn = op.get_bind()
    known = set(conn.scalars(sa.select(trainees.c.id)))
    rows = conn.execute(
        sa.select(audit.c.created_at, audit.c.action, audit.c.target, audit.c.detail)
        .where(audit.c.action.in_(("exam.start", "exam.finish")))
        .order_by(audit.c.created_at)
    ).all()
    open_starts: dict[tuple[str, str], list[datetime]] = {}
    for at, action, trainee, detail in rows:
        detail = json.loads(detail) if isinstance(detail, str) else (detail or {})
        key = (trainee, str(detail.get("window", "")))
        if action == "exam.start":
            open_starts.setdefault(key, []).append(at)
        elif open_starts.get(key):
            open_starts[key].pop(0)
    used = Counter(
        (t, w) for t, w in conn.execute(sa.select(attempts.c.trainee_id, attempts.c.window))
    )
    now = datetime.now(UTC)
    if conn.dialect.name == "sqlite":  # naive UTC there, as the app's UTCDateTime stores it
        now = now.replace(tzinfo=None)
    for (trainee, window), starts in open_starts.items():
        if trainee not in known or not window:
            continue
        for at in starts:
            used[(trainee, window)] += 1
            op.execute(
                attempts.insert().values(
                    trainee_id=trainee,
                    window=window,
                    number=used[(trainee, window)],
                    started_at=at,
                    taken_on=at.date(),
                    kinds=["（中途离开，未完成）"],
                    created_at=now,
                )
            )


def downgrade() -> None:
    """Attempts are append-only; the rows added here stay (they were real attempts)."""
