"""Contracts between the layers that no import can check."""

from __future__ import annotations

import ast
from pathlib import Path

from nlu.client import ACTS_PROPERTY

COMPONENT = Path(__file__).resolve().parents[1] / "nlu/rasa_project/calldrill_nlu/trainee_acts.py"


def constant(path: Path, name: str) -> object:
    """A module-level constant of a file that cannot be imported here (Rasa's own environment)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{path} defines no {name}")


def test_the_rasa_component_writes_the_acts_where_the_client_reads_them():
    assert constant(COMPONENT, "ACTS_PROPERTY") == ACTS_PROPERTY == "acts"
