"""What every kind of call shares: the scenario and drawn facts, the bot conversation, the state of
the line, and the events that become the call record. Text, voice and push-to-talk calls each own one.
"""

from __future__ import annotations

import random
import uuid
from typing import Protocol

from core.callrecord import CallRecord, Event, Trainee, Utterance
from core.scenario import Scenario
from nlu.client import BotClient, BotTurn, CustomerLine


class CallView(Protocol):
    def show(self, event: Event, display_text: str | None = None) -> None:
        """Called for every event as it happens; display_text is the customer line as heard."""


class CallLog:
    def __init__(
        self,
        scenario: Scenario,
        bot: BotClient,
        trainee: Trainee,
        facts: dict[str, str],
        view: CallView,
        rng: random.Random | None = None,
    ):
        self.scenario = scenario
        self.bot = bot
        self.trainee = trainee
        self.facts = facts
        self.view = view
        self.rng = rng or random.Random()
        self.conversation_id = f"call-{uuid.uuid4().hex[:12]}"
        self.events: list[Event] = []
        self.line = scenario.line.value

    def log(self, event: Event, display_text: str | None = None) -> int:
        """Add an event (and show it); its index in `events`."""
        self.events.append(event)
        self.view.show(event, display_text)
        return len(self.events) - 1

    def start_bot(self) -> None:
        """Tell the bot which scenario this conversation plays and the facts drawn for it."""
        self.bot.start_call(self.conversation_id, self.scenario.id, self.facts)

    def ask_bot(self, index: int, text: str) -> BotTurn:
        """Send the trainee utterance at events[index] to the bot; its acts go into the record."""
        turn = self.bot.say(self.conversation_id, text)
        self.events[index] = self.events[index].model_copy(update={"intents": list(turn.acts)})
        return turn

    def line_condition(self, line: CustomerLine) -> str | None:
        """The line condition for this customer line (None when clear); a line may change it."""
        if line.line:
            self.line = line.line
        return None if self.line == "clear" else self.line

    def end(self) -> float:
        """When the last thing in the call ended (call time, s)."""
        return max((getattr(e, "end", e.t) for e in self.events), default=0.0)

    def tag_audio(self, path: str) -> None:
        """Every utterance names the recording it is in."""
        self.events = [
            e.model_copy(update={"audio": path}) if isinstance(e, Utterance) else e
            for e in self.events
        ]

    def record(self, **extra) -> CallRecord:
        """The call record; events in time order (a live call logs an utterance when it ends)."""
        return CallRecord(
            version=1,
            scenario=self.scenario.id,
            trainee=self.trainee,
            company=self.scenario.company,
            events=sorted(self.events, key=lambda e: e.t),
            facts=self.facts,
            **extra,
        )
