"""The ledger: export then import into an empty database gives the same records; bad rows
are reported by sheet, row, column and reason, and then nothing at all is imported."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from account_helpers import add_director
from openpyxl import Workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from xianghua_console.cli import main
from xianghua_console.domain.clock import LOCAL_TZ
from xianghua_console.domain.enums import IncidentStatus, TimelineKind
from xianghua_console.exports.ledger_xlsx import read_ledger, write_ledger
from xianghua_console.services.context import Ctx
from xianghua_console.services.incidents import list_open_incidents
from xianghua_console.services.ledger import SHEETS, LedgerRejected, import_ledger, ledger_book
from xianghua_console.store.db import open_database
from xianghua_console.store.models import (
    DailyReport,
    DutyAssignment,
    Incident,
    Staff,
    TimelineEntry,
    Unit,
)

COUNTED = (Unit, Staff, DutyAssignment, Incident, DailyReport, TimelineEntry)


def counts(ctx) -> dict[str, int]:
    with ctx.db.read_session() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in COUNTED}


def test_export_then_import_into_an_empty_database_gives_the_same_records(
    demo_ctx, ctx, tmp_path
):
    book = ledger_book(demo_ctx)
    out = write_ledger(book, tmp_path / "ledger.xlsx")
    # a second reader sees the database's numbers
    wb = CalamineWorkbook.from_path(str(out))
    assert wb.sheet_names == list(SHEETS)
    for name in SHEETS:
        rows = wb.get_sheet_by_name(name).to_python()
        assert rows[0] == [c.header for c in SHEETS[name]]
        assert len(rows) - 1 == book.count(name)
    with demo_ctx.db.read_session() as s:
        assert book.count("事件") == s.scalar(select(func.count()).select_from(Incident))
        assert book.count("人员") == s.scalar(select(func.count()).select_from(Staff))
        assert book.count("值班") == s.scalar(select(func.count()).select_from(DutyAssignment))
        unit_days = select(DailyReport.day, DailyReport.unit_id).distinct().subquery()
        assert book.count("日报") == s.scalar(select(func.count()).select_from(unit_days))

    summary = import_ledger(ctx, sheets=read_ledger(out))
    assert summary.incidents == book.count("事件") and summary.staff == book.count("人员")
    again = ledger_book(ctx)
    for name in SHEETS:
        assert again.sheets[name] == book.sheets[name], name
    # imported incidents count like logged ones: deadlines and a timeline
    open_rows = list_open_incidents(ctx)
    assert open_rows and all(len(r.deadlines) >= 2 for r in open_rows)
    with ctx.db.read_session() as s:
        first = s.scalar(select(Incident).order_by(Incident.received_at).limit(1))
        kinds = [e.kind for e in s.scalars(select(TimelineEntry).where(
            TimelineEntry.incident_id == first.id).order_by(TimelineEntry.seq))]
        assert kinds[0] is TimelineKind.REPORTED and "台账导入" in first.timeline[0].text
        if first.special_report_at:
            assert first.status is IncidentStatus.SPECIAL_REPORT
            assert TimelineKind.SPECIAL_REPORT in kinds


def test_a_range_limits_the_dated_sheets(demo_ctx):
    book = ledger_book(demo_ctx, first=date(2027, 3, 4), last=date(2027, 3, 4))
    assert {row[0] for row in book.sheets["日报"]} == {date(2027, 3, 4)}
    assert {row[0] for row in book.sheets["值班"]} == {date(2027, 3, 4)}
    assert all(row[2].date() == date(2027, 3, 4) for row in book.sheets["事件"])
    assert book.count("单位") == 40  # the directory is always whole


def _bad_workbook(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "单位"
    ws.append([c.header for c in SHEETS["单位"]])
    ws.append(["新村", "村", "甲", 13900000000])  # a phone stored as a number is fine
    ws.append(["新村", "村", "乙", ""])  # duplicate
    ws.append(["", "村", "", ""])  # missing name
    ws = wb.create_sheet("人员")
    ws.append([c.header for c in SHEETS["人员"]])
    ws.append(["张三", "信访办干事", "信访办", "1"])
    ws.append(["李四", "干事", "不存在的所", ""])  # unknown unit
    ws = wb.create_sheet("值班")
    ws.append([c.header for c in SHEETS["值班"]])
    ws.append([datetime(2027, 3, 6), "值班人员", "张三"])  # noqa: DTZ001 - an Excel cell
    ws.append(["2027-03-06", "值班人员", "王五"])  # unknown person
    ws.append(["2027-03-06", "门卫", "张三"])  # unknown post
    ws = wb.create_sheet("事件")
    ws.append([c.header for c in SHEETS["事件"]])
    ws.append(["", "2027-03-04 09:00", "2027-03-04 09:10", "新村", "村委会", "移民问题", 10,
               "一般", "反映问题", "", "", "", "", ""])  # sound
    ws.append(["", "2027-03-04 09:30", "2027-03-04 09:10", "新村", "", "移民问题", 3, "一般",
               "接报早于发生", "", "", "", "", ""])  # received before occurred
    ws.append(["", "2027-03-04 09:00", "2027-03-04 09:10", "新村", "", "邻里纠纷", 3, "",
               "类别不对", "", "", "", "", ""])  # unknown category
    ws.append(["2027-0001", "2027-03-04 09:00", "2027-03-04 09:10", "新村", "", "拆迁", "三",
               "很重", "", "", "", "", "", "2027-03-04 12:00"])  # many faults
    ws = wb.create_sheet("日报")
    ws.append([c.header for c in SHEETS["日报"]])
    ws.append(["2027-03-04", "新村", "零报告", "2027-03-04 15:00", ""])
    ws.append(["2027-03-04", "新村", "零报告", "2027-03-04 15:05", ""])  # duplicate
    ws.append(["2027-03-04", "新村", "有情况", "2027-03-04 15:05", ""])  # no content (dup too)
    ws.append(["2027-03-05", "桃源村", "零报告", "2027-03-05 09:00", ""])  # unknown unit
    wb.save(path)
    return path


def test_every_bad_row_is_reported_and_nothing_is_imported(ctx, tmp_path):
    before = counts(ctx)
    path = _bad_workbook(tmp_path / "bad.xlsx")
    with pytest.raises(LedgerRejected) as err:
        import_ledger(ctx, sheets=read_ledger(path))
    found = {(p.sheet, p.row, p.column) for p in err.value.problems}
    reasons = {(p.sheet, p.row, p.column): p.reason for p in err.value.problems}
    assert ("单位", 3, "A") in found and "重复" in reasons[("单位", 3, "A")]
    assert ("单位", 4, "A") in found and reasons[("单位", 4, "A")] == "必填项为空"
    assert ("人员", 3, "C") in found and "不存在" in reasons[("人员", 3, "C")]
    assert ("值班", 3, "C") in found and "王五" in reasons[("值班", 3, "C")]
    assert ("值班", 4, "B") in found and "门卫" in reasons[("值班", 4, "B")]
    assert ("事件", 3, "C") in found and "早于发生时间" in reasons[("事件", 3, "C")]
    assert ("事件", 4, "F") in found and "邻里纠纷" in reasons[("事件", 4, "F")]
    assert {("事件", 5, c) for c in "GHIN"} <= found  # 人数, 性质, 概要, 专题报告 without end
    assert ("日报", 3, "") in found and "重复" in reasons[("日报", 3, "")]
    assert ("日报", 5, "B") in found and "桃源村" in reasons[("日报", 5, "B")]
    assert not any(p.sheet == "事件" and p.row == 2 for p in err.value.problems)
    assert "未导入任何数据" in str(err.value)
    assert counts(ctx) == before


def test_cli_ledger_import_lists_problems_and_exits_non_zero(db_url, clock, tmp_path, capsys,
                                                            director_env):
    path = _bad_workbook(tmp_path / "bad.xlsx")
    rc = main(["ledger", "import", str(path), "--db", db_url], clock=clock, environ=director_env)
    err = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err
    assert "事件 第4行 F列（类别）：类别“邻里纠纷”不存在" in err
    assert "未导入任何数据" in err


def test_a_wrong_header_or_an_unknown_sheet_is_refused_before_any_row(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "事件"
    ws.append(["编号", "接报时间", "发生时间"])
    wb.create_sheet("草稿").append(["随手记"])
    wb.save(tmp_path / "h.xlsx")
    with pytest.raises(LedgerRejected) as err:
        import_ledger(ctx, sheets=read_ledger(tmp_path / "h.xlsx"))
    found = {(p.sheet, p.row, p.column) for p in err.value.problems}
    assert ("事件", 1, "B") in found and ("事件", 1, "D") in found and ("草稿", 1, "") in found


def test_the_template_is_a_blank_ledger(db_url, clock, tmp_path, capsys, director_env):
    out = tmp_path / "blank.xlsx"
    assert main(["ledger", "template", "--out", str(out)], clock=clock, environ={}) == 0
    sheets = read_ledger(out)
    assert list(sheets) == list(SHEETS) and all(not s.rows for s in sheets.values())
    rc = main(["ledger", "import", str(out), "--db", db_url], clock=clock, environ=director_env)
    assert rc == 0 and "事件 0 起" in capsys.readouterr().out


def test_times_may_be_text_or_excel_dates(ctx, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "事件"
    ws.append([c.header for c in SHEETS["事件"]])
    excel_cell = datetime(2027, 3, 4, 9, 0)  # noqa: DTZ001 - Excel date cells have no zone
    ws.append(["2027-0007", excel_cell, "2027-03-04 09:20", "信访办", "",
               "其他", 2, "较重", "测试", "2027-03-04 09:30", None, None, None, None])
    wb.save(tmp_path / "t.xlsx")
    import_ledger(ctx, sheets=read_ledger(tmp_path / "t.xlsx"))
    (row,) = list_open_incidents(ctx)
    assert row.number == "2027-0007" and row.reported_late  # 20 minutes: 迟报
    assert row.occurred_at == datetime(2027, 3, 4, 9, 0, tzinfo=LOCAL_TZ)
    assert row.deadlines[1].met and not row.deadlines[1].met_late


def test_cli_ledger_export_round_trip(demo_url, clock, tmp_path, capsys):
    out = tmp_path / "l.xlsx"
    rc = main(["ledger", "export", "--out", str(out), "--from", "2027-03-01", "--to",
               "2027-03-05", "--db", demo_url], clock=clock, environ={})
    assert rc == 0 and "日报" in capsys.readouterr().out
    fresh = tmp_path / "fresh.sqlite"
    db, _ = open_database(f"sqlite:///{fresh}", clock=clock)
    env = add_director(db, clock)
    db.dispose()
    rc = main(["ledger", "import", str(out), "--db", str(fresh)], clock=clock, environ=env)
    assert rc == 0, capsys.readouterr().err
    db, _ = open_database(f"sqlite:///{fresh}", clock=clock)
    try:
        assert counts(Ctx(db, clock))["Incident"] > 0
    finally:
        db.dispose()
    rc = main(["ledger", "export", "--out", str(out), "--from", "2027-03-05", "--to",
               "2027-03-01", "--db", demo_url], clock=clock, environ={})
    assert rc == 2
