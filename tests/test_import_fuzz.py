"""Excel imports fuzzed with hypothesis: every workbook ends in a report or a clean import.

Workbooks are written with openpyxl from generated sheets: right and wrong headers, wrong
types (numbers, booleans, dates, times where text belongs), huge strings, formulas, merged
cells, empty sheets and extra sheets, mixed with plausible rows so that some imports succeed.
Each import must either succeed or raise ``Refused`` (a report naming sheet, row and column),
and a refused one must leave every table exactly as it was: nothing half done. No other
exception may escape, on SQLite and on PostgreSQL (where an over-long value would otherwise be
a database error).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from roster_helpers import add_staff, make_period
from sqlalchemy import func, select

from xianghua_console.exports.directory_xlsx import import_directory_file
from xianghua_console.exports.ledger_xlsx import read_ledger
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.ledger import SHEETS, import_ledger
from xianghua_console.services.roster_admin import import_roster
from xianghua_console.store.models import Base

RUNS: dict[tuple[str, str, str], int] = {}  # (importer, backend, outcome) → imports run

FORMULAS = ["=1+1", "=A1", "=SUM(A1:B3)", "=1/0", '=HYPERLINK("http://x","x")', "=NOW()"]
GOOD = [
    "信访办", "派出所", "村", "镇直单位", "秦岭", "13700001111", "0396-6952565", "其他",
    "一般", "较重", "严重", "零报告", "有情况", "带班领导", "值班人员", "备勤人员", "驾驶员",
    "领导1", "干事2", "司机1", "2027-03-04", "2027-03-04 09:00", "2027-03-04 09:20",
    "2027/03/06", "2027-0012", "东岗村", "副镇长", "3", "0",
]
text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
huge = st.integers(61, 6000).map(lambda n: "长" * n)
cell = st.one_of(
    st.none(),
    st.sampled_from(GOOD),
    st.sampled_from(GOOD),
    text,
    huge,
    st.sampled_from(FORMULAS),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(date(1900, 3, 1), date(2030, 12, 31)),
    st.datetimes(datetime(1900, 3, 1), datetime(2030, 12, 31)),  # noqa: DTZ001 - Excel cells
    st.times(),
)


@st.composite
def sheet(draw, header: tuple[str, ...], good_row=None):  # noqa: ANN001
    """A header (right, shuffled, cut short or missing) and a few rows of cells."""
    how = draw(st.sampled_from(["right", "right", "right", "starred", "shuffled", "short",
                                "none", "extra"]))
    head = list(header)
    if how == "starred":
        head = [h + "*" for h in head]
    elif how == "shuffled":
        head = draw(st.permutations(head))
    elif how == "short":
        head = head[: draw(st.integers(0, max(len(head) - 1, 0)))]
    elif how == "extra":
        head = head + [draw(text)]
    width = len(header) + draw(st.integers(-1, 2))
    fuzzed = st.lists(cell, min_size=max(width, 0), max_size=max(width, 0))
    rows = draw(st.lists(fuzzed if good_row is None else st.one_of(fuzzed, good_row, good_row),
                         max_size=6))
    merges = draw(st.lists(st.tuples(st.integers(1, 7), st.integers(1, 7), st.integers(0, 2),
                                     st.integers(0, 2)), max_size=2))
    return (None if how == "none" else head), rows, merges


@st.composite
def workbook(draw, sheets: dict[str, tuple[str, ...]], good_row=None):  # noqa: ANN001
    """Some of ``sheets`` (possibly none), each fuzzed, and perhaps extra or empty sheets."""
    chosen = draw(st.lists(st.sampled_from(list(sheets)), unique=True, max_size=len(sheets)))
    out = [(name, draw(sheet(sheets[name], good_row))) for name in chosen]
    if draw(st.booleans()):
        out.append((draw(st.sampled_from(["草稿", "Sheet1", "说明", "值班 "])),
                    (None, [], [])))  # an extra, empty sheet
    return out


def write(path: Path, book) -> Path:  # noqa: ANN001
    wb = Workbook()
    wb.remove(wb.active)
    if not book:
        wb.create_sheet("Sheet")  # a workbook has at least one sheet
    for name, (header, rows, merges) in book:
        ws = wb.create_sheet(name)
        if header is not None:
            ws.append(header)
        for row in rows:
            ws.append(row)
        for r, c, dr, dc in merges:
            if dr or dc:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + dr, end_column=c + dc)
    wb.save(path)
    return path


def snapshot(ctx: Ctx) -> dict[str, int]:
    """The row count of every table: equal before and after means nothing was written."""
    with ctx.db.read_session() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t))
                for t in Base.metadata.sorted_tables}


def fuzz(ctx: Ctx, tmp_path: Path, name: str, books, do) -> None:  # noqa: ANN001
    """Run ``do(path)`` on each generated workbook: a clean import or a refusal, no other end."""
    counter = itertools.count(1)
    examples = 60 if ctx.db.backend == "sqlite" else 15

    @settings(max_examples=examples, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(book=books)
    def run(book) -> None:  # noqa: ANN001
        path = write(tmp_path / f"{name}-{next(counter)}.xlsx", book)
        before = snapshot(ctx)
        outcome = "imported"
        try:
            do(path)
        except Refused as exc:
            assert str(exc)  # a report, in words
            assert snapshot(ctx) == before, "a refused import wrote something"
            outcome = "refused"
        key = (name, ctx.db.backend, outcome)
        RUNS[key] = RUNS.get(key, 0) + 1

    run()
    done = {k[2]: v for k, v in RUNS.items() if k[:2] == (name, ctx.db.backend)}
    print(f"\nfuzzed {name} imports on {ctx.db.backend}: {done}")
    assert sum(done.values()) == examples


LEDGER = {name: tuple(c.header for c in columns) for name, columns in SHEETS.items()}


def test_fuzzed_ledgers_import_cleanly_or_not_at_all(ctx, tmp_path):
    fuzz(ctx, tmp_path, "ledger", workbook(LEDGER),
         lambda path: import_ledger(ctx, sheets=read_ledger(path)))


def test_fuzzed_unit_and_staff_sheets_import_cleanly_or_not_at_all(ctx, tmp_path):
    sheets = {"单位": ("单位名称*", "类型*", "信息员", "联系电话"),
              "人员": ("姓名*", "职务", "所属单位", "联系电话")}
    fuzz(ctx, tmp_path, "units", workbook({"单位": sheets["单位"]}),
         lambda path: import_directory_file(ctx, path=path, sheet="单位"))
    fuzz(ctx, tmp_path, "staff", workbook(sheets),
         lambda path: import_directory_file(ctx, path=path, sheet="人员"))


def test_fuzzed_rosters_import_cleanly_or_not_at_all(ctx, tmp_path):
    add_staff(ctx)
    period_id = make_period(ctx)
    placeable = st.sampled_from([("带班领导", "领导1"), ("带班领导", "领导2"), ("值班人员", "干事1"),
                                 ("值班人员", "干事2"), ("备勤人员", "干事3"), ("驾驶员", "司机1")])
    good = st.builds(lambda day, post: [day, post[0], post[1], "13700000001"],
                     st.dates(date(2027, 3, 3), date(2027, 3, 12)), placeable)
    fuzz(ctx, tmp_path, "roster", workbook({"值班": ("日期", "岗位", "姓名", "电话")}, good),
         lambda path: import_roster(ctx, period_id=period_id, path=path))


def test_times_and_bools_where_text_belongs_are_reported(ctx, tmp_path):
    """One hand-made case of each odd type, so the property above is not all chance."""
    book = [("单位", (list(LEDGER["单位"]), [[True, "村", time(9, 30), 13700001111.0],
                                             ["=A1", "村", None, None],
                                             ["长" * 61, "村", None, None]], [(2, 1, 1, 0)]))]
    path = write(tmp_path / "odd.xlsx", book)
    before = snapshot(ctx)
    try:
        import_ledger(ctx, sheets=read_ledger(path))
    except Refused as exc:
        assert "超过 60 个字" in str(exc)
    else:
        raise AssertionError("a 61-character unit name was imported")
    assert snapshot(ctx) == before
