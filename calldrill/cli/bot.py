"""`calldrill bot`: the customer bot (a Rasa server): train, start, status, stop."""

from __future__ import annotations

import click

from core.settings import settings


@click.group("bot")
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

    server, started = start(train(), shared=True)
    click.echo(f"客户机器人服务{'已启动' if started else '已在运行'}：{server.url}")


@bot.command("stop")
def bot_stop() -> None:
    """Stop the bot started with `calldrill bot start`."""
    from nlu.service import stop_running

    click.echo("客户机器人服务已停止。" if stop_running() else "没有正在运行的客户机器人服务。")


@bot.command("status")
def bot_status() -> None:
    """Which customer bot the drills use, and whether it answers."""
    from nlu.service import ensure_bot, shared_server

    external = settings().rasa_url
    if external:
        ensure_bot()  # says what is wrong when it does not answer
        click.echo(f"客户机器人服务（CALLDRILL_RASA_URL）：{external}，正常应答。")
        return
    server = shared_server()
    if server is None:
        click.echo(
            "没有正在运行的客户机器人服务。练习时会自动启动一个；"
            "也可以用 `calldrill bot start` 启动一个供之后的练习共用。"
        )
        return
    click.echo(
        f"客户机器人服务正在运行：{server.url}（进程 {server.pid}，模型 {server.model.name}）"
    )
