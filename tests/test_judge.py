"""The sentence judge: its numpy inference is scikit-learn's, and the scorer hears it only where the
cues and the NLU heard nothing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from test_scorer import GREETING, make_call, score, status

from scoring.cues import forbidden_flags
from scoring.judge import SentenceJudge, char_ngrams, normalised, shipped
from scoring.scorer import JUDGED_WHY


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
        ("蒋总那边排得满满的，接不了，您别等了。", "no_dismissiveness"),
        ("合同上白纸黑字写着呢，签的时候您都不看一眼的吗？", "no_rudeness"),
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


@pytest.mark.parametrize(
    ("said", "repair", "rule"),
    [
        # the kinds of b147-b153's first measurement, in words no cue and no threshold hears: a
        # reproach, a brush-off, a shrug and a sigh, each owned up to straight after
        (
            "瓷砖是您自己挑的便宜货，开裂了跟我们师傅有什么关系？",
            "对不起，我刚才那话说得不对。给您添了大麻烦，真的很抱歉。",
            "no_rudeness",
        ),
        (
            "你们这种小门店就是麻烦多，别家从来不问这个。",
            "抱歉，是我说错话了。拼单的事要招商部确认，我记录下来。",
            "no_rudeness",
        ),
        (
            "装不装得上是厂家的事，您打厂家电话问去，打我们这儿没用。",
            "对不起先生，是我刚才态度不好。这事我先帮您登记。",
            "no_dismissiveness",
        ),
        (
            "随它去吧，师傅几点到就几点。",
            "对不起，我刚才说得不负责任。我给您在单子上备注十点前送到。",
            "no_indifference",
        ),
        (
            "您这么一件一件地讲，讲到明天也讲不完呀。",
            "不好意思，是我没耐心了。转卡的事要会员中心核实。",
            "no_impatience",
        ),
        # b160's first measurement: 是我说得太生硬了
        (
            "报名截止了就是截止了，谁来问都一样，没什么好说的，您等下一期吧。",
            "不好意思，是我说得太生硬了。明年的抽签规则还没定，我先帮您登记。",
            "no_dismissiveness",
        ),
    ],
)
def test_a_sentence_the_trainee_apologises_for_straight_after_is_charged(said, repair, rule):
    """The trainee owning up to the manner of their last words (是我说话冲了 / 我刚才那话说得不对)
    says that line broke a rule; it is charged to the rule the judge's models score it highest on."""
    assert not [f for f in forbidden_flags(said) if f.strength == "strong"]
    assert shipped().rules_heard(said) == []
    assert shipped().surest(said) == rule
    report = score(
        make_call(
            ("T", GREETING),
            ("C", "你好，我想问一下。"),
            ("T", said),
            ("C", "你这是什么态度？"),
            ("T", repair),
            scenario="unanswerable_question",
        )
    )
    assert status(report, rule) == "fail"
    assert report.rule(rule).note == (f"第3句：{JUDGED_WHY[rule]}（学员随后为这句话道歉）")
    others = {"no_rudeness", "no_dismissiveness", "no_indifference", "no_impatience"} - {rule}
    assert all(status(report, r) == "pass" for r in others)


@pytest.mark.parametrize(
    ("said", "after", "overlap"),
    [
        # an apology for going too fast, for an unclear answer or for cutting in owns no forbidden line
        ("那个不算的，您留个电话吧。", "对不起。算不算要业务科认定，我刚才说得太快了。", None),
        ("这个要看情况。", "不好意思，是我没说清楚。保修一年，人为损坏不在内。", None),
        ("这个我知道，您是想问保修对吧。", "对不起，是我太急了，您接着说。", None),
        ("先生您先听我说，押金要等检测完才退。", "对不起，是我不对。您请接着说。", 2.5),
        # a fact corrected: 是我不对 / 说得不对 with the right price or hours after it
        ("这款是三百二一晚。", "不好意思，是我不对，刚才报的价格是旧的，应该是三百八。", None),
        ("我们早上八点开门。", "对不起，我刚才说得不对，营业时间是九点到六点，更正一下。", None),
        # an apology for someone else's words, or for the company
        ("您好，这里是旭日装饰。", "真对不起，师傅那样说话太伤人了，让您受委屈了。", None),
    ],
)
def test_other_apologies_charge_no_line(said, after, overlap):
    report = score(
        make_call(
            ("T", GREETING),
            ("C", "你们那个师傅说话太难听了，我要投诉。"),
            ("T", said, {"overlap": overlap}) if overlap else ("T", said),
            ("C", "嗯。"),
            ("T", after),
            scenario="unanswerable_question",
        )
    )
    forbidden = ("no_rudeness", "no_dismissiveness", "no_indifference", "no_impatience")
    forbidden += ("no_absence_gossip", "no_improper_promise")
    assert [r for r in forbidden if status(report, r) == "fail"] == []
    assert status(report, "no_interrupting") == ("fail" if overlap else "pass")


def test_a_time_limit_the_note_quotes_names_no_violating_line():
    """b158: the note quotes the violation, then “两个工作日内” of the closing line; only the first is
    the line the judge learns from (the closing line had taught it to hear gossip in 已经登记了…)."""
    from bench.bench_sentence_judge import violating_lines

    lines = (
        "您好，燃点电竞酒店客服中心，67号客服为您服务。",
        "林经理最近老不来，听说在外面自己开了家店。包层的报价要销售部根据日期来算，我帮您登记。",
        "曲女士，我复述一下：电话159 0451 8823，咨询报价，对吗？",
        "已经登记了，两个工作日内销售经理给您回电话报价。还有其他需要吗？",
    )
    note = (
        '学员说"林经理最近老不来，听说在外面自己开了家店"，no_absence_gossip fail。'
        '其余规范：登记、复述、"两个工作日内"回电。'
    )
    assert violating_lines(note, lines) == [1]
    # a second violation quoted whole stands, unless an apology came between
    again = lines[:3] + ("林经理那个人吧，整天不见人影。",)
    assert violating_lines(note + '又说"林经理那个人吧，整天不见人影"。', again) == [1, 3]
    sorry = lines[:2] + ("对不起，是我说多了。",) + again[3:]
    assert violating_lines(note + '又说"林经理那个人吧，整天不见人影"。', sorry) == [1]


def _review_24_pairs() -> list[tuple[str, str, str, str]]:
    path = Path(__file__).parent / "data" / "review24_pairs.tsv"
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(row.split("\t")) for row in rows]  # type: ignore[misc]


@pytest.mark.parametrize(("kind", "rule", "first", "apology"), _review_24_pairs())
def test_review_24_line_pairs(kind, rule, first, apology):
    """The twenty-fourth review (helper session, against 743fcf8c's successor): an agent line and the
    agent's next line that apologises. Its 82 innocent pairs (a fact put right, a slip of speed or
    clarity, a wait, a colleague's manner) had 17 charged by the first form of the apology rule and
    none now; its violation pairs the scorer charges to their rule stay charged (6 of 43 it charges to
    a neighbouring rule or not at all are in the closing note)."""
    report = score(
        make_call(
            ("T", GREETING),
            ("C", "你好，我想问个事。"),
            ("T", first),
            ("C", "嗯？"),
            ("T", apology),
            scenario="unanswerable_question",
        )
    )
    failed = [r.id for r in report.rules if r.status == "fail" and r.id.startswith("no_")]
    assert failed == [] if kind == "innocent" else rule in failed
