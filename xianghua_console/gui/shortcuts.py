"""帮助 → 快捷键: the keys of the window, read from its real actions and shortcuts.

The list is made from the ``QAction`` and ``QShortcut`` objects the window holds at the moment
it is opened, so it cannot drift from what the keys do: a new action with a shortcut appears
by itself, and a test presses every listed key and checks that its action fires.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


@dataclass(frozen=True)
class ShortcutEntry:
    """One key of the window: what it does and where it works."""

    keys: tuple[QKeySequence, ...]
    what: str
    where: str
    source: QAction | QShortcut  # the object that fires (for tests)
    view: QWidget | None  # the view whose tab must be shown, or None: everywhere
    widget: QWidget | None  # the widget that must have the focus (a widget shortcut), or None

    def key_text(self) -> str:
        return _tr("，").join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys
        )


def _owner_view(obj: QObject, window: QWidget) -> QWidget | None:
    """The view (a tab of the window, with ``title()``) that holds ``obj``, if any."""
    node = obj.parent()
    while node is not None and node is not window:
        if isinstance(node, QWidget) and callable(getattr(node, "title", None)) and hasattr(
            node, "view_name"
        ):
            return node
        node = node.parent()
    return None


def _in_a_dialog(obj: QObject, window: QWidget) -> bool:
    node = obj.parent()
    while node is not None and node is not window:
        if isinstance(node, QDialog):
            return True
        node = node.parent()
    return False


def _plain(text: str, keys: tuple[QKeySequence, ...]) -> str:
    """An action's text without its mnemonic ``&`` and a ``（F5）`` that repeats its key."""
    text = text.replace("&", "")
    for k in keys:
        text = text.replace(_tr("（{k}）").format(k=k.toString(QKeySequence.SequenceFormat.NativeText)), "")
    return text.strip()


def _menu_path(action: QAction) -> str:
    menus = [o for o in action.associatedObjects() if isinstance(o, QMenu) and o.title()]
    if not menus:
        return ""
    title = menus[0].title().replace("&", "")
    return title.split("(")[0].strip()


def collect_shortcuts(window: QWidget) -> list[ShortcutEntry]:
    """Every key of ``window`` now: its actions' and shortcuts' (not those of open dialogs)."""
    entries: list[ShortcutEntry] = []
    for action in window.findChildren(QAction):
        keys = tuple(k for k in action.shortcuts() if not k.isEmpty())
        if not keys or _in_a_dialog(action, window):
            continue
        context = action.shortcutContext()
        widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)
                   and not isinstance(o, QMenu)]
        view = _owner_view(action, window)
        # A window shortcut works in every view unless a view holds it alone (then only
        # while that view's tab is shown: Qt skips shortcuts of hidden widgets).
        everywhere = context == Qt.ShortcutContext.ApplicationShortcut or (
            context == Qt.ShortcutContext.WindowShortcut and (view is None or window in widgets)
        )
        widget = None
        if everywhere:
            view, where = None, _tr("任何视图")
        elif context == Qt.ShortcutContext.WidgetShortcut:
            widget = next((w for w in widgets if w is not window), None)
            where = _tr("{view}（{widget}中）").format(
                view=view.title() if view else "", widget=_widget_name(widget)
            )
        else:
            where = view.title() if view is not None else _tr("任何视图")
        what = _plain(action.text(), keys)
        menu = _menu_path(action)
        if menu and everywhere:
            what = _tr("{menu} › {what}").format(menu=menu, what=what)
        entries.append(ShortcutEntry(keys, what, where, action, view, widget))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.key().isEmpty() or _in_a_dialog(shortcut, window):
            continue
        parent = shortcut.parent()
        view = _owner_view(shortcut, window)
        what = shortcut.whatsThis() or shortcut.objectName()
        entries.append(ShortcutEntry((shortcut.key(),), what,
                                     view.title() if view else _tr("任何视图"), shortcut, view,
                                     parent if isinstance(parent, QWidget) else None))
    tabs = getattr(window, "tabs", None)

    def place(e: ShortcutEntry) -> tuple[int, str, str]:
        tab = tabs.indexOf(e.view) if tabs is not None and e.view is not None else -1
        return (tab, e.where, e.key_text())

    return sorted(entries, key=place)


def _widget_name(widget: QWidget | None) -> str:
    if widget is None:
        return ""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractItemView):
        return _tr("表格")
    return widget.objectName()


class ShortcutsDialog(QDialog):
    """快捷键: a table of the window's keys (key, what it does, where it works)."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(_tr("快捷键"))
        self.entries = collect_shortcuts(window)
        intro = QLabel(_tr("以下按键取自值班台当前的菜单和按钮。对话框中：Ctrl+S 或回车保存，Esc 取消。"), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.entries), 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(_tr("快捷键列表"))
        self.table.setHorizontalHeaderLabels([_tr("按键"), _tr("操作"), _tr("适用于")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to 关闭
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, entry in enumerate(self.entries):
            for col, text in enumerate((entry.key_text(), entry.what, entry.where)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (for tests)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]
