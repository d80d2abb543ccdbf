"""The twice-yearly assessment: who may start one, which calls it draws, and storing it once.

An attempt is stored when it starts, so it counts against the window from that moment whether it is
finished or abandoned; its calls are stored when the last one ends. The exam page, `calldrill cert
status` and the HR dashboard all count attempts through `allowance`/`statuses` here.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from calldrill.practice import score_with_bot
from core.callrecord import CallRecord
from core.scenario import Scenario, ScenarioSet
from core.settings import settings
from scoring import certification as cert
from storage import ScoredCall, Store


@dataclass(frozen=True)
class ExamPlan:
    """A started attempt: its id and the scenarios drawn for it, in the order they ring."""

    attempt_id: int
    scenario_ids: tuple[str, ...]
    window: cert.Window


@dataclass(frozen=True)
class ExamCall:
    """One finished exam call with the scenario it was played with (scored with that one)."""

    record: CallRecord
    scenario: Scenario
    started_at: datetime


def required_kinds(scenarios: ScenarioSet) -> list[str]:
    """One call of every kind of scenario in the live set."""
    return sorted({s.kind for s in scenarios.scenarios})


def draw(scenarios: ScenarioSet, rng: random.Random) -> list[str]:
    """One scenario of each kind, in random order (the trainee cannot tell which comes next)."""
    by_kind: dict[str, list[Scenario]] = {}
    for s in scenarios.scenarios:
        by_kind.setdefault(s.kind, []).append(s)
    drawn = [rng.choice(by_kind[k]).id for k in required_kinds(scenarios)]
    rng.shuffle(drawn)
    return drawn


def allowance(store: Store, trainee_id: str, today: date | None = None) -> cert.Allowance:
    """Attempts used and left in today's window, with the configured limit."""
    window = cert.Window.of(today or date.today())
    attempts = store.results.attempts(trainee_id)
    return cert.allowance(attempts, trainee_id, window, settings().max_attempts)


def statuses(
    store: Store, window: cert.Window, today: date, max_attempts: int | None = None
) -> list[cert.TraineeStatus]:
    """Every trainee's certification status in `window` (the HR table and `cert status`)."""
    limit = max_attempts or settings().max_attempts
    return cert.statuses(store.trainees.all(), store.results.attempts(), window, today, limit)


def start(
    store: Store, trainee_id: str, scenarios: ScenarioSet, rng: random.Random, *, actor: str
) -> ExamPlan:
    """Open an attempt (refused when none is left) and draw its calls; audited."""
    started_at = datetime.now().astimezone()  # its local day decides the window
    attempt_id = store.results.start_attempt(
        trainee_id,
        required_kinds(scenarios),
        started_at,
        max_attempts=settings().max_attempts,
    )
    drawn = tuple(draw(scenarios, rng))
    window = cert.Window.of(started_at.date())
    detail = {"window": str(window), "attempt": attempt_id, "scenarios": list(drawn)}
    store.audit.record(actor, "exam.start", trainee_id, detail)
    return ExamPlan(attempt_id, drawn, window)


def finish(
    store: Store, plan: ExamPlan, calls: Sequence[ExamCall], bot_url: str, *, actor: str
) -> int:
    """Score every call and store them with their attempt, once; returns the attempt id."""
    scored = [
        ScoredCall(
            c.record, c.scenario, score_with_bot(c.record, c.scenario, bot_url), c.started_at
        )
        for c in calls
    ]
    store.results.finish_attempt(plan.attempt_id, scored)
    trainee = calls[0].record.trainee.id if calls else ""
    detail = {"window": str(plan.window), "attempt": plan.attempt_id}
    store.audit.record(actor, "exam.finish", trainee, detail)
    return plan.attempt_id
