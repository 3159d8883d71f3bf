"""Editing one directory entry (a unit, a person, a command body, a category's mapping), and
the list of problems when an Excel import is refused.

The edit dialogs are :class:`~xianghua_console.gui.forms.InputDialog`s: one service call on
save, each refusal under its field. The problems dialog lists sheet, row, column and reason of
every bad cell; nothing was imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.enums import BodyKind, UnitKind
from xianghua_console.gui import core_text, fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.forms import InputDialog
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.directories import (
    BodyEntry,
    CategoryEntry,
    Directories,
    ImportProblem,
    StaffEntry,
    UnitEntry,
    save_body,
    save_staff,
    save_unit,
    set_category_subcommand,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DirectoryDialogs", text)


def _check_list(parent: QWidget, items: Sequence[tuple[int, str]], chosen: Sequence[int]) -> QListWidget:
    widget = QListWidget(parent)
    widget.setMinimumHeight(140)
    for key, text in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
    return widget


def checked_ids(widget: QListWidget) -> list[int]:
    return [
        widget.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(widget.count())
        if widget.item(r).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, key: int, checked: bool = True) -> None:
    for r in range(widget.count()):
        if widget.item(r).data(Qt.ItemDataRole.UserRole) == key:
            widget.item(r).setCheckState(
                Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class UnitDialog(InputDialog):
    """A village or town unit: name, kind, information officer and phone."""

    def __init__(self, door: DbDoor, tasks: TaskKeeper, unit: UnitEntry | None,
                 parent: QWidget | None = None) -> None:
        title = _tr("修改单位") if unit else _tr("新增单位")
        super().__init__(door, tasks, title=title, ok_text=_tr("保存"), parent=parent)
        self.setObjectName("unit_dialog")
        self.unit = unit
        self.name_edit = self.add_field("name", _tr("单位名称"), QLineEdit(self))
        self.kind_combo = self.add_field("kind", _tr("类型"), QComboBox(self))
        for kind in UnitKind:
            self.kind_combo.addItem(fmt.label(kind), kind.value)
        self.officer_edit = self.add_field("info_officer", _tr("信访信息员"), QLineEdit(self))
        self.phone_edit = self.add_field("phone", _tr("联系电话"), QLineEdit(self))
        self.phone_edit.setPlaceholderText(_tr("手机 11 位，座机可带区号"))
        if unit is not None:
            self.fill(unit)
            self.editing(unit)  # saved with the version read; a conflict offers a reload
        self.resize(460, 260)

    def fill(self, unit: UnitEntry) -> None:
        self.name_edit.setText(unit.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(unit.kind.value))
        self.officer_edit.setText(unit.info_officer)
        self.phone_edit.setText(unit.phone)

    def record_reloaded(self, unit: UnitEntry) -> None:
        self.unit = unit

    def request(self) -> tuple[Any, dict[str, Any]]:
        return save_unit, {
            "unit_id": self.unit.id if self.unit else None,
            "name": self.name_edit.text(),
            "kind": UnitKind(self.kind_combo.currentData()),
            "info_officer": self.officer_edit.text(),
            "phone": self.phone_edit.text(),
        }


class StaffDialog(InputDialog):
    """A person: name, post, unit, phone, whether they lead a duty shift or drive."""

    def __init__(self, door: DbDoor, tasks: TaskKeeper, person: StaffEntry | None,
                 units: Sequence[UnitEntry], parent: QWidget | None = None) -> None:
        title = _tr("修改人员") if person else _tr("新增人员")
        super().__init__(door, tasks, title=title, ok_text=_tr("保存"), parent=parent)
        self.setObjectName("staff_dialog")
        self.person = person
        self.name_edit = self.add_field("name", _tr("姓名"), QLineEdit(self))
        self.post_edit = self.add_field("post", _tr("职务"), QLineEdit(self))
        self.unit_combo = self.add_field("unit_id", _tr("所属单位"), QComboBox(self))
        self.unit_combo.addItem(_tr("（镇领导，无单位）"), None)
        for unit in units:
            if unit.active or (person is not None and person.unit_id == unit.id):
                self.unit_combo.addItem(unit.name, unit.id)
        self.phone_edit = self.add_field("phone", _tr("联系电话"), QLineEdit(self))
        self.leader_check = QCheckBox(_tr("可任带班领导"), self)
        self.driver_check = QCheckBox(_tr("驾驶员"), self)
        self.form.addRow("", self.leader_check)
        self.form.addRow("", self.driver_check)
        if person is not None:
            self.fill(person)
            self.editing(person)  # saved with the version read; a conflict offers a reload
        self.resize(460, 300)

    def fill(self, person: StaffEntry) -> None:
        self.name_edit.setText(person.name)
        self.post_edit.setText(person.post)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(person.unit_id), 0))
        self.phone_edit.setText(person.phone)
        self.leader_check.setChecked(person.is_leader)
        self.driver_check.setChecked(person.is_driver)

    def form_widgets(self) -> dict[str, QWidget]:
        return {**super().form_widgets(), "is_leader": self.leader_check,
                "is_driver": self.driver_check}

    def record_reloaded(self, person: StaffEntry) -> None:
        self.person = person

    def request(self) -> tuple[Any, dict[str, Any]]:
        return save_staff, {
            "staff_id": self.person.id if self.person else None,
            "name": self.name_edit.text(),
            "post": self.post_edit.text(),
            "unit_id": self.unit_combo.currentData(),
            "phone": self.phone_edit.text(),
            "is_leader": self.leader_check.isChecked(),
            "is_driver": self.driver_check.isChecked(),
        }


class BodyDialog(InputDialog):
    """A command body's head, deputies and member units (its posts come from the plan)."""

    def __init__(self, door: DbDoor, tasks: TaskKeeper, body: BodyEntry, data: Directories,
                 parent: QWidget | None = None) -> None:
        super().__init__(door, tasks, title=_tr("指挥机构 — {n}").format(n=body.short_name),
                         ok_text=_tr("保存"), parent=parent)
        self.setObjectName("body_dialog")
        self.body = body
        posts = QLabel(_tr("预案规定：负责人 {head}{deputies}").format(
            head=body.head_post or _tr("（未规定）"),
            deputies=_tr("；副职 {d}").format(d=body.deputy_posts) if body.deputy_posts else ""),
            self)
        posts.setWordWrap(True)
        self.form.addRow(QLabel(f"<b>{body.name}</b>", self))
        self.form.addRow(posts)
        people = [p for p in data.staff if p.active or p.id == body.head_id
                  or p.id in body.deputy_ids]
        self.head_combo = self.add_field("head_id", _tr("负责人"), QComboBox(self))
        self.head_combo.addItem(_tr("（未指定）"), None)
        for p in people:
            self.head_combo.addItem(" ".join(x for x in (p.post, p.name, p.phone) if x), p.id)
        self.head_combo.setCurrentIndex(max(self.head_combo.findData(body.head_id), 0))
        self.deputy_list = self.add_field("deputy_ids", _tr("副职"), _check_list(
            self, [(p.id, " ".join(x for x in (p.post, p.name) if x)) for p in people],
            body.deputy_ids))
        units = [u for u in data.units if u.active or u.id in body.member_unit_ids]
        self.unit_list = self.add_field("member_unit_ids", _tr("成员单位"), _check_list(
            self, [(u.id, f"{u.name}（{fmt.label(u.kind)}）") for u in units],
            body.member_unit_ids))
        self.editing(body)  # saved with the version read; a conflict offers a reload
        self.resize(560, 620)

    def fill(self, body: BodyEntry) -> None:
        """The head, deputies and member units of ``body`` (people and units the lists do
        not hold — added on another workstation since — are not offered until reopened)."""
        self.head_combo.setCurrentIndex(max(self.head_combo.findData(body.head_id), 0))
        for r in range(self.deputy_list.count()):
            key = self.deputy_list.item(r).data(Qt.ItemDataRole.UserRole)
            set_checked(self.deputy_list, key, key in body.deputy_ids)
        for r in range(self.unit_list.count()):
            key = self.unit_list.item(r).data(Qt.ItemDataRole.UserRole)
            set_checked(self.unit_list, key, key in body.member_unit_ids)

    def record_reloaded(self, body: BodyEntry) -> None:
        self.body = body

    def request(self) -> tuple[Any, dict[str, Any]]:
        return save_body, {
            "body_id": self.body.id,
            "head_id": self.head_combo.currentData(),
            "deputy_ids": checked_ids(self.deputy_list),
            "member_unit_ids": checked_ids(self.unit_list),
        }


class CategoryDialog(InputDialog):
    """Which sub-command a subject category proposes."""

    def __init__(self, door: DbDoor, tasks: TaskKeeper, category: CategoryEntry,
                 bodies: Sequence[BodyEntry], parent: QWidget | None = None) -> None:
        super().__init__(door, tasks, title=_tr("类别对应 — {n}").format(n=category.name),
                         ok_text=_tr("保存"), parent=parent)
        self.setObjectName("category_dialog")
        self.category = category
        self.sub_combo = self.add_field("subcommand_id", _tr("对应分指挥部"), QComboBox(self))
        self.sub_combo.addItem(_tr("（不对应，分派时另选）"), None)
        for body in bodies:
            if body.kind is BodyKind.SUBCOMMAND:
                self.sub_combo.addItem(f"{body.short_name}　{body.name}", body.id)
        self.sub_combo.setCurrentIndex(max(self.sub_combo.findData(category.subcommand_id), 0))
        self.resize(560, 160)

    def request(self) -> tuple[Any, dict[str, Any]]:
        return set_category_subcommand, {
            "category_id": self.category.id,
            "subcommand_id": self.sub_combo.currentData(),
        }


class ImportProblemsDialog(QDialog):
    """Every bad cell of a refused import: sheet, row, column, reason. Nothing was imported."""

    def __init__(self, file_name: str, problems: Sequence[ImportProblem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_problems_dialog")
        self.setWindowTitle(_tr("导入未完成 — {f}").format(f=file_name))
        self.problems = list(problems)
        summary = QLabel(_tr("<b>{f}</b> 有 <b>{n}</b> 处问题，<b>未导入任何数据</b>。"
                             "请在表格中改正后重新导入。").format(f=file_name, n=len(problems)),
                         self)
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        self.table = QTableWidget(len(problems), 4, self)
        self.table.setObjectName("problems_table")
        self.table.setAccessibleName(_tr("未导入的原因"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to 关闭; the arrows walk the cells
        self.table.setHorizontalHeaderLabels([_tr("工作表"), _tr("行"), _tr("列"), _tr("原因")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, p in enumerate(problems):
            column = f"{p.column}（{p.header}）" if p.column and p.header else p.column
            for c, text in enumerate((p.sheet, str(p.row), column, core_text.text(p.reason))):
                item = QTableWidgetItem(text)
                if c in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """What the table shows (for tests)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(4))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]
