"""The trainee roster: a CSV file (UTF-8, header id,name,team) read into trainees, row by row.

The CLI's `cert import-trainees` and the admin's upload page both use `parse_roster`; a file with
problems names each bad row by its line. Names and teams go into HR's CSV export, so one that a
spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is refused here, as is one
with line breaks; a file over ROSTER_MAX_BYTES is refused before it is read.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from core import limits
from core.errors import InputError
from scoring import certification as cert
from storage import RosterChange, Store

ROSTER_COLUMNS = ("id", "name", "team")
TRAINEE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
MAX_NAME = limits.TRAINEE_NAME_MAX_CHARS


@dataclass(frozen=True)
class RosterProblem:
    line: int
    problem: str

    def __str__(self) -> str:
        return f"第{self.line}行：{self.problem}"


def check_roster_size(size: int, path: str) -> None:
    if size > limits.ROSTER_MAX_BYTES:
        raise InputError(
            f"{path}：文件有 {limits.size_words(size)}，超过了学员名单最大 "
            f"{limits.size_words(limits.ROSTER_MAX_BYTES)} 的上限。请检查是否选错了文件，"
            "或分成几个文件导入。"
        )


def read_roster(path: Path) -> tuple[list[cert.Trainee], list[RosterProblem]]:
    """Parse a roster CSV file; see `parse_roster`."""
    try:
        check_roster_size(path.stat().st_size, str(path))
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

    `path` names the file in messages. Whole-file problems (too big, not UTF-8, empty, wrong
    header) raise InputError.
    """
    check_roster_size(len(raw), path)
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"{path}：不是 UTF-8 编码。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入。"
        ) from None
    reader = csv.reader(io.StringIO(content, newline=""))
    header = _header(reader, path)
    index = {c: [h.strip().lower() for h in header].index(c) for c in ROSTER_COLUMNS}
    good: list[cert.Trainee] = []
    problems: list[RosterProblem] = []
    seen: dict[str, int] = {}
    try:
        for row in reader:
            if not any(c.strip() for c in row):
                continue
            line = reader.line_num
            if len(row) != len(header):
                problems.append(
                    RosterProblem(line, f"应有 {len(header)} 列，实际有 {len(row)} 列。")
                )
                continue
            trainee = cert.Trainee(*(row[index[c]].strip() for c in ROSTER_COLUMNS))
            issues = _row_issues(trainee, seen)
            if issues:
                problems.append(RosterProblem(line, "；".join(issues) + "。"))
                continue
            seen[trainee.id] = line
            good.append(trainee)
    except csv.Error as e:
        problems.append(
            RosterProblem(reader.line_num, f"CSV 格式错误（{e}），此行及之后的内容未读取。")
        )
    return good, problems


def _header(reader, path: str) -> list[str]:
    """The first non-empty row, which must be exactly id,name,team (any order, any case)."""
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
    return header


def _row_issues(t: cert.Trainee, seen: dict[str, int]) -> list[str]:
    issues = []
    if not t.id:
        issues.append("工号（id）为空")
    elif not TRAINEE_ID.match(t.id):
        issues.append(f"工号“{t.id}”无效：只能用字母、数字、“-”“_”“.”，最长 64 个字符")
    elif t.id in seen:
        issues.append(f"工号“{t.id}”与第{seen[t.id]}行重复")
    if not t.name:
        issues.append("姓名（name）为空")
    elif len(t.name) > MAX_NAME:
        issues.append(f"姓名太长（{len(t.name)} 个字，最多 {MAX_NAME} 个）")
    elif problem := _cell_problem("姓名", t.name):
        issues.append(problem)
    if len(t.team) > limits.TEAM_MAX_CHARS:
        issues.append(f"班组名称太长（最多 {limits.TEAM_MAX_CHARS} 个字）")
    elif problem := _cell_problem("班组", t.team):
        issues.append(problem)
    return issues


def _cell_problem(what: str, text: str) -> str | None:
    """A name or team that would run as a formula in Excel, or that breaks a line."""
    return limits.spreadsheet_problem(what, text) or limits.text_problem(what, text, len(text))


def import_roster(
    store: Store, trainees: list[cert.Trainee], *, actor: str, source: str
) -> RosterChange:
    """Add or update the trainees, audited (the caller decides about a file with bad rows)."""
    return store.trainees.upsert(trainees, actor=actor, source=source)
