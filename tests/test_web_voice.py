"""Voice calls in the browser, end to end: Debian's Chromium with a fake microphone playing a known
WAV, a real Streamlit server running tests/apps/voice_call_app.py, the real bot, vosk (the Korean
model: the only one to be had here) and Kokoro for the customer.

The trainee's words are at known places in the microphone WAV; the call record must put them there.
Where the browser's capture clock starts is not known, so the times are checked against each other
and against the call's own stereo recording, whose left channel is what the microphone sent.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pulse_server import speech
from webapp import CHROMIUM, CHROMIUM_ARGS, REPO, WebApp, shot

from core.callrecord import CallRecord, Hangup, Pickup, Ring, Utterance, parse_call_record
from core.scenario import load_scenarios
from simulator.voice.customer import call_lines
from simulator.voice.pcm import RATE, read_wav, resample, speech_bounds, write_wav
from simulator.voice.tts import CustomerVoice
from simulator.voice.tts.kokoro import KokoroTts

TRAINEE_LINE = re.compile(r"你：")  # a transcript line of the trainee's words

APP = REPO / "tests" / "apps" / "voice_call_app.py"
HELLO = "안녕하세요 만나서 반갑습니다"
AGAIN = "감사합니다 다시 말씀해 주세요"
LEAD_S = 9.0  # silence before the first words: connecting and the first ring come first
GAP_S = 7.0  # between the two phrases: the customer answers in between
ON_TIME = 0.1  # s: 20 ms frames, the endpointer's 10 ms analysis, network jitter
# s: how much later than its place in the WAV a phrase may come. Chromium's fake microphone reads the
# file on a timer and drops the reads it is late for, so on busy cores (CI: 2, the whole suite) its
# words fall behind the file (seen: 0.17 s after 9 s), never ahead of it.
FAKE_MIC_LAG = 0.5


@pytest.fixture(scope="module")
def trainee_wav(tmp_path_factory) -> tuple[Path, list[tuple[float, float]]]:
    """The fake microphone's WAV (48 kHz, as browsers capture) and where its words are (s)."""
    hello, again = speech(HELLO, language="ko"), speech(AGAIN, language="ko")
    silence = lambda s: np.zeros(int(RATE * s), dtype=np.float32)  # noqa: E731
    parts = [silence(LEAD_S), hello, silence(GAP_S), again, silence(30.0)]
    signal = np.concatenate(parts)
    bounds = []
    at = LEAD_S
    for clip, pause in ((hello, GAP_S), (again, 0.0)):
        first, last = speech_bounds(clip, RATE, threshold_db=-50)
        bounds.append((at + first, at + last))
        at += len(clip) / RATE + pause
    path = tmp_path_factory.mktemp("mic") / "trainee.wav"
    write_wav(path, resample(signal, RATE, 48_000), 48_000)
    return path, bounds


@pytest.fixture(scope="module")
def voice_app(tmp_path_factory, rasa_url) -> Iterator[WebApp]:
    home = tmp_path_factory.mktemp("voiceapp")
    # The customer's lines made ahead, as for a published set (calldrill/voices.py): Kokoro needs
    # seconds per line on two busy cores, more than the caller has between the trainee's phrases.
    scenario = load_scenarios().get("unclear_audio")
    voice = CustomerVoice([KokoroTts()], cache_dir=home / "cache" / "tts")
    for text, settings in call_lines(scenario, scenario.draw_facts(random.Random(7))):
        voice.speak(text, settings)
    app = WebApp.start(
        home,
        env={
            "CALLDRILL_RASA_URL": rasa_url,
            "CALLDRILL_ASR_LANG": "ko",
            "CALLDRILL_TTS": "offline",
        },
        script=APP,
    )
    yield app
    app.stop()


@contextlib.contextmanager
def chromium_with_mic(playwright, wav: Path, name: str) -> Iterator:
    """A Chromium page whose microphone plays `wav` once from when it opens; WebRTC on host
    candidates; a screenshot at the end."""
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}%noloop",
        "--disable-features=WebRtcHideLocalIpsWithMdns",  # plain host candidates on loopback
        "--autoplay-policy=no-user-gesture-required",
    ]
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
    page = browser.new_page(locale="zh-CN", viewport={"width": 1280, "height": 900})
    page.set_default_timeout(30_000)
    try:
        yield page
    finally:
        shot(page, name)
        browser.close()


def wait_for_record(app: WebApp, mode: str, timeout: float = 60.0) -> CallRecord:
    path = app.home / "calls" / f"{mode}.json"
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, (app.home / "streamlit.log").read_text()[-3000:]
        time.sleep(0.2)
    return parse_call_record(json.loads(path.read_text(encoding="utf-8")))


def utterances(record: CallRecord, speaker: str) -> list[Utterance]:
    return [e for e in record.events if isinstance(e, Utterance) and e.speaker == speaker]


def left_onsets(recording: Path, level: float = 0.02) -> np.ndarray:
    """Call times (s, 10 ms steps) at which the trainee's channel of the recording is loud."""
    with wave.open(str(recording)) as w:
        assert (w.getnchannels(), w.getframerate()) == (2, RATE)
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).reshape(-1, 2)
    left = np.abs(data[:, 0].astype(np.float32) / 32768)
    win = RATE // 100
    n = len(left) // win
    loud = left[: n * win].reshape(n, win).max(axis=1) > level
    return np.nonzero(loud)[0] / 100


@pytest.mark.rasa
def test_live_call_in_the_browser(voice_app: WebApp, trainee_wav, playwright):
    """Connect, the phone rings, the trainee answers by speaking, talks twice, then hangs up."""
    wav, words = trainee_wav
    with chromium_with_mic(playwright, wav, "live_call_end") as page:
        record = live_call(voice_app, page)
    check_live_record(voice_app, record, words)


def live_call(voice_app: WebApp, page) -> CallRecord:
    page.goto(f"{voice_app.url}/?mode=live")
    page.frame_locator("iframe").first.get_by_role("button", name="接通线路").click()
    page.get_by_text("叮铃铃").first.wait_for()
    page.get_by_text("接听", exact=False).nth(0).wait_for()
    # Both phrases recognised (the transcript shows the trainee twice), then the trainee hangs up.
    page.get_by_text(TRAINEE_LINE).nth(1).wait_for(timeout=60_000)
    shot(page, "live_call_talking")
    page.get_by_role("button", name="挂断").click()
    record = wait_for_record(voice_app, "live")
    page.get_by_text("通话结束").wait_for()
    return record


def check_live_record(voice_app: WebApp, record: CallRecord, words) -> None:
    events = record.events
    assert isinstance(events[0], Ring) and events[0].t == 0.0
    pickup = next(e for e in events if isinstance(e, Pickup))
    said = utterances(record, "trainee")
    assert len(said) == 2, said
    # Speaking picked up; the words sit where they are in the microphone's WAV, relative to each other.
    assert pickup.t == pytest.approx(said[0].t, abs=ON_TIME)
    offset = said[0].t - words[0][0]  # the fake microphone's time 0 on the call clock
    for u, (a, b) in zip(said, words, strict=True):
        assert -ON_TIME <= u.t - (a + offset) <= ON_TIME + FAKE_MIC_LAG, (u.t, a + offset)
        assert -ON_TIME <= u.end - (b + offset) <= ON_TIME + FAKE_MIC_LAG, (u.end, b + offset)
        assert u.end - u.t >= b - a - ON_TIME  # a phrase's span may stretch, never shrink
        assert u.text and 0 < u.asr_confidence <= 1
        assert u.audio == str(voice_app.home / "calls" / "live.wav")
    assert said[0].end < said[1].t
    customer = utterances(record, "customer")
    assert customer and said[0].end < customer[0].t  # the caller answered the first turn
    assert isinstance(events[-1], Hangup) and events[-1].by == "trainee"
    # The recording: stereo on the record's clock; the trainee's channel is loud where they spoke.
    recording = Path(record.model_extra["audio"])
    onsets = left_onsets(recording)
    for u in said:
        heard = onsets[(onsets > u.t - 0.5) & (onsets < u.end + 0.5)]
        assert heard.size and heard[0] == pytest.approx(u.t, abs=ON_TIME)
    assert not onsets[onsets < said[0].t - 0.5].size  # silence before the first words
    assert read_wav(recording).seconds == pytest.approx(events[-1].t + 0.5, abs=0.1)


@pytest.fixture(scope="module")
def turn_wav(tmp_path_factory) -> tuple[Path, float]:
    """The fake microphone for push-to-talk: words right away, then silence; how long they last."""
    hello = speech(HELLO, language="ko")
    first, last = speech_bounds(hello, RATE, threshold_db=-40)
    signal = np.concatenate(
        [np.zeros(RATE // 2, np.float32), hello, np.zeros(RATE * 20, np.float32)]
    )
    path = tmp_path_factory.mktemp("ptt") / "turn.wav"
    write_wav(path, resample(signal, RATE, 48_000), 48_000)
    return path, last - first


@pytest.mark.rasa
def test_push_to_talk_call_in_the_browser(voice_app: WebApp, turn_wav, playwright):
    """Ringing, two recorded turns (the first one picks up), each answered aloud, then hang-up."""
    wav, spoken_s = turn_wav
    windows = []
    with chromium_with_mic(playwright, wav, "push_to_talk_end") as page:
        page.goto(f"{voice_app.url}/?mode=ptt")
        page.get_by_text("电话响了").wait_for()
        for turn in range(2):
            record_button = page.get_by_test_id("stAudioInputActionButton")
            record_button.click()
            began = time.monotonic()
            time.sleep(4.0)
            record_button.click()
            windows.append((began, time.monotonic()))
            page.get_by_text(TRAINEE_LINE).nth(turn).wait_for(timeout=60_000)
            page.locator("audio").last.wait_for(state="attached")
        shot(page, "push_to_talk_talking")
        page.get_by_role("button", name="挂断").click()
        record = wait_for_record(voice_app, "ptt")
        page.get_by_text("通话结束").wait_for()

    assert record.duplex is False
    said = utterances(record, "trainee")
    assert len(said) == 2, said
    pickup = next(e for e in record.events if isinstance(e, Pickup))
    assert pickup.t == said[0].t  # recording picked up
    for u in said:
        assert u.text and 0 < u.asr_confidence <= 1
        assert u.end - u.t == pytest.approx(spoken_s, abs=0.1)
    # The second turn started as much later as its recording did (give or take the uploads).
    assert said[1].t - said[0].t == pytest.approx(windows[1][0] - windows[0][0], abs=0.5)
    customer = utterances(record, "customer")
    assert customer and said[0].end < customer[0].t < said[1].t
    assert isinstance(record.events[-1], Hangup) and record.events[-1].by == "trainee"
    onsets = left_onsets(Path(record.model_extra["audio"]), level=0.05)
    for u in said:
        heard = onsets[(onsets > u.t - 0.5) & (onsets < u.end + 0.5)]
        assert heard.size and heard[0] == pytest.approx(u.t, abs=0.05)
