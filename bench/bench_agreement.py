"""Agreement per rule: the scorer against hand labels, or two labellers against each other.

    .venv/bin/python -m bench.bench_agreement [FOLDER…] [--rasa URL] [--misses] [--pooled]
    .venv/bin/python -m bench.bench_agreement --labels A B
    .venv/bin/python -m bench bench_agreement            (the default folder, content only)

A folder of labelled calls holds NAME.json (a call record) and NAME.expected.json (`{"expected": {rule
id: status}}`), as tests/data/calls/build.py writes them; the default is tests/data/calls. For each
folder this prints one Markdown table: per rule n, agreement, Cohen's kappa between scorer and labels
over pass/fail/n-a ("—" where kappa is undefined because one side gives one status only), false
forbidden flags (the scorer failed a forbidden rule the labels pass or leave n/a), and the pooled row.
No single pooled figure hides a weak rule.

The scorer hears the trainee's acts from the Rasa NLU at `--rasa URL` (a running server: `calldrill
bot start` prints one), else from nothing (content checks alone). `--labels A B` compares the
NAME.expected.json files the two folders share (inter-labeller agreement), not the scorer.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from datetime import date
from pathlib import Path

from core.callrecord import read_call_record
from core.rubric import ALL_RULES
from core.scenario import load_scenarios
from scoring.acts import ActRecognizer, recognize_call
from scoring.agreement import RuleAgreement, kappa_text, per_rule
from scoring.scorer import score_call

CALLS = Path(__file__).resolve().parent.parent / "tests" / "data" / "calls"


def labels_in(folder: Path) -> dict[str, dict[str, str]]:
    """NAME → {rule: status} for every NAME.expected.json of a folder."""
    out = {}
    for path in sorted(folder.glob("*.expected.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[path.name.removesuffix(".expected.json")] = data["expected"]
    return out


class _NoActs:
    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        return [frozenset() for _ in texts]


def scorer_decisions(
    folder: Path, recognizer: ActRecognizer
) -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    """(scorer, label) status pairs per rule over a folder's calls, and the disagreements."""
    scenarios = load_scenarios()
    decisions: dict[str, list[tuple[str, str]]] = {rule: [] for rule in ALL_RULES}
    misses = []
    for name, expected in labels_in(folder).items():
        record = read_call_record(folder / f"{name}.json")
        report = score_call(
            record, scenarios.get(record.scenario), recognize_call(record, recognizer)
        )
        for r in report.rules:
            decisions[r.id].append((r.status, expected[r.id]))
            if r.status != expected[r.id]:
                misses.append(
                    f"{name} {r.id}: labels {expected[r.id]}, scorer {r.status} ({r.note})"
                )
    return decisions, misses


def label_decisions(a: Path, b: Path) -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    """(A, B) status pairs per rule over the calls both folders label, and the disagreements."""
    first, second = labels_in(a), labels_in(b)
    shared = sorted(set(first) & set(second))
    decisions: dict[str, list[tuple[str, str]]] = {rule: [] for rule in ALL_RULES}
    misses = []
    for name in shared:
        for rule in ALL_RULES:
            x, y = first[name][rule], second[name][rule]
            decisions[rule].append((x, y))
            if x != y:
                misses.append(f"{name} {rule}: A {x}, B {y}")
    return decisions, misses


def _shown(folder: Path) -> str:
    try:
        return str(folder.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(folder)


def table(title: str, rows: list[RuleAgreement], pooled: RuleAgreement, flags_column: str) -> str:
    lines = [
        f"\n### {title}\n",
        f"{date.today()} · {platform.python_implementation()} {platform.python_version()}\n",
        f"| rule | n | agreement | kappa | {flags_column} |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in [*rows, pooled]:
        name = f"**{r.rule}**" if r is pooled else f"`{r.rule}`"
        lines.append(
            f"| {name} | {r.n} | {100 * r.share:.1f}% | {kappa_text(r.kappa)} | {r.false_forbidden} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_agreement",
        description="Per-rule agreement and Cohen's kappa: scorer vs labels, or labels vs labels.",
    )
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        help="labelled calls (default: the tuning set and the blind sets)",
    )
    parser.add_argument("--labels", nargs=2, type=Path, metavar=("A", "B"))
    parser.add_argument("--rasa", metavar="URL", help="acts from the Rasa NLU at URL")
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--pooled", action="store_true", help="one table over all the folders' calls together"
    )
    args = parser.parse_args([] if argv is None else argv)

    if args.labels:
        a, b = args.labels
        decisions, misses = label_decisions(a, b)
        rows, pooled = per_rule(decisions)
        n_calls = len(decisions[ALL_RULES[0]])
        title = f"labels {_shown(a)} (A) vs {_shown(b)} (B) ({n_calls} calls)"
        print(table(title, rows, pooled, "A fail, B not"))
        _print_misses(misses, args.misses)
        return

    folders = args.folders or [CALLS, *sorted((CALLS.parent / "blind_calls").glob("b*"))]
    if args.rasa:
        from nlu.client import BotClient

        with BotClient(args.rasa) as recognizer:
            _score_folders(folders, recognizer, f"acts from the Rasa NLU at {args.rasa}", args)
    else:
        _score_folders(folders, _NoActs(), "content only, no acts", args)


def _score_folders(folders: list[Path], recognizer, how: str, args) -> None:
    groups = [folders] if args.pooled else [[folder] for folder in folders]
    for group in groups:
        decisions: dict[str, list[tuple[str, str]]] = {rule: [] for rule in ALL_RULES}
        misses: list[str] = []
        for folder in group:
            more, missed = scorer_decisions(folder, recognizer)
            for rule in ALL_RULES:
                decisions[rule] += more[rule]
            misses += missed
        rows, pooled = per_rule(decisions)
        n_calls = len(decisions[ALL_RULES[0]])
        shown = " + ".join(_shown(folder) for folder in group)
        print(
            table(
                f"scorer vs labels: {shown} ({n_calls} calls; {how})",
                rows,
                pooled,
                "false forbidden flags",
            )
        )
        _print_misses(misses, args.misses)


def _print_misses(misses: list[str], show: bool) -> None:
    if show:
        print("\ndisagreements:" if misses else "\nno disagreement")
        for m in misses:
            print(f"- {m}")
    else:
        print(f"\n{len(misses)} disagreement(s); `--misses` lists them")


if __name__ == "__main__":
    main(sys.argv[1:])
