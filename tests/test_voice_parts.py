"""Voice stages one by one, without sound devices: line conditions, voices per mood, the TTS fallback
chain and its cache, end-of-speech rules, model lookup and `models fetch`."""

from __future__ import annotations

import random
import socket
import threading
import time

import numpy as np
import pytest

from core.errors import AsrModelMissing, TtsUnavailable
from simulator.voice.asr.base import AsrResult, Recognizer, join_words
from simulator.voice.asr.endpoint import (
    EndpointConfig,
    Endpointer,
    PartialText,
    SpeechStart,
    TurnEnd,
    ends_in_filler,
)
from simulator.voice.asr.models import find_model
from simulator.voice.line import apply_line, band_limit
from simulator.voice.pcm import RATE, Clip, dbfs, resample, rms
from simulator.voice.tts import CustomerVoice, VoiceSettings
from simulator.voice.tts.chain import default_engines
from simulator.voice.tts.edge import EdgeTts
from simulator.voice.tts.espeak import EspeakTts


def tone(freq: float, seconds: float = 1.0, level: float = 0.3) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (level * np.sin(2 * np.pi * freq * t)).astype(np.float32)


# --- line conditions ------------------------------------------------------------------------------


def test_telephone_band_keeps_voice_and_cuts_the_rest():
    assert rms(band_limit(tone(1000))) == pytest.approx(rms(tone(1000)), rel=0.02)
    assert rms(band_limit(tone(100))) < 0.01 * rms(tone(100))
    assert rms(band_limit(tone(6000))) < 0.01 * rms(tone(6000))


def test_line_conditions():
    voice = tone(800, 2.0)
    rng = random.Random(3)
    clear = apply_line(voice, None, rng)
    assert rms(clear - band_limit(voice)) < 1e-4  # a clear line is only the telephone band

    noisy = apply_line(voice, "noisy", rng)
    noise = noisy - band_limit(voice)
    snr = 20 * np.log10(rms(band_limit(voice)) / rms(noise))
    assert snr == pytest.approx(16.0, abs=1.0)

    quiet = apply_line(voice, "quiet", rng)
    assert dbfs(quiet) - dbfs(voice) == pytest.approx(-16.0, abs=1.0)

    dropped = apply_line(voice, "dropouts", rng)
    lost = np.mean(np.abs(dropped) < 0.05)  # gaps hold only the weak noise
    assert 0.08 < lost < 0.25


# --- voices ---------------------------------------------------------------------------------------


def test_an_angry_customer_speaks_faster_and_louder():
    calm = VoiceSettings.for_persona("zh-CN-XiaoxiaoNeural", "calm")
    angry = VoiceSettings.for_persona("zh-CN-XiaoxiaoNeural", "angry")
    assert angry.rate > calm.rate and angry.volume > calm.volume
    assert EdgeTts().options(calm) == {"rate": "+0%", "pitch": "+0Hz", "volume": "+0%"}
    assert EdgeTts().options(angry) == {"rate": "+20%", "pitch": "+4Hz", "volume": "+35%"}
    espeak = EspeakTts()
    calm_args, angry_args = espeak.args(calm), espeak.args(angry)
    speed = lambda args: int(args[args.index("-s") + 1])  # noqa: E731
    amplitude = lambda args: int(args[args.index("-a") + 1])  # noqa: E731
    assert speed(angry_args) > speed(calm_args) and amplitude(angry_args) > amplitude(calm_args)
    # Mandarin phonemes, never `-v cmn` (pinyin read in English); a female persona, a female variant.
    assert calm_args[1] == "cmn-latn-pinyin+f3"
    assert espeak.args(VoiceSettings.for_persona("zh-CN-YunjianNeural", None))[1] == (
        "cmn-latn-pinyin+m3"
    )
    # Really faster: the angry line is shorter.
    line = "你们到底什么时候派人来修？"
    assert espeak.synthesize(line, angry).seconds < espeak.synthesize(line, calm).seconds


def test_the_chain_is_edge_then_kokoro_then_espeak_and_piper_only_when_configured(
    monkeypatch, tmp_path
):
    monkeypatch.delenv("CALLDRILL_PIPER_VOICE", raising=False)
    assert [e.name for e in default_engines()] == ["edge-tts", "kokoro", "espeak-ng"]
    monkeypatch.setenv("CALLDRILL_PIPER_VOICE", str(tmp_path / "zh_CN-huayan-medium.onnx"))
    assert [e.name for e in default_engines()] == ["edge-tts", "kokoro", "piper", "espeak-ng"]
    assert [e.name for e in default_engines(online=False)] == ["kokoro", "piper", "espeak-ng"]


class CountingEspeak(EspeakTts):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def synthesize(self, text, settings):
        self.calls += 1
        return super().synthesize(text, settings)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_edge_tts_unreachable_falls_back_to_espeak_once_and_says_so(tmp_path):
    told: list[str] = []
    espeak = CountingEspeak()
    edge = EdgeTts(timeout=3, proxy=f"http://127.0.0.1:{closed_port()}")  # connection refused
    voice = CustomerVoice([edge, espeak], cache_dir=tmp_path, notify=told.append)
    settings = VoiceSettings.for_persona("zh-CN-XiaoxiaoNeural", "calm")

    clip = voice.speak("喂，你好。", settings)
    assert clip.seconds > 0.3 and clip.rate == 22050
    assert "edge-tts" in voice.failed and espeak.calls == 1
    assert len(told) == 1 and "espeak-ng" in told[0] and "在线语音服务不可用" in told[0]

    started = time.monotonic()
    voice.speak("我家卫生间漏水了。", settings)
    assert time.monotonic() - started < 1.0  # edge-tts is not tried again
    voice.speak("喂，你好。", settings)  # cached: not synthesised again
    assert espeak.calls == 2 and len(told) == 1
    assert len(list(tmp_path.rglob("*.wav"))) == 2


def test_edge_tts_that_hangs_is_cut_by_the_timeout(tmp_path):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted = []
    threading.Thread(target=lambda: accepted.append(server.accept()), daemon=True).start()
    edge = EdgeTts(timeout=1, proxy=f"http://127.0.0.1:{server.getsockname()[1]}")
    voice = CustomerVoice([edge, EspeakTts()], cache_dir=tmp_path)
    started = time.monotonic()
    voice.speak("喂？", VoiceSettings())
    assert time.monotonic() - started < 3.0
    assert "edge-tts" in voice.failed
    server.close()


def test_edge_tts_audio_is_decoded(monkeypatch, tmp_path):
    """The success path with edge-tts's network replaced by MP3 bytes (no service reachable here)."""
    import io

    import edge_tts
    import soundfile

    buffer = io.BytesIO()
    t = np.arange(12000) / 24000
    soundfile.write(buffer, 0.3 * np.sin(2 * np.pi * 440 * t), 24000, format="MP3")
    seen = {}

    class FakeCommunicate:
        def __init__(self, text, voice, **options):
            seen.update(options, voice=voice)

        async def stream(self):
            data = buffer.getvalue()
            for i in range(0, len(data), 1000):
                yield {"type": "audio", "data": data[i : i + 1000]}

    monkeypatch.setattr(edge_tts, "Communicate", FakeCommunicate)
    told: list[str] = []
    voice = CustomerVoice([EdgeTts(), EspeakTts()], cache_dir=tmp_path, notify=told.append)
    clip = voice.speak("你好", VoiceSettings.for_persona("zh-CN-YunjianNeural", "furious"))
    assert clip.rate == 24000 and clip.seconds == pytest.approx(0.5, abs=0.1)
    assert seen["voice"] == "zh-CN-YunjianNeural" and seen["rate"] == "+28%"
    assert told == ["客户语音：edge-tts 在线语音（zh-CN-YunjianNeural）"]


def test_no_engine_left_says_what_to_do(tmp_path):
    voice = CustomerVoice([EspeakTts(program="/nonexistent/espeak-ng")], cache_dir=tmp_path)
    with pytest.raises(TtsUnavailable) as e:
        voice.speak("喂", VoiceSettings())
    assert "apt-get install espeak-ng" in e.value.message and "--text" in e.value.message


def test_resample_keeps_duration_and_pitch():
    x = tone(440, 1.0)
    y = resample(x, RATE, 22050)
    assert len(y) == 22050
    spectrum = np.abs(np.fft.rfft(y))
    assert np.argmax(spectrum) * 22050 / len(y) == pytest.approx(440, abs=2)
    assert Clip(x, RATE).at(8000).seconds == pytest.approx(1.0)


# --- end of speech --------------------------------------------------------------------------------


class Partials(Recognizer):
    """Says `partial` after a given amount of audio; final text is everything it said."""

    def __init__(self, partial_after: list[tuple[float, str]]):
        self.script, self.samples, self.last = partial_after, 0, None

    def accept(self, samples):
        self.samples += len(samples)
        due = [text for after, text in self.script if self.samples / RATE >= after]
        if due and due[-1] != self.last:
            self.last = due[-1]
            return self.last
        return None

    def finish(self):
        return AsrResult(self.script[-1][1] if self.script else "", 0.9)


def run_endpointer(signal: np.ndarray, recognizer: Recognizer, **config) -> list:
    endpointer = Endpointer(recognizer, EndpointConfig(**config))
    events = []
    n = endpointer.frame_len
    for i in range(len(signal) // n):
        for e in endpointer.push(signal[i * n : (i + 1) * n], i):
            events.append((i, e))
    return events


def speechlike(seconds: float) -> np.ndarray:
    rng = np.random.default_rng(1)
    return (0.2 * rng.standard_normal(int(RATE * seconds))).astype(np.float32)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(RATE * seconds), dtype=np.float32)


def test_a_short_pause_does_not_end_the_turn_a_longer_one_does():
    signal = np.concatenate(
        [silence(0.5), speechlike(1.0), silence(0.4), speechlike(0.8), silence(1.5)]
    )
    events = run_endpointer(signal, Partials([(0.5, "您好")]), end_silence=0.6)
    starts = [e for _, e in events if isinstance(e, SpeechStart)]
    ends = [(i, e) for i, e in events if isinstance(e, TurnEnd)]
    assert len(starts) == 1 and len(ends) == 1
    assert starts[0].frame == 25  # 0.5 s in 20 ms frames
    i, end = ends[0]
    assert end.start_frame == 25 and end.end_frame == 135  # speech ends at 2.7 s
    assert (i + 1 - end.end_frame) * 0.02 == pytest.approx(0.6, abs=0.021)  # decided 0.6 s later
    assert end.result.text == "您好"


def test_a_filler_holds_the_turn_open():
    signal = np.concatenate(
        [silence(0.5), speechlike(1.0), silence(1.2), speechlike(0.6), silence(2)]
    )
    # The recogniser heard "嗯，那个" before the pause: the trainee is still thinking.
    events = run_endpointer(
        signal, Partials([(0.3, "嗯"), (0.9, "嗯 那个"), (2.6, "嗯那个我看一下")])
    )
    ends = [e for _, e in events if isinstance(e, TurnEnd)]
    assert len(ends) == 1 and ends[0].end_frame == 165  # one turn through the 1.2 s pause
    without = run_endpointer(signal, Partials([(0.3, "您好")]))
    assert len([e for _, e in without if isinstance(e, TurnEnd)]) == 2
    assert any(isinstance(e, PartialText) for _, e in events)


def test_fillers():
    assert ends_in_filler("嗯") and ends_in_filler("我 看 一下 那个") and ends_in_filler("就是，")
    assert not ends_in_filler("好的") and not ends_in_filler("")
    assert join_words("您好 旭日 装饰 3 号 客服") == "您好旭日装饰3号客服"
    assert join_words("안녕 하세요") == "안녕 하세요"


def test_noise_floor_and_clicks_are_not_speech():
    rng = np.random.default_rng(2)
    hum = (0.01 * rng.standard_normal(RATE * 3)).astype(np.float32)  # -40 dBFS background
    click = hum.copy()
    click[RATE : RATE + 40] = 0.8  # a 2.5 ms click
    assert not run_endpointer(click, Partials([]))
    loud = hum.copy()
    loud[RATE : 2 * RATE] += speechlike(1.0)
    assert [type(e) for _, e in run_endpointer(loud, Partials([(0.2, "喂")]))] == [
        SpeechStart,
        PartialText,
        TurnEnd,
    ]


def test_echo_of_the_customer_is_not_the_trainee():
    endpointer = Endpointer(Partials([(0.1, "x")]))
    n = endpointer.frame_len
    voice = speechlike(1.0) * 0.1  # the loudspeaker heard in the microphone, about -34 dBFS
    events = [
        e
        for i in range(len(voice) // n)
        for e in endpointer.push(voice[i * n : (i + 1) * n], i, echo_db=-34.0)
    ]
    assert events == []


# --- models ---------------------------------------------------------------------------------------


def test_missing_mandarin_model_says_what_to_run(monkeypatch, tmp_path):
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path))
    monkeypatch.delenv("CALLDRILL_ASR_MODEL", raising=False)
    monkeypatch.delenv("CALLDRILL_ASR_LANG", raising=False)
    with pytest.raises(AsrModelMissing) as e:
        find_model()
    assert "calldrill models fetch" in e.value.message
    assert "CALLDRILL_ASR_MODEL=" in e.value.message and "--text" in e.value.message
    monkeypatch.setenv("CALLDRILL_ASR_MODEL", str(tmp_path))
    with pytest.raises(AsrModelMissing) as e:
        find_model()
    assert e.value.message.startswith(f"{tmp_path} 不是 vosk 模型目录")


def test_korean_model_from_pypi_is_found(monkeypatch):
    monkeypatch.delenv("CALLDRILL_ASR_MODEL", raising=False)
    monkeypatch.setenv("CALLDRILL_ASR_LANG", "ko")
    assert find_model().name == "model" and (find_model() / "am" / "final.mdl").is_file()


# --- keys -----------------------------------------------------------------------------------------


def test_keys_from_a_terminal_and_from_a_pipe():
    import os
    import termios

    from simulator.voice.audio import TerminalKeys

    master, slave = os.openpty()
    with open(slave, closefd=False) as stream:
        keys = TerminalKeys(stream)
        with keys.active():
            assert not termios.tcgetattr(slave)[3] & termios.ICANON  # single keys, no Enter needed
            assert keys.poll() is None
            for key, action in (b"\n", "pickup"), (b"h", "hold"), (b"Q", "hangup"), (b"x", None):
                os.write(master, key)
                time.sleep(0.05)
                assert keys.poll() == action
        assert termios.tcgetattr(slave)[3] & termios.ICANON  # the terminal is given back
    os.close(master)
    os.close(slave)

    read, write = os.pipe()
    os.write(write, b"\nh\nq\n")
    os.close(write)
    with open(read) as stream:
        keys = TerminalKeys(stream)
        assert not keys.tty
        assert [keys.poll(), keys.poll(), keys.poll(), keys.poll()] == [
            "pickup",
            "hold",
            "hangup",
            None,
        ]
