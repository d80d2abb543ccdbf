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
