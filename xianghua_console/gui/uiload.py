"""Loading Qt Designer files from ``ui/``.

The console has one way of using .ui files: QUiLoader at run time. No generated code is kept
(``pyside6-uic`` output would need a build step) and ``loadUiType`` is not used because it
fails in a frozen build (STYLE.md habit 6). A missing or broken file is an error naming it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from xianghua_console.paths import ui_dir


def _tr(text: str) -> str:
    return QCoreApplication.translate("uiload", text)


class UiFileError(RuntimeError):
    """A .ui file is missing or cannot be loaded."""


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget described by ``ui/<name>.ui``; its children keep their objectNames."""
    path = ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise UiFileError(_tr("界面文件无法打开：{path}").format(path=path))
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise UiFileError(
            _tr("界面文件无法载入：{path}（{error}）").format(path=path, error=loader.errorString())
        )
    return widget
