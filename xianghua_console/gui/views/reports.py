"""报表: the per-day figures of the duty period, and the files the office sends and prints.

On top, three exports: the county's daily workbook (日报汇总表) for a day or a range of days,
the weekly report (周报) with its print preview, PDF and Excel, and the ledger (台账). Every
read goes through the door and so does every file written from data (a worker thread, so the
window never freezes); each export is one job with its progress in the view's bar and, when it
takes longer than a moment, in a progress dialog with 取消 (``gui.progress``): a cancelled
export leaves no file. The file dialog is
non-blocking and behind :meth:`ReportsView.choose_path`, which tests replace.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.permissions import Action
from xianghua_console.gui import core_text, fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.core_text import error_text
from xianghua_console.gui.daily_dialogs import from_qdate, to_qdate
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.views.base import (
    DataView,
    Palette,
    RowsModel,
    SortRole,
    bold_font,
    escape,
    make_proxy,
)
from xianghua_console.services.context import Refused
from xianghua_console.services.daily_summary import DailySummary
from xianghua_console.services.meetings import iso_week_label, week_start
from xianghua_console.services.progress import Cancelled
from xianghua_console.services.reports import DaySummary, period_summary

log = logging.getLogger(__name__)

(
    COL_DAY,
    COL_EXPECTED,
    COL_ON_TIME,
    COL_ZERO,
    COL_SITUATION,
    COL_LATE,
    COL_NOT_REPORTED,
    COL_INCIDENTS,
    COL_CLOSED,
) = range(9)

_FIGURES = {
    COL_EXPECTED: "expected",
    COL_ON_TIME: "on_time",
    COL_ZERO: "zero",
    COL_SITUATION: "situation",
    COL_LATE: "late",
    COL_NOT_REPORTED: "not_reported",
    COL_INCIDENTS: "incidents",
}

#: File dialog filters, translated where they are used (``_tr(XLSX_FILTER)``).
XLSX_FILTER = QT_TRANSLATE_NOOP("reports", "Excel 工作簿 (*.xlsx)")
PDF_FILTER = QT_TRANSLATE_NOOP("reports", "PDF 文件 (*.pdf)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)

#: ``choose_path(caption, suggested_file_name, name_filter, then)``: ask for a file to write
#: and call ``then(path)`` when one is chosen (never when cancelled).
PathChooser = Callable[[str, str, str, Callable[[Path], None]], None]


class DaySummaryModel(RowsModel):
    """One row per day of the period, newest first."""

    def still_open(self, row: DaySummary) -> bool:
        """Before the day's cutoff: units not reported yet are not late yet."""
        return not row.closed and self.clock.now() <= row.cutoff

    def headers(self) -> list[str]:
        return [
            self.tr("日期"),
            self.tr("应报"),
            self.tr("按时"),
            self.tr("平安"),
            self.tr("有情况"),
            self.tr("迟报"),
            self.tr("未报/缺报"),
            self.tr("事件数"),
            self.tr("已关账"),
        ]

    def cell(self, row: DaySummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DAY:
                text = fmt.day_label(row.day)
                return text + self.tr("（今日）") if row.day == local_today(self.clock) else text
            if column == COL_CLOSED:
                return self.tr("是") if row.closed else self.tr("否")
            return str(getattr(row, _FIGURES[column]))
        if role == SortRole:
            if column == COL_DAY:
                return row.day.isoformat()
            if column == COL_CLOSED:
                return int(row.closed)
            return int(getattr(row, _FIGURES[column]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_DAY:
            return int(Qt.AlignmentFlag.AlignCenter)
        if column == COL_NOT_REPORTED and row.not_reported:
            if self.still_open(row):
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("今日日报尚未截止，这些单位还可以按时上报")
                return None
            return _emphasis(role, Palette.MISSING_BG, Palette.MISSING_FG)
        if column == COL_LATE and row.late:
            return _emphasis(role, Palette.LATE_BG, Palette.LATE_FG)
        if column == COL_CLOSED and not row.closed and role == Qt.ItemDataRole.ForegroundRole:
            return Palette.MUTED_FG
        return None


def _emphasis(role: int, bg: Any, fg: Any) -> Any:
    if role == Qt.ItemDataRole.BackgroundRole:
        return bg
    if role == Qt.ItemDataRole.ForegroundRole:
        return fg
    if role == Qt.ItemDataRole.FontRole:
        return bold_font()
    return None


def _date_edit(parent: QWidget, name: str, day: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day))
    return edit


def _write_error(exc: BaseException, path: Path) -> str:
    """A message for a file that could not be written (Excel keeps its files locked)."""
    if isinstance(exc, PermissionError):
        return _tr(
            "无法写入 {path}：文件被占用或没有写入权限（是否正在 Excel 或 WPS 中打开？请关闭后重试）。"
        ).format(path=path)
    if isinstance(exc, OSError):
        return _tr("无法写入 {path}：{error}").format(path=path, error=exc.strerror or exc)
    return describe_error(exc)


class ReportsView(DataView):
    """报表: the exports on top, the period's per-day summary below."""

    view_name = "reports"

    sig_exported = Signal(str)
    """A file was written (its path)."""

    sig_export_failed = Signal(str)
    """An export was refused or failed (the message shown)."""

    sig_preview_opened = Signal()
    """The weekly report's print preview is open."""

    sig_export_cancelled = Signal(str)
    """An export was cancelled by the officer (nothing was written)."""

    def __init__(
        self, door: DbDoor, parent: QWidget | None = None, *, tasks: TaskKeeper | None = None
    ) -> None:
        super().__init__(door, parent)
        self.ctx = door.ctx
        self.tasks = tasks or TaskKeeper(self._task_failed)
        self.model = DaySummaryModel(self.clock, self)
        self.proxy = make_proxy(self.model, self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(COL_DAY, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(self._day_double_clicked)
        self.period_name = ""
        self.busy = False
        self.last_dir: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.runner: Any = None  # the running export's ProgressRunner (gui.progress)

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self._build_exports())
        status = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("export_progress")
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.progress)
        status.addWidget(self.status, 1)
        layout.insertLayout(1, status)

    # ------------------------------------------------------------------ building

    def _build_exports(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        today = local_today(self.clock)

        daily = QGroupBox(self.tr("日报汇总表（报县）"), box)
        grid = QGridLayout(daily)
        self.daily_from = _date_edit(daily, "daily_from", today)
        self.daily_to = _date_edit(daily, "daily_to", today)
        self.daily_from.dateChanged.connect(self._keep_range)
        self.daily_button = QPushButton(self.tr("导出 Excel…"), daily)
        self.daily_button.setObjectName("daily_export_button")
        self.daily_button.clicked.connect(self.ask_daily_export)
        grid.addWidget(QLabel(self.tr("从"), daily), 0, 0)
        grid.addWidget(self.daily_from, 0, 1)
        grid.addWidget(QLabel(self.tr("至"), daily), 0, 2)
        grid.addWidget(self.daily_to, 0, 3)
        grid.addWidget(self.daily_button, 0, 4)
        self.daily_personal = QCheckBox(self.tr("列出信息员姓名和电话"), daily)
        self.daily_personal.setObjectName("daily_personal")
        may_personal = self.ctx.may(Action.VIEW_PERSONAL)
        self.daily_personal.setChecked(may_personal)
        self.daily_personal.setEnabled(may_personal)
        self.daily_personal.setToolTip(
            self.tr("县里的汇总表列有各单位信息员；不勾选则这两列留空") if may_personal
            else self.tr("当前账号无权查看报告人姓名和电话")
        )
        grid.addWidget(self.daily_personal, 1, 0, 1, 3)
        hint = QLabel(self.tr("每天一张表；多天另加汇总表。双击下表某天即选中该天。"), daily)
        hint.setStyleSheet("color:#6c757d;")
        grid.addWidget(hint, 2, 0, 1, 5)

        weekly = QGroupBox(self.tr("周报"), box)
        grid = QGridLayout(weekly)
        self.week_combo = QComboBox(weekly)
        self.week_combo.setObjectName("week_combo")
        self.week_combo.setMinimumWidth(230)
        self._fill_weeks([])
        self.preview_button = QPushButton(self.tr("打印预览…"), weekly)
        self.preview_button.setObjectName("weekly_preview_button")
        self.preview_button.clicked.connect(self.open_weekly_preview)
        self.pdf_button = QPushButton(self.tr("保存 PDF…"), weekly)
        self.pdf_button.setObjectName("weekly_pdf_button")
        self.pdf_button.clicked.connect(self.ask_weekly_pdf)
        self.weekly_xlsx_button = QPushButton(self.tr("保存 Excel…"), weekly)
        self.weekly_xlsx_button.setObjectName("weekly_xlsx_button")
        self.weekly_xlsx_button.clicked.connect(self.ask_weekly_xlsx)
        grid.addWidget(QLabel(self.tr("周"), weekly), 0, 0)
        grid.addWidget(self.week_combo, 0, 1, 1, 3)
        grid.addWidget(self.preview_button, 1, 1)
        grid.addWidget(self.pdf_button, 1, 2)
        grid.addWidget(self.weekly_xlsx_button, 1, 3)

        ledger = QGroupBox(self.tr("台账"), box)
        grid = QGridLayout(ledger)
        self.ledger_all = QCheckBox(self.tr("全部记录"), ledger)
        self.ledger_all.setObjectName("ledger_all")
        self.ledger_all.setChecked(True)
        self.ledger_from = _date_edit(ledger, "ledger_from", today - timedelta(days=6))
        self.ledger_to = _date_edit(ledger, "ledger_to", today)
        self.ledger_all.toggled.connect(self._ledger_all_toggled)
        self._ledger_all_toggled(True)
        self.ledger_button = QPushButton(self.tr("导出台账…"), ledger)
        self.ledger_button.setObjectName("ledger_export_button")
        self.ledger_button.clicked.connect(self.ask_ledger_export)
        grid.addWidget(self.ledger_all, 0, 0, 1, 2)
        grid.addWidget(self.ledger_button, 0, 3)
        grid.addWidget(QLabel(self.tr("从"), ledger), 1, 0)
        grid.addWidget(self.ledger_from, 1, 1)
        grid.addWidget(QLabel(self.tr("至"), ledger), 1, 2)
        grid.addWidget(self.ledger_to, 1, 3)

        row.addWidget(daily)
        row.addWidget(weekly)
        row.addWidget(ledger)
        row.addStretch(1)
        self.export_buttons = (
            self.daily_button, self.preview_button, self.pdf_button, self.weekly_xlsx_button,
            self.ledger_button,
        )
        return box

    def _keep_range(self, value: QDate) -> None:
        if self.daily_to.date() < value:
            self.daily_to.setDate(value)

    def _ledger_all_toggled(self, everything: bool) -> None:
        self.ledger_from.setEnabled(not everything)
        self.ledger_to.setEnabled(not everything)

    def _fill_weeks(self, days: list[date]) -> None:
        """The weeks of the period's days and this week, newest first; keeps the choice."""
        chosen = self.week_combo.currentData()
        this_week = week_start(local_today(self.clock))
        weeks = sorted({week_start(d) for d in days} | {this_week}, reverse=True)
        self.week_combo.blockSignals(True)
        self.week_combo.clear()
        for monday in weeks:
            end = monday + timedelta(days=6)
            text = self.tr("{week}（{first} 至 {last}）").format(
                week=iso_week_label(monday), first=f"{monday:%m-%d}", last=f"{end:%m-%d}"
            )
            if monday == this_week:
                text += self.tr(" 本周")
            self.week_combo.addItem(text, monday)
        index = self.week_combo.findData(chosen) if chosen is not None else -1
        self.week_combo.setCurrentIndex(max(index, 0))
        self.week_combo.blockSignals(False)

    def title(self) -> str:
        return self.tr("报表")

    # ------------------------------------------------------------------ loading

    async def load(self) -> None:
        name, days = await self.door.call(period_summary, self.ctx)
        self.period_name = core_text.text(name)  # a period's name, or the core's 最近七天
        self.model.set_rows(days)
        self.fit_columns()
        for col in range(COL_EXPECTED, COL_CLOSED + 1):
            self.table.horizontalHeader().resizeSection(col, max(self.table.columnWidth(col), 90))
        today = to_qdate(local_today(self.clock))
        for edit in (self.daily_from, self.daily_to, self.ledger_from, self.ledger_to):
            edit.setMaximumDate(today)
        self._fill_weeks([d.day for d in days])
        self._update_header()
        self._finish_load()

    def _update_header(self) -> None:
        days = self.model.rows
        text = (
            "<b>"
            + escape(self.period_name)
            + "</b>　"
            + self.tr("逐日汇总，共 {n} 天").format(n=len(days))
        )
        if days:
            now = self.clock.now()
            text += "　" + self.tr("合计：事件 {i} 起，迟报 {late} 次，过截止未报/缺报 {miss} 次").format(
                i=sum(d.incidents for d in days),
                late=sum(d.late for d in days),
                miss=sum(d.overdue_units(now) for d in days),
            )
        self.header.setText(text)

    def _day_double_clicked(self, index: Any) -> None:
        row: DaySummary = self.model.row_at(self.proxy.mapToSource(index).row())
        self.daily_from.setDate(to_qdate(row.day))
        self.daily_to.setDate(to_qdate(row.day))

    # ------------------------------------------------------------------ choosing a file

    def choose_path(
        self, caption: str, suggested: str, name_filter: str, then: Callable[[Path], None]
    ) -> None:
        """Ask where to save (non-blocking: ``open()``, never ``exec()``), then call ``then``."""
        folder = self.last_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        dialog = QFileDialog(self, caption, str(folder / suggested), name_filter)
        dialog.setObjectName("save_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(name: str) -> None:
            path = Path(name)
            self.last_dir = path.parent
            then(path)

        dialog.fileSelected.connect(chosen)
        dialog.destroyed.connect(lambda *_: self._file_dialog_gone(dialog))
        self.file_dialog = dialog
        dialog.open()

    def _file_dialog_gone(self, dialog: QFileDialog) -> None:
        if self.file_dialog is dialog:
            self.file_dialog = None

    # ------------------------------------------------------------------ the daily workbook

    def daily_range(self) -> tuple[date, date]:
        return from_qdate(self.daily_from.date()), from_qdate(self.daily_to.date())

    def ask_daily_export(self) -> None:
        first, last = self.daily_range()
        span = first.isoformat() if first == last else self.tr("{first}至{last}").format(
            first=first.isoformat(), last=last.isoformat())
        self.choose_path(
            self.tr("导出日报汇总表"), self.tr("日报汇总表-{span}.xlsx").format(span=span),
            _tr(XLSX_FILTER),
            lambda path: self.export_daily(path, first=first, last=last),
        )

    def export_daily(
        self, path: Path, *, first: date | None = None, last: date | None = None
    ) -> asyncio.Task | None:
        """Write the county's daily workbook of ``first``..``last`` (the chosen range) to ``path``."""
        if first is None or last is None:
            first, last = self.daily_range()
        return self._spawn_export(self._export_daily(path, first, last), "reports.export_daily")

    async def _export_daily(self, path: Path, first: date, last: date) -> str:
        from xianghua_console.exports.jobs import export_daily

        days = (last - first).days + 1
        personal = self.daily_personal.isChecked()
        # One job on the door's worker: the days read, then the workbook written whole (a
        # temporary file renamed at the end), with the progress dialog and 取消.
        summaries: list[DailySummary] = await self._job(
            self.tr("导出日报汇总表"), export_daily, path, first=first, last=last,
            with_personal=personal,
        )
        totals = summaries[-1].totals if len(summaries) == 1 else None
        detail = (
            self.tr("应报 {e}，按时 {o}，迟报 {l}，缺报 {m}，未报 {p}").format(
                e=totals.expected, o=totals.on_time, l=totals.late, m=totals.missing,
                p=totals.pending,
            )
            if totals
            else self.tr("{n} 天，每天一张表，另加汇总表").format(n=days)
        )
        return self.tr("已导出日报汇总表（{d}）：{p}").format(d=detail, p=path)

    # ------------------------------------------------------------------ the weekly report

    def chosen_week(self) -> date:
        monday = self.week_combo.currentData()
        return monday if isinstance(monday, date) else week_start(local_today(self.clock))

    async def _weekly(self):  # noqa: ANN202 - WeeklyReport, imported lazily
        from xianghua_console.services.weekly import weekly_report

        return await self._job(self.tr("读取周报数据"), weekly_report, None,
                               week_start=self.chosen_week())

    def ask_weekly_pdf(self) -> None:
        label = iso_week_label(self.chosen_week())
        self.choose_path(self.tr("保存周报 PDF"), self.tr("周报-{week}.pdf").format(week=label),
                         _tr(PDF_FILTER),
                         self.save_weekly_pdf)

    def save_weekly_pdf(self, path: Path) -> asyncio.Task | None:
        """Write the chosen week's report as a PDF (real CJK text, embedded font)."""
        return self._spawn_export(self._weekly_pdf(path), "reports.weekly_pdf")

    async def _weekly_pdf(self, path: Path) -> str:
        from xianghua_console.exports.weekly_html import title_of, weekly_html
        from xianghua_console.gui.printing import PrintError, html_to_pdf
        from xianghua_console.services.progress import atomic_path

        report = await self._weekly()
        self._progress(0, 0, self.tr("正在排版 PDF……"))
        await asyncio.sleep(0)  # let the progress line paint before the layout below
        # Qt lays the text out on the GUI thread (its fonts are not for worker threads):
        # a few tenths of a second for a week's report. Written whole or not at all.
        try:
            with atomic_path(path) as tmp:
                html_to_pdf(weekly_html(report), tmp, title=title_of(report))
        except PrintError as exc:
            raise Refused(str(exc)) from exc
        except OSError as exc:
            raise Refused(_write_error(exc, path)) from exc
        return self.tr("已保存周报 PDF（{w}）：{p}").format(w=report.label, p=path)

    def ask_weekly_xlsx(self) -> None:
        label = iso_week_label(self.chosen_week())
        self.choose_path(self.tr("保存周报 Excel"), self.tr("周报-{week}.xlsx").format(week=label),
                         _tr(XLSX_FILTER), self.save_weekly_xlsx)

    def save_weekly_xlsx(self, path: Path) -> asyncio.Task | None:
        """Write the chosen week's report as a workbook (with its charts)."""
        return self._spawn_export(self._weekly_xlsx(path), "reports.weekly_xlsx")

    async def _weekly_xlsx(self, path: Path) -> str:
        from xianghua_console.exports.jobs import export_weekly_xlsx

        report = await self._job(self.tr("导出周报"), export_weekly_xlsx, path,
                                 week_start=self.chosen_week())
        return self.tr("已保存周报 Excel（{w}）：{p}").format(w=report.label, p=path)

    def open_weekly_preview(self) -> asyncio.Task | None:
        """The chosen week's report in Qt's print preview, painted as the PDF is."""
        return self._spawn_export(self._preview(), "reports.weekly_preview")

    async def _preview(self) -> str:
        from xianghua_console.exports.weekly_html import title_of, weekly_html
        from xianghua_console.gui.printing import print_html

        report = await self._weekly()
        html, title = weekly_html(report), title_of(report)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        if self.preview is not None:
            self.preview.close()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("weekly_preview")
        dialog.setWindowTitle(self.tr("打印预览 — {t}").format(t=title))
        dialog.resize(960, 1000)
        dialog.paintRequested.connect(lambda device: print_html(device, html, title=title))
        dialog._printer = printer  # type: ignore[attr-defined]  # lives as long as the dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._preview_gone(dialog))
        self.preview = dialog
        dialog.open()  # never exec(): a nested loop inside a qasync task raises
        self.sig_preview_opened.emit()
        return self.tr("已打开周报 {w} 的打印预览。").format(w=report.label)

    def _preview_gone(self, dialog: QPrintPreviewDialog) -> None:
        if self.preview is dialog:
            self.preview = None

    # ------------------------------------------------------------------ the ledger

    def ledger_range(self) -> tuple[date | None, date | None]:
        if self.ledger_all.isChecked():
            return None, None
        return from_qdate(self.ledger_from.date()), from_qdate(self.ledger_to.date())

    def ask_ledger_export(self) -> None:
        first, last = self.ledger_range()
        span = self.tr("全部") if first is None else self.tr("{first}至{last}").format(
            first=first.isoformat(), last=last.isoformat())
        self.choose_path(self.tr("导出台账"), self.tr("台账-{span}.xlsx").format(span=span),
                         _tr(XLSX_FILTER),
                         lambda path: self.export_ledger(path, first=first, last=last))

    def export_ledger(
        self, path: Path, *, first: date | None = None, last: date | None = None
    ) -> asyncio.Task | None:
        """Write the database's records as a ledger (the shape ``ledger import`` reads)."""
        return self._spawn_export(self._export_ledger(path, first, last), "reports.ledger")

    async def _export_ledger(self, path: Path, first: date | None, last: date | None) -> str:
        from xianghua_console.exports.jobs import export_ledger

        if first is not None and last is not None and last < first:
            raise Refused(self.tr("结束日期不能早于开始日期。"))
        await self._job(self.tr("导出台账"), export_ledger, path, first=first, last=last)
        return self.tr("已导出台账：{p}").format(p=path)

    # ------------------------------------------------------------------ running an export

    async def _job(self, title: str, fn: Callable[..., Any], path: Path | None,
                   **kwargs: Any) -> Any:
        """``fn(ctx, path=…, progress=…, **kwargs)`` on the door's worker with the progress
        dialog (after 300 ms) and this view's bar; a locked or unwritable file is said
        plainly. ``path`` None: a read (``fn`` takes no path)."""
        from xianghua_console.gui.progress import ProgressRunner

        runner = ProgressRunner(self, title)
        runner.sig_progress.connect(lambda d, t, label: self._progress(d, t, label or title))
        self.runner = runner
        self._progress(0, 0, title)
        try:
            if path is None:
                return await runner.run(self.door, fn, self.ctx, **kwargs)
            return await runner.run(self.door, fn, self.ctx, path=path, **kwargs)
        except OSError as exc:
            raise Refused(_write_error(exc, path)) from exc
        finally:
            self.runner = None
            runner.deleteLater()

    def _spawn_export(self, coro: Any, name: str) -> asyncio.Task | None:
        if self.busy:
            coro.close()
            self.status.setText(self.tr("上一个导出还没完成，请稍候。"))
            return None
        return self.tasks.spawn(self._run_export(coro), name=name)

    async def _run_export(self, coro: Any) -> None:
        self._set_busy(True)
        try:
            message = await coro
        except Cancelled as exc:  # the officer's choice: said plainly, not as an error
            self.status.setStyleSheet("")
            self.status.setText(error_text(exc))
            self.sig_export_cancelled.emit(error_text(exc))
        except Refused as exc:
            self._failed(error_text(exc))
        except Exception as exc:  # shown in the view: the officer can try again
            log.warning("export failed: %r", exc)
            self._failed(describe_error(exc))
        else:
            self.status.setStyleSheet("color:#0f5132;")
            self.status.setText(message)
            self.sig_exported.emit(message)
        finally:
            self._set_busy(False)

    def _failed(self, message: str) -> None:
        self.status.setStyleSheet("color:#b02a37;font-weight:bold;")
        self.status.setText(message)
        self.sig_export_failed.emit(message)

    def _task_failed(self, exc: BaseException) -> None:
        self._failed(describe_error(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in self.export_buttons:
            button.setEnabled(not busy)
        if busy:
            self.status.setStyleSheet("")
        else:
            self.progress.hide()

    def _progress(self, value: int, maximum: int, text: str) -> None:
        """``maximum`` 0: a busy bar (no measure of how far)."""
        self.progress.setRange(0, maximum)
        self.progress.setValue(value)
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(text)

    def shutdown(self) -> None:
        if self.preview is not None:
            self.preview.close()
        if self.file_dialog is not None:
            self.file_dialog.close()
