"""Trainers' reviews of scored calls: agreement per rule, or an override with a reason."""

from __future__ import annotations

from sqlalchemy import select

from core.report import RuleStatus
from core.rubric import ALL_RULES
from storage.db import Repository
from storage.models import InvalidOverride, Review
from storage.results import add_override_row, check_override, latest_report_id
from storage.tables import OverrideRow, ReviewRow


class ReviewRepository(Repository):
    """A review that disagrees is also an override, in the same transaction."""

    def add(
        self,
        call_id: int,
        rule_id: str,
        *,
        reviewer: str,
        override: RuleStatus | None = None,
        reason: str = "",
    ) -> int:
        """A trainer's review of one rule of a call's latest report; see `add_call`."""
        return self.add_call(call_id, {rule_id: (override, reason)}, reviewer=reviewer)[0]

    def add_call(
        self,
        call_id: int,
        decisions: dict[str, tuple[RuleStatus | None, str]],
        *,
        reviewer: str,
    ) -> list[int]:
        """A trainer's review of a call's latest report, rule by rule, all or nothing.

        `decisions` maps a rule id to (None, "") to agree, or to (status, reason) to override; an
        override is also an `overrides` row (certification reads those). The reviews, overrides and
        the audit entries are one transaction. Returns the review ids.
        """
        for rule_id, (override, reason) in decisions.items():
            if override is not None:
                check_override(rule_id, override, reviewer, reason)
            elif rule_id not in ALL_RULES:
                raise InvalidOverride(
                    f"未知的规则 id“{rule_id}”。可用的规则：{'、'.join(ALL_RULES)}。"
                )
        with self._write() as s:
            report_id = latest_report_id(s, call_id)
            ids = []
            for rule_id, (override, reason) in decisions.items():
                override_id = (
                    None
                    if override is None
                    else add_override_row(
                        self._now(), s, call_id, report_id, rule_id, override, reviewer, reason
                    )
                )
                row = ReviewRow(
                    call_id=call_id,
                    report_id=report_id,
                    rule_id=rule_id,
                    reviewer=reviewer,
                    agreed=override is None,
                    override_id=override_id,
                    reason=reason.strip(),
                    created_at=self._now(),
                )
                s.add(row)
                s.flush()
                ids.append(row.id)
                detail = {"rule": rule_id, "agreed": override is None, "status": override}
                self._audit(s, reviewer, "review.add", str(call_id), detail)
            return ids

    def all(self, call_id: int | None = None) -> list[Review]:
        """Reviews, oldest first; of one call, or all of them (for the agreement rates)."""
        with self._read() as s:
            q = select(ReviewRow, OverrideRow.status).outerjoin(
                OverrideRow, OverrideRow.id == ReviewRow.override_id
            )
            if call_id is not None:
                q = q.where(ReviewRow.call_id == call_id)
            return [
                Review(
                    r.id,
                    r.call_id,
                    r.report_id,
                    r.rule_id,
                    r.reviewer,
                    r.agreed,
                    status,
                    r.reason,
                    r.created_at,
                )
                for r, status in s.execute(q.order_by(ReviewRow.id))
            ]
