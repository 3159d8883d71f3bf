"""The conflict dialog: another workstation changed the record first; nothing was overwritten.

Shown over the editing dialog when a save raises :class:`~services.conflicts.Conflict`. It
says who changed the record and when, lists the record's values now, and offers to reload
them (``sig_reload_requested``: the editing dialog refills its form from ``conflict.row`` and
takes ``conflict.current_version`` as the version to send next, so the officer re-applies
their change on top) or to go back to the form as typed. It opens with ``open()``: a modal
``exec()`` would fight qasync.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.services.conflicts import Conflict


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


class ConflictDialog(QDialog):
    """另一台电脑已修改: the other side's values, reload or go back."""

    sig_reload_requested = Signal(object)
    """Reload the form from the record as it is now (carries the :class:`Conflict`)."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(_tr("记录已被另一台电脑修改"))
        self.message = QLabel(str(conflict), self)
        self.message.setObjectName("conflict_message")
        self.message.setWordWrap(True)
        self.table = QTableWidget(len(conflict.current), 2, self)
        self.table.setObjectName("conflict_values")
        self.table.setHorizontalHeaderLabels([_tr("项目"), _tr("现在的内容")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (label, value) in enumerate(conflict.current.items()):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(value))
        buttons = QDialogButtonBox(self)
        self.reload_button: QPushButton = buttons.addButton(
            _tr("读取最新内容，再修改"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button.setObjectName("reload_button")
        self.reload_button.setDefault(True)
        self.back_button: QPushButton = buttons.addButton(
            _tr("返回（保留我填写的内容）"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setObjectName("back_button")
        buttons.accepted.connect(self._reload)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def _reload(self) -> None:
        self.sig_reload_requested.emit(self.conflict)
        self.accept()


def show_conflict(conflict: Conflict, parent: QWidget | None = None) -> ConflictDialog:
    """Open the conflict dialog over ``parent`` (non-blocking) and return it."""
    dialog = ConflictDialog(conflict, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
