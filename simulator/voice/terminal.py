"""What the trainee sees in the terminal during a voice call (they hear the customer, so the customer's
words are not printed: on a bad line, reading them would defeat the exercise)."""

from __future__ import annotations

import sys

import click

from core.callrecord import Event, Ring
from simulator.events import CustomerShown, describe


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
        shown = CustomerShown.WORDS if self.subtitles else CustomerShown.NOTHING
        line = describe(event, display_text, customer=shown)
        if line is None:
            return
        click.echo(f"  {line}" if isinstance(event, Ring) else f"【{event.t:6.1f}s】{line}")

    def status(self, message: str) -> None:
        self._clear_partial()
        click.echo(message)

    def partial(self, text: str) -> None:
        if not self.live:
            return
        click.echo(f"\r\033[K  ……{text[-40:]}", nl=False)
        self._partial_shown = True
