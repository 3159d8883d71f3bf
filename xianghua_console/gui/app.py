"""Starting the desktop console: the application, its CJK font, the qasync loop, the window.

Start-up does only what the first paint needs; the data are read after the window is on
screen, through the door (``bench/startup`` measures process start → first paint). Nothing on
the way to that paint imports SQLAlchemy: a current SQLite file is opened with ``sqlite3``
(``store/db.py``), the window names the core modules it calls through ``gui/deferred.py``, and
the ORM is imported right after the paint (behind the login dialog, while the officer types).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from xianghua_console import __version__
from xianghua_console.gui import i18n
from xianghua_console.gui.compat import make_event_loop
from xianghua_console.gui.ops import DbDoor
from xianghua_console.paths import resources_dir
from xianghua_console.services.context import Ctx
from xianghua_console.store.db import OpenReport

log = logging.getLogger(__name__)

APP_NAME = "xianghua-console"
APP_DISPLAY_NAME = i18n.APP_DISPLAY_NAME  # translated by i18n.display_name()
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

#: Installed families preferred for Chinese, before any other that covers Simplified Chinese.
PREFERRED_CJK_FAMILIES = (
    "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
    "PingFang SC", "WenQuanYi Zen Hei", "SimSun",
)

_registered_family: str | None = None
_registered_from: str | None = None  # "installed", or the font file registered


def cjk_font_candidates() -> list[Path]:
    """Font files to try, the shipped ones first."""
    shipped = resources_dir() / "fonts"
    found: list[Path] = []
    if shipped.is_dir():
        for pattern in ("*.ttc", "*.otf", "*.ttf"):
            found.extend(sorted(shipped.glob(pattern)))
    found.extend(Path(p) for p in SYSTEM_CJK_FONTS)
    return found


def installed_cjk_family() -> str | None:
    """A family the system already has for Simplified Chinese (a preferred one first), if any."""
    installed = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for family in PREFERRED_CJK_FAMILIES:
        if family in installed:
            return family
    return next((f for f in installed if "mono" not in f.lower()), None)


def register_font_file(path: Path) -> str | None:
    """Register one font file with Qt; its first family, or None if Qt cannot read it."""
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Qt refused the font file %s", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def register_cjk_font() -> str | None:
    """The CJK family of the console's windows and PDFs, found once per process.

    An installed family when the system has one; else the first font file found (the shipped
    ``resources/fonts/``, then the known system paths) is registered with
    ``QFontDatabase.addApplicationFont``. Offscreen Qt on a bare machine has no CJK font at
    all: without this, every Chinese character of a screenshot or PDF would be a box.
    """
    global _registered_family, _registered_from
    if _registered_family is not None:
        return _registered_family
    family = installed_cjk_family()
    if family is not None:
        _registered_family, _registered_from = family, "installed"
        return family
    for path in cjk_font_candidates():
        if path.is_file() and (family := register_font_file(path)) is not None:
            _registered_family, _registered_from = family, str(path)
            log.debug("CJK font %s from %s", family, path)
            return family
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
        # High-DPI: Qt 6 scales by the screen's factor; pass 125 % / 150 % through as they
        # are (no rounding to 100 % or 200 %), so text is neither tiny nor blown up.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
        i18n.install_translators(i18n.requested_language())  # the database's: later
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
    from xianghua_console.gui.idle_lock import ConsoleSession
    from xianghua_console.gui.main_window import MainWindow
    from xianghua_console.services.drafts import drafts_for

    app = ensure_application()
    app.setQuitOnLastWindowClosed(True)
    loop = make_event_loop(app)
    asyncio.set_event_loop(loop)
    drafts = drafts_for(ctx.db.url)  # unsaved entries survive a crash, offered at next start

    def make_window(ctx: Ctx, door: DbDoor) -> MainWindow:
        # The first window says how the database was opened; one for an account that logged
        # in at the idle lock (ConsoleSession.switch_to) does not repeat it.
        first = not made
        made.append(True)
        return MainWindow(ctx, door, open_report=open_report if first else None,
                          first_paint=first_paint if first else None, drafts=drafts)

    made: list[bool] = []
    session = ConsoleSession(ctx, make_window)
    try:
        session.start()
        code = loop.run_forever()
    finally:
        window, door = session.window, session.door
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

    from xianghua_console.gui.core_text import text

    ensure_application()
    # The core's message (a DatabaseError's) in the language XIANGHUA_LANG asks for.
    box = QMessageBox(QMessageBox.Icon.Critical, i18n.display_name(), text(message))
    box.setInformativeText(
        QCoreApplication.translate(
            "StartupError",
            "可用 --db 指定另一个数据库，或用 xianghua-console check 检查这个数据库。",
        )
    )
    box.exec()


class SmokeFailed(Exception):
    """The smoke check's frame was empty, blank, or drawn without a CJK font."""


def smoke_check(ctx: Ctx) -> str:
    """Open the main window on ``ctx`` as the screenshots do and render one frame.

    Returns the line ``smoke ok: <w>x<h> font=<family> (<installed, or its file>)``; raises :class:`SmokeFailed` when the
    frame is null, all one colour, or no CJK font was found (``--smoke``, the frozen build's
    check). The Qt platform is the caller's to choose.
    """
    from xianghua_console.gui.screenshot import loaded_window

    with loaded_window(ctx) as window:
        image = window.grab().toImage()
    if image.isNull() or image.width() == 0 or image.height() == 0:
        raise SmokeFailed("the main window rendered a null frame")
    width, height = image.width(), image.height()
    colours = {
        image.pixel(x, y)
        for x in range(0, width, max(1, width // 64))
        for y in range(0, height, max(1, height // 64))
    }
    if len(colours) < 2:
        raise SmokeFailed(f"the main window rendered a blank {width}x{height} frame")
    family = register_cjk_font()
    if family is None:
        raise SmokeFailed("no CJK font: Chinese text would be drawn as boxes")
    return f"smoke ok: {width}x{height} font={family} ({_registered_from})"
