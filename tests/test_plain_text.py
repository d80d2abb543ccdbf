"""What people typed is shown as typed on every page (AppTest): a name that Markdown would make an
image and a link, and one that HTML would make bold, appear as those characters, and nothing on
the page becomes markup. HR's CSV keeps them inert too."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from cert_data import scored
from hardening import HOSTILE, page_as, rendered, shown_as_text
from streamlit.testing.v1 import AppTest
from webapp import seed_accounts

from calldrill import live
from calldrill.exports import status_csv
from calldrill.library import repository_files
from calldrill.webapp import APP
from core.accounts import Role
from scoring import certification as cert
from storage import Store

IMAGE_LINK, BOLD = HOSTILE
TEAM = '=HYPERLINK("http://x","点我")'


@pytest.fixture
def url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'calldrill.db'}"
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", url)
    monkeypatch.setattr(live, "_sets", {})  # this test's publications, not another test's
    seed_accounts(url)
    with Store.open(url) as store:
        store.trainees.upsert(
            [cert.Trainee("H1", IMAGE_LINK, BOLD), cert.Trainee("H2", BOLD, TEAM)]
        )
        store.accounts.add("evil.hr", IMAGE_LINK, Role.HR, "a-long-password", actor="test")
        store.accounts.add("evil.admin", BOLD, Role.ADMIN, "a-long-password", actor="test")
    from ui import context

    context.store.clear()
    return url


def test_a_display_name_in_the_sidebar_is_text(url):
    with Store.open(url) as store:
        token = store.accounts.start_session("evil.hr")
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.session_state["calldrill_token"] = token
    at.run()
    assert not at.exception
    [caption] = [c.value for c in at.sidebar.caption]
    assert shown_as_text(at, f"{IMAGE_LINK}（evil.hr，HR）")
    assert caption != f"{IMAGE_LINK}（evil.hr，HR）"  # escaped in the Markdown source


def test_names_and_teams_on_the_hr_dashboard_are_text(url):
    at = page_as("dashboard", "hr", url).run()
    assert not at.exception
    assert shown_as_text(at, IMAGE_LINK) and shown_as_text(at, BOLD) and shown_as_text(at, TEAM)
    table = at.table[0].value
    assert len(table) == 5 and "![x]" not in " ".join(table["姓名"])  # escaped, not raw


def test_display_names_on_the_accounts_page_are_text(url):
    at = page_as("users", "admin", url).run()
    assert not at.exception
    assert shown_as_text(at, IMAGE_LINK) and shown_as_text(at, BOLD)


def test_an_override_reason_and_names_in_the_review_queue_are_text(url):
    with Store.open(url) as store:
        call_id = store.results.record_practice_call(
            "H1", scored("H1", "absent_colleague", datetime.now(UTC))
        )
        store.reviews.add_call(
            call_id,
            {"standard_greeting": ("fail", f"{IMAGE_LINK} {BOLD}")},
            reviewer="trainer",
        )
    at = page_as("review", "trainer", url).run()
    assert not at.exception
    assert shown_as_text(at, f"H1 {IMAGE_LINK}")  # the queue
    assert shown_as_text(at, f"{IMAGE_LINK} {BOLD}")  # the reason, in the report and the table
    assert sum(f"{IMAGE_LINK} {BOLD}" in page for page in map(_text, rendered(at))) >= 2


def test_a_scenario_title_written_by_a_trainer_is_text(url):
    files = repository_files()
    name = "absent_colleague.yaml"
    old = next(line for line in files[name].splitlines() if line.startswith("title:"))
    files[name] = files[name].replace(old, f"title: '{IMAGE_LINK} {BOLD}'")
    with Store.open(url) as store:
        publication = store.library.start_publication("hostile", files, actor="trainer")
        store.library.finish_publication(publication.id, live=True, message="")
    at = page_as("library", "trainer", url).run()
    assert not at.exception
    assert shown_as_text(at, f"{IMAGE_LINK} {BOLD}")


def test_an_error_quoting_what_was_typed_is_text(url):
    at = page_as("users", "admin", url).run()
    form = at.text_input
    form[0].input(IMAGE_LINK)  # 用户名: not a valid one, and the message quotes it
    form[1].input("某人")
    form[2].input("a-long-password")
    next(b for b in at.button if b.label == "创建").click()
    at.run()
    assert len(at.error) == 1
    assert shown_as_text(at, f"用户名“{IMAGE_LINK}”无效")


def _text(page: str) -> str:
    import html

    return html.unescape(page)


# --- the CSV HR exports ----------------------------------------------------------------------------


def test_the_csv_keeps_hostile_names_inert_and_date_like_values_text():
    today = date(2026, 12, 7)
    trainees = [
        cert.Trainee("H1", '=HYPERLINK("http://x")', "+1+cmd|' /C calc'!A0"),
        cert.Trainee("00123", "@SUM(1,1)", "2/2"),
        cert.Trainee("E1", "\tTab", "3-1"),
        cert.Trainee("E2", "王小丽", "一组"),
    ]
    statuses = cert.statuses(trainees, [], cert.Window.of(today), today)
    rows = list(csv.reader(io.StringIO(status_csv(statuses, 2).decode("utf-8-sig"))))
    cells = {r[0]: r[:3] for r in rows[1:]}
    assert cells == {
        "H1": ["H1", '\'=HYPERLINK("http://x")', "'+1+cmd|' /C calc'!A0"],
        "'00123": ["'00123", "'@SUM(1,1)", "'2/2"],
        "E1": ["E1", "'\tTab", "'3-1"],
        "E2": ["E2", "王小丽", "一组"],
    }
    assert {r[8] for r in rows[1:]} == {"0次/共2次"}
