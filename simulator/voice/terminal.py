"""What the trainee sees in the terminal during a voice call (they hear the customer, so the customer's
words are not printed: on a bad line, reading them would defeat the exercise)."""

from __future__ import annotations

import sys

import click

from core.callrecord import Event, Hangup, HoldEnd, HoldStart, Pickup, Ring, Utterance


class TerminalVoiceView:
    def __init__(self, subtitles: bool = False):
        self.subtitles = subtitles
        self.live = sys.stdout.isatty()  # partial results overwrite one line: terminals only
        self._partial_shown = False

    def _clear_partial(self) -> None:
        if self._partial_shown:
            click.echo("\r\033[K", nl=False)
            self._partial_shown = False

    def show(self, event: Event, display_text: str | None = None) -> None:
        self._clear_partial()
        if isinstance(event, Ring):
            click.echo(f"  叮铃铃……（第{round(event.t / 5) + 1}声）")
        elif isinstance(event, Pickup):
            click.echo(f"【{event.t:6.1f}s】接听。")
        elif isinstance(event, Utterance) and event.speaker == "trainee":
            confidence = (
                f"，置信度 {event.asr_confidence:.2f}" if event.asr_confidence is not None else ""
            )
            click.echo(f"【{event.t:6.1f}s】你（识别结果{confidence}）：{event.text}")
        elif isinstance(event, Utterance) and self.subtitles:
            click.echo(f"【{event.t:6.1f}s】客户：{event.text}")
        elif isinstance(event, HoldStart):
            click.echo(f"【{event.t:6.1f}s】（保持通话，客户等待中）")
        elif isinstance(event, HoldEnd):
            click.echo(f"【{event.t:6.1f}s】（恢复通话）")
        elif isinstance(event, Hangup):
            who = "客户" if event.by == "customer" else "你"
            click.echo(f"【{event.t:6.1f}s】{who}挂断了电话。")

    def status(self, message: str) -> None:
        self._clear_partial()
        click.echo(message)

    def partial(self, text: str) -> None:
        if not self.live:
            return
        click.echo(f"\r\033[K  ……{text[-40:]}", nl=False)
        self._partial_shown = True
