"""`calldrill scenarios`: check scenario files as trainers write them."""

from __future__ import annotations

from pathlib import Path

import click

from core.scenario import load_scenarios


@click.group("scenarios")
def scenarios() -> None:
    """Scenario files."""


@scenarios.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def scenarios_validate(paths: tuple[Path, ...]) -> None:
    """Check scenario files (default: the scenarios/ folder)."""
    loaded = load_scenarios(list(paths) or None)
    for s in loaded.scenarios:
        click.echo(f"✓ {s.source}：{s.id}（{s.title}），{len(s.nodes)} 个节点")
    click.echo(f"{len(loaded.scenarios)} 个场景全部有效。")
