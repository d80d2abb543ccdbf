"""Results: trainees, assessment attempts, calls, reports, overrides (append-only).

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
WHEN = sa.DateTime(timezone=True)
APPEND_ONLY = ("assessment_attempts", "calls", "reports", "overrides")


def upgrade() -> None:
    # Frozen history: a released migration is never edited, so its whole DDL stays in one place.
    op.create_table(
        "trainees",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("team", sa.String(100), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_trainees"),
    )
    op.create_table(
        "assessment_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.String(64), nullable=False),
        sa.Column("window", sa.String(8), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("started_at", WHEN, nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("kinds", JSON, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_attempts"),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name="fk_assessment_attempts_trainee_id_trainees"
        ),
        sa.UniqueConstraint(
            "trainee_id",
            "window",
            "number",
            name="uq_assessment_attempts_trainee_id_window_number",
        ),
        sa.CheckConstraint("number >= 1", name="ck_assessment_attempts_number_positive"),
    )
    op.create_index("ix_assessment_attempts_trainee_id", "assessment_attempts", ["trainee_id"])
    op.create_table(
        "calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.String(64), nullable=False),
        sa.Column("scenario_id", sa.String(100), nullable=False),
        sa.Column("scenario_version", sa.Integer(), nullable=False),
        sa.Column("scenario_digest", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(100), nullable=False),
        sa.Column("exam", sa.Boolean(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=True),
        sa.Column("started_at", WHEN, nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("record", JSON, nullable=False),
        sa.Column("record_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_calls"),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name="fk_calls_trainee_id_trainees"
        ),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["assessment_attempts.id"],
            name="fk_calls_attempt_id_assessment_attempts",
        ),
        sa.UniqueConstraint("attempt_id", "kind", name="uq_calls_attempt_id_kind"),
        sa.CheckConstraint(
            "(exam AND attempt_id IS NOT NULL) OR (NOT exam AND attempt_id IS NULL)",
            name="ck_calls_exam_iff_attempt",
        ),
    )
    op.create_index("ix_calls_attempt_id", "calls", ["attempt_id"])
    op.create_index("ix_calls_trainee_id_started_on", "calls", ["trainee_id", "started_on"])
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(100), nullable=False),
        sa.Column("scenario_version", sa.Integer(), nullable=False),
        sa.Column("scenario_digest", sa.String(64), nullable=False),
        sa.Column("pass_mark", sa.Float(), nullable=False),
        sa.Column("weights", JSON, nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("report", JSON, nullable=False),
        sa.Column("scorer", sa.String(100), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reports"),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name="fk_reports_call_id_calls"),
    )
    op.create_index("ix_reports_call_id", "reports", ["call_id"])
    op.create_table(
        "overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_overrides"),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name="fk_overrides_call_id_calls"),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name="fk_overrides_report_id_reports"
        ),
        sa.CheckConstraint("status IN ('pass', 'fail', 'n/a')", name="ck_overrides_status_known"),
    )
    op.create_index("ix_overrides_call_id", "overrides", ["call_id"])
    _append_only_triggers()


def _append_only_triggers() -> None:
    """Results are never changed or deleted, whoever connects: the database refuses it."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION calldrill_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"
        )
        for table in APPEND_ONLY:
            op.execute(
                f"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION calldrill_append_only()"
            )
    else:
        for table in APPEND_ONLY:
            for action in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER trg_{table}_no_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )


def downgrade() -> None:
    for table in ("overrides", "reports", "calls", "assessment_attempts", "trainees"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION calldrill_append_only()")
