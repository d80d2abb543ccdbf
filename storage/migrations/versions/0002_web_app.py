"""Web app: user accounts and sign-in sessions, the audit log, settings, trainers' reviews, scenario drafts and publications.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
WHEN = sa.DateTime(timezone=True)
APPEND_ONLY = ("audit_log", "reviews", "scenario_drafts")


def upgrade() -> None:
    # Frozen history: a released migration is never edited, so its whole DDL stays in one place.
    op.create_table(
        "users",
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("trainee_id", sa.String(64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("username", name="pk_users"),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name="fk_users_trainee_id_trainees"
        ),
        sa.UniqueConstraint("trainee_id", name="uq_users_trainee_id"),
        sa.CheckConstraint(
            "role IN ('trainee', 'trainer', 'hr', 'admin')", name="ck_users_role_known"
        ),
        sa.CheckConstraint(
            "(role = 'trainee') = (trainee_id IS NOT NULL)", name="ck_users_trainee_iff_linked"
        ),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("last_seen_at", WHEN, nullable=False),
        sa.Column("ended_at", WHEN, nullable=True),
        sa.PrimaryKeyConstraint("token_sha256", name="pk_web_sessions"),
        sa.ForeignKeyConstraint(
            ["username"], ["users.username"], name="fk_web_sessions_username_users"
        ),
    )
    op.create_index("ix_web_sessions_username", "web_sessions", ["username"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("detail", JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_actor", "audit_log", ["actor"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", JSON, nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("reviewer", sa.String(64), nullable=False),
        sa.Column("agreed", sa.Boolean(), nullable=False),
        sa.Column("override_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name="fk_reviews_call_id_calls"),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name="fk_reviews_report_id_reports"),
        sa.ForeignKeyConstraint(
            ["override_id"], ["overrides.id"], name="fk_reviews_override_id_overrides"
        ),
        sa.CheckConstraint(
            "agreed = (override_id IS NULL)", name="ck_reviews_override_iff_disagreed"
        ),
    )
    op.create_index("ix_reviews_call_id", "reviews", ["call_id"])
    op.create_table(
        "scenario_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scenario_drafts"),
    )
    op.create_index("ix_scenario_drafts_filename", "scenario_drafts", ["filename"])
    op.create_table(
        "scenario_publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("files", JSON, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("finished_at", WHEN, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_scenario_publications"),
        sa.CheckConstraint(
            "status IN ('training', 'live', 'failed')",
            name="ck_scenario_publications_status_known",
        ),
    )
    _append_only_triggers()


def _append_only_triggers() -> None:
    """Same guard as 0001: the log and the reviews are never changed or deleted."""
    if op.get_bind().dialect.name == "postgresql":
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
    for table in (
        "scenario_publications",
        "scenario_drafts",
        "reviews",
        "settings",
        "audit_log",
        "web_sessions",
        "users",
    ):
        op.drop_table(table)
