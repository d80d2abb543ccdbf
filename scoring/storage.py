"""Results storage: trainees, calls, score reports, trainers' overrides and assessment attempts.

SQLite by default (one file in the data directory), PostgreSQL by URL (CALLDRILL_DATABASE_URL). The
schema is created and upgraded by the Alembic migrations in scoring/migrations/ when the store opens;
Alembic is configured here, in code, so no alembic.ini is needed.

Results are append-only and auditable: a call record is stored whole (JSON) with the scenario id,
version and digest it was played with; each report stores the scenario terms it was scored against
(id, version, digest, pass mark, weights). A re-score adds a report (the latest one counts), a
trainer's override adds a row saying who, when and why, and the database itself refuses UPDATE and
DELETE on those tables. Each public write method is one transaction: a process killed in the middle
leaves either all of that write or none of it.

The web app adds (migration 0002) user accounts, an append-only audit log of every change and of
every view of another person's record, settings, trainers' reviews, and scenario drafts and
publications. A write and its audit entry are one transaction.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator

from scoring import certification as cert
from scoring.accounts import (
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
from scoring.report import RuleStatus, ScoreReport
from scoring.rubric import ALL_RULES
from simulator.callrecord import CallRecord, parse_call_record
from simulator.config import database_url
from simulator.errors import InputError, StorageError
from simulator.scenario import Scenario

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PG_MIGRATION_LOCK = 0x63616C6C  # pg_advisory_xact_lock key: one migrating process at a time


class UnknownTrainee(StorageError):
    code = "trainee-unknown"


class UnknownCall(StorageError):
    code = "call-unknown"


class RecordMismatch(StorageError):
    """A call record, its scenario and its report do not belong together."""

    code = "record-mismatch"


class InvalidOverride(InputError):
    code = "override-invalid"


# --- schema ---------------------------------------------------------------------------------------

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


# --- what callers hand in and get back ------------------------------------------------------------


@dataclass(frozen=True)
class ScoredCall:
    """One finished call with the scenario it was played and scored with, and its report."""

    record: CallRecord
    scenario: Scenario
    report: ScoreReport
    started_at: datetime
    """When the call started; a naive value is the machine's local time. Its date is the call's day."""
    scorer: str | None = None


@dataclass(frozen=True)
class StoredReport:
    report_id: int
    report: ScoreReport
    scenario_id: str
    scenario_version: int
    scenario_digest: str
    pass_mark: float
    weights: dict[str, float]
    scorer: str | None
    created_at: datetime


@dataclass(frozen=True)
class StoredCall:
    """Everything stored about one call, for audit and re-scoring; reports and overrides oldest first."""

    call_id: int
    trainee_id: str
    scenario_id: str
    scenario_version: int
    scenario_digest: str
    kind: str
    exam: bool
    attempt_id: int | None
    started_at: datetime
    started_on: date
    record: CallRecord
    record_sha256: str
    reports: tuple[StoredReport, ...]
    overrides: tuple[cert.RuleOverride, ...]

    @property
    def latest_report(self) -> StoredReport:
        return self.reports[-1]


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class RosterChange:
    added: int
    updated: int
    unchanged: int

    @property
    def loaded(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True)
class CallSummary:
    """One stored call as the review queue sees it."""

    call_id: int
    trainee_id: str
    team: str
    scenario_id: str
    kind: str
    exam: bool
    started_on: date
    """The call's local day."""


@dataclass(frozen=True)
class ScoredCallSummary:
    """One of a trainee's calls with its latest report's score, for their history."""

    call_id: int
    scenario_id: str
    exam: bool
    started_at: datetime
    started_on: date
    score: float
    passed: bool


@dataclass(frozen=True)
class Review:
    """A trainer's review of one rule of one call; `status` is the override when not agreed."""

    id: int
    call_id: int
    report_id: int
    rule_id: str
    reviewer: str
    agreed: bool
    status: RuleStatus | None
    reason: str
    at: datetime


@dataclass(frozen=True)
class ScenarioDraft:
    id: int
    filename: str
    text: str
    author: str
    at: datetime


@dataclass(frozen=True)
class Publication:
    """A version of the scenario set: its files, and whether its bot trained (training/live/failed)."""

    id: int
    digest: str
    files: dict[str, str]
    actor: str
    status: str
    message: str
    created_at: datetime
    finished_at: datetime | None


def record_digest(data: dict[str, Any]) -> str:
    """SHA-256 of a call record's canonical JSON: shows that a stored record was never altered."""
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- engine and migrations ------------------------------------------------------------------------


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, connect_args={"timeout": 30})

    # pysqlite's own transaction handling starts transactions late and not for every statement; the
    # SQLAlchemy-documented fix is to turn it off and emit BEGIN ourselves. Writers use BEGIN IMMEDIATE
    # so that what they read to decide (e.g. attempts used) cannot change before they commit.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configured in code; pass a connection for commands that touch a database.

    New migration (e.g. users and roles for the web UI), from the repository root:
        python -c "from alembic import command; from scoring.storage import alembic_config; \
command.revision(alembic_config(), 'add users', rev_id='0002')"
    """
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction."""
    script = ScriptDirectory.from_config(alembic_config())
    heads = set(script.get_heads())
    with engine.execution_options(sqlite_begin="BEGIN IMMEDIATE").begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        current = set(MigrationContext.configure(conn).get_current_heads())
        if current == heads:
            return
        known = {rev.revision for rev in script.walk_revisions()}
        unknown = current - known
        if unknown:
            raise StorageError(
                f"数据库的结构版本（{'、'.join(sorted(unknown))}）比本程序新。请升级 CallDrill 后再使用这个数据库。"
            )
        command.upgrade(alembic_config(conn), "head")


def _describe(url: str) -> str:
    """The URL for a message, without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (SQLAlchemyError, ValueError):
        return "“" + url.split("@")[-1] + "”"


# --- the store ------------------------------------------------------------------------------------


class Store:
    """The results database. `Store.open()` connects and migrates; every write is one transaction."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._writer = engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        url = url or database_url()
        try:
            engine = _create_engine(url)
        except (SQLAlchemyError, ImportError, ValueError) as e:
            raise StorageError(
                f"数据库地址 {_describe(url)} 无效（{_first_line(e)}）。请检查 CALLDRILL_DATABASE_URL。"
            ) from None
        except OSError as e:
            raise StorageError(
                f"无法创建数据库文件 {_describe(url)}：{e.strerror or e.__class__.__name__}。请检查数据目录和权限。"
            ) from None
        try:
            _migrate(engine)
        except StorageError:
            engine.dispose()
            raise
        except (SQLAlchemyError, OSError) as e:
            engine.dispose()
            raise StorageError(
                f"无法打开数据库 {_describe(url)}：{_first_line(e)}。请检查数据库地址和权限。"
            ) from None
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                yield session
        except IntegrityError as e:
            raise StorageError(
                f"写入被数据库拒绝（可能有另一个程序同时写入了同一条记录），没有保存任何内容。请重试。（{_first_line(e)}）"
            ) from None
        except DBAPIError as e:
            raise StorageError(f"无法写入数据库，没有保存任何内容：{_first_line(e)}。") from None

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self.engine) as session, session.begin():
                yield session
        except DBAPIError as e:
            raise StorageError(f"无法读取数据库：{_first_line(e)}。") from None

    @staticmethod
    def _now() -> datetime:
        return datetime.now(UTC)

    # --- trainees ---

    def upsert_trainees(self, trainees: Iterable[cert.Trainee]) -> RosterChange:
        """Add new trainees and update the name and team of known ones, all in one transaction."""
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
        return RosterChange(added, updated, unchanged)

    def trainees(self) -> list[cert.Trainee]:
        with self._read() as s:
            rows = s.scalars(select(TraineeRow)).all()
            # Sorted here, not by the database: the order must not depend on its collation.
            return sorted(
                (cert.Trainee(r.id, r.name, r.team) for r in rows), key=lambda t: (t.team, t.id)
            )

    # --- accounts, audit log, settings ---

    def add_user(
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
                "学员账号要关联一个学员工号（--trainee）；其他角色不关联学员。"
                if role is Role.TRAINEE
                else f"只有学员账号才关联学员工号；{role.label}账号请不要填写工号。"
            )
        now = self._now()
        with self._write() as s:
            if s.get(UserRow, username) is not None:
                raise InvalidAccount(f"用户名“{username}”已经存在，请换一个。")
            if trainee_id is not None:
                self._require_trainee(s, trainee_id)
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

    def update_user(
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

    def user(self, username: str) -> User | None:
        with self._read() as s:
            row = s.get(UserRow, username)
            return _user(row) if row else None

    def users(self) -> list[User]:
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

    def audit(
        self, actor: str, action: str, target: str, detail: dict[str, Any] | None = None
    ) -> None:
        """Log something that changes nothing else (a view of another person's record, an export)."""
        with self._write() as s:
            self._audit(s, actor, action, target, detail or {})

    def audit_log(self, limit: int = 200, actor: str | None = None) -> list[AuditEntry]:
        with self._read() as s:
            q = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
            if actor is not None:
                q = q.where(AuditRow.actor == actor)
            return [
                AuditEntry(r.id, r.created_at, r.actor, r.action, r.target, dict(r.detail))
                for r in s.scalars(q)
            ]

    def setting(self, key: str, default: Any = None) -> Any:
        with self._read() as s:
            row = s.get(SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any, *, actor: str) -> None:
        with self._write() as s:
            row = s.get(SettingRow, key)
            old = None if row is None else row.value
            if row is None:
                s.add(SettingRow(key=key, value=value, updated_by=actor, updated_at=self._now()))
            else:
                row.value, row.updated_by, row.updated_at = value, actor, self._now()
            self._audit(s, actor, "setting.set", key, {"from": old, "to": value})

    def _audit(self, s: Session, actor: str, action: str, target: str, detail: dict) -> None:
        s.add(
            AuditRow(
                created_at=self._now(), actor=actor, action=action, target=target, detail=detail
            )
        )
        s.flush()

    # --- calls, attempts, reports, overrides ---

    def record_practice_call(self, trainee_id: str, call: ScoredCall) -> int:
        """Store one practice call with its report; returns the call id."""
        with self._write() as s:
            self._require_trainee(s, trainee_id)
            return self._add_call(s, trainee_id, call, attempt=None)

    def record_attempt(
        self,
        trainee_id: str,
        calls: Sequence[ScoredCall],
        *,
        required_kinds: Iterable[str],
        max_attempts: int = cert.DEFAULT_MAX_ATTEMPTS,
    ) -> int:
        """Store a whole assessment attempt (one exam call of each required kind) in one transaction.

        The attempt belongs to the window of its first call's day; `AttemptLimitReached` when the
        trainee has already used `max_attempts` attempts in it. Returns the attempt id.
        """
        kinds = tuple(dict.fromkeys(required_kinds))
        if not kinds:
            raise RecordMismatch("考核至少要包含一种场景类型。")
        got = [c.scenario.kind for c in calls]
        if sorted(got) != sorted(kinds):
            missing = [k for k in kinds if k not in got]
            extra = [k for k in got if k not in kinds or got.count(k) > 1]
            raise RecordMismatch(
                "一次考核应包含每种场景类型各一通考核电话。"
                + (f"缺少：{'、'.join(missing)}。" if missing else "")
                + (f"多余或重复：{'、'.join(dict.fromkeys(extra))}。" if extra else "")
            )
        started_at = min(_aware(c.started_at) for c in calls)
        taken_on = started_at.date()
        window = cert.Window.of(taken_on)
        with self._write() as s:
            self._require_trainee(s, trainee_id)
            used = s.scalar(
                select(func.count())
                .select_from(AttemptRow)
                .where(AttemptRow.trainee_id == trainee_id, AttemptRow.window == str(window))
            )
            cert.check_attempt_allowed(used or 0, window, max_attempts)
            attempt = AttemptRow(
                trainee_id=trainee_id,
                window=str(window),
                number=(used or 0) + 1,
                started_at=started_at,
                taken_on=taken_on,
                kinds=list(kinds),
                created_at=self._now(),
            )
            s.add(attempt)
            s.flush()
            for c in calls:
                self._add_call(s, trainee_id, c, attempt=attempt.id)
            return attempt.id

    def add_report(
        self, call_id: int, report: ScoreReport, scenario: Scenario, scorer: str | None = None
    ) -> int:
        """A re-score: a new report for a stored call (the latest report counts); returns its id."""
        with self._write() as s:
            call = s.get(CallRow, call_id)
            if call is None:
                raise UnknownCall(f"没有编号为 {call_id} 的通话记录。")
            _check_belongs(call.scenario_id, call.kind, scenario, report)
            return self._add_report(s, call_id, report, scenario, scorer)

    def add_override(
        self,
        call_id: int,
        rule_id: str,
        status: RuleStatus,
        actor: str,
        reason: str,
        at: datetime | None = None,
    ) -> int:
        """A trainer's manual decision on one rule of a call: who, when and why. Returns its id."""
        _check_override(rule_id, status, actor, reason)
        with self._write() as s:
            latest = self._latest_report_id(s, call_id)
            return self._add_override(s, call_id, latest, rule_id, status, actor, reason, at)

    def _add_override(
        self,
        s: Session,
        call_id: int,
        report_id: int,
        rule_id: str,
        status: RuleStatus,
        actor: str,
        reason: str,
        at: datetime | None = None,
    ) -> int:
        row = OverrideRow(
            call_id=call_id,
            report_id=report_id,
            rule_id=rule_id,
            status=status,
            actor=actor.strip(),
            reason=reason.strip(),
            created_at=_aware(at) if at else self._now(),
        )
        s.add(row)
        s.flush()
        return row.id

    @staticmethod
    def _latest_report_id(s: Session, call_id: int) -> int:
        latest = s.scalar(select(func.max(ReportRow.id)).where(ReportRow.call_id == call_id))
        if latest is None:
            raise UnknownCall(f"没有编号为 {call_id} 的通话记录。")
        return latest

    # --- trainers' reviews ---

    def trainee_calls(self, trainee_id: str) -> list[ScoredCallSummary]:
        """The trainee's calls, oldest first, each with its latest report's score."""
        with self._read() as s:
            calls = s.scalars(
                select(CallRow)
                .where(CallRow.trainee_id == trainee_id)
                .order_by(CallRow.started_at, CallRow.id)
            ).all()
            latest = self._latest_reports(s, [c.id for c in calls])
            return [
                ScoredCallSummary(
                    c.id,
                    c.scenario_id,
                    c.exam,
                    c.started_at,
                    c.started_on,
                    latest[c.id].score,
                    latest[c.id].passed,
                )
                for c in calls
            ]

    def calls_between(self, first: date, last: date) -> list[CallSummary]:
        """Every call played on the days first..last, with the trainee's team, oldest first."""
        with self._read() as s:
            rows = s.execute(
                select(CallRow, TraineeRow.team)
                .join(TraineeRow, TraineeRow.id == CallRow.trainee_id)
                .where(CallRow.started_on.between(first, last))
                .order_by(CallRow.id)
            ).all()
            return [
                CallSummary(c.id, c.trainee_id, team, c.scenario_id, c.kind, c.exam, c.started_on)
                for c, team in rows
            ]

    def add_review(
        self,
        call_id: int,
        rule_id: str,
        *,
        reviewer: str,
        override: RuleStatus | None = None,
        reason: str = "",
    ) -> int:
        """A trainer's review of one rule of a call's latest report: agreed (no override) or overridden.

        An override is also an `overrides` row (certification reads those), in the same transaction,
        and so is the audit entry. Returns the review id.
        """
        if override is not None:
            _check_override(rule_id, override, reviewer, reason)
        elif rule_id not in ALL_RULES:
            raise InvalidOverride(f"未知的规则 id“{rule_id}”。可用的规则：{'、'.join(ALL_RULES)}。")
        with self._write() as s:
            report_id = self._latest_report_id(s, call_id)
            override_id = (
                None
                if override is None
                else self._add_override(s, call_id, report_id, rule_id, override, reviewer, reason)
            )
            row = ReviewRow(
                call_id=call_id,
                report_id=report_id,
                rule_id=rule_id,
                reviewer=reviewer,
                agreed=override is None,
                override_id=override_id,
                reason=reason.strip(),
                created_at=self._now(),
            )
            s.add(row)
            s.flush()
            detail = {"rule": rule_id, "agreed": override is None, "status": override}
            self._audit(s, reviewer, "review.add", str(call_id), detail)
            return row.id

    def reviews(self, call_id: int | None = None) -> list[Review]:
        """Reviews, oldest first; of one call, or all of them (for the agreement rates)."""
        with self._read() as s:
            q = select(ReviewRow, OverrideRow.status).outerjoin(
                OverrideRow, OverrideRow.id == ReviewRow.override_id
            )
            if call_id is not None:
                q = q.where(ReviewRow.call_id == call_id)
            return [
                Review(
                    r.id,
                    r.call_id,
                    r.report_id,
                    r.rule_id,
                    r.reviewer,
                    r.agreed,
                    status,
                    r.reason,
                    r.created_at,
                )
                for r, status in s.execute(q.order_by(ReviewRow.id))
            ]

    # --- scenario drafts and publications ---

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

    def call(self, call_id: int) -> StoredCall:
        with self._read() as s:
            row = s.get(CallRow, call_id)
            if row is None:
                raise UnknownCall(f"没有编号为 {call_id} 的通话记录。")
            reports = s.scalars(
                select(ReportRow).where(ReportRow.call_id == call_id).order_by(ReportRow.id)
            ).all()
            overrides = self._overrides(s, [call_id]).get(call_id, ())
            return StoredCall(
                call_id=row.id,
                trainee_id=row.trainee_id,
                scenario_id=row.scenario_id,
                scenario_version=row.scenario_version,
                scenario_digest=row.scenario_digest,
                kind=row.kind,
                exam=row.exam,
                attempt_id=row.attempt_id,
                started_at=row.started_at,
                started_on=row.started_on,
                record=parse_call_record(row.record, f"通话记录 {row.id}"),
                record_sha256=row.record_sha256,
                reports=tuple(_stored_report(r) for r in reports),
                overrides=tuple(overrides),
            )

    def attempts(self, trainee_id: str | None = None) -> list[cert.Attempt]:
        """Every assessment attempt with its exam calls, each with its latest report and overrides."""
        with self._read() as s:
            q = select(AttemptRow).order_by(AttemptRow.taken_on, AttemptRow.id)
            if trainee_id is not None:
                q = q.where(AttemptRow.trainee_id == trainee_id)
            attempts = s.scalars(q).all()
            calls_q = select(CallRow).where(CallRow.attempt_id.is_not(None)).order_by(CallRow.id)
            if trainee_id is not None:
                calls_q = calls_q.where(CallRow.trainee_id == trainee_id)
            calls = s.scalars(calls_q).all()
            call_ids = [c.id for c in calls]
            latest = self._latest_reports(s, call_ids)
            overrides = self._overrides(s, call_ids)
            by_attempt: dict[int, list[cert.ExamCall]] = {}
            for c in calls:
                r = latest[c.id]
                by_attempt.setdefault(c.attempt_id, []).append(
                    cert.ExamCall(
                        call_id=c.id,
                        scenario_id=r.scenario_id,
                        scenario_version=r.scenario_version,
                        scenario_digest=r.scenario_digest,
                        kind=c.kind,
                        report_id=r.id,
                        report=ScoreReport.model_validate(r.report),
                        pass_mark=r.pass_mark,
                        weights=dict(r.weights),
                        overrides=tuple(overrides.get(c.id, ())),
                    )
                )
            return [
                cert.Attempt(
                    attempt_id=a.id,
                    trainee_id=a.trainee_id,
                    window=cert.Window.parse(a.window),
                    number=a.number,
                    taken_on=a.taken_on,
                    kinds=tuple(a.kinds),
                    calls=tuple(by_attempt.get(a.id, ())),
                )
                for a in attempts
            ]

    def practice_calls(self, month: cert.Month | None = None) -> list[cert.PracticeCall]:
        with self._read() as s:
            q = select(CallRow).where(CallRow.exam.is_(False)).order_by(CallRow.id)
            if month is not None:
                q = q.where(CallRow.started_on.between(month.start, month.end))
            return [
                cert.PracticeCall(c.id, c.trainee_id, c.scenario_id, c.kind, c.started_on)
                for c in s.scalars(q)
            ]

    # --- internals ---

    @staticmethod
    def _require_trainee(s: Session, trainee_id: str) -> None:
        if s.get(TraineeRow, trainee_id) is None:
            raise UnknownTrainee(
                f"没有工号为“{trainee_id}”的学员。请先用 calldrill cert import-trainees 导入学员名单。"
            )

    def _add_call(self, s: Session, trainee_id: str, call: ScoredCall, attempt: int | None) -> int:
        scenario, record = call.scenario, call.record
        if record.trainee.id != trainee_id:
            raise RecordMismatch(f"通话记录属于学员“{record.trainee.id}”，不是“{trainee_id}”。")
        if record.scenario != scenario.id:
            raise RecordMismatch(f"通话记录的场景是“{record.scenario}”，不是“{scenario.id}”。")
        _check_belongs(scenario.id, scenario.kind, scenario, call.report)
        started_at = _aware(call.started_at)
        data = record.model_dump(mode="json", exclude_none=True)
        row = CallRow(
            trainee_id=trainee_id,
            scenario_id=scenario.id,
            scenario_version=scenario.version,
            scenario_digest=scenario.digest,
            kind=scenario.kind,
            exam=attempt is not None,
            attempt_id=attempt,
            started_at=started_at,
            started_on=started_at.date(),
            record=data,
            record_sha256=record_digest(data),
            created_at=self._now(),
        )
        s.add(row)
        s.flush()
        self._add_report(s, row.id, call.report, scenario, call.scorer)
        return row.id

    def _add_report(
        self, s: Session, call_id: int, report: ScoreReport, scenario: Scenario, scorer: str | None
    ) -> int:
        row = ReportRow(
            call_id=call_id,
            scenario_id=scenario.id,
            scenario_version=scenario.version,
            scenario_digest=scenario.digest,
            pass_mark=scenario.pass_mark,
            weights=dict(scenario.rules),
            score=report.score,
            passed=report.passed,
            report=report.model_dump(mode="json"),
            scorer=scorer,
            created_at=self._now(),
        )
        s.add(row)
        s.flush()
        return row.id

    @staticmethod
    def _latest_reports(s: Session, call_ids: list[int]) -> dict[int, ReportRow]:
        if not call_ids:
            return {}
        latest_ids = (
            select(func.max(ReportRow.id))
            .where(ReportRow.call_id.in_(call_ids))
            .group_by(ReportRow.call_id)
        )
        rows = s.scalars(select(ReportRow).where(ReportRow.id.in_(latest_ids))).all()
        return {r.call_id: r for r in rows}

    @staticmethod
    def _overrides(s: Session, call_ids: list[int]) -> dict[int, list[cert.RuleOverride]]:
        if not call_ids:
            return {}
        rows = s.scalars(
            select(OverrideRow).where(OverrideRow.call_id.in_(call_ids)).order_by(OverrideRow.id)
        ).all()
        out: dict[int, list[cert.RuleOverride]] = {}
        for o in rows:
            out.setdefault(o.call_id, []).append(
                cert.RuleOverride(o.rule_id, o.status, o.actor, o.created_at, o.reason, o.report_id)
            )
        return out


def _check_override(rule_id: str, status: str, actor: str, reason: str) -> None:
    if rule_id not in ALL_RULES:
        raise InvalidOverride(f"未知的规则 id“{rule_id}”。可用的规则：{'、'.join(ALL_RULES)}。")
    if status not in ("pass", "fail", "n/a"):
        raise InvalidOverride(f"判定“{status}”无效，只能是 pass、fail 或 n/a。")
    if not actor.strip():
        raise InvalidOverride("请写明是谁做出的人工判定。")
    if not reason.strip():
        raise InvalidOverride("请写明人工判定的理由。")


def _draft(r: ScenarioDraftRow) -> ScenarioDraft:
    return ScenarioDraft(r.id, r.filename, r.text, r.author, r.created_at)


def _publication(r: PublicationRow) -> Publication:
    return Publication(
        r.id, r.digest, dict(r.files), r.actor, r.status, r.message, r.created_at, r.finished_at
    )


def _check_belongs(scenario_id: str, kind: str, scenario: Scenario, report: ScoreReport) -> None:
    if scenario.id != scenario_id or scenario.kind != kind:
        raise RecordMismatch(
            f"场景“{scenario.id}”（类型 {scenario.kind}）与通话记录的场景“{scenario_id}”（类型 {kind}）不符。"
        )
    if report.scenario != scenario.id:
        raise RecordMismatch(f"评分报告的场景是“{report.scenario}”，不是“{scenario.id}”。")
    if not scenario.digest:
        raise RecordMismatch(
            f"场景“{scenario.id}”没有摘要（digest），结果无法审计。请用 load_scenario() 从文件载入场景。"
        )


def _sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(r: UserRow) -> User:
    return User(r.username, r.display_name, Role(r.role), r.trainee_id, r.active)


def _stored_report(r: ReportRow) -> StoredReport:
    return StoredReport(
        report_id=r.id,
        report=ScoreReport.model_validate(r.report),
        scenario_id=r.scenario_id,
        scenario_version=r.scenario_version,
        scenario_digest=r.scenario_digest,
        pass_mark=r.pass_mark,
        weights=dict(r.weights),
        scorer=r.scorer,
        created_at=r.created_at,
    )


def _aware(value: datetime) -> datetime:
    """Keep the caller's offset (its date is the local day); a naive value is the machine's local time."""
    return value if value.tzinfo is not None else value.astimezone()


def _first_line(e: BaseException) -> str:
    orig = getattr(e, "orig", None) or e
    return (str(orig).strip().splitlines() or [orig.__class__.__name__])[0]
