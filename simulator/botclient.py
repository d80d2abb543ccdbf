"""Talks to the customer bot over Rasa's HTTP API (REST channel + tracker events)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from simulator.errors import BotUnavailable


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


class BotClient:
    def __init__(self, url: str, timeout: float = 30.0):
        self.url = url.rstrip("/")
        self._http = httpx.Client(timeout=timeout)

    def _request(self, method: str, path: str, **kwargs) -> httpx.Response:
        try:
            response = self._http.request(method, f"{self.url}{path}", **kwargs)
            response.raise_for_status()
            return response
        except httpx.HTTPError as e:
            raise BotUnavailable(
                f"与客户机器人服务（{self.url}）的连接出错：{e.__class__.__name__}。"
                "请稍后重试；若持续出现，请运行 `calldrill bot status` 检查服务。"
            ) from None

    def start_call(self, conversation_id: str, scenario_id: str, facts: dict[str, str]) -> None:
        """Tell the bot which scenario this conversation plays and the facts drawn for it."""
        events = [{"event": "slot", "name": "scenario", "value": scenario_id}]
        events += [{"event": "slot", "name": k, "value": v} for k, v in facts.items()]
        self._request("POST", f"/conversations/{conversation_id}/tracker/events", json=events)

    def parse(self, text: str) -> tuple[tuple[str, ...], str | None]:
        """The acts recognised in a trainee turn, and the one the customer reacts to."""
        parsed = self._request("POST", "/model/parse", json={"text": text}).json()
        acts = tuple(a["name"] for a in parsed.get("acts") or [])
        return acts, (parsed.get("intent") or {}).get("name")

    def say(self, conversation_id: str, text: str) -> BotTurn:
        # Parsed separately: when no rule covers a turn, Rasa's fallback reverts it from the
        # tracker, and the tracker would then show the previous turn's acts.
        acts, intent = self.parse(text)
        messages = self._request(
            "POST", "/webhooks/rest/webhook", json={"sender": conversation_id, "message": text}
        ).json()
        lines: list[CustomerLine] = []
        for message in messages:
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
