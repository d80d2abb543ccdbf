"""The one way tests run the command line: in-process, as a user would type it."""

from __future__ import annotations

from click.testing import CliRunner, Result

from calldrill.cli import main


def calldrill(*args: object, input: str | None = None) -> Result:
    """`calldrill ARGS…`; the result has `exit_code` and `output` (stdout and stderr, as shown)."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input)
