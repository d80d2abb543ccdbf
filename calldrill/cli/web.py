"""`calldrill web`: the web app for trainees, trainers and HR (what `make app` runs)."""

from __future__ import annotations

import contextlib

import click

from core.settings import settings


@click.command("web")
@click.option("--port", default=8501, show_default=True, help="Port of the web app.")
@click.option(
    "--address", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: all)."
)
@click.option("--demo", is_flag=True, help="Fill an empty database with demo data first.")
@click.pass_context
def web(ctx: click.Context, port: int, address: str, demo: bool) -> None:
    """Open the web app (trainees, trainers, HR): trains and starts the bot, then serves the app."""
    import subprocess

    from calldrill.cli.demo import demo_command
    from calldrill.demo import DemoRefused, accounts_with_demo_password, refuse_demo_passwords
    from core.accounts import Role
    from nlu.service import ensure_bot, start, train
    from storage import Store

    if demo:
        try:
            ctx.invoke(demo_command, force=False, today_text=None)
        except DemoRefused as e:
            click.echo(f"（没有写入演示数据：{e.message}）")

    checked = settings().data_dir / "demo-password-checked.txt"
    with Store.open() as store:
        admins = [u for u in store.accounts.all() if u.role is Role.ADMIN and u.active]
        if not demo:  # demo accounts exist only in a demo: anyone knows their password
            refuse_demo_passwords(store, checked)
        elif names := accounts_with_demo_password(store, checked):
            click.echo(
                f"注意：账号 {'、'.join(names)} 使用公开的演示密码，只适合试用；"
                "正式使用请不带 --demo 启动（make app DEMO=0）。"
            )
    if settings().rasa_url:
        url = ensure_bot()
    else:
        click.echo("正在准备客户机器人（第一次需要训练，约半分钟）……")
        url = start(train(), shared=True)[0].url  # kept running: the app's pages find it
    click.echo(f"客户机器人服务：{url}")
    if not admins:
        click.echo(
            "还没有管理员账号。请另开一个终端创建：calldrill users add admin --name 管理员 --role admin"
        )
    shown = "127.0.0.1" if address in ("0.0.0.0", "::") else address
    click.echo(f"CallDrill 网页版：http://{shown}:{port}  （按 Ctrl+C 停止）")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C stops Streamlit; nothing to report
        subprocess.run(server_command(port, address), check=False)


def server_command(port: int, address: str) -> list[str]:
    """`streamlit run` of ui/server.py (the app and its HttpOnly cookie route), uploads capped."""
    from calldrill.webapp import APP, streamlit_command
    from core.limits import UPLOAD_MAX_MB

    command = streamlit_command(port, address)
    command[command.index(str(APP))] = str(APP.with_name("server.py"))
    return [*command, f"--server.maxUploadSize={UPLOAD_MAX_MB}"]
