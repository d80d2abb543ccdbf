"""`calldrill scenarios`: check scenario files as trainers write them."""

from __future__ import annotations

from pathlib import Path

import click

from core.errors import TtsUnavailable
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


@scenarios.command("voices")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def scenarios_voices(paths: tuple[Path, ...]) -> None:
    """Make the customer's voice for every line of the scenarios ahead of the calls (cached)."""
    from calldrill import voices

    loaded = load_scenarios(list(paths) or None)
    shown = [0]

    def progress(state: voices.Preparation) -> None:
        if state.done - shown[0] >= 20 or state.finished or state.error:
            shown[0] = state.done
            click.echo(f"  {state.done}/{state.total} 句")

    click.echo(f"准备客户语音：{len(loaded.scenarios)} 个场景，共 {len(voices.lines(loaded))} 句。")
    state = voices.prepare(loaded, progress=progress)
    if state.error:
        raise TtsUnavailable(state.summary())
    click.echo(state.summary())
