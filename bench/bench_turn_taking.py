"""Issue 11's figures from one run, in one table: the turn-end decision against the fixed silence rule
on the held-out turns (bench_turns), the terminal voice turn and its stages after the decision
(bench_voice), and the web app's voice and text replies and page timings (bench_browser). Run apart,
the three were measured on different days and loads, so their sums did not add up.

    .venv/bin/python -m bench.bench_turn_taking        (about 25 min on two cores)
"""

from __future__ import annotations

import os

from bench import bench_browser, bench_turns, bench_voice
from bench.table import print_table


def table_rows() -> list[tuple[str, str]]:
    # One data directory for the three, so the customer lines made for one are the others' too.
    os.environ.setdefault("CALLDRILL_HOME", str(bench_browser.REPO / "var" / "bench"))
    parts = [
        ("turns", bench_turns.table_rows),
        ("terminal", bench_voice.table_rows),
        ("browser", bench_browser.table_rows),
    ]
    return [(f"{part} · {name}", value) for part, measure in parts for name, value in measure()]


def main() -> None:
    print_table("Turn taking and reply latency (issue 11), one run", table_rows())


if __name__ == "__main__":
    main()
