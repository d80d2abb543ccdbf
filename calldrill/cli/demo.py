"""`calldrill demo`: demo trainees, calls, attempts and accounts."""

from __future__ import annotations

from datetime import date

import click

from calldrill.demo import ACCOUNTS, PASSWORD, seed_demo
from scoring import certification as cert
from storage import Store


@click.command("demo")
@click.option(
    "--force", is_flag=True, help="数据库里已有学员时也加入演示数据（只增加，不改动已有数据）。"
)
@click.option("--today", "today_text", metavar="YYYY-MM-DD", help="按这一天生成（默认：今天）。")
def demo_command(force: bool, today_text: str | None) -> None:
    """写入演示数据：3 个班组 12 名学员、半年的练习通话和考核，以及演示账号。"""
    today = cert.parse_date(today_text) if today_text else date.today()
    with Store.open() as store:
        result = seed_demo(store, today, force=force)
    if result.already_there:
        click.echo(f"演示数据已经存在（{result.seeded_on} 写入），没有重复写入。")
    else:
        teams = len({s.trainee.team for s in result.statuses})
        click.echo(
            f"已写入演示数据：{teams} 个班组 {len(result.statuses)} 名学员，"
            f"练习通话 {result.practice_calls} 通，考核 {result.attempts} 次。"
        )
    click.echo(
        f"演示学员 {result.window} 认证状态（截至 {today.isoformat()}）："
        + "，".join(f"{s.label} {result.count(s)}" for s in cert.Status)
        + f"；本月未练习 {len(result.missed_practice)} 人。"
    )
    if result.count(cert.Status.expiring) == 0:
        click.echo(
            f"（证书都在某一期的最后一天到期，所以“即将到期”只在每期最后 "
            f"{cert.EXPIRING_WITHIN_DAYS} 天里出现。）"
        )
    click.echo(f"演示账号（密码都是 {PASSWORD}）：")
    for username, name, role, trainee_id in ACCOUNTS:
        if username in result.accounts_kept:
            click.echo(f"  {username:<8} 已存在，未改动（仍用原来的密码）")
        else:
            suffix = f"（{trainee_id}）" if trainee_id else ""
            click.echo(f"  {username:<8} {role.label} {name}{suffix}")
