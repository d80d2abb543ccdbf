"""Trainee recognition, measured: how well a trainee's spoken Mandarin becomes the text that is scored.

The labelled calls of tests/data/calls/ are rendered to audio: every trainee line spoken by Kokoro in a
voice no customer uses, through the telephone band, on a clear and a noisy line (line.py's `noisy`,
8 dB SNR). Each line is then recognised twice, as a voice call does: live (the endpointer cutting the
audio into turns, each recognised by the live engine: whisper-base here, since no Mandarin vosk model
is reachable) and by the second pass (the whole stretch with margins, secondpass.py). The calls are
scored with acts from the real Rasa NLU; the table gives CER of both texts and rule agreement with
the labels, against scoring the typed text.

    .venv/bin/python -m bench bench_trainee_asr        [--limit N calls, default 24]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

from bench.table import print_table
from core.callrecord import CallRecord, read_call_record
from core.scenario import load_scenarios
from nlu.client import BotClient
from scoring.acts import recognize_call
from scoring.scorer import score_call
from simulator.voice.asr.cer import canonical, edit_distance
from simulator.voice.asr.endpoint import Endpointer, TurnEnd
from simulator.voice.asr.whisper import WhisperEngine, recognise
from simulator.voice.line import apply_line, band_limit
from simulator.voice.pcm import RATE, trim
from simulator.voice.secondpass import MARGIN_S
from simulator.voice.tts import CustomerVoice, VoiceSettings
from simulator.voice.tts.kokoro import KokoroTts

CALLS = Path(__file__).resolve().parent.parent / "tests" / "data" / "calls"
TRAINEE_VOICE = "zf_xiaobei"
CONDITIONS = ("clear", "noisy")


def labelled(limit: int) -> list[tuple[CallRecord, dict[str, str]]]:
    """Hand-written labelled calls (not the simulator's), spread over the four scenarios."""
    names = sorted(p.name.removesuffix(".expected.json") for p in CALLS.glob("*.expected.json"))
    names = [n for n in names if not n.startswith("sim_")]
    chosen = names[:: max(1, len(names) // limit)][:limit]
    return [
        (
            read_call_record(CALLS / f"{n}.json"),
            json.loads((CALLS / f"{n}.expected.json").read_text(encoding="utf-8"))["expected"],
        )
        for n in chosen
    ]


def spoken(voice: CustomerVoice, text: str) -> np.ndarray:
    clip = voice.speak(text, VoiceSettings(voice=TRAINEE_VOICE)).at(RATE)
    return band_limit(trim(clip.samples), RATE)


def live_text(engine: WhisperEngine, audio: np.ndarray) -> str:
    """What the live path makes of the line: turns cut by the endpointer, each recognised."""
    pad = np.zeros(int(RATE * 1.5), np.float32)
    x = np.concatenate([pad, audio, pad])
    endpointer = Endpointer(engine.recognizer())
    n = endpointer.frame_len
    texts = []
    for i in range(len(x) // n):
        for event in endpointer.push(x[i * n : (i + 1) * n], i):
            if isinstance(event, TurnEnd):
                texts.append(event.result.text)
    return "".join(texts)


def second_pass_text(engine: WhisperEngine, audio: np.ndarray) -> str:
    margin = np.zeros(int(RATE * MARGIN_S), np.float32)
    return recognise(engine.model, np.concatenate([margin, audio, margin])).text


def with_texts(record: CallRecord, texts: list[str]) -> CallRecord:
    events = list(record.events)
    for (i, u), text in zip(record.utterances("trainee"), texts, strict=True):
        events[i] = u.model_copy(update={"text": text})
    return record.model_copy(update={"events": events})


def agreement(records, labels, scenarios, bot) -> tuple[int, int]:
    agree = total = 0
    for record, expected in zip(records, labels, strict=True):
        report = score_call(record, scenarios.get(record.scenario), recognize_call(record, bot))
        agree += sum(r.status == expected[r.id] for r in report.rules)
        total += len(report.rules)
    return agree, total


def main(args: list[str] | None = None) -> None:
    from nlu.service import ensure_bot

    parser = argparse.ArgumentParser(prog="bench_trainee_asr")
    parser.add_argument("--limit", type=int, default=24)
    options = parser.parse_args(args or [])
    scenarios = load_scenarios()
    calls = labelled(options.limit)
    records, labels = [c for c, _ in calls], [e for _, e in calls]
    bot = BotClient(ensure_bot(scenarios))
    engine = WhisperEngine()
    voice = CustomerVoice([KokoroTts()])
    started = time.perf_counter()
    typed_agree, n = agreement(records, labels, scenarios, bot)
    rows = [
        (
            "calls / trainee lines",
            f"{len(records)} / {sum(len(r.utterances('trainee')) for r in records)}",
        ),
        ("agreement with the labels, typed text", f"{typed_agree}/{n} = {typed_agree / n:.1%}"),
    ]
    for condition in CONDITIONS:
        rng = random.Random(condition)
        live_records, second_records = [], []
        errors = {"live": 0, "second pass": 0}
        chars = 0
        for record in records:
            live, second = [], []
            for _, u in record.utterances("trainee"):
                audio = apply_line(spoken(voice, u.text), condition, rng)
                live.append(live_text(engine, audio))
                second.append(second_pass_text(engine, audio))
                truth = canonical(u.text)
                chars += len(truth)
                errors["live"] += edit_distance(truth, canonical(live[-1]))
                errors["second pass"] += edit_distance(truth, canonical(second[-1]))
                print(f"  [{condition}] {u.text} → {second[-1]}", flush=True)
            live_records.append(with_texts(record, live))
            second_records.append(with_texts(record, second))
        for name, texts in (("live", live_records), ("second pass", second_records)):
            agree, total = agreement(texts, labels, scenarios, bot)
            rows.append((f"{condition}: CER, {name}", f"{errors[name] / chars:.1%}"))
            rows.append(
                (
                    f"{condition}: agreement with the labels, {name}",
                    f"{agree}/{total} = {agree / total:.1%} ({(agree - typed_agree) / n:+.1%} vs typed)",
                )
            )
    rows.append(("run time", f"{time.perf_counter() - started:.0f} s"))
    bot.close()
    print_table(
        "Trainee recognition: labelled calls spoken (Kokoro zf_xiaobei, telephone band), "
        "recognised by whisper-base live and in the second pass, scored with the Rasa NLU",
        rows,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
