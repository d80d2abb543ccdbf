"""The one client of the customer bot's HTTP API: parse (the trainee's acts), the reply, slots.

Our NLU component (`nlu/rasa_project/calldrill_nlu/trainee_acts.py`) adds every act it recognises in
a turn to Rasa's parse answer under `ACTS_PROPERTY`, each with a confidence. `acts_of` is the one
reading of that answer: the drill stores these acts in the call record and the scorer judges with
the same ones. Identical texts are parsed once per client (calls repeat 您好/好的/再见 a lot), and
a batch is sent one text at a time by default (`workers`): the bot is shared, and a client with
several requests in flight makes every other call wait behind all of them (scoring a record at the
limits with 4 at a time took other calls' median turn from 29 to 231 ms; tests/test_shared_bot.py).

A turn is parsed once: `say` asks /model/parse for the acts, then hands the intent it found to
`/conversations/{id}/trigger_intent`, which runs the scenario's rules without parsing the text again
(the REST webhook would). Every call carries the server's `--auth-token` (Rasa reads `?token=`); see
`token_for` for which token goes to which server. The token never appears in a message or a log line.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import re
import tempfile
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from threading import Lock
from urllib.parse import urlsplit

import httpx

from core import limits
from core.acts import ACT_NAMES, FORBIDDEN_ACTS, sure
from core.errors import BotUnavailable, InputTooLarge
from core.settings import data_dir, settings

ACTS_PROPERTY = "acts"
"""The parse answer's property with every act of the turn (the Rasa component keeps a copy)."""
ACT_THRESHOLD = 0.5
"""An act below this confidence is not one the trainee performed."""
SURE_THRESHOLD = 0.9
"""A forbidden act at or above this confidence is marked sure (core.acts.sure) for the scorer."""
REPLY_BUDGET_S = 10.0
"""How long one request may take before the call is told the bot did not answer (a normal reply
takes well under a second; texts over UTTERANCE_MAX_CHARS are never sent, so no parse takes long)."""
FALLBACK_INTENT = "other"
"""The intent a turn is handed on with when the parse named none (an empty or unreadable text)."""


# --- the auth token -------------------------------------------------------------------------------


def token_file() -> Path:
    """This data directory's token for the Rasa servers it starts (mode 0600; nlu.service makes it)."""
    return data_dir() / "rasa" / "token"


def local_index() -> Path | None:
    """Which token file belongs to which loopback port, for this OS user's CallDrill processes.

    A server nlu.service starts is entered here (port -> path of its data directory's token file),
    so a process with another data directory pointed at it by CALLDRILL_RASA_URL (a second app
    replica, the tests' web apps) finds the token without it being copied into its environment.
    None when the directory is not ours alone (made by another user, or readable by others).
    """
    index = Path(tempfile.gettempdir()) / f"calldrill-{os.getuid()}" / "rasa-tokens"
    try:
        for d in (index.parent, index):
            with contextlib.suppress(FileExistsError):
                d.mkdir(mode=0o700)
            st = d.lstat()
            if st.st_uid != os.getuid() or not d.is_dir() or d.is_symlink():
                return None
            if st.st_mode & 0o077:  # ours, made with a looser umask: tighten it
                d.chmod(0o700)
    except OSError:
        return None
    return index


def _loopback_port(url: str) -> int | None:
    parts = urlsplit(url)
    try:
        host = parts.hostname or ""
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        return parts.port if loopback else None
    except ValueError:
        return None


def _read(path: Path) -> str | None:
    with contextlib.suppress(OSError):
        return path.read_text(encoding="utf-8").strip() or None
    return None


def token_for(url: str) -> str | None:
    """The token to send to `url`: CALLDRILL_RASA_TOKEN for the CALLDRILL_RASA_URL server; else the
    token of the CallDrill data directory that started the loopback server at that port; else none
    (a token is never sent to a server it was not made for)."""
    s = settings()
    if s.rasa_token and s.rasa_url and url.rstrip("/") == s.rasa_url.rstrip("/"):
        return s.rasa_token
    port = _loopback_port(url)
    if port is None:
        return None
    index = local_index()
    owner = _read(index / str(port)) if index else None
    return _read(Path(owner)) if owner else None


class _HideToken(logging.Filter):
    """httpx logs every request's URL at INFO; the token is a query parameter there."""

    _token = re.compile(r"([?&]token=)[^&\s\"']+")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                self._token.sub(r"\1***", str(a)) if isinstance(a, httpx.URL) else a for a in args
            )
        return True


if not any(isinstance(f, _HideToken) for f in logging.getLogger("httpx").filters):
    logging.getLogger("httpx").addFilter(_HideToken())


def auth_params(url: str) -> dict[str, str]:
    token = token_for(url)
    return {"token": token} if token else {}


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
        timeout: float = REPLY_BUDGET_S,
        workers: int = 1,
        cache_size: int = 4096,
        client: httpx.Client | None = None,
        token: str | None = None,
    ):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._params = {"token": token} if token else auth_params(self.url)
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

    def _post(self, path: str, payload: object, **params: str) -> object:
        try:
            response = self._http.post(
                f"{self.url}{path}", json=payload, params={**params, **self._params}
            )
            response.raise_for_status()
            return response.json()
        except httpx.HTTPStatusError as e:
            if e.response.status_code in (401, 403):
                raise BotUnavailable(
                    f"客户机器人服务（{self.url}）拒绝了请求：HTTP {e.response.status_code}，"
                    "令牌不对或缺少令牌。如果它是 CALLDRILL_RASA_URL 指定的服务，请把 "
                    "CALLDRILL_RASA_TOKEN 设为它启动时的 --auth-token。"
                ) from None
            raise BotUnavailable(
                f"客户机器人服务（{self.url}）出错：HTTP {e.response.status_code}。"
                "请运行 `calldrill bot status` 检查服务，稍后再试。"
            ) from None
        except httpx.TimeoutException:
            raise BotUnavailable(
                f"客户机器人服务（{self.url}）在 {self.timeout:g} 秒内没有应答，这一句没有处理。"
                "请稍后再试；反复出现请运行 `calldrill bot status` 检查服务。"
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
        """The acts recognised in a trainee turn, and the one the customer reacts to.

        A text over UTTERANCE_MAX_CHARS is refused here, whoever sends it (`InputTooLarge`), so that
        no caller of the shared bot can make it parse something long (the pages and readers check
        earlier, with their own words).
        """
        if problem := limits.utterance_problem(text):
            raise InputTooLarge(problem)
        parsed = self._post("/model/parse", {"text": text})
        if not isinstance(parsed, dict):
            parsed = {}
        acts = acts_of(parsed)
        sure_acts = tuple(sure(a) for a in acts_of(parsed, SURE_THRESHOLD) if a in FORBIDDEN_ACTS)
        self._remember(text, acts + sure_acts)
        return acts, (parsed.get("intent") or {}).get("name")

    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        """The acts of each text, in order, with the sure marks of forbidden acts (the scorer's
        `ActRecognizer`)."""
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
        # Two steps, for a SQL tracker store (several servers): Rasa stamps posted events when it
        # reads the request, before it starts the conversation's session, and the SQL store loads
        # only the events stamped after the latest session start. So the first post starts the
        # session, and the second stamps the slots just after the last event it returned.
        path = f"/conversations/{conversation_id}/tracker/events"
        scenario = {"event": "slot", "name": "scenario", "value": scenario_id}
        state = self._post(path, [scenario])
        events = state.get("events") if isinstance(state, dict) else None
        stamps = [e.get("timestamp") for e in events or () if isinstance(e, dict)]
        last = max((t for t in stamps if isinstance(t, int | float)), default=None)
        slots = [scenario] + [{"event": "slot", "name": k, "value": v} for k, v in facts.items()]
        if last is not None:
            slots = [{**e, "timestamp": last + (i + 1) * 1e-4} for i, e in enumerate(slots)]
        self._post(path, slots, include_events="NONE")

    def say(self, conversation_id: str, text: str) -> BotTurn:
        # Parsed once, here: the acts come from this answer (when no rule covers a turn, Rasa's
        # fallback reverts it from the tracker, so the tracker cannot tell them), and the intent is
        # handed on as it is, so the rules see exactly what the REST webhook would have parsed.
        acts, intent = self.parse(text)
        answer = self._post(
            f"/conversations/{conversation_id}/trigger_intent",
            {"name": intent if intent in ACT_NAMES else FALLBACK_INTENT},
            include_events="NONE",  # the answer carries the tracker; its events are not needed
        )
        messages = answer.get("messages") if isinstance(answer, dict) else None
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
