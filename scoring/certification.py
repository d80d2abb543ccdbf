"""Certification (rubric.md "Certification"; 000 四.2: pass the assessment before taking calls).

Pure functions over stored data. Nothing here reads the clock or the database: every answer that
depends on the date takes `today` explicitly, and `storage.Store` supplies the data
(`Store.trainees()`, `Store.attempts()`, `Store.practice_calls()`).

- The year has two assessment windows, H1 (January–June) and H2 (July–December), named like `2026H2`.
- An assessment attempt is one exam call of each scenario kind; practice calls never count. It passes
  when every call scores at least its scenario's pass mark and no forbidden rule failed in any of them.
- A trainee has at most `max_attempts` attempts per window (default 2). An attempt counts from the
  moment it starts, finished or abandoned: `Allowance` is the one answer to "how many used, how many
  left, may another start", for the exam page, `cert status`, the HR dashboard and storage alike.
- A certificate earned in a window is valid until the last day of the next window.
- Monthly role-play drills (000 三(三)2) are practice; `missing_practice` lists who did none in a month.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from core.errors import CallDrillError, InputError
from core.report import RuleStatus, ScoreReport
from core.rubric import FORBIDDEN_RULES, REQUIRED_RULES
from core.settings import DEFAULT_MAX_ATTEMPTS

EXPIRING_WITHIN_DAYS = 30


class InvalidWindow(InputError):
    code = "window-invalid"


class InvalidMonth(InputError):
    code = "month-invalid"


class AttemptLimitReached(CallDrillError):
    """The trainee has used every assessment attempt of the window."""

    code = "attempt-limit-reached"


# --- windows and months ----------------------------------------------------------------------------


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"日期“{text}”无效。应写作“年-月-日”，例如 2026-09-01。") from None


_WINDOW = re.compile(r"^\s*(\d{4})\s*[Hh]\s*(\d)\s*$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Window:
    """A half-year assessment window: H1 = January–June, H2 = July–December."""

    year: int
    half: int

    def __post_init__(self) -> None:
        if self.half not in (1, 2) or not 1 <= self.year <= 9999:
            raise InvalidWindow(f"考核窗口“{self.year}H{self.half}”无效。")

    @classmethod
    def parse(cls, text: str) -> Window:
        m = _WINDOW.match(text or "")
        if not m or m.group(2) not in ("1", "2") or int(m.group(1)) < 1:
            raise InvalidWindow(
                f"考核窗口“{text}”无效。应写作“年份H1”或“年份H2”，例如 2026H1（1–6月）、2026H2（7–12月）。"
            )
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: date) -> Window:
        return cls(day.year, 1 if day.month <= 6 else 2)

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> date:
        """The last day of the window."""
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    def next(self) -> Window:
        return Window(self.year, 2) if self.half == 1 else Window(self.year + 1, 1)

    def previous(self) -> Window:
        return Window(self.year, 1) if self.half == 2 else Window(self.year - 1, 2)

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.year}H{self.half}"


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        m = _MONTH.match(text or "")
        if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1:
            raise InvalidMonth(f"月份“{text}”无效。应写作“年-月”，例如 2026-07。")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def start(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def end(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def __contains__(self, day: date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


# --- stored data (what the store hands in) --------------------------------------------------------


@dataclass(frozen=True)
class Trainee:
    id: str
    name: str
    team: str = ""


@dataclass(frozen=True)
class RuleOverride:
    """A trainer's decision on one rule of one call: who, when and why. The latest one per rule wins."""

    rule_id: str
    status: RuleStatus
    actor: str
    at: datetime
    reason: str
    report_id: int | None = None


@dataclass(frozen=True)
class ExamCall:
    """One exam call as stored, with its latest report and the scenario terms it was scored against."""

    call_id: int
    scenario_id: str
    scenario_version: int
    scenario_digest: str
    kind: str
    report_id: int
    report: ScoreReport
    pass_mark: float
    weights: Mapping[str, float] = field(default_factory=dict)
    overrides: tuple[RuleOverride, ...] = ()


@dataclass(frozen=True)
class Attempt:
    attempt_id: int
    trainee_id: str
    window: Window
    number: int
    taken_on: date
    kinds: tuple[str, ...]
    calls: tuple[ExamCall, ...]


@dataclass(frozen=True)
class PracticeCall:
    call_id: int
    trainee_id: str
    scenario_id: str
    kind: str
    started_on: date


# --- results --------------------------------------------------------------------------------------


class Status(StrEnum):
    certified = "certified"
    expiring = "expiring"
    expired = "expired"
    failed = "failed"
    not_assessed = "not_assessed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.certified: "已认证",
    Status.expiring: "即将到期",
    Status.expired: "已过期",
    Status.failed: "未通过",
    Status.not_assessed: "未考核",
}


@dataclass(frozen=True)
class CallResult:
    call_id: int
    scenario_id: str
    kind: str
    score: float
    pass_mark: float
    passed: bool
    forbidden_failed: tuple[str, ...]
    overridden: tuple[str, ...]


@dataclass(frozen=True)
class AttemptResult:
    attempt_id: int
    trainee_id: str
    window: Window
    number: int
    taken_on: date
    calls: tuple[CallResult, ...]
    missing_kinds: tuple[str, ...]
    passed: bool
    score: float | None
    """Mean score of the attempt's calls (for display; passing is decided per call)."""

    @property
    def complete(self) -> bool:
        return not self.missing_kinds


@dataclass(frozen=True)
class Certificate:
    trainee_id: str
    attempt_id: int
    window: Window
    passed_on: date
    valid_until: date

    def valid_on(self, day: date) -> bool:
        return self.passed_on <= day <= self.valid_until


@dataclass(frozen=True)
class TraineeStatus:
    trainee: Trainee
    window: Window
    as_of: date
    status: Status
    certificate: Certificate | None
    """The certificate with the latest expiry held as of `as_of`, valid or not."""
    last_attempt: AttemptResult | None
    attempts_used: int
    attempts_left: int

    @property
    def expires_on(self) -> date | None:
        return self.certificate.valid_until if self.certificate else None


# --- the rules ------------------------------------------------------------------------------------


def weighted_score(statuses: Mapping[str, str], weights: Mapping[str, float]) -> float:
    """Share of the applicable required rules' weight that passed, 0–100 (0 when none applies).

    The scorer's formula (scoring/scorer.py), so that an override changes only what it overrides.
    """
    applicable = [r for r in weights if statuses.get(r) in ("pass", "fail")]
    total = sum(weights[r] for r in applicable)
    if total <= 0:
        return 0.0
    return round(100 * sum(weights[r] for r in applicable if statuses[r] == "pass") / total, 1)


def call_result(call: ExamCall) -> CallResult:
    """The call's result after the trainers' overrides.

    The score is the report's own unless an override changed a required rule; then it is recomputed
    as the weighted share of passed required rules, with the weights the call was scored with.
    """
    original = {r.id: r.status for r in call.report.rules}
    statuses = dict(original)
    overridden: list[str] = []
    for o in call.overrides:
        statuses[o.rule_id] = o.status
        if o.rule_id not in overridden:
            overridden.append(o.rule_id)
    required_changed = any(
        statuses.get(r) != original.get(r) for r in overridden if r in REQUIRED_RULES
    )
    score = weighted_score(statuses, call.weights) if required_changed else call.report.score
    forbidden_failed = tuple(r for r in FORBIDDEN_RULES if statuses.get(r) == "fail")
    return CallResult(
        call_id=call.call_id,
        scenario_id=call.scenario_id,
        kind=call.kind,
        score=score,
        pass_mark=call.pass_mark,
        passed=score >= call.pass_mark and not forbidden_failed,
        forbidden_failed=forbidden_failed,
        overridden=tuple(overridden),
    )


def attempt_result(attempt: Attempt) -> AttemptResult:
    calls = tuple(call_result(c) for c in attempt.calls)
    done = {c.kind for c in calls}
    missing = tuple(k for k in attempt.kinds if k not in done)
    passed = bool(calls) and not missing and all(c.passed for c in calls)
    score = round(sum(c.score for c in calls) / len(calls), 1) if calls else None
    return AttemptResult(
        attempt_id=attempt.attempt_id,
        trainee_id=attempt.trainee_id,
        window=attempt.window,
        number=attempt.number,
        taken_on=attempt.taken_on,
        calls=calls,
        missing_kinds=missing,
        passed=passed,
        score=score,
    )


def certificate(result: AttemptResult) -> Certificate | None:
    """The certificate a passed attempt earns: valid until the end of the next window."""
    if not result.passed:
        return None
    return Certificate(
        trainee_id=result.trainee_id,
        attempt_id=result.attempt_id,
        window=result.window,
        passed_on=result.taken_on,
        valid_until=result.window.next().end,
    )


@dataclass(frozen=True)
class Allowance:
    """A trainee's assessment attempts in one window: used (started, finished or not) and left."""

    window: Window
    used: int
    limit: int

    @property
    def left(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def may_start(self) -> bool:
        return self.used < self.limit

    def require(self) -> None:
        """Raise AttemptLimitReached when no attempt is left in the window."""
        if not self.may_start:
            nxt = self.window.next()
            raise AttemptLimitReached(
                f"本期（{self.window}）的考核机会已用完：已考 {self.used} 次，每期最多 {self.limit} 次。"
                f"下一期（{nxt}）从 {nxt.start.isoformat()} 开始。"
            )


def allowance(
    attempts: Iterable[Attempt],
    trainee_id: str,
    window: Window,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
) -> Allowance:
    used = sum(1 for a in attempts if a.trainee_id == trainee_id and a.window == window)
    return Allowance(window, used, max_attempts)


def trainee_status(
    trainee: Trainee,
    attempts: Iterable[Attempt],
    window: Window,
    today: date,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
) -> TraineeStatus:
    """Status of one trainee for `window`, as of `today` (or the window's last day, if earlier).

    certified / expiring: holds a certificate valid on that day (expiring: 30 days or fewer left);
    failed: took attempts in the window, none passed, and holds no valid certificate;
    expired: held a certificate that has run out, and took no attempt in the window;
    not assessed: never passed and took no attempt in the window.
    """
    as_of = min(today, window.end)
    taken = [a for a in attempts if a.trainee_id == trainee.id and a.taken_on <= as_of]
    results = sorted(map(attempt_result, taken), key=lambda r: (r.taken_on, r.attempt_id))
    certificates = [c for c in map(certificate, results) if c is not None]
    held = max(certificates, key=lambda c: (c.valid_until, c.passed_on), default=None)
    in_window = [r for r in results if r.window == window]
    allowed = allowance(taken, trainee.id, window, max_attempts)
    if held is not None and held.valid_until >= as_of:
        left = (held.valid_until - as_of).days
        status = Status.expiring if left <= EXPIRING_WITHIN_DAYS else Status.certified
    elif in_window:
        status = Status.failed
    elif held is not None:
        status = Status.expired
    else:
        status = Status.not_assessed
    return TraineeStatus(
        trainee=trainee,
        window=window,
        as_of=as_of,
        status=status,
        certificate=held,
        last_attempt=results[-1] if results else None,
        attempts_used=allowed.used,
        attempts_left=allowed.left,
    )


def statuses(
    trainees: Iterable[Trainee],
    attempts: Sequence[Attempt],
    window: Window,
    today: date,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
) -> list[TraineeStatus]:
    """Every trainee's status for `window`, ordered by team and id."""
    by_trainee: dict[str, list[Attempt]] = {}
    for a in attempts:
        by_trainee.setdefault(a.trainee_id, []).append(a)
    return [
        trainee_status(t, by_trainee.get(t.id, ()), window, today, max_attempts)
        for t in sorted(trainees, key=lambda t: (t.team, t.id))
    ]


def practice_counts(
    trainees: Iterable[Trainee], practice: Iterable[PracticeCall], month: Month
) -> dict[str, int]:
    """How many practice drills each trainee did in `month` (exam calls are not practice)."""
    counts = {t.id: 0 for t in trainees}
    for p in practice:
        if p.trainee_id in counts and p.started_on in month:
            counts[p.trainee_id] += 1
    return counts


def missing_practice(
    trainees: Iterable[Trainee], practice: Iterable[PracticeCall], month: Month
) -> list[Trainee]:
    """Trainees who did no practice drill in `month` (000 三(三)2: one role-play drill a month)."""
    trainees = sorted(trainees, key=lambda t: (t.team, t.id))
    counts = practice_counts(trainees, practice, month)
    return [t for t in trainees if counts[t.id] == 0]
