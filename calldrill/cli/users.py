"""`calldrill users`: accounts for the web app. The first admin is created here."""

from __future__ import annotations

import sys

import click

from calldrill.cli.cert import render_table
from calldrill.cli.errors import CLI_ACTOR, ReportingGroup
from core.accounts import InvalidAccount, parse_role
from storage import Store


@click.group("users", cls=ReportingGroup)
def users_group() -> None:
    """网页版的账号：新建、列出、重设密码、停用。"""


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise InvalidAccount(
            "标准输入不是终端，无法询问密码。请加 --password-stdin 并从标准输入提供密码。"
        )
    return click.prompt("密码", hide_input=True, confirmation_prompt="再输入一次密码")


@users_group.command("add")
@click.argument("username")
@click.option("--name", "display_name", required=True, help="姓名（显示用）。")
@click.option("--role", "role_text", required=True, help="trainee、trainer、hr 或 admin。")
@click.option("--trainee", "trainee_id", help="学员账号关联的学员工号（须已在学员名单中）。")
@click.option("--password-stdin", is_flag=True, help="从标准输入读取密码（一行）。")
def add(username, display_name, role_text, trainee_id, password_stdin) -> None:
    """新建账号 USERNAME（第一个管理员也用这个命令创建）。"""
    role = parse_role(role_text)
    password = _password(password_stdin)
    with Store.open() as store:
        user = store.accounts.add(
            username, display_name, role, password, actor=CLI_ACTOR, trainee_id=trainee_id
        )
    click.echo(f"已创建账号 {user.username}（{user.display_name}，{user.role.label}）。")


@users_group.command("list")
def list_users() -> None:
    """列出所有账号。"""
    with Store.open() as store:
        users = store.accounts.all()
    rows = [
        [
            u.username,
            u.display_name,
            u.role.label,
            u.trainee_id or "",
            "启用" if u.active else "停用",
        ]
        for u in users
    ]
    click.echo(render_table(["用户名", "姓名", "角色", "学员工号", "状态"], rows))


@users_group.command("passwd")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="从标准输入读取新密码（一行）。")
def passwd(username, password_stdin) -> None:
    """重设账号 USERNAME 的密码。"""
    password = _password(password_stdin)
    with Store.open() as store:
        store.accounts.update(username, actor=CLI_ACTOR, password=password)
    click.echo(f"已重设 {username} 的密码。")


@users_group.command("disable")
@click.argument("username")
def disable(username) -> None:
    """停用账号 USERNAME（记录保留，不能再登录）。"""
    with Store.open() as store:
        store.accounts.update(username, actor=CLI_ACTOR, active=False)
    click.echo(f"已停用账号 {username}。")
