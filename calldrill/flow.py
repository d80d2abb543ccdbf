"""A scenario's flow as a diagram a trainer reads without reading YAML: the caller's lines are
nodes, the trainee's acts are the arrows between them, good and bad endings coloured.

`flow_dot` writes Graphviz DOT (the web app draws it with st.graphviz_chart, in the browser).
"""

from __future__ import annotations

import json

from core.acts import ACT_LABELS, FORBIDDEN_ACTS
from core.scenario import Scenario

LINE_CHARS = 18
GOOD, BAD, START = "#d9f2d9", "#f8d7da", "#e8eefc"


def ending(scenario: Scenario, node_id: str) -> str | None:
    """'good' for a polite hang-up, 'bad' for an angry one, None for a node the call goes on from."""
    node = next(n for n in scenario.nodes if n.id == node_id)
    if not node.hangup:
        return None
    return "bad" if node.mood in ("angry", "furious", "annoyed") else "good"


def _label(text: str) -> str:
    short = text if len(text) <= LINE_CHARS else text[: LINE_CHARS - 1] + "…"
    return json.dumps(short, ensure_ascii=False)


def _edge_label(acts: list[str]) -> str:
    return json.dumps("\n".join(ACT_LABELS.get(a, a) for a in acts), ensure_ascii=False)


def flow_dot(scenario: Scenario) -> str:
    """The scenario as a left-to-right graph; arrows with forbidden acts drawn in red."""
    lines = [
        "digraph flow {",
        '  rankdir=LR; node [shape=box, style="rounded,filled", fillcolor=white, '
        'fontname="WenQuanYi Micro Hei"]; edge [fontname="WenQuanYi Micro Hei", fontsize=10];',
        f'  pickup [label="接听", shape=circle, fillcolor="{START}"];',
    ]
    for node in scenario.nodes:
        colour = {"good": GOOD, "bad": BAD, None: "white"}[ending(scenario, node.id)]
        text = node.say[0] if node.say else node.id
        lines.append(
            f'  "{node.id}" [label={_label(text)}, fillcolor="{colour}", tooltip="{node.id}"];'
        )
    branches = [("pickup", scenario.pickup.on, scenario.pickup.otherwise)]
    branches += [(n.id, n.on, n.otherwise) for n in scenario.nodes]
    for source, on, otherwise in branches:
        by_target: dict[str, list[str]] = {}
        for act, target in on.items():
            by_target.setdefault(target, []).append(act)
        for target, acts in by_target.items():
            bad = all(a in FORBIDDEN_ACTS for a in acts)
            style = ', color="#c0392b", fontcolor="#c0392b"' if bad else ""
            lines.append(f'  "{source}" -> "{target}" [label={_edge_label(acts)}{style}];')
        if otherwise:
            lines.append(f'  "{source}" -> "{otherwise}" [label="其他", style=dashed];')
    lines.append("}")
    return "\n".join(lines)
