"""HR's certification dashboard in a real browser, over the demo population (`calldrill demo`)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from playwright.sync_api import expect
from webapp import choose, session_cookie_set, shot, sign_in

from calldrill.certificate_pdf import certificate_lines, window_label
from calldrill.certificates import verification_code
from calldrill.demo import PASSWORD, seed_demo
from calldrill.exports import STATUS_HEADERS, status_csv, status_rows
from core.scenario import load_scenarios
from scoring import certification as cert
from storage import Store

pytestmark = [pytest.mark.browser, pytest.mark.rasa]

TEAM = "演示2组"


@pytest.fixture(scope="module")
def demo_data(web_app) -> str:
    """The demo population beside the app's own trainees and accounts (hence force)."""
    with Store.open(web_app.database_url) as store:
        seed_demo(store, date.today(), force=True)
    return web_app.database_url


def team_statuses(url: str) -> list[cert.TraineeStatus]:
    today = date.today()
    with Store.open(url) as store:
        everyone = cert.statuses(
            store.trainees.all(), store.results.attempts(), cert.Window.of(today), today
        )
    return [s for s in everyone if s.trainee.team == TEAM]


def table_rows(page) -> list[list[str]]:
    rows = page.locator("table").first.locator("tbody tr")
    return [[c.strip() for c in r.locator("td").all_inner_texts()] for r in rows.all()]


def cell(page, trainee_id: str, column: int):
    """A cell of the status table (waits, with expect, for the page to show the new run)."""
    row = page.locator("table").first.locator("tbody tr").filter(has_text=trainee_id)
    return row.locator("td").nth(column)


def test_hr_filters_a_team_and_downloads_its_csv_and_a_certificate(demo_data, web_app, page):
    sign_in(page, web_app, "hr")
    page.get_by_role("heading", name="认证看板").wait_for()
    page.get_by_text(
        f"状态截至 {date.today().isoformat()}。“即将到期”：证书在 30 天内到期。每期最多考核 2 次。"
    ).wait_for()
    page.get_by_role("cell", name="DEMO-104", exact=True).first.wait_for()  # all teams

    choose(page, "班组", TEAM)
    page.get_by_role("button", name="导出 CSV（4 人）").wait_for()
    statuses = team_statuses(demo_data)
    expected = status_rows(statuses, 2)
    assert [row[:-1] for row in table_rows(page)] == expected
    assert [row[3] for row in expected if row[0] in ("DEMO-202", "DEMO-204")] == [
        "已过期",
        "未通过",
    ]
    page.get_by_text(
        "1 人本月还没有做过模拟通话练习（规程：每月至少一次角色扮演演练）。"
    ).wait_for()

    with page.expect_download() as download:
        page.get_by_role("button", name="导出 CSV（4 人）").click()
    data = Path(download.value.path()).read_bytes()
    month = cert.Month.of(date.today())
    with Store.open(demo_data) as store:
        practice = cert.practice_counts(
            [s.trainee for s in statuses], store.results.practice_calls(month), month
        )
    # the file `calldrill cert status --csv` writes, with this month's practice
    assert data == status_csv(statuses, 2, practice, month)
    window = cert.Window.of(date.today())
    assert download.value.suggested_filename == f"认证状态_{window}_{TEAM}.csv"
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [*STATUS_HEADERS, f"{month}练习次数"]
    assert [r[:4] for r in rows[1:]][1] == ["DEMO-202", "孙浩然", TEAM, "已过期"]
    assert {r[8] for r in rows[1:]} <= {f"{n}次/共2次" for n in range(3)}  # never a date in Excel

    choose(page, "学员", "DEMO-201 刘佳宁")
    with page.expect_download() as download:
        page.get_by_role("button", name="下载证书 PDF").click()
    pdf = pypdf.PdfReader(download.value.path())
    text = [line.strip() for line in pdf.pages[0].extract_text().splitlines() if line.strip()]
    holder = next(s for s in statuses if s.trainee.id == "DEMO-201")
    with Store.open(demo_data) as store:
        earned = next(
            a
            for a in store.results.attempts("DEMO-201")
            if a.attempt_id == holder.certificate.attempt_id
        )
        code = verification_code(store, holder.certificate)
    lines = certificate_lines(
        holder.trainee,
        holder.certificate,
        cert.attempt_result(earned),
        company="旭日装饰客服中心",
        titles={s.id: s.title for s in load_scenarios().scenarios},
        code=code,
    )
    assert text == [line for part in lines.values() for line in part]
    assert text[:5] == [
        "上岗认证证书",
        "旭日装饰客服中心 · 电话接听规范",
        "兹证明",
        "刘佳宁",
        "工号 DEMO-201　　班组 演示2组",
    ]
    assert download.value.suggested_filename.endswith("_DEMO-201.pdf")
    assert f"验证码 {code}：" in " ".join(text)

    with Store.open(demo_data) as store:
        log = store.audit.entries(actor="hr", limit=2)
    assert [(e.action, e.target) for e in log] == [
        ("certificate.pdf", "DEMO-201"),
        ("export.csv", str(cert.Window.of(date.today()))),
    ]
    assert log[1].detail == {"team": TEAM, "status": "全部", "rows": 4}

    choose(page, "状态", "未通过")
    page.get_by_role("button", name="导出 CSV（1 人）").wait_for()
    assert [row[:4] for row in table_rows(page)] == [["DEMO-204", "吴俊杰", TEAM, "未通过"]]
    page.get_by_text("所列学员中没有持有效证书的人。").wait_for()

    # The window before: DEMO-202's certificate (from the window before that) ran to its last day.
    previous = cert.Window.of(date.today()).previous()
    choose(page, "状态", "全部")
    choose(page, "考核窗口", window_label(previous))
    expect(cell(page, "DEMO-202", 3)).to_have_text("即将到期")
    expect(cell(page, "DEMO-202", 7)).to_have_text(previous.end.isoformat())
    expect(cell(page, "DEMO-204", 3)).to_have_text("未考核")

    # HR checks a certificate someone shows them: the code printed on it; a made-up one is refused.
    page.get_by_label("验证码（证书下方，例如 ABCD-EF23）").fill(code)
    page.get_by_role("button", name="核验").click()
    page.get_by_text(f"证书有效：{lines['footer'][1].removeprefix('证书编号 ')}，刘佳宁").wait_for()
    page.get_by_label("验证码（证书下方，例如 ABCD-EF23）").fill("ZZZZ-ZZZZ")
    page.get_by_role("button", name="核验").click()
    page.get_by_text("查无此证：这个验证码不是本系统签发的，或抄错了。").wait_for()
    with Store.open(demo_data) as store:
        checks = store.audit.entries(actor="hr", limit=2)
    assert [(e.action, e.target) for e in checks] == [
        ("certificate.verify", "ZZZZ-ZZZZ"),
        ("certificate.verify", code),
    ]

    # Sorted by expiry, and from the table to one trainee's history.
    choose(page, "排序", "有效期（先到期的在前）")
    expect(cell(page, "DEMO-203", 7)).to_have_text("2026-12-31")
    choose(page, "打开成绩与通话", "DEMO-201 刘佳宁")
    page.get_by_role("button", name="打开", exact=True).click()
    page.get_by_role("heading", name="成绩与通话").wait_for()
    page.get_by_role("heading", name="每月平均得分").wait_for()
    with Store.open(demo_data) as store:
        history = store.results.trainee_calls("DEMO-201")
    opened = page.get_by_role("button", name=re.compile(r"^(查看|考核结果)$"))
    expect(opened).to_have_count(len(history))  # every call of the chosen trainee, no other
    shot(page, "hr_opens_trainee_history")


def test_the_demo_trainee_may_not_open_the_dashboard(demo_data, web_app, page):
    sign_in(page, web_app, "demo", PASSWORD)
    page.get_by_role("link", name="练习与考核").wait_for()
    session_cookie_set(page)
    page.goto(f"{web_app.url}/dashboard")
    page.get_by_text(
        "您没有权限打开这个页面：它只对HR、管理员开放，您当前的身份是学员。"
    ).wait_for()
    assert page.get_by_role("heading", name="认证看板").count() == 0
