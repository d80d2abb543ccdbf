"""A typed call in the browser: the drill's CallSession plays in a worker thread.

Streamlit reruns the page script on every click, while a call is one long conversation with the
bot. So the session runs as it does in the terminal, in a thread, with this object as both its
`TraineeInput` (actions come from the page through queues) and its `CallView` (events are kept for
the page to show). The phone really rings: the pickup time is the time since the call appeared.
"""

from __future__ import annotations

import queue
import threading
import time

from core import limits
from core.callrecord import CallRecord, Event
from core.errors import CallDrillError, InputTooLarge
from nlu.client import BotClient
from simulator.session import RING_PERIOD_S, CallSession, HangUp, Hold, Say, TraineeAction
from ui.callsetup import CallSetup

REPLY_WAIT_S = 30.0


class BrowserTextCall:
    def __init__(self, setup: CallSetup):
        self.setup = setup
        self.shown: list[tuple[Event, str | None]] = []
        self.record: CallRecord | None = None
        self.error: CallDrillError | None = None
        self._pickups: queue.Queue[float] = queue.Queue()
        self._actions: queue.Queue[TraineeAction] = queue.Queue()
        self._turn_taken = threading.Event()  # the session waits for the trainee
        self._rang_at = time.monotonic()
        self._picked_up = False
        self.turns = 0  # lines said and holds: the session ends the call at CALL_MAX_TURNS
        self._thread = threading.Thread(target=self._play, name="text-call", daemon=True)
        self._thread.start()

    # --- what the page does ---

    @property
    def ringing(self) -> bool:
        return not self._picked_up and not self.ended

    @property
    def ended(self) -> bool:
        return not self._thread.is_alive()

    def rings(self) -> int:
        return int((time.monotonic() - self._rang_at) // RING_PERIOD_S) + 1

    def pick_up(self) -> None:
        self._picked_up = True
        self._pickups.put(time.monotonic() - self._rang_at)
        self.wait_for_turn()

    def say(self, text: str) -> None:
        """Send a line to the customer; `InputTooLarge` (nothing sent) when it is too long."""
        problem = limits.utterance_problem(text.strip())
        if problem:
            raise InputTooLarge(problem)
        self._act(Say(text.strip()))

    def hold(self, seconds: float) -> None:
        self._act(Hold(seconds))

    def hang_up(self) -> None:
        self._act(HangUp())

    def wait_for_turn(self, timeout: float = REPLY_WAIT_S) -> None:
        """Until the customer has answered and waits for the trainee again (or the call ended)."""
        deadline = time.monotonic() + timeout
        while not self._turn_taken.wait(0.05) and not self.ended and time.monotonic() < deadline:
            pass
        if self.record is not None or self.error is not None:
            self._thread.join(1.0)  # the call is over: the page shows it ended, not an input

    def _act(self, action: TraineeAction) -> None:
        self.turns += not isinstance(action, HangUp)
        self._turn_taken.clear()
        self._actions.put(action)
        self.wait_for_turn()

    # --- TraineeInput and CallView, called by the session in its thread ---

    def pickup_time(self, max_rings: int, view) -> float | None:
        try:
            return self._pickups.get(timeout=max_rings * RING_PERIOD_S)
        except queue.Empty:
            return None

    def next_action(self) -> TraineeAction | None:
        self._turn_taken.set()
        return self._actions.get()

    def show(self, event: Event, display_text: str | None = None) -> None:
        self.shown.append((event, display_text))

    def _play(self) -> None:
        s = self.setup
        bot = BotClient(s.bot_url)
        try:
            session = CallSession(s.scenario, bot, s.trainee, s.facts, self, s.rng())
            self.record = session.run(self)
        except CallDrillError as e:
            self.error = e
        finally:
            bot.close()
            self._turn_taken.set()
