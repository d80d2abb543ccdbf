"""Calls, score reports, overrides and assessment attempts: append-only and auditable."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.callrecord import parse_call_record
from core.report import RuleStatus, ScoreReport
from core.rubric import ALL_RULES
from core.scenario import Scenario
from core.settings import DEFAULT_MAX_ATTEMPTS
from scoring import certification as cert
from storage.db import Repository, aware
from storage.models import (
    CallSummary,
    InvalidOverride,
    RecordMismatch,
    ScoredCall,
    ScoredCallSummary,
    StoredCall,
    StoredReport,
    UnknownCall,
    record_digest,
)
from storage.tables import AttemptRow, CallRow, OverrideRow, ReportRow, TraineeRow


class ResultRepository(Repository):
    """What trainees did and how it was judged; every public write is one transaction."""

    def record_practice_call(self, trainee_id: str, call: ScoredCall) -> int:
        """Store one practice call with its report; returns the call id."""
        with self._write() as s:
            self.require_trainee(s, trainee_id)
            return self._add_call(s, trainee_id, call, attempt=None)

    def start_attempt(
        self,
        trainee_id: str,
        kinds: Iterable[str],
        started_at: datetime,
        *,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    ) -> int:
        """Open an assessment attempt; from now on it counts against the window, finished or not.

        `AttemptLimitReached` when the trainee has already used `max_attempts` attempts in the
        window of `started_at`. Returns the attempt id; `finish_attempt` stores its calls.
        """
        with self._write() as s:
            return self._open_attempt(s, trainee_id, _kinds(kinds), aware(started_at), max_attempts)

    def finish_attempt(self, attempt_id: int, calls: Sequence[ScoredCall]) -> None:
        """Store the exam calls of an open attempt (one of each of its kinds), all or none."""
        with self._write() as s:
            attempt = s.get(AttemptRow, attempt_id)
            if attempt is None:
                raise UnknownCall(f"没有编号为 {attempt_id} 的考核。")
            stored = s.scalar(
                select(func.count()).select_from(CallRow).where(CallRow.attempt_id == attempt_id)
            )
            if stored:
                raise RecordMismatch(
                    f"第 {attempt.number} 次考核的成绩已经保存过了，不能重复保存。"
                )
            _check_kinds(tuple(attempt.kinds), calls)
            for c in calls:
                self._add_call(s, attempt.trainee_id, c, attempt=attempt_id)

    def record_attempt(
        self,
        trainee_id: str,
        calls: Sequence[ScoredCall],
        *,
        required_kinds: Iterable[str],
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    ) -> int:
        """A whole assessment attempt at once (start and finish in one transaction); its id."""
        kinds = _kinds(required_kinds)
        _check_kinds(kinds, calls)
        started_at = min(aware(c.started_at) for c in calls)
        with self._write() as s:
            attempt_id = self._open_attempt(s, trainee_id, kinds, started_at, max_attempts)
            for c in calls:
                self._add_call(s, trainee_id, c, attempt=attempt_id)
            return attempt_id

    def _open_attempt(
        self,
        s: Session,
        trainee_id: str,
        kinds: tuple[str, ...],
        started_at: datetime,
        max_attempts: int,
    ) -> int:
        self.require_trainee(s, trainee_id)
        window = cert.Window.of(started_at.date())
        used = s.scalar(
            select(func.count())
            .select_from(AttemptRow)
            .where(AttemptRow.trainee_id == trainee_id, AttemptRow.window == str(window))
        )
        cert.Allowance(window, used or 0, max_attempts).require()
        attempt = AttemptRow(
            trainee_id=trainee_id,
            window=str(window),
            number=(used or 0) + 1,
            started_at=started_at,
            taken_on=started_at.date(),
            kinds=list(kinds),
            created_at=self._now(),
        )
        s.add(attempt)
        s.flush()
        return attempt.id

    def add_report(
        self, call_id: int, report: ScoreReport, scenario: Scenario, scorer: str | None = None
    ) -> int:
        """A re-score: a new report for a stored call (the latest report counts); returns its id."""
        with self._write() as s:
            call = s.get(CallRow, call_id)
            if call is None:
                raise UnknownCall(f"没有编号为 {call_id} 的通话记录。")
            _check_belongs(call.scenario_id, call.kind, scenario, report)
            return self._add_report(s, call_id, report, scenario, scorer)

    def add_override(
        self,
        call_id: int,
        rule_id: str,
        status: RuleStatus,
        actor: str,
        reason: str,
        at: datetime | None = None,
    ) -> int:
        """A trainer's manual decision on one rule of a call: who, when and why. Returns its id."""
        check_override(rule_id, status, actor, reason)
        with self._write() as s:
            latest = latest_report_id(s, call_id)
            return add_override_row(
                self._now(), s, call_id, latest, rule_id, status, actor, reason, at
            )

    def trainee_calls(self, trainee_id: str) -> list[ScoredCallSummary]:
        """The trainee's calls, oldest first, each with its latest report's score."""
        with self._read() as s:
            calls = s.scalars(
                select(CallRow)
                .where(CallRow.trainee_id == trainee_id)
                .order_by(CallRow.started_at, CallRow.id)
            ).all()
            latest = latest_reports(s, [c.id for c in calls])
            return [
                ScoredCallSummary(
                    c.id,
                    c.scenario_id,
                    c.exam,
                    c.started_at,
                    c.started_on,
                    latest[c.id].score,
                    latest[c.id].passed,
                    c.attempt_id,
                    tuple(r["id"] for r in latest[c.id].report["rules"] if r["status"] == "fail"),
                )
                for c in calls
            ]

    def calls_between(self, first: date, last: date) -> list[CallSummary]:
        """Every call played on the days first..last, with the trainee's team, oldest first."""
        with self._read() as s:
            rows = s.execute(
                select(CallRow, TraineeRow.team)
                .join(TraineeRow, TraineeRow.id == CallRow.trainee_id)
                .where(CallRow.started_on.between(first, last))
                .order_by(CallRow.id)
            ).all()
            return [
                CallSummary(c.id, c.trainee_id, team, c.scenario_id, c.kind, c.exam, c.started_on)
                for c, team in rows
            ]

    def call(self, call_id: int) -> StoredCall:
        with self._read() as s:
            row = s.get(CallRow, call_id)
            if row is None:
                raise UnknownCall(f"没有编号为 {call_id} 的通话记录。")
            reports = s.scalars(
                select(ReportRow).where(ReportRow.call_id == call_id).order_by(ReportRow.id)
            ).all()
            overrides = overrides_of(s, [call_id]).get(call_id, ())
            return StoredCall(
                call_id=row.id,
                trainee_id=row.trainee_id,
                scenario_id=row.scenario_id,
                scenario_version=row.scenario_version,
                scenario_digest=row.scenario_digest,
                kind=row.kind,
                exam=row.exam,
                attempt_id=row.attempt_id,
                started_at=row.started_at,
                started_on=row.started_on,
                record=parse_call_record(row.record, f"通话记录 {row.id}"),
                record_sha256=row.record_sha256,
                reports=tuple(_stored_report(r) for r in reports),
                overrides=tuple(overrides),
            )

    def attempts(self, trainee_id: str | None = None) -> list[cert.Attempt]:
        """Every assessment attempt with its exam calls, each with its latest report and overrides."""
        with self._read() as s:
            q = select(AttemptRow).order_by(AttemptRow.taken_on, AttemptRow.id)
            if trainee_id is not None:
                q = q.where(AttemptRow.trainee_id == trainee_id)
            attempts = s.scalars(q).all()
            calls_q = select(CallRow).where(CallRow.attempt_id.is_not(None)).order_by(CallRow.id)
            if trainee_id is not None:
                calls_q = calls_q.where(CallRow.trainee_id == trainee_id)
            calls = s.scalars(calls_q).all()
            call_ids = [c.id for c in calls]
            latest = latest_reports(s, call_ids)
            overrides = overrides_of(s, call_ids)
            by_attempt: dict[int, list[cert.ExamCall]] = {}
            for c in calls:
                r = latest[c.id]
                by_attempt.setdefault(c.attempt_id, []).append(
                    cert.ExamCall(
                        call_id=c.id,
                        scenario_id=r.scenario_id,
                        scenario_version=r.scenario_version,
                        scenario_digest=r.scenario_digest,
                        kind=c.kind,
                        report_id=r.id,
                        report=ScoreReport.model_validate(r.report),
                        pass_mark=r.pass_mark,
                        weights=dict(r.weights),
                        overrides=tuple(overrides.get(c.id, ())),
                    )
                )
            return [
                cert.Attempt(
                    attempt_id=a.id,
                    trainee_id=a.trainee_id,
                    window=cert.Window.parse(a.window),
                    number=a.number,
                    taken_on=a.taken_on,
                    kinds=tuple(a.kinds),
                    calls=tuple(by_attempt.get(a.id, ())),
                )
                for a in attempts
            ]

    def practice_calls(self, month: cert.Month | None = None) -> list[cert.PracticeCall]:
        with self._read() as s:
            q = select(CallRow).where(CallRow.exam.is_(False)).order_by(CallRow.id)
            if month is not None:
                q = q.where(CallRow.started_on.between(month.start, month.end))
            return [
                cert.PracticeCall(c.id, c.trainee_id, c.scenario_id, c.kind, c.started_on)
                for c in s.scalars(q)
            ]

    def _add_call(self, s: Session, trainee_id: str, call: ScoredCall, attempt: int | None) -> int:
        scenario, record = call.scenario, call.record
        if record.trainee.id != trainee_id:
            raise RecordMismatch(f"通话记录属于学员“{record.trainee.id}”，不是“{trainee_id}”。")
        if record.scenario != scenario.id:
            raise RecordMismatch(f"通话记录的场景是“{record.scenario}”，不是“{scenario.id}”。")
        _check_belongs(scenario.id, scenario.kind, scenario, call.report)
        started_at = aware(call.started_at)
        data = record.model_dump(mode="json", exclude_none=True)
        row = CallRow(
            trainee_id=trainee_id,
            scenario_id=scenario.id,
            scenario_version=scenario.version,
            scenario_digest=scenario.digest,
            kind=scenario.kind,
            exam=attempt is not None,
            attempt_id=attempt,
            started_at=started_at,
            started_on=started_at.date(),
            record=data,
            record_sha256=record_digest(data),
            created_at=self._now(),
        )
        s.add(row)
        s.flush()
        self._add_report(s, row.id, call.report, scenario, call.scorer)
        return row.id

    def _add_report(
        self, s: Session, call_id: int, report: ScoreReport, scenario: Scenario, scorer: str | None
    ) -> int:
        row = ReportRow(
            call_id=call_id,
            scenario_id=scenario.id,
            scenario_version=scenario.version,
            scenario_digest=scenario.digest,
            pass_mark=scenario.pass_mark,
            weights=dict(scenario.rules),
            score=report.score,
            passed=report.passed,
            report=report.model_dump(mode="json"),
            scorer=scorer,
            created_at=self._now(),
        )
        s.add(row)
        s.flush()
        return row.id


def add_override_row(
    now: datetime,
    s: Session,
    call_id: int,
    report_id: int,
    rule_id: str,
    status: RuleStatus,
    actor: str,
    reason: str,
    at: datetime | None = None,
) -> int:
    """An override row in the caller's transaction (reviews add one with the review)."""
    row = OverrideRow(
        call_id=call_id,
        report_id=report_id,
        rule_id=rule_id,
        status=status,
        actor=actor.strip(),
        reason=reason.strip(),
        created_at=aware(at) if at else now,
    )
    s.add(row)
    s.flush()
    return row.id


def latest_report_id(s: Session, call_id: int) -> int:
    latest = s.scalar(select(func.max(ReportRow.id)).where(ReportRow.call_id == call_id))
    if latest is None:
        raise UnknownCall(f"没有编号为 {call_id} 的通话记录。")
    return latest


def latest_reports(s: Session, call_ids: list[int]) -> dict[int, ReportRow]:
    if not call_ids:
        return {}
    latest_ids = (
        select(func.max(ReportRow.id))
        .where(ReportRow.call_id.in_(call_ids))
        .group_by(ReportRow.call_id)
    )
    rows = s.scalars(select(ReportRow).where(ReportRow.id.in_(latest_ids))).all()
    return {r.call_id: r for r in rows}


def overrides_of(s: Session, call_ids: list[int]) -> dict[int, list[cert.RuleOverride]]:
    if not call_ids:
        return {}
    rows = s.scalars(
        select(OverrideRow).where(OverrideRow.call_id.in_(call_ids)).order_by(OverrideRow.id)
    ).all()
    out: dict[int, list[cert.RuleOverride]] = {}
    for o in rows:
        out.setdefault(o.call_id, []).append(
            cert.RuleOverride(o.rule_id, o.status, o.actor, o.created_at, o.reason, o.report_id)
        )
    return out


def check_override(rule_id: str, status: str, actor: str, reason: str) -> None:
    if rule_id not in ALL_RULES:
        raise InvalidOverride(f"未知的规则 id“{rule_id}”。可用的规则：{'、'.join(ALL_RULES)}。")
    if status not in ("pass", "fail", "n/a"):
        raise InvalidOverride(f"判定“{status}”无效，只能是 pass、fail 或 n/a。")
    if not actor.strip():
        raise InvalidOverride("请写明是谁做出的人工判定。")
    if not reason.strip():
        raise InvalidOverride("请写明人工判定的理由。")


def _check_belongs(scenario_id: str, kind: str, scenario: Scenario, report: ScoreReport) -> None:
    if scenario.id != scenario_id or scenario.kind != kind:
        raise RecordMismatch(
            f"场景“{scenario.id}”（类型 {scenario.kind}）与通话记录的场景“{scenario_id}”（类型 {kind}）不符。"
        )
    if report.scenario != scenario.id:
        raise RecordMismatch(f"评分报告的场景是“{report.scenario}”，不是“{scenario.id}”。")
    if not scenario.digest:
        raise RecordMismatch(
            f"场景“{scenario.id}”没有摘要（digest），结果无法审计。请用 load_scenario() 从文件载入场景。"
        )


def _stored_report(r: ReportRow) -> StoredReport:
    return StoredReport(
        report_id=r.id,
        report=ScoreReport.model_validate(r.report),
        scenario_id=r.scenario_id,
        scenario_version=r.scenario_version,
        scenario_digest=r.scenario_digest,
        pass_mark=r.pass_mark,
        weights=dict(r.weights),
        scorer=r.scorer,
        created_at=r.created_at,
    )


def _kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    unique = tuple(dict.fromkeys(kinds))
    if not unique:
        raise RecordMismatch("考核至少要包含一种场景类型。")
    return unique


def _check_kinds(kinds: tuple[str, ...], calls: Sequence[ScoredCall]) -> None:
    got = [c.scenario.kind for c in calls]
    if sorted(got) != sorted(kinds):
        missing = [k for k in kinds if k not in got]
        extra = [k for k in got if k not in kinds or got.count(k) > 1]
        raise RecordMismatch(
            "一次考核应包含每种场景类型各一通考核电话。"
            + (f"缺少：{'、'.join(missing)}。" if missing else "")
            + (f"多余或重复：{'、'.join(dict.fromkeys(extra))}。" if extra else "")
        )
