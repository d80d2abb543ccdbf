"""Whole voice calls through virtual sound devices (PulseAudio null sinks) against the real Rasa bot.

The trainee is a far end that plays known speech (espeak-ng) into the drill's microphone and listens
to its loudspeaker, on its own sample clock. Every time in the call record is checked against when
that audio really went in or came out.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from pulse_server import FarEnd, speech
from voicecall import View, start_call

from core.callrecord import (
    Hangup,
    HoldEnd,
    HoldStart,
    Pickup,
    Ring,
    Trainee,
    Utterance,
    parse_call_record,
)
from core.scenario import INTERRUPTED_LINES, load_scenarios
from nlu.client import BotClient
from simulator.voice.asr.scripted import ScriptedAsr
from simulator.voice.audio import Duplex, QueueKeys
from simulator.voice.call import VoiceCall
from simulator.voice.pcm import RATE, read_wav
from simulator.voice.tts import CustomerVoice
from simulator.voice.tts.espeak import EspeakTts

GREETING = "抱歉让您久等了，旭日装饰客服中心，3号客服。"
SPEAK_UP = "不好意思，您那边声音不太清楚，请您大声一点好吗？"
THANKS = "感谢您的耐心等待。"
ON_TIME = 0.07  # s: where speech starts and ends (20 ms frames, 10 ms analysis, clock estimates)


def wait_until(t_mono: float) -> None:
    while (left := t_mono - time.monotonic()) > 0:
        time.sleep(min(left, 0.05))


def scripted_call(
    rasa_url: str, scenario_name: str, seed: int, words: list[str], tmp_path: Path
) -> tuple[VoiceCall, QueueKeys, View]:
    """A voice call through the virtual devices whose recogniser returns `words` in turn."""
    scenario = load_scenarios().get(scenario_name)
    rng = random.Random(seed)
    keys, view = QueueKeys(), View()
    call = VoiceCall(
        scenario,
        BotClient(rasa_url),
        Trainee(id="E1024", work_id="3"),
        scenario.draw_facts(rng),
        view,
        Duplex(),
        ScriptedAsr(words),
        CustomerVoice([EspeakTts()], cache_dir=tmp_path / "tts"),
        keys,
        recording=tmp_path / "call.wav",
        rng=rng,
    )
    return call, keys, view


@pytest.mark.rasa
def test_voice_call_times_are_real(rasa_url, far_end: FarEnd, tmp_path):
    """A late pickup, an interruption, a hold over 60 s and a trainee hang-up, all on the clock."""
    # the words are scripted; all timing comes from the audio
    call, keys, view = scripted_call(
        rasa_url, "unclear_audio", 7, [GREETING, SPEAK_UP, THANKS], tmp_path
    )
    thread, out = start_call(call)
    try:
        play_the_trainee(call, far_end, keys, out)
    except AssertionError as e:
        raise AssertionError(f"{e}; call: {out.get('error')!r}; status: {view.status_lines}") from e


def play_the_trainee(
    call: VoiceCall,
    far_end: FarEnd,
    keys: QueueKeys,
    out: dict,
) -> None:
    thread = out["thread"]
    t0 = call.t0
    greeting, speak_up, thanks = speech(GREETING), speech(SPEAK_UP), speech(THANKS)

    # Late pickup: the trainee answers by speaking during the fourth ring.
    wait_until(t0 + 15.6)
    g0, g1 = far_end.spoken(far_end.say(greeting), greeting)

    # The customer answers on a noisy line; 0.8 s in, the trainee talks over them.
    c1 = far_end.wait_for_sound(after=g1 + 0.1, min_s=0.05)
    wait_until(c1 + 0.8)
    s0, s1 = far_end.spoken(far_end.say(speak_up), speak_up)

    # Asked politely, the customer repeats on a clear line; the trainee waits until they finish.
    c2 = far_end.wait_for_sound(after=s1 + 0.1, min_s=0.05)
    quiet = far_end.wait_for_silence(after=c2, min_s=1.0)

    # Hold for a little over a minute.
    wait_until(quiet + 0.3)
    h1 = time.monotonic()
    keys.press("hold")
    wait_until(h1 + 61.0)
    h2 = time.monotonic()
    keys.press("hold")

    # Thanks for waiting; the customer answers; the trainee hangs up.
    wait_until(h2 + 0.5)
    th0, th1 = far_end.spoken(far_end.say(thanks), thanks)
    c3 = far_end.wait_for_sound(after=th1 + 0.1, min_s=0.05)
    quiet3 = far_end.wait_for_silence(after=c3, min_s=0.8)
    wait_until(quiet3 + 0.2)
    q = time.monotonic()
    keys.press("hangup")
    thread.join(30)
    assert "error" not in out, out.get("error")
    record = out["record"]
    parse_call_record(json.loads(record.to_json()))  # a valid call record, version 1
    events = record.events
    at = lambda mono: mono - t0  # noqa: E731

    # Rings: four, every 5 s from the first, and the far end heard the first one at t = 0.
    rings = [e for e in events if isinstance(e, Ring)]
    assert [e.t for e in rings] == [0.0, 5.0, 10.0, 15.0]
    ring_heard = far_end.wait_for_sound(after=t0 - 0.5, min_s=0.1, timeout=1)
    assert at(ring_heard) == pytest.approx(0.0, abs=ON_TIME)

    # Pickup when the greeting started; the greeting with its true times.
    pickup = next(e for e in events if isinstance(e, Pickup))
    assert pickup.t == pytest.approx(at(g0), abs=ON_TIME)
    trainee = [e for e in events if isinstance(e, Utterance) and e.speaker == "trainee"]
    customer = [e for e in events if isinstance(e, Utterance) and e.speaker == "customer"]
    assert [u.text for u in trainee] == [GREETING, SPEAK_UP, THANKS]
    for u, (a, b) in zip(trainee, [(g0, g1), (s0, s1), (th0, th1)], strict=True):
        assert u.t == pytest.approx(at(a), abs=ON_TIME)
        assert u.end == pytest.approx(at(b), abs=ON_TIME)
        assert u.asr_confidence == 1.0 and u.intents
        assert u.audio == str(call.recording)

    # The interruption: the customer was talking (noisy line) when the trainee started, kept on
    # for about YIELD_S of trainee speech, then stopped; the far end heard them stop then.
    first = customer[0]
    assert first.t == pytest.approx(at(c1), abs=ON_TIME)
    assert first.audio_condition == "noisy"
    assert first.model_extra.get("interrupted") is True
    assert first.t < trainee[1].t < first.end
    assert 1.0 <= first.end - trainee[1].t <= 1.5
    assert not far_end.heard_sound(t0 + first.end + 0.1, t0 + trainee[1].end)
    # Cut off without an excuse, the caller complains first (still on the noisy line) ...
    complaint = customer[1]
    assert complaint.text in INTERRUPTED_LINES
    assert complaint.t == pytest.approx(at(c2), abs=ON_TIME)
    assert complaint.audio_condition == "noisy"
    # ... then, asked to speak up, answers on a clear line.
    second = customer[2]
    assert second.t > complaint.end and second.audio_condition is None
    assert second.end == pytest.approx(at(quiet), abs=ON_TIME)

    # Hold: started and ended when the keys were pressed; hold music while it lasted.
    hold_start = next(e for e in events if isinstance(e, HoldStart))
    hold_end = next(e for e in events if isinstance(e, HoldEnd))
    assert hold_start.t == pytest.approx(at(h1), abs=0.1)
    assert hold_end.t == pytest.approx(at(h2), abs=0.1)
    assert hold_end.t - hold_start.t > 60
    assert len(far_end.heard_sound(h1 + 1, h2 - 1)) > 100 * 50  # music most of the time
    assert trainee[2].t > hold_end.t

    # Hang-up by the trainee, last, when the key was pressed.
    assert isinstance(events[-1], Hangup) and events[-1].by == "trainee"
    assert events[-1].t == pytest.approx(at(q), abs=0.1)
    assert customer[3].t == pytest.approx(at(c3), abs=ON_TIME)

    # The recording: stereo, trainee left, customer right, on the record's clock.
    with wave.open(str(call.recording)) as w:
        assert (w.getnchannels(), w.getframerate()) == (2, RATE)
    stereo = np.frombuffer(call.recording.read_bytes()[44:], dtype=np.int16)
    left, right = stereo[0::2].astype(np.float32), stereo[1::2].astype(np.float32)
    probe = greeting[: RATE // 2]
    window = left[int((at(g0) - 1) * RATE) : int((at(g0) + 1) * RATE)]
    corr = np.correlate(window, probe, mode="valid")
    found = at(g0) - 1 + (np.argmax(corr) + np.argmax(np.abs(probe) > 0.01)) / RATE
    assert found == pytest.approx(
        at(g0), abs=ON_TIME
    )  # both sides are clock estimates (37 ms seen in CI)
    assert np.abs(right[int(first.t * RATE) : int((first.t + 0.5) * RATE)]).max() > 1000
    assert np.abs(left[int(first.t * RATE) : int((first.t + 0.5) * RATE)]).max() < 50
    assert read_wav(call.recording).seconds == pytest.approx(events[-1].t + 0.5, abs=0.1)


@pytest.mark.rasa
def test_hanging_up_on_a_talking_customer_cuts_them_off(rasa_url, far_end: FarEnd, tmp_path):
    """The trainee hangs up 0.5 s into the customer's reply: the record ends at the key press, with
    the customer's line cut there (the fade and playout delay sound a little longer; the call does not)."""
    call, keys, _ = scripted_call(rasa_url, "angry_complainant", 3, [GREETING], tmp_path)
    thread, out = start_call(call)
    greeting = speech(GREETING)
    wait_until(call.t0 + 1.0)
    far_end.spoken(far_end.say(greeting), greeting)
    c1 = far_end.wait_for_sound(after=time.monotonic(), min_s=0.05)
    wait_until(c1 + 0.5)
    q = time.monotonic()
    keys.press("hangup")
    thread.join(30)
    assert "error" not in out, out.get("error")
    events = out["record"].events
    hangup = events[-1]
    assert isinstance(hangup, Hangup) and hangup.by == "trainee"
    assert hangup.t == pytest.approx(q - call.t0, abs=0.1)
    cut = [e for e in events if isinstance(e, Utterance) and e.speaker == "customer"][-1]
    assert cut.t == pytest.approx(c1 - call.t0, abs=ON_TIME)
    assert cut.t < cut.end <= hangup.t
    assert max(getattr(e, "end", e.t) for e in events) == hangup.t
    assert read_wav(call.recording).seconds == pytest.approx(hangup.t + 0.5, abs=0.02)


@pytest.mark.rasa
def test_practice_voice_command_end_to_end(rasa_url, far_end: FarEnd, virtual_sound, tmp_path):
    """`calldrill practice unclear_audio --voice` through the virtual devices, with the real vosk
    path (Korean model: the words are nonsense to the bot, the call still goes on)."""
    env = {
        **os.environ,
        **virtual_sound.env,
        "CALLDRILL_RASA_URL": rasa_url,
        "CALLDRILL_ASR_LANG": "ko",
        "CALLDRILL_TTS": "offline",
        "CALLDRILL_HOME": str(tmp_path / "home"),
    }
    out = tmp_path / "call.json"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "calldrill",
            "practice",
            "unclear_audio",
            "--voice",
            "--out",
            str(out),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        hello = speech("안녕하세요 만나서 반갑습니다", language="ko")
        ring = far_end.wait_for_sound(after=time.monotonic(), min_s=0.1, timeout=60)
        wait_until(ring + 2.0)
        h0, h1 = far_end.spoken(far_end.say(hello), hello)
        c1 = far_end.wait_for_sound(after=h1 + 0.1, min_s=0.05, timeout=30)
        far_end.wait_for_silence(after=c1, min_s=1.0)
        process.stdin.write("q\n")
        process.stdin.flush()
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "客户语音：Kokoro 离线普通话语音" in stdout and "语音识别：vosk（模型 model）" in stdout
    record = parse_call_record(json.loads(out.read_text(encoding="utf-8")))
    t0 = ring  # the far end heard the first ring at t = 0
    pickup = next(e for e in record.events if isinstance(e, Pickup))
    assert pickup.t == pytest.approx(h0 - t0, abs=ON_TIME)
    spoken = [e for e in record.events if isinstance(e, Utterance) and e.speaker == "trainee"]
    assert spoken[0].t == pytest.approx(h0 - t0, abs=ON_TIME)
    assert spoken[0].end == pytest.approx(h1 - t0, abs=ON_TIME)
    assert spoken[0].text and 0 < spoken[0].asr_confidence <= 1  # recognised by vosk
    heard = [e for e in record.events if isinstance(e, Utterance) and e.speaker == "customer"]
    assert heard[0].t == pytest.approx(c1 - t0, abs=ON_TIME)
    assert record.events[-1].type == "hangup" and record.events[-1].by == "trainee"
    assert Path(record.model_extra["audio"]) == out.with_suffix(".wav")
    assert out.with_suffix(".wav").stat().st_size > 44


def test_practice_voice_without_devices_points_to_text_mode(tmp_path):
    env = {
        **os.environ,
        "PULSE_SERVER": f"unix:{tmp_path / 'nothing-here'}",
        "CALLDRILL_ASR_LANG": "ko",
        "CALLDRILL_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "calldrill", "practice", "unclear_audio", "--voice"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("错误：") and "--text" in result.stderr
    assert "Traceback" not in result.stderr


def test_practice_voice_with_a_wrong_model_directory_says_what_to_do(tmp_path):
    env = {**os.environ, "CALLDRILL_HOME": str(tmp_path)}
    env.pop("CALLDRILL_ASR_LANG", None)
    result = subprocess.run(
        [sys.executable, "-m", "calldrill", "practice", "unclear_audio", "--voice"]
        + ["--asr-model", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr == (
        f"错误：{tmp_path} 既不是 vosk 模型目录，也不是 faster-whisper 模型目录。请检查 --asr-model 或 "
        "CALLDRILL_ASR_MODEL；不指定时使用安装时自带的 whisper-base。也可以先用 --text 进行文字练习。\n"
    )


def test_a_device_that_refuses_16_khz_is_used_at_its_own_rate(far_end: FarEnd):
    """Duplex falls back to the device's rate and resamples both ways; times stay right."""
    drill = Duplex(device_rate=48000)
    drill.start()
    try:
        drill.wait_ready()
        t = np.arange(RATE // 2) / RATE
        burst = (0.3 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
        spoken, _ = far_end.spoken(far_end.say(burst), burst)
        time.sleep(0.3)
        mic = drill.stereo(spoken - 1.0, spoken + 1.0)[:, 0]
        onset = np.argmax(np.abs(mic) > 0.05) / RATE
        assert onset == pytest.approx(1.0, abs=0.03)
        peak = np.argmax(np.abs(np.fft.rfft(mic))) * RATE / len(mic)
        assert peak == pytest.approx(1000, abs=5)

        played = drill.play(burst)
        played.done.wait(5)
        start = drill.out_clock.time_of(played.start_frame)
        heard = far_end.wait_for_sound(after=start - 0.5, min_s=0.05, timeout=5)
        assert heard == pytest.approx(start, abs=0.03)
    finally:
        drill.close()
