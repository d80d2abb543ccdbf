"""`calldrill cert`: certification status for HR, and the trainee roster.

The main CLI registers `cert_group`. Every CallDrillError becomes "错误：…" on stderr with exit code 2,
as in the main CLI, so that the group behaves the same when it is run on its own.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click

from scoring import certification as cert
from scoring.storage import Store
from simulator.clickgroup import ReportingGroup
from simulator.errors import InputError

ROSTER_COLUMNS = ("id", "name", "team")
TRAINEE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
MAX_NAME = 50
MAX_ATTEMPTS_ENV = "CALLDRILL_MAX_ATTEMPTS"
STATUS_HEADERS = (
    "工号",
    "姓名",
    "班组",
    "状态",
    "最近考核",
    "结果",
    "得分",
    "有效期至",
    "本期已考",
)


@click.group("cert", cls=ReportingGroup)
def cert_group() -> None:
    """认证：考核状态（给人力资源部）和学员名单。"""


# --- status ---------------------------------------------------------------------------------------


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"日期“{text}”无效。应写作“年-月-日”，例如 2026-09-01。") from None


def parse_max_attempts(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise InputError(f"每期考核次数“{text}”无效，应为正整数，例如 2。")
    return int(text)


def configured_max_attempts() -> int:
    """The attempt limit per window for the web app: CALLDRILL_MAX_ATTEMPTS, as for `cert status`."""
    return parse_max_attempts(os.environ.get(MAX_ATTEMPTS_ENV) or str(cert.DEFAULT_MAX_ATTEMPTS))


def status_rows(statuses: Sequence[cert.TraineeStatus], max_attempts: int) -> list[list[str]]:
    rows = []
    for st in statuses:
        last = st.last_attempt
        result = ""
        if last is not None:
            result = "通过" if last.passed else ("未完成" if not last.complete else "未通过")
        rows.append(
            [
                st.trainee.id,
                st.trainee.name,
                st.trainee.team,
                st.status.label,
                last.taken_on.isoformat() if last else "—",
                result or "—",
                f"{last.score:.1f}" if last and last.score is not None else "—",
                st.expires_on.isoformat() if st.expires_on else "—",
                f"{st.attempts_used}/{max_attempts}",
            ]
        )
    return rows


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table that lines up with Chinese characters (two columns wide each)."""
    widths = [max(_width(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def status_csv(statuses: Sequence[cert.TraineeStatus], max_attempts: int) -> bytes:
    """The status table as a CSV file: the CLI's --csv and the web dashboard export this same file.

    UTF-8 with a BOM, so that Excel opens it with the Chinese intact.
    """
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(STATUS_HEADERS)
    writer.writerows(status_rows(statuses, max_attempts))
    return text.getvalue().encode("utf-8-sig")


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
    envvar=MAX_ATTEMPTS_ENV,
    default=str(cert.DEFAULT_MAX_ATTEMPTS),
    show_default=True,
    help="每期最多考核次数（也可用环境变量 CALLDRILL_MAX_ATTEMPTS 设置）。",
)
def status(window_text, csv_path, today_text, max_attempts_text) -> None:
    """列出每位学员的认证状态、最近考核、得分和有效期。"""
    today = parse_date(today_text) if today_text else date.today()
    window = cert.Window.parse(window_text) if window_text else cert.Window.of(today)
    max_attempts = parse_max_attempts(max_attempts_text)
    with Store.open() as store:
        trainees = store.trainees()
        attempts = store.attempts()
    if not trainees:
        click.echo("还没有学员。请先导入名单：calldrill cert import-trainees 名单.csv")
        return
    result = cert.statuses(trainees, attempts, window, today, max_attempts)
    rows = status_rows(result, max_attempts)
    as_of = result[0].as_of
    click.echo(f"认证状态 {window}（截至 {as_of.isoformat()}，每期最多考核 {max_attempts} 次）")
    click.echo(render_table(STATUS_HEADERS, rows))
    counts = {s: sum(1 for r in result if r.status is s) for s in cert.Status}
    click.echo(
        f"共 {len(result)} 人：" + "，".join(f"{s.label} {counts[s]}" for s in cert.Status) + "。"
    )
    if csv_path:
        _write_file(Path(csv_path), status_csv(result, max_attempts))
        click.echo(f"已写入 {csv_path}")


# --- monthly practice -----------------------------------------------------------------------------


@cert_group.command("practice")
@click.option("--month", "month_text", metavar="2026-07", help="月份（默认：本月）。")
def practice(month_text) -> None:
    """列出某月没有做过模拟通话练习的学员（规程：每月一次角色扮演演练）。"""
    month = cert.Month.parse(month_text) if month_text else cert.Month.of(date.today())
    with Store.open() as store:
        trainees = store.trainees()
        calls = store.practice_calls(month)
    missing = cert.missing_practice(trainees, calls, month)
    click.echo(
        f"{month} 练习情况：{len(trainees) - len(missing)} 人已练习，{len(missing)} 人未练习。"
    )
    if missing:
        click.echo(
            render_table(("工号", "姓名", "班组"), [[t.id, t.name, t.team] for t in missing])
        )


# --- roster import --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterProblem:
    line: int
    problem: str

    def __str__(self) -> str:
        return f"第{self.line}行：{self.problem}"


def read_roster(path: Path) -> tuple[list[cert.Trainee], list[RosterProblem]]:
    """Parse a roster CSV file; see `parse_roster`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}：文件不存在。请检查路径。") from None
    except IsADirectoryError:
        raise InputError(f"{path}：这是一个文件夹，不是 CSV 文件。") from None
    except OSError as e:
        raise InputError(f"{path}：无法读取（{e.strerror or e.__class__.__name__}）。") from None
    return parse_roster(raw, str(path))


def parse_roster(raw: bytes, path: str) -> tuple[list[cert.Trainee], list[RosterProblem]]:
    """Parse a roster CSV (UTF-8, header id,name,team). Good rows and the bad rows' problems.

    `path` names the file in messages. Whole-file problems (not UTF-8, empty, wrong header) raise
    InputError.
    """
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"{path}：不是 UTF-8 编码。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入。"
        ) from None
    reader = csv.reader(io.StringIO(content, newline=""))
    header = next(reader, None)
    while header is not None and not any(c.strip() for c in header):
        header = next(reader, None)
    if header is None:
        raise InputError(f"{path}：文件是空的。第一行应为表头：id,name,team。")
    names = [c.strip().lower() for c in header]
    missing = [c for c in ROSTER_COLUMNS if c not in names]
    extra = [c for c in names if c not in ROSTER_COLUMNS]
    duplicated = sorted({c for c in names if names.count(c) > 1})
    if missing or extra or duplicated:
        details = []
        if missing:
            details.append(f"缺少列：{'、'.join(missing)}")
        if extra:
            details.append(f"多余的列：{'、'.join(c or '（空）' for c in extra)}")
        if duplicated:
            details.append(f"重复的列：{'、'.join(duplicated)}")
        raise InputError(
            f"{path} 第{reader.line_num}行：表头应为 id,name,team（工号、姓名、班组），"
            f"实际是“{','.join(header)}”。{'；'.join(details)}。"
        )
    index = {c: names.index(c) for c in ROSTER_COLUMNS}
    good: list[cert.Trainee] = []
    problems: list[RosterProblem] = []
    seen: dict[str, int] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(c.strip() for c in row):
                continue
            if len(row) != len(header):
                problems.append(
                    RosterProblem(line, f"应有 {len(header)} 列，实际有 {len(row)} 列。")
                )
                continue
            tid, name, team = (row[index[c]].strip() for c in ROSTER_COLUMNS)
            issues = []
            if not tid:
                issues.append("工号（id）为空")
            elif not TRAINEE_ID.match(tid):
                issues.append(f"工号“{tid}”无效：只能用字母、数字、“-”“_”“.”，最长 64 个字符")
            elif tid in seen:
                issues.append(f"工号“{tid}”与第{seen[tid]}行重复")
            if not name:
                issues.append("姓名（name）为空")
            elif len(name) > MAX_NAME:
                issues.append(f"姓名太长（{len(name)} 个字，最多 {MAX_NAME} 个）")
            if len(team) > 100:
                issues.append("班组名称太长（最多 100 个字）")
            if issues:
                problems.append(RosterProblem(line, "；".join(issues) + "。"))
                continue
            seen[tid] = line
            good.append(cert.Trainee(tid, name, team))
    except csv.Error as e:
        problems.append(
            RosterProblem(reader.line_num, f"CSV 格式错误（{e}），此行及之后的内容未读取。")
        )
    return good, problems


@cert_group.command("import-trainees")
@click.argument("file", metavar="FILE.csv")
def import_trainees(file: str) -> None:
    """导入学员名单：UTF-8 编码的 CSV，表头为 id,name,team（工号、姓名、班组）。

    已有的工号会更新姓名和班组。有错误的行逐行报告并跳过，其余的行照常导入（退出码 2）。
    """
    good, problems = read_roster(Path(file))
    with Store.open() as store:
        change = store.upsert_trainees(good)
    for p in problems:
        click.echo(str(p), err=True)
    summary = f"已导入 {change.loaded} 名学员（新增 {change.added}，更新 {change.updated}，未变 {change.unchanged}）"
    if problems:
        click.echo(
            f"{summary}；{len(problems)} 行有错误，未导入。请改正后重新导入这些行。", err=True
        )
        click.get_current_context().exit(2)
    click.echo(f"{summary}。")
