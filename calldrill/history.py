"""A trainee's scores over time, and what to practise next."""

from __future__ import annotations

from collections import Counter
from datetime import date

from storage import ScoredCallSummary


def monthly_scores(calls: list[ScoredCallSummary]) -> dict[str, dict[str, float]]:
    """Mean score per month ("2026-09"), separately for practice and assessment calls."""
    sums: dict[str, dict[str, list[float]]] = {}
    for c in calls:
        series = "考核" if c.exam else "练习"
        sums.setdefault(f"{c.started_on:%Y-%m}", {}).setdefault(series, []).append(c.score)
    return {
        month: {series: round(sum(v) / len(v), 1) for series, v in by.items()}
        for month, by in sorted(sums.items())
    }


def weakest_rules(
    calls: list[ScoredCallSummary], month: date, top: int = 3
) -> list[tuple[str, int, int]]:
    """The rules failed most often in the month's calls: (rule id, times failed, calls), worst first."""
    in_month = [
        c for c in calls if (c.started_on.year, c.started_on.month) == (month.year, month.month)
    ]
    failed = Counter(rule for c in in_month for rule in c.failed_rules)
    return [(rule, n, len(in_month)) for rule, n in failed.most_common(top)]
