"""Agreement between the scorer and a human QA reviewer on the labelled calls in tests/data/calls/.

Prints a per-rule table; fails below 95 % overall agreement or on any false forbidden flag (the reviewer
said pass or n/a, the scorer said fail) — the worst error the product can make. The real test runs with
the Rasa NLU the product uses; a second run with no acts at all shows what the content checks alone do.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from core.acts import FORBIDDEN_ACTS
from core.callrecord import read_call_record
from core.rubric import ALL_RULES, FORBIDDEN_RULES
from core.scenario import load_scenarios
from nlu.client import BotClient
from scoring.acts import ActRecognizer, recognize_call
from scoring.format import pad
from scoring.scorer import score_call

CALLS = Path(__file__).resolve().parent / "data" / "calls"
MIN_AGREEMENT = 0.95


@dataclass
class Agreement:
    per_rule: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0] for r in ALL_RULES})
    misses: list[str] = field(default_factory=list)
    false_forbidden: list[str] = field(default_factory=list)

    @property
    def overall(self) -> float:
        agree = sum(a for a, _ in self.per_rule.values())
        total = sum(n for _, n in self.per_rule.values())
        return agree / total if total else 0.0

    def table(self, title: str) -> str:
        lines = [title, pad("rule", 28) + "agree/n    %"]
        for rule, (a, n) in self.per_rule.items():
            lines.append(pad(rule, 28) + f"{a:>3}/{n:<3}  {100 * a / n:5.1f}")
        lines.append(pad("overall", 28) + f"{100 * self.overall:5.1f}%")
        lines.append(f"false forbidden flags: {len(self.false_forbidden)}")
        lines += ["disagreements:"] + [f"  {m}" for m in self.misses]
        return "\n".join(lines)


def labelled_calls() -> list[tuple[str, Path, dict[str, str]]]:
    out = []
    for expected in sorted(CALLS.glob("*.expected.json")):
        name = expected.name.removesuffix(".expected.json")
        out.append(
            (
                name,
                CALLS / f"{name}.json",
                json.loads(expected.read_text(encoding="utf-8"))["expected"],
            )
        )
    return out


def measure(recognizer: ActRecognizer) -> Agreement:
    scenarios = load_scenarios()
    result = Agreement()
    for name, path, expected in labelled_calls():
        record = read_call_record(path)
        report = score_call(
            record, scenarios.get(record.scenario), recognize_call(record, recognizer)
        )
        for r in report.rules:
            counts = result.per_rule[r.id]
            counts[1] += 1
            if r.status == expected[r.id]:
                counts[0] += 1
                continue
            miss = f"{name} {r.id}: reviewer {expected[r.id]}, scorer {r.status} ({r.note})"
            result.misses.append(miss)
            if r.id in FORBIDDEN_RULES and r.status == "fail":
                result.false_forbidden.append(miss)
    return result


def check(result: Agreement, title: str) -> None:
    table = result.table(title)
    print("\n" + table)
    assert not result.false_forbidden, table
    assert result.overall >= MIN_AGREEMENT, table


class NoActs:
    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        return [frozenset() for _ in texts]


def test_the_labelled_set_is_complete():
    calls = labelled_calls()
    assert len(calls) >= 40
    scenarios = {read_call_record(path).scenario for _, path, _ in calls}
    assert scenarios == {
        "angry_complainant",
        "unclear_audio",
        "absent_colleague",
        "unanswerable_question",
    }
    for name, _, expected in calls:
        assert list(expected) == list(ALL_RULES), name
        assert set(expected.values()) <= {"pass", "fail", "n/a"}, name


def test_agreement_on_content_alone():
    check(measure(NoActs()), "agreement, no acts recognised (content checks only)")


class EveryForbiddenAct:
    """The worst NLU: it hears every forbidden act in every utterance."""

    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        return [FORBIDDEN_ACTS for _ in texts]


def test_an_nlu_that_hears_violations_everywhere_flags_nothing_false():
    check(measure(EveryForbiddenAct()), "agreement, every forbidden act recognised everywhere")


@pytest.mark.rasa
def test_agreement_with_the_rasa_nlu(rasa_url):
    with BotClient(rasa_url) as recognizer:
        check(measure(recognizer), f"agreement, acts from the Rasa NLU at {rasa_url}")


@pytest.mark.parametrize(
    ("rings", "pickup", "expected"),
    [(2, True, "pass"), (3, True, "pass"), (5, True, "fail"), (2, False, "n/a")],
)
def test_the_builder_derives_the_pickup_label_from_the_rings(tmp_path, rings, pickup, expected):
    """A writer who leaves `pickup_within_3_rings` to the default gets what the rings say, not a pass."""
    (tmp_path / "src").mkdir()
    spec = {
        "scenario": "unclear_audio",
        "note": "测试",
        "work_id": "3",
        "rings": rings,
        "pickup": pickup,
        "hangup": "customer" if pickup else "none",
        "script": [{"T": "您好，旭日装饰客服中心，3号客服。"}, {"C": "好的，再见。"}]
        if pickup
        else [],
        "expected": {"late_pickup_apology": "n/a", "hold_etiquette": "n/a"},
    }
    (tmp_path / "src" / "x.yaml").write_text(
        yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, str(CALLS / "build.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    labels = json.loads((tmp_path / "x.expected.json").read_text(encoding="utf-8"))["expected"]
    assert labels["pickup_within_3_rings"] == expected
