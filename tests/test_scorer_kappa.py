"""scoring.agreement: Cohen's kappa and the per-rule figures, on hand-computed examples."""

from __future__ import annotations

import json

import pytest

from scoring.agreement import agreement_of, cohens_kappa, kappa_text, per_rule


def test_kappa_two_statuses_textbook_example():
    # 50 decisions: both pass 20, first pass/second fail 5, first fail/second pass 10, both fail 15.
    # p_o = 35/50 = 0.7; first passes 25/50, second 30/50: p_e = 0.5·0.6 + 0.5·0.4 = 0.5;
    # kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4
    a = ["pass"] * 25 + ["fail"] * 25
    b = ["pass"] * 20 + ["fail"] * 5 + ["pass"] * 10 + ["fail"] * 15
    assert cohens_kappa(a, b) == pytest.approx(0.4)


def test_kappa_three_statuses_by_hand():
    a = ["pass", "pass", "fail", "fail", "n/a", "pass", "fail", "pass", "n/a", "pass"]
    b = ["pass", "fail", "fail", "fail", "n/a", "pass", "pass", "pass", "pass", "pass"]
    # p_o = 7/10; first: pass 5, fail 3, n/a 2; second: pass 6, fail 3, n/a 1
    # p_e = (5·6 + 3·3 + 2·1) / 100 = 0.41; kappa = 0.29 / 0.59
    assert cohens_kappa(a, b) == pytest.approx(0.29 / 0.59)
    assert cohens_kappa(a, a) == pytest.approx(1.0)


def test_kappa_is_undefined_when_one_side_is_constant():
    assert cohens_kappa(["pass"] * 4, ["pass"] * 4) is None
    assert cohens_kappa(["pass"] * 4, ["pass", "pass", "fail", "pass"]) is None
    assert cohens_kappa([], []) is None
    assert kappa_text(None) == "—"
    assert kappa_text(0.4) == "0.400"
    with pytest.raises(ValueError):
        cohens_kappa(["pass"], [])


def test_per_rule_counts_false_forbidden_flags_and_pools():
    rows, pooled = per_rule(
        {
            "empathy_apology": [("fail", "pass"), ("pass", "pass"), ("fail", "fail")],
            "no_rudeness": [("fail", "pass"), ("pass", "pass"), ("fail", "fail"), ("pass", "n/a")],
        }
    )
    empathy, rude = rows
    assert (empathy.n, empathy.agree, empathy.false_forbidden) == (3, 2, 0)
    assert (rude.n, rude.agree, rude.false_forbidden) == (4, 2, 1)
    assert (pooled.rule, pooled.n, pooled.agree, pooled.false_forbidden) == ("overall", 7, 4, 1)
    assert pooled.share == pytest.approx(4 / 7)
    # pooled kappa: first fail 4 pass 3; second pass 4 fail 2 n/a 1; p_o 4/7; p_e (3·4 + 4·2)/49
    assert pooled.kappa == pytest.approx((4 / 7 - 20 / 49) / (1 - 20 / 49))
    assert agreement_of("no_rudeness", []).share == 0.0


# --- the bench command ---------------------------------------------------------------------------


def _labels(folder, name, **statuses):
    from core.rubric import ALL_RULES

    expected = {rule: "pass" for rule in ALL_RULES} | statuses
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.expected.json").write_text(
        json.dumps({"call": name, "expected": expected}), encoding="utf-8"
    )


def test_bench_compares_two_labellers(tmp_path, capsys):
    from bench.bench_agreement import main

    a, b = tmp_path / "a", tmp_path / "b"
    _labels(a, "one", empathy_apology="fail")
    _labels(a, "two")
    _labels(a, "only_in_a")
    _labels(b, "one", empathy_apology="fail")
    _labels(b, "two", empathy_apology="fail", no_rudeness="fail")
    main(["--labels", str(a), str(b), "--misses"])
    out = capsys.readouterr().out
    assert "(2 calls)" in out
    assert (
        "| `empathy_apology` | 2 | 50.0% | — | 0 |" in out
    )  # B gives "fail" only: kappa undefined
    assert "| `no_rudeness` | 2 | 50.0% | — | 0 |" in out
    assert "| `pickup_within_3_rings` | 2 | 100.0% | — | 0 |" in out
    assert "- two no_rudeness: A pass, B fail" in out


def test_bench_scores_the_tuning_set(capsys):
    from bench.bench_agreement import CALLS, main

    main([str(CALLS)])
    out = capsys.readouterr().out
    assert "content only, no acts" in out
    row = next(line for line in out.splitlines() if line.startswith("| **overall**"))
    n, share, kappa, false = [cell.strip() for cell in row.strip("|").split("|")[1:]]
    assert share == "100.0%" and kappa == "1.000" and false == "0"


def test_bench_pools_folders_into_one_table(capsys):
    """--pooled: one table over the folders' calls together (n adds up), not one per folder."""
    from bench.bench_agreement import CALLS, main

    blind = CALLS.parent / "blind_calls"
    main([str(blind / "b3"), str(blind / "b9"), "--pooled"])
    out = capsys.readouterr().out
    overall = [line for line in out.splitlines() if line.startswith("| **overall**")]
    assert len(overall) == 1
    assert "b3 + tests/data/blind_calls/b9 (164 calls;" in out
    assert overall[0].split("|")[2].strip() == str(164 * 24)
