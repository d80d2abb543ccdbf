"""Decisions on roles, not strings (issue 13 item 3): what a number, a name or a promise is doing in
its sentence, and the rule statuses that follow from it."""

from __future__ import annotations

import pytest
from test_scorer import GREETING, make_call, score, status

from core.acts import sure
from scoring import cues
from scoring.cues import (
    act_alone,
    apology_for_experience,
    forbidden_flags,
    greets,
    is_backchannel,
)
from scoring.judge import shipped
from scoring.roles import (
    CONTACT,
    OTHERS_CONTACT,
    POLICY,
    PROMISE,
    REFERENCE,
    SERVICE,
    is_personal_name,
    number_roles,
    own_unit,
    promise_kind,
    self_intro_names,
)
from scoring.scorer import _ATTITUDE_ORDER
from scoring.text import digit_runs, name_said

# --- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("我的电话是13817205563", [CONTACT]),
        ("打我手机138 1720 5563", [CONTACT]),
        ("幺三八幺七二零五五六三", [CONTACT]),  # a bare mobile number, spoken
        ("今天不给我个说法，我就打12315投诉你们！", [SERVICE]),
        ("12315", [SERVICE]),
        ("你们热线4008123456我打了好几遍", [SERVICE]),
        ("订单号是2023112501", [REFERENCE]),
        ("型号是V2031A的那款", [REFERENCE]),
        ("王经理的手机是13900001111", [OTHERS_CONTACT]),
        ("锦绣花园3栋1202室", ["address"]),
        ("这地板花了我38000块", ["amount"]),
        ("2023年买的", ["time"]),
    ],
)
def test_number_roles(text, roles):
    assert [n.role for n in number_roles(text)] == roles


def test_a_bare_number_answering_a_question_for_the_phone_is_the_callers():
    assert [n.role for n in number_roles("62345678", 5)] == ["other"]
    assert [n.role for n in number_roles("62345678", 5, asked_for_contact=True)] == [CONTACT]


def _complaint(*lines, facts=None):
    return make_call(("T", GREETING), *lines, scenario="angry_complainant", facts=facts)


def _standing(text, colleagues=("刘经理",), company="旭日装饰"):
    """The forbidden rules a sentence fails on its own: strong flags no surer rule overruled."""
    flags = forbidden_flags(text, colleagues, company)
    return [f.rule for f in flags if f.strength == "strong" and not f.overruled]


def test_a_hotline_the_caller_threatens_to_ring_is_not_their_number_to_restate():
    """The drill case: an angry caller threatens to ring 12315; the trainee confirms the complaint
    and escalates. 12315 is not the caller's number, so it need not be read back."""
    call = _complaint(
        ("C", "你们装修队把我家地板划得一塌糊涂！今天不给我个说法，我就打12315投诉你们！"),
        ("T", "非常抱歉给您带来这么大的麻烦。您是说装修队把您家的地板划坏了，对吗？"),
        ("C", "对！你们看着办吧。"),
        ("T", "这件事我马上上报主管处理，24小时内给您回电话。请问您贵姓，电话多少？"),
    )
    report = score(call)
    assert status(report, "restate_key_info") == "pass"
    assert status(report, "escalation") == "pass"  # 12315 still makes it a major complaint
    assert "12315" not in report.rule("restate_key_info").note


def test_an_order_number_is_not_the_callers_number_to_restate():
    call = _complaint(
        ("C", "我的订单号是2023112501，你们装修队把我家地板划坏了，到底管不管？"),
        ("T", "非常抱歉。您是说装修队把您家的地板划坏了，对吗？"),
    )
    assert status(score(call), "restate_key_info") == "pass"


@pytest.mark.parametrize(
    ("readback", "expected"),
    [
        ("139 1234 5678，对吗？", "pass"),  # grouped digits
        ("幺三九，幺二三四，五六七八，对吗？", "pass"),  # spoken, radio style
        ("一三九一二三四五六七八对吧", "pass"),  # ASR: numerals, no punctuation
        ("好的，我记下了。", "fail"),  # not read back
        ("139 1234 0000，对吗？", "fail"),  # a different number
    ],
)
def test_the_number_the_caller_gave_as_theirs_must_be_read_back(readback, expected):
    call = _complaint(
        ("C", "你们装修队把我家地板划坏了！我电话是13912345678，赶紧给我处理！"),
        ("T", readback),
    )
    assert status(score(call), "restate_key_info") == expected


def test_a_hotline_in_the_same_sentence_does_not_make_a_question_a_read_back():
    asks = _complaint(
        ("C", "我要投诉！"),
        ("T", "您也可以拨打我们的热线4008123456。请问您的电话是多少？"),
    )
    assert status(score(asks), "ask_caller_identity") == "pass"
    reads = _complaint(
        ("C", "我要投诉！我电话13912345678。"),
        ("T", "您的电话是13912345678，对吗？"),
    )
    assert status(score(reads), "ask_caller_identity") == "fail"


# --- restating the caller's facts ------------------------------------------------------------------

FACTS = {
    "caller_name": "刘建国",
    "caller_phone": "13801762345",
    "caller_unit": "锦绣花园3栋1202室",
    "room": "客厅",
}


@pytest.mark.parametrize("title", ["先生", "总", "工", "女士", "姐", "师傅", "老板", "大哥"])
def test_a_surname_with_an_honorific_reads_back_the_name(title):
    call = _complaint(
        ("C", "我叫刘建国，住锦绣花园3栋1202室，客厅地板被你们划坏了，电话13801762345。"),
        ("T", f"刘{title}，锦绣花园3栋1202室，客厅，电话幺三八 零幺七六 二三四五，对吗？"),
        facts=FACTS,
    )
    assert status(score(call), "restate_key_info") == "pass"


def test_a_different_surname_is_not_a_read_back():
    call = _complaint(
        ("C", "我叫刘建国，住锦绣花园3栋1202室，客厅地板被你们划坏了，电话13801762345。"),
        ("T", "王先生，锦绣花园3栋1202室，客厅，电话13801762345，对吗？"),
        facts=FACTS,
    )
    report = score(call)
    assert status(report, "restate_key_info") == "fail"
    assert "姓名" in report.rule("restate_key_info").note


MESSAGE_FACTS = {
    "caller_name": "张伟",
    "caller_phone": "13817205563",
    "caller_unit": "华新建材公司",
    "colleague": "王经理",
    "back_at": "下午三点左右",
    "message": "原定下周一送的瓷砖改到周三上午送货",
}


def _message_call(readback: str):
    return make_call(
        ("T", "您好，旭日装饰客服中心，3号客服为您服务。"),
        ("C", "你好，我是华新建材公司的，找一下王经理。"),
        ("T", "王经理暂时不在办公室，下午三点左右回来。需要我帮您留言吗？"),
        ("C", "好的。麻烦转告他，原定下周一送的瓷砖改到周三上午送货。"),
        ("T", "好的，请问您怎么称呼，电话多少？"),
        ("C", "我叫张伟，电话13817205563。"),
        ("T", f"张先生，华新建材公司，电话13817205563，{readback}"),
        ("C", "对。"),
        ("T", "还有其他需要吗？"),
        ("C", "没有了。"),
        ("T", "感谢您的来电，再见。"),
        scenario="absent_colleague",
        facts=MESSAGE_FACTS,
    )


@pytest.mark.parametrize(
    ("readback", "expected"),
    [
        ("瓷砖改到周三上午送，对吗？", "pass"),  # shortened, in order
        ("周三上午送瓷砖，原来是下周一，我会转告王经理，对吗？", "pass"),  # own order and words
        ("我会转告王经理的，对吗？", "fail"),  # the message itself is not read back
    ],
)
def test_the_message_read_back_in_the_trainees_own_words(readback, expected):
    report = score(_message_call(readback))
    assert status(report, "message_taking") == expected
    assert status(report, "restate_key_info") == expected


def _own_details_call(details: str, readback: str):
    """A message call without drawn facts: the caller's own name and unit are what is judged."""
    return make_call(
        ("T", "您好，畅行铁路服务中心，3号客服为您服务。"),
        ("C", "你好，找一下李站长。"),
        ("T", "李站长暂时不在，预计下午四点以后回来。需要我帮您留个言吗？"),
        ("C", details),
        ("T", readback),
        ("C", "对。"),
        ("T", "好的，他回来我第一时间转告。还有其他需要帮忙的吗？"),
        ("C", "没了，谢谢。"),
        ("T", "感谢您的来电，再见。"),
        scenario="absent_colleague",
    )


@pytest.mark.parametrize(
    ("details", "readback", "message", "restate"),
    [
        (
            "好，我是丝路旅行社的，姓包，包文斌，电话13919260731。跟他说团体票名单已经发他邮箱了。",
            "包先生，丝路旅行社，电话13919260731，团体票名单已发到李站长邮箱，对吗？",
            "pass",
            "pass",
        ),
        (
            "吴海涛，鑫源物流，13817205563。跟他说下周一的货柜改到周三到港。",
            "吴先生，鑫源物流，13817205563，下周一的货柜改到周三到港，对吗？",
            "pass",
            "pass",
        ),
        (
            "我姓侯，是天水麻辣烫店的，电话15379420518。跟他说五十份工作餐明天中午送到站台。",
            "侯先生，天水麻辣烫店，电话15379420518，五十份工作餐明天中午送到站台，对吗？",
            "pass",
            "pass",
        ),
        # the caller's details read back, the message not: no message taken (the case drew none
        # to restate)
        (
            "吴海涛，鑫源物流，13817205563。跟他说下周一的货柜改到周三到港。",
            "吴先生，鑫源物流，13817205563，对吗？",
            "fail",
            "pass",
        ),
        # the caller's own unit not read back (recorded, as the caller gave it; not restated)
        (
            "我是丝路旅行社的，姓包，包文斌，电话13919260731。跟他说团体票名单已经发他邮箱了。",
            "包先生，电话13919260731，团体票名单已发到李站长邮箱，对吗？",
            "pass",
            "fail",
        ),
    ],
)
def test_a_caller_who_gives_their_own_name_and_unit_is_judged_on_them(
    details, readback, message, restate
):
    report = score(_own_details_call(details, readback))
    assert status(report, "message_taking") == message
    assert status(report, "restate_key_info") == restate


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("你好，我是金城票务代售点的，找王主管", "金城票务代售点"),
        ("我姓侯，是天水麻辣烫店的，电话15379420518。", "天水麻辣烫店"),
        ("我是车站对面的宏运宾馆，姓钟，钟兰，电话13519307734。", "车站对面的宏运宾馆"),
        ("要。我叫滕毓，学府路火车票代售点的，电话15109318826。", "学府路火车票代售点"),
        ("吴海涛，鑫源物流，13817205563。", "鑫源物流"),
        ("周建华，电话13524906718，个人买家", None),
        ("王阿姨，我姓王，王秀英，电话13764218803，让她回个电话就行。", None),
        ("姓杨，杨万福，电话13830681243。", None),
        ("我是王经理的助理，电话13800000000", None),
        ("我是你们店的老顾客", None),
        ("我是业主，姓李，电话13800000000", None),
    ],
)
def test_own_unit(text, unit):
    assert own_unit(text) == unit


def test_a_number_does_not_run_on_into_a_word_that_sounds_like_a_digit():
    assert digit_runs("电话13830615294。就说我们三十人的团取消了", 5) == ("13830615294",)
    assert digit_runs("幺三八 就五", 5) == ("13895",)


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("您好，旭日装饰客服中心，我叫王小明，很高兴为您服务。", ["王小明"]),
        ("我是小王", ["小王"]),
        ("我是客服小李。", ["小李"]),
        ("您好，3号李娜为您服务。", ["李娜"]),
        ("客服王芳为您服务", ["王芳"]),
        ("我是前台的张娟", ["张娟"]),
        ("叫我阿强就行", ["阿强"]),
        ("我是欧阳娜娜", ["欧阳娜娜"]),
        ("免贵姓张", ["张"]),
        ("你好我是客服小李有什么可以帮您", ["小李"]),  # ASR: no punctuation
        ("您好，旭日装饰客服中心，李娜为您服务。", ["李娜"]),
        ("您好，旭日装饰客服中心，高效为您服务。", []),
        # no name at all, or not the speaker's own
        ("亲！137号码不是我司号段噢~", []),
        ("很抱歉给您带来了不便 烦请提供订单号 或手机号 谢谢", []),
        ("您好 您好", []),
        ("您好，3号客服为您服务。", []),
        ("我们公司规定对外只报工号，我是9号客服。", []),
        ("我是王经理的助理", []),
        ("您好我是小米客服", []),
        ("您是刘建国先生吧？", []),
        ("我叫一下同事", []),
        ("我是江苏的", []),
        # b8/b9: a pet name on a given name after a job word, what to call me, whom to ask for
        ("您好，旭日装饰客服中心，我是客服小琪，很高兴为您服务~", ["小琪"]),
        ("九号客服小雅为您服务哦", ["小雅"]),
        ("7号客服为您服务，您叫我小敏就行~", ["小敏"]),
        ("回头有啥事您打过来直接说找陈雨婷就行", ["陈雨婷"]),
        ("您到时候就说找小陈，陈思思", ["小陈", "陈思思"]),
        ("您打过来找王经理就行", []),  # a colleague, with a title
        ("有事您打过来找客服就行", []),
        ("您打电话找物业就行", []),
        ("我是客服小组的", []),
        ("赔偿我报给主管我叫主管直接给您打过去", []),  # ASR: no punctuation
        # b11: an English name, a full name in passing
        ("16号客服为您服务，您叫我阿May就行。", ["阿May"]),
        ("您就说是6号客服陈佳怡记的。", ["陈佳怡"]),
    ],
)
def test_self_introduction_names(text, names):
    assert self_intro_names(text) == names


def test_the_company_is_not_a_personal_name():
    assert self_intro_names("这边是万科") == ["万科"]
    assert self_intro_names("这边是万科", ("万科物业客服中心",)) == []


@pytest.mark.parametrize(
    ("word", "is_name"),
    [("王小明", True), ("李娜", True), ("小王", True), ("谢谢", False), ("段噢", False)],
)
def test_is_personal_name(word, is_name):
    assert is_personal_name(word) is is_name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("您好，旭日装饰客服中心，我叫王小明，很高兴为您服务。", "fail"),
        ("您好，旭日装饰客服中心，我是小王。", "fail"),
        ("亲！137号码不是我司号段噢~", "pass"),
        ("很抱歉给您带来了不便 烦请提供订单号 或手机号 谢谢", "pass"),
        ("您好，您好，请讲。", "pass"),
    ],
)
def test_no_personal_name_status(line, expected):
    report = score(make_call(("T", GREETING), ("C", "你好。"), ("T", line)))
    assert status(report, "no_personal_name") == expected


# --- promises ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "context", "kind"),
    [
        ("我保证给您全额赔偿", "", PROMISE),
        ("肯定给您退款", "", PROMISE),
        ("可以全额退款", "按规定", POLICY),
        ("耳机出现非人为损坏的性能故障是三个月包换的", "", POLICY),
        ("七天内可以无理由退货", "根据三包规定", POLICY),
        ("请您稍等", "", None),
    ],
)
def test_promise_kind(clause, context, kind):
    assert promise_kind(clause, context) == kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("按规定可以全额退款。", "pass"),
        ("保修期是一年。", "pass"),
        (
            "您好,耳机是不保修的哦,耳机出现非人为损坏的性能故障是三个月包换的,"
            "根据图片观察来看,小v建议您更换新的耳机使用.",
            "pass",
        ),
        ("根据三包规定，签收后七天内可以无理由退货。", "pass"),
        ("我保证给您全额赔偿。", "fail"),
        ("肯定给您退款。", "fail"),
        ("按规定，我保证给您全额赔偿。", "fail"),  # the policy is named, but the trainee commits
        ("这个我们包退包换。", "fail"),
    ],
)
def test_no_improper_promise_status(line, expected):
    report = score(make_call(("T", GREETING), ("C", "地板坏了你们管不管？"), ("T", line)))
    assert status(report, "no_improper_promise") == expected


# --- rudeness ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("你吵什么吵，又不是我划的。", "fail"),  # the drill case
        ("喊什么喊！", "fail"),
        ("这又不是我们的错。", "fail"),
        ("您想问什么问题吗？", "pass"),
        ("不好意思，这又不是我们能决定的，需要主管确认后答复您。", "pass"),
    ],
)
def test_no_rudeness_status(line, expected):
    report = score(make_call(("T", GREETING), ("C", "你们把我家地板划坏了！"), ("T", line)))
    assert status(report, "no_rudeness") == expected


def test_the_scolding_is_one_flag_of_one_rule():
    flags = forbidden_flags("你吵什么吵，又不是我划的")
    assert {f.rule for f in flags} == {"no_rudeness"}


# --- closing -------------------------------------------------------------------------------------


def test_a_trainee_who_began_closing_had_the_turn_to_thank():
    """再见 without thanks, then the caller's 再见: the trainee had the closing turn (fail); a caller
    who says goodbye and hangs up before the trainee can close leaves the rule n/a."""
    began = make_call(
        ("T", GREETING),
        ("C", "没有了，谢谢。"),
        ("T", "不客气，祝您生活愉快，再见。"),
        ("C", "再见。"),
    )
    assert status(score(began), "thanks_and_goodbye") == "fail"
    cut = make_call(
        ("T", GREETING),
        ("C", "我家地板划坏了。"),
        ("T", "请问还有其他需要吗？"),
        ("C", "没有了，再见。"),
    )
    assert status(score(cut), "thanks_and_goodbye") == "n/a"


# Wordings the first blind measurement missed (tests/data/blind_calls b1, b2), generalised to their
# kind, each beside a look-alike that must stay clean.
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("行了行了，你到底想问啥就直说嘛。", "no_rudeness"),
        ("你那边信号这么差，我怎么好好说？", "no_rudeness"),
        ("你那是什么破信号啊？你自己找个信号好的地方再说！", "no_rudeness"),
        ("您这么急不会直接打他手机啊？", "no_rudeness"),
        ("这个不知道，我们客服不管这个。", "no_dismissiveness"),
        ("反正我这儿不清楚，你问工程部去吧。", "no_dismissiveness"),
        ("那是您的权利，您要去消协就去吧，我这边也没办法。", "no_dismissiveness"),
        ("我已经说过了，主管会联系你，你明天再打来问吧。", "no_dismissiveness"),
        ("这个啊，我也不知道工程部管不管这种事。", "no_indifference"),
        ("这个我也说不好有没有人管，反正我就是个接电话的，给您记上了。", "no_indifference"),
        ("陈经理？我哪知道他去哪了，反正不在位子上。", "no_indifference"),
        ("您别急，这事包在我身上，不会让您多花一分钱的。", "no_improper_promise"),
        ("好嘞，改周三肯定没问题，我替刘经理给您应下了。", "no_improper_promise"),
        ("您好，旭日装饰客服中心，3号客服，您叫我小陈就行。", "no_personal_name"),
        # b3's kinds: 您 and a rhetorical 吗 do not make a reproach polite
        ("您这网络该升级了吧，这动静也好意思打过来？", "no_rudeness"),
        ("您是不是成心来我们这儿捣乱的？", "no_rudeness"),
        ("这墙纸本来就怕潮，您自己也没注意通风，这事不能全怪我们吧。", "no_rudeness"),
        ("您先别问这么多，把地址报给我。", "no_rudeness"),
        ("你单位都不肯说，连名字都不说，我怎么转？", "no_rudeness"),
        ("您说这么快谁听得明白啊。", "no_impatience"),
        ("不就一点划痕嘛，至于这么生气吗？", "no_dismissiveness"),
        ("这事不归我们客服部管，您去找物业吧。", "no_dismissiveness"),
        ("您自己去公众号上报修吧。", "no_dismissiveness"),
        ("退不退的，那得看领导心情，我哪说得准。", "no_indifference"),
        ("这个您放心，维修费一分都不用您掏。", "no_improper_promise"),
        ("这肯定在保修范围里，换新的钱都是公司出。", "no_improper_promise"),
        ("放心吧，这事我说了算。", "no_improper_promise"),
        # b4's kinds
        ("你这话颠三倒四的，自己都没弄清楚就打过来？", "no_rudeness"),
        ("您到底会不会说话啊？", "no_rudeness"),
        ("你一下子说这么多我怎么记得住。", "no_impatience"),
        ("我都跟您讲了三遍了。", "no_impatience"),
        ("等您那边安静好了再打吧。", "no_dismissiveness"),
        ("我代表公司向您郑重保证，损失我们全包。", "no_improper_promise"),
        ("退款两天之内肯定到账。", "no_improper_promise"),
        ("负责你们楼的王师傅这周都没来上班。", "no_absence_gossip"),
        ("我是8号，姓郑，叫郑婷婷。", "no_personal_name"),
        # b5's kinds
        ("该不会是您自己家里人弄坏的吧？", "no_rudeness"),
        ("你这什么烂电话啊。", "no_rudeness"),
        ("您家是不是从来不通风？那墙不裂才怪。", "no_rudeness"),
        ("您签的时候没看吗？合同上都写着呢。", "no_rudeness"),
        ("您自己不站到窗边打，这能怪我们吗？", "no_rudeness"),
        ("别什么都往我们身上推。", "no_rudeness"),
        ("您先别问那个，地址电话报上来。", "no_rudeness"),
        ("这事您找我们也没用，去找物业吧。", "no_dismissiveness"),
        ("这个我们客服不负责，您自己翻合同看看。", "no_dismissiveness"),
        ("您问我也是白问。", "no_dismissiveness"),
        ("这周排满了，修不了，您下周再打吧。", "no_dismissiveness"),
        ("您别翻来覆去地说了。", "no_impatience"),
        ("您快点儿说，后面一堆客户等着呢。", "no_impatience"),
        ("尾款先给您免了。", "no_improper_promise"),
        # b6's kinds
        ("您当时怎么不在家看着点呢？", "no_rudeness"),
        ("您家瓷砖是金子做的吗？", "no_rudeness"),
        ("这么简单的事您还听不明白？", "no_rudeness"),
        ("我刚才说的您没听懂吗？", "no_rudeness"),
        ("肯定是您家平时不通风搞的。", "no_rudeness"),
        ("我刚才已经说过了，等通知就行。", "no_dismissiveness"),
        ("不知道，反正会来的。", "no_indifference"),
        ("工程部老张今天又没来上班。", "no_absence_gossip"),
        ("这种情况公司都会给您全额报销的。", "no_improper_promise"),
        # b7's kinds
        ("你们那边别吵吵了，我听不清。", "no_rudeness"),
        ("我这还没说完呢，你插什么嘴？", "no_rudeness"),
        ("你老打电话来烦我也没用。", "no_rudeness"),
        ("都一年了才发现，您平时都不检查的吗？", "no_rudeness"),
        ("之前不是告诉过您了吗，下午三点。", "no_dismissiveness"),
        ("退款？没戏。", "no_dismissiveness"),
        ("他今天来没来我也搞不清楚。", "no_indifference"),
        ("您放心，主管肯定会给您换新的。", "no_improper_promise"),
        ("差价我给您申请下来没问题。", "no_improper_promise"),
        ("这钱最多您出一半。", "no_improper_promise"),
        # b8's and b9's kinds
        ("划都划了才想起来找我们？", "no_rudeness"),
        ("您咋不提醒一下师傅呢？", "no_rudeness"),
        ("就不能找个安静的地方再打？", "no_rudeness"),
        ("这事我们客服这边管不着。", "no_dismissiveness"),
        ("您直接找物业去。", "no_dismissiveness"),
        ("您别老催了行吗？", "no_impatience"),
        ("您嗓门这么大，我耳朵都要被震聋了。", "no_impatience"),
        ("我给您打个包票，这个肯定能修好。", "no_improper_promise"),
        ("明天让师傅免费给您修好，一分钱不带收的。", "no_improper_promise"),
        # b11's kinds
        ("抱歉，不在。", "no_dismissiveness"),
        ("随便，您自己定吧。", "no_indifference"),
        ("哎您能不能大点声啊，您说的啥我一句都听不清。", "no_impatience"),
        ("我们马上就下班了，您明天再打吧。", "no_impatience"),
        ("打电话也不知道找个安静的地方。", "no_rudeness"),
        ("您不说是哪个单位的，我没法给您转。", "no_rudeness"),
        ("退肯定是要退的，多少再说。", "no_improper_promise"),
        ("这钱肯定不用您自己掏。", "no_improper_promise"),
        # b10's kinds
        ("这是房子本身的问题，怪不到我们头上。", "no_rudeness"),
        ("您当时也没跟师傅说要铺保护膜吧？", "no_rudeness"),
        ("我们这边就不帮您转了哈，谢谢理解。", "no_dismissiveness"),
        ("我们客服管不了这个。", "no_dismissiveness"),
        ("听不清，没法给您登记，您换个时间再打吧。", "no_dismissiveness"),
        ("哦，反正哪天去也不归我管。", "no_indifference"),
        ("您别老追问了，问得我头都大了。", "no_impatience"),
        ("这个公司肯定认，回头给您免费处理。", "no_improper_promise"),
        ("他其实是去开家长会了。", "no_absence_gossip"),
        # b12's kinds
        ("你不先报单位，我可没法帮你转。", "no_rudeness"),
        ("您自己也得盯着点吧。", "no_rudeness"),
        ("下次别在地铁里打了，害我白听半天。", "no_rudeness"),
        ("收房的时候怎么不说？现在才来问。", "no_rudeness"),
        ("把电视先关小了再说。", "no_rudeness"),
        ("我之前已经说了，您等通知吧。", "no_dismissiveness"),
        ("我也说不准他明天回不回来。", "no_indifference"),
        ("行吧，反正登记了，哪天修我也管不了。", "no_indifference"),
        ("您别一个劲儿地问了，还有别的客户等着呢。", "no_impatience"),
        ("这种返修肯定是免费的。", "no_improper_promise"),
        ("行，我给您做主了，换新的。", "no_improper_promise"),
        # b13's and b14's kinds
        ("您收货的时候为啥不当面拆开看看？", "no_rudeness"),
        ("这都过去一个月了，您早干啥去了？", "no_rudeness"),
        ("早不让他们进门不就完了。", "no_rudeness"),
        ("是不是家里人自己不小心碰的？", "no_rudeness"),
        ("门窗的事跟我们客服没什么关系，您找厂家吧。", "no_dismissiveness"),
        ("您这个事儿陈经理怕是顾不上。", "no_dismissiveness"),
        ("售后那块我们就不太方便插手了哈。", "no_dismissiveness"),
        ("查不到的话那就处理不了。", "no_dismissiveness"),
        ("您挑重点说吧，后面还有人排着呢。", "no_impatience"),
        ("我这都听半天了。", "no_impatience"),
        ("这都要收工了，明天再来电吧。", "no_impatience"),
        ("经理回来肯定给您打折。", "no_improper_promise"),
        ("弄不好不收钱的。", "no_improper_promise"),
        ("明天师傅百分百上门。", "no_improper_promise"),
        ("这次不收你一分钱。", "no_improper_promise"),
        ("刘经理休婚假了，下周回来。", "no_absence_gossip"),
        ("刘经理在坐月子，这个月都不在。", "no_absence_gossip"),
        ("刘经理请了三天假。", "no_absence_gossip"),
        ("您好，这里是前台，我是王老师。", "no_personal_name"),
        # b15's and b16's kinds
        ("别吵了，吵也解决不了问题。", "no_rudeness"),
        ("您这普通话我真听不懂。", "no_rudeness"),
        ("八成是你们家自己没关窗。", "no_rudeness"),
        ("我这一天上百个电话呢。", "no_impatience"),
        ("别浪费大家时间了。", "no_impatience"),
        ("马上就交班了，您明天再问吧。", "no_impatience"),
        ("出去了。", "no_dismissiveness"),
        ("没师傅。", "no_dismissiveness"),
        ("返修费给您打个八折。", "no_improper_promise"),
        ("经理肯定答应给您换。", "no_improper_promise"),
        ("刘经理被公司开了。", "no_absence_gossip"),
        ("您好，我是小雯。", "no_personal_name"),
        # b17's and b18's kinds
        ("下次可别乱挂东西了。", "no_rudeness"),
        ("像您这样随便改时间，师傅也没法排。", "no_rudeness"),
        ("哈哈，您这耳朵可不如年轻人，开玩笑哈。", "no_impatience"),
        ("这都第三遍了。", "no_impatience"),
        ("您说过了，不用一遍一遍讲，我又不是没听见。", "no_impatience"),
        ("这种问题电话这边是不受理的。", "no_dismissiveness"),
        ("公司规定客服不帮忙转话。", "no_dismissiveness"),
        ("您放心，这种肯定是全额退的。", "no_improper_promise"),
        # b19's kinds, in regional words
        ("伊在伐在我也弗晓得呀。", "no_indifference"),
        ("侬自家地板质量推板，怪阿拉做啥？", "no_rudeness"),
        ("听唔到，冇办法，你听日再打嚟啦。", "no_dismissiveness"),
        ("冇问题，我保证全额赔俾你，一定赔。", "no_improper_promise"),
        ("刘经理啊，他这个礼拜一直冇来上班，听说屋里出了事。", "no_absence_gossip"),
        # b20's kinds
        ("您得先把单位和姓名报上来，不报的话我这边是不帮您找人的。", "no_rudeness"),
        ("不过您家那个地板本身就软，也不全是师傅的问题。", "no_rudeness"),
        ("你那边信号烂成这样还打什么电话。", "no_rudeness"),
        ("不好意思啊，您这手机也该换了，老是一卡一卡的。", "no_rudeness"),
        ("您先把照片发过来，没照片就别打电话问赔偿了。", "no_rudeness"),
        ("您好，这个不归我们客服管，请您直接找施工队吧。", "no_dismissiveness"),
        ("这个电话里我们不答复的，您请直接去门店问吧。", "no_dismissiveness"),
        ("不好意思，今天就不给您登记了，请您改天再打过来吧。", "no_dismissiveness"),
        ("这个您都说第三遍了，我记着呢，能不能说点新的？", "no_impatience"),
        ("哎呀，您别一遍遍问了，问了我也答不了。", "no_impatience"),
        ("您别担心，在保修期里的，肯定免费给您修，一分钱不用出。", "no_improper_promise"),
        # b21's and b22's kinds
        ("王经理说是出去开会，其实是陪他媳妇儿上医院产检去了。", "no_absence_gossip"),
        ("您先报一下姓名电话，后面还有好几个电话在等着呢。", "no_impatience"),
        ("您就说几个关键词，我这边还有别的电话排着。", "no_impatience"),
        ("哎呀您快点儿，一个号码念半天，我这线上还排着好几个呢。", "no_impatience"),
        ("您别在马路边上打电话嘛，进屋再跟我说。", "no_rudeness"),
        ("哎老周，你听听，又来一个拿地板说事想多要钱的。", "no_rudeness"),
        ("小刘你听听，这位说话跟嘴里含着个枣似的。", "no_rudeness"),
        ("是不是又躲电梯里打电话了？出来再说！", "no_rudeness"),
        ("这种我见多了，十个有八个是业主自己弄的。", "no_rudeness"),
        ("我昨天不是跟您说过了嘛，等通知，您明天再打来吧。", "no_dismissiveness"),
        # and forms the first versions of those cues let through
        ("我说过了要等通知，您别老打电话。", "no_dismissiveness"),
        ("我都说了三遍了，不好意思，您到底听没听？", "no_impatience"),
        ("“你有什么事就说嘛”", "no_rudeness"),
        # b23's kinds
        ("你不先说你是谁，我没法帮你找人。", "no_rudeness"),
        ("十有八九是排水泵里卡了硬币，这种都是您自己用的问题，不能什么都找售后。", "no_rudeness"),
        ("你给我滚。", "no_rudeness"),
        ("你可以滚了。", "no_rudeness"),
        # b24's kinds: said softly
        ("他这会儿在锦江饭店陪恒盛地产的领导吃饭，谈下一期工程呢。", "no_absence_gossip"),
        ("陈经理呀，他在不在我也不太清楚哎～", "no_indifference"),
        ("友情提醒一下哈，您得先报一下您是谁，不然我这边是没法帮您转的。", "no_rudeness"),
        ("唉……阿姨，您看准了再说吧，这都改第二回了。", "no_impatience"),
        ("您别担心，王经理肯定同意，这单就按这个价签了。", "no_improper_promise"),
        ("温馨提醒您一句哈，您当时要是在家，工人也不敢那么拖柜子，您说是吧？", "no_rudeness"),
        ("我这边都记着呢，咱们先把信息报一下好吧，我这后面还排着好几个电话。", "no_impatience"),
        ("哈哈，都行呀，您觉得哪个方便就哪个呗～", "no_indifference"),
        ("像您这种施工方责任清楚的，按原价全额赔付是没问题的。", "no_improper_promise"),
        ("唉……您这信号，我听得真费劲。", "no_impatience"),
        ("您慢慢说，我不急，反正后面也就排了十几个人等着。", "no_impatience"),
        ("哈哈，这个就看师傅那边怎么排啦，您等着就行～", "no_indifference"),
        ("木门变形多半是家里太潮了，这种一般不能全算在施工头上的。", "no_rudeness"),
        (
            "这个问题客服这边确实没法回答，建议您翻一下装修合同里的保修条款，请您理解。",
            "no_dismissiveness",
        ),
        ("刚才已经跟您解释过了哦，电话里答复不了，您明天再打过来问问吧。", "no_dismissiveness"),
        ("嗯……这个嘛，反正得工程部看了才知道，到时候再说吧。", "no_indifference"),
        (
            "咱们长话短说哈，我这边电话一个接一个的。",
            "no_impatience",
        ),  # quotes without a speaker are the trainee's own
        # b26: the 004 §8B brush-off with someone else's word; a promise of a full refund or a fee waived
        ("上午那个同事不是跟你讲了吗，师傅今天排满了，明天再打来问。", "no_dismissiveness"),
        ("您放心，这几天的费用我肯定给您全退，还额外补您一个月月租。", "no_improper_promise"),
        ("您这种情况我保证给您免违约金，放心办。", "no_improper_promise"),
        ("合同上写得清清楚楚，你自己签字的时候不看吗？", "no_rudeness"),
        # b27/b28: the §8A conditional refusal in other words, the question thrown back, the caller
        # sent off with a reproach, the caller's threat left to them, told to stop repeating
        ("您不说是哪个单位的，我这边是不会帮您找人的。", "no_rudeness"),
        ("你不先说你是哪儿的，我怎么给你找人？有事赶紧说。", "no_rudeness"),
        ("治不治得好你问我？我又不是医生，问你们主治去。", "no_rudeness"),
        ("你找个安静点的地方再打吧，大马路上嚷嚷谁听得清。", "no_rudeness"),
        ("你那边吵吵嚷嚷的，先找个安静地方再打过来，别浪费大家时间。", "no_rudeness"),
        ("找不找电视台您自己定，随您。", "no_indifference"),
        ("好了好了，知道了知道了，您能不能别一直念叨了。", "no_impatience"),
        ("哎呀知道了知道了，您别一遍一遍念了。", "no_impatience"),
        ("我都问您两遍了，等您信号好了明天再打来吧。", "no_dismissiveness"),
        ("您放心，没号了我肯定给您加一个，专家那边我去说。", "no_improper_promise"),
        ("这个肯定能报，您放心，真报不了医院给您补上。", "no_improper_promise"),
        ("我们组长今天还没来上班，我先把您的投诉报给在岗的副主管。", "no_absence_gossip"),
        ("您下次打来直接找我王磊就行，三个石头的磊。", "no_personal_name"),
        ("下次有事您直接打过来找我王芳就行。", "no_personal_name"),
        # b29/b30
        ("你连哪家的都不报，我凭什么帮你找人？", "no_rudeness"),
        ("你骑着车打什么电话啊，停下来再跟我说。", "no_rudeness"),
        ("下这么大雨你跑出去打什么电话，你自己找个地方躲好了再说。", "no_rudeness"),
        ("管子是自己爆的，又不是我们拿锤子砸的，你冲我吼有什么用？", "no_rudeness"),
        ("您自己找人乱改管子，漏了还想让我们出钱，这说不过去吧。", "no_rudeness"),
        ("听不清，你换个时间再打吧。", "no_dismissiveness"),
        ("听不清楚，下班了，明天再打吧。", "no_impatience"),  # 004 §8G, not the brush-off
        ("都下班了，我给你记一下得了。", "no_impatience"),
        ("马上下班了，给你登个记，别问了。", "no_impatience"),
        ("听不清就不说了，你找个座机再打吧。", "no_dismissiveness"),
        ("估抄就是系统出的数，我这改不了，您去营业厅问吧。", "no_dismissiveness"),
        ("哎呀，这都第三遍了还是听不清，真是急死人。", "no_impatience"),
        ("这个减免陶科长肯定会批的，您放心。", "no_improper_promise"),
        ("维修费您先垫上，发票拿来我们肯定全给您报了。", "no_improper_promise"),
        ("明天上午保准给您通上气，您放心。", "no_improper_promise"),
        ("这种情况肯定全退，您放心。", "no_improper_promise"),
        ("放心，明天要是还没送到，运费我保证全给您退了。", "no_improper_promise"),
        ("您放心，这个件肯定能找回来，后天之前就给您送到。", "no_improper_promise"),
        # b31/b32
        ("延误超过四个小时，航司一般会赔您八百块，这个跑不了。", "no_improper_promise"),
        ("就这点钱还请律师，您也太小气了吧。", "no_rudeness"),
        ("滚下去吧你！", "no_rudeness"),
        # b35/b36
        ("刚才不是跟你说了吗，开会去了，你下午再打吧。", "no_dismissiveness"),
        ("结款的事您放心，王经理回来肯定给您批。", "no_improper_promise"),
        ("地址是您自己填的，填错了怪谁呀。", "no_rudeness"),
        ("您在停车场那么吵还打什么电话，找个安静地方再打过来。", "no_rudeness"),
        ("您放心，米我给您补上，再额外赔您五十块钱，我保证。", "no_improper_promise"),
        ("这个绝对没问题，放心吃，出了事我们负责。", "no_improper_promise"),
        ("您买的时候自己不看日期，现在来问赔不赔？", "no_rudeness"),
        ("哎呀您讲重点好伐，我这边一堆电话排着呢。", "no_impatience"),
        ("听不清，换个时间打吧。", "no_dismissiveness"),
        ("您放心，手机肯定能找回来，找不到我们照价赔您。", "no_improper_promise"),
        ("那个师傅今天旷工没来，老这样。", "no_absence_gossip"),
        ("余额肯定能全退，您放心。", "no_improper_promise"),
        ("他啊，一直没见着人，好像在外面跑私活。", "no_absence_gossip"),
        (
            "您好，我是25号客服，小陈，陈思远。您那边信号不好，麻烦您大声一点再说一遍好吗？",
            "no_personal_name",
        ),
        # b33/b34
        ("您放心，王经理回来肯定给您批八折。", "no_improper_promise"),
        ("你在隧道里打什么电话，出了隧道再打嘛。", "no_rudeness"),
        ("你在食堂里打什么电话，出去了再打。", "no_rudeness"),
        ("您这个肯定在保修范围内，放心，免费给您修。", "no_improper_promise"),
        ("您自己改装过的车还想保修？改了就别指望厂家买单。", "no_rudeness"),
        ("您快点念吧，一个字一个字的要念到什么时候。", "no_impatience"),
        ("你连自己是哪个单位的都不讲，我怎么帮你找人？", "no_rudeness"),
        ("刚才不是跟你讲过了嘛，网上报，别再打了。", "no_dismissiveness"),
        ("您好沅湘大学学生事务服务中心我是值班的学生助理叫陈思远", "no_personal_name"),
        ("听不清就别说了，你换个电话再打进来。", "no_dismissiveness"),
        (
            "不好意思女士，您那边声音实在听不清，建议您换个时间再打过来，感谢您的来电。",
            "no_dismissiveness",
        ),
        ("你自己瞎接的线，出了事找我们干嘛。", "no_rudeness"),
        ("又不是我们给您摔碎的，找快递去。", "no_rudeness"),
    ],
)
def test_wordings_of_each_kind_are_flagged_strongly(text, rule):
    flags = forbidden_flags(text, ("刘经理", "陈经理"), "旭日装饰")
    assert [(f.rule, f.strength) for f in flags if f.rule == rule] == [(rule, "strong")]


@pytest.mark.parametrize(
    "text",
    [
        "您那边信号不太好，麻烦您换个地方再说好吗？",
        "我已经说过了，不好意思，我再说一遍：王经理下午三点回来。",
        "这个我说不好，我帮您问一下工程部，半小时内给您回电话。",
        "您可以叫我们的工程部同事上门看看。",
        "您有什么想问的就直接问，我帮您查。",
        "这个不能怪您，是我们施工没做好，真对不起。",
        "不好意思，给您添麻烦了。",
        "至于赔偿，我需要请主管核实后给您答复，好吗？",
        "您随便挑个时间，我们安排师傅上门。",
        "保修期内返修是不收费的，按规定由公司承担。",
        "这事不是我说了算的，我帮您报给主管。",
        "您也可以在公众号上自助报修，我这边也先给您登记。",
        "麻烦您把地址和电话告诉我，我给您登记。",
        "张师傅已经在路上了，十分钟就到。",
        "我再给您说一遍：王经理下午三点回来。",
        "您慢慢说，我记得住。",
        "等您方便的时候，我们再给您回电话。",
        "按规定退款会在三个工作日内到账。",
        "负责你们小区的李师傅明天上午上门，到之前会给您打电话。",
        "我是8号客服，请问您怎么称呼？",
        "不好意思，您找个信号好的地方，不着急，再跟我说一遍好吗？",
        "这不能怪您，是我们的问题。",
        "合同第五条写着保修两年。",
        "明天下午三点前回电，随便您哪个时间段方便接都行。",
        "我不在座位上的时候同事也能查到您的工单。",
        "不好意思，您明天再打来好吗？",
        "我刚才说过了，我再给您重复一遍：明天下午五点前回电。",
        "这不是您的问题，您放心。",
        # b7's look-alikes
        "刘经理外出开会，我没看到他的日程有变动，四点以后回来。",
        "我没看见您说的那封邮件，麻烦您再发一次。",
        "我帮您问问刘经理今天来没来，请稍等一分钟。",
        "我问问主管能不能给您换新的，明天上午给您回电。",
        "您慢慢说，不着急，我都记着呢。",
        "我刚才告诉您的是下午三点，我再说一遍：下午三点。",
        # b8's and b9's look-alikes
        "之后施工队再也没有来过，是这样吧？",
        "不好意思，您方便找个安静点的地方再说吗？",
        "您别着急，我马上给您办。",
        "按规定保修期内免费维修，我先给您登记。",
        # b11's look-alikes
        "不好意思，王经理不在，下午三点回来，您要留个言吗？",
        "您随便定个时间，我们都能安排。",
        "他回来要是没看到留言，我再打电话提醒他。",
        # b10's look-alikes
        "这个得主管来定，我帮您把情况转给他。",
        "您慢慢问，我一条一条给您说。",
        # b12's look-alikes
        "如果报价单还没到，我让他直接打您电话。",
        "我向您保证，您说的情况我会如实报给主管。",
        "这事我做不了主，得主管来定。",
        # b13's and b14's look-alikes
        "刘经理在车间外面试车，三点回来，我帮您留个言吧？",
        "赔偿得我们诊所主任来定，我马上报给主任。",
        "随便哪个号码都行，留您最方便接的那个。",
        "我跟您保证，挂了电话就把单子交给主管。",
        "多少钱我唔可以同您打包票，我如实报上去。",
        "您是找张经理的同事吗？我是他的助理。",
        # b15's and b16's look-alikes
        "留言是地板供货推迟到下周二，请刘经理回电。",
        "具体几点到我这边不好打包票，大概明天上午。",
        "您要求全额赔偿，这个诉求我记下了，马上转交主管。",
        "您那边信号太差了，我先挂了，回头给您打过去。",
        "我是小区物业的对接人。",
        # b17's and b18's look-alikes
        "不好意思，刚才是我这边没听见，您是不是在电梯里？没关系，您出来再说一遍。",
        "留言长短随便您，我一个字一个字记。",
        "知道您那边也忙，我长话短说，帮您留个言可以吗？",
        "燃气泄漏可不是开玩笑的，您先开窗。",
        "给您提个醒，下次师傅上门前会先打电话。",
        "请您把您的称呼和电话留一下。",
    ],
)
def test_look_alikes_of_those_wordings_stay_clean(text):
    assert forbidden_flags(text, ("刘经理", "张师傅"), "旭日装饰") == []


def test_gossip_goes_on_in_a_clause_without_a_subject():
    flags = forbidden_flags("刘经理啊，说是开会，其实在楼下抽烟呢。", ("刘经理",))
    assert [f.rule for f in flags] == ["no_absence_gossip"]


def test_after_a_late_pickup_the_apology_opens_the_call():
    """002 §2: after more than three rings the first words are 对不起，让您久等 (no 您好 needed)."""
    call = make_call(("T", "对不起，让您久等了，旭日装饰客服中心，3号客服为您服务。"), rings=5)
    assert status(score(call), "standard_greeting") == "pass"
    assert status(score(call), "late_pickup_apology") == "pass"


def test_gossip_is_about_whoever_the_caller_names():
    """The scenario's facts name 王经理; the caller asks for 张师傅: gossip about 张师傅 is gossip."""
    call = make_call(
        ("T", GREETING),
        ("C", "上次来的张师傅挺好的，还能让他来吗？"),
        ("T", "张师傅这几天都没来上班，好像家里出事了。"),
    )
    assert status(score(call), "no_absence_gossip") == "fail"


# --- a forbidden act the NLU is sure of, where no wording matched -------------------------------


@pytest.mark.parametrize(
    ("text", "acts", "rule"),
    [
        ("留呗，都行。", {"indifference", sure("indifference")}, "no_indifference"),
        ("留呗，都行。", {"indifference"}, None),  # not sure
        ("留呗，都行。", {"indifference", "impatience", sure("indifference")}, None),  # which kind?
        ("麻烦您再等等。", {"indifference", sure("indifference")}, None),  # softened
        ("这个钱主管核实后退给您。", {"improper_promise", sure("improper_promise")}, None),
        ("按规定可以全额退款。", {"improper_promise", sure("improper_promise")}, None),
        ("王经理他没在。", {"absence_gossip", sure("absence_gossip")}, None),  # roles decide gossip
    ],
)
def test_a_sure_forbidden_act_stands_alone_only_when_nothing_speaks_against_it(text, acts, rule):
    flag = act_alone(text, frozenset(acts))
    assert (flag.rule if flag else None) == rule


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("实在对不住您，地板被我们的人划坏了，我代表公司给您道个歉。", "pass"),
        ("先跟您说声对不起，这事儿搁谁身上都闹心。", "pass"),
        ("不好意思，您那边声音有点小。", "fail"),  # an apology for the line, not the experience
        # days without the service are what happened, not a wait on the line (b23)
        ("实在对不起，让您白等了这么多天，还耽误了工作，真的很抱歉。", "pass"),
        ("不好意思，让您等了这么久，我查到了。", "fail"),
        ("对不起，刚才让您等了好半天。", "fail"),
        ("对不起，让您等了三天师傅都没上门。", "pass"),
    ],
)
def test_an_apology_for_the_experience_in_other_words(line, expected):
    report = score(make_call(("T", GREETING), ("C", "你们把我家地板划坏了！"), ("T", line)))
    assert status(report, "empathy_apology") == expected


def test_a_cleared_look_alike_is_not_flagged_by_a_sure_act_either():
    text = "您拍的照片随便什么时候发给我们都行。"
    assert forbidden_flags(text) == []
    assert act_alone(text, frozenset({"indifference", sure("indifference")})) is None


def test_a_guess_put_to_the_caller_is_no_indifference():
    """b26: 是网不好吧？ sounds like 应该是吧 to the NLU, but it asks; the same words said flat stand."""
    acts = frozenset({"indifference", sure("indifference")})
    assert act_alone("是网不好吧？", acts) is None
    assert act_alone("应该是网不好吧。", acts) is not None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("我把您的赔偿诉求转主管，明天上午给您答复。", "pass"),
        ("我先记下来，主管今天下午四点前给您回电。", "pass"),
        ("主管忙着呢，没空管你这事。", "fail"),  # names the supervisor to refuse
        ("主管不在，没法给您答复。", "fail"),
        # b231-b237: the case handed to a boss of another department; a settlement that keeps it from one
        ("我能保证的是今天下班前把工单交到信用业务部主管手上，明天下午三点前给您回电。", "pass"),
        ("我现在把这事报给结算主管，后天中午前给您回电话。", "pass"),
        ("这事我做主，今天就转给您，不用惊动领导。", "fail"),
        ("这点事不用找领导了，发票拍给我就行。", "fail"),
    ],
)
def test_escalation_in_other_words_and_a_refusal_that_names_the_supervisor(line, expected):
    report = score(
        make_call(("T", GREETING), ("C", "你们把我家地板划坏了，我要赔偿！"), ("T", line))
    )
    assert status(report, "escalation") == expected


@pytest.mark.parametrize("line", ["我上报主管，24小时内回您电话。", "我上报主管，明天中午前回您。"])
def test_a_reply_promise_said_as_hui_nin(line):
    report = score(make_call(("T", GREETING), ("C", "你们把我家地板划坏了！"), ("T", line)))
    assert status(report, "followup_commitment") == "pass"


def test_a_room_is_read_back_by_its_own_name_not_by_a_title_that_sounds_like_it():
    """主卧 is no person: 主管 in the caller's line is not the room said (the room was 书房)."""
    call = make_call(
        ("T", GREETING),
        ("C", "你们把我家书房的地板划坏了，叫你们主管来！"),
        ("T", "非常抱歉，请问您贵姓，地址电话？"),
        ("C", "马国栋，翠湖苑12栋304室，18621457790。"),
        ("T", "马先生，翠湖苑12栋304室，18621457790，书房地板，对吗？"),
        scenario="angry_complainant",
    )
    assert status(score(call), "restate_key_info") == "pass"


def test_cantonese_asking_the_name_and_thanking():
    call = make_call(
        ("T", GREETING),
        ("C", "你好，我找一下王经理。"),
        ("T", "王经理暂时不在，下午三点返来，请问点称呼您？"),
        ("C", "我姓吴。"),
        ("T", "仲有冇其他需要帮忙？"),
        ("C", "冇了。"),
        ("T", "唔该晒您来电，拜拜。"),
        scenario="absent_colleague",
    )
    report = score(call)
    assert status(report, "ask_caller_identity") == "pass"
    assert status(report, "thanks_and_goodbye") == "pass"


def test_a_number_read_back_with_a_wrong_digit_is_no_restatement():
    """The caller let 18621457796 pass for 18621457790: the record is wrong (b2, b4, b5, b9)."""
    lines = [
        ("T", GREETING),
        ("C", "你们把我家书房地板划坏了！我叫马国栋，翠湖苑12栋304室，手机18621457790。"),
    ]
    wrong = make_call(*lines, ("T", "马先生，翠湖苑12栋304室，手机18621457796，书房地板，对吧？"))
    right = make_call(*lines, ("T", "马先生，翠湖苑12栋304室，手机18621457790，书房地板，对吧？"))
    assert status(score(wrong), "restate_key_info") == "fail"
    assert status(score(right), "restate_key_info") == "pass"
    # the trainee is told what was wrong, not that nothing was read back
    assert (
        score(wrong).rule("restate_key_info").note
        == "第3句复述的电话号码与客户说的18621457790不一致"
    )


@pytest.mark.parametrize(
    ("back", "expected"),
    [
        ("让您久等了，查到了。", "fail"),  # an apology for the wait, no thanks for it
        ("谢谢您久等，查到了。", "pass"),
        ("感谢您的耐心等待，查到了。", "pass"),
    ],
)
def test_after_a_hold_the_trainee_thanks_for_the_wait(back, expected):
    call = make_call(
        ("T", GREETING),
        ("C", "你们把我家地板划坏了！"),
        ("T", "非常抱歉，我查一下施工记录，请您稍等一分钟可以吗？"),
        ("C", "行。"),
        ("hold", 40),
        ("T", back),
    )
    assert status(score(call), "hold_etiquette") == expected


@pytest.mark.parametrize("agrees", ["行吧。", "好吧，我再等等。", "中，你查吧。", "要得。"])
def test_asking_for_more_time_during_a_hold_keeps_it_one_hold(agrees):
    call = make_call(
        ("T", GREETING),
        ("C", "你们把我家地板划坏了！"),
        ("T", "非常抱歉，我查一下施工记录，请您稍等一分钟可以吗？"),
        ("C", "行。"),
        ("hold", 50),
        ("T", "不好意思，还要再等一分钟左右，您看可以吗？"),
        ("C", agrees),
        ("hold", 40),
        ("T", "谢谢您耐心等待，记录查到了。"),
    )
    assert status(score(call), "hold_etiquette") == "pass"


@pytest.mark.parametrize(
    ("caller", "trainee", "expected"),
    [
        # the caller was done: the trainee's next turn was the close
        ("没了，谢谢啊。", "好的，我都记下了。", "fail"),
        ("没了，谢谢啊。", "好的，您看还有什么要补充的吗？", "fail"),
        # thanks for an answer, mid-call, or a reproach: a question of the trainee's left the caller the
        # turn, and they left (n/a); words that only told the caller how things stand left the trainee
        # the turn to close (b231: labelled fail)
        ("好的，谢谢。", "好的，您看还有什么要补充的吗？", "n/a"),
        ("你们就这样对待客户的？", "实在抱歉，您看还有什么要补充的吗？", "n/a"),
        ("好的，谢谢。", "好的，我都记下了。", "fail"),
        ("你们就这样对待客户的？", "好的，我都记下了。", "fail"),
    ],
)
def test_the_caller_was_done_and_the_trainee_did_not_close(caller, trainee, expected):
    """… → the trainee answers without closing → 好，再见 (hung up)."""
    call = make_call(
        ("T", GREETING),
        ("C", "你们把我家地板划坏了！"),
        ("T", "还有其他事吗？"),
        ("C", caller),
        ("T", trainee),
        ("C", "好，再见。"),
    )
    assert status(score(call), "thanks_and_goodbye") == expected


def test_the_callers_own_date_said_back_is_no_time_frame_for_a_reply():
    call = make_call(
        ("T", GREETING),
        ("C", "你们装修队这周一把我家地板划坏了！"),
        ("T", "书房地板这周一被划坏了，我已经记录下来了，我们会尽快安排人联系您"),
    )
    assert status(score(call), "followup_commitment") == "fail"


class _EverythingIntroduces:
    """The NLU hearing a self-introduction in every line (it did in b8's uq_011)."""

    def recognize(self, texts: list[str]) -> list[frozenset[str]]:
        return [frozenset({"self_intro"}) for _ in texts]


@pytest.mark.parametrize(("read_back", "expected"), [("17号楼402室", "fail"), ("我是17号", "pass")])
def test_an_address_number_is_no_work_number(read_back, expected):
    call = make_call(
        ("T", "您好，旭日装饰客服中心，我是客服部的，很高兴为您服务。"),
        ("C", "我叫郑雪，住长宁新苑17号楼402室。"),
        ("T", f"郑女士，{read_back}。"),
        scenario="unanswerable_question",
    )
    assert status(score(call, _EverythingIntroduces()), "work_id_intro") == expected


def test_an_apology_for_the_wait_and_for_what_happened_in_one_breath():
    line = "真是对不起，让您等了这么久，地板又被弄坏，给您添了双重的堵。"
    report = score(make_call(("T", GREETING), ("C", "你们把我家地板划坏了！"), ("T", line)))
    assert status(report, "empathy_apology") == "pass"


def test_a_sentence_is_charged_to_one_attitude_rule():
    """我也不清楚他在不在 is the rubric's indifference; 你打他手机试试吧 beside it is not also a brush-off,
    even when the NLU is sure of one (b7, b11: the labellers judged indifference alone)."""
    text = "我也不清楚他在不在，你打他手机试试吧。"
    flags = {f.rule: f for f in forbidden_flags(text, ("刘经理",))}
    assert flags["no_indifference"].sure
    assert flags["no_dismissiveness"].overruled
    lines = [("T", GREETING), ("C", "你好，我找一下刘经理。"), ("T", text)]

    class Acts:
        def __init__(self, *acts):
            self.acts = frozenset(acts)

        def recognize(self, texts):
            return [self.acts for _ in texts]

    unsure = score(make_call(*lines, scenario="absent_colleague"), Acts("dismissiveness"))
    sure_ = score(
        make_call(*lines, scenario="absent_colleague"),
        Acts("dismissiveness", sure("dismissiveness")),
    )
    assert status(unsure, "no_dismissiveness") == "pass"
    assert status(sure_, "no_dismissiveness") == "pass"
    assert status(unsure, "no_indifference") == "fail"
    assert status(sure_, "no_indifference") == "fail"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("我们主管在开会，不过您的赔偿要求我现在就报给他，他下午四点前给您回电话。", "pass"),
        ("主管在开会，您晚点再打吧。", "fail"),
    ],
)
def test_escalation_to_the_supervisor_named_before(line, expected):
    report = score(
        make_call(("T", GREETING), ("C", "你们把我家地板划坏了，我要赔偿！"), ("T", line))
    )
    assert status(report, "escalation") == expected


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("阿姨，不好意思，侬讲得响一点好伐？", "polite_repeat_request"),
        ("仲有冇其他要帮忙？", "offer_further_help"),
        ("唔好意思，听唔清楚，唔该你大声啲讲多次。", "polite_repeat_request"),
        ("唔该你讲低全名同电话，我即刻帮你跟。", "ask_caller_identity"),
        ("您莫着急，我先把情况记清楚。这单子登记在哪位名下？", "ask_caller_identity"),
    ],
)
def test_regional_wordings_of_required_acts(line, rule):
    call = make_call(
        ("T", GREETING), ("C", "喂……我家……墙……裂了……"), ("T", line), scenario="unclear_audio"
    )
    assert status(score(call), rule) == "pass"


def test_a_backchannel_that_says_it_is_listening_is_no_interruption():
    call = make_call(
        ("T", GREETING),
        ("C", "喂你好，我家客厅墙面开裂了，想约个师傅周六下午过来看看，最好三点以前。"),
        ("T", "嗯，在听。", {"overlap": 1.5}),
    )
    assert status(score(call), "no_interrupting") == "pass"


def test_off_duty_said_while_helping_is_no_impatience():
    """维修部下班了 with help given anyway says when things happen (b33: the NLU alone flagged one such
    line, so it is no longer asked); sent away till tomorrow is the rubric's impatience."""
    helping = forbidden_flags("维修部今天已经下班了，我先给您登记上，明天上午九点前给您回电话。")
    sending_away = forbidden_flags("我们这边马上就下班了，这事您明天再打来说吧。")
    assert forbidden_flags("维修组马上收工了，我先帮侬登记，明天一早给侬回电话。") == helping == []
    assert [(f.rule, f.strength) for f in sending_away] == [("no_impatience", "strong")]


@pytest.mark.parametrize(
    ("scenario", "lines", "rule", "expected"),
    [
        # 捎个话 offers a message
        (
            "absent_colleague",
            [
                ("C", "你好，麻烦找一下刘经理。"),
                (
                    "T",
                    "刘经理这会儿没在屋，出去开会了，下午四点以后准回来。您看有啥事儿我给您捎个话？",
                ),
            ],
            "absent_colleague_handling",
            "pass",
        ),
        # 发给他 after naming 主管 escalates
        (
            "angry_complainant",
            [
                ("C", "地板你们得赔，叫你们主管来！"),
                ("T", "主管在开会，不过我已经把您的赔偿要求发给他了，今天下午四点前他给您回电话。"),
            ],
            "escalation",
            "pass",
        ),
        # 家里地板被划成这样 is what an apology is for
        (
            "angry_complainant",
            [
                ("C", "你们把我家地板划坏了！"),
                ("T", "非常抱歉，让您等了这么久，家里地板又被划成这样，真是对不起。"),
            ],
            "empathy_apology",
            "pass",
        ),
        # 那就这样 begins the close
        (
            "angry_complainant",
            [
                ("C", "那就十点吧。"),
                ("T", "行，那就这样，明天上午十点师傅过去。"),
                ("C", "好的，拜拜。"),
            ],
            "thanks_and_goodbye",
            "fail",
        ),
        # the money demanded from the company, or the citizens' hotline, is an escalation trigger
        (
            "angry_complainant",
            [("C", "你们把门刮坏了，修门的钱得你们公司出！")],
            "escalation",
            "fail",
        ),
        ("angry_complainant", [("C", "再不管我就打12345投诉！")], "escalation", "fail"),
        ("angry_complainant", [("C", "我的订单号是12345，门刮坏了。")], "escalation", "n/a"),
        (
            "angry_complainant",
            [("C", "钱你们出！"), ("T", "我马上报给店长，今天下午四点前店长给您回电话。")],
            "escalation",
            "pass",
        ),
        # a field crew leader named to send the caller away is no escalation (b10)
        (
            "angry_complainant",
            [("C", "赔钱！"), ("T", "您直接找施工队长沟通比较好。")],
            "escalation",
            "fail",
        ),
        # at work elsewhere, said politely with an offer, is temporarily away
        (
            "absent_colleague",
            [
                ("C", "找一下陈医生。"),
                ("T", "陈医生正在接诊，十一点半左右忙完，我先帮您记下来好吗？"),
            ],
            "absent_colleague_handling",
            "pass",
        ),
        # said plainly and short, it is all there (b20)
        (
            "absent_colleague",
            [("C", "找一下陈经理。"), ("T", "陈经理出去了，三点左右回。您留个话？我记。")],
            "absent_colleague_handling",
            "pass",
        ),
        # the supervisor told in other words (b20)
        (
            "angry_complainant",
            [("C", "你们得赔！"), ("T", "我这就报主管，24小时之内回您电话。")],
            "escalation",
            "pass",
        ),
        (
            "angry_complainant",
            [("C", "你们得赔！"), ("T", "赔偿要主管来定，我现在报上去，24小时内给您回电话。")],
            "escalation",
            "pass",
        ),
        (
            "angry_complainant",
            [("C", "你们得赔！"), ("T", "我而家就报俾主管，24个钟内主管会打电话俾你。")],
            "followup_commitment",
            "pass",
        ),
        # a property desk's triggers and supervisor (b25): a refund demanded, the district and the
        # housing authority; 物业经理
        ("angry_complainant", [("C", "这个月车位费你们得退给我！")], "escalation", "fail"),
        (
            "angry_complainant",
            [
                ("C", "不给说法我就去找街道、找住建局！"),
                ("T", "我已经报给物业经理，经理今晚八点前给您回电话。"),
            ],
            "escalation",
            "pass",
        ),
        ("angry_complainant", [("C", "那我得退出业主群吗？")], "escalation", "n/a"),
        # a past message the caller mentions is no request to leave one
        (
            "absent_colleague",
            [
                ("C", "找刘经理，上次留言他好像没收到。"),
                ("T", "刘经理今天外出，明天上午回来，这次我帮您重新留个言。"),
            ],
            "absent_colleague_handling",
            "pass",
        ),
        # b28: in surgery is at work elsewhere; hours waited at the hospital are what happened, not
        # a wait on the line; an apology beside an interruption's may still be for what happened
        (
            "absent_colleague",
            [
                ("C", "找一下肝胆外科孙主任。"),
                ("T", "孙主任正在手术，暂时接不了电话，预计下午四点左右结束。我帮您留个言好吗？"),
            ],
            "absent_colleague_handling",
            "pass",
        ),
        (
            "angry_complainant",
            [("T", "真是对不起，让您白白等了两个小时，还过了号，太耽误您了。")],
            "empathy_apology",
            "pass",
        ),
        (
            "angry_complainant",
            [("T", "对不起，是我插话了，您请说完。您空腹跑了两趟还没拿到结果，真的非常抱歉。")],
            "empathy_apology",
            "pass",
        ),
        (
            "angry_complainant",
            [("T", "非常抱歉，重复扣款让您白白多付了一笔钱，真是对不起。")],
            "empathy_apology",
            "pass",
        ),
        (
            "angry_complainant",
            [("T", "对不起，刚才让您等了好半天，真的非常抱歉。")],
            "empathy_apology",
            "fail",
        ),
        (
            "angry_complainant",
            [("T", "不好意思，麻烦您重复一下，真的非常抱歉。")],
            "empathy_apology",
            "fail",
        ),
        # asking about the problem near the words 号码/地址, or reading the address back, asks nothing
        (
            "angry_complainant",
            [("T", "号码我这边已经有了，您再说一下故障情况吧。")],
            "ask_caller_identity",
            "fail",
        ),
        (
            "angry_complainant",
            [("T", "地址我再给您说一遍：锦绣花园3栋1202，对吧？")],
            "ask_caller_identity",
            "fail",
        ),
        (
            "angry_complainant",
            [("T", "非常抱歉，让您干等这么久。")],
            "empathy_apology",
            "fail",
        ),
        # a strong apology for what a wait later in the turn was
        (
            "angry_complainant",
            [
                (
                    "T",
                    "真的非常抱歉，我这边刚接手您这个工单，我先看一下记录，看完马上跟您说，让您久等了。",
                )
            ],
            "empathy_apology",
            "fail",
        ),
        # b31: waiting at the airport is what happened; asking to confirm the name and number asks
        (
            "angry_complainant",
            [("T", "真是对不起，让您落地还在机场干等这么久，太抱歉了。")],
            "empathy_apology",
            "pass",
        ),
        (
            "angry_complainant",
            [("T", "实在对不起，这个经历太糟糕了。麻烦您再确认一下姓名和电话？")],
            "ask_caller_identity",
            "pass",
        ),
        (
            "angry_complainant",
            [("T", "真的非常抱歉。请问您的电话和订单号是？")],
            "ask_caller_identity",
            "pass",
        ),
        # b30: a strong apology first, for what it goes on to; the number asked for again is asked for
        (
            "angry_complainant",
            [("T", "真的很抱歉，停电没有通知到您，冰箱里的东西都坏了。")],
            "empathy_apology",
            "pass",
        ),
        (
            "absent_colleague",
            [
                ("C", "找丁工，我是中铁十二局三分部的柯先生，电话18017236614。"),
                ("T", "不好意思，打断一下，号码我没记全，麻烦您再慢一点说一遍。"),
            ],
            "ask_caller_identity",
            "pass",
        ),
        (
            "absent_colleague",
            [
                ("C", "找一下陈经理。"),
                (
                    "T",
                    "陈经理刚走没多久，去园区开协调会了，大概下午三点左右回来。您需要我帮您转告吗？",
                ),
            ],
            "absent_colleague_handling",
            "pass",
        ),
        # hours on the line are a wait on the line; a strong apology softening a request is no apology
        (
            "angry_complainant",
            [("T", "抱歉让您在线上等了一个多小时，热线实在太忙了。")],
            "empathy_apology",
            "fail",
        ),
        (
            "angry_complainant",
            [("T", "对不起，让您等了一下午的电话才打进来。")],
            "empathy_apology",
            "fail",
        ),
        (
            "angry_complainant",
            [("T", "您稍等，我查一下，好的，真的非常抱歉，我再跟您确认一下地址。")],
            "empathy_apology",
            "fail",
        ),
    ],
)
def test_required_acts_in_other_words(scenario, lines, rule, expected):
    report = score(make_call(("T", GREETING), *lines, scenario=scenario))
    assert status(report, rule) == expected


def test_a_brush_off_for_a_bad_line_is_no_polite_repeat_request():
    call = make_call(
        ("T", GREETING),
        ("C", "喂……我家……厨房……漏水……"),
        ("T", "我这听不清，没法给您登记，您回头换个时间再打吧。"),
        scenario="unclear_audio",
    )
    assert status(score(call), "polite_repeat_request") == "fail"


@pytest.mark.parametrize(
    "away", ["王经理暂时唔在办公室，下午四点以后返来。", "陈经理暂时勿在办公室，三点钟左右回来。"]
)
def test_regional_temporarily_away(away):
    call = make_call(
        ("T", GREETING),
        ("C", "你好，帮我找下王经理。"),
        ("T", away + "我帮您留个言好吗？"),
        scenario="absent_colleague",
    )
    assert status(score(call), "absent_colleague_handling") == "pass"


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes a review found flagged by the first versions of this round's cues
        "麻烦您把电视声音关小一点再说好吗？",
        "您看能不能找个安静点的地方再说好吗？",
        "您说的是菜市场对面那栋楼吗？",
        "您别烦心，我们马上处理。",
        "您是说物业都不管吗？",
        "师傅安装的时候没提醒您，是我们的疏忽。",
        "下雨天您自己也得注意安全哦。",
        "厂家昨天才通知我们，明天上午送到。",
        "您刚才说了什么？",
        "师傅上门的时间短信里已经告诉您了吗？",
        "不好意思，师傅那边前面还有其他客户在等，大概明天下午才能到您家。",
        "不好意思，我这边一句都听不清，麻烦您大点声再说一遍好吗？",
        "我一定给您重新登记一下。",
        "公司肯定会认真处理您的投诉。",
        "随便问，没关系。",
        "我不在意。",
        # polite sentences an independent review found flagged by the first versions of this
        # session's cues
        "按规定，保修期内不管什么原因都免费修。",
        "按规定我们不给任何第三方透露您的个人信息，您放心。",
        "我们这边没有不受理的情况，您放心。",
        "联系人就是您自己吗？",
        "应该是您自己填的地址有个字我们录错了，抱歉。",
        "多半是您家在一楼，比较潮，不是您的问题，我们免费处理。",
        "给您提个醒，以后贵重的东西别放在施工区域，免得磕碰。",
        "建议您以后自己保存好发票，保修要用。",
        "像您这样不方便出门的老人家，我们可以安排师傅上门。",
        "不好意思，我普通话不太标准，您要是听不懂我再说慢一点。",
        "都第三遍了还没修好，确实是我们的责任，非常抱歉。",
        "我这边听了半天录音才找到您的工单，让您久等了。",
        "您捡重点说就行，我这边都会记。",
        "我们一天几百个电话，不过您的事我一定优先处理。",
        "哈哈，您真会开玩笑。",
        "我刚才是开玩笑的，您别当真。",
        "您时间紧，咱们长话短说，我帮您留言。",
        "师傅那边今天已经收工了，明天早上八点准时到您家。",
        "这个我们客服不方便介入处理，我马上转给售后主管，今天下午四点前回您电话。",
        "您放心，您的事儿我不会顾不上的。",
        "系统一直显示没辙，那我给您再打过去一次试试。",
        "我们没有权限打个八折，我帮您问主管。",
        "修不好不要钱是我们公司的承诺，合同里写着的。",
        "经理肯定同意给您退吗？这个我也不知道，我帮您问。",
        "刘经理在度假村的项目现场，下午三点回来，我帮您记下来。",
        "刘经理这周在旅游局那边开协调会，下周一回来，我帮您留言。",
        "刘经理今天不在，他跟客户在吵架的那个工地协调，下午回来。",
        "您好，我是小哥，师傅的助手，3号客服。",
        # near b19's regional words and b20's cues
        "唔，好的，我记下了。",
        "侬覅急，阿拉一定帮侬跟进到底，好伐？",
        "赔唔赔、赔几多我冇权话事，唔好意思，我即刻报俾主管。",
        "莫得问题，回电时间随便您挑，上午下午都要得。",
        "赔多少我唔可以同您打包票，但我一定如实报上去。",
        "这不全是师傅的问题，我们公司也有管理责任，真对不起。",
        "您就别再打来了，我们主动给您打过去。",
        "您都说了三遍了，真是辛苦您，我这就给您处理。",
        "这个问题电话里不好答复，我帮您登记，工程部三个工作日内回电。",
        "您也可以直接去门店看看样品，我先帮您登记。",
        "您的手机号码要是换了，麻烦告诉我们一声。",
        "许先生，您要求全额赔偿，我报给主管。",
        # polite sentences an independent review found flagged by the first versions of the cues
        # learnt from b19-b22 and of the regional words
        "非常抱歉，您说的这个划痕，其实是在铺装的时候留下的，我们会负责修复。",
        "刘经理其实是在楼上会议室开会，下午三点回来。",
        "请问是不是又在原来的位置出现了划痕？",
        "这不完全是师傅的责任，更多是我们管理上的疏忽，真的很抱歉。",
        "您放心，我们报价透明，不报虚价，也不给您乱加项目。",
        "我们的主材大部分是业主自己选定的，我帮您查一下当时的选材单。",
        "您就别再打来了，我们一有结果就主动联系您。",
        "您工作忙，就别再来电话了，等师傅上门前会先跟您约时间。",
        "要不您听听这位工程部同事的解释，他比我更专业。",
        "您是说后来又来一个师傅看过的，对吗？",
        "您别在意，我们稍后会给您打电话确认上门时间。",
        "真不好意思，我这边信号差成这样，我换个座机马上给您打回去。",
        "如果这个号码打不通，我们还打什么电话能找到您？",
        "您之前登记的电话该换了，我帮您改成新的号码。",
        "这个不归我们客服负责，我帮您找工程部的同事来处理。",
        "这事不归我们客服管，您请直接找工程部的李工，我把他的电话给您，也帮您提前打个招呼。",
        "您刚才说过您下午不方便，那我们明天再打过来吧？",
        "赔偿金额我现在先不答复您，到时候由主管给您准确回复。",
        "您的信息已经有了，我就不给您登记了，您也不用再打过来。",
        "我跟您说点新的进展，师傅明天上午可以上门了。",
        "师傅这周排着好几个工地，我尽量帮您协调到周四上门。",
        "您念半天号码辛苦了，我再跟您核对一下后四位。",
        "您不用来回跑，也别来回问不同的部门了，直接找我就行。",
        "后面还有客户在等师傅，不过您这边我优先安排。",
        "我们维修部等着好多材料到货，所以稍微慢了一点，真抱歉。",
        "刘经理今天上医院项目的工地了，下午回来。",
        "按照合同，保修期内的质量问题免费维修，一分钱都不用您出。",
        "具体方案我们明天再说，我明天上午十点给您回电。",
        "全额退款需要得到财务审批，我先帮您提交申请。",
        "这是您自家的房子，我们一定让师傅小心施工。",
        "好的，伊女士下午在家，师傅上门前会先打电话。",
        "我这边个人看得见您的工单进度。",
        "我已经说过了，主管会亲自给您回电，请您放心。",
        "您都说了两遍了，我这边确实没听清，真的抱歉。",
        "请问你係边个啊？",
        # near b23's cues
        "您家的滚筒洗衣机不排水，我给您登记维修。",
        "如果是您自己使用不当造成的，按规定需要收费，我先帮您登记。",
        "您不说单位也没关系，我照样帮您转达给陈经理。",
        # near b24's cues
        "您看是我帮您留个言，还是您三点以后再打过来直接找他？两种都行，随便您。",
        "陈经理不在办公室，您晚点再打过来也行，或者我帮您留个言？",
        "这个我现在还不知道，我帮您看一下他今天的日程，大概半分钟，您稍等可以吗？",
        "我们这边电话一个接一个，不过您的事我一定优先处理。",
        "保修期内的质量问题，费用不用您出。",
        "他中午出去吃饭了，一点左右回来，我帮您留个言吧？",
        "您要是当时在家就好了，我们就能当面跟您确认，不过没关系，我现在就给您登记。",
        "不属于保修范围的部分，我帮您问一下工程部怎么收费，明天上午给您回电话。",
        # polite sentences a second independent review found flagged by the first versions of
        # b23's and b24's cues
        "都怪我们没早点处理，不然也不会让您等这么久，真是抱歉。",
        "您要是明天不方便，师傅也不会硬上门，我们再另约时间。",
        "这事不能全算在师傅头上，我们公司管理也有责任，我们会负责到底。",
        "我先确认一下刘经理的分机，不然没法给您转过去。",
        "谁说不能什么都找售后？您有任何问题都可以找我们。",
        "刘经理在开一个重要的会，暂时不在，您过会儿再打过来好吗？实在抱歉。",
        "刘经理正在接待客户，请您晚些时候再打过来，他两点以后都在。",
        "不好意思，燃气管道改造不属于我们的服务范围，建议您联系燃气公司，他们的电话是96777。",
        "抱歉，具体赔付标准我没法答复，请您查一下合同第八条，我也会让主管明天给您回电。",
        "我跟工程部解释过了，他们明天上午给您答复，您明天再打来问问吧，我也会帮您盯着。",
        "您家的热水器都换了第二次了还是漏水，真的非常抱歉。",
        "这都改第二回了还没改好，是我们的责任，太对不起您了。",
        "电话有杂音，您听得费劲吧？我稍微大点声说。",
        "颜色您可以慢慢挑，看准了再说，不着急。",
        "师傅那边后面还排着两个维修的客人，所以下午三点才能到您家。",
        "今天咨询的电话一个接一个，让您久等了，真抱歉。",
        "具体哪天上门，就看您怎么安排了，我们都配合。",
        "刘经理今天在不在我不太清楚，我马上帮您问一下前台，请您稍等。",
        "您哪天方便就哪天呗，我们都配合您。",
        "反正明天师傅会先给您检测，具体怎么修到时候再说，我会第一时间通知您。",
        "全额赔付这个事情我这边做不了主，得主管来定，我先帮您上报。",
        "刘经理肯定会批评施工队的，这种事不该发生。",
        "您饭店的吊顶是刘经理负责的，他下午两点回来，我先帮您登记。",
        "刘经理交代过，师傅上门不能跟客户一起吃饭，也不收任何东西，您放心。",
        "热水壶的水滚开以后会自动断电。",
        "您小心地上的小钢珠，别让它乱滚。",
        "这属于保修范围，维修费用肯定不用您出，我先帮您登记。",
        # near b21's and b22's cues
        "不是没来上班，您别误会，陈经理今天外出开会了，明天上午回来。",
        "刘经理其实是去开会了，下午三点回来，我帮您留言。",
        "工人还跟您说“你有什么事就说嘛”，这种话太不应该了，对不起。",
        "您别在开车的时候打电话，注意安全，我稍后打给您。",
        "您慢慢念，号码我一位一位记。",
        "后面的安排我都给您登记好了，明天上午师傅上门。",
        "我说过了会帮您跟进，明天下午三点前一定给您回电话。",
        "费用由工程部看过现场再定，您先别担心。",
        "这位是我们的工程部同事，您有什么问题可以问他。",
        # near b26's cues
        "我跟您说一下，明天上午师傅会再打给您确认时间。",
        "违约金能不能免要合约部门核实，我先帮您登记。",
        "按规定这几天的月租会按天退还，我帮您提交申请。",
        "您自己签字的时候没问题吗？我这边再帮您核对一下合同。",
        "我再送您一份电子发票到邮箱，您查收一下。",
        # near b27's and b28's cues
        "分期的手续费是固定的，每期一样，不会利滚利。",
        "去不去现场看您自己定，我们都可以安排。",
        "不好意思，您那边有点吵，麻烦您找个安静点的地方再说，不然我怕听错您的号码。",
        "这个肯定能报修，我帮您登记。",
        "我一定给您加急处理。",
        "能不能加号要看医生，我帮您问一下。",
        "唐先生，我核对一下：住院号Z2024052076，骨科病房护士态度恶劣，您要求道歉，对吗？",
        "按医院现行规定，停诊取消的挂号费走原路全额退回，这是制度规定。",
        "师傅还没到，估计堵车了，十分钟就到。",
        "您的名字是哪几个字？我帮您登记。",
        "您别着急，慢慢说，不用重复。",
        # near b29's and b30's cues
        "您随便留哪个都行，方便您接就好。",
        "我查了一下，监控里看是分拣时箱子从传送带上滚下来的，这是我们操作不当。",
        "孙先生，复述一下：孙志强，冷链产业园B区7号冷库，电话13916620418。",
        "杭先生，静安里4号车库，电话18616227703，约明天上门，对吗？",
        "东西丢了您肯定急死了，真的非常抱歉。",
        "我们一定尽力帮您找回来，有消息第一时间通知您。",
        "这个我改不了，不过我帮您转给计费部门，您去营业厅也能办。",
        "不好意思听不清，您方便的话换个时间再打过来，或者我给您回拨。",
        # near b31's and b32's cues
        "推车滚过去的声音我这边也听到了，没关系，现在很清楚。",
        "这个跑不了，系统里都有记录，我帮您查。",
        "您这件事跑不了，我一定跟进到底。",
        # near b35's and b36's cues
        "您好，我是25号客服，陈女士您好。",
        "您好，星联通信客服中心，3号客服，王先生您好，请讲。",
        "这事不能怪谁，是系统出的错，我马上帮您改。",
        "您在外面要是不方便，打什么电话都能转到我这里。",
        "您别着急，出了问题我们会第一时间通知您。",
        # a fourth review (b35/b36 cues): polite sentences their first versions flagged
        "您在找该打什么电话报修吗？燃气报修是96777。",
        "您在外地不知道该打什么电话的话，可以拨打我们全国统一客服热线。",
        "您在医院门口打什么电话挂号？我告诉您，是114。",
        "您在犹豫该打什么电话投诉是吧，打我们这个就可以。",
        "您在国外漫游还打什么电话呀，太贵了，您发邮件给我们就可以。",
        "您在路上开车还打什么电话，先注意安全，我稍后给您回过去。",
        "您在住院还打什么电话操心这个，先养好身体，理赔我们帮您跟进。",
        "卡丢了不怪谁，咱们先挂失要紧，我现在帮您办。",
        "信息填错了也不怪谁，我帮您改一下就好。",
        "快递晚了不好怪谁，是暴雨导致的，我帮您催一下。",
        "发票开错了不要怪谁，我这边马上给您重开。",
        "东西坏了别怪谁了，先给您换新的。",
        "您签收的时候自己没检查也没关系，七天内都可以申请售后。",
        "我们核对的时候自己没注意，是我们的失误，非常抱歉。",
        "您买票的时候自己没问清楚也不要紧，我帮您查一下改签规则。",
        "您现在来问退不退完全来得及，七天内都可以退。",
        "您现在来问赔不赔正好，理赔时效还有三十天。",
        "听不清，我明天打给您确认一下。",
        "听不清楚的话，我回头打给您确认地址。",
        "听不清没关系，退款我们回头打到您卡上。",
        "您听不清的话，我明天打印一份寄给您。",
        "我这边听不清，您换个时间打过来也行，我们晚上也有人。",
        "您讲重点我也能听明白，您慢慢说。",
        "合同条款比较多，我挑重点跟您说。",
        "我给您讲重点：第一是带身份证，第二是带户口本。",
        "今天医院好多人排着队挂号，建议您网上预约，不用跑一趟。",
        "窗口那边很多人排着，我直接在电话里帮您办。",
        "现在一堆电话排着也没关系，您的问题我一定给您处理完。",
        "万一出了问题我负责帮您联系售后。",
        "要是出了问题我负责帮您跟进到底。",
        "我们没有照价赔偿的规定，不过我可以帮您申请补偿。",
        "再补您一张卡要十块钱。",
        "办了之后再补您十元话费，这是活动规则，短信会通知您。",
        "那位师傅已经在路上了，请您稍等。",
        "我是8号客服，张伟，您好，您的快递到了。",
        "我是25号客服，王医生，您要的报告已经出来了。",
        "我是3号客服，小王，你好，你是来问宿舍报修的吧。",
        "我是帮您挂的专家号，王医生。",
        "这边是骨科的专家号，王医生。",
        "我是约的18号，周日。",
        "陈专员今天外出查勘了，在路上，下午回来，我帮您记一下电话好吗？",
        # a third review (b31-b34 cues): polite sentences their first versions flagged
        "您自己看一下还想退哪几件，我这边帮您一起办理。",
        "您自己考虑一下还想让我们怎么处理，我都帮您记下来。",
        "您自己买的保险还想赔付的话，需要把病历和发票寄过来。",
        "您自己确认一下还想保修哪个部件，我帮您开单。",
        "您自己如果还想退票的话，我这边可以帮您申请。",
        "您自己带的行李箱还想让航司赔偿的话，我帮您登记一下。",
        "您自己那边还想免费延保的话，我帮您问一下活动。",
        "您自己还想让我们帮您做些什么？我都记下来。",
        "您先别指望今天能退回来，一般三到五个工作日到账，我帮您盯着。",
        "这个事您别指望商家主动退，我们平台这边直接帮您处理。",
        "您别指望快递员会负责，我们客服这边直接给您理赔。",
        "您在高速上打什么电话求助比较快呢？我建议直接打122。",
        "您在机场里打什么电话不方便的话，我们可以短信联系您。",
        "您放心，就这点事还要您跑一趟，真是不好意思，我们上门处理。",
        "就这点钱还要您专门打电话来，真是抱歉给您添麻烦了，我马上帮您退。",
        "您能快点报一下车牌号吗？拖车已经在路上了。",
        "情况紧急，您快点报一下具体地址，救护车马上出发。",
        "您快点念个验证码给我，我马上帮您冻结账户。",
        "您就快点念吧，我这边都记着呢，不着急。",
        "您快点报警，然后我们这边马上派人过去。",
        "您放心，不管要说到什么时候，我都会听您说完。",
        "这段话您要念到什么时候都没关系，我一个字一个字记。",
        "同事跟您说过了吗？别再打了那个电话，那是诈骗号码。",
        "之前有人跟您讲过了吗？别打了那个假客服电话，我帮您报备。",
        "八折需要经理审批，我帮您申请批八折，结果出来第一时间通知您。",
        "退款已经退到您卡上了，这个跑不了，您三天内查一下。",
        # a second review (b29-b32 cues): polite sentences their first versions flagged
        "蒋先生，车从坡上滚下去撞树，您投诉查勘员态度恶劣，对吗？",
        "段先生，轮子一滚起来就有咔咔声，约周五下午进店检查，对吗？",
        "按保修政策免费给您修，您放心。",
        "车间师傅五点半下班了，明天早上八点开始接车，我给您约明天早上八点拖车进店，可以吗？",
        "您在医院里打什么电话都可以转到我们这边。",
        "您问我们凭什么给您收这笔滞纳金，我给您把依据解释一下。",
        "您可能会疑惑银行凭什么给您冻结账户，其实是系统检测到异地大额交易，我马上帮您解冻。",
        "您是想知道保险公司凭什么给您拒赔对吧？我把条款给您念一下。",
        "您问医院凭什么给您多收了检查费，我这就帮您查明细。",
        "您要问凭什么帮您优先处理，是因为您是我们的白金卡客户。",
        "您要是在路上，不知道打什么电话，就记住我们这个救援热线。",
        "您别着急，不管打什么电话都能转到我这里来。",
        "您人在外面，该打什么电话呢？直接拨我们的24小时热线就行。",
        "您说的是出去旅游期间打什么电话能找到我们对吧？",
        "您问的是车子在外面抛锚打什么电话，对吧？",
        "燃气表您自己千万不要乱动，我们马上安排师傅过去。",
        "您自己先别乱动电闸，有危险，我们马上派人过去。",
        "您自己别乱接电线啊，不安全，我让电工师傅上门。",
        "那个漏水的阀门您自己不要乱拆，我们师傅一小时内到。",
        "路由器的设置您自己不要乱改，我远程帮您看一下。",
        "除了退款，您还想让我们赔偿哪些损失？您说，我都记下来。",
        "您还想让我们负责哪一部分？",
        "明白了，您还想让我们承担这次的运费是吗？我帮您申请一下。",
        "您还想让我们出钱帮您重新做一次检查，对吧？我这就帮您提交。",
        "这又不是我们用户自己摔坏的，是运输中破损，我们负责。",
        "您冲我发脾气什么的我都理解，这事确实是我们没做好。",
        "实在抱歉，信号不好我这边听不清，麻烦您换个电话再打过来好吗？",
        "非常抱歉，您那边太吵我听不清楚，您方便的话晚点再打吧，我们24小时都有人接。",
        "不好意思，线路有杂音听不清，您找个座机再打吧，号码还是这个。",
        "对不起，我实在听不清，您看能不能换个电话再打，麻烦您了。",
        "账单地址我这边改不了，您去附近的营业网点办吧，那边可以直接改好。",
        "行李丢了真是急死人，我特别理解您，我马上帮您查。",
        "孩子发烧这么久真急死人了，我马上给您安排急诊。",
        "家里停水一整天，确实急死人了，我马上帮您催。",
        "这事换谁都急死人，我马上帮您处理。",
        "明天上午我一定给您报个准确的价格。",
        "这个情况我一定给您报给维修部门，24小时内给您回电话。",
        "我肯定给您报个最准确的到达时间。",
        "您别急，账号肯定能找回来，我教您用注册手机号验证一下。",
        "网银密码忘了没关系，一定能找回来的，我教您操作。",
        # a review of the b26-b28 cues: polite sentences their first versions flagged
        "要不要办理延期，这个您自己决定，您考虑好了随时打过来。",
        "买不买这个保险您自己定，不着急的，可以先回去和家人商量。",
        "换不换套餐您自己决定就好，这边不会强制的。",
        "去不去复查您自己决定，不过医生还是建议您去一下。",
        "用不用分期您自己定，分期的话手续费是每期0.6%。",
        "要不要上门检测您自己拿主意，上门是免费的。",
        "投不投诉是您的权利，您自己决定，我这边先把问题给您处理好。",
        "您先别再重复操作了，以免卡被锁定。",
        "您别再重复下单了，我看到系统里已经有一单了。",
        "您别总重复刷卡，可能会被系统判定为异常交易。",
        "您别一直重复输入验证码，等一分钟再试一下就好。",
        "为了您的账户安全，您别再念密码了，我们客服不会问您密码的。",
        "好的，这个我知道了，知道了您的地址我就能给您派单了。",
        "嗯，知道了，知道了，您别着急，我马上帮您查。",
        "您说了两遍了我都没听清，实在抱歉信号不太好，您方便的话明天再打过来，或者我给您回拨。",
        "真不好意思让您说了好几遍了，今天系统在维护，您明天再打过来就能查到了。",
        "不好意思，让您讲了三遍了…要不您明天再打一次试试，或者我记下来明天给您回电。",
        "您不报姓名的话，我这边是不能给您转接到医生个人手机的，不过可以帮您留言。",
        "您不讲清楚问题的话，我这边没法帮您转到对应的部门，麻烦您简单说一下好吗？",
        "您不说具体科室也没关系，我这边怎么转都能帮您转到。",
        "您不讲是哪个网点的也不要紧，我们怎么找都能找到您的业务。",
        "您不说也没事，我们怎么给您找人都行，我先帮您转到总台。",
        "您那边好像有人在嚷嚷，要不您找个安静点的地方再说？我这边听不太清。",
        "旁边好像有人在嚷，您方便的话找个安静点的地方再打过来，我一直在线。",
        "您问我干什么用的是吧？这张卡是用来办理医保结算的。",
        "您说护士跟您说我又不是医生，这个态度确实不对，我们一定严肃处理。",
        "您自己还没看吗？没关系，我给您念一下合同条款。",
        "漏寄的说明书我们给您补上，今天就寄出。",
        "您少的那个螺丝我们给您补上，明天快递寄出。",
        "缺的那张发票我们给您补齐，开好后邮寄给您。",
        "我一定给您加一个加急标记。",
        "我一定给您加一个催办。",
        "我一定会给您加一个优先处理的标签。",
        "您这个地址一定可以报装宽带。",
        "您这种情况肯定可以报停。",
        "分期三期以内一定免息，超过三期会有手续费。",
        "退款一般3到5个工作日到账，一定都退回原支付账户。",
        "维修队长已经在路上了，大概半小时到您家。",
        "我们店长已经在路上了，大概半小时到店。",
        "护士长说这个情况估计在家休息两天就好了。",
        "我刚跟站点主管确认过，估计还在路上，明天应该能送到。",
        "我问过我们主管了，可能在家重启一下路由器就好了。",
        "我跟组长确认了，可能在路上堵着，师傅晚点到。",
        "我们经理说了，这几天在家的话注意关好燃气阀门。",
        "我已经反馈给我们经理了，其实在家就能线上办理。",
    ],
)
def test_polite_agent_sentences_near_new_cues_stay_clean(text):
    assert forbidden_flags(text, ("刘经理",), "旭日装饰") == []


@pytest.mark.parametrize(
    ("line", "rule", "expected"),
    [
        ("非常抱歉，施工过程中有划痕是我们的责任。", "offer_further_help", "fail"),  # 中有 ≠ 仲有
        ("您别急，我帮您想点办法。", "polite_repeat_request", "fail"),  # 想点 ≠ 响点
        ("主管出差了，我报给他也没用。", "escalation", "fail"),
        ("不好意思，我确认一下，您家地板被划坏了，对吧？", "empathy_apology", "fail"),
    ],
)
def test_sound_alikes_of_this_rounds_cues_do_not_count(line, rule, expected):
    scenario = "unclear_audio" if rule == "polite_repeat_request" else "angry_complainant"
    caller = "你们把我家地板划坏了，我要赔偿！"
    report = score(make_call(("T", GREETING), ("C", caller), ("T", line), scenario=scenario))
    assert status(report, rule) == expected


def test_a_reply_time_the_caller_repeats_later_is_still_the_trainees():
    call = make_call(
        ("T", GREETING),
        ("C", "你们把我家地板划坏了！"),
        ("T", "我已经记录并上报主管，明天给您回电话。"),
        ("C", "好，那我明天等你们电话。"),
    )
    assert status(score(call), "followup_commitment") == "pass"


def test_gossip_that_still_counts():
    for text in ("刘经理好几天没来过公司了。", "刘经理今天没看到他的人。"):
        assert [f.rule for f in forbidden_flags(text, ("刘经理",))] == ["no_absence_gossip"]


@pytest.mark.parametrize(
    "opening",
    ["哎呀抱歉，电话接晚了，旭日装饰客服中心，3号客服。", "侬好，旭日装饰客服中心，3号客服。"],
)
def test_regional_and_late_openings_greet(opening):
    rings = 4 if "接晚" in opening else 2
    report = score(make_call(("T", opening), ("C", "喂？"), rings=rings))
    assert status(report, "standard_greeting") == "pass"
    if rings == 4:
        assert status(report, "late_pickup_apology") == "pass"


@pytest.mark.parametrize(
    ("name", "read_back"),
    [("钱守业", "钱大爷"), ("王秀英", "王奶奶"), ("山田惠子", "山田女士"), ("欧阳娜", "欧阳女士")],
)
def test_a_name_read_back_with_an_elders_title_or_a_two_character_surname(name, read_back):

    assert name_said(name, f"{read_back}，电话13800138000，对吗？")
    assert not name_said(name, "张女士，电话13800138000，对吗？")


def test_b15_b16_required_acts_in_other_words():
    # 幺幺号 is a work number; 下班了 with a return time and an offer is away
    assert (
        status(score(make_call(("T", "您好，旭日装饰客服中心，幺幺号客服。"))), "work_id_intro")
        == "pass"
    )
    away = make_call(
        ("T", GREETING),
        ("C", "帮我找下刘经理。"),
        ("T", "刘经理今天已经下班了，明天上午回来，我帮您留言，他明天一早就能看到。"),
        scenario="absent_colleague",
    )
    assert status(score(away), "absent_colleague_handling") == "pass"
    # asking for half a minute more and the caller's 没事 keep one hold, asked for at its start
    held = make_call(
        ("T", GREETING),
        ("C", "我家墙裂了，还在保修期吗？"),
        ("T", "请您稍等一分钟，我查一下保修记录，可以吗？"),
        ("C", "好。"),
        ("hold", 55),
        ("T", "不好意思，系统有点慢，还需要大约半分钟，谢谢您耐心。"),
        ("C", "没事。"),
        ("hold", 30),
        ("T", "感谢您的耐心等待，查到了。"),
        scenario="unanswerable_question",
    )
    assert status(score(held), "hold_etiquette") == "pass"
    # the caller asks for their money back: an escalation trigger
    refund = make_call(("T", GREETING), ("C", "这种东西我不要了，钱退给我！"))
    assert status(score(refund), "escalation") == "fail"


def test_b17_b18_required_acts_in_other_words():
    # 三十来秒 says how long; 让您等了，谢谢 thanks for the wait
    held = make_call(
        ("T", GREETING),
        ("C", "刘经理在吗？"),
        ("T", "我去他办公室看一眼，三十来秒，您别挂哈。"),
        ("C", "好。"),
        ("hold", 25),
        ("T", "让您等了，谢谢。刘经理暂时不在，下午三点回来，我帮您留个言好吗？"),
        scenario="absent_colleague",
    )
    assert status(score(held), "hold_etiquette") == "pass"
    # 电话和门牌号是？ asks; 受气 / 操心 is what an apology is for; 再间 is the recogniser's 再见
    asked = make_call(("T", GREETING), ("C", "地板划坏了！"), ("T", "您的电话和门牌号是？"))
    assert status(score(asked), "ask_caller_identity") == "pass"
    sorry = make_call(
        ("T", GREETING),
        ("C", "等了半天，地板还划了！"),
        ("T", "非常抱歉，地板被划又等了这么久，确实让您受气了。"),
    )
    assert status(score(sorry), "empathy_apology") == "pass"
    bye = make_call(("T", GREETING), ("C", "没有了。"), ("T", "感谢您的来电 再间"), ("C", "再见。"))
    assert status(score(bye), "thanks_and_goodbye") == "pass"


@pytest.mark.parametrize(
    ("lines", "rule", "expected"),
    [
        # 接完了 sounds like 接晚了 but is no apology, nor a greeting
        (
            [("T", "喂，刚接完了一个电话，旭日装饰客服中心，3号客服。")],
            "late_pickup_apology",
            "fail",
        ),
        # 收起 sounds like 受气; 没人联系过您吗 asks
        (
            [("C", "地板划坏了！"), ("T", "不好意思，师傅把工具收起来了。")],
            "empathy_apology",
            "fail",
        ),
        (
            [("C", "地板划坏了！"), ("T", "不好意思，请问之前没人联系过您吗？")],
            "empathy_apology",
            "fail",
        ),
        # money the caller does not ask for, a question about who pays, a number that starts 12345
        ([("C", "修好就行，钱不用你们出。")], "escalation", "n/a"),
        ([("C", "运费是你们出还是我出？")], "escalation", "n/a"),
        ([("C", "误工费我就不要了，赶紧修好就行。")], "escalation", "n/a"),
        ([("C", "你打12345678这个号找我就行。")], "escalation", "n/a"),
        # the trainee's own numbers and a message left by phone ask nothing about the caller
        (
            [("C", "地板划坏了。"), ("T", "我把师傅的号码发给您，您直接联系他。")],
            "ask_caller_identity",
            "fail",
        ),
        (
            [("C", "地板划坏了。"), ("T", "我们门店的地址和电话是，我一会儿短信发给您。")],
            "ask_caller_identity",
            "fail",
        ),
    ],
)
def test_sound_alikes_and_near_misses_of_this_sessions_required_cues(lines, rule, expected):
    rings = 4 if rule == "late_pickup_apology" else 2
    opening = [] if rule == "late_pickup_apology" else [("T", GREETING)]
    report = score(make_call(*opening, *lines, rings=rings))
    assert status(report, rule) == expected


def test_a_request_that_mentions_an_earlier_matter_is_still_a_request():
    call = make_call(
        ("T", GREETING),
        ("C", "找刘经理，麻烦把之前那份报价的事转告他。"),
        ("T", "刘经理今天外出，下午三点回来，我帮您留个言。"),
        scenario="absent_colleague",
    )
    assert status(score(call), "absent_colleague_handling") == "fail"


def test_going_to_find_out_clears_a_sure_brush_off_only_when_that_is_all_it_says():
    acts = frozenset({"dismissiveness", sure("dismissiveness")})
    assert act_alone("我去问问。", acts) is None
    assert act_alone("我去问问，您这事儿估计也没戏，别抱希望。", acts) is not None


def test_a_trainee_who_hangs_up_on_a_caller_still_trying_has_not_restated():
    """b26: the caller never got a request through; hanging up on them fails the read-back (b2 §13),
    while a caller who said nothing at length, and was not hung up on, leaves it n/a."""
    lines = [
        ("T", GREETING),
        ("C", "喂……喂？我……那个……"),
        ("T", "线路不好，那我先挂了，您换个地方再打，再见。"),
    ]
    hung_up = score(make_call(*lines, scenario="unclear_audio", hangup="trainee"))
    waited = score(make_call(*lines, scenario="unclear_audio", hangup="customer"))
    assert status(hung_up, "restate_key_info") == "fail"
    assert status(waited, "restate_key_info") == "n/a"
    # a caller who said goodbye or had dialled wrong was not trying to say more
    for last in ("喂，不好意思，我打错了。", "你好，谢谢，再见。"):
        call = make_call(
            ("T", GREETING),
            ("C", last),
            ("T", "好的，再见。"),
            scenario="unclear_audio",
            hangup="trainee",
        )
        assert status(score(call), "restate_key_info") == "n/a"


def test_a_caller_from_a_branch_of_the_company_is_named_by_the_branch():
    """b27: 锦泰银行滨江支行 calling 锦泰银行信用卡中心 is 滨江支行 in the caller's words and the read-back
    (here 旭日装饰翠湖门店 calling 旭日装饰客服中心)."""
    call = make_call(
        ("T", "您好，3号客服为您服务。"),
        ("C", "你好，我翠湖门店的，刘经理在吗？我叫陈静。"),
        ("T", "刘经理暂时不在，明天上午回来，我帮您留个言好吗？请问您的电话？"),
        ("C", "18817430926。请他审批一下预算表。"),
        ("T", "我复述一遍：翠湖门店陈静女士，电话18817430926，留言是请刘经理审批预算表，对吗？"),
        ("C", "对。"),
        scenario="absent_colleague",
        facts={"caller_name": "陈静", "caller_unit": "旭日装饰翠湖门店", "colleague": "刘经理"},
    )
    assert status(score(call), "message_taking") == "pass"


def test_a_command_to_move_with_a_reproach_is_rudeness_only():
    """b27/b28: one sentence, one attitude rule: the reproach, not also the impatience."""
    report = score(
        make_call(
            ("T", GREETING),
            ("C", "喂……我在马路边……"),
            ("T", "你找个安静点的地方再打吧，大马路上嚷嚷谁听得清。"),
            scenario="unclear_audio",
        )
    )
    assert status(report, "no_rudeness") == "fail"
    assert status(report, "no_impatience") == "pass"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("孙先生，复述一下：孙志强，冷链产业园B区7号冷库，电话13916620418。", False),
        ("杭先生，静安里4号车库，电话18616227703，约明天上门，对吗？", False),
        ("我叫王栋。", True),
        ("我是客服李栋。", True),
        ("您叫我小路就行。", True),
    ],
)
def test_an_address_read_back_is_no_name_and_a_name_with_a_place_character_is(text, named):
    """b29/b30: 7号冷库 after a number is a place; 栋 and 路 are common in given names (a review)."""
    flags = [f.rule for f in forbidden_flags(text, ())]
    assert ("no_personal_name" in flags) == named


def test_the_callers_message_read_back_is_no_gossip_but_gossip_added_to_a_read_back_is():
    """b34: the caller's 请一周假 read back is their news; b5: gossip said after a read-back is not."""
    read_back = make_call(
        ("T", GREETING),
        ("C", "我是廖思琪的妈妈，找一下辅导员刘老师。"),
        ("T", "刘老师这会儿在上课，十一点半下课，您有什么事我可以帮您转达。"),
        ("C", "孩子下周要去参加省运会，需要请一周假，请刘老师批一下。我叫廖红，13762284119。"),
        (
            "T",
            "廖女士，我复述一下：电话13762284119，孩子下周参加省运会需请假一周，请刘老师审批，对吗？",
        ),
        scenario="absent_colleague",
    )
    assert status(score(read_back), "no_absence_gossip") == "pass"
    added = make_call(
        ("T", GREETING),
        ("C", "我家厨房下水管漏水了，想预约师傅明天上午过来。我叫陈静，电话18817430926。"),
        (
            "T",
            "陈女士，18817430926，厨房下水管漏水，明天上午。负责你们小区的李师傅还没来上班呢，估计昨晚又喝多了。",
        ),
        scenario="unclear_audio",
    )
    assert status(score(added), "no_absence_gossip") == "fail"
    colleague_too = make_call(
        ("T", GREETING),
        ("C", "找辅导员刘老师。孩子生病住院了，要请一周假。我叫廖红，13762284119。"),
        (
            "T",
            "廖女士，电话13762284119，孩子生病住院要请一周假，刘老师也生病住院了，这周都请假，对吗？",
        ),
        scenario="absent_colleague",
        facts={"colleague": "刘老师"},
    )
    assert status(score(colleague_too), "no_absence_gossip") == "fail"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # each trade's regulator and complaint line (b26-b36), named or spoken as digits, as the place
        # the caller will complain to; named as a place, a neighbour, a job or a number it is no threat
        ("再不修我就打12300投诉你们！", "fail"),
        ("我现在就打工信部电话！", "fail"),
        ("我要去卫健委反映！", "fail"),
        ("我打幺二三七八投诉你们银行！", "fail"),
        ("我的宽带账号是1230078，断网三天了！", "n/a"),
        ("我是教育局的老师，平时上班没空，能不能周末来？", "n/a"),
        ("我孩子在卫生局上班，你们这样不行的。", "n/a"),
        ("我就住在人民银行旁边那个小区。", "n/a"),
        ("我在税务局对面的小区。", "n/a"),
        ("我听说可以劳动仲裁，但我不想搞那么麻烦。", "n/a"),
        ("我不是要你们减免什么，我就要个说法。", "n/a"),
        ("我家门牌号是12378号。", "n/a"),
        ("我的订单尾号幺二三七八。", "n/a"),
        ("我去人社局补办了社保卡。", "n/a"),
        ("不然我去卫健委！", "fail"),
        ("我把录音发给工信部！", "fail"),
        ("我还要写信给卫健委！", "fail"),
        ("这次你们必须减免月租！", "fail"),
        ("不给说法我就找晚报！", "fail"),
        ("今天不给我开通我就投诉到能源局！", "fail"),
        ("我要去12398投诉你们！", "fail"),
        ("退款半个月不到账，我要去消保委投诉！", "fail"),
        ("那你说我是去监管局还是等你们？", "fail"),
        ("我昨晚报的修，到现在都没人来！", "n/a"),
        ("我一早报了故障，你们怎么还不来！", "n/a"),
        ("我订的是都市报，今天又没送到！", "n/a"),
        ("我要找日报的记者曝光你们！", "fail"),
        ("我之前找监管局问过，说你们可以退。", "n/a"),
    ],
)
def test_a_regulator_or_the_press_as_an_escalation_trigger(line, expected):
    report = score(make_call(("T", GREETING), ("C", line), scenario="angry_complainant"))
    assert status(report, "escalation") == expected


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # b37/b38: a promise of an outcome only another department decides
        ("这种情况百分之百能退，您就等着收钱吧。", "no_improper_promise"),
        ("您这条件绝对符合，包过的，放心去办。", "no_improper_promise"),
        ("我保证今晚他们就停工，明天就给您把补偿落实了。", "no_improper_promise"),
        # the question thrown back, in dialect; the caller's speech reproached
        ("你问我我问哪个嘛，这种事你自己去查规则嘛。", "no_rudeness"),
        ("您说普通话行不行？这么说谁听得懂。", "no_rudeness"),
        ("你说标准点行不行？", "no_rudeness"),
        # 滚 said by the trainee still counts
        ("叫你滚你就滚，听不懂吗？", "no_rudeness"),
    ],
)
def test_b37_b38_wordings_are_flagged(text, rule):
    flags = [f for f in forbidden_flags(text, ()) if f.strength == "strong"]
    assert rule in {f.rule for f in flags}


@pytest.mark.parametrize(
    "text",
    [
        "孙先生，三月份的养老金未到账，我记下了，马上上报值班领导。",
        "您的退款还没到账，我帮您催一下财务。",
        "您是说窗口人员叫您滚出去，对吧？",
        "您是说司机让您滚下车，是吗？",
        "您能说普通话吗？我听方言有点吃力。",
        "不好意思，您讲普通话好不好？我听不太懂方言。",
        "快递包过来了吗？我帮您查一下物流。",
        "能不能百分之百退要售后审核，我不能替他们保证。",
        "祝您好运，再见。",
    ],
)
def test_b37_b38_look_alikes_stay_clean(text):
    assert forbidden_flags(text, ("刘经理",), "旭日装饰") == []


def test_the_dismissive_words_of_one_sentence_go_to_rudeness_when_it_reproaches():
    call = make_call(
        ("T", GREETING),
        ("C", "喂……俺屋底下……烤串的……半夜……"),
        ("T", "您说普通话行不行？这么说谁听得懂。"),
        scenario="unclear_audio",
    )
    report = score(call)
    assert (status(report, "no_rudeness"), status(report, "no_impatience")) == ("fail", "pass")


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("您好，九号客服为您服务，旭日装饰客服中心。", "pass"),
        ("您好旭日装饰客服中心3号客服为您服务", "pass"),
    ],
)
def test_a_greeting_before_a_pause_whatever_follows(opening, expected):
    report = score(make_call(("T", opening), ("C", "你们把我家地板划坏了！")))
    assert status(report, "standard_greeting") == expected
    assert greets("您好，云选数码客服中心") and greets("您好运选数码客服中心")  # 云/运 sound alike
    assert not any(map(greets, ["您好像打错了", "您好久没来了", "祝您好运", "祝您好，再见"]))


@pytest.mark.parametrize(
    ("read_back", "expected"), [("金开大道68号9栋302室", "fail"), ("中华路50号", "fail")]
)
def test_a_street_number_read_back_is_no_work_number(read_back, expected):
    call = make_call(
        ("T", "您好，旭日装饰客服中心，我是客服部的，很高兴为您服务。"),
        ("C", f"我叫张丽华，住{read_back}。"),
        ("T", f"张女士，{read_back}，对吗？"),
        scenario="unanswerable_question",
    )
    assert status(score(call, _EverythingIntroduces()), "work_id_intro") == expected


@pytest.mark.parametrize(
    ("read_back", "expected"),
    [
        ("彭女士，手机赠品耳机没发，对吗？", "pass"),
        ("彭女士，您要咨询售后政策，对吗？", "fail"),
    ],
)
def test_a_free_text_fact_read_back_in_the_callers_own_words(read_back, expected):
    call = make_call(
        ("T", GREETING),
        ("C", "买手机送的耳机没发，能补发还是折现？"),
        ("T", read_back),
        scenario="unanswerable_question",
        facts={"issue": "赠品没发能否补发或折现"},
    )
    assert status(score(call), "restate_key_info") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a government hotline's own triggers (b38): the discipline commission and the city's leaders
        ("天天夜里两点还在打桩！我明天就去找市领导！", "fail"),
        ("再不解决我就去纪委举报！", "fail"),
        ("找不到他我就找你们纪委！", "fail"),
        ("你们不管我明天就去市政府找市长！", "fail"),
        ("把中队长给我叫来，不然我去找区长！", "fail"),
        ("我是区政府办公室的，上次反映的事有结果了吗？", "n/a"),
    ],
)
def test_a_government_hotlines_escalation_triggers(line, expected):
    report = score(make_call(("T", GREETING), ("C", line), scenario="angry_complainant"))
    assert status(report, "escalation") == expected


@pytest.mark.parametrize(
    "line",
    [
        "我这就转报值班长，由他跟医保局督办，三个工作日内给您回电话。",
        "我保证把您的原话转给值班长。",
    ],
)
def test_the_duty_chief_is_a_supervisor(line):
    report = score(make_call(("T", GREETING), ("C", "钱一分没到！再拖我就找电视台！"), ("T", line)))
    assert status(report, "escalation") == "pass"


def test_running_back_and_forth_is_what_happened_to_the_caller():
    line = "真对不起，您带着孩子还来回跑了三趟，太辛苦了。"
    report = score(
        make_call(("T", GREETING), ("C", "生育津贴没发！我跑了三趟社保中心！"), ("T", line))
    )
    assert status(report, "empathy_apology") == "pass"


@pytest.mark.parametrize(
    ("cut_in", "impatience"),
    [
        ("好了好了地址我知道。", "pass"),
        ("好好好，电话多少？", "pass"),
        ("行了行了我知道了您说快点行吗后面还一堆电话等着呢", "fail"),
    ],
)
def test_the_hurry_opener_of_an_interruption_is_the_interruption(cut_in, impatience):
    """好了好了 over the caller is charged to no_interrupting (b16, b20, b37); what follows is judged."""
    call = make_call(
        ("T", GREETING),
        ("C", "赵敏，北京市海淀区中关村大街27号6号楼1101室，小区东门进来左转第二栋，门禁要——"),
        ("T", cut_in, {"overlap": 2.5}),
        scenario="unclear_audio",
    )
    report = score(call)
    assert (status(report, "no_interrupting"), status(report, "no_impatience")) == (
        "fail",
        impatience,
    )
    said_alone = make_call(("T", GREETING), ("C", "地址我说完了。"), ("T", "好了好了地址我知道。"))
    assert status(score(said_alone), "no_impatience") == "fail"


def _charged_to(text: str, rule: str, colleagues: tuple[str, ...]) -> bool:
    """The sentence fails `rule` on its own, and an attitude rule is the one the scorer's order keeps."""
    flags = [f for f in forbidden_flags(text, colleagues) if f.strength == "strong"]
    attitude = [f.rule for f in flags if f.rule in _ATTITUDE_ORDER]
    first = min(attitude, key=_ATTITUDE_ORDER.index, default=None)
    return rule in {f.rule for f in flags} and (rule not in _ATTITUDE_ORDER or first == rule)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # b39/b40 wordings, each charged to the rule the labellers chose
        ("陈主任开会呢，顾不上您这事，您回头再说吧。", "no_dismissiveness"),
        ("听不懂听不懂，您让家里年轻人打吧。", "no_dismissiveness"),
        ("退费审核就是要那么久，这事我们这边没辙，您就等着吧。", "no_dismissiveness"),
        ("这个我们答复不了，您别问了，等通知吧。", "no_dismissiveness"),
        ("哎我说您先别嚷嚷成不，行李又不是我给弄丢的，您冲我喊也没用啊。", "no_rudeness"),
        ("你那边广播吵成这样，你就不会走远点再打？", "no_rudeness"),
        ("合作航司的事您问我们干嘛？自己买票的时候不看清楚。", "no_rudeness"),
        (
            "换老师是学校的正常安排，孩子成绩下滑也不能光赖老师吧，家长自己也得多管管。",
            "no_rudeness",
        ),
        ("您能说普通话吗？这口音谁听得懂啊。", "no_rudeness"),
        ("哎呀您别老问了，问几遍都一样，急也没用。", "no_impatience"),
        ("哎呀，您别一直追着问了，我这头还有别的电话呢。", "no_impatience"),
        ("好了好了，这些您刚才都说过了，不用一遍一遍地讲。", "no_impatience"),
        ("喂？你讲咩啊？大声啲啦，听唔到喔！", "no_impatience"),
        ("您放心，明天肯定能飞，台风影响不到咱们这条线。", "no_improper_promise"),
        ("这个您放宽心，教育局那边肯定会批的，下个月您就能按新政策退。", "no_improper_promise"),
        ("放心，周六下午肯定给您排上，还是王老师上，我保证。", "no_improper_promise"),
        ("您回头直接找我刘佳就行。", "no_personal_name"),
        ("有问题您打过来说找客服部李婷婷就行。", "no_personal_name"),
        ("他其实是去开家长会了。", "no_absence_gossip"),
    ],
)
def test_b39_b40_wordings_are_charged_to_one_rule(text, rule):
    assert _charged_to(text, rule, ("陈主任",))


@pytest.mark.parametrize(
    "text",
    [
        "不好意思，陈老师这会儿在开家长会，暂时不在办公室，大约下午三点左右回来。",
        "能否按非自愿退票全额退款，要等运控中心正式发布后才能确定。",
        "钟先生，下周YL7402可能取消，咨询能否全额退款，电话13918836641，对吗？",
        "这事不能全怪您，是我们没说清楚。",
        "我这边还有电话进来，稍后给您回过去好吗？",
        "您不会走错地方了吧？我把地址短信发给您。",
        "您要是不方便，也可以让家里人帮您打过来，我们随时在。",
        "登记好了，成绩下滑的情况我已经记下，老师明天给您回电。",
    ],
)
def test_b39_b40_look_alikes_stay_clean(text):
    assert forbidden_flags(text, ("陈老师",), "晨曦教育") == []


def test_the_caller_asking_for_last_times_agent_names_a_colleague():
    call = make_call(
        ("T", GREETING),
        ("C", "我找上次那个37号小姑娘，她帮我订的票。"),
        ("T", "她呀，这礼拜都没来上班。您有什么事我来帮您办。"),
        scenario="unclear_audio",
    )
    assert status(score(call), "no_absence_gossip") == "fail"


@pytest.mark.parametrize(
    ("caller", "expected"),
    [
        ("退费再拖，我就发到家长群里让大家都别报了！", "fail"),
        ("你们不给个说法，我就在群里把这事发出来！", "fail"),
        ("我在家长群里看到通知说换老师了，是真的吗？", "n/a"),
    ],
)
def test_a_group_chat_as_the_place_to_expose_the_company(caller, expected):
    report = score(make_call(("T", GREETING), ("C", caller), scenario="angry_complainant"))
    assert status(report, "escalation") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("机长联络员这会儿在机组准备室开航前讲评会，大概十一点结束，需要帮您留言吗？", "pass"),
        ("赵机长这会儿不在，傍晚六点以后回来，要不您给他留个话？", "pass"),
        ("蔡经理暂时不在，您要给他留言吗？", "fail"),
    ],
)
def test_away_at_a_long_named_meeting_and_back_in_the_evening(line, expected):
    call = make_call(
        ("T", GREETING),
        ("C", "你好，国泰商务旅行的，找一下你们的经理。"),
        ("T", line),
        scenario="absent_colleague",
        facts={"colleague": "蔡经理", "back_at": "下午三点"},
    )
    assert status(score(call), "absent_colleague_handling") == expected


@pytest.mark.parametrize(
    "line",
    ["我把说明整理好，明天中午前短信发给您。", "运控中心九点前出计划，我九点半前电话告诉您。"],
)
def test_information_sent_by_a_time_is_a_follow_up(line):
    call = make_call(("T", GREETING), ("C", "明天的航班会不会延误？"), ("T", line))
    assert status(score(call), "followup_commitment") == "pass"


# a fifth independent review of the b37-b40 cues: polite agent sentences their first versions flagged
_REVIEW_5_CLEAN = [
    "阿姨，您讲普通话会不会吃力？我们也有会说方言的同事。",
    "孩子在学校说普通话会不会有口音，这个您可以问问班主任。",
    "我们机场广播都用普通话和英语，您说普通话会不会更方便办理？",
    "我们的柜员都会讲普通话，讲标准点行不行其实不影响办理。",
    "您讲普通话会不会比较累，慢慢说不着急",
    "收货的时候没问题的话，麻烦您点一下确认收货。",
    "收货的时候没问题就不用管它，系统七天后自动确认。",
    "收货的时候没检查出问题没关系您现在拍照发给我们就行",
    "收货的时候不看也没关系，七天之内都可以申请退换。",
    "很多乘客订票的时候没注意这个规定，不怪您，我帮您看看怎么改。",
    "买票的时候没注意到行李额度的乘客挺多的，我这边帮您加购。",
    "签合同的时候没问清楚也没关系，我们可以再给您解释一遍。",
    "您签合同的时候没看到这一条是我们的失误，没有跟您讲清楚。",
    "订票的时候不问清楚是我们客服没提醒到位",
    "订单的时候没问题，是后面物流出了差错，非常抱歉。",
    "这件事不能全怪快递员，是我们仓库打包有问题。",
    "这次延误不能只怪司机，我们平台调度也有责任。",
    "这件事不能全怪医生，我们医院流程上也有问题，我代表医院向您道歉。",
    "这个真的不能都怪师傅，是我们派单的时候没写清楚。",
    "孩子没跟上，不能光怪老师，我们教研这边也要反思。",
    "天冷了，您也得盯着点家里老人的用药。",
    "验证码五分钟内有效，您也得盯着点短信。",
    "您也得多上上心自己的身体，别光顾着照顾孩子。",
    "那些人对我们喊也没用，我们已经报警处理了，您放心。",
    "您别担心，他们冲我们发火也没用，规定就是保护您的。",
    "您放心，这又不是我们给弄丢的那种情况，包裹还在转运中心。",
    "您问我们干嘛要收这笔费用，是这样的，这是跨行手续费。",
    "您问我们干什么的？我们是旭日装饰的售后服务中心。",
    "你问我们干嘛不直接退，因为要先等航司审核",
    "您不会挪车的话等一下再打给物业，我们叫保安帮忙。",
    "您问我我去问哪个部门的话，是社保中心，我把电话给您。",
    "主任怕顾不上您这边，所以专门让我来跟进。",
    "医生今天门诊多，怕顾不上您，我给您约了明天上午的专家号。",
    "您放心，我们不会顾不上您的，您的工单我一直盯着。",
    "师傅怕顾不上你家，所以下午先安排了别的师傅过去。",
    "我已经跟窗口说了，让他们别问了，直接给您办。",
    "让孩子别问了老师也会讲的，这个知识点下节课正好要讲。",
    "记得让孩子来打第二针疫苗，时间是下个月十号。",
    "下次让孩子来打疫苗的时候带上接种本就行。",
    "叫孩子打完疫苗在观察室坐半小时再走。",
    "您让儿子打一下这个号码也行，我们二十四小时都有人接。",
    "我让师傅别一直问您其他电话号码了，就用您这个手机联系。",
    "好了好了，不哭了，您刚才说过了的情况我都记下来了。",
    "好了好了，您别急，这些您刚才都说过了，我全部记好了，马上帮您处理。",
    "好了好了没事了您说过了的我都登记好了",
    "你讲咩都得，唔使急，听唔清我会再问你。",
    "银行那边一定会通过短信通知您审批结果。",
    "教育局那边一定会通过学校发正式通知，您留意一下。",
    "学校一定会通过班主任告知家长具体安排。",
    "航司那边肯定会通过邮件把行程单发给您。",
    "部门肯定会通过工单系统给您回复，一般三个工作日。",
    "上面一定会同意的话我们早就办了，现在还在审核。",
    "我们一定会飞行前再核对一遍您的特殊餐食。",
    "不是百分之百能批的，材料齐全的话通过率比较高。",
    "您的退款已经审核通过了，您就等着到账就行，一般三个工作日。",
    "退款已经原路退回了，您就等着退款短信提醒就可以。",
    "钱已经从我们这边打出去了，您就等着收款通知吧。",
    "报销已经批了，财务付款了，您就等着到账的短信。",
    "红包过了二十四小时没领取会自动退回到您的账户。",
    "钱包过两天就能寄到，我把单号发给您。",
    "书包过大的话放不进储物柜，建议换个小一点的。",
    "您的快递包过了安检就会发出",
    "这个套餐的流量绝对够您日常使用。",
    "会议室绝对够二十个人坐，您放心预订。",
    "药量绝对够吃到下次复诊，医生开了一个月的。",
    "申请材料要百分之百符合要求才能受理，我把清单发给您。",
    "为了保证您的业务尽快办好，请您带上身份证原件。",
    "为保证手续顺利办下来，麻烦您提前准备好户口本。",
    "为了保证审批尽快批下来，建议您材料一次交齐。",
    "为了保证装修期间噪音能停了，物业已经发了通知给施工方。",
    "街道正在把补贴落实到每一户，具体以社区通知为准。",
    "有问题您直接找王主任就行，他是负责这块的。",
    "有问题直接找刘医生就好，她是您的主治医生。",
]


@pytest.mark.parametrize("text", _REVIEW_5_CLEAN)
def test_the_fifth_reviews_polite_sentences_stay_clean(text):
    assert _standing(text) == []


@pytest.mark.parametrize(
    ("caller", "expected"),
    [
        ("老师说通知会发群里，我怎么没看到？", "n/a"),
        ("物业的缴费通知一般发到业主群里吗？", "n/a"),
        ("你们把缴费二维码发群里吧，我们好扫码。", "n/a"),
        ("你们发裙子的时候发错颜色了，我要换个码。", "n/a"),
        ("孩子班主任在家长群里公开了课表，我想确认一下上课时间。", "n/a"),
        ("我在朋友圈看到你们搞活动，想问问还有没有名额。", "n/a"),
        ("我上区政府网站查的政策，说可以申请补贴，想问问流程。", "n/a"),
        ("我找区政府开了证明，现在还需要什么材料？", "n/a"),
        ("这是政府补贴项目，我找政府哪个部门申请？", "n/a"),
        ("我去区政府交材料了，窗口让我打你们电话问进度。", "n/a"),
        ("我打市委那个便民电话问过了，说让我找你们。", "n/a"),
        ("我找省委党校旁边那个营业厅，地址在哪？", "n/a"),
        ("你们再不处理我就发到家长群里让大家都看看！", "fail"),
        ("全额退费，不然我把聊天记录发到家长群里！", "fail"),
        ("我要去纪委举报你们！", "fail"),
    ],
)
def test_a_group_chat_or_the_government_mentioned_is_no_threat(caller, expected):
    report = score(make_call(("T", GREETING), ("C", caller), scenario="angry_complainant"))
    assert status(report, "escalation") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("您找值班长也没用，他也管不了这个。", "fail"),
        ("值班长今天休息，我这边先帮您查。", "fail"),
        ("我马上把您的情况报给值班长，今天下班前给您回电。", "pass"),
    ],
)
def test_the_duty_chief_named_to_refuse_is_no_escalation(line, expected):
    report = score(make_call(("T", GREETING), ("C", "不解决我就去找市领导！"), ("T", line)))
    assert status(report, "escalation") == expected


@pytest.mark.parametrize(
    "line",
    [
        "我把营业厅地址短信发给您，明天上午九点开门。",
        "验证码已经发给您了，五分钟内有效。",
        "师傅的电话我现在发给您，他今天下午都在。",
        "我先把维修须知发给你，明天你看一下。",
    ],
)
def test_sending_something_is_no_reply_promise(line):
    call = make_call(("T", GREETING), ("C", "明天的航班会不会延误？"), ("T", line))
    assert status(score(call), "followup_commitment") == "fail"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("王经理早上出去办事了，暂时不在，需要我帮您留言吗？", "fail"),
        ("王经理今晚的航班出差，暂时不在，需要我帮您留言吗？", "fail"),
        ("王经理暂时不在，大概晌午回来，需要我帮您留言吗？", "pass"),
        ("王经理暂时不在，您给他留个话他也看不到，您下午再打吧。", "fail"),
    ],
)
def test_a_departure_time_is_no_return_and_a_useless_message_no_offer(line, expected):
    call = make_call(
        ("T", GREETING),
        ("C", "你好，我是华新建材的张伟，找一下王经理。"),
        ("T", line),
        scenario="absent_colleague",
        facts={"colleague": "王经理", "back_at": "下午三点"},
    )
    assert status(score(call), "absent_colleague_handling") == expected


@pytest.mark.parametrize(
    "line",
    ["抱歉，我们师傅上周白跑了一趟，这次请您务必在家。", "不好意思，您不用来回跑，线上就能办。"],
)
def test_someone_elses_trip_or_one_spared_is_no_apology_for_the_callers(line):
    report = score(make_call(("T", GREETING), ("C", "你们到底什么时候来修？"), ("T", line)))
    assert status(report, "empathy_apology") == "fail"


@pytest.mark.parametrize(
    ("text", "company", "gossip"),
    [
        ("刘经理在开家长会，下午三点左右回来，需要我帮您留言吗？", "旭日装饰", True),
        ("刘经理在孩子学校开家长会，下午三点左右回来。", "晨曦教育", True),
        ("刘老师在开家长会，下午三点左右回来，需要我帮您留言吗？", "晨曦教育", False),
    ],
)
def test_a_parents_meeting_is_work_only_at_a_school(text, company, gossip):
    flags = forbidden_flags(text, ("刘经理", "刘老师"), company)
    assert any(f.rule == "no_absence_gossip" for f in flags) == gossip


@pytest.mark.parametrize(
    "line",
    [
        "这个归售后的李婷婷管，有问题直接找李婷婷就行。",
        "有问题直接找张医生就行，她是您的主治医生。",
        "有问题您直接找刘老师就好，她是孩子的班主任。",
    ],
)
def test_a_colleague_to_ask_for_is_not_the_trainees_own_name(line):
    assert forbidden_flags(line, (), "旭日装饰") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # b41/b42 wordings
        ("这种发丝缝哪个新房没有，您不懂就别乱讲嘛。", "no_rudeness"),
        ("您自己看不懂就别张口说是假货，我们用的全是原厂件。", "no_rudeness"),
        ("你在工地打什么电话，先让他们把电钻停了再打过来。", "no_rudeness"),
        ("你骑着摩托打什么电话，这我能听清才怪。", "no_rudeness"),
        ("房价跌了您来问开发商？买的时候自己怎么不想清楚。", "no_rudeness"),
        ("自己摔的还指望保险全赔？您拿手机的时候小心点不就没这事了。", "no_rudeness"),
        ("这种问题您上网搜一下不就知道了，还专门打电话来问。", "no_rudeness"),
        ("宣传册上的事我们客服不管，你找卖给你房子的那个销售嘛。", "no_dismissiveness"),
        ("这事上回就跟您讲过了嘛，维修单上写着呢，我这儿没得办法。", "no_dismissiveness"),
        ("不清楚。还有别的事吗？", "no_dismissiveness"),
        ("您放心，九五折我保证给您留着，李总回来肯定给您签。", "no_improper_promise"),
        ("您放心，咱们小区肯定能划进外国语小学，孩子上学绝对没问题。", "no_improper_promise"),
        ("没事儿，跟我们合作的银行都熟，您这个贷款包批的。", "no_improper_promise"),
        ("可以的，您放心，要是修不好我们直接给您换台新的。", "no_improper_promise"),
        (
            "保修期内还让您花钱，给您道歉。这钱肯定全退给您，一分不少，这个我能做主。",
            "no_improper_promise",
        ),
    ],
)
def test_b41_b42_wordings_are_charged_to_one_rule(text, rule):
    assert _charged_to(text, rule, ("刘经理",))


@pytest.mark.parametrize(
    "text",
    [
        "钱先生，电话13916620418，留言：澜庭外墙滚涂色板已寄出，请王经理确认颜色，对吗？",
        "沈女士，电话13611895047，留言是请刘经理发送集团两百部前台手机的以旧换新方案，对吗？",
        "自己摔的能不能赔要看保险公司审核，我帮您提交资料。",
        "我们不管您是哪天买的，都能按规定退。",
        "我们不管多晚都会给您回电。",
        "您要打什么电话号码？我帮您查一下。",
        "您不懂的地方随时问我，我慢慢给您讲。",
        "上次跟您说过了，我们会在周五前给您回电，今天再确认一下。",
        "不清楚的地方我帮您问一下，还有别的事吗？",
    ],
)
def test_b41_b42_look_alikes_stay_clean(text):
    assert forbidden_flags(text, ("刘经理", "王经理"), "锦程地产") == []


def test_another_companys_call_is_not_read_for_the_scenarios_own_facts():
    """A call of 锦程地产 on the renovation scenario: its caller's 书房 is no room of 旭日装饰 to read back."""
    lines = (
        ("T", "您好，锦程地产客服中心，5号客服为您服务。"),
        ("C", "样板间是三房，实际是两房加个书房，我要退定金！陈家豪，13926075531。"),
        ("T", "陈先生，电话13926075531，实际户型与样板间不符，要求退定金，对吗？"),
    )
    record = make_call(*lines).model_copy(update={"company": "锦程地产客服中心"})
    assert status(score(record), "restate_key_info") == "pass"
    assert status(score(make_call(*lines)), "restate_key_info") == "fail"  # 旭日装饰's own call


def test_showing_clients_round_is_away_and_a_sichuan_aunt_is_read_back():
    away = make_call(
        ("T", GREETING),
        ("C", "你好，我找一下置业顾问陈顾问。"),
        ("T", "陈顾问正在样板间带客户，大概半小时后回来。您需要我帮您留言吗？"),
        scenario="absent_colleague",
        facts={"colleague": "陈顾问", "back_at": "半小时后"},
    )
    assert status(score(away), "absent_colleague_handling") == "pass"
    aunt = make_call(
        ("T", GREETING),
        ("C", "我姓刘，刘淑芬，电话18916037742，马桶漏水。"),
        ("T", "刘嬢嬢，电话18916037742，马桶漏水，对不对？"),
        scenario="unclear_audio",
        facts={"caller_name": "刘淑芬", "caller_phone": "18916037742"},
    )
    assert status(score(aunt), "restate_key_info") == "pass"


# a sixth independent review of the b41/b42 cues: polite agent sentences their first versions flagged
_REVIEW_6_CLEAN = [
    "这么大的风声我能听清才怪，不怪您，是线路的问题，麻烦您换个位置我们再说",
    "系统这么复杂，新用户第一次能看懂才怪呢，我一步一步带您操作",
    "说明书写得这么绕，老人家能看懂才怪，是我们做得不好，我让同事给您寄一份图解版",
    "病历上那字迹您能看清才怪，我来帮您念一下医生写的医嘱",
    "机场广播那么吵，您能听见才怪，航班改了登机口是我们通知不到位，非常抱歉",
    "这个声音您能听清才怪是我们线路有杂音实在抱歉",
    "那么小的字您能看清才怪我给您发个大字版",
    "这次是我们快递员没注意，我们以后小心点不就没这事了，真的非常抱歉",
    "我们师傅当时要是小心一点不就没这事了，真的很对不起您",
    "我们师傅当时上网搜一下不就清楚了，是我们的工作失误，真对不起",
    "其实我们官网上就有，我自己查一下不就知道了，您稍等我马上帮您查",
    "这个我自己查一下不就行了，不用您再跑一趟，请稍等",
    "我们客服自己查一下不就清楚了吗您稍等我马上查",
    "谢谢您还专门打电话来问，这么细心的家长真不多",
    "辛苦您还特地打个电话来问，这本来是我们应该提前告诉您的",
    "您还专门打电话来问孩子的疫苗，太负责了，我这就帮您查",
    "让您还专门打电话来问一趟，给您添麻烦了",
    "麻烦您还特意打电话来问航班的事，我们会尽快短信通知所有旅客",
    "您还特地打电话问我们的营业时间谢谢关心我们周日也营业的",
    "谢谢您还专门打电话来问我们一定改进",
    "您还特意打个电话来问真是太感谢了",
    "我们师傅装的时候怎么没想到提醒您，这是我们的失误，真对不起",
    "柜员收的时候为什么没想到核对您的身份证，我们一定会查清楚给您答复",
    "想了解一下您买的时候为什么没想要延保，我们在做满意度回访",
    "师傅装的时候为啥没想到先测一下水压，我们一定找他核实",
    "我们装的时候为什么没想到这个问题是我们考虑不周",
    "您骑着摩托打什么电话过来的？是手机还是座机，我记一下回拨号码",
    "您骑着电瓶车打什么电话过来的呀是手机号吗我记一下",
    "请问您在车间打什么电话过来的？是厂里的座机吗",
    "您在工地打什么电话过来的，我这边显示是个陌生号码，麻烦您报一下手机号",
    "不知道还有什么问题没有，我一并帮您看看",
    "不知道还有别的事吗？有的话您尽管说",
    "不清楚还有其他问题吗？我可以再给您解释一遍",
    "不知道还有什么问题吗",
    "不晓得还有别的事没有，我们这边都可以帮您处理",
    "我也不清楚还有什么问题没有，我帮您把整个账单调出来对一遍",
    "不知道还有什么问题没有呢我都可以帮您解答",
    "不清楚还有什么事没有的话我先帮您记下来",
    "上次跟您说过了的那个补贴，今天已经到账了，您查收一下",
    "之前跟您讲过了的那个检查，报告今天下午就能出来",
    "早就跟您说过了的房子交付时间，开发商今天正式通知提前了，恭喜您",
    "上回给您讲过了那份材料清单，怕您记不全，这次我再发一份到您手机",
    "上次跟您说过了吧，那个优惠今天最后一天，别错过了",
    "上次跟你说过了那个退款今天已经到账了",
    "之前给您讲过了的那个预约已经给您改好了",
    "我们这边不管节假日都正常上班，您随时打过来",
    "我们客服不管白天晚上都有人接听，您放心",
    "我们不管金额大小都会先给您垫付，这是我们的服务承诺",
    "我们不管遇到什么情况都会第一时间通知您",
    "我们这边不管收不收手续费都会提前告诉您",
    "我们这边不管几点都会把结果发到您手机上",
    "我们这边不管周末都有人值班",
    "我们客服不管您什么时候打都能接通",
    "我们不管几楼都免费送货上门",
    "这个房源我一定给您留着到今天下午五点，五点以后就按系统规则放出去了",
    "我们这边是面包批发，零售的话请您到门店购买",
    "书包批量定制的话起订量是五十个，我把报价单发给您",
    "红包批量发放的功能在后台营销中心，我教您怎么操作",
    "这款书包批发价是八十五一个，十个起批",
    "我们是面包批发的零售请到门店",
    "款项肯定划到您的账户里了，我这边看到已经成功，您刷新一下",
    "您在App里一定划到最后一页，找到电子签名那一栏",
    "快递单号有问题的话，我直接给您换个新的单号，马上发出",
    "这个链接过期了，我直接给您换一个新的链接，您重新点开就行",
    "工单号录错了，我直接给你换个新的工单号，您记一下",
    "您这个验证码过期了，我们直接给您换一个新的发过去",
    "按三包规定，七天内出现性能故障，我们直接给您换新机",
    "我直接给您换个新的快递单号",
    "宝贝我们直接给您换个新的链接重新拍就行",
    "这个我能做主的就是帮您加急派单，赔偿的事要主管来定",
    "我可以做主给您先登记一个加急工单，今天下午就有师傅联系您",
    "我可以做主的部分已经帮您处理了，其他的我马上上报",
    "改约时间这个我能做主，您说周几方便",
    "这个我能做主，给您把预约改到周六上午",
    "这个我可以做主帮您改约时间",
    "刘经理回来肯定会签收您寄来的材料，签收后我们短信通知您",
    "李总回来肯定签到，下午的会他要参加",
    "陈经理回来一定会签个意见，再转给审批部门，审批结果以部门通知为准",
    "王总回来一定签到",
    "按照平台规则，符合七天无理由条件的，运费肯定退给您",
    "保修期内是质量问题的话，按三包规定一定会全退给您",
]


@pytest.mark.parametrize("text", _REVIEW_6_CLEAN)
def test_the_sixth_reviews_polite_sentences_stay_clean(text):
    assert _standing(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("这事您就指望我吧保证全额退款", "no_improper_promise"),
        ("李总理发去了，您晚点再打", "no_absence_gossip"),
    ],
)
def test_a_guarantee_beside_a_hedge_word_and_a_bosss_haircut_still_count(text, rule):
    assert rule in {f.rule for f in forbidden_flags(text, ("李总",)) if f.strength == "strong"}


@pytest.mark.parametrize(
    ("company", "expected"),
    [("锦程地产客服中心", "pass"), ("旭日装饰", "fail"), ("旭日装饰售后服务部", "fail")],
)
def test_the_scenarios_own_company_written_short_or_a_department_keeps_its_facts(company, expected):
    call = make_call(
        ("T", "您好，3号客服为您服务。"),
        ("C", "你们装修队把我家客厅的木地板划坏了！我叫赵立军，电话15021873306。"),
        ("T", "赵先生，电话15021873306，地板被划坏了，对吗？"),
    ).model_copy(update={"company": company})
    assert status(score(call), "restate_key_info") == expected


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # b43/b44 (after their first measurement): a trade's own words and someone else's quoted words
        ("跑步机的滚轴卡住把您甩下来了，是吗？", "动力健身会员服务中心"),
        ("您说的是泡沫滚轴放松课对吧？", "动力健身会员服务中心"),
        ('美容师还对您出言不逊，让您"滚出去"，您要求道歉和赔偿医药费，对吗？', "爪爪乐宠物医院"),
        ("不是的，您随便去哪个门店都能做体测。", "动力健身会员服务中心"),
        ("王院长刚走开一会儿，去住院部查房了，半小时左右回来。", "爪爪乐宠物医院"),
        (
            "留言是全民健身日公益课的场地安排表请李店长本周五前报上来。对吗？",
            "动力健身会员服务中心",
        ),
    ],
)
def test_b43_b44_trade_words_and_quoted_words_stay_clean(text, company):
    flags = forbidden_flags(text, ("王院长", "李店长"), company)
    assert [f.rule for f in flags if f.strength == "strong"] == []


@pytest.mark.parametrize(
    ("text", "company", "gossip"),
    [
        ("李店长去健身了，下午回来。", "旭日装饰", True),
        ("李店长在带健身课，下午回来。", "动力健身会员服务中心", False),
        ("王院长去住院了，这周都不在。", "爪爪乐宠物医院", True),
    ],
)
def test_a_trades_own_work_is_no_gossip_elsewhere_it_is(text, company, gossip):
    flags = forbidden_flags(text, ("李店长", "王院长"), company)
    assert any(f.rule == "no_absence_gossip" for f in flags) == gossip


# --- b45/b46 (a hotel chain, a driving school), after their first measurement ----------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("您入住的时候自己不检查一下，现在退了房才说脏，这让我们怎么去查证呢？", "no_rudeness"),
        ("您自己在第三方平台订的，出了问题倒来找我们？", "no_rudeness"),
        ("你那边轰轰的，跑远点再打行不行，我又不是顺风耳。", "no_rudeness"),
        ("连侧方都倒不好还问能不能过？能不能过看你自己本事。", "no_rudeness"),
        ("这谁晓得，你问车管所去。", "no_dismissiveness"),
        ("刚才不是跟你说了嘛，文件没出来，过阵子再打来问。", "no_dismissiveness"),
        ("表我们保证帮您找回来，真找不到就照原价赔给您。", "no_improper_promise"),
        ("端午那几天房价肯定会降的，您到时候再订准没错。", "no_improper_promise"),
    ],
)
def test_b45_b46_reproaches_brush_offs_and_promises(text, rule):
    flags = [f for f in forbidden_flags(text, ("刘教练",), "锦澜酒店") if f.strength == "strong"]
    assert {f.rule for f in flags if f.rule in _ATTITUDE_ORDER + ("no_improper_promise",)} == {rule}


@pytest.mark.parametrize(
    "text",
    [
        "以后有问题随时来找我们。",
        "您在第三方平台订的，出了问题也可以直接来找我们，我们帮您跟平台沟通。",
        "您入住的时候不用自己检查，房间都是保洁查过的，现在退了房发现问题我们一样负责。",
        "我又不是很清楚这个政策，所以帮您转给专员，明天上午给您回电。",
        "您问一下去年的账单是吧？我帮您查。",
        "过几天再打给您，告诉您结果。",
        "您说的房价肯定会降，这个我们没法保证，要看收益部定价。",
        "我们会尽力帮您找回来，找到了第一时间通知您。",
        "我保证帮您把情况反映给安保部，两小时内给您回电话。",
        "刘教练今天在考场带考，下午三点左右回来。",
    ],
)
def test_b45_b46_look_alikes_stay_clean(text):
    assert _standing(text, ("刘教练",), "锦澜酒店") == []


def test_a_coach_is_a_colleague_whose_not_coming_in_is_gossip():
    assert {f.rule for f in forbidden_flags("刘教练今天还没来上班，电话也没人接。")} == {
        "no_absence_gossip"
    }


@pytest.mark.parametrize(
    ("caller", "expected"),
    [
        ("房费给我退了，不退我就去携程写差评！", "pass"),
        ("押金给我退回来，不然我去点评网站写差评！", "pass"),
        ("我从来不给差评的，就想问问押金给我退了吗？", "n/a"),
        # b182-b195: a refund, a fee cut or a loss to be made good, demanded (labelled so by every writer)
        ("我三个月前就把那个10G流量包退订了，结果还是每个月扣30！你们给我退回来！", "pass"),
        ("讲解导游走到半山腰人家说有事就走了，这三百块必须给我退！", "pass"),
        ("这学期校车费我交了三千六，我要求退这个月的校车费！", "pass"),
        ("前面半个小时等于白买了，我要你们退一半票钱！", "pass"),
        ("这二十多天的发电损失谁给我补？", "pass"),
        ("这个手术费你们得给我减一点，吓得我心脏病都快犯了。", "pass"),
        ("要么给我保养，要么折现2000块！", "pass"),
        ("对，罚款你们交，分也不能扣我的。", "pass"),
        ("我要你们出钣金重做的钱，四千五！", "pass"),
        ("那我家狗谁管？我要去区里的畜牧兽医站举报你们！", "pass"),
        ("今天不给我说清楚，我就打12360找海关问！", "pass"),
        # b210-b216: the same, in the words of seven more writers
        ("阿拉要退货，钞票全部退给阿拉！", "pass"),
        ("我这三天天天跑公共桩，多花了一百多块，你们给我报了！", "pass"),
        ("这两个月物业费我们凭什么还交全额？你们得给我减！", "pass"),
        ("结账给我算了三千块开瓶费！这钱你们退不退？", "pass"),
        ("我说我今天必须要个说法，全额退！", "pass"),
        ("司机都出不了车，这营运损失咋算？", "pass"),
        ("这十二万积分你们必须给我恢复，不然我直接投诉到监管去！", "pass"),
        ("停卡根本没给我停！我要你们给我顺延两个月！", "pass"),
        ("门封条直接烤化了！我要你们给我换台新的！", "pass"),
        ("这个月的月费你们给我退了！", "pass"),
        # b217-b223
        ("我们家要求你们把医药费全出了，还有后面的护理费。", "pass"),
        ("这修车钱恁得给俺出！", "pass"),
        ("不结清就不给我门禁卡！这钱你们中介得先给我垫上！", "pass"),
        ("电子发票到现在十天了还没开出来，这个损失你们来担？", "pass"),
        ("我根本就不抽烟嘛！你们凭啥子扣我钱？我要你们退！", "pass"),
        ("等到现在都没人来，房费我只付一半！", "pass"),
        ("两份早餐钱白付了，六十八块，你们给退了！", "pass"),
        # b224-b230
        ("又要俾三百蚊匹配费，你哋要俾返呢笔钱我！", "pass"),
        ("税务局罚了我两百，你们怎么搞的？这罚款你们得出！", "pass"),
        ("啥叫俺不数清楚？俺要去医保局告恁！", "pass"),
        # b231-b237
        ("你们再不管，我就投诉到湖南证监局去！", "pass"),
        ("今天再不拉，我就拍视频发快手，让全江州都瞅瞅！", "pass"),
        ("报咗两次都冇人理，我要投诉到省12345！", "pass"),
        # reported or asked: no demand
        ("上次那个费用已经给我退了，这次是另一件事。", "n/a"),
        ("那个流量包能给我退订吗？", "n/a"),
        ("多扣的钱能不能退给我？", "n/a"),
        ("钱我不要你们退，就要个道歉。", "n/a"),
    ],
)
def test_a_refund_demanded_or_a_bad_review_threatened_asks_for_escalation(caller, expected):
    call = _complaint(
        ("C", caller),
        ("T", "非常抱歉，我马上把您的情况上报给值班经理，他今天下午五点前给您回电话。"),
    )
    assert status(score(call), "escalation") == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                ("T", "张教练刚走不久，去考试中心送学员了，预计下午三点左右回来。"),
                ("T", "您留个名字和电话，我帮您转告他，好吗？"),
            ],
            "pass",
        ),
        (
            [
                ("T", "王经理今天还没来呢，昨晚陪客户喝到半夜。"),
                ("C", "啊？那我们的事怎么办？"),
                ("T", "王经理预计下午两点以后到办公室，您有什么事我可以帮您记下来转告他。"),
            ],
            "pass",
        ),
        # (still not in, with a time he may come: the §10L 还未来上班, not a return, as b16 judged)
        (
            [("T", "陈经理今天还没到公司呢 估计又睡过头了 嗯 下午三点左右应该能来 要不您留个言")],
            "fail",
        ),
    ],
)
def test_a_colleague_said_to_be_back_at_a_time_is_away_for_now(lines, expected):
    call = make_call(
        ("T", GREETING),
        ("C", "你好，我找一下张教练和王经理。"),
        *lines,
        scenario="absent_colleague",
    )
    assert status(score(call), "absent_colleague_handling") == expected


@pytest.mark.parametrize(
    ("apology", "expected"),
    [
        ("押金冻了半个月，电话还打不通，真的太耽误您事了，对不起。", "pass"),
        ("退房四天押金还没回来，您着急是应该的，真对不起。", "pass"),
        ("真对不起，一家人远道过来还碰上没房，太折腾您了。", "pass"),
        ("非常抱歉，让您等了这么久还没结果。", "pass"),
        ("不好意思，耽误您时间了，我再确认一下地址。", "fail"),
        ("让您等了这么久，不好意思，查到了。", "fail"),
    ],
)
def test_b45_b46_apologies_for_what_happened(apology, expected):
    call = _complaint(("C", "你们押金到现在都没退给我！"), ("T", apology))
    assert status(score(call), "empathy_apology") == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("我马上上报值班经理，他十五分钟内打您电话。", "pass"),
        ("九月二十五号之前门店会给您回电话，有没有房都告诉您。", "pass"),
        ("三月底之前门店会给您回电话。", "pass"),
        ("您的情况我已经详细记录了，我们这边会尽快处理，第一时间联系您。", "fail"),
    ],
)
def test_b45_b46_reply_times(reply, expected):
    call = _complaint(
        ("C", "你们0611房晚上隔壁装修电钻打到十一点，前台讲管不了！"),
        ("T", "罗先生，0611房晚上隔壁施工噪音到十一点，前台未处理，对吧？"),
        ("C", "对。"),
        ("T", reply),
    )
    assert status(score(call), "followup_commitment") == expected


@pytest.mark.parametrize(
    ("when", "readback", "expected", "note"),
    [
        ("后天上午", "后天上午", "pass", "复述确认了姓名、电话号码、预约时间"),
        ("后天上午", "明天上午", "fail", "第3句复述的预约时间与客户说的后天上午不一致"),
        ("今天晚上", "今晚", "pass", "复述确认了姓名、电话号码、预约时间"),
        ("礼拜三上午", "周三上午", "pass", "复述确认了姓名、电话号码、预约时间"),
    ],
)
def test_a_day_read_back_wrong_is_a_wrong_record(when, readback, expected, note):
    call = make_call(
        ("T", GREETING),
        ("C", f"我订两张九寨沟景区门票，{when}，电话13701658824，我叫丁红梅。"),
        ("T", f"丁女士，两张景区门票，{readback}，电话13701658824，对吗？"),
        scenario="unclear_audio",
        facts={"caller_name": "丁红梅", "caller_phone": "13701658824", "preferred_time": when},
    )
    r = next(r for r in score(call).rules if r.id == "restate_key_info")
    assert (r.status, r.note) == (expected, note)


@pytest.mark.parametrize(
    ("caller", "readback"),
    [
        ("顾明德，13817205563。", "顾老先生，电话13817205563，对伐？"),
        ("吕建平，15666321187。", "吕警官，电话15666321187，对吗？"),
    ],
)
def test_a_surname_with_an_elders_or_an_officers_title_reads_back_the_name(caller, readback):
    name = caller.split("，")[0]
    call = make_call(
        ("T", GREETING),
        ("C", "我想订两间带浴缸的房间。"),
        ("T", "好的，请问您怎么称呼？电话多少？"),
        ("C", caller),
        ("T", readback),
        scenario="unclear_audio",
        facts={"caller_name": name, "caller_phone": caller.split("，")[1].rstrip("。")},
    )
    assert status(score(call), "restate_key_info") == "pass"


def test_what_the_trainee_said_first_and_the_caller_agreed_to_is_no_fact_to_read_back():
    call = make_call(
        ("T", GREETING),
        ("C", "俺说俺孙子科目三考试，是么时候？"),
        ("T", "郭阿姨，电话15805446637，问孙子科目三考试时间，是下周三，对吧？"),
        ("C", "对对，下周三。俺姓郭，郭玉兰，电话15805446637。"),
        scenario="unclear_audio",
        facts={"caller_name": "郭玉兰", "caller_phone": "15805446637", "preferred_time": "下周三"},
    )
    r = next(r for r in score(call).rules if r.id == "restate_key_info")
    assert "预约时间" not in r.note


@pytest.mark.parametrize(
    ("readback", "expected"),
    [
        ("宋女士，阳朔店清明期间满房，登记候补，电话15116275093，对吗？", "pass"),
        ("宋女士，电话15116275093，对吗？", "fail"),
    ],
)
def test_a_question_read_back_in_the_callers_own_words_and_a_branch_by_its_own_name(
    readback, expected
):
    call = make_call(
        ("T", "您好，锦澜酒店客服中心，82号客服为您服务。"),
        ("C", "你好，我想问你们桂林阳朔店清明那几天满房了，到时候会不会放出房来？"),
        ("T", "我帮您登记候补。请问您贵姓？电话多少？"),
        ("C", "宋雨，15116275093。"),
        ("T", readback),
        scenario="unanswerable_question",
        facts={
            "caller_name": "宋雨",
            "caller_phone": "15116275093",
            "caller_unit": "锦澜酒店桂林阳朔店",
            "issue": "清明满房的日期会不会放出房",
        },
    ).model_copy(update={"company": "锦澜酒店客服中心"})
    assert status(score(call), "restate_key_info") == expected


# --- the seventh review (of the b45/b46 cues): every wrong result it found -------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "很多客户下单的时候自己没看清楚，回头又来找我们也很正常，我们都会帮您处理的。",
            "no_rudeness",
        ),
        (
            "您入住的时候自己没检查一下也没关系，现在才说也可以，我们马上安排保洁重新打扫。",
            "no_rudeness",
        ),
        ("您有问题反而来找我们是对的，我们直接帮您处理。", "no_rudeness"),
        ("出了问题反而找我们最快，我们有专人对接。", "no_rudeness"),
        ("有事反而问我们更方便，直接打这个热线就行。", "no_rudeness"),
        ("有问题了反而来问我们最省事，我们这边都有记录。", "no_rudeness"),
        ("出了事反而找我们物业最快，我们有24小时值班。", "no_rudeness"),
        ("您如果出了问题反而找我们是最好的，我们全程负责协调。", "no_rudeness"),
        ("很多业主有问题倒来问我们物业，其实这个归供水公司管，我把他们的电话给您。", "no_rudeness"),
        ("连我们工作人员都搞不懂还要查文件，您不清楚很正常。", "no_rudeness"),
        ("连很多老司机都倒不好还要多练，您别着急，慢慢来。", "no_rudeness"),
        ("我跟财务问了两遍了，他们说款项过几天再打到您账户，请您放心。", "no_dismissiveness"),
        ("刚才不是跟您说过了嘛，补贴过阵子再打到您卡上，您不用担心。", "no_dismissiveness"),
        ("这个我已经跟您说过两遍了，保险公司说过几天再打到您账户。", "no_dismissiveness"),
        ("不是跟您讲过了吗，这个月的电费过几天再打单出来寄给您。", "no_dismissiveness"),
        ("我问了三遍了，快递公司说过阵子再打包发出。", "no_dismissiveness"),
        ("您问清楚了再去。", "no_dismissiveness"),
        ("您问清楚了在去", "no_dismissiveness"),
        ("您问问物业再去", "no_dismissiveness"),
        ("用了优惠券以后价格肯定会便宜一些，您可以先领券。", "no_improper_promise"),
        ("团购价格肯定会便宜一点，比门市价划算。", "no_improper_promise"),
        ("会员价一定会便宜一点，您可以先开通会员。", "no_improper_promise"),
        ("淡季的房价肯定会便宜一些，您可以考虑错峰出行。", "no_improper_promise"),
        ("网上说票价肯定会降，这个我们没法保证。", "no_improper_promise"),
        ("没保价的话一般不会照原价赔，我帮您申请看看。", "no_improper_promise"),
        ("只要您提供订单号，我们保证给您追回物流信息。", "no_improper_promise"),
        ("关于孩子迟到的问题，王校长已经知道了，会跟班主任沟通。", "no_absence_gossip"),
        ("李教练说您上次练车迟到了二十分钟，下次请提前到。", "no_absence_gossip"),
        ("方设计师说您家的图纸还没到，她会催一下供应商。", "no_absence_gossip"),
        ("您的贷款材料何行长还没看到，我帮您催一下。", "no_absence_gossip"),
        ("首席设计师说您的方案要周五才来得及出。", "no_absence_gossip"),
        ("张院长说您母亲的检查报告还没到，出来后马上通知您。", "no_absence_gossip"),
        ("赵站长说您的包裹还没到站，到了给您打电话。", "no_absence_gossip"),
    ],
)
def test_review_7_polite_sentences_are_not_flagged(text, rule):
    for colleagues in (("刘经理",), ()):
        assert rule not in _standing(text, colleagues)


def test_review_7_who_knows_and_go_ask_them_yourself_is_still_a_brush_off():
    flags = forbidden_flags("谁知道他，你去找车管所去。")
    assert {f.rule for f in flags if f.strength == "strong"} == {"no_dismissiveness"}


@pytest.mark.parametrize(
    "text",
    [
        "不好意思耽误您几分钟，我核对一下信息，请问您贵姓？",
        "不好意思，可能得折腾您把地板的照片发过来。",
        "真抱歉，请问您贵姓？",
        "抱歉让您等了这么久还没查到，我再查一下。",
        "抱歉耽误您两分钟做个满意度回访。",
        "不好意思耽误您一下，我核实一下身份。",
        "抱歉耽误你几秒钟，确认一下地址。",
        "抱歉，还要折腾您带身份证过来一趟。",
        "不好意思还得折腾您再跑一趟。",
        "不好意思让您等这么久还没接通，系统有点慢。",
        "真对不住，您刚才说的是几号楼？",
    ],
)
def test_review_7_softeners_and_apologies_for_the_calls_own_wait_are_not_for_what_happened(text):
    assert not apology_for_experience(text)


@pytest.mark.parametrize(
    ("caller", "trainee"),
    [
        ("我的地板坏了。", "我们会尽快给您回电。您这个保修十月一号之前都有效。"),
        (
            "我三月五号你们来装的地板，现在开裂了。",
            "您是三月五号装的地板，我记下了，核实后给您回电。",
        ),
        ("我二十号以前就交了维修费，到现在没人来。", "您二十号以前交的维修费，我核实后回复您。"),
        ("我的地板坏了。", "非常抱歉，我们昨天下午打您电话没打通，这个事情我已经记录了。"),
        ("我的地板坏了。", "非常抱歉，我们上午打您手机没人接，您反映的问题我已经登记了。"),
        ("我的账单不对。", "三月底之前的账单我已经记录下来，会给您回电。"),
    ],
)
def test_review_7_dates_that_are_not_the_replys_deadline(caller, trainee):
    call = _complaint(("C", caller), ("T", trainee))
    assert status(score(call), "followup_commitment") == "fail"


_NOT_DEMANDS_7 = [
    "你们押金给我退回来了，就是发票到现在还没开。",
    "我那个押金给我退到原卡了吗？",
    "我不会给差评的，就是希望你们改进。",
    "我在网上看到有人给差评说你们工人不专业。",
    "之前客服说三天内把钱给我退回来，现在还没到账！",
    "上次那笔房费给我退了，谢谢你们。",
    "我之前写差评写错了，想问问怎么修改。",
    "我又不是来打差评的，就想问问退房时间。",
    "你们别担心我不会写差评。",
]


@pytest.mark.parametrize(
    ("said", "readback", "expected"),
    [
        ("下个星期三下午", "下周三下午", "pass"),
        ("这周五上午", "本周五上午", "pass"),
        ("周三下午", "这周三下午", "pass"),
        ("星期天上午", "周日上午", "pass"),
        ("今晚", "今天晚上", "pass"),
        ("后天上午", "明天上午", "fail"),
        ("明天上午", "明天下午", "fail"),
    ],
)
def test_review_7_the_same_day_said_another_way(said, readback, expected):
    call = make_call(
        ("T", GREETING),
        ("C", "你好，我家厨房下水管漏水了，想约师傅上门修。"),
        ("T", "好的，请问您贵姓？电话多少？什么时间方便？"),
        ("C", f"我叫张伟，电话13817205563。{said}吧。"),
        ("T", f"张先生，电话13817205563，厨房下水管漏水，{readback}上门，对吗？"),
        scenario="unclear_audio",
        facts={
            "caller_name": "张伟",
            "caller_phone": "13817205563",
            "problem": "厨房下水管漏水",
            "preferred_time": said,
        },
    )
    assert status(score(call), "restate_key_info") == expected


def test_review_7_a_time_the_caller_chose_among_the_trainees_must_be_read_back():
    call = make_call(
        ("T", GREETING),
        ("C", "你好，我家厨房下水管漏水了，想约师傅上门修。"),
        ("T", "好的，请问您贵姓？电话多少？师傅明天上午和后天上午有空，您看哪个时间？"),
        ("C", "我叫张伟，电话13817205563。后天上午吧。"),
        ("T", "张先生，电话13817205563，厨房下水管漏水，对吗？"),
        scenario="unclear_audio",
        facts={
            "caller_name": "张伟",
            "caller_phone": "13817205563",
            "problem": "厨房下水管漏水",
            "preferred_time": "后天上午",
        },
    )
    assert status(score(call), "restate_key_info") == "fail"


def test_review_7_reading_back_the_place_is_not_reading_back_the_question():
    call = make_call(
        ("T", "您好，锦澜酒店客服中心，82号客服为您服务。"),
        ("C", "你好，我想问你们桂林阳朔店清明那几天满房了，到时候会不会放出房来？"),
        ("T", "我帮您登记一下。请问您贵姓？电话多少？"),
        ("C", "宋雨，15116275093。"),
        ("T", "宋女士，桂林阳朔店清明那几天，电话15116275093，对吗？"),
        scenario="unanswerable_question",
        facts={
            "caller_name": "宋雨",
            "caller_phone": "15116275093",
            "issue": "清明满房的日期会不会放出房",
        },
    )
    assert status(score(call), "restate_key_info") == "fail"


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("王芳", "我帮您问一下王大夫。"),
        ("李红", "李同学的病历我记下了。"),
        ("张建国", "我请张院长确认。"),
    ],
)
def test_review_7_a_colleague_or_child_with_the_callers_surname_is_not_the_callers_name(name, said):
    call = make_call(
        ("T", GREETING),
        ("C", f"我想问问孩子的检查结果，我叫{name}，电话13817205563。"),
        ("T", f"{said}电话13817205563，对吗？"),
        scenario="unanswerable_question",
        facts={"caller_name": name, "caller_phone": "13817205563"},
    )
    assert status(score(call), "restate_key_info") == "fail"


@pytest.mark.parametrize(
    "said",
    [
        "合同在前台，您下午三点回来取就行，我可以帮您转告王经理。",
        "王经理十点已经回到办公室了，我帮您转告一声，您稍等。",
        "王经理在楼上，他下午回来以后给您回电话，我帮您转告。",
        "您的货下午三点回到仓库，我帮您转告王经理吧。",
    ],
)
def test_review_7_coming_back_that_is_not_the_colleague_away_for_now(said):
    call = make_call(
        ("T", GREETING), ("C", "你好，我找一下王经理。"), ("T", said), scenario="absent_colleague"
    )
    assert status(score(call), "absent_colleague_handling") == "fail"


# --- b47-b50 (gas, furniture, a game company, dental clinics), after their first measurement -------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("你不说清楚你是哪个单位的，这话我可不帮你带。", "no_rudeness"),
        ("你站工地边上打什么电话，找个安静地方再打过来。", "no_rudeness"),
        ("气价是政府定的，跟我们说有什么用，您这问题问得也太外行了。", "no_rudeness"),
        ("你哪个单位的都不讲，谁晓得你是干嘛的？先把名字报上来再说。", "no_rudeness"),
        ("合同上颜色那一栏是您自己签的字，现在回头来怪我们？", "no_rudeness"),
        ("你家那电锯能不能先停了？吵得我耳朵都要聋了。", "no_rudeness"),
        ("你在网吧吧？吵成这样还打什么客服电话，出去再打。", "no_rudeness"),
        ("你嘴巴里含着东西讲话，哪个听得清？先把棉球吐了再讲！", "no_rudeness"),
        ("您嘴里没牙说话跟漏风一样，谁听得懂嘛。", "no_rudeness"),
        ("能用多少年要看你自己，你天天抽烟喝酒还想管二十年？", "no_rudeness"),
        ("欠费停气是系统自动的，这个热线处理不了，你自己去营业厅问嘛", "no_dismissiveness"),
        ("我都问了两遍了，你明天找个信号好的地方再打来。", "no_dismissiveness"),
        ("马上五点交班了，有事明儿再打过来吧。", "no_impatience"),
        ("我们五点就交班了，这种问题您明天一早再打吧。", "no_impatience"),
        ("瓷砖钱我们公司出，我给您申请直接打到卡上，这个您放一百个心。", "no_improper_promise"),
        ("放心啦，包做得出来的，尺寸冇问题。", "no_improper_promise"),
    ],
)
def test_b47_b50_reproaches_brush_offs_impatience_and_promises(text, rule):
    flags = [f for f in forbidden_flags(text, ("黄师傅",), "木语家居") if f.strength == "strong"]
    charged = _ATTITUDE_ORDER + ("no_improper_promise",)
    kept = {f.rule for f in flags if f.rule in charged}
    assert min(kept, key=charged.index) == rule


def test_b47_a_colleague_home_for_his_wifes_confinement_is_gossip():
    flags = forbidden_flags(
        "何师傅这两天不在岗，明天上午回来。跟您说，他媳妇儿刚生，搁家伺候月子呢。", ("小何",)
    )
    assert "no_absence_gossip" in {f.rule for f in flags}


@pytest.mark.parametrize(
    "text",
    [
        "好的，您怎么称呼？手机、座机随便留一个都行。",
        '不好意思，您说的是"滚服"还是"新服"？我这边没听清，麻烦您再说一遍好吗？',
        "陈女士，滚服角色静如止水转服后等级被重置，明天上午十一点给您回电，对吗？",
        "刘护士长今天已经下班了，明早八点半上班。我帮您留个言，她一到就给您回电，好吗？",
        "您现在怪我们也是应该的，这件事确实是我们没做好。",
        "这个费用是我们出还是厂家出，我帮您问清楚再回复您。",
        "您先把门窗打开通风，我们马上派人上门检查。",
        "我们这边五点交班，交班前我一定把您的工单转给晚班同事。",
        "您的问题我听得很清楚，这个我们包修的范围要以保修卡为准，我帮您查一下。",
        "不好意思，吵得您没法休息，我们马上通知施工队停工。",
    ],
)
def test_b47_b50_look_alikes_stay_clean(text):
    assert _standing(text, ("刘护士长",), "星火互娱") == []


@pytest.mark.parametrize(
    "said",
    [
        "孙策划这周在外地出差，暂时不在，周四回来。我先帮您记个留言好吗？",
        "不好意思，刘护士长今天已经下班了，明早八点半上班。我帮您留个言，她一到就给您回电，好吗？",
        "刘经理出差去游戏展会了，暂时不在，下周二回来。您需要留言吗？",
    ],
)
def test_a_return_by_the_weekday_or_next_morning_tells_when(said):
    call = make_call(
        ("T", GREETING),
        ("C", "你好，我找一下孙策划。"),
        ("T", said),
        scenario="absent_colleague",
        facts={"colleague": "孙策划", "back_at": "周四"},
    )
    assert status(score(call), "absent_colleague_handling") == "pass"


def test_a_colleague_who_will_be_in_the_office_later_is_away_for_now():
    call = make_call(
        ("T", GREETING),
        ("C", "你好，我找刘经理。"),
        ("T", "刘经理还没来上班呢，估计又睡过头了。"),
        ("C", "啊？"),
        ("T", "下午四点以后应该能在办公室，我先帮您留个言吧，请问您贵姓？"),
        scenario="absent_colleague",
        facts={"colleague": "刘经理", "back_at": "下午四点以后"},
    )
    assert status(score(call), "absent_colleague_handling") == "pass"


@pytest.mark.parametrize(
    ("caller", "expected"),
    [
        ("今天回档我的坐骑没了！你们不补给我，我就去B站发视频！", "pass"),
        ("强化的武器没了！你们得原样补回来，不然我就找文化执法部门！", "pass"),
        ("多收了八千！今天不把差价退给我，我就在大众点评上把你们挂出来！", "pass"),
        ("收了我六千五，说什么材料升级！退差价！不退我打12345！", "pass"),
        ("我的差价退给我了吗？想确认一下。", "n/a"),
        ("交了50块加急费，窗口都说办不了！加急费退给我，不然我打12345！", "pass"),
        ("我在B站看到你们的新版本视频，想问问什么时候上线。", "n/a"),
    ],
)
def test_b49_b50_compensation_and_media_threats(caller, expected):
    call = _complaint(
        ("C", caller),
        ("T", "非常抱歉，我现在就把您的投诉报给门诊主任，主任会在明天上午十点以前联系您。"),
    )
    assert status(score(call), "escalation") == expected


@pytest.mark.parametrize(
    ("readback", "expected"),
    [
        ("好的，龚女士，您家地址是？", "pass"),
        ("对不起，打断一下，您刚才说的号码我怕记错，是18916037742对吗？请问您怎么称呼？", "pass"),
        ("您刚才说的电话是158 2136 9904，对吗？", "fail"),
    ],
)
def test_asking_for_the_address_or_the_name_beside_a_number_read_back(readback, expected):
    call = _complaint(
        ("C", "我电话18916037742，158 2136 9904也行，你们赶紧处理！"), ("T", readback)
    )
    assert status(score(call), "ask_caller_identity") == expected


@pytest.mark.parametrize(
    ("name", "readback", "expected"),
    [
        ("林秀英", "林阿嬷，电话13386025519，对吗？", "pass"),
        # (a president, an uncle or a grandpa by surname may be someone else: review 8)
        ("吴志强", "吴会长，电话13386025519，对吗？", "fail"),
    ],
)
def test_a_grandma_by_surname_reads_back_her_name(name, readback, expected):
    call = make_call(
        ("T", GREETING),
        ("C", f"我叫{name}，电话13386025519，我孙子的账号充值出问题了。"),
        ("T", readback),
        scenario="unanswerable_question",
        facts={"caller_name": name, "caller_phone": "13386025519"},
    )
    assert status(score(call), "restate_key_info") == expected


# --- the eighth review (of the b47-b50 cues): every wrong result it found ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "不好意思，是我说得太外行了，我换个说法给您解释。",
        "我刚才讲得太外行了，您别介意，我重新说一下。",
        "我问得也太外行了，您多包涵，请问您家是燃气热水器还是电热水器？",
        "您是说隔壁工地“吵得我耳朵都要聋了”，对吧？我马上帮您反映。",
        "您说楼上电钻震得我耳朵疼，这句我记下了，是您家老人说的吗？",
        "您反映的情况我理解，换成我也会觉得吵得我耳朵疼，真是辛苦您了。",
        "您说楼下音响吵得我耳朵都疼，这个我们马上通知物业处理。",
        "麻烦您先把燃气总阀关掉再说，然后开窗通风，我们师傅马上过去。",
        "您先把电闸关了再打给我们也行，安全第一。",
        "您在开车的话先把车停了再说，开车打电话不安全。",
        "不着急，您先把手里的东西放下再跟我说。",
        "您先把水龙头总阀关了再讲，不然水会一直漏。",
        "您先把空调停掉再打开试试，看看还报不报错。",
        "您是说窗户关上了还跟漏风一样，对吧？我们安排师傅上门看看。",
        "门缝那里跟漏风似的呼呼响，这个属于密封条老化，保修期内免费更换。",
        "您说新装的推拉门像漏风一样冷，我帮您登记一个售后工单。",
        "这台冰箱的门封条坏了就会漏风一样不制冷，我帮您安排检修。",
        "邻居吵成这样还打什么招呼，您直接找物业就行，我帮您联系。",
        "您现在怪我们，我完全能理解，确实是我们的问题。",
        "您现在怪我们也没错，这件事是我们没做好。",
        "您放心，这次要是再修不好，您回头怪我就是。",
        "这事确实是我们的责任，您这会儿怪我们一点都不过分。",
        "您每天都用的话还想要更耐用一些，我推荐您这款商用型号。",
        "您每天上班那么忙，还想让您跑一趟，真是不好意思，我们派人上门取。",
        "您每天通勤要用车，还想保留原来的车牌，对吧？",
        "我们五点交班了以后夜班同事也能处理，您放心。",
        "蛋糕已经帮您包装好了，下午三点前送到。",
        "我们会把您的商品重新包装好再寄出，请您放心。",
        "您的皮包修好了，可以随时来店里取。",
        "您送修的背包修好后我们会快递给您。",
        "师傅说这个包修得好，大概三天。",
        "退款的钱我们出账后一般三个工作日到账。",
        "押金的钱我们出具收据给您，请妥善保管。",
        "上门检测的费用由公司承担，这是合同里写明的。",
        "运输途中的损失都由我们公司负责跟物流协商，我会及时告诉您进展。",
    ],
)
def test_review_8_polite_sentences_are_not_flagged(text):
    assert _standing(text) == []


_NOT_DEMANDS_8 = [
    "你们客服上周说会把差价退给我，我想问问大概什么时候到账。",
    "押金退给我的时候能开个收据吗？",
    "商家已经同意把差价退给我，就是还没到账，帮我查一下。",
    "订金退给我这个流程要几天？",
    "请问你们退差价的流程是怎样的？",
    "我想咨询一下退差价需要什么材料。",
    "上次你们已经给我退差价了，这次我是来问安装的事。",
    "保价期内降价了能退差价吗？",
    "他们说发票丢了就不补给我了，是真的吗？",
    "如果不退给我也行，换一个新的也可以。",
    "银行说这笔利息不退给我，我想确认一下规定。",
    "上个月少交的水费我要补回来吗？补多少？",
    "我欠的那笔物业费得补给我们小区哪个账户？",
    "漏掉的那节课是要补回来吗？老师什么时候有空？",
    "积分必须补给我吗？还是系统自动补？",
    "我在B站看到你们的安装教程，想问一下螺丝型号。",
    "我在b站上看了你们的测评，想买一台，请问有货吗？",
    "你们B站的账号叫什么？我想关注一下。",
    "我是在哔哩哔哩看到你们的广告才打过来的，挺好的。",
    "我给你们客服发个视频看看故障现象可以吗？",
    "我可以发视频给师傅看一下漏水的位置吗？",
    "师傅让我发视频给他，发到哪个微信？",
    "我刚才发视频给你们了，你们收到了吗？",
    "我不会把你们挂出来的，放心，就是想解决问题。",
    "我打12345问过了，他们让我找你们。",
    "上次我打12345反映过，他们说转给你们处理了，想问问进度。",
    "我打12345查了一下，你们的电话就是这个对吧？",
    "我打12345表扬过你们的师傅，人很好。",
]


@pytest.mark.parametrize("caller", _NOT_DEMANDS_7 + _NOT_DEMANDS_8)
def test_reviews_7_and_8_callers_who_neither_demand_nor_threaten(caller):
    call = _complaint(("C", caller), ("T", "好的，我帮您查一下，明天上午给您回电话。"))
    assert status(score(call), "escalation") == "n/a"


@pytest.mark.parametrize(
    "lines",
    [
        [("T", "王经理这周一直在外地跑工地，回公司的时间还不确定，您需要我帮您留言吗？")],
        [
            ("T", "王经理今天还没来，您需要我帮您留言吗？"),
            ("C", "那发票呢？"),
            ("T", "下周二我们财务会在公司，发票到时候一起给您。"),
        ],
    ],
)
def test_review_8_no_return_time_and_no_away_from_other_peoples_days(lines):
    call = make_call(
        ("T", GREETING),
        ("C", "你好，我找一下王经理。"),
        *lines,
        scenario="absent_colleague",
        facts={"colleague": "王经理", "back_at": "下周二"},
    )
    assert status(score(call), "absent_colleague_handling") == "fail"


@pytest.mark.parametrize(
    "said",
    [
        "非常抱歉，维修完成后发票会寄到您家地址",
        "非常抱歉，维修单我们会寄到您的地址。",
        "师傅出发前会先打电话核对您的地址",
    ],
)
def test_review_8_the_address_named_is_not_asked_for(said):
    call = _complaint(("C", "你们把我家地板划坏了！"), ("T", said))
    assert status(score(call), "ask_caller_identity") == "fail"


@pytest.mark.parametrize(
    ("name", "caller", "readback"),
    [
        ("张丽", "我公公张阿伯腿脚不好，我替他打的，我叫张丽。", "张阿伯，电话13386025519，对吗？"),
        ("林小红", "是商会林会长介绍我来的，我叫林小红。", "林会长，电话13386025519，对吗？"),
        ("王芳", "上次来修空调的王阿公挺好的，我叫王芳。", "王阿公，电话13386025519，对吗？"),
    ],
)
def test_review_8_someone_elses_title_with_the_callers_surname_is_not_her_name(
    name, caller, readback
):
    call = make_call(
        ("T", GREETING),
        ("C", f"{caller}电话13386025519。"),
        ("T", readback),
        scenario="unanswerable_question",
        facts={"caller_name": name, "caller_phone": "13386025519"},
    )
    assert status(score(call), "restate_key_info") == "fail"


# --- learnt from b51 (car rental) and b52 (housekeeping and moving) ----------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("你这个人咋个听不懂嘛，都说了他不在。", "no_rudeness"),
        ("您这人怎么就说不通呢？", "no_rudeness"),
        ("那您自己提车的时候不绕车看一圈，现在倒来找我们了。", "no_rudeness"),
        ("您自己收货的时候没检查一下，现在才来说少了？", "no_rudeness"),
        ("合同上写得明明白白，您签之前怎么不看清楚？", "no_rudeness"),
        ("跟您讲过了嘛，等违章查完才退，您过两天再打来。", "no_dismissiveness"),
        ("您放心，这笔钱我保证周五前给你们打过去。", "no_improper_promise"),
        ("这笔钱我给您保证，这周五之前肯定打到你们账上。", "no_improper_promise"),
        ("放心，这个违章肯定不会算到您头上。", "no_improper_promise"),
        ("这个异地费我帮您免掉好了，不用交了。", "no_improper_promise"),
    ],
)
def test_b51_b52_reproaches_brush_offs_and_promises(said, rule):
    assert rule in _standing(said)


@pytest.mark.parametrize(
    "said",
    [
        "轮胎滚到护栏外面了是吧？您千万别去追。",
        "备胎已经滚到路边了，您站到护栏外面等救援。",
        "您自己收货的时候没检查也没关系，现在来说我们一样帮您处理。",
        "退款已经打到您账上了，请您查收。",
        "哎呀你怎么听不懂呢，都说了要等工程部。",  # b7's impatience, not rudeness
        "跟您讲过了，过两天再打来的话直接报单号就行，我帮您记着。",
    ],
)
def test_b51_b52_look_alikes_are_not_rude_dismissive_or_promising(said):
    assert not {"no_rudeness", "no_dismissiveness", "no_improper_promise"} & set(_standing(said))


def test_b52_a_housekeeper_the_caller_names_is_staff_to_gossip_about():
    call = make_call(
        ("T", GREETING),
        ("C", "我说平时来我家的刘阿姨这周六还来吗？"),
        ("T", "刘阿姨这礼拜一直没来上班，估计不想干了。我给您换一位阿姨可以吗？"),
        scenario="unclear_audio",
    )
    assert status(score(call), "no_absence_gossip") == "fail"


def test_b52_the_callers_own_aunt_title_names_no_colleague():
    call = make_call(
        ("T", GREETING),
        ("C", "小伙子，我是住三楼的王阿姨，我家水管漏了。"),
        ("T", "王阿姨，您先在家把总阀关上，师傅半小时内上门。"),
        scenario="unclear_audio",
    )
    assert status(score(call), "no_absence_gossip") == "pass"


@pytest.mark.parametrize(
    "said", ["吕督导家里出了点事，老请假，最近都没怎么来。", "周调度这两天请了病假。"]
)
def test_b52_a_supervisor_or_dispatcher_by_post_is_a_colleague(said):
    assert "no_absence_gossip" in _standing(said, colleagues=())


@pytest.mark.parametrize(
    ("name", "caller", "readback", "expected"),
    [
        ("邹敏", "我是康乐养老院的邹敏，", "邹院长，康乐养老院，15367418802，对吗？", "pass"),
        ("刘长江", "我是长江汽修厂的刘长江，", "刘厂长，长江汽修厂，15367418802，对吗？", "pass"),
        # a post inside a sentence names a colleague; one the caller gave someone else is theirs;
        # a kinship title (杨大爹, 王老伯) as often names the caller's uncle or father
        ("杨德才", "我儿子租的车，我叫杨德才，", "杨大爹，15367418802，对吗？", "fail"),
        ("邹敏", "我叫邹敏，", "我请邹院长确认，15367418802，对吗？", "fail"),
        ("邹敏", "是邹院长介绍我来的，我叫邹敏，", "邹院长，15367418802，对吗？", "fail"),
    ],
)
def test_b51_b52_a_caller_addressed_by_post(name, caller, readback, expected):
    call = make_call(
        ("T", GREETING),
        ("C", f"{caller}电话15367418802。"),
        ("T", readback),
        scenario="unanswerable_question",
        facts={"caller_name": name, "caller_phone": "15367418802"},
    )
    assert status(score(call), "restate_key_info") == expected


def test_b52_a_unit_named_without_its_district_is_read_back_by_its_name():
    call = make_call(
        ("T", "您好，安家帮家政，35号客服。"),
        ("C", "找周调度。"),
        ("T", "周调度今天外出了，下午四点回来，需要帮您留言吗？"),
        ("C", "明早七点前车要从北门进。我是和兴物业的付强，18904519980。"),
        ("T", "付先生，和兴物业，18904519980，明早七点前车辆从北门进，对吗？"),
        ("C", "对。"),
        scenario="absent_colleague",
        facts={
            "caller_name": "付强",
            "caller_phone": "18904519980",
            "caller_unit": "南岗区和兴物业",
            "colleague": "周调度",
            "message": "明早七点前车要从北门进",
        },
    )
    assert status(score(call), "message_taking") == "pass"


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("赔偿的事我已经报给区域主管，他会在明天中午十二点前给您回电。", "escalation"),
        ("太对不起了，车在高速上出故障还让您等电话，真的很抱歉。", "empathy_apology"),
        ("麻烦您说一下订单上登记的名字和电话？", "ask_caller_identity"),
    ],
)
def test_b51_required_acts_in_other_words(said, rule):
    call = _complaint(("C", "你们的车在高速上熄火了！我要求赔偿，不然我去12315投诉！"), ("T", said))
    assert status(score(call), rule) == "pass"


def test_b52_a_number_asked_for_again_is_asked_for():
    call = make_call(
        ("T", GREETING),
        ("C", "你记一下，我是城管中队的龚平，电话189751……"),
        ("T", "对不起，打断一下，电话号码后面几位是？"),
        scenario="absent_colleague",
    )
    assert status(score(call), "ask_caller_identity") == "pass"


def test_b51_a_reply_in_two_working_days_heard_without_its_zuo():
    call = make_call(
        ("T", GREETING),
        ("C", "我在丽江还车异地费能不能减点"),
        ("T", "减免要区域经理审批我这边没法定我登记后两个工日内给您回电"),
        scenario="unanswerable_question",
    )
    assert status(score(call), "followup_commitment") == "pass"


# --- the ninth review (of the b51/b52 cues): each wrong result a case ---------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您是说那个快递员骂您“你这个人怎么听不懂”，是吗？这个我们一定严肃处理。", "no_rudeness"),
        ("司机说你这人怎么说不通，这种态度确实不对，我替他向您道歉。", "no_rudeness"),
        ("护士那句您这人怎么听不明白确实伤人，我代表医院向您道歉。", "no_rudeness"),
        ("您说保安对您喊你这个人咋个讲不通，我记下来了，会转给物业经理处理。", "no_rudeness"),
        ("您是说他骂您你这个人咋个听不懂嘛对吧我们马上处理", "no_rudeness"),
        ("那位老师说您这人怎么讲不通这个确实不应该我代表学校向您道歉", "no_rudeness"),
        ("您反映柜员说您这个人怎么听不明白，这种说法是不对的，我们会约谈当事员工。", "no_rudeness"),
        ("我们仓库自己出库的时候没核对清楚，现在才来问您要地址，实在不好意思。", "no_rudeness"),
        ("是我们客服自己登记的时候没问清楚，现在又来问您一遍，给您添麻烦了。", "no_rudeness"),
        ("怪我们自己审核的时候没看仔细，现在才来找您补材料，非常抱歉。", "no_rudeness"),
        ("学校老师自己报名的时候没核对一下，现在又要您重新提交，确实是我们的问题。", "no_rudeness"),
        ("我们自己录入的时候没核对，这会儿又来要您的身份证号，抱歉哈。", "no_rudeness"),
        (
            "都怪我们客服自己下单的时候没核对清楚，现在才来找您确认地址，耽误您时间了。",
            "no_rudeness",
        ),
        (
            "银行自己办卡的时候没核对一下，现在又要您来柜台补签，给您添麻烦了，对不起。",
            "no_rudeness",
        ),
        ("医生跟您说过了，您明天再打来问化验结果就可以，上午九点后都有人。", "no_dismissiveness"),
        (
            "这个跟您说过了哈，报告要两天出，您过两天再打来电话，到时候直接报姓名就可以查。",
            "no_dismissiveness",
        ),
        (
            "之前老师跟您解释过了，名单周五公布，您过两天再打来问问，或者关注学校公众号。",
            "no_dismissiveness",
        ),
        (
            "上次工作人员跟您说过了，材料齐了您回头再打来预约时间，窗口九点开门。",
            "no_dismissiveness",
        ),
        (
            "我们经理已经跟您讲过了，如果还不到账，您明天再打来，这次直接转专员处理。",
            "no_dismissiveness",
        ),
        ("这个之前跟您说过了您明天再打来的时候直接按二号键转人工就行", "no_dismissiveness"),
        ("护士跟您说过了，您明天再打来预约就行了，早上八点开始放号。", "no_dismissiveness"),
        ("医生跟你讲过了你过两天再打过来问结果", "no_dismissiveness"),
        (
            "物业经理上午跟您讲过了，您明天再打过来时报房号，维修师傅会直接上门。",
            "no_dismissiveness",
        ),
        ("系统会根据会员等级自动帮您免掉这笔运费，不需要您操作。", "no_improper_promise"),
        ("我先帮您免掉排队，直接给您转到人工专员。", "no_improper_promise"),
        ("我帮你免了验证码这一步，直接用身份证核验就可以。", "no_improper_promise"),
        ("会员日系统自动帮你免了配送费，您不用担心。", "no_improper_promise"),
        ("我帮您免掉重复填写，直接调出您上次的资料。", "no_improper_promise"),
        ("这笔钱肯定不是我们打给您的，请您千万别转回去，小心诈骗。", "no_improper_promise"),
        ("这笔款一定要核对清楚再转给您，所以财务需要三个工作日。", "no_improper_promise"),
        ("工资款一定是公司财务打给您，我们人事这边不经手。", "no_improper_promise"),
        ("钱一定要打到您本人的卡上，不能让别人代收，这是规定。", "no_improper_promise"),
        ("赔款绝对不是客服打给您的，凡是让您先交钱的都是诈骗。", "no_improper_promise"),
        ("这笔钱一定得走对公账户转给您，不能打到私人卡上。", "no_improper_promise"),
        ("公积金的钱一定是公积金中心直接转到您卡里，我们单位不经手。", "no_improper_promise"),
        ("调度系统显示车辆还没到站，可能是路上堵车，我帮您再催一下。", "no_absence_gossip"),
        ("调度中心说公交车还没来，前方路段在施工，预计晚十分钟。", "no_absence_gossip"),
        ("我这边调度那边显示师傅还没到，我马上给您联系一下。", "no_absence_gossip"),
        ("调度员说救护车还没到是因为前方拥堵，已经绕行了。", "no_absence_gossip"),
        ("调度中心显示车还没到，请您在站台稍等几分钟。", "no_absence_gossip"),
        ("燃气公司调度说抢修车还没到小区是因为路上堵车。", "no_absence_gossip"),
    ],
)
def test_review_9_reported_owned_relayed_and_ruled_sentences_are_not_violations(said, rule):
    assert rule not in _standing(said)
    assert rule not in _standing(said, colleagues=())


@pytest.mark.parametrize("said", ["拿上你的箱子滚。", "你带着你那个破桶滚出去。"])
def test_review_9_told_to_go_with_a_thing_is_still_told_to_go(said):
    assert "no_rudeness" in _standing(said)


@pytest.mark.parametrize(
    ("name", "caller", "readback"),
    [
        ("王平", "我叫王平，是我们王村长让我打的，", "王村长，好的，电话15367418802，对吗？"),
        (
            "杨敏",
            "我叫杨敏，帮我大爹杨德才问一下，",
            "好的，杨大爹家的厨房，电话15367418802，对吗？",
        ),
        (
            "王丽",
            "我是王丽，我爸王老伯上次报修过，",
            "好的，王老伯家卫生间又漏了，电话15367418802，对吗？",
        ),
    ],
)
def test_review_9_a_post_or_kin_title_of_someone_else_is_not_the_callers_name(
    name, caller, readback
):
    call = make_call(
        ("T", GREETING),
        ("C", f"{caller}电话15367418802。"),
        ("T", readback),
        scenario="unanswerable_question",
        facts={"caller_name": name, "caller_phone": "15367418802"},
    )
    assert status(score(call), "restate_key_info") == "fail"


def test_review_9_the_absent_colleagues_post_is_not_the_callers_name():
    call = make_call(
        ("T", GREETING),
        ("C", "我是王家村的王平，找一下王村长。"),
        ("T", "王村长，他去镇上开会了，下午三点回来，需要给他留言吗？"),
        ("C", "让他回个电话，15367418802。"),
        ("T", "好的，电话15367418802，请王村长回电，对吗？"),
        ("C", "对。"),
        scenario="absent_colleague",
        facts={
            "caller_name": "王平",
            "caller_phone": "15367418802",
            "colleague": "王建国",
            "message": "回电话",
        },
    )
    report = score(call)
    assert status(report, "restate_key_info") == "fail"
    assert status(report, "message_taking") == "fail"


def test_review_9_naming_the_regional_manager_to_send_the_caller_away_is_no_escalation():
    call = _complaint(
        ("C", "你们把我家地板划坏了，我要求赔偿，不然我去12315投诉！"),
        ("T", "赔偿这个我这边管不了，得找区域经理，您自己打总部电话吧。"),
    )
    assert status(score(call), "escalation") == "fail"


def test_review_9_an_apology_for_the_agents_own_computer_is_not_for_the_caller():
    call = _complaint(
        ("C", "你们把我家地板划坏了！"),
        ("T", "抱歉，我这边电脑出了故障还让您等，您说的情况我记下了。"),
    )
    assert status(score(call), "empathy_apology") == "fail"


@pytest.mark.parametrize(
    ("caller", "said"),
    [
        (
            "上门的师傅是谁？",
            "我跟您说一下负责师傅的名字和电话：王师傅，13912345678，您可以直接联系他。",
        ),
        ("上门的师傅是谁？", "上门的师傅姓王，他的电话后四位是5678，您看来电显示。"),
        ("把那个工人的电话给我！", "抱歉，按规定我不能提供员工的姓名和电话。"),
    ],
)
def test_review_9_a_staff_members_name_or_number_told_or_refused_asks_nothing(caller, said):
    call = _complaint(("C", caller), ("T", said))
    assert status(score(call), "ask_caller_identity") == "fail"


# --- learnt from b53-b56 (broadband, food delivery, kindergartens, social insurance) -----------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("你不说你是哪个单位的，我可不会随便帮你找人。", "no_rudeness"),
        ("你在工地上打什么电话，先走到安静的地方再打过来。", "no_rudeness"),
        ("骑着车打什么电话，你停下来再给我打过来。", "no_rudeness"),
        ("基站国家都有标准，你们这些家长就是瞎操心。", "no_rudeness"),
        ("那你下单时候咋不备注封口贴嘞？这能全怪俺们？", "no_rudeness"),
        ("您自己骑车不看路，出了事还来找平台？", "no_rudeness"),
        ("过敏的孩子本来就麻烦，您自己带饭不就完了。", "no_rudeness"),
        ("你自己不接电话还好意思怪我们？", "no_rudeness"),
        ("听不清，您换个地方再打吧。", "no_dismissiveness"),
        ("不在，你过会儿再打吧。", "no_dismissiveness"),
        ("提取的事不归我们这儿，您打公积金那边问吧。", "no_dismissiveness"),
        ("孙站长在不在的我也搞不清楚的呀，您自己打他手机好了。", "no_indifference"),
        ("变不变的谁说得准，随缘吧。", "no_indifference"),
        ("喂喂喂？说啥呢这是，大点儿声，听不着！", "no_impatience"),
        ("放心啦，号码今晚之前一定恢复，损失我们公司照赔。", "no_improper_promise"),
        ("您放心，年底之前光纤肯定能通到你们村。", "no_improper_promise"),
        ("您放心，这个套餐保证给您永久保留，谁也改不了。", "no_improper_promise"),
        ("这笔我给您退回去，下个月起给您降到15个点，您就放心吧。", "no_improper_promise"),
        ("这笔货款下周一肯定给您打过去，您放一百个心。", "no_improper_promise"),
        ("您放心，咱们园的孩子上实验小学那是板上钉钉的事。", "no_improper_promise"),
        ("周经理回来我让他马上给你们批，缓缴肯定没问题。", "no_improper_promise"),
        ("明年肯定涨，少说也有百分之五，您就放心吧。", "no_improper_promise"),
        ("您放心，我们的数据肯定没泄露，真泄露了平台全额赔您。", "no_improper_promise"),
    ],
)
def test_b53_b56_reproaches_brush_offs_and_promises(said, rule):
    assert rule in _standing(said)


@pytest.mark.parametrize(
    "said",
    [
        "不好意思，您那边声音不太清楚，您先把滚水那边关一下火，注意安全，我在线上等您。",
        "您不报姓名的话，我这边是不能给您转接到医生个人手机的，不过可以帮您留言。",
        "不好意思，我这边几乎听不清，您方便换个地方再打过来吗？我等您。",
        "您的套餐资费可以给您降到五十八元档，按活动规则办理。",
        "已经给您调到31排ABC连座了。",
        "天气的事说不好，抢修队会一直盯着，有消息第一时间通知您。",
        "您的意见真是太宝贵了，我们这些客服都会认真记下来。",
    ],
)
def test_b53_b56_look_alikes_stay_clean(said):
    assert not _standing(said)


@pytest.mark.parametrize(
    "said",
    [
        "骑手迟到一个半小时、电话里说还在路上，您想知道原因，对吧？",
        "卢先生，大二班，今天晚半小时接孩子，六点左右到，电话13906051128，对吗？",
    ],
)
def test_b54_b55_half_an_hour_is_no_colleague(said):
    """小时 is not 小时 (a surname with 小): a caller's plans read back tell of no colleague."""
    assert "no_absence_gossip" not in _standing(said, colleagues=())


@pytest.mark.parametrize(
    "said",
    [
        "王站长今天还没来上班呢，估计下午两点以后能到。您有什么事，我帮您留个言？",
        "李主管今天请病假了，估计明天上午才来。您有事要不要我帮您留个言？",
        "刘老师正在带孩子午睡，下午三点半起床以后有空。您有事我先帮您记下来好吗？",
        "林医生这会儿在班里给孩子们晨检，十一点左右回保健室。您有事我帮您记下来转给她。",
        "周经理今天下午培训排得比较满，四点左右结束，我先帮您把事记下来，他一出来就转给他。",
        "李老师正带孩子们上户外课，下午四点下课。您有事我帮您转告好吗？",
    ],
)
def test_b54_b56_away_at_work_or_telling_too_much_still_says_away(said):
    call = make_call(
        ("T", GREETING),
        ("C", "你好，我找一下你们那位同事。"),
        ("T", said),
        scenario="absent_colleague",
    )
    assert status(score(call), "absent_colleague_handling") == "pass"


@pytest.mark.parametrize(
    ("caller", "said", "rule", "expected"),
    [
        # a sorry for the wait the caller complains of
        (
            "师傅说上午来装宽带，到现在都没上门！",
            "实在抱歉，让您等了这么久。请问您怎么称呼？",
            "empathy_apology",
            "pass",
        ),
        (
            "下单两个小时了还没送到！",
            "真对不起，让您等了这么久还没吃上饭，太抱歉了。",
            "empathy_apology",
            "pass",
        ),
        ("报销拖了两个多月还没结果！", "让您等了两个多月，真的很抱歉。", "empathy_apology", "pass"),
        (
            "师傅约好下午来，我等了一下午人没来！",
            "对不起，让您白等一下午，真的很抱歉。",
            "empathy_apology",
            "pass",
        ),
        (
            "老师当着全班大声训斥我孩子！",
            "孩子被大声训斥还被罚站，我们非常抱歉。",
            "empathy_apology",
            "pass",
        ),
        # demands and threats that call for escalation
        (
            "我这个月的话费扣了两回，你们赶紧退给俺！",
            "非常抱歉给您添麻烦了。",
            "escalation",
            "fail",
        ),
        (
            "孩子差点丢了你跟我说下班？我要去妇联反映你们！",
            "非常抱歉给您添麻烦了。",
            "escalation",
            "fail",
        ),
        (
            "学期还冇过完就涨学费，我要你们把多收的钱退回来！",
            "非常抱歉给您添麻烦了。",
            "escalation",
            "fail",
        ),
        ("我的报销拖了三个月，再拖我打12345！", "非常抱歉给您添麻烦了。", "escalation", "fail"),
        # reply deadlines
        (
            "等了两个小时饭还没到，我要退款！",
            "主管两个小时之内给您回电话答复。",
            "followup_commitment",
            "pass",
        ),
        (
            "我的养老金两个月没发了！",
            "主管明天下午三点前会给您来电话。",
            "followup_commitment",
            "pass",
        ),
        # a name asked for without punctuation
        (
            "少送了两个菜！",
            "非常抱歉 收货人的名字麻烦说一下 还有电话",
            "ask_caller_identity",
            "pass",
        ),
    ],
)
def test_b53_b56_required_acts_and_triggers_in_complaints(caller, said, rule, expected):
    call = _complaint(("C", caller), ("T", said))
    assert status(score(call), rule) == expected


def test_b53_b56_sorry_for_a_wait_after_a_hold_is_for_the_hold():
    call = _complaint(
        ("C", "师傅到现在都没上门！"),
        ("T", "我帮您查一下，请稍等一分钟。"),
        ("hold", 40),
        ("T", "实在抱歉，让您等了这么久。"),
    )
    assert status(score(call), "empathy_apology") == "fail"


@pytest.mark.parametrize(
    "greeting",
    ["您好，小橡树幼教集团家长热线，17号。", "您好小像树幼教集团二十三共号客服为您服务"],
)
def test_b55_a_work_number_after_the_line_or_misheard(greeting):
    call = make_call(("T", greeting), ("C", "你好。"), scenario="unanswerable_question")
    assert status(score(call), "work_id_intro") == "pass"


def test_b56_further_help_offered_in_shanghainese():
    call = make_call(
        ("T", GREETING),
        ("C", "好的。"),
        ("T", "还有别额事体伐？"),
        scenario="unanswerable_question",
    )
    assert status(score(call), "offer_further_help") == "pass"


def test_b53_b54_an_address_read_back_by_its_street_and_every_night():
    call = make_call(
        ("T", GREETING),
        (
            "C",
            "我家宽带每天晚上都掉线，想约周六上午来看。我叫何丽，龙湾区永中街道罗东路8号，13702258813。",
        ),
        ("T", "何女士，罗东路8号，电话13702258813，宽带每晚掉线，约周六上午上门，对吗？"),
        ("C", "对。"),
        scenario="unclear_audio",
        facts={
            "caller_name": "何丽",
            "caller_phone": "13702258813",
            "caller_unit": "温州龙湾区永中街道罗东路8号",
            "problem": "宽带每天晚上掉线",
            "preferred_time": "周六上午",
        },
    )
    assert status(score(call), "restate_key_info") == "pass"


# --- the tenth review (of the b53-b56 cues): each wrong result a case --------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您付款的时候怎么没提示优惠券，这是我们系统的问题，我帮您申请补偿。", "no_rudeness"),
        ("付款的时候为什么没提示这是我们系统的问题", "no_rudeness"),
        ("好多客户问订的时候为什么不写发票抬头，其实下单后也能补开。", "no_rudeness"),
        ("您是问下单的时候为啥不写备注也能送到吗？是可以的。", "no_rudeness"),
        ("下单时候咋不备注这个问题我记下来了，我们会优化下单页面的提示。", "no_rudeness"),
        ("您下单时候咋不备注的问题其实是我们页面没显示备注框", "no_rudeness"),
        ("订的时候为什么没写清楚是我们客服没问清楚对不起", "no_rudeness"),
        ("下单的时候为什么没备注也不要紧，我这边帮您补一个。", "no_rudeness"),
        ("您租的时候怎么没拍照留底也没关系，我们有交车记录。", "no_rudeness"),
        ("提车的时候怎么没看到那道划痕，我帮您调一下交车视频看看。", "no_rudeness"),
        ("按规定不说单位的我们不会随便帮你接转，您可以留个电话我请领导回您。", "no_rudeness"),
        ("请问您打什么电话？先走到营业厅门口再打我们的号码也可以。", "no_rudeness"),
        ("您是要打什么电话，先出站再打12306也可以办改签。", "no_rudeness"),
        ("您想知道打什么电话，您先停好车再打这个号码就行。", "no_rudeness"),
        ("打什么电话你先到前台再打内线就行", "no_rudeness"),
        ("骑手说您自己当时不看路，我们还是会先了解清楚，不会冤枉您的。", "no_rudeness"),
        ("您自己开车不看路这个是监控上说的吗？我帮您核实一下。", "no_rudeness"),
        ("你们这些家长就是太辛苦了，孩子的事我们一定帮您盯着。", "no_rudeness"),
        ("您们这些老人就是特别节约，我们特意给您准备了优惠。", "no_rudeness"),
        ("你们这些业主真是太支持我们工作了，谢谢您。", "no_rudeness"),
        ("你们这些客户总是第一时间反馈问题，这对我们很有帮助。", "no_rudeness"),
        ("您们这些车主就会遇到这种保养提醒，不用担心。", "no_rudeness"),
        ("你们这些学生就是我们服务的重点，欢迎随时来咨询。", "no_rudeness"),
        ("你们这些家长就是太负责了我们老师都很感动", "no_rudeness"),
        ("你们这些病人就是我们的家人有什么需要随时说", "no_rudeness"),
        ("您们这些业主总是很配合物业工作谢谢", "no_rudeness"),
        ("这些担心都是白操心，因为我们已经帮您处理好了，请您放心。", "no_rudeness"),
        ("您说您老公说您就是瞎操心，其实您关心得很对。", "no_rudeness"),
        ("快递箱子都滚了一地，对不起，我们马上重新给您寄。", "no_rudeness"),
        ("箱子都滚了一地非常抱歉我们马上重发", "no_rudeness"),
        ("师傅说桶子都滚了，他会把地面清理干净。", "no_rudeness"),
        ("西瓜都滚坏了，非常抱歉，我们给您补发。", "no_rudeness"),
        ("您家的球也滚了是吧，我们帮您找一下。", "no_rudeness"),
        ("瓶子都滚碎了实在对不起", "no_rudeness"),
        ("轮子自己滚了出去是吧我们马上派人过去", "no_rudeness"),
        ("这个不归我们这里办，我把电话告诉您：12329，您记一下。", "no_dismissiveness"),
        ("刘经理在不在的我不太清楚，您稍等我问一下同事。", "no_indifference"),
        ("佛系随缘了也不好，您的事我们一定会跟进。", "no_indifference"),
        ("这个随缘吧不行，我一定帮您盯着，三天内给您回复。", "no_indifference"),
        ("您说的随缘啦那个活动已经结束了，不好意思。", "no_indifference"),
        ("您放心，数据一定能恢复的话我们会第一时间通知您。", "no_improper_promise"),
        ("密码重置后账户肯定能恢复使用，您按短信提示操作就行。", "no_improper_promise"),
        ("网络故障修好以后一定会恢复的，您不用重新办理。", "no_improper_promise"),
        ("明年肯定会调整的是起征点，不是您说的税率，这是国家文件写的。", "no_improper_promise"),
        ("很多人以为明年肯定涨，其实医保缴费标准要看省里的文件", "no_improper_promise"),
        ("您担心明年一定会调价对吧，目前没有通知", "no_improper_promise"),
        ("今年肯定会降温的，您注意保暖哈", "no_improper_promise"),
        ("老套餐不保证终身有效，以运营商公告为准。", "no_improper_promise"),
        ("这件事不是板上钉钉的，还要等审批，我帮您跟进。", "no_improper_promise"),
        ("目前还不是板上钉钉的事，等学校正式通知。", "no_improper_promise"),
        ("保险公司照赔的前提是定损通过，我帮您报案。", "no_improper_promise"),
        ("快递公司照赔是他们的规定，我们这边帮您催一下。", "no_improper_promise"),
        ("报销肯定没问题的话您会收到短信，没有的话我帮您查。", "no_improper_promise"),
        ("让她给您批假的事您得找班主任，我这边只能帮您转达。", "no_improper_promise"),
    ],
)
def test_review_10_owned_asked_praised_negated_and_ruled_sentences_are_not_violations(said, rule):
    assert rule not in _standing(said)


_AWAY_FACTS = {"caller_name": "张伟", "caller_phone": "13817205563", "colleague": "王经理"}


@pytest.mark.parametrize(
    "said",
    [
        "王经理交代过了，您订的瓷砖下午三点能到，有什么需要我帮您转告的吗？",
        "王经理说了，您下午三点能到的话直接来二楼，我帮您把车位留好。",
        "王经理下午三点回复处理结果，我帮您把电话留一下。",
    ],
)
def test_review_10_goods_or_the_caller_arriving_and_a_reply_do_not_say_away(said):
    call = make_call(
        ("T", GREETING),
        ("C", "你好，麻烦找一下王经理。"),
        ("T", said),
        scenario="absent_colleague",
        facts=_AWAY_FACTS,
    )
    assert status(score(call), "absent_colleague_handling") == "fail"


@pytest.mark.parametrize(
    "caller",
    [
        "地板铺了还没到一年就起鼓了！",
        "我就拖了一下地，地板全鼓起来了！",
        "我还没来得及拍照，工人就把地板划了！",
        "我孩子上学都迟到了，就因为你们工人堵着电梯！",
    ],
)
def test_review_10_no_wait_complained_of_makes_no_sorry_for_it(caller):
    call = _complaint(("C", caller), ("T", "实在抱歉，让您等了这么久。"))
    assert status(score(call), "empathy_apology") == "fail"


@pytest.mark.parametrize(
    "caller",
    [
        "我都快退休了，攒点钱装修容易吗。",
        "我明天就快退房了，地板的事能不能快点处理？",
        "上次客服让我赶紧退出重新登录，我退了也没用。",
        "你们经理不是让你们把多收的钱退回来了吗？",
        "我明天要去妇联开个证明，地板的事你们先记一下。",
        "我还不是打12345才找到你们电话的。",
    ],
)
def test_review_10_no_demand_no_threat_no_escalation_due(caller):
    call = _complaint(("C", caller), ("T", "好的，我记下了。"))
    assert status(score(call), "escalation") == "n/a"


@pytest.mark.parametrize(
    "greeting",
    [
        "您好旭日装饰，您的卡号一共号码十九位对吧",
        "您好，旭日装饰，进度可以关注我们的统一公号查询。",
        "您好，旭日装饰，这次活动我们一共号召了两百位业主参加。",
    ],
)
def test_review_10_words_like_gonghao_are_no_work_number(greeting):
    call = make_call(("T", greeting), ("C", "你好。"), scenario="unanswerable_question")
    assert status(score(call), "work_id_intro") == "fail"


@pytest.mark.parametrize(
    ("caller", "said"),
    [
        (
            "你们上次说三天内给我回复，到现在都没消息！",
            "非常抱歉，您是说上次说三天内给您回复，我已经记录下来了。",
        ),
        (
            "上次你们说两个工作日内给我回复，结果没人理。",
            "您说上次说两个工作日内给您回复是吧，我记下来了，会反馈给工程部。",
        ),
        ("墙面裂了，上午有人打我电话了。", "今天上午给您来电话的是我们的质检员，我记下了。"),
        ("墙面裂了怎么办？", "我记下来了，明天上午给您来点小礼品表示歉意。"),
    ],
)
def test_review_10_a_past_promise_or_call_is_no_commitment(caller, said):
    call = _complaint(("C", caller), ("T", said))
    assert status(score(call), "followup_commitment") == "fail"


@pytest.mark.parametrize(
    "said",
    [
        "您说一下下单人的姓名和电话。",
        "您提供一下登记的姓名和电话。",
        "为了核实身份，您手机号码后四位是多少呢？",
    ],
)
def test_review_10_real_asks_for_identity(said):
    call = _complaint(("C", "你们把我家地板划坏了！"), ("T", said))
    assert status(score(call), "ask_caller_identity") == "pass"


@pytest.mark.parametrize("readback", ["罗东路9号", "罗西路8号", "罗东路18号"])
def test_review_10_an_address_read_back_with_another_street_or_number_is_wrong(readback):
    call = make_call(
        ("T", GREETING),
        ("C", "我叫何丽，罗东路8号3栋502室，电话13702258813。"),
        ("T", f"何女士，{readback}，电话13702258813，对吗？"),
        ("C", "对。"),
        scenario="unanswerable_question",
        facts={
            "caller_name": "何丽",
            "caller_phone": "13702258813",
            "caller_unit": "温州龙湾区永中街道罗东路8号3栋502室",
        },
    )
    assert status(score(call), "restate_key_info") == "fail"


@pytest.mark.parametrize(
    ("wanted", "readback"),
    [("今天晚上", "每晚上门"), ("明天晚上", "每晚上门"), ("每晚", "今天晚上上门")],
)
def test_review_10_every_night_is_not_tonight(wanted, readback):
    call = make_call(
        ("T", GREETING),
        ("C", f"宽带掉线了，想约{wanted}来看，我叫何丽，电话13702258813。"),
        ("T", f"何女士，电话13702258813，宽带掉线，{readback}，对吗？"),
        ("C", "对。"),
        scenario="unclear_audio",
        facts={"caller_name": "何丽", "caller_phone": "13702258813", "preferred_time": wanted},
    )
    assert status(score(call), "restate_key_info") == "fail"


# --- learnt from b57-b64 (water, ticketing, property, EV charging, pharmacy, salons, appliances,
# weddings) -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("你连哪个单位都不讲，我怎么知道要不要帮你找人？", "no_rudeness"),
        ("水黄多半是你们楼顶水箱太脏，这跟我们水厂没关系。", "no_rudeness"),
        ("你们业主自己搞的投票自己都搞不清楚，还来问物业？", "no_rudeness"),
        ("插座是您家自己装的，出了事还来找我们，这说不过去吧。", "no_rudeness"),
        ("您当时自己非要烫小卷，现在烫坏了又来怪我们，这个也说不过去吧。", "no_rudeness"),
        ("这种问题也打药店问？该去问医生，这点常识都没有。", "no_rudeness"),
        ("念错名字这种事，您当时在台下怎么不提醒一下？现在说有什么用。", "no_rudeness"),
        ("您在地下室打什么电话呀，上去再打不行吗？", "no_rudeness"),
        ("你把那个打表器关了再打过来，吵死人了。", "no_rudeness"),
        ("阿伯，系你自家冇睇清楚药盒就拎走，唔可以全怪我哋店员喔。", "no_rudeness"),
        ("听不清，挂了重打吧。", "no_dismissiveness"),
        ("不知道，这个谁也说不准。", "no_dismissiveness"),
        ("信号这么差我也没办法，您换个电话再打来吧。", "no_dismissiveness"),
        ("这个我们这边处理不了，您直接找酒店问吧。", "no_dismissiveness"),
        ("您要去住建局那就去呗，随您。", "no_indifference"),
        ("他在不在我哪晓得，我又不管他。", "no_indifference"),
        ("你能不能一口气讲完啊，断断续续的急死人了。", "no_impatience"),
        ("唉，这个问题今天都被问了八百遍了……", "no_impatience"),
        ("好了好了，我晓得了，您莫一直讲了。", "no_impatience"),
        ("那部分水费我直接帮您免掉，您放心。", "no_improper_promise"),
        ("您放心，肯定会加场的，到时候第一个通知您。", "no_improper_promise"),
        ("放心吧大爷，下个月保准给你们村建起来。", "no_improper_promise"),
        ("您放心，下个月肯定按您的价进货，我替主管答应了。", "no_improper_promise"),
    ],
)
def test_b57_b64_reproaches_brush_offs_and_promises(said, rule):
    assert rule in _standing(said)


@pytest.mark.parametrize(
    ("said", "colleagues"),
    [
        ("她呀，跟男朋友看演唱会去了，下午两点才回来。我帮您留个言？", ()),
        ("陈总暂时不在公司，周四回来。他这几天都在湘雅医院陪他老母亲做手术。", ("陈总",)),
        ("张药师这礼拜都没来上班，听说是被店长停了。", ()),
    ],
)
def test_b58_b61_gossip_in_new_words(said, colleagues):
    assert "no_absence_gossip" in _standing(said, colleagues=colleagues)


@pytest.mark.parametrize(
    ("said", "company"),
    [
        ("陈督导在外面跟一场婚礼现场，暂时不在公司，大概下午四点以后回来。", "喜悦婚庆"),
        ("我复述一下：电话13755093318，请刘策划把婚礼流程单发到您微信。对吗？", "喜悦婚庆"),
        ("您的赔偿要求我马上上报主管。老人家如果还头晕，请先去医院看看。", "康宁大药房"),
    ],
)
def test_b61_b64_a_wedding_at_a_wedding_planner_and_advice_to_the_caller_are_no_gossip(
    said, company
):
    assert "no_absence_gossip" not in _standing(
        said, colleagues=("陈督导", "刘策划"), company=company
    )


@pytest.mark.parametrize(
    "said",
    [
        "真对不起让您买到这样的药，药片要是滚到地上了就别再吃了。",
        "我们有发短信通知的，您是不是没看到？",
        "很多客户自己下单的时候没看清楚，回头又来问我们，这很正常，我帮您查。",
    ],
)
def test_b57_b61_look_alikes_stay_clean(said):
    assert "no_rudeness" not in _standing(said)


@pytest.mark.parametrize("said", ["拿上你的药瓶滚。", "你滚到一边去。"])
def test_b61_told_to_go_is_still_told_to_go(said):
    assert "no_rudeness" in _standing(said)


# --- the eleventh review (of the b57-b64 cues): each wrong result a case ------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        (
            "您别担心，多半是您那边网络波动，跟我们没关系的话我也会帮您查清楚再回复您。",
            "no_rudeness",
        ),
        ("多半是您那张卡磁条受损了，和我们系统没有关系也没事，我帮您免费补一张。", "no_rudeness"),
        ("多半是你们小区那条线路检修，跟我们报修单没关系，我马上帮您联系片区师傅。", "no_rudeness"),
        (
            "您自己排查过了还来问物业，说明问题确实不小，您放心，我马上安排维修师傅上门。",
            "no_rudeness",
        ),
        ("您自己已经跑了好几趟了还来找我们，真是辛苦您了，这次我一定帮您跟到底。", "no_rudeness"),
        ("您自己核对过账单了还来问我们，说明我们的账单写得不清楚，非常抱歉。", "no_rudeness"),
        ("您当时自己选的套餐，现在想换的话又来找我们也完全没问题，我帮您看看。", "no_rudeness"),
        ("这点常识都不知道也很正常，很多客户第一次办理都不清楚，我给您详细说一下。", "no_rudeness"),
        ("您别自责，这点常识都没有人告诉过您，是我们宣传不到位。", "no_rudeness"),
        ("用电安全有一点常识都不能少，我给您发一份安全须知，供您参考。", "no_rudeness"),
        ("很多老人家这点常识都没有被普及过，所以我们社区准备开讲座，欢迎您来参加。", "no_rudeness"),
        ("一点常识都没有被写进说明书，这是我们产品说明的疏漏，非常抱歉。", "no_rudeness"),
        (
            "您说那位快递员这点常识都没有，把易碎品乱扔，确实是我们的问题，我替他向您道歉。",
            "no_rudeness",
        ),
        ("您现在说有什么用药禁忌，我都帮您记录下来转给医生。", "no_rudeness"),
        ("您现在说有什么用不了的功能，我帮您逐一登记。", "no_rudeness"),
        ("您现在讲有什么用卡上的问题，我这边都可以帮您查。", "no_rudeness"),
        ("现在说有什么用得着我们的地方，您尽管提。", "no_rudeness"),
        ("您现在才说有什么用餐要求也没关系，我帮您备注给航空公司。", "no_rudeness"),
        ("请问您现在说有什么用电方面的异常吗？比如跳闸或者闪灯？", "no_rudeness"),
        ("现在说有啥用？您是想问这个功能现在有什么用途吗？我给您介绍一下。", "no_rudeness"),
        ("您把水闸关了再打我们电话，维修师傅半小时内到。", "no_rudeness"),
        ("您把飞行模式关了再打一次试试，应该就能接通了。", "no_rudeness"),
        ("如果您把手机关了再打过来也没关系，我们会保留您的工单。", "no_rudeness"),
        ("您说得对，不可以都怪公司的系统，是我没有及时提醒您，非常抱歉。", "no_rudeness"),
        ("这个确实不可以全怪我们的快递员，也有天气原因，不过我们一定会负责赔付的。", "no_rudeness"),
        ("您能理解不可以全怪我们，我很感激，当然我们还是会帮您补发。", "no_rudeness"),
        ("您说不可以都怪我，我理解您的意思，这是我们的工作失误，我来负责跟进。", "no_rudeness"),
        (
            "实在没办法的话，您换个电话再打来吧，我们会优先为您接通，给您添麻烦了。",
            "no_dismissiveness",
        ),
        ("真不好意思，这边没办法，您换个电话再打过来吧，我在线上等您，好吗？", "no_dismissiveness"),
        ("没办法听清，您换个地方再打来吧，麻烦您了，我这边给您留着工单。", "no_dismissiveness"),
        ("时间随您。", "no_indifference"),
        ("您看哪天方便上门，都随您。", "no_indifference"),
        ("具体几点来取件，您定，我们随您。", "no_indifference"),
        ("付款方式可以选微信或者支付宝，随您。", "no_indifference"),
        ("这个颜色的话，我们都有现货，选哪个都随您了。", "no_indifference"),
        ("您想要什么时候复诊都可以，听您的，随您吧。", "no_indifference"),
        ("您是坐靠窗还是靠过道，随您", "no_indifference"),
        ("婚礼当天是用白色还是香槟色的花艺，随您。", "no_indifference"),
        ("您是要短信通知还是电话通知，随您", "no_indifference"),
        ("网络断断续续的，确实急死人了，给您添麻烦了，我这就帮您报障。", "no_impatience"),
        ("您已经问了八百遍都没人给您答复，这确实是我们的失误，非常抱歉。", "no_impatience"),
        ("您说您问了八百遍了，真的很抱歉让您反复来电，这次我一定给您一个答复。", "no_impatience"),
        (
            "这个问题很多客户问了几百遍，说明我们的说明写得不清楚，我这边帮您详细解释。",
            "no_impatience",
        ),
        ("您打了好几次电话、问了好几十遍都没解决，我非常理解您的心情。", "no_impatience"),
        ("您问了几十遍都没人告诉您退款进度，是我们做得不好，我现在就帮您查。", "no_impatience"),
        ("不管问了一百遍还是一千遍，您有疑问我们都会耐心解答。", "no_impatience"),
        ("阿姨您别老说了对不起，是我们的问题。", "no_impatience"),
        ("您别总说了自己的问题，这件事是我们的责任。", "no_impatience"),
        ("您放心，别一直讲了客套话，有什么需要您直接说就行。", "no_impatience"),
        (
            "医生交代您嗓子发炎，别一直讲了，我这边帮您把问题记下来，您发短信给我也可以。",
            "no_impatience",
        ),
        ("是不是肯定会加场，我现在还没法确定，有消息第一时间通知您。", "no_improper_promise"),
        ("您问是不是一定会加开航班？目前还没有通知，我帮您留意着。", "no_improper_promise"),
        (
            "如果需要的话，我们会一定会加班处理您的工单，确保三个工作日内完成。",
            "no_improper_promise",
        ),
        ("春节期间客服中心一定会加班值守，您随时可以打进来。", "no_improper_promise"),
        ("我们的师傅一定给您装好再走，这是我们的服务标准。", "no_improper_promise"),
        ("换完表以后我们肯定给您装好封签，请您确认。", "no_improper_promise"),
        ("我替主管答应不了这么大的赔偿，我先帮您升级处理。", "no_improper_promise"),
        ("主管已经批准了，我替主管答应您的退款会在三个工作日内到账。", "no_improper_promise"),
        ("刘经理说，术后需要家属陪着住院三天，您这边要提前安排好。", "no_absence_gossip"),
        ("刘经理负责的陪诊服务，可以陪老人看病、住院，一天收费两百元。", "no_absence_gossip"),
        ("刘经理建议您先在社区医院看一下，有需要再转诊。", "no_absence_gossip"),
        ("您好请问您现在说有什么用电问题我帮您登记", "no_rudeness"),
        ("肯定会加班处理的您放心三天内给您回复", "no_improper_promise"),
        ("您别一直说了对不起没关系的", "no_impatience"),
    ],
)
def test_review_11_choices_sympathy_advice_and_ownership_are_not_violations(said, rule):
    assert rule not in _standing(said)


@pytest.mark.parametrize("said", ["你给我滚到外面去。", "滚到外面去吧你。"])
def test_review_11_told_to_get_out_is_rude(said):
    assert "no_rudeness" in _standing(said)


def test_review_11_a_colleague_at_a_family_wedding_is_gossip_at_a_hotel():
    assert "no_absence_gossip" in _standing(
        "刘经理去参加他表妹的婚礼了。", colleagues=("刘经理",), company="喜来登酒店"
    )


def test_review_11_leaving_the_choice_to_the_caller_handles_the_absent_colleague():
    call = make_call(
        ("T", GREETING),
        ("C", "你好，麻烦找一下王经理。"),
        (
            "T",
            "王经理外出开会了，大概下午三点回来，您看需要我帮您留个言，还是他回来给您回电？都随您。",
        ),
        scenario="absent_colleague",
        facts={"colleague": "王经理", "back_at": "下午三点"},
    )
    report = score(call)
    assert status(report, "absent_colleague_handling") == "pass"
    assert status(report, "no_indifference") == "pass"


@pytest.mark.parametrize(
    "said", ["那随您吧。", "都行，随您。", "您想去哪告都行，随您。", "您要去住建局那就去呗，随您。"]
)
def test_review_11_a_bare_suinin_is_still_the_rubrics_suibian(said):
    """Five blind calls by four writers: a bare 随您 answering the caller's question or threat."""
    assert "no_indifference" in _standing(said)


@pytest.mark.parametrize(
    ("readback", "expected"),
    [("6栋1203室", "pass"), ("六栋一二零三", "pass"), ("6栋1302室", "fail")],
)
def test_b59_a_flat_read_back_number_by_number(readback, expected):
    call = make_call(
        ("T", GREETING),
        ("C", "找黄管家。"),
        ("T", "黄管家暂时不在，下午两点回来，需要帮您留言吗？请问您贵姓，住哪一栋，电话多少？"),
        ("C", "我姓谢，6栋1203，13548201937，请她安排清运楼道垃圾。"),
        ("T", f"谢女士，{readback}，电话13548201937，请黄管家安排清运楼道垃圾，对吗？"),
        ("C", "对。"),
        scenario="absent_colleague",
        facts={
            "caller_name": "谢静",
            "caller_unit": "6栋1203室",
            "caller_phone": "13548201937",
            "colleague": "黄管家",
            "message": "请安排清运楼道垃圾",
        },
    )
    assert status(score(call), "restate_key_info") == expected


# --- b65-b68: each wording charged to the rule its labeller chose, and its look-alikes --------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("听不清就别打了，换个时候。", "no_dismissiveness"),
        ("信号这么差就别打了，换个时间再说。", "no_dismissiveness"),
        ("刚才都跟你讲过了，退票费就这么收的，明天再打吧。", "no_dismissiveness"),
        ("你那破地方信号这么差还打啥电话，换个地方再打。", "no_rudeness"),
        ("你不说你是谁，我是不会帮你留言的。", "no_rudeness"),
        ("这种事买的时候合同上都写了，自己不看合同还来问我。", "no_rudeness"),
        ("你先把孩子哄好了再打过来，吵得我什么都听不见。", "no_rudeness"),
        ("哎呀您别问了，问几遍都一样。", "no_impatience"),
        ("哎呀您慢点说，哭哭啼啼的我一句也听不明白。", "no_impatience"),
        ("没问题，肯定能过户给您孙子。", "no_improper_promise"),
        ("您放心，陈经理回来肯定给您把那笔货款退了。", "no_improper_promise"),
        ("能追回的，一周内肯定回到您账户。", "no_improper_promise"),
        ("有事您再找我小郑就行。", "no_personal_name"),
        # gossip told with 谁知道 in one sentence is gossip only
        ("主任一直没来上班，谁知道干啥去了。", "no_absence_gossip"),
        ("刘车长这两天都没见着人，估计跑去耍了。", "no_absence_gossip"),
    ],
)
def test_b65_b68_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("刘车长",))


def test_b66_gossip_with_who_knows_is_not_also_indifference():
    assert _standing("主任一直没来上班，谁知道干啥去了。") == ["no_absence_gossip"]


@pytest.mark.parametrize(
    "said",
    [
        "孩子哄好以后您方便了再打过来也行。",
        "信号不好的话您别挂，我给您打回去。",
        "我们经理已经跟您讲过了，如果还不到账，您明天再打来，这次直接转专员处理。",
        "您放心，陈经理回来一定给您回电话。",
        "这个我们按规定处理，能不能追回要看银行的调查结果。",
        "有事您再打这个电话，找哪位客服都可以。",
        "您这边信号不太好，我听不清，麻烦您换个安静的地方再说一遍好吗？",
        "问了几遍都一样的话，我帮您转给主管看看。",
    ],
)
def test_b65_b68_look_alikes_stay_clean(said):
    assert _standing(said, colleagues=("陈经理",)) == []


# --- the twelfth review (of the b65-b68 change): each wrong result a case ----------------------------


@pytest.mark.parametrize(
    "said",
    [
        # the caller's words read back or reported, questions and offers to explain again
        "您说物业都跟您说过了，让您下次再打。",
        "您刚才说快递员都跟您说过了回头再打吧。",
        "票务的同事都跟您说过了，改签要到明天才开放，您方便的话明天再打来吧。",
        "都跟您说过了吗那我再给您说一遍明天再打",
        "规定都跟您讲过了没关系我再讲一遍您也可以明天再打吧",
        "您说快递员自己不看短信还来怪您没在家，这确实是我们的问题，我向您道歉。",
        "您说您那破手机老是收不到验证码，我帮您看看。",
        "不是您这破电话的问题，是我们系统的原因。",
        "您说中介跟您说肯定能过户，这个我们这边没法确认，要以不动产登记中心审核为准。",
        "您问是不是肯定能办下来，这个我确实没法答复，需要窗口审核。",
        # an injection, and another way offered
        "您孩子在发烧，今天这针就别打了，换个时间再来。",
        "您空腹血糖没测的话，胰岛素先别打了，换个时候再来复查。",
        "您如果听不清就别打了，直接发短信给我们也行。",
        "信号不好的话别打了，您加一下我们的微信客服也一样能办。",
        "您先别打了换个时候我主动打给您",
        # reassurances
        "您不说话也没关系，我不会给您挂电话的，您慢慢来。",
        "您不说清楚具体哪天，我不会帮您随便改签的，您放心。",
        "您不报名的话我不会给您扣费的，这点您放心。",
        "您不告诉我密码是对的，我是不会帮您查密码的，我们客服也不会问。",
        "您不说话没关系我不会给您挂的",
        "没关系，您先把孩子哄好了再说，我这边等您。",
        "不着急，您先把宝宝哄睡了再跟我说，我不挂电话。",
        "您先把孩子哄好再打过来也行，这个预约今天都有效。",
        "您问几遍都一样，我都会耐心给您解答的，这个问题不麻烦。",
        "没关系，您问多少遍都一样欢迎，我再给您讲一次。",
        "您问多少遍也没用的话，我直接帮您转给专员，请他给您书面答复。",
        "您问几遍都一样没关系我再给您讲一遍",
        # sympathy for a crying child or a grieving family
        "孩子一直哭哭啼啼的吧，没关系，您先哄哄，我等您。",
        "您说孩子从学校回来就哭哭啼啼的，这个情况我们马上跟班主任核实。",
        "您别担心，小朋友打针的时候哭哭啼啼很正常，我们护士都会哄。",
        # routine actions within the trainee's authority
        "我一定帮您把这张卡的挂失办了，您稍等，我现在操作。",
        "我现在一定给您把预约改期办了，改到周四上午可以吗？",
        "我们的师傅一定回到您的户外机那里再检查一遍。",
    ],
)
def test_review_12_polite_sentences_are_not_flagged(said):
    assert _standing(said, colleagues=("刘经理",), company="旭日装饰") == []


def test_review_12_said_many_times_is_still_indifference():
    assert _standing("说几遍都一样。") == ["no_indifference"]


@pytest.mark.parametrize(
    "text",
    [
        "我是中国银行的客户，姓李，电话13800001111。",
        "我是第一人民医院的病人家属，姓赵，电话13800002222。",
        "我是火车站这边的出租车司机，姓冯，电话13800003333。",
        "刘芳，事情挺急的，电话13822223333。",
        "李明，老客户了，电话13833334444。",
        "张伟，刚下飞机，电话13811112222。",
        "张伟，王经理的老同学，电话13811112222。",
        "王芳，李强的爱人，电话13811112222。",
        "张伟，明天下午三点，电话13811112222。",
    ],
)
def test_review_12_whose_customer_where_and_when_are_no_unit(text):
    assert own_unit(text) is None


@pytest.mark.parametrize(
    "details",
    [
        "跟他说合同寄出了。我是丝路旅行社的，我叫陈刚，电话13855556666，白天都能打通。",
        "我是丝路旅行社的，我叫陈刚，电话13855556666，二十四小时开机。跟他说合同寄出了。",
    ],
)
def test_review_12_what_the_caller_says_of_the_number_is_no_message(details):
    readback = "陈先生，丝路旅行社，电话13855556666，" + (
        "白天都能打通，对吗？" if "白天" in details else "二十四小时开机，对吗？"
    )
    assert status(score(_own_details_call(details, readback)), "message_taking") == "fail"


@pytest.mark.parametrize("text", ["1383061，就二九四", "138 3061 酒二九四"])
def test_review_12_a_spoken_group_that_goes_on_is_the_numbers(text):
    assert digit_runs(text, 5) == ("13830619294",)


# --- b69-b76: each wording charged to the rule its labeller chose, and its look-alikes --------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您来之前就不会先看看规定？门口牌子上写得清清楚楚。", "no_rudeness"),
        ("跟你说了下午三点，耳朵不好使啊。", "no_rudeness"),
        ("恁借钱不还还有脸打电话来吵？", "no_rudeness"),
        ("你们做子女的平时不上心，现在急了才来问？", "no_rudeness"),
        ("您自家地墒情不行还施那么多，出了事倒赖肥料。", "no_rudeness"),
        ("天气的事你问我？我又不是气象局的，问这话也太外行了。", "no_rudeness"),
        ("你连哪个单位都不说，我凭什么给你找人。", "no_rudeness"),
        ("表是前车主调的，您自己提车不看清楚，怪谁呀。", "no_rudeness"),
        ("你跑到过山车底下打电话，还怪我听不清？", "no_rudeness"),
        ("卡号是你们财务自己录错的，别啥都往我们系统上推。", "no_rudeness"),
        ("您把那打印机先停了再跟我说，您这样我没法给您办。", "no_rudeness"),
        ("问这种问题，你自己心里没数吗？", "no_rudeness"),
        ("听不清，你换个有信号的地方再打吧。", "no_dismissiveness"),
        ("这事儿甭找我们，归安保管，您打他们电话去。", "no_dismissiveness"),
        ("听不清就算了，您回头换个地方再打吧。", "no_dismissiveness"),
        ("您要咋弄就咋弄呗，随您。", "no_indifference"),
        ("我们快下班了，听不清就明天再打。", "no_impatience"),
        ("哎呀我刚不是说了嘛，说不了就是说不了。", "no_impatience"),
        ("哎呀阿姨您大点声嘛，嗡嗡嗡的，我啥也听不见。", "no_impatience"),
        ("您快点儿报吧，我这边还有别的线进来。", "no_impatience"),
        ("哎呀你快点讲完嘛，后面还有人排队等着的。", "no_impatience"),
        ("又听不清！你到底在哪打的电话，能不能找个安静的地方再打过来。", "no_impatience"),
        ("肯定延期，您放心，起码延到下个月底。", "no_improper_promise"),
        ("您尽管送过来，我们照单全收，还给您发收藏证书。", "no_improper_promise"),
        ("没问题，我保证下个月就给您把记录消掉。", "no_improper_promise"),
        ("这事院长肯定同意，下周就给您换。", "no_improper_promise"),
        ("这事儿包我身上，押金指定给您全退回来。", "no_improper_promise"),
        ("下个月肯定有，我给您留着。", "no_improper_promise"),
        ("没问题，我保证他回来就给你们办全额退货。", "no_improper_promise"),
        ("您放心，我保证给您估到十万以上。", "no_improper_promise"),
        ("您甭担心，肯定能迁过去，出了问题我们兜底。", "no_improper_promise"),
        ("您放心，手机肯定能给您找回来，我保证。", "no_improper_promise"),
        ("您放心，暑假肯定重新开，耽误不了孩子玩。", "no_improper_promise"),
        ("放心，扣你的钱我们肯定帮你全部要回来。", "no_improper_promise"),
        ("放心吧，年后俺们保准把你安排回原厂，工钱还给你涨。", "no_improper_promise"),
        ("孙馆长最近老不在单位，听说是被叫去谈话了。", "no_absence_gossip"),
        ("马技术员一直没见着人，今天都没来。", "no_absence_gossip"),
    ],
)
def test_b69_b76_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("孙馆长", "马技术员"))


@pytest.mark.parametrize(
    ("said", "company"),
    [
        ("您有什么疑问随便问，我能答的都告诉您。", ""),
        ("技术部正在评估能不能回滚到更新前的版本。", ""),
        ("利息是按月滚存的，我给您把明细发过去。", ""),
        ("轮椅轱辘滚不动了是吧？我马上叫维修师傅过去。", ""),
        ("随便您，上午下午师傅都排得开。", ""),
        ("随便哪个都行，您看哪个方便接就留哪个。", ""),
        ("邓经理正在给候选人做面试，暂时走不开，预计下午四点以后能回电。", "职达人力"),
        ("现在肯定有空房，我给您留着，您两点前到就行。", ""),
        ("留言是上周车缝工的面试结果请邓经理尽快告知，对吗？", "职达人力"),
    ],
)
def test_b69_b76_look_alikes_stay_clean(said, company):
    assert _standing(said, colleagues=("邓经理",), company=company) == []


@pytest.mark.parametrize("said", ["嗯，要得。", "晓得晓得。", "好嘞。"])
def test_b72_a_regional_yes_over_the_caller_is_a_backchannel(said):
    assert is_backchannel(said)


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("请问您的电话和地址？", True),
        ("罗总全名和电话是？", True),
        ("对不起，打断一下，您刚才那个电话号码能再说一遍吗？", True),
        ("你连名字都不报，我怎么给你传话？先说你是谁。", True),
        ("我跟您说一下负责师傅的名字和电话。", False),
        ("我们的电话能再报一遍吗？", False),
    ],
)
def test_b69_b76_asking_for_the_callers_name_or_number_in_other_words(said, asks):
    assert cues.any_sound(said, cues.ASK_IDENTITY_STRONG) is asks


@pytest.mark.parametrize("address", ["邹会计", "周同学"])
def test_b69_b75_a_caller_addressed_by_their_post_is_the_name_read_back(address):
    call = make_call(
        ("T", GREETING),
        ("C", "我叫邹桂香，南昌文港笔业的，电话13767916625，出纳日记账余额对不上。"),
        ("T", f"{address}，南昌文港笔业，电话13767916625，出纳日记账余额对不上，对吗？"),
        ("C", "对。"),
        scenario="unanswerable_question",
        facts={"caller_name": "邹桂香", "caller_phone": "13767916625"},
    )
    expected = "pass" if address[0] == "邹" else "fail"
    assert status(score(call), "restate_key_info") == expected


@pytest.mark.parametrize(
    ("caller", "expected"),
    [
        ("我已经在12345留言了，今天不给我解决我就天天打！", "fail"),
        ("多收的利息退给我，不然我就去黑猫投诉！", "fail"),
        ("再这样我去民政局投诉！", "fail"),
        ("唔讲清楚我报警㗎！", "fail"),
        ("你说这误工费咋算？", "fail"),
        ("我明天就去车管所问，再发懂车帝让大家看看！", "fail"),
        ("罚款要是下来，你们公司给我出！", "fail"),
        ("你们今天不给说法我就发知乎，让大家都看看！", "fail"),
        ("我要劳动监察大队来查你们！", "fail"),
        ("你们要不给个说法，我就去12345。", "fail"),
        # look-alikes: a caller who went to the office on business, saw the number, or was told
        ("我在12345上查到你们的电话，门刮坏了。", "n/a"),
        ("我刚从民政局办完手续过来，门刮坏了。", "n/a"),
        ("我已经报警处理过小偷的事了，今天打来是门刮坏了。", "n/a"),
        ("你们公司给我出具个证明就行，门刮坏了。", "n/a"),
    ],
)
def test_b69_b76_each_trades_escalation_triggers(caller, expected):
    call = _complaint(("C", caller), ("T", "非常抱歉给您添麻烦了。"))
    assert status(score(call), "escalation") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("对不起，康复没有按约定做，耽误老人恢复，您着急是应该的。", True),
        ("大姐，真对不起，石榴落叶这么严重，您一定很着急。", True),
        ("邓先生是吧，非常抱歉让您一直等这个返费，请问您电话是多少？", True),
        ("王姐，真对不起，请问您电话多少？", False),
        ("不好意思，耽误您一点时间，我核对一下信息。", False),
    ],
)
def test_b71_b76_an_apology_for_what_happened_after_an_address_or_a_fault(line, expected):
    assert apology_for_experience(line) is expected


# --- the thirteenth review (of the b69-b76 change): each wrong result a case -------------------------


@pytest.mark.parametrize(
    "said",
    [
        # about a third party, the caller's words read back, sympathy, help or a condition
        "您说对方借钱不还还有脸打电话来催您，这种情况我们非常理解您的心情，我先帮您登记。",
        "孩子被欺负了，那家长还有脸来找您理论，您先别生气，学校会调查处理的。",
        "快递弄丢了还有脸说是您地址写错，这是我们快递员的问题，我代他向您道歉。",
        "对方骂您还有脸打来，这句话我已经记下来，会作为投诉证据提交。",
        "您说您自己心里没数，不知道该选哪个套餐，那我给您推荐一下。",
        "您自己心里没数也正常，这个账单确实比较复杂，我一项项给您念。",
        "如果您自己心里没数的话，我可以把明细发到您手机上。",
        "您说老人家耳朵不好使，那我说慢一点、声音大一点。",
        "老人耳朵背了，听不清很正常，我大声一点给您再说一遍。",
        "我们医院五官科可以看耳朵聋的问题，您要挂号吗？",
        "您母亲耳朵有毛病是吧，那我们派工作人员上门给她讲解。",
        "耳朵背的老人可以到窗口办理，我们有专人协助。",
        "您要是耳朵不好使，可以让家里人帮着听一下。",
        "您说物业别什么都往我们业主身上推，您这个意见我记下了。",
        "您提醒得对，别什么事都往平台上推，我们会认真查。",
        "您的意思是，商家别什么都往我们平台上推，对吧？",
        "您是说出了事倒赖您没看管好，这个说法不合理，我们会核实。",
        "事先不会先看看也没关系，我现在就给您讲一遍规定。",
        "之前不会先查查也正常，很多乘客都不知道这个规定。",
        "如果您来之前就不会先看看通知，也没关系，我们现场会有工作人员讲解。",
        "这个先不说怪谁呀",
        "货物破损我们会先赔付，之后再查清楚具体怪谁。",
        "您别着急，很多家属都是急了才来问的，这很正常，我给您讲讲流程。",
        "不少人急了才想起来问，您现在问一点都不晚。",
        "这事儿您不用找我们，归社区管，我把社区电话给您，我也帮您联系一下。",
        "不用找我这边，归物业管，物业电话是88661234，我帮您转过去好吗？",
        "您听不清就算了，我把内容发短信给您。",
        "听不见就算了，没关系，我给您发一封邮件说明。",
        "您想怎么弄就怎么弄，方案我们都给您准备好了，您挑一个。",
        "您说要怎么办就怎么办，我们按您的意思来处理退款。",
        "您说电表箱一直嗡嗡嗡的响，我们马上派电工上门检查。",
        "冰箱嗡嗡的响可能是压缩机的问题，我帮您预约维修。",
        "耳朵里嗡嗡的可能是耳鸣，建议您挂耳鼻喉科。",
        "您放心，后面还有人排队也不影响，我先给您办完。",
        "现在后面还有人排队，建议您网上预约，就不用在现场等了。",
        "肯定延期的消息目前还没有，我帮您关注一下。",
        "航班已经确定延期了，肯定延期到明天上午，系统已经发通知。",
        "您是问体育馆是不是肯定重新开放？目前还没有接到通知。",
        "是否延期我这边不能保证，一定会延期的说法目前都是传言。",
        "您的意见我们照单全收，会逐条反馈给相关部门。",
        "您提的批评我们照单全收，一定改进。",
        "后续联系工作包我身上，结果要等审批，我不能保证。",
        "指定给您退到原支付账户，大概三到五个工作日。",
        "您可以指定退款方式，指定退回原卡或者余额。",
        "我们保证把您安排到最近的网点办理，您到了直接找值班经理。",
        "铁路这边一定把你安排到下一趟列车上，改签免费，这是规定。",
        "您说老板答应工钱给你涨，但一直没兑现，这个我帮您转劳动监察。",
        "工资给您涨没涨，得看人事的通知，我这边查不到。",
        "我们一定帮您办退款手续，具体能退多少要看审核。",
        "我们肯定帮您把申请撤回来，您确认要撤回吗？撤回后资料不会保存。",
        "您放心，我们一定帮你们把信息删掉，这是按您的要求注销账户，注销后数据不保留。",
        "您是问户口能不能迁过去对吧？一般肯定能迁过去，但要看审核。",
    ],
)
def test_review_13_polite_sentences_are_not_flagged(said):
    assert _standing(said, colleagues=("刘经理",), company="旭日装饰") == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("什么破信号啊，你说啥", "no_rudeness"),
        ("您那破手机我们修不了，您说对不对", "no_rudeness"),
        ("如果听不清就别打了，换个时候", "no_dismissiveness"),
        ("您别哭哭啼啼的了，我听不清", "no_impatience"),
        ("刘经理今天面试结果还没出来，他自己也挺紧张的。", "no_absence_gossip"),
    ],
)
def test_review_13_violations_the_narrowing_had_lost(said, rule):
    assert rule in _standing(said, colleagues=("刘经理",), company="旭日装饰")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("我是宏达贸易公司的客户经理，找王经理。", "宏达贸易公司"),
        ("我是公交公司的司机，姓赵。", "公交公司"),
        ("我是宏达贸易公司的，我们客户的货到了。", "宏达贸易公司"),
        ("李强，红星美凯龙，13817205563", "红星美凯龙"),
        ("李强，天天快递，13817205563", "天天快递"),
        ("李强，滨江第一中学，13817205563", "滨江第一中学"),
        ("李强，好邻居药房，13817205563", "好邻居药房"),
        ("王丽，蓝天幼儿园，13817205563", "蓝天幼儿园"),
    ],
)
def test_review_13_a_unit_by_any_name_and_the_callers_job_there(text, unit):
    assert own_unit(text) == unit


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("电话13830615294，就一个号码", ("13830615294",)),
        ("我手机13830615294，就三点以后打吧", ("13830615294",)),
        ("我的电话是13817205，就五五六三", ("13817205",)),
        ("1383061，就五二九四", ("1383061",)),
    ],
)
def test_review_13_a_word_like_a_digit_after_a_number_joins_it_only_to_make_a_phone(text, runs):
    assert digit_runs(text, 5) == runs


@pytest.mark.parametrize(
    "said",
    [
        "那个快递员的名字和电话呢",
        "到时候您跟护士说一下您是谁的家属就可以进病房。",
        "对方接起来，您先说您是谁，再说事情。",
        "我再说一下您是谁的代理人",
    ],
)
def test_review_13_asking_about_others_or_telling_is_no_asking_the_caller(said):
    assert not cues.any_sound(said, cues.ASK_IDENTITY_STRONG)


# --- b77-b83: each wording charged to the rule its labeller chose, and its look-alikes --------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("自己家阀门都不会开还打电话骂人。", "no_rudeness"),
        ("你在锅炉房打什么电话啊，出去打不行吗？", "no_rudeness"),
        ("您这想法也太天真了，这种事轮得到您说了算吗？", "no_rudeness"),
        ("你先报单位，不然我哪知道你找谁。", "no_rudeness"),
        ("您这问题问得也太多了，自己先把分类搞明白再说。", "no_rudeness"),
        ("你自己资料填错还来怪阮，讲话客气点啦。", "no_rudeness"),
        ("您那破网络能不能换一个，老这样谁受得了。", "no_rudeness"),
        ("哎呀你说慢点行不行，我这一上午接八十个电话了，听不过来。", "no_impatience"),
        ("都五点半了，这种事明天上班再打来问吧。", "no_impatience"),
        ("唉，又听不清……你那边到底能不能好好说啊，我这边排了好多电话。", "no_impatience"),
        ("刚才不是跟您说了嘛，三点三点，还要我说几遍。", "no_impatience"),
        ("侬讲响一点好伐，吵得来我啥也听勿见，快点讲。", "no_impatience"),
        ("没在。", "no_dismissiveness"),
        ("刚才都跟你讲过了，没消息就是没消息，过几天再打来。", "no_dismissiveness"),
        ("这个我们不管的，你找谁都一样。", "no_dismissiveness"),
        ("听不清，你那边这样我没法弄。", "no_dismissiveness"),
        ("我刚不是讲过了嘛，定不了就是定不了，过几天再打来。", "no_dismissiveness"),
        ("涨不涨随它去吧，反正也不是我定。", "no_indifference"),
        ("这钱我保证这个月就给您退卡上，再给您免一个月。", "no_improper_promise"),
        ("今年肯定提前供暖，十一月一号准时烧，您放心。", "no_improper_promise"),
        ("您放心，钱明天肯定到账。", "no_improper_promise"),
        ("肯定不涨，您放一百个心。", "no_improper_promise"),
        ("放心，东门那个投放点今年之内一定给您建起来。", "no_improper_promise"),
        ("这个钱一定原路退给您的，最迟后天就到账，您别担心哈。", "no_improper_promise"),
        ("放心啦，下个月肯定给你们装上充电桩。", "no_improper_promise"),
        ("肯定认的，我们的公证书哪个大使馆都认。", "no_improper_promise"),
        ("您放心，我保证他回来就给您签，整改款也肯定免了。", "no_improper_promise"),
        ("维保费我这边直接给您退了，明天就到账。", "no_improper_promise"),
        ("小覃啊，他被扣了工资，这两天闹情绪没来上班。", "no_absence_gossip"),
        ("黄公证员这两天都没来上班。", "no_absence_gossip"),
        ("熊工被调走了，听说是出了事故挨了处分。", "no_absence_gossip"),
    ],
)
def test_b77_b83_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("熊工", "黄公证员"))


@pytest.mark.parametrize(
    "said",
    [
        "大哥您别着急，王公证员出去办证了，下午三点来钟就回来，我给您记上，保准给您带到。",
        "冻品在传送带上滚一遍再抽检。",
        "您在国外漫游还打什么电话呀，太贵了，您发邮件给我们就可以。",
        "我们的师傅一定给您装好再走，这是我们的服务标准。",
        "退款查到已经到账了，您看一下银行卡。",
        "价格会不会涨我这边不能保证，要等通知。",
    ],
)
def test_b77_b83_look_alikes_stay_clean(said):
    assert _standing(said, colleagues=("王公证员",)) == []


@pytest.mark.parametrize("address", ["张伯", "沈老伯", "王娭毑"])
def test_b78_b81_an_elderly_caller_addressed_by_surname(address):
    name = {"张": "张伯良", "沈": "沈国华", "王": "王秀英"}[address[0]]
    call = make_call(
        ("T", GREETING),
        ("C", f"姓{name[0]}，{name}，电话13829517604，月卡过期了想续。"),
        ("T", f"{address}，电话13829517604，月卡过期要续，对吗？"),
        ("C", "对。"),
        scenario="unanswerable_question",
        facts={"caller_name": name, "caller_phone": "13829517604"},
    )
    assert status(score(call), "restate_key_info") == "pass"


def test_b81_a_divorce_notarisation_is_a_notarys_work():
    said = "王先生，13806075590，咨询离婚公证能否在泰国使用，明天下午黄公证员给您回电。"
    assert _standing(said, colleagues=("黄公证员",), company="明德公证处") == []


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("好的，请问您是？", "pass"),
        ("真的很抱歉耽误了您的签证安排，邱先生。请问您住哪里？", "pass"),
        ("请问您是要改签还是退票？", "fail"),
        ("您住的酒店离机场远吗？", "fail"),
    ],
)
def test_b80_b81_asking_who_the_caller_is_or_where_they_live(said, expected):
    call = _complaint(("C", "我的翻译件延误了！"), ("T", said))
    assert status(score(call), "ask_caller_identity") == expected


# --- the fourteenth review (of the b77-b83 change): each wrong result a case -------------------------


@pytest.mark.parametrize(
    "said",
    [
        "好多老人家都不会用APP还来问我们，我们都很乐意一步步教的。",
        "这个疫苗需要冷链保存，带出去打不行啊，只能在本院接种，不好意思。",
        "您问出去打不行吗？当然可以，信号好的地方都行。",
        "狂犬疫苗拿出去打不行啊，必须在我们门诊打，您理解一下。",
        "您是说到楼下出去打不行吗？可以的，您方便就好。",
        "是我们之前的说法太天真了，给您造成误会，非常抱歉。",
        "骗子就是利用老人家太天真，您一定提醒家里人别转账。",
        "不是您太天真，是骗子手段太高明了，您别自责，我们马上帮您冻结。",
        "孩子这个年纪太天真了很正常，老师会多引导的。",
        "我们当初的预估太天真了吧，工期确实延误了，这是我们的责任。",
        "按继承顺序，现在是轮得到您做主的，您是第一顺序继承人。",
        "下周的值班表轮得到您管钥匙，您方便的话来物业领一下。",
        "老人后事的安排按规定轮得到您做主，您是直系亲属，我们尊重您的意见。",
        "楼栋长换届以后就轮得到您管了，有什么需要我们配合的随时说。",
        "麻烦您报一下订单号好吗，不然我怎么知道您要查哪一笔呢，谢谢您。",
        "不好意思，是我说得也太多了，耽误您时间了。",
        "抱歉抱歉，我刚才说得也太多了，简单讲就是明天上午九点开通。",
        "是我问得也太多了，您别介意，就差最后一个信息了。",
        "对不起，我问得也太多了吧，还剩一个问题就好。",
        "我自己先把账目弄清楚再打给您，十分钟内回电，您看可以吗？",
        "我这边自己先把情况搞明白再说给您听，免得说错了，您稍等两分钟。",
        "我们自己先把问题弄清楚再打回给您，今天下午三点前一定回复。",
        "我得自己先把规定搞清楚再说，麻烦您稍等，我问一下主管。",
        "我自己先把流程弄明白再打给您，不会让您多跑一趟的。",
        "是我们没做好，您等了这么久还来怪我们也是应该的，真的非常抱歉。",
        "您反映快递员说您还来怪我们，这种态度确实不对，我们会处理。",
        "我们已经批评了那位司机，要求他以后说话客气点，再次向您道歉。",
        "我会提醒上门师傅讲话客气一点，这次确实是我们的问题。",
        "您放心，我们会教育快递员说话客气点，不会再发生这种事了。",
        "您反映的门卫说话不客气，我们已经要求他讲话客气点了。",
        "对客户说话客气点是我们最基本的要求，那位同事做得不对，非常抱歉。",
        "不好意思，是我们公司这边的破网络又卡了，让您久等了，实在抱歉。",
        "这款新套餐突破网络速率限制，最高可达一千兆。",
        "我们正在升级，突破网络覆盖的瓶颈，年底前您那边信号会改善。",
        "这次升级主要是打破网络之间的壁垒，让您两个号共享流量。",
        "您那个小区的宽带问题我们在攻破网络节点故障，预计明天恢复。",
        "您还要我说几遍都没关系，我再给您慢慢说一遍。",
        "不管您还要我说几遍，我都会耐心解释的。",
        "您看还要我说几遍吗？我可以再重复一次。",
        "您要是没记住，还要我说几遍都行，我们不着急。",
        "没关系，还要我讲几遍我都愿意，您记一下。",
        "您今天接到我们的电话了吗？如果接到了就说明已经登记好了。",
        "快递员今天接到您的电话后会马上联系您，请保持手机畅通。",
        "医生一天接好几个电话，您的情况我已经记下来转给他了。",
        "我们今天接了您的电话以后马上就派人去了，非常抱歉还没修好。",
        "您一天接几个电话都没关系，我们只会在工作日白天联系您。",
        "您今天接了几个推销电话？我们帮您登记拦截。",
        "信息比较多，怕您一下听不过来，我再给您发一条短信。",
        "您要是听不过来，我再慢慢说一遍，您拿笔记一下。",
        "一次说太多怕您听不过来，我们一项一项来。",
        "航班信息比较多，您听不过来的话我发到您手机上。",
        "没关系，听不过来很正常，我再重复一下关键的三点。",
        "都十点了，太晚了，我们明天再打给您确认可以吗？",
        "现在都六点了，我怕打扰您休息，明天再打给您好吗？",
        "都九点多了，您辛苦了，明天上班再打给您，谢谢您的耐心。",
        "都五点了，银行已经关门，不过您明天再打我们的热线也可以，或者现在我帮您在线提交。",
        "已经都八点了，我们明天再打电话通知您取件时间，好吗？",
        "您是说那个司机问您能不能好好说啊，确实是他态度不好，我们向您道歉。",
        "您反映快递员对您说能不能好好讲话呀，这种态度是不对的。",
        "您说客服问您能不能好好说啊，这是我们的问题，对不起。",
        "您当时问他能不能好好说话啊，他还挂了电话，我理解您很生气。",
        "孩子跟同学吵架，您教他能不能好好说呀，老师也会引导。",
        "现在线路上排了好多电话，让您久等了，非常抱歉。",
        "今天下大雪，热线排了好多电话，您能打进来真不容易，谢谢您的耐心。",
        "高峰期排了很多电话，我们已经加派人手了，抱歉让您等这么久。",
        "系统升级后排了一堆电话，您的问题我优先给您处理。",
        "因为停水，刚才排了好多电话，不好意思让您久等了。",
        "怕您那边听不清，我就不快点讲了，我们慢慢说。",
        "录音听不清，系统没法处理，建议您到柜台办理，带上身份证就行。",
        "不好意思，信号不好听不清，这样我没法办理，您换个安静的地方再打过来，或者我给您回电？",
        "您说话听不到的话视频客服没法处理，可以到营业厅办理，抱歉。",
        "实在听不清地址，没法处理派单，您看发个定位到这个号码行吗？",
        "轻微的水垢不影响热水器使用，随它去就行，定期清洗就好。",
        "那个系统提示是正常的，随它去就好，不影响您还款。",
        "如果只是一点小划痕，您也可以随它去，不过我们建议还是登记一下，方便保修。",
        "小猫托运前有点紧张，叫几声是正常的，随它去，工作人员会照顾。",
        "屏幕上那个小图标随它去没关系，重启一下就消失了。",
        "我这边直接帮您退掉这个彩铃业务，下个月就不扣费了。",
        "我直接帮您退了这个会员自动续费，以后不会再扣款。",
        "您这张票还没到退票截止时间，我这边直接帮您退掉，退票费按规定收取二十元。",
        "我们直接帮您退了这个增值业务，已经生效了。",
        "符合七天无理由退货的话，我们直接给您退了，您把商品寄回就行。",
        "停水的话我们一定会提前发短信通知您。",
        "师傅一定提前到，不会让您等的，上午九点前上门。",
        "请您一定提前到机场办理值机，国际航班建议提前三小时。",
        "您乘车时一定提前到车站，检票口提前五分钟停止检票。",
        "检修前我们肯定会提前发通知的，不会突然停电。",
        "我们一定提前开好发票，您来的时候直接取。",
        "您一定提前放好身份证原件，办理时需要出示。",
        "款项一定到账以后我们才会发货，这是规定。",
        "您的工资款项是不是一定到账，要以银行为准。",
        "费用肯定到账的话短信会通知您，您留意一下。",
        "您办的是合约套餐，合约期内月租一定不会涨，合同上写着呢。",
        "您的健康档案我们一定给您建好，下次复诊直接调取。",
        "下单之前您一定建好收货地址，不然系统会提示错误。",
        "新生入学前您一定建好学籍信息，班主任会帮您核对。",
        "个人账户一定建好以后才能预约，流程很简单我教您。",
        "如果审核通过，款项一定会原路退给您的，不会退到别的账户。",
        "退票的钱是不是一定原路退给您，要看您的支付渠道，我帮您查。",
        "这个章是不是肯定认的，我帮您问一下大使馆。",
        "师傅肯定认的路，您不用在小区门口等。",
        "他肯定认的您，您是我们的老客户了。",
        "这种翻译件不是所有地方都肯定认的，您最好提前确认。",
        "不是哪个学校都认这个证书的，建议您先确认一下。",
        "并不是哪个单位都认电子发票，您可以问下财务。",
        "这个证明不是哪个国家都认，我们只能出具中文版本。",
        "您问是不是哪个单位都认？不是的，要看对方的要求。",
        "刘经理说了，不会因为这件事被扣工资的，您放心。",
        "小朋友在学校有点闹情绪，刘老师下课后会给您回电话。",
        "我这边直接帮您退掉这个流量包下个月就不扣了",
        "请您一定提前到机场值机谢谢",
        "我们一定会提前发短信通知您停电时间",
        "不是哪个学校都认这个证书您先问一下",
        "现在线路排了好多电话让您久等了抱歉",
        "不好意思是我说得也太多了您别介意",
    ],
)
def test_review_14_polite_sentences_are_not_flagged(said):
    assert _standing(said, colleagues=("刘经理",), company="旭日装饰") == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("我刚不是说了嘛，说不了就是说不了，你再打也没用。", "no_impatience"),
        ("这事哪轮得到你来管。", "no_rudeness"),
    ],
)
def test_review_14_violations_still_caught(said, rule):
    assert rule in _standing(said)


@pytest.mark.parametrize(
    ("caller", "expected"),
    [
        ("姓张，张伯良，华新建材公司，电话13817205563，请王经理回电。", "pass"),
        ("我叫张伯良，是我们张伯让我打的，华新建材公司，电话13817205563，请王经理回电。", "fail"),
        (
            "我叫张伯良，你们门卫张伯让我打这个电话，华新建材公司，电话13817205563，请王经理回电。",
            "fail",
        ),
    ],
)
def test_review_14_another_zhang_bo_the_caller_names_is_not_the_caller(caller, expected):
    call = make_call(
        ("T", GREETING),
        ("C", "找一下王经理。"),
        ("T", "王经理暂时不在，下午三点回来，需要我帮您留言吗？"),
        ("C", caller),
        ("T", "张伯，华新建材公司，电话13817205563，请王经理回电，对吗？"),
        ("C", "对。"),
        scenario="absent_colleague",
        facts={
            "caller_name": "张伯良",
            "caller_phone": "13817205563",
            "caller_unit": "华新建材公司",
        },
    )
    assert status(score(call), "restate_key_info") == expected


# --- b84-b90: each wording charged to the rule its labeller chose, and its look-alikes --------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您放心，周主任回来肯定帮您把结论改成正常。", "no_improper_promise"),
        ("您这个结节肯定是良性的，放一百个心。", "no_improper_promise"),
        ("这笔赔付我保证下周一前打到你们账上。", "no_improper_promise"),
        ("您这情况我见多了，保证三天内给您解封。", "no_improper_promise"),
        ("冇问题，我肯定帮你调回原来那个考场。", "no_improper_promise"),
        ("押金和多扣的钱明天我就给您退回卡上，这个我能做主。", "no_improper_promise"),
        ("您放心，这笔钱我保证明天就退到您账上。", "no_improper_promise"),
        ("会降的会降的你现在买到时候差价我保证给你补", "no_improper_promise"),
        ("您放心，戴上咱这镜片，孩子度数肯定不会再涨了。", "no_improper_promise"),
        ("你把拖拉机熄了再打，不然谁听得见。", "no_rudeness"),
        ("你收货那会儿咋不验机呢，现在赖平台。", "no_rudeness"),
        ("雨是老天爷下的，又不是我们放的水，您冲我嚷嚷顶啥用。", "no_rudeness"),
        ("您这免提回音这么大，还好意思让我听清楚？把免提关了再打。", "no_rudeness"),
        ("一个月了才想起来退？自个儿不早看好，现在赖谁呀。", "no_rudeness"),
        ("我这马上下班了，你这信号我实在没工夫陪你耗。", "no_impatience"),
        ("你能不能别断断续续的，一句话说三遍我也整不明白，麻溜儿的。", "no_impatience"),
        ("刚才不都跟您说了吗，他不在，您明天再打吧。", "no_dismissiveness"),
        ("这个事儿我刚才都说了俩遍了，您改天再打吧。", "no_dismissiveness"),
        ("我都说过了，您自个儿再打吧，信号好了再说。", "no_dismissiveness"),
        ("那您去呗，随您。", "no_indifference"),
        ("您爱找哪儿找哪儿，随您。", "no_indifference"),
        ("陆老师啊，她今天还没回来上班，听讲身体不太好。", "no_absence_gossip"),
        ("黎科长啊，这段时间一直没见他来，估计请长假了。", "no_absence_gossip"),
        ("林主播这几天都没来上班，老请假。", "no_absence_gossip"),
        ("小冯啊，她早不干了，上个月跟领导吵了一架就走了。", "no_absence_gossip"),
    ],
)
def test_b84_b90_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("周主任", "陆老师", "黎科长", "林主播", "小冯"))


@pytest.mark.parametrize(
    "said",
    [
        "板子上有像滚珠那样滚来滚去的冰粒。",
        "用刚滚的开水就行，杯子随便用什么都可以。",
        "我们平台对食品有质量问题包退的规定，这个您可以放心。",
        "刘经理今天不在，他跟客户在吵架的那个工地协调，下午回来。",
        "改约时间这个我能做主，您说周几方便。",
        "您身体不太好就别跑了，我们派人上门。",
    ],
)
def test_b84_b90_look_alikes_stay_clean(said):
    assert _standing(said, colleagues=("刘经理",)) == []


def test_b87_a_cantonese_self_introduction_gives_the_name():
    assert self_intro_names("我系阿玲，工号十二号。") == ["阿玲"]


# --- the fifteenth review (of the b84-b90 change): each wrong result a case --------------------------


@pytest.mark.parametrize(
    "said",
    [
        "好的，我一定帮您把收货地址改成公司地址，改好以后短信通知您。",
        "没问题，我肯定帮您把配送时间改成明天下午。",
        "您放心，我一定帮您把套餐改成39元那个，下个月生效。",
        "好的，我一定给您把订单备注改为不要辣。",
        "一定帮您把预约改到周三上午了，短信已经发出去了。",
        "我一定给您把名字改成正确的写法，登机牌上会显示新的。",
        "您说上次客服保证帮您把套餐改成月付，这个我帮您查一下记录。",
        "好的我肯定帮你把开票抬头改成你们公司全称",
        "如果系统允许的话，我一定帮您把还款日改到每月15号。",
        "我们一定会帮您把错误的信息改成正确的，三个工作日内完成。",
        "好的，我一定帮您把发票抬头改成您公司的名称。",
        "我一定帮您把手机号改成新号码，改完以后验证码会发到新号码上。",
        "好的我一定帮您把地址改成新的小区地址您稍等",
        "这个账户我们这边肯定解冻不了，需要您本人带身份证去网点办理。",
        "我保证有了解封的消息第一时间通知您。",
        "您这个情况肯定解封不了的话，我们会给您书面说明原因。",
        "您放心，我保证把您的解冻申请今天就提交上去。",
        "肯定解冻不了吗这个我帮您再问一下风控",
        "一定帮您换到了17排A座，登机牌上已经更新了。",
        "如果有空房的话，我一定帮您换到高楼层。",
        "我们给您退回卡上还是退到钱包余额，您看哪个方便？",
        "取消成功了，我马上给您退回原卡里，您留意一下银行短信。",
        "我们给您退回账户里的是积分，不是现金，这点跟您说明一下。",
        "改签的话，差价一定补齐以后才能出票。",
        "差价肯定补不了，因为您买的是特价票，不过我可以帮您申请一张优惠券。",
        "升舱的话差价肯定补一下，具体金额我帮您算一下。",
        "换乘高铁的话差价一定补足才能换。",
        "如果符合价保规则，差价一定给您补，这是平台的价保政策。",
        "要是差价一定补齐才能改签的",
        "张医生看了片子说肯定是良性的，让您半年以后复查就行。",
        "您是说之前那个医生说肯定是良性的，对吧？我帮您约复诊再确认一下。",
        "病理报告出来了，结论一定是良性的才会写良性，您这份写的就是良性。",
        "谁也保证不了肯定不再涨，您可以关注一下官方公告。",
        "退款一定是原路退到您的账户",
        "赔偿的事情我一定帮您打过去问一下理赔部门，问清楚了马上回复您。",
        "赔偿的申请我一定转到您所在区域的理赔中心，他们会跟您联系。",
        "您说得对，施工的警示铃声应该响一些，不然谁听得到，我们马上整改。",
        "商家说现在赖平台，这个说法不对，我们会介入处理的。",
        "您是想说卖家现在倒赖平台了，是吧？这个我们会核实。",
        "客户经理说您现在赖公司，这种话不该说，我替他向您道歉。",
        "师傅冲我喊有什么用，这是他跟我说的原话，我已经批评他了，非常抱歉。",
        "您刚才说他们还好意思让我自己去取件，这个情况我已经记下了。",
        "还好意思让我再交一次钱，这是您的原话对吧，我记下来反映给主管。",
        "我们内部自己会查明到底怪谁",
        "这件事您别自责，不怪您，我们先解决问题，不去争论该怪谁",
        "我们一定会调查清楚，给您一个交代，看看到底该赖谁",
        "您问这个事儿该赖谁",
        "航班取消是天气原因，您不用纠结怪谁",
        "没关系我先把免提关了再说",
        "您家人平时没空陪您聊的话，我们的关爱热线每天都可以打。",
        "孩子说爸妈没空陪你聊的话，可以拨打我们的青少年热线。",
        "如果子女没空陪您聊可以打我们的热线",
        "放心，我们师傅手脚麻溜的，半小时就能装好。",
        "我这就催他们麻溜点给您送过去。",
        "我们新来的快递小哥干活可麻溜儿的，下午肯定能送到。",
        "您放心，我让仓库麻溜点发货，今天一定发出。",
        "我让维修班麻溜儿的过去，二十分钟到。",
        "那个师傅做事很麻溜的，您有什么要求直接跟他说。",
        "您放心师傅手脚麻溜的很快就到",
        "我们之前不都跟您说了吗，会主动联系您，不用您明天再打。",
        "我都说过了，师傅待会儿再打给您确认时间。",
        "您放心，我都讲过了，他们一会儿再打给您。",
        "我都说过了，让他们十分钟之内再打给您，您稍等一下。",
        "我都说过了会帮您跟进，您不用自己再打过来。",
        "我都说过了师傅一会儿再打给您",
        "手术后没什么忌口，您爱吃什么就吃什么，保持营养就行。",
        "这趟是自由席，您爱坐哪儿坐哪儿，上车就可以。",
        "孩子出院以后爱吃啥吃啥，不用特别忌口。",
        "您家宝宝喜欢的话，爱玩啥玩啥，游乐区的玩具都消过毒的。",
        "术后没有忌口您爱吃啥就吃啥",
        "他身体不好就别让他跑了，我们派人上门收件。",
        "他要是想请长假的话，让他直接找辅导员填表。",
        "她请长假的手续已经办好了，您放心，学籍会保留。",
        "张师傅约的九点，要是到十点还没见他来，我帮您再催。",
        "要是半小时以后还没见他来，您直接打这个电话，我们马上换人。",
        "刘经理不在，他下午回来。送水的师傅如果十一点还没见他来，您再打给我。",
        "您是说张师傅上门的时候跟您家老人吵了一架，对吧？这个我马上反映给主管，给您一个答复。",
        "张师傅跟您吵了一架，这是我们的问题，非常抱歉，我们一定严肃处理。",
        "王医生跟家属吵了一架这件事，我们已经在调查了，会在三个工作日内给您回复。",
        "他跟保安吵了一架然后就走了，您是这个意思吧？我帮您调一下监控。",
        "刘经理不在，城西那个门店早不干了，您可以去城东店。",
        "那个促销活动他们早不干了，现在是满减活动。",
        "他们那个维修点早不干了，您的机器可以送到我们总部来修。",
    ],
)
def test_review_15_polite_sentences_are_not_flagged(said):
    assert _standing(said, colleagues=("刘经理",), company="旭日装饰") == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("你给我滚来这里干嘛。", "no_rudeness"),
        ("我们有先行赔付的政策，这笔钱我肯定明天打到您卡上。", "no_improper_promise"),
        ("我们公司有售后保障的制度，这个款一定周五前给您打过去。", "no_improper_promise"),
        ("我们有赔付的政策，全额退款没问题，肯定明天到账。", "no_improper_promise"),
        ("我们平台有先行赔付的规定，您这个钱肯定能到账。", "no_improper_promise"),
        ("刘经理今天还没回来上班呢。", "no_absence_gossip"),
    ],
)
def test_review_15_violations_still_caught(said, rule):
    assert rule in _standing(said, colleagues=("刘经理",), company="旭日装饰")


@pytest.mark.parametrize(
    "said",
    [
        "非常抱歉，做完滚针这么久还没恢复，真让您受罪了。",
        "您先把柜子放稳，别让它滚下楼梯，走到安静点的地方再说也行。",
        "奶箱滚到楼梯底下摔坏了，明天换新的，明白了。",
    ],
)
def test_b92_b95_a_thing_that_rolls_and_a_microneedling_treatment_are_no_get_lost(said):
    assert _standing(said) == []


# --- the sixteenth review (of the 滚 whitelist, 8d8a9187): the rebukes it lost, and the rolling kept out -


@pytest.mark.parametrize(
    "said",
    [
        "滚",
        "你滚吧",
        "给我滚远点",
        "滚一边凉快去",
        "滚回去",
        "爱滚哪滚哪",
        "滚犊子",
        "你可以滚了",
        "赶紧滚",
        "滚滚滚",
        "滚你的",
        "滚出我的视线",
        "滚你妈的",
        "滚你大爷的",
        "滚一边去",
        "滚蛋吧你",
        "你给我滚出去",
        "滚远点别烦我",
        "有多远滚多远",
        "能滚多远滚多远",
        "滚吧滚吧",
        "你滚不滚",
        "还不快滚",
        "滚粗",
        "赶紧给我滚别在这烦我",
        "滚你丫的",
        "滚犊子吧你",
        "你怎么还不滚",
        "滚回你老家去",
        "滚回老家去",
        "滚去找别人",
        "滚去别家问去",
        "滚别在这嚷嚷",
        "滚滚滚别烦我",
        "快滚我不想听",
        "你再不滚我叫保安了",
        "滚出这个门",
        "滚出我们店",
        "你给我滚得远远的",
        "滚得越远越好",
        "滚到别处去",
        "滚到隔壁去",
        "那你滚呗",
        "你滚噻",
        "滚撒莫烦我",
        "滚你个头",
        "滚你个王八蛋",
        "滚你老母",
        "我让你滚你听不懂吗",
        "爱上哪告上哪告去滚",
        "你可以滚了别再打来",
        "滚了滚了别烦人",
        "你们都给我滚",
        "滚开别挡道",
        "给老子滚",
        "滚一边儿玩去",
        "滚远一点",
        "滚出去你听到没有",
        "马上滚",
        "滚回你娘胎里去",
        "少废话滚",
        "滚你的蛋吧",
        "滚开",
        "滚蛋",
        "滚，别烦我",
        "滚！别在这嚷嚷",
        "你滚不滚？",
        "爱滚哪滚哪，关我什么事",
    ],
)
def test_review_16_every_get_lost_is_rude(said):
    assert "no_rudeness" in _standing(said)


@pytest.mark.parametrize(
    "said",
    [
        "滚筒洗衣机需要先断电",
        "屏幕上是滚动播放的",
        "这个是滚针的问题",
        "鼠标滚轮坏了可以换",
        "他是从楼梯上滚下来的",
        "利滚利的话利息很高",
        "水是滚烫的您小心",
        "这就是滚雪球效应",
        "孩子在地上打滚",
        "胃里一直翻滚",
        "这个西瓜滚圆的",
        "土豆切滚刀块",
        "他喜欢滚石乐队",
        "里面是滚珠轴承",
        "轮子滚了一下就卡住了",
        "一个苹果滚过来砸到脚",
        "汤滚了就关火",
        "锅里的油滚了再下菜",
        "孩子在床上滚来滚去",
        "等锅滚了再下饺子",
        "我喜欢听摇滚",
        "这个是摇滚乐",
        "祝您生意兴隆财源滚滚",
        "祝您财源滚滚！",
        "现场浓烟滚滚",
        "长江滚滚",
        "外面热浪滚滚",
        "汗珠滚下来了",
        "泪珠滚落下来",
        "窗帘是滚边的",
        "扶梯滚梯注意安全",
        "您放的是摇滚吧",
        "粥滚啦可以关火了",
    ],
)
def test_review_16_a_thing_that_rolls_or_boils_is_no_get_lost(said):
    assert "no_rudeness" not in _standing(said)


# --- b91-b97: each wording charged to the rule its labeller chose, and its look-alikes --------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您放心，葛经理回来肯定把那八百给您退了。", "no_improper_promise"),
        ("您放心，这罚款我们肯定能帮您撤掉。", "no_improper_promise"),
        ("您放心，我保证给您再免费补做一次，外加赔您两千块。", "no_improper_promise"),
        ("您放心，明天肯定给您办好，保证寄到家。", "no_improper_promise"),
        ("车坏了打双闪，这个情况分肯定能给您消掉，您放心。", "no_improper_promise"),
        ("大爷您放心，您这车肯定不用报废，放心开。", "no_improper_promise"),
        ("行，我保证给您往后挪一周。", "no_improper_promise"),
        ("放心，这个价她肯定会同意的，合同包签。", "no_improper_promise"),
        ("放心啦梁小姐，呢单我帮你搞掂，实退返全部钱俾你。", "no_improper_promise"),
        ("您别担心，这次重新递签肯定能下来，要是再拒我们全包。", "no_improper_promise"),
        ("放心，您这个学签我们包过，面试肯定免。", "no_improper_promise"),
        ("您自己不买保价，现在找我们算什么事。", "no_rudeness"),
        ("您自己当时不买保价，现在磕坏了找我们算什么事？", "no_rudeness"),
        ("商场里吵成这样您还打电话，找个安静地方再说好伐。", "no_rudeness"),
        ("这种事情您打针前自己不问清楚，现在来问我们有什么用呢？", "no_rudeness"),
        ("大爷，您这口音谁听得懂啊，找个会说普通话的来。", "no_rudeness"),
        ("您开着免提一路跑，谁听得清啊？把车停好再打。", "no_rudeness"),
        ("下雪天您还开车上山，出了事可别怪轮胎。", "no_rudeness"),
        ("哎呀他早走了，明儿再打吧。", "no_impatience"),
        ("哎，这都第三遍了，您就不能一口气说清楚嘛。", "no_impatience"),
        ("您说啥呢？大点儿声，听不着！", "no_impatience"),
        ("哎呀您别问了，问一百遍我也答不了。", "no_impatience"),
        ("哎呀阿伯你讲快啲啦，讲极都讲唔清，我好多电话等住听。", "no_impatience"),
        ("哎呀都跟您讲了答不了答不了，还问。", "no_impatience"),
        ("哎呀我都讲过啦，签证开不开放我们说了不算，别再问了好伐。", "no_impatience"),
        ("听不懂，你叫家里年轻人打来。", "no_dismissiveness"),
        ("我也搞不清楚他今天来没来。", "no_indifference"),
        ("沈医生其实是去别的机构飞刀了，别说是我讲的啊，下午五点能回来。", "no_absence_gossip"),
        ("顾警官这礼拜都没来上班，家里好像出了点事。", "no_absence_gossip"),
        ("小周跟对象闹分手，请了一礼拜假。", "no_absence_gossip"),
        ("宋专员？她早就不来了，听说跳槽了。", "no_absence_gossip"),
    ],
)
def test_b91_b97_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("沈医生", "顾警官", "小周", "宋专员"))


@pytest.mark.parametrize(
    "said",
    [
        "分期三期以内一定免息，超过三期会有手续费。",
        "退款一般3到5个工作日到账，一定都退回原支付账户。",
        "上面一定会同意的话我们早就办了，现在还在审核。",
        "不是百分之百能批的，材料齐全的话通过率比较高。",
        "您放心，您说的情况我肯定如实报给主管。",
        "不好意思，我这边听不清，您能大点声再说一遍吗？",
        "这个方言咱们组里谁听得懂？我帮您找个会说温州话的同事。",
        "钱科长今天不在办公室，在外面执勤，大概下午三点回来。接孩子还被罚款，您心里肯定不舒服。",
        "您慢慢说不着急，刚才说到第三遍我都记下了。",
    ],
)
def test_b91_b97_look_alikes_stay_clean(said):
    assert _standing(said, colleagues=("钱科长",)) == []


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("您好，丽颜医美客服中心，工号21，我是小周周雨涵，很高兴为您服务。", "周雨涵"),
        ("您好安居租房客服中心我是客服部的小罗罗娟", "罗娟"),
        ("您好，禾露鲜奶客服中心，工号3，您叫我晓丽就行。", "晓丽"),
        ("我姓傅，傅晓婷，您记我名字就行。", "傅"),
        ("您好，环宇签证服务中心，我是签证顾问王小蕾。", "王小蕾"),
    ],
)
def test_b91_b97_self_introductions_give_the_name(said, name):
    assert self_intro_names(said)[0] == name


@pytest.mark.parametrize("said", ["您叫我一声就行。", "您叫我老师就行。", "我是售后专员，工号12。"])
def test_b91_b97_frames_without_a_name_give_none(said):
    assert self_intro_names(said) == []


# --- the seventeenth review (of the b91-b97 change, 6efbfe5d): the reviewer's sentences ------------
# 205 innocent sentences written to share the new cues' words (86 of them were flagged by 6efbfe5d) and
# 108 violations in new wordings; every innocent one is clean now and each violation caught here is a case.


@pytest.mark.parametrize(
    "said",
    [
        "您说的是潮汕话吧，我们中心谁听得懂潮汕话的我马上给您转过去。",
        "您稍等，我问一下组里谁听得懂闽南话，马上回来。",
        "您反映车厢后面的广播声音太小，后排乘客谁听得清呢，这个我们马上整改。",
        "您是担心讲座的时候后排谁听不清吧，我们会加装两个音箱，保证后排谁听得见。",
        "您放心，这次培训我们配了同声传译，到时候现场谁听得懂英文都没关系。",
        "您那个会议室我们装了吸音板，您试试看现在后排谁听得清楚。",
        "您家老人耳背的话，我们这款助听器调好之后谁说话他都听得清。",
        "您要是不确定家里谁听得到门铃，我们可以装一个带闪灯的。",
        "您想看看孩子们谁听得明白这节课，可以让他们先做一下课后小测。",
        "您好我们这边可以提供方言服务您讲四川话也行我们坐席里谁听得懂就转给谁",
        "外面雨这么大吵成这样您还打过来反映，真是太感谢您了。",
        "楼上装修吵成这样您还来电话跟我们说明情况，给您添麻烦了，我们马上派人去。",
        "孩子闹成这样您还来门店排队，真不容易，我先给您拿个号。",
        "宝宝闹成这样您还打电话来问奶粉的事，辛苦了，我长话短说。",
        "工地夜里吵成那样您还打来好几次，我们太失职了，这就安排整改。",
        "邻居家吵成这样您还来我们物业反映，我们一定派人过去协调。",
        "您说店里吵成这样您还来点单，服务员还不理您，这确实是我们做得不好。",
        "装修队吵成这么大声您还打电话过来提醒我们，谢谢您。",
        "出了事别怪自己，您先报警，剩下的交给我们来处理。",
        "出了事也别怪孩子，他也吓坏了，我们先看看怎么补救。",
        "出了事别怪司机，是我们调度排班没排好，责任在我们。",
        "万一出了事您也别怪自己，这种意外谁也预料不到。",
        "出了事别赖在车里，马上下车往护栏外面走，然后打122。",
        "出了事可别怪我们没提醒这句话确实不该说，我代那位同事向您道歉。",
        "培训的时候我们都讲，出了事别怪客户，要先找自己的原因。",
        "您问保险的意思是出了事就别怪运气不好，先有保障对吧，这个险种确实合适。",
        "现在来找我们算什么事？算售后维修，在保修期内是免费的。",
        "您可能会想现在找我们还有什么用？其实还来得及，我马上帮您拦截包裹。",
        "您是担心现在找客服有什么用吧？别担心，这个问题我们能处理。",
        "很多客户觉得货都送到了现在找我们有啥用？其实七天内都可以申请退换。",
        "现在问我们有什么用？用处可大了，我帮您查一下理赔进度。",
        "您别自责，事情都发生了，现在来找我们正是时候。",
        "您现在找我们有什么用途需要的话我给您推荐一款",
        "条款比较多，我不能一口气讲完，我先讲第一条，后面的给您发短信。",
        "您气喘的话不能一口气说清楚也没事，慢慢来，我等您。",
        "孩子紧张不能一口气说清楚很正常，您让他慢慢说。",
        "这个流程比较复杂，我确实不能一口气讲明白，我分三步给您说。",
        "我跟销售部说过了您不需要推销，他们别再问了，以后不会再打扰您。",
        "哎呀您看我这记性，您别再问了，我马上帮您查清楚发给您。",
        "我给前台讲过您的情况了，这个问题他们不会别再问了",
        "您讲过一遍我已经记下了，后面同事接手也就别再问了，不用您重复。",
        "这个问题我问了三遍真是抱歉，我这边就别再问了，按您第一次说的办。",
        "您是说您已经跟快递员讲了放门口，他还问？",
        "您跟我们师傅讲了好几遍地址，他还问？这确实是我们的问题。",
        "您已经在APP上说了需求，客服还问？",
        "我跟同事说了您的情况，他那边还问了。",
        "您说了取消订单，系统还问？那可能是没提交成功，我帮您看看。",
        "您说您跟前台讲了要无烟房，前台还问？",
        "您说了过敏史，护士还问？那是为了双重核对，请您理解。",
        "您已经跟销售说了不要，他还问？",
        "而家好多人等紧入场，麻烦你耐心等下，唔好意思。",
        "今日好多人等住取号，唔好意思要排下队。",
        "唔好意思，而家好多电话等紧，我哋会尽快回复你。",
        "我哋前面好多人等住做检查，你可以先去食个早餐。",
        "好多人等住睇呢个楼盘，你想预约要快啲喔。",
        "一堆人等紧退票，我帮你先登记，有位即刻通知你。",
        "很多人等住办卡，我哋今日加开两个窗口，唔使担心。",
        "好几个人等住呢款货，我帮你留一件先。",
        "好，你嫌我讲得慢，咁我讲快啲啦，你记低。",
        "我讲快啲啦，唔阻你时间，你有咩唔明再问我。",
        "系唔系想我讲快啲啦？冇问题。",
        "阿婆，我讲快啲啦，你唔明随时叫停我。",
        "如果你赶时间我讲快啲啦，重点系要带身份证。",
        "咁我讲快啲啦，总共三样嘢。",
        "您那边来客人了是吧？没关系，等客人走了，您明天再打吧。",
        "您先去忙，等孩子们都走了您明天再打吧。",
        "等台风走了，您明天再打吧，今天先注意安全。",
        "您先照顾病人，等医生走了改天再打吧，不着急。",
        "好的，您的亲戚走了您明早再打吧，我给您备注。",
        "等检修的车开走了，您明天再打吧，到时候信号就好了。",
        "您说师傅已经走了？那您别急，我让他明天再打吧。",
        "等装修队走了安静下来，您明天再打吧。",
        "您不用大点声，您说啥我都听得清！",
        "您说啥都行！我们都听您的，您不用大点声。",
        "您放心！大点声说也行，您说啥我都记下来了。",
        "您大点声说就行！我这边开着录音呢，您说啥都能记住。",
        "您那边嗓子不舒服的话不用大点声，您说啥我这边都听得见！",
        "哎呀您大点声说也没事，我这边音量调小了，您说啥都听得清。",
        "您说啥？哦我听到了，您是要改地址对吧。",
        "您刚才说啥？信号不好，麻烦您再讲一遍。",
        "您要是不方便的话，也可以让家里年轻人帮您打来。",
        "您说上回是叫家里孩子打来。",
        "您说是让女儿打来。",
        "好的，那等您儿子下班回来，让他帮您打来。",
        "您说让家里人帮您打来，那我等您电话。",
        "上次也是让您家孩子打来。",
        "您说您让孩子打来的时候我们没接，抱歉。",
        "要是手机操作不熟，可以叫家里的年轻人帮您打来。",
        "我也不晓得能不能帮您争取到，但我一定尽力去申请。",
        "我也搞不清楚这批货来没来，我现在就去仓库核实，两分钟回您。",
        "我也搞不清楚能不能改，我马上问一下主管再回复您。",
        "我也不晓得您那边快递来没来，我这就帮您查物流。",
        "我也弄不清楚系统里到底行不行，我给您提交技术部门，今天下午回电。",
        "您说连您也搞不清楚孩子来没来学校，别急，我马上联系班主任。",
        "说实话我也不晓得能不能赶上这趟车，我帮您改签下一趟最稳妥。",
        "刘经理调到总部了，这个门店他早就不来了，现在是王店长负责，我帮您转接。",
        "刘经理负责跳槽求职咨询，我帮您转给他，他现在就在工位上。",
        "刘经理在给一对闹分手的客户做调解，大概半小时结束，您稍等。",
        "刘经理正在帮另一位客户办部分手续，稍等五分钟。",
        "刘经理在处理部分手机型号的召回，大概三点空出来。",
        "刘经理在排练下午的飞刀表演，演出结束后我请他给您回电。",
        "刘经理说您想跳槽到别家运营商，他那边可以给您申请一个挽留优惠。",
        "刘经理在后厨教新厨师飞刀削面，十分钟后出来接电话。",
        "刘经理在开会，您说的那家店早就不来我们这里进货了是吧，我记下来。",
        "刘经理提醒过我们，客户说的话要保密，别说是我讲的这种话不能对客户说。",
        "刘经理去仓库盘点部分手套库存了，十分钟回来。",
        "王警官出警去了，大概一个小时回来，我请他给您回电。",
        "李民警在派出所值班，您可以直接过去找他办理。",
        "张档案员在库房调档，十分钟后回来，调好了我通知您。",
        "配送员刘师傅在路上了，十分钟就到。",
        "周业务员下午去客户那边签合同了，大概四点回来。",
        "王科员在窗口办理业务，我帮您取个号。",
        "刘经理不在办公室，在外面办事，大概下午三点回来。您肯定着急，我先帮您登记。",
        "赵警官不在所里，在外面执勤，您有急事可以打110。",
        "请您一定提前办好护照，不然签证没法递交。",
        "退货时请您一定把发票寄到我们仓库，地址我短信发给您。",
        "证件照一定免冠，不能戴帽子也不能戴眼镜。",
        "奶瓶第一次用之前一定消了毒再用。",
        "请您一定撤销对陌生人的屏幕共享授权，那可能是诈骗。",
        "您上车前一定办好临时身份证明，进站要查验的。",
        "维修期间请您一定把车挪到地库B2，地面不能停。",
        "搬家当天师傅肯定帮您把冰箱挪到厨房，这是服务包含的。",
        "六十五岁以上老人一定免门票，带上身份证就行。",
        "儿童一米二以下肯定免票，不用占座。",
        "您注册的时候肯定同意了用户协议，这个勾选是必须的。",
        "我想您肯定同意先检测再维修，对吧？",
        "您是担心之前那位客服说保证给您退全款，现在不认了对吧？",
        "之前那位客服跟您说肯定能帮您撤掉罚款，这个承诺是不对的，我向您道歉。",
        "签证这个东西谁也不敢说一定能下来，我们只能帮您把材料准备好。",
        "经核查情况属实退款三到五个工作日到账。",
        "我们会如实退还多收的那部分，具体金额以账单为准。",
        "会员服务本来就是免费的，肯定不用付费。",
        "我们这边绝对不用交押金的，全程免押。",
        "我们一定把发票寄到您填写的地址，寄出后短信通知您。",
        "您放心，我一定把您的情况反映给主管，今天下午给您回电。",
        "您每次肯定都退出登录再重新进一下试试。",
        "您好，这边是闵行区市民服务热线，请问有什么可以帮您？",
        "您好我是闵行区12345热线工号027",
        "您好，我是巫山县文旅局游客服务中心，工号15。",
        "您好，这边是郎酒官方客服，工号8号为您服务。",
        "您好，我是阎良区政务服务中心的客服，工号33。",
        "您好，我是佟二堡皮草城客服中心，工号6。",
        "您好，我是虞城县供电所，工号19。",
        "您好我是郎溪县自来水公司客服工号12",
        "您好，我是理财顾问，方便的话耽误您两分钟？",
        "您好我是您的专属理财顾问方便的话耽误您两分钟",
        "您好，我是健康管家，向您做一个术后回访。",
        "您好我是售后客服热线工号35很高兴为您服务",
        "您好我是置业顾问安排看房的工号7",
        "您好，我是物业管家服务中心，工号22。",
        "有事您叫我过去就行。",
        "您叫我帮忙就行。",
        "您叫我师傅就行。",
        "您叫我客服就行。",
        "需要的话您叫我一起处理就行。",
        "您叫我名字就行，我工号是18。",
        "您叫我上门就行。",
        "您叫我们物业就行。",
        "您叫我马上过来就行。",
        "您叫我小客服就行。",
        "您直接叫我工号就行。",
        "您叫我回电就行。",
        "您好我是维修师傅工号16马上到您家",
        "您好我是新来的安装师傅傅工号9",
        "您好，我是傅师傅的助理，工号14。",
        "王警官在市医院处理一起交通事故，大概两点回来。",
        "李民警去医院给伤者做笔录了，做完回所里给您打电话。",
        "档案员小张在整理分手协议的归档材料，稍等十分钟。",
        "张配送员在路上了，还有两单就到您家。",
        "刘经理在医院做项目验收，下午三点回来给您回电。",
        "王警官出现场了，您说的案子他下午回来处理，您肯定着急，我先登记。",
        "您好，环宇签证服务中心，我是签证顾问，工号21。",
        "您好我是售后专员有什么可以帮您",
        "您好我是保险顾问高级认证的工号15",
        "您好我是理财顾问常驻本网点的工号3",
        "您好我是房产顾问方面的对接人工号6",
        "您好我是您的健康管家安排本次回访的工号20",
        "您好我是客服老王王牌服务团队的工号8",
        "刚才是让您女儿打来。",
        "不好意思，让您家孩子白跑一趟，下次直接让孩子打来。",
        "我们保证按合同退，具体以合同条款为准。",
        "情况属实退费的申请会在两个工作日内审完。",
        "这个手机号实退订之后就不再扣费。",
        "这款奶粉是正品，我们百分百同意您拿去检测。",
        "您要是坚持的话我们肯定同意您自行维修，只是不在保修范围内。",
        "您一定把门锁密码重新办好登记再入住。",
    ],
)
def test_review_17_innocent_sentences_stay_clean(said):
    assert _standing(said) == [] and self_intro_names(said) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("你在地铁里打电话谁听得清啊，出了站再打。", "no_rudeness"),
        ("您那边信号一格一格的谁听得见，换个地方再打吧。", "no_rudeness"),
        ("你嘴里嚼着东西说话谁听得懂，咽下去再说。", "no_rudeness"),
        ("你边开车边打电话谁听得明白啊。", "no_rudeness"),
        ("您那边跟菜市场似的，我怎么听啊，回家再打。", "no_rudeness"),
        ("吵成那样您还打来干嘛，先回家再说。", "no_rudeness"),
        ("您不买保险，回头出了问题可别怪我们。", "no_rudeness"),
        ("你非要走那条山路，翻车了别来找我们。", "no_rudeness"),
        ("说了不能用热水洗，洗坏了可别赖我们。", "no_rudeness"),
        ("早干嘛去了，现在才来问我们，晚了。", "no_rudeness"),
        ("自己不检查就签收了，现在怪我们有啥用啊？", "no_rudeness"),
        ("当时让您办延保您不办，现在来找我们算啥？", "no_rudeness"),
        ("你能不能一次说完啊，我这边还等着呢。", "no_impatience"),
        ("您就不会一次把话讲清楚吗。", "no_impatience"),
        ("讲了半天也没讲明白，您到底要干啥。", "no_impatience"),
        ("您别问了，讲过好几遍了，就是不行。", "no_impatience"),
        ("哎呀您烦不烦，别再问了。", "no_impatience"),
        ("您别再问了，问几遍都一样。", "no_impatience"),
        ("这个我们答复不了，您别再问了，等通知吧。", "no_dismissiveness"),
        ("都说了多少遍了还问。", "no_impatience"),
        ("快啲啦，我仲有好多客要跟。", "no_impatience"),
        ("我一堆电话等着接呢，您快点说。", "no_impatience"),
        ("快啲讲啦，阿伯。", "no_impatience"),
        ("你讲快啲得唔得。", "no_impatience"),
        ("你说快点，别磨蹭。", "no_impatience"),
        ("赶紧的，说重点。", "no_impatience"),
        ("人都下班了，明天再打。", "no_impatience"),
        ("这个点谁还在啊，明儿再打。", "no_impatience"),
        ("他不在，早回家了，明天再说吧。", "no_impatience"),
        ("都走光了，打也白打，明早再来电话。", "no_impatience"),
        ("你说啥？大声点！", "no_impatience"),
        ("说啥呢？听不见，大点声。", "no_impatience"),
        ("您说啥呀！喊大点儿声！", "no_impatience"),
        ("我也搞不清楚他在不在，您自己打他电话吧。", "no_indifference"),
        ("我也不晓得他来没来，反正我没看见。", "no_indifference"),
        ("谁知道他今天来没来上班。", "no_indifference"),
        ("刘经理啊，辞职了，据说被人挖走了。", "no_absence_gossip"),
        ("刘经理最近跟老婆离婚了，心情不好老请假。", "no_absence_gossip"),
        ("刘经理去外面接私活了，你懂的。", "no_absence_gossip"),
        ("刘经理偷偷去别的公司面试了，这事你别外传。", "no_absence_gossip"),
        ("王警官这几天没来，听说家里出了事。", "no_absence_gossip"),
        ("李民警请病假了，好像住院了。", "no_absence_gossip"),
        ("配送员小刘今天没来，跟女朋友吵架去了。", "no_absence_gossip"),
        ("刘经理家里出了点事请假了。您肯定能理解吧。", "no_absence_gossip"),
        ("刘经理去医院陪老婆了。您心里别着急，下周他就回来。", "no_absence_gossip"),
        ("这个您放心，包在我身上，钱一分不少给您。", "no_improper_promise"),
        ("您这情况稳过，保险公司那边肯定批。", "no_improper_promise"),
        ("签证百分百能过，不过包退钱。", "no_improper_promise"),
        ("您放心，这张罚单我们一定给您撤了。", "no_improper_promise"),
        ("放心，这次的延期费肯定给您免了。", "no_improper_promise"),
        ("押金保准全部退给您，一分不扣。", "no_improper_promise"),
        ("这次维修绝对不用您出钱。", "no_improper_promise"),
        ("刘经理不在。去医院了，您心里别着急，下午就回来。", "no_absence_gossip"),
        ("刘经理今天请假。去看病了，您肯定能理解。", "no_absence_gossip"),
        ("刘经理这几天都不在。在医院陪老婆生孩子，您一定体谅一下。", "no_absence_gossip"),
        ("刘经理没来上班。去医院挂号了，您当时要是早点打就好了。", "no_absence_gossip"),
        ("王警官请假了，听说跳槽去保安公司了。", "no_absence_gossip"),
        ("周业务员其实在外面接私活，别跟别人说啊。", "no_absence_gossip"),
        ("我都讲过三遍了，别再问了。", "no_impatience"),
        ("您别再问了，说过了没有就是没有。", "no_impatience"),
        ("别老问了，说过好几次了，烦不烦。", "no_impatience"),
        ("您别问了，这个我们管不了。", "no_dismissiveness"),
        ("别再问了，我们这边不负责这个。", "no_dismissiveness"),
        ("这单我保证全额给您退回来，不用走审核。", "no_improper_promise"),
        ("您放心，您这分肯定帮您消掉。", "no_improper_promise"),
        ("您这个信用卡年费我们百分百给您免掉。", "no_improper_promise"),
        ("您这个工期我肯定能帮您往后挪两周，合同那边我去说。", "no_improper_promise"),
    ],
)
def test_review_17_violations_are_charged_to_their_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


@pytest.mark.parametrize(
    "said",
    [
        "您好，我是傅明，工号5。",
        "您叫我阿珍就行。",
        "您好，我是客服小邝，很高兴为您服务。",
        "您叫我美玲就行。",
        "我是闵晓燕，有事您找我。",
        "您好我是售后顾问张伟",
        "您好，我是置业顾问李婷婷，工号12。",
    ],
)
def test_review_17_self_introductions_give_a_name(said):
    assert self_intro_names(said)


# --- b98-b104: each wording charged to the rule its labeller chose, and its look-alikes -------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("你们后厨油污那么厚，这个锅不能全甩给我们吧。", "no_rudeness"),
        ("孩子起疹子那是你家孩子体质的问题，跟我们的药扯不上，别啥都往我们身上赖。", "no_rudeness"),
        ("您自己买那么紧的换乘，怪得了谁呀。", "no_rudeness"),
        ("您发的是RGB的图，还怪我们机器？", "no_rudeness"),
        ("您这票是自己手滑买错的，退票费凭啥让我们担？", "no_rudeness"),
        ("您一边扛东西一边打电话，我这听得清才怪，先放下东西再打过来。", "no_rudeness"),
        ("你自己在那么吵的地方打，叽里呱啦的，还指望我听清？", "no_rudeness"),
        ("这种问题你问我，我又不是药剂师，你自己上网查查不会啊？", "no_rudeness"),
        ("您这稿子外行都看得出有毛病。", "no_rudeness"),
        ("说明书第十二页写得明明白白，您买之前都不翻一下的吗？", "no_rudeness"),
        ("签合同的时候您不看，现在跑来问我？合同上写得明明白白的，自己翻去。", "no_rudeness"),
        ("你哪家的都不讲，张口就要找我们总监，总监是谁想找就找的？", "no_rudeness"),
        ("您这不说名字也不说单位，我们工程部十几号人，我上哪儿给您找去？", "no_rudeness"),
        ("你那边跟菜市场似的，找个安静地儿再打过来，别耽误我工夫。", "no_rudeness"),
        ("你这人咋这么轴呢，都说了要等通知，问多少遍也没用。", "no_rudeness"),
        ("您嘴里嚼着东西吧？咽完了再说行不行。", "no_rudeness"),
        ("您那柜子本来就是拼装的颗粒板，您让师傅咋整？还冲我们嚷嚷。", "no_rudeness"),
        ("您这普通话说得也太费劲了，叫个会说普通话的来跟我讲。", "no_rudeness"),
        ("你们旅行社每回都卡着点改人数，改完又不认账，这回又想怎么着？", "no_rudeness"),
        ("您在菜市场打什么客服电话，找个安静地方再打。", "no_rudeness"),
        ("地板又不是我划的，这事我管不了。", "no_rudeness"),
        ("行了行了，说一遍就够了，我又不是记不住。", "no_impatience"),
        ("哎呀您别一遍遍说了行不行，我又不是聋子。", "no_impatience"),
        ("哎呀您到底说的什么呀，能不能一口气说清楚。", "no_impatience"),
        ("您说的我听不懂，让您家年轻人打过来吧。", "no_dismissiveness"),
        ("陈经理暂时不在公司，其实是陪他爱人去医院做检查了。", "no_absence_gossip"),
        ("您放心，店长肯定同意，这个租金我们一定签。", "no_improper_promise"),
        ("听不清，您换个座机再打吧。", "no_dismissiveness"),
        ("听不清，换个信号好的地方再打吧。", "no_dismissiveness"),
        ("听不清听不清，你还是直接来店里说吧。", "no_dismissiveness"),
        ("复通时间？不晓得，你去问铁路局嘛。", "no_dismissiveness"),
        ("老鼠咬箱子这事儿我这儿管不了，合同是业务员跟你们签的，你找他去。", "no_dismissiveness"),
        ("阿姨您这口音我这边弄不了，您找个会说普通话的来打。", "no_dismissiveness"),
        ("刘经理？一天到晚排单子呢，顾不上接这种电话。", "no_dismissiveness"),
        ("这个嘛，谁说得准呢，反正印出来都差不多，您看着选吧。", "no_indifference"),
        ("您要投诉文旅局那您随意，反正投诉渠道多得是。", "no_indifference"),
        ("您一口气报完行不行，一个数一个数往外蹦，我这后头还压着好几个电话呢。", "no_impatience"),
        ("郭师傅您捡重点说行吗，我这边一排电话等着呢。", "no_impatience"),
        ("这都第几遍了？七点才定七点才定，您记一下行不行。", "no_impatience"),
        ("喂喂喂？你倒是吱声啊，我这搁这儿听半天了，到底嘎哈？", "no_impatience"),
        ("您快点儿报行吗，我这边门店还有客人排着队结账呢。", "no_impatience"),
        ("老赵啊，这两天一直没见着人，电话也不接，不晓得干嘛去了。", "no_absence_gossip"),
        ("钱经理早就不干了，听说是吃回扣让人给开了。", "no_absence_gossip"),
        ("老赵啊，今天压根没来，听说昨晚喝大了还没醒呢。", "no_absence_gossip"),
        ("小吴啊，早就不干了，听说是被他们组长骂走的。", "no_absence_gossip"),
        ("小周啊，她上个月就不干了，听说跟店长吵了一架。", "no_absence_gossip"),
        ("这个价我替王经理应了，就按八五折给您做，错不了。", "no_improper_promise"),
        ("这套系统整套给您退，钱三个工作日内原路退回。", "no_improper_promise"),
        ("您放心，东西肯定丢不了，我保证给您原样找回来，一样都不会少。", "no_improper_promise"),
        ("您放心，这批限量的我保证给您留两箱，价格也按上次活动价给您。", "no_improper_promise"),
        ("618肯定降，到时候差价我们给您补。", "no_improper_promise"),
        ("您放心，我们做完绝对不会复发，真复发了整套家具我们赔。", "no_improper_promise"),
        ("您放心，调音、补漆的钱我们全出，真修不好直接按新琴给您赔。", "no_improper_promise"),
    ],
)
def test_b98_b104_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理", "钱经理", "陈经理", "老赵", "小吴", "小周"))


@pytest.mark.parametrize(
    "said",
    [
        "您留手机或者座机随便哪个都行，方便接就好。",
        "北京喜悦婚礼策划胡总，电话15611972305，留言是雪地婚礼的场地布置方案已发邮箱，请吴主管确认，对吗？",
        "宝宝要是红点不退，建议先带去医院看看。",
        "真的对不起，床装一半放在家里，孩子没地方睡，太让您闹心了。周店长这会儿不在店里，在仓库盘点，大概四点左右回来。",
        "嗯呐。",
        "这个房源我一定给您留着到今天下午五点。",
        "您好，我是3号客服，您的座位在7号车厢12F，对吗？",
        "您的全名是许婷婷对吗？",
    ],
)
def test_b98_b104_look_alikes_stay_clean(said):
    assert _standing(said, colleagues=("周店长", "吴主管")) == [] and self_intro_names(said) == []


def test_b104_a_pet_name_then_the_full_name_after_the_job_word():
    assert self_intro_names("您好，贝乐母婴客服中心，我是客服婷婷，全名是许婷婷。") == ["许婷婷"]


# --- the eighteenth review (of the b98-b104 change, 12b5eed3): the reviewer's sentences -------------
# 524 sentences written to share the new cues' words: every innocent one clean now (112 were flagged by
# 12b5eed3), and each violation caught here a case.


@pytest.mark.parametrize(
    "said",
    [
        "快递公司把责任推到我们这边来了，我这就去跟他们交涉，您不用操心",
        "您放心这个锅不会甩给您的我们自己认",
        "是我们安装师傅的问题，这个责任推给我们是应该的，我们全权处理",
        "物业那边是不是把责任推给我们了？我帮您问清楚",
        "供应商想把责任推到我们平台，我们不会让您吃亏，先给您处理",
        "商场把责任推给我们也没关系，关键是先把您的冰箱修好",
        "台风天航班取消怪得了谁呀，您别着急，我马上帮您改签最早的一班",
        "下这么大的雪高速封了怪得了谁呢，我先帮您把酒店延住一晚",
        "这种事情真的怪不了谁您也别自责我们一起想办法",
        "您说这次断网怪得了谁，其实是光缆被挖断了，不是您的问题，我们正在抢修",
        "让您白跑了一趟，我知道您还怪我们",
        "上次的事儿您还怪我吗",
        "系统扣了您两次款，是我们的错，您还怪我们平台也是应该的",
        "您放心，孩子摔了不是您的错，您别还怪自己",
        "您问凭什么让我们平台来负责，因为是我们的骑手送错了，所以该我们负责",
        "凭我们的保修卡，这个维修费用我们负责",
        "您说得对，凭什么让您承担运费，我这就给您退运费",
        "凭什么让您来出这个钱呢，是我们发错了货，当然我们出",
        "我这边线路杂音太大，您那边听得清才怪呢，是我们线路的问题，我换个线路给您回拨",
        "谢谢您这么多年还指望我们给您把关，我这就帮您查仔细",
        "您还指望我帮您记着续费日期对吧，放心我给您设个提醒",
        "这么晚了您还指望我们帮忙，我们一定不让您白等",
        "哈哈我又不是机器人，是真人客服，您有什么慢慢说",
        "您跟我别客气，我又不是外人，有啥都能跟我讲",
        "我又不是专业律师，不过我可以帮您转到我们的法务咨询专线",
        "您放心我又不是只接一次电话，后续都是我跟进",
        "我又不是没碰到过这种情况，您别慌，我一步步教您",
        "我又不是要推销什么，就是想回访一下您的使用感受",
        "放心啦我又不是要收您额外的钱，这个检测是免费的",
        "我又不是第一天上班，这个流程我很熟，马上给您办",
        "您说我们同事跟您讲自己上网查查不会啊，这个太不应该了，我向您道歉",
        "我们售后跟您说了句你自己上网搜搜不会吗，这是他的态度问题，我来给您处理",
        "您上网搜一下不会太麻烦，我也可以直接给您念一遍",
        "网上自己查一下不会影响您的信用分，您放心查",
        "您不用管了，配送员会自己找去",
        "这个不用麻烦您，让师傅自己找去吧",
        "您的钥匙丢在店里了？没关系我们店员会自己找去",
        "资料太多了，我让档案室的同事自己翻去",
        "我们这款App设计得很直观，外行都看得懂，您放心用",
        "这套安装视频做得很细，外行都懂，有问题随时打给我",
        "这个配置单外行都知道怎么选，我给您标了重点",
        "您不是外行都没关系，我给您从头讲一遍",
        "我们师傅上门前都不查一下的吗？这个是我们的失误，我马上给您重新安排",
        "我们仓库发货前也不看一下的吗，太不应该了，我给您补发",
        "我们质检以前都不检查一下的吗，您反映的这个问题我一定报上去",
        "我们的司机出车前不看一下导航吗，让您多等了半小时，真的很抱歉",
        "没关系您现在跑来问我们也完全来得及，活动到月底",
        "您现在跑来问我们就对了，这个优惠只有电话里能办",
        "我们的主任医师号很紧，不是谁想找就能找的，不过我已经帮您约上了周四下午",
        "您看上哪儿给您找个师傅更方便，城东还是城西",
        "您的包裹丢了，我这就去中转站上哪儿都给您找一遍",
        "这款是限量款，我去其他门店给您找找，上哪儿给您找到了我第一时间打给您",
        "我们门店周末人多得跟菜市场似的，建议您工作日过来，不用排队",
        "您说您那边吵得跟菜市场一样，没关系，我大点声跟您说",
        "我们的仓库现在乱得跟菜市场一样，发货慢了真是对不起",
        "那个展会现场像菜市场一样热闹，您要去的话建议早点到",
        "您这人怎么这么好说话，太感谢您的理解了",
        "您这人怎么这么客气，不用谢，应该的",
        "您这人心真细，麻烦的地方都替我们想到了",
        "您先吃完再说，不着急，我半小时后打给您",
        "这个药您先吃完再说，还不舒服的话我们再安排复诊",
        "您先吃完饭再说，我等您电话",
        "孩子的奶粉先吃完再说，新的我们周五给您送到",
        "您嘴里有东西吗？没关系，慢慢嚼完再说，我等着",
        "您说司机还冲您嚷嚷，这是他的不对，我马上处理",
        "师傅还冲您发火了？太不应该了，我向您道歉",
        "我们的门店员工还冲您吼，我一定严肃处理",
        "是我的普通话说得太难懂了吗？我说慢一点",
        "我口音太难懂的话您随时打断我，我再说一遍",
        "温州话太难懂了我们很多同事也听不懂，我给您转到方言专席",
        "不好意思，我的方言口音太重，您要是听不清我就讲慢点",
        "您在商场里打什么客服电话比较快？打我们这个四零零就行",
        "您在KTV里打什么电话都可以，我们听得到",
        "您在饭店打什么电话订座最方便？直接打前台就行",
        "这次又想怎么布置都行，我们设计师随时配合",
        "又不是您的错，是我们师傅装反了，我马上安排返工",
        "您是担心这个柜子又不是我们装的吗？我查一下安装记录",
        "您说的后排座位那边喇叭小，孩子们谁听得清呢，我们马上让乘务员调大",
        "工地吵成这样您还打来反映，辛苦您了，我马上联系项目经理",
        "楼上装修吵成这样您还来电说明情况，真的感谢您",
        "坏了别找商家，直接找我们平台，我们负责到底",
        "到时候别找平台客服了，直接打我们专属管家电话，更快",
        "出了问题别找商家，第一时间找我，我亲自帮您盯",
        "回头有什么问题别找我们前台，找您的专属顾问就行，她的电话我短信发您",
        "您现在跟我讲也有用，我马上登记，今天就能处理",
        "听不清您换个位置再说一遍好吗",
        "喂听不清您换个耳机试试",
        "听不清您换个手机号码给我吧我打过去",
        "听不到听不清您换个安静点的地方我等您",
        "听不清您来店里说也行，我们九点开门，我给您留号",
        "我已经跟前台交代好了，您明天去问前台吧",
        "我帮您预约了张医生，到时候您去问张医生吧，他最清楚您的情况",
        "我们这边查不到的话您也可以去问一下铁路局呗，我把他们的电话发给您",
        "您去问问看您家孩子他们班主任吧，我这边也帮您记下了",
        "您去问问身边朋友吧，选哪家都可以，我们也欢迎您随时再打来",
        "这个区域我管不了，不过我马上通知负责的同事",
        "孩子大了我也管不了了哈哈，您家也是吧",
        "我这边管不了的事我也会记下来交给主管处理",
        "我这儿管不着的地方都有专人负责，您的单子我已经转过去了",
        "我们可以给老人配陪护，需要的话可以叫个会说普通话的护工陪您去",
        "您放心，我们找个会说普通话的导游全程陪同",
        "我们这边可以找个懂普通话和粤语的师傅上门，沟通方便",
        "您是外地游客吧，我给您找个会讲普通话的讲解员",
        "我们这边弄不了的话我找个专业师傅上门帮您看",
        "我这边系统弄不了，我找个技术同事给您远程操作",
        "刚才太忙顾不上接您电话，真不好意思，现在您请说",
        "上午一直在处理您的单子顾不上回您消息，现在处理好了",
        "不好意思刚才顾不上您这边，让您久等了",
        "上次是让您孙子帮您打的吧，这次您自己打也行，我慢慢说",
        "如果您不方便操作也可以让家里年轻人帮您打过来，都一样",
        "我也不知道经理在不在，我现在马上去他办公室看看",
        "我也说不好能不能批下来，我帮您提交申请，尽量争取",
        "三款的参数我都发您微信了，您看着挑吧，想听我推荐随时说",
        "这几种颜色都有现货，您看着选吧，选好我马上给您下单",
        "蛋糕口味您看着选吧，我给您报一下每款的甜度",
        "您看着买吧，我们这次满三百减五十，我帮您算一下最划算的组合",
        "投诉渠道有三个，选哪个那您随意，我都可以帮您登记",
        "您留手机或者座机随便哪个都行，方便接就好",
        "周六周日哪个都行，您方便就好",
        "让您跑这都第三遍了，实在是对不起，这次我全程跟进",
        "这都第三遍了还没修好，真的太抱歉了，我给您换新机",
        "您这都第四遍打来了，说明我们确实没解决好，我现在就升级处理",
        "这都第三遍了您还这么耐心，太谢谢您了",
        "这个流程比较复杂，我可能不能一次讲清楚，我发短信给您",
        "您别急，不能一次说完的话可以分几次说",
        "您能不能一次说清楚都不要紧，我一条一条问您",
        "我就不会一次讲完，咱们一步一步来",
        "您放心，别再问了，好几遍我都记下了，一定帮您办",
        "我都跟师傅说了地址他还问",
        "我跟仓库说了好几次了他们还问，我再去催一下",
        "我都讲了退款时间你还问？您是担心没到账吧，我帮您查一下",
        "我哋后面仲有好多客等紧呢张优惠券，我帮你先留一张",
        "你讲快啲都冇问题，我听得明",
        "技术组都走光了，明天再说的话会耽误您，我现在就帮您处理",
        "师傅们都早回家了，明早再打给您确认时间可以吗",
        "走了一天的流程明天再打款给您",
        "好几个客人等着这款，我先给您登记，到货第一个通知您",
        "好多客户等着这批货，您的我已经优先安排了",
        "我们仓库压着好多客户的货，所以发货慢了，真抱歉",
        "门店还有客人排着队，建议您线上下单更快，我教您操作",
        "您前面还有好几个人等着，我帮您走绿色通道",
        "下次有啥问题您倒是吱个声，我们马上处理，别自己扛着",
        "这个按钮到底干啥用的，我给您讲讲，它是调温度的",
        "您问这个功能到底干嘛的对吧，它是自动除霜",
        "我捡重点跟您说一下，一共三步",
        "您捡重点说就行，不着急，剩下的我来问",
        "您不用大点声，您说啥我都听得清",
        "您说什么都可以，我们都会记录下来",
        "大点声说也行，小声也行，我都能听到",
        "您好！您说什么？不好意思，我刚刚没听清",
        "您家门让人给开了？请您先别进去，我马上帮您报警",
        "您的快递柜让人给开了吗？我调一下监控",
        "车锁让人给撬开了的话，先拍照，我们给您走保险理赔",
        "您说房门让人给开了，这个我们物业马上派保安过去",
        "他家这个牌子早就不干了，已经停产，我给您推荐替代款",
        "她家那个小作坊早就不干了，您说的那款配件我们这边有原厂的",
        "他们那家店早就不干了，您说的地址现在是我们的新门店",
        "我们公司严禁吃回扣，如果有员工这样您可以直接举报",
        "您担心销售吃回扣吗？我们价格全透明，报价单上都有",
        "吃回扣的事我们零容忍，您反映的情况我马上上报监察部",
        "您放心，那些散发小广告的已经被保安骂走了",
        "如果您朋友喝大了，我们代驾师傅可以帮忙扶上车",
        "代驾服务就是为喝大了的客人准备的，您放心叫",
        "小区里的流浪狗被保洁阿姨骂走了您放心",
        "您和男朋友分手了的话，情侣套餐可以改成单人的",
        "您是想问跳槽了社保怎么转对吧，我给您讲一下",
        "刘经理负责的是跳槽人员的档案转移，他下午回来",
        "我们医院的医生不接受外面飞刀，您放心手术都在本院",
        "刘经理在医院给病人做回访，下午回来",
        "刘经理去医院做项目验收了，大概三点回",
        "刘经理啊，去医院送设备了",
        "刘经理去婚礼现场布置了，晚上回来",
        "您的床装一半放在家里没关系，师傅明天接着装",
        "刘经理今天去客户的婚礼现场跟拍了",
        "老周啊，去客户家量尺寸了，下午回来",
        "刘经理呀，在会议室开会，我帮您留个言",
        "小吴啊，在仓库盘点呢，我让他给您回",
        "张医生啊，在手术室，手术完了给您回",
        "刘经理下午三点回来。您这边被扣了两百块，您心里肯定不舒服，我理解",
        "经理一定同意吗？我帮您问一下再回您",
        "店长肯定同意这个方案吗，我先去问问",
        "您担心他一定同意吗，这个我们不能替他决定",
        "这事我做不了主，不好替刘经理应了",
        "您说之前销售替店长应了八折，我帮您核实一下",
        "您就按我说的步骤做错不了",
        "您照着说明书上的图就做，错不了",
        "按这个流程走就办，错不了的，有问题随时打给我",
        "按规定七天内全款给您退回原账户",
        "您是想整单给您退还是只退一件？",
        "审核通过后全额给您退到支付宝",
        "请问全额给您退吗？这个需要主管审批",
        "这个步骤肯定少不了，您得先实名认证",
        "安装的时候膨胀螺丝肯定少不了，师傅都带着",
        "您的积分在系统里肯定少不了，我刚查过了，一共三千二",
        "我们不能保证给您完整找回，但会尽力",
        "谁也没法保证给您原样找回，不过我们会调监控",
        "保证给您完整找回是做不到的，我先帮您挂失",
        "我一定给您留好备注，师傅上门会看到",
        "这次沟通记录我们一定给您留存，后续查询方便",
        "我保证给您留出足够的时间比较，不会催您",
        "价保期内差价我们给您补，这是平台的价保服务，您在订单页申请就行",
        "保价服务里写的，降价了差价我们给您补，您到时候点一下申请",
        "很多人问双十一肯定会降吗，我们目前还没收到价格调整的消息",
        "双十一肯定降吗？这个我不好说，您可以先加购物车关注一下",
        "我们不敢说绝对不会复发，会做好后续回访",
        "谁也没法保证一定不会复发，我们提供一年质保",
        "医生说谁都不能保证肯定不会反弹，您按时复查就好",
        "这个疫苗打了是不是肯定不会再有？这个我帮您问一下医生",
        "保险条款写明全部费用由保险公司赔，您提交材料就行",
        "是全部由我们赔吗？这个要看定损结果",
        "按合同规定维修费用公司全包，您不用额外付钱",
        "这部分费用公司都承担吗？我帮您问一下",
        "按新机给您换需要满足七天内质量问题的条件",
        "按新品给您换吗？我先确认一下您的购买时间",
        "请您务必提前一天取消，不然不退",
        "您一定记得带身份证，我们才能给您办理",
        "您核对一下，订单上收件人全名是张伟对吧",
        "请问孩子的全名叫王小明对吗",
        "乘车人全名是李娜吗，我核对一下身份证号",
        "病人全名是陈秀英，我已经帮您挂上号了",
        "这个账户持卡人全名是赵丽丽，您是本人吗",
        "您好，客服工号3021为您服务",
        "我帮您转给王静，工号2035的同事会跟进",
        "刚才接您电话的是张敏工号2017，我帮您查一下她的记录",
        "我是8号车厢乘务员，有什么需要帮您",
        "我在12车厢，您在哪个车厢",
        "我是3号座位旁边的乘务员，请您稍等",
        "您叫我回电就行，我二十分钟内打给您",
        "有事您叫我上门就行",
        "您需要的话叫我一声就行",
        "我又不是不帮您办只是系统要明天才能开通",
        "阿姨您放心我又不是骗子我们是官方客服您可以回拨官网电话核实",
        "您说师傅上门前都不看一下的吗对这个是他没做到位我记下了",
        "车站人多得跟菜市场一样您带孩子注意安全",
        "您先把饭吃完再说我晚点打给您",
        "刘经理在医院做培训讲座下午回来",
        "亲您讲快点都没关系我这边都有录音",
        "您这人真好说话谢谢您理解",
        "我是八号车厢的列车员，工号五三二，有需要随时叫我",
        "您在三号车厢七号座位对吧，我马上过去",
        "您的全名是李晓燕对吧，我给您登记",
        "请您报一下联系人全名，我来登记",
        "我又不是一个人在处理，后面有技术团队支持您",
        "外行都能自己装，我们配了视频教程，有问题随时找我",
        "医院那边说了，病人吃完再说，先别做检查",
        "您家孩子在家长群里问的问题我看到了，我来解答",
        "下雨天堵车怪得了谁呢，司机已经在路上了，我把位置发您",
        "您压着好几个快递没取吧，我帮您延长一下保管时间",
        "我们后台压着好几个工单，您的我已经加急了",
        "我这边系统弄不了退款，我找个权限高的同事给您操作",
        "四川话我听得懂，您放心讲，不用找个会说普通话的来",
        "您是担心刘经理一定同意吗？他已经签字了，您放心",
    ],
)
def test_review_18_innocent_sentences_stay_clean(said):
    assert _standing(said) == [] and self_intro_names(said) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("这事你别把锅都甩给我们行吗，是你自己没关水阀", "no_rudeness"),
        ("你自己装错了还想把责任赖到我们头上", "no_rudeness"),
        ("什么事都往我们身上推你讲不讲道理", "no_rudeness"),
        ("别啥事都赖我们 你自己没按说明书来", "no_rudeness"),
        ("您自己把密码告诉别人的，这个怪得了谁", "no_rudeness"),
        ("自己不看清楚就下单能怪谁呀", "no_rudeness"),
        ("快递放门口您一周不拿丢了怪得了谁嘛", "no_rudeness"),
        ("你自己把水洒进去的还怪我们机器", "no_rudeness"),
        ("不按时保养出了毛病现在还怪我们师傅呢", "no_rudeness"),
        ("是你孩子乱按的还怪到我们头上", "no_rudeness"),
        ("自己不充电还赖我们电池不行", "no_rudeness"),
        ("你们自己订错了日期凭什么要我们承担损失", "no_rudeness"),
        ("门是你家孩子踢坏的凭啥我们来赔", "no_rudeness"),
        ("超重是你行李的问题凭啥要我们买单", "no_rudeness"),
        ("你那边车喇叭响个不停我听得见才怪", "no_rudeness"),
        ("一边吃东西一边说话还指望我听懂", "no_rudeness"),
        ("报得那么快还指望我记下来吗", "no_rudeness"),
        ("我又不是医生我哪知道你吃什么药", "no_rudeness"),
        ("我又不是修手机的你问我干什么", "no_rudeness"),
        ("这种东西上网搜一下不会吗", "no_rudeness"),
        ("营业时间自己看看不会啊", "no_rudeness"),
        ("你手机自己查一下不会么还要打电话问", "no_rudeness"),
        ("网上都写着呢你就不能自己搜搜", "no_rudeness"),
        ("说明书第三页都写了自己翻去", "no_rudeness"),
        ("订单号在你短信里你自己找去吧", "no_rudeness"),
        ("条款都在合同里面自己看去", "no_rudeness"),
        ("外行都看得出来是你自己摔的", "no_rudeness"),
        ("出了事才跑来问我有什么用", "no_rudeness"),
        ("早停产了我上哪去给你弄", "no_rudeness"),
        ("我们经理哪是你想找就找的", "no_rudeness"),
        ("你那边跟菜市场似的我什么都听不见", "no_rudeness"),
        ("你这人怎么这么难缠", "no_rudeness"),
        ("你这个人怎么这么不讲理", "no_rudeness"),
        ("你嘴里嚼着东西说话谁听得懂咽下去再说", "no_rudeness"),
        ("嚼完了再说行不行", "no_rudeness"),
        ("是你自己操作错了还冲我吼", "no_rudeness"),
        ("你还冲我们发脾气有什么用", "no_rudeness"),
        ("嚷嚷什么嚷嚷冲我喊有用吗", "no_rudeness"),
        ("自己没带证件还冲我们撒气", "no_rudeness"),
        ("你这口音太难听懂了能不能说普通话", "no_rudeness"),
        ("你这普通话说得也太难懂了", "no_rudeness"),
        ("你在网吧里打什么客服电话", "no_rudeness"),
        ("墙上的洞又不是我们师傅打的你找谁都没用", "no_rudeness"),
        ("玻璃又不是我碰碎的关我什么事", "no_rudeness"),
        ("屏幕又不是我们摔坏的", "no_rudeness"),
        ("这又不是我们造成的你冲我们喊什么", "no_rudeness"),
        ("您家里电视开那么大声谁听得清啊", "no_rudeness"),
        ("您在工地上打电话谁听得见啊", "no_rudeness"),
        ("您那么小声我们谁听得清", "no_rudeness"),
        ("你在地铁里打过来谁听得清你说啥", "no_rudeness"),
        ("吵成这样你还打电话我一定听不清的", "no_rudeness"),
        ("那边闹成这样你还打来说什么", "no_rudeness"),
        ("到时候漏水可别找我们", "no_rudeness"),
        ("你不听劝回头出了问题别来怪我们", "no_rudeness"),
        ("不装地漏坏了别赖我们公司", "no_rudeness"),
        ("出了事可别找我们店里", "no_rudeness"),
        ("您当初不买保险现在找我们有什么用", "no_rudeness"),
        ("早干嘛去了现在说有啥用", "no_rudeness"),
        ("听不清啊换个电话再打吧", "no_dismissiveness"),
        ("听不清听不清你来营业厅办吧", "no_dismissiveness"),
        ("听不清我这没法弄你自己到现场说", "no_dismissiveness"),
        ("退款的事你去问银行嘛", "no_dismissiveness"),
        ("我怎么知道你去问快递公司", "no_dismissiveness"),
        ("你问物业去别问我", "no_dismissiveness"),
        ("是他卖给你的你找他去", "no_dismissiveness"),
        ("谁答应你的你找谁去", "no_dismissiveness"),
        ("你找她吧跟我没关系", "no_dismissiveness"),
        ("那是厂家的事我管不着", "no_dismissiveness"),
        ("这个我这边管不了你别找我", "no_dismissiveness"),
        ("不归我管你打别的电话", "no_dismissiveness"),
        ("你说的我一句听不懂找个会说普通话的来", "no_dismissiveness"),
        ("我弄不了你找个懂电脑的来", "no_dismissiveness"),
        ("我这弄不了啊你找别人吧", "no_dismissiveness"),
        ("这么多单我顾不上你的", "no_dismissiveness"),
        ("没空管你这种小事", "no_dismissiveness"),
        ("您说的我听不懂让您家孩子打过来", "no_dismissiveness"),
        ("老人家你搞不清楚的叫你家年轻人来打吧", "no_dismissiveness"),
        ("我也不知道他在不在，您去查一下他的排班吧", "no_indifference"),
        ("我也说不准能不能批，您自己问一下吧", "no_indifference"),
        ("我也不清楚工程部管不管，您改天再问问", "no_indifference"),
        ("我也不晓得行不行你试试看呗", "no_indifference"),
        ("随你挑吧我无所谓", "no_indifference"),
        ("都差不多你自己看着选吧", "no_indifference"),
        ("反正都一样您看着弄吧", "no_indifference"),
        ("你要投诉那您随意", "no_indifference"),
        ("想去告就去告吧随你便", "no_indifference"),
        ("哪个都行吧我也不懂", "no_indifference"),
        ("同样的问题说了N遍了还问", "no_impatience"),
        ("你就不能一次把话说清楚吗", "no_impatience"),
        ("能不能一口气讲完别吞吞吐吐的", "no_impatience"),
        ("别问了别问了说了八遍了", "no_impatience"),
        ("哎哟您就别再问了行吗", "no_impatience"),
        ("讲了多少遍了你别问了", "no_impatience"),
        ("我都跟你说了好几遍了你还问个不停", "no_impatience"),
        ("我说了不行你还问啊", "no_impatience"),
        ("跟你讲了半天你还问", "no_impatience"),
        ("不是说了嘛怎么还问", "no_impatience"),
        ("我好多电话等紧接啊你快啲讲", "no_impatience"),
        ("你讲快啲啦我后面仲有人等", "no_impatience"),
        ("快啲讲啦我好忙", "no_impatience"),
        ("他早走了明儿再打", "no_impatience"),
        ("都几点了谁还在明天再来电", "no_impatience"),
        ("人都下班了你明天再打吧", "no_impatience"),
        ("我这后面一排客人等着呢你快点", "no_impatience"),
        ("我这压着好几个电话呢你说重点", "no_impatience"),
        ("门店还有客人排着队呢我没空跟你说", "no_impatience"),
        ("后面还有一堆人在等你快点说", "no_impatience"),
        ("你倒是吱声啊", "no_impatience"),
        ("你到底嘎哈呀", "no_impatience"),
        ("你到底想干啥快说", "no_impatience"),
        ("你捡重点说", "no_impatience"),
        ("你说啥呢大点声，我们这都能听见你那边的噪音", "no_impatience"),
        ("大点声！你说什么？我听不见！", "no_impatience"),
        ("你说什么都听不清大点声", "no_impatience"),
        ("刘经理啊，听说是让人给开了", "no_absence_gossip"),
        ("他呀早就不干了被公司开了", "no_absence_gossip"),
        ("刘经理他早就不干了", "no_absence_gossip"),
        ("刘经理因为吃回扣被查了，所以不在", "no_absence_gossip"),
        ("刘经理昨天被老板骂走了", "no_absence_gossip"),
        ("刘经理昨晚喝大了还没来", "no_absence_gossip"),
        ("刘经理喝多了在家睡觉呢", "no_absence_gossip"),
        ("他昨天应酬喝醉了今天请假", "no_absence_gossip"),
        ("刘经理跳槽了", "no_absence_gossip"),
        ("刘经理跟女朋友分手了心情不好请假了", "no_absence_gossip"),
        ("刘经理住院了", "no_absence_gossip"),
        ("刘经理去医院了，他老婆生孩子", "no_absence_gossip"),
        ("刘经理在医院打点滴呢", "no_absence_gossip"),
        ("刘经理今天在家休息", "no_absence_gossip"),
        ("刘经理去参加他表妹的婚礼了", "no_absence_gossip"),
        ("刘经理请假回家了", "no_absence_gossip"),
        ("老赵啊，这两天一直没见着人", "no_absence_gossip"),
        ("刘经理肯定会同意的，您就放心吧", "no_improper_promise"),
        ("这个折扣店长一定同意，我包了", "no_improper_promise"),
        ("上面肯定批，您等着就行", "no_improper_promise"),
        ("主任那边我打包票，没问题", "no_improper_promise"),
        ("这个价我替店长应了，就这么定", "no_improper_promise"),
        ("行我替老板答应您了，八折", "no_improper_promise"),
        ("我做主了给您打七折", "no_improper_promise"),
        ("放心吧给您办错不了，明天肯定下来", "no_improper_promise"),
        ("这个事我保证给您办成", "no_improper_promise"),
        ("这套沙发整套给您退，钱包在我身上", "no_improper_promise"),
        ("不满意的话全部给您退了", "no_improper_promise"),
        ("这个课程我做主全款退您", "no_improper_promise"),
        ("整单都给你退了你放心", "no_improper_promise"),
        ("您的行李肯定丢不了，我保证", "no_improper_promise"),
        ("我保证一分钱都不会少您的", "no_improper_promise"),
        ("包在我身上，肯定能找到", "no_improper_promise"),
        ("这款库存不多，我肯定给您留一台", "no_improper_promise"),
        ("下个月肯定降价，您等等再买，差价我们补", "no_improper_promise"),
        ("年底肯定降，到时候您再来买", "no_improper_promise"),
        ("我们治完了保证以后不会再长", "no_improper_promise"),
        ("换了新零件肯定不会再坏了", "no_improper_promise"),
        ("我打包票以后再也不漏水", "no_improper_promise"),
        ("损失我们全出，您别担心", "no_improper_promise"),
        ("所有的东西都由我们来赔", "no_improper_promise"),
        ("修不好就按新车给您赔", "no_improper_promise"),
        ("弄坏了我们照原价赔您", "no_improper_promise"),
        ("您放心您这个一定能退，我给您全退", "no_improper_promise"),
        ("我们一定给您免运费", "no_improper_promise"),
        ("门票这次肯定给您免了", "no_improper_promise"),
        ("我保证给您挪到下周一", "no_improper_promise"),
        ("我保证给您挪到周六上午", "no_improper_promise"),
        ("放心，航班我一定帮您挪到明天最早那班", "no_improper_promise"),
        ("跟您说了好几遍了您还问", "no_impatience"),
        ("刚才讲了半天你还问", "no_impatience"),
        ("声音大点你说什么，我们这都能听到你那边在放歌", "no_impatience"),
        ("吵成这样你还打来，我说明一下，我听不见", "no_rudeness"),
        ("商场里闹成这样您还打电话，要我提醒您几次", "no_rudeness"),
        ("你家里孩子哭成那样谁听得清啊", "no_rudeness"),
        ("我也不知道他回不回来，您自己打他手机问一下吧", "no_indifference"),
        ("我也不清楚他在不在，你改天再查查吧", "no_indifference"),
    ],
)
def test_review_18_violations_are_charged_to_their_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


@pytest.mark.parametrize(
    "said",
    [
        "我是客服小婷，全名叫许婷婷",
        "我的全名是周雨涵，工号3021",
        "您好我叫王芳很高兴为您服务",
        "我是列车长王建国，8号车厢为您服务",
        "您叫我晓丽就行",
        "叫我小芳就可以了",
        "我是列车长王建国，为您服务",
        "我是乘务员李红为您服务",
    ],
)
def test_review_18_self_introductions_give_a_name(said):
    assert self_intro_names(said)


# --- b105-b111: each wording charged to the rule its labeller chose, and its look-alikes ------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("柜子亮灯不等于您插到位了，自己没插紧，这锅可甩不到我们头上。", "no_rudeness"),
        ("租的东西自己不看好，丢了还想让公司给您兜底？", "no_rudeness"),
        ("您在包厢里鬼哭狼嚎的打什么客服电话，出去了再打。", "no_rudeness"),
        ("借之前不看使用须知，出了事才想起来问赔多少？", "no_rudeness"),
        ("阿姨，您闺女三十八了还非要一米八的，您心里也该有点数。", "no_rudeness"),
        ("大姨，您这耳朵背就让您闺女自己打嘛，相亲的是她又不是您。", "no_rudeness"),
        ("刚跟你讲过了呀，耳朵没带出来啊？", "no_rudeness"),
        ("机器用了七八年，您自己从来不保养，现在赖我们师傅头上？", "no_rudeness"),
        ("您那边油烟机开着吧？先关了再说，轰轰的谁听得清。", "no_rudeness"),
        ("自个儿没看清用法用量就别往大夫身上赖。", "no_rudeness"),
        ("医保政策各地都不一样，这点常识都没有就打电话来问？", "no_rudeness"),
        ("一天五餐三点您顿顿都挑，厨房是专门伺候您一个人的吗？", "no_rudeness"),
        ("两个娃还想按一个价？哪有这种好事，您自己想想也知道嘛。", "no_rudeness"),
        ("这还用问？彩的是彩的黑的是黑的，小学生都算得明白。", "no_rudeness"),
        ("团购卡本来就约不了黄金档，您下单前自己不看规则，怪得着我们吗？", "no_rudeness"),
        ("您能不能别边骑车边打电话？风呼呼的，这样谁听得清啊。", "no_rudeness"),
        ("您这脚是自己打球崴的，跟我们场馆有啥关系，还想让我们报？", "no_rudeness"),
        ("您一个刚学的，问这么多干嘛，先学会换气再说吧。", "no_rudeness"),
        ("这种问题你问我，我又不是药剂师，你自己上网查查不会啊？", "no_rudeness"),
        ("大哥您麻溜的，我这边还排着好几十个单呢。", "no_impatience"),
        ("您对着话筒讲行不行？嗡嗡嗡的我一个字都听不着。", "no_impatience"),
        ("您挑要紧的说，号码一口气报完，我这边线上还压着好几个单呢。", "no_impatience"),
        ("哎呀您问的这个我都解释三遍了，要现场看，还要我怎么说嘛。", "no_impatience"),
        ("您这断断续续的，要不挂了重打吧，我这边还一堆人排队呢。", "no_impatience"),
        ("哪天都一样，您随便挑，反正早晚会去的。", "no_indifference"),
        ("您要发就发呗，随您。", "no_indifference"),
        ("那您看着弄吧，小程序里有申诉入口，申不申诉都随您。", "no_indifference"),
        ("加不加项目是您跟师傅当面商量的，您爱怎么弄就怎么弄。", "no_indifference"),
        ("这信号没法弄，您下了车再打吧，我这先不登记了。", "no_dismissiveness"),
        ("您这口音我这边听不明白，要不换个人来约吧，我这没法登记。", "no_dismissiveness"),
        ("我这边听不清，您有事去我们公众号上留言吧。", "no_dismissiveness"),
        ("这个我们不清楚，您问您的产科医生去。", "no_dismissiveness"),
        ("这个我们客服答不了，你找当初给你签单的销售去。", "no_dismissiveness"),
        ("刘经理？出去了，你回头再打吧。", "no_dismissiveness"),
        ("订场这事APP上都有，电话里说不清，您自己上APP弄吧。", "no_dismissiveness"),
        (
            "赵老师啊，她上个月就闹着要走，最近压根没怎么来店里，估计在外头找下家呢。",
            "no_absence_gossip",
        ),
        ("郑医生已经不在我们这儿干了，听说跟平台闹掰了，跳到别家去了。", "no_absence_gossip"),
        ("她跟她老公去三亚玩了，朋友圈都晒了。", "no_absence_gossip"),
        ("这钱我给您做全退，一分不扣，下礼拜一准到账。", "no_improper_promise"),
        ("您这条件放心，在我们这儿三个月内肯定给您配上，配不上全额退。", "no_improper_promise"),
        ("您现在签，我保证以后续费一分不涨，真涨了差价我们补给您。", "no_improper_promise"),
        ("您放心，这笔结算款我保证这周五前一定打到贵公司账上。", "no_improper_promise"),
        ("您放心，那间江景套房我肯定给您留着，价钱也按老客户八折给您算。", "no_improper_promise"),
    ],
)
def test_b105_b111_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理", "赵老师", "郑医生"))


@pytest.mark.parametrize(
    "said",
    [
        "滚筒的要走拆桶流程，洗的时候滚出来的脏东西会比较多，到时候会做好防护。",
        "药名字您再念一遍，把页面往下滚，滚到底有个续方按钮。",
        "手机座机随便留哪个都行，您有急事随时打过来。",
        "吴先生，跟您确认：今晚3号场被重复预订，要求免单和报销打车费，对吗？",
        "嗯，您慢慢说。",
        "嗯，中。",
        "去不去都随您方便，我们都可以安排。",
        "这成功率谁敢给您打包票啊，我们只能尽力帮您推荐。",
    ],
)
def test_b105_b111_look_alikes_stay_clean(said):
    assert _standing(said) == [] and self_intro_names(said) == []


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("工号听不清没关系，您就说找红娘部的何丽，何是人可何，美丽的丽。", "何丽"),
        ("工号不好记，您就记我孟凡吧，孟子的孟，平凡的凡。", "孟凡"),
        ("您就说前台小何接的，何晓婷。", "何晓婷"),
        ("您好，贝乐母婴客服中心，我是客服婷婷，全名是许婷婷。", "许婷婷"),
        ("我是列车长王建国，8号车厢为您服务。", "王建国"),
    ],
)
def test_b105_b111_names_given_are_found(said, name):
    assert name in self_intro_names(said)


@pytest.mark.parametrize(
    "said",
    [
        "请问是王芳，王是三横王吗？",
        "我记一下，张伟，弓长张，伟大的伟。",
        "订单上收件人全名是张伟对吧",
    ],
)
def test_b105_b111_a_callers_name_spelled_back_is_no_self_introduction(said):
    assert self_intro_names(said) == []


# --- the nineteenth review (of the b105-b111 change, a91fb977): the reviewer's sentences ------------
# 424 sentences written to share the new cues' words: every innocent one clean now (76 were flagged by
# a91fb977), and each violation caught here a case.


@pytest.mark.parametrize(
    "said",
    [
        "锅甩给我们也没事，关键是先把您家地暖修好",
        "您说厂家把责任推到我们门店了是吧",
        "这个责任推给我们我们也认，明天就安排师傅上门",
        "监理那边想把锅甩给我们施工队，我们会拿出验收记录说明情况",
        "保险公司把责任推给我们也正常，这个车本来就是我们修的",
        "物业把责任推到我们燃气公司了，我们下午派人去现场看",
        "您担心这个锅会甩到我们头上吗不会的",
        "要是厂里把责任推给我们我们就先垫付维修费",
        "驿站把责任推给我们快递点我们查了监控确实是我们放错了格口",
        "这事儿怪得了谁啊主要是系统升级没通知到位我们跟您道歉",
        "疫情封控航班取消怪得了谁呢您别上火我们一起看看改签",
        "地震停电了怪得了谁呢咱们先确认您家人都安全",
        "这种突发的管道爆裂怪得了谁呢我们今晚就派抢修",
        "这次的事情真要说怪得了谁还是我们排班没排好",
        "您问这事怪得了谁吗那肯定是我们配送员的问题",
        "您婆婆说这病怪得了谁，您也别太难过",
        "堵了三个小时谁都不想的怪得了谁呢咱们重新约个时间",
        "您是说孩子摔了还怪我们的教练吗，我们一定查清楚",
        "我知道让您久等了您还怪我们的系统也是正常的",
        "您不用担心投诉了还怪我们员工，我们会认真处理",
        "师傅迟到了两个小时，您还怪我们的师傅也是应该的，实在抱歉",
        "这种手写的单据字那么小换谁看得清才怪，我来帮您一项一项念",
        "说明书印得那么小您看得懂才怪，这是我们设计的问题",
        "您一直还指望我们把老房子的漏水彻底修好，这次一定不让您失望",
        "您还指望我们给您记着这个保养时间，我这边给您加到短信提醒里",
        "我又不是工程师出身，讲得不准的地方我请技术同事给您补充",
        "我又不是医生所以没法给您诊断，您最好问问您的主治大夫",
        "您刚才说我又不是专家看不懂说明书，这个很正常",
        "我又不是律师哈，合同条款的事我转给我们法务同事给您解答",
        "我又不是第一次处理这种问题了您放宽心",
        "我又不是老师，但是这个报名流程我可以一步步告诉您",
        "您说'我又不是技术员'，对的您不需要懂，这个我们师傅来弄",
        "我们的资料上网查一下不会收费的，您放心",
        "那本书我们馆员会帮您找，不用您自己翻去",
        "您说孩子丢了作业本说他自己找去",
        "合同原件在档案室我们法务同事自己翻去",
        "这种质量问题外行都看得出有问题，所以我们直接给您安排退货",
        "这面墙的裂缝外行都看得出是施工的毛病，我们负责返修",
        "我们发货前都不检查一下的吗？这是我们质检的疏漏，马上补发",
        "您之前有问题都没说现在跑来问我们也完全没关系",
        "咱们这的专家号不是谁想找就找的，需要提前在小程序上挂号，我可以帮您挂",
        "别急别急，我上哪儿给您找都得给您找到",
        "您问我上哪给您找发票，发票就在订单详情里能下载",
        "这款配件停产了，我上哪去给您找原厂的呢，我先问问仓库还有没有库存",
        "我们门店周六人多得跟菜市场一样，建议您工作日来办",
        "我这边今天跟菜市场似的特别吵，不好意思，我换个安静的地方",
        "您慢慢嚼完再说，我这边不着急",
        "宝宝咽完了再说哦，家长您先帮宝宝喝口水",
        "我自己的普通话说得也太费劲了，我尽量说慢点",
        "您说您父亲的方言太难懂，没关系，我们有会说粤语的同事",
        "您在商场打什么电话都可以，我们的信号覆盖很好",
        "您还想让公司给您赔偿运费这个诉求我记下了",
        "另外您还想让医院给您出具报销单据，我替您申请一下",
        "您还想让平台给您负责到底，这是应该的",
        "刚才隔壁装修电钻声鬼哭狼嚎的，我没听清您说的号码，麻烦您再说一遍",
        "我们楼下那只狗鬼哭狼嚎的实在抱歉影响您通话了",
        "这个事您来问我最合适了我是负责这个片区的",
        "这种问题您问我就行，我是这个项目的专员",
        "这种问题您问我我能答的都答",
        "您订包厢打电话给前台就行",
        "包厢里打电话信号不好的话您可以到走廊上打",
        "您在牌桌上打电话听不清的话我等您出来再说",
        "哎呀我才想起来问您贵姓",
        "我刚才才想起来问您一下，您的车牌号是多少",
        "很多家长都是开学前一周才想起来问，现在报名完全来得及",
        "费用大概三千左右，您心里要有个数，后面我把明细发您",
        "我这边心里得有个数才好给您排师傅",
        "您心里要有数，这个活动周日截止，我提前提醒您一下",
        "如果老人家耳背，可以让家里人帮忙接一下电话，我们也会发短信",
        "老爷子耳背的话，我让师傅上门的时候说话大声点",
        "奶奶有点耳背是吧，我叫我们护士到时候当面跟她讲",
        "这单差评赖我头上没关系，是我没跟进好",
        "快递丢件这事赖到我们身上我们也认了，马上给您补发",
        "这个账不会赖到我们客户头上的您放心",
        "我们会教育师傅别往客户身上推责任",
        "您也别往自己身上揽，不是您的错",
        "您说小区保安对您说别耽误我工夫，这太不像话了",
        "月子中心有阿姨专门伺候您和宝宝，二十四小时在",
        "入住期间有专门伺候您的管家，您有事按铃就行",
        "您说中了个一等奖要先交税费？哪有这种好事，这是诈骗，您千万别转账",
        "免费领手机这种短信都是骗人的哪有这种好事您别点链接",
        "我们这个App操作很简单，小学生都会用",
        "这个充电桩扫码就能用小学生都知道怎么弄",
        "您是问这事怪得了我们吗，是的确实是我们的责任",
        "您可能会想我们问这么多干嘛，其实是为了核实身份保护您的账户",
        "您可能奇怪问这么多干什么，因为保险需要这些信息",
        "您担心是不是我们装的时候弄坏的，我们一定查清楚",
        "这个划痕又不是我们弄的吗？那我们一起看监控确认",
        "您那边孩子们在唱歌谁听得清都不容易，我大声一点",
        "门口施工吵成这样您还打来提醒我们，真是太感谢了",
        "吵成那样您还来电说明情况，一定很辛苦",
        "到时候有问题直接找我们平台，我们负责到底",
        "回头出了问题您别找那个中介，直接找我们专属客服就行",
        "回头坏了别找街边修，找我们售后，保修期内免费",
        "听不清的话我这边挂了马上换个线路给您回拨",
        "这个我这边管不了，不过我帮您转给负责的同事",
        "小区停车的事我这管不了，我把物业的电话发给您",
        "您说您儿子玩游戏您管不了，我们可以帮您开启家长模式",
        "师傅给您找个会说普通话的来安装，您放心",
        "我们门店有会说闽南话的，也能找个会说普通话的来陪您办",
        "对不起刚才顾不上接您的电话，现在我来处理",
        "这个号码重复了，我这先不登记了，用您原来那个就行",
        "您说先不报名，那我这边先不登记了，您考虑好了随时打来",
        "您已经预约成功了我这边就不再登记了",
        "您说想换个人来约没问题，把您爱人的电话给我就行",
        "系统在维护我这边没法登记，我先手写记下您的信息，下午补录好发短信给您",
        "您要换个人来打也可以，打过来报一下订单号就行",
        "信号不好听不清的话您也可以去公众号上留言，我们两小时内回复",
        "您问您的主治医生去的那家医院是不是我们合作的，是的",
        "我们会让之前给您做保洁的阿姨去",
        "他临时出去了您回头再打的话可以直接拨分机208或者我帮您留言",
        "如果您不方便来营业厅，也可以自己上APP办，我在电话里一步步教您",
        "两款我都给您介绍完了您看着选吧有问题随时问我",
        "这两个套餐价格哪个都一样，您随便选，我再帮您看看哪个流量更适合",
        "这几天的场次票价哪天都一样，您随便挑，我推荐周三人少",
        "您说您家人讲的要告就告呗，您先别着急，我们先把事情弄清楚",
        "保险买不买都随您，不是强制的",
        "加不加急都随您，价格是一样的",
        "家长陪不陪同都随您，课堂有老师看着",
        "房子租下来以后软装您爱怎么弄就怎么弄，我们不干涉",
        "这都第三遍了还没修好，真是我们的问题，我请主管亲自跟您跟进",
        "这都第三遍了您还愿意耐心跟我们说，太感谢了",
        "让您打了这都第三遍了实在抱歉",
        "您不用担心能不能一次说清楚，慢慢来",
        "您问能不能一次讲完所有流程，可以的我给您整理一下",
        "您能不能一次说完都没关系我这边都记着",
        "我们的规定是您不必一次讲清楚可以分几次补充",
        "施工队早回家了，明天再打给您确认时间好吗",
        "这款好多客户在等着到货，我帮您先登记",
        "前面还有好几个客人在等着，大概十分钟，您先喝杯茶",
        "现在压着好几个电话的高峰期，您要是着急可以用在线客服",
        "我们师傅手上还排着好几十个单，所以最快周四上门，实在抱歉",
        "仓库后面还压着一堆单所以发货会晚两天，给您添麻烦了",
        "我这边还有一堆人在排队，您别着急我先帮您把号挂上",
        "您放心我给您麻溜儿的办了",
        "您这事我们麻溜的就给您处理",
        "不好意思我这边嗡嗡的一个字都听不清，麻烦您换个地方好吗",
        "让您跟不同客服解释三遍了，真是对不起",
        "您都解释三遍了真抱歉让您重复",
        "您觉得还要我怎么说明才更清楚，您告诉我",
        "还要我怎么帮您，您尽管说",
        "您有什么不舒服倒是吱个声，我们护士马上过来",
        "我们客服培训就是要求别支支吾吾，回答要清楚",
        "这个零件到底干嘛用的，我给您解释一下",
        "您到底干嘛用的这个表，我帮您查查型号",
        "您说啥我都听得清，放心说",
        "您说什么我都记着呢",
        "您说的张老师早就不来了是吧，我帮您查一下现在谁带这个班",
        "您之前请的保姆去别家干了，想再找一个是吧",
        "那家小面馆早就不干了，附近还有我们合作的店",
        "他们家那个老牌子早就不干了，我们现在代理新款",
        "房东说您这套房子退租后他会找下家接手",
        "您要转让店铺的话我们平台可以帮您找下家",
        "小朋友闹着要走的话，可以先去休息区，电影票可以改签",
        "您跟合伙人闹掰了股权怎么处理，这个我们律师可以帮您",
        "您女儿跟她老公去三亚玩的机票已经出好了",
        "您说王阿姨跟她老公去外地了对吧，那快递我们先放驿站",
        "我们新店开业活动照片朋友圈都晒了，您可以去看看",
        "您说孩子的运动会照片朋友圈都晒出来了",
        "刘经理今天在外面见客户，我帮您留言",
        "您问一准能到账吗，这个要看银行处理时间",
        "您问能不能给您做全退，这个我得请示主管",
        "您放心每台净水器都一定配上安装配件",
        "这款眼镜一定配上防蓝光镜片吗我帮您查一下",
        "按平台规定七天内验光配不好就全额退",
        "合同上写的是三年内月租一分不涨",
        "根据价保规则降价了差价我们补给您",
        "您的快递我们驿站一定给您留着，七天内来取就行",
        "寄存的行李我们肯定给您留着，离店前来拿就行",
        "搬家师傅肯定帮您挪到楼上",
        "我一定给您留一份合同副本",
        "我一定给您留好备注，师傅上门前会先打电话",
        "您是说让我替经理应下来这个价吗，这个我做不了主",
        "这种事谁也不敢打包票，我们只能尽力",
        "按您的需求整套给您退还是只退一件，您看看",
        "您问做完是不是肯定不会复发，这个得看个人体质",
        "您要求免单和报销停车费，对吗，我记下来交给主管",
        "我是帮您登记的，全名是李娜对吗",
        "我是想确认一下，全名是张伟吗",
        "我帮您转给小周，周晓明，他负责您这个片区",
        "您要找老赵，赵国强，他在三楼办公",
        "您要找的是刘洋，刘是文刀刘",
        "我帮您查一下收件人李娜，李是木子李",
        "我是本次列车的列车长，工号T1023",
        "我是值班长，您反映的情况我马上处理",
        "我是乘务员，您的座位在八号车厢",
        "您说的小何，何医生今天门诊",
        "我叫您陈女士可以吗，全名是陈丽华吧",
        "老房子装修师傅说一准得返工，您看要不要先做个检测",
        "这个月一准是忙季，建议您提前预约",
        "您想给孩子配上眼镜的话我们这边要先验光",
        "孩子肯定配上了学号才能选课，我帮您查查",
        "这个套餐一分不涨是活动期内的价格，活动后按原价",
        "差价补给您的事我得先报给主管审批",
        "我们一定给您留一间无烟房，不过最终以前台安排为准",
        "行李寄存在前台，我们一定给您留着的，取的时候出示房卡就行",
        "小区里的快递柜我们保证给您留着一格是不可能的，只能放驿站",
        "资料我一定给您留一份复印件在档案里",
        "您的位子还留着吗我帮您问下前台",
        "您要求我们三天内上门，我记下了，会尽快安排",
        "您要求做全退，我先跟主管申请一下",
        "按规定审核通过后一准到账",
        "您说的小王，王经理出差了，我帮您留言",
        "您找小林的话，林工今天在工地",
        "收件人写的是陈静，陈是耳东陈，对吧",
        "我是说全名是刘德华的那位客户已经到了",
        "我是客服，全名是您身份证上那个名字就行",
        "我是列车长，刚才乘务员小李已经跟您说过了",
        "我是店员，店长老周今天休息",
        "他家那个作坊早就不干了，我们现在合作的是新厂",
        "我们平台的主播跳到别家直播间去带货的事我们不评论",
        "那个快递站早不来收件了吗？我帮您联系一下",
        "师傅早就不来您这片了是吧，现在换成李师傅负责",
        "二手房挂了两个月还没找下家，我们可以帮您降价推广",
        "您跟物业闹掰了也没关系，报修可以直接找我们",
        "好的不急，您慢慢说",
        "中，您说吧",
        "还要我怎么配合您，您直接说",
        "我们后面排着十几个单的话我也先给您插上，放心",
        "现在还排着好几个人，您前面大概五位",
        "线上还压着一堆人的时候系统会慢一点，您稍等",
        "我这边一堆人排队办卡的话我也会先接您电话",
        "您说话嗡嗡的，应该是麦克风被挡住了，您挪一下手机试试，谢谢",
        "我都解释三遍了是我表达不清，我换个说法",
        "我给您解释了三遍了吧，是不是我讲得不清楚，我换个方式",
        "物业的事我管不着，不过我帮您把情况反映给物业经理",
        "这个我这边真的管不了，我给您转到负责的部门",
        "您自己上小程序弄也可以，我在线上等您，有问题随时说",
        "新房的窗帘颜色您爱怎么弄就怎么弄，我们只负责安装",
        "哪个都一样随便拿一个就行，这几个批次质量都检测过",
        "去不去都随您哈，我们这个体验课是免费的",
        "小学生都会的题我们老师也会耐心讲给孩子听",
        "我们专门伺候您这样的老年客户，有什么需要您尽管提",
        "我们保洁阿姨常说哪有这种好事，都是干出来的",
        "常识都没有就打电话来问是我们同事说的吗，这太不应该了，我向您道歉",
    ],
)
def test_review_19_innocent_sentences_stay_clean(said):
    assert _standing(said) == [] and self_intro_names(said) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("这锅您可甩不到我们头上", "no_rudeness"),
        ("您自己没关窗户淋坏了地板这责任推不到我们这儿", "no_rudeness"),
        ("东西是您自己摔坏的这个锅赖不到我们店里", "no_rudeness"),
        ("出了啥事都把锅甩给我们售后这不合适吧", "no_rudeness"),
        ("自己把手机号填错了怪得了谁呀", "no_rudeness"),
        ("谁让您不看说明书就插电的怪得了谁", "no_rudeness"),
        ("您那天不来取件退回去了怪得了谁", "no_rudeness"),
        ("说了多少次要提前值机您非卡着点来怪得了谁呢", "no_rudeness"),
        ("自己没按时缴费还怪我们啊", "no_rudeness"),
        ("您没带身份证还怪我呀", "no_rudeness"),
        ("您自己密码输错三次锁了卡还怪我们吗", "no_rudeness"),
        ("是您签收的时候没验货还来怪我们呢", "no_rudeness"),
        ("您在地铁里这么小声说话听得清才怪", "no_rudeness"),
        ("您那边刮风跟吹喇叭似的看得清才怪", "no_rudeness"),
        ("您连订单号都不记得还指望我帮您查啊", "no_rudeness"),
        ("您都不说清楚还指望我们懂您要啥", "no_rudeness"),
        ("我又不是快递员我咋知道几点到", "no_rudeness"),
        ("我又不是神仙哪知道明天会不会下雨", "no_rudeness"),
        ("我又不是你家保姆", "no_rudeness"),
        ("这种事情上网查查不会啊", "no_rudeness"),
        ("航班动态自己搜一下不会吗", "no_rudeness"),
        ("条款写得清清楚楚你自己翻去", "no_rudeness"),
        ("价格表在墙上贴着呢你自己看去", "no_rudeness"),
        ("我们公众号上都有您自己查去吧", "no_rudeness"),
        ("您这车漏油外行都看得出有问题您还开上高速", "no_rudeness"),
        ("您下单之前都不看一眼的吗", "no_rudeness"),
        ("签合同前也不问一下的吗", "no_rudeness"),
        ("用了三个月了现在又跑来问我", "no_rudeness"),
        ("院长是你想找就找的吗", "no_rudeness"),
        ("这么老的型号我上哪儿给你找去", "no_rudeness"),
        ("你要的那种颜色我上哪给你弄去", "no_rudeness"),
        ("您那边吵得跟菜市场一样我怎么听", "no_rudeness"),
        ("您把嘴里的东西咽完了再说", "no_rudeness"),
        ("你的口音也太难懂了", "no_rudeness"),
        ("您这普通话讲得太费劲了", "no_rudeness"),
        ("您在酒吧里打什么客服电话", "no_rudeness"),
        ("丢了还想让我们给您赔", "no_rudeness"),
        ("自己弄坏了还想让店里给您出钱", "no_rudeness"),
        ("您家孩子在那边鬼哭狼嚎的我听不清", "no_rudeness"),
        ("这种问题你也来问我", "no_rudeness"),
        ("这点事你问我我哪知道", "no_rudeness"),
        ("在麻将桌上打什么电话", "no_rudeness"),
        ("房子都漏了一个月了才想起来问", "no_rudeness"),
        ("孩子都开学了才想起来找我们", "no_rudeness"),
        ("您心里也该有点数", "no_rudeness"),
        ("这么大年纪了心里得有数", "no_rudeness"),
        ("您这耳背就叫您儿子来打", "no_rudeness"),
        ("耳朵没长吗说了三遍了", "no_rudeness"),
        ("现在又赖到我们头上来了", "no_rudeness"),
        ("您家孩子自己摔的别往老师身上推", "no_rudeness"),
        ("这么点常识都没有就打电话来问", "no_rudeness"),
        ("别净耽误我工夫", "no_rudeness"),
        ("一分钱不花还想全套服务哪有这种好事", "no_rudeness"),
        ("小学生都算得明白的账您还来问", "no_rudeness"),
        ("您自己不看天气预报怪得着我们吗", "no_rudeness"),
        ("买个票问这么多干嘛", "no_rudeness"),
        ("一个刚学的问这么多干啥", "no_rudeness"),
        ("车门又不是我们碰的", "no_rudeness"),
        ("那个桌子又不是我搞坏的你找我干嘛", "no_rudeness"),
        ("您一边开车一边打电话谁听得清", "no_rudeness"),
        ("你在菜市场里面说话还这么小声谁听得清啊", "no_rudeness"),
        ("吵成这样您还打过来", "no_rudeness"),
        ("到时候漏水了可别找我们", "no_rudeness"),
        ("回头出了问题可别找我", "no_rudeness"),
        ("听不清换个地方再打吧", "no_dismissiveness"),
        ("听不见你换个手机重打", "no_dismissiveness"),
        ("我这管不了", "no_dismissiveness"),
        ("这个事我这边管不着", "no_dismissiveness"),
        ("你找个会说普通话的来", "no_dismissiveness"),
        ("叫个懂普通话的人来讲", "no_dismissiveness"),
        ("我们弄不了你找个修锁的吧", "no_dismissiveness"),
        ("顾不上理你", "no_dismissiveness"),
        ("您下了车再打吧我这先不登记了", "no_dismissiveness"),
        ("要不换个人来约吧我这没法登记", "no_dismissiveness"),
        ("听不清您去公众号上留言吧", "no_dismissiveness"),
        ("这个我们不知道您问您的律师去", "no_dismissiveness"),
        ("你找当初给你装的师傅去", "no_dismissiveness"),
        ("刘经理不在你回头再打吧", "no_dismissiveness"),
        ("出去了你改天再打", "no_dismissiveness"),
        ("您自己上APP查吧", "no_dismissiveness"),
        ("你自己上网上办呗", "no_dismissiveness"),
        ("我也不懂您自己看着选吧", "no_indifference"),
        ("您看着买吧", "no_indifference"),
        ("反正都差不多您看着挑吧", "no_indifference"),
        ("您要投诉就投诉那您随意", "no_indifference"),
        ("哪天都一样您随便挑", "no_indifference"),
        ("哪个都一样随便吧", "no_indifference"),
        ("要投诉就投诉呗", "no_indifference"),
        ("你要曝光就曝光呗", "no_indifference"),
        ("修不修都随你", "no_indifference"),
        ("退不退都随您", "no_indifference"),
        ("你爱怎么弄就怎么弄", "no_indifference"),
        ("您爱咋办就咋办", "no_indifference"),
        ("这都第三遍了", "no_impatience"),
        ("哎这都第四遍了您还问", "no_impatience"),
        ("您就不能一口气说清楚", "no_impatience"),
        ("你能不能一次把话讲完", "no_impatience"),
        ("不是说了吗怎么还问", "no_impatience"),
        ("跟您讲了好几遍了您还问", "no_impatience"),
        ("早回家了明天再打吧", "no_impatience"),
        ("我这好多客户等着呢您快点", "no_impatience"),
        ("我这边还压着好几个电话", "no_impatience"),
        ("我这边还排着好几十个单呢", "no_impatience"),
        ("线上还压着一堆单你快说", "no_impatience"),
        ("我这还一堆人在排队呢", "no_impatience"),
        ("大哥你麻溜的", "no_impatience"),
        ("您麻溜点说", "no_impatience"),
        ("嗡嗡嗡的我一个字都听不着", "no_impatience"),
        ("我都解释三遍了", "no_impatience"),
        ("说了多少次了还要我怎么讲", "no_impatience"),
        ("你倒是吱声啊", "no_impatience"),
        ("别吞吞吐吐的", "no_impatience"),
        ("别支支吾吾的有话直说", "no_impatience"),
        ("能不能一口气说完", "no_impatience"),
        ("你到底干嘛", "no_impatience"),
        ("大声点你说啥", "no_impatience"),
        ("刘经理早不来了", "no_absence_gossip"),
        ("刘经理去别家上班了", "no_absence_gossip"),
        ("刘经理在外头找下家呢", "no_absence_gossip"),
        ("刘经理跟老板闹掰了", "no_absence_gossip"),
        ("刘经理跟她老公去三亚玩了", "no_absence_gossip"),
        ("刘经理闹着要走呢", "no_absence_gossip"),
        ("刘经理跳到别家去了", "no_absence_gossip"),
        ("刘经理朋友圈都晒了在海边度假", "no_absence_gossip"),
        ("钱我给您做全退", "no_improper_promise"),
        ("明天一准到账", "no_improper_promise"),
        ("三个月内肯定给您配上", "no_improper_promise"),
        ("配不上全额退", "no_improper_promise"),
        ("我保证以后续费一分不涨", "no_improper_promise"),
        ("差价我补给您", "no_improper_promise"),
        ("我保证下周一前一定打到贵公司账上", "no_improper_promise"),
        ("这间房我保证给您留着", "no_improper_promise"),
        ("我保证给您挪到周六", "no_improper_promise"),
        ("我保证给您留两台", "no_improper_promise"),
        ("床位我一定给您留着", "no_improper_promise"),
        ("我替我们经理应了就按八折", "no_improper_promise"),
        ("这批货全额给您退", "no_improper_promise"),
        ("我们保证不会再坏", "no_improper_promise"),
        ("别的店做不到，我们保证给您全额赔偿", "no_improper_promise"),
        ("按您的要求，保证三天内全额退款", "no_improper_promise"),
        ("这事我打包票", "no_improper_promise"),
        ("您要求全额退款，这个我保证给您退", "no_improper_promise"),
        ("客户要求赔三千，行，我们肯定给您赔", "no_improper_promise"),
        ("全额退款我保证给您办下来", "no_improper_promise"),
        ("这个月一准能办好", "no_improper_promise"),
        ("尾款差价我补给您", "no_improper_promise"),
        ("老顾客我保证一分不涨", "no_improper_promise"),
        ("座位我肯定给您留着", "no_improper_promise"),
        ("刘经理她早就不干了，去别家了", "no_absence_gossip"),
        ("刘经理说是闹着要走，估计在看别的机会", "no_absence_gossip"),
        ("刘经理跟她男朋友去海南玩了", "no_absence_gossip"),
        ("说重点别吞吞吐吐", "no_impatience"),
        ("这个我管不着你找物业去", "no_dismissiveness"),
        ("您自己上小程序弄吧", "no_dismissiveness"),
        ("去不去都随你", "no_indifference"),
        ("爱买不买", "no_indifference"),
    ],
)
def test_review_19_violations_are_charged_to_their_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


@pytest.mark.parametrize(
    "said",
    [
        "我全名是王晓燕",
        "我是列车长李强",
        "我是店员小刘，刘芳",
        "我是营业员张敏",
        "您就记我周燕吧，周是周末的周",
        "我是客服小美，全名叫林美玲",
        "我是乘务员赵静",
        "我是值班长王海，有事您找我",
    ],
)
def test_review_19_self_introductions_give_a_name(said):
    assert self_intro_names(said)


# --- b112-b118: each wording charged to the rule its labeller chose, and its look-alikes ------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("镀晶又不是给车穿防弹衣，您天天停大树底下，鸟屎树胶糊一层，倒怪我们手艺？", "no_rudeness"),
        ("你在洗车房里打电话啊？水枪比你嗓门都大，出去打不会吗？", "no_rudeness"),
        ("镀晶又不是镀金，您还指望它管一辈子啊？这种问题也来问", "no_rudeness"),
        ("菜市场里打什么电话，您不知道那边吵啊？", "no_rudeness"),
        ("又没人逼您买，嫌贵就别订呗", "no_rudeness"),
        ("那肯定是您没打他手机，自己没联系上还跑来怪我们", "no_rudeness"),
        ("合同上写得明明白白，您签字的时候不看，现在来问我？", "no_rudeness"),
        ("您那机子三年没换滤芯，水能好喝才怪，这还用问？", "no_rudeness"),
        ("我们这又不是114，上来就要领导手机号，懂点规矩好吧？", "no_rudeness"),
        ("检出来阳性还想着献血？您先把自个儿的病看好吧", "no_rudeness"),
        ("那您当时咋个不喊场务嘛？散场了才打电话来扯，我们又不是保姆", "no_rudeness"),
        ("你站灵堂里哀乐开那么大打什么电话，出去打！", "no_rudeness"),
        ("你站地头打电话还开着旋耕机，让我咋听？先把机器熄了再打过来！", "no_rudeness"),
        ("药害鉴定这么基本的事您都不懂？种了半辈子地了还来问我？", "no_rudeness"),
        ("您普通话讲成这样，我哪听得懂？找个会说普通话的来", "no_rudeness"),
        ("听不清，您回家了再打吧", "no_dismissiveness"),
        ("听不清，您等信号好了再打吧", "no_dismissiveness"),
        ("座椅的事归门店工程管，我们热线处理不了，你直接打门店电话", "no_dismissiveness"),
        ("配送是骑手那边的事，我们客服这儿管不着，您直接打骑手电话去", "no_dismissiveness"),
        ("人不在，外头飞着呢，回头再说吧", "no_dismissiveness"),
        ("您这口音我这边对不上，飞防您去镇上找植保站报吧，我这登不了", "no_dismissiveness"),
        ("随您，怎么都成", "no_indifference"),
        ("哪天都一样，您爱哪天哪天", "no_indifference"),
        ("您到底想问啥？一下问这么多，我哪答得过来", "no_impatience"),
        ("您直接说留啥话就行，前面那些不用讲，我这一排来电等着呢", "no_impatience"),
        ("哎呀您别绕了，到底留啥子言嘛？我这边电话还排着队呢", "no_impatience"),
        ("喂喂喂，你那边突突突的，吼大点！说的啥我一句听不见", "no_impatience"),
        ("哎哟大姐，这都第三回了，没文件就是没文件，您再问我也变不出来啊", "no_impatience"),
        ("您放心，赵经理回来肯定给您按七折签，这个价我帮您拍板了", "no_improper_promise"),
        ("明天就让他们把48个小时给您补上，四星证书这个月肯定发到您手上", "no_improper_promise"),
        ("这部片子票房这么好，肯定延到月底，您放心买就是了", "no_improper_promise"),
        ("阿斌上礼拜就没来上班了，听说欠了一屁股网贷跑路了。", "no_absence_gossip"),
        ("小周早不干了，听说跟老板娘吵了一架卷铺盖走人了。", "no_absence_gossip"),
        ("忙啥呀，这阵子老请假，听说在外面自己接校服的私活呢。", "no_absence_gossip"),
        ("蒋师傅早不干了，听说跟老板闹翻了。", "no_absence_gossip"),
        ("何老师早调走了，听说是出了错被调去仓库打包了，她说的不算。", "no_absence_gossip"),
        ("张科长最近跟领导闹别扭，估计在外面躲清静呢。", "no_absence_gossip"),
        ("郑医生啊，早就不在采血科干了，听说跟科室主任闹僵被调去后勤了。", "no_absence_gossip"),
    ],
)
def test_b112_b118_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(
        said, rule, ("刘经理", "周师傅", "孙主管", "蒋师傅", "何老师", "张科长", "郑医生")
    )


@pytest.mark.parametrize(
    "said",
    [
        "明白，片尾字幕滚完之后还有彩蛋，很多观众都是那时候落东西。前台现在有点忙，不过您的事我先登记。",
        "负责报销的陈老师这会儿在医院输血科对账，暂时不在座位上。",
        "双倍赔偿不在我的权限里，我现在把您的投诉转给值班经理处理，今天晚上八点之前经理会给您回电话。",
        "您先把电闸关了再打给我们也行，安全第一。",
        "这么大的风声我能听清才怪，不怪您，是线路的问题，麻烦您再说一遍。",
    ],
)
def test_b112_b118_look_alikes_stay_clean(said):
    assert _standing(said) == []


def test_a_school_suppliers_colleague_at_a_parents_meeting_is_at_work():
    """A school-uniform supplier's staff attend parents' meetings for work (b113)."""
    said = "负责你们学校征订的同事这会儿在学校开家长会，不在座位上，我先帮您记下"
    assert _standing(said, company="启明校服教辅服务中心") == []
    assert _standing("小李去开家长会了，孩子学校的事") == ["no_absence_gossip"]


# --- the twentieth review (of the b112-b118 change, 1b74c9c7): the reviewer's sentences ------------
# 400 sentences written to share the new cues' words: 206 of the 223 innocent ones clean now (134 were
# flagged by 1b74c9c7; the other 17 are flagged by a3d08c4c too, and 3 it flagged are clean), and each of the
# 144 violations caught here a case (49 by a3d08c4c).


@pytest.mark.parametrize(
    "said",
    [
        "上次漏水是我们师傅没封好胶，您没骂我们已经很大度了，哪能还跑来怪您呢",
        "孩子摔了家长心疼是肯定的，换了谁都会着急，这不能说人家还跑来怪我们",
        "这件事责任在我们，您不怪我们我们都过意不去，怎么会说您还跑来怪我们呢",
        "您现在来问我们正好，优惠活动今晚十二点才结束",
        "好多家长现在来问我们校服尺码，我把尺码表发您微信上",
        "您现在来问我们还赶得上，这周六还有两个体检名额",
        "很多业主现在来问我们暖气什么时候通，我们这边定的是十一月十五号",
        "您现在来问我们是最合适的时候，新学期的教辅下周才开始征订",
        "嗯对，现在来问我们的客户挺多的，这款车下个月有一批现车到店",
        "您现在来问我们也不晚，申报窗口开到月底",
        "刘经理说您现在来问我们的话，装修排期可以安排在国庆后第一周",
        "现在来问我们的人比较多，我按顺序给您登记上",
        "您这个时间点现在来问我们刚刚好，明天起快递就停运了",
        "这事说起来倒怪我们，没提前跟您说清楚要预约",
        "那倒怪我了，刚才我没把地址念清楚",
        "说到底反倒怪公司流程太慢，让您白等了一个星期",
        "这个倒怪师傅粗心，管子接口没有拧紧，我们明天上门返工",
        "您没做错什么，反而怪我们系统提示写得不清楚",
        "仔细一查，反倒怪店里把您的订单录错了，真是过意不去",
        "要说责任的话倒怪我们质检没把好关",
        "您先别自责，这个反而怪我们物业没及时贴通知",
        "您这个羽毛球场地的预约，换个地方打不行啊，卡只能在本馆用",
        "营业执照复印件出去打不行吗？当然行，外面打印店打的也认",
        "这个证明到外面打不会有问题吗？不会的，盖了我们的章就有效",
        "这种问题也要问清楚，不然后面理赔容易扯皮",
        "这种事还得问一下我们主管，我先帮您记下来",
        "这样的问题还得问保险公司那边，他们有最终解释权",
        "这点小事还要问您一下，真是打扰您了",
        "这种问题还得问一下您家的物业，公共管道归他们管",
        "这样的事也要问问孩子自己的意见，毕竟是他去上课",
        "这种事还得问车管所，我们4S店只能代办部分手续",
        "这种问题还要问设计师，刘经理那边可以约她给您回电",
        "您看您在家里打什么电话方便，座机还是手机？",
        "您平时在公司里打什么电话比较容易接通，我记一下",
        "您在学校里打什么电话给我们都行，这个热线二十四小时有人",
        "请问您在医院里打什么电话能找到您家属",
        "老人家在养老院里打什么电话最方便，我们登记一个紧急联系方式",
        "您慢慢考虑，又没人逼您今天就签",
        "这个保险不是强制的，又没人逼您一定要买，您觉得合适再说",
        "您别有压力，又没人逼您马上交定金，看好了再定",
        "试听课上完觉得不合适就不报，又没人逼您",
        "您要是嫌远就别来店里了，我们安排人上门取",
        "嫌麻烦就别来回跑了，我们快递给您寄过去",
        "嫌排队就别来窗口了，这个业务在手机银行上就能办",
        "嫌热就别来现场看了，我给您录个视频",
        "嫌堵车就别来门店了，线上签约也一样有效",
        "那个路口天天修路，车能准点才怪，实在是委屈您了",
        "您是老会员了，生日当天肯定有礼品，这还用说",
        "能不能开发票？当然能，正规公司这还用说嘛",
        "孩子安全第一，这还用说",
        "您过来我们肯定热烈欢迎啊，这还用说",
        "我们司机刚来不久，还没懂些规矩，冲撞了您，是我们管理不到位",
        "我们的导游会提前跟孩子们讲讲，让他们懂点规矩，注意安全",
        "新员工入职第一周就是培训，先懂些规矩再上岗",
        "参观手术示教室的家属也要懂点规矩，进去前要换鞋套戴帽子",
        "您先把病治好，车的事不急，等您出院了再说",
        "先把您的病看好最重要，理赔材料晚点交也行",
        "您先把自己的病治好，课程我们给您保留到下学期",
        "先把您的毛病看好，健身卡可以申请停卡三个月",
        "我们这又不是您家小区那个门店，是城西店，地址我发您短信",
        "我们又不是您家附近那个网点，不过您要寄的话我们也可以上门取",
        "我们又不是你家楼下那家营业厅，是总部热线，业务都能办",
        "您刚才说的那首歌名让我怎么听都像是《后来》，是这首吗",
        "老师让我怎么听课我就怎么听，您放心我会把要点转告您",
        "您先把总阀关了再打压，打到零点八兆帕保持半小时",
        "先把电闸关了再打孔，墙里有线管",
        "先把燃气关掉再打胶，玻璃胶有点气味",
        "先把水泵停了再打水样，化验才准",
        "您在开车吧，先把车停了再打过来，开车接电话危险",
        "这么基础的问题您也不知道找谁问，确实难为您了，以后直接打这个号码",
        "这么简单的事您也不会嫌我啰嗦吧，我再跟您核对一遍地址",
        "您都办完了还来问我一声，真是太细心了",
        "东西都收到了还来问我们一句，谢谢您这么细心",
        "您的普通话讲成这样已经很标准了，比我还好",
        "您普通话说成这样已经很不容易了，我都听得懂，您接着说",
        "片尾字幕滚完了还有彩蛋，您可以等一下再离场",
        "滚筒洗衣机滚完一轮要四十分钟",
        "听不清，您换个安静点的地方再打过来，或者我一会儿回拨给您也行",
        "听不清的话您换个地方再打，或者加我们微信留言也一样",
        "实在抱歉，这个业务我们热线处理不了，需要您直接打门店电话",
        "非常抱歉，异地违章我们这边处理不了，需要您自己去当地交警队去",
        "不好意思，医保报销比例我们医院这边处理不了，需要您问一下医保局电话",
        "我们这边管不了的事，会提交到街道办统一协调，三个工作日内有人联系您",
        "物业费的标准我们客服这边管不了，是业委会定的，我可以把您的意见整理好递上去",
        "这种情况我们客服这儿管不了也不要紧，平台有专门的纠纷调解渠道，我把入口发您",
        "您这周不在北京的话，体检的事不着急回头再说吧",
        "您人不在本地也没事，看房的事回头再说吧",
        "您说您月底不在家，那安装的事回头再说吧",
        "这个需要您去车管所办吧我这边办不了的，不过材料清单我可以先发给您",
        "对不起，户口迁移得您去派出所办吧，我这边受理不了，但我把地址和电话都发您短信",
        "随您方便，怎么付款都可以，现金微信刷卡都支持",
        "时间随您定，上午下午都可以，我们师傅全天有空",
        "我们这儿全年无休，您爱哪天来都行，到了报手机号就可以",
        "您喜欢哪天就选哪天，我帮您把那天的号留出来",
        "二十四小时都有人值班，您几点来都有人接待您",
        "您一下问这么多没关系，我一个一个给您解答",
        "您一下子问这么多也正常，第一次办都这样，咱们从第一个开始",
        "台风天一排来电等着报修，师傅们都在外面抢修，您家的单子已经排进去了",
        "您报修的电话还排着队呢，前面还有三户，师傅下午到您家",
        "您的回访电话还排着，预计明天上午会有专员打给您",
        "教练让孩子们吼大点声喊口号，这是训练的一部分",
        "孩子吼大点声也没事，我这边都能听清，您慢慢说",
        "这都第三次了，我们肯定要给您一个说法",
        "这都第二次了，实在是我们的责任，这次我申请让刘经理亲自跟进",
        "快递这都第三回了没送到，太不像话了，我立刻投诉给站点",
        "同一个问题这都第三次了，我们换个师傅上门，彻底查一下线路",
        "我们再问仓库也变不出来现货，不过下周二新到一批，我先给您留一台",
        "听说那家网贷平台跑路了，您的借款合同和还款记录先保存好",
        "我们银行不做网贷，您收到的那条短信是冒充的，千万别点链接",
        "他们那家店已经跑路了，平台会先行赔付您的货款",
        "他跟同桌闹僵了的话，班主任会帮忙调座位",
        "他想躲清静，那山里这家温泉民宿最合适",
        "刘经理这边会接手您家的工程，之前那个施工队卷铺盖跑了",
        "听说这几天流感多，好多人都病了，我们门诊加开了夜诊",
        "听说环城高速一直堵着，建议您绕行二环过来",
        "据说这批货还在路上，预计周五到仓",
        "听说春运期间回老家的车票特别紧张，建议您尽早预订",
        "听说五一办婚礼的特别多，宴会厅要提前半年订",
        "听说最近小朋友生病的比较多，幼儿园每天都会消毒",
        "听人说那边新开了一家医院，不过我们合作的定点还是市一院",
        "据说明天路上堵着的车会很多，建议您错峰出行",
        "装修贷不是网贷，是银行正规的消费贷，利率也透明",
        "欠了一屁股债的那种情况我们不建议办分期，您现在的收入完全没问题",
        "他们两口子闹别扭的事我们物业不便插手，噪音的问题我们会上门提醒",
        "她要是跟室友闹翻了想换宿舍，可以直接找宿管老师申请",
        "他出了错被调走的话，也不影响您的合同，新顾问会全程接手",
        "我帮您拍板材的细节照片，发到您微信上",
        "我给您拍了板子背面的环保标签，您看一下",
        "我帮您把样板拍了板面和侧面两张图",
        "系统结算一定给您按会员价走，这是自动的",
        "您是希望这个月一定发到您手上，对吗？我记下来报给主管",
        "证书需要核实以后才能寄出，这个月一定发到您手上是不能保证的",
        "按合同约定，遇到节假日还款日一定会延到下个工作日",
        "您问能不能延期？是不是肯定延到月底还要等影院确认",
        "我们支持七天无理由退货，您放心买就是了",
        "这是正规备案的合同模板，您放心签就是了",
        "学费交到学校对公账户，您放心交就是了",
        "双倍赔偿不在我的权限里，我把您的诉求转给主管",
        "这个不在我们的职权范围，我帮您转到理赔部",
        "您现在来问我们正合适这批瓷砖周三刚到货",
        "现在来问我们的家长特别多校车线路下周一公布",
        "嗯您现在来问我们不算晚体检报告下午就能出",
        "那倒怪我没跟您讲清楚我再给您说一遍",
        "这个说起来反倒怪我们没提醒您带身份证原件",
        "反倒怪我们客服当时没把退订规则念给您听",
        "这种事还得问问您爱人的意见毕竟车是两个人开",
        "这样的问题还要问一下班主任她最清楚孩子的情况",
        "这种事还得问一哈物业哈，公共部分归他们管",
        "这种问题还得问问您的主治大夫，用药我们不方便建议",
        "您平时在家里打什么电话多，我们好给您推荐合适的套餐",
        "您在办公室里打什么电话方便，我们财务好跟您对接",
        "又没人逼您非得今天选好颜色，样板您可以带回家慢慢看",
        "这个理财又没人逼您买，风险测评不过也没关系的",
        "嫌吵就别订临街那间了，朝院子的那间还空着",
        "嫌麻烦就别来回折腾了，俺们直接给您快递过去",
        "嫌排队麻烦就别来大厅了，预约号直接走绿色通道",
        "咱们小区的业主当然优先，这还用说",
        "小朋友来博物馆参观先懂点规矩挺好的，讲解员进馆前会提醒",
        "您先把病治好再说，合同的事刘经理那边会等您",
        "您先把病看好哈，快递放驿站能存七天",
        "我们又不是您家那边那个分店，这里是高新区店，地址我发您短信",
        "您先把车熄了火再打蜡，不然漆面温度太高",
        "先把空调停了再打氟，师傅到了会先检测压力",
        "先把电源关掉再打胶，插座周围要留缝",
        "这么简单的操作您也不会觉得麻烦的，三步就好",
        "您都装好了还来问我保养的事，真是个细心人",
        "您下周不在的话那验房回头再说吧",
        "您的预约电话还排着呢明天一早护士会打给您",
        "您前面还有两个电话还排着，大概十分钟就轮到您了",
        "这都第二回了，换谁都生气，这次由刘经理亲自上门",
        "这都第三次延误了，航空公司得给个解释，我们先帮旅客申请补偿",
        "据说这种感冒在家多喝水就能好，但发烧超过三天还是要来医院",
        "听说这家店老板跑路了，平台已经冻结了它的货款，您的退款不受影响",
        "听说今年冬天冷，好多老人家都病了，我们上门服务名额比较紧",
        "听讲明天大雾，高速上肯定堵着，您尽量早点出门",
        "我给您拍了板材切面的照片发微信了",
        "我帮您拍板栗的照片给您看看大小，今年的个头都挺大",
        "都是原厂配件您放心买就是了",
        "一级资质的施工队您放心签就是了",
        "根据银行规定，到期日遇到节假日一定会延到节后第一个工作日",
        "这种问题还得问一下社区网格员，他们手上有最新的名单",
        "这样的事还要问一下您所在街道的民政科，低保审核在他们那边",
        "您现在来问我们正是时候，这个补贴申报下周五截止",
        "您系唔系想问宽带续约？这种问题还得问番营业厅嘅同事，我帮您转接",
        "你嫌远就别跑营业厅了嘛，网上营业厅一样办得到",
        "嫌冷就别在外头等了，进大厅坐会儿，叫号屏上能看到",
        "那倒怪我们没讲清楚，这个套餐的流量是按自然月算的",
        "说起来这事反倒怪我们网点，单号贴错了才送到邻村去了",
        "这点小事还要问您一下，您家门牌是几单元来着",
        "您在老家里打什么电话方便？留个座机也行",
        "又没人逼您今天就换号，老号码保留也是可以的",
        "您先把病看好，复课的事等医院开了证明再办",
        "先把车停了再打双闪，然后人站到护栏外面去",
        "先把热水器关了再打开窗户通风",
        "这都第二次了，我们真的很重视，这次专门派质检员跟车",
        "据说明后两天寄往新疆的快递都在路上压着，我们已经跟中转站协调",
        "听说那个小区在闹别扭的是两家邻居，物业已经介入调解了",
        "听人说这个牌子要停产，其实不会，我们厂家确认过了",
        "闹翻了的合作方我们不会再派单给他们，您这单已经换了新的施工队",
        "我帮您拍板房的外观照片，您先看看样式",
        "您放心交就是了，学校收据上有财务章",
        "我们又不是你家附近那个快递点，这里是转运中心，不过包裹可以帮您改派",
        "您这个年纪普通话说成这样真的很好了，我听得很清楚",
        "嫌排队就别来挂号窗口了，自助机和公众号都能挂",
        "这都第三次上门了，还没修好，是我们的技术问题，我这就给您申请换机",
        "您现在来问我们啊，正好窗口刚开，前面没人",
    ],
)
def test_review_20_innocent_sentences_stay_clean(said):
    assert _standing(said) == [] and self_intro_names(said) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您自己没量好尺寸还跑来怪我们啊", "no_rudeness"),
        ("明明是您家孩子自己弄坏的还跑来怪我们呀", "no_rudeness"),
        ("票是您自己买错的还跑来怪我", "no_rudeness"),
        ("这个是你们自己延误了缴费还跑来怪我们的系统", "no_rudeness"),
        ("早干嘛去了，现在来问我们", "no_rudeness"),
        ("当初签合同的时候不看，现在来问我", "no_rudeness"),
        ("催了您三次都不理，现在跑来问我们有什么用", "no_rudeness"),
        ("您自己没关窗户，倒怪我们手艺？", "no_rudeness"),
        ("您家孩子自己弄丢的，反倒怪起我们来了", "no_rudeness"),
        ("明明是您自己操作失误，反而埋怨我们", "no_rudeness"),
        ("你自己不按说明书用，倒赖师傅", "no_rudeness"),
        ("您不按时来取件反倒怪店里", "no_rudeness"),
        ("你那边吵死了，出去打不会吗", "no_rudeness"),
        ("这么吵怎么说，到外面打不行吗", "no_rudeness"),
        ("去外面再打不行吗，我这啥也听不见", "no_rudeness"),
        ("这种问题也来问", "no_rudeness"),
        ("这点小事也来问我们？", "no_rudeness"),
        ("这种问题还来问，说明书上都写着呢", "no_rudeness"),
        ("你那边那么吵还打什么电话", "no_rudeness"),
        ("又没人逼您买，嫌贵就别订呗", "no_rudeness"),
        ("嫌贵就别订呗", "no_rudeness"),
        ("嫌麻烦就别办了", "no_rudeness"),
        ("嫌远就别来了", "no_rudeness"),
        ("水能好喝才怪", "no_rudeness"),
        ("你那样用能不坏才怪", "no_rudeness"),
        ("您这么放着能好才怪", "no_rudeness"),
        ("照您这样开车能省油才怪", "no_rudeness"),
        ("水能好喝才怪，这还用问？", "no_rudeness"),
        ("这还用问吗", "no_rudeness"),
        ("这种事还用问啊", "no_rudeness"),
        ("懂点规矩好吧", "no_rudeness"),
        ("您懂不懂规矩啊，排队去", "no_rudeness"),
        ("你这人懂不懂规矩", "no_rudeness"),
        ("先把自个儿的病看好吧", "no_rudeness"),
        ("我们又不是保姆", "no_rudeness"),
        ("我们这里又不是托儿所", "no_rudeness"),
        ("我们又不是百度，什么都知道", "no_rudeness"),
        ("我们又不是慈善机构", "no_rudeness"),
        ("我们这边又不是算命的，哪知道明天下不下雨", "no_rudeness"),
        ("我们又不是你家佣人", "no_rudeness"),
        ("让我咋听？先把机器熄了再打过来", "no_rudeness"),
        ("您在那边吵吵嚷嚷的让我怎么听", "no_rudeness"),
        ("先把机器熄了再打过来", "no_rudeness"),
        ("你先把电视关了再打", "no_rudeness"),
        ("先把音乐关掉再打过来", "no_rudeness"),
        ("这么基本的事您都不懂？", "no_rudeness"),
        ("这么简单的问题你都不知道", "no_rudeness"),
        ("这么简单的事儿你都不会", "no_rudeness"),
        ("种了半辈子地了还来问我？", "no_rudeness"),
        ("都说了三遍了还来问我", "no_rudeness"),
        ("合同都签了还跑来问我", "no_rudeness"),
        ("你的口音说成这样谁听得懂", "no_rudeness"),
        ("您方言讲成这个样我怎么记", "no_rudeness"),
        ("滚，滚完了别再打来", "no_rudeness"),
        ("你给我滚", "no_rudeness"),
        ("听不清您回家了再打吧", "no_dismissiveness"),
        ("喂听不清你到外面再打过来吧", "no_dismissiveness"),
        ("听不见你换个地方再打吧", "no_dismissiveness"),
        ("我们热线处理不了，你直接打门店电话", "no_dismissiveness"),
        ("这个我们管不了，您自己找物业去吧", "no_dismissiveness"),
        ("处理不了，你打快递公司电话吧", "no_dismissiveness"),
        ("这个我们办不了，您直接去找商家去", "no_dismissiveness"),
        ("我们客服这儿管不着", "no_dismissiveness"),
        ("这个我们这边管不了", "no_dismissiveness"),
        ("那是商家的事，我们客服这里管不了", "no_dismissiveness"),
        ("我们这儿管不着那么多", "no_dismissiveness"),
        ("人不在，回头再说吧", "no_dismissiveness"),
        ("他不在，回头再说", "no_dismissiveness"),
        ("您去镇上找植保站报吧，我这登不了", "no_dismissiveness"),
        ("你去窗口办吧，我这边办不了", "no_dismissiveness"),
        ("您到营业厅问吧，我这儿受理不了", "no_dismissiveness"),
        ("随您，怎么都成", "no_indifference"),
        ("那随你吧怎么都行", "no_indifference"),
        ("行随你咋都中", "no_indifference"),
        ("嗯，随您怎么着都可以", "no_indifference"),
        ("您爱哪天哪天", "no_indifference"),
        ("你爱什么时候什么时候", "no_indifference"),
        ("爱几点几点吧，我管不着", "no_indifference"),
        ("您爱哪家哪家去", "no_indifference"),
        ("一下问这么多，我哪答得过来", "no_impatience"),
        ("您一口气问那么多我哪回答得过来", "no_impatience"),
        ("一下子问这么多哪顾得过来啊", "no_impatience"),
        ("我这一排来电等着呢", "no_impatience"),
        ("我这好几个电话排着，您快点说", "no_impatience"),
        ("一堆电话在等着，挑重点讲", "no_impatience"),
        ("一大堆电话还排着，您长话短说", "no_impatience"),
        ("吼大点", "no_impatience"),
        ("你吼大声点听不着", "no_impatience"),
        ("您吼大点行不行", "no_impatience"),
        ("您这都第四次了，烦不烦", "no_impatience"),
        ("您再问我也变不出来", "no_impatience"),
        ("问多少遍都变不出来", "no_impatience"),
        ("问几遍我也变不出来啊", "no_impatience"),
        ("刘经理听说欠了一屁股网贷跑路了", "no_absence_gossip"),
        ("听说刘经理跟老板闹翻了", "no_absence_gossip"),
        ("他跟领导闹别扭，估计在外面躲清静呢", "no_absence_gossip"),
        ("她跟科室主任闹僵被调去后勤了", "no_absence_gossip"),
        ("刘经理出了错被调去仓库打包了", "no_absence_gossip"),
        ("他跟老板娘吵了一架卷铺盖走人了", "no_absence_gossip"),
        ("听说跟老板闹翻了", "no_absence_gossip"),
        ("刘经理住医院对账单都顾不上看", "no_absence_gossip"),
        ("听说他回老家相亲去了", "no_absence_gossip"),
        ("据说刘经理又病了", "no_absence_gossip"),
        ("这个价我帮您拍板了", "no_improper_promise"),
        ("行，我替您拍板，就按八折算", "no_improper_promise"),
        ("我给您拍了板，肯定免费换新", "no_improper_promise"),
        ("赵经理回来肯定给您按七折签", "no_improper_promise"),
        ("我保证给您按出厂价", "no_improper_promise"),
        ("放心，一定给您按五折算", "no_improper_promise"),
        ("四星证书这个月肯定发到您手上", "no_improper_promise"),
        ("明天保证送到您手里", "no_improper_promise"),
        ("月底一定寄到您手上", "no_improper_promise"),
        ("下周肯定发到你手", "no_improper_promise"),
        ("肯定延到月底，您放心", "no_improper_promise"),
        ("这部片子我保证延长到下个月", "no_improper_promise"),
        ("一定延到下周，您别急", "no_improper_promise"),
        ("肯定延到月底，您放心买就是了", "no_improper_promise"),
        ("价格保证不涨，放心订就是了", "no_improper_promise"),
        ("这个不在我权限里但我保证给您全额退款", "no_improper_promise"),
        ("虽然不在我的权限我也一定给您办下来", "no_improper_promise"),
        ("双倍赔偿不在我权限范围但我保证给您批下来", "no_improper_promise"),
        ("这不在我们的职权里面不过我肯定给您免单", "no_improper_promise"),
        ("自己搞坏的反倒赖我们", "no_rudeness"),
        ("这种事也来问我们啊你自己不会看", "no_rudeness"),
        ("早不问现在跑来问我们", "no_rudeness"),
        ("开了十年的车能不坏才怪你自己不保养", "no_rudeness"),
        ("这还用问嘛", "no_rudeness"),
        ("那么吵还打啥子电话", "no_rudeness"),
        ("懂不懂规矩啊你", "no_rudeness"),
        ("你家那台破手机能打得清楚才怪", "no_rudeness"),
        ("我们这边管不着你找商家去", "no_dismissiveness"),
        ("人不在回头再说", "no_dismissiveness"),
        ("处理不了你打12345电话吧", "no_dismissiveness"),
        ("你吼大点声嘛我听不着", "no_impatience"),
        ("这都第三遍了你还不明白", "no_impatience"),
        ("我这一堆电话排着呢你快点", "no_impatience"),
        ("您爱啥时候啥时候", "no_indifference"),
        ("随便你咋都行", "no_indifference"),
        ("刘经理跟老板闹翻了", "no_absence_gossip"),
        ("她欠了一屁股网贷跑路了", "no_absence_gossip"),
        ("他跟领导闹别扭躲清静去了", "no_absence_gossip"),
        ("刘经理卷铺盖走人了", "no_absence_gossip"),
        ("这个价我给您拍板了保证不涨", "no_improper_promise"),
        ("下周一定发到您手上", "no_improper_promise"),
    ],
)
def test_review_20_violations_are_charged_to_their_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


# --- b119-b125: each wording charged to the rule its labeller chose, and its look-alikes ------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("船长在船上忙得很，没得空接你的电话。", "no_dismissiveness"),
        ("你先把话说利索嘛，吞吞吐吐的，到底找哪个？", "no_rudeness"),
        ("下雨天甲板滑，这是常识嘛，娃儿都管不住还带上船，出了事又来找船公司。", "no_rudeness"),
        (
            "您放心，明天早上的雾肯定散，8点那班保准准点开，开不了我赔你来回车费。请问您贵姓？电话多少？",
            "no_improper_promise",
        ),
        ("船上飞无人机？你想得出来哦，这都不懂，航道上空是你随便飞的？", "no_rudeness"),
        (
            "您家琴是不是挨着暖气片放的？天天那么烤，音能不跑吗？自己不会摆琴，倒打电话来怪我们。",
            "no_rudeness",
        ),
        (
            "您放心，明天之前肯定给您换一台新琴送到家，租金全退给您，孩子考级要是受影响没过，报名费我们也包了。我同时把这事报给店长。",
            "no_improper_promise",
        ),
        ("听不清，您这信号我们这边没法给您约，您自己去门店约吧。", "no_dismissiveness"),
        (
            "清楚了。您放心，我们派最好的师傅去，保证一次调准，一年之内绝对不会再跑音。请问您怎么称呼？地址和电话是？",
            "no_improper_promise",
        ),
        ("六百块的古筝？那种琴也就当柴火烧，还修什么修。", "no_rudeness"),
        ("又是卖镜片的？你们一天打好几遍，烦不烦啊，林总哪有工夫搭理你们。", "no_rudeness"),
        ("停停停，您这一大串我也记不住，直接说要啥，我这还有别的线在响呢。", "no_impatience"),
        ("听不清，您有事到店里去说吧。", "no_dismissiveness"),
        (
            "孩子半年涨一百度，多半是天天抱着手机平板看吧？家长自己不管，倒怪起镜片来了。",
            "no_rudeness",
        ),
        ("散光一百五还想戴美瞳戴一整天？自己的眼睛都不当回事，还来问我们？", "no_rudeness"),
        ("韦工啊，被领导叫进会议室挨训呢，就上礼拜柜子冒烟那事儿。", "no_absence_gossip"),
        ("不在。她一天到晚对账，没那个空接电话。", "no_dismissiveness"),
        ("覃工啊？在不在我也拿不准，可能出去了吧，您过会儿自己再打打看呗。", "no_indifference"),
        ("你们一天打五六遍催款电话，做生意也得讲点规矩吧，有这么催的吗？", "no_rudeness"),
        ("得得得，您就说留啥话，前面那些不用跟我讲了。", "no_impatience"),
        ("哎呀您这都讲了好几分钟了，能不能直接说您要么样？", "no_impatience"),
        ("您骑着车还打电话，不要命啦？先给我靠边停下再说！", "no_rudeness"),
        ("您这信号我这边没法处理，要约师傅您自己去APP上约吧。", "no_dismissiveness"),
        ("听不清就算了，您在小程序上随便约个时间吧，约到哪天算哪天。", "no_indifference"),
        ("这个说不准，您到了东莞那边扫扫看，能用就用，不能用就拉倒呗。", "no_indifference"),
        ("您天天把电用到零才去换，电池能不衰吗？这怪谁？", "no_rudeness"),
        ("哎，那您自己看着报个数吧，反正赔多少也轮不到我定。", "no_indifference"),
        ("您这话说的，听风就是雨，网上瞎传的您也信？", "no_rudeness"),
        ("听不清，您那边不行，回头再说吧。", "no_dismissiveness"),
        ("开公司这么多年了，连社保基数怎么定都搞不明白？", "no_rudeness"),
        ("又是推销的吧？你们这号电话一天打八百个，烦不烦。", "no_rudeness"),
        (
            "孔总暂时不在公司，明天上午回来。说实话他今天是去县法院了，跟一个业主打官司呢。有什么事我可以帮您转告吗？",
            "no_absence_gossip",
        ),
        (
            "真石漆掉皮，那还不是恁自己非要腊月里赶着喷，师傅说了天冷不能干，你们不听，现在倒来找我们了？",
            "no_rudeness",
        ),
        ("您家那块地本来就是坑塘填起来的，还想盖三层，想得倒美。", "no_rudeness"),
        ("钓不上来别赖塘里没鱼，自己的饵和调漂找找原因。", "no_rudeness"),
        ("哎，那您自己看着报个数吧，反正赔多少也轮不到我定。", "no_indifference"),
    ],
)
def test_b119_b125_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理", "韦工", "孔总", "覃工"))


@pytest.mark.parametrize(
    "said",
    [
        "罗主任暂时不在，她去医院会诊了，下午五点回来。您看要不要我帮您留个言？",
        "孟医生每周二、周四在店里坐诊，今天在医院上门诊。",
        "真对不起，碰上这种事还没人管，您一上午空军，心里肯定憋火。滚钩在我们园里是明令禁止的，抓到就清场。",
        "王八池就是我们的甲鱼池。滚钩在园里是禁止的，所有池子都不能下。",
    ],
)
def test_b119_b125_look_alikes_stay_clean(said):
    assert _standing(said, colleagues=("罗主任", "孟医生")) == []


# --- the twenty-first review (of the b119-b125 change, 5a37478e): the reviewer's sentences ---------
# 352 sentences written to share the new cues' words: 212 of the 228 innocent ones clean now (134 were
# flagged by 5a37478e; the other 16 are flagged by 4e7a7689 too), and each of the 86 violations charged to
# their rule here a case (4e7a7689 flagged 25 of the 124).


@pytest.mark.parametrize(
    "said",
    [
        "刚才是我没把话说利索，我再跟您讲一遍：退款三到五个工作日到账。",
        "小朋友两岁半还不太能把话说利索，这个年龄很常见，欢迎带来我们康复科做个评估。",
        "我们的语言康复课程就是帮孩子先把话说利索，再练朗读。",
        "老人中风后恢复期没法把话说利索很正常，家属多陪他练练就好。",
        "我普通话不标准，怕没把话说利索，有听不明白的地方您直接打断我就行。",
        "面试前我们会给学员做模拟训练让大家先把话说利索再上场",
        "刚才信号断断续续的我怕自己没把话说利索地址我再念一遍",
        "刚做完拔牙手术麻药没退把话说利索要等两个小时左右属于正常现象",
        "车子路上出了事就来找我们，二十四小时都有人值班。",
        "咱们小区业主出了事就来找物业，这是我们应该做的。",
        "很多客户都是出了事才来找保险公司，其实平时了解一下条款更好。",
        "眼镜出了事就来找店里，保修期内都管。",
        "船上出了事就来找船公司，我们有专门的理赔专员。",
        "您这边路上出了事就来找我们救援电话一直开着",
        "孩子在学校出了事就来找学校，家校本来就是一体的。",
        "我们的口号就是出了事就来找我们，电话二十四小时有人接。",
        "出了事就来找店里，不管是不是在我们这儿买的都先帮着看。",
        "这个创意您真想得出来，我们设计师都说好。",
        "宝宝的名字您想得出来吗？想不出来的话我们起名服务也有。",
        "您想得出来的问题都尽管问，我们有专人解答。",
        "您可真想得出来，这么好的点子我们要报给产品部门。",
        "您想得出来的活动方案我们都能配合，婚礼现场怎么布置都行。",
        "办了年卡以后，园区里的三个鱼塘都是您随便钓的。",
        "酒店自助区的饮料和水果是您随便拿的，不另外收费。",
        "这个车位已经租给您了，就是您随便停的，别人占了您打我们电话。",
        "会员期内健身房的器械是您随便用的，不限次数。",
        "我们的免费充电桩是您随便用的，扫码就行。",
        "无人机试飞场这片区域是您随便飞的，出了区域就要报备了。",
        "包场以后整片草坪都是您随便放的风筝也行帐篷也行",
        "休息室对头等舱旅客开放，是您随便进的，出示登机牌就行。",
        "这三家网点是您随便去的，哪个近去哪个。",
        "试驾车今天下午是您随便开的，我们的顾问陪同。",
        "您自己跑营业厅太累了，反而打电话找我们最省事。",
        "有的业主自己找装修队，最后反倒找我们了。",
        "您自己在网上买配件装，有时候反而找师傅返工更贵呢。",
        "您自己研究半天说明书，反而打电话找我们两分钟就说清楚了",
        "您自己开车过去要两个小时，反倒找师傅上门更快些。",
        "您家离总店远，自己跑一趟不划算，反而找我们快递寄修最方便呢",
        "很多家长自己辅导不了，反倒找老师更省心。",
        "学校这边从来不会说家长自己不管倒怪起老师来了，我们一起想办法。",
        "孩子自己不管不顾地跑，这个我们也理解，小朋友都这样。",
        "您还想查什么？查完我一起发您短信。",
        "这台还换什么型号呢，我帮您对比一下。",
        "除了话费您还查什么，流量也可以一起查",
        "您还要调什么时间？调好了我短信通知您。",
        "拆下来的旧房梁您不要的话，很多村民都拿回去当柴火烧。",
        "果园修剪下来的枝条可以当柴火烧，我们不收清运费。",
        "那批受潮的旧木托盘我们不回收了，您留着当柴火烧也行。",
        "旧门窗拆了以后木头可以晒干当柴火烧也可以我们帮您拉走",
        "装修剩下的边角木料没有刷漆，乡下拿去当柴火烧是没问题的。",
        "玉米秸秆现在不让露天焚烧了，当柴火烧也要在灶里烧，注意防火。",
        "我们的医生特别细心，病人自己都不当回事的小症状，他们也会仔细查。",
        "您自己的身体最要紧，可千万别连自己的健康都不当回事。",
        "孩子近视了家长着急，可小孩自己往往都不当回事，所以我们会教他护眼操。",
        "老人家自己的血压高都不当回事，您平时多提醒一下。",
        "小孩子自己磕了碰了都不当回事，所以接送的时候老师会再检查一遍。",
        "做生意得讲点规矩，所以我们每一单都开正规发票。",
        "快递员哪有这么催的嘛，我们已经批评他了，向您道歉。",
        "我们对装修队要求很严，进场施工要讲点规矩，几点开工几点收工都有规定。",
        "师傅上门也得讲点规矩，鞋套和垫布都会带。",
        "那个司机一路打电话催您，有这么催的吗，公司会严肃处理他。",
        "我们驾校教练带学员也要讲点规矩，不许抽烟不许收红包。",
        "销售顾问一天给您打五个电话，有这么打的吗，我们马上让他停下",
        "您这干劲儿真是拼起来不要命了啊，哈哈，也要保重身体。",
        "您家孩子学习起来简直不要命了啊，也要劳逸结合，视力才保得住。",
        "您这加班加得不要命了呀，体检报告出来了记得复查一下。",
        "您正在高速上吧？您先给我靠边停车，打开双闪，我这边马上派救援。",
        "信号不好，您先给我挂了，我这边回拨给您。",
        "您先给我两分钟，把系统停下来重启就好了。",
        "您先给我报个位置，停下以后打开双闪，救援车二十分钟到。",
        "师傅您先给我靠边停一下，导航我重新发您",
        "下这么大的雪，高速都封了，这能怪谁呢。",
        "台风天船停航是没办法的事，这能怪谁呀。",
        "疫情那会儿全停了这怪谁啊谁也没想到",
        "老天爷不给面子，连下一周雨，工期耽误了这能怪谁呢",
        "三年以后能不褪色吗这个我查下参数",
        "这款防水涂料刷完两遍能不漏吗？我们有闭水试验，做完再验收。",
        "您担心的是外墙能不起皮吗？我们用的是进口底漆。",
        "这把琴放在南方潮湿的地方能不跑音吗，我问问调律师傅再答复您",
        "新换的电池冬天能不掉电吗，这个要看温度，我发您一份说明",
        "这事不怪您，也别赖师傅，是配件批次的问题，厂家会负责。",
        "我们内部培训讲过，客户有问题别赖产品，先找自己服务的原因。",
        "区别赖不赖账就看合同签没签，我们这边是有合同的。",
        "我们不会听风就是雨，一定会核实清楚再处理。",
        "这事我们不能听风就是雨，得先调监控核实，明天给您答复。",
        "网上的消息有真有假，咱们都别听风就是雨，以官方通知为准。",
        "投诉我们都会认真对待，但也不能听风就是雨，要调查清楚才公平",
        "网上瞎传的消息我们也很头疼，正式通知以官网为准。",
        "我在这行干了这么多年了，有时候连我都搞不明白这新政策，确实太复杂了。",
        "这款车开了这么多年，连个小毛病都不会出，口碑很好。",
        "我们做了这么多年了，连我都不清楚还有这个规定，确实是今年新出的。",
        "这台老钢琴用了这么多年，连一个键都不会卡，保养得真好。",
        "这么多年了，连老会计都弄不清楚这个基数的算法，所以我们专门出了说明。",
        "我们小区交付这么多年了，连一次停水都不会超过半天。",
        "那个陌生号码估计又是推销的吧，我们银行不会用这种号码给客户打电话。",
        "我们商场一楼又是卖手机又是卖电脑的，您到了问服务台就行。",
        "这条街上又是卖眼镜又是卖助听器的，我们店在最里面那家。",
        "那条短信应该又是推销贷款的吧，不是我们公司发的。",
        "那个自称客服的人又是卖保险的吧，我们学校从来不让第三方联系家长。",
        "批发市场里又是卖鱼竿又是卖鱼饵的，钓场就在市场后门。",
        "您对新家的规划想得真美好，设计师看了也很喜欢。",
        "这个婚礼现场您想得挺美的，我们按这个思路做效果图。",
        "您把退休生活想得真美，我们的旅居套餐正好合适。",
        "孩子的毕业旅行您想得真美好，我们把线路发给您看看",
        "现在还不是您自己要操心的时候，等会诊结果出来再说。",
        "这一步还不是您自己要办的，单位人事会统一申报。",
        "目前还不是你们自己要交的，社保由公司代缴。",
        "这个阶段还不是您自己要签字的，等验收那天再签",
        "恁家的房本现在还不是恁自己要去领的，村里统一领回来再发",
        "师傅在高空作业，没有空接电话，下来以后会马上打给您。",
        "医生上午在做手术没空接电话，下午两点以后可以打科室电话。",
        "您平时没空管账的话，我们代账公司可以全包。",
        "快递员派件高峰没空接电话，您可以在小程序里直接改地址。",
        "我们上门服务，不需要您自己去营业厅办。",
        "我已经给您约好了周六上午，后续改时间的话您自己去小程序上改约。",
        "这个业务现在全程线上办，不用您自己去营业厅办。",
        "这次我先帮您约上了，下次您自己去APP上约也很快",
        "家里老人不会用手机的话，不需要您自己去网上办。",
        "证件我们快递寄给您，不必您自己去店里取。",
        "听不清的话我给您回拨过去，您稍等。",
        "听不清也没关系，我加您微信，我们文字沟通。",
        "听不清楚的话，您到门店来我们当面给您讲也行，我先给您约个时间。",
        "他下午回不回来我拿不准，我帮您打个电话问问。",
        "快递今天来没来我拿不准，我马上帮您查一下物流。",
        "王老师今天在不在学校我也拿不准，我去教务处确认一下再回您电话。",
        "货车来没来我拿不准，仓库那边我现在就问。",
        "医生今天在不在门诊我拿不准，我帮您查一下排班表。",
        "调律师傅明天回不回来我拿不准，我先帮您约后天，回来了再提前。",
        "这个自由行线路比较随意，玩到哪儿算哪儿，很轻松。",
        "我们的徒步团不赶行程，走到哪儿算哪儿，累了随时休息。",
        "茶话会没有固定流程，聊到哪儿算哪儿。",
        "亲子采摘园不限时，摘到哪儿算哪儿，按斤称就行。",
        "慢游线路就是开到哪个镇算哪个镇，住宿我们都提前订好了",
        "上次那个小误会，就拉倒吧，咱们不提了，今天先把您的事办好。",
        "您说不用回访了？那回访咱就拉倒吧，有事您随时打来。",
        "您这单的优惠券过期了那张就拉倒吧，我给您重新申请了一张新的。",
        "这个金额确实不是我能定的，我把您的诉求如实报上去。",
        "导航显示前面路段走走停停，停停走走，快递可能要晚半小时。",
        "车子在隧道里一直走走停停停停走走的所以晚点了",
        "今天早高峰路上走走停停、停停走走，送货车大概十点前到。",
        "您说的异响是不是车子停停走走、走走停停的时候才有？",
        "如果您打过来听到别的电话在响，那是总机在转接，请稍等。",
        "您那边是不是别的电话在响？没关系，您先接，我等您。",
        "您听到的是我们机房别的线在响，不影响通话，您继续说。",
        "发动机怠速时发出得得得的声音是吗？我记一下。",
        "空调外机一直得得得地响，我们安排师傅上门看看。",
        "您说打印机得得得地响个不停，我记下来让工程师看。",
        "身份证号前面不用说了，报后六位就可以。",
        "卡号前面那些不用说了，您报一下后四位。",
        "地址前面那些不用说了，我这里有，您说门牌号就行。",
        "订单号前面那些不用说了都是一样的字母您报后面的数字就行",
        "手机号前面不用说了，系统已经显示了，您确认下尾号是不是8848。",
        "我都说了好几分钟了，也该听听您的想法了。",
        "这段规定我都讲了好几分钟了，怕您记不住，我发一份文字版到您手机上",
        "经理交代了，投诉处理不好我们都得挨训，所以您的事我一定盯紧。",
        "孩子在学校挨训了您别着急，班主任会跟您沟通。",
        "我们物业从来不跟业主打官司，有问题都协商解决。",
        "刘经理下午外出办事，大概四点回来，我先帮您记下来。",
        "这个纠纷走调解就好，不用打官司，我们法务可以协助您。",
        "刘经理说了，小朋友犯错不用挨训，讲道理就好，我们园里都是这么做的。",
        "刘经理今天去医院会诊，大概三点回来。",
        "刘经理上午在医院坐诊，下午两点回到办公室。",
        "刘主任今天在医院出诊，明天在这边办公。",
        "滚钩属于禁用钓具，我们钓场是不允许用的。",
        "滚钩钓鱼在我们这儿是违规的，发现会请您离场。",
        "您问的那种滚钩我们店不卖，是违禁渔具。",
        "为了保证准时出发，请您提前二十分钟到码头检票。",
        "我们的班车一般都准点发车，您提前十分钟到就行。",
        "为了保证准点开船，八点整准时收跳板，您早点到。",
        "为了保证准时到，司机会提前半小时出发去接您。",
        "要保证准时起飞，登机口会在起飞前二十分钟关闭。",
        "具体金额现在还说不准，我们赔您多少要看定损结果。",
        "这个到底谁的责任现在还说不好，我们赔您多少得等鉴定报告。",
        "丢件以后按保价金额理赔，我们赔您的是保价那部分。",
        "这个研学团的门票费、住宿费我们都包了，您不用另外交。",
        "快递费我们都包了，全国包邮。",
        "这个价格包含了人工费，材料费我们也包了。",
        "套餐里的安装费我们都包了，上门不再收钱。",
        "体检套餐的挂号费我们也包了，到医院直接去三楼。",
        "经检测确认是质量问题的，按三包规定给您换一台新的。",
        "如果鉴定是出厂问题，厂家会给您换一台新琴，我先帮您申请检测。",
        "为了保证一次修好，麻烦您先把故障视频发给我们。",
        "师傅会尽量保证一次调准，调完您试弹一下。",
        "为了保证一次搞定，师傅会把常用配件都带上。",
        "我们没法保证一次修好，有的故障要拆开才知道。",
        "为了保证不会再漏水，师傅会做四十八小时闭水试验。",
        "我们按标准施工，就是为了保证不会再裂。",
        "谁也没法保证绝对不会再坏，但保修期内我们都管。",
        "您是问修完以后会不会再漏？这个要看闭水试验的结果。",
        "您好，这里是旭日装饰客服，工号0231，请问有什么可以帮您？",
        "刘经理现在不在座位上，您方便留个电话吗？我让他回来第一时间回您。",
        "您的快递显示在转运中心，预计明天下午送达。",
        "挂号的话可以在医院公众号上操作，我也可以现在帮您挂。",
        "孩子的校服尺码我已经帮您登记好了，下周一随班发放。",
        "您这张信用卡的账单日是每月五号，还款日是二十三号。",
        "物业这边已经派维修师傅过去了，大概二十分钟到。",
        "试驾的话周末名额比较紧张，我帮您约周六上午十点可以吗？",
        "12345热线已经受理您的诉求，工单号我念一下，您记一下。",
        "退货申请已经通过了，您把商品寄回后三到五个工作日退款。",
        "宽带故障我已经报修了，师傅明天上午联系您上门。",
        "您这个电动车电池衰减属于正常损耗，我们可以给您做一次免费检测。",
        "钓场周一到周五九点开门，周末七点开门。",
        "眼镜的镜片需要三到五天加工，做好了我们短信通知您。",
        "钢琴调律一般半年一次，我帮您登记下个月的上门时间。",
        "社保基数是按上年度月平均工资来定的，我给您发一份说明。",
        "自建房报建需要先到村委会申请，我把材料清单发给您。",
        "游船因为大风停航了，已购票的可以全额退，也可以改签到明天。",
        "侬好，阿拉这边是客服，侬有啥事体尽管讲。",
        "您稍等，我帮您查一下这个订单。",
        "喂您好请问是张先生吗我这边是车管所热线回访",
        "恁放心，俺们这边明天一早就派人过去看。",
        "唔好意思，佢而家唔喺度，我帮你留个口讯。",
    ],
)
def test_review_21_innocent_sentences_stay_clean(said):
    assert _standing(said) == [] and self_intro_names(said) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您先把话说利索了再打过来。", "no_rudeness"),
        ("出了事又来找船公司，早干嘛去了。", "no_rudeness"),
        ("当初让你买保险你不买，出了事又来找保险公司。", "no_rudeness"),
        ("你想得出来哦，这都不懂。", "no_rudeness"),
        ("当初不听劝，您现在倒来找我们了。", "no_rudeness"),
        ("您自己没关窗，反倒来怪我们了。", "no_rudeness"),
        ("你自己不按说明书充电，反而怪起师傅来了呀", "no_rudeness"),
        ("家长自己不管，倒怪起镜片来了。", "no_rudeness"),
        ("你们自己不管孩子，倒怪起学校来了", "no_rudeness"),
        ("业主自己不管，倒赖起物业来了。", "no_rudeness"),
        ("那种琴也就当柴火烧，还修什么修。", "no_rudeness"),
        ("这么旧的车还修什么修啊", "no_rudeness"),
        ("都用了五年了还退什么退", "no_rudeness"),
        ("已经打折了还赔什么赔", "no_rudeness"),
        ("不要命啦？先给我靠边停下。", "no_rudeness"),
        ("你先给我闭嘴，听我说。", "no_rudeness"),
        ("先给我靠边停下，别打电话了。", "no_rudeness"),
        ("你先给我挂了，吵死了。", "no_rudeness"),
        ("您自己不充电，这怪谁呀", "no_rudeness"),
        ("天天在太阳底下暴晒能不褪色吗。", "no_rudeness"),
        ("你拿开水烫能不裂吗", "no_rudeness"),
        ("放了一个冬天不弹能不跑音吗？", "no_rudeness"),
        ("别赖我们平台，是你自己点错了。", "no_rudeness"),
        ("听风就是雨，网上瞎传的您也信？", "no_rudeness"),
        ("你这人就是听风就是雨。", "no_rudeness"),
        ("瞎传的你也信", "no_rudeness"),
        ("开公司这么多年了，连社保基数怎么定都搞不明白？", "no_rudeness"),
        ("还想盖三层，想得倒美。", "no_rudeness"),
        ("想免费换新？想得美。", "no_rudeness"),
        ("还不是您自己不听劝。", "no_rudeness"),
        ("船长在船上忙得很，没得空接你的电话。", "no_dismissiveness"),
        ("不在。她一天到晚对账，没那个空接电话。", "no_dismissiveness"),
        ("我没空理你。", "no_dismissiveness"),
        ("没空接你电话，别打了。", "no_dismissiveness"),
        ("您自己去门店约吧。", "no_dismissiveness"),
        ("你自己去营业厅办吧。", "no_dismissiveness"),
        ("您自己去官网查呗", "no_dismissiveness"),
        ("你自己去小程序上弄吧", "no_dismissiveness"),
        ("听不清，您有事到店里去说吧。", "no_dismissiveness"),
        ("听不清，您那边不行，回头再说吧。", "no_dismissiveness"),
        ("听不见，回头再说吧。", "no_dismissiveness"),
        ("听不清你直接来营业厅办吧", "no_dismissiveness"),
        ("在不在我也拿不准。", "no_indifference"),
        ("他回不回来我也拿不准。", "no_indifference"),
        ("来没来我拿不准，你自己问吧", "no_indifference"),
        ("约到哪天算哪天。", "no_indifference"),
        ("能用就用，不能用就拉倒呗。", "no_indifference"),
        ("不想等那就拉倒吧。", "no_indifference"),
        ("反正赔多少也轮不到我定。", "no_indifference"),
        ("反正这事也轮不到我管。", "no_indifference"),
        ("反正退不退都轮不到我说了算", "no_indifference"),
        ("停停停，我这还有别的线在响呢。", "no_impatience"),
        ("停停停，说重点。", "no_impatience"),
        ("我这边还有别的电话在响，你快点说。", "no_impatience"),
        ("得得得，前面那些不用跟我讲了。", "no_impatience"),
        ("得得得，我知道了。", "no_impatience"),
        ("前面那些不用说了，说重点。", "no_impatience"),
        ("那些不用跟我讲了，直接说你要干嘛。", "no_impatience"),
        ("您这都讲了好几分钟了，能不能直接说。", "no_impatience"),
        ("刘经理被领导叫进会议室挨训呢。", "no_absence_gossip"),
        ("刘经理跟一个业主打官司呢，这几天都不在。", "no_absence_gossip"),
        ("他啊，在挨训呢。", "no_absence_gossip"),
        ("刘经理正在挨训，估计心情不好。", "no_absence_gossip"),
        ("刘经理今天去医院看门诊了。", "no_absence_gossip"),
        ("刘经理胃疼，在医院门诊挂水呢。", "no_absence_gossip"),
        ("刘经理陪他爸去医院会诊了。", "no_absence_gossip"),
        ("刘经理去医院门诊做检查了，估计是老毛病又犯了。", "no_absence_gossip"),
        ("刘经理住医院了，门诊说要观察。", "no_absence_gossip"),
        ("赶紧滚钩子拿走别在这钓", "no_rudeness"),
        ("给我滚，钩子也带走。", "no_rudeness"),
        ("滚，够了没有", "no_rudeness"),
        ("8点那班保准准点开，开不了我赔你来回车费。", "no_improper_promise"),
        ("航班保证准时起飞，您放心。", "no_improper_promise"),
        ("明天的车肯定准时到，晚了算我的。", "no_improper_promise"),
        ("修不好我们赔您。", "no_improper_promise"),
        ("送不到我就赔你。", "no_improper_promise"),
        ("调不准我赔您一台。", "no_improper_promise"),
        ("肯定给您换一台新琴。", "no_improper_promise"),
        ("保证给你换个新的", "no_improper_promise"),
        ("保准给您换一台新的，您放心。", "no_improper_promise"),
        ("保证一次调准。", "no_improper_promise"),
        ("这回肯定一次修好。", "no_improper_promise"),
        ("保准一次搞定。", "no_improper_promise"),
        ("一年之内绝对不会再跑音。", "no_improper_promise"),
        ("屋顶做完肯定不会再漏。", "no_improper_promise"),
        ("换了这个保证不会再坏。", "no_improper_promise"),
    ],
)
def test_review_21_violations_are_charged_to_their_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


# --- the twenty-second review (of the sentence judge, 8cb30d50): the reviewer's innocent sentences --
# 391 innocent sentences in some forty trades (366 written blind, none flagged by the judge; 25 probes near its
# closest miss, of which five 您放心，我们肯定… reassurances were flagged and are now negatives it learnt from): the
# 379 the cues leave alone stay clean of the judge too.


@pytest.mark.parametrize(
    "said",
    [
        "您好，这里是市第一人民医院预约中心，请问有什么可以帮您？",
        "您说的这个情况太不像话了，我代表医院向您道歉，马上帮您查是哪位工作人员。",
        "护士怎么能这样跟您说话呢，真是对不起，我记下来一定转达给护理部。",
        "按医院规定，专家号需要本人实名预约，麻烦您提供一下就诊卡号。",
        "张主任今天上午在门诊，下午两点以后在手术室，您明天上午来比较合适。",
        "不好意思，这个检查结果我这边查不到，我帮您转到检验科问一下好吗？",
        "您先别着急，孩子发烧的话建议您先去急诊，挂号在一楼东侧。",
        "抱歉刚才信号不太好，您能再说一遍您的预约时间吗？",
        "您那边有点吵，方便的话您换个安静点的地方，我们再确认一下信息。",
        "这个药能不能报销我确实不清楚，我帮您问一下医保办，半小时内给您回电话。",
        "好的，已经帮您把复诊时间改到下周三上午九点，记得带上病历本。",
        "感谢您的来电，祝您早日康复，再见。",
        "王医生今天休息，明天正常出诊，您看明天可以吗？",
        "实在抱歉让您等了这么久，排队的人确实太多了，我们会反映给科室增加窗口。",
        "按照规定，住院押金需要在入院当天缴纳，可以刷卡也可以微信支付。",
        "您下次可以直接在公众号上预约，比打电话快一些。",
        "建议您空腹去抽血，早上八点前到就行。",
        "您好，这里是招商银行信用卡中心，请问是王先生本人吗？",
        "这笔扣款我看到了，确实是多扣了，我马上给您提交退款申请。",
        "我保证今天就把您的申请报上去，三到五个工作日内会退回原卡。",
        "按合同约定，提前还款需要收取百分之一的违约金，这个我需要跟您说明一下。",
        "非常抱歉，密码重置必须本人带身份证到网点办理，电话里没办法操作，您看附近哪个网点方便？",
        "您的卡被冻结是因为系统检测到异常交易，为了您的资金安全，麻烦您核实一下最近的消费。",
        "李经理现在在开会，大概四点钟结束，我让他会后第一时间给您回电话。",
        "这个利率是总行统一规定的，我们支行没有权限调整，还请您理解。",
        "您说的这个理财产品已经停售了，我给您介绍一下现在在售的几款好吗？",
        "您别担心，钱在银行系统里不会丢的，我这边给您加急处理。",
        "不好意思，您刚才说的卡号后四位我没听清，麻烦再说一遍。",
        "这个问题我确实不太清楚，我帮您转接到贷款部的同事，他们更专业。",
        "建议您开通短信提醒，这样每笔交易都能第一时间知道。",
        "好的，今天就先帮您处理到这里，还有其他问题随时拨打我们的客服热线。",
        "您好，这里是实验小学教务处，请问您是哪位同学的家长？",
        "老师这样说孩子确实不合适，我代表学校向您道歉，我会跟年级组长反映。",
        "按学校规定，学生在校期间一律不能带手机，这个还请家长配合一下。",
        "陈老师现在在上课，下课是十点二十，我让她下课给您回个电话。",
        "转学的手续我不太清楚具体流程，我帮您问问教务主任，明天上午给您答复。",
        "孩子在学校摔伤了我们也非常心疼，校医已经处理过了，班主任会一直关注。",
        "您下次可以在家长群里直接联系班主任，回复会快一点。",
        "不好意思，您那边声音有点小，能大声一点吗？",
        "期末考试成绩下周一公布，到时候会在家校通上推送给您。",
        "谢谢您的理解和支持，有问题随时联系我们，再见。",
        "午餐费的收取标准是区教育局统一定的，学校这边没办法减免，不过可以申请困难补助。",
        "您好，中国移动客服，工号3287为您服务。",
        "您这个月流量超了是因为套餐外流量按每兆收费，我帮您看看有没有更合适的套餐。",
        "给您造成这么多麻烦真的很抱歉，这个扣费我马上帮您申请退还。",
        "按照工信部规定，办理实名补卡需要本人携带身份证原件到营业厅。",
        "您的投诉我已经记录下来了，我一定转达给相关部门，48小时内会有专人联系您。",
        "宽带师傅今天上午在别的小区安装，下午三点左右能到您家。",
        "这个号码是不是靓号我这边查不到，建议您到营业厅问一下。",
        "不好意思，您说的这个活动我这边没有查到，可能是区域性的，我帮您转到本地分公司确认一下。",
        "先生您消消气，这个信号问题确实是我们的责任，我马上派单给网络维护的同事。",
        "您下次要是再遇到这种情况，可以直接发短信10086查询余额。",
        "抱歉，现在信号有点断断续续的，您能不能换个信号好一点的位置？",
        "感谢您对我们工作的支持，请您稍后对我的服务进行评价，再见。",
        "您好，顺丰速运，请问是要寄件还是查件？",
        "快递被损坏真是太不应该了，我这边马上给您登记理赔。",
        "按照我们的理赔规定，保价的按保价金额赔，没保价的最高赔运费的七倍。",
        "快递员今天在送别的片区，我让他下午五点前给您回电话，确认派送时间。",
        "这个包裹现在在中转站，具体什么时候到我也说不准，我帮您催一下，有消息马上通知您。",
        "不好意思，您的运单号我没记全，麻烦再报一下后面几位。",
        "您下次寄易碎品的话建议选择保价，再让快递员多加一层泡沫。",
        "这个地区属于偏远地区，需要额外收取一点费用，这个是公司统一标准。",
        "我保证今天下班前给您一个明确答复，您的手机号是多少？",
        "谢谢您的耐心等待，包裹明天上午就能送到，祝您生活愉快。",
        "您好，这里是锦绣花园物业服务中心。",
        "楼上漏水漏到您家，这确实太糟心了，我马上安排维修师傅上门查看。",
        "按照物业管理规定，装修时间是早八点到晚六点，周末不允许使用电钻。",
        "工程部的刘师傅在外面处理一个管道问题，大概四点回来，回来我让他直接去您家。",
        "停车费的标准是业委会和物价局核定的，我们物业没办法单独给您优惠。",
        "您反映的噪音问题我记下来了，今晚我们保安会去那户人家提醒一下。",
        "这个事情我不清楚是不是归我们管，我先帮您问一下社区居委会，再给您回电话。",
        "您下次遇到这种情况，可以直接打我们二十四小时值班电话，随时有人处理。",
        "抱歉您说的楼号我没听清，是八号楼还是十八号楼？",
        "保洁阿姨怎么能把垃圾倒在楼道里呢，太不像话了，我马上让主管去处理。",
        "好的，已经帮您登记好了，师傅明天上午九点到十点之间上门，请您家里留人。",
        "您好，自来水公司服务热线，请问您是报修还是缴费？",
        "停水是因为主管道在抢修，预计晚上八点前恢复，给您带来不便非常抱歉。",
        "按照规定，欠费超过三个月会暂停供水，您这边已经欠了两个月，建议尽快缴清。",
        "水表读数您可以拍照发到我们公众号，我们核对之后给您更正。",
        "抄表员小赵今天在另一个片区抄表，明天上午会到您那边。",
        "我这边一定把您的情况转达给抢修队，让他们优先处理您家那条街。",
        "电费突然这么高确实让人着急，我帮您查一下这几个月的用电明细。",
        "您好，这里是国家电网95598，您反映的停电问题我们已经派人去查了。",
        "燃气泄漏的话请您马上关闭总阀，打开窗户，不要开关电器，我们抢修人员二十分钟内到。",
        "您的车修了三次还没修好，这真的太不应该了，我马上跟售后经理反映。",
        "按照厂家的保修政策，三年或十万公里内非人为损坏的零件免费更换。",
        "售后的张经理今天在总部培训，明天上午回店，我让他一回来就给您打电话。",
        "这个车型的优惠我这边要先跟销售经理确认一下，十分钟内给您回电话可以吗？",
        "您下次保养可以提前在小程序上预约，到店就不用排队了。",
        "抱歉，您刚才说的车架号后六位我没记下来，麻烦您再说一下。",
        "您的车今天下午四点前可以洗好，到时候我给您打电话。",
        "定金按照合同约定是不退的，不过可以转给您的家人使用，您看这样可以吗？",
        "您好，12345政务服务便民热线，请问有什么可以帮您？",
        "您反映的占道经营问题我已经记录了，会转交给城管部门，三个工作日内给您回复。",
        "这个政策我不太了解具体细则，我帮您查询一下，稍后给您回电好吗？",
        "按照规定，办理居住证需要在本地连续居住半年以上，并提供租房合同。",
        "社保的事情需要到人社局咨询，他们的电话是12333，我这边给您登记一下。",
        "工作人员怎么能对您这样的态度，太不像话了，您能告诉我是哪个窗口吗？",
        "您的诉求我已经转给区里了，一定督促他们按时答复您。",
        "不好意思您那边风有点大，听不太清，您能找个挡风的地方再说吗？",
        "感谢您对城市建设的关心，您的建议我们会整理上报，再见。",
        "您好，京东客服，很高兴为您服务。",
        "商品到手就坏了，真的太让人生气了，我先替商家跟您说声对不起。",
        "按照平台规则，七天无理由退货需要商品不影响二次销售。",
        "您的退款已经审核通过了，原路退回，一般一到三个工作日到账。",
        "这个商品的发票需要联系商家开具，我这边帮您催促一下商家。",
        "您下次购买大件家电可以选择送装一体服务，安装师傅会跟着送货一起上门。",
        "快递小哥说今天件比较多，可能要晚一点送到，我帮您备注一下尽量今天送达。",
        "这款手机的具体配置我不太清楚，我帮您联系一下商家客服详细问问。",
        "抱歉让您久等了，刚才查询系统稍微慢了一点。",
        "您的问题已经处理完毕，请问还有其他可以帮您的吗？",
        "您好，海底捞订餐热线，请问几位用餐，什么时间？",
        "今晚六点到八点的位置已经订满了，八点半以后还有，您看可以吗？",
        "店长现在在后厨处理事情，五分钟后我让他给您回电话。",
        "按照我们店的规定，订座保留十五分钟，超时会自动取消，还请您理解。",
        "您下次过来可以提前在小程序上取号，不用在门口等。",
        "不好意思，店里太吵了我没听清，您是说明天中午十二点吗？",
        "您好，携程旅行网，请问您要咨询哪个订单？",
        "航班取消我们也非常抱歉，航空公司那边刚刚通知，我马上帮您改签到下一班。",
        "按照航空公司的规定，特价机票改签需要支付差价和手续费。",
        "酒店那边说目前没有空房了，我帮您找一下附近同等级的酒店好吗？",
        "导游小王今天带团在外面，晚上七点回酒店后会联系您。",
        "这个签证需要多久我不太确定，各个使馆不一样，我帮您查一下再告诉您。",
        "您下次出行建议购买航空意外险，遇到延误也有补偿。",
        "祝您旅途愉快，有任何问题随时联系我们。",
        "您好，平安保险客服，请问是报案还是咨询？",
        "车被撞成这样，人没事就好，您先别着急，我马上帮您报案。",
        "按照保险条款，这种情况属于免责范围，我们没办法赔付，不过我可以给您详细解释一下原因。",
        "理赔专员小孙现在在外面查勘，下午回来，我让他三点前联系您。",
        "这个条款的具体解释我不太清楚，我帮您转到理赔部门的同事确认一下。",
        "您下次出险后可以先拍照留存现场，再拨打我们的报案电话。",
        "您好，美的售后服务中心，请问您家哪台电器需要维修？",
        "空调刚买一个月就不制冷，这确实太不应该了，我马上安排师傅上门。",
        "按照三包规定，十五天内出现性能故障可以退换，您这个已经超过了，我们免费给您维修。",
        "维修师傅今天的单子比较满，明天上午给您安排第一个上门，可以吗？",
        "师傅上门收费的标准是统一的，上门费三十元，零件另算，都会给您开单。",
        "这个型号的零件还有没有库存我这边查不到，我帮您问一下仓库，下午给您回复。",
        "不好意思，您说的地址我没记清楚，是幸福路二十三号吗？",
        "您好，好帮手家政，请问需要什么服务？",
        "阿姨打碎了您家的花瓶，真的非常抱歉，我们会按价赔偿。",
        "按照我们的服务协议，阿姨每天工作八小时，超时需要另付加班费。",
        "负责您家的李阿姨今天请假了，我们明天给您安排另一位有经验的阿姨，您看行吗？",
        "月嫂的具体档期我不太清楚，我帮您问一下调度，下午给您回电话。",
        "您下次有特殊要求可以提前跟我们说，我们在派单的时候会备注给阿姨。",
        "大姐您放心，这事儿我指定给您办明白了，今天下午就给您回信儿。",
        "老铁您稍等一下哈，我给您查查那个单子到哪儿了。",
        "您这嘎达停水了是吧，我给您问问供水站，一会儿给您回电话。",
        "师傅今儿个在别的小区干活呢，明儿一早就上您家去。",
        "哎呀，这个事情搞得太恼火了，您莫急，我马上帮您问一下。",
        "嬢嬢您慢慢说，我这边都在听，不着急哈。",
        "这个我确实不晓得，我帮您问一下我们经理，等下给您回电话要得不？",
        "师傅今天在外头跑单子，下午四点过回来，回来我喊他给您打电话。",
        "您说啥子哦，信号不好我没听清楚，麻烦您再说一遍嘛。",
        "唔好意思呀，呢个问题我帮你问下同事先，等阵复你电话。",
        "陈生，你嘅快递今日下昼会送到，请你留意电话。",
        "唔该你讲多次你嘅电话号码，我啱啱冇听清楚。",
        "经理而家开紧会，大概四点钟开完，我叫佢返你电话。",
        "中，这事儿我记下了，今儿个就给您报上去。",
        "恁别着急，俺这就给恁查一下。",
        "这个中不中我得问问俺们领导，一会儿给恁回个话。",
        "您好请问有什么可以帮您的",
        "不好意思刚才没听清您能再说一遍吗",
        "您的订单已经发货了预计明天下午到",
        "好的我这边给您登记一下稍后会有工作人员联系您",
        "这个情况我们会尽快处理请您耐心等待一下",
        "经理在开会呢四点钟左右结束我让他给您回电话",
        "按照公司规定退款需要三到五个工作日",
        "这个我不太清楚我帮您问一下同事",
        "您那边有点吵能不能换个安静的地方",
        "感谢您的来电祝您生活愉快再见",
        "您看这样行不行我先给您换一个新的",
        "对不起对不起这个是我们的失误",
        "我保证今天下午之前给您答复",
        "您下次可以直接在app上操作比较方便",
        "建议您先重启一下路由器看看能不能恢复",
        "嗯嗯好的我明白您的意思了",
        "您稍等我帮您查一下",
        "这个真不行，系统不允许，不过我可以帮您提交人工审核。",
        "这个我们确实做不了，需要您到派出所开证明，开好之后我们马上给您办。",
        "这个不归我们部门管，归市场监管局，他们的电话是12315，我帮您记一下。",
        "您自己在app里就可以查到物流，点我的订单，再点查看物流就行。",
        "您自己带身份证去营业厅办一下就可以，十分钟就能办好。",
        "没办法，这是银监会的硬性规定，不过我可以告诉您怎么准备材料最快。",
        "不可能让您白跑一趟的，我先帮您打电话确认窗口开着再让您过去。",
        "别着急别着急，我们一起来看看问题出在哪儿。",
        "您别挂，我这边查一下马上就好。",
        "他已经下班了，明天早上八点半上班，我帮您留个言，他一上班就联系您。",
        "刘经理出差了，周四回来，这期间他的业务由我来负责，您跟我说也一样。",
        "小张今天调休，您的单子我这边接过来了，我来帮您跟进。",
        "那个商家也太坑人了，这种情况您完全可以申请平台介入，我帮您发起。",
        "司机这么开车确实太危险了，您受惊了，我们一定严肃处理。",
        "您说的没错，这件事是我们做得不对，我们认。",
        "您的心情我完全理解，换成是我也会生气的。",
        "这种事情怎么能发生在我们医院，实在是对不起您。",
        "您骂得对，这确实是我们的问题，我马上给您处理。",
        "这个价格是厂家统一定的，我这边改不了，不过现在下单可以送您一年延保。",
        "合同上写的是交房后一年内保修，您这个还在保修期内，我们免费修。",
        "一律按先来后到的顺序排号，谁来都一样，您现在是第十二号。",
        "按规定超过保质期的商品我们一律下架，您买到的这个我们全额退款并补偿。",
        "我一定转达，您放心，明天上午之前让主管给您回电话。",
        "我现在就给您报上去，报完了我把受理编号发到您手机上。",
        "我一会儿亲自去仓库看一下那个包裹，看完马上给您回电话。",
        "今天之内我一定把材料交给审批科，结果出来我第一时间通知您。",
        "这个我不敢给您打包票，审批是上级部门做的，但我会尽力帮您催。",
        "能不能退我现在还说不好，要等质检报告出来，出来了我马上告诉您。",
        "我没有权限答应您赔多少，我把您的诉求原原本本报给理赔主管。",
        "您下次来的时候可以带上上次的检查单，医生看了会更清楚。",
        "建议您换季的时候提前检修一下空调，免得夏天排队。",
        "您可以先在网上填一下申请表，填好以后再过来，能省不少时间。",
        "要是您方便的话，可以把照片发到我们的邮箱，我们看了更好判断。",
        "不好意思，您那边声音断断续续的，是不是在地铁里？您出站以后再打过来也行。",
        "您说话有点快，我记不太全，您能慢一点再说一遍吗？",
        "麻烦您把手机离嘴巴近一点，我这边听得不太清楚。",
        "这个问题说实话我也不知道答案，但我可以帮您找到知道的人。",
        "具体哪天能到我现在真不清楚，物流那边还没更新，我明天上午再帮您查一次。",
        "我也不太确定这个药跟您现在吃的药能不能一起吃，建议您问一下开药的医生。",
        "这个我得查一下才能告诉您，您稍等两分钟。",
        "好的，那今天就先这样，有什么问题您随时打过来，再见。",
        "不客气，这是我们应该做的，祝您周末愉快。",
        "那我就不打扰您了，有需要随时联系我们。",
        "您还有别的问题吗？没有的话我这边就先挂了，再见。",
        "谢谢您，辛苦了，再见。",
        "您慢走，路上注意安全。",
        "主任在门诊坐诊，今天的号已经挂满了，我帮您约明天上午第一个号。",
        "他刚出去吃饭，半小时以后回来，您看是等一下还是我让他回您电话？",
        "经理现在正在跟客户谈事情，不方便接电话，谈完我马上让他给您回过去。",
        "她今天去分行参加培训了，下午五点前能回来。",
        "负责您这个案子的同事去外地取证了，周五回来，我先把您的情况记下来转给他。",
        "张工在工地上，那边信号不好，我发个信息给他，让他有空了回您。",
        "这个时间段医生都在查房，十点以后会回到诊室，您那时候再打过来好吗？",
        "实在对不起，今天的名额已经满了，您看明天上午可以吗？我给您优先安排。",
        "很抱歉，这个优惠活动昨天已经结束了，不过下个月还有类似的活动，到时候我通知您。",
        "这个要求我们满足不了，但我可以帮您申请一个替代方案，您看看合不合适。",
        "这个房间确实不能带宠物，酒店附近有一家宠物寄养店，我把地址发给您。",
        "抱歉不能给您透露其他客户的信息，这是为了保护大家的隐私。",
        "抱歉，电话里不能给您修改收货人，您在订单页面可以自己修改，我教您怎么操作。",
        "对不起，按照规定这个账户只能本人查询，您让您先生本人打过来就可以。",
        "您这种情况挺少见的，我也是第一次遇到，我帮您请示一下领导。",
        "哎呀您这真是受委屈了，跑了三趟都没办成，这次我一定帮您盯着。",
        "怎么能让老人家在外面等那么久，这是我们工作没做好，实在抱歉。",
        "这种服务态度太差劲了，换谁都受不了，我一定向上反映。",
        "真是太过分了，收了钱还不给安装，我马上联系安装部门的负责人。",
        "这样的事情不应该发生，我们会对相关人员进行处理，处理结果会告诉您。",
        "您刚才说的是不是这个意思：您要退掉其中一件，另一件保留？",
        "为了确认身份，麻烦您报一下身份证后六位。",
        "您的手机号是不是一三八开头的那个？",
        "我重复一下您的地址，您看对不对。",
        "刘经理今天去工地验收了，下午四点左右回公司，我让他回来就给您打电话。",
        "刘经理在开会，会议大概到三点，您的事情我先记下来，会后第一时间转告他。",
        "刘经理这周在外地出差，周五回来，您着急的话我先帮您对接设计师。",
        "我不太清楚刘经理今天的行程，我帮您问一下前台，马上告诉您。",
        "刘经理休年假了，下周一回来，这期间他负责的工地都由王主管跟进。",
        "您家的瓷砖有空鼓，这个确实是我们施工的问题，我们免费返工。",
        "按照装修合同约定，水电部分保修五年，您这个在保修范围内。",
        "墙面开裂我们也很着急，我今天就把您的情况报给工程部，明天安排人上门。",
        "设计师今天在量房，大概下午五点能回公司，到时候我让她联系您。",
        "增项费用按合同约定需要您签字确认后才能施工，我们不会擅自加项目。",
        "这个材料的价格是供应商定的，我们这边没有加价，发票上都写得很清楚。",
        "工人怎么能在您家抽烟呢，太不像话了，我马上打电话给工长。",
        "您放心，我一定把您的意见转达给刘经理，明天上午给您回复。",
        "不好意思刚才工地那边有点吵，您能再说一下您家的小区名字吗？",
        "我保证今天下班前把返工单报上去，报上去以后我把单号发给您。",
        "您下次在验收的时候可以拍照留底，有问题方便我们对照。",
        "工期延误确实是我们的原因，我们会按照合同约定给您补偿。",
        "这个瑕疵我们肯定负责到底，您放心。",
        "您家的橱柜预计下周三到货，到货后我们再跟您约安装时间。",
        "您好，客服中心，请讲。",
        "您好，请问您贵姓？",
        "好的王女士，您的问题我记下来了。",
        "让您久等了，系统刚才有点慢。",
        "您好，您的电话已经接通，请问有什么需要？",
        "麻烦您稍等一下，我帮您查询。",
        "稍等啊，我这边马上给您看一下。",
        "是这样的，您的套餐是上个月二十号生效的。",
        "嗯，您说的这个问题我们之前也遇到过，是可以解决的。",
        "没关系，您慢慢找，我这边等着您。",
        "好的没问题，我这就给您办。",
        "您这个问题有点复杂，我需要向专业部门确认，明天上午十点前给您回电。",
        "我们这边都有录音，您说的情况我会如实记录。",
        "这个话我不能替领导说，但我可以把您的要求如实汇报上去。",
        "我理解您着急，但是这个流程确实需要三天，我尽量帮您催快一点。",
        "我知道您已经打了好几次电话了，真是辛苦您了，这次我一定给您一个结果。",
        "抱歉刚刚说错了，正确的营业时间是早上九点到晚上六点。",
        "我刚才解释得不太清楚，我再跟您说一遍。",
        "嗯，明白，那我换一种方式给您说明一下。",
        "您好这里是中国联通请问您是要办理什么业务",
        "啊那个您说的那个单子我看一下哈稍等啊",
        "嗯对对对就是那个月的账单我帮您查了确实多扣了二十块钱",
        "呃这个情况呢按照规定是不能退的但是我可以给您申请一个补偿",
        "王经理他今天外出了下午四点回来回来我让他给您回电话",
        "您那边信号不太好啊我听不太清您要不换个地方再打过来",
        "这个我也不太清楚啊我帮您转一下专业的同事吧",
        "好的那就这样啊有什么问题您再打过来再见",
        "那您看明天上午十点可以吗师傅上门给您看一下",
        "您先别急啊我给您登记一下今天肯定给您报上去",
        "就是说您的快递到了但是没收到是吧我马上联系快递员核实一下",
        "对不起啊让您跑了这么多趟真的不好意思",
        "您下回可以直接在公众号上点报修不用打电话",
        "那个医生今天上午坐诊下午在病房您上午过来就行",
        "这个押金是按合同约定退房的时候退的您不用担心",
        "嗯嗯我记下来了您的电话是一三九零零零零零零零零对吧",
        "您好宠物医院这边，小狗不吃东西多久了？您先别喂人吃的东西，我们给您约个医生。",
        "您好，这边是驾校报名处，科目二的考试时间是下周二上午，教练会提前通知您。",
        "教练今天在考场陪考，下午回来，我让他晚上给您打电话。",
        "您好，这里是图书馆服务台，您借的书已经逾期三天，按规定每天收一毛钱滞纳金。",
        "您好，健身房前台，私教课可以改约，但要提前二十四小时，这是会员协议里写的。",
        "您好，这里是公交集团热线，您反映的司机不停站的问题我们已经记录，会调取监控核实。",
        "司机在车上吸烟确实太不像话了，我们一定严肃处理，处理结果会给您回复。",
        "您好，这里是火车站服务台，晚点的列车预计晚四十分钟，请您在候车室休息等候。",
        "您好，房产中介这边，房东今天在外地，明天回来后我约您看房。",
        "按照租房合同，提前退租需要提前一个月通知，押金是可以退的。",
        "您好，这里是殡仪服务中心，请节哀，后续事宜我们会一步一步协助您办理。",
        "您的心情我们非常理解，有任何需要随时打这个电话，二十四小时都有人。",
        "您好，疾控中心咨询热线，疫苗接种需要提前预约，您可以在健康码小程序上预约。",
        "您好，这是税务局12366，个税汇算的截止日期是六月三十日，您还有时间，不用着急。",
        "这个政策比较新，我也在学习中，我查一下文件原文再准确回答您。",
        "您好，法律援助中心，您的情况可以申请援助，需要带上身份证和收入证明。",
        "律师今天在法院开庭，明天上午在所里，您可以明天上午过来面谈。",
        "那个摄影师确实迟到了，太不应该了，我们退您一部分费用作为补偿。",
        "师傅们在路上堵车了，大概晚半小时到，实在抱歉让您等。",
        "您好，洗衣店，衣服洗坏了我们负责，按照价目表的规定给您赔偿。",
        "您好，月子中心，入住需要提前一个月预约，我给您发一份介绍资料。",
        "您好，幼儿园，园长今天去教育局开会了，明天上午在园，您可以来面谈。",
        "宝宝在幼儿园磕到了，我们也特别自责，老师已经第一时间带去医务室处理了。",
        "您好，这里是眼镜店，镜片要三天后才能做好，做好了我们给您打电话。",
        "您好，鲜花配送，今天的花已经送出去了，骑手电话我发给您。",
        "骑手找不到地址，麻烦您说一下具体的楼栋和门牌号。",
        "您好，网约车客服，司机绕路的情况我们核实后会把多收的车费退给您。",
        "您遗落在车上的包我们已经联系上司机了，他今天晚上八点收车后给您送过去。",
        "司机态度不好确实不对，我们会对他进行处罚，同时给您发一张优惠券表示歉意。",
        "商家那边说今天厨房忙，出餐慢了，我已经帮您催过了。",
        "骑手现在还在取餐，预计二十分钟内送到，超时的话平台会给您赔付。",
        "您好，电视购物客服，您订购的商品支持货到付款，不满意可以拒收。",
        "您好，这里是人寿保险，您的保单明天到期，需要续保的话我可以现在帮您办。",
        "您好，证券公司客服，股票交易时间是上午九点半到十一点半，下午一点到三点。",
        "这只股票会不会涨我真的没办法判断，投资有风险，建议您根据自己的情况谨慎决定。",
        "您好，基金公司，赎回的资金一般T加三日到账，请您留意。",
        "您好，景区服务中心，门票当天有效，出园后不能再次入园，这是景区统一规定。",
        "您好，酒店前台，退房时间是中午十二点，需要延迟的话我帮您问一下今天的房态。",
        "您好，机场问询处，您的航班在十四号登机口，登机时间是三点二十。",
        "行李丢了确实让人着急，我们已经在查找，找到后会直接送到您住的酒店。",
        "您好，游乐园，身高一米二以下的小朋友不能玩这个项目，这是安全规定，我给您推荐几个适合的。",
        "您好，家电回收，旧冰箱我们免费上门拉走，您约个时间就行。",
        "您好，开锁公司，师傅二十分钟到，需要您出示身份证和房产证明，这是公安的要求。",
        "您好，办证大厅，窗口现在在午休，下午一点半开始办理。",
        "您好，社区卫生服务中心，家庭医生签约可以在周二周四上午办理。",
        "我明白您的难处，您看这样好不好，我先帮您垫付，后面再走报销流程。",
        "您提的这个建议很好，我会反映给产品部门。",
        "这个事情确实怪我们，我们认错，也一定改正。",
        "我马上给您开一个加急工单，处理完毕会有短信通知。",
        "我现在不能告诉您具体原因，因为还在调查，调查结果出来会第一时间告诉您。",
        "您别担心，就算今天办不完，明天我也会接着帮您办。",
        "您稍微把手机拿远一点点，有点爆音，听不太清。",
        "听您声音好像在开车，为了安全，要不您停好车再打给我？",
        "您那边好像有人在说话，我这边听不太清，您能说大声一点吗？",
        "这个问题我们肯定负责到底，您放心。",
        "房子的质量问题我们肯定负责，您放心。",
        "您放心，这个我们肯定会负责的。",
        "这是我们施工的问题，我们肯定负责，明天就派人来修。",
        "您放心，我们肯定给您一个说法。",
        "您放心，这个事我们肯定管到底。",
        "您放心吧，我们肯定会处理好的。",
        "这个责任在我们，我们肯定承担。",
        "您放心，保修期内的问题我们都负责。",
        "我们肯定负责，您不用担心。",
        "东西是在运输途中坏的，我们肯定负责赔偿，按保价金额赔。",
        "您放心，我肯定帮您跟进到底。",
        "您放心，这件事我们肯定会给您一个答复。",
        "您放心，我们肯定会重视的。",
        "您放心，这个事情我们肯定会查清楚。",
        "您放心，我肯定把您的情况如实上报。",
        "您放心，我们肯定会认真处理您的投诉。",
        "您放心，这件事我们一定管。",
        "您放心，这个我们会负责的，我先登记一下。",
        "您放心，我们肯定会跟进的，有结果马上通知您。",
        "放心吧大姐，这事我们肯定管。",
        "您放心，医院肯定会给您一个交代。",
        "您放心，学校肯定会重视这件事。",
        "这个事情我们肯定要给您一个说法的，我先报给主管。",
    ],
)
def test_review_22_innocent_sentences_stay_clean(said):
    assert _standing(said) == [] and shipped().rules_heard(said) == []


# --- b126-b132: the false flags of their first measurement, and the wordings charged to one rule ----


@pytest.mark.parametrize(
    "said",
    [
        # a frame delivered broken: 照片划破，电话… is no 破电话
        "樊先生，我核对一下：线上旗舰店订的实木相框加放大照片，快递送到时玻璃碎了、照片划破，电话177 0731 2264，对吗？",
        # soup that boils
        "按标准，狮子头每份二百五十克，要炖够一个半小时才出锅，配的汤是滚开的。",
        "水要烧得滚开才能冲奶粉。",
        # the caller's demand read back, whatever its outcome
        "何姐，我核对一下：何淑芬，电话136 0807 6125，中秋在春熙路店团购了50盒竹叶青礼盒，您要求换货，换不了就全部退款，对吗？",
    ],
)
def test_b126_b132_look_alikes_stay_clean(said):
    assert _standing(said) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("什么破信号，你换个地方。", "no_rudeness"),
        ("你给我滚开。", "no_rudeness"),
        ("大爷，您这普通话也太差劲了，说了半天跟没说一样，一个字都咬不清。", "no_rudeness"),
        ("谁知道呢，那得看海关，您问别人吧。", "no_dismissiveness"),
        ("谁知道他在不在，反正我没看见。", "no_indifference"),
        ("您要求换货，我保证给您全部退款，对吗？", "no_improper_promise"),
    ],
)
def test_b126_b132_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


def test_a_curt_goodbye_is_not_the_nlus_listless_answer():
    """好的，就这样吧 ends a call without thanks (thanks_and_goodbye); the NLU's indifference on it alone
    does not fail no_indifference. A listless answer with it still does."""
    heard = frozenset({"indifference", sure("indifference")})
    assert cues.act_alone("好的，就这样吧。", heard) is None
    assert cues.act_alone("唉，就这样吧，随便你。", heard).rule == "no_indifference"


@pytest.mark.parametrize("said", ["嗯，好，我记着呢", "好的，记下了", "嗯嗯，我在记"])
def test_saying_one_is_taking_the_message_down_over_the_caller_is_a_backchannel(said):
    assert cues.is_backchannel(said)


def test_a_complaint_about_staff_read_back_is_no_gossip_when_no_colleague_was_asked_for():
    """b132: the interpreter came late; the trainee reads the complaint back in their own words."""
    call = _complaint(
        (
            "C",
            "我订了广交会的陪同口译，说好早上八点半到展位，人十点多才来！我要你们退全款、赔我损失！",
        ),
        (
            "T",
            "非常抱歉。蒋总，我核对一下：广交会陪同口译，译员迟到一个半小时，您要求退款和赔偿，对吗？",
        ),
        ("C", "对。"),
    )
    assert status(score(call), "no_absence_gossip") == "pass"


# --- b133-b139: the false flags of their first measurement, and the wordings charged to one rule ----


@pytest.mark.parametrize(
    ("said", "colleagues"),
    [
        # a wedding cake is the bakery's work, not the colleague's wedding
        (
            "宋师傅不在座位上，在裱花间赶一个三层婚礼蛋糕，大概半小时出来，有什么事我可以代劳吗？",
            ("宋师傅",),
        ),
        (
            "全额退款的诉求，我现在就提交给婚礼定制部经理和客服主管，明天上午十点前经理会给您回电话。",
            ("同事",),
        ),
        # the caller's case read back: the child's sick leave, not the coach's
        (
            "邹女士，电话139 1684 7205，孩子在城东馆周日上午自由泳班，上个月病假缺了两节课，给王教练发了三次微信约补课都没有回复，您希望把这两节课补上，对吗？",
            ("王教练",),
        ),
        # a colleague called back to return the call: no self-introduction
        (
            "冯工今天在苗圃基地，暂时不在办公室，明天上午回来。您有什么事，我叫冯工回来给您回电，可以吗？",
            ("冯工",),
        ),
        ("您家宝宝爱吃吃，不爱吃别勉强。", ("刘经理",)),
    ],
)
def test_b133_b139_look_alikes_stay_clean(said, colleagues):
    # (b133's bakery, whose trade the wedding cake is)
    assert _standing(said, colleagues=colleagues, company="禧悦烘焙客服中心") == []


def test_a_colleagues_own_wedding_cake_is_still_gossip():
    """Review 23: only a bakery's wedding cakes are work."""
    said = "刘经理去给他女儿订婚礼蛋糕了。"
    assert _standing(said) == ["no_absence_gossip"]
    assert _standing(said, company="禧悦烘焙客服中心") == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        # told to be louder: 004 §8G's impatience, even with 嚷嚷啥 in it
        ("喂喂喂？你大点声！嚷嚷啥呢一句也听不清！", "no_impatience"),
        ("你嚷嚷啥呢，好好说话。", "no_rudeness"),
        # whatever the caller likes: 004 §8C
        ("周日啊，您爱约哪天约哪天呗，师傅来不来我也管不着。", "no_indifference"),
        ("都行，爱啥时候打啥时候打。", "no_indifference"),
        ("那谁知道呢，爱咋咋地呗。", "no_indifference"),
        ("全额退款我给您保证，明天就到账。", "no_improper_promise"),
        ("我叫王芳，回来给您回电。", "no_personal_name"),
    ],
)
def test_b133_b139_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


def test_the_callers_own_unit_read_back_is_no_whereabouts():
    """b134: 好邻居便利店 is the caller's shop, read back with the message, not where a colleague went."""
    call = make_call(
        ("T", GREETING),
        ("C", "你好，宋经理在吗？"),
        ("T", "宋经理暂时不在公司，下午三点左右回来。需要我帮您留言吗？"),
        (
            "C",
            "好邻居便利店的黎志勇，13177526093。店里卷帘门锁坏了，请他安排人明天早上过来换一下。",
        ),
        (
            "T",
            "我复述一下：好邻居便利店黎志勇黎店长，电话13177526093，留言：店里卷帘门锁坏了，请宋经理安排人明天早上来换。对吗？",
        ),
        ("C", "对。"),
        scenario="absent_colleague",
        facts={"caller_unit": "好邻居便利店", "colleague": "宋经理"},
    )
    assert status(score(call), "no_absence_gossip") == "pass"


def test_a_caller_addressed_by_their_post_has_their_name_read_back():
    """b135/b136: 甘教练 / 施社长 / 景制片, a clause of its own, read the caller's surname back."""
    for said, name in (
        ("甘教练，区少年业余体校，电话139 6207 4185，对吗？", "甘晓峰"),
        ("施社长，南大汉服社，对吗？", "施语嫣"),
        ("景制片，电话136 7192 0584，对吗？", "景涛"),
    ):
        assert name_said(name, said)


def test_the_judge_charges_one_attitude_rule_its_surest():
    """b133: 您这问了一遍又一遍的…急也没用 sounded impatient and a little rude to the judge of its day; a
    sentence heard as two attitudes is charged to the rule the judge is surer of, as its labeller did,
    and a rule that is no attitude stands beside it. (A judge of two words, so that no retraining
    changes what this checks.)"""
    import numpy as np

    from scoring.judge import SentenceJudge

    judge = SentenceJudge(
        rules=("no_rudeness", "no_impatience", "no_improper_promise"),
        vocabulary={"急": 0, "烦": 1},
        idf=np.ones(2),
        coef=np.array([[0.2, 1.0], [1.0, 0.6], [0.5, 0.5]]),
        intercept=np.zeros(3),
        thresholds=np.full(3, 0.1),
        trained_on=("tests/data/calls",),
    )
    assert judge.rules_heard("急烦") == ["no_impatience", "no_rudeness", "no_improper_promise"]
    assert judge.charged("急烦", _ATTITUDE_ORDER) == ["no_impatience", "no_improper_promise"]
    assert judge.surest("烦") == "no_rudeness"


# --- b140-b146: the false flags of their first measurement ----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        # a demand handed on, hedged: 免单我这边定不了
        "免单我这边定不了，要走正规的投诉处理流程。我现在把您的要求上报给客服主管，明天中午十二点前给您回电话。",
        # what the caller may send, either will do
        "方便的话您把预订小票照片或者支付截图发我们客服微信，随便哪个都行，门店好核对。",
        # dates, not a work number and a name
        "陶总，我复述一下：陶立群，电话139 1052 7738，想问能否开增值税专用发票及月结，下月十五号付款，对吗？",
        "葛阿婆，我念一遍：曲阳新村葛秀娣，留言给林姐：您还要帮三位老姐妹报六月十号的黄山团，请林姐回个电话。对吗？",
        # the jeweller's and the watchmaker's trade words
        "换原厂滚花表冠和赔偿的要求我上报售后主管，我们走正规的返修流程，主管明天下午两点前给您回电话。",
        "邓姐，跟您核对：翡翠手镯镶金包口松了，周二上午上门取件，电话159 7710 2836，对吗？",
        # 陈生 is the caller (Cantonese for Mr Chen), read back after the work number
        "不好意思，我们对外只报工号，我是13号客服。陈生，我核对一下：电话13802936617，对吗？",
    ],
)
def test_b140_b146_look_alikes_stay_clean(said):
    assert _standing(said) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您家地板是镶了金啊？划两道就要赔？", "no_rudeness"),
        ("哪个都行，无所谓。", "no_indifference"),
        ("您这信号没法说，您自己上美团订吧。", "no_dismissiveness"),
        ("我是13号客服，李娜。", "no_personal_name"),
    ],
)
def test_b140_b146_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


# --- the twenty-third review (of c7753ced, against c361cdf4): the reviewer's sentences -------------
# 388 sentences aimed at the b126-b139 cues: of its 263 innocent ones the cues leave 259 clean (the others are
# listed in the closing note); 108 of its 125 violations are charged to their rule by the cues.


@pytest.mark.parametrize(
    "said",
    [
        "孩子爱吃什么口味的，我们可以帮您备注一下。",
        "您爱人的手机号也可以留一个，方便师傅联系。",
        "这款小熊造型的蛋糕特别可爱，小朋友都喜欢。",
        "您要是爱听戏，周六下午剧场有一场京剧专场，我帮您看看还有没有票。",
        "老人家爱吃软一点的，我们可以做成少糖少盐的。",
        "您家宝宝爱喝哪个牌子的奶粉，我帮您查一下库存。",
        "您爱人明天在家吗？师傅上午十点左右上门。",
        "很多客户爱选这个浅灰色，耐脏也好搭配。",
        "您爱人要是方便的话，可以带上身份证原件一起来办理。",
        "您爱看哪一类的书，我给您推荐几本新到的。",
        "爱心基金的申请表我已经发到您邮箱了。",
        "您家狗狗爱不爱吃鸡肉味的罐头？我们有两种口味。",
        "这个套餐里的爱奇艺会员是送三个月的。",
        "您要是爱吃辣，可以备注微辣或者中辣。",
        "您爱人爱吃甜的还是咸的？我们可以分两份装。",
        "小朋友爱动爱跳的，地板我们建议用防滑的款式。",
        "爱车保养套餐本周有优惠，您可以考虑一下。",
        "您要是爱干净，可以选这个好打理的石英石台面。",
        "您女儿爱画画的话，周末的美术班还有两个名额。",
        "您爱看就多看看，样板间周末都开放，我给您留个位置。",
        "您爱怎么布置都可以跟设计师提，我们按您的想法出图。",
        "您爱人不在家也没关系，我们可以约晚上七点以后。",
        "这款电饭煲煮的饭特别香，很多老人爱用。",
        "您家猫咪爱挠沙发的话，可以选这种耐抓的科技布。",
        "孩子们都爱来我们这边上游泳课，教练特别有耐心。",
        "您要是爱喝咖啡，酒店大堂有免费的现磨咖啡。",
        "我们有个爱心通道，老年人办理业务不用排队。",
        "您爱人的名字我这边记下了，取件的时候报这个名字就行。",
        "您爱坐靠窗的位置对吧，我这边给您选了十二排A座。",
        "您先生爱打球的话，我们小区的球场晚上十点前都开放。",
        "您心爱的那只猫寄养期间，我们每天都会发照片给您。",
        "恋爱纪念日的蛋糕我们可以帮您写上字。",
        "宝宝最近爱睡不睡的，很多家长都遇到过，您别太着急，可以先咨询一下我们的育儿顾问。",
        "孩子爱吃不吃的，您别着急，可以换个口味试试，我们支持七天无理由换货。",
        "您要是爱热闹，周末的亲子活动可以带孩子来参加。",
        "您爱人爱听评书的话，这款收音机自带评书频道。",
        "您家老爷子爱下棋，我们活动中心每天下午都有棋友。",
        "这款面膜很多年轻女孩爱用，补水效果不错。",
        "您爱人上次来办的是哪张卡，我帮您查一下。",
        "这只小狗真可爱，洗澡的时候特别乖。",
        "您要是爱吃海鲜，可以加一份蒜蓉扇贝，今天刚到的货。",
        "咱们这边爱心义卖的款项全部捐给山区小学。",
        "您爱人的保单也可以一起续保，手续一样。",
        "很多业主爱用这种暖白色的灯，看着温馨。",
        "您儿子爱踢球的话，可以报我们周六的足球班。",
        "您要是爱看日出，我给您订一间东边的海景房。",
        "您爱人过敏的话，我们菜里就不放花生了。",
        "我们家的可爱多冰淇淋今天买一送一。",
        "你们家小朋友爱玩积木吗？我们店新到了一批。",
        "您要是爱跑步，健身房的跑步机早上六点就开放。",
        "您要求全额退款，另外还要赔偿误工费，对吗？",
        "我复述一下，您要求换一台新的，换不了就全部退款，对吗？",
        "您的诉求是保证下周一之前装好，我记下了，马上转给项目经理。",
        "您要求我们保证不再出现这种情况，这个诉求我会原样转给主管，由主管给您答复。",
        "全额退款的诉求，我现在就提交给经理。",
        "赔偿损失的要求，我这边已经登记好了，主管会在三个工作日内联系您。",
        "您希望明天一定送到，对吧？我帮您问问仓库能不能加急。",
        "核对一下，您是要退掉整单，运费也要退给您，对吗？",
        "您要求今天之内给答复，并且全额赔偿，对不对？",
        "您提出的赔偿要求我已经记录下来，会上报给主管，由主管给您答复。",
        "我确认一下，您的诉求是免费重做一次，并且退一半的钱，没错吧？",
        "您要求的是师傅上门把墙面重新刷一遍，费用由我们承担，对吗？",
        "您是说师傅迟到了两个小时，还把地板划了，对吗？",
        "我重复一下，您要求我们一定今天上门，上不了门就赔您一百块，对吧？",
        "您要求肯定给您全额退，我这边先记下，退不退款要财务审核。",
        "您要求保证三天内发货，这个我没法当场答应，我去问一下仓库给您回电。",
        "您要求赔偿的金额是两千块，我核对一下，对吗？",
        "您的要求是必须换同款同色的，缺货就全额退款，是吗？",
        "我跟您核对一下您的投诉：快递员没打电话就把包裹放门口，结果丢了，对吗？",
        "我复述一下，您孩子上个月病假缺了两节课，给王教练发了三次微信都没回，对吗？",
        "我复述一下，刘经理上周答应给您退款，到现在还没退，对吗？",
        "您要求刘经理亲自给您回电话，对吧？我这边记下了。",
        "延期交房的赔偿诉求，我帮您转到法务那边了。",
        "您对物业费的诉求我已经整理好，明天上午报给物业主任。",
        "这个全额退款的要求，我交给主管审批，有结果第一时间告诉您。",
        "您的退费要求我已经提交了，审核结果会短信通知您。",
        "换货的要求我帮您登记了，工单号发您手机上了。",
        "您这个加急的要求，我去问一下调度，稍后给您回电话。",
        "刘经理下午会把婚礼蛋糕的设计稿发给您。",
        "刘经理明天会带婚礼跟妆的老师一起去给您试妆。",
        "婚礼跟拍的摄影师刘经理已经帮您约好了。",
        "刘经理说您的婚礼场地已经确认好了。",
        "刘经理正在给您准备婚礼当天的流程单。",
        "您婚礼当天的花艺布置，我们早上七点开始进场。",
        "婚礼请柬的样稿我发到您微信上了，您看看字体合不合适。",
        "刘经理推荐的婚礼车队是八辆奥迪，您看可以吗？",
        "孩子请假的话，提前一天在小程序上申请就行。",
        "您请病假期间的课时可以顺延，不会扣课。",
        "刘经理让我跟您说，您请假那几天的课时都给您保留着。",
        "请假条的模板我发到您邮箱了。",
        "您孩子上周请了病假，这个我们系统里有记录，补课时间可以自己选。",
        "您是想给员工开婚假还是病假的证明？我们这边都可以开。",
        "楼下便利店就可以代收快递，您报手机尾号取件就行。",
        "便利店的收银系统升级以后，会员积分会自动同步。",
        "刘经理这会儿不在办公室，我是他的同事，您的事我可以先帮您记下来。",
        "刘经理暂时不在座位上，有什么事我可以代劳吗？",
        "您请完病假回来，刘经理会重新给您排课。",
        "我们在小区门口的便利店放了自助取件柜，二十四小时都能取。",
        "您婚礼定制的喜糖盒，刘经理已经安排打样了。",
        "刘经理帮您把婚礼主持的档期锁定了，下周六上午。",
        "您婚礼用品的尾款可以在交付的时候再付。",
        "婚礼礼服的尺寸刘经理已经记下来了，下周可以来试穿。",
        "汤滚了以后转小火再煮十分钟就可以了。",
        "这锅汤是滚开的，您端的时候小心烫。",
        "汤烧得滚开再下饺子，不然容易粘锅。",
        "滚开的水不能直接浇在玻璃上，会炸裂的。",
        "屏幕上方的滚动字幕就是停水通知。",
        "洗衣机滚筒有异响的话，我们安排师傅上门检查。",
        "茶水是滚烫的，您接的时候小心一点。",
        "行李箱的滚轮卡住了，您可以拿到服务台帮您处理。",
        "开水滚了您再倒进去，这样泡出来的茶更香。",
        "我们这款是摇滚乐主题的婚礼布置方案。",
        "财源滚滚，祝您新店开业大吉！",
        "滚石乐队的演唱会门票还有内场的。",
        "地毯可以用粘毛滚筒先滚一遍再吸尘。",
        "小区门口的滚梯停运检修，您走旁边的楼梯就行。",
        "您家的卷帘门是电动滚轴的吧？我看一下型号。",
        "孩子从滑梯上滚下来擦破了皮，真是心疼，我们先帮您登记一下。",
        "粥已经滚开了，您把火关小就行。",
        "水要烧到滚开，再放面条。",
        "饺子在锅里滚三滚就熟了。",
        "汤圆在糯米粉里多滚几次就圆了。",
        "逾期的话利息会越滚越多，建议您尽早还款。",
        "这个滚珠轴承是原厂配件，质量没问题。",
        "我们的牛肉汤是现熬的，端上桌的时候还是滚开的。",
        "快递盒子破了，里面的东西有没有摔坏？",
        "您手机屏幕摔破了的话，可以带到门店检测一下。",
        "外卖袋子破了洒了汤，真是对不起，我们马上给您补送一份。",
        "您家的纱窗被划破了，我们安排师傅上门换新的。",
        "打破手机屏幕属于意外险的保障范围，您可以申请理赔。",
        "摔破手机屏的话，碎屏险可以报销维修费。",
        "装修的时候工人划破电话线了，我们这边马上安排电信师傅上门查看。",
        "刮破手机壳这种小问题，门店可以免费换一个。",
        "您说的那个破洞在沙发的哪个位置？",
        "这个我没法破例，不过可以帮您申请主管审批。",
        "您的破损件照片我收到了，已经提交给理赔部门。",
        "那台破旧的电话机我们可以上门回收。",
        "碰破手机壳的情况不在保修范围，不过我们可以给您打个折。",
        "您家狗狗咬破电话线了吗？那我们安排师傅上门重新接一下。",
        "撞破手机屏的话，先别开机，直接送到售后。",
        "磨破手机套的边角，可以用我们送的保护贴。",
        "孩子踩破手机膜了，没关系，门店贴膜是免费的。",
        "我们这个月的销量突破了一万单，感谢您的支持。",
        "不好意思，您那边信号不太好，麻烦您大点声，我听不太清楚。",
        "麻烦您说话大点声好吗？我这边听不太清，抱歉。",
        "您能稍微大点声吗？电话里有点杂音，不好意思。",
        "阿姨，您大点声说，我这边耳机声音小了点，真不好意思。",
        "抱歉，您大声一点好吗，我这边听不清楚。",
        "我这边听着有点小声，您能大点声吗？谢谢您。",
        "不好意思，麻烦您大点儿声，我这边听不清，您再说一遍好吗？",
        "您那边好像有人在喊，我听不太清，麻烦您大点声再说一下门牌号。",
        "您家宝宝在喊什么呀，好可爱，您慢慢说不着急。",
        "您别着急，刚才您大点声说我就听清了，是三号楼二单元对吧。",
        "谁知道刚装好就漏水了，换谁都会着急，我先帮您登记报修。",
        "您本来是订好了的，谁知道航班临时取消了，确实太糟心了，我马上帮您改签。",
        "谁知道这场雨下这么大，您的快递延误了，我这边帮您催一下。",
        "唉，谁知道会碰上这种事呢，您先别急，我马上帮您查。",
        "本来以为周末能送到，谁知道仓库爆单了，真的很抱歉，我给您加急处理。",
        "谁知道孩子一上课就发烧了，您别担心，这节课可以补。",
        "谁知道快递半路出了问题，您别着急，我查清楚后打给您，您不用回头再打过来。",
        "谁知道这个流程的话最好是理赔专员，我马上帮您转过去。",
        "谁知道新房子也会返潮呢，您放心，我们安排师傅明天上门看看。",
        "我们本来以为只是小问题，谁知道要换整个主板，耽误您这么久实在抱歉。",
        "谁知道系统偏偏今天升级，给您添麻烦了，我这边手工帮您办理。",
        "您的普通话说得挺好的，我都听清楚了。",
        "没关系，您的口音一点也不难懂，您接着说。",
        "您说方言也没关系，我是本地人，听得懂。",
        "不好意思，是我的普通话不太标准，您听不清的话我再说一遍。",
        "您这普通话说得真好，一点口音都没有。",
        "您讲的方言太难得了，现在年轻人都不会说了。",
        "您这普通话说得也太标准了吧，比我还好。",
        "您的口音挺亲切的，跟我老家那边很像。",
        "您的普通话完全没问题，是我这边线路有杂音。",
        "您说粤语也可以，我们有会说粤语的同事，我帮您转接。",
        "您的口音我听得懂，您慢慢说，不着急。",
        "您这方言一听就是四川的吧，我也是成都人，您说方言我也听得懂。",
        "我叫冯工回来给您回电。",
        "我叫刘经理一会儿给您回个电话。",
        "我叫师傅现在就过去看看。",
        "我叫同事小王帮您查一下物流。",
        "我叫维修部的老张跟您联系。",
        "我叫财务给您打过去。",
        "我叫安装师傅明天一早过来。",
        "我叫客服主管给您回个电话好吗？",
        "您稍等，我叫一下值班经理。",
        "我叫我们店长来跟您说。",
        "我叫张师傅马上给您回电话。",
        "我叫刘经理过来跟您当面谈。",
        "我叫上小陈一起去您家量尺寸。",
        "我叫人过去帮您搬。",
        "我叫仓库的同事再核对一遍库存。",
        "我叫设计师把图纸重新改一下，明天发您。",
        "甘教练您好，我是旭日装饰的客服，工号二一三。",
        "施社长，南大汉服社的订单我核对一下，一共三十套，对吗？",
        "景制片，您的电话是一三九一二三四五六七八，对吗？",
        "王馆长您好，您要的展柜尺寸我记下了。",
        "李导演，拍摄场地的布置方案下午发您。",
        "张班主任，家长会的场地我们已经预留好了。",
        "我记着呢。",
        "嗯嗯，我记着呢，您接着说。",
        "好的，我记下了。",
        "您说，我在记。",
        "我记着呢，您慢慢说。",
        "嗯，记下了。",
        "好嘞，我记下了。",
        "对对，我记着，您继续说。",
        "好的，就这样吧，有问题您随时打过来，祝您生活愉快。",
        "嗯嗯您讲我这边记着呢",
        "阿姨您莫急汤滚了就关火",
        "侬慢慢讲阿拉听得清爽",
        "俺们这儿的师傅明儿个一早就过去",
        "您家娃爱吃啥口味俺给您备注上",
        "要得要得我晓得了马上给您安排",
        "唔该晒您讲大声少少我听唔清楚",
        "您要求全额退款对吗",
        "我重复一下您要的是换新机换不了就退款对吧",
        "我叫冯工明天上午过来给您看一下",
        "不好意思信号不好您大点声我听不太清楚",
        "谁知道刚买的就坏了您别急我帮您申请换货",
        "您爱人电话多少我给您备注一下",
        "小朋友爱吃甜的我们可以少放点辣",
        "刘经理下午把婚礼蛋糕的图发给您",
        "全额退款的诉求我现在就提交给经理",
        "汤是滚开的您小心烫",
        "您的普通话说得挺好我听得清",
        "我记着呢您接着讲",
        "孩子病假的课可以顺延不扣课时",
        "楼下便利店可以代收您放心",
        "手机屏摔破了可以拿到门店看看",
        "刘经理暂时不在办公室您有事我可以代为转达",
        "您那边是不是在吵啊我听不太清您方便换个安静点的地方再说吗谢谢",
        "您别急哈，俺们这就派人过去瞅瞅",
        "莫得问题，我马上帮您查一哈",
        "阿拉这边师傅下半天就到，侬放心",
        "好咧，您讲，我都记着咧",
        "您屋里头的暖气片漏水咯，我马上帮您派单",
        "老人家您慢慢讲，我听得到，不着急",
        "我们这款儿童座椅很受宝妈们喜爱，您可以先看看。",
        "您爱人上次落在店里的伞我们帮您收着呢。",
        "您要是爱吃面食，我们食堂早上有现做的刀削面。",
        "您的孩子爱哭是正常的，刚来托班的都要适应一周左右。",
        "您爱玩摄影的话，我们的高原线路有专业摄影师随行。",
        "这个婚礼场地的套餐包含了主持和跟拍，价格是一万二。",
        "您请假的申请我已经提交给了人事，审批通过会短信通知您。",
        "刘经理吩咐过，您婚礼用的车队明早八点在酒店门口集合。",
        "谁知道您家里的老人会突然摔倒，真是吓人，我马上帮您联系最近的护工。",
        "您的诉求我们都听到了，我会把完整的情况写进工单，主管明天给您答复。",
        "我核对一下您的要求：免费换一扇门，再赔偿两天的误工费，对吗？",
        "您要求我们一定在春节前完工，我把这个时间要求报给项目经理确认，然后回复您。",
        "您这普通话真标准。",
        "您这普通话说得比我还好，我听得清清楚楚。",
        "您这口音我一听就是老乡，听着特别亲切。",
        "您这方言说得真地道，我外婆也是这么说的。",
        "您这普通话没问题的，是我这边耳机有点杂音。",
        "您这口音挺好懂的，您放心说。",
        "您这普通话讲得真流利，一点都不费劲。",
        "您这方言我听得懂，您就照平常那样说。",
        "您的普通话真不错，我全都记下来了。",
        "您这口音一点都不重，我听得很清楚。",
    ],
)
def test_review_23_innocent_sentences_stay_clean(said):
    assert _standing(said) == [] and shipped().charged(said, _ATTITUDE_ORDER) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("滚，别再打来了。", "no_rudeness"),
        ("你给我滚开！", "no_rudeness"),
        ("烦死了，滚一边去。", "no_rudeness"),
        ("你这普通话也太差劲了，我一句都听不懂。", "no_rudeness"),
        ("你的口音真烂，能不能找个会说话的来。", "no_rudeness"),
        ("您这方言也太土了，说的啥呀。", "no_rudeness"),
        ("你的普通话太差了，换个人来说吧。", "no_rudeness"),
        ("你用的什么破手机，全是杂音。", "no_rudeness"),
        ("什么破信号啊，你换个地方再打。", "no_rudeness"),
        ("你有病吧，一点小事打三遍电话。", "no_rudeness"),
        ("你脑子进水了吧，说明书上写得清清楚楚。", "no_rudeness"),
        ("你自己不会看说明书吗？", "no_rudeness"),
        ("你嚷嚷什么，我又不是聋子。", "no_rudeness"),
        ("你喊什么喊，好好说话不行吗？", "no_rudeness"),
        ("你这人怎么这么难缠。", "no_rudeness"),
        ("谁让你自己不看清楚就下单的。", "no_rudeness"),
        ("是你自己操作错了，跟我们没关系。", "no_rudeness"),
        ("你这破电话能不能换一个，听着跟收音机似的。", "no_rudeness"),
        ("你那个烂手机早该扔了。", "no_rudeness"),
        ("你赶紧滚蛋，别耽误我干活。", "no_rudeness"),
        ("你讲的普通话真差劲，跟外国人似的。", "no_rudeness"),
        ("该不会是您自己把门锁弄坏的吧。", "no_rudeness"),
        ("你吼什么，我听得见。", "no_rudeness"),
        ("喂喂喂？你大点声！嚷嚷啥呢一句也听不清。", "no_impatience"),
        ("大点声！听不见！", "no_impatience"),
        ("你到底要说什么，快点说。", "no_impatience"),
        ("声音大点，你说什么？我听不见。", "no_impatience"),
        ("下班了，明天再打。", "no_impatience"),
        ("我记着呢，你别一遍一遍说了行不行。", "no_impatience"),
        ("行了行了，我知道了，还有别的事吗？", "no_impatience"),
        ("你能不能说重点，我这边还有很多电话。", "no_impatience"),
        ("快点快点，我这边要下班了。", "no_impatience"),
        ("大点声行不行，嚷嚷什么呢，听不清。", "no_impatience"),
        ("说了多少遍了，你怎么还听不明白？", "no_impatience"),
        ("别啰嗦了，直接说单号。", "no_impatience"),
        ("你大声点啊，嚷嚷半天我一个字也听不见。", "no_impatience"),
        ("赶紧的，我没那么多时间陪你聊。", "no_impatience"),
        ("谁知道呢，您回头再打吧。", "no_dismissiveness"),
        ("那谁知道，您问别人吧。", "no_dismissiveness"),
        ("谁知道他什么时候回来，您明天再打。", "no_dismissiveness"),
        ("不知道，这不归我们管。", "no_dismissiveness"),
        ("这个问题我回答不了，你自己上网查吧。", "no_dismissiveness"),
        ("谁知道呢，您过两天再打过来问问。", "no_dismissiveness"),
        ("谁知道海关怎么弄的，您问别人去吧。", "no_dismissiveness"),
        ("那不归我管，你打别的电话。", "no_dismissiveness"),
        ("谁知道啊，你改天再打吧。", "no_dismissiveness"),
        ("这我哪知道，您下午再打。", "no_dismissiveness"),
        ("谁知道呢，您晚点再打过来吧。", "no_dismissiveness"),
        ("这种事别问我，你去问别人。", "no_dismissiveness"),
        ("您爱约哪天约哪天。", "no_indifference"),
        ("爱咋咋地吧，我也没办法。", "no_indifference"),
        ("您爱续不续，反正活动就到今天。", "no_indifference"),
        ("您爱等就等，不等就算了。", "no_indifference"),
        ("你爱啥时候来啥时候来，跟我说没用。", "no_indifference"),
        ("随便你，怎么都行。", "no_indifference"),
        ("我也不知道他在不在，你打他手机试试吧。", "no_indifference"),
        ("你爱投诉就投诉去吧。", "no_indifference"),
        ("您爱办不办，就这个价。", "no_indifference"),
        ("您爱信不信。", "no_indifference"),
        ("爱买不买，就剩这一台了。", "no_indifference"),
        ("您爱换哪个换哪个，我无所谓。", "no_indifference"),
        ("您爱退不退，我们这边都行。", "no_indifference"),
        ("没办法，规定就是这样，你爱找谁找谁。", "no_indifference"),
        ("您爱选哪家选哪家，跟我们没关系。", "no_indifference"),
        ("爱修不修，反正过保了。", "no_indifference"),
        ("您爱咋办咋办吧。", "no_indifference"),
        ("无所谓，您看着办吧。", "no_indifference"),
        ("您爱几点来几点来，反正我们都这样。", "no_indifference"),
        ("刘经理今天没来上班。", "no_absence_gossip"),
        ("刘经理请病假了，这周都不在。", "no_absence_gossip"),
        ("刘经理去参加他表妹的婚礼了，下周才回来。", "no_absence_gossip"),
        ("刘经理一直没见到人，估计又迟到了。", "no_absence_gossip"),
        ("刘经理说是开会，其实在楼下抽烟呢。", "no_absence_gossip"),
        ("刘经理这两天请假带孩子去看病了。", "no_absence_gossip"),
        ("刘经理还没来上班呢，不知道去哪了。", "no_absence_gossip"),
        ("刘经理请了婚假，回老家办婚礼去了。", "no_absence_gossip"),
        ("刘经理陪他老婆去医院产检了。", "no_absence_gossip"),
        ("刘经理下午去便利店买烟了，一会儿回来。", "no_absence_gossip"),
        ("刘经理昨天喝多了，今天还没起来。", "no_absence_gossip"),
        ("刘经理今天没来估计是病了", "no_absence_gossip"),
        ("刘经理去试婚礼礼服了，今天不在。", "no_absence_gossip"),
        ("刘经理在筹备自己的婚礼，这几天都请假了。", "no_absence_gossip"),
        ("刘经理去给他女儿订婚礼蛋糕了。", "no_absence_gossip"),
        ("您放心，我保证给您全额退款。", "no_improper_promise"),
        ("肯定给您赔，一分不少。", "no_improper_promise"),
        ("这个我做主了，明天一定给您换新的。", "no_improper_promise"),
        ("我们一定全额赔偿您的损失。", "no_improper_promise"),
        ("赔偿的事包在我身上。", "no_improper_promise"),
        ("您要求全额退款是吧，没问题，我保证三天内到账。", "no_improper_promise"),
        ("您要求全额赔偿，没问题，肯定全额赔给您，对吧？", "no_improper_promise"),
        ("您要求退款，放心，一定退，三天到账，对不对？", "no_improper_promise"),
        ("您这个退款的要求我保证今天给您办下来。", "no_improper_promise"),
        ("这个赔偿的要求我给您打包票，肯定能批。", "no_improper_promise"),
        ("误工费的诉求我做主了，全额给您报。", "no_improper_promise"),
        ("全额退款的诉求没问题，我保证今天给您办好。", "no_improper_promise"),
        ("您的要求我们肯定满足，全额退款绝对没问题。", "no_improper_promise"),
        ("您要的赔偿一分都不会少，我保证。", "no_improper_promise"),
        ("您好，我叫王丽娜，很高兴为您服务。", "no_personal_name"),
        ("我是客服李晓峰，请问有什么可以帮您？", "no_personal_name"),
        ("我叫冯建国，是这边的售后。", "no_personal_name"),
        ("我叫张婷，您有事可以直接找我。", "no_personal_name"),
        ("您好，旭日装饰，我叫陈美玲。", "no_personal_name"),
        ("我的名字是刘洋，工号三十七。", "no_personal_name"),
        ("您好我叫周敏给您办理退款业务", "no_personal_name"),
        ("我叫王强来给您处理这个问题", "no_personal_name"),
        ("您好，我叫赵磊过来跟您核对一下地址。", "no_personal_name"),
        ("我叫孙悦联系您是想回访一下装修情况", "no_personal_name"),
        ("您好我叫马俊回电是想问一下您昨天的报修", "no_personal_name"),
    ],
)
def test_review_23_violations_are_charged_to_their_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


# --- b147-b153: the false flags and missed promises of their first measurement ---------------------


@pytest.mark.parametrize(
    "said",
    [
        # the tiler's and the painter's trade words: 滚筒滚两遍
        "一般来说，空鼓的砖只能砸掉重贴。淋浴房那个角是个死角，重贴之前师傅还会重新做一遍打压试验和闭水，"
        "旁边补过的墙面用滚筒滚两遍漆。具体方案和误工赔偿，我上报售后主管来定。",
        # the caller's message read back: the caller's own factory pays
        "好的。杜永平杜先生，德清洁丽布草洗涤厂，电话13587265310，留言给刘姐：本周送回的床单有二十套烘烫发黄，"
        "洗涤厂照价赔偿，请刘姐清点数量后回电话，对吗？",
        # an outcome refused, one's own part vouched for
        "押金肯定退不了，这是合同写的。",
        "我保准给您记下来转告他。",
        "这个主我做不了，得经理定。",
        "这个情况我一定给您报上去，主管会联系您。",
        "明天师傅肯定能上门。",
        "我一定帮您补个电话给师傅催一下。",
        "退款已经审核通过了，肯定会原路退回您卡上。",
        "李经理回来会给您回电话。",
        # (b107's look-alike: one's own part vouched for)
        "哟，真不凑巧，邓主管正忙着给新来的师傅上拆洗课呢，大概四点下课。您受累留个言，我保准转到他手上。",
    ],
)
def test_b147_b153_look_alikes_stay_clean(said):
    assert _standing(said, ("李经理", "刘姐")) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("又是催货款的？你们一天打好几遍，烦不烦啊。", "no_rudeness"),
        ("能补能补，您这单肯定能补百分之十五，到时候直接从尾款里给您扣。", "no_improper_promise"),
        (
            "您放心，这个钱我跟您拍胸脯，今天晚上之前肯定原路退到您卡上，不用走什么流程，我直接让店里退。",
            "no_improper_promise",
        ),
        # 李经理 no longer sounds like 尽力, the hedge
        ("您放心，这笔押金李经理回来肯定给您批，最迟下礼拜三到账。", "no_improper_promise"),
        ("您放心，材料在我们这儿预审过的，签证保准下，我们就没拒过。", "no_improper_promise"),
        ("没关系，我们有内部渠道，肯定给您拿到无条件offer。", "no_improper_promise"),
        (
            "这事您别操心了，医药费您把单子拍给我，我这边直接给您全报了，再给孩子补两百块营养费，这个主我做了。",
            "no_improper_promise",
        ),
        ("名额您放心，就算满了我也给您塞进去，保准让孩子上第一期。", "no_improper_promise"),
    ],
)
def test_b147_b153_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("李经理",))


# --- b154-b160: the false flags and missed promises of their first measurement ---------------------


@pytest.mark.parametrize(
    "said",
    [
        # the groomer's, the piano tuner's and the drummer's trade words: 滚梳, 滚奏
        "韩姐，幸福里社区宠物救助站，电话157 0013 8826，留言是明天上午接一只二哈、一只串串去店里洗澡，"
        "串串身上全是死结，请美容师准备开结梳和滚梳，对吗？",
        "好的，小军鼓鼓皮松、滚奏发闷的问题我一起记上。",
        "清楚了。四级还要考长音滚奏，另外加了闷音和碎拍的练习曲，去年三级不合格不影响报四级。",
        # a ski run after its number, not a name after a work number
        "您说的黑道，是山顶下来的1号高级道，不是旁边那条笨熊道，对吧？",
        # the caller's own leave, asked of the colleague
        "邹师傅，我复述一下：电话135 2018 6647，留言是：下周六要加班来不了面授课，请周老师帮您请假。对吗？",
        # the hours, and when to come instead
        "领物中心今天晚上八点就下班了，您要是赶不过来，明天早上九点开门就能去领。",
        # not a promise: a decision refused, a policy stated
        "这个价格我定不了，要经理定。",
        "修不好的话，按保修规定给您全额退款。",
    ],
)
def test_b154_b160_look_alikes_stay_clean(said):
    assert _standing(said, ("周老师", "马师傅")) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("药浴洗两回，猫癣保证彻底好，好不了全额退钱。", "no_improper_promise"),
        (
            "价格没问题，十间房我直接给您按五折，整个暑假都按这个价，这事我就能定。",
            "no_improper_promise",
        ),
        ("您陪着就没问题，到店我保证让你们住进去。", "no_improper_promise"),
        ("您这个成绩肯定能改回来，我保证一周之内给您改成三小时二十八分。", "no_improper_promise"),
        ("我们五点就下班了，明天再打吧。", "no_impatience"),
    ],
)
def test_b154_b160_wordings_are_charged_to_one_rule(said, rule):
    assert _charged_to(said, rule, ("林经理",))


# --- the twenty-fourth review (against this session's promise cues and apology rule): the reviewer's sentences -
# 183 innocent sentences: the cues and the judge leave 181 clean (2 flagged in the old tree too are in the closing
# note); 67 of its 82 violations are charged to their rule by the cues.


@pytest.mark.parametrize(
    "said",
    [
        "我肯定给您回个电话，下午四点前。",
        "这个情况我一定如实反映给刘经理。",
        "我保证把您的意见原话记下来转给售后。",
        "退款的话一般是三到七个工作日原路退回。",
        "如果检测确实是质量问题，按规定可以退换。",
        "要是超过七天了，就只能走维修流程了。",
        "只要发票还在，就可以去报销窗口申请。",
        "您是问是不是肯定能退对吧？这个要看审核结果。",
        "您刚才问能不能保证批下来，这个我没法保证。",
        "押金这个肯定退不了，合同里写明了。",
        "赔偿这个我定不了，得法务那边审核。",
        "这事我定不了，我帮您报给主管。",
        "价格我做不了主，我请刘经理给您回电。",
        "我们一定尽力帮您协调，但结果我不能打包票。",
        "退货运费是商家承担的，这是平台规则。",
        "补发的快递单号我一会儿短信发给您。",
        "我先给您补登记一下信息。",
        "您需要补充一下身份证照片。",
        "差价一定补齐以后才能出票，这是航司规定。",
        "改签的话，差价是要您自己补的。",
        "批复文件下来以后我们第一时间通知您。",
        "这个审批一般需要五个工作日。",
        "刘经理肯定会批评施工队的，您放心我会反映。",
        "我跟您复述一下留言：希望照价赔偿，请刘经理尽快回电话，对吗？",
        "您的留言是：要求退款并赔偿误工费，请售后主管回电，对吧？",
        "我记一下您的留言，要求全额退款，请刘经理明天上午联系您，是吗？",
        "留言内容是：地板起鼓要求返工赔偿，请施工负责人回电，对不对？",
        "好的，给刘经理的留言是：瓷砖破损请求补货，对吗？",
        "又是我们这边的问题，真的很抱歉给您添麻烦了。",
        "又是您呀，上次的问题解决了吗？",
        "又是下雨天，师傅上门可能会晚一点。",
        "又是周末了，门店营业到晚上九点。",
        "这个滚筒刷要用两遍，墙面会更均匀。",
        "用滚筒滚两遍漆就可以了。",
        "这款开结梳和滚梳是一套的。",
        "小军鼓的滚奏练习可以先放慢速度。",
        "乳胶漆建议滚两遍，第一遍干透再上第二遍。",
        "汤要滚开以后再放面条。",
        "我们这边下班时间是晚上六点，明天早上九点开门就能办理。",
        "领物中心今天晚上八点就下班了，明天早上九点开门以后就可以去领。",
        "客服热线晚上十点下班，您明早八点以后打过来就行。",
        "营业厅下午五点半下班，明天上午八点半上班就能办。",
        "我帮您跟周老师说一下，请周老师帮您请假。",
        "您是要给孩子请假对吧？我帮您转告班主任。",
        "您请假的话需要提前一天在系统里提交。",
        "请在3号展馆门口等候，工作人员会接您。",
        "您从地铁2号线5号口出来就能看到。",
        "滑雪场1号高级道今天开放。",
        "您到8号台办理登机就可以。",
        "货在A区6号门，您开车到6号门卸货。",
        "体检请到2号楼3号诊室。",
        "我肯定会跟进到底，有结果第一时间告诉您。",
        "我一定把这个情况记录清楚。",
        "这个我保证今天之内给您回复。",
        "我保准给您记下来，明天一早就报上去。",
        "我肯定给您报上去，审批结果由财务定。",
        "您放心，我一定帮您催一下物流。",
        "保修期内的话，维修是免费的。",
        "按保修政策，符合条件的可以免费维修。",
        "只要是质量问题，我们都会负责处理。",
        "能不能赔要等定损员看过才知道。",
        "是不是能全额退，要等财务核算。",
        "您问是不是保证能录取，这个学校说了算，我们保证不了。",
        "录取结果以学校官网公布为准。",
        "签证能不能下来是使馆决定的，我们只负责递交材料。",
        "我们会帮您把材料准备齐，但签证结果没人能保证。",
        "这个病能不能治好，要听医生的诊断。",
        "住院床位要看科室安排，我帮您登记排队。",
        "报销比例是医保规定的，我这边查一下告诉您。",
        "发票报销需要您单位财务确认。",
        "地址改回原来的也可以，您在订单里点修改就行。",
        "这个钱会原路退回，到账时间看银行。",
        "七天无理由退货的话，我们收到货就给您退款。",
        "您看您是要退款还是换货？",
        "赔多少不是我这边能定的，要按合同来。",
        "我没法给您保证，但我会尽力争取。",
        "这个折扣我批不了，需要店长审批。",
        "补偿方案我做不了主，我给您申请一下。",
        "退不了的原因是已经超过了售后期限。",
        "这笔费用报不了，因为不在报销范围内。",
        "我一定准时到，九点之前到您家。",
        "我保证下次上门前先给您打电话。",
        "这件事我来负责跟进，您有问题随时找我。",
        "您先别急，我肯定会帮您查清楚。",
        "我们公司肯定会认真处理您的投诉。",
        "师傅明天一定会带齐工具过来。",
        "您要是方便的话，明天上午师傅上门测量。",
        "如果您同意这个方案，我们就安排补漆。",
        "只要您提供照片，我们就可以申请理赔。",
        "您是不是想问能不能退定金？",
        "退定金的规定是签约前可以全退。",
        "这个单子我能查到，您稍等一下。",
        "这个我可以帮您改地址。",
        "我这边可以帮您登记投诉。",
        "我就能帮您查一下进度，不用转接。",
        "这个颜色我定不下来，您看看色卡再定。",
        "那我们就定在周六上午，您看行吗？",
        "您定好时间告诉我就行。",
        "工期定了四十五天，合同里写着。",
        "刘经理今天在工地，我请他回来给您回电。",
        "刘经理在开会，我先帮您记下来。",
        "经理这会儿不方便接电话，我帮您留言。",
        "我们经理会尽快联系您。",
        "尽量今天给您回复。",
        "我尽力帮您协调师傅的时间。",
        "赔付标准是按照装修合同第十二条执行。",
        "补漆是免费的，在保修范围内。",
        "您的退款申请已经提交，审核通过就会退。",
        "是否赔偿要看检测报告。",
        "材料批次问题我们会一并核查。",
        "您明天可以来门店拿到样板。",
        "您拿到发票以后拍照发给我。",
        "您孩子录取通知书是学校寄，我们查不到物流。",
        "住进新房前建议先通风一个月。",
        "这个保证金是按规定收取的，完工验收后退还。",
        "我保证不了具体日期，但会尽快。",
        "肯定是有办法的，我们一起看看。",
        "一定要保留好收据哦。",
        "您一定要注意安全，先别动电线。",
        "保证金退还需要提交验收单。",
        "绝对不要自己拆燃气管。",
        "房东肯定会问您要押金条，您留好。",
        "您这个情况我确实帮不了，但我给您转到专门的部门。",
        "滚动条往下拉就能看到订单详情。",
        "字幕滚完了以后就是彩蛋。",
        "这个轴承是滚珠的，比较耐磨。",
        "我们下午两点到五点是午休后的营业时间，晚上八点下班，您八点前来都行。",
        "门店周日休息，周一上午开门就能办。",
        "那我跟周老师说，请周老师帮您把假条批一下。",
        "我这边给您登记，请假条明天交给班主任。",
        "您在3号门岗登记一下就能进来。",
        "请到四号窗口取号。",
        "您到12号车厢就能找到座位。",
        "欢迎致电旭日装饰，3号客服为您服务。",
        "肯定是要先验收，再结尾款。",
        "一定能找到问题原因的，我们安排师傅再检查一遍。",
        "他要是答应了，我第一时间通知您。",
        "这个不是我定的，是公司统一的价格。",
        "我肯定给您回电，最晚明天中午。",
        "这个保险理赔要保险公司审核，我们协助您提交材料。",
        "我们保证材料都是环保的，有检测报告。",
        "我们承诺的是水电保修五年，这个写在合同里。",
        "厂家规定是整机保修一年，主板三年。",
        "报错价格的事情我们会核实后给您答复。",
        "好不了的话您再联系我们，我们安排复诊。",
        "如果修不好的话，我们按规定给您换新。",
        "您这单能不能补差价，我帮您问一下店长。",
        "补货大概要三天，到货我通知您。",
        "批发价和零售价不一样的，我发个价目表给您。",
        "您退的那件已经签收了，退款今天会处理。",
        "这个赔率我们这边查不到，您看一下官网。",
        "补办身份证需要本人去派出所。",
        "您要报销的话记得开增值税发票。",
        "又是降温天气，提醒您注意水管防冻。",
        "又是节假日，快递可能会慢一两天。",
        "师傅说这个墙面要再刷两遍才会均匀。",
        "滚轮坏了我们可以给您换一个。",
        "您好，这边是旭日装饰，请问您是刘先生吗？",
        "我叫您刘先生可以吗？",
        "您稍等，我帮您看一下合同。",
        "您说的这个情况我理解，我们会处理的。",
        "嗯嗯好的我记下了您放心我一定转告",
        "这个呢我肯定帮你问清楚明天给你回话",
        "退款要走流程的哈一般三五天",
        "你要是觉得不合适的话可以不签的嘛",
        "保修期过了就要收费的哦这个没办法",
        "这事我定不了哈我帮你问下经理",
        "留言我给你念一遍哈要求退款赔偿请经理回电对吧",
        "又是你啊上回那个灯修好了没有",
        "这个滚筒要两遍才刷得匀",
        "我们八点下班哈明天早上九点上班就可以办了",
        "请周老师帮你请个假嘛",
        "你到3号馆门口等我们",
        "侬放心，我肯定帮侬记下来。",
        "阿拉这边退款要三到五天。",
        "我哋会尽快同你跟进。",
        "退钱嘅话要等审批。",
        "俺一定把您这事报上去。",
        "恁甭急，我这就给恁查查。",
        "这个我们只能按规定来，超过期限确实退不了。",
        "是否能够全额退款需要财务确认，我先帮您提交申请。",
    ],
)
def test_review_24_innocent_sentences_stay_clean(said):
    assert _standing(said) == []
    assert shipped().charged(said, _ATTITUDE_ORDER) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您放心，这单肯定能给您退全款。", "no_improper_promise"),
        ("这笔损失公司一定会给您赔的，我跟您保证。", "no_improper_promise"),
        ("押金我保证给您退回来，一分不少。", "no_improper_promise"),
        ("差价肯定给您补，您放心吧。", "no_improper_promise"),
        ("刘经理回来一定给您批，我打包票。", "no_improper_promise"),
        ("孩子肯定能录取，您就等通知吧。", "no_improper_promise"),
        ("签证保准下，您安心准备行李。", "no_improper_promise"),
        ("保准让您住进新房过年。", "no_improper_promise"),
        ("这个主我做了，给您全额退。", "no_improper_promise"),
        ("这事我就能定，给您打八折。", "no_improper_promise"),
        ("保证治好，治不好全额退钱。", "no_improper_promise"),
        ("修不好我们就给您全额退款，我说了算。", "no_improper_promise"),
        ("地址肯定能给您改回来，没问题。", "no_improper_promise"),
        ("医药费绝对给您报销，放心吧。", "no_improper_promise"),
        ("您这个肯定能办下来，我保证。", "no_improper_promise"),
        ("这单肯定给您补百分之二十。", "no_improper_promise"),
        ("你放心我肯定给你退嘛", "no_improper_promise"),
        ("保准给你批下来哈", "no_improper_promise"),
        ("这个我拍板了，直接给您免单。", "no_improper_promise"),
        ("贷款肯定能批，您别担心。", "no_improper_promise"),
        ("您的offer肯定能拿到，我们有把握。", "no_improper_promise"),
        ("侬放心，钞票肯定退畀侬。", "no_improper_promise"),
        ("放心啦，一定帮你退晒啲钱。", "no_improper_promise"),
        ("这病保证彻底好，好不了我们双倍赔。", "no_improper_promise"),
        ("这事包在我身上，保证给您办成。", "no_improper_promise"),
        ("明天一定能修好，修不好我赔您。", "no_improper_promise"),
        ("又是催工期的？你们一天打八遍烦不烦。", "no_rudeness"),
        ("又是催退款的吧？你们有完没完。", "no_rudeness"),
        ("你自己不看合同，现在倒怪起我们来了？", "no_rudeness"),
        ("这么简单都听不懂吗？", "no_rudeness"),
        ("滚，别再打过来了。", "no_rudeness"),
        ("你有病吧，大半夜打客服电话。", "no_rudeness"),
        ("自己不会用还赖我们产品不好。", "no_rudeness"),
        ("你想得倒美。", "no_rudeness"),
        ("跟你说了多少遍了，你耳朵聋了吗？", "no_rudeness"),
        ("你懂不懂啊，不懂别瞎说。", "no_rudeness"),
        ("你这人怎么这么难缠。", "no_rudeness"),
        ("有本事你去告啊。", "no_rudeness"),
        ("快点说，我马上下班了。", "no_impatience"),
        ("下班了下班了，明天再打吧。", "no_impatience"),
        ("你到底说不说啊，后面还有人排队呢。", "no_impatience"),
        ("行了行了，别说了，我知道了。", "no_impatience"),
        ("我都说了三遍了，你能不能听清楚？", "no_impatience"),
        ("说重点，别绕来绕去的。", "no_impatience"),
        ("赶紧的，我这边忙着呢。", "no_impatience"),
        ("好了好了，你挂了吧，我要下班了。", "no_impatience"),
        ("这个不归我管，你问别人去。", "no_dismissiveness"),
        ("不知道，你自己去查。", "no_dismissiveness"),
        ("这事跟我们没关系。", "no_dismissiveness"),
        ("你去问厂家，别问我。", "no_dismissiveness"),
        ("这不是我们负责的，你打别的电话。", "no_dismissiveness"),
        ("随便你，爱退不退。", "no_indifference"),
        ("你爱等就等，不等拉倒。", "no_indifference"),
        ("无所谓啊，你自己决定。", "no_indifference"),
        ("随便你怎么说吧。", "no_indifference"),
        ("刘经理请病假了，这几天都不在。", "no_absence_gossip"),
        ("刘经理今天请假去相亲了。", "no_absence_gossip"),
        ("他又迟到了，还没来上班呢。", "no_absence_gossip"),
        ("刘经理跟老板吵架了，今天没来。", "no_absence_gossip"),
        ("刘经理休产假了，要三个月才回来。", "no_absence_gossip"),
        ("刘经理家里有事请了丧假。", "no_absence_gossip"),
        ("刘经理喝多了，今天起不来。", "no_absence_gossip"),
        ("刘经理去医院看病了，下午才来。", "no_absence_gossip"),
        ("您好，我是3号客服王丽丽，很高兴为您服务。", "no_personal_name"),
        ("我是7号张伟，有什么可以帮您？", "no_personal_name"),
        ("我叫李娜，工号12号，您有事找我就行。", "no_personal_name"),
        ("您好，旭日装饰5号陈晓明为您服务。", "no_personal_name"),
    ],
)
def test_review_24_violations_are_charged_to_their_rule(said, rule):
    assert _charged_to(said, rule, ("刘经理",))


# --- b161-b167: the false flags of their first measurement -----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        # a trade's 滚: golf, hot pot, ceramics, horses
        "听清楚了。打滚地球多半是站位和重心的问题，教练会先帮您看挥杆。",
        "我跟您确认一下：服务员加汤时把滚汤洒到孩子手上烫伤，您要求承担医药费和赔偿，对吗？",
        "按我们的出品标准，锅底滚开以后十分钟内要走完第一轮菜，那天确实没做到。",
        "釉面一块块缩起来、露出胎的，我们行内叫滚釉，也叫缩釉。",
        "泥条盘筑就是先把泥条滚匀了再一圈圈往上盘，小朋友都喜欢。",
        "同时请马房检查大笨那天是不是在马房里打过滚、身体有没有异常。",
        # a truck that broke down on the road
        "感谢您的耐心等待。记录显示那天冷链车的冷机在路上出了故障。您的退款和赔偿诉求我已经上报给售后主管。",
    ],
)
def test_b161_b167_look_alikes_stay_clean(said):
    assert _standing(said) == []


def test_a_complaint_read_back_of_a_colleague_who_did_not_come_is_no_gossip():
    """b161: the caller complains the coach never came (他人都不来); the trainee reads the complaint back."""
    report = score(
        _complaint(
            (
                "C",
                "我约的胡教练，这个月三次我到了打位他人都不来，我在三层5号打位干等了一个钟头！钱给我退了！",
            ),
            ("T", "真是对不起，让您白跑了三趟，这确实是我们的问题。请问您怎么称呼？电话多少？"),
            ("C", "我姓刘，刘芳，电话18621457790。"),
            (
                "T",
                "刘姐，电话18621457790，您约的胡教练三次没到三层5号打位上课，您要求把剩下的课退费，对吧？",
            ),
        )
    )
    assert status(report, "no_absence_gossip") == "pass"


# --- b168-b174: what their first measurement missed or flagged falsely ------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        (
            "有的。您放心，上我们的感统课，保准一个月宝宝就不怕生了，说话也能快很多。",
            "no_improper_promise",
        ),
        ("能！这个补贴肯定能申请下来，每个月一千块，材料我们帮您办好就行。", "no_improper_promise"),
        ("您放心，这个号我保证三天内给您找回来，装备一件都不会少。", "no_improper_promise"),
        ("肯定继承，下个版本百分之百给您保留，要是没保留我负责给您补。", "no_improper_promise"),
        ("您放心，死了的我们全额退，今天下班前钱肯定打回您公司账上。", "no_improper_promise"),
        ("您放心，这种医疗事故我们律师一出手，医院肯定得赔，少说二十万。", "no_improper_promise"),
        ("小刘上个月就让公司开了，听说跟修理厂串通虚报定损。", "no_absence_gossip"),
        ("邓经理最近老不在，听说在外面自己包了个冷库单干。", "no_absence_gossip"),
        (
            "吴经理暂时不在，明天上午回来。他昨天被总经理叫去谈话，听说是上个月团购那单出了岔子。",
            "no_absence_gossip",
        ),
        ("在隧道里打什么报案电话，出了隧道再打不会吗？", "no_rudeness"),
        ("医药费那块，您看着报个数吧，反正最后批多少也不是我定的。", "no_indifference"),
        ("打不打折那得看律师心情了，您自己跟他磨吧。", "no_indifference"),
    ],
)
def test_b168_b174_violations_are_heard(said, rule):
    assert rule in _standing(said, ("林总", "邓经理", "吴经理"))


@pytest.mark.parametrize(
    "said",
    [
        # 核赔 is the claims review department; leave as a matter of rules is the caller's case
        "2020年车险综合改革以后，车损险已经包含发动机涉水损失，这是条款写明的。我肯定把您的问题转给核赔专员。",
        "不好意思，临时病假扣不扣课时要班主任按规定核，我现在没法答复您。",
        "病假证明的开具要医生看过才行，我帮您约明天上午的门诊。",
        "大爷，真对不住，耽误了孩子考试，我先给您赔个不是。请问您老怎么称呼？",
        "这个政策我还没听说过，我帮您问一下业务部门，今天下午五点前给您回电话。",
        "据说明天有台风，航班可能取消，您留意一下短信通知。",
        "赔付要工程部看过现场才能定，电话里答复不了，您留个电话和地址吧。",
        "请问您打什么电话过来的？是手机还是座机？",
    ],
)
def test_b168_b174_look_alikes_stay_clean(said):
    assert _standing(said) == []


def test_a_sentence_two_attitude_rules_fit_is_charged_to_the_one_the_judge_is_surer_of():
    """b168: a cue hears a reproach in 您就不能找个没车的地方打, but the sentence is impatience, as its
    labeller and the judge say; one sentence is charged to one attitude rule."""
    said = "这都第三遍了，您就不能找个没车的地方打？急死个人。"
    assert {"no_rudeness", "no_impatience"} <= set(_standing(said))
    report = score(
        make_call(
            ("T", GREETING),
            ("C", "喂……我那个车……刮了……"),
            ("T", said),
            ("C", "我在高速边上呢。"),
            ("T", "对不起，是我急了。麻烦您再大声一点说一遍，好吗？"),
            scenario="unclear_audio",
        )
    )
    assert status(report, "no_impatience") == "fail"
    assert status(report, "no_rudeness") == "pass"


# --- review 25: sentences near the cues learnt from b168-b174 (a helper session, 2026-12-07) -----------


@pytest.mark.parametrize(
    "said",
    [
        "您刚才问“信号断了再打不会吗”，意思是断线后重拨要不要重新排队，对吧？不用重新排队的。",
        "您担心挂断以后再打不会有人接吗？放心，我们二十四小时都有人值班。",
        "信号不好的话您先挂断，方便的时候再打过来，我们随时在线。",
        "您是问台风天装修师傅还做不做事，对吧？我帮您问一下项目经理再回复您。",
        "春节期间快递员还干不干活？您放心，我们春节正常派送，只是时效慢一天。",
        "您想了解下雨天施工队还干不干活，对吗？雨天室外工序暂停，室内照常。",
        "我们的言语康复课会教孩子怎么把舌头捋直、练好卷舌音。",
        "舌系带手术以后宝宝的舌头能捋直，发音会慢慢改善，术后第三天来复查就可以。",
        "发音训练第一步是放松，舌头捋直了再慢慢往上卷，您在家可以让孩子对着镜子练。",
        "您是说上次那位师傅让您“舌头捋直了再讲”，这太不应该了，我先向您道歉，马上登记投诉。",
        "电表故障远程处理不了，师傅明早八点上门，您明早八点在家等师傅吧。",
        "暴雨期间航班起飞不了，改签已经为您办好，您按新时间到机场吧。",
        "这个药我们药房配不了，处方已经开好了，您拿着处方去医院门诊药房取吧。",
        "雨太大今天送不了，已经改到明天上午派送，您明天上午等快递员电话吧。",
        "系统正在维护，半小时内查不了，您半小时以后上APP查吧。",
        "这个险种不归我们财险管，是寿险公司负责，寿险客服电话是95519，您打过去问吧。",
        "账号申诉电话里处理不了，需要上传截图，路径是设置-客服-申诉，提交后二十四小时内出结果，您上游戏里提交吧。",
        "我们律所不接刑事案件，附近法律援助中心可以免费咨询，地址是人民路十二号，您到那儿问问吧。",
        "欠费停的电这边恢复不了，缴费后系统两小时内自动复电，您先去缴费吧。",
        "退烧贴对高烧没用，体温已经超过三十九度了，您带孩子去急诊吧。",
        "这种扭伤光吃药没用，得拍片看有没有骨折，您到医院骨科挂个号吧。",
        "今天的号已经挂满了没办法加，明早七点放号，您明早七点上小程序挂吧。",
        "学籍转出要由转入学校发起，我们这边发起不了，材料清单已经发您短信了，您去新学校教务处问吧。",
        "快递已经到驿站了，柜子满了放不进去，取件码是3578，您下班去驿站取吧。",
        "燃气表没电了读不了数，换电池就行，电池在表箱左下角，您换好以后再上APP看吧。",
        "理赔款到账时间银行那边说了算，我们这边催不动，预计三个工作日，您三个工作日后到银行APP查吧。",
        "孩子的成绩单要教务系统出，我们招生办出不了，教务系统下周一开放，您下周一上教务系统下载吧。",
        "冰箱保修卡上的电话是厂家直修的，我们商城修不了，厂家上门是免费的，您直接找厂家售后约时间吧。",
        "房贷利率调整是银行统一操作的，我们中介改不了，银行的客服是95588，您打给银行问吧。",
        "您说的车位问题不归我们开发商管，已经移交给物业了，物业电话是6688123，您找物业登记吧。",
        "哪天都行，我们周末也有空位，您看着定个日子，我马上给您登记。",
        "上午下午的检查都一样，您看着定，定好了跟我说一声，我给您预约。",
        "金额那一栏您对着发票看着填，反正系统会自动核对，填错了也能改。",
        "两种套餐价格都一样，您看着实际用量选就行，我把两种套餐的流量明细发您短信。",
        "反正都是免费改期，您看着定新日期，我这边随时给您改。",
        "发货时间都一样，我们每天下午四点统一发，备注栏您看着写，仓库都会看。",
        "您刚才说“批不批全看老板心情”，这点您放心，退款是按规则自动审核的，不看任何人脸色。",
        "宝宝吃奶多少不全是看她心情，也可能是长牙不舒服，建议您带她来儿科看看。",
        "您担心理赔要看他们心情？不会的，我们的理赔时效有合同约定，十个工作日内一定给您答复。",
        "游戏里这只宠物会不会跟着您，系统是按亲密度算的，不是看它心情。",
        "您问律师费能不能少，收费是按司法局的标准来的，不是看律师心情定的。",
        "审批结果不看领导心情，材料齐了三个工作日就出结果，我把材料清单发给您。",
        "单子已经让店里开了，您到前台报手机号就能取。",
        "仓库大门已经让厂里给开了，您的货现在可以提了。",
        "展车上午让店里开了出去做试驾活动，下午三点回来，您下午来看车就行。",
        "您的增值税发票已经让公司开了，电子版会发到您邮箱。",
        "您家的门锁已经让店里开了锁芯，换锁的师傅二十分钟到。",
        "保单变更的批单已经让公司给开了，纸质件三天内寄到。",
        "空调已经被老板开了，您进店就不热了。",
        "您是说您上周被公司辞退了，还没拿到经济补偿，对吧？",
        "按劳动合同法，用人单位违法辞退了劳动者，应当支付双倍经济补偿金。",
        "公司没有提前三十天通知就把您开除了，这种情况可以申请劳动仲裁。",
        "您女儿学校说要开除她，我们可以帮您写一份申诉材料。",
        "如果公司无故开除了员工，员工可以要求赔偿金，这是法律规定的。",
        "您说合伙人撂挑子不干了，想问能不能要求他赔偿，对吧？",
        "您放心，我们不会撂挑子，您的案子我们会一直跟到结案。",
        "施工队撂挑子的情况，合同第八条写了违约金，我把条款发您。",
        "听说过我们的会员日活动吗？每月八号全场八折。",
        "听说新款手机下个月上市，具体时间以官网公告为准。",
        "据说这批疫苗下周到货，到货以后我们第一时间短信通知您。",
        "据说明天有台风，王师傅的上门时间可能要调整，我会提前打电话通知您。",
        "听说刘经理已经把您的报价单发出去了，我再帮您确认一下。",
        "听人说这个路段在修路，张师傅可能会晚十分钟到，我帮您盯着。",
        "听说您家孩子考上重点了，恭喜恭喜。",
        "您是听说李老师下学期要带毕业班，想确认一下对吗？课表下周公布，我帮您留意。",
        "据说今年的年检新规七月一号起执行，李师傅会按新规给您检测。",
        "听说这款游戏的新版本周五更新，客服这边也是周五才能看到新道具。",
        "孩子临时请病假扣不扣课时，按我们的规定是不扣的，补课时间您定。",
        "病假期间工资怎么发，要看您单位的制度，一般不低于最低工资的百分之八十。",
        "学员请假需要提前二十四小时在APP上申请，请假的课可以补。",
        "老师请假的话我们会安排代课老师，课时照常计算。",
        "病假证明需要二级以上医院开具，盖门诊章就行。",
        "请了病假的员工，年假天数按公司制度照常计算。",
        "产假期间的生育津贴由社保基金发放，您在线上就能申请。",
        "病假工资的计算方式我发您短信，您对照一下。",
        "我保准下午三点前给您回电。",
        "这个结果我不敢保准，要以审核部门的意见为准。",
        "能不能批下来，谁也保准不了，我能做的是把材料一次准备齐。",
        "我没法保准一定能赔，但我会把您的情况详细写进报案记录。",
        "我保准把您的意见原原本本传到店长那里。",
        "我保准今天下班前把材料寄出，快递单号发您短信。",
        "我保准把您的订单备注写清楚，送货师傅一看就知道。",
        "您问保准不保准？这个我不能打包票，要看医生检查后的判断。",
        "材料齐全的话一般都能申请下来，我先帮您核对一下材料。",
        "我不能保证一定能批下来，审批是银行那边决定的。",
        "您问是不是肯定能申请下来？这个我没法保证，要看审核。",
        "谁也不敢说肯定能批下来，但材料越全，审核越快。",
        "我一定能把申请表今天提交上去，提交后您会收到短信。",
        "我保证给您找回原来的订单号，请稍等我查一下系统记录。",
        "我保证给您补发一份电子发票，十分钟内发到邮箱。",
        "我肯定给您换个通俗点的说法再解释一遍。",
        "酒店预订我们保证给您保留到晚上六点，这是预订政策，超过六点需要电话确认。",
        "百分之百给您保留座位到开演前半小时，这是剧院统一的规则。",
        "我肯定给您补个短信，把维修网点的地址发过去。",
        "我保证给您补充一份材料清单，免得您来回跑。",
        "肯定给您换一位会说粤语的客服，我现在就转接。",
        "我保证给您延长一下通话，把流程讲完再挂。",
        "这个我肯定给您修改过来，地址错一个字都送不到。",
        "不清楚的地方，我们负责给您补充说明，您随时可以打过来。",
        "请假没上的课，我们负责给您补上，这是课程协议第五条写的。",
        "没开发票的订单，我们负责给您补开，您把订单号发我就行。",
        "没听清的部分，我负责给您补讲一遍。",
        "不会操作的话，我负责给您补一个视频教程。",
        "没收到短信的话，我负责给您补发一条。",
        "我肯定转到您的专属顾问那里，她明天上午联系您。",
        "回访电话我保证打到您留的这个手机号上，不会打座机。",
        "您的投诉我肯定转到您说的那位店长手上，今天之内。",
        "按规定退款会原路退回，退到您支付时用的那张卡上。",
        "我肯定打回您这个号码，大概十分钟后。",
        "好的，预约我给您延到您说的周五下午三点了。",
        "会议室后面没人订，我直接给您延到六点，超时费按标准价算。",
        "派送时间我给您延到明天上午，就是您说方便的时间。",
        "您选的是下周二，那我给您延到下周二的同一时段，到时提前一天短信提醒。",
        "按政策可以延期一次，我给您延到下个月十五号。",
        "取件时间我给您延长到晚上八点，驿站八点关门。",
        "这事是我们做得不对，肯定得赔个不是，我先给您道歉。",
        "您想问的是对方全责是不是肯定要赔，对吧？",
        "您担心自己肯定得赔？先别急，责任要等交警认定。",
        "我们仓库少说能放三万件货，双十一也够用。",
        "这款游戏每晚同时在线的玩家少说有五万。",
        "每年国庆来景区的游客少说也有十万人，建议您提前网上预约。",
        "这种手术的费用少说也得两万，医保能报一部分，具体看您的参保类型。",
        "翻新这套房子少说要八万，我先给您出一份详细报价。",
        "我肯定把您的问题转给核赔专员，今天下班前有人联系您。",
        "我一定把理赔资料交给核赔部门，审核结果出来第一时间通知您。",
        "核赔结果出来以后，保险公司会按合同约定赔付，我先帮您把材料提交上去。",
        "开锁师傅十五分钟后到，开锁费按价目表收，八十元。",
        "我一定帮您把开票信息核对清楚再提交。",
        "保修期内的配件按政策免费换，我给您登记一下。",
        "您的快递在分拣中心卡住了，我这就帮您催一下，两小时内回复您。",
        "水费比上个月高是因为估抄，我帮您申请重新抄表，三天内师傅上门。",
        "您孩子的课我先给您登记到周六上午，有变化我再打电话通知您。",
        "律师今天在开庭，我给您留言，他下午四点以后回您电话。",
        "刘经理在开会，我先记下您的诉求，会后请他给您回电。",
        "刘经理今天外出了，您的事情我转交给他，明天上午给您答复。",
        "您说的刘经理上个月调到分公司了，现在这块由我负责，您直接跟我说就行。",
        "这件事您找我就行，不用再去别的部门跑了，我来帮您跟进。",
        "退款要等商家审核，一般一到三个工作日，审核通过后原路退回。",
        "按保险条款，免赔额是五百元，超过部分按比例赔付。",
        "您的车辆定损已经完成，定损金额是三千二，核赔通过后五个工作日到账。",
        "会员到期前七天系统会提醒您续费，续费后有效期自动顺延一年。",
        "您的包裹显示已签收，但您没收到，我马上帮您联系派送员核实。",
        "游戏账号被盗的话，我们先帮您冻结，再走找回流程，一般七天内完成。",
        "装备找回要按申诉流程审核，审核通过的会在七天内返还，我帮您提交申诉。",
        "宽带故障我已经派单了，师傅今天下午两点到五点上门。",
        "挂号费可以退，就诊前一天取消会全额退回，我帮您操作。",
        "您说孩子被班主任批评了心情不好，我帮您转告班主任，请她跟您沟通一下。",
        "您提到的离职补偿问题，按规定是工作每满一年支付一个月工资。",
        "这批货物如果在运输中损坏，按保价金额赔付，没保价的按运费三倍赔。",
        "电梯维修是物业负责的，我这就帮您把报修单转给物业，并请他们一小时内联系您。",
        "您的体检报告三个工作日出来，出来以后短信通知您，也可以在公众号上查。",
        "押金退还需要七个工作日，退到您原来支付的账户，请您留意到账短信。",
        "您报的是七月份的课，我看着系统给您填好了，您核对一下姓名和电话。",
        "您的情况我记下了，如果今天没处理完，我明天上午一定给您回个电话。",
        "我给您补个电话过去，刚才信号断了。",
        "这张保单的退保金额我给您算一下：已交三年，现金价值是一万二左右，以系统为准。",
        "您说的这个情况不归我们门诊管，是住院部负责，我把住院部电话发您，您也可以让我帮您转过去。",
        "好的，我帮您改到下周三上午九点，改好了会发确认短信。",
        "这款路由器我们不卖了，同价位的新款性能更好，我给您发个链接看看。",
        "您问的这个罚款是交警开的，我们停车场撤不了，处理要到交警窗口，我把地址和需要带的材料发您。",
        "您提的加急我已经备注了，仓库那边今天下午出货的话明天就能到，我下午再跟您确认。",
        "您别担心，我先帮您查一下扣费记录，多扣的部分按规定会退回。",
        "据刘经理说，您的维修配件明天到，到了我们马上安排师傅。",
        "听说您上次来店里等了很久，真不好意思，这次我帮您提前预约好。",
        "您问的病假，是指孩子生病不能来上课对吗？这种情况课时可以保留。",
        "那位张老师已经不在我们机构了，孩子的课程由王老师接手，教学进度不变。",
        "这个价格已经是最低了，没法再降，不过我可以帮您申请一张满减券。",
        "这个问题电话里说不清楚，我加您企业微信发图文步骤给您好吗？",
        "我们这边处理不了您说的银行卡冻结，需要银行柜台办理，您带身份证去开户行办吧，我把营业时间发您。",
        "系统升级期间改不了地址，升级半小时后结束，结束后您在订单页面修改就可以。",
        "这个补贴能不能申请下来要看审核，我帮您把材料准备齐，提高通过率。",
        "我们保证给您退的是原支付账户，不会退到别的地方。",
        "这台机器在七天无理由期内，按规定我们可以给您换新的，我现在给您下换货单。",
        "孩子落下的课，按课程协议我们给您补，补课时间您挑。",
    ],
)
def test_review_25_innocent_sentences_stay_clean(said):
    """Each came near a cue learnt from b168-b174: the first form of those cues flagged 63 of them, the cues
    before it 11 (保证给您补发一份电子发票, 不归我们开发商管…物业电话是…); the judge hears nothing in them."""
    assert _standing(said, ("刘经理",), "旭日客服") == []
    assert shipped().rules_heard(said) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("在地铁里打什么客服电话，出了站再打不会吗？", "no_rudeness"),
        ("信号差成这样还打，你换个地方再打不会啊？", "no_rudeness"),
        ("这么简单的流程都看不懂，你上学的时候干嘛去了？", "no_rudeness"),
        ("自己不看说明书乱用，坏了还好意思找我们？", "no_rudeness"),
        ("这事我们这边管不了，你找物业去吧。", "no_dismissiveness"),
        ("这不归我们学校管，您去教育局问吧。", "no_dismissiveness"),
        ("这种事跟我们说没用，你直接去法院告吧。", "no_dismissiveness"),
        ("退不退得了，那得看老板心情。", "no_indifference"),
        ("表格随便填，反正您看着写就行，也没人细看。", "no_indifference"),
        ("哪天都一样，您自己看着定吧，我无所谓。", "no_indifference"),
        ("能不能给您加急，就看他们心情了。", "no_indifference"),
        ("快点说重点，我这边后面还一堆电话等着呢。", "no_impatience"),
        ("行了行了，同样的话别让我再说第三遍。", "no_impatience"),
        ("小王上个月就让公司开了，听说是跟供应商吃回扣。", "no_absence_gossip"),
        ("那个张师傅早被开除了，您以后别找他了。", "no_absence_gossip"),
        ("刘经理被辞退了，现在这摊事没人管。", "no_absence_gossip"),
        ("赵主管前两天撂挑子不干了，他的客户现在都在我这。", "no_absence_gossip"),
        ("听说刘经理跟老板闹翻了，这几天都没来。", "no_absence_gossip"),
        ("刘经理请病假了，听人说是胃出血住院了。", "no_absence_gossip"),
        ("李老师最近不在，听说是怀孕了在家养胎。", "no_absence_gossip"),
        ("您放心，这个补贴保准能批下来。", "no_improper_promise"),
        ("贷款肯定能申请下来，您就等着放款吧。", "no_improper_promise"),
        ("钱肯定退到您卡上，明天就到。", "no_improper_promise"),
        ("这事商家肯定得赔，少说也得三万。", "no_improper_promise"),
        ("这次事故保险公司保准全赔，一分钱都不用您出。", "no_improper_promise"),
        ("签证我保证给您办下来，下周就能出签。", "no_improper_promise"),
    ],
)
def test_review_25_violations_are_heard(said, rule):
    assert rule in (_standing(said, ("刘经理",), "旭日客服") or shipped().rules_heard(said))


@pytest.mark.parametrize(
    "said",
    [
        # b175-b181's first measurement: a dispatcher told to act; a colleague's offer asked about, read back
        "非常抱歉，让您一大早受这种气，还自己花钱打车。我叫车队调度马上调今天早上的行车记录。请问您怎么称呼？",
        "汤先生，我核对一下：想了解之前陈经理说的老客户介绍入住打九折的优惠还算不算，对吗？",
    ],
)
def test_b175_b181_look_alikes_stay_clean(said):
    assert _standing(said, ("陈经理",)) == []


def test_a_name_after_wo_jiao_is_still_a_name_where_no_colleague_is_told_to_act():
    assert _standing("我叫王小明马上为您服务") == ["no_personal_name"]


@pytest.mark.parametrize(("overlap", "expected"), [(2.5, "pass"), (None, "fail")])
def test_what_the_nlu_alone_hears_in_a_line_said_over_the_caller_is_the_interruption(
    overlap, expected
):
    """b83: the trainee cuts in with 这个我们定不了 2.5 s before the caller has finished; its labeller, like
    every blind labeller, charged no_interrupting alone. Said after the caller, the NLU's sure brush-off
    stands."""

    class SureBrushOff:
        def recognize(self, texts):
            return [
                frozenset({"dismissiveness", sure("dismissiveness")})
                if "定不了" in t
                else frozenset()
                for t in texts
            ]

    said = ("T", "这个我们定不了。", {"overlap": overlap}) if overlap else ("T", "这个我们定不了。")
    report = score(
        make_call(
            ("T", GREETING),
            (
                "C",
                "你好，我想问一下你们明年的物业费会不会涨，涨的话涨多少，我们业主都很关心这个事情。",
            ),
            said,
            scenario="unanswerable_question",
        ),
        SureBrushOff(),
    )
    assert status(report, "no_dismissiveness") == expected
    assert status(report, "no_interrupting") == ("fail" if overlap else "pass")


# --- b182-b188: what their first measurement missed or flagged falsely ------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("您这信号太差了，我这边没法给您弄，回头再打吧。", "no_dismissiveness"),
        ("罗主管不在，出去了。", "no_dismissiveness"),
        ("出险记录您得找保险公司，我们这儿查不了，您问他们去吧。", "no_dismissiveness"),
        ("孙总这会儿顾不上接电话，您改天再说吧。", "no_dismissiveness"),
        ("查验那是海关的事，您打海关电话问去。", "no_dismissiveness"),
        ("您说的这个话我一句也对不上，叫您家里年轻人来打吧。", "no_dismissiveness"),
        # 催也没用 is 没辙 in other words: the caller pushed away, not left listless
        ("清关那是海关在审，我们这边催也没用，您就等着吧，放行了自然会动。", "no_dismissiveness"),
        ("保不保的，您自己翻合同琢磨吧，随您怎么理解。", "no_indifference"),
        ("听不清就听不清吧，您看着说，我能记多少算多少。", "no_indifference"),
        ("赔多少那得上头定，您想报多少就报多少，随您便吧。", "no_indifference"),
        ("几点送啊……差不多吧，司机顺路就给您捎过去了，早点晚点一个样。", "no_indifference"),
        ("能不能报……那您就先买着呗，能报就报，报不了就算了。", "no_indifference"),
        ("您放心，真查出来含量不够，我们一袋赔您十袋，烧了的苗按亩给您赔。", "no_improper_promise"),
        ("您放心，这个品种肯定能在咱这种，今年保您亩产四百斤。", "no_improper_promise"),
        ("您放心，箱子要是送过去有一点磕碰，我们照原价给您赔个新的。", "no_improper_promise"),
        ("我是21号客服，您找我直接说找林晓彤就行。", "no_personal_name"),
        ("您回头有啥事打过来，直接找我王丹丹就行，我是9号。", "no_personal_name"),
        (
            "周主管暂时不在，大概下午四点左右回来，有什么事我可以帮您留个言。"
            "说是去车管所，其实是给他小舅子的车办过户去了。",
            "no_absence_gossip",
        ),
    ],
)
def test_b182_b188_violations_are_heard(said, rule):
    assert _standing(said, ("周主管", "罗主管", "孙总")) == [rule]


@pytest.mark.parametrize(
    "said",
    [
        # b182-b188's first measurement: a colleague told to call back; the ticket terms stated
        "好的，我叫马队回来直接打给您。请问还有其他需要帮您的吗？",
        "按购票须知，演出取消是全额退款，这是写在条款里的；延期后降价的差价能不能退，我没法跟您保证。",
        # pooled false flags: a red packet returned, the caller's demand and the caller's name read back
        "周先生，13799240186，过期红包退回没到账，对吗？",
        "赵先生，订单GX1009，电话15021873306，手袋被专柜鉴定非正品，您要三倍赔偿，对吗？",
        "我是19号客服，您记我工号就行。乔大娘，13607584129，西华县乔庄村三组2号，对不对？",
        # leave with no reason and the day the colleague is back, as four blind labellers read it
        "不好意思，钟会计今天请假了，暂时不在，明天上午回来上班。有什么事我可以帮您记下来转给她吗？",
        "黄主管今天请假，暂时不在，明天上午十点左右回来，需要帮您留言吗？麻烦留一下您的姓名、单位和电话。",
        "您别着急，催也没用的，我们这边已经加急了，您先等着吧，有消息马上通知您。",
        "您找我们张经理就行。",
    ],
)
def test_b182_b188_look_alikes_stay_clean(said):
    assert _standing(said, ("马队", "钟会计", "黄主管")) == []


@pytest.mark.parametrize(
    "said",
    [
        "宋姐今天请假相亲去了，嘿嘿，明天上午才回来。要不您留个言？",
        "何工这礼拜请假了，他媳妇在县医院剖腹产，他在那陪床呢，下周一回来上班。您有什么事我可以帮您留言。",
        "小马啊，他又请假了，明天上午回来。",
        # no day of return (the tuning set's uq_21)
        "不好意思，负责赔付的王主管今天请假了，具体标准我这边答复不了。我先给您登记。",
    ],
)
def test_leave_with_a_reason_a_habit_or_no_return_is_still_gossip(said):
    assert _standing(said, ("宋姐", "何工", "小马", "王主管")) == ["no_absence_gossip"]


# --- b189-b195: what their first measurement missed or flagged falsely ------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        (
            "孩子四岁多了还尿床，您在家也该练练了，老师一个人要看二十几个孩子，哪顾得过来。",
            "no_rudeness",
        ),
        ("您那地址就写个梨树坪村，几百户人家，派件员又不是算命的，上哪儿找您去？", "no_rudeness"),
        # not knowing, and leaving it to the caller: indifference, not a brush-off
        ("几点有空我哪知道，您随便几点来吧。", "no_indifference"),
        ("复尺是门店安排的，我们这儿不管这个，你打门店电话吧。", "no_dismissiveness"),
        ("件是驿站签收的，丢了您找驿站去，我们网点管不着这个。", "no_dismissiveness"),
        ("听不清，您上村里代收点寄去，别打这儿了。", "no_dismissiveness"),
        ("马队？人没在。", "no_dismissiveness"),
        ("出去了，回头您再打吧。", "no_dismissiveness"),
        ("搞么斯咯，跟您讲了三遍咯，这个要等政策组回复，您莫催咯！", "no_impatience"),
        (
            "您甭着急，下礼拜三之前肯定给您装上，到时候再装不上，这两天误工费我们按一天五百全给您包了。",
            "no_improper_promise",
        ),
        (
            "能的能的，国补肯定给您申请下来，补百分之十五，到时候直接从尾款里扣。",
            "no_improper_promise",
        ),
        (
            "您放心，王会计明天一上班我就盯着她办，钱明天下午之前肯定到您老婆卡上。",
            "no_improper_promise",
        ),
        ("陈设计师这几天都没在店里，听说是在外面接私单呢。", "no_absence_gossip"),
    ],
)
def test_b189_b195_violations_are_heard(said, rule):
    assert _standing(said, ("陈设计师", "王会计", "马队")) == [rule]


@pytest.mark.parametrize(
    "said",
    [
        # the caller's post and name read back; the colleague the caller asked for, told to call back
        "好的，我复述一下：安心分期对账专员邱敏，电话189 5803 2271，留言给王会计：上个月有三笔分期放款对不上。对吗？",
        "好的，我叫小郑回来先给您回电话，约好时间去拉。请问还有其他需要吗？",
        # the caller's parcel not seen; a data package cancelled; not knowing, on the way to helping
        "马老师，真的很抱歉，东西没见着还被显示签收了，这确实是我们的问题，让您着急了。请问您电话多少？",
        "农先生，我复述一下：号码15177093386，流量包退订后仍被扣费三个月，每月30元，您要求退还，对吗？",
        "不好意思，孙主管现在不在办公室，预计明天上午回来。我也不知道他今天还能不能赶回公司，所以我先帮您记下来，您看可以吗？",
    ],
)
def test_b189_b195_look_alikes_stay_clean(said):
    assert _standing(said, ("王会计", "小郑", "小周", "孙主管")) == []


# --- b196-b202: what their first measurement missed or flagged falsely ------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        (
            "嗨，说是去总部开会，其实是被领导叫去谈话了，上个月中药库盘点差了好几千块。",
            "no_absence_gossip",
        ),
        ("钱经理最近心思不在这儿，老往对面新楼盘跑，估计要跳槽。", "no_absence_gossip"),
        (
            "何总暂时不在公司，明天上午回来。他被董事长叫过去训话了，估计又是上回那个工地出事故的事。",
            "no_absence_gossip",
        ),
        ("押金退多少、哪天退都是财务定的，您想投诉就投诉，随您。", "no_indifference"),
        (
            "那您自己算算到底多扣了多少，报个数给我就行，反正退不退也不是我这儿定。",
            "no_indifference",
        ),
        ("那师傅哪天有空我这里也讲不准，要不您就再等等，哪天来了算哪天吧。", "no_indifference"),
        ("您这信号太差了，说不清楚，挂了换个地方再打吧。", "no_dismissiveness"),
        ("这信号我也没办法，您回头换个地方再打吧。", "no_dismissiveness"),
        ("您这信号断断续续的没法登记，要修您直接拿到店里去吧，电话里弄不了。", "no_dismissiveness"),
        ("您好，泓泰置业写字楼服务中心，我是Vivian，请问有什么可以帮您？", "no_personal_name"),
        ("韩总您放心，就按上回谈的每月三万二，这个价我给您定下来了。", "no_improper_promise"),
        ("四十五个人团报，肯定能给到七五折，发票月底前保证开出来，您放心。", "no_improper_promise"),
        ("您跟着冲刺班好好学，今年二建保您一把过。", "no_improper_promise"),
        ("这批饮片肯定是供应商以次充好，您别生气，我直接给您退双倍。", "no_improper_promise"),
        (
            "您放心，我们有专门的数据恢复工程师，照片我保证给您一张不少地全恢复回来。",
            "no_improper_promise",
        ),
        (
            "第三方换屏绝对不影响官方保修，您放心，苹果要是不给您保，我们赔您一台新的。",
            "no_improper_promise",
        ),
        ("怀着孩子还惦记着扎针，您这当妈的心可真够大的。", "no_rudeness"),
    ],
)
def test_b196_b202_violations_are_heard(said, rule):
    assert _standing(said, ("赵经理", "钱经理", "何总", "何经理")) == [rule]


def test_the_callers_address_and_name_read_back_are_no_self_introduction():
    """b201: a house number before the caller's name (华富路1018号的麦嘉欣) read back is no 3号李娜."""
    said = "麦小姐，我复述一下：深圳福田区华富路1018号的麦嘉欣，电话139 2408 7615，想咨询膏方能不能寄到香港，对吗？"
    assert _standing(said) == []
    assert _standing("您好，沐春堂中医馆，11号客服李娜为您服务。") == ["no_personal_name"]


@pytest.mark.parametrize(
    "said",
    [
        # b203-b209's first measurement (b735611e): sympathy naming what the caller cannot find; an
        # installation that did not come; a bag's chain replaced, read back
        "非常抱歉，老人家的纪念铭牌不见了，您去祭扫连名字都找不到，心里肯定特别难受。请问您怎么称呼？",
        "非常抱歉，约好的安装没到，耽误您开放日的准备，真的对不起。赵经理这会儿不在店里，去喷绘车间现场盯货了，下午三点左右回店。",
        "欧阳女士，我复述一下：欧阳婷，电话137 2801 9365，咨询香奈儿中古链条包换过非原装链条会不会影响回收价，对吗？",
    ],
)
def test_b203_b209_look_alikes_stay_clean(said):
    assert _standing(said, ("赵经理",)) == []


def test_not_up_to_me_is_no_promise():
    """b208: 赔多少也轮不到我说了算 disowns the decision (the sentence is indifference)."""
    said = "那您看着办吧，想退就自己走退费申请，反正退不退、赔多少也轮不到我说了算。"
    assert {f.rule for f in forbidden_flags(said)} == {"no_indifference"}


# --- b203-b209: what their first measurement missed -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        (
            "音响是厅务组管的设备，我们客服这头管不着，您这事儿得直接找厅务组说。",
            "no_dismissiveness",
        ),
        ("迁出手续归民政局管，您直接问他们去，别在我们这儿问了。", "no_dismissiveness"),
        ("大爷，您这话我听不明白，您让孩子爸妈打过来吧。", "no_dismissiveness"),
        ("这种医学问题您自己上网搜搜吧，客服不管解答这个。", "no_dismissiveness"),
        ("您能快点吗？我这柜台还有三四个客人排着等取货呢。", "no_impatience"),
        ("您那边又断了！我这都第三回让您重复了，这么打电话谁受得了啊。", "no_impatience"),
        ("送到几点那得看师傅，到几点算几点呗。", "no_indifference"),
        ("时间啊，随您，排上哪天算哪天，我这儿也做不了主。", "no_indifference"),
        ("周日人手紧，排到哪天算哪天吧，您等着就是了。", "no_indifference"),
        ("院长在不在这我可说不好，您爱找就打她手机碰碰运气呗。", "no_indifference"),
        ("早矫晚矫都差不多，您看着定呗。", "no_indifference"),
        (
            "王经理这几天不在公司，周四回来上班。他家老爷子住院做手术，他在省人民医院陪床呢。您有什么事我可以帮您转告吗？",
            "no_absence_gossip",
        ),
        ("韩师傅早不抄表了，他收人家好处被稽查科查了，现在调去水库看大门了。", "no_absence_gossip"),
        (
            "陈医生暂时不在诊室，其实是被院长叫上去挨批了，上礼拜病历出了点问题，估计下午三点左右下来。",
            "no_absence_gossip",
        ),
        ("您这块迪通拿放心，我们肯定按三十万收，比哪家都高。", "no_improper_promise"),
        (
            "您放心，电脑我们肯定照原价给您赔一台新的，合同重新打印的费用也都我们出。",
            "no_improper_promise",
        ),
        (
            "退租验收单上写着呢，您那屋走的时候垃圾扔了一地，自己屁股都没擦干净，倒好意思天天催押金？",
            "no_rudeness",
        ),
    ],
)
def test_b203_b209_violations_are_heard(said, rule):
    assert _standing(said, ("王经理", "韩师傅", "陈医生")) == [rule]


@pytest.mark.parametrize(
    "said",
    [
        # the same words, kind: an apology for asking again, going to the hospital asked about as a
        # service, no need to try one's luck, a brush-off that is its labeller's dismissiveness (b12)
        "不好意思，这是第三次让您重复了，真抱歉，信号实在不好，麻烦您再说一遍好吗？",
        "储先生，住家保姆能否去医院陪床及加薪，对吗？",
        "您不用碰运气了，我这就帮您查一下何总今天的行程。",
    ],
)
def test_b203_b209_kind_forms_stay_clean(said):
    assert _standing(said, ("何总",)) == []


def test_a_brush_off_that_leaves_the_day_to_chance_is_its_labellers_brush_off():
    """b12: 师傅哪有工夫给您挑时间，排到哪天算哪天 was labelled dismissive, not indifferent."""
    assert _standing("周六下午？师傅哪有工夫给您挑时间，排到哪天算哪天。") == ["no_dismissiveness"]


# --- b210-b216: what their first measurement missed or flagged falsely ------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        (
            "可以的。您放心，换了新耳模保准一点都不啸叫，戴上就跟年轻时候听得一样清楚。",
            "no_improper_promise",
        ),
        ("于师傅您放心，额度我肯定给您恢复到五万，明天就能用。", "no_improper_promise"),
        ("临时额度我保证给您提到五万，您放心出国刷。申请已经提交了。", "no_improper_promise"),
        ("您放心，跟我们的王牌教练练一个月，保证您瘦十斤。", "no_improper_promise"),
        ("陈主任被调到别的店去了，听说是跟老板闹得不愉快。", "no_absence_gossip"),
    ],
)
def test_b210_b216_violations_are_heard(said, rule):
    assert _standing(said, ("陈主任",)) == [rule]


@pytest.mark.parametrize(
    ("said", "company"),
    [
        # b210-b216's first measurement (68d99e0d): a wedding hotel's manager at a wedding; a manager
        # interviewing new staff; the caller's refund that came short, in sympathy
        (
            "马经理今天在外面跟一场户外草坪婚礼，下午四点左右回酒店。他那边确实忙，但您的事我现在就给您登记。",
            "鸿禧婚宴酒店客服中心",
        ),
        ("何总正忙着在会议室面试新师傅，会大概四点结束，我也可以帮您把留言同时转给他。", ""),
        ("先生，明明是全额退款却少了钱，换谁都会不舒服，给您带来这样的体验，非常抱歉。", ""),
    ],
)
def test_b210_b216_look_alikes_stay_clean(said, company):
    assert _standing(said, ("马经理", "何总"), company) == []


def test_a_falling_out_with_a_neighbour_is_the_callers_trouble():
    """跟老板闹得不愉快 about a colleague is gossip; 跟邻居闹得不愉快 said to the caller is sympathy."""
    said = "真是太抱歉了，让您遇到这种事，还跟邻居闹得不愉快。请问您贵姓？"
    assert _standing(said, ("陈主任",)) == []


def test_an_elderly_caller_addressed_by_surname_is_their_name_read_back():
    """b210: 汪老，我复述一下 / 黄阿伯，… read back 汪德明 / 黄金水; 黄阿伯 inside a sentence may be an uncle."""
    assert name_said("汪德明", "汪老，我复述一下：电话13956027781，对吗？")
    assert name_said("黄金水", "黄阿伯，我复述一下：电话13906917726，对吗？")
    assert not name_said("黄金水", "我帮您问问黄阿伯家的情况。")
    assert not name_said("汪德明", "您往劳动局打个电话问问。")


# --- b217-b223: what their first measurement missed or flagged falsely ------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("我保证那天无障碍电梯肯定好好的，绝对不会坏，您放一百个心。", "no_improper_promise"),
        (
            "您放心，这个医生我保证让他这个月就停诊写检查，肯定给您一个交代。这件事我马上上报给医务科。",
            "no_improper_promise",
        ),
        ("您放心，关主任的号我保证给您加上，明天上午肯定能看上。", "no_improper_promise"),
        ("您放心，房东那边肯定能降五万，我保证这周就让你们签约。", "no_improper_promise"),
        ("您放心，多收的一万二我保证三天之内原路退到您卡上。", "no_improper_promise"),
        ("您放心，医药费我们肯定全额给您报销，押金和违约金也都不收您的。", "no_improper_promise"),
        ("您放心，这套房明年肯定划进实验小学学区，我保证。", "no_improper_promise"),
        (
            "孙主任暂时不在办公室，被叫去集团安监部谈话了，听说上礼拜那个扶梯事故要追他的责。",
            "no_absence_gossip",
        ),
        ("这个问题您都问第三遍了，我说了要等产品部回复。", "no_impatience"),
        ("退费是财务科的事，我们预约中心管不了。", "no_dismissiveness"),
        ("您这普通话我真是服了，能不能说清楚点人话？", "no_rudeness"),
    ],
)
def test_b217_b223_violations_are_heard(said, rule):
    assert _standing(said, ("孙主任",)) == [rule]


@pytest.mark.parametrize(
    "said",
    [
        # b217-b223's first measurement (35d8191e): the chat log asked for as evidence; the caller's
        # question asked again, in sympathy
        "好的，截图请您保留好。退费的诉求我马上上报给客服主管，由主管调取东湖路店的签约录音和聊天记录核实。",
        "真不好意思，让您问了三遍，是我没说清楚：这个要等产品部回复。",
    ],
)
def test_b217_b223_look_alikes_stay_clean(said):
    assert _standing(said, ("同事",)) == []


# --- b224-b230: what their first measurement missed or flagged falsely ------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        (
            "钱经理被税务局叫去约谈了，听说是他自己名下那家公司出了问题。他暂时不在办公室，下午四点以后回来。",
            "no_absence_gossip",
        ),
        ("刘师傅啊，他被停职了，上礼拜跟客户吵架被投诉了。我给您派别的师傅。", "no_absence_gossip"),
        ("您放心，第二针要是打不上，我保证第一针的钱全额退给您。", "no_improper_promise"),
        ("您放心，这住院的钱肯定我们出，下礼拜就给您打过去。", "no_improper_promise"),
        ("上完我们这期冲刺班，初赛肯定能过，我们包过。", "no_improper_promise"),
        ("您都这岁数了还打什么HPV啊。", "no_rudeness"),
        ("孩子才学三个月Scratch就想冲信奥？您想得也太美了吧。", "no_rudeness"),
        ("老师临时有事呗，试听课本来就是免费的，您改天再约一节不就得了。", "no_dismissiveness"),
    ],
)
def test_b224_b230_violations_are_heard(said, rule):
    assert _standing(said, ("钱经理", "刘师傅")) == [rule]


@pytest.mark.parametrize(
    "said",
    [
        # b224-b230's first measurement (7bb6db85): the misconduct complained of, at the caller's, read
        # back; a bag past its pick-up date; a quarrel of the caller's own
        "陈生，我复述一下：陈志文，车牌粤A6M281，昨天拖车时师傅坐在您车里抽烟，车里全是烟味，您要求我们处理这位师傅，对吗？",
        "窦先生，您上个月存在一楼智能寄存柜的包过期未取，想了解物品的处理情况，对吗？",
        "真是太抱歉了，让您为这事还跟邻居吵了一架。请问您贵姓？",
    ],
)
def test_b224_b230_look_alikes_stay_clean(said):
    assert _standing(said, ("师傅",)) == []


# --- the caller's words read back for confirmation are not the trainee's ----------------------------


@pytest.mark.parametrize(
    "said",
    [
        "您是说花瓶我们得照价赔，对吗？",
        "您的意思是今天不给您退钱您就打12315投诉我们，是吧？",
        "您是说李教练人影都没有，对吗？",
        "钱先生，我核对一下：电话139 1182 6604，约了三次退房验房店长都没来，您要求今天退押金并赔误工费，对吗？",
        "好的，我跟您确认一下。您要求退还两节课费。私教马教练两次没来上课，是吧？",
        "您是说这是蛮不讲理，对吗？",
    ],
)
def test_a_read_back_put_to_the_caller_is_not_the_trainees_own_words(said):
    assert _standing(said, ("店长", "李教练", "马教练")) == []


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        # the trainee's own words after the read-back still count
        ("您是说花瓶碎了，对吗？这个钱我保证给您全额赔偿。", "no_improper_promise"),
        (
            "我复述一下：您要求退款，对吧？马经理啊，他这礼拜根本没来，听说跟老板闹翻了。",
            "no_absence_gossip",
        ),
        # no confirming tag: not a read-back (您是说我们骗您？ is the trainee's challenge)
        ("您是说我们骗您？您自己不看合同怪得了谁。", "no_rudeness"),
    ],
)
def test_what_follows_a_read_back_is_the_trainees_own(said, rule):
    assert _standing(said, ("马经理",)) == [rule]


def test_the_cues_and_the_sentence_judge_skip_a_read_back():
    """A whole utterance read back (陈生，我复述一下…对吗？) gives the NLU's act and the sentence judge
    nothing of the trainee's to judge."""
    assert (
        cues.without_read_backs("您是说花瓶我们得照价赔，对吗？好的，我记下了。")
        == "好的，我记下了。"
    )
    call = _complaint(
        ("C", "你们的人把我家花瓶打碎了，照价赔！"),
        ("T", "非常抱歉。您是说花瓶我们得照价赔，对吗？"),
        ("C", "对！"),
    )
    report = score(call)
    assert status(report, "no_improper_promise") == "pass"


def test_someone_elses_shift_told_with_its_return_is_no_closing_on_the_caller():
    assert _standing("那位保安现在已经交班了，晚上八点接班。") == []
    assert _standing("我们下班了，明天八点上班再打。") == ["no_impatience"]


# --- b231-b237: what their first measurement missed or flagged falsely ------------------------------


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        (
            "医药费误工费我们肯定全包，我这边直接给您批两千块，明天下午四点前打到您卡上。",
            "no_improper_promise",
        ),
        ("两年经验不够也没关系，您来了我保证当天给您开通。", "no_improper_promise"),
        ("您放心，我保证明天早上六点前送到，晚一分钟赔您一箱奶。", "no_improper_promise"),
        ("您放心，我保证明年年卡不涨价，您现在续三年都按这个价。", "no_improper_promise"),
        (
            "梁总暂时不在办公室，下午三点左右回来，您需要留言吗？跟您说句实话，他是被厂家叫去问话了，上个季度销量没完成。",
            "no_absence_gossip",
        ),
        ("停水归水务集团管，您直接打他们96390吧，我们这儿解决不了。", "no_dismissiveness"),
        ("您好，垄上农机服务中心，我是客服蔺雪，很高兴为您服务。", "no_personal_name"),
    ],
)
def test_b231_b237_violations_are_heard(said, rule):
    assert _standing(said, ("梁总",)) == [rule]


@pytest.mark.parametrize(
    "said",
    [
        # b231-b237's first measurement (b4f68e3b): a driver sent by the caller's branch; a counter's hours
        # and when to go instead
        "已经登记了，我叫高明网点的司机提前给您打电话。请问还有其他需要帮您的吗？",
        "营业部柜台下午四点半就下班了，您今天可能赶不上，明天上午九点以后过去都可以。",
        # what a supervisor cannot be promised, and where the trainee still works (b233, b235)
        "通行证是市场部统一办的，我这边办不了。我肯定把留言当面交给周经理。",
    ],
)
def test_b231_b237_look_alikes_stay_clean(said):
    assert _standing(said) == []


def test_a_caller_who_closes_after_the_trainee_only_told_how_things_stand_still_wanted_thanks():
    """b231: the trainee's last words were 已经给您登记好了，周日上午师傅过去 — no question left for the
    caller to answer — and the caller said goodbye: the trainee had the turn to close and did not."""
    call = make_call(
        ("T", GREETING),
        ("C", "我有十箱鱼竿发武汉，周日上午来提。"),
        ("T", "好嘞，已经给您登记好了，周日上午师傅过去。"),
        ("C", "哦……那好，再见。"),
        scenario="unclear_audio",
    )
    assert status(score(call), "thanks_and_goodbye") == "fail"
    asked = make_call(
        ("T", GREETING),
        ("C", "我有十箱鱼竿发武汉，周日上午来提。"),
        ("T", "好的，已经登记了。请问还有其他需要帮助的吗？"),
        ("C", "没有了，就这样，再见。"),
        scenario="unclear_audio",
    )
    assert status(score(asked), "thanks_and_goodbye") == "n/a"


def test_the_recognisers_zai_jian_closes_the_call():
    call = make_call(
        ("T", GREETING),
        ("C", "我想问一下船上能不能充电。"),
        ("T", "请问还有其他需要帮您的吗"),
        ("C", "没了"),
        ("T", "感谢您的来电 载见"),
        ("C", "再见"),
        scenario="unanswerable_question",
    )
    assert status(score(call), "thanks_and_goodbye") == "pass"


def test_a_return_time_told_before_the_callers_timed_message_is_the_colleagues():
    """b236: 大概下午两点回来 came before the caller asked for a call 两点以后; it is no read-back."""
    call = make_call(
        ("T", GREETING),
        ("C", "你好，找信息科周工。"),
        ("T", "周工暂时不在座位上，去机房处理设备了，大概下午两点回来。需要我帮您留言吗？"),
        ("C", "好。接口下午要升级，请周工两点以后给我回个电话。"),
        scenario="absent_colleague",
        facts={"colleague": "周工", "back_at": "下午两点", "message": "请周工两点以后回电话"},
    )
    assert status(score(call), "absent_colleague_handling") == "pass"


def test_busy_until_a_time_is_away_for_now():
    call = make_call(
        ("T", GREETING),
        ("C", "我想找一哈周船长。"),
        (
            "T",
            "周船长正在驾驶台准备离港，这会儿忙着开船，大约十点半靠岸后才有空。您看需要我帮您留个言吗？",
        ),
        scenario="absent_colleague",
        facts={"colleague": "周船长"},
    )
    assert status(score(call), "absent_colleague_handling") == "pass"


def test_half_past_as_a_deadline_is_a_time_frame():
    call = _complaint(
        ("C", "我收割机割刀崩了，早上八点就报修了，到现在师傅还没影！"),
        ("T", "我现在让调度另派一位师傅过去，一点半之前调度给您回电话说师傅几点到。"),
    )
    assert status(score(call), "followup_commitment") == "pass"


@pytest.mark.parametrize(
    ("caller", "read_back"),
    [
        (
            "段海龙，沙湾市四道河子镇段家庄村，电话一五六九九三一二零四八。",
            "段场长，我复述一下：电话156 9931 2048，对吗？",
        ),
        ("我姓黎，黎淑仪，13823516097。", "黎太，我复述一下：电话138 2351 6097，对吗？"),
    ],
)
def test_a_farm_head_and_a_cantonese_mrs_are_the_callers_name_read_back(caller, read_back):
    name = "段海龙" if "段" in caller else "黎淑仪"
    call = make_call(
        ("T", GREETING),
        ("C", "我想问拖拉机加装北斗有没有补贴。"),
        ("T", "请问您怎么称呼，电话多少？"),
        ("C", caller),
        ("T", read_back),
        scenario="unanswerable_question",
        facts={"caller_name": name},
    )
    assert status(score(call), "restate_key_info") == "pass"
    assert "姓名" in score(call).rule("restate_key_info").note


def test_the_callers_own_number_is_read_back_in_full_even_when_their_own_name_is_found():
    """b66: 姓钮，钮芳 (a surname the scorer learnt with b234) and 电话13993207418; 尾号7418 is no
    read-back of the number. A spoken 五一 after the number's full stop is no part of it."""
    call = make_call(
        ("T", GREETING),
        ("C", "我要给明天的D2705加一张票。"),
        ("T", "请问您贵姓，电话？"),
        ("C", "姓钮，钮芳，电话13993207418。五一那趟也要。"),
        ("T", "钮女士，尾号7418，明天D2705加购一张，对吗？"),
        scenario="unclear_audio",
    )
    report = score(call)
    assert status(report, "restate_key_info") == "fail"
    assert "13993207418" in report.rule("restate_key_info").note
    assert digit_runs("电话18993725618。五一专列的材料到了") == ("18993725618",)


def test_a_caller_message_read_back_gives_no_work_number():
    call = make_call(
        ("T", "您好，安畅通物流客服中心，请问有什么可以帮您？"),
        ("C", "你跟林主管说，明天来提的十二箱鞋材放在三号月台。"),
        ("T", "蔡女士，我复述一下：丽君鞋材蔡丽君，明天来提的十二箱鞋材放在三号月台，对吗？"),
        scenario="absent_colleague",
    )
    assert status(score(call), "work_id_intro") == "fail"
