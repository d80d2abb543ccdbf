"""What trainee wording means: sound-alike patterns for each behaviour, and the forbidden-wording judge.

Patterns are written in Chinese and matched by sound (see scoring/text.py), so 您/你, 贵姓/贵性 and
other ASR homophones do not change a decision. Forbidden wording is judged in context: a cue only counts
when nothing around it makes it polite ("他暂时不在办公室，有什么事我可以代劳吗？" contains 不在 and is
the recommended reply). Each forbidden cue has a strength:

- "strong": unambiguous on its own (a bare "不在。", "你问别人吧") — the rule fails on content alone;
- "weak": the wording fits but could be innocent — the rule fails only when the NLU also recognised
  the matching act in that utterance.

A false forbidden flag is the worst error the scorer can make, so every doubt resolves to "not a
violation".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scoring.text import clauses, sound, sounds

# --- required behaviour ----------------------------------------------------------------------------

GREETING = (
    "您好",
    "早上好",
    "上午好",
    "中午好",
    "下午好",
    "晚上好",
    "早安",
    "新年好",
    "节日快乐",
    "哈喽",
)

WORK_ID = (
    "工号(是|为)?<D>",
    "编号(是|为)?<D>",
    "<N>{1,4}号(的)?(客服|话务|坐席|座席|专员|员工|接线|服务|为|很高兴|竭诚|在线|工作人员)",
    "我是<N>{1,4}号",
    "<N>{1,4}号(请问|有什么|您好|你好)",
    "<N>{1,4}号$",
)

ASK_IDENTITY_STRONG = (
    "贵姓",
    "怎么称呼",
    "如何称呼",
    "怎样称呼",
    "尊姓",
    "(您|你)姓什么",
    "叫什么名字",
    "(您|你)的?(姓名|名字)",
    "留(一)?下?(个|一个|您的|你的|下)?(联系)?(电话|联系方式|手机|号码|名字|姓名)",
    "(电话|手机|联系方式|号码|手机号)(是)?多少",
    "(哪个|哪家|什么)(单位|公司)",
    "(您|你)是哪位",
    "请问是哪位",
    "(您|你)的?(电话|手机|号码|手机号|联系方式).{0,16}(对吗|是吗|对吧|对不对|没错吧|没错吗)",
    "(您|你)(的)?(电话|手机号|手机|联系方式|联系电话)(是)?",
)
ASK_IDENTITY_WEAK = ("电话", "手机", "联系方式", "号码", "姓名", "名字", "单位", "称呼")

CONFIRM = (
    "复述",
    "确认一下",
    "核对一下",
    "(跟|和|给|向)(您|你)(确认|核对|重复)",
    "(您|你)是说",
    "也就是说",
    "重复一(下|遍)",
    "对吗",
    "是吗",
    "对吧",
    "没错吧",
    "是这样吗",
    "对不对",
    "没错吗",
    "是不是",
)

APOLOGY = ("抱歉", "对不起", "不好意思", "道歉", "歉意", "致歉", "给您添麻烦", "给您带来")
APOLOGY_OTHER = (
    "久等",
    "打断",
    "听不清",
    "没听清",
    "听不到",
    "听不见",
    "声音",
    "打扰",
    "等一下",
    "稍等",
)
EMPATHY = (
    "理解",
    "明白(您|你)的(心情|感受|意思)",
    "(着急|生气|气愤|心情|感受|委屈|不满|担心)",
    "换(了)?(是)?(我|谁)",
    "别着急",
    "不要着急",
    "请放心",
)

TIME_FRAME = (
    "<N>{1,3}(个)?(工作日|工作天|天|小时|钟头|分钟|星期|礼拜|周)",
    "半(个)?(小时|天|钟头)",
    "(今天|明天|后天|今晚|明早|本周|这周|下周|周末)(上午|下午|晚上|中午|之前|以前|前|内|之内|下班)?",
    "(周|星期|礼拜)[一二三四五六日天]",
    "(上午|下午|晚上|中午)<N>{1,2}点",
    "<N>{1,2}点(前|之前|以前|钟)",
    "下班(前|之前)",
    "当天",
)
RETURN_TIME = (
    "上午",
    "下午",
    "晚上",
    "中午",
    "明天",
    "后天",
    "<N>{1,2}点",
    "一会儿?",
    "马上(就)?回来",
    "很快(就)?回来",
    "半(个)?小时",
    "<N>{1,3}(个)?(小时|钟头|分钟)",
    "下班(前|之前)",
)
REPLY = (
    "联系",
    "回复",
    "答复",
    "回电",
    "打给",
    "打电话",
    "致电",
    "回访",
    "反馈",
    "告知",
    "通知",
    "给(您|你)(一个)?(回|答|打|结果|消息|说法)",
    "处理",
    "上门",
    "派人",
    "安排",
    "核实",
)
RECORDED = ("记录", "记下", "登记", "备案", "工单", "提交", "反映给", "转给", "报给")

REPEAT_REQUEST = (
    "大声",
    "大点",
    "再说",
    "再讲",
    "重复",
    "说一遍",
    "讲一遍",
    "说一次",
    "讲一次",
    "再说一下",
    "靠近",
    "换个",
    "慢一点",
    "慢点",
)
REPEAT_REASON = (
    "声音",
    "听不清",
    "听不太清",
    "没听清",
    "听不到",
    "听不见",
    "信号",
    "杂音",
    "断断续续",
    "不太清楚",
    "没太听清",
)
POLITE = (
    "不好意思",
    "抱歉",
    "对不起",
    "麻烦",
    "请",
    "能不能",
    "能否",
    "可以",
    "可否",
    "好吗",
    "吗",
    "方便",
)

AWAY = (
    "不在",
    "外出",
    "出去",
    "开会",
    "出差",
    "走开",
    "离开",
    "在忙",
    "正忙",
    "不方便接",
    "没在",
    "不在座位",
    "在外面",
    "会议",
    "拜访",
    "见客户",
)
TEMPORARY = (
    "暂时",
    "目前",
    "现在",
    "刚好",
    "正好",
    "这会",
    "刚刚",
    "刚才",
    "一会",
    "稍后",
    "晚点",
    "回来",
)
OFFER = (
    "留言",
    "留个言",
    "转告",
    "转达",
    "代劳",
    "代为",
    "帮(您|你)",
    "有什么(事|需要|可以)",
    "其他同事",
    "别的同事",
    "让(他|她).{0,4}(回|联系|打)",
    "回电",
    "需要我",
    "我可以",
    "留下",
)
DECLINE_MESSAGE = (
    "不用留言",
    "不用了",
    "不留了",
    "不必了",
    "不用麻烦",
    "我(晚点|待会|等会|过会|自己|再)(再)?(打|联系)",
)

MESSAGE_WORDS = (
    "转告",
    "留言",
    "回电",
    "回复",
    "联系(您|你)",
    "告诉(他|她)",
    "让(他|她)",
    "请(他|她)",
    "记下",
    "记录",
    "转达",
    "给(您|你)回",
)
UNIT_ASK = ("单位", "公司", "哪里", "哪儿")

ESCALATION_TRIGGER = (
    "赔",
    "赔偿",
    "赔钱",
    "赔我",
    "索赔",
    "补偿",
    "退款",
    "退钱",
    "消协",
    "消费者协会",
    "12315",
    "幺二三幺五",
    "一二三一五",
    "媒体",
    "曝光",
    "记者",
    "电视台",
    "报社",
    "报纸",
    "微博",
    "抖音",
    "发到网上",
    "网上",
    "工商",
    "市场监管",
    "监管部门",
    "法院",
    "起诉",
    "告(你们|你)",
    "律师",
    "打官司",
)
ESCALATE = (
    "(上报|汇报|报告|反映|转交|转给|交给|提交|升级|转接|反馈|报给)(给)?(到)?(我们)?(的)?(部门)?(主管|经理|领导|上级|负责人|组长|班长)",
    "(主管|经理|领导|上级|负责人|组长|班长)(会|将|来|马上|亲自|尽快|直接)*(跟进|处理|联系|介入|回电|回复|给(您|你)|打|协调)",
    "升级处理",
    "上报",
    "请(我们)?(的)?(主管|经理|领导|上级|负责人|组长|班长)",
)
SUPERVISOR = ("主管", "经理", "领导", "上级", "负责人", "组长", "班长", "上报", "升级")

FURTHER_HELP = (
    "还有(什么|其他|其它|别的|没有)(.{0,4})(需要|问题|事|可以|要|帮)",
    "还(有|需要)(什么|其他|其它|别的)?(帮助|帮忙|需要)",
    "(其他|其它|别的)(问题|需要|事情|事|疑问)(吗|么|没有)",
    "还有(什么|其他|其它|别的)?(问题|事情|事)(吗|么)",
    "还有(什么|其他|其它|别的)?(需要|要)(我)?(帮|为|处理)",
    "还有什么",
)
THANKS = ("谢谢", "感谢", "多谢")
GOODBYE = ("再见", "再会", "回见", "拜拜", "慢走", "祝(您|你).{0,8}(愉快|顺利|开心|快乐)", "回头见")

HOLD_ASK = (
    "(先)?(别|不要)挂",
    "稍等",
    "稍候",
    "等一下",
    "等一等",
    "等我一下",
    "等一会",
    "等我",
    "耐心等",
    "等候",
    "等(一|两|二|三|几)",
)
HOLD_LENGTH = ("<N>{1,3}(分钟|分|秒|秒钟)", "半分钟", "一会儿")
HOLD_THANKS = (
    "(感谢|谢谢|多谢)(您|你)?(的)?(耐心)?(等|等待|等候)",
    "(感谢|谢谢)(您|你)的?耐心",
    "久等",
    "让(您|你)等",
    "等(了)?(这么|很)?久",
    "让(您|你)(等待|等候)",
)
WAIT_APOLOGY = ("久等", "让(您|你)等", "等(了)?(这么|很|好)?久", "(您|你)等(了)?(很久|这么久)")

POLITE_INTERRUPT = ("打断", "插(一)?(句|下)", "插个话", "插话")
BACKCHANNEL = re.compile(
    r"^(嗯|恩|哦|噢|喔|好|好的|是|是的|对|对对|明白|了解|行|唔|啊|嗯嗯|好好|对的|收到)+$"
)


def any_sound(text: str, patterns: tuple[str, ...]) -> bool:
    return sounds(text, *patterns)


def is_backchannel(text: str) -> bool:
    stripped = re.sub(r"[，,。.！!？?、…~\s]", "", text)
    return bool(BACKCHANNEL.match(stripped))


def apology_for_experience(text: str) -> bool:
    """An apology in a clause that is not about waiting, interrupting or a bad line."""
    for c in clauses(text) or [text]:
        if any_sound(c, APOLOGY) and not any_sound(c, APOLOGY_OTHER):
            return True
    return False


def has_time_frame(text: str) -> bool:
    return any_sound(text, TIME_FRAME)


def gives_work_id(text: str) -> bool:
    return any_sound(text, WORK_ID)


# --- forbidden wording ----------------------------------------------------------------------------

# Words that make a sentence polite, helpful or an explanation rather than a brush-off.
SOFTENERS = (
    "不好意思",
    "抱歉",
    "对不起",
    "请",
    "麻烦",
    "帮(您|你)",
    "为(您|你)",
    "留言",
    "转告",
    "转达",
    "代劳",
    "需要",
    "可以",
    "方便",
    "稍等",
    "回电",
    "联系",
    "记录",
    "记下",
    "核实",
    "确认",
    "查(一)?(下|询)",
    "吗",
    "您看",
    "你看",
    "理解",
    "是否",
    "能否",
    "建议",
    "尽快",
    "反馈",
    "同事",
)
FILLERS = re.compile(r"[这那个我他她也都就真是啊呀吧呢哦嘛了的们还人现在经理主任总老师先生]")


@dataclass(frozen=True)
class Flag:
    rule: str
    strength: str  # "strong" | "weak"
    why: str  # Chinese, for the note


def _bare(clause: str, cue_chars: str) -> bool:
    """A clause that is nothing but the cue and filler words (他不在啊 / 不知道 / 这个我也不知道)."""
    rest = clause
    for ch in cue_chars:
        rest = rest.replace(ch, "", 1)
    rest = FILLERS.sub("", rest)
    return len(rest) <= 1


def _whole(text: str) -> str:
    return re.sub(r"[，,。.！!？?；;：:、…~～\s]", "", text)


@lru_cache(maxsize=4096)
def _regex(p: str) -> re.Pattern[str]:
    return re.compile(p)


def said(text: str, *patterns: str) -> bool:
    """Literal wording (punctuation ignored). Forbidden cues are read literally, never by sound: a
    homophone must not turn an innocent sentence into a violation (经理知悉 sounds like 离职)."""
    raw = _whole(text)
    return any(_regex(p).search(raw) for p in patterns)


def _soft(text: str) -> bool:
    return sounds(text, *SOFTENERS)


def _dismissive(text: str, call_has_colleague: bool) -> list[Flag]:
    out: list[Flag] = []
    soft = _soft(text)
    if not soft and said(text, "(你|您)自己(去)?(看|查|找|问|联系)", "(你|您)找.{1,6}去(吧)?$"):
        out.append(Flag("no_dismissiveness", "strong", "让客户自己去解决"))
    if not soft and said(text, "(?<![听看说讲])不清楚", "不了解", "没办法"):
        out.append(Flag("no_dismissiveness", "weak", "“不清楚/没办法”"))
    if not soft and said(
        text,
        "不归(我|我们).{0,4}(管|负责)",
        "不是(我|我们).{0,4}(管|负责)的",
        "我管不了",
        "不归我管",
    ):
        out.append(Flag("no_dismissiveness", "strong", "推说不归自己管"))
    if said(
        text,
        "(你|您)?(去)?问别人",
        "找别人(去|吧)",
        "不关我(的)?事",
        "跟我说(也)?没用",
        "别问我",
        "关我什么事",
    ):
        out.append(Flag("no_dismissiveness", "strong", "推给别人、不愿处理"))
    if said(
        text,
        "我(已经|早就|都)(跟(你|您))?说过了",
        "说了多少(遍|次)",
        "都(跟(你|您))?说了",
        "我说过了",
    ):
        out.append(Flag("no_dismissiveness", "strong" if not soft else "weak", "“我已经说过了”"))
    if said(text, "(你|您)?(去|就)投诉(吧|去)", "爱投诉", "随便(你)?投诉") and not soft:
        out.append(Flag("no_dismissiveness", "strong", "让客户“去投诉吧”"))
    # 劝其过会儿再打来 is allowed (004 §10E); only the NLU can tell a brush-off from advice.
    if (
        said(text, "(明天|改天|下次|过两天|晚点|待会|等会|以后)再打(来|过来)?")
        and not sounds(text, "下班")
        and not soft
    ):
        out.append(Flag("no_dismissiveness", "weak", "让客户“再打来”而不提供帮助"))
    if said(text, "正忙(着)?呢", "没空", "没(有)?时间") and not soft:
        out.append(Flag("no_dismissiveness", "strong", "“正忙着呢，没空”"))
    for c in clauses(text) or [text]:
        sc = sound(c)
        if "不知道" in c and not sounds(c, "在不在", "去哪", "到哪"):
            m = re.search(r"bu zi dao ", sc)
            after = sc[m.end() :] if m else ""
            before = sc[: m.start()] if m else ""
            polite_q = sounds(
                c,
                "不知道(您|你)?(是否|能否|方不方便|方便|可不可以|能不能|有没有|要不要|需不需要|还|怎么|该|什么时候)",
            )
            other_subject = re.search(r"(ni |ta |ke hu |da jia )(ye )?(hai )?$", before) is not None
            if polite_q or other_subject or sounds(c, "(您|你)不知道"):
                continue
            if _bare(_whole(text), "不知道") and not soft:
                out.append(Flag("no_dismissiveness", "strong", "只回答“不知道”"))
            elif not soft and len(after.split()) <= 3:
                out.append(Flag("no_dismissiveness", "weak", "“不知道”"))
        if "不在" in c and not sounds(
            c, "在不在", "不在乎", "不在意", "不在话下", "不在(我们)?(的)?服务范围"
        ):
            if _bare(_whole(text), "不在") and not soft:
                out.append(Flag("no_dismissiveness", "strong", "只回答“不在”"))
            elif not soft and not sounds(text, *TEMPORARY, *AWAY[1:], *RETURN_TIME):
                out.append(Flag("no_dismissiveness", "weak", "只说“不在”，没有说明或提供帮助"))
    return out


def _indifferent(text: str) -> list[Flag]:
    out: list[Flag] = []
    soft = _soft(text)
    if said(
        text,
        "(不知道|不清楚)(他|她)?(在不在|去哪|到哪|去了哪|干什么去)",
        "(他|她)?在不在(我)?(也)?(不知道|不清楚)",
        "谁知道(他|她)?",
        "鬼知道",
    ):
        out.append(Flag("no_indifference", "strong", "“我也不知道他在不在”之类不负责任的回答"))
    if said(text, "无所谓", "爱打不打", "爱等不等", "随你"):
        out.append(Flag("no_indifference", "strong", "“无所谓/随你”"))
    for c in clauses(text) or [text]:
        if "随便" in c:
            if _bare(_whole(text), "随便") or said(c, "随便(你|您)"):
                out.append(Flag("no_indifference", "strong" if not soft else "weak", "“随便”"))
            elif not soft:
                out.append(Flag("no_indifference", "weak", "“随便”"))
    return out


def _impatient(text: str) -> list[Flag]:
    out: list[Flag] = []
    soft = sounds(
        text,
        "不好意思",
        "抱歉",
        "对不起",
        "麻烦",
        "请",
        "能不能.{0,8}吗",
        "可以.{0,8}吗",
        "好吗",
        "能否",
    )
    loud = said(text, "声音大点", "大点声", "大声点", "大声一点", "说大声")
    what = said(text, "(你|您)说什么")
    deaf = said(text, "听不见", "听不清", "听不到")
    # "听不清" alone states a fact; telling the caller to be louder or "你说什么" is the impatient part.
    if (loud or what) and not soft:
        n = loud + what + deaf
        out.append(
            Flag("no_impatience", "strong" if n >= 2 else "weak", "不耐烦地让客户大声点/重复")
        )
    if said(text, "下班了", "要下班", "快下班"):
        out.append(Flag("no_impatience", "strong" if not soft else "weak", "“下班了，明天再打”"))
    if said(
        text,
        "快点说",
        "说快点",
        "你快说",
        "能不能快点",
        "到底(想|要)(干|说|怎么)",
        "有完没完",
        "烦不烦",
        "说重点",
        "说了半天",
        "别啰嗦",
        "啰嗦什么",
        "怎么还不明白",
        "怎么还听不懂",
    ):
        out.append(Flag("no_impatience", "strong", "催促、不耐烦的话"))
    return out


def _rude(text: str) -> list[Flag]:
    out: list[Flag] = []
    strong = (
        "就说嘛",
        "有(什么)?事就说",
        "有话快说",
        "有事快说",
        "不会给(你|您)(接|转)",
        "(你|您)听不懂(吗|啊)",
        "(怪|赖)(你|您)自己",
        "(你|您)自己的问题",
        "是(你|您)自己(的|没|不)",
        "谁让(你|您)",
        "(你|您)有病",
        "神经病",
        "(喊|吼|嚷|叫)什么",
        "闭嘴",
        "爱找谁找谁",
        "别废话",
        "少废话",
        "(你|您)这人",
        "(你|您)懂不懂",
        "没长眼",
        "不讲理",
        "(你|您)自己(不|没)(看|注意|小心)",
    )
    if said(text, *strong):
        out.append(Flag("no_rudeness", "strong", "无礼、命令或指责客户的话"))
    elif "滚" in text:
        out.append(Flag("no_rudeness", "strong", "无礼的话"))
    elif said(text, "你(先)?别(说|吵|嚷)", "你(赶紧|快)(点)?(说|讲)") and not _soft(text):
        out.append(Flag("no_rudeness", "weak", "命令式的话"))
    return out


GOSSIP = (
    "没来",
    "没有来",
    "还没到",
    "未到",
    "没(有)?(见|看)到",
    "未(见|看)到",
    "没(有)?上班",
    "未来上班",
    "还未来",
    "迟到",
    "请(了)?(病)?假",
    "病假",
    "生病",
    "病了",
    "医院",
    "看病",
    "抽烟",
    "睡觉",
    "(接|送)孩子",
    "私事",
    "家里有事",
    "辞职",
    "离职",
    "开除",
    "在家",
    "逛街",
    "喝酒",
    "打牌",
    "约会",
    "旷工",
    "早退",
)


def _gossip(text: str, call_has_colleague: bool) -> list[Flag]:
    if not said(text, *GOSSIP) or sounds(text, "没来得及"):
        return []
    cue_clauses = [c for c in clauses(text) or [text] if said(c, *GOSSIP)]
    question = all(sounds(c, "吗", "是不是", "有没有") for c in cue_clauses)
    if call_has_colleague and not question:
        return [Flag("no_absence_gossip", "strong", "透露同事不在的真实原因/去向")]
    return [Flag("no_absence_gossip", "weak", "透露同事不在的真实原因/去向")]


def _improper_promise(text: str) -> list[Flag]:
    out: list[Flag] = []
    for c in clauses(text) or [text]:
        negated = sounds(
            c,
            "不能",
            "无法",
            "没法",
            "没办法",
            "不敢",
            "不一定",
            "不确定",
            "不好说",
            "需要",
            "要等",
            "核实",
            "确认",
            "规定",
            "合同",
            "政策",
            "申请",
            "主管",
            "领导",
            "尽力",
            "争取",
            "如果",
            "是否",
        )
        if negated:
            continue
        strong = said(
            c,
            "(保证|肯定|一定|绝对|包)(会)?(给(您|你))?(全额|全部|双倍)?(赔|退款|退钱|补偿|免单|退)",
            "全额(赔偿|退款)",
            "包赔",
            "双倍赔",
            "(保证|肯定|一定|绝对)(会)?(给(您|你))?(免费)(换|修|重做|重装|更换)",
            "(我|我们)(马上|立刻|现在)?(就)?给(您|你)(全额)?(赔|退款|退钱)",
            "(赔偿|退款)(肯定|绝对)?没问题",
        )
        if strong:
            out.append(Flag("no_improper_promise", "strong", "作出超出权限的赔偿/退款承诺"))
        elif said(
            c,
            "保证.{0,6}(解决|满意|修好|没问题|处理好)",
            "肯定没问题",
            "包(您|你)满意",
        ):
            out.append(Flag("no_improper_promise", "weak", "承诺了超出权限的处理结果"))
    return out


SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_TITLE_AFTER = re.compile(r"^(经理|总|先生|女士|小姐|老师|主管|师傅|工|主任|同事|的|家|号)")


def _personal_name(text: str) -> list[Flag]:
    out: list[Flag] = []
    raw = re.sub(r"[，,。.！!？?\s]", "", text)
    m = re.search(
        r"我叫(?!(他|她|我们|同事|人|经理|师傅|主管|领导|您|你))([\u4e00-\u9fff]{1,3})", raw
    )
    if m:
        out.append(Flag("no_personal_name", "strong", f"报了个人姓名（“我叫{m.group(2)}”）"))
        return out
    m = re.search(r"我(姓|的名字(是|叫))([\u4e00-\u9fff])", raw)
    if m and m.group(3) in SURNAMES | {"是", "叫"} | set():
        out.append(Flag("no_personal_name", "strong", "报了个人姓名"))
        return out
    m = re.search(r"(客服|话务员|专员|坐席|座席|我是|叫我)(小|老)([\u4e00-\u9fff])", raw)
    if m and m.group(3) in SURNAMES:
        out.append(
            Flag("no_personal_name", "strong", f"用个人称呼“{m.group(2)}{m.group(3)}”代替工号")
        )
        return out
    m = re.search(
        r"(号|客服|话务员|专员)([\u4e00-\u9fff])([\u4e00-\u9fff]{1,2}?)(为|很|竭诚|$)", raw
    )
    if m and m.group(2) in SURNAMES and m.group(3) not in ("人员", "部", "中心", "专员"):
        out.append(Flag("no_personal_name", "strong", f"报了个人姓名“{m.group(2)}{m.group(3)}”"))
        return out
    # "我是李娜" as a clause of its own; "我是周末值班的" is not a name.
    for c in clauses(text):
        m = re.fullmatch(
            r"(你好|您好)?我是(小|老)?([\u4e00-\u9fff])([\u4e00-\u9fff]{1,2})(啊|呀)?", c
        )
        if m and m.group(3) in SURNAMES and not _TITLE_AFTER.match(m.group(4)):
            out.append(Flag("no_personal_name", "strong", "报了个人姓名而不是工号"))
            break
    return out


def forbidden_flags(text: str, call_has_colleague: bool = False) -> list[Flag]:
    """Every forbidden-wording cue in one trainee utterance, with its strength."""
    return (
        _rude(text)
        + _dismissive(text, call_has_colleague)
        + _indifferent(text)
        + _impatient(text)
        + _gossip(text, call_has_colleague)
        + _improper_promise(text)
        + _personal_name(text)
    )


RULE_OF_ACT = {
    "rudeness": "no_rudeness",
    "dismissiveness": "no_dismissiveness",
    "indifference": "no_indifference",
    "impatience": "no_impatience",
    "absence_gossip": "no_absence_gossip",
    "improper_promise": "no_improper_promise",
    "personal_name": "no_personal_name",
}
ACT_OF_RULE = {v: k for k, v in RULE_OF_ACT.items()}
