"""The second pass: a voice call's recording (trainee left, customer right) is recognised again by
whisper at the recorded utterance times; its text is scored and the live text kept in `live_text`.
Real speech (Kokoro, a trainee voice unlike the customer's), real whisper-base."""

from __future__ import annotations

import json

import numpy as np
import pytest
from commandline import calldrill

from core.callrecord import read_call_record
from simulator.voice.asr.cer import cer
from simulator.voice.line import band_limit
from simulator.voice.pcm import RATE, trim, write_wav
from simulator.voice.tts.base import VoiceSettings
from simulator.voice.tts.kokoro import KokoroTts

pytestmark = pytest.mark.slow

SAID = ["您好，旭日装饰客服中心，三号客服，请问有什么可以帮您？", "请问您怎么称呼？"]
LIVE = ["您好续日装饰客服中心三号客服", "请问您怎么成"]  # what a weak live recogniser made of them
CUSTOMER = "喂，你好，我找一下王经理。"


def speech(text: str, voice: str) -> np.ndarray:
    clip = KokoroTts().synthesize(text, VoiceSettings(voice=voice)).at(RATE)
    return band_limit(trim(clip.samples), RATE)  # through the telephone band, as a call hears it


def voice_call(folder, audio_name="call.wav"):
    """A voice call's record and stereo recording: trainee, customer, trainee, each at its time."""
    left, right = np.zeros(RATE * 30, np.float32), np.zeros(RATE * 30, np.float32)
    events, t = [{"t": 0.0, "type": "ring"}, {"t": 1.0, "type": "pickup"}], 1.0
    for who, text, live in [
        ("trainee", SAID[0], LIVE[0]),
        ("customer", CUSTOMER, None),
        ("trainee", SAID[1], LIVE[1]),
    ]:
        x = speech(text, "zm_yunxi" if who == "trainee" else "zf_xiaobei")
        channel = left if who == "trainee" else right
        channel[int(t * RATE) : int(t * RATE) + len(x)] = x
        end = round(t + len(x) / RATE, 2)
        events.append(
            {
                "t": t,
                "end": end,
                "type": "utterance",
                "speaker": who,
                "text": live or text,
                "asr_confidence": 0.6,
            }
        )
        t = round(end + 0.8, 2)
    events.append({"t": t, "type": "hangup", "by": "customer"})
    write_wav(folder / "call.wav", np.stack([left, right], axis=1)[: int((t + 0.5) * RATE)], RATE)
    record = {
        "version": 1,
        "scenario": "absent_colleague",
        "company": "旭日装饰客服中心",
        "trainee": {"id": "E1", "work_id": "3"},
        "events": events,
        "audio": audio_name,
    }
    (folder / "call.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return folder / "call.json"


def test_the_second_pass_replaces_the_live_text_and_keeps_it(tmp_path):
    path = voice_call(tmp_path)
    result = calldrill("transcribe", path, "--out", tmp_path / "new.json")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"已转写学员的 2 句话，其中 2 句与通话中的实时识别不同。已保存：{tmp_path / 'new.json'}",
    ]
    record = read_call_record(tmp_path / "new.json")
    trainee = [u for _, u in record.utterances("trainee")]
    for u, said, live in zip(trainee, SAID, LIVE, strict=True):
        print(f"{u.live_text} → {u.text}")
        assert u.live_text == live
        assert cer(said, u.text) <= 0.25 and cer(said, u.text) < cer(said, live)
    assert record.utterances("customer")[0][1].text == CUSTOMER  # the customer is not touched
    assert read_call_record(path).utterances("trainee")[0][1].text == LIVE[0]  # --out: kept


@pytest.mark.parametrize(
    "audio, message",
    [
        (
            None,
            "错误：这条通话记录没有录音（缺少 audio 字段），无法重新转写。只有语音练习的通话有录音。",
        ),
        (
            "gone.wav",
            "错误：找不到通话录音 {dir}/gone.wav。请确认录音文件还在，或用 --audio 指定它。",
        ),
        (
            "mono.wav",
            "错误：通话录音 {dir}/mono.wav 不是语音练习写下的立体声 16 位 WAV（左声道学员，右声道客户）。",
        ),
        ("junk.wav", "错误：无法读取通话录音 {dir}/junk.wav：文件已损坏，或不是 WAV 录音。"),
    ],
)
def test_a_call_without_a_usable_recording_is_refused_and_left_as_it_was(tmp_path, audio, message):
    record = {
        "version": 1,
        "scenario": "absent_colleague",
        "company": "旭日装饰客服中心",
        "trainee": {"id": "E1", "work_id": "3"},
        "events": [
            {"t": 0, "type": "pickup"},
            {"t": 1, "end": 2, "type": "utterance", "speaker": "trainee", "text": "您好"},
        ],
    }
    if audio:
        record["audio"] = audio
    write_wav(tmp_path / "mono.wav", np.zeros(RATE, np.float32), RATE)
    (tmp_path / "junk.wav").write_bytes(b"RIFF....WAVEjunk")
    path = tmp_path / "call.json"
    text = json.dumps(record, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    result = calldrill("transcribe", path)
    assert result.exit_code == 2
    assert result.output == message.format(dir=tmp_path) + "\n"
    assert path.read_text(encoding="utf-8") == text
