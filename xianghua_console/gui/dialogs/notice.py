"""预警通知: issuing a warning notice, and one notice's receipts (回执) with printing.

The issuing dialog offers the General HQ and the sub-commands (one with no head named yet
shows its warning before it is chosen), the villages and units with the 全部村 / 全部镇直单位
shortcuts, title, content, required measures, an optional receipt deadline and an incident to
link; the number is given when it is issued. The notice dialog lists every target unit's
receipt with the information officer's phone, counts down to the receipt deadline, records a
receipt (when, who at the unit) and prints the notice (print preview, PDF).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import to_local
from xianghua_console.exports.notice_html import notice_html, title_of
from xianghua_console.gui import core_text, fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.dialogs.common import ActionDialog, show_warning, warning_label
from xianghua_console.gui.forms import InputDialog, TimeField
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.views.notices import ReceiptsPanel
from xianghua_console.services.notices import (
    NoticeDetail,
    NoticeForm,
    issue_notice,
    notice_detail,
    notice_form,
    record_receipt,
)

log = logging.getLogger(__name__)

TICK_MS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticeDialogs", text)


# ---------------------------------------------------------------- issuing


class IssueNoticeDialog(InputDialog):
    """发布预警通知: issuer, targets with shortcuts, text, receipt deadline, linked incident."""

    sig_loaded = Signal()
    """The choices were read through the door and are on screen."""

    def __init__(self, door: DbDoor, tasks: TaskKeeper, parent: QWidget | None = None) -> None:
        super().__init__(door, tasks, title=_tr("发布预警通知"), ok_text=_tr("发布"), parent=parent)
        self.setObjectName("issue_notice_dialog")
        self.resize(820, 760)
        self.data: NoticeForm | None = None

        self.number_label = QLabel(_tr("正在读取……"), self)
        self.number_label.setObjectName("number_label")
        self.form.addRow(self.number_label)
        self.issuer_combo = QComboBox(self)
        self.issuer_combo.currentIndexChanged.connect(self._issuer_changed)
        self.issuer_combo.highlighted.connect(self._issuer_highlighted)
        self.issuer_combo.activated.connect(self._issuer_changed)  # the same one chosen again
        self.issuer_warning = warning_label(self)
        self.issuer_warning.setObjectName("issuer_warning")
        self.add_field("issuer_id", _tr("发布单位"), self.issuer_combo, note=self.issuer_warning)

        targets = QWidget(self)
        column = QVBoxLayout(targets)
        column.setContentsMargins(0, 0, 0, 0)
        shortcuts = QHBoxLayout()
        self.all_villages = QCheckBox(_tr("全部村"), targets)
        self.all_villages.setObjectName("all_villages")
        self.all_town_units = QCheckBox(_tr("全部镇直单位"), targets)
        self.all_town_units.setObjectName("all_town_units")
        self.all_villages.toggled.connect(self._shortcuts_changed)
        self.all_town_units.toggled.connect(self._shortcuts_changed)
        shortcuts.addWidget(self.all_villages)
        shortcuts.addWidget(self.all_town_units)
        shortcuts.addStretch(1)
        self.target_count = QLabel(targets)
        self.target_count.setObjectName("target_count")
        shortcuts.addWidget(self.target_count)
        column.addLayout(shortcuts)
        self.unit_list = QListWidget(targets)
        self.unit_list.setObjectName("unit_list")
        self.unit_list.setMinimumHeight(150)
        self.unit_list.itemChanged.connect(lambda _i: self._count_targets())
        column.addWidget(self.unit_list)
        self.add_field("unit_ids", _tr("主送"), targets)
        self.unit_widget = targets

        self.title_edit = self.add_field("title", _tr("标题"), QLineEdit(self))
        self.title_edit.setPlaceholderText(_tr("如：关于做好……的预警通知"))
        self.content_edit = self.add_field("content", _tr("内容"), QPlainTextEdit(self))
        self.content_edit.setMinimumHeight(110)
        self.measures_edit = self.add_field("measures", _tr("工作要求"), QPlainTextEdit(self))
        self.measures_edit.setMinimumHeight(80)
        self.measures_edit.setPlaceholderText(_tr("每条一行，如：一、……；二、……"))

        due = QWidget(self)
        row = QHBoxLayout(due)
        row.setContentsMargins(0, 0, 0, 0)
        self.due_check = QCheckBox(_tr("要求在此前回执："), due)
        self.due_check.setObjectName("due_check")
        self.due_check.setChecked(True)
        self.due_edit = TimeField(self._default_due(), self.clock, due)
        self.due_edit.setObjectName("due_edit")
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        row.addWidget(self.due_check)
        row.addWidget(self.due_edit)
        row.addStretch(1)
        self.add_field("receipt_due_at", _tr("回执时限"), due)
        self.due_widget = due

        self.incident_combo = self.add_field("incident_id", _tr("关联事件"), QComboBox(self))
        self.incident_combo.addItem(_tr("（不关联）"), None)
        self.ok_button.setEnabled(False)

    def _default_due(self, hours: int = 4):  # noqa: ANN202 - a datetime
        """``hours`` (the setting) from now, rounded up to the hour: time for every unit to
        confirm."""
        local = to_local(self.clock.now() + timedelta(hours=hours))
        whole = local.replace(minute=0, second=0, microsecond=0)
        return whole if whole == local else whole + timedelta(hours=1)

    # -- loading

    def start(self) -> None:
        self.tasks.spawn(self.load(), name="IssueNoticeDialog.load")

    async def load(self) -> None:
        try:
            data = await self.door.call(notice_form, self.ctx)
        except Exception as exc:  # shown in the dialog
            self.show_general_error(describe_error(exc))
            return
        self.show_form(data)
        self.sig_loaded.emit()

    def show_form(self, data: NoticeForm) -> None:
        self.data = data
        if not self.due_edit.isModified():
            self.due_edit.set_value(self._default_due(data.receipt_hours))
        self.number_label.setText(
            _tr("文号：{number}（发布时按当年顺序编号）").format(number=data.next_number))
        self.issuer_combo.clear()
        for body in data.issuers:
            text = body.short_name if body.head else _tr("{n}（⚠ 未指定负责人）").format(
                n=body.short_name)
            self.issuer_combo.addItem(text, body.id)
            self.issuer_combo.setItemData(self.issuer_combo.count() - 1,
                                          core_text.text(body.warning) or body.name,
                                          Qt.ItemDataRole.ToolTipRole)
        self.issuer_combo.setCurrentIndex(0)
        self.all_villages.setText(_tr("全部村（{n} 个）").format(n=len(data.villages)))
        self.all_town_units.setText(_tr("全部镇直单位（{n} 个）").format(n=len(data.town_units)))
        self.unit_list.blockSignals(True)
        self.unit_list.clear()
        for unit in (*data.villages, *data.town_units):
            officer = " ".join(x for x in (unit.info_officer, unit.phone) if x)
            item = QListWidgetItem(
                f"{unit.name}（{fmt.label(unit.kind)}）" + (f"　{officer}" if officer else ""),
                self.unit_list)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, unit.kind.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.unit_list.blockSignals(False)
        for incident in data.incidents:
            self.incident_combo.addItem(incident.label, incident.id)
        self._shortcuts_changed()
        self.ok_button.setEnabled(True)

    # -- live parts

    def _issuer_highlighted(self, index: int) -> None:
        self._show_issuer_warning(self.issuer_combo.itemData(index))

    def _issuer_changed(self, _index: int) -> None:
        self._show_issuer_warning(self.issuer_combo.currentData())

    def _show_issuer_warning(self, body_id: Any) -> None:
        body = next((b for b in self.data.issuers if b.id == body_id), None) if self.data else None
        show_warning(self.issuer_warning, body.warning if body else "")

    def _shortcuts_changed(self, _checked: bool = False) -> None:
        """Units covered by a shortcut are ticked and greyed: they go anyway."""
        self.unit_list.blockSignals(True)
        for r in range(self.unit_list.count()):
            item = self.unit_list.item(r)
            kind = item.data(Qt.ItemDataRole.UserRole + 1)
            covered = (kind == "village" and self.all_villages.isChecked()) or (
                kind == "town_unit" and self.all_town_units.isChecked())
            flags = item.flags()
            if covered:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
            elif not flags & Qt.ItemFlag.ItemIsEnabled:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.unit_list.blockSignals(False)
        self._count_targets()

    def _count_targets(self) -> None:
        n = sum(
            1 for r in range(self.unit_list.count())
            if self.unit_list.item(r).checkState() == Qt.CheckState.Checked
        )
        self.target_count.setText(_tr("主送 {n} 个单位").format(n=n))

    def single_units(self) -> list[int]:
        """Units ticked one by one (not covered by a shortcut)."""
        out = []
        for r in range(self.unit_list.count()):
            item = self.unit_list.item(r)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled and (
                item.checkState() == Qt.CheckState.Checked
            ):
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def tick_unit(self, name: str) -> None:
        """Tick the unit called ``name`` (for tests and keyboard users' scripts)."""
        for r in range(self.unit_list.count()):
            item = self.unit_list.item(r)
            if item.text().startswith(name + "（"):
                item.setCheckState(Qt.CheckState.Checked)

    # -- saving

    def request(self) -> tuple[Any, dict[str, Any]] | None:
        due = None
        if self.due_check.isChecked():
            due = self.due_edit.value()
            if due is None:
                self.show_errors({"receipt_due_at": _tr("看不懂这个时间：请写成 18:00 或 03-05 18:00")})
                return None
        return issue_notice, {
            "issuer_id": self.issuer_combo.currentData(),
            "title": self.title_edit.text(),
            "content": self.content_edit.toPlainText(),
            "measures": self.measures_edit.toPlainText(),
            "unit_ids": self.single_units(),
            "all_villages": self.all_villages.isChecked(),
            "all_town_units": self.all_town_units.isChecked(),
            "receipt_due_at": due,
            "incident_id": self.incident_combo.currentData(),
        }


def open_issue_notice_dialog(
    door: DbDoor, parent: QWidget | None = None, *, tasks: TaskKeeper | None = None
) -> IssueNoticeDialog:
    """Open the issuing dialog with ``open()``; ``sig_saved`` carries the new NoticeDetail."""
    dialog: IssueNoticeDialog
    keeper = tasks or TaskKeeper(lambda exc: dialog.show_general_error(describe_error(exc)))
    dialog = IssueNoticeDialog(door, keeper, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog


# ---------------------------------------------------------------- one notice's receipts


class NoticeDialog(ActionDialog):
    """One notice: its receipts with phones and countdown, recording a receipt, printing."""

    def __init__(self, door: DbDoor, notice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.notice_id = notice_id
        self.detail: NoticeDetail | None = None
        self._offered = ""
        self.setObjectName("notice_dialog")
        self.setWindowTitle(_tr("预警通知回执"))
        self.resize(980, 640)

        self.panel = ReceiptsPanel(self.clock, self)
        self.panel.table.selectionModel().selectionChanged.connect(self._receipt_selected)
        self.unit_label = QLabel(_tr("在上表中选择一个未回执的单位。"), self)
        self.unit_label.setObjectName("unit_label")
        self.confirmed_by = QLineEdit(self)
        self.confirmed_by.setObjectName("confirmed_by")
        self.confirmed_by.setPlaceholderText(_tr("单位上确认收到的人"))
        self.at_edit = TimeField(self.clock.now(), self.clock, self)
        self.at_edit.setObjectName("at_edit")
        self.record_button = QPushButton(_tr("登记回执"), self)
        self.record_button.setObjectName("record_button")
        self.record_button.clicked.connect(self.record)
        record = QHBoxLayout()
        record.addWidget(self.unit_label, 1)
        record.addWidget(QLabel(_tr("回执人："), self))
        record.addWidget(self.confirmed_by)
        record.addWidget(QLabel(_tr("时间："), self))
        record.addWidget(self.at_edit)
        record.addWidget(self.record_button)

        self.preview_button = QPushButton(_tr("打印预览"), self)
        self.preview_button.setObjectName("preview_button")
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button = QPushButton(_tr("导出 PDF…"), self)
        self.pdf_button.setObjectName("pdf_button")
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.pdf_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(record)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.field_widgets = {"confirmed_by": self.confirmed_by, "at": self.at_edit}
        self.action_buttons = [self.record_button]
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.panel.tick)
        self.last_pdf: Path | None = None
        self.refresh_enabled()

    # -- loading

    def start(self) -> None:
        self.spawn(self.load(), "load")

    async def load(self) -> None:
        detail = await self.read(notice_detail, notice_id=self.notice_id)
        if detail is not None:
            self.show_detail(detail)
            self.loaded = True
            self.sig_loaded.emit()

    def show_detail(self, detail: NoticeDetail) -> None:
        self.detail = detail
        self.setWindowTitle(_tr("预警通知回执 — {number}").format(number=detail.number))
        self.panel.show_detail(detail)
        if detail.pending and detail.receipt_due_at is not None:
            self._timer.start()
        else:
            self._timer.stop()
        self.at_edit.set_value(self.clock.now())
        self._offered = self.at_edit.text()
        first_pending = next(
            (r for r in range(self.panel.proxy.rowCount())
             if not self.panel.model.row_at(
                 self.panel.proxy.mapToSource(self.panel.proxy.index(r, 0)).row()).confirmed),
            None,
        )
        if first_pending is not None:
            self.panel.table.selectRow(first_pending)
        self._receipt_selected()
        self.refresh_enabled()

    def select_unit(self, unit: str) -> None:
        """Select the receipt of ``unit`` (the record form then offers its officer)."""
        for r in range(self.panel.proxy.rowCount()):
            row = self.panel.model.row_at(self.panel.proxy.mapToSource(
                self.panel.proxy.index(r, 0)).row())
            if row.unit == unit:
                self.panel.table.selectRow(r)
                return

    def _receipt_selected(self, *_args: object) -> None:
        receipt = self.panel.selected_receipt()
        if receipt is None:
            self.unit_label.setText(_tr("在上表中选择一个未回执的单位。"))
        elif receipt.confirmed:
            self.unit_label.setText(_tr("{unit} 已于 {at} 回执（{by}）。").format(
                unit=receipt.unit, at=to_local(receipt.confirmed_at).strftime("%m-%d %H:%M"),
                by=receipt.confirmed_by))
        else:
            phone = f"　{receipt.phone}" if receipt.phone else _tr("　（无电话）")
            self.unit_label.setText(
                _tr("<b>{unit}</b>　信息员 {officer}{phone}").format(
                    unit=receipt.unit, officer=receipt.info_officer or _tr("（未填）"),
                    phone=phone))
            self.confirmed_by.setText(receipt.info_officer)
        self.refresh_enabled()

    def refresh_enabled(self) -> None:
        receipt = self.panel.selected_receipt()
        can = receipt is not None and not receipt.confirmed and not self.busy
        self.record_button.setEnabled(can)
        self.preview_button.setEnabled(self.detail is not None)
        self.pdf_button.setEnabled(self.detail is not None)

    def stop(self) -> None:
        self._timer.stop()
        super().stop()

    # -- recording a receipt

    def record(self) -> None:
        self.spawn(self._record(), "record")

    async def _record(self) -> None:
        receipt = self.panel.selected_receipt()
        if receipt is None:
            return
        at = self.at_edit.value()
        if at is None:
            self.show_field_errors({"at": _tr("看不懂这个时间：请写成 09:35 或 03-05 09:35")})
            return
        done = _tr("已登记 {unit} 的回执。").format(unit=receipt.unit)
        detail = await self.act(
            record_receipt, done=done, notice_id=self.notice_id, unit_id=receipt.unit_id,
            confirmed_by=self.confirmed_by.text(),
            at=None if self.at_edit.text() == self._offered else at,
        )
        if detail is not None:
            self.show_detail(detail)

    # -- printing

    def html(self) -> str:
        assert self.detail is not None
        return notice_html(self.detail)

    def preview(self) -> None:
        """Open the print preview of the notice (non-blocking)."""
        if self.detail is None:
            return
        from xianghua_console.gui.print_preview import open_print_preview

        try:
            self.preview_dialog = open_print_preview(self.html(), title_of(self.detail), self)
        except Exception as exc:  # no CJK font: say so here
            self.say(describe_error(exc), error=True)

    def ask_pdf_path(self) -> None:
        """Ask where to save the PDF (a non-blocking file dialog), then write it."""
        if self.detail is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = Path(folder or ".") / f"{self.detail.number}.pdf"
        chooser = QFileDialog(self, _tr("导出 PDF"), str(default), _tr("PDF 文件 (*.pdf)"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("pdf")
        chooser.fileSelected.connect(lambda path: self.export_pdf(Path(path)))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.open()
        self.file_dialog = chooser

    def export_pdf(self, path: Path) -> bool:
        """Write the notice to ``path`` as PDF (official layout, CJK font embedded)."""
        if self.detail is None:
            return False
        from xianghua_console.gui.printing import html_to_pdf

        try:
            html_to_pdf(self.html(), path, title=title_of(self.detail))
        except Exception as exc:  # shown here: the file may be open in a viewer
            log.warning("PDF of %s failed: %r", self.detail.number, exc)
            self.say(describe_error(exc), error=True)
            return False
        self.last_pdf = path
        self.say(_tr("已导出 {path}").format(path=path))
        return True


def open_notice_dialog(
    door: DbDoor, notice_id: int, parent: QWidget | None = None
) -> NoticeDialog:
    """Open one notice's receipts dialog with ``open()``; ``sig_changed`` after each receipt."""
    dialog = NoticeDialog(door, notice_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog

