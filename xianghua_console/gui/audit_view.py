"""工具 → 审计日志: the audit log, filtered, newest first, fetched a page at a time.

The log can be long: the table holds only the pages scrolled to (the view asks for the next
page when it reaches the bottom, ``canFetchMore``/``fetchMore``), each a door call to
``services.audit.audit_page``. The selected entry's fields are shown below, before and after
side by side, the changed ones marked. 导出 Excel writes every entry of the filter (not only
the pages shown) through ``exports.audit_xlsx``. The services refuse the roles that may not
read the log; the menu item is only shown to those that may.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import local_today, to_local
from xianghua_console.gui import core_text
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.services.audit import (
    AREA_LABELS,
    PAGE_SIZE,
    AuditChoices,
    AuditFilter,
    AuditRow,
    action_label,
    audit_choices,
    audit_page,
    count_audit,
    entity_label,
    row_summary,
)

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
CHANGED_BG = QColor("#fff3cd")
CHANGED_FG = QColor("#842029")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditDialog", text)


class AuditModel(QAbstractTableModel):
    """The pages of the log read so far; ``fetchMore`` asks the dialog for the next one."""

    sig_fetch_more = Signal()

    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditDialog", "时间"),
        QT_TRANSLATE_NOOP("AuditDialog", "操作人"),
        QT_TRANSLATE_NOOP("AuditDialog", "操作"),
        QT_TRANSLATE_NOOP("AuditDialog", "对象"),
        QT_TRANSLATE_NOOP("AuditDialog", "编号"),
        QT_TRANSLATE_NOOP("AuditDialog", "内容"),
    )  # translated in headerData

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.next_before_id: int | None = None
        self.fetching = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # the action, the kind of record and the summary are the core's words (messages)
            return (f"{to_local(row.at):%Y-%m-%d %H:%M:%S}", row.actor,
                    core_text.text(row.action_label), core_text.text(row.entity_label),
                    row.entity_id, core_text.text(row_summary(row)))[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 5):
            return row.action if col == 2 else core_text.text(row_summary(row))
        return None

    def reset(self, page_rows: tuple[AuditRow, ...], next_before_id: int | None) -> None:
        self.beginResetModel()
        self.rows = list(page_rows)
        self.next_before_id = next_before_id
        self.endResetModel()

    def append(self, page_rows: tuple[AuditRow, ...], next_before_id: int | None) -> None:
        if page_rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page_rows) - 1)
            self.rows.extend(page_rows)
            self.endInsertRows()
        self.next_before_id = next_before_id

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.next_before_id is not None and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self.sig_fetch_more.emit()


class AuditDialog(QDialog):
    """The audit log viewer (non-modal: the console stays usable beside it)."""

    sig_loaded = Signal()
    """A page (the first of a filter, or a further one) came in, or its reading failed."""

    sig_exported = Signal(str)
    """The export was written: carries the file's path."""

    def __init__(self, door: DbDoor, tasks: TaskKeeper, parent: QWidget | None = None,
                 *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.door, self.ctx, self.tasks = door, door.ctx, tasks
        self.page_size = page_size
        self.setObjectName("audit_dialog")
        self.setWindowTitle(_tr("审计日志"))
        self.resize(1180, 760)
        self.filter = AuditFilter()
        self.last_dir: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self._generation = 0

        # -- the filter
        self.actor = QComboBox(self)
        self.actor.setObjectName("audit_actor")
        self.actor.setAccessibleName(_tr("操作人"))
        self.entity = QComboBox(self)
        self.entity.setObjectName("audit_entity")
        self.entity.setAccessibleName(_tr("对象"))
        self.action = QComboBox(self)
        self.action.setObjectName("audit_action")
        self.action.setAccessibleName(_tr("操作"))
        self.action.setMinimumWidth(160)
        self.entity_id = QLineEdit(self)
        self.entity_id.setObjectName("audit_entity_id")
        self.entity_id.setAccessibleName(_tr("编号"))
        self.entity_id.setPlaceholderText(_tr("记录编号"))
        self.entity_id.setMaximumWidth(110)
        today = local_today(self.ctx.clock)
        self.use_from = QCheckBox(_tr("从"), self)
        self.use_from.setObjectName("audit_use_from")
        self.from_day = self._date_edit("audit_from", _tr("起始日期"), today)
        self.use_to = QCheckBox(_tr("到"), self)
        self.use_to.setObjectName("audit_use_to")
        self.to_day = self._date_edit("audit_to", _tr("截止日期"), today)
        self.use_from.toggled.connect(self.from_day.setEnabled)
        self.use_to.toggled.connect(self.to_day.setEnabled)
        self.from_day.setEnabled(False)
        self.to_day.setEnabled(False)
        for combo in (self.actor, self.entity, self.action):
            combo.addItem(_tr("全部"), "")
        self.search_button = QPushButton(_tr("查询"), self)
        self.search_button.setObjectName("audit_search")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.apply_filter)
        self.export_button = QPushButton(_tr("导出 Excel…"), self)
        self.export_button.setObjectName("audit_export")
        self.export_button.clicked.connect(self.ask_export)
        bar = QHBoxLayout()
        for label, widget in ((_tr("操作人"), self.actor), (_tr("对象"), self.entity),
                              (_tr("操作"), self.action), (_tr("编号"), self.entity_id)):
            caption = QLabel(label + _tr("："), self)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.use_from)
        bar.addWidget(self.from_day)
        bar.addWidget(self.use_to)
        bar.addWidget(self.to_day)
        bar.addStretch(1)
        bar.addWidget(self.search_button)
        bar.addWidget(self.export_button)

        # -- the entries, then the selected one's fields
        self.count_label = QLabel(self)
        self.count_label.setObjectName("audit_count")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.status = QLabel(self)
        self.status.setObjectName("audit_status")
        self.status.setWordWrap(True)
        self.model = AuditModel(self)
        self.model.sig_fetch_more.connect(self.fetch_more)
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setAccessibleName(_tr("审计记录"))
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows walk the rows
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for col, width in enumerate((150, 110, 150, 90, 80)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("audit_detail_title")
        self.detail_title.setWordWrap(True)
        self.detail = QTableWidget(0, 3, self)
        self.detail.setObjectName("audit_detail")
        self.detail.setAccessibleName(_tr("改动前后"))
        self.detail.setTabKeyNavigation(False)
        self.detail.setHorizontalHeaderLabels([_tr("项目"), _tr("改动前"), _tr("改动后")])
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setWordWrap(True)
        self.detail.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.detail.setColumnWidth(0, 150)
        self.detail.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([480, 220])
        close = QPushButton(_tr("关闭"), self)
        close.setObjectName("audit_close")
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label)
        foot.addWidget(self.status, 1)
        foot.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(foot)

    def _date_edit(self, name: str, accessible: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        """Read the filter's lists and the first page (through the door)."""
        self.tasks.spawn(self._load_choices(), name="audit.choices")
        self.apply_filter()

    async def _load_choices(self) -> None:
        choices: AuditChoices = await self.door.call(audit_choices, self.ctx)
        self._fill(self.actor, [(a, a) for a in choices.actors])
        self._fill(self.entity, [(core_text.text(entity_label(e)), e) for e in choices.entities])
        areas = sorted({a.split(".", 1)[0] for a in choices.actions if "." in a})
        items = [(core_text.text(action_label(f"{a}.")), f"{a}.")
                 for a in areas if a in AREA_LABELS]
        items += [(f"{core_text.text(action_label(a))}（{a}）" if action_label(a) != a else a, a)
                  for a in choices.actions]
        self._fill(self.action, items)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_tr("全部"), "")
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            if not check.isChecked():
                return None
            q = edit.date()
            return date(q.year(), q.month(), q.day())

        return AuditFilter(actor=self.actor.currentData() or "",
                           entity=self.entity.currentData() or "",
                           action=self.action.currentData() or "",
                           entity_id=self.entity_id.text().strip(),
                           from_day=day(self.use_from, self.from_day),
                           to_day=day(self.use_to, self.to_day))

    def apply_filter(self) -> None:
        """查询: the first page of the filter as it stands now."""
        self.filter = self.current_filter()
        if self.filter.from_day and self.filter.to_day and self.filter.from_day > self.filter.to_day:
            self.status.setText(_tr("起始日期不能晚于截止日期。"))
            return
        self._generation += 1
        self.tasks.spawn(self._first_page(self._generation), name="audit.first_page")

    async def _first_page(self, generation: int) -> None:
        self.model.fetching = True
        self.status.setText(_tr("正在读取……"))
        try:
            page = await self.door.call(audit_page, self.ctx, self.filter, limit=self.page_size)
            total = await self.door.call(count_audit, self.ctx, self.filter)
        except Exception as exc:  # shown in the dialog
            if generation == self._generation:
                self.status.setText(describe_error(exc))
                self.model.fetching = False
                self.sig_loaded.emit()
            return
        if generation != self._generation:
            return  # a newer filter was asked for meanwhile
        self.model.fetching = False
        self.model.reset(page.rows, page.next_before_id)
        text = _tr("共 {n} 条，新的在前").format(n=total)
        self.count_label.setText(text)
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(text) + 16)
        self.status.setText("")
        self._show_selected(self.model.index(0, 0) if page.rows else QModelIndex())
        if page.rows:
            self.table.selectRow(0)
        self.sig_loaded.emit()

    def fetch_more(self) -> None:
        """The view reached the bottom: the next (older) page."""
        if self.model.next_before_id is None or self.model.fetching:
            return
        self.model.fetching = True
        self.tasks.spawn(self._next_page(self._generation, self.model.next_before_id),
                         name="audit.next_page")

    async def _next_page(self, generation: int, before_id: int) -> None:
        try:
            page = await self.door.call(audit_page, self.ctx, self.filter, before_id=before_id,
                                        limit=self.page_size)
        except Exception as exc:
            if generation == self._generation:
                self.status.setText(describe_error(exc))
            return
        finally:
            if generation == self._generation:
                self.model.fetching = False
        if generation != self._generation:
            return
        self.model.append(page.rows, page.next_before_id)
        self.sig_loaded.emit()

    # ------------------------------------------------------------------ the selected entry

    def _show_selected(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.detail.setRowCount(0)
        if not current.isValid() or current.row() >= len(self.model.rows):
            self.detail_title.setText("")
            return
        row = self.model.rows[current.row()]
        self.detail_title.setText(
            _tr("第 {id} 条　{at}　{actor}　{action}　{entity} {eid}").format(
                id=row.id, at=f"{to_local(row.at):%Y-%m-%d %H:%M:%S}", actor=row.actor,
                action=f"{core_text.text(row.action_label)}（{row.action}）",
                entity=core_text.text(row.entity_label),
                eid=row.entity_id)
        )
        changes = row.changes()
        self.detail.setRowCount(len(changes))
        bold = QFont()
        bold.setBold(True)
        for r, change in enumerate(changes):
            cells = tuple(core_text.text(t) for t in (change.label, change.before, change.after))
            for c, shown in enumerate(cells):
                item = QTableWidgetItem(shown)
                item.setToolTip(shown)
                if change.changed:
                    item.setBackground(CHANGED_BG)
                    if c == 2:
                        item.setForeground(CHANGED_FG)
                        item.setFont(bold)
                self.detail.setItem(r, c, item)
        self.detail.resizeRowsToContents()

    # ------------------------------------------------------------------ export

    def ask_export(self) -> None:
        folder = self.last_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        suggested = _tr("审计日志-{day}.xlsx").format(day=f"{local_today(self.ctx.clock):%Y%m%d}")
        dialog = QFileDialog(self, _tr("导出审计日志"), str(folder / suggested),
                             _tr("Excel 工作簿 (*.xlsx)"))
        dialog.setObjectName("audit_save_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.export(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def export(self, path: Path):  # noqa: ANN201 - the task
        """Write every entry of the current filter (not only the pages shown) to ``path``."""
        self.last_dir = path.parent
        return self.tasks.spawn(self._export(path, self.current_filter()), name="audit.export")

    async def _export(self, path: Path, flt: AuditFilter) -> None:
        from xianghua_console.exports.audit_xlsx import export_audit

        self.export_button.setEnabled(False)
        self.status.setText(_tr("正在导出……"))
        try:
            n = await self.door.call(export_audit, self.ctx, path=path, flt=flt)
        except Exception as exc:
            self.status.setText(_tr("导出失败：") + describe_error(exc))
            return
        finally:
            self.export_button.setEnabled(True)
        self.status.setText(_tr("已导出 {n} 条到 {path}").format(n=n, path=path))
        self.sig_exported.emit(str(path))


def open_audit_dialog(door: DbDoor, tasks: TaskKeeper, parent: QWidget) -> AuditDialog:
    """Open the viewer (non-modal) and start reading."""
    dialog = AuditDialog(door, tasks, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.start()
    return dialog
