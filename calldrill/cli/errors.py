"""The one place where a CallDrillError becomes words on screen for command-line users."""

from __future__ import annotations

import click

from core.errors import CallDrillError

CLI_ACTOR = "cli"
"""Who the audit log names for a change made on the command line."""


class ReportingGroup(click.Group):
    """Every CallDrillError becomes its message on stderr and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CallDrillError as e:
            click.echo(f"错误：{e.message}", err=True)
            ctx.exit(2)
        except KeyboardInterrupt:
            click.echo("\n已中断。", err=True)
            ctx.exit(130)
