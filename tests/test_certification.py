"""Certification rules with fixed dates: windows, attempts, limits, expiry, status, monthly practice."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from cert_data import KINDS, attempt, exam_call, failed, passed

from scoring import certification as cert
from scoring.certification import Month, Status, Trainee, Window

ANA = Trainee("E1001", "安娜", "一组")


def status_of(attempts, window: str, today: date, max_attempts: int = 2) -> cert.TraineeStatus:
    return cert.trainee_status(ANA, attempts, Window.parse(window), today, max_attempts)


# --- windows --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026H1", Window(2026, 1)), ("2026H2", Window(2026, 2)), (" 2027h1 ", Window(2027, 1))],
)
def test_window_names(text, expected):
    assert Window.parse(text) == expected
    assert str(expected) == text.strip().upper()


@pytest.mark.parametrize(
    "text", ["2026H3", "2026H0", "2026", "H2", "26H1", "2026-H1", "", "二〇二六H1"]
)
def test_bad_window_names(text):
    with pytest.raises(cert.InvalidWindow) as e:
        Window.parse(text)
    assert e.value.message == (
        f"考核窗口“{text}”无效。应写作“年份H1”或“年份H2”，例如 2026H1（1–6月）、2026H2（7–12月）。"
    )
    assert e.value.code == "window-invalid"


@pytest.mark.parametrize(
    ("day", "window"),
    [
        (date(2026, 1, 1), "2026H1"),
        (date(2026, 6, 30), "2026H1"),
        (date(2026, 7, 1), "2026H2"),
        (date(2026, 12, 31), "2026H2"),
        (date(2027, 1, 1), "2027H1"),
    ],
)
def test_window_of_a_day(day, window):
    assert str(Window.of(day)) == window
    assert day in Window.parse(window)


def test_window_bounds_and_neighbours():
    h1, h2 = Window(2026, 1), Window(2026, 2)
    assert (h1.start, h1.end) == (date(2026, 1, 1), date(2026, 6, 30))
    assert (h2.start, h2.end) == (date(2026, 7, 1), date(2026, 12, 31))
    assert h1.next() == h2 and h2.next() == Window(2027, 1)
    assert h2.previous() == h1 and h1.previous() == Window(2025, 2)
    assert h1 < h2 < Window(2027, 1)


def test_month_names_and_bounds():
    assert Month.parse("2026-07") == Month(2026, 7) and str(Month(2026, 7)) == "2026-07"
    assert Month.parse("2026-2").end == date(2026, 2, 28)
    assert Month.parse("2028-02").end == date(2028, 2, 29)
    for bad in ("2026-13", "2026/07", "07-2026", "2026-00"):
        with pytest.raises(cert.InvalidMonth) as e:
            Month.parse(bad)
        assert e.value.message == f"月份“{bad}”无效。应写作“年-月”，例如 2026-07。"


# --- one attempt ----------------------------------------------------------------------------------


def test_attempt_passes_when_every_call_reaches_its_pass_mark():
    result = cert.attempt_result(attempt("E1001", date(2026, 3, 10)))
    assert result.passed and result.complete
    assert result.score == 90.0
    assert [c.kind for c in result.calls] == list(KINDS)


def test_exactly_the_pass_mark_passes_and_just_below_fails():
    assert cert.attempt_result(
        attempt("E1001", date(2026, 3, 10), scores={"unclear_audio": 80})
    ).passed
    below = cert.attempt_result(attempt("E1001", date(2026, 3, 10), scores={"unclear_audio": 79.9}))
    assert not below.passed
    assert [c.passed for c in below.calls] == [True, False, True, True]


def test_each_scenario_has_its_own_pass_mark():
    easy = exam_call(1, "unclear_audio", score=75, pass_mark=70)
    hard = exam_call(2, "angry_complainant", score=85, pass_mark=90)
    assert cert.call_result(easy).passed
    assert not cert.call_result(hard).passed


def test_a_forbidden_rule_fails_the_attempt_whatever_the_score():
    result = cert.attempt_result(
        attempt(
            "E1001",
            date(2026, 3, 10),
            scores={"absent_colleague": 100},
            forbidden={"absent_colleague": ["no_absence_gossip"]},
        )
    )
    assert not result.passed
    bad = next(c for c in result.calls if c.kind == "absent_colleague")
    assert bad.score == 100 and bad.forbidden_failed == ("no_absence_gossip",)


def test_an_attempt_missing_a_kind_does_not_pass():
    result = cert.attempt_result(
        attempt("E1001", date(2026, 3, 10), scores={"unanswerable_question": None})
    )
    assert not result.passed
    assert result.missing_kinds == ("unanswerable_question",)
    assert not result.complete


def test_no_calls_at_all_is_no_pass():
    a = attempt("E1001", date(2026, 3, 10), scores=dict.fromkeys(KINDS))
    result = cert.attempt_result(a)
    assert not result.passed and result.score is None


# --- trainers' overrides --------------------------------------------------------------------------

AT = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)


def override(rule: str, status: str, actor: str = "trainer_li") -> cert.RuleOverride:
    return cert.RuleOverride(rule, status, actor, AT, "录音复核：判定有误")


def test_override_of_a_forbidden_rule_clears_the_failure():
    call = exam_call(1, "absent_colleague", score=95, forbidden_failed=["no_dismissiveness"])
    assert not cert.call_result(call).passed
    fixed = exam_call(
        1,
        "absent_colleague",
        score=95,
        forbidden_failed=["no_dismissiveness"],
        overrides=[override("no_dismissiveness", "pass")],
    )
    result = cert.call_result(fixed)
    assert (
        result.passed
        and result.forbidden_failed == ()
        and result.overridden == ("no_dismissiveness",)
    )
    assert result.score == 95  # no required rule changed: the report's own score stands


def test_override_of_a_required_rule_recomputes_the_weighted_score():
    # standard_greeting (weight 2 of 4) failed: 50 points; the trainer finds it was said correctly.
    statuses = {"standard_greeting": "fail"}
    call = exam_call(
        1,
        "unclear_audio",
        score=50,
        statuses=statuses,
        overrides=[override("standard_greeting", "pass")],
    )
    result = cert.call_result(call)
    assert result.score == 100.0 and result.passed


def test_the_latest_override_of_a_rule_wins():
    call = exam_call(
        1,
        "unclear_audio",
        score=100,
        overrides=[
            override("standard_greeting", "fail"),
            override("standard_greeting", "pass", "lead_wang"),
        ],
    )
    assert cert.call_result(call).score == 100.0
    call = exam_call(
        1,
        "unclear_audio",
        score=100,
        overrides=[
            override("standard_greeting", "pass"),
            override("standard_greeting", "fail", "lead_wang"),
        ],
    )
    assert cert.call_result(call).score == 50.0


def test_weighted_score():
    assert (
        cert.weighted_score({"a": "pass", "b": "fail", "c": "n/a"}, {"a": 3, "b": 1, "c": 5})
        == 75.0
    )
    assert cert.weighted_score({"a": "n/a"}, {"a": 1}) == 0.0


# --- certificates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("taken_on", "valid_until"),
    [
        (date(2026, 1, 1), date(2026, 12, 31)),
        (date(2026, 6, 30), date(2026, 12, 31)),
        (date(2026, 7, 1), date(2027, 6, 30)),
        (date(2026, 12, 31), date(2027, 6, 30)),
    ],
)
def test_certificate_is_valid_until_the_end_of_the_next_window(taken_on, valid_until):
    c = cert.certificate(cert.attempt_result(passed("E1001", taken_on)))
    assert c is not None
    assert (c.passed_on, c.valid_until, str(c.window)) == (
        taken_on,
        valid_until,
        str(Window.of(taken_on)),
    )
    assert c.valid_on(valid_until) and not c.valid_on(date.fromordinal(valid_until.toordinal() + 1))


def test_a_failed_attempt_earns_no_certificate():
    assert cert.certificate(cert.attempt_result(failed("E1001", date(2026, 3, 1)))) is None


# --- status ---------------------------------------------------------------------------------------


def test_never_assessed():
    st = status_of([], "2026H2", date(2026, 9, 1))
    assert st.status is Status.not_assessed and st.status.label == "未考核"
    assert (st.certificate, st.last_attempt, st.attempts_used, st.attempts_left) == (
        None,
        None,
        0,
        2,
    )


def test_certified_then_expiring_then_expired_across_window_boundaries():
    history = [passed("E1001", date(2026, 3, 10))]  # valid until 2026-12-31
    assert status_of(history, "2026H1", date(2026, 3, 10)).status is Status.certified
    assert status_of(history, "2026H1", date(2026, 6, 30)).status is Status.certified
    assert status_of(history, "2026H2", date(2026, 7, 1)).status is Status.certified
    assert (
        status_of(history, "2026H2", date(2026, 11, 30)).status is Status.certified
    )  # 31 days left
    st = status_of(history, "2026H2", date(2026, 12, 1))  # 30 days left
    assert st.status is Status.expiring and st.expires_on == date(2026, 12, 31)
    assert status_of(history, "2026H2", date(2026, 12, 31)).status is Status.expiring
    st = status_of(history, "2027H1", date(2027, 1, 1))
    assert st.status is Status.expired and st.status.label == "已过期"
    assert st.expires_on == date(2026, 12, 31)


def test_passing_again_renews_the_certificate():
    history = [passed("E1001", date(2026, 3, 10)), passed("E1001", date(2026, 11, 20))]
    st = status_of(history, "2026H2", date(2026, 12, 15))
    assert st.status is Status.certified and st.expires_on == date(2027, 6, 30)
    assert st.certificate.attempt_id == history[1].attempt_id


def test_failed_in_the_window_and_not_certified():
    history = [failed("E1001", date(2026, 8, 3))]
    st = status_of(history, "2026H2", date(2026, 9, 1))
    assert st.status is Status.failed and st.status.label == "未通过"
    assert (st.attempts_used, st.attempts_left) == (1, 1)
    assert st.last_attempt.attempt_id == history[0].attempt_id and not st.last_attempt.passed


def test_a_valid_certificate_outranks_a_failed_attempt():
    history = [passed("E1001", date(2026, 3, 10)), failed("E1001", date(2026, 8, 3))]
    st = status_of(history, "2026H2", date(2026, 9, 1))
    assert st.status is Status.certified
    assert st.last_attempt.attempt_id == history[1].attempt_id and st.attempts_used == 1


def test_expired_certificate_and_failed_attempts_in_the_window_is_failed():
    history = [
        passed("E1001", date(2025, 9, 1)),
        failed("E1001", date(2026, 7, 10)),
        failed("E1001", date(2026, 8, 10)),
    ]
    st = status_of(history, "2026H2", date(2026, 9, 1))
    assert st.status is Status.failed
    assert (st.attempts_used, st.attempts_left) == (2, 0)
    assert st.expires_on == date(2026, 6, 30)


def test_pass_on_the_second_attempt():
    history = [failed("E1001", date(2026, 7, 10)), passed("E1001", date(2026, 8, 10))]
    st = status_of(history, "2026H2", date(2026, 9, 1))
    assert st.status is Status.certified and st.attempts_used == 2 and st.attempts_left == 0


def test_attempts_of_an_earlier_window_are_not_this_windows_attempts():
    history = [failed("E1001", date(2026, 6, 30))]
    st = status_of(history, "2026H2", date(2026, 7, 1))
    assert st.status is Status.not_assessed and st.attempts_used == 0
    assert st.last_attempt is not None  # still shown as the last attempt
    assert status_of(history, "2026H1", date(2026, 7, 1)).status is Status.failed


def test_a_past_window_is_judged_on_its_last_day():
    history = [passed("E1001", date(2025, 10, 1)), passed("E1001", date(2026, 8, 1))]
    st = status_of(history, "2026H1", date(2026, 9, 1))
    assert st.as_of == date(2026, 6, 30)
    assert st.status is Status.expiring and st.expires_on == date(2026, 6, 30)


def test_attempts_after_today_are_ignored():
    history = [passed("E1001", date(2026, 9, 10))]
    assert status_of(history, "2026H2", date(2026, 9, 9)).status is Status.not_assessed


def test_the_attempt_limit_is_configurable():
    history = [failed("E1001", date(2026, 7, 10)), failed("E1001", date(2026, 8, 10))]
    assert status_of(history, "2026H2", date(2026, 9, 1), max_attempts=3).attempts_left == 1


def test_the_allowance_says_used_left_and_whether_another_may_start():
    w = Window(2026, 2)
    assert cert.Allowance(w, 0, 2).may_start and cert.Allowance(w, 1, 2).left == 1
    cert.Allowance(w, 1, 2).require()
    with pytest.raises(cert.AttemptLimitReached) as e:
        cert.Allowance(w, 2, 2).require()
    assert e.value.code == "attempt-limit-reached"
    assert (
        e.value.message
        == "本期（2026H2）的考核机会已用完：已考 2 次，每期最多 2 次。下一期（2027H1）从 2027-01-01 开始。"
    )
    cert.Allowance(w, 2, 3).require()
    both = [failed("E1001", date(2026, 7, 1)), failed("E1002", date(2026, 7, 1))]
    assert cert.allowance(both, "E1001", w) == cert.Allowance(w, 1, 2)


def test_statuses_for_everyone_ordered_by_team_and_id():
    people = [Trainee("E3", "丙", "二组"), Trainee("E2", "乙", "一组"), Trainee("E1", "甲", "一组")]
    history = [passed("E2", date(2026, 8, 1)), failed("E3", date(2026, 8, 1))]
    result = cert.statuses(people, history, Window(2026, 2), date(2026, 9, 1))
    assert [(s.trainee.id, s.status) for s in result] == [
        ("E1", Status.not_assessed),
        ("E2", Status.certified),
        ("E3", Status.failed),
    ]


# --- monthly practice -----------------------------------------------------------------------------


def test_who_did_no_practice_drill_in_a_month():
    people = [Trainee("E1", "甲", "一组"), Trainee("E2", "乙", "一组"), Trainee("E3", "丙", "二组")]
    practice = [
        cert.PracticeCall(1, "E1", "absent_colleague", "absent_colleague", date(2026, 7, 1)),
        cert.PracticeCall(2, "E1", "unclear_audio", "unclear_audio", date(2026, 7, 31)),
        cert.PracticeCall(3, "E2", "unclear_audio", "unclear_audio", date(2026, 6, 30)),
        cert.PracticeCall(4, "E3", "unclear_audio", "unclear_audio", date(2026, 8, 1)),
        cert.PracticeCall(
            5, "E9", "unclear_audio", "unclear_audio", date(2026, 7, 5)
        ),  # not on the roster
    ]
    july = Month(2026, 7)
    assert [t.id for t in cert.missing_practice(people, practice, july)] == ["E2", "E3"]
    assert cert.practice_counts(people, practice, july) == {"E1": 2, "E2": 0, "E3": 0}
    assert [t.id for t in cert.missing_practice(people, practice, Month(2026, 6))] == ["E1", "E3"]
