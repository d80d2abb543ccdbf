"""A trainee's calls over time, for the results page and its chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scoring.storage import CallRow, ReportRow, Store


@dataclass(frozen=True)
class CallSummary:
    call_id: int
    trainee_id: str
    scenario_id: str
    kind: str
    exam: bool
    attempt_id: int | None
    started_at: datetime
    started_on: date
    score: float
    passed: bool


def call_summaries(
    store: Store, trainee_id: str, attempt_id: int | None = None
) -> list[CallSummary]:
    """The trainee's calls, oldest first, each with its latest report's score."""
    latest = (
        select(ReportRow.call_id, func.max(ReportRow.id).label("report_id"))
        .group_by(ReportRow.call_id)
        .subquery()
    )
    q = (
        select(CallRow, ReportRow)
        .join(latest, latest.c.call_id == CallRow.id)
        .join(ReportRow, ReportRow.id == latest.c.report_id)
        .where(CallRow.trainee_id == trainee_id)
        .order_by(CallRow.started_at, CallRow.id)
    )
    if attempt_id is not None:
        q = q.where(CallRow.attempt_id == attempt_id)
    with Session(store.engine) as s:
        return [
            CallSummary(
                c.id,
                c.trainee_id,
                c.scenario_id,
                c.kind,
                c.exam,
                c.attempt_id,
                c.started_at,
                c.started_on,
                r.score,
                r.passed,
            )
            for c, r in s.execute(q)
        ]


def monthly_scores(calls: list[CallSummary]) -> dict[str, dict[str, float]]:
    """Mean score per month ("2026-09"), separately for practice and assessment calls."""
    sums: dict[str, dict[str, list[float]]] = {}
    for c in calls:
        series = "考核" if c.exam else "练习"
        sums.setdefault(f"{c.started_on:%Y-%m}", {}).setdefault(series, []).append(c.score)
    return {
        month: {series: round(sum(v) / len(v), 1) for series, v in by.items()}
        for month, by in sorted(sums.items())
    }
