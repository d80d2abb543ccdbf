"""A read-only view of one call for the checks: utterances with their acts, turns, pickup, holds, hangup."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from core.callrecord import CallRecord, Hangup, HoldEnd, HoldStart, Pickup, Ring, Utterance
from core.scenario import Scenario
from scoring.roles import own_unit, self_intro_names


@dataclass(frozen=True)
class Utt:
    index: int  # into record.events: what evidence lists
    no: int  # 1-based position among all utterances: what notes call 第N句
    speaker: str
    t: float
    end: float
    text: str
    acts: frozenset[str]

    @property
    def label(self) -> str:
        return f"第{self.no}句"

    def has(self, *acts: str) -> bool:
        return any(a in self.acts for a in acts)


@dataclass(frozen=True)
class Turn:
    """Consecutive utterances of one speaker with no utterance of the other in between."""

    speaker: str
    utts: tuple[Utt, ...]

    @property
    def text(self) -> str:
        return "，".join(u.text for u in self.utts)

    @property
    def t(self) -> float:
        return self.utts[0].t

    @property
    def indexes(self) -> list[int]:
        return [u.index for u in self.utts]

    @property
    def acts(self) -> frozenset[str]:
        return frozenset().union(*(u.acts for u in self.utts))


@dataclass(frozen=True)
class Hold:
    start_index: int
    start: float
    end_index: int | None  # None: the call ended while on hold
    end: float


@dataclass
class Call:
    record: CallRecord
    scenario: Scenario
    acts: Mapping[int, frozenset[str]] = field(default_factory=dict)

    @cached_property
    def utts(self) -> list[Utt]:
        out = []
        for i, e in enumerate(self.record.events):
            if isinstance(e, Utterance):
                out.append(
                    Utt(
                        i,
                        len(out) + 1,
                        e.speaker,
                        e.t,
                        e.end,
                        e.text,
                        self.acts.get(i, frozenset()),
                    )
                )
        return out

    @cached_property
    def trainee(self) -> list[Utt]:
        return [u for u in self.utts if u.speaker == "trainee"]

    @cached_property
    def customer(self) -> list[Utt]:
        return [u for u in self.utts if u.speaker == "customer"]

    @cached_property
    def turns(self) -> list[Turn]:
        turns: list[Turn] = []
        for u in self.utts:
            if turns and turns[-1].speaker == u.speaker:
                turns[-1] = Turn(u.speaker, turns[-1].utts + (u,))
            else:
                turns.append(Turn(u.speaker, (u,)))
        return turns

    @cached_property
    def trainee_turns(self) -> list[Turn]:
        return [t for t in self.turns if t.speaker == "trainee"]

    @cached_property
    def pickup(self) -> tuple[int, float] | None:
        """The pickup event; a record that has speech but no pickup event was picked up when the
        first utterance started (a producer that does not log pickups)."""
        for i, e in enumerate(self.record.events):
            if isinstance(e, Pickup):
                return i, e.t
        for i, e in enumerate(self.record.events):
            if isinstance(e, Utterance):
                return i, e.t
        return None

    @cached_property
    def ring_indexes(self) -> list[int]:
        """Rings before pickup (all rings when never picked up)."""
        limit = self.pickup[0] if self.pickup else len(self.record.events)
        return [i for i, e in enumerate(self.record.events[:limit]) if isinstance(e, Ring)]

    @cached_property
    def hangup(self) -> tuple[int, Hangup] | None:
        for i, e in enumerate(self.record.events):
            if isinstance(e, Hangup):
                return i, e
        return None

    @cached_property
    def end_time(self) -> float:
        if self.hangup:
            return self.hangup[1].t
        return max((getattr(e, "end", e.t) for e in self.record.events), default=0.0)

    @cached_property
    def holds(self) -> list[Hold]:
        holds: list[Hold] = []
        open_at: tuple[int, float] | None = None
        for i, e in enumerate(self.record.events):
            if isinstance(e, HoldStart) and open_at is None:
                open_at = (i, e.t)
            elif isinstance(e, HoldEnd) and open_at is not None:
                holds.append(Hold(open_at[0], open_at[1], i, e.t))
                open_at = None
        if open_at is not None:
            holds.append(Hold(open_at[0], open_at[1], None, self.end_time))
        return holds

    @cached_property
    def company(self) -> str:
        return (self.record.company or "").strip() or self.scenario.company

    def fact_values(self, name: str) -> list[str]:
        """The value of a fact in this call: the record's, else every value the scenario may draw."""
        facts = self.record.facts or {}
        if facts.get(name):
            return [facts[name]]
        persona = self.scenario.persona
        # a caller who gives a name or unit of their own (我姓包 / 我是丝路旅行社的) and none the
        # scenario draws is judged on theirs; one who gives none is still asked for the scenario's
        own = {
            "caller_name": (persona.name, self_intro_names),
            "caller_unit": (persona.unit, own_unit),
        }
        if name in own:
            draws, find = own[name]
            if not any(v and v in self.customer_text for v in draws):
                said = find(self.customer_text)
                if said:
                    return said if isinstance(said, list) else [said]
        builtin = {
            "caller_name": persona.name,
            "caller_phone": persona.phone,
            "caller_unit": persona.unit,
            "company": [self.company],
        }
        # another company's call: the scenario's own draws (旭日装饰's 书房) are not its facts; the
        # company written short or one of its departments (旭日装饰售后服务部) is still its own
        own = len(os.path.commonprefix([self.company, self.scenario.company])) >= 2
        values = builtin.get(name) or (self.scenario.facts.get(name) if own else None) or []
        return [v for v in values if v]

    @cached_property
    def customer_text(self) -> str:
        return "，".join(u.text for u in self.customer)

    def unbroken(self, turn: Turn) -> list[list[Utt]]:
        """A turn split wherever a hold starts or ends between two of its utterances."""
        marks = [h.start for h in self.holds] + [
            h.end for h in self.holds if h.end_index is not None
        ]
        parts: list[list[Utt]] = []
        for u in turn.utts:
            if parts and not any(parts[-1][-1].t < m <= u.t for m in marks):
                parts[-1].append(u)
            else:
                parts.append([u])
        return parts

    def before(self, t: float, speaker: str | None = None) -> list[Utt]:
        return [u for u in self.utts if u.t < t and (speaker is None or u.speaker == speaker)]

    def after(self, t: float, speaker: str | None = None) -> list[Utt]:
        return [u for u in self.utts if u.t >= t and (speaker is None or u.speaker == speaker)]
