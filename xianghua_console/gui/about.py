"""关于: version, the database in use, the plan the console follows, and what it does not do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from xianghua_console import __version__
from xianghua_console.gui.uiload import load_ui


def make_about_dialog(db_label: str, parent: QWidget | None = None) -> QDialog:
    """The About dialog from ``ui/about.ui``, filled in; open it with ``open()``."""
    dialog = load_ui("about", parent)
    assert isinstance(dialog, QDialog)
    dialog.findChild(QLabel, "version_label").setText(
        QCoreApplication.translate("AboutDialog", "版本 {v}").format(v=__version__)
    )
    dialog.findChild(QLabel, "database_label").setText(
        QCoreApplication.translate("AboutDialog", "数据库：{db}").format(db=db_label)
    )
    return dialog
