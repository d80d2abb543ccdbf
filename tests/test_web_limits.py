"""The limits in the web app (AppTest, with a stand-in bot): an overlong chat line, an overlong
override reason, a hostile or oversized roster, a work number too long. Each is refused with its
message, nothing reaches the bot, and the database is exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from cert_data import scored
from hardening import FakeBot, as_text, db_dump, page_as
from streamlit.testing.v1 import AppTest
from webapp import PASSWORD, seed_accounts

from calldrill import live
from calldrill.webapp import APP
from storage import Store
from ui import calls, textcall


@pytest.fixture
def url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'calldrill.db'}"
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", url)
    seed_accounts(url)
    from ui import context

    context.store.clear()
    return url


@pytest.fixture
def trainee(url, monkeypatch):
    """The drill page of E1001, signed in, with a stand-in bot; any call is hung up at the end."""
    monkeypatch.setattr(live, "bot_url", lambda store: "http://fake-bot")
    monkeypatch.setattr(textcall, "BotClient", FakeBot)
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.run()
    at.text_input[0].input("E1001")
    at.text_input[1].input(PASSWORD)
    at.button[0].click()
    at.run()
    yield at
    active = calls.call("E1001")
    if active is not None:
        active.text_call.hang_up()
        calls.end_call("E1001", active)


def test_a_400000_character_chat_line_never_reaches_the_bot(trainee, url):
    trainee.button(key="start_practice").click()
    trainee.run()
    trainee.button(key="call_pickup").click()
    trainee.run()
    FakeBot.sent = []
    before = db_dump(url, "web_sessions")  # the sign-in is kept alive; nothing else may change
    say = trainee.chat_input(key="call_say")
    assert say.max_chars == 500  # the browser stops typing there, and Streamlit cuts the rest
    say.set_value("喂" * 400_000).run()  # as a client that ignores the limit would send it
    assert not trainee.exception and not trainee.error
    assert FakeBot.sent and {len(text) for text in FakeBot.sent} == {500}
    assert db_dump(url, "web_sessions") == before


def test_the_text_call_refuses_an_overlong_line_before_the_bot(monkeypatch):
    import random

    from core.callrecord import Trainee
    from core.errors import InputTooLarge
    from core.scenario import load_scenarios
    from ui.callsetup import CallSetup

    monkeypatch.setattr(textcall, "BotClient", FakeBot)
    scenario = load_scenarios().get("absent_colleague")
    setup = CallSetup(
        scenario=scenario,
        facts=scenario.draw_facts(random.Random(1)),
        trainee=Trainee(id="E1001", work_id="3"),
        bot_url="http://fake-bot",
        recording=Path("unused.wav"),
        seed=1,
    )
    FakeBot.sent = []
    call = textcall.BrowserTextCall(setup)
    call.pick_up()
    with pytest.raises(InputTooLarge) as e:
        call.say("喂" * 501)
    assert e.value.message == (
        "这句话有 501 个字，超过了每句最多 500 个字的上限，没有发给客户。请分成几句说。"
    )
    assert FakeBot.sent == [] and call.turns == 0 and not call.ended
    call.hang_up()
    assert call.record is not None and call.record.utterances("trainee") == []


def test_an_override_reason_is_kept_to_500_characters(url):
    from datetime import UTC, datetime

    with Store.open(url) as store:
        call_id = store.results.record_practice_call(
            "E1001", scored("E1001", "absent_colleague", datetime.now(UTC))
        )
    at = page_as("review", "trainer", url).run()
    at.selectbox(key=f"decide_{call_id}_standard_greeting").select("改为未通过")
    reason = at.text_input(key=f"reason_{call_id}_standard_greeting")
    assert reason.max_chars == 500
    reason.set_value("理" * 20_000)  # as a client that ignores the limit would send it
    next(b for b in at.button if b.label == "提交复核").click()
    at.run()
    with Store.open(url) as store:
        [review] = [r for r in store.reviews.all(call_id) if not r.agreed]
    assert review.reason == "理" * 500


ROSTER = (
    "id,name,team\n"
    "E3001,王小丽,一组\n"
    'E3002,"=HYPERLINK(""http://x"")",一组\n'
    'E3003,李明,"@SUM(1,1)"\n'
)


def upload(url: str, name: str, data: bytes) -> tuple[AppTest, dict]:
    """The admin uploads a roster; the page after it, and the database just before the click."""
    at = page_as("users", "admin", url).run()
    at.file_uploader(key="roster_upload").set_value((name, data, "text/csv"))
    before = db_dump(url, "web_sessions")
    next(b for b in at.button if b.label == "导入").click()
    return at.run(), before


def test_a_roster_with_formulas_imports_nobody(url):
    at, before = upload(url, "roster.csv", ROSTER.encode())
    [error] = [as_text(e.value) for e in at.error]
    assert error == (
        "没有导入任何学员：2 行有错误，请改正后重新上传整个文件。\n\n"  # then a list
        '第3行：姓名“=HYPERLINK("http://x")”以“=”开头，在 Excel 里会被当成公式：'
        "姓名不能以 =、+、-、@、制表符或回车开头。\n"
        "第4行：班组“@SUM(1,1)”以“@”开头，在 Excel 里会被当成公式："
        "班组不能以 =、+、-、@、制表符或回车开头。"
    )
    assert db_dump(url, "web_sessions") == before


def test_a_roster_over_1_mb_is_not_read(url):
    data = ("id,name,team\n" + "E1,王小丽,一组\n" * 60_000).encode()
    at, before = upload(url, "big.csv", data)
    [error] = [as_text(e.value) for e in at.error]
    assert error == (
        "没有导入任何学员：big.csv：文件有 1.1 MB，超过了学员名单最大 1 MB 的上限。"
        "请检查是否选错了文件，或分成几个文件导入。"
    )
    assert db_dump(url, "web_sessions") == before
