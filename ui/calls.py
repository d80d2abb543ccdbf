"""Calls and assessments in progress, held by the app process for each user, not by a browser tab.

A Streamlit page forgets everything on a reload, and a rerun can stop a page half-way (a click while
it works). So a call and an assessment live here, keyed by the user: a reload finds the call still
going, and its end (scoring and storing) happens exactly once, whatever the page does meanwhile.
One app replica holds a user's call; a load balancer in front of several keeps a user on one
(sticky sessions).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from calldrill import assessment
from ui.callsetup import CallSetup
from ui.textcall import BrowserTextCall


@dataclass(frozen=True)
class Outcome:
    """Where a finished call leads: a report page, the next exam call, or what went wrong."""

    page: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    error: str | None = None


@dataclass
class ExamProgress:
    """An assessment attempt in progress: the stored attempt, its drawn calls, those finished."""

    plan: assessment.ExamPlan
    mode: str
    work_id: str
    finished: list[assessment.ExamCall] = field(default_factory=list)
    """Each call with the scenario it was played with (scored with that one, even if the set
    was republished meanwhile)."""


@dataclass
class ActiveCall:
    setup: CallSetup
    mode: str
    exam: bool
    started_at: datetime
    text_call: BrowserTextCall | None = None
    outcome: Outcome | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def finish_once(self, finish: Callable[[], Outcome]) -> Outcome:
        """Score and store the call the first time it is asked; later asks get the same outcome."""
        with self._lock:
            if self.outcome is None:
                self.outcome = finish()
            return self.outcome


_lock = threading.Lock()
_calls: dict[str, ActiveCall] = {}
_exams: dict[str, ExamProgress] = {}


def call(username: str) -> ActiveCall | None:
    with _lock:
        return _calls.get(username)


def begin_call(username: str, active: ActiveCall) -> None:
    with _lock:
        _calls[username] = active


def end_call(username: str, active: ActiveCall) -> None:
    with _lock:
        if _calls.get(username) is active:
            del _calls[username]


def exam(username: str) -> ExamProgress | None:
    with _lock:
        return _exams.get(username)


def begin_exam(username: str, progress: ExamProgress) -> None:
    with _lock:
        _exams[username] = progress


def end_exam(username: str, progress: ExamProgress) -> None:
    with _lock:
        if _exams.get(username) is progress:
            del _exams[username]
