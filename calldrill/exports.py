"""What HR takes away: the certification status table as rows and as a CSV file for Excel."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

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


def status_csv(statuses: Sequence[cert.TraineeStatus], max_attempts: int) -> bytes:
    """The status table as a CSV file: the CLI's --csv and the web dashboard export this same file.

    UTF-8 with a BOM, so that Excel opens it with the Chinese intact.
    """
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(STATUS_HEADERS)
    writer.writerows(status_rows(statuses, max_attempts))
    return text.getvalue().encode("utf-8-sig")
