"""Killing the process mid-write (SIGKILL, on SQLite) loses nothing committed and half-writes nothing.

A child process writes whole assessment attempts (attempt + 4 calls + 4 reports, one transaction each)
and prints a line after each commit. The parent kills it, either while it is parked inside a
transaction (deterministic) or at random moments (repeatedly, on the same file), then checks the
database: SQLite's integrity, foreign keys, every acknowledged attempt present and unchanged, every
attempt complete, every call with its report, and that the store opens and writes again.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from scoring import certification as cert
from storage import Store

TESTS = Path(__file__).resolve().parent

CHILD = textwrap.dedent(
    """
    import os, sys, time
    from datetime import datetime, timedelta
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from cert_data import CST, KINDS, exam
    from scoring import certification as cert
    from storage import Store

    url, mode, park_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = Store.open(url)
    flushes = 0

    if mode != "run":
        @event.listens_for(Session, "after_flush")
        def park(session, ctx):
            # Park inside the transaction, after `park_at` flushes of the write: the kill lands there.
            global flushes
            flushes += 1
            if flushes == park_at:
                print("PARKED", flush=True)
                time.sleep(600)

    if mode == "roster":
        store.trainees.upsert([cert.Trainee(f"N{i}", f"新人{i}", "三组") for i in range(10)])
        print("COMMITTED roster", flush=True)
        sys.exit(0)

    pid = os.getpid()
    # Long lines make each write big enough that a random kill often lands inside one.
    filler = "您好，旭日装饰客服中心，3号客服，请问有什么可以帮您？" * 200
    for n in range(10_000):
        trainee = f"T{n % 500:03d}"
        start = datetime(2026, 7, 1, 9, tzinfo=CST) + timedelta(days=n % 150)
        calls = exam(trainee, start)
        calls = [c.__class__(c.record.model_copy(update={"company": f"{pid}-{n}"}), c.scenario, c.report,
                             c.started_at) for c in calls]
        if mode == "run":
            calls = [c.__class__(c.record.model_copy(update={"facts": {"filler": filler}}), c.scenario,
                                 c.report, c.started_at) for c in calls]
        attempt_id = store.results.record_attempt(trainee, calls, required_kinds=KINDS, max_attempts=10_000)
        print("COMMITTED", attempt_id, f"{pid}-{n}", flush=True)
    """
)


def start_child(url: str, mode: str, park_at: int = 0) -> subprocess.Popen:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, url, mode, str(park_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def read_until(child: subprocess.Popen, predicate, lines: list[str]) -> None:
    for line in child.stdout:
        lines.append(line.strip())
        if predicate(lines):
            return
    raise AssertionError(f"child ended early ({child.wait()}): {child.stderr.read()}")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "calldrill.db"
    with Store.open(f"sqlite:///{path}") as store:
        store.trainees.upsert([cert.Trainee(f"T{i:03d}", f"学员{i}", "一组") for i in range(500)])
    return path


def check_integrity(path: Path, acknowledged: dict[int, str]) -> dict[int, str]:
    """Check the file after a kill; returns every attempt found (id -> tag of the write)."""
    with Store.open(f"sqlite:///{path}") as store:  # opening rolls back a hot journal
        attempts = store.results.attempts()
        for a in attempts:
            assert len(a.calls) == len(a.kinds) == 4, f"attempt {a.attempt_id} is half-written"
            assert sorted(c.kind for c in a.calls) == sorted(a.kinds)
        found = {
            a.attempt_id: store.results.call(a.calls[0].call_id).record.company for a in attempts
        }
        for attempt_id, tag in acknowledged.items():
            assert found.get(attempt_id) == tag, (
                f"committed attempt {attempt_id} was lost or changed"
            )
        assert len(found) - len(acknowledged) in (0, 1)  # at most the write in flight when killed
        store.trainees.upsert([cert.Trainee("CHECK", "复查")])  # and it still takes writes
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute(
            "SELECT count(*) FROM calls c WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.call_id = c.id)"
        ).fetchone()[0]
        assert orphans == 0, "a call without its report"
        loose = conn.execute(
            "SELECT count(*) FROM calls WHERE exam = 0 OR attempt_id IS NULL"
        ).fetchone()[0]
        assert loose == 0
    finally:
        conn.close()
    return found


def acknowledged_attempts(lines: list[str]) -> dict[int, str]:
    out = {}
    for line in lines:
        parts = line.split()
        if parts[:1] == ["COMMITTED"] and len(parts) == 3:
            out[int(parts[1])] = parts[2]
    return out


@pytest.mark.parametrize("park_at", [1, 2, 5, 9])
def test_kill_inside_an_attempt_write_leaves_no_half_attempt(db, park_at):
    # Each attempt write flushes 9 times (attempt, then call + report for 4 calls). Let two attempts
    # commit, then park the third after `park_at` flushes and kill it there.
    child = start_child(f"sqlite:///{db}", "park", park_at=18 + park_at)
    lines: list[str] = []
    try:
        read_until(child, lambda ls: ls[-1] == "PARKED", lines)
    finally:
        kill(child)
    acknowledged = acknowledged_attempts(lines)
    assert len(acknowledged) == 2
    assert check_integrity(db, acknowledged) == acknowledged


def test_kill_inside_a_roster_import_loads_none_of_it(db):
    child = start_child(f"sqlite:///{db}", "roster", park_at=5)
    lines: list[str] = []
    try:
        read_until(child, lambda ls: ls[-1] == "PARKED", lines)
    finally:
        kill(child)
    with Store.open(f"sqlite:///{db}") as store:
        assert not [t for t in store.trainees.all() if t.id.startswith("N")]
        assert len(store.trainees.all()) == 500


def test_kill_at_random_moments_loses_nothing_committed(db):
    rng = random.Random(20260701)
    committed: dict[int, str] = {}  # acknowledged by the child, or found in the file after a kill
    acknowledged = 0
    for _ in range(6):
        child = start_child(f"sqlite:///{db}", "run")
        lines: list[str] = []
        try:
            target = rng.randint(1, 4)
            read_until(child, lambda ls, t=target: len(acknowledged_attempts(ls)) >= t, lines)
            time.sleep(rng.uniform(0, 0.05))
        finally:
            kill(child)
        lines.extend(line.strip() for line in child.stdout)  # whatever it printed before dying
        acknowledged += len(acknowledged_attempts(lines))
        committed.update(acknowledged_attempts(lines))
        committed = check_integrity(db, committed)
    assert acknowledged >= 6
