"""The admin's pages in a real browser: accounts and the roster upload, with the audit log."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from webapp import settled, shot, sign_in

from storage import Store

pytestmark = [pytest.mark.browser, pytest.mark.rasa]


def upload(page, tmp_path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(path))
    page.get_by_text(name).first.wait_for()
    page.get_by_role("button", name="导入").click()


def test_a_malformed_roster_upload_changes_nothing(web_app, page, tmp_path):
    with Store.open(web_app.database_url) as store:
        before = store.trainees.all()
    sign_in(page, web_app, "admin")
    page.get_by_role("heading", name="导入学员名单").wait_for()

    upload(page, tmp_path, "名单.csv", "工号,姓名\nE9001,新人\n".encode())
    page.get_by_text(
        "没有导入任何学员：名单.csv 第1行：表头应为 id,name,team（工号、姓名、班组），"
        "实际是“工号,姓名”。缺少列：id、name、team；多余的列：工号、姓名。"
    ).wait_for()

    upload(page, tmp_path, "bad-rows.csv", b"id,name,team\nE9001,New,A\nE9002,,A\n")
    page.get_by_text("没有导入任何学员：1 行有错误，请改正后重新上传整个文件。").wait_for()
    page.get_by_text("第3行：姓名（name）为空。").wait_for()

    upload(page, tmp_path, "gbk.csv", "id,name,team\nE9001,新人,一组\n".encode("gbk"))
    page.get_by_text("gbk.csv：不是 UTF-8 编码。", exact=False).wait_for()

    with Store.open(web_app.database_url) as store:
        assert store.trainees.all() == before

    upload(page, tmp_path, "good.csv", "id,name,team\nE9001,新人,三组\n".encode())
    page.get_by_text("已导入 1 名学员（新增 1，更新 0，未变 0）。").wait_for()
    with Store.open(web_app.database_url) as store:
        assert [t.id for t in store.trainees.all() if t.team == "三组"] == ["E9001"]
        assert store.audit.entries(actor="admin")[0].action == "roster.import"


def fill_new_account(page, username: str, role: str) -> None:
    page.get_by_label("用户名", exact=True).fill(username)
    page.get_by_label("姓名", exact=True).fill("孙培训")
    page.get_by_test_id("stSelectbox").filter(has_text="角色").click()
    page.get_by_role("option", name=role).click()
    page.get_by_label("初始密码（至少 8 个字符）").fill("trainer-pass-1")
    page.get_by_role("button", name="创建").click()


def test_admin_creates_an_account_that_can_sign_in(web_app, page, chromium):
    sign_in(page, web_app, "admin")
    page.get_by_role("heading", name="新建账号").wait_for()
    fill_new_account(page, "x", "培训师")
    page.get_by_text("用户名“x”无效：只能用 2–64 个英文字母、数字、点、下划线或连字符").wait_for()
    fill_new_account(page, "sun.trainer", "培训师")
    page.get_by_text("已创建账号 sun.trainer。").wait_for()
    page.get_by_role("cell", name="sun.trainer", exact=True).wait_for()  # in the table at once
    with Store.open(web_app.database_url) as store:
        assert store.accounts.get("sun.trainer").role.value == "trainer"
        assert store.audit.entries(actor="admin")[0].action == "user.add"

    # The audit log in Chinese, filtered by a part of a user name and by action, exported.
    page.get_by_role("link", name="审计日志").click()
    page.get_by_label("用户（输入名字的一部分即可）").fill("adm")
    page.get_by_label("用户（输入名字的一部分即可）").press("Enter")
    page.get_by_label("操作").click()
    page.get_by_role("option", name="新建账号").click()
    page.keyboard.press("Escape")
    page.get_by_text("共 1 条（最新的在前，最多显示 2000 条）。").wait_for()
    settled(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="导出 CSV").click()
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text("utf-8-sig"))))
    assert rows[0] == ["时间", "用户", "操作", "对象", "详情"]
    assert {(r[1], r[2]) for r in rows[1:]} == {("admin", "新建账号")}
    assert "sun.trainer" in {r[3] for r in rows[1:]}
    shot(page, "audit_log_filtered")

    other = chromium.new_context(locale="zh-CN").new_page()
    sign_in(other, web_app, "sun.trainer", "trainer-pass-1")
    other.get_by_role("link", name="复核队列").wait_for()
    assert other.get_by_role("link", name="账号管理").count() == 0
    other.context.close()
