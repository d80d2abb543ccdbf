"""The trainer's side of the web app in a real browser: scenario library, editor, publishing, review.

Editing, publishing and reviewing change what the app serves and stores, so they run against an app
of their own (`trainer_app`: own database, the run's data directory so trained bots are shared);
the shared `web_app` only serves the permission check. The file-set functions behind the editor
and publishing (ui/scenario_files.py) are tested first, without a browser.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from cert_data import scored
from webapp import WebApp, choose, session_cookie_set, shot, sign_in

from calldrill.library import (
    InvalidFilename,
    Problem,
    bump_versions,
    load_files,
    problems,
    repository_files,
    with_version,
)
from core.errors import ScenarioError
from core.scenario import SCENARIO_DIR, load_scenarios
from storage import Store

FILE = "absent_colleague.yaml"
ORIGINAL = (SCENARIO_DIR / FILE).read_text(encoding="utf-8")
OLD_LINES = """      - 你好，我是{caller_unit}的，麻烦找一下{colleague}。
      - 您好，请问{colleague}在吗？我找他有点事。
      - 你好，帮我找下{colleague}，谢谢。
"""
NEW_LINE = "      - 你好，我找一下{colleague}，他今天在吗？\n"
GREETING = "您好，旭日装饰客服中心，3号客服，请问有什么可以帮您？"


@pytest.fixture(scope="module")
def trainer_app(tmp_path_factory, rasa_url) -> Iterator[WebApp]:
    app = WebApp.start(
        tmp_path_factory.mktemp("trainer-app"),
        env={"CALLDRILL_RASA_URL": rasa_url, "CALLDRILL_HOME": os.environ["CALLDRILL_HOME"]},
    )
    yield app
    app.stop()


ACE = "iframe[title*='streamlit_ace']"


def edit(page, text: str) -> None:
    """Put `text` into the YAML editor (an Ace editor in a component frame) and save it."""
    page.get_by_role("tab", name="编辑").click()
    editor = page.frame_locator(ACE).locator(".ace_editor")
    editor.wait_for()
    editor.evaluate("(el, text) => ace.edit(el).setValue(text, 1)", text)
    page.wait_for_timeout(1500)  # the editor sends its text; the app reruns with it
    page.get_by_role("button", name="校验并保存草稿").click()


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


# --- the scenario set as files ---------------------------------------------------------------------


def test_a_set_is_validated_whole_and_errors_name_the_file_and_line():
    files = repository_files()
    files[FILE] = ORIGINAL.replace("rings_before_giving_up: 6", "rings_before_giving_up: 30")
    files["copy.yaml"] = ORIGINAL
    with pytest.raises(ScenarioError) as e:
        load_files(files)
    n = line_of(files[FILE], "rings_before_giving_up")
    assert problems(e.value) == [
        Problem(
            f"{FILE} 第{n}行，字段“rings_before_giving_up”：取值 30 超出范围：应不大于 20。",
            FILE,
            n,
        )
    ]
    files[FILE] = ORIGINAL
    with pytest.raises(ScenarioError) as e:
        load_files(files)
    assert e.value.message == (
        "copy.yaml 第1行，字段“id”：场景 id“absent_colleague”与 absent_colleague.yaml 重复，"
        "每个场景的 id 必须唯一。"
    )
    with pytest.raises(InvalidFilename):
        load_files({"Bad Name.yaml": ORIGINAL})


def test_publishing_raises_the_version_of_changed_scenarios_only():
    files = repository_files()
    live = load_files(files)
    changed = ORIGINAL.replace(OLD_LINES, NEW_LINE)
    bumped = bump_versions(live, {**files, FILE: changed})
    assert bumped[FILE] == changed.replace("version: 1\n", "version: 2\n", 1)
    assert {k: v for k, v in bumped.items() if k != FILE} == {
        k: v for k, v in files.items() if k != FILE
    }
    raised = changed.replace("version: 1\n", "version: 5\n", 1)
    assert bump_versions(live, {**files, FILE: raised})[FILE] == raised
    comment_only = ORIGINAL + "# 一条注释\n"
    assert bump_versions(live, {**files, FILE: comment_only})[FILE] == comment_only
    newer_live = load_files(bumped)
    assert bump_versions(newer_live, {**files, FILE: changed})[FILE] == with_version(
        changed, 2
    )  # a draft edited from the older text never takes the version back


def test_a_missing_version_is_written_under_the_id():
    text = "# 注释\nid: a\ntitle: 甲\n"
    assert with_version(text, 3) == "# 注释\nid: a\nversion: 3\ntitle: 甲\n"
    assert with_version("id: a\nversion: 1 # 旧\n", 2) == "id: a\nversion: 2 # 旧\n"


def test_a_failed_training_is_recorded_and_changes_nothing_live(tmp_path, monkeypatch):
    from calldrill import live, publish

    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path))  # no trained bot cached here
    monkeypatch.setenv("CALLDRILL_RASA_VENV", str(tmp_path / "no-rasa"))
    with Store.open(f"sqlite:///{tmp_path / 'calldrill.db'}") as store:
        with pytest.raises(publish.NothingToPublish):
            publish.publish(store, actor="li")
        publish.save_draft(store, FILE, ORIGINAL.replace(OLD_LINES, NEW_LINE), author="li")
        started = publish.publish(store, actor="li")
        assert started.status == "training"
        with pytest.raises(publish.PublishBusy):
            publish.publish(store, actor="li")
        deadline = time.monotonic() + 60
        while publish.training(store) and time.monotonic() < deadline:
            time.sleep(0.2)
        (failed,) = store.library.publications()
        assert store.library.live_publication() is None
        assert live.live_set(store).publication is None
    assert failed.status == "failed"
    assert failed.message.startswith(f"找不到 Rasa 的运行环境（{tmp_path / 'no-rasa'}）。")


def test_the_change_list_a_discarded_draft_and_a_rollback(tmp_path, monkeypatch):
    """Publishing logic alone: training is replaced by an instant stand-in (the browser test below
    trains for real)."""
    from types import SimpleNamespace

    from calldrill import live, publish

    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path))
    monkeypatch.setattr(publish, "train", lambda scenarios: scenarios.digest)
    monkeypatch.setattr(live, "serve", lambda bot: SimpleNamespace(url=f"http://bot/{bot}"))

    def published(store, start) -> object:
        deadline = time.monotonic() + 30
        while publish.training(store) and time.monotonic() < deadline:
            time.sleep(0.05)
        return next(p for p in store.library.publications() if p.id == start.id)

    changed = ORIGINAL.replace(OLD_LINES, NEW_LINE)
    new_file = ORIGINAL.replace("id: absent_colleague", "id: late_delivery", 1)
    with Store.open(f"sqlite:///{tmp_path / 'calldrill.db'}") as store:
        publish.save_draft(store, FILE, changed, author="li")
        publish.save_draft(store, "late_delivery.yaml", new_file, author="li")
        assert [(c.kind, c.filename) for c in publish.changes(store)] == [
            ("修改", FILE),
            ("新增", "late_delivery.yaml"),
        ]
        assert "+      - 你好，我找一下{colleague}，他今天在吗？" in publish.changes(store)[0].diff
        publish.discard_draft(store, "late_delivery.yaml", author="li")
        publish.discard_draft(store, FILE, author="li")
        assert publish.changes(store) == []
        with pytest.raises(publish.NothingToPublish):
            publish.publish(store, actor="li")

        publish.save_draft(store, FILE, changed, author="li")
        first = published(store, publish.publish(store, actor="li"))
        publish.save_draft(
            store, FILE, first.files[FILE].replace("他今天在吗", "在不在"), author="li"
        )
        second = published(store, publish.publish(store, actor="li"))
        back = published(store, publish.rollback(store, first.id, actor="li"))
        with pytest.raises(publish.NothingToPublish) as again:
            publish.rollback(store, back.id, actor="li")
    assert (first.status, second.status, back.status) == ("live", "live", "live")
    assert "version: 2\n" in first.files[FILE] and "version: 3\n" in second.files[FILE]
    assert back.files[FILE] == first.files[FILE].replace("version: 2\n", "version: 4\n", 1)
    assert again.value.message == f"发布 #{back.id} 就是正在使用的版本。"


# --- in the browser -------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.rasa
def test_hr_opening_the_library_is_told_no(web_app, page):
    sign_in(page, web_app, "hr")
    page.get_by_role("link", name="认证看板").wait_for()
    session_cookie_set(page)
    page.goto(f"{web_app.url}/library")
    page.get_by_text(
        "您没有权限打开这个页面：它只对培训师、管理员开放，您当前的身份是HR。"
    ).wait_for()
    assert page.get_by_role("heading", name="场景库").count() == 0


@pytest.mark.browser
@pytest.mark.rasa
def test_trainer_edits_validates_publishes_and_hears_the_new_line(trainer_app, page):
    sign_in(page, trainer_app, "trainer")
    page.get_by_role("heading", name="场景库").wait_for()
    page.get_by_role("cell", name="找经理的客户").wait_for()
    assert page.get_by_text("共 4 个场景。").count() == 1
    page.get_by_label("搜索（编号、标题、简介）").fill("信号")
    page.get_by_label("搜索（编号、标题、简介）").press("Enter")
    page.get_by_text("共 1 个场景。").wait_for()
    assert page.get_by_role("cell", name="信号不好的报修来电").count() == 1
    page.get_by_label("搜索（编号、标题、简介）").fill("")
    page.get_by_label("搜索（编号、标题、简介）").press("Enter")
    page.get_by_text("共 4 个场景。").wait_for()

    invalid = ORIGINAL.replace("rings_before_giving_up: 6", "rings_before_giving_up: 30")
    edit(page, invalid)
    n = line_of(invalid, "rings_before_giving_up")
    page.get_by_text(
        "场景有错误，草稿没有保存。请改正后再保存（错误也标在编辑器左侧的行号上）："
    ).wait_for()
    page.get_by_text(
        f"{FILE} 第{n}行，字段“rings_before_giving_up”：取值 30 超出范围：应不大于 20。"
    ).wait_for()
    page.get_by_text(f"▶ {n:>3} | rings_before_giving_up: 30").wait_for()
    gutter = page.frame_locator(ACE).locator(".ace_gutter-cell.ace_error")
    gutter.first.wait_for()
    shot(page, "library_editor_error")
    assert gutter.first.inner_text().strip() == str(n)  # marked at its line in the editor
    with Store.open(trainer_app.database_url) as store:
        assert store.library.drafts() == []

    changed = ORIGINAL.replace(OLD_LINES, NEW_LINE)
    assert changed != ORIGINAL
    edit(page, changed)
    page.get_by_text(f"已保存草稿：{FILE}（草稿 1）。发布后才会用于练习和考核。").wait_for()
    with Store.open(trainer_app.database_url) as store:
        (draft,) = store.library.drafts()
        assert (draft.filename, draft.text, draft.author) == (FILE, changed, "trainer")
        assert store.audit.entries(actor="trainer")[0].action == "scenario.draft"

    page.get_by_role("tab", name="流程图").click()
    for title in (
        "找经理的客户",
        "地板被划坏的投诉业主",
        "询问返修赔付标准的业主",
        "信号不好的报修来电",
    ):
        choose(page, "场景", title)
        page.locator("svg").filter(has_text="接听").first.wait_for()
        assert page.locator("svg g.node").count() > 10
    shot(page, "library_flow_diagram")

    page.get_by_role("tab", name="发布").click()
    page.get_by_text(f"修改：{FILE}").click()
    page.get_by_text(NEW_LINE.strip().lstrip("- ")).first.wait_for()  # the diff shows the new line
    shot(page, "library_publish_changes")
    assert page.get_by_role("button", name="发布新版本").is_disabled()
    page.get_by_text("我已核对以上 1 个文件的修改").click()
    page.get_by_role("button", name="发布新版本").click()
    page.get_by_text(re.compile(r"发布 #1：正在训练客户机器人……已用 \d+ 秒")).wait_for()
    page.get_by_text("发布 #1 已上线：新的练习和考核使用这一版场景。").wait_for(timeout=240_000)
    with Store.open(trainer_app.database_url) as store:
        published = store.library.live_publication()
    assert published.files[FILE] == changed.replace("version: 1\n", "version: 2\n", 1)
    assert published.files["unclear_audio.yaml"] == (SCENARIO_DIR / "unclear_audio.yaml").read_text(
        encoding="utf-8"
    )

    page.get_by_role("tab", name="场景列表").click()
    row = page.get_by_role("row").filter(has_text="找经理的客户")
    row.wait_for()
    nodes = len(load_scenarios().get("absent_colleague").nodes)
    assert row.get_by_role("cell").all_inner_texts()[3:] == ["2", str(nodes), "已发布"]

    page.get_by_role("tab", name="试聊").click()
    choose(page, "试聊场景", "找经理的客户（absent_colleague，第 2 版）")
    page.get_by_role("button", name="开始试聊").click()
    box = page.get_by_placeholder("您说……")
    box.fill(GREETING)
    box.press("Enter")
    page.get_by_text(re.compile(r"^你好，我找一下.经理，他今天在吗？$")).wait_for()
    page.get_by_text(re.compile(r"^识别出的行为：.*报公司名.*；客户回应的是：")).wait_for()
    page.get_by_text("当前节点：ask_for_colleague").wait_for()
    shot(page, "library_preview_acts")

    # Roll back to the repository's version: published again as #2, versions still going up.
    page.get_by_role("tab", name="发布").click()
    page.get_by_text("没有待发布的修改。").wait_for()
    page.get_by_text("回滚到以前的版本").click()
    page.get_by_text("确认用“初始版本（代码库中的场景）”的场景重新发布").click()
    page.get_by_role("button", name="回滚", exact=True).click()
    page.get_by_text("发布 #2 已上线：新的练习和考核使用这一版场景。").wait_for(timeout=240_000)
    with Store.open(trainer_app.database_url) as store:
        rolled_back = store.library.live_publication()
    assert rolled_back.id == 2
    assert rolled_back.files[FILE] == ORIGINAL.replace("version: 1\n", "version: 3\n", 1)


def status_of(trainee_id: str, database_url: str) -> str:
    """The trainee's certification status today, as HR's dashboard and `cert status` show it."""
    from calldrill import assessment
    from scoring import certification as cert

    today = datetime.now().date()
    with Store.open(database_url) as store:
        everyone = assessment.statuses(store, cert.Window.of(today), today, 2)
    return next(s.status.label for s in everyone if s.trainee.id == trainee_id)


@pytest.mark.browser
@pytest.mark.rasa
def test_trainer_reviews_a_whole_call_in_one_form_and_the_override_counts(trainer_app, page):
    """An exam call failed on 无礼; the trainer overrides it with a reason: the shown status, the
    score, the verdict and the trainee's certification all follow the trainer's decision."""
    with Store.open(trainer_app.database_url) as store:
        exam_call = scored(
            "E2001", "unclear_audio", datetime.now(), forbidden_failed=["no_rudeness"]
        )
        store.results.record_attempt("E2001", [exam_call], required_kinds=["unclear_audio"])
        call_id = store.results.attempts("E2001")[0].calls[0].call_id
        rules = [r.id for r in store.results.call(call_id).latest_report.report.rules]
    assert status_of("E2001", trainer_app.database_url) == "未通过"
    sign_in(page, trainer_app, "trainer")
    page.get_by_role("link", name="复核队列").click()
    page.get_by_role("heading", name="复核队列").wait_for()
    choose(page, "复核通话", f"通话 {call_id}（赵强）")
    page.get_by_role("heading", name=f"通话 {call_id}：E2001，unclear_audio（第 1 版）").wait_for()
    page.get_by_text("└ 第1句（学员，2.5秒）：“您好，旭日装饰客服中心，3号客服。”").first.wait_for()
    page.get_by_text("得分：90.0　结果：未通过（出现禁止行为，无论得分多少都不通过）").wait_for()

    rudeness = rules.index("no_rudeness")
    decision = page.get_by_label("判定").nth(rudeness)
    decision.click()
    decision.press("ArrowDown")  # opens the list even when the click only focused it
    page.get_by_role("option", name="改为通过", exact=True).click()
    page.get_by_role("button", name="提交复核").click()
    page.get_by_text("“禁止：无礼”改判了，请写明理由后再提交；没有保存任何内容。").wait_for()
    with Store.open(trainer_app.database_url) as store:
        assert store.reviews.all(call_id) == []
    page.get_by_placeholder("改判的理由").nth(rudeness).fill("语气平和，只是问候")
    page.get_by_role("button", name="提交复核").click()
    page.get_by_text(f"已提交复核：{len(rules)} 条规则，改判 1 条。").wait_for()

    page.get_by_text("复核后得分：90.0　结果：通过").wait_for()
    page.get_by_text("（复核改判，trainer：语气平和，只是问候；自动评分：✗ 未通过）").wait_for()
    page.get_by_role("heading", name="自动评分与培训师的一致率（按规则）").wait_for()
    rows = page.get_by_role("row")
    percent = page.get_by_role("cell", name="0%", exact=True)
    rows.filter(has_text="禁止：无礼").filter(has=percent).wait_for()  # the page has rerun
    assert rows.filter(has_text="禁止：无礼").last.get_by_role("cell").all_inner_texts()[-3:] == [
        "1",
        "0",
        "0%",
    ]
    assert rows.filter(has_text="标准问候语").last.get_by_role("cell").all_inner_texts()[-3:] == [
        "1",
        "1",
        "100%",
    ]
    with Store.open(trainer_app.database_url) as store:
        reviews = store.reviews.all(call_id)
        (override,) = store.results.call(call_id).overrides
        viewed = [e for e in store.audit.entries(actor="trainer") if e.action == "call.view"]
    assert len(reviews) == len(rules) and sum(not r.agreed for r in reviews) == 1
    assert (override.rule_id, override.status, override.reason) == (
        "no_rudeness",
        "pass",
        "语气平和，只是问候",
    )
    assert [e.target for e in viewed] == [str(call_id)]
    assert status_of("E2001", trainer_app.database_url) == "已认证"
