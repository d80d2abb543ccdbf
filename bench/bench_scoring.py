"""Scoring throughput: 1,000 recorded calls through the Rasa NLU (warm) and score_call.

    .venv/bin/python -m bench bench_scoring        (or: make bench)

The calls are the labelled calls of tests/data/calls/ replayed with their numbers re-drawn per call, so
texts differ from call to call like real trainees' do. Three figures: the whole path (NLU + score) with
the recogniser's text cache off (every utterance goes to Rasa), the same with the cache on (stock
phrases such as 再见 are parsed once), and score_call alone on precomputed acts.
"""

from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

from bench.table import ms, percentile, print_table
from core.callrecord import CallRecord, parse_call_record
from core.scenario import load_scenarios
from nlu.client import BotClient
from scoring.acts import recognize_call
from scoring.scorer import score_call

CALLS = Path(__file__).resolve().parent.parent / "tests" / "data" / "calls"
N_CALLS = 1000
WARMUP_TEXTS = 20


def recorded_calls(n: int = N_CALLS, seed: int = 7) -> list[CallRecord]:
    sources = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(CALLS.glob("*.json"))
        if not p.name.endswith(".expected.json")
    ]
    rng = random.Random(seed)
    out = []
    for k in range(n):
        data = json.loads(json.dumps(sources[k % len(sources)]))
        digits = list("0123456789")
        rng.shuffle(digits)
        table = str.maketrans("0123456789", "".join(digits))

        def redraw(m: re.Match[str], table=table) -> str:
            return m.group(0).translate(table)

        for e in data["events"]:
            if e["type"] == "utterance":
                e["text"] = re.sub(r"\d{5,}", redraw, e["text"])
        if data.get("facts"):
            data["facts"] = {key: re.sub(r"\d{5,}", redraw, v) for key, v in data["facts"].items()}
        out.append(parse_call_record(data))
    return out


def _run(records, scenarios, recognizer) -> tuple[float, list[float]]:
    per_call = []
    started = time.perf_counter()
    for record in records:
        t0 = time.perf_counter()
        acts = recognize_call(record, recognizer) if recognizer else {}
        score_call(record, scenarios.get(record.scenario), acts)
        per_call.append(time.perf_counter() - t0)
    return time.perf_counter() - started, per_call


def main() -> None:
    from nlu.service import ensure_bot

    scenarios = load_scenarios()
    records = recorded_calls()
    utterances = sum(len(r.utterances("trainee")) for r in records)
    url = ensure_bot(scenarios)

    rows: list[tuple[str, str]] = [
        (
            "calls",
            f"{len(records)} ({utterances} trainee utterances, {utterances / len(records):.1f} per call)",
        )
    ]
    with BotClient(url, cache_size=0) as warm:
        warm.recognize(
            [f"您好，旭日装饰客服中心，{i}号客服为您服务。" for i in range(WARMUP_TEXTS)]
        )
        total, per_call = _run(records, scenarios, warm)
    rows += [
        ("NLU + score, no text cache: calls/s", f"{len(records) / total:.1f}"),
        (
            "NLU + score, no text cache: p50 / p95 per call",
            f"{ms(percentile(per_call, 50))} / {ms(percentile(per_call, 95))}",
        ),
    ]
    with BotClient(url) as cached:
        total, per_call = _run(records, scenarios, cached)
    rows += [
        ("NLU + score, text cache on: calls/s", f"{len(records) / total:.1f}"),
        (
            "NLU + score, text cache on: p50 / p95 per call",
            f"{ms(percentile(per_call, 50))} / {ms(percentile(per_call, 95))}",
        ),
    ]
    with BotClient(url) as rec:
        acts = [recognize_call(r, rec) for r in records]
    per_call = []
    started = time.perf_counter()
    for record, a in zip(records, acts, strict=True):
        t0 = time.perf_counter()
        score_call(record, scenarios.get(record.scenario), a)
        per_call.append(time.perf_counter() - t0)
    total = time.perf_counter() - started
    rows += [
        ("score_call alone: calls/s", f"{len(records) / total:.1f}"),
        (
            "score_call alone: p50 / p95 per call",
            f"{ms(percentile(per_call, 50))} / {ms(percentile(per_call, 95))}",
        ),
    ]
    print_table(f"Scoring {len(records)} recorded calls (Rasa NLU warm at {url})", rows)


if __name__ == "__main__":
    main()
