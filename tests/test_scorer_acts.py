"""BotClient.recognize and recognize_call against a fake Rasa HTTP API (httpx.MockTransport)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from core.acts import sure
from core.callrecord import read_call_record
from core.errors import BotUnavailable
from nlu.client import BotClient
from scoring.acts import ActRecognizer, recognize_call

CALL = Path(__file__).resolve().parent / "data" / "calls" / "abs_01_textbook.json"


def fake_rasa(answers: dict[str, list[tuple[str, float]]], calls: list[str] | None = None):
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/model/parse"
        text = json.loads(request.content)["text"]
        if calls is not None:
            calls.append(text)
        acts = [{"name": n, "confidence": c} for n, c in answers.get(text, [("other", 0.9)])]
        return httpx.Response(
            200,
            json={
                "text": text,
                "intent": {"name": acts[0]["name"], "confidence": acts[0]["confidence"]},
                "acts": acts,
            },
        )

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_recognizer_follows_the_protocol():
    assert isinstance(BotClient("http://x", client=fake_rasa({})), ActRecognizer)


def test_acts_above_threshold_and_known_only():
    client = fake_rasa({"您好": [("greeting", 0.97), ("state_company", 0.3), ("made_up", 0.99)]})
    r = BotClient("http://rasa:5005/", client=client)
    assert r.recognize(["您好"]) == [frozenset({"greeting"})]


def test_a_forbidden_act_at_the_sure_threshold_is_marked_sure_for_the_scorer_only():
    answers = {
        "留呗，都行": [("indifference", 0.95), ("acknowledge", 0.6)],
        "行吧": [("indifference", 0.7)],
        "再见": [("goodbye", 0.99)],
    }
    r = BotClient("http://rasa", client=fake_rasa(answers))
    assert r.recognize(["留呗，都行", "行吧", "再见"]) == [
        frozenset({"indifference", sure("indifference"), "acknowledge"}),
        frozenset({"indifference"}),
        frozenset({"goodbye"}),
    ]
    # what the dialogue and the call record get: the acts alone
    assert r.parse("留呗，都行")[0] == ("indifference", "acknowledge")


def test_identical_texts_are_parsed_once_and_order_is_kept():
    calls: list[str] = []
    client = fake_rasa({"好的": [("acknowledge", 0.9)], "再见": [("goodbye", 0.9)]}, calls)
    r = BotClient("http://rasa", client=client, workers=2)
    assert r.recognize(["好的", "再见", "好的"]) == [
        frozenset({"acknowledge"}),
        frozenset({"goodbye"}),
        frozenset({"acknowledge"}),
    ]
    r.recognize(["好的"])
    assert sorted(calls) == ["再见", "好的"]


def test_without_acts_field_the_intent_is_used():
    def handler(request):
        return httpx.Response(200, json={"intent": {"name": "thanks", "confidence": 0.8}})

    r = BotClient("http://rasa", client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert r.recognize(["谢谢"]) == [frozenset({"thanks"})]


def test_recognize_call_keys_trainee_utterances_by_event_index():
    record = read_call_record(CALL)
    client = fake_rasa({})
    acts = recognize_call(record, BotClient("http://rasa", client=client))
    trainee = [
        i for i, e in enumerate(record.events) if e.type == "utterance" and e.speaker == "trainee"
    ]
    assert sorted(acts) == trainee
    assert all(a == frozenset({"other"}) for a in acts.values())


@pytest.mark.parametrize(
    ("handler", "message"),
    [
        (
            lambda request: (_ for _ in ()).throw(httpx.ConnectError("refused")),
            "无法连接客户机器人服务（http://rasa）：ConnectError。请确认服务已启动（`calldrill bot status` 查看，`calldrill bot start` 启动）后再试。",
        ),
        (
            lambda request: httpx.Response(500, text="boom"),
            "客户机器人服务（http://rasa）出错：HTTP 500。请运行 `calldrill bot status` 检查服务，稍后再试。",
        ),
        (
            lambda request: httpx.Response(200, text="<html>"),
            "客户机器人服务（http://rasa）的回复不是合法的 JSON。请确认 CALLDRILL_RASA_URL 指向 Rasa 服务。",
        ),
    ],
)
def test_failures_are_bot_unavailable(handler, message):
    r = BotClient("http://rasa", client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(BotUnavailable) as e:
        r.recognize(["您好"])
    assert e.value.message == message
    assert e.value.code == "bot-unavailable"
