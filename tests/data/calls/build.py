"""Build labelled call records from the hand-written transcripts in a folder's src/.

    .venv/bin/python tests/data/calls/build.py [FOLDER]     (default: this folder)

Each src/NAME.yaml is one call as a QA reviewer would transcribe it (see README.md); this writes
NAME.json (a call record, call-record.md version 1) and NAME.expected.json (the reviewer's status for
every rule id). Times are laid out from the text: about 0.22 s per character, 0.6 s between turns.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from core.callrecord import parse_call_record  # noqa: E402
from core.rubric import ALL_RULES, FORBIDDEN_RULES, REQUIRED_RULES  # noqa: E402
from core.scenario import load_scenarios  # noqa: E402

RING_EVERY = 3.0
PER_CHAR = 0.22
GAP = 0.6
MUST_LABEL = ("late_pickup_apology", "hold_etiquette", "escalation")


def _duration(text: str) -> float:
    return round(0.5 + PER_CHAR * len(text), 1)


def build(src: Path, scenarios) -> tuple[dict, dict]:
    spec = yaml.safe_load(src.read_text(encoding="utf-8"))
    scenario = scenarios.get(spec["scenario"])
    if "record" in spec:
        return _recorded(src, spec, scenario)
    events: list[dict] = []
    rings = spec.get("rings", 2)
    for k in range(rings):
        events.append({"t": k * RING_EVERY, "type": "ring"})
    cursor = (rings - 1) * RING_EVERY + 1.5 if rings else 0.0
    picked = spec.get("pickup", True)
    if picked:
        events.append({"t": round(cursor, 1), "type": "pickup"})
        cursor += spec.get("answer_delay", 0.8) - GAP
    prev_customer_end = None
    for step in spec.get("script") or []:
        if "hold" in step:
            start = cursor + 0.3
            events.append({"t": round(start, 1), "type": "hold_start"})
            if step["hold"] is not None:
                events.append({"t": round(start + step["hold"], 1), "type": "hold_end"})
                cursor = start + step["hold"] + 0.3 - GAP
            else:
                cursor = start + 0.3 - GAP
            continue
        ((who, body),) = step.items()
        speaker = {"T": "trainee", "C": "customer"}[who]
        item = body if isinstance(body, dict) else {"text": body}
        text = str(item["text"])
        if "overlap" in item:
            start = prev_customer_end - item["overlap"]
        else:
            start = cursor + GAP + item.get("delay", 0.0)
        end = start + _duration(text)
        events.append(
            {
                "t": round(start, 1),
                "type": "utterance",
                "speaker": speaker,
                "end": round(end, 1),
                "text": text,
            }
        )
        if speaker == "customer":
            prev_customer_end = end
        cursor = max(cursor, end)
    hangup = spec.get("hangup", "customer")
    if hangup != "none":
        events.append({"t": round(cursor + 0.8, 1), "type": "hangup", "by": hangup})
    events.sort(key=lambda e: e["t"])
    record = {
        "version": 1,
        "scenario": scenario.id,
        "trainee": {"id": spec.get("trainee", "E1001"), "work_id": str(spec.get("work_id", "3"))},
        "company": spec.get("company", scenario.company),
        "events": events,
    }
    if spec.get("facts"):
        record["facts"] = {k: str(v) for k, v in spec["facts"].items()}
    parsed = parse_call_record(record, str(src))  # must be a valid record
    return record, _labels(src, spec, scenario, parsed)


def _recorded(src: Path, spec: dict, scenario) -> tuple[dict, dict]:
    """A call record made by the simulator (`calldrill practice --script`), labelled by hand."""
    record = json.loads((src.parent / spec["record"]).read_text(encoding="utf-8"))
    parsed = parse_call_record(record, str(src))
    return record, _labels(src, spec, scenario, parsed)


def _labels(src: Path, spec: dict, scenario, parsed) -> dict:
    """The expected status of every rule: the hand labels, defaults for the rest.

    Rules whose default would be a guess (MUST_LABEL) must be labelled wherever they apply.
    """
    labels = spec.get("expected") or {}
    unknown = set(labels) - set(ALL_RULES)
    if unknown:
        raise SystemExit(f"{src}: unknown rule ids {sorted(unknown)}")
    rings = sum(e.type == "ring" for e in parsed.events)
    picked = any(e.type == "pickup" for e in parsed.events)
    holds = any(e.type == "hold_start" for e in parsed.events)
    hangup = next((e.by for e in parsed.events if e.type == "hangup"), "none")
    for rule in MUST_LABEL:
        if (
            rule in scenario.rules
            and rule not in labels
            and (
                (rule == "late_pickup_apology" and rings > 3 and picked)
                or (rule == "hold_etiquette" and holds)
                or (rule == "escalation" and scenario.id == "angry_complainant")
            )
        ):
            raise SystemExit(f"{src}: label {rule} explicitly")
    expected = {}
    for rule in REQUIRED_RULES:
        default = "pass" if rule in scenario.rules and rule not in MUST_LABEL else "n/a"
        if rule == "pickup_within_3_rings" and rings > 3:
            default = "fail"
        elif rule == "pickup_within_3_rings" and not picked:
            default = "n/a"
        expected[rule] = labels.get(rule, default)
    for rule in FORBIDDEN_RULES:
        default = "pass"
        if rule == "no_hanging_up_first":
            default = {"customer": "pass", "trainee": "fail", "none": "n/a"}[hangup]
        expected[rule] = labels.get(rule, default)
    note = spec.get("note", "")
    return {"call": src.stem, "note": note, "expected": {r: expected[r] for r in ALL_RULES}}


def main() -> None:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    scenarios = load_scenarios()
    for stale in folder.glob("*.json"):
        stale.unlink()
    sources = sorted((folder / "src").glob("*.yaml"))
    for src in sources:
        record, expected = build(src, scenarios)
        (folder / f"{src.stem}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (folder / f"{src.stem}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"built {len(sources)} calls in {folder}")


if __name__ == "__main__":
    main()
