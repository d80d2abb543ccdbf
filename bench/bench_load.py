"""Load: 50 simulated trainees in whole text drills against one Rasa server and against the cluster.

Each trainee plays the scripted calls of tests/data/scripts/ (trainee lines only; /pickup, /hold and
/hangup are left out) one after another through `BotClient`, exactly as a text drill does: a call
starts with the scenario's slots, then every line is one `say` (parse once + trigger_intent), with a
pause of 3–8 s before the next line, until the caller hangs up or the script ends. The run is bounded
(`duration_s`); only loopback addresses are used. Reported: turns, turns/s, reply latency p50/p95/p99
(after the warm-up), errors, and each Rasa server's RSS at the start, after the warm-up and at the end
(and the highest sample in between).

    .venv/bin/python -m bench.bench_load [--trainees 50] [--minutes 5] [--only single|cluster]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from bench.table import ms, percentile, print_table
from core.errors import CallDrillError
from core.scenario import load_scenarios
from nlu import service
from nlu.client import BotClient

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = REPO / "tests" / "data" / "scripts"
PAUSE_S = (3.0, 8.0)
WARMUP_S = 60.0
SAMPLE_EVERY_S = 10.0


def scripted_calls() -> list[tuple[str, list[str]]]:
    """(scenario, trainee lines) of every scripted call."""
    calls = []
    for path in sorted(SCRIPTS.glob("*.txt")):
        lines = [
            line.strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith(("#", "/"))
        ]
        calls.append((path.stem.split("__")[0], lines))
    return calls


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


@dataclass
class Run:
    url: str
    token: str | None
    trainees: int
    duration_s: float
    seed: int = 1
    started: float = 0.0
    latencies: list[tuple[float, float]] = field(default_factory=list)  # (time, seconds)
    errors: list[str] = field(default_factory=list)
    calls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def trainee(self, index: int) -> None:
        rng = random.Random(self.seed * 1000 + index)
        scenarios = load_scenarios()
        calls = scripted_calls()
        deadline = self.started + self.duration_s
        time.sleep(rng.uniform(0, PAUSE_S[1]))  # trainees do not all pick up at once
        with BotClient(self.url, token=self.token, workers=1) as bot:
            while time.monotonic() < deadline:
                scenario_id, lines = rng.choice(calls)
                scenario = scenarios.get(scenario_id)
                conversation = f"load-{uuid.uuid4().hex[:12]}"
                try:
                    bot.start_call(conversation, scenario.id, scenario.draw_facts(rng))
                    for text in lines:
                        if time.monotonic() >= deadline:
                            break
                        t0 = time.perf_counter()
                        turn = bot.say(conversation, text)
                        took = time.perf_counter() - t0
                        with self.lock:
                            self.latencies.append((time.monotonic() - self.started, took))
                        if any(line.hangup for line in turn.lines):
                            break
                        time.sleep(rng.uniform(*PAUSE_S))
                    with self.lock:
                        self.calls += 1
                except CallDrillError as e:
                    with self.lock:
                        self.errors.append(e.message)
                    time.sleep(rng.uniform(*PAUSE_S))

    def go(self, pids: list[int]) -> tuple[list[str], dict[int, list[tuple[float, float]]]]:
        memory: dict[int, list[tuple[float, float]]] = {pid: [] for pid in pids}
        self.started = time.monotonic()
        threads = [
            threading.Thread(target=self.trainee, args=(i,), daemon=True)
            for i in range(self.trainees)
        ]
        for pid in pids:
            memory[pid].append((0.0, rss_mb(pid)))
        for t in threads:
            t.start()
        next_sample = SAMPLE_EVERY_S
        while any(t.is_alive() for t in threads):
            time.sleep(0.5)
            now = time.monotonic() - self.started
            if now >= next_sample:
                for pid in pids:
                    memory[pid].append((now, rss_mb(pid)))
                next_sample += SAMPLE_EVERY_S
        for pid in pids:
            memory[pid].append((time.monotonic() - self.started, rss_mb(pid)))
        return self.errors, memory


def report(title: str, run: Run, memory: dict[int, list[tuple[float, float]]]) -> None:
    wall = max(t for t, _ in run.latencies) if run.latencies else run.duration_s
    measured = [s for t, s in run.latencies if t >= WARMUP_S]
    rows = [
        ("simulated trainees (pauses 3–8 s between turns)", str(run.trainees)),
        ("run length", f"{wall / 60:.1f} min (latencies after the first {WARMUP_S:.0f} s)"),
        ("calls started / turns", f"{run.calls + len(run.errors)} / {len(run.latencies)}"),
        ("turns/s", f"{len(run.latencies) / wall:.2f}"),
    ]
    if measured:
        rows += [
            (
                f"reply p50 ({len(measured)} turns, parse + trigger_intent)",
                ms(percentile(measured, 50)),
            ),
            ("reply p95", ms(percentile(measured, 95))),
            ("reply p99", ms(percentile(measured, 99))),
            ("reply max", ms(max(measured))),
        ]
    rows.append(
        ("errors", str(len(run.errors)) + (f" (first: {run.errors[0]})" if run.errors else ""))
    )
    for i, (_pid, samples) in enumerate(memory.items(), 1):
        start = samples[0][1]
        warm = next((mb for t, mb in samples if t >= WARMUP_S), samples[-1][1])
        end = samples[-1][1]
        top = max(mb for _, mb in samples)
        rows.append(
            (
                f"Rasa server {i} RSS: start / after warm-up / end (max)",
                f"{start:.0f} / {warm:.0f} / {end:.0f} MB ({top:.0f} MB)",
            )
        )
    print_table(title, rows)


def single(bot: service.TrainedBot, trainees: int, duration_s: float) -> None:
    server, _ = service.start(bot)
    try:
        BotClient(server.url).parse("您好")  # jieba loads its dictionary on the first parse
        run = Run(server.url, None, trainees, duration_s)
        _, memory = run.go([server.pid])
        report(f"Load: {trainees} trainees, one Rasa server (SQLite tracker store)", run, memory)
    finally:
        server.stop()


def cluster(bot: service.TrainedBot, trainees: int, duration_s: float) -> None:
    sys.path.insert(0, str(REPO / "tests"))
    from cluster import Cluster

    c = Cluster(Path(tempfile.mkdtemp(prefix="calldrill-cluster-"))).start(bot)
    try:
        for s in c.rasa:
            BotClient(s.url).parse("您好")
        run = Run(c.url, c.token, trainees, duration_s)
        _, memory = run.go([s.pid for s in c.rasa])
        title = (
            f"Load: {trainees} trainees, cluster (HAProxy, {len(c.rasa)} Rasa servers, "
            "PostgreSQL tracker store, Redis lock store)"
        )
        report(title, run, memory)
    finally:
        c.stop()


def main(trainees: int = 50, minutes: float = 5.0, only: str | None = None) -> None:
    os.environ.setdefault("CALLDRILL_HOME", str(REPO / "var" / "bench"))
    for name in ("CALLDRILL_RASA_URL", "CALLDRILL_RASA_TOKEN", "CALLDRILL_RASA_ENDPOINTS"):
        os.environ.pop(name, None)
    bot = service.train(load_scenarios())
    if only in (None, "single"):
        single(bot, trainees, minutes * 60)
    if only in (None, "cluster"):
        cluster(bot, trainees, minutes * 60)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trainees", type=int, default=50)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--only", choices=["single", "cluster"])
    args = parser.parse_args()
    main(args.trainees, args.minutes, args.only)
