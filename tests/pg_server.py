"""A throwaway PostgreSQL server for the storage tests (Debian's `postgresql` package).

One server per test process, started on first use in a temporary directory, listening on loopback on a
free port, stopped at exit. PostgreSQL refuses to run as root, so under root it runs as `nobody`
through `runuser`. Each test gets its own database (`fresh_database_url()`).

`postgres_url_or_skip()` skips with the reason only when the server binaries are not installed; a server
that is installed but fails to start is an error, not a skip.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

_server: PostgresServer | None = None
_failure: BaseException | None = None


def find_bindir() -> Path | None:
    override = os.environ.get("CALLDRILL_PG_BINDIR")
    candidates = (
        [override] if override else sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    )
    for d in candidates:
        if d and (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="calldrill-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if runuser is None:
                raise RuntimeError(
                    "running as root, and `runuser` is missing: cannot start PostgreSQL"
                )
            shutil.chown(self.root, "nobody")
            self.root.chmod(0o700)
            self.as_user = [runuser, "-u", "nobody", "--"]

    def _run(self, *args: str) -> None:
        cmd = [*self.as_user, *args]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(
                f"{' '.join(args[:2])} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
            )

    def start(self) -> PostgresServer:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
        )
        options = (
            f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
            "-c full_page_writes=off -c synchronous_commit=off"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        atexit.register(self.stop)
        return self

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run(
                [
                    *self.as_user,
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ],
                capture_output=True,
                cwd=self.root,
                timeout=60,
            )
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(
                    f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                    autocommit=True,
                ) as conn:
                    conn.execute(f'CREATE DATABASE "{name}"')
                return self.url(name)
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


def server_or_skip() -> PostgresServer:
    """The process's PostgreSQL server, started on first call."""
    global _server, _failure
    if _server is not None:
        return _server
    if _failure is not None:  # do not try again for every test
        raise RuntimeError(
            "the PostgreSQL test server failed to start (see the first error)"
        ) from _failure
    bindir = find_bindir()
    if bindir is None:
        where = os.environ.get("CALLDRILL_PG_BINDIR") or "/usr/lib/postgresql/*/bin"
        pytest.skip(
            f"PostgreSQL server binaries (initdb, pg_ctl) not found in {where}: "
            "apt-get install postgresql (listed in requirements/apt.txt)"
        )
    server = PostgresServer(bindir)
    try:
        _server = server.start()
    except BaseException as e:
        _failure = e
        server.stop()
        raise
    return _server


def fresh_database_url() -> str:
    """A new, empty database on the shared server; skips only when PostgreSQL is not installed."""
    return server_or_skip().create_database()
