"""How well the real NLU model recognises trainee acts on held-out turns it was never trained on."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from core.acts import FORBIDDEN_ACTS, TURN_PRIORITY
from nlu.client import BotClient

HELDOUT = yaml.safe_load(
    (Path(__file__).parent / "data" / "acts_heldout.yml").read_text(encoding="utf-8")
)
pytestmark = pytest.mark.rasa


def test_act_recognition_on_heldout_turns(rasa_url):
    client = BotClient(rasa_url)
    tp, fp, fn = Counter(), Counter(), Counter()
    turn_ok = 0
    for item in HELDOUT:
        acts, intent = client.parse(item["text"])
        got, expected = set(acts), set(item["acts"])
        for a in got & expected:
            tp[a] += 1
        for a in got - expected:
            fp[a] += 1
        for a in expected - got:
            fn[a] += 1
        turn_ok += intent == next(a for a in TURN_PRIORITY if a in expected)

    print("\n| act | precision | recall | n |\n|---|---|---|---|")
    for act in TURN_PRIORITY:
        n = tp[act] + fn[act]
        if n:
            p = tp[act] / max(1, tp[act] + fp[act])
            print(f"| {act} | {p:.2f} | {tp[act] / n:.2f} | {n} |")
    precision = sum(tp.values()) / (sum(tp.values()) + sum(fp.values()))
    recall = sum(tp.values()) / (sum(tp.values()) + sum(fn.values()))
    f1 = 2 * precision * recall / (precision + recall)
    turn_accuracy = turn_ok / len(HELDOUT)
    false_forbidden = sum(fp[a] for a in FORBIDDEN_ACTS)
    print(
        f"micro P={precision:.3f} R={recall:.3f} F1={f1:.3f}; turn act accuracy {turn_accuracy:.3f}; "
        f"forbidden acts wrongly recognised: {false_forbidden} in {len(HELDOUT)} turns"
    )
    # Measured 2026-11-22: P 0.88, R 0.90, turn accuracy 0.90. The scorer confirms forbidden acts
    # with content checks before failing a call; these bounds catch a model that got worse.
    assert f1 >= 0.85
    assert turn_accuracy >= 0.85
    assert false_forbidden <= 0.05 * len(HELDOUT)
