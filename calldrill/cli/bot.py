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


@bot.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5005, show_default=True, type=click.IntRange(1, 65535))
def bot_serve(host: str, port: int) -> None:
    """Run a bot server in the foreground (for systemd and the like; see README "Scaling out")."""
    from nlu.service import serve_here, train

    trained = train()
    click.echo(f"客户机器人服务：http://{host}:{port}（模型 {trained.model.name}）", err=True)
    serve_here(trained, host, port)


@bot.command("stop")
def bot_stop() -> None:
    """Stop the bot started with `calldrill bot start`."""
    from nlu.service import stop_running

    click.echo("客户机器人服务已停止。" if stop_running() else "没有正在运行的客户机器人服务。")


@bot.command("status")
def bot_status() -> None:
    """Which customer bot the drills use, and every server this data directory started."""
    from nlu.service import ensure_bot, servers

    external = settings().rasa_url
    if external:
        ensure_bot()  # says what is wrong when it does not answer
        click.echo(f"客户机器人服务（CALLDRILL_RASA_URL）：{external}，正常应答。")
    started = servers()
    if not started:
        if not external:
            click.echo(
                "没有正在运行的客户机器人服务。练习时会自动启动一个；"
                "也可以用 `calldrill bot start` 启动一个供之后的练习共用。"
            )
        return
    click.echo(f"本数据目录（{settings().data_dir}）启动的客户机器人服务：")
    for s in started:
        kind = "共用" if s.shared else f"私有（属于进程 {s.owner}）"
        if s.answers:
            state = "正常应答"
        elif s.alive:
            state = "进程在运行，但不应答"
        else:
            state = "已退出（下次启动时清除记录）"
        model = s.model.rsplit("/", 1)[-1]
        click.echo(f"- {s.url}  进程 {s.pid}  模型 {model}  {kind}  {state}")
