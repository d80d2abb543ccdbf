"""`calldrill demo` end to end on a temporary SQLite database: what it writes, says and refuses."""

from __future__ import annotations

from datetime import date

import pytest
from commandline import calldrill

from calldrill.demo import MARKER, PASSWORD, recorded_acts
from core.accounts import Role
from core.scenario import load_scenarios
from scoring import certification as cert
from scoring.scorer import score_call
from storage import Store

TODAY = "2026-12-10"  # in the last 30 days of 2026H2: every status occurs
WRITTEN = (
    "已写入演示数据：3 个班组 12 名学员，练习通话 101 通，考核 14 次。\n"
    "演示学员 2026H2 认证状态（截至 2026-12-10）：已认证 3，即将到期 3，已过期 2，未通过 2，未考核 2；本月未练习 3 人。\n"
)
ACCOUNTS = (
    "演示账号（密码都是 calldrill）：\n"
    "  demo     学员 林小雨（DEMO-101）\n"
    "  trainer  培训师 周老师\n"
    "  hr       HR 钱经理\n"
    "  admin    管理员 系统管理员\n"
)
EXPECTED = {
    "DEMO-101": "certified",
    "DEMO-102": "expiring",
    "DEMO-103": "failed",
    "DEMO-104": "not_assessed",
    "DEMO-201": "certified",
    "DEMO-202": "expired",
    "DEMO-203": "expiring",
    "DEMO-204": "failed",
    "DEMO-301": "certified",
    "DEMO-302": "expired",
    "DEMO-303": "not_assessed",
    "DEMO-304": "expiring",
}


@pytest.fixture
def db_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'calldrill.db'}"
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", url)
    return url


def demo(*args: str):
    return calldrill("demo", "--today", TODAY, *args)


def counts(url: str) -> tuple[int, int, int, int]:
    with Store.open(url) as store:
        return (
            len(store.trainees.all()),
            len(store.results.practice_calls()),
            len(store.results.attempts()),
            len(store.accounts.all()),
        )


def test_an_empty_database_gets_the_whole_population(db_url):
    result = demo()
    assert result.exit_code == 0, result.output
    assert result.stdout == WRITTEN + ACCOUNTS
    assert counts(db_url) == (12, 101, 14, 4)
    today = date.fromisoformat(TODAY)
    with Store.open(db_url) as store:
        attempts = store.results.attempts()
        statuses = cert.statuses(store.trainees.all(), attempts, cert.Window.of(today), today)
        assert {s.trainee.id: s.status.value for s in statuses} == EXPECTED
        month = cert.Month.of(today)
        missed = cert.missing_practice(
            store.trainees.all(), store.results.practice_calls(month), month
        )
        assert [t.id for t in missed] == ["DEMO-104", "DEMO-202", "DEMO-304"]
        assert {a.window for a in attempts} == {
            cert.Window(2025, 2),
            cert.Window(2026, 1),
            cert.Window(2026, 2),
        }
        for username, role in [
            ("demo", Role.TRAINEE),
            ("trainer", Role.TRAINER),
            ("hr", Role.HR),
            ("admin", Role.ADMIN),
        ]:
            assert store.accounts.sign_in(username, PASSWORD).role is role
        assert store.accounts.get("demo").trainee_id == "DEMO-101"


def test_every_stored_report_is_the_real_scorer_on_the_acts_the_bot_recognised(db_url):
    demo()
    scenarios = load_scenarios()
    with Store.open(db_url) as store:
        ids = [c.call_id for a in store.results.attempts() for c in a.calls]
        ids += [p.call_id for p in store.results.practice_calls()]
        assert len(ids) == 101 + 14 * 4
        for call_id in ids:
            stored = store.results.call(call_id)
            assert stored.record.trainee.id == stored.trainee_id
            assert all(u.intents for _, u in stored.record.utterances("trainee"))
            rescored = score_call(
                stored.record,
                scenarios.get(stored.scenario_id),
                recorded_acts(stored.record),
            )
            assert stored.reports[-1].report == rescored


def test_running_it_again_writes_nothing(db_url):
    demo()
    before = counts(db_url)
    result = demo()
    assert result.exit_code == 0
    assert result.stdout == (
        "演示数据已经存在（2026-12-10 写入），没有重复写入。\n"
        + WRITTEN.splitlines(keepends=True)[1]
        + ACCOUNTS
    )
    assert counts(db_url) == before


def test_a_database_in_use_is_refused_and_left_alone(db_url):
    with Store.open(db_url) as store:
        store.trainees.upsert([cert.Trainee("E1001", "王小丽", "一组")])
    result = demo()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "错误：数据库里已经有 1 名学员，看起来是在用的数据库，没有写入演示数据。"
        "演示数据最好放在单独的数据目录里（例如 CALLDRILL_HOME=/tmp/calldrill-demo calldrill demo）；"
        "确实要加进这个数据库，请加 --force（演示学员的工号都以 DEMO- 开头，已有的学员、账号和成绩都不会改动）。\n"
    )
    assert counts(db_url) == (1, 0, 0, 0)
    with Store.open(db_url) as store:
        assert store.preferences.get(MARKER) is None


def test_force_adds_the_demo_beside_real_data_and_keeps_existing_accounts(db_url):
    with Store.open(db_url) as store:
        store.trainees.upsert([cert.Trainee("E1001", "王小丽", "一组")])
        store.accounts.add("admin", "真管理员", Role.ADMIN, "the-real-secret", actor="test")
    result = demo("--force")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "  admin    已存在，未改动（仍用原来的密码）"
    assert counts(db_url) == (13, 101, 14, 4)
    with Store.open(db_url) as store:
        assert store.accounts.sign_in("admin", "the-real-secret").display_name == "真管理员"
        assert store.trainees.all()[0] == cert.Trainee("E1001", "王小丽", "一组")
        assert store.results.attempts("E1001") == []
    again = demo("--force")
    assert again.stdout.splitlines()[-1] == "  admin    已存在，未改动（仍用原来的密码）"
    assert counts(db_url) == (13, 101, 14, 4)


def test_a_real_trainee_with_a_demo_id_is_never_mixed_up(db_url):
    with Store.open(db_url) as store:
        store.trainees.upsert([cert.Trainee("DEMO-101", "真学员", "一组")])
    result = demo("--force")
    assert result.exit_code == 2
    assert result.stderr == (
        "错误：学员名单里已经有工号 DEMO-101，但不是 calldrill demo 写入的，没有写入演示数据。"
        "演示学员的工号都以 DEMO- 开头，请换一个数据库再运行。\n"
    )
    assert counts(db_url) == (1, 0, 0, 0)


def test_an_interrupted_run_is_reported(db_url):
    with Store.open(db_url) as store:
        store.preferences.set(MARKER, {"state": "writing"}, actor="calldrill demo")
    result = demo()
    assert result.exit_code == 2
    assert result.stderr == (
        "错误：上次写入演示数据时中断了，数据不完整，这次没有写入任何内容。"
        "请删除这个数据库（或换一个 CALLDRILL_HOME）后重新运行 calldrill demo。\n"
    )
