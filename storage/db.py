"""The database connection: engine, migrations, transactions, and the base of every repository.

SQLite by default (one file in the data directory), PostgreSQL by URL (CALLDRILL_DATABASE_URL). The
schema is created and upgraded by the Alembic migrations in storage/migrations/ when the store opens;
Alembic is configured here, in code, so no alembic.ini is needed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from core.errors import StorageError
from storage.models import UnknownTrainee
from storage.tables import AuditRow, TraineeRow

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PG_MIGRATION_LOCK = 0x63616C6C  # pg_advisory_xact_lock key: one migrating process at a time


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
        python -c "from alembic import command; from storage import alembic_config; \
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


def open_engine(url: str) -> Engine:
    """Connect and migrate; every failure is a StorageError that says what to check."""
    try:
        engine = _create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as e:
        raise StorageError(
            f"数据库地址 {_describe(url)} 无效（{first_line(e)}）。请检查 CALLDRILL_DATABASE_URL。"
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
            f"无法打开数据库 {_describe(url)}：{first_line(e)}。请检查数据库地址和权限。"
        ) from None
    return engine


class Repository:
    """One concern's tables. Each public write is one transaction; its audit entry is in it."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._writer = engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                yield session
        except IntegrityError as e:
            raise StorageError(
                f"写入被数据库拒绝（可能有另一个程序同时写入了同一条记录），没有保存任何内容。请重试。（{first_line(e)}）"
            ) from None
        except DBAPIError as e:
            raise StorageError(f"无法写入数据库，没有保存任何内容：{first_line(e)}。") from None

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self.engine) as session, session.begin():
                yield session
        except DBAPIError as e:
            raise StorageError(f"无法读取数据库：{first_line(e)}。") from None

    @staticmethod
    def _now() -> datetime:
        return datetime.now(UTC)

    def _audit(self, s: Session, actor: str, action: str, target: str, detail: dict) -> None:
        s.add(
            AuditRow(
                created_at=self._now(), actor=actor, action=action, target=target, detail=detail
            )
        )
        s.flush()

    @staticmethod
    def require_trainee(s: Session, trainee_id: str) -> None:
        if s.get(TraineeRow, trainee_id) is None:
            raise UnknownTrainee(
                f"没有工号为“{trainee_id}”的学员。请先用 calldrill cert import-trainees 导入学员名单。"
            )


def aware(value: datetime) -> datetime:
    """Keep the caller's offset (its date is the local day); a naive value is the machine's local time."""
    return value if value.tzinfo is not None else value.astimezone()


def first_line(e: BaseException) -> str:
    orig = getattr(e, "orig", None) or e
    return (str(orig).strip().splitlines() or [orig.__class__.__name__])[0]
