"""score_call, one behaviour at a time, with hand-built calls and a small keyword act recogniser."""

from __future__ import annotations

import json

import pytest

from core.callrecord import parse_call_record
from core.report import ScoreReport
from core.rubric import ALL_RULES
from core.scenario import load_scenarios
from scoring.acts import recognize_call
from scoring.cues import forbidden_flags
from scoring.scorer import score_call
from scoring.text import digit_runs, number_said, pattern, phrase_overlap, sounds

SCENARIOS = load_scenarios()

GREETING = "您好，旭日装饰客服中心，3号客服为您服务。"


class KeywordRecognizer:
    """A stand-in for the NLU: an act is recognised when one of its words occurs."""

    WORDS = {
        "greeting": ("您好", "你好"),
        "state_company": ("旭日",),
        "self_intro": ("号客服", "工号"),
        "dismissiveness": ("不在", "不知道", "问别人"),
        "indifference": ("随便", "在不在"),
        "impatience": ("听不见", "大点", "下班"),
        "rudeness": ("就说嘛",),
        "absence_gossip": ("没来", "请假"),
        "improper_promise": ("保证", "肯定"),
        "personal_name": ("我叫",),
        "apology": ("抱歉", "对不起"),
        "hold_request": ("稍等",),
        "ask_caller_identity": ("贵姓", "称呼", "电话"),
    }

    def __init__(self) -> None:
        self.seen: list[str] = []

    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        self.seen.extend(texts)
        return [
            frozenset(a for a, words in self.WORDS.items() if any(w in t for w in words))
            for t in texts
        ]


def make_call(
    *lines,
    scenario: str = "angry_complainant",
    rings: int = 2,
    pickup: bool = True,
    answer_delay: float = 0.8,
    hangup: str | None = "customer",
    facts: dict | None = None,
):
    """Lines are ("T"|"C", text) or ("T"|"C", text, {"overlap": s} | {"delay": s}) or ("hold", s)."""
    events = [{"t": 3.0 * k, "type": "ring"} for k in range(rings)]
    t = 3.0 * (rings - 1) + 1.5 if rings else 0.0
    if pickup:
        events.append({"t": t, "type": "pickup"})
        t += answer_delay - 0.6
    last_customer_end = None
    for line in lines:
        if line[0] == "hold":
            events.append({"t": round(t + 0.3, 2), "type": "hold_start"})
            if line[1] is not None:
                events.append({"t": round(t + 0.3 + line[1], 2), "type": "hold_end"})
                t += 0.3 + line[1]
            continue
        who, text, *opts = line
        opt = opts[0] if opts else {}
        start = (
            last_customer_end - opt["overlap"]
            if "overlap" in opt
            else t + 0.6 + opt.get("delay", 0)
        )
        end = start + 0.5 + 0.22 * len(text)
        speaker = {"T": "trainee", "C": "customer"}[who]
        events.append(
            {
                "t": round(start, 2),
                "type": "utterance",
                "speaker": speaker,
                "end": round(end, 2),
                "text": text,
            }
        )
        if who == "C":
            last_customer_end = end
        t = max(t, end)
    if hangup:
        events.append({"t": round(t + 0.8, 2), "type": "hangup", "by": hangup})
    events.sort(key=lambda e: e["t"])
    data = {
        "version": 1,
        "scenario": scenario,
        "trainee": {"id": "E1", "work_id": "3"},
        "company": "旭日装饰客服中心",
        "events": events,
    }
    if facts:
        data["facts"] = facts
    return parse_call_record(data)


def score(record, recognizer=None) -> ScoreReport:
    acts = recognize_call(record, recognizer or KeywordRecognizer())
    return score_call(record, SCENARIOS.get(record.scenario), acts)


def status(report: ScoreReport, rule: str) -> str:
    return report.rule(rule).status


# --- the report itself -------------------------------------------------------------------------


def test_every_rule_appears_once_in_rubric_order():
    report = score(make_call(("T", GREETING), ("C", "你好。")))
    assert [r.id for r in report.rules] == list(ALL_RULES)
    assert all(r.status in ("pass", "fail", "n/a") for r in report.rules)
    data = json.loads(report.to_json())
    assert set(data) == {"scenario", "score", "passed", "rules"}
    assert set(data["rules"][0]) == {"id", "status", "evidence", "note"}


def test_rules_not_in_the_scenario_are_na():
    report = score(make_call(("T", GREETING), ("C", "你好。")))
    for rule in ("polite_repeat_request", "absent_colleague_handling", "message_taking"):
        assert status(report, rule) == "n/a"
        assert report.rule(rule).note == "本场景不考核此项"


def test_pure_same_input_same_report():
    record = make_call(("T", GREETING), ("C", "你们把我家地板划坏了！"), ("T", "非常抱歉。"))
    acts = recognize_call(record, KeywordRecognizer())
    frozen = dict(acts)
    first = score_call(record, SCENARIOS.get("angry_complainant"), acts)
    second = score_call(record, SCENARIOS.get("angry_complainant"), acts)
    assert first == second
    assert acts == frozen


def test_evidence_points_at_the_utterance_events():
    record = make_call(("T", GREETING), ("C", "你好。"))
    report = score(record)
    ev = report.rule("standard_greeting").evidence
    assert ev and all(record.events[i].type == "utterance" for i in ev)


# --- timing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rings", "expected"), [(0, "pass"), (1, "pass"), (3, "pass"), (4, "fail"), (6, "fail")]
)
def test_pickup_within_three_rings(rings, expected):
    report = score(make_call(("T", GREETING), rings=rings))
    assert status(report, "pickup_within_3_rings") == expected


def test_late_pickup_apology_only_after_more_than_three_rings():
    assert status(score(make_call(("T", GREETING), rings=3)), "late_pickup_apology") == "n/a"
    late = score(make_call(("T", GREETING), rings=5))
    assert status(late, "late_pickup_apology") == "fail"
    assert "响铃5声" in late.rule("pickup_within_3_rings").note
    sorry = score(make_call(("T", "您好，让您久等了，旭日装饰客服中心，3号客服。"), rings=5))
    assert status(sorry, "late_pickup_apology") == "pass"
    asr = score(make_call(("T", "对不起让你久等了旭日装饰三号客服"), rings=4))
    assert status(asr, "late_pickup_apology") == "pass"


def test_greeting_must_come_within_three_seconds():
    assert (
        status(score(make_call(("T", GREETING), answer_delay=2.5)), "standard_greeting") == "pass"
    )
    slow = score(make_call(("T", GREETING), answer_delay=4.2))
    assert status(slow, "standard_greeting") == "fail"
    assert "4.2秒" in slow.rule("standard_greeting").note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GREETING, "pass"),
        ("早上好，旭日装饰，工号12。", "pass"),
        ("你好徐日装饰客服中心三号为你服务", "pass"),  # ASR: 徐日 sounds like 旭日
        ("您好，旭日客服，请讲。", "pass"),
        ("喂，旭日装饰客服中心。", "fail"),  # no greeting
        ("您好，3号客服为您服务。", "fail"),  # no company
        ("您好，阳光装饰，3号客服。", "fail"),  # wrong company
    ],
)
def test_standard_greeting_content(text, expected):
    assert status(score(make_call(("T", text))), "standard_greeting") == expected


def test_greeting_checks_the_records_company():
    record = make_call(("T", "您好，星河物业客服中心，3号。"))
    record = record.model_copy(update={"company": "星河物业客服中心"})
    assert status(score(record), "standard_greeting") == "pass"


def test_interruption_needs_more_than_one_second_of_overlap():
    long_c = "你们的工人把我家客厅的地板划坏了，划得一道一道的，我今天必须要一个说法！"
    cases = [
        ({"overlap": 0.8}, "您先别急，我们会处理。", "pass"),
        ({"overlap": 2.5}, "您先别急，我们会处理。", "fail"),
        ({"overlap": 2.5}, "对不起，打断一下，请问您贵姓？", "pass"),
        ({"overlap": 2.5}, "不好意思打断您一下，您家地址是哪里？", "pass"),
        ({"overlap": 1.5}, "嗯。", "pass"),  # backchannel, not taking the floor
    ]
    for opt, text, expected in cases:
        report = score(make_call(("T", GREETING), ("C", long_c), ("T", text, opt)))
        assert status(report, "no_interrupting") == expected, text
        if expected == "fail":
            assert "重叠2.5秒" in report.rule("no_interrupting").note


def test_hold_etiquette():
    ask = ("T", "我查一下施工记录，请您稍等两分钟可以吗？")
    thanks = ("T", "感谢您的耐心等待，查到了。")
    assert status(score(make_call(("T", GREETING))), "hold_etiquette") == "n/a"
    assert (
        status(
            score(make_call(("T", GREETING), ask, ("C", "好。"), ("hold", 40), thanks)),
            "hold_etiquette",
        )
        == "pass"
    )
    # no duration
    vague = ("T", "您稍等，我查一下。")
    assert (
        status(score(make_call(("T", GREETING), vague, ("hold", 20), thanks)), "hold_etiquette")
        == "fail"
    )
    # no thanks afterwards
    r = score(make_call(("T", GREETING), ask, ("hold", 20), ("T", "查到了。")))
    assert status(r, "hold_etiquette") == "fail"
    assert "感谢" in r.rule("hold_etiquette").note
    # over 60 s without an update
    r = score(make_call(("T", GREETING), ask, ("hold", 75), thanks))
    assert status(r, "hold_etiquette") == "fail"
    assert "75秒" in r.rule("hold_etiquette").note
    # over 60 s in all, but with an update in between
    update = ("T", "不好意思，还需要再等一分钟，感谢您的耐心等待。")
    r = score(make_call(("T", GREETING), ask, ("hold", 50), update, ("hold", 40), thanks))
    assert status(r, "hold_etiquette") == "pass"
    # the call ends on hold
    r = score(make_call(("T", GREETING), ask, ("hold", None), hangup="customer"))
    assert status(r, "hold_etiquette") == "fail"


def test_hanging_up_first():
    assert (
        status(score(make_call(("T", GREETING), hangup="customer")), "no_hanging_up_first")
        == "pass"
    )
    r = score(make_call(("T", GREETING), hangup="trainee"))
    assert status(r, "no_hanging_up_first") == "fail"
    assert r.passed is False
    assert status(score(make_call(("T", GREETING), hangup=None)), "no_hanging_up_first") == "n/a"


def test_call_never_picked_up():
    r = score(make_call(rings=6, pickup=False, hangup="customer", scenario="unanswerable_question"))
    assert status(r, "pickup_within_3_rings") == "fail"
    assert status(r, "standard_greeting") == "fail"
    assert status(r, "followup_commitment") == "fail"
    for rule in ("late_pickup_apology", "hold_etiquette", "escalation", "message_taking"):
        assert status(r, rule) == "n/a"
    assert status(r, "no_rudeness") == "pass"
    assert r.score == 0.0 and r.passed is False


# --- content -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3号客服为您服务", "pass"),
        ("三号客服为您服务", "pass"),
        ("工号012", "pass"),
        ("我是十二号话务员", "pass"),
        ("客服为您服务", "fail"),
        ("我叫王小明", "fail"),
    ],
)
def test_work_id(text, expected):
    r = score(make_call(("T", f"您好，旭日装饰客服中心，{text}。")))
    assert status(r, "work_id_intro") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请问您贵姓？", "pass"),
        ("请问你贵性", "pass"),  # ASR homophone
        ("请问怎么称呼您？", "pass"),
        ("方便留个联系电话吗？", "pass"),
        ("我不知道您是否方便留个电话？", "pass"),
        ("我们会尽快处理。", "fail"),
    ],
)
def test_ask_caller_identity(text, expected):
    assert (
        status(
            score(make_call(("T", GREETING), ("C", "地板划坏了！"), ("T", text))),
            "ask_caller_identity",
        )
        == expected
    )


def test_restate_checks_numbers_against_facts_spoken_as_numerals():
    facts = {"caller_name": "刘建国", "caller_phone": "13801762345", "room": "客厅"}
    said = ("C", "我叫刘建国，电话13801762345，客厅地板划坏了。")
    good = ("T", "刘先生，您的电话是一三八零一七六二三四五，客厅的地板，对吗？")
    wrong = ("T", "刘先生，您的电话是一三八零一七六九九九九，客厅的地板，对吗？")
    part = ("T", "刘先生，客厅的地板，对吗？")
    assert (
        status(score(make_call(("T", GREETING), said, good, facts=facts)), "restate_key_info")
        == "pass"
    )
    assert (
        status(score(make_call(("T", GREETING), said, wrong, facts=facts)), "restate_key_info")
        == "fail"
    )
    r = score(make_call(("T", GREETING), said, part, facts=facts))
    assert status(r, "restate_key_info") == "fail"
    assert "电话号码" in r.rule("restate_key_info").note


def test_restate_without_facts_uses_what_the_customer_said():
    said = ("C", "我叫刘建国，电话13801762345，客厅地板划坏了。")
    good = ("T", "刘先生，电话138 0176 2345，客厅地板，对吗？")
    assert status(score(make_call(("T", GREETING), said, good)), "restate_key_info") == "pass"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我已经记录下来了，三个工作日内给您回复。", "pass"),
        ("我们24小时内给您回电话。", "pass"),
        ("主管明天下午会联系您。", "pass"),
        ("二十四小时之内给你回电话", "pass"),
        ("我们会尽快联系您。", "fail"),
        ("我们会第一时间给您答复。", "fail"),
    ],
)
def test_followup_needs_a_concrete_time_frame(text, expected):
    r = score(make_call(("T", GREETING), ("C", "地板划坏了！"), ("T", text)))
    assert status(r, "followup_commitment") == expected


def test_empathy_needs_an_apology_for_the_experience():
    c = ("C", "你们把我家地板划坏了！")
    assert (
        status(
            score(make_call(("T", GREETING), c, ("T", "非常抱歉给您带来不好的体验。"))),
            "empathy_apology",
        )
        == "pass"
    )
    r = score(make_call(("T", GREETING), c, ("T", "我理解您的心情。")))
    assert status(r, "empathy_apology") == "fail"
    assert "没有为客户的遭遇道歉" in r.rule("empathy_apology").note
    # an apology for the wait is not one for the experience
    assert (
        status(
            score(make_call(("T", GREETING), c, ("T", "不好意思让您久等了。"))), "empathy_apology"
        )
        == "fail"
    )


def test_escalation_applies_only_after_a_major_demand():
    calm = score(make_call(("T", GREETING), ("C", "地板划坏了，你们看怎么处理。")))
    assert status(calm, "escalation") == "n/a"
    demand = ("C", "你们必须赔我地板！不然我就去消协投诉！")
    r = score(make_call(("T", GREETING), demand, ("T", "我理解。")))
    assert status(r, "escalation") == "fail"
    r = score(make_call(("T", GREETING), demand, ("T", "我马上把情况上报给主管，由主管跟您联系。")))
    assert status(r, "escalation") == "pass"


def test_compensation_mentioned_but_not_demanded():
    r = score(
        make_call(
            ("T", GREETING), ("C", "我也不是要你们赔钱，就是想要个说法。"), ("T", "非常抱歉。")
        )
    )
    assert status(r, "escalation") == "n/a"


def test_a_record_without_pickup_event_was_picked_up_when_speech_began():
    record = make_call(("T", GREETING), ("C", "你好。"), rings=2, pickup=False)
    r = score(record)
    assert status(r, "pickup_within_3_rings") == "pass"
    assert status(r, "standard_greeting") == "pass"


def test_polite_repeat_request():
    c = ("C", "喂……我家……漏水……")
    ok = ("T", "不好意思，您的声音不太清楚，请大声一点。")
    rude = ("T", "声音大点，你说什么？我听不见！")
    kw = {"scenario": "unclear_audio"}
    assert status(score(make_call(("T", GREETING), c, ok, **kw)), "polite_repeat_request") == "pass"
    r = score(make_call(("T", GREETING), c, rude, **kw))
    assert status(r, "polite_repeat_request") == "fail"
    assert status(r, "no_impatience") == "fail"


def test_absent_colleague_handling_and_message():
    facts = {
        "caller_name": "张伟",
        "caller_phone": "13817205563",
        "caller_unit": "华新建材公司",
        "colleague": "王经理",
        "back_at": "下午三点左右",
        "message": "合同已经盖好章寄出了，请他注意查收",
    }
    lines = [
        ("T", GREETING),
        ("C", "你好，我是华新建材公司的，麻烦找一下王经理。"),
        ("T", "他这会儿不在工位上，大概下午三点回来，您看需要我帮您留个言吗？"),
        ("C", "好，我叫张伟，手机13817205563，你跟他说合同已经盖好章寄出了，请他注意查收。"),
        ("T", "张先生，华新建材公司，手机13817205563，合同已盖章寄出请王经理注意查收，对吗？"),
    ]
    r = score(make_call(*lines, scenario="absent_colleague", facts=facts))
    assert status(r, "absent_colleague_handling") == "pass"
    assert status(r, "message_taking") == "pass"
    assert status(r, "no_dismissiveness") == "pass"
    no_back = lines[:2] + [("T", "他暂时不在，您需要留言吗？")] + lines[3:]
    r = score(make_call(*no_back, scenario="absent_colleague", facts=facts))
    assert status(r, "absent_colleague_handling") == "fail"
    assert "什么时候回来" in r.rule("absent_colleague_handling").note


# --- forbidden wording: the rubric's own examples ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("他暂时不在办公室，有什么事我可以代劳吗？", "no_dismissiveness", "pass"),
        ("他这会儿不在工位上，您看需要我帮您留个言吗？", "no_dismissiveness", "pass"),
        ("不在。", "no_dismissiveness", "fail"),
        ("我不知道您是否方便留个电话？", "no_dismissiveness", "pass"),
        ("不知道，你问别人吧", "no_dismissiveness", "fail"),
        (
            "不好意思，这个我暂时不知道，我帮您记录下来，三个工作日内回复您。",
            "no_dismissiveness",
            "pass",
        ),
        ("他正忙着呢，现在没空", "no_dismissiveness", "fail"),
        ("我已经说过了，明天再打来", "no_dismissiveness", "fail"),
        ("我也不知道他在不在", "no_indifference", "fail"),
        ("随便。", "no_indifference", "fail"),
        ("您随时打来都可以，随便哪个同事都能帮您。", "no_indifference", "pass"),
        ("你有什么事就说嘛", "no_rudeness", "fail"),
        ("你不报姓名，我是不会给你接转的", "no_rudeness", "fail"),
        ("声音大点，你说什么？我听不见", "no_impatience", "fail"),
        ("下班了，明天再打", "no_impatience", "fail"),
        ("不好意思，您的声音不太清楚，请大声一点", "no_impatience", "pass"),
        ("他还没来上班呢", "no_absence_gossip", "fail"),
        ("他外出开会了，暂时不在，下午回来", "no_absence_gossip", "pass"),
        ("我们保证全额赔偿", "no_improper_promise", "fail"),
        ("肯定给您退款", "no_improper_promise", "fail"),
        ("赔偿的事我没法保证，需要主管确认后答复您", "no_improper_promise", "pass"),
        ("我们一定会重视并尽力解决", "no_improper_promise", "pass"),
        ("他出去了，您晚点再打过来吧。", "no_dismissiveness", "pass"),  # 004 §10E allows it
        ("他不在，你晚点再打吧。", "no_dismissiveness", "fail"),  # nothing but a brush-off
        ("这个我听不清楚，您能再说一遍吗？", "no_dismissiveness", "pass"),
        ("我们一定给您一个满意的答复", "no_improper_promise", "pass"),
        ("我叫王小明", "no_personal_name", "fail"),
        ("3号客服王芳为您服务", "no_personal_name", "fail"),
        ("我是客服小李", "no_personal_name", "fail"),
        ("我们经理知悉了", "no_absence_gossip", "pass"),  # sounds like 离职, is not
        ("我们公司规定对外只报工号，我是3号客服", "no_personal_name", "pass"),
    ],
)
def test_forbidden_wording_in_context(text, rule, expected):
    record = make_call(
        ("T", GREETING), ("C", "你好，麻烦找一下王经理。"), ("T", text), scenario="absent_colleague"
    )
    assert status(score(record), rule) == expected, text


def test_a_recognised_forbidden_act_in_polite_wording_is_not_a_violation():
    class Everything:
        def recognize(self, texts):
            return [
                frozenset({"dismissiveness", "indifference", "rudeness", "impatience"})
                for _ in texts
            ]

    record = make_call(
        ("T", GREETING),
        ("C", "你好，麻烦找一下王经理。"),
        ("T", "他暂时不在办公室，有什么事我可以代劳吗？"),
        ("T", "我不知道您是否方便留个电话？"),
        scenario="absent_colleague",
    )
    r = score(record, Everything())
    for rule in ("no_dismissiveness", "no_indifference", "no_rudeness", "no_impatience"):
        assert status(r, rule) == "pass", rule


def test_ambiguous_wording_fails_only_with_the_act():
    # "这个我不清楚啊": a brush-off if the NLU hears one, not on the words alone.
    record = make_call(
        ("T", GREETING),
        ("C", "王经理在吗？"),
        ("T", "这个我不清楚啊"),
        scenario="absent_colleague",
    )

    class Nothing:
        def recognize(self, texts):
            return [frozenset() for _ in texts]

    class Dismissive:
        def recognize(self, texts):
            return [frozenset({"dismissiveness"}) if "不清楚" in t else frozenset() for t in texts]

    assert status(score(record, Nothing()), "no_dismissiveness") == "pass"
    assert status(score(record, Dismissive()), "no_dismissiveness") == "fail"


def test_forbidden_failure_fails_the_call_whatever_the_score():
    lines = [
        ("T", GREETING),
        ("C", "你们把我家地板划坏了，必须赔！"),
        ("T", "非常抱歉给您带来麻烦，请问您贵姓？"),
        ("C", "我叫刘建国，电话13801762345，客厅。"),
        (
            "T",
            "刘先生，电话13801762345，客厅，对吗？我们保证全额赔偿。我会上报主管，24小时内给您回电。",
        ),
        ("T", "还有其他需要吗？感谢您的来电，再见。"),
    ]
    r = score(
        make_call(
            *lines, facts={"caller_name": "刘建国", "caller_phone": "13801762345", "room": "客厅"}
        )
    )
    assert r.score >= 80
    assert status(r, "no_improper_promise") == "fail"
    assert r.passed is False


def test_score_is_the_weighted_share_of_applicable_rules():
    lines = [("T", GREETING), ("C", "地板划坏了。"), ("T", "好的。")]
    r = score(make_call(*lines))
    weights = SCENARIOS.get("angry_complainant").rules
    applicable = [x for x in r.rules if x.id in weights and x.status != "n/a"]
    expected = round(
        100
        * sum(weights[x.id] for x in applicable if x.status == "pass")
        / sum(weights[x.id] for x in applicable),
        1,
    )
    assert r.score == expected
    assert r.passed is (r.score >= 80)


# --- text helpers --------------------------------------------------------------------------------


def test_sound_patterns_ignore_homophones_and_punctuation():
    assert sounds("请问你贵性", "贵姓")
    assert sounds("您好", "你好") and sounds("你好", "您好")
    assert not sounds("听不清楚", "请")  # one character is matched literally
    assert pattern("<N>{1,3}号").search("san hao ")


def test_every_cue_pattern_compiles():
    from scoring import cues

    literal = (
        "RUDE_",
        "DISMISS_",
        "INDIFF_",
        "IMPAT_ALWAYS",
        "IMPAT_UNSOFT",
        "IMPAT_WEAK",
        "GOSSIP",
        "PROMISE_STRONG",
        "PROMISE_WEAK",
    )
    for name in dir(cues):
        value = getattr(cues, name)
        if name.isupper() and isinstance(value, tuple) and all(isinstance(p, str) for p in value):
            match = cues.said if name.startswith(literal) else sounds
            for p in value:
                match("测试", p)  # raises on a pattern the compiler cannot read


def test_sounds_match_whole_syllables_only():
    assert not sounds("我管不着这事", "核实")  # "he shi" inside "zhe shi"
    from scoring.cues import gives_work_id

    assert not gives_work_id("上午好") and not gives_work_id("再等一小会儿就好")
    assert not sounds("您的担心是可以理解的", "=姓氏")


def test_spoken_digits():
    assert digit_runs("一三八，零零零零，幺二三四") == ("13800001234",)
    # the ideographic zero 〇 (U+3007) is no Han character, yet a digit (b212)
    assert digit_runs("电话一三五四七七一八八三〇，厨房") == ("13547718830",)
    assert number_said("13801762345", "您的号码是138 0176 2345吗")
    assert number_said("13801762345", "一三八零一七六二三四五")
    assert not number_said("13801762345", "尾号2345")
    assert phrase_overlap("碧桂园7栋2003室", "碧桂园七栋二零零三室") == 1.0


def test_forbidden_flags_have_strengths():
    assert {f.strength for f in forbidden_flags("不在。")} == {"strong"}
    assert forbidden_flags("他暂时不在办公室，有什么事我可以代劳吗？") == []


def test_a_push_to_talk_call_cannot_be_judged_for_interrupting():
    long_c = "你们的工人把我家客厅的地板划坏了，划得一道一道的，我今天必须要一个说法！"
    record = make_call(
        ("T", GREETING), ("C", long_c), ("T", "您先别急，我们会处理。", {"overlap": 2.5})
    )
    assert status(score(record), "no_interrupting") == "fail"
    half = record.model_copy(update={"duplex": False})
    result = score(half).rule("no_interrupting")
    assert (result.status, result.note, result.evidence) == (
        "n/a",
        "按键通话无法判断是否打断客户",
        [],
    )
    assert json.loads(half.to_json())["duplex"] is False
    assert "duplex" not in json.loads(record.to_json())
    assert parse_call_record(json.loads(half.to_json())).duplex is False
