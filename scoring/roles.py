"""What a number, a name or a promise is doing in its sentence: decisions on roles, not on strings.

A string alone decides nothing. "12315" is a number a caller may say, but when an angry caller threatens
to ring it, it is a hotline, not the caller's number to read back; "谢谢" after "手机号" looks like
"号 + a two-character name" but is thanks; "三个月包换" contains 包换 but states the warranty policy.
Each function here reads the words *around* the thing and says what role it plays:

- `number_roles`: each number in a text with its role — the speaker's own contact number, a service
  number (12315, 10000, 400…), a reference (order, contract, model, account), an address, an amount, a
  time, a quantity, or other;
- `self_intro_names`: the personal names a speaker gives *for themselves* in a self-introduction
  (我叫王小明 / 我是小王 / 3号李娜为您服务), checked to be a person's name (谢谢/段噢/您好 never are);
- `own_unit`: the organisation a caller says they speak for (我是丝路旅行社的);
- `promise_kind`: whether a clause about refunds, compensation or outcomes is the speaker committing
  to the caller ("我保证给您全额赔偿", "肯定给您退款") or stating policy ("按规定可以全额退款",
  "耳机是三个月包换的", "保修期是一年").

Everything is read literally (characters, not sounds) and is pure.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from scoring.text import clauses, digit_spans, punctuated

# --- numbers ---------------------------------------------------------------------------------------

CONTACT = "contact"  # the speaker's own phone / contact number
OTHERS_CONTACT = "others_contact"  # someone else's number (你们的电话, 王经理的手机)
SERVICE = "service"  # a hotline or service number: 12315, 10000, 400…, 95588
REFERENCE = "reference"  # order, contract, model, serial, account, ticket numbers
ADDRESS = "address"
AMOUNT = "amount"
TIME = "time"
QUANTITY = "quantity"
OTHER = "other"


@dataclass(frozen=True)
class Number:
    digits: str
    role: str
    start: int  # into the NFKC-normalised text
    end: int


# What follows a number says what it counts (the nearest word wins over anything before it).
_AFTER = (
    (ADDRESS, r"(栋|幢|号楼|楼|单元|室|层|弄|号院|号门|门牌|号房|户|排|巷|街|路|村)"),
    (AMOUNT, r"(元|块|万|千|百|毛|角|%|美元|港币|分钱|多块|多元|多万)"),
    (
        TIME,
        r"(年|月|日|号(?!码|楼|院|门|房|客服|话务|专员|坐席|座席|员工|为|很)|点|分|秒|小时|天|周|个月|个工作日|个星期)",
    ),
    (QUANTITY, r"(个|次|台|件|遍|张|位|条|部|套|平|米|斤|公斤|箱|片|块|根|g|G|m|M|兆|寸)"),
)
# What stands before a number (within the clause and the one before it), nearest first.
_REFERENCE = (
    r"(订单|单号|运单|快递单|工单|合同|编号|型号|机型|序列号|串号|imei|IMEI|账号|帐号|会员号|卡号|批次|"
    r"发票|编码|条码|货号|款号|版本|宽带号|户号|受理号|投诉单|流水号|密码|验证码|房号)"
)
_SERVICE_BEFORE = (
    r"(热线|客服电话|服务电话|投诉电话|服务热线|官方电话|拨打|致电|打|拨|找|投诉到|举报到|告到|"
    r"报警|消协|(你们|贵公司|公司|客服|官方)的?(电话|号码|热线))"
)
_CONTACT_BEFORE = (
    r"(电话|手机|手机号|号码|联系方式|联系电话|座机|固话|微信|打我|联系我|回我|找我|通知我|call我)"
)
_OTHER_OWNER = (
    r"(你们|你|您|贵公司|公司|客服|他|她|经理|主任|老师|同事|总|师傅|店|门店|厂家|售后)的?"
)
_MINE = r"(我|我的|本人|本人的|我家|家里|我们家)"


def _service_shape(digits: str) -> bool:
    """Shapes that are never a person's number: 110/119/120/122, 12315-style 5-digit hotlines,
    1000x/1001x/1008x carriers, 95xxx banks and carriers, 400/800 numbers."""
    n = len(digits)
    return (
        (n == 3 and digits.startswith("1"))
        or (n == 5 and digits[0] in "19")
        or (n in (5, 6) and digits.startswith("95"))
        or (n == 10 and digits[:3] in ("400", "800"))
    )


def _contact_shape(digits: str) -> bool:
    """A mobile number (11 digits, 1[3-9]…) or a landline with its area code (0…, 10–12 digits)."""
    n = len(digits)
    return (n == 11 and digits[0] == "1" and digits[1] in "3456789") or (
        digits[0] == "0" and 10 <= n <= 12
    )


def _nearest(before: str, patterns: dict[str, str]) -> str | None:
    """The role whose cue ends nearest to the number in the text before it."""
    best, best_end = None, -1
    for role, p in patterns.items():
        for m in re.finditer(p, before):
            if m.end() >= best_end:
                best, best_end = role, m.end()
    return best


@lru_cache(maxsize=8192)
def number_roles(
    text: str, min_len: int = 3, asked_for_contact: bool = False
) -> tuple[Number, ...]:
    """Every number of `min_len` digits or more in a text, with the role it plays there.

    `asked_for_contact`: the other side has just asked for a phone number, so a bare number that is
    nothing else is the answer to it.
    """
    norm = unicodedata.normalize("NFKC", text)
    out = []
    for digits, start, end in digit_spans(norm, min_len):
        out.append(Number(digits, _role(norm, digits, start, end, asked_for_contact), start, end))
    return tuple(out)


def _role(text: str, digits: str, start: int, end: int, asked_for_contact: bool) -> str:
    after = text[end : end + 4]
    for role, p in _AFTER:
        if re.match(p, after):
            return role
    # the clause the number is in, and the one before it ("我的手机，13817205563")
    head = text[:start]
    parts = re.split(r"[。！？!?；;]", head)
    before = parts[-1][-16:]
    cue = _nearest(
        before, {REFERENCE: _REFERENCE, SERVICE: _SERVICE_BEFORE, CONTACT: _CONTACT_BEFORE}
    )
    if cue == CONTACT:
        m = list(re.finditer(_CONTACT_BEFORE, before))[-1]
        owner = before[max(0, m.start() - 6) : m.start()]
        if re.search(_OTHER_OWNER + "$", owner) and not re.search(_MINE + "的?$", owner):
            return OTHERS_CONTACT
        if _service_shape(digits) and not re.search(_MINE, owner):
            return SERVICE
        return CONTACT
    if cue == SERVICE:
        # "打我手机13817205563" is caught above; "打12315" / "你们热线400…" are service numbers
        return SERVICE
    if cue == REFERENCE:
        return REFERENCE
    if _service_shape(digits):
        return SERVICE
    if _contact_shape(digits):
        return CONTACT
    if asked_for_contact and 7 <= len(digits) <= 12:
        return CONTACT
    return OTHER


def contact_numbers(text: str, asked_for_contact: bool = False) -> list[str]:
    """The numbers the speaker gives as their own contact number (7 digits or more)."""
    return [
        n.digits
        for n in number_roles(text, 7, asked_for_contact)
        if n.role == CONTACT and len(n.digits) >= 7
    ]


# --- names -----------------------------------------------------------------------------------------

SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    "景党宫费卜冷晏席卫杭池傅邬闵阎佟郎巫卞邝虞"
    # (我是客服蔺雪, b234)
    "蔺晁粟钮巩郜闻芮邰栾隋鄢储冀郁荀敖臧仝逯禹昝茅佘"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "端木", "公孙")
# Characters that never stand in a given name here: particles, pronouns, function words, and the
# words of the job around a name (号/客服/中心…).
_NOT_IN_NAME = frozenset(
    "的了吗呢吧啊呀噢哦喔嘛么哈呵嗯啦咯哟哇呐嘞"
    "我你您他她它们这那哪谁啥什怎"
    "是在有和与或及就都也还很为给对向从把被让将会能要想可不没别请谢问好再见"
    "号码段部区组司客服务员经总任师傅事"
    "一二三四五六七八九十零〇两百千万个位"
)
_PLACE = frozenset("库房楼室栋幢厅仓店铺场站厂间路街巷村层户号厢座位道馆区线口门台")
# Two- and three-character words that start like a name but are not one.
_NOT_NAMES = frozenset(
    (
        "谢谢",
        "高兴",
        "小心",
        "小时",
        # 我叫主管直接给您打过去: a job, not a name
        "主管",
        "经理",
        "领导",
        "师傅",
        # job words, not pet names: 客服小编 / 客服小蜜 / 小助手 / 小秘书 / 小伙伴
        "小编",
        "小蜜",
        "小助",
        "小秘",
        "小伙",
        "方便",
        "马上",
        "周末",
        "江苏",
        "上海",
        "金额",
        "万一",
        "常规",
        "安全",
        "文明",
        "华为",
        "苏宁",
        "京东",
        "程序",
        "时间",
        "全部",
        "成功",
        "刚刚",
        "正常",
        "白天",
        "路上",
        "黄金",
        "包装",
        "车主",
        "米家",
        "钱包",
        "余额",
        "房东",
        "管家",
        "于是",
        "毕竟",
        "向来",
        "任何",
        "任务",
        "单独",
        "何时",
        "宁可",
        "曾经",
        "尤其",
        "连续",
        "关于",
        "关注",
        "简单",
        "项目",
        "包括",
        "符合",
        "申请",
        "范围",
        "公司",
        "公众号",
        "石材",
        "石膏",
        "夏天",
        "秦皇岛",
        "武汉",
        "温馨",
        "外卖",
        "同事",
        "同学",
        "名字",
        "全名",
        "名称",
        "技术",
        "高效",
        "全心",
        "万家",
    )
)
_ORG_AFTER = (
    r"(客服|公司|集团|科技|官方|旗舰|中心|装饰|售后|门店|平台|手机|电器|银行|团队|助手|机器人)"
)
_TITLE_AFTER = r"(经理|总|先生|女士|小姐|老师|主管|师傅|工|主任|同事|的|家|号|客户|业主|区|时|组|部|阿姨|姐|哥|叔)"
_PET = r"(小|老|阿)"


def _given_ok(given: str) -> bool:
    return 1 <= len(given) <= 2 and all(
        "\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in given
    )


def is_personal_name(word: str, strict: bool = True) -> bool:
    """Is `word` (2–4 Chinese characters) a person's name or pet name: 王小明 / 李娜 / 欧阳娜娜 /
    小王 / 老张 / 阿强? `strict`: a surname is required (else a bare given name such as 晓雨 will
    do, for frames that can only introduce a name: 我叫…)."""
    if not 2 <= len(word) <= 4 or word in _NOT_NAMES or word[:2] in _NOT_NAMES:
        return False
    if re.fullmatch(_PET + r"[\u4e00-\u9fff]", word):
        pet, rest = word
        if rest in _NOT_IN_NAME:
            return False
        # 小王 / 老张 / 阿强; a pet name on a given name (小雨) only where a name must follow
        return pet == "阿" or rest in SURNAMES or not strict
    for compound in COMPOUND_SURNAMES:
        if word.startswith(compound):
            return _given_ok(word[2:])
    if word[0] in SURNAMES:
        given = word[1:]
        return len(given) <= 2 and _given_ok(given) and given != word[0] * len(given)
    return not strict and _given_ok(word[:2]) and len(word) <= 3 and _given_ok(word[2:] or "名")


# What a caller may be told to "叫我…就行" for that is no name (您叫我过去就行 / 您叫我回电就行)
_NOT_CALLED = frozenset(
    ("过去", "过来", "帮忙", "上门", "回电", "一声", "一下", "处理", "去办", "来办")
)
# Frames that introduce the speaker. Each gives the text right after it, where a name may stand.
# (我是客服婷婷，全名是许婷婷; 您的全名是许婷婷 asks the caller's; 我叫冯工回来给您回电 has a colleague
# called back)
_NAMING = re.compile(
    # (我叫车队调度马上调行车记录 / 我叫王工回来给您回电 / 我叫马队回来直接打给您: 叫 has a colleague do it)
    # (我叫高明网点的司机提前给您打电话: someone sent to do something for the caller, by their unit)
    r"(?<![您你他她])(我叫(?!([\u4e00-\u9fff]{1,6}的)?[\u4e00-\u9fff]{0,3}?(工|经理|总|师傅|主管|主任|老师|同事|人|调度|司机|保安|前台|队|队长|组长|班长|站长|店长|科长|医生|大夫)"
    r"[\u4e00-\u9fff]{0,6}?(回来|过来|过去|回电|给(您|你)|联系(您|你)|跟(您|你)|打给|来|去|马上|立刻|这就|赶紧))"
    r"|叫我|我的名字(是|叫)|我名字(是|叫)|本人叫|我的全名是|我全名(叫|是))"
)
# 您叫我小陈就行: the speaker tells the caller what to call them
_CALL_ME = re.compile(
    r"(您|你)(就|可以)?叫我(?=(?P<slot>[\u4e00-\u9fff]{2,4}?)(就)?(行|好|可以|成))"
)
# 您打过来直接找林晓就行 / 就说找小陈 / 直接找我王磊就行: whom to ask for next time
_ASK_FOR_ME = re.compile(
    r"(有(啥|什么)?(事|问题)|回头|后面|到时候|下次|以后|再有).{0,8}"
    r"((打过来|打电话|来电|打来|再打)[^找]{0,4}|说|(直接|再)(?=找我))找(我)?(客服部|客服中心)?"
    r"(?P<slot>[\u4e00-\u9fff]{2,4}?)"
    r"(哈|啊|呀|哦|噢)?(就(行|好|可以|成))?(哈|啊|呀|哦|噢)?$"
)
# 直接找我王丹丹就行 / 您找我直接说找林晓彤就行: whom to ask for, said of the speaker in any clause
_FIND_ME = re.compile(
    r"找我(?!们)(.{0,4}说找)?(?P<slot>[\u4e00-\u9fff]{2,4}?)(哈|啊|呀|哦|噢)?就(行|好|可以|成)"
)
_CALL_ME_LATIN = re.compile(
    r"(您|你)(就|可以)?叫我(?P<latin>(阿|小)?[A-Za-z]{2,12})(就)?(行|好|可以|成)"
    # 我是Vivian，请问有什么可以帮您 (b197)
    r"|(?<![您你他她])(我是|我叫)(?P<latin2>[A-Z][a-z]{2,12})(?![A-Za-z])"
)
_SURNAME_ONLY = re.compile(r"(?<![您你他她])(我姓|本人姓|免贵姓)(?P<s>[\u4e00-\u9fff])")
_COPULA = re.compile(r"(?<![您你他她是])(我是|我系|这边是|我这边是|我这里是|本人是)")
_ROLE = re.compile(
    # (签证顾问 / 售后专员: the trade before the role word)
    r"^((新来的|值班的|负责的|今天的|本次的?)|[\u4e00-\u9fff]{0,6}?的"
    r"|[\u4e00-\u9fff]{1,4}?(?=顾问|专员|管家|助理|客服))?"
    r"(客服代表|客服专员|客服|接线员|前台|管家|专员|话务员|坐席|座席|顾问|工作人员|学生助理|助理|实习生|值班员|"
    r"列车长|乘务员|值班长|营业员|店员)?"
)
_WORK_ID = re.compile(
    r"(工号(是|为)?[0-9A-Za-z一二三四五六七八九十零〇两幺]+号?|"
    # (下月十五号付款 / 六月十号的黄山团: a date)
    r"(?<![0-9A-Za-z一二三四五六七八九十零〇两幺手机订单单账编型序码月])"
    r"[0-9一二三四五六七八九十零〇两幺]{1,4}号)"
    r"(的)?(客服代表|客服专员|客服|接线员|话务员|专员|坐席|座席)?"
)
# 我是小哥/小妹/小工，师傅的助手: words for a role, not pet names
_NOT_PET_NAMES = frozenset(
    [
        "小哥",
        "小妹",
        "小弟",
        "小工",
        "小伙",
        "小伙子",
        "小姐",
        "小姐姐",
        "小朋友",
        "小白",
        "小编",
        "小二",
        "小帮手",
        "小助手",
        "小助理",
        "小管家",
        "小秘书",
        "小可爱",
        "阿姨",
        "阿叔",
        "阿婆",
        "阿公",
    ]
)
_TITLED_SELF = re.compile(
    r"(?P<s>[\u4e00-\u9fff])(老师|经理|总|主任|师傅|主管|医生|大夫|姐|哥)(?=(啊|呀|哈|哦|噢)?([，。！？,.!?]|$|为(您|你)|很高兴))"
)
_AFTER_NAME = (
    r"(为(您|你)|很高兴|竭诚|在线|给(您|你)|来|接|帮|记|就(行|好|可以)|好了|吧|有什么|请问|您好|你好|"
    r"这边|工号|$)"
)


def _names_in_slot(slot: str, strict: bool, need_end: bool, pet: bool = False) -> list[str]:
    """A name at the start of `slot` (the text after a self-introduction frame).

    `need_end`: the name must be followed by the end of its clause or a service phrase (为您服务,
    很高兴…), as in "我是李娜。" — so "我是江苏人" or "我是王经理的助理" give no name.
    `pet`: a pet name on a given name (小琪, 小雅) will do, as after a job word: 客服小琪.
    """
    # 小罗罗娟 / 小周周雨涵: the pet name, then the full name it comes from
    if pet and (m := re.match(r"[小老阿]([\u4e00-\u9fff])(?=\1)", slot)):
        return _names_in_slot(slot[m.end() :], strict, need_end) or []
    for size in (4, 3, 2):
        word = slot[:size]
        if len(word) < size or not (
            is_personal_name(word, strict)
            or (
                pet
                and word[0] in "小阿"
                and word not in _NOT_PET_NAMES
                and is_personal_name(word, strict=False)
            )
        ):
            continue
        rest = slot[size:]
        if re.match(_ORG_AFTER, rest) or re.match(_TITLE_AFTER, rest):
            continue
        if need_end and not re.match(r"(啊|呀|哈|哦|噢)?" + _AFTER_NAME, rest):
            continue
        return [word]
    return []


def self_intro_names(text: str, not_names: tuple[str, ...] = ()) -> list[str]:
    """The personal names the speaker gives for themselves (empty when there is none).

    Frames: 我叫/叫我/我的名字是 + a name; 我姓 + a surname; 我是/这边是 + [role] + a name that ends
    its clause; a work number or job word + a name + 为您服务/很高兴… (3号李娜为您服务, 客服小李).
    `not_names`: words of the call that are not the speaker's name (the company: 这边是万科).
    """
    norm = unicodedata.normalize("NFKC", text)
    found: list[str] = []
    previous = ""
    parts = clauses(norm) or [norm]
    read_back = re.search(
        r"(复述|核对|确认|重复)一下[:：]|(对吗|对吧|是吗|对不对|没错吧)[?？]?$", norm
    )
    for k, clause in enumerate(parts):
        following = parts[k + 1] if k + 1 < len(parts) else ""
        for m in _NAMING.finditer(clause):
            slot = clause[m.end() :]
            found += _names_in_slot(slot, strict=True, need_end=False) or _names_in_slot(
                slot, strict=False, need_end=True
            )
        # 您叫我阿May就行: an English name
        found += [m.group("latin") or m.group("latin2") for m in _CALL_ME_LATIN.finditer(clause)]
        for m in _CALL_ME.finditer(clause):
            # (您叫我晓丽就行: a given name alone will do where only a name can stand)
            found += [
                n
                for n in _names_in_slot(m.group("slot"), strict=False, need_end=False, pet=True)
                if n not in _NOT_CALLED
            ]
        for m in (*_ASK_FOR_ME.finditer(clause), *_FIND_ME.finditer(clause)):
            found += _names_in_slot(m.group("slot"), strict=True, need_end=False, pet=True)
        m = _SURNAME_ONLY.search(clause)
        if m and m.group("s") in SURNAMES:
            found.append(m.group("s"))
        # 我是25号客服，小陈，陈思远: a clause that is only a name, right after the speaker's own
        # work number or role (not 陈女士您好: the caller, titled)
        if re.search(
            r"(我是|这边是|本人是).{0,4}[0-9一二三四五六七八九十零〇两幺]+号?(客服|专员|助理)?$"
            r"|工号.{1,6}$",
            previous,
        ) and not re.match(
            r"(您好|你好|我(核对|复述|确认|重复|念)|(跟|给)(您|你)(核对|确认))", following
        ):
            found += [
                n
                for n in _names_in_slot(clause, strict=True, need_end=True, pet=True)
                if not re.search(
                    r"(先生|女士|小姐|阿姨|叔叔|师傅|老师|工|总|哥|姐|医生|大夫|同学|律师|经理|主任|大娘|大爷|大妈|大叔|老板|奶奶|爷爷)$"
                    # (陈生: Cantonese for Mr Chen, the caller)
                    r"|^周[一二三四五六日末]|^.生$",
                    n,
                )
            ]
        # 我是19号，姓郑，叫郑婷婷: the speaker's 我 stands in the clause before
        if "我" in previous and (lead := re.match(r"(姓|叫)", clause)):
            slot = clause[lead.end() :]
            if lead.group(1) == "叫":
                found += _names_in_slot(slot, strict=True, need_end=False)
            elif slot in SURNAMES:  # 姓郑: the clause is the surname alone
                found.append(slot)
        for m in _COPULA.finditer(clause):
            slot = clause[m.end() :]
            role = _ROLE.match(slot)
            rest = slot[role.end() :] if role else slot
            # 我是李老师 / 我是王经理: a surname and a title for oneself is a name, not a work number
            titled = _TITLED_SELF.match(rest)
            if titled and titled.group("s") in SURNAMES:
                found.append(titled.group(0))
            found += _names_in_slot(rest, strict=True, need_end=True, pet=True)
            # 我是值班的学生助理叫陈思远
            if role and role.end() and rest.startswith("叫"):
                found += _names_in_slot(rest[1:], strict=True, need_end=False)
            if role and role.end():
                found += _names_in_slot(slot, strict=True, need_end=True)
        for m in _WORK_ID.finditer(clause):
            if read_back:  # (我复述一下：…华富路1018号的麦嘉欣: the caller's address and name)
                break
            # (an address read back, 7号冷库 / 4号车库, is a place)
            found += [
                n
                for n in _names_in_slot(clause[m.end() :], strict=True, need_end=True, pet=True)
                if n[-1] not in _PLACE
            ]
        # (我复述一下：安心分期对账专员邱敏，电话…: the caller's post and name, read back)
        for m in re.finditer(r"(客服代表|客服专员|客服|话务员|专员|接线员)", clause):
            if not read_back:
                found += _names_in_slot(clause[m.end() :], strict=True, need_end=True, pet=True)
        # after the company or the line's name, a clause that opens with a name and offers
        # service: 旭日装饰客服中心，李娜为您服务 (not a slogan: 高效为您服务)
        if re.search(r"(客服|中心|公司|热线|部|号|您好|你好|装饰)$", previous):
            for size in (4, 3, 2):
                if is_personal_name(clause[:size]) and re.match(
                    r"(很高兴|竭诚)?为(您|你)服务", clause[size:]
                ):
                    found.append(clause[:size])
                    break
        # 我是客服婷婷，全名是许婷婷: the full name, right after the speaker's own introduction
        if (
            re.match("全名(是|叫)", clause)
            and re.search("我是|我叫", previous)
            and not re.search("吗|吧|对不对", clause)
        ):
            found += _names_in_slot(re.sub("^全名(是|叫)", "", clause), strict=True, need_end=False)
        # 您就说前台小何接的，何晓婷: the pet name, then a clause of the full name it comes from
        pet = re.search(
            r"(?:就说|说是|报|记我|我是|我叫)[^，。]{0,4}[小老]([\u4e00-\u9fff])(?:接的|吧)?$",
            previous,
        )
        if pet and clause.startswith(pet.group(1)) and is_personal_name(clause):
            found.append(clause)
        previous = clause
    # 您就记我孟凡吧，孟子的孟，平凡的凡 / 找红娘部的何丽，何是人可何: a name spelled out to be written down
    for comma in re.finditer(r"(?:吧|啊|呀)?[，,]", norm):
        before, rest = norm[: comma.start()], norm[comma.end() :]
        sentence_rest = re.split(r"[。！？!?]", rest)[0]
        for size in (3, 2):
            name = before[-size:]
            if (
                len(name) == size
                and is_personal_name(name)
                and re.search(
                    r"(记我|找我|叫我|说找|就说找|我是|我叫)[^，。]{0,6}$", before[:-size]
                )
                and re.match(
                    rf"({name[0]}是|[\u4e00-\u9fff]{{1,3}}的{name[0]}(?![\u4e00-\u9fff]))", rest
                )
                and not re.search("吗|对吧|是吧|对不对", sentence_rest)
            ):
                found.append(name)
                break
    out: list[str] = []
    for name in found:
        if name not in out and not any(name in w for w in not_names if w):
            out.append(name)
    return out


# --- units ---------------------------------------------------------------------------------------

# The kinds of organisation a unit's name ends in (丝路旅行社, 天水麻辣烫店, 金城票务代售点)
_UNIT_KINDS = (
    "公司|集团|旅行社|国旅|报关行|商行|贸易|物流|工厂|厂|店|局|院|所|中心|学校|幼儿园|医院|"
    "诊所|物业|银行|合作社|超市|宾馆|站|馆|处|队|社|点|场"
)
# 我是丝路旅行社的 / 我是车站对面的宏运宾馆 / 我姓侯，是天水麻辣烫店的: the organisation a caller
# speaks for, named by its kind
_OWN_UNIT = re.compile(
    r"(?:(?<![您你他她])(?:我是|我们是|我这边是|我这里是|我们这边是|俺是|咱是)|(?:^|(?<=[，,。]))是)"
    r"(?P<unit>[^，。？！、,.?!\s我你您他她俺]{2,14}?(?:" + _UNIT_KINDS + "))"
    # (我是中国银行的客户 / 第一人民医院的病人家属: whose customer; 火车站这边的出租车司机: where;
    # 宏达贸易公司的客户经理 / 公交公司的司机 work there)
    r"(?:的(?![^，,。]{0,3}(?:客户(?!经理|主管|专员)|病人|家属|乘客|会员|学生|家长|业主|住户|用户|顾客|患者|租户|买家))"
    r"|(?:那边|这边)(?!的)|[，,。]|$)"
)
_NAME_CLAUSE = re.compile(r"(我|俺)?(叫|姓)[\u4e00-\u9fff]{1,3}")
_CONTACT_CLAUSE = re.compile(r"[0-9]{5,}|电话|手机|号码")
_LISTED_UNIT = re.compile(r"是?(?P<unit>[\u4e00-\u9fff]{4,14}?)(的|那边|这边)?")
# 宏达贸易 / 红星美凯龙 / 学府路火车票代售点, not 事情挺急 / 老客户了 / 刚下飞机 / 李强的爱人 / 明天下午三点
_UNIT_NAME = re.compile(
    r"(?!.*(今天|明天|后天|上午|下午|晚上|中午|[0-9一二三四五六七八九十两]点|周[一二三四五六日天]|星期|礼拜))"
    r"(.*(" + _UNIT_KINDS + "|报关|建材|科技|实业|商贸|海产|食品|电器|中学|小学|大学|药房)"
    r"|[^了吧啊呢挺很急刚老的我你他她]{4,8})"
)


def own_unit(text: str) -> str | None:
    """The unit a caller names as their own: 我是丝路旅行社的, or listed between their name and their
    number (张伟，宏达贸易，13817205563 / 我叫滕毓，学府路火车票代售点的，电话…): 丝路旅行社, 宏达贸易."""
    m = _OWN_UNIT.search(text)
    if m:
        return m.group("unit")
    parts = punctuated(text)
    for before, part, after in zip(parts, parts[1:], parts[2:], strict=False):
        listed = _LISTED_UNIT.fullmatch(part)
        if (
            listed
            and _UNIT_NAME.fullmatch(listed.group("unit"))
            and (_NAME_CLAUSE.fullmatch(before) or is_personal_name(before))
            and _CONTACT_CLAUSE.search(after)
            and not _CONTACT_CLAUSE.search(part)
            and not re.search("[我你您他她俺]|^姓", part)
            and not is_personal_name(listed.group("unit"), strict=False)
            and before[-1] != listed.group("unit")[0]  # 姓杨，杨万福: the name in full
        ):
            return listed.group("unit")
    return None


# --- promises --------------------------------------------------------------------------------------

PROMISE = "promise"
POLICY = "policy"

# The speaker commits to the caller: a guarantee in the first person or to "you".
_COMMIT = (
    r"(保证|担保|打包票|打保票|拍胸脯|我答应|答应(您|你)|做主|百分之百|一百个放心|包(您|你)|说话算数|跑不了|"
    r"(肯定|一定|绝对|必须|马上|立刻|现在|直接)(会|能|就|可以)?(都)?(免费|全额|全部)?(给|帮|为|替)(您|你))"
)
# Policy: the rule, the contract, the warranty, conditions — a statement of how things are.
_POLICY = (
    r"(按(照)?.{0,8}(规定|政策|标准|条款|合同|流程|约定|三包|规则|协议|须知|细则|章程|制度)|写在.{0,6}(条款|合同|协议|须知|规定)|"
    r"根据.{0,10}(规定|政策|标准|条款|合同|三包|法|规则|协议)|"
    r"(规定|政策|条款|合同|协议|三包|规则)(上|里|中)?(是|有|写|规定|要求|明确|说)|"
    r"保修期|质保期|保修(是|为|期|范围)|三包|符合.{0,6}(条件|规定|要求|标准)|满足.{0,6}条件|"
    r"非人为|人为损坏|(购买|签收|收货|收到|下单|购机|安装)(后|之日起)?.{0,6}(天|日|个月|年)(内|以内)?|"
    r"[0-9一二三四五六七八九十两半]+(个)?(天|日|个月|月|年)(内|以内)?(包换|包退|保修|质保|无理由|免费)|"
    r"无理由退|(一般|通常|正常)(情况)?(下)?(是|会|都|可以)|可(以)?(申请|享受)|享受.{0,6}(服务|政策)|"
    r"支持.{0,8}(退|换|保修)|是.{0,14}(包换|包退|保修|免费|退换|赔付).{0,4}的)"
)


# The speaker vouches that this caller's case is covered (这肯定在保修期里): a policy cited on that
# certainty is a promise, since whether the case is covered is decided by others.
_CERTAIN = r"(肯定|绝对|一定|保准)(是|在|属于|符合|算)"


# 这钱肯定全退给您 commits even after 保修期 was named, unless a rule or a condition is cited
# (按三包规定一定会全退给您 / 符合条件的，运费肯定退给您)
_COMMIT_OUTCOME = r"(肯定|一定|绝对|保证)(会|能|就)?(全|都)?(退|赔|补|免)(给)?(您|你)"
_CITED = r"按(照)?|根据|规定|规则|的话|如果|符合|条件"


def promise_kind(clause: str, context: str = "") -> str | None:
    """For a clause that offers a refund, compensation or an outcome: "promise" when the speaker
    commits to the caller, "policy" when it states the rules (in the clause or the `context` before
    it, in the same sentence) and nobody commits; None when it says neither."""
    if re.search(_COMMIT, clause) or re.search(_CERTAIN, context + clause):
        return PROMISE
    if re.search(_COMMIT_OUTCOME, clause) and not re.search(_CITED, context + clause):
        return PROMISE
    # 我们平台对食品有质量问题包退的规定: the rule named in the clause itself (not one that goes before a promise)
    if re.search(_POLICY, clause) or re.search(r"有.{0,14}的(规定|政策|制度)$", clause):
        return POLICY
    # 我们一般是退一部分，我现在就给您提上去，三天之内钱就到账: the commitment before it counts
    if re.search(_COMMIT, context):
        return PROMISE
    if re.search(_POLICY, context):
        return POLICY
    return None


__all__ = [
    "Number",
    "number_roles",
    "contact_numbers",
    "is_personal_name",
    "self_intro_names",
    "promise_kind",
]
