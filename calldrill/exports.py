"""What HR takes away: the certification status table as rows and as a CSV file for Excel."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Sequence

from core.limits import FORMULA_START
from scoring import certification as cert

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


def status_csv(
    statuses: Sequence[cert.TraineeStatus],
    max_attempts: int,
    practice: dict[str, int] | None = None,
    month: cert.Month | None = None,
) -> bytes:
    """The status table as a CSV file: the CLI's --csv and the web dashboard export this same file.

    With `practice` (drills per trainee in `month`) a column says how many each trainee did.
    """
    headers = list(STATUS_HEADERS)
    used = headers.index("本期已考")
    rows = status_rows(statuses, max_attempts)
    for row, st in zip(rows, statuses, strict=True):  # "2/2" would become 2 February in Excel
        row[used] = f"{st.attempts_used}次/共{max_attempts}次"
    if practice is not None and month is not None:
        headers.append(f"{month}练习次数")
        rows = [
            [*row, str(practice.get(st.trainee.id, 0))]
            for row, st in zip(rows, statuses, strict=True)
        ]
    return table_csv(headers, rows, text_columns=TYPED_COLUMNS)


TYPED_COLUMNS = ("工号", "姓名", "班组")
"""Columns of the status table that hold what people typed (the roster): always text in Excel."""


def table_csv(
    headers: Sequence[str], rows: Sequence[Sequence[str]], text_columns: Collection[str] = ()
) -> bytes:
    """UTF-8 with a BOM, so that Excel opens it with the Chinese intact; every cell safe (see
    below), and the cells of `text_columns` kept as text even when they look like dates or numbers.
    """
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(headers)
    as_text = {i for i, h in enumerate(headers) if h in text_columns}
    writer.writerows(
        [excel_text(str(c)) if i in as_text else excel_safe(str(c)) for i, c in enumerate(row)]
        for row in rows
    )
    return text.getvalue().encode("utf-8-sig")


def excel_safe(cell: str) -> str:
    """A cell Excel never runs: one that would start a formula (=, +, -, @, tab, CR) gets a
    leading quote (OWASP's advice for CSV injection), so it shows as text."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


_CONVERTED = re.compile(r"\s*[+-]?(?:\d[\d,.:/ -]*|\d+(?:\.\d*)?[eE][+-]?\d+)\s*%?\s*")
"""What Excel reads as a date, a time, a fraction or a number (2/2, 3-1, 1:30, 00123, 1e5)."""


def excel_text(cell: str) -> str:
    """A cell that stays the text it is: safe (see `excel_safe`), and one that Excel would turn
    into a date or a number (losing e.g. leading zeros) gets the same leading quote."""
    if _CONVERTED.fullmatch(cell) and not cell.startswith("'"):
        return "'" + cell
    return excel_safe(cell)
