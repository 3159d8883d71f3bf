"""Starting the desktop console: the application, its CJK font, the qasync loop, the window.

Start-up does only what the first paint needs; the data are read after the window is on
screen, through the door (``bench/startup`` measures process start → first paint).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from xianghua_console import __version__
from xianghua_console.gui.compat import make_event_loop
from xianghua_console.gui.ops import DbDoor
from xianghua_console.paths import resources_dir
from xianghua_console.services.context import Ctx
from xianghua_console.store.db import OpenReport

log = logging.getLogger(__name__)

APP_NAME = "xianghua-console"
APP_DISPLAY_NAME = "香花镇信访稳定值班台"
ORG_NAME = "xianghua"  # ASCII: it names folders and registry keys (QSettings)
ORG_DOMAIN = "xianghua.local"
FONT_POINT_SIZE = 10.5

#: CJK fonts looked for after ``resources/fonts/``: Debian/Ubuntu packages, then Windows.
SYSTEM_CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
)

_registered_family: str | None = None


def cjk_font_candidates() -> list[Path]:
    """Font files to try, the shipped ones first."""
    shipped = resources_dir() / "fonts"
    found: list[Path] = []
    if shipped.is_dir():
        for pattern in ("*.ttc", "*.otf", "*.ttf"):
            found.extend(sorted(shipped.glob(pattern)))
    found.extend(Path(p) for p in SYSTEM_CJK_FONTS)
    return found


def register_cjk_font() -> str | None:
    """Register the first CJK font found with Qt and return its family (once per process).

    Offscreen Qt on a bare machine has no CJK font at all: without this, every Chinese
    character of a screenshot or PDF would be a box.
    """
    global _registered_family
    if _registered_family is not None:
        return _registered_family
    for path in cjk_font_candidates():
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt refused the font file %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            _registered_family = families[0]
            log.debug("CJK font %s from %s", _registered_family, path)
            return _registered_family
    log.warning("no CJK font found; Chinese text may not display")
    return None


def ensure_application(argv: Sequence[str] | None = None) -> QApplication:
    """The process's QApplication, created and dressed (names, CJK font) if there is none."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
        QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    assert isinstance(app, QApplication)
    family = register_cjk_font()
    if family and app.font().family() != family:
        font = QFont(family)
        font.setPointSizeF(FONT_POINT_SIZE)
        app.setFont(font)
    return app


def run_console(
    ctx: Ctx,
    *,
    open_report: OpenReport,
    first_paint: Callable[[], object] | None = None,
) -> int:
    """Run the desktop console on ``ctx`` until its window closes; returns the exit code.

    ``open_report`` says whether the database was just created or upgraded (shown in a
    banner); ``first_paint`` is called once when the main window first paints.
    """
    from xianghua_console.gui.main_window import MainWindow

    app = ensure_application()
    app.setQuitOnLastWindowClosed(True)
    loop = make_event_loop(app)
    asyncio.set_event_loop(loop)
    door = DbDoor(ctx)
    window = MainWindow(ctx, door, open_report=open_report, first_paint=first_paint)
    try:
        window.start()
        code = loop.run_forever()
    finally:
        window.tasks.cancel_all()
        if window.tasks.pending:
            # Let the cancelled tasks unwind (else asyncio warns "Task was destroyed").
            loop.run_until_complete(window.tasks.wait_all())
        door.shutdown(wait=True)
        loop.close()
        asyncio.set_event_loop(None)
    return int(code or 0)


def show_startup_error(message: str) -> None:
    """Tell the officer why the console cannot open, in a window (no terminal is watched).

    Runs before any qasync loop exists, so a plain modal ``exec()`` is safe here.
    """
    from PySide6.QtWidgets import QMessageBox

    ensure_application()
    box = QMessageBox(QMessageBox.Icon.Critical, APP_DISPLAY_NAME, message)
    box.setInformativeText(
        QCoreApplication.translate(
            "StartupError",
            "可用 --db 指定另一个数据库，或用 xianghua-console check 检查这个数据库。",
        )
    )
    box.exec()
