"""The web app in Chromium, timed by Playwright: sign-in page after a cold start, page switches, the
text drill's reply on screen, and the live voice call's turn gap on the drill page.

- Cold start: from launching the server as `calldrill web` does (ui/server.py, through
  tests/webapp.py, with a fresh data directory) until the sign-in form is usable in the page (the
  用户名 box filled), and until the server answers its health check.
- Sign-in: from the click on 登录 until the landing page's heading shows.
- Page switch (warm): a trainee clicks between 成绩与通话 and 练习与考核 in the menu; from the click
  until the new page's heading shows and its script run is over. The first switch to each page is
  left out (it loads the page's code).
- Text drill: a practice call of the unclear_audio scenario with the lines of a scripted call; from
  Enter until the customer's line shows.
- Voice call: live calls (WebRTC) of the same scenario on the drill page, in a Chromium whose fake
  microphone plays a WAV of the trainee's phrases (the Korean small vosk model from PyPI hears them,
  spoken by espeak-ng: no Mandarin model is fetched here; the bot answers what it makes of them).
  The page's own audio is timed: a script in the page taps the microphone stream and the stream
  from the server with Web Audio analysers, so the turn gap is from the end of a phrase in the
  microphone to the first sound of the customer's reply reaching the page, turn-end wait included.
  The customer's lines are made ahead, as a publish makes them (calldrill/voices.py).

    .venv/bin/python -m bench.bench_browser [--calls 2] [--voice-calls 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.table import ms, percentile, print_table, statistics
from core.scenario import load_scenarios
from nlu import service

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "tests" / "data" / "scripts" / "unclear_audio__statement_then_close.txt"
SWITCHES = 6
PHRASES = [  # the trainee's phrases in the voice calls (Korean, for the Korean model)
    "안녕하세요 만나서 반갑습니다",
    "감사합니다 다시 말씀해 주세요",
    "잠시만 기다려 주세요",
    "주소를 알려 주세요",
    "전화번호가 어떻게 되세요",
]
LEAD_S = 6.0  # silence before the first phrase: connecting and the first ring
PHRASE_GAP_S = 11.0  # after each phrase: the turn-end wait, the reply, its playout
TAP_PAGE_AUDIO = """
(() => {
  const marks = (window.__calldrill_marks = []);
  const tap = (stream, kind, hangover) => {
    const ctx = new AudioContext();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 512;
    ctx.createMediaStreamSource(stream).connect(analyser);
    const buffer = new Float32Array(analyser.fftSize);
    let loud = false, quietSince = null;
    setInterval(() => {
      analyser.getFloatTimeDomainData(buffer);
      let peak = 0;
      for (const v of buffer) peak = Math.max(peak, Math.abs(v));
      const now = performance.timeOrigin + performance.now();
      if (peak > 0.02) {
        if (!loud) marks.push([kind, "on", now]);
        loud = true;
        quietSince = null;
      } else if (loud) {
        quietSince = quietSince ?? now;
        if (now - quietSince > hangover) {
          marks.push([kind, "off", quietSince]);
          loud = false;
        }
      }
    }, 5);
  };
  const devices = navigator.mediaDevices;
  if (devices) {
    const getUserMedia = devices.getUserMedia.bind(devices);
    devices.getUserMedia = (c) => getUserMedia(c).then((s) => (tap(s, "mic", 700), s));
  }
  const Connection = window.RTCPeerConnection;
  if (Connection) {
    window.RTCPeerConnection = class extends Connection {
      constructor(...args) {
        super(...args);
        this.addEventListener("track", (e) => tap(new MediaStream([e.track]), "remote", 200));
      }
    };
  }
})();
"""


def script_lines() -> list[str]:
    """The trainee's lines of the scripted call, without the last (the caller hangs up after it)."""
    lines = [
        line.strip()
        for line in SCRIPT.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith(("#", "/"))
    ]
    return lines[:-1]


def _summary(values: list[float]) -> str:
    return (
        f"p50 {ms(statistics.median(values))} · p95 {ms(percentile(values, 95))} · "
        f"max {ms(max(values))} (n={len(values)})"
    )


def cold_start(webapp, page) -> tuple[float, float, object]:
    """Seconds from the server process's start until it is healthy and until the sign-in form is
    usable; the app. The clock starts at the process, not before the test accounts are made (their
    password hashing took 1.2 s of the figure until 2026-12-06)."""
    app = webapp.WebApp.start(
        Path(tempfile.mkdtemp(prefix="calldrill-bench-web-")), script=REPO / "ui" / "server.py"
    )
    healthy = time.monotonic() - app.launched
    page.goto(app.url)
    page.get_by_label("用户名").wait_for(state="visible", timeout=60_000)
    page.get_by_label("用户名").fill("E1001")
    return healthy, time.monotonic() - app.launched, app


def sign_in(webapp, page) -> float:
    page.get_by_label("密码").fill(webapp.PASSWORD)
    began = time.monotonic()
    page.get_by_role("button", name="登录").click()
    page.get_by_role("heading", name="练习与考核").wait_for(timeout=60_000)
    return time.monotonic() - began


def switches(webapp, page) -> list[float]:
    times = []
    for i in range(SWITCHES):
        target = ("成绩与通话", "练习与考核")[i % 2]
        webapp.settled(page)
        began = time.monotonic()
        page.get_by_test_id("stSidebar").get_by_role("link", name=target).click()
        page.get_by_role("heading", name=target).wait_for()
        page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for()
        if i >= 2:
            times.append(time.monotonic() - began)
    return times


def text_call(webapp, page, lines: list[str]) -> list[float]:
    """One practice call; seconds from each Enter until the customer's line is on screen."""
    webapp.settled(page)
    webapp.choose(page, "场景", "信号不好的报修来电")
    page.get_by_label("您的客服工号（接听时自报，例如“3号客服”里的 3）").first.fill("3")
    page.get_by_role("button", name="开始练习").click()
    page.get_by_role("button", name="接听").click()
    box = page.get_by_placeholder("您说……（回车发送）")
    box.wait_for()
    messages = page.get_by_test_id("stChatMessage")
    times = []
    for line in lines:
        webapp.settled(page)
        before = messages.count()
        box.fill(line)
        began = time.monotonic()
        box.press("Enter")
        messages.nth(before + 1).wait_for()
        times.append(time.monotonic() - began)
    webapp.settled(page)
    webapp.hang_up(page)
    page.get_by_text("得分").first.wait_for(timeout=60_000)
    page.get_by_test_id("stSidebar").get_by_role("link", name="练习与考核").click()
    page.get_by_role("heading", name="练习与考核").wait_for()
    return times


def trainee_wav(path: Path) -> Path:
    """The fake microphone's WAV (48 kHz, as browsers capture): the phrases with pauses between."""
    import numpy as np

    from simulator.voice.pcm import RATE, resample, write_wav
    from simulator.voice.tts import VoiceSettings
    from simulator.voice.tts.espeak import EspeakTts

    espeak = EspeakTts(language="ko")
    silence = lambda s: np.zeros(int(RATE * s), dtype=np.float32)  # noqa: E731
    parts = [silence(LEAD_S)]
    for phrase in PHRASES:
        parts += [espeak.synthesize(phrase, VoiceSettings()).at(RATE).samples * 0.7]
        parts += [silence(PHRASE_GAP_S)]
    write_wav(path, resample(np.concatenate(parts), RATE, 48_000), 48_000)
    return path


def turn_gaps(marks: list[tuple[str, str, float]]) -> list[float]:
    """Seconds from the end of each phrase in the microphone to the next sound from the server
    (before the next phrase starts): the turn gap the trainee hears."""
    gaps = []
    for i, (kind, edge, t) in enumerate(marks):
        if (kind, edge) != ("mic", "off"):
            continue
        for later_kind, later_edge, later in marks[i + 1 :]:
            if (later_kind, later_edge) == ("mic", "on"):
                break
            if (later_kind, later_edge) == ("remote", "on") and later > t:
                gaps.append((later - t) / 1000)
                break
    return gaps


def voice_call(webapp, playwright, app, wav: Path) -> list[float]:
    """One live call on the drill page; the turn gaps measured in the page."""
    args = [
        *webapp.CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}%noloop",
        "--disable-features=WebRtcHideLocalIpsWithMdns",
        "--autoplay-policy=no-user-gesture-required",
    ]
    browser = playwright.chromium.launch(executable_path=webapp.CHROMIUM, args=args)
    page = browser.new_page(locale="zh-CN", viewport={"width": 1280, "height": 900})
    page.set_default_timeout(60_000)
    page.context.add_init_script(TAP_PAGE_AUDIO)
    try:
        webapp.sign_in(page, app, "E1002")
        page.get_by_role("heading", name="练习与考核").wait_for()
        webapp.settled(page)
        webapp.choose(page, "场景", "信号不好的报修来电")
        page.get_by_text("语音（浏览器麦克风，全双工）").first.click()
        page.get_by_label("您的客服工号（接听时自报，例如“3号客服”里的 3）").first.fill("3")
        page.get_by_role("button", name="开始练习").click()
        line = page.frame_locator("iframe").first
        line.get_by_role("button", name="接通线路").click()
        page.wait_for_timeout((LEAD_S + len(PHRASES) * PHRASE_GAP_S + 4) * 1000)
        marks = [m for f in page.frames for m in f.evaluate("window.__calldrill_marks || []")]
        if not marks:
            raise RuntimeError("the line did not connect: no sound in the page's microphone")
        page.get_by_role("button", name="挂断").click()
        page.get_by_text("得分").first.wait_for(timeout=180_000)  # the next call may start
    finally:
        browser.close()
    return turn_gaps(marks)


def voice_calls(webapp, playwright, calls: int, rasa_url: str) -> list[float]:
    from calldrill import voices
    from core.scenario import ScenarioSet
    from simulator.voice.tts import CustomerVoice

    home = Path(tempfile.mkdtemp(prefix="calldrill-bench-voice-"))
    shared_cache = REPO / "var" / "bench" / "cache"
    shared_cache.mkdir(parents=True, exist_ok=True)
    (home / "cache").symlink_to(shared_cache)
    scenario = load_scenarios().get("unclear_audio")
    voices.prepare(
        ScenarioSet(scenarios=(scenario,)), CustomerVoice(cache_dir=home / "cache" / "tts")
    )
    app = webapp.WebApp.start(
        home,
        env={"CALLDRILL_RASA_URL": rasa_url, "CALLDRILL_ASR_LANG": "ko"},
        script=REPO / "ui" / "server.py",
    )
    try:
        wav = trainee_wav(home / "trainee.wav")
        return [gap for _ in range(calls) for gap in voice_call(webapp, playwright, app, wav)]
    finally:
        app.stop()


def table_rows(calls: int = 2, voice: int = 2) -> list[tuple[str, str]]:
    """The table's rows; bench_turn_taking prints them beside the turn-end and terminal ones."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(REPO / "tests"))
    import webapp

    os.environ.setdefault("CALLDRILL_HOME", str(REPO / "var" / "bench"))
    for name in ("CALLDRILL_RASA_URL", "CALLDRILL_RASA_TOKEN", "CALLDRILL_RASA_ENDPOINTS"):
        os.environ.pop(name, None)
    server, started = service.start(service.train(load_scenarios()))
    os.environ["CALLDRILL_RASA_URL"] = server.url
    app = None
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=webapp.CHROMIUM, args=webapp.CHROMIUM_ARGS)
            page = browser.new_page(locale="zh-CN", viewport={"width": 1280, "height": 900})
            page.set_default_timeout(30_000)
            healthy, usable, app = cold_start(webapp, page)
            signed_in = sign_in(webapp, page)
            switched = switches(webapp, page)
            replies = [t for _ in range(calls) for t in text_call(webapp, page, script_lines())]
            browser.close()
            app.stop()
            app = None
            gaps = voice_calls(webapp, p, voice, server.url) if voice else []
    finally:
        if app is not None:
            app.stop()
        if started:
            server.stop()
    rows = [
        ("cold start: server healthy", ms(healthy)),
        ("cold start: sign-in form usable", ms(usable)),
        ("sign-in → landing page heading", ms(signed_in)),
        ("page switch, warm (results ↔ drill)", _summary(switched)),
    ]
    if replies:
        rows.append(("text drill: Enter → customer's line on screen", _summary(replies)))
    if gaps:
        rows.append(("voice call: end of phrase → reply reaches the page", _summary(gaps)))
    return rows


def main(calls: int = 2, voice: int = 2) -> None:
    print_table("Web app in Chromium (Playwright timings)", table_rows(calls, voice))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2)
    parser.add_argument("--voice-calls", type=int, default=2)
    args = parser.parse_args()
    main(args.calls, args.voice_calls)
