"""Files HR opens in Excel: formulas never run, attempt counts never become dates."""

from __future__ import annotations

import csv
import io

from calldrill.exports import excel_safe, table_csv


def test_cells_that_would_start_a_formula_are_neutralised():
    for hostile in (
        '=HYPERLINK("http://x")',
        "+1+cmd|' /C calc'!A0",
        "-2",
        "@SUM(1,1)",
        "\tx",
        "\rx",
    ):
        assert excel_safe(hostile) == "'" + hostile
    for plain in ("王小丽", "2026-12-05", "90.0", "2次/共2次", ""):
        assert excel_safe(plain) == plain


def test_a_table_reads_back_as_written_with_a_bom():
    data = table_csv(["工号", "姓名"], [["E1", "王小丽"], ["E2", "=1+1"]])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["工号", "姓名"], ["E1", "王小丽"], ["E2", "'=1+1"]]
