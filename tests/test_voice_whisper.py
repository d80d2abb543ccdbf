"""The listener (faster-whisper, whisper-base from PyPI) and the `whisper` recognition engine, on real
audio: Kokoro's Mandarin, so what is checked is that words said are words heard. Also the character
error rate helper every voice benchmark and test relies on."""

from __future__ import annotations

import functools
import json
import time

import numpy as np
import pytest

from core.errors import AsrModelMissing
from simulator.voice.asr import whisper
from simulator.voice.asr.cer import canonical, cer, edit_distance
from simulator.voice.asr.endpoint import Endpointer, PartialText, SpeechStart, TurnEnd
from simulator.voice.asr.whisper import (
    WhisperEngine,
    find_whisper_model,
    is_whisper_dir,
    packaged_model,
    recognise,
    transcribe,
)
from simulator.voice.line import apply_line
from simulator.voice.pcm import RATE, to_int16, trim
from simulator.voice.tts.base import VoiceSettings
from simulator.voice.tts.kokoro import KokoroTts

LINE = "好的，那就麻烦你们了。师傅来之前记得先给我打个电话。"


@functools.cache
def kokoro_line(text: str = LINE, voice: str = "zh-CN-XiaoxiaoNeural") -> np.ndarray:
    """A line as the trainee hears it on a clear call: 16 kHz, trimmed, telephone band."""
    import random

    clip = KokoroTts().synthesize(text, VoiceSettings(voice=voice)).at(RATE)
    return apply_line(trim(clip.samples), "clear", random.Random(0))


# --- character error rate -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, said",
    [
        ("138", "幺三八"),
        ("13817205563", "一三八一七二零五五六三"),
        ("138-1720-5563", "幺三八幺七二零五五六三"),
        ("15栋", "十五栋"),
        ("2003室", "两千零三室"),
        ("2003室", "二零零三室"),
        ("12345", "一万二千三百四十五"),
        ("105", "一百零五"),
        ("1,500元", "一千五百元"),
        ("120000", "十二万"),
        ("101000000", "一亿零一百万"),
    ],
)
def test_numbers_compare_equal_however_they_are_written(written, said):
    assert canonical(written) == canonical(said)
    assert cer(f"电话是{written}。", f"电话是{said}") == 0.0


def test_cer_counts_characters_without_punctuation_or_spaces():
    assert canonical("喂，你好！请问 是旭日装饰吗？") == "喂你好请问是旭日装饰吗"
    assert cer("你好", "你好吗") == 0.5
    assert cer("我叫王秀英", "我叫王秀") == pytest.approx(0.2)
    assert cer("", "") == 0.0 and cer("。", "") == 0.0
    assert cer("好", "") == 1.0 and cer("", "好") == 1.0
    assert edit_distance("kitten", "sitting") == 3


def test_homophones_of_digits_inside_a_number_read_out_are_the_digits():
    # whisper writes 幺 (1) as 要 and 二 as 而 when a phone number is read out
    assert canonical("电话要三八要七二零五五六三") == "电话13817205563"
    assert canonical("电话要86而要457790") == "电话18621457790"
    assert canonical("我要而且要走") == "我要而且要走"  # words, not a number
    assert cer("电话要不要", "电话1不1") > 0


def test_words_with_numeral_characters_stay_words():
    # 万 alone, 百货, 千万 are not numbers; 一 in words compares equal to itself either way.
    assert canonical("万科城市花园") == "万科城市花园"
    assert canonical("百货大楼") == "百货大楼"
    assert cer("麻烦找一下王经理", "麻烦找1下王经理") == 0.0


# --- the packaged model ---------------------------------------------------------------------------


def test_the_packaged_model_is_joined_once_and_checked():
    path = packaged_model()
    manifest = json.loads((path / whisper.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["sha256"] == whisper.MODEL_SHA256
    assert (path / "model.bin").stat().st_size == whisper.MODEL_SIZE
    assert is_whisper_dir(path) and find_whisper_model() == path
    started = time.perf_counter()
    assert packaged_model() == path  # found, not joined again
    assert time.perf_counter() - started < 0.5


def test_joining_refuses_halves_with_the_wrong_checksum(tmp_path, monkeypatch):
    monkeypatch.setattr(whisper, "MODEL_SHA256", "0" * 64)
    with pytest.raises(AsrModelMissing, match="校验失败"):
        whisper._join(tmp_path / "whisper-base")
    assert not (tmp_path / "whisper-base").exists()


def test_a_user_model_directory_is_used_or_refused_clearly(tmp_path):
    assert find_whisper_model(packaged_model()) == packaged_model()  # e.g. a larger model's folder
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(AsrModelMissing, match="model.bin"):
        find_whisper_model(tmp_path)
    with pytest.raises(AsrModelMissing):
        WhisperEngine(tmp_path / "missing")


# --- the listener ---------------------------------------------------------------------------------


class NeverAsked:
    def transcribe(self, *args, **kwargs):
        raise AssertionError("whisper was asked (it invents text for silence)")


def test_silence_and_faint_hiss_are_heard_as_nothing_without_asking_whisper():
    rng = np.random.default_rng(0)
    assert recognise(NeverAsked(), np.zeros(2 * RATE, dtype=np.float32)).text == ""
    assert recognise(NeverAsked(), (rng.standard_normal(RATE) * 1e-4).astype(np.float32)).text == ""
    assert recognise(NeverAsked(), np.zeros(100, dtype=np.float32)).text == ""


@pytest.mark.models
def test_the_listener_hears_kokoro_on_a_clear_line():
    result = transcribe(kokoro_line())
    print(f"said: {LINE}\nheard: {result.text}")
    assert cer(LINE, result.text) <= 0.10
    assert 0 < result.confidence <= 1
    assert result.text == whisper.simplified(result.text)  # simplified characters only
    assert " " not in result.text


@pytest.mark.models
def test_the_listener_takes_any_rate_and_int16():
    import random

    clip = KokoroTts().synthesize(LINE, VoiceSettings(voice="zh-CN-XiaoxiaoNeural"))  # 24 kHz
    audio = apply_line(trim(clip.samples, clip.rate), "clear", random.Random(0), clip.rate)
    heard = transcribe(to_int16(audio), rate=clip.rate).text
    assert cer(LINE, heard) <= 0.10, heard


# --- the engine behind the ASR interface ----------------------------------------------------------


@functools.cache
def engine() -> WhisperEngine:
    return WhisperEngine()


@pytest.mark.models
def test_the_recognizer_keeps_the_audio_and_recognises_it_at_the_end():
    recognizer = engine().recognizer()
    audio = to_int16(kokoro_line())
    for i in range(0, len(audio), 320):
        assert recognizer.accept(audio[i : i + 320]) is None  # no partial text: not streaming
    result = recognizer.finish()
    assert cer(LINE, result.text) <= 0.10, result.text
    # Ready for the next utterance: nothing heard gives nothing; reset drops what was fed.
    assert recognizer.finish().text == ""
    recognizer.accept(audio)
    recognizer.reset()
    assert recognizer.finish().text == ""


@pytest.mark.models
def test_turns_end_through_the_endpointer_with_the_words_said():
    """The live path: frames in, speech start, end of turn after the pause, the words recognised."""
    second = (
        "那行，我就等你们消息。"  # endpointing is tested here; proper nouns in test_voice_kokoro
    )
    rng = np.random.default_rng(1)
    hiss = lambda seconds: (rng.standard_normal(int(seconds * RATE)) * 3e-4).astype(np.float32)  # noqa: E731
    audio = np.concatenate(
        [hiss(0.5), kokoro_line(), hiss(1.2), kokoro_line(second, "zf_xiaobei"), hiss(1.2)]
    )
    endpointer = Endpointer(engine().recognizer())
    frame = endpointer.frame_len
    events = []
    for index in range(len(audio) // frame):
        events += endpointer.push(audio[index * frame : (index + 1) * frame], index)
    starts = [e for e in events if isinstance(e, SpeechStart)]
    ends = [e for e in events if isinstance(e, TurnEnd)]
    assert not [e for e in events if isinstance(e, PartialText)]
    assert len(starts) == len(ends) == 2
    heard = [e.result.text for e in ends]
    print("heard:", heard)
    assert cer(LINE, heard[0]) <= 0.10
    assert cer(second, heard[1]) <= 0.15
    assert ends[0].final_at - ends[0].decided_at < 10  # recognised after the turn, on two cores
