"""`calldrill`: a thin command line over the library. Only here do errors become words on screen."""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import click

from scoring.cert_cli import cert_group
from simulator.callrecord import Trainee
from simulator.config import data_dir
from simulator.errors import CallDrillError, InputError
from simulator.scenario import fill, load_scenarios


class _Group(click.Group):
    """Every CallDrillError becomes its message on stderr and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CallDrillError as e:
            click.echo(f"错误：{e.message}", err=True)
            ctx.exit(2)
        except KeyboardInterrupt:
            click.echo("\n已中断。", err=True)
            ctx.exit(130)


@click.group(cls=_Group)
def main() -> None:
    """CallDrill (话务实训): phone-answering drills against a simulated customer."""


def write_atomically(path: Path, text: str) -> None:
    """A record is either written whole or not at all, even if the drill is killed mid-write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(f.name, path)


@main.command()
@click.argument("scenario_id")
@click.option(
    "--script",
    "script",
    type=click.Path(path_type=Path),
    help="Trainee lines from a file, one per line.",
)
@click.option(
    "--out", type=click.Path(path_type=Path), help="Where to write the call record (JSON)."
)
@click.option("--trainee", "trainee_id", default="demo", show_default=True, help="Trainee id.")
@click.option(
    "--work-id", default="3", show_default=True, help="The work number the trainee answers with."
)
@click.option("--seed", type=int, help="Draw the scenario's facts reproducibly.")
@click.option(
    "--scenarios",
    "scenario_dir",
    type=click.Path(path_type=Path),
    help="Scenario folder (default: scenarios/).",
)
def practice(scenario_id, script, out, trainee_id, work_id, seed, scenario_dir) -> None:
    """Play one practice call of SCENARIO_ID in the terminal."""
    from nlu.service import ensure_bot
    from simulator.botclient import BotClient
    from simulator.session import CallSession
    from simulator.textmode import ScriptInput, TerminalInput, TerminalView

    scenarios = load_scenarios([scenario_dir] if scenario_dir else None)
    scenario = scenarios.get(scenario_id)
    trainee_input = ScriptInput(script) if script else TerminalInput()
    if not script and not sys.stdin.isatty():
        raise InputError("标准输入不是终端。无人值守时请用 --script 文件 提供学员的话。")
    rng = random.Random(seed)
    facts = scenario.draw_facts(rng)
    click.echo(f"场景：{scenario.title}（{scenario.id}，第{scenario.version}版）")
    if scenario.brief:
        click.echo(f"说明：{fill(scenario.brief, facts)}")
    click.echo("正在准备客户机器人……")
    bot = BotClient(ensure_bot(scenarios))
    session = CallSession(
        scenario,
        bot,
        Trainee(id=trainee_id, work_id=work_id),
        facts,
        TerminalView(echo_trainee=bool(script)),
        rng,
    )
    record = session.run(trainee_input)
    bot.close()
    path = out or data_dir() / "calls" / f"{datetime.now():%Y%m%d-%H%M%S}-{scenario.id}.json"
    write_atomically(path, record.to_json())
    click.echo(f"通话结束，共 {len(record.events)} 个事件。通话记录已保存：{path}")


@main.group()
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


@main.group()
def bot() -> None:
    """The customer bot (Rasa service)."""


@bot.command("train")
def bot_train() -> None:
    """Train the bot for the current scenarios (skipped when already trained)."""
    from nlu.service import train

    trained = train()
    click.echo(f"客户机器人模型：{trained.model}")


@bot.command("start")
def bot_start() -> None:
    """Start the bot and leave it running for the following drills."""
    from nlu.service import start, train

    server, started = start(train())
    click.echo(f"客户机器人服务{'已启动' if started else '已在运行'}：{server.url}")


@bot.command("stop")
def bot_stop() -> None:
    """Stop the bot started with `calldrill bot start`."""
    from nlu.service import stop_running

    click.echo("客户机器人服务已停止。" if stop_running() else "没有正在运行的客户机器人服务。")


main.add_command(cert_group, "cert")
