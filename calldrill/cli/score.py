"""`calldrill score CALL.json [--scenario ID] [--json]`: score one recorded call.

The main CLI registers `score_command`. Every CallDrillError (bad call file, unknown scenario, the bot
unreachable…) becomes one message on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from core.callrecord import read_call_record
from core.errors import CallDrillError
from core.scenario import ScenarioSet, load_scenarios
from nlu.client import BotClient
from scoring.acts import ActRecognizer, recognize_call
from scoring.format import format_report
from scoring.scorer import score_call


def make_recognizer(scenarios: ScenarioSet) -> ActRecognizer:
    """The NLU of the customer bot trained on these scenarios (started or reused as needed)."""
    from nlu.service import ensure_bot

    return BotClient(ensure_bot(scenarios))


@click.command("score")
@click.argument("call_file", metavar="CALL.json", type=click.Path(path_type=Path))
@click.option(
    "--scenario", "scenario_id", help="Score against this scenario instead of the record's."
)
@click.option("--json", "as_json", is_flag=True, help="Print the score report as JSON.")
@click.option(
    "--scenarios",
    "scenario_dir",
    type=click.Path(path_type=Path),
    help="Scenario folder (default: scenarios/).",
)
def score_command(
    call_file: Path, scenario_id: str | None, as_json: bool, scenario_dir: Path | None
) -> None:
    """Score the recorded call CALL.json against the phone-answering rubric."""
    try:
        record = read_call_record(call_file)
        scenarios = load_scenarios([scenario_dir] if scenario_dir else None)
        scenario = scenarios.get(scenario_id or record.scenario)
        recognizer = make_recognizer(scenarios)
        try:
            acts = recognize_call(record, recognizer)
        finally:
            close = getattr(recognizer, "close", None)
            if close:
                close()
        report = score_call(record, scenario, acts)
    except CallDrillError as e:
        click.echo(f"错误：{e.message}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(report.to_json())
    else:
        click.echo(format_report(report, record))
