"""Agreement between two raters of the same rule decisions: the scorer and a labeller, or two labellers.

Pure arithmetic over statuses ("pass" / "fail" / "n/a"), so the tests, the bench command and any report
compute the same figures:

- `cohens_kappa(a, b)`: Cohen's kappa, (p_o − p_e) / (1 − p_e), where p_o is the share of decisions the
  two agree on and p_e the share they would agree on by chance given how often each gives each status.
  It is *undefined* (None, printed "—") when either side gives one status only: then p_e = p_o and the
  statistic is 0/0 or 0 by construction, which says nothing about agreement.
- `per_rule(decisions)`: n, agreement and kappa for each rule, plus the false forbidden flags (the first
  rater — the scorer — says fail on a forbidden rule where the second said pass or n/a), and the pooled
  figure over every decision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from core.rubric import FORBIDDEN_RULES


def cohens_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's kappa of two equally long sequences of labels; None where it is undefined."""
    if len(a) != len(b):
        raise ValueError(f"two raters of different lengths: {len(a)} and {len(b)}")
    n = len(a)
    if n == 0:
        return None
    ca, cb = Counter(a), Counter(b)
    if len(ca) < 2 or len(cb) < 2:
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (observed - expected) / (1 - expected)


@dataclass(frozen=True)
class RuleAgreement:
    rule: str
    n: int
    agree: int
    kappa: float | None
    false_forbidden: int  # first rater "fail" on a forbidden rule, second "pass" or "n/a"

    @property
    def share(self) -> float:
        return self.agree / self.n if self.n else 0.0


def agreement_of(rule: str, pairs: Iterable[tuple[str, str]]) -> RuleAgreement:
    """The figures for one rule (or "overall") from (first rater, second rater) status pairs."""
    pairs = list(pairs)
    first = [x for x, _ in pairs]
    second = [y for _, y in pairs]
    false = sum(x == "fail" and y != "fail" for x, y in pairs) if rule in FORBIDDEN_RULES else 0
    return RuleAgreement(
        rule=rule,
        n=len(pairs),
        agree=sum(x == y for x, y in pairs),
        kappa=cohens_kappa(first, second),
        false_forbidden=false,
    )


def per_rule(
    decisions: Mapping[str, Sequence[tuple[str, str]]],
) -> tuple[list[RuleAgreement], RuleAgreement]:
    """Per-rule figures in the order given, and the pooled figure over every decision."""
    rows = [agreement_of(rule, pairs) for rule, pairs in decisions.items()]
    pooled_pairs = [p for pairs in decisions.values() for p in pairs]
    pooled = agreement_of("overall", pooled_pairs)
    pooled = RuleAgreement(
        "overall", pooled.n, pooled.agree, pooled.kappa, sum(r.false_forbidden for r in rows)
    )
    return rows, pooled


def kappa_text(kappa: float | None) -> str:
    return "—" if kappa is None else f"{kappa:.3f}"


__all__ = ["cohens_kappa", "RuleAgreement", "agreement_of", "per_rule", "kappa_text"]
