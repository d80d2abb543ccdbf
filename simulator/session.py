"""One drill call: rings, pickup, turns with the customer bot, hold, hang-up; produces the call record.

The session knows nothing of terminals or audio. The trainee side is a `TraineeInput` that yields
actions; what the trainee sees or hears is a `CallView` that receives each event as it is logged.
Text mode plays on a speech clock: utterances last as long as speaking them would (SPEECH_RATE),
so the times in the record mean what they mean in a voice call.

Limits (core.limits) are enforced here, before anything reaches the shared bot: a line longer than
UTTERANCE_MAX_CHARS or a hold out of range is refused (`InputTooLarge`, the call ends with that
message), and after CALL_MAX_TURNS turns the trainee's side hangs up, so a record stays within what
`calldrill score` accepts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Protocol

from core import limits
from core.callrecord import (
    CallRecord,
    Hangup,
    HoldEnd,
    HoldStart,
    Pickup,
    Ring,
    Trainee,
    Utterance,
)
from core.errors import InputTooLarge
from core.scenario import Scenario
from nlu.client import BotClient, CustomerLine
from simulator.calllog import CallLog, CallView
from simulator.events import RING_PERIOD_S

SPEECH_RATE = 4.5  # Mandarin characters per second, conversational
TURN_GAP_S = 0.6  # pause between one speaker ending and the other starting


def speaking_time(text: str) -> float:
    spoken = sum(1 for ch in text if ch.isalnum())
    return round(max(0.6, spoken / SPEECH_RATE), 2)


# --- what the trainee does ------------------------------------------------------------------------


@dataclass(frozen=True)
class Say:
    text: str


@dataclass(frozen=True)
class Hold:
    seconds: float


@dataclass(frozen=True)
class HangUp:
    pass


TraineeAction = Say | Hold | HangUp


class TraineeInput(Protocol):
    def pickup_time(self, max_rings: int, view: CallView) -> float | None:
        """Seconds from the first ring to the pickup, or None if the caller gave up first."""

    def next_action(self) -> TraineeAction | None:
        """The trainee's next action; None when they have nothing more (the script ended)."""


# --- line conditions in text ----------------------------------------------------------------------


def garble(text: str, condition: str | None, rng: random.Random) -> str:
    """How a line sounds on a bad connection, in text: characters lost to noise or dropouts."""
    if condition in (None, "clear"):
        return text
    loss = {"noisy": 0.35, "quiet": 0.3, "dropouts": 0.5}.get(condition, 0.3)
    out, dropped = [], False
    for ch in text:
        if ch.isalnum() and rng.random() < loss:
            if not dropped:
                out.append("……")
            dropped = True
        else:
            out.append(ch)
            dropped = False
    heard = "".join(out)
    return f"（声音很小）{heard}" if condition == "quiet" else heard


# --- the call -------------------------------------------------------------------------------------


class CallSession:
    """A text drill on a speech clock: each line takes as long as saying it would."""

    def __init__(
        self,
        scenario: Scenario,
        bot: BotClient,
        trainee: Trainee,
        facts: dict[str, str],
        view: CallView,
        rng: random.Random | None = None,
    ):
        self.log = CallLog(scenario, bot, trainee, facts, view, rng)
        self.scenario = scenario
        self.now = 0.0

    def _customer_says(self, line: CustomerLine) -> None:
        condition = self.log.line_condition(line)
        start = round(self.now + TURN_GAP_S, 2)
        end = round(start + speaking_time(line.text), 2)
        heard = garble(line.text, condition, self.log.rng)
        self.log.log(
            Utterance(
                t=start, end=end, speaker="customer", text=line.text, audio_condition=condition
            ),
            heard,
        )
        self.now = end

    def _rings(self, trainee_input: TraineeInput) -> bool:
        max_rings = self.scenario.rings_before_giving_up
        picked = trainee_input.pickup_time(max_rings, self.log.view)
        if picked is None or picked >= max_rings * RING_PERIOD_S:
            for i in range(max_rings):
                self.log.log(Ring(t=i * RING_PERIOD_S))
            self.log.log(Hangup(t=max_rings * RING_PERIOD_S, by="customer"))
            return False
        for i in range(int(picked // RING_PERIOD_S) + 1):
            self.log.log(Ring(t=i * RING_PERIOD_S))
        self.now = round(picked, 2)
        self.log.log(Pickup(t=self.now))
        return True

    def run(self, trainee_input: TraineeInput) -> CallRecord:
        if self._rings(trainee_input):
            self.log.start_bot()
            self._talk(trainee_input)
        return self.log.record()

    def _full(self, turns: int) -> bool:
        """The call has as many turns (or events) as a call may have: it ends here."""
        return turns >= limits.CALL_MAX_TURNS or len(self.log.events) >= limits.CALL_MAX_EVENTS - 20

    def _talk(self, trainee_input: TraineeInput) -> None:
        turns = 0
        while True:
            action = None if self._full(turns) else trainee_input.next_action()
            if action is None or isinstance(action, HangUp):
                self.log.log(Hangup(t=round(self.now + TURN_GAP_S, 2), by="trainee"))
                return
            turns += 1
            problem = (
                limits.hold_problem(action.seconds)
                if isinstance(action, Hold)
                else limits.utterance_problem(action.text)
            )
            if problem:
                raise InputTooLarge(problem)
            if isinstance(action, Hold):
                self.log.log(HoldStart(t=round(self.now + 0.3, 2)))
                self.now = round(self.now + 0.3 + action.seconds, 2)
                self.log.log(HoldEnd(t=self.now))
                continue
            start = round(self.now + TURN_GAP_S, 2)
            end = round(start + speaking_time(action.text), 2)
            index = self.log.log(Utterance(t=start, end=end, speaker="trainee", text=action.text))
            self.now = end
            turn = self.log.ask_bot(index, action.text)
            for line in turn.lines:
                self._customer_says(line)
                if line.hangup:
                    self.log.log(Hangup(t=round(self.now + 0.5, 2), by="customer"))
                    return
