"""A voice call run by a test: a view that keeps status lines, and the call in its own thread."""

from __future__ import annotations

import threading
import time

from simulator.voice.call import VoiceCall


class View:
    def __init__(self):
        self.status_lines: list[str] = []

    def show(self, event, display_text=None):
        pass

    def status(self, message):
        self.status_lines.append(message)

    def partial(self, text):
        pass


def start_call(call: VoiceCall) -> tuple[threading.Thread, dict]:
    """The call running; `out` gets its record or its error, and the thread."""
    out: dict = {}

    def run():
        try:
            out["record"] = call.run()
        except BaseException as e:  # surfaced by the test
            out["error"] = e

    thread = threading.Thread(target=run, daemon=True)
    out["thread"] = thread
    thread.start()
    deadline = time.monotonic() + 10
    while call.t0 == 0.0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert call.t0, out.get("error")
    return thread, out
