"""`calldrill cert`: certification status for HR, and the trainee roster."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from calldrill import assessment, certificates
from calldrill.cli.errors import CLI_ACTOR, ReportingGroup
from calldrill.cli.table import render_table
from calldrill.exports import STATUS_HEADERS, status_csv, status_rows
from calldrill.roster import import_roster, read_roster
from core.errors import InputError
from core.settings import DEFAULT_MAX_ATTEMPTS, parse_max_attempts, settings
from scoring import certification as cert
from storage import Store


@click.group("cert", cls=ReportingGroup)
def cert_group() -> None:
    """认证：考核状态（给人力资源部）和学员名单。"""


def _write_file(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as e:
        raise InputError(
            f"{path}：无法写入（{e.strerror or e.__class__.__name__}）。请检查路径和权限。"
        ) from None


@cert_group.command("status")
@click.option(
    "--window", "window_text", metavar="2026H2", help="考核窗口（默认：今天所在的半年）。"
)
@click.option(
    "--csv", "csv_path", metavar="FILE", help="同时把表格写入 CSV 文件（UTF-8，可用 Excel 打开）。"
)
@click.option("--today", "today_text", metavar="YYYY-MM-DD", help="按这一天计算（默认：今天）。")
@click.option(
    "--max-attempts",
    "max_attempts_text",
    metavar="N",
    help=f"每期最多考核次数（默认：环境变量 CALLDRILL_MAX_ATTEMPTS，未设置时 {DEFAULT_MAX_ATTEMPTS}）。",
)
def status(window_text, csv_path, today_text, max_attempts_text) -> None:
    """列出每位学员的认证状态、最近考核、得分和有效期。"""
    today = cert.parse_date(today_text) if today_text else date.today()
    window = cert.Window.parse(window_text) if window_text else cert.Window.of(today)
    max_attempts = (
        parse_max_attempts(max_attempts_text) if max_attempts_text else settings().max_attempts
    )
    month = cert.Month.of(today)
    with Store.open() as store:
        result = assessment.statuses(store, window, today, max_attempts)
        practice = cert.practice_counts(
            [s.trainee for s in result], store.results.practice_calls(month), month
        )
    if not result:
        click.echo("还没有学员。请先导入名单：calldrill cert import-trainees 名单.csv")
        return
    rows = status_rows(result, max_attempts)
    as_of = result[0].as_of
    click.echo(f"认证状态 {window}（截至 {as_of.isoformat()}，每期最多考核 {max_attempts} 次）")
    click.echo(render_table(STATUS_HEADERS, rows))
    counts = {s: sum(1 for r in result if r.status is s) for s in cert.Status}
    click.echo(
        f"共 {len(result)} 人：" + "，".join(f"{s.label} {counts[s]}" for s in cert.Status) + "。"
    )
    if csv_path:
        _write_file(Path(csv_path), status_csv(result, max_attempts, practice, month))
        click.echo(f"已写入 {csv_path}")


# --- monthly practice -----------------------------------------------------------------------------


@cert_group.command("practice")
@click.option("--month", "month_text", metavar="2026-07", help="月份（默认：本月）。")
def practice(month_text) -> None:
    """列出某月没有做过模拟通话练习的学员（规程：每月一次角色扮演演练）。"""
    month = cert.Month.parse(month_text) if month_text else cert.Month.of(date.today())
    with Store.open() as store:
        trainees = store.trainees.all()
        calls = store.results.practice_calls(month)
    missing = cert.missing_practice(trainees, calls, month)
    click.echo(
        f"{month} 练习情况：{len(trainees) - len(missing)} 人已练习，{len(missing)} 人未练习。"
    )
    if missing:
        click.echo(
            render_table(("工号", "姓名", "班组"), [[t.id, t.name, t.team] for t in missing])
        )


# --- roster import --------------------------------------------------------------------------------


@cert_group.command("import-trainees")
@click.argument("file", metavar="FILE.csv")
def import_trainees(file: str) -> None:
    """导入学员名单：UTF-8 编码的 CSV，表头为 id,name,team（工号、姓名、班组）。

    已有的工号会更新姓名和班组。有错误的行逐行报告并跳过，其余的行照常导入（退出码 2）。
    """
    good, problems = read_roster(Path(file))
    with Store.open() as store:
        change = import_roster(store, good, actor=CLI_ACTOR, source=file)
    for p in problems:
        click.echo(str(p), err=True)
    summary = f"已导入 {change.loaded} 名学员（新增 {change.added}，更新 {change.updated}，未变 {change.unchanged}）"
    if problems:
        click.echo(
            f"{summary}；{len(problems)} 行有错误，未导入。请改正后重新导入这些行。", err=True
        )
        click.get_current_context().exit(2)
    click.echo(f"{summary}。")


# --- certificate verification ---------------------------------------------------------------------


@cert_group.command("verify")
@click.argument("code")
@click.option(
    "--today", "today_text", metavar="YYYY-MM-DD", help="按这一天判断是否有效（默认：今天）。"
)
def verify(code: str, today_text: str | None) -> None:
    """核验证书：输入证书下方印的验证码（例如 ABCD-EF23），查出是谁的证书、是否仍然有效。"""
    today = cert.parse_date(today_text) if today_text else date.today()
    with Store.open() as store:
        check = certificates.verify(store, code, today)
    if check is None:
        click.echo(
            f"查无此证：没有验证码为“{code.strip().upper()}”的证书。"
            "这张证书不是本系统签发的，或验证码抄错了。",
            err=True,
        )
        click.get_current_context().exit(1)
    click.echo(certificates.describe(check))
