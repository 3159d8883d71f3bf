"""Screenshots of the main views, rendered offscreen (no display needed).

Used to look at the console as a duty officer would, and by the documentation. The data are
loaded through the door under the qasync loop exactly as in the running console; the most
urgent incident is selected with its details and the alerts are read; only then is each tab
grabbed.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from xianghua_console.services.context import Ctx
from xianghua_console.store.db import OpenReport

if TYPE_CHECKING:
    from xianghua_console.gui.main_window import MainWindow

WINDOW_SIZE = (1400, 860)
VIEW_NAMES = ("incidents", "roster", "daily", "notices", "meetings", "reports", "directories")


async def _show_the_most_urgent(window) -> None:
    """Select the panel's first (most urgent) incident with its details, and show the alerts."""
    polled = asyncio.Event()
    window.alerts.sig_alerts_changed.connect(polled.set)
    window.alerts.poll_soon()
    await asyncio.wait_for(polled.wait(), 10)
    view = window.incidents
    if view.proxy.rowCount() == 0:
        return
    loaded = asyncio.Event()
    view.sig_detail_loaded.connect(lambda _id: loaded.set())
    source = view.proxy.mapToSource(view.proxy.index(0, 0))
    view.select_incident(view.model.row_at(source.row()).id)
    await asyncio.wait_for(loaded.wait(), 10)


def render_views(ctx: Ctx, out_dir: Path, *, open_report: OpenReport | None = None) -> list[Path]:
    """Render each main view to ``out_dir/<view>.png`` (incidents, roster, daily, notices, reports).

    Forces Qt's offscreen platform when it creates the application. Must not be called while
    an asyncio loop is running in this thread: it runs its own loop until the data are loaded.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with loaded_window(ctx, open_report=open_report) as window:
        for index, view in enumerate(window.views):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            path = out_dir / f"{view.view_name}.png"
            if not window.grab().save(str(path), "PNG"):
                raise OSError(
                    QCoreApplication.translate("screenshot", "无法写入截图 {path}").format(path=path)
                )
            written.append(path)
    return written


@contextmanager
def loaded_window(ctx: Ctx, *, open_report: OpenReport | None = None) -> Iterator[MainWindow]:
    """The main window at :data:`WINDOW_SIZE`, shown, its data loaded through the door and the
    most urgent incident selected; closed, its tasks ended and its door shut on leaving.

    Shown on whatever Qt platform the application has (``render_views`` and ``--smoke`` pick
    offscreen). Must not be entered while an asyncio loop is running in this thread: it runs
    its own loop until the data are loaded.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise RuntimeError("loaded_window runs its own event loop; call it outside a running loop")

    from xianghua_console.gui.app import ensure_application
    from xianghua_console.gui.compat import make_event_loop
    from xianghua_console.gui.i18n import use_database_language
    from xianghua_console.gui.main_window import MainWindow
    from xianghua_console.gui.ops import DbDoor

    app = ensure_application()
    use_database_language(ctx.db)  # XIANGHUA_LANG=en: the English console
    loop = make_event_loop(app)
    door = DbDoor(ctx)
    window = MainWindow(ctx, door, open_report=open_report)
    try:
        window.resize(*WINDOW_SIZE)
        window.notifier.muted = True
        window.show()
        loop.run_until_complete(window.reload_all())
        loop.run_until_complete(_show_the_most_urgent(window))
        yield window
    finally:
        window.close()
        window.tasks.cancel_all()
        if window.tasks.pending:
            loop.run_until_complete(window.tasks.wait_all())
        door.shutdown(wait=True)
        loop.close()
        window.deleteLater()
        app.processEvents()
