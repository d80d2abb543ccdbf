"""The rule ids of ../shared/spec/rubric.md: a contract shared by scenarios, scorer, reports and certificates."""

from __future__ import annotations

REQUIRED_RULES: tuple[str, ...] = (
    "pickup_within_3_rings",
    "late_pickup_apology",
    "standard_greeting",
    "work_id_intro",
    "ask_caller_identity",
    "restate_key_info",
    "empathy_apology",
    "followup_commitment",
    "polite_repeat_request",
    "absent_colleague_handling",
    "message_taking",
    "hold_etiquette",
    "escalation",
    "offer_further_help",
    "thanks_and_goodbye",
)

FORBIDDEN_RULES: tuple[str, ...] = (
    "no_rudeness",
    "no_dismissiveness",
    "no_indifference",
    "no_impatience",
    "no_interrupting",
    "no_hanging_up_first",
    "no_absence_gossip",
    "no_improper_promise",
    "no_personal_name",
)

ALL_RULES: tuple[str, ...] = REQUIRED_RULES + FORBIDDEN_RULES


# What the standards recommend for each rule, quoted with the section it comes from, and why: shown
# beside the trainee's own sentence when a rule failed (the report teaches what to say instead).
RULE_ADVICE: dict[str, tuple[str, str, str]] = {
    # rule id: (recommended wording, source, why)
    "pickup_within_3_rings": (
        "电话铃响两声后接听，一般最多不超过三声。",
        "004 §5A",
        "客户等得越久越容易不耐烦。",
    ),
    "late_pickup_apology": (
        "“对不起，让您久等了。”",
        "002 §2",
        "超过三声才接，先为让客户等待致歉。",
    ),
    "standard_greeting": (
        "“您好，旭日装饰客服中心，几号客服人员为您服务。”",
        "002 §1",
        "问候并报出公司名，让客户确认打对了电话。",
    ),
    "work_id_intro": (
        "“……3号客服为您服务。”（对外只报工作编号）",
        "002 §1",
        "公司规定对外只报工号，不报个人姓名。",
    ),
    "ask_caller_identity": (
        "“请问先生您贵姓？”“请问，您可以留下您的电话号码和住址吗？”",
        "004 §2",
        "知道怎么称呼、怎么联系客户，才能跟进处理。",
    ),
    "restate_key_info": (
        "“您的吩咐我已经记录下来了，现在复述一遍给您听行吗？”",
        "004 §2、002 §6",
        "复述关键信息（姓名、号码、事由），避免记错。",
    ),
    "empathy_apology": (
        "“非常抱歉给您带来了不好的体验，我理解您的着急，我们一定会重视并尽力解决。”",
        "003 投诉类 情绪安抚",
        "先共情、致歉，客户情绪平复后才谈得下去。",
    ),
    "followup_commitment": (
        "“您反映的问题我已经做了记录……我们会在三个工作日内与您联系。”",
        "002 上门客户投诉接待规范 §7-8",
        "给出具体时限，客户才知道什么时候会有结果；“尽快”不算。",
    ),
    "polite_repeat_request": (
        "“不好意思，您的声音不太清楚，请大声一点。”",
        "002 §5",
        "听不清时善意提醒，而不是抱怨客户。",
    ),
    "absent_colleague_handling": (
        "“他/她暂时不在办公室，大约下午三点回来，有什么事可以代劳或帮您留言吗？”",
        "004 §10I-L",
        "说明暂时不在、大致回来时间，并主动提出留言或代办。",
    ),
    "message_taking": (
        "记下对方姓名、单位、电话和留言事由，再“复述一遍给您听行吗？”",
        "004 §5E-F",
        "留言要完整并经客户核对，转达才不会出错。",
    ),
    "hold_etiquette": (
        "“请您稍等2分钟，我需要查询一下相关信息。”超过1分钟：“不好意思，还需要再等1分钟，感谢您的耐心等待。”",
        "003 常用话术 需要客户等待时",
        "先征得同意并说明时长，回来后致谢；久等要中途告知。",
    ),
    "escalation": (
        "告知客户：“这个问题我马上上报主管，由主管来协调处理，会尽快给您答复。”",
        "003 投诉类 升级处理",
        "赔偿要求、威胁投诉监管部门或媒体属于重大投诉，须上报主管。",
    ),
    "offer_further_help": (
        "“请问您还需要其它帮助吗？”",
        "002 §8",
        "结束前确认客户没有其他需要。",
    ),
    "thanks_and_goodbye": (
        "“感谢您的来电，祝您生活愉快，再见。”",
        "002 §8",
        "致谢道别，给通话一个礼貌的结尾。",
    ),
    "no_rudeness": (
        "不说“你有什么事就说嘛”这类命令、指责的话；改说“请问有什么可以帮您？”",
        "004 §8A",
        "无礼的话会直接激怒客户。",
    ),
    "no_dismissiveness": (
        "不说“不知道”“不在”“明天再打来”；改说“他暂时不在，有什么事我可以代劳吗？”",
        "004 §8B、§10L",
        "傲慢推诿让客户觉得没人管。",
    ),
    "no_indifference": (
        "不说“随便”“我也不知道他在不在”；给出明确、负责的答复。",
        "004 §8C",
        "有气无力的回答让客户失去信任。",
    ),
    "no_impatience": (
        "不说“声音大点，你说什么？我听不见”“下班了，明天再打”；改说“不好意思，您的声音不太清楚，请大声一点”。",
        "004 §8G、002 §5",
        "不耐烦的话会伤人。",
    ),
    "no_interrupting": (
        "等客户说完再说；确有必要时先说“对不起，打断一下，请听我说”。",
        "002 §4",
        "打断客户会让客户觉得不被尊重。",
    ),
    "no_hanging_up_first": (
        "道别后等客户先挂断，自己再轻轻放下电话。",
        "004 §5H、002 §8",
        "先挂电话很失礼，客户可能还有话要说。",
    ),
    "no_absence_gossip": (
        "不说“没有来”“一直未见到”“还未来上班”；只说“他/她暂时不在办公室”。",
        "004 §10L",
        "同事的去向不对外透露。",
    ),
    "no_improper_promise": (
        "不说“保证全额赔偿”“肯定给您退款”；说“我会把您的要求记录下来上报，由主管给您答复”。",
        "000 三 审核(3)、003 投诉类",
        "超出权限的承诺兑现不了，会引起更大的投诉。",
    ),
    "no_personal_name": (
        "“我们公司规定对外只报工作编号。”",
        "002 §1",
        "对外只报工号，不报个人姓名。",
    ),
}
