"""Small builders for the storage and certification tests: scenarios, call records, reports."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, timezone

from core.callrecord import CallRecord
from core.report import RuleResult, ScoreReport
from core.rubric import FORBIDDEN_RULES, REQUIRED_RULES
from core.scenario import Scenario
from scoring import certification as cert
from storage import ScoredCall

KINDS = ("angry_complainant", "unclear_audio", "absent_colleague", "unanswerable_question")
CST = timezone(timedelta(hours=8), "CST")
WEIGHTS = {"pickup_within_3_rings": 1.0, "standard_greeting": 2.0, "thanks_and_goodbye": 1.0}


def scenario(kind: str, version: int = 1, pass_mark: float = 80) -> Scenario:
    s = Scenario.model_validate(
        {
            "id": kind,
            "version": version,
            "title": f"测试场景 {kind}",
            "kind": kind,
            "company": "旭日装饰客服中心",
            "persona": {"name": "张伟", "phone": "13800001234"},
            "rules": WEIGHTS,
            "pass_mark": pass_mark,
            "pickup": {"otherwise": "hello"},
            "nodes": [{"id": "hello", "say": "你好。", "hangup": True}],
        }
    )
    return s.model_copy(update={"source": f"{kind}.yaml", "digest": f"{kind[:8]}{version:08d}"})


def record(
    trainee_id: str, scenario_id: str, text: str = "您好，旭日装饰客服中心，3号客服。"
) -> CallRecord:
    return CallRecord.model_validate(
        {
            "version": 1,
            "scenario": scenario_id,
            "trainee": {"id": trainee_id, "work_id": "3"},
            "company": "旭日装饰客服中心",
            "events": [
                {"t": 0.0, "type": "ring"},
                {"t": 2.0, "type": "pickup"},
                {"t": 2.5, "type": "utterance", "speaker": "trainee", "end": 5.0, "text": text},
                {
                    "t": 6.0,
                    "type": "utterance",
                    "speaker": "customer",
                    "end": 8.0,
                    "text": "你好。",
                },
                {"t": 9.0, "type": "hangup", "by": "customer"},
            ],
            "facts": {"caller_name": "张伟"},
        }
    )


def report(
    scenario_id: str,
    score: float = 90,
    forbidden_failed: Iterable[str] = (),
    statuses: Mapping[str, str] | None = None,
) -> ScoreReport:
    failed = set(forbidden_failed)
    statuses = dict(statuses or {})
    rules = []
    for r in REQUIRED_RULES:
        default = "pass" if r in WEIGHTS else "n/a"
        rules.append(RuleResult(id=r, status=statuses.get(r, default)))
    for r in FORBIDDEN_RULES:
        rules.append(
            RuleResult(
                id=r, status="fail" if r in failed else "pass", evidence=[2] if r in failed else []
            )
        )
    return ScoreReport(
        scenario=scenario_id, score=score, passed=score >= 80 and not failed, rules=rules
    )


def scored(
    trainee_id: str,
    kind: str,
    started_at: datetime,
    score: float = 90,
    forbidden_failed: Iterable[str] = (),
    pass_mark: float = 80,
    text: str = "您好，旭日装饰客服中心，3号客服。",
) -> ScoredCall:
    s = scenario(kind, pass_mark=pass_mark)
    return ScoredCall(
        record=record(trainee_id, kind, text),
        scenario=s,
        report=report(kind, score, forbidden_failed),
        started_at=started_at,
        scorer="test-scorer 1",
    )


def exam(
    trainee_id: str,
    started_at: datetime,
    scores: Mapping[str, float] | None = None,
    forbidden: Mapping[str, Iterable[str]] | None = None,
) -> list[ScoredCall]:
    """One exam call of every kind, ten minutes apart."""
    return [
        scored(
            trainee_id,
            kind,
            started_at + timedelta(minutes=10 * i),
            score=(scores or {}).get(kind, 90),
            forbidden_failed=(forbidden or {}).get(kind, ()),
        )
        for i, kind in enumerate(KINDS)
    ]


# --- stored data for the pure certification functions ---------------------------------------------


def exam_call(
    call_id: int,
    kind: str,
    score: float = 90,
    pass_mark: float = 80,
    forbidden_failed: Iterable[str] = (),
    statuses: Mapping[str, str] | None = None,
    overrides: Iterable[cert.RuleOverride] = (),
) -> cert.ExamCall:
    return cert.ExamCall(
        call_id=call_id,
        scenario_id=kind,
        scenario_version=1,
        scenario_digest="d",
        kind=kind,
        report_id=call_id,
        report=report(kind, score, forbidden_failed, statuses),
        pass_mark=pass_mark,
        weights=WEIGHTS,
        overrides=tuple(overrides),
    )


_ids = iter(range(1, 1_000_000))


def attempt(
    trainee_id: str,
    taken_on: date,
    scores: Mapping[str, float] | None = None,
    forbidden: Mapping[str, Iterable[str]] | None = None,
    number: int = 1,
) -> cert.Attempt:
    """A stored attempt; every kind scores 90 unless `scores` says otherwise (None: no call)."""
    attempt_id = next(_ids)
    calls = tuple(
        exam_call(
            attempt_id * 10 + i,
            kind,
            score=(scores or {}).get(kind, 90),
            forbidden_failed=(forbidden or {}).get(kind, ()),
        )
        for i, kind in enumerate(KINDS)
        if (scores or {}).get(kind, 90) is not None
    )
    return cert.Attempt(
        attempt_id=attempt_id,
        trainee_id=trainee_id,
        window=cert.Window.of(taken_on),
        number=number,
        taken_on=taken_on,
        kinds=KINDS,
        calls=calls,
    )


def passed(trainee_id: str, taken_on: date) -> cert.Attempt:
    return attempt(trainee_id, taken_on)


def failed(trainee_id: str, taken_on: date) -> cert.Attempt:
    return attempt(trainee_id, taken_on, scores={"unclear_audio": 60})
