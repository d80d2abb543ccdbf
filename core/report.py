"""The score report of ../shared/spec/call-record.md ("Score report")."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

RuleStatus = Literal["pass", "fail", "n/a"]


class RuleResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    status: RuleStatus
    evidence: list[int] = Field(default_factory=list)
    note: str = ""


class ScoreReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    scenario: str
    score: float
    passed: bool
    rules: list[RuleResult]

    def rule(self, rule_id: str) -> RuleResult:
        return next(r for r in self.rules if r.id == rule_id)

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)
