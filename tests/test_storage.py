"""The results store, on SQLite and on a real PostgreSQL server that the tests start themselves."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from cert_data import CST, KINDS, exam, report, scenario, scored
from pg_server import fresh_database_url

from core.errors import StorageError
from scoring import certification as cert
from storage import (
    APPEND_ONLY_TABLES,
    Base,
    RecordMismatch,
    Store,
    UnknownCall,
    UnknownTrainee,
    alembic_config,
    record_digest,
)

T0 = datetime(2026, 8, 3, 9, 30, tzinfo=CST)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'calldrill.db'}"
    return fresh_database_url()


@pytest.fixture
def store(url):
    with Store.open(url) as s:
        s.trainees.upsert(
            [cert.Trainee("E1001", "安娜", "一组"), cert.Trainee("E1002", "博文", "二组")]
        )
        yield s


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()


# --- schema ---------------------------------------------------------------------------------------


def test_open_creates_the_schema_and_reopening_changes_nothing(url):
    with Store.open(url) as s:
        with s.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_heads() == ("0004",)
            tables = set(sa.inspect(conn).get_table_names())
        assert {"trainees", "assessment_attempts", "calls", "reports", "overrides"} <= tables
        s.trainees.upsert([cert.Trainee("E1", "甲")])
    with Store.open(url) as s:
        assert s.trainees.all() == [cert.Trainee("E1", "甲", "")]


def test_the_migration_builds_exactly_the_models(url):
    with Store.open(url) as s, s.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_the_migration_downgrades_and_upgrades_again(url):
    with Store.open(url) as s:
        with s.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "base")
        with s.engine.connect() as conn:
            assert set(sa.inspect(conn).get_table_names()) <= {"alembic_version"}
    with Store.open(url) as s:
        s.trainees.upsert([cert.Trainee("E1", "甲")])
        assert len(s.trainees.all()) == 1


def test_a_database_from_a_newer_calldrill_is_refused(url):
    with Store.open(url) as s, s.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(StorageError) as e:
        Store.open(url)
    assert (
        e.value.message
        == "数据库的结构版本（0099）比本程序新。请升级 CallDrill 后再使用这个数据库。"
    )


def test_an_unreachable_database_is_a_storage_error():
    with pytest.raises(StorageError) as e:
        Store.open("postgresql+psycopg://calldrill:secret@127.0.0.1:1/none")
    assert e.value.message.startswith(
        "无法打开数据库 postgresql+psycopg://calldrill:***@127.0.0.1:1/none："
    )
    assert "secret" not in e.value.message


def test_a_bad_database_url_is_a_storage_error():
    with pytest.raises(StorageError) as e:
        Store.open("nosuchdb://hr:secret@db/calldrill")
    assert e.value.message.startswith("数据库地址 nosuchdb://hr:***@db/calldrill 无效（")
    assert e.value.message.endswith("）。请检查 CALLDRILL_DATABASE_URL。")
    with pytest.raises(StorageError) as e:
        Store.open("not a url at all")
    assert e.value.message.startswith("数据库地址 “not a url at all” 无效（")


def test_sqlite_default_is_one_file_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("CALLDRILL_DATABASE_URL", raising=False)
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path / "home"))
    with Store.open() as s:
        s.trainees.upsert([cert.Trainee("E1", "甲")])
    assert sorted(p.name for p in (tmp_path / "home").iterdir()) == ["calldrill.db"]


# --- trainees -------------------------------------------------------------------------------------


def test_roster_upsert(store):
    change = store.trainees.upsert(
        [
            cert.Trainee("E1001", "安娜", "三组"),
            cert.Trainee("E1002", "博文", "二组"),
            cert.Trainee("E1003", "晨曦"),
        ]
    )
    assert (change.added, change.updated, change.unchanged, change.loaded) == (1, 1, 1, 3)
    assert store.trainees.all() == [
        cert.Trainee("E1003", "晨曦", ""),
        cert.Trainee("E1001", "安娜", "三组"),
        cert.Trainee("E1002", "博文", "二组"),
    ]


# --- calls and reports ----------------------------------------------------------------------------


def test_a_practice_call_is_stored_whole_with_its_scenario_terms(store):
    call = scored("E1001", "absent_colleague", T0, score=85)
    call_id = store.results.record_practice_call("E1001", call)
    stored = store.results.call(call_id)
    assert stored.record == call.record
    assert stored.record.facts == {"caller_name": "张伟"}
    assert stored.record_sha256 == record_digest(
        call.record.model_dump(mode="json", exclude_none=True)
    )
    assert (stored.scenario_id, stored.scenario_version, stored.scenario_digest, stored.kind) == (
        "absent_colleague",
        1,
        call.scenario.digest,
        "absent_colleague",
    )
    assert not stored.exam and stored.attempt_id is None
    assert stored.started_at == T0 and stored.started_at.tzinfo is not None
    (r,) = stored.reports
    assert r.report == call.report
    assert (r.pass_mark, r.weights, r.scorer) == (80, dict(call.scenario.rules), "test-scorer 1")
    assert store.results.attempts() == []


def test_the_day_of_a_call_is_the_local_day(store):
    # 00:30 in Beijing on 1 July is still 30 June in UTC: the call belongs to July (and to H2).
    call_id = store.results.record_practice_call(
        "E1001", scored("E1001", "unclear_audio", datetime(2026, 7, 1, 0, 30, tzinfo=CST))
    )
    assert store.results.call(call_id).started_on == date(2026, 7, 1)
    assert [p.call_id for p in store.results.practice_calls(cert.Month(2026, 7))] == [call_id]
    assert store.results.practice_calls(cert.Month(2026, 6)) == []
    attempt_id = store.results.record_attempt(
        "E1001", exam("E1001", datetime(2026, 7, 1, 0, 30, tzinfo=CST)), required_kinds=KINDS
    )
    (a,) = store.results.attempts()
    assert (a.attempt_id, str(a.window), a.taken_on) == (attempt_id, "2026H2", date(2026, 7, 1))


def test_an_exam_attempt_round_trip(store):
    calls = exam("E1001", T0, scores={"unclear_audio": 70})
    attempt_id = store.results.record_attempt("E1001", calls, required_kinds=KINDS)
    (a,) = store.results.attempts()
    assert (a.attempt_id, a.trainee_id, a.number, str(a.window), a.taken_on) == (
        attempt_id,
        "E1001",
        1,
        "2026H2",
        date(2026, 8, 3),
    )
    assert a.kinds == KINDS
    assert [c.kind for c in a.calls] == list(KINDS)
    assert [c.report.score for c in a.calls] == [90, 70, 90, 90]
    result = cert.attempt_result(a)
    assert not result.passed and [c.passed for c in result.calls] == [True, False, True, True]
    for c in a.calls:
        stored = store.results.call(c.call_id)
        assert stored.exam and stored.attempt_id == attempt_id
    assert store.results.practice_calls() == []  # exam calls are never practice


def test_attempt_numbers_and_the_limit_per_window(store):
    store.results.record_attempt(
        "E1001", exam("E1001", T0, scores={"unclear_audio": 50}), required_kinds=KINDS
    )
    store.results.record_attempt(
        "E1001", exam("E1001", T0 + timedelta(days=7)), required_kinds=KINDS
    )
    with pytest.raises(cert.AttemptLimitReached):
        store.results.record_attempt(
            "E1001", exam("E1001", T0 + timedelta(days=14)), required_kinds=KINDS
        )
    assert (
        count(store, "assessment_attempts"),
        count(store, "calls"),
        count(store, "reports"),
    ) == (2, 8, 8)
    # Another trainee, and the next window, are not affected; the limit is configurable.
    store.results.record_attempt("E1002", exam("E1002", T0), required_kinds=KINDS)
    store.results.record_attempt(
        "E1001", exam("E1001", datetime(2027, 1, 5, 9, tzinfo=CST)), required_kinds=KINDS
    )
    store.results.record_attempt(
        "E1001", exam("E1001", T0 + timedelta(days=21)), required_kinds=KINDS, max_attempts=3
    )
    numbers = [(a.trainee_id, str(a.window), a.number) for a in store.results.attempts()]
    assert numbers == [
        ("E1001", "2026H2", 1),
        ("E1002", "2026H2", 1),
        ("E1001", "2026H2", 2),
        ("E1001", "2026H2", 3),
        ("E1001", "2027H1", 1),
    ]
    assert [a.number for a in store.results.attempts("E1002")] == [1]


def test_an_attempt_needs_one_call_of_each_kind(store):
    calls = exam("E1001", T0)
    with pytest.raises(RecordMismatch) as e:
        store.results.record_attempt("E1001", calls[:3], required_kinds=KINDS)
    assert (
        e.value.message == "一次考核应包含每种场景类型各一通考核电话。缺少：unanswerable_question。"
    )
    with pytest.raises(RecordMismatch) as e:
        store.results.record_attempt("E1001", [*calls[:3], calls[0]], required_kinds=KINDS)
    assert e.value.message == (
        "一次考核应包含每种场景类型各一通考核电话。缺少：unanswerable_question。多余或重复：angry_complainant。"
    )
    assert count(store, "assessment_attempts") == 0


def test_a_write_that_fails_half_way_leaves_nothing(store):
    calls = exam("E1001", T0)
    calls[3] = scored(
        "E1002", "unanswerable_question", T0
    )  # someone else's record, found after 3 calls
    with pytest.raises(RecordMismatch) as e:
        store.results.record_attempt("E1001", calls, required_kinds=KINDS)
    assert e.value.message == "通话记录属于学员“E1002”，不是“E1001”。"
    assert [count(store, t) for t in ("assessment_attempts", "calls", "reports")] == [0, 0, 0]


def test_unknown_trainee(store):
    with pytest.raises(UnknownTrainee) as e:
        store.results.record_practice_call("E404", scored("E404", "unclear_audio", T0))
    assert (
        e.value.message
        == "没有工号为“E404”的学员。请先用 calldrill cert import-trainees 导入学员名单。"
    )


def test_a_scenario_without_digest_cannot_be_stored(store):
    call = scored("E1001", "unclear_audio", T0)
    call = type(call)(call.record, call.scenario.model_copy(update={"digest": ""}), call.report, T0)
    with pytest.raises(RecordMismatch, match="没有摘要"):
        store.results.record_practice_call("E1001", call)


def test_a_rescore_adds_a_report_and_the_latest_counts(store):
    store.results.record_attempt(
        "E1001", exam("E1001", T0, scores={"unclear_audio": 70}), required_kinds=KINDS
    )
    call_id = next(
        c.call_id for c in store.results.attempts()[0].calls if c.kind == "unclear_audio"
    )
    v2 = scenario("unclear_audio", version=2)
    new_id = store.results.add_report(
        call_id, report("unclear_audio", 88), v2, scorer="test-scorer 2"
    )
    stored = store.results.call(call_id)
    assert [r.report.score for r in stored.reports] == [70, 88]  # the old report is still there
    assert [(r.scenario_version, r.scorer) for r in stored.reports] == [
        (1, "test-scorer 1"),
        (2, "test-scorer 2"),
    ]
    assert stored.scenario_version == 1  # the call was played with version 1
    assert stored.latest_report.report_id == new_id
    (a,) = store.results.attempts()
    rescored = next(c for c in a.calls if c.call_id == call_id)
    assert (rescored.report_id, rescored.report.score, rescored.scenario_version) == (new_id, 88, 2)
    assert cert.attempt_result(a).passed
    history = {c.call_id: c.score for c in store.results.trainee_calls("E1001")}
    assert len(history) == len(KINDS) and history[call_id] == 88  # the trainee's history too
    assert store.results.trainee_calls("E1002") == []
    with pytest.raises(RecordMismatch):
        store.results.add_report(
            call_id, report("absent_colleague", 88), scenario("absent_colleague")
        )
    with pytest.raises(UnknownCall):
        store.results.add_report(9999, report("unclear_audio", 88), v2)


def test_a_trainers_override_is_a_new_record_with_who_when_and_why(store):
    calls = exam("E1001", T0, forbidden={"absent_colleague": ["no_dismissiveness"]})
    store.results.record_attempt("E1001", calls, required_kinds=KINDS)
    (a,) = store.results.attempts()
    assert not cert.attempt_result(a).passed
    call_id = next(c.call_id for c in a.calls if c.kind == "absent_colleague")
    when = datetime(2026, 8, 4, 10, 0, tzinfo=CST)
    store.results.add_override(
        call_id,
        "no_dismissiveness",
        "pass",
        "trainer_li",
        "“不在”后面紧接着主动提出留言，不是推诿。",
        at=when,
    )
    stored = store.results.call(call_id)
    (o,) = stored.overrides
    assert (o.rule_id, o.status, o.actor, o.reason) == (
        "no_dismissiveness",
        "pass",
        "trainer_li",
        "“不在”后面紧接着主动提出留言，不是推诿。",
    )
    assert o.at == when and o.report_id == stored.latest_report.report_id
    assert (
        stored.latest_report.report.rule("no_dismissiveness").status == "fail"
    )  # the report is untouched
    (a,) = store.results.attempts()
    assert cert.attempt_result(a).passed


def test_override_input_is_checked(store):
    call_id = store.results.record_practice_call("E1001", scored("E1001", "unclear_audio", T0))
    with pytest.raises(cert.InputError, match="未知的规则 id“no_such_rule”"):
        store.results.add_override(call_id, "no_such_rule", "pass", "li", "x")
    with pytest.raises(cert.InputError) as e:
        store.results.add_override(call_id, "no_rudeness", "ok", "li", "x")
    assert e.value.message == "判定“ok”无效，只能是 pass、fail 或 n/a。"
    with pytest.raises(cert.InputError) as e:
        store.results.add_override(call_id, "no_rudeness", "pass", "li", "  ")
    assert e.value.message == "请写明人工判定的理由。"
    with pytest.raises(cert.InputError) as e:
        store.results.add_override(call_id, "no_rudeness", "pass", "", "x")
    assert e.value.message == "请写明是谁做出的人工判定。"
    with pytest.raises(UnknownCall):
        store.results.add_override(9999, "no_rudeness", "pass", "li", "x")
    assert count(store, "overrides") == 0


@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
def test_results_cannot_be_changed_or_deleted_even_with_sql(store, table):
    store.results.record_attempt("E1001", exam("E1001", T0), required_kinds=KINDS)
    call_id = store.results.attempts()[0].calls[0].call_id
    store.results.add_override(call_id, "no_rudeness", "pass", "li", "复核")
    store.audit.record("li", "call.view", str(call_id))
    with store.engine.begin() as conn:  # rows the web app writes through its own methods
        conn.execute(
            sa.text(
                "INSERT INTO reviews (call_id, report_id, rule_id, reviewer, agreed, reason, created_at)"
                " SELECT call_id, report_id, rule_id, 'li', true, '', created_at FROM overrides"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO scenario_drafts (filename, text, author, created_at)"
                " SELECT 'x.yaml', '', 'li', created_at FROM overrides"
            )
        )
    for sql in (f"UPDATE {table} SET created_at = created_at", f"DELETE FROM {table}"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as conn:
            conn.execute(sa.text(sql))
    assert count(store, table) >= 1


def test_calls_keep_exam_and_attempt_consistent(store):
    store.results.record_attempt("E1001", exam("E1001", T0), required_kinds=KINDS)
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO calls (trainee_id, scenario_id, scenario_version, scenario_digest, kind, exam,"
                " attempt_id, started_at, started_on, record, record_sha256, created_at) VALUES"
                " ('E1001', 's', 1, 'd', 'k', :exam, NULL, :t, :d, '{}', 'x', :t)"
            ),
            {"exam": True, "t": datetime(2026, 1, 1, tzinfo=UTC), "d": date(2026, 1, 1)},
        )


def test_concurrent_stores_see_each_others_writes(url):
    with Store.open(url) as a, Store.open(url) as b:
        a.trainees.upsert([cert.Trainee("E1", "甲")])
        b.results.record_practice_call("E1", scored("E1", "unclear_audio", T0))
        assert [p.trainee_id for p in a.results.practice_calls()] == ["E1"]


def test_naive_datetimes_are_local_time(store):
    naive = datetime(2026, 8, 3, 9, 30)
    call_id = store.results.record_practice_call("E1001", scored("E1001", "unclear_audio", naive))
    stored = store.results.call(call_id)
    assert stored.started_at == naive.astimezone().astimezone(UTC)
    assert stored.started_on == date(2026, 8, 3)


def test_utc_offsets_survive_the_round_trip(store):
    when = datetime(2026, 8, 3, 23, 59, tzinfo=timezone(timedelta(hours=-5)))
    call_id = store.results.record_practice_call("E1001", scored("E1001", "unclear_audio", when))
    stored = store.results.call(call_id)
    assert stored.started_at == when and stored.started_at.tzinfo == UTC
    assert stored.started_on == date(2026, 8, 3)


# --- the web app's trainer side: reviews, scenario drafts and publications ---------------------


def test_a_review_agrees_or_overrides_in_one_transaction_with_its_audit(store):
    call_id = store.results.record_practice_call("E1001", scored("E1001", "unclear_audio", T0))
    report_id = store.results.call(call_id).latest_report.report_id
    agreed = store.reviews.add(call_id, "standard_greeting", reviewer="li")
    overridden = store.reviews.add(
        call_id, "no_rudeness", reviewer="li", override="fail", reason="语气生硬"
    )
    first, second = store.reviews.all(call_id)
    assert (first.id, first.report_id, first.agreed, first.status, first.reason) == (
        agreed,
        report_id,
        True,
        None,
        "",
    )
    assert (second.id, second.rule_id, second.agreed, second.status, second.reason) == (
        overridden,
        "no_rudeness",
        False,
        "fail",
        "语气生硬",
    )
    (o,) = store.results.call(call_id).overrides
    assert (o.rule_id, o.status, o.actor, o.reason, o.report_id) == (
        "no_rudeness",
        "fail",
        "li",
        "语气生硬",
        report_id,
    )
    audit = [(e.action, e.target, e.detail) for e in store.audit.entries(actor="li")]
    assert audit == [
        ("review.add", str(call_id), {"rule": "no_rudeness", "agreed": False, "status": "fail"}),
        ("review.add", str(call_id), {"rule": "standard_greeting", "agreed": True, "status": None}),
    ]
    assert [r.id for r in store.reviews.all()] == [agreed, overridden]


def test_an_override_in_a_review_needs_a_reason_and_nothing_is_stored_without(store):
    call_id = store.results.record_practice_call("E1001", scored("E1001", "unclear_audio", T0))
    with pytest.raises(cert.InputError) as e:
        store.reviews.add(call_id, "no_rudeness", reviewer="li", override="fail", reason=" ")
    assert e.value.message == "请写明人工判定的理由。"
    with pytest.raises(cert.InputError, match="未知的规则 id“greeting”"):
        store.reviews.add(call_id, "greeting", reviewer="li")
    with pytest.raises(UnknownCall):
        store.reviews.add(9999, "no_rudeness", reviewer="li")
    assert (count(store, "reviews"), count(store, "overrides"), count(store, "audit_log")) == (
        0,
        0,
        0,
    )


def test_calls_between_days_carry_the_trainees_team(store):
    store.results.record_practice_call("E1001", scored("E1001", "unclear_audio", T0))
    store.results.record_practice_call(
        "E1002", scored("E1002", "unclear_audio", T0 + timedelta(days=1))
    )
    store.results.record_practice_call(
        "E1002", scored("E1002", "unclear_audio", T0 + timedelta(days=7))
    )
    calls = store.results.calls_between(date(2026, 8, 3), date(2026, 8, 9))
    assert [(c.trainee_id, c.team, c.started_on) for c in calls] == [
        ("E1001", "一组", date(2026, 8, 3)),
        ("E1002", "二组", date(2026, 8, 4)),
    ]


def test_drafts_are_kept_whole_and_the_newest_per_file_counts(store):
    first = store.library.add_draft("a.yaml", "id: a\n", author="li")
    other = store.library.add_draft("b.yaml", "id: b\n", author="li")
    newest = store.library.add_draft("a.yaml", "id: a\nversion: 2\n", author="zhou")
    assert [(d.filename, d.text, d.author) for d in store.library.drafts()] == [
        ("a.yaml", "id: a\nversion: 2\n", "zhou"),
        ("b.yaml", "id: b\n", "li"),
    ]
    assert store.library.drafts(since=newest.at) == []
    assert [d.id for d in store.library.drafts(since=first.at)] == [newest.id, other.id]
    assert [d.id for d in store.library.drafts(since=other.at)] == [newest.id]
    assert [e.action for e in store.audit.entries()] == ["scenario.draft"] * 3
    assert count(store, "scenario_drafts") == 3


def test_a_publication_goes_live_or_fails_and_the_newest_live_one_counts(store):
    assert store.library.live_publication() is None
    one = store.library.start_publication("d1", {"a.yaml": "id: a\n"}, actor="li")
    assert (one.status, one.message, one.finished_at) == ("training", "", None)
    assert store.library.live_publication() is None
    live = store.library.finish_publication(one.id, live=True, message="")
    assert live.status == "live" and live.finished_at is not None
    two = store.library.start_publication("d2", {"a.yaml": "id: a\nversion: 2\n"}, actor="li")
    store.library.finish_publication(two.id, live=False, message="训练失败")
    assert store.library.live_publication() == live
    assert [(p.id, p.status, p.message) for p in store.library.publications()] == [
        (two.id, "failed", "训练失败"),
        (one.id, "live", ""),
    ]
    with pytest.raises(StorageError) as e:
        store.library.finish_publication(two.id, live=True, message="")
    assert e.value.message == f"发布记录 {two.id} 不存在或已经结束。"
    assert [e.action for e in store.audit.entries()] == [
        "scenario.publish.failed",
        "scenario.publish",
        "scenario.publish.live",
        "scenario.publish",
    ]
