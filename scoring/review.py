"""The trainers' weekly review queue and how often they agree with the automatic scoring.

Each ISO week a sample of the week's calls is drawn per trainee group (team), so every group is
looked at even when one group plays most calls. The sample is a pure function of the week and the
calls: every call gets a rank from a hash of (week, call id) and the lowest ranks are taken, so
every trainer sees the same queue, and a call played later in the week never pushes out one that
was already in it unless the group's quota is full.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from core.errors import InputError
from core.report import RuleStatus

RATE_SETTING = "review_rate"
MIN_RATE, MAX_RATE, DEFAULT_RATE = 0.05, 0.10, 0.05


class InvalidReviewRate(InputError):
    code = "review-rate-invalid"


def check_rate(rate: float) -> float:
    """The share of a week's calls to review; outside 5–10 % is refused, not clipped."""
    if not MIN_RATE <= rate <= MAX_RATE:
        raise InvalidReviewRate(
            f"复核比例 {rate:.0%} 超出范围：应在 {MIN_RATE:.0%} 到 {MAX_RATE:.0%} 之间。"
        )
    return rate


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @property
    def first(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def last(self) -> date:
        return self.first + timedelta(days=6)

    def previous(self) -> IsoWeek:
        return IsoWeek.of(self.first - timedelta(days=7))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


@dataclass(frozen=True)
class CallSummary:
    """One stored call as the review queue sees it."""

    call_id: int
    trainee_id: str
    team: str
    scenario_id: str
    kind: str
    exam: bool
    started_on: date
    """The call's local day."""


@dataclass(frozen=True)
class Review:
    """A trainer's review of one rule of one call; `status` is the override when not agreed."""

    id: int
    call_id: int
    report_id: int
    rule_id: str
    reviewer: str
    agreed: bool
    status: RuleStatus | None
    reason: str
    at: datetime


def quota(calls: int, rate: float) -> int:
    """How many of a group's calls are reviewed: the rate rounded up, so a group with calls has one."""
    return math.ceil(calls * check_rate(rate) - 1e-9) if calls else 0


def _rank(week: IsoWeek, call_id: int) -> str:
    return hashlib.sha256(f"{week}:{call_id}".encode()).hexdigest()


def sample_week(calls: Iterable[CallSummary], week: IsoWeek, rate: float) -> list[CallSummary]:
    """The week's review queue: per team, the calls with the lowest seeded ranks; by team, then id."""
    by_team: dict[str, list[CallSummary]] = {}
    for c in calls:
        if IsoWeek.of(c.started_on) == week:
            by_team.setdefault(c.team, []).append(c)
    queue: list[CallSummary] = []
    for team in sorted(by_team):
        group = by_team[team]
        chosen = sorted(group, key=lambda c: _rank(week, c.call_id))[: quota(len(group), rate)]
        queue.extend(sorted(chosen, key=lambda c: c.call_id))
    return queue


@dataclass(frozen=True)
class RuleAgreement:
    rule_id: str
    reviewed: int
    agreed: int

    @property
    def rate(self) -> float:
        return self.agreed / self.reviewed


def agreement(reviews: Sequence[Review]) -> list[RuleAgreement]:
    """Per rule, how often trainers agreed with the automatic status (reviews agreed / reviewed).

    A call's rule counts once, with its latest review: a trainer who corrects their own review
    does not count twice.
    """
    latest = {(r.call_id, r.rule_id): r for r in sorted(reviews, key=lambda r: r.id)}
    counts: dict[str, tuple[int, int]] = {}
    for r in latest.values():
        reviewed, agreed = counts.get(r.rule_id, (0, 0))
        counts[r.rule_id] = (reviewed + 1, agreed + r.agreed)
    return [RuleAgreement(rule, *counts[rule]) for rule in sorted(counts)]
