"""The conflict dialog: another workstation changed the record first; nothing was overwritten.

Shown over the editing dialog when a save raises :class:`~services.conflicts.Conflict`. It
says who changed the record and when, lists what they changed (the record as this
workstation read it beside the record now, when the editor says what it read) and the rest of
the record's values, and offers to reload them and re-apply this workstation's change on top
(``sig_reload_requested``) or to go back to the form as typed. It opens with ``open()``: a
modal ``exec()`` would fight qasync.

:func:`save_versioned` is the one way an editor saves an existing versioned record: it sends
the version the editor read (``expected_version``), and on a conflict shows this dialog and
— when the officer asks to reload — lets the editor take the record as it is now and
re-apply what was typed (the editor's ``reapply``), then saves again with the new version.
The input dialogs (:class:`~gui.forms.InputDialog`), the multi-action dialogs
(:class:`~gui.dialogs.common.ActionDialog`) and the directory's one-click actions all save
through it.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QFont
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

from xianghua_console.gui import core_text
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.conflicts import Conflict

#: The background of a value the other workstation changed.
CHANGED_BG = QColor("#fff3cd")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


class ConflictDialog(QDialog):
    """另一台电脑已修改: who and when, what they changed, reload or go back.

    ``loaded`` is the record as the editor read it (a row of the kind ``conflict.row`` is):
    with it the dialog lists each value that changed since, as read and as it is now, before
    the values that did not change.
    """

    sig_reload_requested = Signal(object)
    """Reload the form from the record as it is now (carries the :class:`Conflict`)."""

    def __init__(
        self,
        conflict: Conflict,
        parent: QWidget | None = None,
        *,
        loaded: object = None,
        reload_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.changes = conflict.changes(loaded)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(_tr("记录已被另一台电脑修改"))
        text = core_text.error_text(conflict)
        if self.changes:
            text += "\n" + _tr("对方改了：{what}").format(
                what="、".join(core_text.text(label) for label, _before, _now in self.changes))
        self.message = QLabel(text, self)
        self.message.setObjectName("conflict_message")
        self.message.setWordWrap(True)
        changed = {label for label, _before, _now in self.changes}
        compare = loaded is not None and conflict.values_of is not None
        columns = [_tr("项目"), _tr("你打开时"), _tr("现在")] if compare else [
            _tr("项目"), _tr("现在的内容")]
        self.table = QTableWidget(len(conflict.current), len(columns), self)
        self.table.setObjectName("conflict_values")
        self.table.setAccessibleName(_tr("对方修改后的内容"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        before = {label: was for label, was, _now in self.changes}
        # What changed first, in the record's order; then the rest.
        ordered = sorted(conflict.current.items(), key=lambda item: item[0] not in changed)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (label, value) in enumerate(ordered):
            cells = [label, before.get(label, value), value] if compare else [label, value]
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(core_text.text(cell))  # labels and terms: the core's
                if label in changed:
                    item.setBackground(QBrush(CHANGED_BG))
                    item.setFont(bold)
                    item.setToolTip(_tr("对方修改了这一项"))
                self.table.setItem(row, column, item)
        if compare:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(1, 170)
        buttons = QDialogButtonBox(self)
        self.reload_button: QPushButton = buttons.addButton(
            reload_text or _tr("读取最新内容，再修改"), QDialogButtonBox.ButtonRole.AcceptRole
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
        self.resize(600 if compare else 520, 380)

    def rows(self) -> list[list[str]]:
        """The table's cells, top to bottom (for tests and screen readers)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def _reload(self) -> None:
        self.sig_reload_requested.emit(self.conflict)
        self.accept()


def show_conflict(conflict: Conflict, parent: QWidget | None = None) -> ConflictDialog:
    """Open the conflict dialog over ``parent`` (non-blocking) and return it."""
    dialog = ConflictDialog(conflict, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


# ---------------------------------------------------------------- saving with the version read


class ReloadedForReview(Exception):
    """The record was reloaded after a conflict and the editor kept the officer's change for
    a look before saving (both workstations changed the same field): nothing was saved."""

    def __init__(self, conflict: Conflict) -> None:
        self.conflict = conflict
        super().__init__(str(conflict))


def takes_version(fn: Callable[..., Any]) -> bool:
    """Whether a service function checks the version its caller read (``expected_version``)."""
    try:
        return "expected_version" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def with_version(fn: Callable[..., Any], kwargs: dict[str, Any], version: int | None) -> dict[str, Any]:
    """``kwargs`` plus ``expected_version=version`` for a service that takes it (and when a
    version was read: a new record has none); as given otherwise."""
    if version is None or "expected_version" in kwargs or not takes_version(fn):
        return kwargs
    return {**kwargs, "expected_version": version}


async def ask_reload(conflict: Conflict, parent: QWidget | None, *, loaded: object = None) -> bool:
    """Show the conflict dialog over ``parent`` and wait: True when the officer asks to
    reload and re-apply, False to go back (Esc, 返回, the dialog closed)."""
    dialog = ConflictDialog(conflict, parent, loaded=loaded, reload_text=_tr("读取最新内容，重新应用我的修改"))
    answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not answer.done():
            answer.set_result(result == QDialog.DialogCode.Accepted)

    dialog.finished.connect(finished)
    dialog.finished.connect(dialog.deleteLater)
    if parent is not None:
        parent.conflict_dialog = dialog  # type: ignore[attr-defined]  # for tests
    dialog.open()
    try:
        return await answer
    finally:
        if not answer.done():  # the save was cancelled under it (the editor is closing)
            dialog.close()


async def save_versioned(
    door: DbDoor,
    parent: QWidget | None,
    fn: Callable[..., Any],
    kwargs: dict[str, Any],
    *,
    version: Callable[[], int | None],
    loaded: Callable[[], object] = lambda: None,
    reapply: Callable[[Conflict], Awaitable[dict[str, Any] | None]],
) -> Any:
    """``fn(ctx, **kwargs)`` through the door with the version the editor read.

    ``version()`` and ``loaded()`` are the editor's version and copy of the record, read at
    each try. On a :class:`Conflict` the dialog shows the other workstation's change; "back"
    re-raises the conflict (the editor keeps what was typed and says why nothing was saved);
    "reload" awaits ``reapply(conflict)`` — the editor takes ``conflict.row`` (or re-reads the
    record) and its version, keeps what the officer typed, and returns the call's arguments
    to send again, or None to leave the reloaded form for a look first
    (:class:`ReloadedForReview` is raised then). Another conflict on the way asks again.
    """
    while True:
        try:
            return await door.call(fn, door.ctx, **with_version(fn, kwargs, version()))
        except Conflict as conflict:
            if not await ask_reload(conflict, parent, loaded=loaded()):
                raise
            again = await reapply(conflict)
            if again is None:
                raise ReloadedForReview(conflict) from None
            kwargs = again
