"""Real agents are never flagged: 537 real helpdesk dialogues scored as drill calls, zero forbidden flags.

../shared/data/real-dialogues/stc3-dialogues.jsonl (see its README) holds real Chinese customer-service
dialogues (1,001 agent turns). None of those agents did anything the standards forbid; some are curt,
some state company policy, some mention numbers and names. Each dialogue is wrapped as a call record
(agent = trainee, customer = customer: a ring, a pickup, the turns timed about 0.22 s per character with
0.6 s gaps, the customer hangs up) for each of the four scenarios and scored. A forbidden flag on any of
them is a false flag — the worst error the scorer can make.

Two variants: the content checks alone (no acts; fast, no server), and acts from the real Rasa NLU.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from core.callrecord import CallRecord, parse_call_record
from core.rubric import FORBIDDEN_RULES
from core.scenario import load_scenarios
from nlu.client import BotClient
from scoring.acts import recognize_call
from scoring.scorer import score_call

REAL = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "real-dialogues"
    / "stc3-dialogues.jsonl"
)
SCENARIOS = load_scenarios()
SCENARIO_IDS = ("angry_complainant", "absent_colleague", "unclear_audio", "unanswerable_question")
PER_CHAR = 0.22
GAP = 0.6


def dialogues() -> dict[str, list[dict]]:
    if not REAL.exists():
        pytest.fail(f"{REAL} is missing: the real dialogues come with ../shared/ (see its README)")
    out: dict[str, list[dict]] = defaultdict(list)
    for line in REAL.read_text(encoding="utf-8").splitlines():
        if line.strip():
            turn = json.loads(line)
            out[turn["dialogue_id"]].append(turn)
    return {k: sorted(v, key=lambda t: t["turn_index"]) for k, v in out.items()}


def as_call(turns: list[dict], scenario: str) -> CallRecord:
    """One dialogue as a drill call: ring, pickup, the turns in order, the customer hangs up."""
    events: list[dict] = [{"t": 0.0, "type": "ring"}, {"t": 1.5, "type": "pickup"}]
    t = 1.5
    for turn in turns:
        start = t + GAP
        end = start + PER_CHAR * len(turn["text"])
        events.append(
            {
                "t": round(start, 2),
                "type": "utterance",
                "speaker": "trainee" if turn["role"] == "agent" else "customer",
                "end": round(end, 2),
                "text": turn["text"],
            }
        )
        t = end
    events.append({"t": round(t + 0.8, 2), "type": "hangup", "by": "customer"})
    return parse_call_record(
        {
            "version": 1,
            "scenario": scenario,
            "trainee": {"id": "real", "work_id": "1"},
            "company": SCENARIOS.get(scenario).company,
            "events": events,
        }
    )


def false_flags(acts_of) -> list[str]:
    """Every forbidden flag raised on the real dialogues, one line per rule and sentence."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for did, turns in dialogues().items():
        acts = None
        for scenario in SCENARIO_IDS:
            record = as_call(turns, scenario)
            if acts is None:  # the same utterances in every scenario: recognise them once
                acts = acts_of(record)
            report = score_call(record, SCENARIOS.get(scenario), acts)
            for r in report.rules:
                if r.id in FORBIDDEN_RULES and r.status == "fail":
                    for i in r.evidence:
                        found[(r.id, record.events[i].text)].add(f"{did} ({scenario})")
    return [f"{rule}: {text!r} in {sorted(where)[0]} …" for (rule, text), where in found.items()]


def test_the_real_dialogues_are_all_there():
    dl = dialogues()
    assert len(dl) == 537
    agent = sum(t["role"] == "agent" for turns in dl.values() for t in turns)
    assert agent == 1001


def test_no_forbidden_flag_on_real_agents_content_alone():
    flags = false_flags(lambda record: {})
    assert not flags, "\n".join(flags)


@pytest.mark.rasa
def test_no_forbidden_flag_on_real_agents_with_the_rasa_nlu(rasa_url):
    with BotClient(rasa_url) as nlu:
        flags = false_flags(lambda record: recognize_call(record, nlu))
    assert not flags, "\n".join(flags)
