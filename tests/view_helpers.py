"""Shared by the daily, meetings and reports view tests: one view alone, loaded through its door."""

from __future__ import annotations

import asyncio

from xianghua_console.gui.ops import DbDoor


class ViewMaker:
    """Builds a view on a ctx (shown, loaded through its own door); shuts them all at the end."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.made: list[tuple[object, DbDoor]] = []

    def __call__(self, cls, ctx, *, size=(1380, 760)):
        door = DbDoor(ctx)
        view = cls(door)
        self.qtbot.addWidget(view)
        self.made.append((view, door))
        view.resize(*size)
        view.show()
        self.qtbot.waitExposed(view)
        view.activateWindow()
        self.run(view.load())
        return view

    def run(self, coro, timeout: int = 10_000):
        """A coroutine's result, run on the qasync loop (waitUntil, never sleep)."""
        task = asyncio.ensure_future(coro)
        self.qtbot.waitUntil(task.done, timeout=timeout)
        return task.result()

    def close(self) -> None:
        for view, door in self.made:
            view.shutdown()
            view.tasks.cancel_all()
            door.shutdown()


def column(view, col: int) -> list[str]:
    """What a view's table shows in one column, top to bottom (through its proxy)."""
    proxy = view.table.model()
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def shown_text(label) -> str:  # noqa: ANN001 - a QLabel
    """What a rich-text label reads as on screen (tags and &nbsp; gone)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText().replace("\xa0", " ")


def start_and_wait(qtbot, window) -> None:  # noqa: ANN001 - a MainWindow
    """Start the main window and wait until every view and the status bar were read."""
    with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
        window.start()
