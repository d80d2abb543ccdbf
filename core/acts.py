"""The trainee's dialogue acts: the Rasa intents of the customer bot.

One turn of the trainee often carries several acts ("您好，旭日装饰客服中心，3号客服，请问有什么可以帮您？"
is greeting + state_company + self_intro + ask_need). The NLU component recognises all of them (the
scorer needs every one); the dialogue reacts to one of them, the first present in `TURN_PRIORITY`.
The order puts what demands an answer from the caller before what merely accompanies it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Act:
    name: str
    meaning: str
    forbidden: bool = False


ACTS: tuple[Act, ...] = (
    # What a forbidden act looks like is in rubric.md; each maps to one forbidden rule.
    Act("rudeness", "rude, commanding or blaming wording (no_rudeness)", forbidden=True),
    Act("impatience", "impatient or hurtful wording (no_impatience)", forbidden=True),
    Act(
        "dismissiveness", "arrogant brush-off: 不知道 / 不在 / 明天再打来 (no_dismissiveness)", True
    ),
    Act("indifference", "listless, irresponsible answer: 随便 (no_indifference)", forbidden=True),
    Act("absence_gossip", "says where an absent colleague really is (no_absence_gossip)", True),
    Act("improper_promise", "promises compensation or outcomes (no_improper_promise)", True),
    Act("personal_name", "gives a personal name instead of a work number (no_personal_name)", True),
    Act("interrupt_politely", "对不起，打断一下"),
    Act("ask_speak_up", "asks politely to speak up or repeat"),
    Act("hold_request", "asks the caller to hold and says how long"),
    Act("hold_update", "updates the caller during a long hold"),
    Act("thank_for_waiting", "thanks the caller for waiting / apologises for the wait"),
    Act("restate", "repeats key facts back to confirm them"),
    Act("absent_info", "says the colleague is temporarily away, maybe when back"),
    Act("offer_message", "offers to take a message or to help in the colleague's place"),
    Act("ask_caller_identity", "asks the caller's surname, unit or phone number"),
    Act("promise_followup", "says it is recorded and when the caller will hear back"),
    Act("escalate", "passes the matter to a supervisor and says so"),
    Act("cannot_answer_now", "explains politely that it cannot be answered on this call"),
    Act("empathy", "acknowledges the caller's feelings"),
    Act("apology", "apologises for the caller's experience"),
    Act("ask_detail", "asks for details of the request or problem"),
    Act("inform", "gives information or an answer"),
    Act("offer_further_help", "asks whether the caller needs anything else"),
    Act("thanks", "thanks the caller for calling"),
    Act("goodbye", "says goodbye"),
    Act("state_company", "names the company or department"),
    Act("self_intro", "gives a work number: X号客服 / 工号X"),
    Act("ask_need", "asks what the caller needs: 请问有什么可以帮您"),
    Act("greeting", "您好 / 早上好 …"),
    Act("acknowledge", "backchannel: 嗯 / 好的 / 明白"),
    Act("other", "anything else"),
)

ACT_NAMES: tuple[str, ...] = tuple(a.name for a in ACTS)
TURN_PRIORITY: tuple[str, ...] = ACT_NAMES
FORBIDDEN_ACTS: frozenset[str] = frozenset(a.name for a in ACTS if a.forbidden)


def sure(act: str) -> str:
    """How a recogniser marks a forbidden act it is sure of, beside the act itself: the scorer lets
    such an act fail a call where no wording cue matched (a paraphrase nobody wrote a pattern for)."""
    return f"{act}:sure"


ACT_LABELS: dict[str, str] = {
    "rudeness": "无礼",
    "impatience": "不耐烦",
    "dismissiveness": "推诿",
    "indifference": "敷衍",
    "absence_gossip": "透露同事去向",
    "personal_name": "报个人姓名",
    "improper_promise": "越权承诺",
    "interrupt_politely": "礼貌打断",
    "ask_speak_up": "请对方大声/重复",
    "hold_request": "请客户稍等",
    "hold_update": "等待中告知进展",
    "thank_for_waiting": "感谢等待",
    "restate": "复述确认",
    "absent_info": "说明同事不在",
    "offer_message": "提出留言/代办",
    "ask_caller_identity": "询问称呼/联系方式",
    "promise_followup": "承诺跟进",
    "escalate": "上报主管",
    "cannot_answer_now": "说明暂时无法答复",
    "empathy": "共情",
    "apology": "致歉",
    "ask_detail": "询问详情",
    "inform": "说明情况",
    "offer_further_help": "询问其他需要",
    "thanks": "致谢",
    "goodbye": "道别",
    "state_company": "报公司名",
    "self_intro": "报工号",
    "ask_need": "询问需求",
    "greeting": "问候",
    "acknowledge": "应答（嗯/好的）",
    "other": "其他",
}
"""What trainers read for each act (the flow diagram, the preview)."""
