"""Compile the scenario set into a standard Rasa 3 project (config, domain, NLU data, rules, test stories).

The dialogue is Rasa's: each scenario node is a response `utter_<scenario>__<node>`, and each reaction is
a rule "after this customer line, on this trainee act, say that line". The caller's state is therefore
the last thing they said, which Rasa keeps in the tracker. The scenario and the facts drawn for the call
are slots set when the call starts, so one bot serves every scenario and fills `{caller_name}` etc.
"""

from __future__ import annotations

import hashlib
import shutil
from collections import deque
from pathlib import Path
from typing import Any

import yaml

from core.acts import ACT_NAMES, FORBIDDEN_ACTS, TURN_PRIORITY
from core.scenario import Scenario, ScenarioSet

RASA_PROJECT = Path(__file__).resolve().parent / "rasa_project"
COMPONENT_PACKAGE = "calldrill_nlu"
DEFAULT_LINES = ["嗯？你说什么？", "不好意思，你刚才说什么？", "喂？我没听明白，你再说一遍？"]


def response_name(scenario_id: str, node_id: str) -> str:
    return f"utter_{scenario_id}__{node_id}"


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def _config() -> dict:
    config = yaml.safe_load((RASA_PROJECT / "config.yml").read_text(encoding="utf-8"))
    for component in config["pipeline"]:
        if component["name"].endswith("TraineeActClassifier"):
            component["priority"] = list(TURN_PRIORITY)
            component["forbidden"] = sorted(FORBIDDEN_ACTS)
    return config


def _node_payload(s: Scenario, node_id: str) -> dict:
    node = s.node(node_id)
    return {
        "scenario": s.id,
        "node": node.id,
        "mood": s.mood_at(node.id).value,
        "line": node.line.value if node.line else None,
        "hangup": node.hangup,
    }


def _domain(scenarios: ScenarioSet) -> dict:
    fact_names = sorted({f for s in scenarios.scenarios for f in s.fact_names})
    slots: dict[str, dict] = {
        "scenario": {
            "type": "categorical",
            "values": [s.id for s in scenarios.scenarios],
            "influence_conversation": True,
            "mappings": [{"type": "custom"}],
        }
    }
    for name in fact_names:
        slots[name] = {
            "type": "text",
            "influence_conversation": False,
            "mappings": [{"type": "custom"}],
        }
    responses: dict[str, list] = {
        "utter_default": [{"text": line, "custom": {"node": None}} for line in DEFAULT_LINES]
    }
    for s in scenarios.scenarios:
        for node in s.nodes:
            payload = _node_payload(s, node.id)
            responses[response_name(s.id, node.id)] = [
                {"text": line, "custom": payload} for line in node.say
            ]
    return {
        "version": "3.1",
        "intents": list(ACT_NAMES),
        "slots": slots,
        "responses": responses,
        "session_config": {"session_expiration_time": 0, "carry_over_slots_to_new_session": True},
    }


def _edges(on: dict[str, str], otherwise: str | None) -> list[tuple[str, str]]:
    """Every (act, target) a node reacts to: its own reactions, then `otherwise` for the rest."""
    edges = list(on.items())
    if otherwise:
        edges += [(act, otherwise) for act in ACT_NAMES if act not in on]
    return edges


def _rules(scenarios: ScenarioSet) -> list[dict]:
    rules = []
    for s in scenarios.scenarios:
        for act, target in _edges(s.pickup.on, s.pickup.otherwise):
            rules.append(
                {
                    "rule": f"{s.id}: pickup, {act} -> {target}",
                    "conversation_start": True,
                    "condition": [{"slot_was_set": [{"scenario": s.id}]}],
                    "steps": [{"intent": act}, {"action": response_name(s.id, target)}],
                }
            )
        for node in s.nodes:
            for act, target in _edges(node.on, node.otherwise):
                rules.append(
                    {
                        "rule": f"{s.id}: {node.id}, {act} -> {target}",
                        "steps": [
                            {"action": response_name(s.id, node.id)},
                            {"intent": act},
                            {"action": response_name(s.id, target)},
                        ],
                    }
                )
    return rules


def _example_texts(nlu_data: dict) -> dict[str, str]:
    examples = {}
    for block in nlu_data.get("nlu", []):
        lines = [ln[2:].strip() for ln in block["examples"].splitlines() if ln.startswith("- ")]
        if lines:
            examples[block["intent"]] = lines[0]
    return examples


def _test_stories(scenarios: ScenarioSet, examples: dict[str, str]) -> list[dict]:
    """One story per node: the shortest way to reach it, so `rasa test` walks every node once."""
    stories = []
    for s in scenarios.scenarios:
        first = {target: act for act, target in reversed(_edges(s.pickup.on, s.pickup.otherwise))}
        paths: dict[str, list[tuple[str, str]]] = {t: [(a, t)] for t, a in first.items()}
        queue = deque(paths)
        while queue:
            nid = queue.popleft()
            node = s.node(nid)
            for act, target in _edges(node.on, node.otherwise):
                if target not in paths:
                    paths[target] = paths[nid] + [(act, target)]
                    queue.append(target)
        for nid, path in paths.items():
            steps: list[dict] = [{"slot_was_set": [{"scenario": s.id}]}]
            for act, target in path:
                steps.append({"user": examples.get(act, act), "intent": act})
                steps.append({"action": response_name(s.id, target)})
            stories.append({"story": f"{s.id}: reach {nid}", "steps": steps})
    return stories


def compile_project(
    scenarios: ScenarioSet, out_dir: Path, nlu_data: Path = RASA_PROJECT / "data" / "nlu.yml"
) -> str:
    """Write the Rasa project for these scenarios into out_dir; returns the digest of its contents."""
    out_dir.mkdir(parents=True, exist_ok=True)
    nlu_text = nlu_data.read_text(encoding="utf-8")
    files = {
        "config.yml": _dump(_config()),
        "domain.yml": _dump(_domain(scenarios)),
        "credentials.yml": _dump({"rest": None}),
        "data/nlu.yml": nlu_text,
        "data/rules.yml": _dump({"version": "3.1", "rules": _rules(scenarios)}),
        "tests/test_stories.yml": _dump(
            {
                "version": "3.1",
                "stories": _test_stories(scenarios, _example_texts(yaml.safe_load(nlu_text))),
            }
        ),
    }
    component_dir = RASA_PROJECT / COMPONENT_PACKAGE
    for path in sorted(component_dir.glob("*.py")):
        files[f"{COMPONENT_PACKAGE}/{path.name}"] = path.read_text(encoding="utf-8")
    digest = hashlib.sha256()
    for name, text in sorted(files.items()):
        target = out_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        digest.update(name.encode() + b"\0" + text.encode() + b"\0")
    shutil.rmtree(out_dir / "__pycache__", ignore_errors=True)
    return digest.hexdigest()[:16]
