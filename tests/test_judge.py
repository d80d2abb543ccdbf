"""The sentence judge: its numpy inference is scikit-learn's, and the scorer hears it only where the
cues and the NLU heard nothing."""

from __future__ import annotations

import numpy as np
import pytest
from test_scorer import GREETING, make_call, score, status

from scoring.cues import forbidden_flags
from scoring.judge import SentenceJudge, char_ngrams, normalised, shipped


def test_the_judges_inference_is_scikit_learns(tmp_path):
    """The product reads the exported model without scikit-learn: same features, same scores."""
    sklearn = pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    texts = [
        "您好，旭日装饰 12号客服",
        "又没人逼您买，嫌贵就别订呗",
        "你吵什么吵",
        "我帮您查一下 138",
    ]
    train = texts * 3 + [f"别的 句子 {i}" for i in range(20)]
    vectorizer = TfidfVectorizer(
        analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2, preprocessor=normalised
    ).fit(train)
    model = LinearSVC(C=0.5, random_state=0).fit(
        vectorizer.transform(train), [i % 2 for i in range(len(train))]
    )
    judge = SentenceJudge(
        ("no_rudeness",),
        {w: int(i) for w, i in vectorizer.vocabulary_.items()},
        vectorizer.idf_,
        model.coef_,
        model.intercept_,
        np.array([0.0]),
        ("tests/data/calls",),
    )
    judge.save(tmp_path / "judge.npz")
    again = SentenceJudge.load(tmp_path / "judge.npz")
    expected = model.decision_function(vectorizer.transform(texts + ["全新的一句"]))
    got = [again.scores(t)["no_rudeness"] for t in texts + ["全新的一句"]]
    assert np.allclose(got, expected, atol=1e-5), sklearn.__version__
    assert all(vectorizer.build_analyzer()(t) == char_ngrams(t) for t in texts)


def test_digits_and_spaces_are_no_wording():
    assert normalised("电话 138 0013 8000，Ok") == "电话00000000000，ok"


def test_the_shipped_judge_learnt_from_the_labelled_calls():
    judge = shipped()
    assert "tests/data/calls" in judge.trained_on
    assert set(judge.rules) == {
        "no_rudeness",
        "no_dismissiveness",
        "no_indifference",
        "no_impatience",
        "no_absence_gossip",
        "no_improper_promise",
    }


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        # fresh lines of b133-b139 (not learnt from) that no cue catches: the judge does
        ("哎呀您快说到底问啥，一句话绕半天。", "no_impatience"),
        ("时间啊……哪天都行，反正也不是我去，您自己看着定吧。", "no_indifference"),
        ("转卡的事我们客服不清楚，您自己去馆里前台问吧。", "no_dismissiveness"),
        ("自己养的猫啃叶子还来问我们？您就不会把猫看好吗？", "no_rudeness"),
        ("您放心，下礼拜九价肯定到，我给您留一支，到时候保准打得上。", "no_improper_promise"),
    ],
)
def test_the_judge_hears_what_no_cue_does(said, rule):
    assert not [f for f in forbidden_flags(said) if f.strength == "strong"]
    assert shipped().rules_heard(said)[0] == rule
    report = score(
        make_call(
            ("T", GREETING),
            ("C", "你好，我想问一下。"),
            ("T", said),
            scenario="unanswerable_question",
        )
    )
    assert status(report, rule) == "fail"
    assert "（语句判别）" in report.rule(rule).note


@pytest.mark.parametrize(
    "said",
    [
        "他出去了，您晚点再打过来吧。",  # 004 §10E
        "不好意思，这个我暂时不知道，我帮您记录下来，三个工作日内回复您。",
        "赔偿的事我没法保证，需要主管确认后答复您。",
        "您好，请问有什么可以帮您？",
    ],
)
def test_the_judge_lets_polite_lines_be(said):
    assert shipped().rules_heard(said) == []
