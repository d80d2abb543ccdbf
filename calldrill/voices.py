"""The customer's voice made ahead: every line of a scenario set synthesised once it is published or
first used, so no call waits for speech. Lines are cached by content (chain.py), so a publish that
changes one line synthesises one line. One preparation per set per process, in the background; the
trainer's publish view and `calldrill scenarios voices` show its progress.
"""

from __future__ import annotations

import atexit
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from core.errors import TtsUnavailable
from core.scenario import ScenarioSet
from core.settings import settings
from simulator.voice.customer import scenario_lines
from simulator.voice.tts import CustomerVoice, VoiceSettings


@dataclass
class Preparation:
    """Progress and result of making a set's voice; read by other threads while it runs."""

    total: int
    done: int = 0
    synthesised: int = 0
    bytes: int = 0
    engine: str = ""
    error: str = ""
    finished: bool = False
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    stopped: threading.Event = field(default_factory=threading.Event, repr=False)

    def summary(self) -> str:
        """One sentence for the trainer (Chinese)."""
        if self.error:
            return f"客户语音没有准备好：{self.error}"
        size = f"{self.bytes / 1e6:.1f} MB"
        made = f"本次新合成 {self.synthesised} 句，" if self.synthesised else ""
        state = "已准备好" if self.finished else f"正在准备（{self.done}/{self.total}）"
        return f"客户语音{state}：共 {self.total} 句，{made}占用磁盘 {size}（{self.engine}）。"


def lines(scenarios: ScenarioSet) -> list[tuple[str, VoiceSettings]]:
    """Every customer line of the set, each once."""
    seen: dict[tuple[str, VoiceSettings], None] = {}
    for scenario in scenarios.scenarios:
        for line in scenario_lines(scenario):
            seen[line] = None
    return list(seen)


def prepare(
    scenarios: ScenarioSet,
    voice: CustomerVoice | None = None,
    progress: Callable[[Preparation], None] | None = None,
    preparation: Preparation | None = None,
) -> Preparation:
    """Synthesise every line not yet in the cache; `progress` after each line."""
    voice = voice or CustomerVoice()
    wanted = lines(scenarios)
    state = preparation or Preparation(total=len(wanted))
    state.total = len(wanted)
    before = voice.synthesised
    for text, how in wanted:
        if state.stopped.is_set():
            break
        try:
            voice.speak(text, how)
        except TtsUnavailable as e:
            state.error = e.message
            break
        path = voice.cached_file(text, how)
        state.bytes += path.stat().st_size if path else 0
        state.done += 1
        state.synthesised = voice.synthesised - before
        state.engine = state.engine or voice.last_label
        if progress:
            progress(state)
    state.finished = not state.error and state.done == state.total
    state.seconds = time.monotonic() - state.started
    if progress:
        progress(state)
    return state


_lock = threading.Lock()
_jobs: dict[str, Preparation] = {}
_threads: list[threading.Thread] = []
JOIN_AT_EXIT_S = (
    30.0  # one line takes a few seconds; the speech engine must not be torn down mid-line
)


@atexit.register
def _stop_all() -> None:
    """At exit, let a running synthesis finish its line: a daemon thread killed inside the speech
    engine's native code aborts the whole process ("terminate called without an active exception")."""
    with _lock:
        jobs, threads = list(_jobs.values()), list(_threads)
    for job in jobs:
        job.stopped.set()
    deadline = time.monotonic() + JOIN_AT_EXIT_S
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))


def prepare_in_background(scenarios: ScenarioSet) -> Preparation | None:
    """Start (once per set and process) making the set's voice; the running or finished job.
    None when the site turned it off (CALLDRILL_VOICES_AHEAD=off: no voice drills there)."""
    if not settings().voices_ahead:
        return None
    with _lock:
        job = _jobs.get(scenarios.digest)
        if job is not None and not job.error:
            return job
        job = _jobs[scenarios.digest] = Preparation(total=len(lines(scenarios)))
    thread = threading.Thread(
        target=prepare,
        args=(scenarios,),
        kwargs={"preparation": job},
        name=f"voices-{scenarios.digest[:8]}",
        daemon=True,
    )
    with _lock:
        _threads.append(thread)
    thread.start()
    return job


def preparation(scenarios: ScenarioSet) -> Preparation | None:
    """The set's job in this process, if one was started."""
    with _lock:
        return _jobs.get(scenarios.digest)
