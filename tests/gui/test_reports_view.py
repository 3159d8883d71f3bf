"""报表 view: the county's daily workbook, the weekly report (preview, PDF, Excel), the ledger.

Files are written through the view with its path hook replaced (no native dialog), then read
back with a second reader (python-calamine) or pdftotext and compared with the database.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from python_calamine import CalamineWorkbook
from view_helpers import ViewMaker

from xianghua_console.domain.enums import DailyState
from xianghua_console.gui.views.reports import ReportsView
from xianghua_console.services.daily import daily_board

TODAY = date(2027, 3, 5)


@pytest.fixture
def make_view(qloop, qtbot):
    maker = ViewMaker(qtbot)
    yield maker
    maker.close()


@pytest.fixture
def view(make_view, demo_ctx, tmp_path) -> ReportsView:
    v = make_view(ReportsView, demo_ctx)
    v.asked: list[tuple[str, str]] = []

    def choose_path(caption, suggested, name_filter, then):
        v.asked.append((caption, suggested))
        then(tmp_path / suggested)

    v.choose_path = choose_path  # the file dialog's hook: the test answers it
    return v


def run_export(qtbot, view: ReportsView, start) -> str:
    with qtbot.waitSignal(view.sig_exported, timeout=20_000) as blocker:
        start()
    return blocker.args[0]


def read_sheet(path: Path, name: str) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def test_the_days_workbook_from_the_view_matches_the_board(qtbot, view, demo_ctx, tmp_path):
    message = run_export(qtbot, view, view.daily_button.click)
    assert view.asked == [("导出日报汇总表", "日报汇总表-2027-03-05.xlsx")]
    path = tmp_path / "日报汇总表-2027-03-05.xlsx"
    assert str(path) in message and str(path) in view.status.text()
    rows = read_sheet(path, TODAY.isoformat())
    assert rows[0][0] == "香花镇信访稳定信息日报汇总表"
    totals = dict(zip(rows[2][:8], rows[3][:8], strict=True))
    board = daily_board(demo_ctx, day=TODAY)
    assert int(totals["应报单位"]) == len(board.rows)
    assert int(totals["零报告"]) == board.count(DailyState.ZERO)
    assert int(totals["有情况"]) == board.count(DailyState.SITUATION)
    assert int(totals["未报"]) == len(board.chase_list)
    assert int(totals["缺报"]) == 0
    units = {r[1]: r[6] for r in rows[5 : 5 + len(board.rows)]}
    assert units == {r.unit: ("未报" if r.state is DailyState.PENDING else units[r.unit])
                     for r in board.rows}
    assert all(units[c.unit] == "未报" for c in board.chase_list)
    officers = {r[1]: (r[3], str(r[4])) for r in rows[5 : 5 + len(board.rows)]}
    assert officers == {r.unit: (r.info_officer, r.phone) for r in board.rows}
    assert not view.progress.isVisible() and view.daily_button.isEnabled()


def test_a_range_gives_a_sheet_per_day_and_shows_progress(qtbot, view, tmp_path):
    view.daily_from.setDate(QDate(2027, 3, 3))
    view.daily_to.setDate(QDate(2027, 3, 5))
    seen: list[int] = []
    view.progress.valueChanged.connect(seen.append)
    run_export(qtbot, view, view.ask_daily_export)
    path = tmp_path / "日报汇总表-2027-03-03至2027-03-05.xlsx"
    names = CalamineWorkbook.from_path(str(path)).sheet_names
    assert names[1:] == ["2027-03-03", "2027-03-04", "2027-03-05"] and len(names) == 4
    # the days read, then the sheets written: one job, its share per mille, never backwards
    assert seen[-1] == 1000 and sorted(seen) == seen and len(set(seen)) >= 4


def test_a_range_the_service_refuses_is_said_in_its_words(qtbot, view, tmp_path):
    with qtbot.waitSignal(view.sig_export_failed, timeout=10_000) as failed:
        view.export_daily(tmp_path / "x.xlsx", first=TODAY, last=TODAY - timedelta(days=1))
    assert failed.args[0] == "结束日期不能早于开始日期。"
    assert view.status.text() == "结束日期不能早于开始日期。"
    assert not (tmp_path / "x.xlsx").exists() and view.daily_button.isEnabled()


def test_a_file_that_cannot_be_written_is_said_plainly(qtbot, view, tmp_path):
    folder = tmp_path / "a-folder.xlsx"
    folder.mkdir()  # writing "to" a folder fails like a file locked by Excel
    with qtbot.waitSignal(view.sig_export_failed, timeout=10_000) as failed:
        view.export_daily(folder, first=TODAY, last=TODAY)
    assert failed.args[0].startswith(f"无法写入 {folder}")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_weekly_pdf_from_the_view_carries_its_title_as_text(qtbot, view, tmp_path):
    assert view.week_combo.currentData() == date(2027, 3, 1)
    run_export(qtbot, view, view.pdf_button.click)
    path = tmp_path / "周报-2027-W09.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "香花镇信访稳定工作周报" in text
    assert "2027年第9周" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "yes" in fonts  # the CJK font is embedded


def test_the_weekly_workbook_from_the_view(qtbot, view, tmp_path):
    run_export(qtbot, view, view.weekly_xlsx_button.click)
    path = tmp_path / "周报-2027-W09.xlsx"
    book = CalamineWorkbook.from_path(str(path))
    assert len(book.sheet_names) >= 2
    first = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    assert any("周报" in str(c) for r in first for c in r)


def test_the_weekly_print_preview_opens_without_blocking(qtbot, view):
    with qtbot.waitSignal(view.sig_preview_opened, timeout=20_000):
        view.preview_button.click()
    preview = view.preview
    assert preview is not None and preview.isVisible()
    assert "香花镇信访稳定工作周报（2027-W09）" in preview.windowTitle()
    qtbot.waitUntil(lambda: view.tasks.pending == 0)  # open(), not exec(): the task ends
    preview.close()
    qtbot.waitUntil(lambda: view.preview is None)


def test_the_ledger_export_from_the_view(qtbot, view, demo_ctx, tmp_path):
    run_export(qtbot, view, view.ledger_button.click)
    path = tmp_path / "台账-全部.xlsx"
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names[:5] == ["单位", "人员", "值班", "事件", "日报"]
    units = book.get_sheet_by_name("单位").to_python()
    assert len([r for r in units[1:] if r[0]]) == 40  # the demo's 25 villages and 15 units
    daily = book.get_sheet_by_name("日报").to_python()
    with demo_ctx.db.read_session() as s:
        from sqlalchemy import func, select

        from xianghua_console.store.models import DailyReport

        stored = s.scalar(select(func.count()).select_from(DailyReport))
    assert len([r for r in daily[1:] if r[0]]) == stored


def test_double_clicking_a_day_chooses_it_for_the_workbook(qtbot, view):
    proxy = view.table.model()
    index = next(proxy.index(r, 0) for r in range(proxy.rowCount())
                 if proxy.index(r, 0).data().startswith("03-03"))
    view._day_double_clicked(index)
    assert view.daily_range() == (date(2027, 3, 3), date(2027, 3, 3))


def test_a_read_only_account_exports_without_the_officers(qtbot, make_view, demo_ctx, tmp_path):
    from dataclasses import replace

    from xianghua_console.domain.enums import Role

    view = make_view(ReportsView, replace(demo_ctx, actor="查看员", role=Role.READ_ONLY))
    assert not view.daily_personal.isChecked() and not view.daily_personal.isEnabled()
    path = tmp_path / "ro.xlsx"
    with qtbot.waitSignal(view.sig_exported, timeout=20_000):
        view.export_daily(path, first=TODAY, last=TODAY)
    rows = read_sheet(path, TODAY.isoformat())
    assert "信息员姓名和电话未列出" in rows[1][0]
    assert all(r[3] in ("", None) for r in rows[5:45])
