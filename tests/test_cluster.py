"""Issue 14, item 5: the scaled-out deployment on real parts, and a Rasa server killed mid-call.

tests/cluster.py starts PostgreSQL (Rasa's SQL tracker store and the app's database), Redis (Rasa's
lock store), two Rasa servers for the run's model and HAProxy in front of them, all on loopback.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from cluster import Cluster, missing_programs

from core.scenario import load_scenarios
from nlu.client import BotClient

pytestmark = [pytest.mark.rasa, pytest.mark.cluster, pytest.mark.postgres]

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent / "data" / "scripts"
PATHS = yaml.safe_load((SCRIPTS / "paths.yml").read_text(encoding="utf-8"))


def gone(pid: int) -> bool:
    """Exited (a zombie waiting for init counts: it serves nothing)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def script_lines(name: str) -> list[str] | None:
    """The trainee's lines of a script; None when it has directives (/pickup, /hold, /hangup)."""
    lines = []
    for raw in (SCRIPTS / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("/"):
            return None
        lines.append(line)
    return lines


PLAIN = [c for c in PATHS if script_lines(c["script"]) and len(c["expect_nodes"]) >= 4]


@pytest.fixture(scope="module")
def cluster(trained_bot, tmp_path_factory) -> Iterator[Cluster]:
    missing = missing_programs()
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: `make setup` installs requirements/apt.txt")
    c = Cluster(tmp_path_factory.mktemp("cluster")).start(trained_bot)
    yield c
    c.stop()


class Call(threading.Thread):
    """One trainee's text call through the load balancer, a turn every 0.2–0.6 s."""

    def __init__(self, case: dict, url: str, after_turns: threading.Barrier):
        super().__init__(daemon=True)
        self.case = case
        self.url = url
        self.lines = script_lines(case["script"]) or []
        self.conversation_id = f"cluster-{uuid.uuid4().hex[:10]}"
        self.after_turns = after_turns
        self.nodes: list[str] = []
        self.acts: list[tuple[str, ...]] = []
        self.error: BaseException | None = None
        self.turns_sent = 0
        self.turn_seconds: list[float] = []  # in the failure message: which turn was slow

    def run(self) -> None:
        rng = random.Random(self.conversation_id)
        scenario = load_scenarios().get(self.case["scenario"])
        try:
            with BotClient(self.url) as bot:
                bot.start_call(self.conversation_id, scenario.id, scenario.draw_facts(rng))
                for i, text in enumerate(self.lines):
                    if i == 2:  # every call is in progress when the server dies
                        self.after_turns.wait(60)
                    started = time.monotonic()
                    try:
                        turn = bot.say(self.conversation_id, text)
                    finally:
                        self.turn_seconds.append(round(time.monotonic() - started, 2))
                    self.turns_sent += 1
                    self.acts.append(turn.acts)
                    self.nodes += [line.node for line in turn.lines if line.node]
                    if any(line.hangup for line in turn.lines):
                        break
                    time.sleep(rng.uniform(0.2, 0.6))
        except BaseException as e:  # reported by the test
            self.error = e


def test_the_tracker_is_in_postgresql_not_in_a_server(cluster):
    """One conversation, its turns sent to the two servers in turn: the state is in the database."""
    case = next(c for c in PLAIN if c["script"] == "absent_colleague__good.txt")
    lines = script_lines(case["script"]) or []
    cid = f"handover-{uuid.uuid4().hex[:8]}"
    scenario = load_scenarios().get(case["scenario"])
    clients = [BotClient(s.url) for s in cluster.rasa]  # each server directly, not the balancer
    clients[0].start_call(cid, scenario.id, scenario.draw_facts(random.Random(7)))
    nodes = []
    for i, text in enumerate(lines):
        turn = clients[i % len(clients)].say(cid, text)
        nodes += [line.node for line in turn.lines if line.node]
    assert nodes == case["expect_nodes"]
    rows = cluster.tracker_rows(
        "SELECT type_name, action_name FROM events WHERE sender_id = :cid ORDER BY id", cid=cid
    )
    utterances = [a for t, a in rows if t == "action" and a and a.startswith("utter_")]
    assert len(utterances) == len(case["expect_nodes"])
    assert sum(1 for t, _ in rows if t == "user") == len(lines)


def test_a_rasa_server_killed_mid_call_the_calls_go_on_on_the_other(cluster, monkeypatch):
    monkeypatch.setenv("CALLDRILL_RASA_URL", cluster.url)
    monkeypatch.setenv("CALLDRILL_RASA_TOKEN", cluster.token)
    cases = (PLAIN * 2)[:8]
    after_turns = threading.Barrier(len(cases) + 1)
    calls = [Call(case, cluster.url, after_turns) for case in cases]
    for call in calls:
        call.start()
    after_turns.wait(120)  # every call has had two turns, through both servers (round robin)
    time.sleep(0.02)  # the third turns are on their way, some of them to the server that dies
    killed = cluster.kill(0)
    for call in calls:
        call.join(180)
        assert not call.is_alive(), f"{call.case['script']} hangs"

    assert gone(killed)
    for call in calls:
        assert call.error is None, f"{call.case['script']}: {call.error} {call.turn_seconds} s"
        assert call.nodes == call.case["expect_nodes"], (
            f"{call.case['script']}: the path changed after the kill; acts {call.acts}"
        )
    # the conversations live in PostgreSQL: each turn stored exactly once, none lost, none doubled
    stored = dict(
        cluster.tracker_rows(
            "SELECT sender_id, count(*) FROM events WHERE type_name = 'user' "
            "AND sender_id LIKE 'cluster-%' GROUP BY sender_id"
        )
    )
    assert stored == {c.conversation_id: c.turns_sent for c in calls}
    assert cluster.token not in (cluster.haproxy.root / "haproxy.log").read_text()


def test_old_conversations_are_pruned_by_the_deploy_sql(cluster):
    """deploy/prune-trackers.sql, run daily in a deployment, deletes conversations over a day old."""
    senders = [r[0] for r in cluster.tracker_rows("SELECT DISTINCT sender_id FROM events")]
    assert len(senders) >= 2
    old, kept = senders[0], senders[1:]
    cluster.tracker_execute(
        'UPDATE events SET "timestamp" = "timestamp" - 2 * 86400 WHERE sender_id = :s', s=old
    )
    cluster.tracker_execute((REPO / "deploy" / "prune-trackers.sql").read_text(encoding="utf-8"))
    left = {r[0] for r in cluster.tracker_rows("SELECT DISTINCT sender_id FROM events")}
    assert left == set(kept)


def test_two_app_processes_on_one_postgresql_through_the_load_balancer(cluster, tmp_path):
    """Two `calldrill` processes (app replicas) drill at once; both calls land in the one database."""
    from storage import Store

    env = {**os.environ, **cluster.app_env()}
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,team\nE1024,王小红,一组\nE1025,李大伟,一组\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "calldrill", "cert", "import-trainees", str(roster)],
        env=env,
        check=True,
        capture_output=True,
        cwd=REPO,
    )
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "calldrill",
                "practice",
                "absent_colleague",
                "--script",
                str(SCRIPTS / "absent_colleague__good.txt"),
                "--out",
                str(tmp_path / f"call-{trainee}.json"),
                "--trainee",
                trainee,
                "--seed",
                "7",
            ],
            env={**env, "CALLDRILL_HOME": str(tmp_path / f"app-{trainee}")},
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for trainee in ("E1024", "E1025")
    ]
    for run in runs:
        out, err = run.communicate(timeout=180)
        assert run.returncode == 0, err
        assert "结果：通过" in out and "成绩已保存" in out
    with Store.open(cluster.app_database_url) as store:
        assert sorted(c.trainee_id for c in store.results.practice_calls()) == ["E1024", "E1025"]
