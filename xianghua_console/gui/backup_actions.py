"""工具 → 备份数据库… / 从备份恢复…: the SQLite file's backups from the window, with progress.

Both run on the door's worker through ``gui.progress`` (the window stays live; a dialog after
300 ms). A backup goes to a temporary file renamed at the end: 取消 leaves no file. A restore
first checks the backup file (integrity, schema version, hash chains) and copies the current
database aside — 取消 is allowed until then and changes nothing — then overwrites the
database: past that point 取消 is disabled. After a restore every view, the logged-in
account and its role may be stale, so the console says so and closes; it is opened again on
the restored database.

The file dialogs are non-blocking (``open()``) and behind :meth:`BackupActions.choose_path`,
which tests replace. PostgreSQL is backed up with pg_dump (README): the actions are hidden.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.permissions import Action
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.progress import run_with_progress
from xianghua_console.services.backup import BACKUP_DIR, RestoreResult, backup_to, restore_in_place
from xianghua_console.services.progress import Cancelled
from xianghua_console.store.db import sqlite_path

log = logging.getLogger(__name__)

#: ``choose_path(save, caption, suggested_path, name_filter, then)``: ask for a file (to
#: write when ``save``) and call ``then(path)`` when one is chosen (never when cancelled).
PathChooser = Callable[[bool, str, Path, str, Callable[[Path], None]], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


class BackupActions(QObject):
    """The two actions of the 工具 menu and the jobs behind them."""

    sig_backed_up = Signal(str)
    """A backup was written (its path)."""

    sig_restored = Signal(object)
    """The database was restored (a ``RestoreResult``); the window is about to close."""

    sig_failed = Signal(str)
    """A backup or restore was refused, failed or cancelled (the message shown)."""

    def __init__(
        self,
        window: QWidget,
        door: DbDoor,
        tasks: TaskKeeper,
        *,
        say: Callable[[str], None],
        warn: Callable[[str], None],
        menu: QMenu | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.door = door
        self.ctx = door.ctx
        self.tasks = tasks
        self._say = say
        self._warn = warn
        self.dialog: QWidget | None = None
        self.busy = False
        self.db_file = sqlite_path(self.ctx.db.url)
        on_sqlite = self.db_file is not None
        self.backup_action = QAction(_tr("备份数据库…"), window)
        self.backup_action.setObjectName("backup_action")
        self.backup_action.setToolTip(_tr("把数据库复制到一个新文件（在线备份，不必退出）"))
        self.backup_action.triggered.connect(self.ask_backup)
        self.backup_action.setVisible(on_sqlite)
        self.restore_action = QAction(_tr("从备份恢复…"), window)
        self.restore_action.setObjectName("restore_action")
        self.restore_action.setToolTip(_tr("先检查备份文件，再用它替换当前数据库（当前数据库先另存一份）"))
        self.restore_action.triggered.connect(self.ask_restore)
        self.restore_action.setVisible(on_sqlite and self.ctx.may(Action.RESTORE))
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.backup_action)
            menu.addAction(self.restore_action)

    # ------------------------------------------------------------------ choosing a file

    def choose_path(
        self, save: bool, caption: str, suggested: Path, name_filter: str,
        then: Callable[[Path], None],
    ) -> None:
        """Ask for a file (non-blocking: ``open()``, never ``exec()``), then call ``then``."""
        chooser = QFileDialog(self.window, caption, str(suggested), name_filter)
        chooser.setObjectName("backup_file_dialog")
        if save:
            chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            chooser.setFileMode(QFileDialog.FileMode.AnyFile)
            chooser.setDefaultSuffix("sqlite")
        else:
            chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda name: then(Path(name)))
        self.dialog = chooser
        chooser.open()

    def _folder(self) -> Path:
        if self.db_file is not None:
            return self.db_file.parent / BACKUP_DIR
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home())

    # ------------------------------------------------------------------ backup

    def ask_backup(self) -> None:
        stamp = to_local(self.ctx.clock.now()).strftime("%Y%m%d-%H%M")
        name = _tr("手动备份-{stamp}.sqlite").format(stamp=stamp)
        self.choose_path(True, _tr("备份数据库"), self._folder() / name,
                         _tr("SQLite 数据库 (*.sqlite)"),
                         lambda path: self.tasks.spawn(self.backup(path), name="backup"))

    async def backup(self, path: Path) -> Path | None:
        """Back the database up to ``path`` (a new file) with the progress dialog."""
        if not self._start():
            return None
        try:
            out = await run_with_progress(self.door, self.window, _tr("备份数据库"),
                                          backup_to, self.ctx.db, out=path)
        except Exception as exc:  # refused, cancelled or failed: said in the banner
            self._fail(exc)
            return None
        finally:
            self.busy = False
        text = _tr("已备份到 {p}").format(p=out)
        self._say(text)
        self.sig_backed_up.emit(str(out))
        return out

    # ------------------------------------------------------------------ restore

    def ask_restore(self) -> None:
        self.choose_path(False, _tr("选择要恢复的备份文件"), self._folder(),
                         _tr("数据库备份 (*.sqlite *.bak);;所有文件 (*)"), self.confirm_restore)

    def confirm_restore(self, path: Path) -> QMessageBox:
        """Ask before the database is replaced (opened with ``open()``)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("从备份恢复"),
            _tr("用“{f}”替换当前数据库？").format(f=Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("restore_confirm")
        box.setInformativeText(_tr(
            "先检查备份文件，当前数据库另存一份后再替换；替换开始后不能取消。"
            "备份之后登记的内容将不在恢复后的数据库中。恢复完成后值班台会关闭，请重新打开。"
        ))
        box.button(QMessageBox.StandardButton.Yes).setText(_tr("恢复"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.tasks.spawn(self.restore(Path(path)), name="restore")

        box.finished.connect(answered)
        self.dialog = box
        box.open()
        return box

    async def restore(self, path: Path) -> RestoreResult | None:
        """Restore from ``path`` with the progress dialog; closes the window when done."""
        if not self._start():
            return None
        try:
            result = await run_with_progress(self.door, self.window, _tr("从备份恢复"),
                                             restore_in_place, self.ctx, source=path)
        except Exception as exc:  # refused (a bad backup), cancelled or failed: nothing changed
            self._fail(exc)
            return None
        finally:
            self.busy = False
        text = _tr("已从 {f} 恢复数据库。").format(f=result.restored_from)
        if result.previous_copy is not None:
            text += _tr("原数据库另存为 {p}。").format(p=result.previous_copy)
        text += _tr("值班台将关闭，请重新打开并登录。")
        self._say(text)
        self.sig_restored.emit(result)
        box = QMessageBox(QMessageBox.Icon.Information, _tr("已从备份恢复"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("restored_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.window.close())
        self.dialog = box
        box.open()
        return result

    # ------------------------------------------------------------------ shared

    def _start(self) -> bool:
        if self.busy:
            self._warn(_tr("上一项备份或恢复还没有完成，请稍候。"))
            return False
        self.busy = True
        return True

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            log.warning("backup/restore failed: %r", exc)
        message = describe_error(exc)
        (self._say if isinstance(exc, Cancelled) else self._warn)(message)
        self.sig_failed.emit(message)
