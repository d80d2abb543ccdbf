"""`calldrill`: a thin command line over the application services; errors become words here only."""

from __future__ import annotations

import click

from calldrill.cli.bot import bot
from calldrill.cli.cert import cert_group
from calldrill.cli.demo import demo_command
from calldrill.cli.errors import ReportingGroup
from calldrill.cli.models import models
from calldrill.cli.practice import practice
from calldrill.cli.scenarios import scenarios
from calldrill.cli.score import score_command
from calldrill.cli.transcribe import transcribe_command
from calldrill.cli.users import users_group
from calldrill.cli.web import web


@click.group(cls=ReportingGroup)
def main() -> None:
    """CallDrill (话务实训): phone-answering drills against a simulated customer."""


for command in (
    practice,
    models,
    scenarios,
    bot,
    web,
    cert_group,
    score_command,
    transcribe_command,
    users_group,
    demo_command,
):
    main.add_command(command)
