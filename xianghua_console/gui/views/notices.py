"""通知: warning notices with the state of their receipts and who still owes one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from xianghua_console.gui import fmt
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.views.base import (
    DataView,
    Palette,
    RowsModel,
    SortRole,
    bold_font,
    make_proxy,
)
from xianghua_console.services.notices import NoticeRow, PendingReceipt, list_notices

(
    COL_NUMBER,
    COL_ISSUER,
    COL_TITLE,
    COL_ISSUED,
    COL_DUE,
    COL_RECEIPTS,
    COL_PENDING,
) = range(7)


def _pending_unit(p: PendingReceipt) -> str:
    contact = " ".join(x for x in (p.info_officer, p.phone) if x)
    return f"{p.unit}（{contact}）" if contact else p.unit


class NoticeTableModel(RowsModel):
    """Every warning notice, newest first, with its receipts."""

    def headers(self) -> list[str]:
        return [
            self.tr("文号"),
            self.tr("发布单位"),
            self.tr("标题"),
            self.tr("发布时间"),
            self.tr("回执时限"),
            self.tr("已回执"),
            self.tr("未回执单位"),
        ]

    def overdue(self, row: NoticeRow) -> bool:
        """Receipts still missing after the receipt deadline."""
        return (
            bool(row.pending)
            and row.receipt_due_at is not None
            and self.clock.now() > row.receipt_due_at
        )

    def cell(self, row: NoticeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            if column == COL_ISSUED:
                return row.issued_at.isoformat()
            if column == COL_DUE:
                return row.receipt_due_at.isoformat() if row.receipt_due_at else "9"
            if column == COL_RECEIPTS:
                return len(row.pending)
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_PENDING and row.pending:
                return "\n".join(_pending_unit(p) for p in row.pending)
            if column == COL_TITLE:
                return row.title
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


class NoticesView(DataView):
    """通知: the warning notices issued and their receipts."""

    view_name = "notices"

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.model = NoticeTableModel(self.clock, self)
        self.proxy = make_proxy(self.model, self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(COL_ISSUED, Qt.SortOrder.DescendingOrder)
        # The units still owing a receipt are the point of the view: wrap, never elide them.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def title(self) -> str:
        return self.tr("通知")

    async def load(self) -> None:
        rows = await self.door.call(list_notices, self.door.ctx)
        self.model.set_rows(rows)
        self.fit_columns(keep=(COL_PENDING,))
        self._update_header()
        self._finish_load()

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
