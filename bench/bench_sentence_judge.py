"""Sentence judge: does a classifier trained on the labelled calls catch what the cues miss?

    .venv/bin/python -m bench.bench_sentence_judge --held-out tests/data/blind_calls/b1{19..25}
    .venv/bin/python -m bench.bench_sentence_judge --held-out A… --held-out B…   (a table per set)
    .venv/bin/python -m bench bench_sentence_judge       (held out: the seven newest blind rounds)
    .venv/bin/python -m bench.bench_sentence_judge --export [--held-out …]   (the scorer's judge)

`--export` trains on every labelled folder but the held-out ones and saves the judge the scorer uses
(scoring/judge_model.npz, read by scoring/judge.py without scikit-learn); hold a fresh round out until it
has been measured.

`--root DIR` reads the labelled calls, tests/test_scorer_roles.py and ../shared of another checkout
(say a `git archive` of an older commit); the code, cues included, is whatever is on the path.

Needs scikit-learn (a dev dependency, not the product's): without it this prints that it was skipped.

One judge per forbidden wording rule (no_rudeness, no_dismissiveness, no_indifference, no_impatience,
no_absence_gossip, no_improper_promise; not no_personal_name, whose cues catch every violation and whose
judge only added false flags): TF-IDF of character 1-3-grams (digits read as 0) and a linear SVM, trained
on the violating trainee lines of the labelled calls (the lines the label's note quotes, in calls that
break exactly one wording rule) against the trainee lines of clean calls and the innocent sentences of
the tests (`innocents`). Its threshold is the highest out-of-fold score of those negatives (5 folds
that keep each round and each review list whole), so on data it has not seen it flags none of them.
Trained on tests/data/calls and every blind round but the held-out ones.

For each held-out set one Markdown table, per rule: the violating lines, how many the cues catch (a strong
flag that is not overruled), the judge, the judge alone; the judge's false flags on the set's clean lines
and on the real agent turns of ../shared/data/real-dialogues; and Cohen's kappa against the labels at call
level, cues alone vs cues + judge. The call level is content only: no NLU acts and no scorer, a call fails
a rule when one of its trainee lines is charged with it; one attitude rule a line (the cues' in the scorer's
order, the judge's surest), and the judge speaks only on lines where the cues flag nothing (the scorer also
waits for the NLU).
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import platform
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from core.callrecord import read_call_record
from scoring import cues
from scoring.agreement import cohens_kappa, kappa_text
from scoring.judge import MODEL, NGRAMS, SentenceJudge, normalised
from scoring.scorer import _ATTITUDE_ORDER

ROOT = Path(__file__).resolve().parent.parent
WORDING_RULES = tuple(cues.RULE_OF_ACT.values())
JUDGED = tuple(rule for rule in WORDING_RULES if rule != "no_personal_name")
CLEAN = "clean"  # a line of a call that breaks no wording rule: a negative
OTHER = "other"  # a line of a failing call the note does not quote: neither positive nor negative
NEWEST_ROUNDS = 7  # a batch of blind rounds
# the SVM's C: 1.0 caught more on rounds it had not seen than 0.25 or 0.5 (b126-b132 trained to b125: rudeness
# kappa 0.846, 0.826 -> 0.865) and no less than 2.0, with no false flag on their clean lines at any of them
SOFT_MARGIN = 1.0

# How a label's note quotes the violation (“…”), and the apology that repairs it (quoted as well)
_QUOTE = re.compile(r"[“\"「]([^”\"」]+)[”\"」]")
_PUNCT = re.compile(r"[\s，,。.！!？?；;：:、…~～“”\"'‘’（）()《》—\-]")
_REPAIR = re.compile(r"对不起|不好意思|抱歉|是我(态度|没|说话)|理解(您|你)")


@dataclass(frozen=True)
class LabelledCall:
    """A call's trainee lines with what the labels say of each, and what the cues need to know."""

    name: str
    fails: frozenset[str]  # the wording rules the labels fail
    lines: tuple[str, ...]  # the trainee's utterances
    labels: tuple[str, ...]  # per line: the rule it breaks, CLEAN or OTHER
    colleagues: tuple[str, ...]
    company: str


def _bare(text: str) -> str:
    return _PUNCT.sub("", text)


def violating_lines(note: str, lines: tuple[str, ...]) -> list[int]:
    """The lines the note quotes: for each quoted fragment the line it covers best.

    The first such line is the violation. A later one is too only when its fragment is a sentence
    (eight characters or a quarter of the line: not a time limit the note quotes, “两个工作日内”回电,
    in a closing line) and no apology (对不起…) comes between: that is the repair, and what follows
    it the trainee's recovery.
    """
    fragments = [
        bare
        for quote in _QUOTE.findall(note)
        for part in re.split(r"…+|\.\.\.+|——", quote)
        # (a word the note quotes, 称客户“刘总”, 客户问“算数吗”, is no violation to find)
        if len(bare := _bare(part)) >= 4
    ]
    hits: dict[int, bool] = {}  # line -> named by a whole sentence
    for fragment in fragments:
        found = {
            i: len(fragment) / max(1, len(_bare(t)))
            for i, t in enumerate(lines)
            if fragment in _bare(t)
        }
        if found:
            best = max(found.values())
            for i, cover in found.items():
                if cover == best:
                    hits[i] = hits.get(i, False) or len(fragment) >= 8 or cover >= 0.25
    ordered = sorted(hits)
    first = ordered[:1]
    return first + [
        i
        for i in ordered[1:]
        if hits[i] and not any(_REPAIR.search(lines[k]) for k in range(first[0] + 1, i + 1))
    ]


def read_folder(folder: Path) -> list[LabelledCall]:
    """A folder's labelled calls; only a call that breaks one wording rule has positive lines."""
    out = []
    for path in sorted(folder.glob("*.expected.json")):
        name = path.name.removesuffix(".expected.json")
        label = json.loads(path.read_text(encoding="utf-8"))
        record = read_call_record(folder / f"{name}.json")
        lines = tuple(u.text for _, u in record.utterances("trainee"))
        fails = frozenset(r for r in WORDING_RULES if label["expected"].get(r) == "fail")
        if len(fails) == 1:
            (rule,) = fails
            quoted = violating_lines(label.get("note", ""), lines)
            labels = tuple(rule if i in quoted else OTHER for i in range(len(lines)))
        else:
            labels = (OTHER if fails else CLEAN,) * len(lines)
        colleague = (record.facts or {}).get("colleague")
        out.append(
            LabelledCall(
                name, fails, lines, labels, (colleague,) if colleague else ("经理",), record.company
            )
        )
    return out


def _cases(root: Path, test_file: str) -> dict[str, list[dict[str, object]]]:
    """Test name → the argument sets of each parametrised test of a test module."""
    sys.path.insert(0, str(root / "tests"))  # the test modules import their neighbours by name
    spec = importlib.util.spec_from_file_location(test_file, root / "tests" / f"{test_file}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out: dict[str, list[dict[str, object]]] = {}
    for name, test in inspect.getmembers(module, inspect.isfunction):
        for mark in getattr(test, "pytestmark", []):
            if mark.name == "parametrize":
                argnames = mark.args[0]
                names = (
                    [n.strip() for n in argnames.split(",")]
                    if isinstance(argnames, str)
                    else list(argnames)
                )
                for case in mark.args[1]:
                    # a case is a pytest.param(…), a tuple of the arguments or the one argument
                    values = getattr(case, "values", case if len(names) > 1 else (case,))
                    out.setdefault(name, []).append(dict(zip(names, values, strict=True)))
    return out


def innocents(root: Path) -> dict[str, list[str]]:
    """Test name → the innocent sentences of the tests: the hard negatives.

    The parametrised tests of tests/test_scorer_roles.py named for a review (test_review_N_…, the
    fifth and sixth reviews', the polite agent sentences) whose name says their sentences stay clean
    or are not flagged; and the standards' own examples tests/test_scorer.py judges in context and
    passes (他出去了，您晚点再打过来吧: 004 §10E). Left out: the rounds' look-alike lists
    (test_bNN_…_look_alikes_stay_clean), written from the rounds themselves, held-out ones included;
    and the lists that clear a sentence of one rule or one cue only (…_are_not_violations, each with
    its rule; …_is_no_get_lost).
    """
    out = {
        name: [str(case.get("said", case.get("text"))) for case in cases]
        for name, cases in _cases(root, "test_scorer_roles").items()
        if ("review" in name or "polite" in name)
        and name.endswith(("_stay_clean", "_are_not_flagged"))
    }
    out["test_forbidden_wording_in_context"] = [
        str(case["text"])
        for case in _cases(root, "test_scorer")["test_forbidden_wording_in_context"]
        if case["expected"] == "pass"
    ]
    return out


def real_agent_turns(root: Path) -> list[str]:
    """Evaluation only: these agents broke no standard, so every flag on them is a false one."""
    path = root.parent / "shared" / "data" / "real-dialogues" / "stc3-dialogues.jsonl"
    turns = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [t["text"] for t in turns if t["role"] == "agent"]


@dataclass(frozen=True)
class Trained:
    """A judge as exported, and how many positive lines each rule learnt from."""

    judge: SentenceJudge
    positives: dict[str, int]

    def flags(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Rule → which texts the exported judge charges (the scorer's own inference)."""
        heard = [set(self.judge.charged(t, _ATTITUDE_ORDER)) for t in texts]
        return {rule: np.array([rule in h for h in heard], bool) for rule in self.judge.rules}


def train(texts: list[str], labels: list[str], groups: list[str], trained_on: list[str]) -> Trained:
    """One linear SVM per rule, its threshold the highest out-of-fold score of a negative.

    The folds keep each group (a round, a review list) whole, so the threshold is what clears
    sentences of a round or a review the judge has not seen.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import GroupKFold
    from sklearn.svm import LinearSVC

    vectorizer = TfidfVectorizer(
        analyzer="char",
        ngram_range=NGRAMS,
        sublinear_tf=True,
        min_df=2,
        preprocessor=normalised,
    )
    vectorizer.fit([t for t, label in zip(texts, labels, strict=True) if label != OTHER])
    coef, intercept, thresholds, positives = [], [], [], {}
    for rule in JUDGED:
        pos = [i for i, label in enumerate(labels) if label == rule]
        neg = [i for i, label in enumerate(labels) if label == CLEAN]
        x = vectorizer.transform([texts[i] for i in pos + neg])
        y = np.array([1] * len(pos) + [0] * len(neg))
        by = np.array([groups[i] for i in pos + neg])
        out_of_fold = np.zeros(len(y))
        for fit, held in GroupKFold(n_splits=5).split(x, y, by):
            model = LinearSVC(C=SOFT_MARGIN, class_weight="balanced", random_state=0).fit(
                x[fit], y[fit]
            )
            out_of_fold[held] = model.decision_function(x[held])
        model = LinearSVC(C=SOFT_MARGIN, class_weight="balanced", random_state=0).fit(x, y)
        coef.append(model.coef_.ravel())
        intercept.append(model.intercept_[0])
        thresholds.append(out_of_fold[y == 0].max())
        positives[rule] = len(pos)
    judge = SentenceJudge(
        rules=JUDGED,
        vocabulary={w: int(i) for w, i in vectorizer.vocabulary_.items()},
        idf=vectorizer.idf_,
        coef=np.vstack(coef),
        intercept=np.array(intercept),
        thresholds=np.array(thresholds),
        trained_on=tuple(trained_on),
    )
    return Trained(judge, positives)


def _one_attitude(rules: set[str]) -> set[str]:
    """The scorer's one attitude rule a sentence (its _ATTITUDE_ORDER); the others stand beside it."""
    attitude = [r for r in _ATTITUDE_ORDER if r in rules]
    return (rules - set(_ATTITUDE_ORDER)) | set(attitude[:1])


def held_out_table(
    title: str,
    calls: list[LabelledCall],
    judge: Trained,
    real: dict[str, np.ndarray],
    sklearn_version: str,
) -> str:
    """Sentence and content-only call figures of one held-out set, per rule."""
    lines = [(c, t, label) for c in calls for t, label in zip(c.lines, c.labels, strict=True)]
    flagged = judge.flags([t for _, t, _ in lines])
    cued = [
        {
            f.rule
            for f in cues.forbidden_flags(t, c.colleagues, c.company)
            if f.strength == "strong" and not f.overruled
        }
        for c, t, _ in lines
    ]
    # call level: the cues' rules of a line, else the judge's; one attitude rule a line
    by_cues: dict[str, set[str]] = {c.name: set() for c in calls}
    by_both: dict[str, set[str]] = {c.name: set() for c in calls}
    for j, ((c, _, _), rules) in enumerate(zip(lines, cued, strict=True)):
        by_cues[c.name] |= _one_attitude(rules)
        by_both[c.name] |= _one_attitude(rules or {r for r in JUDGED if flagged[r][j]})

    clean = np.array([label == CLEAN for _, _, label in lines])
    out = [
        f"\n### {title}\n",
        f"{date.today()} · {platform.python_implementation()} {platform.python_version()} · "
        f"scikit-learn {sklearn_version}\n",
        f"| rule | violating lines | cues | judge | judge only | false flags: {int(clean.sum())}"
        f" clean lines / {len(real[JUDGED[0]])} real turns | failing calls | kappa: cues (caught/false)"
        " | kappa: cues + judge |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total = np.zeros(6, int)
    for rule in JUDGED:
        positive = np.array([label == rule for _, _, label in lines])
        cue = np.array([rule in rules for rules in cued])
        sentence = np.array(
            [
                positive.sum(),
                (positive & cue).sum(),
                (positive & flagged[rule]).sum(),
                (positive & flagged[rule] & ~cue).sum(),
                (clean & flagged[rule]).sum(),
                real[rule].sum(),
            ]
        )
        total += sentence
        truth = ["fail" if rule in c.fails else "pass" for c in calls]
        calls_cell = [
            _kappa_cell(truth, ["fail" if rule in verdict[c.name] else "pass" for c in calls])
            for verdict in (by_cues, by_both)
        ]
        n, cue_n, judge_n, only_n, clean_n, real_n = sentence
        out.append(
            f"| `{rule}` | {n} | {cue_n} | {judge_n} | {only_n} | {clean_n} / {real_n} | "
            f"{truth.count('fail')} | {calls_cell[0]} | {calls_cell[1]} |"
        )
    n, cue_n, judge_n, only_n, clean_n, real_n = total
    out.append(f"| **all** | {n} | {cue_n} | {judge_n} | {only_n} | {clean_n} / {real_n} | | | |")
    return "\n".join(out)


def _kappa_cell(truth: list[str], said: list[str]) -> str:
    """Kappa with the calls caught and falsely failed: with some 30 failing calls a rule, a call
    more or less moves kappa by a few points."""
    caught = sum(t == s == "fail" for t, s in zip(truth, said, strict=True))
    false = sum(s == "fail" != t for t, s in zip(truth, said, strict=True))
    return f"{kappa_text(cohens_kappa(said, truth))} ({caught}/{false})"


def _rounds(root: Path) -> list[Path]:
    blind = root / "tests" / "data" / "blind_calls"
    found = [p.resolve() for p in blind.iterdir() if p.is_dir() and re.fullmatch(r"b\d+", p.name)]
    return sorted(found, key=lambda p: int(p.name[1:]))


def _shown(folders: list[Path], root: Path) -> str:
    names = [str(f.relative_to(root)) if f.is_relative_to(root) else str(f) for f in folders]
    return " + ".join(names) if len(names) < 3 else f"{names[0]} … {Path(names[-1]).name}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_sentence_judge",
        description="A trained sentence judge vs the cues on held-out labelled calls.",
    )
    parser.add_argument(
        "--held-out",
        nargs="+",
        action="append",
        type=Path,
        metavar="FOLDER",
        help="a set of labelled-call folders, relative to --root, kept out of training (repeat "
        "for more sets; default: the seven newest blind rounds)",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=ROOT,
        help="the repository whose data to read (default: this module's)",
    )
    parser.add_argument(
        "--export",
        nargs="?",
        const=MODEL,
        type=Path,
        metavar="PATH",
        help=f"save the judge for the scorer (default {MODEL.relative_to(ROOT)}); it learns from "
        "every labelled folder but those given with --held-out",
    )
    args = parser.parse_args([] if argv is None else argv)
    if importlib.util.find_spec("sklearn") is None:
        print("\n### sentence judge\n\nskipped: needs scikit-learn (`pip install scikit-learn`)")
        return
    import sklearn

    started = time.perf_counter()
    root = args.root.resolve()
    rounds = _rounds(root)
    newest = [] if args.export else [rounds[-NEWEST_ROUNDS:]]
    sets = [[(root / f).resolve() for f in s] for s in args.held_out or newest]
    held = {f for s in sets for f in s}
    # (resolved paths: a folder held out must not come back into training under another name)
    tuning = (root / "tests" / "data" / "calls").resolve()
    training = [f for f in (tuning, *rounds) if f not in held]

    texts: list[str] = []
    labels: list[str] = []
    groups: list[str] = []
    for folder in training:
        for call in read_folder(folder):
            texts += call.lines
            labels += call.labels
            groups += [folder.name] * len(call.lines)
    n_lines = sum(label != OTHER for label in labels)
    negatives = innocents(root)
    for name, sentences in negatives.items():
        texts += sentences
        labels += [CLEAN] * len(sentences)
        groups += [name] * len(sentences)
    judge = train(texts, labels, groups, [str(f.relative_to(root)) for f in training])
    real = judge.flags(real_agent_turns(root))
    if args.export:
        judge.judge.save(args.export)
        print(f"\nsaved the judge to {args.export}")

    for folders in sets:
        calls = [c for f in folders for c in read_folder(f)]
        title = (
            f"sentence judge vs cues: {_shown(folders, root)} ({len(calls)} calls; "
            "call level content-only, no NLU)"
        )
        if not calls:
            print(f"\n{_shown(folders, root)}: no labelled calls yet (nothing built in it)")
            continue
        print(held_out_table(title, calls, judge, real, sklearn.__version__))
    print(
        f"\nTrained on {n_lines} trainee lines of {len(training)} folders (tests/data/calls and the"
        f" blind rounds not held out) and {sum(map(len, negatives.values()))} innocent sentences"
        f" of the tests ({len(negatives)} lists); positives / threshold: "
        + ", ".join(
            f"{rule.removeprefix('no_')} {judge.positives[rule]} / {threshold:.3f}"
            for rule, threshold in zip(JUDGED, judge.judge.thresholds, strict=True)
        )
        + f". {time.perf_counter() - started:.0f} s."
    )


if __name__ == "__main__":
    main(sys.argv[1:])
