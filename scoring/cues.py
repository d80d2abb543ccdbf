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

from core.acts import sure
from scoring.roles import POLICY, SURNAMES, promise_kind, self_intro_names
from scoring.text import clauses, is_han, mandarin, mandarin_pattern, pattern, sound, sounds

_SURNAME = "[" + "".join(sorted(SURNAMES)) + "]"

# --- required behaviour ----------------------------------------------------------------------------

GREETING = (
    # (您好像打错了 / 您好久没来了 / 祝您好运 are no greeting; 您好，九号客服 and 您好，云选数码 are: see greets)
    "(?<!祝)您好(?!像|多|几|久)",
    "早上好",
    "上午好",
    "中午好",
    "下午好",
    "晚上好",
    "早安",
    "=您早",
    "哈喽",
    "(新年|新春|春节|节日|中秋|国庆|元旦|圣诞|端午)(节)?(快乐|好|安康)",
    "欢迎(致电|来电)",
    "很高兴(为(您|你)服务|接到(您|你)的电话)",
)

_NUM = "[0-9一二三四五六七八九十零〇两幺百]"
_ID = "[A-Za-z0-9一二三四五六七八九十零〇两幺]"
WORK_ID = (
    "=工号(是|为)?" + _ID,
    "工号(是|为)?(<S>)?<D>",  # by sound too: ASR writes 公号
    "=[幺一二三四五六七八九十零两]{1,4}号(的)?(客服|话务|坐席|座席|专员|员工|接线|为您)",  # 幺幺号客服
    "=(员工)?编号(是|为)?" + _ID,
    "=(座席|坐席)号",
    "<N>{1,4}号(的)?(客服|话务|坐席|座席|专员|员工|接线|服务|为|很高兴|竭诚|在线|工作人员)",
    "=(我是|叫我|这边是)(客服|话务员|专员|接线员|座席|坐席)?" + _NUM + "+号?",
    "=(客服|话务员|专员|接线员)" + _NUM + "+号",
    "=(中心|客服|公司|装饰)" + _NUM + "+号(请问|有什么|您好|你好)?$",
    "=" + _NUM + "+号(请问|有什么|您好|你好)",
)

ASK_IDENTITY_STRONG = (
    # 这单子登记在哪位名下？ (not 登记在谁名下我们都能查到)
    "(登记|记|留|写)在哪位(的)?名下",
    "贵姓",
    "怎么称呼",
    "如何称呼",
    "怎样称呼",
    "尊姓",
    "(您|你)姓什么",
    "叫什么名字",
    "=姓氏",
    "(您|你)的?(姓名|全名|名字)",
    "留(一)?下?(个|一个)?(您|你)?的?(联系)?(地址|住址)?(电话|联系方式|手机|号码|名字|姓名|全名|地址)",
    "(?<!的)(电话|手机|地址|住址|姓名|名字)(和|跟)(电话|手机|地址|住址|姓名|名字)(给我|跟我)(说|讲|报|留)(?!过)",
    # 麻烦给我订单号，还有您的称呼跟电话 / 电话留一个 / 地址和电话是
    "(您|你)的称呼(跟|和|是|呢|怎么)",
    "(电话|手机|号码|联系方式)(给我)?留(一)?个(?!言)",
    "(地址|住址|门牌号?)(和|跟)?(电话|手机)(是|呢|多少)(?!.{0,6}(发|告诉)(给)?(您|你))",
    "(您|你)的(电话|手机)(和|跟)(地址|住址|门牌号?)(是|呢|多少)",
    "不说(你|您)是(谁|哪位)(?!也)",
    "(您|你)(先)?把(您|你)?的?(电话)?号码(告诉|报|留|发)(给)?我",
    "(电话|手机|联系方式|号码|手机号)(是)?多少",
    "(哪个|哪家|什么)(单位|公司|小区)",
    "(您|你)是(哪位|哪里|哪儿|哪一户|哪个|哪家|业主本人)",
    "(您|你)是.{0,8}的哪位",
    "请问是哪位",
    "(您|你)(住)?(几栋|几单元|哪栋|几号楼)",
    "(报|说|告诉我|给我|提供)(一下)?(您|你)?的?(联系)?(姓名|全名|名字|电话|手机|手机号|联系方式|单位|地址|账号)",
    "(您|你)的?(联系电话|联系方式|手机号码|手机号|电话号码|电话|手机|工作单位|单位名称|单位|地址|住址|账号|会员号)(是|方便|多少)",
    "(您|你)(家)?(的)?(地址|住址|住在)(是)?(哪|什么)",
    "贵(公司|单位)",
    # 名字、地址、电话，快点 / 把地址电话报过来 (however rudely: that is no_rudeness's business)
    "(名字|姓名|称呼)(地址|住址|电话|手机)",
    "把.{0,6}(姓名|名字|电话|手机|联系方式|地址|门牌).{0,3}(报|说|告诉|留|发)",
    # 地址电话报一下
    "(姓名|名字|电话|手机|联系方式|地址)(报|说)(一下|下)",
    # 麻烦您再确认一下姓名和电话 / 请问您的电话和订单号是
    "(确认|提供)(一下)?(您|你)?(的)?(姓名|名字|称呼|电话|手机|联系方式)(和|跟)(姓名|名字|电话|手机|联系方式|地址)",
    "(您|你)的?(电话|手机|联系电话|联系方式)(和|跟)(订单号|地址|姓名|名字|卡号|账号|身份证号|门牌号?|车牌号?)(是|呢|多少)",
    # the number or the address asked for again: 号码我没记全，麻烦您再慢一点说一遍 / 门牌号我这边没听清…麻烦您再说一遍
    "(号码|电话|手机|地址|门牌号?)(我)?(这边)?(没|没有)(记全|听清|记清|记下|听到|听全)(楚)?.{0,10}(您|你)(再)?(慢)?(一点|点)?(再)?"
    "(说|报|念)(一遍|一下|一次)",
)
ASK_IDENTITY_WEAK = ("电话", "手机", "联系方式", "=号码", "姓名", "名字", "单位", "称呼")

ASK_NUMBER = ("电话", "手机", "号码", "联系方式", "多少")
"""A question that makes the caller's next bare number their contact number."""

CALLER_CONFIRMS = ("对", "没错", "是的", "正确", "就是这些", "没问题", "嗯")
"""The caller's answer to a read-back that confirms it."""

CONFIRM = (
    "复述",
    "确认一下",
    "核对一下",
    "(跟|和|给|向)(您|你)(确认|核对|重复)",
    "(您|你)是说",
    "也就是说",
    "重复一(下|遍)",
    "对吗",
    "=是吗",
    "对吧",
    "没错吧",
    "是这样吗",
    "对不对",
    "没错吗",
    "是不是",
    "没(记|理解|听|说)错",
    "=是吧",
    "念一遍",
)

APOLOGY = (
    "抱歉",
    "对不起",
    "不好意思",
    "道(个|声)?歉",
    "对不住",
    "=歉意",
    "=致歉",
    "给您添麻烦",
    "给您带来",
    "原谅",
    "过意不去",
    "包涵",
)
APOLOGY_STRONG = (
    "非常",
    "十分",
    "=实在",
    "真的",
    "真是",
    "太",
    "深表",
    "向(您|你)",
    "代表",
    "万分",
    "特别",
)
EXPERIENCE = (
    "给(您|你)",
    "让(您|你)",
    "带来",
    "造成",
    "添",
    "=失误",
    "不便",
    "麻烦",
    "体验",
    "遭遇",
    "损失",
    "不愉快",
    "困扰",
    "疏忽",
    "=责任",
    "我们的",
    "=是我们",
    "这样的事",
    "这种事",
    "原谅",
    "过意不去",
    "包涵",
    "没有按时",
    "弄错",
    "做得不好",
    # what anyone in the caller's place feels: 这事儿搁谁身上都闹心
    "搁谁",
    "换(了)?谁",
    "闹心",
    "糟心",
    "窝火",
    "心疼",
    "=(还要|还得|让您|让你)(操|费)心",
    "=受气",
    # 您带着孩子还来回跑了三趟，太辛苦了
    "(来回|白)跑",
    "跑了(好几|几|[一二两三四五六七八九十])(趟|回)",
    "(让人|叫人|谁都)?(生气|气人|窝心)",
    # 让您等了这么久还没人回复…太不应该了: the company's fault owned
    "(太|很|真|实在)不应该",
    "=没人(理|管|回复)",
)
_EXPERIENCE_NAMED = tuple(p for p in EXPERIENCE if p not in ("给(您|你)", "让(您|你)")) + (
    "委屈",
    "(划|弄|搞|摔|碰|刮|踩|烫|泡|裂|塌|漏)(坏|花|断|成这样|成两半)",
)
APOLOGY_OTHER = (
    # a wait on the line (not 让您白等了这么多天 / 等了两个小时 / 等了一上午: hours and days at the
    # counter or at home, without the service, are what happened)
    "在线上",
    "(电话|热线)(才|终于)?(打进来|打通|接通)",
    "让(您|你)(在线上)?等(?!.{0,4}(多天|几天|[0-9一二两三四五六七八九十]天|星期|礼拜|周|个月|小时|钟头|上午|下午|一天|整天))",
    "(?<!白)(?<!场干)(?<!院干)(?<!口干)(?<!家干)(?<!站干)(?<!边干)等(了|这么|这|好|半天|待|候)(?!.{0,5}(多天|几天|[0-9一二两三四五六七八九十]天|星期|礼拜|周|个月|小时|钟头|上午|下午|一天|整天))",
    "没听见",
    "听不(太)?清",
    "回答不了",
    "答复不了",
    "=插(一)?(句|下|话|嘴)",
    "插个",
    "打岔",
    "暂停",
    "信号",
    "线路",
    "杂音",
    "大点声",
    "大声",
    "再说",
    # 麻烦您重复一下 (not 重复扣款: what happened)
    "重复(一)?(遍|下|一下|您|你|刚才)",
    "(您|你)(再)?重复",
    "说一遍",
    "太小",
    "=久等",
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
    "=理解",
    "明白(您|你)的(心情|感受|意思)",
    "=(着急|生气|气愤|心情|感受|委屈|不满|担心)",
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
    "(上午|下午|晚上|中午)",
)
RETURN_TIME = (
    "上午",
    "下午",
    "晚上",
    "中午",
    "明天",
    "后天",
    "=(?<![晚早快慢多少有大小])[0-9一二三四五六七八九十两]{1,3}点",
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
    "回(您|你)(?!家)",
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
    "=大点",
    "大一(点|些)",
    "声音大(一)?(些|点)",
    "再说",
    "再讲",
    "(?<!我)(再)?重复",
    "说一遍",
    "讲一遍",
    "说一次",
    "讲一次",
    "再说一下",
    "靠近",
    "换个",
    "慢一点",
    "慢点",
    "=响(一)?点",  # 侬讲得响一点好伐
    "(刚才|刚刚).{0,4}说(的是)?什么",
    "还在吗",
)
REPEAT_REASON = (
    "声音",
    "听不清",
    "听不大清",
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
    "出门",
    "开会",
    # 去园区开协调会了
    "开.{1,3}会(了|去了)",
    "出差",
    "走开",
    "离开",
    "在忙",
    "正忙",
    "不方便接",
    "没在",
    "不在座位",
    "在外面",
    "下班(了)?",
    # at work elsewhere: 陈医生正在看诊 / 李老师在上课 / 刘工在工地
    "(看|接|坐)诊",
    "(做|上)手术",
    # 孙主任正在手术 / 正在手术室忙一台手术 / 在抢救 / 在门诊 / 去会诊了
    "(正在|在)(做)?手术",
    "手术(中|室|台)",
    "(出|会)诊",
    "抢救",
    "在(门诊|病房|柜台|网点)",
    "接不了(电话)?",
    "查房",
    "(在)?上课",
    "在(工地|现场|车间)",
    "会议",
    "会客",
    "拜访",
    "见客户",
    "接待",
    "走不开",
    "(脱|抽)不开身",
    "休息",
    "休假",
    "培训",
    "通话中",
    "占线",
    "(去|在)(了)?(客户|现场|分公司|外地|工地)",
    "进公司",
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
    "回来",
)
OFFER = (
    "留言",
    "留个言",
    "=(?<![他她])留(个)?话",
    "转告",
    "转达",
    "带(个)?话",
    "捎(个)?话",
    "代劳",
    "代为",
    "(替|代)(他|她)",
    "帮(您|你)(留|转|记|带|传|处理|看看|联系)",
    "有什么(事|话|需要|可以)",
    "其他(同事|人)",
    "别的同事",
    "跟我(说|讲)",
    "帮上忙",
    "(让|请|叫)(他|她).{0,4}(回|联系|打)",
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

# telecom 工信部/12300, energy 12398, urban management 12319, finance 12378, health 卫健委/12320, transport 12328, civil aviation 12326,
# post 12305, tax 12366, labour 12333, prices 12358, environment 12369, tourism 12301, food and drugs
# 12331, quality 12365, the central bank 12363; named before any caller of that trade names them
_REGULATOR = (
    "(工信部|工业和信息化部|通信管理局|通管局|金融监管(局|总局)?|银保监(会|局)?|银监(会|局)?|保监(会|局)?|证监(会|局)?|"
    "人民银行|央行|能源局|监管局|消保委|消费者权益保护|能源监管|电力监管|水务局|城管(局)?|卫健委|卫生健康委|卫生局|医调委|医疗纠纷调解|药监局|交通(运输)?局|运管(所|局)?|民航局|"
    "邮政管理局|邮管局|教育局|税务局|人社局|劳动局|劳动仲裁|物价局|发改委|文旅局|旅游局|环保局|质监局|信访(办|局)?|"
    # a government hotline's own: the discipline commission and the city's leaders (找市领导 / 去纪委)
    "纪委|纪检(委)?|监委|监察委|巡视组|督查(室|组)|(市|区|县|省)(领导|长|政府|委)|政府|"
    "(?<![0-9])123(00|78|20|28|26|05|66|33|58|69|01|31|65|63|98|19)(?![0-9])|"
    "(?<![一二三四五六七八九零幺])(幺|一)二三(零零|七八|二零|二八|二六|零五|六六|三三|五八|六九|零幺|零一|三幺|三一|六五|六三|九八|幺九|一九)"
    "(?![一二三四五六七八九零幺]))"
)
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
    "=记者",
    "电视台",
    "报社",
    "=(找|上|登|捅到|捅给|去|打给|联系|告诉|发给)(.{0,4})(晚报|日报|早报|都市报|商报)",
    "(晚报|日报|早报|都市报|商报)(的)?(记者|曝光|登)",
    "报纸",
    "微博",
    "抖音",
    "发到网上",
    "小红书",
    "热搜",
    "自媒体",
    "(发|放|挂|曝光)到网上",
    "网上(曝光|说)",
    "上网曝光",
    "工商",
    "市场监管",
    "监管部门",
    "法院",
    "起诉",
    # the citizens' hotline, asked to act on a complaint (12345 alone may be an order number)
    "=(要|就|再|去|会|马上|现在)(打|拨|找|上)(12345|幺二三四五|一二三四五)(?![0-9])",
    "(12345|幺二三四五|一二三四五)(投诉|热线|举报)",
    "(市长|政务|便民)热线",
    # 地板钱得你们出 / 钱你们出 / 抛光的钱学校得出: the money demanded from the company
    "=(钱|费|费用|损失)[^不]{0,2}(得|要|必须|该|就)?(由)?(你们|学校|公司|物业|店里|你们店)[^不还]{0,3}出(?!具|还是)",
    "=误工费(你们)?(得|要|必须)",
    "钱退(给)?我",
    # 这次你们必须减免月租 (a fee waived is compensation)
    "减免",
    "=(必须|得|要|给我)(给我)?(免|减)(掉|了|一个月|月租|费|违约金)",
    # 这个月车位费你们得退给我 / 多收的得退 (a refund demanded)
    "=(得|要|必须|该)退(给我|钱|费)?(?![出货回])",
    # the district and the housing authority: 找街道、找住建局
    "住建(局|委)",
    "房管局",
    "=找街道",
    # each trade's regulator and its national complaint line, as the place the caller will complain to
    # (我是教育局的老师 / 人民银行旁边 / 门牌号12378 are none)
    # (我之前找监管局问过 asked there)
    "=(投诉|举报|反映|告|找|打|拨|上|(发|写信|寄|递|交|报|捅|闹)(给|到))(到|给)?(电话)?(你们|他们)?"
    + _REGULATOR
    + "(?!.{0,4}(问过|问了|咨询|了解过|上班|工作|办事))",
    # 不然我去卫健委 (去人社局补办 / 到税务局对面 go there on business)
    "=(去|到)"
    + _REGULATOR
    + "(?!.{0,4}(办|补|上班|工作|旁边|对面|附近|门口|宿舍|退休|开会|看看|的))",
    "=" + _REGULATOR + "(那里|那儿|那边)?(去)?(投诉|举报|反映|告|评理|说理|讨说法|曝光)",
    "告(你们|你)",
    "律师",
    "打官司",
)
# a surname may stand before the title: 交给张主管
_BOSS = (
    "(公司|部门|我们|的|值班|客服|投诉|物业|售后|项目)*"
    + _SURNAME
    + "?(主管|经理|领导|上级|负责人|组长|值班长|班长|主任|店长|站长|所长|院长|校长|厂长|投诉专员|投诉处理(部门|中心)?|高级客服)"
)
ESCALATE = (
    "(上报|转报|汇报|报告|报给|反映|转交|转给|转到|交给|提交|升级|转接|反馈|请示|通知|联系|找|让|请|转达|转)(给|到)?(一下)?"
    + _BOSS,
    "(向|跟|和|给)" + _BOSS + "(汇报|请示|反映|报告|申请|说明|报|说)",
    "由" + _BOSS,
    _BOSS
    + "(会|将|来|马上|亲自|尽快|直接)*(跟进|处理|联系|介入|回电|回复|给(您|你)|打|协调|决定|沟通|对接)",
    # 主管今天下午四点前给您回电 (a time in between; 主管不在，没法给您答复 is none)
    _BOSS + "(?!.{0,8}(不|没))" + ".{0,8}给(您|你)(回电|答复|回复|打电话)",
    _BOSS + ".{0,30}(?<!不)(报给|转给|交给|反映给|汇报给|发给|报到)(他|她)(?!(也)?没用)",
    "升级(处理|工单)",
    "(就|马上|现在|立刻|立即)报" + _BOSS,
    "=我.{0,12}(报|递|提)上去",
    "给(您|你)升级",
    "上报",
)
SUPERVISOR = ("主管", "经理", "领导", "上级", "负责人", "组长", "班长", "上报", "升级")

FURTHER_HELP = (
    "还有(什么|其他|其它|别的|没有)(.{0,4})(需要|问题|事|可以|要|帮)",
    "还(有|需要)(什么|其他|其它|别的)?(帮助|帮忙|需要)",
    "(其他|其它|别的)(问题|需要|事情|事|疑问)(吗|么|没有)",
    "还有(什么|其他|其它|别的)?(问题|事情|事)(吗|么)",
    "还有(什么|其他|其它|别的)?(需要|要)(我)?(帮|为|处理)",
    "还有什么",
    "还(有|要|需要).{0,6}(其他|其它|别的)",
    "还(需要|要)(我)?(帮(您|你))?(做|查|办)?(点)?(什么|别的)",
    "(其他|其它|别的)的(吗|么|服务|需求)",
    "还能为(您|你)做",
    "还有哪里需要",
)
# The caller saying they are done (没了，谢谢啊 / 那没别的事我就先挂了): the trainee's next turn is the
# one to thank and say goodbye in.
CALLER_DONE = (
    "=^(好|好的|行|嗯|哦|对|那|没事)*没(有)?(了|啦|事了|事啦|别的|其他|其它)",
    "=先挂",
    "=^(好|好的|行|嗯|那)*(那就|就)这样(吧)?$",
)
# The trainee ending the call in so many words (行，那就这样): they had the turn to close.
TRAINEE_CLOSES = ("=^(行|好|好的|嗯|那)*(那就|就)这样",)
# The caller agreeing to wait longer (行 / 好吧 / 可以).
AGREES = ("=^(好|好的|行|行吧|可以|嗯|没问题|那好|好吧|成|那行|没事|没关系|我(再)?等(等|一下)?)+$",)
THANKS = ("谢谢", "感谢", "多谢")
GOODBYE = (
    "=再见",
    "=(在见|再间|在间|再建)(了|啦|啊|哈)?$",  # the recogniser's homophones, closing the call
    "回见",
    "慢走",
    "晚安",
    "祝(您|你).{0,8}(愉快|顺利|开心|快乐|健康|康复|好运|美好|一天)",
    "回头见",
    "(您|你)(请)?先挂",
    "不打扰(您|你)?了",
    "=再联系",
)

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
HOLD_LENGTH = ("<N>{1,3}(来)?(分钟|分|秒|秒钟)", "半分钟")  # 三十来秒
HOLD_THANKS = (
    "(一直|耐心|耐着性子)(地)?等",
    "(谢谢|感谢|多谢)(您|你)(这么|的)?耐心",
    "耐心等待",
    "(感谢|谢谢|多谢)(您|你)?(的)?(耐心|久)?(等|等待|等候|候|侯)",
    "(感谢|谢谢)(您|你)的?耐心",
    "(感谢|谢谢|多谢)(您|你)(的)?稍等(?!一下)",
    # 让您等了，谢谢: the apology for the wait followed by thanks for it
    "让(您|你)(久)?等了.{0,2}(谢谢|感谢|多谢)",
)
WAIT_APOLOGY = (
    "=久等",
    "久(侯|候)",
    "让(您|你)(在线上)?等",
    "等(了)?(这么|很|好)?(久|半天|一阵)",
    "(您|你)等(了)?(很久|这么久)",
    "才接",
    "=接(得|的)?(晚|迟)了",
    "没(能)?(及时)?接(听|电话)",
    "耽误(您|你)",
)

POLITE_INTERRUPT = (
    "打断",
    "=插(一)?(句|下)",  # literal: 查一下 sounds the same
    "=插个话",
    "=插话",
    "=插嘴",
    "打扰一下",
    "打(个)?岔",
    "(先)?(暂停|停)一下",
    "让我说",
    "请听我(讲|说)",
)
BACKCHANNEL = re.compile(
    r"^(嗯|恩|哦|噢|喔|好|好的|是|是的|对|对对|明白|了解|行|唔|啊|嗯嗯|好好|对的|收到|在听|我在听"
    r"|您说|你说|请讲|请说|您请讲|您接着说|接着说|您继续说)+$"
)


def any_sound(text: str, patterns: tuple[str, ...]) -> bool:
    return sounds(text, *patterns)


def is_backchannel(text: str) -> bool:
    stripped = re.sub(r"[，,。.！!？?、…~\s]", "", text)
    return bool(BACKCHANNEL.match(stripped))


def apology_for_experience(text: str) -> bool:
    """An apology for what happened to the caller, not a softener in front of a request, nor one for
    waiting, interrupting or a bad line: 非常抱歉给您带来不便 / 是我们的失误，对不起 / 实在对不起."""
    if not any_sound(text, APOLOGY):
        return False
    parts = clauses(text) or [text]
    # an apology and what it is for, in one clause or the next: 非常抱歉，这是我们的失误
    spans = parts + ["，".join(parts[i : i + 2]) for i in range(len(parts) - 1)]
    for c in spans:
        if any_sound(c, APOLOGY) and any_sound(c, EXPERIENCE) and not any_sound(c, APOLOGY_OTHER):
            return True
    # 真是对不起，让您等了这么久，地板又被弄坏，给您添了双重的堵: one apology for the wait and for
    # what happened, the latter a few clauses on (a plain 给您/让您 there is no experience: 给您查到了)
    for i, c in enumerate(parts):
        if sounds(c, "对不起", "抱歉", "对不住", "道(个|声)?歉") and not any_sound(
            c, APOLOGY_OTHER
        ):
            for later in parts[i : i + 4]:
                if (
                    any_sound(later, _EXPERIENCE_NAMED)
                    and not any_sound(later, APOLOGY_OTHER)
                    and not said(later, "哪|什么|几|吗|是不是")
                ):
                    return True
    # 对不起，是我插话了……您空腹跑了两趟还没拿到结果，真的非常抱歉: a strong apology with no wait,
    # line or interruption beside it is for what happened
    # (好的，真的非常抱歉，我再跟您确认一下地址 softens a request: what it follows must be a statement)
    # 真的很抱歉，停电没有通知到您: or, first, what it goes on to. A wait, line or interruption later
    # on with no apology of its own beside it is what the apology was for (真的非常抱歉，我先看一下
    # 记录……让您久等了); the agent's own doing (我这边刚接手) is no experience of the caller's.
    for i, c in enumerate(parts):
        if i == 0 and len(parts) == 1:
            break
        said_of = parts[i - 1] if i else parts[1]
        later = [
            k
            for k in range(i + 1, len(parts))
            if any_sound(parts[k], APOLOGY_OTHER)
            and not any(any_sound(n, APOLOGY) for n in parts[k - 1 : k + 2] if n is not c)
        ]
        if (
            any_sound(c, APOLOGY)
            and any_sound(c, APOLOGY_STRONG)
            and sum(map(is_han, said_of)) >= 6
            and not said(said_of, "^我|哪|什么|几|吗|是不是|请|麻烦|确认|稍等|查")
            and not any(any_sound(n, APOLOGY_OTHER) for n in parts[max(0, i - 1) : i + 3])
            and not later
        ):
            return True
    if any_sound(text, APOLOGY_OTHER):
        return False
    return any(
        any_sound(c, APOLOGY) and any_sound(c, APOLOGY_STRONG) for c in clauses(text) or [text]
    ) or any(any_sound(c, EXPERIENCE) for c in clauses(text) if not any_sound(c, APOLOGY))


def has_time_frame(text: str) -> bool:
    return any_sound(text, TIME_FRAME)


def time_frames(text: str) -> list[str]:
    """Every time frame said in the text, as sound strings (zhe zhou yi …)."""
    s = sound(text)
    return [m.group(0) for p in TIME_FRAME for m in pattern(p).finditer(s)]


def greets(text: str) -> bool:
    """您好 standing alone before a pause is a greeting whatever follows (您好，九号客服 sounds like 您好久);
    run on, the words of GREETING decide (您好像打错了)."""
    return bool(re.search(r"(?<!祝)[您你]好(?=[，,。.！!？?；;~～\s])", text)) or any_sound(
        text, GREETING
    )


def gives_work_id(text: str) -> bool:
    return any_sound(text, WORK_ID)


# --- forbidden wording ----------------------------------------------------------------------------
#
# Cues are read literally (`said`), never by sound: a homophone must not turn an innocent sentence
# into a violation (经理知悉 sounds like 离职). Three kinds per rule:
#   ALWAYS  — a violation in any context (你有什么事就说嘛, 你问别人吧): strong;
#   UNSOFT  — a violation unless the sentence is softened (apology, offer, please, a question…): strong;
#   WEAK    — could be innocent: fails only when the NLU recognised the act too, and never when softened.

# Words that make a sentence polite, helpful or an explanation rather than a brush-off (by sound).
SOFTENERS = (
    "不好意思",
    "抱歉",
    "对不起",
    "请",
    "麻烦",
    "帮(您|你)",
    "为(您|你)",
    "给(您|你)(答复|回复|回电|打电话|联系)",
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
    "答复",
    "工作日",
)
FILLERS = re.compile(r"[这那个我他她也都就真是啊呀吧呢哦嘛了的们还人现在经理主任总老师先生嗯喂]")


@dataclass(frozen=True)
class Flag:
    rule: str
    strength: str  # "strong" | "weak"
    why: str  # Chinese, for the note
    sure: bool = False  # an ALWAYS cue: the wording is this violation in any context
    overruled: bool = False  # another rule's wording in the sentence is sure, this one's is not


def _whole(text: str) -> str:
    return re.sub(r"[，,。.！!？?；;：:、…~～\s]", "", mandarin(text))


def _bare(text: str, cue: str) -> bool:
    """Nothing but the cue and filler words (他不在啊 / 不知道 / 这个我也不知道 / 不在不在)."""
    rest = FILLERS.sub("", _whole(text).replace(cue, ""))
    return len(rest) <= 1


@lru_cache(maxsize=4096)
def _regex(p: str) -> re.Pattern[str]:
    return re.compile(mandarin_pattern(p))


def said(text: str, *patterns: str) -> bool:
    """Literal wording (punctuation ignored), as regular expressions."""
    raw = _whole(text)
    return any(_regex(p).search(raw) for p in patterns)


# A rhetorical question reproaches; its 吗 is no question (您这信号也好意思打电话吗 / 至于发火吗).
RHETORICAL = (
    "至于(吗|嘛|这么|那么|发.{0,3}火|生气|动气)",
    "(也|还)好意思",
    "难道",
    "不会(自己)?.{0,8}(吗|啊)",
    "连.{0,8}都(不|没)",
    "谁.{0,2}(记|听|看|懂)得(住|懂|清|见|明白)",
    "故意",
    "能怪.{0,8}(吗|么)",
    "没看(吗|么)",
)


def _soft(text: str) -> bool:
    if said(text, *RHETORICAL):
        text = text.replace("吗", "")
    return sounds(text, *SOFTENERS)


def _kinds(text: str, rule: str, why: str, always=(), unsoft=(), weak=(), soft=None) -> list[Flag]:
    soft = _soft(text) if soft is None else soft
    if always and said(text, *always):
        return [Flag(rule, "strong", why, sure=True)]
    if not soft and unsoft and said(text, *unsoft):
        return [Flag(rule, "strong", why)]
    if not soft and weak and said(text, *weak):
        return [Flag(rule, "weak", why)]
    return []


# 您都说了三遍了 counts the caller's repeats, in sympathy (跟您说了三遍 is the trainee's own)
_NOT_THE_CALLERS_REPEATS = "(?<!(?<![跟给对和向])您都)(?<!(?<![跟给对和向])您)"
# a refusal that goes on with another way (不过可以帮您留言 / 麻烦您简单说一下好吗) is no refusal
_NO_WAY_OFFERED = "(?!.{0,24}(不过|但是|可以(帮|给)|麻烦|好吗|吗|都能|都行))"
RUDE_ALWAYS = (
    # the caller's speech reproached: 您说普通话行不行？这么说谁听得懂 (您能说普通话吗？我听方言有点吃力
    # asks)
    "(说|讲)(个)?(标准|普通话)(点|一点)?(行不行|成不成|会不会)",
    # sent off to find a quieter place, with a reproach: 你找个安静点的地方再打吧，大马路上嚷嚷谁听得清 /
    # 先找个安静地方再打过来，别浪费大家时间 (找个信号好的地方再打？我这一天几百个电话呢 is impatience)
    "找个.{0,8}(地方|位置)(再)?(打|说|来)(过来)?.{0,16}(谁(.)?听得(清|见|懂)|(浪费|耽误)(大家|我|别人)(的)?时间|嚷)",
    "就(直)?说嘛",
    "想问(啥|什么)就(直)?说",
    # the caller's phone blamed with contempt: 什么破信号 / 你自己找个信号好的地方再说
    "(破|烂)(信号|手机|电话)",
    # blame put to the caller as a question: 会不会是您自己搬家具的时候划的呀 / 是不是装修完就没开过窗
    "(会不会|是不是|该不会)(是)?(您|你)(们)?(自己|家里|家人)",
    "(您|你)(家)?是不是.{0,8}(就)?(没|不)(开|关(?!系)|注意|看|管|通风|保养)",
    # 那墙不裂才怪 / 您家地板是金子做的吗 / 您家是不住人吗
    "不.{1,4}才怪",
    "金子做的",
    "镶(了)?金",
    "不住人",
    # 这么简单的事您还听不明白 / 我刚才说的您没听懂吗
    "这么简单的.{0,4}(都|还)(不|听不|没|搞不)",
    "(您|你)(还|都)?没听(懂|明白)",
    "(签|买|装|收|验收)的时候(没|不)(看|注意|问|检查)",
    "(签|签收|买|装|收|收货|验收)的时候(怎么|咋|为啥|为什么)(没|不)(当面)?(拆开)?(看|注意|问|检查|提|说)",
    # 您早干嘛去了 / 那当初别让人进门不就得了 / 您家地板这么金贵啊
    "早干(嘛|吗|什么|啥)(去)?了",
    "(当初|早)(就)?(别|不).{1,8}不就(得|行|好|完)了",
    "这么金贵",
    # blame given as advice: 给您提个醒，下回您自己最好先铺一层保护膜 / 像您这样不约就直接打过来
    "下(回|次)可别乱",
    "像(您|你)这样(不约|不预约|随便|乱)",
    "(您|你)这样(咱俩|咱们|大家|我们)都费劲",
    # 别嚷嚷，嚷嚷解决不了问题 / 您这普通话，我听着跟外语似的 / 多半是您家自己太潮了
    "(嚷|吵|喊|骂)(嚷|吵)?(也|都)?解决不了",
    "(?<!我)(?<!我的)普通话.{0,10}(外语|听不懂)",
    "跟外语(似的|一样)",
    "(多半|八成|准|肯定)是(您|你)(们)?(家)?自己(?!的)",
    "是不是(您|你)?(们)?(家里人|家人)(自己)?",
    # a rhetorical "can't you just…": 您这么急不会直接打他手机啊
    "不会(自己|直接)(打|去|看|问|查)[^，。,.]{0,8}(啊|吗)",
    "有(什么|啥)?事(就)?(快|直)?说(嘛|呗)",
    "有话快说",
    "有事快说",
    "有事就快说",
    "有事说事",
    "要(干嘛|说)就(直)?说",
    "不会给(你|您)(接|转)",
    "(不报|不说|不肯说|连)(清楚)?(是)?(哪个|哪家)?(名字|姓名|单位).{0,10}(不给|不转|别|还想|一律|没法)",
    # 你不先说你是哪个单位的，我可没法帮你找人
    "不先(说|报).{0,10}(单位|名字|姓名).{0,12}(没法|不给|不转|不帮)",
    "一律不转",
    "报上名来",
    "先把名字报上来",
    "先报名字",
    "(?<!请问)你(是)?谁啊",
    "凭什么告诉你",
    # 你连哪家的都不报，我凭什么帮你找人
    "我凭什么(帮|给|替)(你|您)",
    # contempt for what the caller asks: 就这点钱还请律师，您也太小气了吧
    "(您|你)(也)?(太|真)(小气|抠门|抠|矫情|娇气)",
    "就这点(钱|事)(儿)?(还|也)(要|请|值得|至于|找)(?!.{0,24}(不好意思|抱歉|对不起|麻烦|添))",
    # the caller's call itself reproached: 你骑着车打什么电话啊 / 下这么大雨你跑出去打什么电话
    "(你|您).{0,6}(骑着|开着|跑出去|边走边)(车)?(还)?打什么电话(?!.{0,3}(都|能|呢|就|对|直接|号码))",
    # 你在隧道里打什么电话，出了隧道再打嘛 / 你在食堂里打什么电话，出去了再打
    "(你|您)(在|跑到).{1,6}(里|上|边|中|那么吵|这么吵)(还)?打什么电话"
    "(?!.{0,6}(都|能|呢|就|对|直接|号码|求助|方便|比较|呀|太贵|注意|操心|先))",
    # 地址是您自己填的，填错了怪谁呀 (卡丢了不怪谁 / 别怪谁了 console)
    "(错|丢|坏|晚|漏)了(?:(?!不|别).){0,2}怪谁",
    # 您买的时候自己不看日期，现在来问赔不赔
    "(的时候|当时)自己(不|没)(看|注意|检查|问).{0,8}现在(又|才)?来问",
    # 您自己改装过的车还想保修？改了就别指望厂家买单
    "(您|你)自己.{1,6}(过|了)的.{0,4}还想(保修|退|赔|免费|让)(?!.{0,8}的话)(?!.{0,16}我(帮|这边|给))",
    "就别指望.{0,4}(买单|赔|负责|管|退|保修)(?!.{0,12}(我们|我|帮))",
    # 你连自己是哪个单位的都不讲，我怎么帮你找人
    "(你|您)连.{0,10}都不(说|报|讲|告诉).{0,10}(我|我们)(这边)?(怎么|上哪|咋|凭什么)(儿)?(给|帮|替)?(你|您)?(找|转|接)",
    # 你冲我吼有什么用 / 您自己找人乱改管子，漏了还想让我们出钱
    "(你|您)冲我(吼|嚷|喊|叫|凶|发火|发脾气)(有(什么|啥)用|什么(?!的)|干(嘛|什么))",
    # (燃气表您自己千万不要乱动 is safety advice; 您还想让我们赔偿哪些损失 collects the demand)
    "(您|你)(们)?自己(找人)?(乱|瞎)(改|弄|装|接|拆|动|搞|修)",
    "(您|你)(们)?自己.{0,6}(乱|瞎)(改|弄|装|接|拆|动|搞|修)(的|了)",
    "(?<!您)(?<!你)还想让(我们|公司|我)(出钱|赔|负责|承担|买单)(?!.{0,2}(吗|呢|哪|什么|是吗|对吧))"
    "(?!.{0,10}我(帮|都|给|这))",
    "没义务",
    "听不懂(吗|啊|人话|中国话)",
    "(怪|赖)(你|您)(们)?自己",
    "(赖|怪到)我们",
    "(你|您)(们)?自己的问题",
    "自己的问题还",
    "是(你|您)(们)?自己(的|没|不|弄|搞|摔|操作)",
    "(你|您)(们)?自己(弄|搞|摔|操作|用)(坏|错)",
    "谁让(你|您)",
    "有病(吧|啊)",
    "神经病",
    "脑子(有问题|进水|坏)",
    "(喊|吼|嚷|吵)什么(?!吗)",
    "叫什么叫",
    "闭嘴",
    "闭上嘴",
    "爱找谁找谁",
    "别废话",
    "少废话",
    "废话少说",
    "少跟我来",
    "(你|您)懂不懂",
    "这么笨",
    "没长眼",
    "不讲理",
    "讲点道理",
    "(你|您)(们)?自己(不|没)(看|注意|小心)",
    # 合同上写得清清楚楚，你自己签字的时候不看吗 (a reproach put as a question)
    "(你|您)(们)?自己.{1,8}(的时候|时)?(都)?(不|没)(看|读|问|注意)(清楚)?(一下)?(的)?(吗|么|啊|呀|呢)"
    "(?!.{0,8}(没关系|不要紧|我(给|帮|来)))",
    "自己不会看",
    "找茬",
    "有本事你",
    "你算老几",
    "欠收拾",
    "嘴巴放干净",
    "无理取闹",
    "胡搅蛮缠",
    "吓唬谁",
    "还要我教",
    "冲我发.{0,2}火",
    "发脾气有什么用",
    "关你什么事",
    "打听那么多",
    "不会用就别",
    "第一天用",
    # reproaching the caller's gall or intent: 这信号也好意思打客服电话 / 你是不是故意捣乱
    "(也|还)好意思(打|说|来|问|找|投诉|要)",
    "(你|您).{0,10}捣乱",
    "故意.{0,6}(找茬|找事|刁难|为难|闹事|添乱|整我)",
    # a command to stop asking: 你先别问那么多
    "别(问|管|打听)(那么|这么)多",
    "说了你也不懂",
    "跟你这种人",
    "这种客户我见多",
    "爱听不听",
    "不说我(就)?挂",
    "别打岔",
    "你给我(听好|安静|闭嘴|记住)",
    "(搞|说)清楚(了)?再(打|来)",
    # calling without having thought it through: 自己都没想清楚就打电话过来
    "没(想|弄|搞|问|说)(清楚|明白|好)就(打|来)",
    # mocking the caller's competence: 你到底会不会打电话啊
    "(你|您)(到底)?会不会(打电话|说话|讲话|用)",
    "爱去哪投诉",
    "这么简单的事都不会",
    "别跟我(嚷|吵|喊)",
    "别吵吵",
    # the caller's line blamed as a question: 就不能找个安静点的地方再打过来 / 您就不会找个信号好点的地方
    # (not 您看能不能找个安静点的地方…好吗)
    "(?<!能)不(能|会|知道)(自己)?找个.{0,8}(地方|位置|信号)",
    "插什么嘴",
    # 你别一直打电话来烦
    "(别|不要)(一直|老|总|再)?(打电话)?来烦",
    "(别|不要).{0,4}烦(我|人)",
    "(一直|老|总|天天).{0,6}来烦",
    # 您家平时都不看的吗: neglect put to the caller as a question
    "(您|你)(家)?(平时|平常|自己)都不(看|管|注意|检查|打扫|保养)(的)?(吗|么)",
    # the caller mocked to a colleague within earshot: 小刘你听听，这位说话跟嘴里含着个枣似的 /
    # 哎老周，你听听，又来一个拿地板说事想多要钱的 (a colleague is named 老周/小刘)
    "(老|小)" + _SURNAME + "(你)?(听听|瞧瞧)",
    "嘴里含着",
    # blame by experience: 十个有八个是业主自己弄的 / 是不是又躲电梯里打电话了
    "十(个|家)(里)?(有)?[五六七八九]个?(都)?是(业主|客户|用户|你们|您们)自己",
    "是不是又(躲|钻|跑)(到|在)?.{0,6}打(电话)?",
    # 您别在马路边上打电话嘛 (not 别在开车的时候打电话，注意安全 / 别在意，我们稍后给您打电话)
    "别在.{1,6}(边|里|上|旁|口|外)(上)?打电话",
    # blame as a friendly reminder: 您当时要是在家，工人也不敢那么拖柜子 / 这种一般不能全算在施工头上的
    "(您|你)当时要是.{0,10}(工人|师傅|他们)(也|就)?不敢",
    "(这种|一般)(也)?不能(全|都)?算在(施工|我们|师傅|工人|公司).{0,4}(头上|身上)",
    # blame in a technical explanation: 这种都是您自己用的问题，不能什么都找售后
    "(都|就|肯定)是(您|你)(们)?自己(用|弄|搞|操作|使用)(的)?(问题|不当)",
    "(?<!说)不能什么都找(售后|我们|客服|厂家)",
    # 004 §8A 你不报姓名，我是不会给你接转的: 你不先说你是谁，我没法帮你找人
    # (您不报姓名的话，我这边是不能给您转接到医生个人手机的，不过可以帮您留言 / 您不说也没关系 offer a way)
    "(你|您)不(先)?(报|说|讲|告诉)(?!.{0,12}(没关系|不要紧|没事|也行))(一下)?.{0,10}(我|我们)?(这边|这里)?(是)?"
    "(不会|没法|不能)(帮|给|替)(你|您)(找|转|接)" + _NO_WAY_OFFERED,
    # 你不先说你是哪儿的，我怎么给你找人
    "(你|您)不(先)?(报|说|讲|告诉)(?!.{0,12}(没关系|不要紧|没事|也行)).{0,10}(我|我们)(这边)?(怎么|上哪|咋)(儿)?"
    "(给|帮|替)?(你|您)?(找|转|接)" + _NO_WAY_OFFERED,
    "(您|你)(得|要|必须)(先)?(报|说|讲|告诉).{0,16}不然.{0,8}(是不会|没法|不能|不会)(帮|给|替)(你|您)"
    "(找|转|接)",
    # help made conditional on the caller obeying: 不报的话我这边是不帮您找人的
    "不(报|说|讲|告诉|留).{0,4}的话.{0,8}不(帮|给|替)(您|你)",
    # the fault passed on: 也不全是师傅的问题 (not 这不全是师傅的问题，是我们安排不周)
    "也不(全|都|完全)是(师傅|工人|施工队)的(问题|错|责任)(?!.{0,12}(我们|公司|管理|安排))",
    # the caller's phone blamed: 你那边信号烂成这样还打什么电话 / 您这手机也该换了
    "(您|你)(那边|那儿|这|的)?(手机)?信号.{0,3}(烂|差|破)成这样",
    "这样(了)?还打什么电话",
    "(您|你)(这|的)?(破)?(手机|电话)也该换了",
    # 没照片就别打电话问赔偿了 (not 您工作忙，就别再来电话了，师傅上门前会先跟您约时间)
    "没.{1,6}就别(再)?(打电话|打来|来电话)",
)
RUDE_UNSOFT = (
    # 先把电视关了再跟我说: a command (麻烦您把电视声音关小一点再说好吗 asks)
    "(先)?把(电视|音乐|收音机|声音).{0,3}(关|调小|关小).{0,4}再(说|打|跟我说)",
    # 你自己找个信号好的地方再打 (不好意思，您找个信号好的地方，不着急，再说一遍好吗 is a request)
    "(你|您)(自己)?(能不能)?(不)?找个信号好(点|一点)?的地方",
    # 这能怪我们听不清吗 / 合同上都写着呢
    "(这|那|还)?(能|要|该)怪(我们|我)",
    "怪(我们|我|公司)(干什么|干嘛|做什么)",
    "都写着(呢|了|的)",
    # 别什么都往我们身上推 / 你先别问费用的事，把地址电话报上来
    "往(我们|我|公司)身上推",
    # 您当时怎么不在家看着点呢 / 肯定是您家平时不通风搞的
    "(您|你)(们)?(当时|自己)?(怎么|为什么|咋)(不|没)(在|看|盯|注意|问|检查|早点|关|锁)",
    "(肯定|准|就)是(您|你)(家|们)?.{0,6}(搞|弄|造成|导致)的",
    "先别问",
    "报上来",
    "颠三倒四",
    "语无伦次",
    # the blame pushed back on the caller: 您家自己也没铺保护膜 / 这事也不能全怪我们
    "(也|可|总)?不能(全|都)?怪(我们|我|公司)",
    "自己(也)?没(有)?(做好|铺|装|贴|盖|注意|看好|关好|锁好|检查|保护|保管|看清)",
    # a reproach by "not even": 连自己是谁都不说
    "连.{0,8}都不(说|报|讲|肯|愿意|告诉)",
    # (您那边信号太差了，我先挂了，回头给您打过去 states it; 你那边信号这么差 blames)
    "你那(边|儿)?(的)?信号(这么|那么|太)(差|烂)",
    # a rhetorical denial that pushes the blame back: 又不是我划的 / 这又不是我们的错
    "又不是(我|我们)(弄|划|搞|干|做|碰|摔|整|造成|的|让|叫|害)",
    # 又不是我们拿锤子砸的
    "又不是(我们|我(?!们))(?!(用户|客户|业主|顾客|家))(.{1,6})(砸|弄|划|搞|碰|摔|撞|打|剪|挖)(的|坏|破|断|碎)",
    "又不是(我|我们)的(错|问题|责任|事)",
    # 治不治得好你问我？我又不是医生，问你们主治去 (the question thrown back)
    "(?<!说)(我|我们)又不是(医生|大夫|专家|律师|神仙|领导|经理|老板|算命的)",
    "(你|您)问我干(嘛|什么)(?!用)",
    "问我(有(什么|啥)用|(我|我又)(去)?问(谁|哪个|哪位))",
    # 你们买的房子质量不行，怪不到我们头上 / 您家当时也没让工人铺保护膜吧
    "怪不到(我们|我|公司)(头上)?",
    "(您|你)(家)?(当时)?(怎么)?(也)?没(让|叫|跟)(工人|师傅|他们).{0,4}(铺|盖|注意|保护|贴)",
    "(您|你)自己(也)?得(看着|盯着)",
    # 下回您可别在电梯里打了，害我白听半天 / 您当初验收的时候怎么不提？现在才来问
    "害(我|得我)白(听|等|忙|跑)",
    "现在才来(问|说|找|打|投诉)",
    # 现在划都划了才来找我们: blamed for coming late
    "(现在|了|您|你)才(来|想起来|想起)(找|告诉|通知)我们",
    "(怎么|咋|为什么|为啥)不(提醒|说|告诉|早说|先说)(一下)?(师傅|工人|我们)",
)
RUDE_WEAK = (
    "你(先)?别(说|吵|嚷)",
    "你(赶紧|快)(点)?(说|讲)",
    "你这人",
    "跟我们(有|没)(什么)?关系",
    "不是(我|我们)(弄|划|搞|干|做|碰|摔)(坏)?的",
)
# 吵什么吵 / 喊什么喊 / 问什么问: a verb doubled around 什么, closing its clause, is a reproach in
# any context ("您想问什么问题" is not: the clause goes on). 急什么/催什么 are impatience (below).
_SCOLD = re.compile(r"([吵嚷喊叫吼哭闹凶骂说问看笑怪嚎])(什么|啥)\1(啊|呀|嘛|呢|的|了)*$")


# 滚 told to the caller (滚蛋 / 你可以滚了 / 滚回家去), not a word with 滚 in it (滚筒洗衣机, 滚动, 水滚开,
# 滚轮, 别让它乱滚)
# 车从坡上滚下去 / 顺着楼梯滚下去: a path, something rolling
_ROLLED = re.compile(r"(从|往|顺着|沿着|一路).{0,6}滚")
# 您是说窗口人员叫您滚出去，对吧: the caller's complaint read back, someone else's words
_TOLD_TO_GO_BY_OTHERS = re.compile(
    r"(他|她|他们|人员|人家|师傅|司机|保安|窗口|那人|那个人|医生|护士|老师|经理|店员|工作人员)"
    r".{0,4}(叫|让|骂|喊|吼|说)(您|你)(们)?.{0,2}滚"
)
_GET_OUT = re.compile(
    r"(?<![水翻打乱能会在利])滚(?![筒动烫轮珠雪刷梯圆瓜床条压装边落利过起])(?!下来)"
)


def _rude(text: str) -> list[Flag]:
    if any(
        _GET_OUT.search(_whole(c))
        and not _ROLLED.search(_whole(c))
        and not _TOLD_TO_GO_BY_OTHERS.search(_whole(c))
        for c in clauses(text) or [text]
    ):
        return [Flag("no_rudeness", "strong", "无礼的话", sure=True)]
    for c in clauses(text) or [text]:
        m = _SCOLD.search(_whole(c))
        if m:
            return [Flag("no_rudeness", "strong", f"呵斥客户“{m.group(0)}”", sure=True)]
    return _kinds(
        text,
        "no_rudeness",
        "无礼、命令或指责客户的话",
        always=RUDE_ALWAYS,
        unsoft=RUDE_UNSOFT,
        weak=RUDE_WEAK,
    )


# 我说过了会帮您跟进 / 我已经说过了，主管会亲自给您回电: a promise repeated, not 我说过了要等通知
# "call again later" and "nothing offered after it" in the §8B brush-offs below
_CALL_AGAIN_LATER = (
    "(明天|改天|回头|过两天|下午|上午|晚上|晚点|晚些|等会(儿)?|一会(儿)?|过会(儿)?)再打(?!给)"
)
_NO_HELP_AFTER = "(?!.{0,12}(我也|我会|帮(您|你)))"
_PROMISE_REPEATED = "(?!.{0,10}(会|要)?(帮|给|替|为)(您|你)|一定|肯定)"
DISMISS_ALWAYS = (
    # refused, and sent elsewhere: 这个不归我们客服管，请您直接找施工队吧 / 电话里我们不答复的，您请
    # 直接去门店问吧 / 今天就不给您登记了，请您改天再打过来吧
    "不归(我|我们).{0,4}(管|负责).{0,8}(?<!帮)(?<!替)(您|你)(请)?(直接|自己)?(去)?找"
    "(?!.{0,24}(我(把|帮|给)|帮(您|你)))",
    # 听不清，你换个时间再打吧 / 建议您换个时间再打过来，感谢您的来电 (another place is impatience:
    # 换个地方; 下班 is 004 §8G; 麻烦您换个电话再打过来好吗 / 您方便的话晚点再打 ask, with or without
    # an apology)
    "听不(清|见|到)(?:(?!下班|麻烦|方便|能不能).){0,8}(你|您)?((换个时间|回头|改天|明天|晚点|过会(儿)?|找个座机|换个电话)"
    "再打(吧|呗)?|(换个时间|改天)打(吧|呗))(?!.{0,24}(我(给|帮|记|先)|帮(您|你)|回拨|给(您|你)回|24小时|号码还是|都有人|好吗|麻烦))",
    # 004 §8B 我已经说过了，明天再打来: 我昨天不是跟您说过了嘛，等通知……您明天再打来吧
    "((跟|和|给)(您|你)|我(已经|刚才|之前|都)?)(说|讲|解释|告诉(您|你))过(了)?(嘛|吗|哦)?.{0,20}(您|你)"
    "(明天|改天|回头|过两天)再打(来|过来)?(问问)?(吧|呗)" + _NO_HELP_AFTER,
    # 我都问您两遍了，等您信号好了明天再打来吧 (the §8B brush-off said with the times asked)
    _NOT_THE_CALLERS_REPEATS
    + "(说|讲|问)(了|过)?(您|你)?(好)?(两|三|几|多少)遍(了).{0,20}"
    + _CALL_AGAIN_LATER
    + "(?!.{0,30}(我(给|帮|记)|回拨|给(您|你)回))"
    + _NO_HELP_AFTER,
    # 刚才不是跟你讲过了嘛，网上报，别再打了
    "(说|讲|告诉)(过)?(你|您)?了(吗|嘛).{0,12}别(再)?打(了|来)(?!.{0,3}(那|这|诈骗|假|骗))",
    # 上午那个同事不是跟你讲了吗……明天再打来问 (someone else's word will do as well as one's own)
    "不是(跟|和|给)(您|你)(说|讲|解释)(过)?了(吗|嘛).{0,20}" + _CALL_AGAIN_LATER + _NO_HELP_AFTER,
    # refused, and told to look it up: 客服这边确实没法回答，建议您翻一下装修合同 (nothing offered)
    "(没法|无法|不能)(回答|答复|解答).{0,10}(建议|请)(您|你)(自己)?(去)?(翻|看|查)"
    "(?!.{0,30}(回电|回复|给(您|你)|打给|我也|我们|随时|短信))",
    "不(答复|回答|解答|受理)(的)?.{0,4}(您|你)(请)?(直接|自己)?(去|到).{1,6}(问|找|咨询|办)",
    "不给(您|你)(登记|办|处理|受理)了.{0,10}(?<!不用)(?<!用)再打",
    # the caller's trouble made light of: 至于发这么大火吗
    "至于(吗|嘛|这么|那么|发.{0,3}火|生气|动气)",
    # 您要去消协就去吧: the caller's complaint waved on
    "(消协|投诉|法院|12315).{0,3}就去(吧|呗)",
    # 我已经说过了 (without going on to say it again) whatever follows
    # (not 我说过了会帮您跟进: a promise repeated)
    "我(刚才|之前|早)?(已经|早就|都)?(跟(你|您))?(说|讲)过(一遍)?了(?!.{0,12}再.{0,8}(说|讲|重复|解释))"
    + _PROMISE_REPEATED,
    "(你|您)?(去)?问别人",
    "找别人(去|吧)",
    "你找别人",
    "不关我(的)?事",
    "别问我",
    "白问",
    "问不着我",
    # 我们这边就不帮忙转了哈，谢谢理解: the message refused, however politely
    "不帮(您|你)?(忙)?(转|带|传)(话|达|告)?了",
    # a policy quoted to refuse: 按规定电话这边是不受理的 / 公司有规定，客服不帮经理带话的
    "(?<!没有)(?<!没)(不|没法|不能)受理",
    "规定.{0,12}不(帮|给).{0,4}(带话|转话|传话|留言|转达|转告)",
    # 我们客服这边就不太方便介入了哈: a polite refusal to deal with it
    "不(太)?方便(介入|插手|插这个手)(?!.{0,20}(转给|报给|交给|上报|转交))",
    "我(刚才|之前)?已经(跟(你|您))?(说|讲)了(?!什么)(?!.{0,12}再.{0,3}(说|讲|重复|解释))",
    # 刚才不是告诉你了吗 (004 §8B 我已经说过了, put as a question)
    "不是(已经)?告诉(过)?(你|您)了(吗|么|嘛)",
    "我(刚才|之前|早)?(已经|早就|都)?告诉(过)?(你|您)了(?!.{0,12}再.{0,3}(说|讲|重复|解释))",
)
DISMISS_UNSOFT = (
    # 估抄就是系统出的数，我这改不了，您去营业厅问吧 (refused, and sent elsewhere, nothing offered)
    "(改不了|管不了|办不了|弄不了|定不了|查不了|处理不了).{0,6}(您|你)(自己)?(去|到|找).{1,8}(问|找|办|咨询)(吧|呗|去)"
    "(?!.{0,24}(我(把|帮|给|先)|帮(您|你)|电话|地址|(那边|那里)(可以|能|就能)))",
    "关我什么事",
    "跟我说(也)?没用",
    "没戏",
    "别(老|总|一直|再)问",
    "(你|您)自己去(看|查|找|问|联系)",
    "(你|您)(直接|自己)?找.{1,6}去(吧|呗)?$",
    "(你|您)(去)?问.{1,6}去(吧|呗)",
    "不归(我|我们).{0,4}(管|负责)",
    "不是(我|我们).{0,4}(管|负责)的",
    "我管不了",
    "(我们|客服|这边)(这边)?管不(着|了)",
    # 听不清，没法给您登记，您回头换个时间再打吧
    "没法(给(您|你))?(登记|办|处理|记).{0,12}再打",
    "(?<!反正)我(也)?管不着",
    "不归我管",
    "(我|这)(哪|怎么)知道(?!(他|她)?(在不在|在没在|去哪|到哪|去了哪|干什么去|回不回来))",
    "(跟|和)(我|我们)(客服)?(这边)?没(啥|什么|有)?关系",
    # 您这事估计他也顾不上 / 我们客服这边就不太方便介入了 / 查不到就处理不了
    "(估计|恐怕|怕是)(他|她)?(也|都)顾不上",
    "(您|你)(这|的)(个)?事(儿)?.{0,6}(?<!不会)顾不上",
    "(查不到|找不到|没(有)?记录)(的话)?(就|那就)?(处理|办|弄|管)不了",
    # 听不清啊，那没辙，您回头再打吧
    "没辙.{0,3}(?<!给)(您|你)(回头|明天|改天|晚点|过两天)?再打(吧|呗|过来)",
    "没(有)?办法.{0,3}(?<!给)(您|你)(回头|明天|改天|晚点|过两天)再打(吧|呗|啦|来|过来)",
    "那是(你|您)的事",
    "办不了",
    "不行就是不行",
    "没这(个)?(服务|人)",
    "没有这回事",
    "(我们|我这边)(客服)?不(管|处理)(这|这种|这个)",
    "不负责这",
    # 您自己上网报修吧: sent to self-service instead of being helped
    "自己(上|去)?(官网|网上|上网|公众号|小程序).{0,4}(看|查|报|办|申请|登记|提交|弄)",
    # 不就几道印子嘛
    "不就(是)?[几一点两个这那][^，。]{0,6}(嘛|吗|而已)",
    "自己查去",
    # 这个您找我们客服也没用哈 / 这种问题我们客服不负责，您自己翻合同吧
    "找(我|我们)(客服)?(也)?没用",
    "(我们|客服)(这边)?(也)?不负责",
    "自己(去)?(翻|看|查)(合同|说明书|协议)",
    # 这个月排满了，约不了，您下个月再打吧
    "(约|排|办|登记|修|弄)不了.{0,10}再打",
    # 等你信号好了再说吧: the caller sent away until later
    "等(你|您).{0,6}好了再(说|打)",
    "打别的电话",
    "找(他)?本人去",
    "打他(的)?手机去",
    "(你|您)(自己|直接)?打他(的)?(手机|电话)吧",
    "哪有(时间|空|工夫)",
    "没工夫",
    "(?<![我这儿边还])(正)?忙着呢",
    "(?<![我这儿边])正忙(着)?呢",
    "没空",
    "(你|您)?(就)?(去|就)投诉(吧|去)",
    "爱投诉",
    "随便(你)?投诉",
    "我说过了" + _PROMISE_REPEATED,
    "已经跟你讲过",
)
DISMISS_WEAK = (
    "(明天|改天|下次|过两天|过几天|晚点|待会|等会|以后|下个月|下周|下礼拜|换个时间)(自己)?再打",
    "(过两天|明天|以后)再说吧",
    "^没人$",
    "都走了",
    "挂了啊",
    "(?<![听看说讲])不清楚",
    "不了解",
    "这个我不懂",
)


# 不好意思啊，不在: an apology in front of a bare answer is still the bare answer (004 §8B)
_APOLOGIES = re.compile(r"(不好意思|抱歉|对不起|sorry)")


def _dismissive(text: str) -> list[Flag]:
    soft = _soft(text)
    out = _kinds(
        text,
        "no_dismissiveness",
        "傲慢、推诿，不愿帮客户处理",
        always=DISMISS_ALWAYS,
        unsoft=DISMISS_UNSOFT,
        weak=() if sounds(text, "下班") else DISMISS_WEAK,
        soft=soft,
    )
    if out and out[0].strength == "strong":
        return out
    weak_signals = len(out)
    raw = _whole(text)
    for cue in ("不知道", "不晓得"):
        for c in clauses(mandarin(text)) or [text]:
            if cue not in c or said(
                c, "(?<!不)在不在", "在没在", "来没来", "到没到", "去哪", "到哪", "回不回来"
            ):
                continue
            polite_q = said(
                c,
                cue
                + "(您|你)?(是否|能否|方不方便|方便|可不可以|能不能|有没有|要不要|需不需要|还|怎么|该|什么时候)",
            )
            other_subject = said(c, "(你|您|他|她|客户|大家)(也)?(还)?" + cue)
            if polite_q or other_subject:
                continue
            if _bare(text, cue) and not soft:
                return [Flag("no_dismissiveness", "strong", f"只回答“{cue}”")]
            if not soft and len(raw) <= 12:
                out = out or [Flag("no_dismissiveness", "weak", f"“{cue}”")]
                weak_signals += 1
                break
    # 出去了。/ 没师傅。: a bare answer, whatever it says (004 §8B)
    for cue in ("出去了", "没师傅"):
        if cue in raw and _bare(_APOLOGIES.sub("", raw), cue):
            return [Flag("no_dismissiveness", "strong", f"只回答“{cue}”")]
    if (
        "不在" in raw
        and _bare(_APOLOGIES.sub("", raw), "不在")
        and not said(raw, "(?<!不)在不在", "在没在", "不在乎", "不在意", "不在话下")
    ):
        return [Flag("no_dismissiveness", "strong", "只回答“不在”")]
    if "不在" in raw and not said(
        raw, "(?<!不)在不在", "在没在", "不在乎", "不在意", "不在话下", "不在.{0,6}范围"
    ):
        if _bare(text, "不在") and not soft:
            return [Flag("no_dismissiveness", "strong", "只回答“不在”")]
        rest = FILLERS.sub("", raw.replace("不在", ""))
        if not soft and not sounds(text, *TEMPORARY, *AWAY[1:], *RETURN_TIME):
            weak_signals += 1
            if len(rest) <= 2 or weak_signals >= 2:
                out = [Flag("no_dismissiveness", "weak", "只说“不在”，没有说明或提供帮助")]
    # Two loose signals together are a brush-off: "他不在，你晚点再打吧".
    if weak_signals >= 2:
        return [Flag("no_dismissiveness", "strong", "只说“不在/不知道”就打发客户")]
    return out


INDIFF_ALWAYS = (
    # the caller left to fate, cheerfully: 就看师傅那边怎么排啦 / 您觉得哪个方便就哪个呗 /
    # 反正得工程部看了才知道，到时候再说吧
    "就看(?!(您|你)).{1,8}(怎么排|心情)(啦|吧)",
    "就(哪个|哪天|什么时候)呗(?!.{0,10}(我们|都(可以|配合|能)))",
    "反正.{0,16}到时候再说(?!.{0,16}(通知|回电|给(您|你)|我会|不迟))",
    # the outcome left to someone's mood: 那得看公司心情吧
    "看(公司|领导|上面|他们|老板|人家)(的)?心情",
    # disowning the question: 我也不知道工程部管不管 / 我也说不好有没有人管
    "我也(不知道|不清楚|说不好|说不准).{0,10}(管不管|有没有人管|在不在|回不回来|行不行|能不能)",
    "(我)?(就|只)是(个)?接电话的",
    "(不知道|哪知道|不清楚|搞不清|弄不清|不晓得|说不好|说不准|没注意)(楚)?(他|她)?(在不在|在没在|来没来|到没到|来了没|去哪|到哪|去了哪|干什么去|回不回来)",
    "(在不在|在没在|来没来|到没到|回不回来)(我)?(也)?(不(太)?知道|不(太)?清楚|搞不清|弄不清|不晓得|说不好|说不准|哪说得准|没注意)"
    "(?!.{0,12}(帮(您|你)|我(马上|现在|去|给)))",
    "谁知道(他|她)?",
    "鬼知道",
    "无所谓",
    "爱(?!听)(.)不\\1",
    "爱(.)就\\1",
    "随你",
    # 找不找电视台您自己定，随您: the caller's own threat left to them
    # (去不去现场看您自己定 / 投不投诉是您的权利…我这边先把问题给您处理好 offer or respect a choice)
    "(找不找(电视台|媒体|记者|律师|消协|法院|报社|12315)|(告|投|曝)不(告|投|曝))(?:(?!权利).){0,6}"
    "((您|你)自己(定|决定|看着办|拿主意)|是(您|你)(自己)?的事)(?!.{0,16}(我|建议|不着急|随时|免费))",
    "随意吧",
    "随他去",
    "看着办",
    "看着来",
    "爱咋咋",
    "说(啥|什么)就是(啥|什么)",
    "说咋办就咋办",
    "想怎样都行",
    "听你的吧",
    "怎么都行",
    # not 随便哪个都行，留您最方便接的那个 (helping the caller choose)
    "哪个都行(?!.{0,3}((您|你)(最)?方便|方便(您|你)))",
    "反正(我)?(也)?(管不着|管不了|不急|会有人)",
    "反正.{0,12}不归我管",
    "反正.{0,14}(我)?(也)?管不(着|了)",
    "反正(总)?(会|能)(来|有|到|好)",
    "(.)也行不\\1也行",
    "好像在又好像不在",
    "我也不(知道|清楚)(他|她)",
)
INDIFF_UNSOFT = (
    "(你|您)?(就)?(先)?等着(吧|呗|就是了)",
    "等着就是了",
    "^(嗯|啊|哦)?(可能|也许|大概|应该是|差不多)吧$",
    "也许吧",
    "(^|了)都行(吧)?$",
    "都一样(吧)?$",
    "谁接都一样",
    "就那样吧",
    "那就这样呗",
    "到时候再说吧",
    "看情况吧$",
    "我也说不(好|准|清)",
    "(我)?哪说得(准|清|好)",
    "^(这个)?(我)?说不(好|准|清)$",
    "(他|她)(可能|应该|好像)(在|会回来)吧",
    "(?<!自己)(?<!自己也)没注意",  # 您自己也没注意 blames the caller (no_rudeness)
    "(嗯|哦|唉)?行吧$",
)


# 随便您挑时间 / 随便什么时候发给我们都行 offer a choice; 随便你 leaves the caller alone
# 随便您挑 / 是我帮您留个言，还是您三点以后再打给他？两种都行，随便您: the choice given to the
# caller (a bare 都行，随便您 gives none)
SUIBIAN_OFFER = (
    "随便(您|你)?(哪|什么|问|看|说|聊|挑|选|定|安排|约|几)|还是.{0,30}(都行|都可以)(啊|呀)?随便(您|你)"
    # 您随便留哪个都行，方便您接就好
    "|随便(您|你)?.{0,3}(哪|什么|几).{0,3}(都行|都可以|都好)"
)


def _indifferent(text: str) -> list[Flag]:
    out = _kinds(
        text,
        "no_indifference",
        "有气无力、不负责任的敷衍",
        always=INDIFF_ALWAYS,
        unsoft=INDIFF_UNSOFT,
        soft=_soft(text) or has_time_frame(text),
    )
    if out:
        return out
    if any(
        "随便" in c and "您" not in c and _bare(c, "随便") and not said(c, SUIBIAN_OFFER)
        for c in clauses(text)
    ):
        return [Flag("no_indifference", "strong", "“随便”")]
    if "随便" in text and not said(text, SUIBIAN_OFFER):
        # 随便你 / 那随便您吧 (not 留言长短随便您，我一个字一个字记)
        if _bare(text, "随便") or any(
            said(c, "^(那|那就|反正)?随便(你|您)") for c in clauses(text) or [text]
        ):
            return [Flag("no_indifference", "strong", "“随便”")]
        if not _soft(text):
            return [Flag("no_indifference", "weak", "“随便”")]
    return []


IMPAT_ALWAYS = (
    # the caller told to stop asking: 能不能说点新的 / 您别一遍遍问了
    "(能不能|可不可以|就不能)说点新的",
    # 这都第三遍了还是听不清，真是急死人 (您肯定急死了 is sympathy)
    "(遍|听不清|听不见|说不清|讲不清).{0,8}急死(人|我)",
    "别(一遍(一)?遍|老是)(地)?问",
    # 好了好了，知道了知道了，您能不能别一直念叨了 / 您别一遍一遍念了
    "知道了知道了(?!.{0,8}(我|马上|帮|别着急|(您|你)的))",
    "别(一直|一遍(一)?遍|老是|老|总|再)(地)?(念叨|唠叨|絮叨|叨叨)",
    "别一遍(一)?遍(地)?(念|说|讲)",
    # 我都说了三遍了
    _NOT_THE_CALLERS_REPEATS + "说了.{0,3}遍(了)?",
    "不是(跟(你|您))?(刚)?(说|讲)(过)?了吗",
    "催什么",
    "急什么",
    "(一天|每天)(几百|好几百|上百)个电话(呢)?$",
    # a jab at the caller passed off as a joke (004 §8G 出口伤人): 您这记性…开玩笑开玩笑
    "(?<!不是)(?<!不)(?<!会)(?<!我)(?<!是)开(个)?玩笑(哈|的|开玩笑)",
    "都第(三|四|五|几|3|4|5)遍了$",
    # 唉……您看准了再说吧，这都改第二回了 / 您这信号，我听得真费劲 / 我这边电话一个接一个的
    "这都(改|问|说)(了)?第[二三四五几两2345](回|遍|次)了(?!.{0,12}(抱歉|对不起|责任|不好意思|理解))",
    "我(这边)?听(得|着)(真|好|很|挺)?费劲",
    "(我这|我这边)电话一个接(着)?一个(的)?(?!.{0,10}(不过|但|可|让(您|你)|抱歉))",
    # 反正后面也就排了十几个人等着 (sarcasm)
    "反正.{0,4}(后面|后边).{0,4}(排|等)(了|着)",
    "又不是没听(见|到|清)",
    "快点快点",
    "浪费(大家|我)(的)?时间",
    # 您捡重点说行不 / 我这听半天了都
    "(捡|拣|挑)(着)?重点(说|讲)(行不|好不|吧|啊|呗)",
    "(我|我这|我这边)(都)?听(了)?半天(了)?(都)?$",
    "别催了",
    "别(一个劲儿|一个劲)(地)?(催|追问|问)",
    "别(老|总|一直|再|这么|那么)(地)?(催|追问)",
    "我(这边|这儿|这里)?还有(别的|其他)(电话|客户|人)(在)?(等|排)",
    # 后面还有好几个电话在等着呢 / 我这线上还排着好几个呢
    "(后面|后边)还有.{0,4}电话(在)?(等|排)",
    "(我这|我这边|我这儿|线上)(后面|后边|线上)?(还)?(排|等)着(好几个|好多|一堆|很多)",
    # 一个号码念半天
    "一个.{0,4}(念|报)(了)?半天",
    "头都大了",
    "(震|吵)聋",
    "快说快说",
    "赶紧的",
    # 您长话短说 hurries the caller (我/咱们长话短说 keeps it short for a busy one)
    "(您|你)(就|能不能|最好)?长话短说",
    "一句话说完",
    "一口气说完",
    "别磨蹭",
    "怎么这么慢",
    "行了行了",
    "别解释了",
    "别念叨",
    "说完没有",
    "怎么还没说完",
    "浪费我时间",
    "烦死了",
    "吵死了",
    "又要问",
    "问题怎么这么多",
    "怎么又(是你|打来|是这个)",
    "听清楚没有",
    "到底(在)?说(什么|不说)",
    "东拉西扯",
    "我很忙",
    "我(这儿|这边|这里)?(正)?忙着呢",
    "忙着呢快",
    "没时间听",
    "没(那么多)?时间陪",
    "嗓门大点",
    "近点啊",
    "跟蚊子",
    "(谁|哪|怎么)(.)?(记|听|看)得(过来|住|懂|清|见|明白)",
    "一口气说(这么|那么)多",
    "翻来覆去",
    # 哎呀您快点儿，我这边一堆电话等着接呢
    "(您|你)(就|能)?快点(儿)?(说|讲|吧|啊|，|$)",
    # 一个字一个字的要念到什么时候
    "(?<!不管)(?<!无论)(要|得)(念|说|讲|报)到什么时候(?!(都|也))",
    "(一堆|好多|很多|一大堆|一串)(电话|人|客户)(在)?等着",
    "(一堆|一大堆|一串|我这边|我这)?电话(在)?排着(队)?(?!.{0,4}没关系)",
    # 哎呀您挑重点说 (我挑重点跟您说 explains)
    "(您|你)(就)?(挑|拣)重点(说|讲)(?!.{0,4}(就行|也行|不着急|慢慢))",
    "别.{0,8}(问|说)了行(吗|不行|不)",
    # 我都问您三遍了
    _NOT_THE_CALLERS_REPEATS + "(问|说|讲)(了)?(您|你)?(好)?(两|三|几|多少)遍(了)",
    "听都听不清",
    "换个地方打行不行",
    "明儿再说",
    "上班再说",
    "明天请早",
    "听不见听不见",
    # 您说的啥我一句都听不见 (您 does not soften it)
    "说的(啥|什么).{0,6}一句(都|也)听不",
    "倒是说话",
    "怎么不吭声",
    "嘟囔什么",
    "有完没完",
    "烦不烦",
    "说重点",
    "说了半天",
    "别啰嗦",
    "啰嗦什么",
    "怎么还不明白",
    "怎么还听不懂",
    "能不能快点",
    "快点说",
    "说快点",
    "你快说",
    "到底(想|要)(干|说|怎么)",
    "同样的问题.{0,4}几遍",
    "就不能等我说完",
    "听不懂啦",
    "你那边吵",
    "别说了",
)
IMPAT_UNSOFT = (
    "换个地方(再)?打",
    "好了好了",
    "到点了",
    "快点(吧|讲|说)?$",
    "你在说什么",
    "磨叽",
    "磨磨唧唧",
    "这么啰嗦",
)
IMPAT_WEAK = ("下班时间",)
IMPAT_SOFT = (
    "不好意思",
    "抱歉",
    "对不起",
    "麻烦",
    "请",
    "能不能.{0,8}吗",
    "可以.{0,8}吗",
    "好吗",
    "能否",
    "吗",
    "您",
    "方便",
)


def _impatient(text: str) -> list[Flag]:
    soft = sounds(text, *IMPAT_SOFT)
    out = _kinds(
        text,
        "no_impatience",
        "不耐烦、催促或伤人的话",
        always=IMPAT_ALWAYS,
        unsoft=IMPAT_UNSOFT,
        weak=IMPAT_WEAK,
        soft=soft,
    )
    if out:
        return out
    loud = said(text, "声音大点", "大点声", "大声点", "大声一点", "说大声", "声音那么小")
    what = said(text, "(你|您)说(什么|的啥|的什么)")
    deaf = said(text, "听不见", "听不清", "听不到", "一句(都|也)听不")
    # "听不清" alone states a fact; telling the caller to be louder or "你说什么" is the impatient part.
    if (loud or what) and not soft:
        strong = loud + what + deaf >= 2
        return [Flag("no_impatience", "strong" if strong else "weak", "不耐烦地让客户大声点/重复")]
    if said(
        text,
        "下班了",
        "要下班",
        "快下班",
        "马上(就)?下班",
        "(要|快|马上(就)?)(收工|交班)",
    ):
        # 您 does not soften it (我们这边马上就下班了，这事您明天再打来说吧); an apology, an offer or
        # help given anyway says when things happen, not to go away (维修部已经下班了，我先给您登记上 /
        # 车间师傅五点半下班了…我给您约明天早上八点拖车进店)
        if sounds(
            text, *(p for p in IMPAT_SOFT if p != "您"), *OFFER, "(给|帮)(您|你|侬)"
        ) and not said(text, "得了", "别(再)?(问|打)", "还打", "下班了.{0,2}下班了"):
            return []
        return [Flag("no_impatience", "strong", "“下班了，明天再打”")]
    return []


_NOT_A_PERSON_ARRIVING = "(?!账|款|位|期|达|时间|点|货|手)"
GOSSIP = (
    # 他来没来 / 到没到 ask, they disclose nothing
    "(?<!来)没来",
    "(?<!来)没有来",
    # (养老金还未到账 / 还没到期: money and dates do not arrive at work)
    "(?<!到)(还)?没到" + _NOT_A_PERSON_ARRIVING,
    "未到" + _NOT_A_PERSON_ARRIVING,
    # 没看到他的日程有变动 / 没看见邮件: not seeing a thing is no absence
    "没(有)?(见|看)(到|着)(?!(他|她)?的(?!人|影))(?!.{0,2}(邮件|消息|通知|短信|信息|日程|记录|文件|单子|留言|报价|合同|表))",
    "没看见",
    "未(见|看)到",
    "没露(过)?面",
    "人影",
    "没(有)?上班",
    "不来上班",
    "未来上班",
    "还未来",
    "都不来",
    "才来",
    "(?<!推)迟到",
    "请(了)?(病)?假",
    "病假",
    "请了.{1,4}假",
    "(产|婚|丧)假",
    "坐月子",
    "生孩子",
    "孩子(刚)?生",
    "怀孕",
    "(闹)?离婚",
    "(度)?蜜月",
    "(在|去)度假(?!村)",
    "度假(去)?了",
    "旅游(去)?了",
    "生病",
    "病了",
    "(去|在|住)(了)?医院",
    "产检",
    # the "real" whereabouts: 说是出去开会，其实是…
    "说是.{0,8}其实",
    # gone to hospital, not the hospital's own words (住院号, 挂号费, 看病的时间)
    "住(了)?院(了|去了|呢|啦|治疗|观察)",
    "(去|在)住院",
    "(去|在)(医院)?看病",
    "看病去",
    "(去|在)(医院)?挂号",
    "挂号去",
    "身体不舒服",
    "(?<!我们)(?<!咱们)诊所",
    "牙疼",
    "发烧",
    "抽(根|支)?烟",
    "睡(觉|过头|午觉)",
    "起不来",
    "喝多",
    "喝酒",
    "喝(了)?(点|些)?酒",
    "酒楼",
    "饭局",
    "陪.{0,10}(吃饭|喝酒|应酬)",
    "酒局",
    "(接|送)(孩子|老婆|女朋友|男朋友)",
    "家长会",
    "女朋友",
    "男朋友",
    "私事",
    "私人电话",
    "家里(有|出)(了)?(点)?事",
    "私活",
    "回老家",
    "婚礼",
    "辞职",
    "离职",
    "开除",
    "被(公司)?(开|辞|炒)(了|掉)",
    "(?<!外)面试",
    "在家",
    "回家了",
    "逛街",
    "打牌",
    "打麻将",
    "麻将",
    "打游戏",
    "约会",
    "旷工",
    "(跑|干|接)私活",
    "早退",
    "溜(出去|了)",
    "挨骂",
    "上厕所",
    "聊天",
    "理发",
    "健身",
    "取快递",
    "便利店",
    "买(奶茶|烟|早饭|早餐|咖啡|东西)",
    "喝咖啡",
    "在路上",
    "堵着",
)
THIRD_PERSON = (
    "(他|她|经理|主任|老师|同事|主管|(那个|这个)(师傅|司机)|"
    + _SURNAME
    + "总|(老|小)"
    + _SURNAME
    + ")"
)
# a colleague by their post, said not to have come in (我们组长今天还没来上班 / 护士长今天一直没见着人);
# a post that only reports or advises (护士长说…在家休息两天就好了, 店长已经在路上了) tells nothing
_POST_NOT_IN = (
    "(经理|主任|主管|组长|班长|护士长|科长|处长|部长|队长|店长|领导).{0,8}"
    "(还没(有)?(来|到)(?!.{0,6}(您|你|现场|上门|家))|没来上班|请(了)?(病|事)?假|没见着人)"
)
# The colleagues the caller speaks of (找一下张师傅 / 上次来的张师傅 / 让你们李队长来接电话): gossip is
# about them, whoever the scenario's facts name.
_TITLED = (
    "(?<!我是)(?<!我叫)(?!施工)"
    + _SURNAME
    + "(经理|主任|总|老师|主管|师傅|队长|工|科长|部长|组长|班长|处长|会计|医生|大夫|护士|店长|律师|专员|秘书|姐|哥)"
)


def named_colleagues(customer_text: str) -> tuple[str, ...]:
    """The titled people the caller names (张师傅, 李队长), once each, not the caller themself."""
    names = [m.group(0) for m in _regex(_TITLED).finditer(_whole(customer_text))]
    return tuple(dict.fromkeys(names))


def gossip_words(text: str, colleagues: tuple[str, ...] = ()) -> list[str] | None:
    """The words of a whereabouts in the text (面试, 请假, 没来…); None when a clause that has one
    names a colleague (刘老师也生病住院了)."""
    words = []
    for c in clauses(text) or [text]:
        found = [m.group(0) for p in GOSSIP for m in _regex(p).finditer(_whole(c))]
        if found and (any(w in c for w in colleagues) or said(c, _TITLED, THIRD_PERSON)):
            return None
        words += found
    return words


def _gossip(text: str, colleagues: tuple[str, ...]) -> list[Flag]:
    if not said(text, *GOSSIP) or said(text, "没来得及"):
        return []
    parts = clauses(text) or [text]
    for i, c in enumerate(parts):
        # the caller's guess denied (不是没来上班，您别误会，他今天外出开会了) discloses nothing itself
        c = re.sub(r"^不是(没|不|还没)(有)?(来|到)?(上班)?", "", c)
        if not said(c, *GOSSIP) or said(c, "吗", "是不是", "有没有"):
            continue
        if said(
            c, "(再也|之后|后来)没(有)?(再)?来过", "没(有)?(再)?来(跟进|看过|看|修|处理|上门)"
        ) or said(c, "(报价单|邮件|单子|货|材料|快递|文件|合同|短信)(还)?没(有)?(来|到)"):
            continue  # 之后施工队再也没有来过: a visit that did not happen, not an absence
        if said(c, "在路上", "堵着") and said(
            text,
            "上门",
            "过来",
            "过去",
            "就到",
            "分钟",
            "小时",
            "送到",
            "送达",
            "派送",
            "到(您|你)?家",
            "到店",
            "稍等",
            "马上到",
            "快到",
            "回来",
            "外出",
        ):
            continue  # the technician on the way to the caller: 张师傅在路上了，十分钟就到
        # a colleague by name (负责你们小区的李师傅这两天没来上班); else 您/你 is about the caller
        named = any(w in c for w in colleagues) or said(c, _TITLED)
        # (孩子上学迟到 read back: the caller's family, not a colleague)
        if not named and said(
            c, "您", "你", "^(孩子|小孩|儿子|女儿|老人|家里|家人|爱人|老公|老婆|我爸|我妈)"
        ):
            continue
        about = named or said(c, THIRD_PERSON, _POST_NOT_IN)
        # 刘经理啊，说是开会，其实在楼下抽烟呢: a clause without a subject goes on about them
        mentioned = any(w in text for w in colleagues) or said(text, _TITLED)
        if (
            about
            or (mentioned and not said(c, "我"))
            # (我问过我们主管了，可能在家重启一下就好了: what the trainee was told goes on about the case)
            or (
                colleagues
                and said(c, "^(估计|可能|其实|好像|一上午|从早上|这几天|好几天|这礼拜)")
                and not (i and said(parts[i - 1], "我"))
            )
        ):
            return [Flag("no_absence_gossip", "strong", "透露同事不在的真实原因/去向")]
    return []


PROMISE_STRONG = (
    "(保证|肯定|一定|绝对|包)(会)?(能)?(给(您|你))?(全额|全部|双倍)?(赔|退款|退钱|补偿|免单|退)",
    "(保证|肯定|一定|绝对|保准)(会)?(都)?给(您|你)(全|都)(部)?退",
    # 运费我保证全给您退了 / 这个件肯定能找回来
    "(保证|肯定|一定|绝对|保准)(会)?全(部)?(给(您|你))?退",
    "(件|包裹|快递|行李|东西|货|钱包|箱子|手机|钥匙|证件)(.{0,4})?(保证|肯定|一定|绝对|保准|百分百)(能)?(找(得)?回(来)?|追回)",
    # 找不到我们照价赔您 / 出了事我们负责
    "(?<!没有)(?<!不)照价(赔|赔偿)(?!的规定)",
    "出了(事|问题)(我们|公司)(来)?(负责|承担|担着|兜着)(?!.{0,2}(帮|协调|联系|跟进))",
    "全额(赔偿|退款|报销)",
    "全额赔付(是|都)?没问题",
    # the absent manager's decision promised: 王经理肯定同意，这单就按这个价签了
    "(经理|主管|领导|老板|总|科长|主任|站长|处长|部长|所长)(那边)?(回来)?(肯定|一定|保证|保准)(会)?(给(您|你))?"
    "(同意|答应|批准|批(的|了)?$)",
    "(先|就)?给(您|你)免(了|掉)",
    "包赔",
    "包换",
    "包退",
    "(双|十|三)倍(的)?赔",
    "全赔",
    "全部(赔偿|退款|退给|换新|退)",
    "损失多少.{0,4}赔多少",
    "(您|你)说赔多少",
    "(会|就)赔偿(您|你)?(所有|全部)",
    "免单",
    "全免",
    "全包了",
    "费用.{0,4}全包",
    "不收(您|你)(的)?钱",
    "一分(钱)?(都|也)?不(用|会|收|要|少|带收)",
    "免费(给(您|你))?(拾掇|修|弄|搞)好",
    "(?<!不是)我说了算",
    "(钱|费用|损失)(全|都)(是)?(由)?(我们|公司)(来)?(出|承担|负责)",
    "百分之百承担",
    # 马经理回来肯定给您降 / 修不好不要钱 / 师傅百分百到 / 不收您一分钱 / 肯定上门当天就给您修好
    "(肯定|保证|一定|绝对)(会)?给(您|你)(降|便宜|优惠|打折|减)",
    "(修|弄|做)不好不(要|收)(钱|费)",
    "百分(之)?百(能)?(到|上门|修好|搞定|能修)",
    # 这种情况百分之百能退，您就等着收钱吧 / 您这条件绝对符合，包过的
    "百分(之)?百(能|可以|会)(退|赔|批|报|到账|通过|过)",
    "(您|你)就等着(收钱|收款|拿钱|到账|退款)",
    "包过(?!来|去|期|夜|了吗|没有)",
    "(绝对|百分百|百分之百)(能)?(符合|够)(条件)?",
    "不收(您|你)?一分(钱)?",
    "(肯定|保证|绝对).{0,8}当天(就)?(给(您|你))?(能)?修好",
    "我(个人)?(来)?担保",
    "担保(没问题|.{0,6}(搞定|修好|到账))",
    "打(个)?包票",
    "肯定按.{0,6}(给(您|你))?赔",
    "(赔|退)(是)?(肯定|一定)(是)?(要|会|得)(赔|退)",
    "(肯定|保证|一定|绝对)不(用|要|会让)(您|你)(自己)?(出|掏|付|花)",
    "打(个)?(五|六|七|八|九|对)折",
    # 王经理回来肯定给您批八折
    "(肯定|一定|保证|保准|绝对)(会)?给(您|你)批(个)?(五|六|七|八|九)折",
    "(肯定|一定|绝对|保证)(是)?(能)?(全额|全部|全)(赔|退)",
    # 发票拿来我们肯定全给您报了 / 明天上午保准给您通上气
    "(肯定|保证|一定|绝对|保准)(会)?(全|都)?给(您|你)(全|都)?报(销)?(了|掉)?(?!上|修|名|警|到|备|案|装|停|一下|个|给|价|时)",
    "保准(能|会)?(给(您|你))?.{0,6}(通|修|到|退|赔|好|办|送|装|批|免)",
    "(肯定|保证|一定|绝对)(会)?(同意|答应)(给(您|你))?(赔|退|换|补偿|免|降|便宜)",
    "(额外|多)(补偿|送|赠送|返)(给)?(您|你)",
    # 再额外赔您五十块钱
    "(额外|另外|再)赔(给)?(您|你).{0,6}(块|元|钱|百|千)",
    # 再送您一个月 (再送您一份发票 sends a paper, not a benefit)
    "再(补偿|赠送)(给)?(您|你)",
    "再送(给)?(您|你)(?!.{0,4}(发票|单|资料|短信|邮件|链接|通知|回执|收据|凭证|表|确认))",
    # 还额外补您一个月月租
    "额外(补|返|赠)(给)?(您|你)",
    "送(您|你).{0,4}(物业费|一年|免费)",
    "做主(给(您|你))?(免|退|赔|打|送)",
    "给(您|你)(打款|退钱)",
    "直接给(您|你)(退钱|退款|赔)",
    "(赔偿|退款|退货).{0,6}(没问题|少不了|绝对|放心)",
    "(肯定|绝对)(能)?(退|赔|批)",
    # 这个肯定能报，真报不了医院给您补上 / 没号了我肯定给您加一个
    "(肯定|保证|一定|绝对|百分百)(能|可以)(报|报销)(?!修|警|名|到|案|备|装|停|价|税|表|单|失|道|告|考|批)",
    # 真报不了医院给您补上 (漏寄的说明书我们给您补上 sends a thing)
    "(报不了|报销不了|不能报|不给报|不够|损失).{0,8}给(您|你)补",
    "给(您|你)补(差价|钱|偿)",
    "(肯定|保证|一定|绝对)(会)?给(您|你)加(一个|个)?号",
    "(没号|号满|满了).{0,8}给(您|你)加(一个|个)?",
    "(保证|肯定|一定|绝对)(会)?(给(您|你))?(免费)(换|修|重做|重装|更换)",
    "(保证|肯定|一定|绝对)(会)?免费(给(您|你))?(换|修|重做|重装|更换)",
    "(全部|全额|所有)(费用|损失)?(都)?(由)?(我们|公司|我们公司)(来)?(全额)?(承担|出|负责)",
    "(费用|损失)(全部|都)(由)?(我们|公司)(来)?(承担|出|负责)",
    # 保证给您免违约金 / 肯定给您免了滞纳金 (any fee, fine or interest waived)
    "(保证|肯定|一定|绝对)(会)?(给(您|你))?免(掉|了|除)?(物业费|费用|单|钱)",
    "(保证|肯定|一定|绝对)(会)?(是)?免费",
    "(保证|肯定|一定|绝对)(会)?给(您|你)免(掉|了|除)?(您|你)?(的)?.{0,4}(费|金|钱|单|息|罚款|租)",
    "(我|我们)(马上|立刻|现在)?(就)?给(您|你)(全额)?(赔|退款|退钱)",
    "保证.{0,10}(修好|上门|收到|搞定|不会再|到账|换|停工|停了|落实|办好|办下来|批下来)",
    # 明天就给您把补偿落实了 (the compensation decided for the caller)
    "把(补偿|赔偿|赔款|退款|补贴)(给)?落实",
    "我答应(您|你)",
    "(代表公司|郑重).{0,6}(承诺|保证)",
    "[0-9一二两三四五六七八九十]+(个)?(天|小时|工作日)(之)?内.{0,3}(钱|款)?(就|肯定|保证|一定)?(能)?到账",
    "包在我身上",
    "(不会|不用)(让)?(您|你)多(花|出)(一分)?钱",
    "替.{1,6}(给(您|你))?(应下|答应|做主)",
    # 主管那边肯定会给您换新地板的 / 剩下的我给您申请下来没问题 / 最多您出一半
    "(肯定|一定|保证|绝对)(会)?给(您|你)(换(成)?新|赔|退款|退钱|免费|免了|免掉|补偿|修好)",
    "(申请|批|办)下来(没问题|肯定)",
    "公司(肯定|一定)(会)?(认(?!真|识|为|可)|承担)",
    "(返修|维修|修理|换新|更换)(肯定|一定|保证)(是)?免费",
    "我(给(您|你))?做(个)?主(了)?",
    "给(您|你)免费(处理|修|换|弄|重做)",
    # 您这个肯定在保修范围内，放心，免费给您修 (按保修政策免费给您修 states the policy)
    "免费给(您|你)(修|换|处理|重做)",
    "最多(您|你)(只)?(出|付|承担)",
)
PROMISE_WEAK = (
    # 肯定在保修范围里，费用不用您出 (the NLU decides: 这个钱不用您出，是厂家三包范围内的 states policy)
    "(费用|钱)(都|也)?不用(您|你)(出|掏|花)",
    "保证.{0,6}(解决|满意|没问题|处理好)",
    "肯定没问题",
    "包(您|你)满意",
    "一定(让|给)(您|你).{0,4}满意",
    "(跟|向)(您|你)保证",
    "(明天|今天|马上).{0,4}(一定|肯定)(给(您|你))?修好",
)
PROMISE_HEDGES = (
    "不能",
    "不可以.{0,4}(保证|承诺|打包票|打保票|答应)",
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
    # asking the supervisor hedges; promising in their name (主管那边肯定会给您换新的) does not
    "主管(?!.{0,4}(肯定|一定|保证|绝对))",
    "领导(?!.{0,4}(肯定|一定|保证|绝对))",
    "尽力",
    "争取",
    "如果",
    "是否",
    "能不能",
    "不好(打|保证|承诺)",
    "没(有)?权限",
    "活动",
    "政策",
    "合同",
    "的承诺",
    "=吗$",
    # 您要求全额赔偿，这个诉求我记下了: the caller's demand read back
    "(您|你)(的)?(要求|想要|希望|诉求|提出|是要)",
    # 许工，…，要求全额赔偿。: the read-back drops the 您
    "^(客户)?(要求|想要|希望|诉求)(?!.{0,20}(保证|肯定|一定|绝对|包))",
    "(您|你)(是)?(想要|要求)",
)


_VOUCHED = "^(这个|这钱|这笔钱|钱|这)(肯定|绝对)?(是)?跑不了(的)?$"


def _improper_promise(text: str) -> list[Flag]:
    """A commitment to the caller beyond the trainee's authority. The wording of an outcome (全额退款,
    包换, 免费修) is not enough: a clause that states policy — the rules, the warranty, conditions —
    with nobody committing to the caller is not a promise (roles.promise_kind)."""
    parts = clauses(text) or [text]
    out: list[Flag] = []
    for i, c in enumerate(parts):
        if sounds(c, *PROMISE_HEDGES):
            continue
        # 航司一般会赔您八百块，这个跑不了: the money just named, vouched for
        strong = said(c, *PROMISE_STRONG) or bool(
            i
            and said(c, _VOUCHED)
            and said(parts[i - 1], "赔|退|补偿|报销|免")
            and not said(parts[i - 1], "已经|已|到账了")
        )
        if not strong and not said(c, *PROMISE_WEAK):
            continue
        if promise_kind(c, "，".join(parts[:i])) == POLICY:
            continue
        if strong:
            return [Flag("no_improper_promise", "strong", "作出超出权限的赔偿/退款/结果承诺")]
        # 我向您保证，您说的情况我会原原本本报给主管: a promise to report, within authority
        if said(
            "，".join(parts[i : i + 2]),
            "保证.{0,20}(报给|转给|反映给|上报|如实|原原本本|交给|提交|转交|递交)",
        ):
            continue
        out = out or [Flag("no_improper_promise", "weak", "承诺了超出权限的处理结果")]
    return out


def _personal_name(text: str, not_names: tuple[str, ...] = ()) -> list[Flag]:
    """A person's name the trainee gives for themselves in a self-introduction (roles.py decides
    what is a self-introduction and what is a name: 我叫李娜 / 我是客服小李 / 3号李娜为您服务 are;
    …或手机号 谢谢 / 137号码不是我司号段噢 are not)."""
    names = self_intro_names(text, not_names)
    if not names:
        return []
    return [Flag("no_personal_name", "strong", f"报了个人姓名“{names[0]}”而不是工号")]


_QUOTED = re.compile(r"([说讲骂问喊道][:：]?)(“[^”]*”|「[^」]*」|\"[^\"]*\")")


def forbidden_flags(
    text: str, colleagues: tuple[str, ...] | bool = (), company: str = ""
) -> list[Flag]:
    """Every forbidden-wording cue in one trainee utterance, with its strength.

    `colleagues`: names of colleagues the call is about (王经理…); a truthy non-tuple means "some
    colleague, name unknown". Gossip needs a colleague to be about. `company`: the company the
    trainee answers for (its name is not a personal name: 这边是万科).
    """
    # words quoted after 说/讲/骂… are someone else's, reported: 工人还跟您说“你有什么事就说嘛”，太不应该了
    text = _QUOTED.sub(r"\1", text)
    if colleagues is True:
        colleagues = ("经理",)
    elif not colleagues:
        colleagues = ()
    flags = (
        _rude(text)
        + _dismissive(text)
        + _indifferent(text)
        + _impatient(text)
        + _gossip(text, tuple(colleagues))
        + _improper_promise(text)
        + _personal_name(text, (company,) if company else ())
    )
    # When one rule's wording is certain, a looser cue of another rule in the same sentence is left to
    # the NLU, and only to its sure acts: "是你自己操作错了跟我们没关系" is rudeness, not also a
    # brush-off; "我也不清楚他在不在，你打他手机试试吧" is the rubric's indifference, not also one.
    sure = {f.rule for f in flags if f.sure}
    if sure:
        flags = [
            f if f.sure or f.rule in sure else Flag(f.rule, "weak", f.why, overruled=True)
            for f in flags
        ]
    return flags


# The NLU's forbidden acts that may fail a call on their own, when no wording above matched: a
# paraphrase the patterns have never seen. Names and gossip are decided on roles (roles.py), not here.
ACT_ALONE_WHY = {
    "rudeness": "语气无礼或指责客户",
    "dismissiveness": "傲慢、推诿，不愿帮客户处理",
    "indifference": "有气无力、不负责任的敷衍",
    "impatience": "不耐烦、催促客户",
    "improper_promise": "作出超出权限的承诺",
}


def act_alone(text: str, acts: frozenset[str]) -> Flag | None:
    """A forbidden act the NLU recognised in an utterance no wording cue matched. It stands only when
    the NLU is sure of it (core.acts.sure) and names no other forbidden act (two mean it is unsure
    of the kind), the sentence is not softened, and a promise is neither hedged (主管/核实/没法…)
    nor a statement of policy."""
    forbidden = [a for a in acts if a in RULE_OF_ACT]
    if len(forbidden) != 1 or forbidden[0] not in ACT_ALONE_WHY or _soft(text):
        return None
    act = forbidden[0]
    if sure(act) not in acts:
        return None
    # 没保价的话最多就赔运费的几倍: a condition states the rule
    if act == "improper_promise" and (
        sounds(text, *PROMISE_HEDGES)
        or promise_kind(text) == POLICY
        or said(text, "(没|不|未).{0,6}的话|要是(没|不)")
    ):
        return None
    if act == "indifference" and (said(text, SUIBIAN_OFFER) or re.search(r"[?？]\s*$", text)):
        # the look-alike the wording cues cleared; a guess put to the caller (是网不好吧？) asks
        return None
    if act == "dismissiveness" and said(
        text, "^我(去|来|再)?(帮(您|你))?(问|查|核实|确认)(问|查|一下|下)(吧|哈)?$"
    ):
        return None  # 我去问问: going to find out is the opposite of a brush-off
    return Flag(RULE_OF_ACT[act], "strong", f"{ACT_ALONE_WHY[act]}（语义识别）")


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
