"""The weekly review queue and the agreement rates (scoring/review.py): pure functions, exact numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from scoring.review import (
    InvalidReviewRate,
    IsoWeek,
    RuleAgreement,
    agreement,
    check_rate,
    quota,
    sample_week,
)
from storage import CallSummary, Review

WEEK = IsoWeek(2026, 32)  # Monday 3 August to Sunday 9 August 2026


def call(call_id: int, team: str, day: date = date(2026, 8, 5)) -> CallSummary:
    return CallSummary(call_id, f"E{call_id}", team, "unclear_audio", "unclear_audio", False, day)


def review(review_id: int, call_id: int, rule: str, agreed: bool) -> Review:
    at = datetime(2026, 8, 6, tzinfo=UTC)
    return Review(review_id, call_id, 1, rule, "li", agreed, None if agreed else "pass", "理由", at)


def test_iso_weeks():
    assert IsoWeek.of(date(2026, 8, 9)) == WEEK
    assert (WEEK.first, WEEK.last) == (date(2026, 8, 3), date(2026, 8, 9))
    assert str(WEEK) == "2026-W32" and str(IsoWeek.of(date(2027, 1, 1))) == "2026-W53"
    assert IsoWeek(2027, 1).previous() == IsoWeek(2026, 53)


def test_rate_bounds():
    assert check_rate(0.05) == 0.05 and check_rate(0.1) == 0.1
    for bad in (0.04, 0.11, 0):
        with pytest.raises(InvalidReviewRate):
            check_rate(bad)
    with pytest.raises(InvalidReviewRate) as e:
        check_rate(0.2)
    assert e.value.message == "复核比例 20% 超出范围：应在 5% 到 10% 之间。"


def test_quota_rounds_up_so_every_group_with_calls_gets_one():
    assert [quota(n, 0.05) for n in (0, 1, 19, 20, 21, 40, 41)] == [0, 1, 1, 1, 2, 2, 3]
    assert [quota(n, 0.10) for n in (1, 10, 11, 100)] == [1, 1, 2, 10]


def test_the_sample_is_per_team():
    calls = [call(i, "一组") for i in range(1, 41)] + [call(i, "二组") for i in range(41, 44)]
    queue = sample_week(calls, WEEK, 0.05)
    assert [c.team for c in queue] == ["一组", "一组", "二组"]
    assert len(sample_week(calls, WEEK, 0.10)) == 4 + 1


def test_the_sample_only_takes_the_weeks_calls():
    calls = [call(1, "一组", date(2026, 8, 2)), call(2, "一组", date(2026, 8, 10))]
    assert sample_week(calls, WEEK, 0.05) == []
    assert [c.call_id for c in sample_week(calls, WEEK.previous(), 0.05)] == [1]


def test_the_sample_is_the_same_for_everyone_and_differs_between_weeks():
    calls = [call(i, "一组") for i in range(1, 101)]
    first = [c.call_id for c in sample_week(calls, WEEK, 0.1)]
    assert first == [c.call_id for c in sample_week(list(reversed(calls)), WEEK, 0.1)]
    assert len(first) == 10 and first == sorted(first)
    next_week = [call(i, "一组", date(2026, 8, 12)) for i in range(1, 101)]
    assert first != [c.call_id for c in sample_week(next_week, IsoWeek(2026, 33), 0.1)]


def test_a_later_call_does_not_reshuffle_a_full_queue():
    calls = [call(i, "一组") for i in range(1, 21)]
    before = {c.call_id for c in sample_week(calls, WEEK, 0.1)}  # 2 of 20
    after = {c.call_id for c in sample_week([*calls, call(21, "一组")], WEEK, 0.1)}  # 3 of 21
    assert len(before) == 2 and len(after) == 3 and before < after


def test_agreement_per_rule_counts_the_latest_review_of_each_call():
    reviews = [
        review(1, 10, "standard_greeting", True),
        review(2, 11, "standard_greeting", False),
        review(3, 12, "standard_greeting", True),
        review(4, 10, "no_rudeness", False),
        review(5, 10, "no_rudeness", True),  # the same trainer corrects themselves
    ]
    rates = agreement(reviews)
    assert rates == [RuleAgreement("no_rudeness", 1, 1), RuleAgreement("standard_greeting", 3, 2)]
    assert [r.rate for r in rates] == [1.0, 2 / 3]
    assert agreement([]) == []
