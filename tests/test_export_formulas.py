"""Typed text that starts with "=" stays text in every exported workbook.

openpyxl would store it as a formula: the county's copy of the daily summary would compute
"=1+1" or turn "=HYPERLINK(…)" into a link. Each workbook is read back by two readers:
openpyxl (the cell's type) and calamine (what a spreadsheet shows: a formula openpyxl wrote
has no cached value, so calamine would read it as empty).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.enums import DailyReportKind
from xianghua_console.exports.jobs import export_daily, export_ledger, export_weekly_xlsx
from xianghua_console.store.models import DailyReport, Incident

TODAY = date(2027, 3, 5)  # the demo's Friday (conftest's DEFAULT_NOW)
TYPED = ("=1+1", '=HYPERLINK("http://example.invalid","点这里")', "=cmd|' /C calc'!A0")


def plant_typed_text(ctx) -> None:  # noqa: ANN001
    """Today's incidents get 事由 and 地点, and a daily report its content, as a careless or
    a malicious hand might type them."""
    with ctx.db.session() as s:
        today = s.scalars(select(Incident).where(
            Incident.received_at >= local_datetime(TODAY),
            Incident.received_at < local_datetime(TODAY + timedelta(days=1)),
        ).order_by(Incident.id)).all()
        assert len(today) >= 2
        today[0].summary = TYPED[0]
        today[0].place = TYPED[1]
        today[1].summary = TYPED[2]
        situation = s.scalars(select(DailyReport).where(
            DailyReport.day == TODAY, DailyReport.kind == DailyReportKind.SITUATION,
        ).order_by(DailyReport.id)).first()
        assert situation is not None
        situation.content = TYPED[0]  # a village's daily report, as the office took it down


def typed_cells(path: Path) -> list[tuple[str, str]]:
    """(text, openpyxl's cell type) of every cell holding one of the typed texts; each such
    text must also read back as that very text through calamine."""
    found = []
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                for text in TYPED:
                    if isinstance(cell.value, str) and text in cell.value:
                        found.append((text, cell.data_type))
    shown: set[str] = set()
    book = CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).to_python():
            shown.update(v for v in row if isinstance(v, str))
    for text, _ in found:
        assert any(text in v for v in shown), f"calamine does not show {text!r} in {path.name}"
    return found


def test_the_daily_summary_keeps_typed_text_as_text(demo_ctx, tmp_path):
    plant_typed_text(demo_ctx)
    out = tmp_path / "daily.xlsx"
    export_daily(demo_ctx, first=TODAY, last=TODAY, path=out)
    cells = typed_cells(out)
    assert TYPED[0] in {t for t, _ in cells}  # the village's report on the day sheet
    assert all(kind == "s" for _, kind in cells), cells


def test_the_ledger_keeps_typed_text_as_text(demo_ctx, tmp_path):
    """The ledger is written write-only (streamed): the guard works on appended rows too."""
    plant_typed_text(demo_ctx)
    out = tmp_path / "ledger.xlsx"
    export_ledger(demo_ctx, path=out)
    cells = typed_cells(out)
    assert {t for t, _ in cells} == set(TYPED)  # 事由 and 地点 of the incidents sheet
    assert all(kind == "s" for _, kind in cells), cells


def test_the_weekly_workbook_keeps_typed_text_as_text(demo_ctx, tmp_path):
    plant_typed_text(demo_ctx)
    out = tmp_path / "weekly.xlsx"
    export_weekly_xlsx(demo_ctx, week_start=TODAY - timedelta(days=TODAY.weekday()), path=out)
    cells = typed_cells(out)
    assert cells and all(kind == "s" for _, kind in cells), cells
