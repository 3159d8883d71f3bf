"""What every main view shares: a thin row model, a sortable table, a header line, a load.

Strings here go through ``QCoreApplication.translate("DataView", ...)``: ``self.tr()`` in a
base class would look them up under the runtime subclass's name (STYLE.md, Known traps).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import Clock
from xianghua_console.gui.ops import DbDoor

#: The role a proxy sorts by: a stable key (an absolute time, a rank), never display text.
SortRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class Palette:
    """The few colours that carry meaning on the duty desk (the same on every view)."""

    RED_BG = QColor("#c62828")  # overdue: white on strong red
    RED_FG = QColor("#ffffff")
    AMBER_BG = QColor("#ffb300")  # due within minutes
    AMBER_FG = QColor("#000000")
    MISSING_BG = QColor("#f8d7da")  # not reported (red-ish)
    MISSING_FG = QColor("#842029")
    LATE_BG = QColor("#ffe08a")  # reported late (amber)
    LATE_FG = QColor("#664d03")
    OK_BG = QColor("#d1e7dd")  # safe / zero report (green)
    OK_FG = QColor("#0f5132")
    INFO_BG = QColor("#cfe2ff")  # has a situation (blue)
    INFO_FG = QColor("#084298")
    TODAY_BG = QColor("#fff3cd")  # the shift on duty now
    WARN_FG = QColor("#b02a37")  # a word in red on a white row
    HEAVIER_FG = QColor("#a04a00")  # a word in dark orange
    MUTED_FG = QColor("#6c757d")


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


#: Countdowns (the incident panel's, the status bar's cutoff clock) are set this much larger
#: than the text around them: the number an officer must see from across the desk.
COUNTDOWN_SCALE = 1.3


def countdown_font(*, bold: bool) -> QFont:
    """The application's font, :data:`COUNTDOWN_SCALE` larger (bold for amber and red)."""
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * COUNTDOWN_SCALE)
    font.setBold(bold)
    return font


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of immutable service rows (one row object per line).

    Subclasses give the headers and ``cell(row, column, role)``; a reload replaces the rows
    with a model reset, a live column is refreshed with a targeted ``dataChanged``.
    """

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._rows: list[Any] = []
        self._headers: list[str] = self.headers()

    # -- to override

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (a reload from the database)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    # -- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self._headers)):
            return None
        return self.cell(self._rows[r], c, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def make_proxy(model: RowsModel, parent: QWidget) -> QSortFilterProxyModel:
    """A proxy sorting by :data:`SortRole`, so that display text never decides the order."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def make_table(parent: QWidget, cls: type[QTableView] = QTableView) -> QTableView:
    table = cls(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DataView(QWidget):
    """A main view: a header line over a table, filled from the database through the door."""

    sig_loaded = Signal()
    """The view's data were (re)loaded from the database and are on screen."""

    #: The view's name in file names (screenshots) and object names.
    view_name: str = ""

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.clock = door.ctx.clock
        self.setObjectName(f"view_{self.view_name}")
        self.header = QLabel(self)
        self.header.setObjectName("view_header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setText(QCoreApplication.translate("DataView", "正在读取数据……"))
        self.table = make_table(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        self.loaded = False

    def title(self) -> str:
        """The tab title."""
        raise NotImplementedError

    async def load(self) -> None:
        """Fetch the view's data through the door and show them; errors propagate."""
        raise NotImplementedError

    def show_load_failed(self, message: str) -> None:
        """Say in the view itself that its data could not be read (the old rows stay)."""
        self.header.setText(
            '<span style="color:#b02a37"><b>'
            + QCoreApplication.translate("DataView", "读取失败：")
            + "</b>"
            + escape(message)
            + "</span>"
        )

    def _finish_load(self) -> None:
        self.loaded = True
        self.sig_loaded.emit()

    def fit_columns(self, *, keep: Sequence[int] = ()) -> None:
        """Size columns to their contents once per load (never per tick), except ``keep``."""
        header = self.table.horizontalHeader()
        for col in range(self.table.model().columnCount()):
            if col in keep:
                continue
            self.table.resizeColumnToContents(col)
            header.resizeSection(col, min(header.sectionSize(col) + 12, 420))


def escape(text: str) -> str:
    """``text`` safe inside a rich-text label (line breaks kept)."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )
