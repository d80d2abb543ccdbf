"""`calldrill cert …`: the exact words HR and trainers see."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from cert_data import CST, KINDS, exam, scored
from commandline import calldrill

from calldrill.cli.table import render_table
from scoring import certification as cert
from storage import RecordMismatch, Store

ROSTER = "id,name,team\nE1001,安娜,一组\nE1002,博文,一组\nE1003,晨曦,二组\n"


@pytest.fixture
def db_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'calldrill.db'}"
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", url)
    monkeypatch.delenv("CALLDRILL_MAX_ATTEMPTS", raising=False)
    return url


def run(*args: str):
    return calldrill("cert", *args)


def write(tmp_path, text: str, name: str = "roster.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


# --- import-trainees ------------------------------------------------------------------------------


def test_import_a_roster(db_url, tmp_path):
    result = run("import-trainees", write(tmp_path, ROSTER))
    assert result.exit_code == 0
    assert result.stdout == "已导入 3 名学员（新增 3，更新 0，未变 0）。\n"
    assert result.stderr == ""
    with Store.open(db_url) as store:
        assert [(t.id, t.name, t.team) for t in store.trainees.all()] == [
            ("E1001", "安娜", "一组"),
            ("E1002", "博文", "一组"),
            ("E1003", "晨曦", "二组"),
        ]


def test_reimport_updates_names_and_teams(db_url, tmp_path):
    run("import-trainees", write(tmp_path, ROSTER))
    result = run(
        "import-trainees", write(tmp_path, "team,id,name\n二组,E1001,安娜\n一组,E1002,博文\n")
    )
    assert result.exit_code == 0
    assert result.stdout == "已导入 2 名学员（新增 0，更新 1，未变 1）。\n"


def test_excel_bom_and_blank_lines_are_fine(db_url, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes(
        ("id,name,team\r\n\r\nE1001,安娜,一组\r\n" + '"E1002","博文, 小",""\r\n').encode(
            "utf-8-sig"
        )
    )
    result = run("import-trainees", str(path))
    assert result.exit_code == 0, result.output
    with Store.open(db_url) as store:
        assert store.trainees.all()[0] == cert.Trainee("E1002", "博文, 小", "")


def test_bad_rows_are_reported_by_line_and_good_rows_still_load(db_url, tmp_path):
    text = (
        "id,name,team\n"
        "E1001,安娜,一组\n"
        ",无名,一组\n"
        "E1002,,一组\n"
        "E 1003,晨曦,二组\n"
        "E1001,安娜二号,一组\n"
        "E1004,丁一\n"
        "E1005,戊五,二组,多余\n"
        "E1006,己六,二组\n"
    )
    result = run("import-trainees", write(tmp_path, text))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "第3行：工号（id）为空。\n"
        "第4行：姓名（name）为空。\n"
        "第5行：工号“E 1003”无效：只能用字母、数字、“-”“_”“.”，最长 64 个字符。\n"
        "第6行：工号“E1001”与第2行重复。\n"
        "第7行：应有 3 列，实际有 2 列。\n"
        "第8行：应有 3 列，实际有 4 列。\n"
        "已导入 2 名学员（新增 2，更新 0，未变 0）；6 行有错误，未导入。请改正后重新导入这些行。\n"
    )
    with Store.open(db_url) as store:
        assert [t.id for t in store.trainees.all()] == ["E1001", "E1006"]


def test_several_problems_in_one_row(db_url, tmp_path):
    result = run("import-trainees", write(tmp_path, "id,name,team\n,,一组\n"))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == "第2行：工号（id）为空；姓名（name）为空。"


def test_missing_file(db_url, tmp_path):
    missing = tmp_path / "nope.csv"
    result = run("import-trainees", str(missing))
    assert result.exit_code == 2
    assert result.stderr == f"错误：{missing}：文件不存在。请检查路径。\n"
    assert result.stdout == ""


def test_wrong_columns(db_url, tmp_path):
    path = write(tmp_path, "工号,姓名,team\nE1001,安娜,一组\n")
    result = run("import-trainees", path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"错误：{path} 第1行：表头应为 id,name,team（工号、姓名、班组），实际是“工号,姓名,team”。"
        "缺少列：id、name；多余的列：工号、姓名。\n"
    )
    with Store.open(db_url) as store:
        assert store.trainees.all() == []


def test_not_utf8(db_url, tmp_path):
    path = write(tmp_path, ROSTER, encoding="gbk")
    result = run("import-trainees", path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"错误：{path}：不是 UTF-8 编码。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入。\n"
    )


def test_empty_file(db_url, tmp_path):
    path = write(tmp_path, "\n\n")
    result = run("import-trainees", path)
    assert result.exit_code == 2
    assert result.stderr == f"错误：{path}：文件是空的。第一行应为表头：id,name,team。\n"


def test_a_folder_is_not_a_roster(db_url, tmp_path):
    result = run("import-trainees", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"错误：{tmp_path}：这是一个文件夹，不是 CSV 文件。\n"


# --- status ---------------------------------------------------------------------------------------


@pytest.fixture
def history(db_url, tmp_path):
    """E1001 passed in 2026H1; E1002 failed twice in 2026H2; E1003 never assessed."""
    run("import-trainees", write(tmp_path, ROSTER))
    with Store.open(db_url) as store:
        store.results.record_attempt(
            "E1001", exam("E1001", datetime(2026, 3, 10, 9, tzinfo=CST)), required_kinds=KINDS
        )
        for day in (datetime(2026, 7, 20, 9, tzinfo=CST), datetime(2026, 8, 20, 9, tzinfo=CST)):
            calls = exam("E1002", day, forbidden={"absent_colleague": ["no_dismissiveness"]})
            store.results.record_attempt("E1002", calls, required_kinds=KINDS)
    return db_url


def test_status_table(history):
    result = run("status", "--window", "2026H2", "--today", "2026-12-05")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "认证状态 2026H2（截至 2026-12-05，每期最多考核 2 次）\n"
        "工号   姓名  班组  状态      最近考核    结果    得分  有效期至    本期已考\n"
        "-----  ----  ----  --------  ----------  ------  ----  ----------  --------\n"
        "E1001  安娜  一组  即将到期  2026-03-10  通过    90.0  2026-12-31  0/2\n"
        "E1002  博文  一组  未通过    2026-08-20  未通过  90.0  —           2/2\n"
        "E1003  晨曦  二组  未考核    —           —       —     —           0/2\n"
        "共 3 人：已认证 0，即将到期 1，已过期 0，未通过 1，未考核 1。\n"
    )


def test_status_in_the_next_window(history):
    result = run("status", "--window", "2027H1", "--today", "2027-01-02")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[3].split() == [
        "E1001",
        "安娜",
        "一组",
        "已过期",
        "2026-03-10",
        "通过",
        "90.0",
        "2026-12-31",
        "0/2",
    ]
    assert lines[4].split()[3] == "未考核"


def test_status_defaults_to_the_window_of_today(history):
    result = run("status", "--today", "2026-05-01")
    assert result.stdout.splitlines()[0] == "认证状态 2026H1（截至 2026-05-01，每期最多考核 2 次）"
    assert result.stdout.splitlines()[3].split()[3] == "已认证"


def test_the_attempt_limit_comes_from_the_environment(history, monkeypatch):
    monkeypatch.setenv("CALLDRILL_MAX_ATTEMPTS", "3")
    result = run("status", "--window", "2026H2", "--today", "2026-09-01")
    assert "每期最多考核 3 次" in result.stdout
    assert result.stdout.splitlines()[4].endswith("2/3")


def test_status_to_csv(history, tmp_path):
    out = tmp_path / "status.csv"
    result = run("status", "--window", "2026H2", "--today", "2026-09-01", "--csv", str(out))
    assert result.exit_code == 0
    assert result.stdout.endswith(f"已写入 {out}\n")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese right
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [
        "工号",
        "姓名",
        "班组",
        "状态",
        "最近考核",
        "结果",
        "得分",
        "有效期至",
        "本期已考",
        "2026-09练习次数",
    ]
    assert rows[1] == [
        "E1001",
        "安娜",
        "一组",
        "已认证",
        "2026-03-10",
        "通过",
        "90.0",
        "2026-12-31",
        "0次/共2次",
        "0",
    ]
    assert len(rows) == 4


def test_status_csv_into_a_missing_folder(history, tmp_path):
    out = tmp_path / "no" / "such" / "status.csv"
    result = run("status", "--today", "2026-09-01", "--csv", str(out))
    assert result.exit_code == 2
    assert (
        result.stderr == f"错误：{out}：无法写入（No such file or directory）。请检查路径和权限。\n"
    )


def test_status_with_no_trainees(db_url):
    result = run("status")
    assert result.exit_code == 0
    assert result.stdout == "还没有学员。请先导入名单：calldrill cert import-trainees 名单.csv\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--window", "2026H3"],
            "错误：考核窗口“2026H3”无效。应写作“年份H1”或“年份H2”，例如 2026H1（1–6月）、2026H2（7–12月）。\n",
        ),
        (
            ["--today", "2026-13-01"],
            "错误：日期“2026-13-01”无效。应写作“年-月-日”，例如 2026-09-01。\n",
        ),
        (["--max-attempts", "0"], "错误：每期考核次数“0”无效，应为正整数，例如 2。\n"),
        (["--max-attempts", "两次"], "错误：每期考核次数“两次”无效，应为正整数，例如 2。\n"),
    ],
)
def test_bad_status_options(db_url, args, message):
    result = run("status", *args)
    assert result.exit_code == 2
    assert result.stderr == message
    assert result.stdout == ""
    assert isinstance(result.exception, SystemExit)  # no traceback


def test_a_broken_database_url_is_a_message_not_a_traceback(monkeypatch):
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", "postgresql+psycopg://hr:pw@127.0.0.1:1/calldrill")
    result = run("status")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "错误：无法打开数据库 postgresql+psycopg://hr:***@127.0.0.1:1/calldrill："
    )
    assert isinstance(result.exception, SystemExit)


# --- practice -------------------------------------------------------------------------------------


def test_who_did_no_practice_this_month(db_url, tmp_path):
    run("import-trainees", write(tmp_path, ROSTER))
    with Store.open(db_url) as store:
        store.results.record_practice_call(
            "E1002", scored("E1002", "unclear_audio", datetime(2026, 7, 31, 23, 50, tzinfo=CST))
        )
        store.results.record_practice_call(
            "E1003", scored("E1003", "unclear_audio", datetime(2026, 8, 1, 0, 10, tzinfo=CST))
        )
        # An exam call is not a practice drill.
        store.results.record_attempt(
            "E1001", exam("E1001", datetime(2026, 7, 10, 9, tzinfo=CST)), required_kinds=KINDS
        )
    result = run("practice", "--month", "2026-07")
    assert result.exit_code == 0
    assert result.stdout == (
        "2026-07 练习情况：1 人已练习，2 人未练习。\n"
        "工号   姓名  班组\n"
        "-----  ----  ----\n"
        "E1001  安娜  一组\n"
        "E1003  晨曦  二组\n"
    )
    result = run("practice", "--month", "2026-7-1")
    assert result.exit_code == 2
    assert result.stderr == "错误：月份“2026-7-1”无效。应写作“年-月”，例如 2026-07。\n"


def test_render_table_lines_up_chinese_and_latin():
    table = render_table(("工号", "姓名"), [["E1", "欧阳娜娜"], ["E12345", "Li"]])
    assert table.splitlines() == [
        "工号    姓名",
        "------  --------",
        "E1      欧阳娜娜",
        "E12345  Li",
    ]


def test_an_abandoned_and_a_finished_attempt_count_as_two_everywhere(db_url, tmp_path, monkeypatch):
    """An attempt counts from its start: `cert status`, the exam page and storage agree."""
    from calldrill import assessment

    run("import-trainees", write(tmp_path, ROSTER))
    monkeypatch.setenv("CALLDRILL_MAX_ATTEMPTS", "3")
    with Store.open(db_url) as store:
        store.results.start_attempt("E1003", KINDS, datetime(2026, 9, 1, 9, tzinfo=CST))
        started = store.results.start_attempt("E1003", KINDS, datetime(2026, 9, 8, 9, tzinfo=CST))
        store.results.finish_attempt(started, exam("E1003", datetime(2026, 9, 8, 9, tzinfo=CST)))
        page = assessment.allowance(store, "E1003", today=date(2026, 9, 9))
        with pytest.raises(RecordMismatch) as twice:
            store.results.finish_attempt(started, exam("E1003", datetime(2026, 9, 8, tzinfo=CST)))
    assert (page.used, page.left, page.may_start) == (2, 1, True)
    assert twice.value.message == "第 2 次考核的成绩已经保存过了，不能重复保存。"
    result = run("status", "--window", "2026H2", "--today", "2026-09-09")
    row = next(line for line in result.stdout.splitlines() if line.startswith("E1003"))
    assert row.split()[3:] == ["已认证", "2026-09-08", "通过", "90.0", "2027-06-30", "2/3"]
