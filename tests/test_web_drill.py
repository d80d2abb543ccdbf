"""A trainee's text drill in the browser, end to end: ring, pickup, talk with the real bot, result."""

from __future__ import annotations

import pytest
from webapp import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.rasa]

GREETING = "您好，旭日装饰客服中心，3号客服，请问有什么可以帮您？"


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
    page.get_by_role("button", name="挂断").click()
    page.get_by_text("得分").first.wait_for(timeout=60_000)
    page.get_by_text("no_hanging_up_first").first.wait_for()

    from scoring.storage import Store

    with Store.open(web_app.database_url) as store:
        calls = store.practice_calls()
        assert [c.trainee_id for c in calls] == ["E1001"]
        stored = store.call(calls[0].call_id)
    said = [u.text for _, u in stored.record.utterances("trainee")]
    assert said == [GREETING, "请问您贵姓？"]
    last = stored.record.events[-1]
    assert (last.type, last.by) == ("hangup", "trainee")
    rules = {r.id: r.status for r in stored.latest_report.report.rules}
    assert rules["no_hanging_up_first"] == "fail"
