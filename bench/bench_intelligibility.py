"""Intelligibility of the customer's voice: every customer line of the four scenarios, synthesised,
sent down each telephone line condition, and transcribed by the reference listener (whisper-base).

Lines are the scenarios' `say` variants (and the persona's complaints about being interrupted),
with placeholders filled so that every value of every fact list is spoken at least once; each line
keeps its node's mood. Conditions are those of simulator/voice/line.py, applied as a call applies
them (16 kHz, silence trimmed, telephone band). Besides every line through every condition, the
table shows `unclear_audio` as a call plays it: before the trainee asks the caller to speak up (its
noisy and dropout nodes) and after (clear). The issue's bands: clear and after the request CER at
most 10%; before the request 20–70% (hard to follow, so the trainee has a reason to ask, but not
hopeless).

Run: .venv/bin/python -m bench.bench_intelligibility [--engines kokoro,espeak] [--limit N]
[--sweep] [--out FILE]. Synthesised lines are cached in <data>/cache/tts (the product's cache), so
a second run only listens.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from bench.table import percentile, print_table
from core.scenario import Scenario, load_scenarios
from core.settings import data_dir
from simulator.voice.asr.cer import canonical, cer, ser
from simulator.voice.asr.whisper import load_model, transcribe
from simulator.voice.line import PROFILES, apply_line
from simulator.voice.pcm import RATE, trim
from simulator.voice.tts.base import TtsEngine, VoiceSettings
from simulator.voice.tts.chain import CustomerVoice
from simulator.voice.tts.espeak import EspeakTts
from simulator.voice.tts.kokoro import KokoroTts

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
BEFORE_REQUEST = "unclear_audio before the request (as played)"
AFTER_REQUEST = "unclear_audio after the request (as played)"
# --sweep: other settings of line.py's noisy and dropouts profiles for unclear_audio's first nodes,
# to show which values would put them in their band (registered in-process only, line.py unchanged).
SWEEP = [(12.0, 0.2), (16.0, 0.15), (20.0, 0.1)]  # (noisy snr_db, dropouts dropout_share)
BANDS: dict[str, tuple[float, float]] = {
    "clear": (0.0, 0.10),
    AFTER_REQUEST: (0.0, 0.10),
    BEFORE_REQUEST: (0.20, 0.70),
}


ENGINES: dict[str, Callable[[], TtsEngine]] = {
    "kokoro": KokoroTts,
    "espeak": EspeakTts,
}


@dataclass(frozen=True)
class Line:
    scenario: str
    node: str
    text: str
    settings: VoiceSettings
    condition: str  # the condition the scenario plays this line under


def scenario_lines(scenario: Scenario) -> list[Line]:
    """Every line the caller can say (every case), under the condition its node plays it."""
    lines = []
    for spoken_line in scenario.customer_lines():
        node = scenario.node(spoken_line.node) if spoken_line.node else None
        condition = ((node.line if node else None) or scenario.line).value
        settings = VoiceSettings.for_persona(scenario.persona.voice, spoken_line.mood)
        lines.append(
            Line(
                scenario.id,
                spoken_line.node or "interrupted",
                spoken_line.text,
                settings,
                condition,
            )
        )
    return lines


@dataclass
class Result:
    engine: str
    group: str
    line: Line
    heard: str
    cer: float
    listen_s: float

    @property
    def ser(self) -> float:
        return ser(self.line.text, self.heard)


@dataclass
class Timing:
    synth_s: list[float] = field(default_factory=list)
    synth_audio_s: list[float] = field(default_factory=list)
    listen_s: list[float] = field(default_factory=list)
    listen_audio_s: list[float] = field(default_factory=list)


def line_audio(voice: CustomerVoice, engine: TtsEngine, line: Line, timing: Timing):
    """The line at the call's rate, silence trimmed, as customer.py prepares it."""
    cached = voice.cache_path(engine, line.text, line.settings).exists()
    started = time.perf_counter()
    clip = voice.speak(line.text, line.settings)
    if not cached:
        timing.synth_s.append(time.perf_counter() - started)
        timing.synth_audio_s.append(clip.seconds)
    return trim(clip.at(RATE).samples)


def listen(samples, timing: Timing) -> tuple[str, float]:
    started = time.perf_counter()
    text = transcribe(samples, RATE).text
    elapsed = time.perf_counter() - started
    timing.listen_s.append(elapsed)
    timing.listen_audio_s.append(len(samples) / RATE)
    return text, elapsed


def sweep_conditions() -> dict[str, dict[str, str]]:
    """Group name → {scenario condition → registered variant} for each SWEEP setting."""
    groups = {}
    for snr, share in SWEEP:
        noisy = f"noisy@snr{snr:g}"
        dropouts = f"dropouts@share{share:g}"
        PROFILES.setdefault(noisy, replace(PROFILES["noisy"], snr_db=snr))
        PROFILES.setdefault(dropouts, replace(PROFILES["dropouts"], dropout_share=share))
        name = f"{BEFORE_REQUEST}, if noisy snr_db={snr:g} and dropouts dropout_share={share:g}"
        groups[name] = {"noisy": noisy, "dropouts": dropouts}
    return groups


def run(
    engine_names: list[str], limit: int | None, conditions: list[str], sweep: bool = False
) -> list[Result]:
    scenarios = load_scenarios().scenarios
    lines = [line for s in scenarios for line in scenario_lines(s)]
    if limit:
        lines = lines[:: max(1, len(lines) // limit)][:limit]
    load_model()
    sweeps = sweep_conditions() if sweep else {}
    results: list[Result] = []
    timings: dict[str, Timing] = {}
    for name in engine_names:
        engine = ENGINES[name]()
        voice = CustomerVoice(engines=[engine], cache_dir=data_dir() / "cache" / "tts")
        timing = timings.setdefault(name, Timing())
        for n, line in enumerate(lines, 1):
            samples = line_audio(voice, engine, line, timing)
            heard: dict[str, Result] = {}
            for condition in dict.fromkeys([*conditions, line.condition]):
                rng = random.Random(f"{line.scenario}/{line.node}/{line.text}/{condition}")
                text, seconds = listen(apply_line(samples, condition, rng), timing)
                heard[condition] = Result(
                    name, condition, line, text, cer(line.text, text), seconds
                )
            results.extend(heard[c] for c in conditions)
            if line.scenario == "unclear_audio":  # as the call plays it, before/after the request
                group = AFTER_REQUEST if line.condition == "clear" else BEFORE_REQUEST
                played = heard[line.condition]
                results.append(Result(name, group, line, played.heard, played.cer, played.listen_s))
                for group, variants in sweeps.items():
                    if line.condition in variants:
                        condition = variants[line.condition]
                        rng = random.Random(f"{line.scenario}/{line.node}/{line.text}/{condition}")
                        text, seconds = listen(apply_line(samples, condition, rng), timing)
                        results.append(
                            Result(name, group, line, text, cer(line.text, text), seconds)
                        )
            shown = " | ".join(f"{c}: {r.heard}" for c, r in heard.items())
            print(f"  [{name} {n}/{len(lines)}] {line.text} → {shown}", flush=True)
    report(results, timings)
    return results


def report(results: list[Result], timings: dict[str, Timing]) -> None:
    rows = []
    for name, timing in timings.items():
        if timing.synth_s:
            per_line = sum(timing.synth_s) / len(timing.synth_s)
            rtf = sum(timing.synth_s) / sum(timing.synth_audio_s)
            rows.append(
                (
                    f"{name}: synthesis per line (mean, {len(timing.synth_s)} lines)",
                    f"{per_line:.2f} s (RTF {rtf:.2f})",
                )
            )
        if timing.listen_s:
            per_line = sum(timing.listen_s) / len(timing.listen_s)
            rtf = sum(timing.listen_s) / sum(timing.listen_audio_s)
            rows.append(
                (
                    f"{name}: whisper-base transcription per line (mean, {len(timing.listen_s)})",
                    f"{per_line:.2f} s (RTF {rtf:.2f})",
                )
            )
    rows.append(
        (
            "peak memory (RSS) of this process",
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB",
        )
    )
    print_table("Customer voice: time per line (synthesis not from cache)", rows)
    print("\n### Customer voice intelligibility (listener: whisper-base, simplified Chinese)\n")
    print(
        "CER: character error rate per line (numbers compared as numbers); pooled: all errors over "
        "all characters; SER: the same on toneless pinyin syllables (homophones count as heard).\n"
    )
    print(
        "| engine | condition | lines | CER mean | CER p90 | CER pooled | SER mean | required | |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    key = lambda r: (r.engine, r.group)  # noqa: E731
    for (engine, group), items in itertools.groupby(sorted(results, key=key), key=key):
        items = list(items)
        values = [r.cer for r in items]
        mean = sum(values) / len(values)
        chars = sum(len(canonical(r.line.text)) for r in items)
        pooled = sum(r.cer * len(canonical(r.line.text)) for r in items) / max(1, chars)
        syllable = sum(r.ser for r in items) / len(items)
        band = BANDS.get(group)
        required, verdict = "", ""
        if band:
            required = f"{band[0]:.0%}–{band[1]:.0%}" if band[0] else f"≤ {band[1]:.0%}"
            verdict = "ok" if band[0] <= mean <= band[1] else "OUT"
        note = " (not used by the scenarios)" if group == "quiet" else ""
        figures = f"{mean:.1%} | {percentile(values, 90):.1%} | {pooled:.1%} | {syllable:.1%}"
        print(f"| {engine} | {group}{note} | {len(values)} | {figures} | {required} | {verdict} |")


def main(args: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench_intelligibility")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--conditions", default=",".join(PROFILES))
    parser.add_argument("--limit", type=int, default=None, help="only about N lines")
    parser.add_argument("--out", type=Path, default=None, help="every transcript as JSON")
    parser.add_argument("--sweep", action="store_true", help="other noisy/dropouts settings too")
    options = parser.parse_args(args or [])
    conditions = [c for c in options.conditions.split(",") if c]
    results = run(options.engines.split(","), options.limit, conditions, options.sweep)
    if options.out:
        options.out.parent.mkdir(parents=True, exist_ok=True)
        rows = [
            {
                "engine": r.engine,
                "condition": r.group,
                "scenario": r.line.scenario,
                "node": r.line.node,
                "text": r.line.text,
                "heard": r.heard,
                "cer": round(r.cer, 4),
                "ser": round(r.ser, 4),
            }
            for r in results
        ]
        options.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
