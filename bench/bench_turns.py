"""Turn-taking, measured: how often the end-of-turn decision cuts a Mandarin trainee off, and how long
it waits after the trainee has really finished.

The turns are the turn-taking set (tests/data/turns, bench/turnset.py): 320 trainee turns spoken by
four Kokoro voices with chosen pauses inside them, so the true end is known. Each turn goes frame by
frame through the real `Endpointer` (energy VAD) with a recogniser that knows the words: a piece's text
becomes the partial text `TEXT_LAG_S` after the piece ends (the words are taken as recognised
correctly; see the README of the set). The fixed silence rule (0.6 s, words ignored) is compared with
the turn-end decision of simulator/voice/turnend.py. The decision's three waits are tuned on the
tuning split (70%) by a grid search (least mean wait with at most 5% cut off); the table is on the
held-out split (30%), which the search never saw.

    .venv/bin/python -m bench bench_turns        (first run synthesises the pieces: ~10 min)
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass

import numpy as np

from bench.table import ms, percentile, print_table
from bench.turnset import LEAD_S, Turn, TurnAudio, load_plan, render
from simulator.voice.asr.base import AsrResult, Recognizer
from simulator.voice.asr.endpoint import EndpointConfig, Endpointer, TurnEnd
from simulator.voice.pcm import RATE
from simulator.voice.turnend import Cue, TurnEndConfig, cue

TEXT_LAG_S = 0.2  # a piece's words are known this long after it ends (recognition takes time)
GOAL_CUT = 0.05
CUES = (Cue.HOLD, Cue.PLAIN, Cue.DONE)


class KnownWords(Recognizer):
    """Partial text from the turn's plan: the pieces that ended at least TEXT_LAG_S ago."""

    def __init__(self, audio: TurnAudio):
        self.audio, self.now, self.last = audio, 0, ""

    def accept(self, samples: np.ndarray) -> str | None:
        lag = int(TEXT_LAG_S * RATE)
        said = [text for at, text in self.audio.pause_texts if at + lag <= self.now]
        text = said[-1] if said else ""
        if text != self.last:
            self.last = text
            return text
        return None

    def finish(self) -> AsrResult:
        text, self.last = self.last, ""
        return AsrResult(text)


def run(audio: TurnAudio, config: EndpointConfig) -> int | None:
    """The sample at which the endpointer ended the first turn (None: it never did)."""
    words = KnownWords(audio)
    endpointer = Endpointer(words, config)
    n = endpointer.frame_len
    for i in range(len(audio.samples) // n):
        words.now = (i + 1) * n
        for event in endpointer.push(audio.samples[i * n : (i + 1) * n], i):
            if isinstance(event, TurnEnd):
                return event.decided_frame * n
    return None


@dataclass
class Trace:
    """Per frame after speech starts: the silence so far and the cue of the words so far."""

    silence: np.ndarray
    cue: np.ndarray  # index into CUES
    end_frame: int  # the true end, in frames after the start of the trace
    last_frame: int


def trace(audio: TurnAudio) -> Trace:
    words = KnownWords(audio)
    never = EndpointConfig(end_silence=99, filler_silence=99, done_silence=99, max_turn=99)
    endpointer = Endpointer(words, never)
    n = endpointer.frame_len
    silence, cues, first = [], [], None
    for i in range(len(audio.samples) // n):
        words.now = (i + 1) * n
        endpointer.push(audio.samples[i * n : (i + 1) * n], i)
        if not endpointer.in_speech:
            continue
        first = i if first is None else first
        silence.append((i + 1 - endpointer.last_voiced) * endpointer.frame_s)
        cues.append(CUES.index(cue(endpointer.partial)))
    assert first is not None, "no speech found"
    return Trace(np.array(silence), np.array(cues), audio.end // n - first, first)


def simulate(traces: list[Trace], waits: tuple[float, float, float]) -> tuple[float, list[float]]:
    """Share cut off and the waits (s) of the others, for (hold, plain, done) silences."""
    th = np.array(waits)
    cut, waited = 0, []
    for t in traces:
        fired = np.flatnonzero(t.silence >= th[t.cue] - 1e-9)
        at = fired[0] + 1 if len(fired) else len(t.silence) + 1
        if at < t.end_frame:
            cut += 1
        else:
            waited.append((at - t.end_frame) * 0.02)
    return cut / len(traces), waited


def silence_only(traces: list[Trace]) -> float:
    """The shortest fixed silence (words ignored) that cuts off at most GOAL_CUT of the turns."""
    for x in np.arange(0.2, 2.51, 0.05):
        if simulate(traces, (x, x, x))[0] <= GOAL_CUT:
            return round(float(x), 2)
    return 2.5


def tune(traces: list[Trace]) -> TurnEndConfig:
    grid = [round(x, 2) for x in np.arange(0.2, 2.01, 0.05)]
    best: tuple[float, tuple[float, float, float]] | None = None
    for hold, plain, done in itertools.product(grid, grid, grid):
        if not done <= plain <= hold:
            continue
        share, waited = simulate(traces, (hold, plain, done))
        if share <= GOAL_CUT and waited:
            mean = statistics.fmean(waited)
            if best is None or mean < best[0]:
                best = (mean, (hold, plain, done))
    assert best is not None
    hold, plain, done = best[1]
    return TurnEndConfig(plain=plain, done=done, hold=hold)


def measure(name: str, turns: list[tuple[Turn, TurnAudio]], config: EndpointConfig):
    cut, waited = 0, []
    for _, audio in turns:
        decided = run(audio, config)
        if decided is not None and decided < audio.end:
            cut += 1
        else:
            waited.append(((decided or len(audio.samples)) - audio.end) / RATE)
    return [
        (f"{name}: cut off", f"{cut}/{len(turns)} ({100 * cut / len(turns):.1f}%)"),
        (f"{name}: mean wait after the real end", ms(statistics.fmean(waited))),
        (f"{name}: p95 wait", ms(percentile(waited, 95))),
    ]


def whisper_at_pauses(held: list[tuple[Turn, TurnAudio]], limit: int = 60):
    """What `Recognizer.peek` would give the decision live: whisper-base on the audio up to each
    pause inside a turn. Its cost, and how often its words give the same cue as the true words."""
    import time

    from simulator.voice.asr.whisper import WhisperEngine, recognise

    engine = WhisperEngine()
    pauses = [(a, at, text) for _, a in held for at, text in a.pause_texts[:-1]]
    pauses = pauses[:: max(1, len(pauses) // limit)][:limit]
    costs, same, hold_kept, holds = [], 0, 0, 0
    start = int(LEAD_S * RATE)
    for audio, at, text in pauses:
        t0 = time.perf_counter()
        heard = recognise(engine.model, audio.samples[start:at]).text
        costs.append(time.perf_counter() - t0)
        same += cue(heard) is cue(text)
        if cue(text) is Cue.HOLD:
            holds += 1
            hold_kept += cue(heard) is Cue.HOLD
    return [
        ("whisper-base on the turn so far at a pause: pauses tried", str(len(pauses))),
        (
            "…its cost, median / p95",
            f"{ms(statistics.median(costs))} / {ms(percentile(costs, 95))}",
        ),
        ("…same cue as the true words", f"{same}/{len(pauses)}"),
        ("…HOLD pauses still HOLD from its words", f"{hold_kept}/{holds}"),
    ]


def table_rows() -> list[tuple[str, str]]:
    """The table's rows; bench_turn_taking prints them beside the latency benchmarks'."""
    turns = [(t, render(t)) for t in load_plan()]
    tuning = [a for t, a in turns if not t.heldout]
    held = [(t, a) for t, a in turns if t.heldout]
    traces = [trace(a) for a in tuning]
    tuned = tune(traces)
    needed = silence_only(traces)
    fixed = EndpointConfig(end_silence=0.6, filler_silence=0.6, done_silence=0.6)
    current = EndpointConfig()
    decision = EndpointConfig(
        end_silence=tuned.plain, filler_silence=tuned.hold, done_silence=tuned.done
    )
    rows = [
        ("turns (tuning / held-out)", f"{len(tuning)} / {len(held)}"),
        (
            "tuned on the tuning split (hold / plain / done)",
            f"{tuned.hold} / {tuned.plain} / {tuned.done} s",
        ),
        (
            "drill default (hold / plain / done)",
            f"{current.filler_silence} / {current.end_silence} / {current.done_silence} s",
        ),
    ]
    rows += measure("fixed 0.6 s silence", held, fixed)
    same = EndpointConfig(end_silence=needed, filler_silence=needed, done_silence=needed)
    rows += measure(f"fixed {needed} s silence (≤5% cut off on tuning)", held, same)
    blind = EndpointConfig(
        end_silence=tuned.plain, filler_silence=tuned.plain, done_silence=tuned.plain
    )
    rows += measure(
        f"tuned decision without words ({tuned.plain} s: whisper, no peek)", held, blind
    )
    if (current.filler_silence, current.end_silence, current.done_silence) != (
        tuned.hold,
        tuned.plain,
        tuned.done,
    ):
        rows += measure("turn-end decision, drill default", held, current)
    rows += measure("turn-end decision, tuned", held, decision)
    try:
        rows += whisper_at_pauses(held)
    except Exception as error:  # no whisper model installed: the rest of the table still stands
        rows.append(("whisper-base at pauses", f"not measured: {error}"))
    return rows


def main() -> None:
    print_table("Turn taking on held-out Mandarin turns (Kokoro voices, words known)", table_rows())


if __name__ == "__main__":
    main()
