"""A trainee's scores over time, for the results page's chart."""

from __future__ import annotations

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
