"""The About dialog comes from ui/about.ui through QUiLoader and names the database."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from xianghua_console import __version__
from xianghua_console.gui.about import make_about_dialog
from xianghua_console.gui.uiload import UiFileError, load_ui


def test_about_dialog_from_the_ui_file(qtbot):
    dialog = make_about_dialog("/tmp/console.sqlite")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QDialog)
    assert __version__ in dialog.findChild(QLabel, "version_label").text()
    assert "/tmp/console.sqlite" in dialog.findChild(QLabel, "database_label").text()
    assert "不建立针对信访人的名单" in dialog.findChild(QLabel, "scope_label").text()


def test_a_missing_ui_file_is_named():
    try:
        load_ui("no_such_dialog")
    except UiFileError as exc:
        assert "no_such_dialog.ui" in str(exc)
    else:
        raise AssertionError("a missing .ui file must raise")
