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


def test_every_command_a_message_names_exists():
    """A message that tells the user to run `calldrill …` names a command that exists."""
    import re

    import click

    from calldrill.cli import main

    root = COMPONENT.parents[3]
    named = set()
    for package in ("core", "nlu", "simulator", "scoring", "storage", "calldrill", "ui"):
        for path in (root / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for match in re.finditer(r"calldrill ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?", text):
                if match.group(1) != "import":  # `from calldrill import …` is code, not a message
                    named.add(match.groups())
    assert ("bot", "status") in named
    for first, second in sorted(named, key=str):
        command = main.commands.get(first)
        assert command is not None, f"calldrill {first}"
        if isinstance(command, click.Group) and second is not None:
            assert second in command.commands, f"calldrill {first} {second}"
