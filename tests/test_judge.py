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
        # lines of b140-b146 that no cue caught when they were first measured, by a judge that had not
        # learnt from them (it has since): the judge does
        ("哎呀，到底啥事儿？您快说行不行！", "no_impatience"),
        ("都差不多，随您便吧，哪期都一样，我也说不上来。", "no_indifference"),
        ("您这信号我这边听不了，您直接去门店说吧。", "no_dismissiveness"),
        ("合同上白纸黑字写着呢，签的时候您都不看一眼的吗？", "no_rudeness"),
        ("您放心，这车我保证给您凑齐人，肯定发车，凑不齐我给您退双倍定金。", "no_improper_promise"),
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


def test_the_violating_line_is_the_one_the_note_quotes_not_a_word_or_the_repair():
    """The judge learns from the lines a label's note quotes: a quoted honorific or the caller's word
    (称客户“刘总”) names no line, and a later quoted apology or 我理解您的心情 is the repair."""
    from bench.bench_sentence_judge import violating_lines

    lines = (
        "您好，旭日装饰客服中心，5号客服。",
        "这事不归我们客服管，您直接打师傅电话吧。",
        "我理解您的心情。那您说一下您的姓名和电话吧。",
        "谢谢刘总，再见。",
    )
    note = (
        "学员说“这事不归我们客服管，您直接打师傅电话吧”，之后只说“我理解您的心情”；称客户“刘总”。"
    )
    assert violating_lines(note, lines) == [1]
