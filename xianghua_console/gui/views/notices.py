"""通知: warning notices with the state of their receipts, who still owes one, the countdown.

The table lists every notice with a live receipt countdown (one timer owned by the model, one
``dataChanged`` over the countdown column per tick, stopped when nothing counts). Under it,
the selected notice's receipts: every target unit with its information officer's phone, when
it confirmed and who. The buttons issue a notice, open the selected one to record receipts,
and print it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import Clock
from xianghua_console.gui import fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.views.base import (
    DataView,
    Palette,
    RowsModel,
    SortRole,
    bold_font,
    countdown_font,
    escape,
    make_proxy,
    make_table,
)
from xianghua_console.services.notices import (
    NoticeDetail,
    NoticeRow,
    PendingReceipt,
    ReceiptRow,
    list_notices,
    notice_detail,
)

(
    COL_NUMBER,
    COL_ISSUER,
    COL_TITLE,
    COL_ISSUED,
    COL_DUE,
    COL_COUNTDOWN,
    COL_RECEIPTS,
    COL_PENDING,
) = range(8)

(
    RCOL_UNIT,
    RCOL_OFFICER,
    RCOL_PHONE,
    RCOL_STATE,
    RCOL_CONFIRMED_AT,
    RCOL_CONFIRMED_BY,
    RCOL_RECORDED,
) = range(7)

TICK_MS = 1000
#: A receipt countdown turns amber this long before its deadline.
AMBER_WITHIN = timedelta(minutes=30)


def _tr(text: str) -> str:
    return QCoreApplication.translate("notices", text)


def _pending_unit(p: PendingReceipt) -> str:
    contact = " ".join(x for x in (p.info_officer, p.phone) if x)
    return f"{p.unit}（{contact}）" if contact else p.unit


def countdown_style(remaining: timedelta) -> tuple[Any, Any] | None:
    """Background and foreground of a receipt countdown, or None when it is not pressing."""
    if remaining.total_seconds() <= 0:
        return Palette.RED_BG, Palette.RED_FG
    if remaining < AMBER_WITHIN:
        return Palette.AMBER_BG, Palette.AMBER_FG
    return None


class NoticeTableModel(RowsModel):
    """Every warning notice, newest first, with its receipts and a live receipt countdown."""

    sig_ticked = Signal()
    """The countdown column was refreshed for the clock's new time."""

    TICK_ROLES = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    )

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def headers(self) -> list[str]:
        return [
            self.tr("文号"),
            self.tr("发布单位"),
            self.tr("标题"),
            self.tr("发布时间"),
            self.tr("回执时限"),
            self.tr("回执倒计时"),
            self.tr("已回执"),
            self.tr("未回执单位"),
        ]

    # -- the timer

    def set_rows(self, rows: list[NoticeRow]) -> None:  # type: ignore[override]
        super().set_rows(rows)
        self._update_timer()

    def counting(self) -> bool:
        """Whether any notice still waits for receipts against a deadline."""
        return any(r.pending and r.receipt_due_at is not None for r in self._rows)

    def timer_active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> None:
        """One second passed: refresh the deadline columns only, with one signal."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_DUE),
                self.index(len(self._rows) - 1, COL_RECEIPTS),
                list(self.TICK_ROLES),
            )
        self._update_timer()
        self.sig_ticked.emit()

    def _update_timer(self) -> None:
        if self.counting():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    # -- figures

    def overdue(self, row: NoticeRow) -> bool:
        """Receipts still missing after the receipt deadline."""
        return (
            bool(row.pending)
            and row.receipt_due_at is not None
            and self.clock.now() > row.receipt_due_at
        )

    def remaining(self, row: NoticeRow) -> timedelta | None:
        if not row.pending or row.receipt_due_at is None:
            return None
        return row.receipt_due_at - self.clock.now()

    # -- cells

    def cell(self, row: NoticeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            if column == COL_ISSUED:
                return row.issued_at.isoformat()
            if column in (COL_DUE, COL_COUNTDOWN):
                return row.receipt_due_at.isoformat() if row.receipt_due_at else "9"
            if column == COL_RECEIPTS:
                return len(row.pending)
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_PENDING and row.pending:
                return "\n".join(_pending_unit(p) for p in row.pending)
            if column == COL_TITLE:
                return row.title
        if column == COL_COUNTDOWN:
            remaining = self.remaining(row)
            style = countdown_style(remaining) if remaining is not None else None
            if style and role == Qt.ItemDataRole.BackgroundRole:
                return style[0]
            if style and role == Qt.ItemDataRole.ForegroundRole:
                return style[1]
            if role == Qt.ItemDataRole.FontRole and remaining is not None and row.pending:
                return countdown_font(bold=style is not None)  # large, like the incidents'
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if column in (COL_DUE, COL_RECEIPTS) and self.overdue(row):
            if role == Qt.ItemDataRole.BackgroundRole:
                return Palette.MISSING_BG
            if role == Qt.ItemDataRole.ForegroundRole:
                return Palette.MISSING_FG
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RECEIPTS and not row.pending:
            return Palette.OK_FG
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_ISSUED,
            COL_DUE,
            COL_RECEIPTS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: NoticeRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number
        if column == COL_ISSUER:
            return row.issuer
        if column == COL_TITLE:
            return row.title
        if column == COL_ISSUED:
            return fmt.md_hm(row.issued_at)
        if column == COL_DUE:
            return fmt.md_hm(row.receipt_due_at) if row.receipt_due_at else self.tr("不限")
        if column == COL_COUNTDOWN:
            if not row.pending:
                return self.tr("已齐") if row.targets else ""
            remaining = self.remaining(row)
            return "" if remaining is None else fmt.countdown(remaining)
        if column == COL_RECEIPTS:
            return f"{row.confirmed}/{row.targets}"
        if column == COL_PENDING:
            if not row.targets:
                return ""
            return (
                "、".join(_pending_unit(p) for p in row.pending)
                if row.pending
                else self.tr("全部已回执")
            )
        return ""


class ReceiptTableModel(RowsModel):
    """One notice's receipts: every target unit, the unconfirmed ones first."""

    def headers(self) -> list[str]:
        return [
            self.tr("单位"),
            self.tr("信息员"),
            self.tr("联系电话"),
            self.tr("回执"),
            self.tr("回执时间"),
            self.tr("回执人"),
            self.tr("登记"),
        ]

    def cell(self, row: ReceiptRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            if column in (RCOL_STATE, RCOL_CONFIRMED_AT):
                return row.confirmed_at.isoformat() if row.confirmed_at else ""
            return self._display(row, column)
        if not row.confirmed and column in (RCOL_UNIT, RCOL_STATE, RCOL_PHONE):
            if role == Qt.ItemDataRole.ForegroundRole:
                return Palette.MISSING_FG
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
        if row.confirmed and column == RCOL_STATE and role == Qt.ItemDataRole.ForegroundRole:
            return Palette.OK_FG
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RCOL_STATE, RCOL_CONFIRMED_AT):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: ReceiptRow, column: int) -> str:
        if column == RCOL_UNIT:
            return row.unit
        if column == RCOL_OFFICER:
            return row.info_officer or fmt.DASH
        if column == RCOL_PHONE:
            return row.phone or self.tr("（无电话）")
        if column == RCOL_STATE:
            return self.tr("已回执") if row.confirmed else self.tr("未回执")
        if column == RCOL_CONFIRMED_AT:
            return fmt.md_hm(row.confirmed_at) if row.confirmed_at else ""
        if column == RCOL_CONFIRMED_BY:
            return row.confirmed_by
        if column == RCOL_RECORDED:
            if not row.recorded_by:
                return ""
            if row.recorded_at is None:
                return row.recorded_by
            return f"{row.recorded_by} {fmt.md_hm(row.recorded_at)}"
        return ""


def receipt_clock_text(detail: NoticeDetail, clock: Clock) -> str:
    """The receipt countdown line of a notice (rich text): due, remaining, still missing."""
    pending = len(detail.pending)
    total = len(detail.receipts)
    if not pending:
        return '<span style="color:#0f5132"><b>' + escape(
            _tr("回执已齐：{total}/{total}").format(total=total)) + "</b></span>"
    if detail.receipt_due_at is None:
        return escape(_tr("回执 {done}/{total}，未回执 {pending} 个单位（未设回执时限）").format(
            done=detail.confirmed, total=total, pending=pending))
    remaining = detail.receipt_due_at - clock.now()
    left = fmt.countdown(remaining)
    if remaining.total_seconds() >= 0:
        left = _tr("剩余 {left}").format(left=left)
    text = _tr("回执时限 {due}　{left}　已回执 {done}/{total}，未回执 {pending} 个单位").format(
        due=fmt.md_hm(detail.receipt_due_at), left=left, done=detail.confirmed, total=total,
        pending=pending,
    )
    style = countdown_style(remaining)
    if style is None:
        return f"<b>{escape(text)}</b>"
    bg, fg = style
    return (f'<span style="background:{bg.name()};color:{fg.name()}"><b>&nbsp;'
            f"{escape(text)}&nbsp;</b></span>")


class ReceiptsPanel(QWidget):
    """One notice's receipts under its countdown line (read-only; the dialog records)."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.detail: NoticeDetail | None = None
        self.title = QLabel(self)
        self.title.setObjectName("receipts_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("receipts_clock")
        self.clock_label.setTextFormat(Qt.TextFormat.RichText)
        self.model = ReceiptTableModel(clock, self)
        self.proxy = make_proxy(self.model, self)
        self.table = make_table(self)
        self.table.setObjectName("receipts_table")
        self.table.setAccessibleName(_tr("回执情况"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(RCOL_STATE, Qt.SortOrder.AscendingOrder)  # unconfirmed first
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.table, 1)

    def show_detail(self, detail: NoticeDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.title.setText("")
            self.clock_label.setText("")
            self.model.set_rows([])
            return
        link = (
            self.tr("　关联事件 {number}").format(number=escape(detail.incident_number))
            if detail.incident_number
            else ""
        )
        self.title.setText(
            self.tr("<b>{number}</b>　{title}<br>{issuer} {issued} 发布　主送：{recipients}{link}")
            .format(
                number=escape(detail.number), title=escape(detail.title),
                issuer=escape(detail.issuer_short), issued=fmt.md_hm(detail.issued_at),
                recipients=escape(detail.recipients), link=link,
            )
        )
        self.model.set_rows(list(detail.receipts))
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            self.table.resizeColumnToContents(col)
            header.resizeSection(col, min(header.sectionSize(col) + 16, 300))
        self.tick()

    def tick(self) -> None:
        """Refresh the countdown line from memory."""
        if self.detail is not None:
            self.clock_label.setText(receipt_clock_text(self.detail, self.clock))

    def selected_receipt(self) -> ReceiptRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())


class NoticesView(DataView):
    """通知: the warning notices issued and their receipts."""

    view_name = "notices"

    sig_detail_shown = Signal()
    """The selected notice's receipts were read and are on screen."""

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.tasks = TaskKeeper(self._report)
        self.model = NoticeTableModel(self.clock, self)
        self.proxy = make_proxy(self.model, self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(COL_ISSUED, Qt.SortOrder.DescendingOrder)
        # The units still owing a receipt are the point of the view: wrap, never elide them.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        # Fixed: a ResizeToContents column would re-measure every row on every tick.
        header.setSectionResizeMode(COL_COUNTDOWN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_COUNTDOWN, self.countdown_width())

        self.issue_button = QPushButton(self.tr("发布预警通知…"), self)
        self.issue_button.setObjectName("issue_button")
        self.issue_button.clicked.connect(self.open_issue)
        self.receipt_button = QPushButton(self.tr("登记回执…"), self)
        self.receipt_button.setObjectName("receipt_button")
        self.receipt_button.clicked.connect(self.open_selected)
        self.preview_button = QPushButton(self.tr("打印预览"), self)
        self.preview_button.setObjectName("preview_button")
        self.preview_button.clicked.connect(self.preview_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.issue_button)
        bar.addWidget(self.receipt_button)
        bar.addWidget(self.preview_button)
        bar.addStretch(1)

        self.receipts = ReceiptsPanel(self.clock, self)
        self.receipts.setObjectName("receipts_panel")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.table)
        splitter.addWidget(self.table)
        splitter.addWidget(self.receipts)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.model.sig_ticked.connect(self._on_tick)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self._selected_id: int | None = None
        self._loading = False
        self._update_buttons()

    def title(self) -> str:
        return self.tr("通知")

    def countdown_width(self) -> int:
        widest = fmt.countdown(-timedelta(days=9, hours=23, minutes=59, seconds=59))
        return QFontMetrics(countdown_font(bold=True)).horizontalAdvance(widest) + 24

    async def load(self) -> None:
        """The notices, then the receipts of the selected one (the newest at first)."""
        rows = await self.door.call(list_notices, self.door.ctx)
        keep = self._selected_id
        self._loading = True  # selecting below must not spawn a second read of the receipts
        try:
            self.model.set_rows(rows)
            self.fit_columns(keep=(COL_COUNTDOWN, COL_PENDING))
            self._update_header()
            ids = [r.id for r in rows]
            target = keep if keep in ids else (self._newest_id() if rows else None)
            if target is not None:
                self._select_row_of(target)
            self._selected_id = target
        finally:
            self._loading = False
        self._update_buttons()
        if target is not None:
            await self._load_detail(target)
        else:
            self.receipts.show_detail(None)
        self._finish_load()

    def _newest_id(self) -> int:
        return self.model.row_at(self.proxy.mapToSource(self.proxy.index(0, 0)).row()).id

    def _select_row_of(self, notice_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(r, 0))
            if self.model.row_at(source.row()).id == notice_id:
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                self.table.selectRow(r)
                return True
        return False

    def select_notice(self, notice_id: int) -> None:
        """Select the notice ``notice_id``; its receipts load below (``sig_detail_shown``)."""
        if self._select_row_of(notice_id) and self.receipts.detail is not None and (
            self.receipts.detail.id == notice_id
        ):
            self.sig_detail_shown.emit()  # already on screen

    def selected_row(self) -> NoticeRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(current).row()) if current.isValid() else None
        self._selected_id = row.id if row else None
        self._update_buttons()
        if row is not None and not self._loading:
            self.tasks.spawn(self._load_detail(row.id), name="notice_detail")

    async def _load_detail(self, notice_id: int) -> None:
        detail = await self.door.call(notice_detail, self.door.ctx, notice_id=notice_id)
        if self._selected_id == notice_id:
            self.receipts.show_detail(detail)
            self.sig_detail_shown.emit()

    def _on_tick(self) -> None:
        self._update_header()
        self.receipts.tick()

    def _update_buttons(self) -> None:
        chosen = self._selected_id is not None
        self.receipt_button.setEnabled(chosen)
        self.preview_button.setEnabled(chosen)

    def _report(self, exc: BaseException) -> None:
        self.show_load_failed(describe_error(exc))

    def _update_header(self) -> None:
        rows = self.model.rows
        if not rows:
            self.header.setText(self.tr("还没有发布过预警通知。"))
            return
        waiting = sum(1 for r in rows if r.pending)
        overdue = sum(1 for r in rows if self.model.overdue(r))
        text = self.tr("预警通知 <b>{n}</b> 份　回执未齐 {w} 份").format(n=len(rows), w=waiting)
        if overdue:
            text += (
                '　<span style="color:#842029"><b>'
                + self.tr("已过回执时限仍未齐 {n} 份").format(n=overdue)
                + "</b></span>"
            )
        self.header.setText(text)

    # -- actions (dialogs open with open(); they write through the door)

    def open_issue(self) -> None:
        """Open the dialog that issues a new notice; the view reloads after it is issued."""
        from xianghua_console.gui.dialogs.notice import open_issue_notice_dialog

        dialog = open_issue_notice_dialog(self.door, self)
        dialog.sig_saved.connect(self._issued)
        self.issue_dialog = dialog

    def _issued(self, detail: NoticeDetail) -> None:
        self._selected_id = detail.id
        self.tasks.spawn(self.load(), name="notices_reload")

    def open_selected(self) -> None:
        """Open the selected notice to record receipts and print it."""
        if self._selected_id is None:
            return
        from xianghua_console.gui.dialogs.notice import open_notice_dialog

        dialog = open_notice_dialog(self.door, self._selected_id, self)
        dialog.sig_changed.connect(lambda: self.tasks.spawn(self.load(), name="notices_reload"))
        self.notice_dialog = dialog

    def preview_selected(self) -> None:
        """The selected notice's print preview."""
        detail = self.receipts.detail
        if detail is None or detail.id != self._selected_id:
            return
        from xianghua_console.exports.notice_html import notice_html, title_of
        from xianghua_console.gui.print_preview import open_print_preview

        self.preview_dialog = open_print_preview(notice_html(detail), title_of(detail), self)
