"""The trainee acts the scorer combines with the wording: from the Rasa NLU model, or any recogniser.

`RasaActRecognizer` asks a running Rasa server (`POST {base_url}/model/parse`); our NLU component adds
`acts: [{"name": ..., "confidence": ...}, ...]` to the usual parse result. Identical texts are parsed
once (calls repeat 您好/好的/再见 a lot), and texts are sent a few at a time over one connection pool.
"""

from __future__ import annotations

from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from threading import Lock
from typing import Protocol, runtime_checkable

import httpx

from nlu.acts import ACT_NAMES
from scoring.report import ScoreReport
from scoring.scorer import score_call
from simulator.callrecord import CallRecord
from simulator.errors import BotUnavailable
from simulator.scenario import Scenario


@runtime_checkable
class ActRecognizer(Protocol):
    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        """The acts recognised in each text, in the same order."""
        ...


class RasaActRecognizer:
    def __init__(
        self,
        base_url: str,
        *,
        threshold: float = 0.5,
        timeout: float = 30.0,
        workers: int = 4,
        cache_size: int = 4096,
        client: httpx.Client | None = None,
    ):
        self.base_url = base_url.rstrip("/")
        self.threshold = threshold
        self.workers = max(1, workers)
        self._http = client or httpx.Client(
            timeout=timeout,
            limits=httpx.Limits(
                max_connections=self.workers, max_keepalive_connections=self.workers
            ),
        )
        self._cache: OrderedDict[str, frozenset[str]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = Lock()

    def _parse(self, text: str) -> frozenset[str]:
        url = f"{self.base_url}/model/parse"
        try:
            response = self._http.post(url, json={"text": text})
            response.raise_for_status()
            data = response.json()
        except httpx.HTTPStatusError as e:
            raise BotUnavailable(
                f"客户机器人服务（{self.base_url}）识别学员话语时出错：HTTP {e.response.status_code}。"
                "请运行 `calldrill bot status` 检查服务，稍后再评分。"
            ) from None
        except httpx.HTTPError as e:
            raise BotUnavailable(
                f"无法连接客户机器人服务（{self.base_url}）：{e.__class__.__name__}。"
                "评分需要它识别学员的话语，请确认服务已启动（`calldrill bot start`）后再试。"
            ) from None
        except ValueError:
            raise BotUnavailable(
                f"客户机器人服务（{self.base_url}）的回复不是合法的 JSON，无法识别学员的话语。"
            ) from None
        return _acts_of(data, self.threshold)

    def _cached(self, text: str) -> frozenset[str] | None:
        with self._lock:
            acts = self._cache.get(text)
            if acts is not None:
                self._cache.move_to_end(text)
            return acts

    def _store(self, text: str, acts: frozenset[str]) -> None:
        if self._cache_size <= 0:
            return
        with self._lock:
            self._cache[text] = acts
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        todo = sorted({t for t in texts if self._cached(t) is None})
        if todo:
            if self.workers == 1 or len(todo) == 1:
                parsed = [self._parse(t) for t in todo]
            else:
                with ThreadPoolExecutor(max_workers=min(self.workers, len(todo))) as pool:
                    parsed = list(pool.map(self._parse, todo))
            found = dict(zip(todo, parsed, strict=True))
            for t, acts in found.items():
                self._store(t, acts)
        else:
            found = {}
        return [found[t] if t in found else (self._cached(t) or frozenset()) for t in texts]

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RasaActRecognizer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _acts_of(data: dict, threshold: float) -> frozenset[str]:
    """Act names from a /model/parse answer; falls back to the intent when `acts` is missing."""
    known = set(ACT_NAMES)
    acts = data.get("acts")
    if isinstance(acts, list):
        names = {
            a.get("name")
            for a in acts
            if isinstance(a, dict) and float(a.get("confidence") or 0.0) >= threshold
        }
    else:
        intent = data.get("intent") or {}
        names = (
            {intent.get("name")} if float(intent.get("confidence") or 0.0) >= threshold else set()
        )
    return frozenset(n for n in names if n in known)


def recognize_call(record: CallRecord, recognizer: ActRecognizer) -> dict[int, frozenset[str]]:
    """The acts of every trainee utterance, keyed by its index in record.events."""
    trainee = record.utterances("trainee")
    if not trainee:
        return {}
    found = recognizer.recognize([u.text for _, u in trainee])
    if len(found) != len(trainee):
        raise BotUnavailable(
            f"话语识别结果的条数（{len(found)}）与学员话语条数（{len(trainee)}）不一致，无法评分。"
        )
    return {i: frozenset(acts) for (i, _), acts in zip(trainee, found, strict=True)}


def score_with_bot(record: CallRecord, scenario: Scenario, bot_url: str) -> ScoreReport:
    """Score a finished call with the acts the bot's NLU model recognises in it (drills do this)."""
    with RasaActRecognizer(bot_url) as recognizer:
        return score_call(record, scenario, recognize_call(record, recognizer))
