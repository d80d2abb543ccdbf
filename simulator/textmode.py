"""The trainee's side of a text drill: typed at the terminal, or read from a script file."""

from __future__ import annotations

import select
import sys
import time
from pathlib import Path
from typing import TextIO

import click

from core.callrecord import Event
from core.errors import ScriptError
from simulator.events import describe
from simulator.session import RING_PERIOD_S, CallView, HangUp, Hold, Say, TraineeAction

SCRIPT_HELP = "脚本每行一句学员的话；以 # 开头的行是注释；指令：/pickup N（第N声铃后接听）、/hold 秒数（让客户等待）、/hangup（学员挂断）。"


class ScriptInput:
    """Trainee lines from a file, one per line, so a call can run unattended."""

    def __init__(self, path: Path):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise ScriptError(f"{path}：脚本文件不存在。请检查路径。") from None
        except (OSError, UnicodeDecodeError) as e:
            raise ScriptError(
                f"{path}：无法读取脚本（{e.__class__.__name__}）。脚本应为 UTF-8 文本。"
            ) from None
        self.pickup_ring = 1
        self.actions: list[TraineeAction] = []
        for number, raw in enumerate(lines, start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("/"):
                self._directive(path, number, line)
            else:
                self.actions.append(Say(line))
        if not any(isinstance(a, Say) for a in self.actions):
            raise ScriptError(f"{path}：脚本里没有学员要说的话。{SCRIPT_HELP}")
        self._next = 0

    def _directive(self, path: Path, number: int, line: str) -> None:
        word, _, arg = line.partition(" ")
        arg = arg.strip()
        if word == "/hangup" and not arg:
            self.actions.append(HangUp())
            return
        if word in ("/pickup", "/hold"):
            try:
                value = float(arg)
            except ValueError:
                value = -1
            if word == "/pickup" and value >= 1 and value.is_integer():
                self.pickup_ring = int(value)
                return
            if word == "/hold" and value > 0:
                self.actions.append(Hold(value))
                return
            need = "铃声次数（正整数）" if word == "/pickup" else "等待秒数（正数）"
            raise ScriptError(f"{path} 第{number}行：“{line}”缺少或写错了{need}。{SCRIPT_HELP}")
        raise ScriptError(f"{path} 第{number}行：未知指令“{word}”。{SCRIPT_HELP}")

    def pickup_time(self, max_rings: int, view: CallView) -> float | None:
        # Picked up a second into the chosen ring, as a person reaching for the phone would.
        return (self.pickup_ring - 1) * RING_PERIOD_S + 1.0

    def next_action(self) -> TraineeAction | None:
        if self._next >= len(self.actions):
            return None
        self._next += 1
        return self.actions[self._next - 1]


class TerminalInput:
    """The trainee types; Enter picks up; /hold, /hangup as in scripts."""

    def __init__(self, stream: TextIO = sys.stdin):
        self.stream = stream

    def pickup_time(self, max_rings: int, view: CallView) -> float | None:
        click.echo("电话响了……按回车接听。")
        start = time.monotonic()
        for ring in range(1, max_rings + 1):
            click.echo(f"  叮铃铃……（第{ring}声）")
            deadline = start + ring * RING_PERIOD_S
            while (left := deadline - time.monotonic()) > 0:
                ready, _, _ = select.select([self.stream], [], [], left)
                if ready:
                    self.stream.readline()
                    return time.monotonic() - start
        return None

    def next_action(self) -> TraineeAction | None:
        while True:
            click.echo("你：", nl=False)
            raw = self.stream.readline()
            if not raw:
                return None
            line = raw.strip()
            if not line:
                continue
            if line == "/hangup":
                return HangUp()
            if line.startswith("/hold"):
                started = time.monotonic()
                click.echo("（客户在等待中……按回车恢复通话）")
                self.stream.readline()
                return Hold(round(time.monotonic() - started, 1))
            if line.startswith("/"):
                click.echo("可用指令：/hold（让客户等待）、/hangup（挂断）。")
                continue
            return Say(line)


class TerminalView:
    """Prints the call as it happens, in the trainee's language."""

    def __init__(self, echo_trainee: bool):
        self.echo_trainee = echo_trainee

    def show(self, event: Event, display_text: str | None = None) -> None:
        line = describe(event, display_text, rings=False, trainee=self.echo_trainee)
        if line:
            click.echo(f"【{event.t:5.1f}s】{line}")
