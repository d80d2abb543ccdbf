"""The one client of the customer bot's HTTP API: parse (the trainee's acts), the REST webhook, slots.

Our NLU component (`nlu/rasa_project/calldrill_nlu/trainee_acts.py`) adds every act it recognises in
a turn to Rasa's parse answer under `ACTS_PROPERTY`, each with a confidence. `acts_of` is the one
reading of that answer: the drill stores these acts in the call record and the scorer judges with
the same ones. Identical texts are parsed once per client (calls repeat 您好/好的/再见 a lot), and
a batch is sent a few texts at a time over one connection pool.
"""

from __future__ import annotations

from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from threading import Lock

import httpx

from core.acts import ACT_NAMES
from core.errors import BotUnavailable

ACTS_PROPERTY = "acts"
"""The parse answer's property with every act of the turn (the Rasa component keeps a copy)."""
ACT_THRESHOLD = 0.5
"""An act below this confidence is not one the trainee performed."""


@dataclass(frozen=True)
class CustomerLine:
    """One line the customer says, with what the scenario attached to it."""

    text: str
    node: str | None = None
    mood: str | None = None
    line: str | None = None
    hangup: bool = False


@dataclass(frozen=True)
class BotTurn:
    lines: tuple[CustomerLine, ...]
    acts: tuple[str, ...]
    intent: str | None


def acts_of(parsed: dict, threshold: float = ACT_THRESHOLD) -> tuple[str, ...]:
    """Known act names from a /model/parse answer, in its order; the intent when acts are missing."""
    acts = parsed.get(ACTS_PROPERTY)
    if not isinstance(acts, list):
        acts = [parsed.get("intent") or {}]
    names = (
        a.get("name")
        for a in acts
        if isinstance(a, dict) and float(a.get("confidence") or 0.0) >= threshold
    )
    return tuple(dict.fromkeys(n for n in names if n in ACT_NAMES))


class BotClient:
    """Talks to one Rasa server (or a load balancer in front of several); thread-safe."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 30.0,
        workers: int = 4,
        cache_size: int = 4096,
        client: httpx.Client | None = None,
    ):
        self.url = url.rstrip("/")
        self.workers = max(1, workers)
        self._http = client or httpx.Client(
            timeout=timeout,
            limits=httpx.Limits(
                max_connections=self.workers, max_keepalive_connections=self.workers
            ),
        )
        self._cache: OrderedDict[str, tuple[str, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = Lock()

    def _post(self, path: str, payload: object) -> object:
        try:
            response = self._http.post(f"{self.url}{path}", json=payload)
            response.raise_for_status()
            return response.json()
        except httpx.HTTPStatusError as e:
            raise BotUnavailable(
                f"客户机器人服务（{self.url}）出错：HTTP {e.response.status_code}。"
                "请运行 `calldrill bot status` 检查服务，稍后再试。"
            ) from None
        except httpx.HTTPError as e:
            raise BotUnavailable(
                f"无法连接客户机器人服务（{self.url}）：{e.__class__.__name__}。"
                "请确认服务已启动（`calldrill bot status` 查看，`calldrill bot start` 启动）后再试。"
            ) from None
        except ValueError:
            raise BotUnavailable(
                f"客户机器人服务（{self.url}）的回复不是合法的 JSON。"
                "请确认 CALLDRILL_RASA_URL 指向 Rasa 服务。"
            ) from None

    # --- the trainee's acts ---

    def parse(self, text: str) -> tuple[tuple[str, ...], str | None]:
        """The acts recognised in a trainee turn, and the one the customer reacts to."""
        parsed = self._post("/model/parse", {"text": text})
        if not isinstance(parsed, dict):
            parsed = {}
        self._remember(text, acts_of(parsed))
        return acts_of(parsed), (parsed.get("intent") or {}).get("name")

    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        """The acts of each text, in order (the scorer's `ActRecognizer`)."""
        todo = sorted({t for t in texts if self._cached(t) is None})
        if len(todo) > 1 and self.workers > 1:
            with ThreadPoolExecutor(max_workers=min(self.workers, len(todo))) as pool:
                list(pool.map(self.parse, todo))
        else:
            for t in todo:
                self.parse(t)
        return [frozenset(self._cached(t) or ()) for t in texts]

    def _cached(self, text: str) -> tuple[str, ...] | None:
        with self._lock:
            acts = self._cache.get(text)
            if acts is not None:
                self._cache.move_to_end(text)
            return acts

    def _remember(self, text: str, acts: tuple[str, ...]) -> None:
        if self._cache_size <= 0:
            return
        with self._lock:
            self._cache[text] = acts
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    # --- the conversation ---

    def start_call(self, conversation_id: str, scenario_id: str, facts: dict[str, str]) -> None:
        """Tell the bot which scenario this conversation plays and the facts drawn for it."""
        events = [{"event": "slot", "name": "scenario", "value": scenario_id}]
        events += [{"event": "slot", "name": k, "value": v} for k, v in facts.items()]
        self._post(f"/conversations/{conversation_id}/tracker/events", events)

    def say(self, conversation_id: str, text: str) -> BotTurn:
        # Parsed separately: when no rule covers a turn, Rasa's fallback reverts it from the
        # tracker, and the tracker would then show the previous turn's acts.
        acts, intent = self.parse(text)
        messages = self._post(
            "/webhooks/rest/webhook", {"sender": conversation_id, "message": text}
        )
        lines: list[CustomerLine] = []
        for message in messages if isinstance(messages, list) else []:
            if "text" in message:
                lines.append(CustomerLine(text=message["text"]))
            custom = message.get("custom")
            if custom and lines:
                last = lines[-1]
                lines[-1] = CustomerLine(
                    text=last.text,
                    node=custom.get("node"),
                    mood=custom.get("mood"),
                    line=custom.get("line"),
                    hangup=bool(custom.get("hangup")),
                )
        return BotTurn(tuple(lines), acts, intent)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> BotClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
