"""目录: the directory editors — units, staff, command bodies, the category mapping.

Four tabs over one read of the directories. Units and people are added, edited, archived and
restored; one without history can be deleted (the service refuses with the reason otherwise).
Units and staff import from Excel: the file dialog and the problem list are non-blocking
(``open()``), and a refused import lists every bad cell with sheet, row and column.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.gui import fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.core_text import error_text
from xianghua_console.gui.dialogs.directory import (
    BodyDialog,
    CategoryDialog,
    ImportProblemsDialog,
    StaffDialog,
    UnitDialog,
)
from xianghua_console.gui.forms import InputDialog
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.views.base import (
    DataView,
    Palette,
    RowsModel,
    SortRole,
    escape,
    make_proxy,
    make_table,
)
from xianghua_console.services.directories import (
    STAFF_SHEET,
    UNIT_SHEET,
    BodyEntry,
    CategoryEntry,
    Directories,
    ImportRejected,
    StaffEntry,
    UnitEntry,
    archive_staff,
    archive_unit,
    delete_staff,
    delete_unit,
    load_directories,
    restore_staff,
    restore_unit,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("directories", text)


def _archived(active: bool, archived_at: Any, by: str) -> str:
    if active:
        return _tr("在用")
    if not archived_at:
        return _tr("已归档")
    return _tr("已归档 {when} {by}").format(when=fmt.md_hm(archived_at), by=by).strip()


class UnitModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("单位名称"), self.tr("类型"), self.tr("信访信息员"), self.tr("联系电话"),
                self.tr("状态")]

    def cell(self, row: UnitEntry, column: int, role: int) -> Any:
        values = (row.name, fmt.label(row.kind), row.info_officer or fmt.DASH, row.phone or fmt.DASH,
                  _archived(row.active, row.archived_at, row.archived_by))
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column]
        if role == SortRole:
            return f"{int(not row.active)}|{values[column]}"
        if not row.active and role == Qt.ItemDataRole.ForegroundRole:
            return Palette.MUTED_FG
        return None


class StaffModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("姓名"), self.tr("职务"), self.tr("所属单位"), self.tr("联系电话"),
                self.tr("带班领导"), self.tr("驾驶员"), self.tr("状态")]

    def cell(self, row: StaffEntry, column: int, role: int) -> Any:
        values = (row.name, row.post, row.unit or self.tr("（镇领导）"), row.phone or fmt.DASH,
                  self.tr("是") if row.is_leader else "", self.tr("是") if row.is_driver else "",
                  _archived(row.active, row.archived_at, row.archived_by))
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column]
        if role == SortRole:
            return f"{int(not row.active)}|{values[column]}"
        if not row.active and role == Qt.ItemDataRole.ForegroundRole:
            return Palette.MUTED_FG
        return None


class BodyModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("指挥机构"), self.tr("类型"), self.tr("负责人（预案职务）"),
                self.tr("负责人"), self.tr("副职"), self.tr("成员单位"), self.tr("驻地")]

    def cell(self, row: BodyEntry, column: int, role: int) -> Any:
        values = (row.short_name, fmt.label(row.kind), row.head_post, row.head or self.tr("⚠ 未指定"),
                  row.deputies, row.member_units, row.seat)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column]
        if role == SortRole:
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.name
        if column == 3 and not row.head and role == Qt.ItemDataRole.ForegroundRole:
            return Palette.WARN_FG
        return None


class CategoryModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("事件类别"), self.tr("对应分指挥部")]

    def cell(self, row: CategoryEntry, column: int, role: int) -> Any:
        values = (row.name, row.subcommand or self.tr("（不对应，分派时另选）"))
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return values[column]
        return None


class ActiveFilter(QSortFilterProxyModel):
    """Hides archived rows unless asked to show them."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.show_archived = False

    def set_show_archived(self, show: bool) -> None:
        self.beginFilterChange()  # Qt ≥ 6.10: invalidateFilter() is deprecated
        self.show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if self.show_archived:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        return bool(getattr(model.row_at(source_row), "active", True))


class DirectoryPage(QWidget):
    """One tab: buttons over a table of one directory."""

    def __init__(self, model: RowsModel, *, archivable: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = ActiveFilter(self)
        self.filter.setSourceModel(model)
        self.proxy = make_proxy(model, self)
        self.proxy.setSourceModel(self.filter)
        self.table: QTableView = make_table(self)
        self.table.setModel(self.proxy)
        self.buttons = QHBoxLayout()
        self.show_archived = QCheckBox(self.tr("显示已归档"), self)
        self.show_archived.toggled.connect(self.filter.set_show_archived)
        self.show_archived.setVisible(archivable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.addLayout(self.buttons)
        bar.addStretch(1)
        bar.addWidget(self.show_archived)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def selected(self) -> Any | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        source = self.filter.mapToSource(self.proxy.mapToSource(index))
        return self.model.row_at(source.row())

    def select(self, predicate: Callable[[Any], bool]) -> bool:
        """Select the first row for which ``predicate`` holds (for tests and after a save)."""
        for r in range(self.proxy.rowCount()):
            source = self.filter.mapToSource(self.proxy.mapToSource(self.proxy.index(r, 0)))
            if predicate(self.model.row_at(source.row())):
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                self.table.selectRow(r)
                return True
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            self.table.resizeColumnToContents(col)
            header.resizeSection(col, min(header.sectionSize(col) + 16, 380))


class DirectoriesView(DataView):
    """目录: units, staff, command bodies and the category mapping, with Excel import."""

    view_name = "directories"

    sig_changed = Signal()
    """A directory entry was written (other views may show stale names until they reload)."""

    sig_imported = Signal(object)
    """An Excel import went through; carries its ImportResult."""

    sig_import_refused = Signal(object)
    """An Excel import was refused; carries the list of problems."""

    sig_import_cancelled = Signal()
    """An Excel import was cancelled by the officer (nothing was imported)."""

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.tasks = TaskKeeper(self.show_error)
        self.data: Directories | None = None
        self.table.hide()  # the base table is unused: each tab has its own

        self.units = DirectoryPage(UnitModel(self.clock, self), archivable=True, parent=self)
        self.units.button("unit_add", self.tr("新增单位…"), lambda: self.edit_unit(None))
        self.units.button("unit_edit", self.tr("修改…"), lambda: self.edit_unit(self.units.selected()))
        self.units.button("unit_archive", self.tr("归档"), lambda: self._entry_action(
            self.units, archive_unit, "unit_id", self.tr("已归档“{n}”。")))
        self.units.button("unit_restore", self.tr("恢复"), lambda: self._entry_action(
            self.units, restore_unit, "unit_id", self.tr("已恢复“{n}”。")))
        self.units.button("unit_delete", self.tr("删除…"), lambda: self._confirm_delete(
            self.units, delete_unit, "unit_id"))
        self.units.button("unit_import", self.tr("从 Excel 导入…"), lambda: self.ask_import(UNIT_SHEET))
        self.units.button("unit_template", self.tr("空白模板…"), lambda: self.ask_template(UNIT_SHEET))

        self.staff = DirectoryPage(StaffModel(self.clock, self), archivable=True, parent=self)
        self.staff.button("staff_add", self.tr("新增人员…"), lambda: self.edit_staff(None))
        self.staff.button("staff_edit", self.tr("修改…"), lambda: self.edit_staff(self.staff.selected()))
        self.staff.button("staff_archive", self.tr("归档"), lambda: self._entry_action(
            self.staff, archive_staff, "staff_id", self.tr("已归档“{n}”。")))
        self.staff.button("staff_restore", self.tr("恢复"), lambda: self._entry_action(
            self.staff, restore_staff, "staff_id", self.tr("已恢复“{n}”。")))
        self.staff.button("staff_delete", self.tr("删除…"), lambda: self._confirm_delete(
            self.staff, delete_staff, "staff_id"))
        self.staff.button("staff_import", self.tr("从 Excel 导入…"), lambda: self.ask_import(STAFF_SHEET))
        self.staff.button("staff_template", self.tr("空白模板…"), lambda: self.ask_template(STAFF_SHEET))

        self.bodies = DirectoryPage(BodyModel(self.clock, self), archivable=False, parent=self)
        self.bodies.button("body_edit", self.tr("指定负责人和成员…"), self.edit_body)
        self.categories = DirectoryPage(CategoryModel(self.clock, self), archivable=False,
                                        parent=self)
        self.categories.button("category_edit", self.tr("修改对应…"), self.edit_category)
        for page in (self.units, self.staff, self.bodies, self.categories):
            page.table.doubleClicked.connect(lambda _i, p=page: self._edit_from(p))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("directory_tabs")
        self.tabs.addTab(self.units, self.tr("单位和信息员"))
        self.tabs.addTab(self.staff, self.tr("人员"))
        self.tabs.addTab(self.bodies, self.tr("指挥机构"))
        self.tabs.addTab(self.categories, self.tr("类别对应分指挥部"))
        self.status = QLabel(self)
        self.status.setObjectName("directory_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.dialog: Any = None

    def title(self) -> str:
        return self.tr("目录")

    # ------------------------------------------------------------------ loading

    async def load(self) -> None:
        data = await self.door.call(load_directories, self.door.ctx)
        self.data = data
        self.units.model.set_rows(list(data.units))
        self.staff.model.set_rows(list(data.staff))
        self.bodies.model.set_rows(list(data.bodies))
        self.categories.model.set_rows(list(data.categories))
        for page in (self.units, self.staff, self.bodies, self.categories):
            page.fit()
        active_units = [u for u in data.units if u.active]
        no_phone = [u.name for u in active_units if not u.phone]
        headless = [b.short_name for b in data.bodies if not b.head]
        text = self.tr("单位 <b>{u}</b> 个　人员 <b>{s}</b> 名").format(
            u=len(active_units), s=sum(1 for p in data.staff if p.active))
        if no_phone:
            text += '　<span style="color:#b02a37">' + escape(
                self.tr("无信息员电话：{n}").format(n="、".join(no_phone[:8]) + (
                    self.tr("等") if len(no_phone) > 8 else ""))) + "</span>"
        if headless:
            text += '　<span style="color:#8a5300">' + escape(
                self.tr("未指定负责人：{n}").format(n="、".join(headless))) + "</span>"
        self.header.setText(text)
        self._finish_load()

    def reload(self) -> None:
        self.tasks.spawn(self.load(), name="directories_reload")

    # ------------------------------------------------------------------ messages

    def say(self, text: str, *, error: bool = False) -> None:
        colour = "#b02a37" if error else "#0f5132"
        self.status.setText(f'<span style="color:{colour}">{escape(text)}</span>')

    def show_error(self, exc: BaseException) -> None:
        self.say(describe_error(exc), error=True)

    # ------------------------------------------------------------------ editing

    def _open_form(self, dialog: InputDialog, done: str) -> InputDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda _r: (self.say(done), self.sig_changed.emit(),
                                             self.reload()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _edit_from(self, page: DirectoryPage) -> None:
        if page is self.units:
            self.edit_unit(page.selected())
        elif page is self.staff:
            self.edit_staff(page.selected())
        elif page is self.bodies:
            self.edit_body()
        else:
            self.edit_category()

    def edit_unit(self, unit: UnitEntry | None) -> InputDialog:
        """Add (``None``) or edit a unit in a dialog opened with ``open()``."""
        return self._open_form(UnitDialog(self.door, self.tasks, unit, self),
                               self.tr("单位已保存。"))

    def edit_staff(self, person: StaffEntry | None) -> InputDialog:
        units = list(self.data.units) if self.data else []
        return self._open_form(StaffDialog(self.door, self.tasks, person, units, self),
                               self.tr("人员已保存。"))

    def edit_body(self) -> InputDialog | None:
        body = self.bodies.selected()
        if body is None or self.data is None:
            self.say(self.tr("请先选择一个指挥机构。"), error=True)
            return None
        return self._open_form(BodyDialog(self.door, self.tasks, body, self.data, self),
                               self.tr("指挥机构已保存。"))

    def edit_category(self) -> InputDialog | None:
        category = self.categories.selected()
        if category is None or self.data is None:
            self.say(self.tr("请先选择一个类别。"), error=True)
            return None
        return self._open_form(
            CategoryDialog(self.door, self.tasks, category, list(self.data.bodies), self),
            self.tr("类别对应已保存。"))

    def _entry_action(self, page: DirectoryPage, fn: Callable[..., Any], key: str,
                      done: str) -> None:
        entry = page.selected()
        if entry is None:
            self.say(self.tr("请先在表中选择一行。"), error=True)
            return
        self.tasks.spawn(self._run(fn, {key: entry.id}, done.format(n=entry.name), entry),
                         name=fn.__name__)

    async def _run(self, fn: Callable[..., Any], kwargs: dict[str, Any], done: str,
                   entry: Any = None) -> bool:
        """One action on ``entry`` with the version read: a change made on another
        workstation since shows the conflict dialog (reload: the directory is read again and
        the action sent with the version now)."""
        from xianghua_console.gui.conflict_dialog import save_versioned

        seen = {"version": getattr(entry, "version", None), "loaded": entry}

        async def reapply(conflict: Any) -> dict[str, Any]:
            seen.update(version=conflict.current_version, loaded=conflict.row)
            await self.load()
            return kwargs

        try:
            await save_versioned(self.door, self, fn, kwargs, version=lambda: seen["version"],
                                 loaded=lambda: seen["loaded"], reapply=reapply)
        except Exception as exc:  # the refusal (e.g. why it cannot be deleted) is shown
            self.say(describe_error(exc), error=True)
            return False
        self.say(done)
        self.sig_changed.emit()
        await self.load()
        return True

    def _confirm_delete(self, page: DirectoryPage, fn: Callable[..., Any], key: str) -> None:
        entry = page.selected()
        if entry is None:
            self.say(self.tr("请先在表中选择一行。"), error=True)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("删除"),
            self.tr("删除“{n}”？只有从未用过的条目才能删除；有记录的请改为归档。").format(
                n=entry.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("删除"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.tasks.spawn(self._run(fn, {key: entry.id},
                                           self.tr("已删除“{n}”。").format(n=entry.name), entry),
                                 name=fn.__name__)

        box.finished.connect(answered)
        box.open()
        self.dialog = box

    # ------------------------------------------------------------------ Excel

    def _file_dialog(self, title: str, *, save: bool, name: str,
                     then: Callable[[Path], None]) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chooser = QFileDialog(self, title, str(Path(folder or ".") / name),
                              self.tr("Excel 工作簿 (*.xlsx)"))
        if save:
            chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            chooser.setDefaultSuffix("xlsx")
        else:
            chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(lambda path: then(Path(path)))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.open()
        self.dialog = chooser
        return chooser

    def ask_import(self, sheet: str) -> QFileDialog:
        """Choose a workbook (non-blocking), then import its 单位 or 人员 sheet."""
        return self._file_dialog(self.tr("导入{s}").format(s=sheet), save=False, name="",
                                 then=lambda path: self.import_file(path, sheet))

    def import_file(self, path: Path, sheet: str) -> None:
        self.tasks.spawn(self._import(path, sheet), name="directory_import")

    async def _import(self, path: Path, sheet: str) -> None:
        from xianghua_console.exports.directory_xlsx import import_directory_file
        from xianghua_console.gui.progress import run_with_progress
        from xianghua_console.services.progress import Cancelled

        try:
            # Read, checked and written in one transaction on the door's worker, with the
            # progress dialog: 取消 before the commit leaves the directory as it was.
            result = await run_with_progress(
                self.door, self, self.tr("导入{s}").format(s=sheet), import_directory_file,
                self.door.ctx, path=path, sheet=sheet,
            )
        except Cancelled as exc:
            self.say(error_text(exc))
            self.sig_import_cancelled.emit()
            return
        except ImportRejected as exc:
            self.say(error_text(exc), error=True)
            dialog = ImportProblemsDialog(path.name, exc.problems, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.dialog = dialog
            self.sig_import_refused.emit(exc.problems)
            return
        except Exception as exc:  # not a workbook, no such sheet…: said here
            self.say(describe_error(exc), error=True)
            self.sig_import_refused.emit([])
            return
        self.say(self.tr("已从 {f} 导入 {n} 条：{names}").format(
            f=path.name, n=result.added, names="、".join(result.names[:10])
            + (self.tr("等") if len(result.names) > 10 else "")))
        self.sig_changed.emit()
        await self.load()
        self.sig_imported.emit(result)

    def ask_template(self, sheet: str) -> QFileDialog:
        """Choose where to write a blank 单位 or 人员 sheet (non-blocking)."""
        def write(path: Path) -> None:
            from xianghua_console.exports.directory_xlsx import write_directory_template

            try:
                write_directory_template(path, sheet)
            except OSError as exc:
                self.say(self.tr("无法写入 {p}：{e}").format(p=path, e=exc.strerror or exc),
                         error=True)
                return
            self.say(self.tr("已写出空白模板 {p}").format(p=path))

        return self._file_dialog(self.tr("空白模板"), save=True, name=self.tr("{sheet}导入模板.xlsx").format(sheet=sheet),
                                 then=write)
