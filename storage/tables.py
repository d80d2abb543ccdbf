"""The schema as SQLAlchemy tables; the Alembic migrations in storage/migrations/ create it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

__all__ = [
    "APPEND_ONLY_TABLES",
    "AttemptRow",
    "AuditRow",
    "Base",
    "CallRow",
    "OverrideRow",
    "PublicationRow",
    "ReportRow",
    "ReviewRow",
    "ScenarioDraftRow",
    "SettingRow",
    "SignInThrottleRow",
    "TraineeRow",
    "UserRow",
    "WebSessionRow",
]

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONDoc = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (no time zones) as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        value = value.astimezone(UTC)  # a naive value is taken as the machine's local time
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class TraineeRow(Base):
    __tablename__ = "trainees"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    team: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AttemptRow(Base):
    __tablename__ = "assessment_attempts"
    __table_args__ = (
        UniqueConstraint("trainee_id", "window", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_id: Mapped[str] = mapped_column(ForeignKey("trainees.id"), index=True)
    window: Mapped[str] = mapped_column(String(8))
    number: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    taken_on: Mapped[date] = mapped_column(Date)
    kinds: Mapped[list[str]] = mapped_column(JSONDoc)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CallRow(Base):
    __tablename__ = "calls"
    __table_args__ = (
        UniqueConstraint("attempt_id", "kind"),
        CheckConstraint(
            "(exam AND attempt_id IS NOT NULL) OR (NOT exam AND attempt_id IS NULL)",
            name="exam_iff_attempt",
        ),
        Index(None, "trainee_id", "started_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_id: Mapped[str] = mapped_column(ForeignKey("trainees.id"))
    scenario_id: Mapped[str] = mapped_column(String(100))
    scenario_version: Mapped[int] = mapped_column(Integer)
    scenario_digest: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(100))
    exam: Mapped[bool] = mapped_column(Boolean)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("assessment_attempts.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_on: Mapped[date] = mapped_column(Date)
    record: Mapped[dict[str, Any]] = mapped_column(JSONDoc)
    record_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReportRow(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), index=True)
    scenario_id: Mapped[str] = mapped_column(String(100))
    scenario_version: Mapped[int] = mapped_column(Integer)
    scenario_digest: Mapped[str] = mapped_column(String(64))
    pass_mark: Mapped[float] = mapped_column(Float)
    weights: Mapped[dict[str, float]] = mapped_column(JSONDoc)
    score: Mapped[float] = mapped_column(Float)
    passed: Mapped[bool] = mapped_column(Boolean)
    report: Mapped[dict[str, Any]] = mapped_column(JSONDoc)
    scorer: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OverrideRow(Base):
    __tablename__ = "overrides"
    __table_args__ = (CheckConstraint("status IN ('pass', 'fail', 'n/a')", name="status_known"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"))
    rule_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(8))
    actor: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('trainee', 'trainer', 'hr', 'admin')", name="role_known"),
        CheckConstraint("(role = 'trainee') = (trainee_id IS NOT NULL)", name="trainee_iff_linked"),
    )

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    trainee_id: Mapped[str | None] = mapped_column(ForeignKey("trainees.id"), unique=True)
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class WebSessionRow(Base):
    __tablename__ = "web_sessions"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SignInThrottleRow(Base):
    """Failed sign-ins of one user name or one client, counted in a window; a lock when too many."""

    __tablename__ = "sign_in_throttle"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    first_failure_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_failure_at: Mapped[datetime] = mapped_column(UTCDateTime())
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AuditRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(200))
    detail: Mapped[dict[str, Any]] = mapped_column(JSONDoc)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONDoc)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReviewRow(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint("agreed = (override_id IS NULL)", name="override_iff_disagreed"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"))
    rule_id: Mapped[str] = mapped_column(String(64))
    reviewer: Mapped[str] = mapped_column(String(64))
    agreed: Mapped[bool] = mapped_column(Boolean)
    override_id: Mapped[int | None] = mapped_column(ForeignKey("overrides.id"))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ScenarioDraftRow(Base):
    __tablename__ = "scenario_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filename: Mapped[str] = mapped_column(String(200), index=True)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PublicationRow(Base):
    __tablename__ = "scenario_publications"
    __table_args__ = (
        CheckConstraint("status IN ('training', 'live', 'failed')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    files: Mapped[dict[str, str]] = mapped_column(JSONDoc)
    actor: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


APPEND_ONLY_TABLES = (
    "assessment_attempts",
    "calls",
    "reports",
    "overrides",
    "audit_log",
    "reviews",
    "scenario_drafts",
)
