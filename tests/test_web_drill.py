"""A trainee's text drill in the browser, end to end: ring, pickup, talk with the real bot, result."""

from __future__ import annotations

from pathlib import Path

import pytest
from webapp import hang_up, session_cookie_set, sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.rasa]

GREETING = "您好，旭日装饰客服中心，3号客服，请问有什么可以帮您？"
SCRIPT = Path(__file__).parent / "data" / "scripts" / "unclear_audio__statement_then_close.txt"


def say(page, text: str) -> None:
    box = page.get_by_placeholder("您说……（回车发送）")
    box.fill(text)
    box.press("Enter")
    page.get_by_text(text, exact=True).wait_for()


def test_trainee_completes_a_text_drill_and_sees_the_feedback(web_app, page):
    sign_in(page, web_app, "E1001")
    page.get_by_role("heading", name="练习与考核").wait_for()
    page.get_by_label("您的客服工号（接听时自报，例如“3号客服”里的 3）").first.fill("3")
    page.get_by_role("button", name="开始练习").click()
    page.get_by_text("电话铃响……").wait_for()
    page.get_by_role("button", name="接听").click()
    say(page, GREETING)
    page.get_by_test_id("stChatMessage").nth(1).wait_for()  # the customer answered
    say(page, "请问您贵姓？")
    hang_up(page)
    page.get_by_text("得分").first.wait_for(timeout=60_000)
    page.get_by_text("禁止：先于客户挂断").wait_for()
    # A failed rule says what the standards recommend instead, with the section.
    page.get_by_text(
        "规范建议（004 §5H、002 §8）：道别后等客户先挂断，自己再轻轻放下电话。"
    ).wait_for()
    page.get_by_text("本通电话不适用的规则").wait_for()  # folded away

    from storage import Store

    with Store.open(web_app.database_url) as store:
        calls = [c for c in store.results.practice_calls() if c.trainee_id == "E1001"]
        assert len(calls) == 1
        stored = store.results.call(calls[0].call_id)
    said = [u.text for _, u in stored.record.utterances("trainee")]
    assert said == [GREETING, "请问您贵姓？"]
    last = stored.record.events[-1]
    assert (last.type, last.by) == ("hangup", "trainee")
    rules = {r.id: r.status for r in stored.latest_report.report.rules}
    assert rules["no_hanging_up_first"] == "fail"

    # 再练一次: the same scenario rings again at once, with a new draw of facts.
    page.get_by_role("button", name="再练一次（同一场景，换一组情况）").click()
    page.get_by_text("电话铃响……").wait_for()
    page.get_by_role("button", name="接听").click()
    hang_up(page)
    page.get_by_text("得分").first.wait_for(timeout=60_000)
    with Store.open(web_app.database_url) as store:
        again = [c for c in store.results.practice_calls() if c.trainee_id == "E1001"]
    assert [c.scenario_id for c in again] == [calls[0].scenario_id] * 2


def answer_and_hang_up(page) -> None:
    page.get_by_text("电话铃响……").wait_for()
    page.get_by_role("button", name="接听").click()
    say(page, GREETING)
    page.get_by_test_id("stChatMessage").nth(1).wait_for()
    hang_up(page)


def test_assessment_plays_one_call_per_kind_and_stores_one_attempt(web_app, page):
    sign_in(page, web_app, "E1002")
    page.get_by_role("tab", name="考核").click()
    page.get_by_text("本期已考 0 次，最多 2 次").wait_for()
    page.get_by_role("button", name="开始考核").click()
    for n in range(1, 5):
        page.get_by_role("heading", name=f"考核：第 {n} 通电话（共 4 通）").wait_for()
        page.get_by_role("button", name="开始这通电话").click()
        answer_and_hang_up(page)
    page.get_by_text("考核未通过：每通电话都要达到及格线，且不能有任何禁止行为。").wait_for(
        timeout=60_000
    )

    from storage import Store

    with Store.open(web_app.database_url) as store:
        attempts = store.results.attempts("E1002")
        exam_call = store.results.call(attempts[0].calls[0].call_id)
    assert len(attempts) == 1
    assert sorted(c.kind for c in attempts[0].calls) == [
        "absent_colleague",
        "angry_complainant",
        "unanswerable_question",
        "unclear_audio",
    ]
    assert exam_call.exam and exam_call.trainee_id == "E1002"

    page.get_by_role("link", name="练习与考核").click()
    page.get_by_role("tab", name="考核").click()
    page.get_by_text("本期已考 1 次，最多 2 次").wait_for()

    # A reload does not end an assessment (no free retry): it goes on where it was. Given up,
    # it counts as used.
    page.get_by_role("button", name="开始考核").click()
    page.get_by_role("heading", name="考核：第 1 通电话（共 4 通）").wait_for()
    assert page.get_by_text("请先安抚情绪").count() == 0  # no brief, no hint
    page.reload()
    page.get_by_role("heading", name="考核：第 1 通电话（共 4 通）").wait_for()
    page.get_by_text("无法继续考核？").click()
    page.get_by_text("我确认放弃本次考核").click()
    page.get_by_role("button", name="放弃本次考核").click()
    page.get_by_role("tab", name="考核").click()
    page.get_by_text("本期已考 2 次，最多 2 次（中途离开的考核也算一次）").wait_for()
    page.get_by_text("本期考核次数已用完，请在下一个考核期再参加考核。").wait_for()
    assert page.get_by_role("button", name="开始考核").count() == 0

    # Another trainee cannot open these calls, even by typing the address.
    sign_out(page)
    sign_in(page, web_app, "E1001")
    page.get_by_role("heading", name="练习与考核").wait_for()
    session_cookie_set(page)
    page.goto(f"{web_app.url}/results?call={exam_call.call_id}")
    page.get_by_text("这条记录不是您的：学员只能查看自己的通话和成绩。").wait_for()
    assert page.get_by_text(GREETING).count() == 0


def test_a_caller_who_hangs_up_leaves_a_report_and_a_reload_keeps_the_call(web_app, page):
    sign_in(page, web_app, "E1001")
    page.get_by_role("heading", name="练习与考核").wait_for()
    page.get_by_role("button", name="开始练习").click()
    page.get_by_text("电话铃响……").wait_for()
    page.get_by_role("button", name="接听").click()
    say(page, GREETING)
    page.get_by_test_id("stChatMessage").nth(1).wait_for()
    page.reload()  # the call is still there, with what was said
    page.get_by_text(GREETING, exact=True).wait_for()
    say(page, "你有什么事就快说嘛，我很忙。")  # rude: the caller gets annoyed
    box = page.get_by_placeholder("您说……（回车发送）")
    box.fill("你吵什么吵，说了我很忙，你听不懂吗？")  # rude again: the caller hangs up
    box.press("Enter")
    # The caller hangs up on rudeness: the report opens by itself, with the caller's last words.
    page.get_by_text("得分").first.wait_for(timeout=60_000)
    page.get_by_text("禁止：无礼").first.wait_for()
    assert "results" in page.url
    from storage import Store

    with Store.open(web_app.database_url) as store:
        calls = [c for c in store.results.practice_calls() if c.trainee_id == "E1001"]
        stored = store.results.call(calls[-1].call_id)
    last = stored.record.events[-1]
    assert (last.type, last.by) == ("hangup", "customer")
    said = [u.text for _, u in stored.record.utterances("customer")]
    page.get_by_text(said[-1]).first.wait_for()  # the caller's last line is shown


def test_the_unclear_audio_caller_answers_the_real_question_and_waits_for_goodbye(web_app, page):
    """A statement gets an acknowledgement, not 没有了; 还有别的需要吗 gets 没有了 (twice if
    asked twice); the caller hangs up only after the trainee's goodbye, which then counts."""
    lines = [
        line
        for line in SCRIPT.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    sign_in(page, web_app, "E1002")
    page.get_by_role("heading", name="练习与考核").wait_for()
    page.get_by_label("场景").click()
    page.get_by_role("option", name="信号不好的报修来电").click()
    page.get_by_role("button", name="开始练习").click()
    page.get_by_text("电话铃响……").wait_for()
    page.get_by_role("button", name="接听").click()
    for line in lines[:-1]:
        say(page, line)
        page.get_by_test_id("stChatMessage").nth(2 * (lines.index(line) + 1) - 1).wait_for()
    messages = page.get_by_test_id("stChatMessage").all_inner_texts()
    customer = [m.strip().splitlines()[-1] for m in messages[1::2]]  # without the avatar's name
    assert customer[-3] in ("嗯，好的。", "嗯，行。")  # to the statement: an acknowledgement
    assert customer[-2] in ("没有了，谢谢你啊。", "没别的事了，谢谢。")
    assert customer[-1] in ("没有了，谢谢你啊。", "没别的事了，谢谢。")  # asked again: still there
    box = page.get_by_placeholder("您说……（回车发送）")
    box.fill(lines[-1])  # the goodbye: now the caller hangs up
    box.press("Enter")
    page.get_by_text("得分").first.wait_for(timeout=60_000)
    from storage import Store

    with Store.open(web_app.database_url) as store:
        calls = [c for c in store.results.practice_calls() if c.trainee_id == "E1002"]
        stored = store.results.call(calls[-1].call_id)
    last = stored.record.events[-1]
    assert (last.type, last.by) == ("hangup", "customer")
    rules = {r.id: r.status for r in stored.latest_report.report.rules}
    assert rules["thanks_and_goodbye"] == "pass" and rules["offer_further_help"] == "pass"
