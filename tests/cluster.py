"""A compose-free CallDrill cluster on loopback, started by the tests and the load benchmark themselves.

    PostgreSQL (tests/pg_server.py)  ── Rasa's SQL tracker store, and the application's database
    Redis (Debian redis-server)      ── Rasa's lock store
    N Rasa servers, one model        ── started by nlu.service with CALLDRILL_RASA_ENDPOINTS
    HAProxy (Debian haproxy)         ── in front of them: CALLDRILL_RASA_URL for the app processes

Everything listens on 127.0.0.1 on free ports, lives in one temporary directory, and is stopped by
`Cluster.stop()` (the Rasa servers also die with this process: they are its private servers).
`deploy/` holds the same endpoints.yml and HAProxy configuration for a real deployment.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # bench/bench_load.py imports this module too
    sys.path.insert(0, str(HERE))

TICKET_LOCK_LIFETIME_S = 3
"""Rasa's Redis lock on a conversation outlives a server killed while holding it by this much: less
than a deployment's 5 s (deploy/calldrill-bot.service), because on the 2-core CI machine the other
server, now serving every call, must also answer the turn inside the client's 10 s budget."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing_programs() -> list[str]:
    return [p for p in ("redis-server", "haproxy") if shutil.which(p) is None]


def _wait(check, seconds: float, what: str, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        with contextlib.suppress(OSError, httpx.HTTPError):
            if check():
                return
        time.sleep(0.2)
    raise RuntimeError(f"{what} not ready in {seconds:.0f} s")


def _port_open(port: int) -> bool:
    with socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True


@dataclass
class Redis:
    root: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    def start(self) -> Redis:
        self.root.mkdir(parents=True, exist_ok=True)
        log = open(self.root / "redis.log", "w")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server") or "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.root),
                "--daemonize",
                "no",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        _wait(lambda: _port_open(self.port), 20, "redis-server", self.process)
        return self

    def stop(self) -> None:
        _end(self.process)


HAPROXY_CONFIG = """\
# Written by tests/cluster.py (deploy/haproxy.cfg is the production version of this file).
global
    maxconn 2000
    log stdout format raw local0 info

defaults
    mode http
    log global
    # the request line without its query string: the Rasa token is a query parameter
    log-format "%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %tsc %{{+Q}}HM %{{+Q}}HP"
    timeout connect 1s
    timeout client 60s
    # a server that takes longer has died with the request on an open connection (seen in CI: no
    # reset reached HAProxy): the request is replayed on another server (response-timeout below)
    # while the app's 10 s reply budget still has room for it
    timeout server 6s
    timeout http-keep-alive 60s
    # a server that dies mid-request: try the request again on another server
    retries 3
    option redispatch 1
    option http-buffer-request
    retry-on conn-failure empty-response response-timeout 503

frontend rasa
    bind 127.0.0.1:{port}
    default_backend rasa_servers

backend rasa_servers
    balance {balance}
    option httpchk GET /version
    http-check expect status 200
    timeout check 3s
    # a busy server answers its check late but is not down; a killed one refuses at once
    default-server inter 1s fastinter 250ms fall 3 rise 2
{servers}
"""


@dataclass
class HAProxy:
    root: Path
    backends: list[str]
    balance: str = "roundrobin"
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def config(self) -> str:
        servers = "\n".join(
            f"    server rasa{i + 1} {urlsplit(u).hostname}:{urlsplit(u).port} check"
            for i, u in enumerate(self.backends)
        )
        return HAPROXY_CONFIG.format(port=self.port, balance=self.balance, servers=servers)

    def start(self) -> HAProxy:
        self.root.mkdir(parents=True, exist_ok=True)
        cfg = self.root / "haproxy.cfg"
        cfg.write_text(self.config(), encoding="utf-8")
        haproxy = shutil.which("haproxy") or "/usr/sbin/haproxy"
        subprocess.run([haproxy, "-c", "-q", "-f", str(cfg)], check=True, timeout=30)
        log = open(self.root / "haproxy.log", "w")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [haproxy, "-db", "-f", str(cfg)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        _wait(
            lambda: httpx.get(f"{self.url}/version", timeout=1).status_code == 200,
            20,
            "haproxy",
            self.process,
        )
        return self

    def stop(self) -> None:
        _end(self.process)


def _end(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)


ENDPOINTS = """\
# Written by tests/cluster.py (deploy/endpoints.yml is the production version of this file).
tracker_store:
  type: SQL
  dialect: postgresql
  url: {host}
  port: {port}
  db: {db}
  username: {user}
lock_store:
  type: redis
  url: 127.0.0.1
  port: {redis_port}
  db: 1
  key_prefix: calldrill
"""


@contextlib.contextmanager
def _environ(**values: str) -> object:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@dataclass
class Cluster:
    """PostgreSQL + Redis + `servers` Rasa servers for one model + HAProxy, all on loopback."""

    root: Path
    servers: int = 2
    tracker_database_url: str = ""
    app_database_url: str = ""
    redis: Redis | None = None
    rasa: list = field(default_factory=list)
    haproxy: HAProxy | None = None

    def start(self, bot) -> Cluster:
        from pg_server import server_or_skip

        from nlu import service

        try:
            pg = server_or_skip()
            self.tracker_database_url = pg.create_database()
            self.app_database_url = pg.create_database()
            self.redis = Redis(self.root / "redis").start()
            endpoints = self.root / "endpoints.yml"
            tracker = urlsplit(self.tracker_database_url)
            endpoints.write_text(
                ENDPOINTS.format(
                    host=tracker.hostname,
                    port=tracker.port,
                    db=tracker.path.lstrip("/"),
                    user=tracker.username,
                    redis_port=self.redis.port,
                ),
                encoding="utf-8",
            )
            with _environ(
                CALLDRILL_RASA_ENDPOINTS=str(endpoints),
                TICKET_LOCK_LIFETIME=str(TICKET_LOCK_LIFETIME_S),
            ):
                for _ in range(self.servers):
                    server, _ = service.start(bot, fresh=True)
                    self.rasa.append(server)
            self.haproxy = HAProxy(self.root / "haproxy", [s.url for s in self.rasa]).start()
        except BaseException:
            self.stop()
            raise
        return self

    @property
    def url(self) -> str:
        assert self.haproxy is not None
        return self.haproxy.url

    @property
    def token(self) -> str:
        from nlu.client import token_file

        return token_file().read_text(encoding="utf-8").strip()

    def app_env(self) -> dict[str, str]:
        """What an application process of this cluster is started with."""
        return {
            "CALLDRILL_RASA_URL": self.url,
            "CALLDRILL_RASA_TOKEN": self.token,
            "CALLDRILL_DATABASE_URL": self.app_database_url,
        }

    def kill(self, index: int) -> int:
        """SIGKILL one Rasa server (its whole process group), as a crash would; returns its pid."""
        server = self.rasa[index]
        pid = server.pid
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
        server.stop()  # forgets its record; nothing left to stop
        return pid

    def tracker_rows(self, sql: str, **params: object) -> list[tuple]:
        """Query Rasa's tracker database (the `events` table of Rasa's SQLTrackerStore)."""
        import sqlalchemy

        engine = sqlalchemy.create_engine(self.tracker_database_url)
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(sqlalchemy.text(sql), params)]
        finally:
            engine.dispose()

    def tracker_execute(self, sql: str, **params: object) -> None:
        import sqlalchemy

        engine = sqlalchemy.create_engine(self.tracker_database_url)
        try:
            with engine.begin() as conn:
                conn.execute(sqlalchemy.text(sql), params)
        finally:
            engine.dispose()

    def stop(self) -> None:
        if self.haproxy:
            self.haproxy.stop()
        for server in self.rasa:
            server.stop()
        if self.redis:
            self.redis.stop()
