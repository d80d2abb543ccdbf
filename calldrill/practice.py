"""A practice call after it ends: scored with the bot's NLU, stored for the trainee's history and HR.

The terminal drill, the web drill and the demo data all finish a practice call here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.callrecord import CallRecord
from core.report import ScoreReport
from core.scenario import Scenario
from nlu.client import BotClient
from scoring.acts import recognize_call
from scoring.scorer import score_call
from storage import ScoredCall, Store, UnknownTrainee


def score_with_bot(record: CallRecord, scenario: Scenario, bot_url: str) -> ScoreReport:
    """Score a finished call with the acts the bot's NLU model recognises in it."""
    with BotClient(bot_url) as client:
        return score_call(record, scenario, recognize_call(record, client))


@dataclass(frozen=True)
class PracticeResult:
    report: ScoreReport
    call_id: int | None
    """None when the trainee is not on the roster (the report is still shown)."""
    not_stored: str | None = None
    """Why the result was not kept, in words for the trainee."""


def finish_practice(
    store: Store, record: CallRecord, scenario: Scenario, bot_url: str, started_at: datetime
) -> PracticeResult:
    report = score_with_bot(record, scenario, bot_url)
    try:
        call_id = store.results.record_practice_call(
            record.trainee.id, ScoredCall(record, scenario, report, started_at)
        )
    except UnknownTrainee as e:
        return PracticeResult(report, None, e.message)
    return PracticeResult(report, call_id)
