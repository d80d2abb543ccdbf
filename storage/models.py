"""What callers hand the store and get back: plain frozen records, and the store's errors."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from core.callrecord import CallRecord
from core.errors import InputError, StorageError
from core.report import ScoreReport
from core.scenario import Scenario
from scoring import certification as cert
from scoring.review import CallSummary, Review

__all__ = [
    "AuditEntry",
    "CallSummary",
    "InvalidOverride",
    "Publication",
    "RecordMismatch",
    "Review",
    "RosterChange",
    "ScenarioDraft",
    "ScoredCall",
    "ScoredCallSummary",
    "StoredCall",
    "StoredReport",
    "UnknownCall",
    "UnknownTrainee",
    "record_digest",
]


class UnknownTrainee(StorageError):
    code = "trainee-unknown"


class UnknownCall(StorageError):
    code = "call-unknown"


class RecordMismatch(StorageError):
    """A call record, its scenario and its report do not belong together."""

    code = "record-mismatch"


class InvalidOverride(InputError):
    code = "override-invalid"


@dataclass(frozen=True)
class ScoredCall:
    """One finished call with the scenario it was played and scored with, and its report."""

    record: CallRecord
    scenario: Scenario
    report: ScoreReport
    started_at: datetime
    """When the call started; a naive value is the machine's local time. Its date is the call's day."""
    scorer: str | None = None


@dataclass(frozen=True)
class StoredReport:
    report_id: int
    report: ScoreReport
    scenario_id: str
    scenario_version: int
    scenario_digest: str
    pass_mark: float
    weights: dict[str, float]
    scorer: str | None
    created_at: datetime


@dataclass(frozen=True)
class StoredCall:
    """Everything stored about one call, for audit and re-scoring; reports and overrides oldest first."""

    call_id: int
    trainee_id: str
    scenario_id: str
    scenario_version: int
    scenario_digest: str
    kind: str
    exam: bool
    attempt_id: int | None
    started_at: datetime
    started_on: date
    record: CallRecord
    record_sha256: str
    reports: tuple[StoredReport, ...]
    overrides: tuple[cert.RuleOverride, ...]

    @property
    def latest_report(self) -> StoredReport:
        return self.reports[-1]

    def latest_overrides(self) -> dict[str, cert.RuleOverride]:
        """The trainers' latest decision per rule (the one that counts)."""
        return {o.rule_id: o for o in self.overrides}

    def result(self) -> cert.CallResult:
        """Score and pass/fail after the trainers' overrides, as certification counts them."""
        latest = self.latest_report
        return cert.call_result(
            cert.ExamCall(
                call_id=self.call_id,
                scenario_id=latest.scenario_id,
                scenario_version=latest.scenario_version,
                scenario_digest=latest.scenario_digest,
                kind=self.kind,
                report_id=latest.report_id,
                report=latest.report,
                pass_mark=latest.pass_mark,
                weights=latest.weights,
                overrides=self.overrides,
            )
        )


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class RosterChange:
    added: int
    updated: int
    unchanged: int

    @property
    def loaded(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True)
class ScoredCallSummary:
    """One of a trainee's calls with its latest report's score, for their history."""

    call_id: int
    scenario_id: str
    exam: bool
    started_at: datetime
    started_on: date
    score: float
    passed: bool
    attempt_id: int | None = None
    """The assessment attempt an exam call belongs to."""
    failed_rules: tuple[str, ...] = ()
    """Rules of its latest report that failed (for "weakest rules")."""


@dataclass(frozen=True)
class ScenarioDraft:
    id: int
    filename: str
    text: str
    author: str
    at: datetime


@dataclass(frozen=True)
class Publication:
    """A version of the scenario set: its files, and whether its bot trained (training/live/failed)."""

    id: int
    digest: str
    files: dict[str, str]
    actor: str
    status: str
    message: str
    created_at: datetime
    finished_at: datetime | None


def record_digest(data: dict[str, Any]) -> str:
    """SHA-256 of a call record's canonical JSON: shows that a stored record was never altered."""
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
