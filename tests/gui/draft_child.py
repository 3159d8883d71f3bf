"""The console that tests/gui/test_drafts_gui.py kills: an intake dialog typed, then SIGKILL.

``python draft_child.py DB_URL DRAFTS_FOLDER ISO_TIME``: opens the main window offscreen on the
database, opens 接报登记, types a report into it (without saving), waits until the dialog's
draft is on disk, prints ``ready`` and then runs until it is killed.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from datetime import datetime

os.environ["QT_QPA_PLATFORM"] = "offscreen"


async def type_a_report(window, store) -> None:  # noqa: ANN001
    await window.reload_all()
    window.incidents.open_new_dialog()
    while window.incidents.dialog is None:
        await asyncio.sleep(0.02)
    dialog = window.incidents.dialog
    dialog.unit_picker.edit.setText("东岗村")
    dialog.reporter.setText("林勇")
    dialog.phone.setText("13700000001")
    dialog.place.setText("东岗村村委会")
    dialog.category.setCurrentIndex(1)
    dialog.people.setText("12")
    dialog.summary.setPlainText("十余名村民反映征地补偿款未按时发放")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        drafts = store.pending()
        if drafts and drafts[0].data.get("summary") == "十余名村民反映征地补偿款未按时发放":
            print("ready", flush=True)
            await asyncio.Event().wait()  # until killed
        await asyncio.sleep(0.05)
    print("no draft", flush=True)


def main() -> None:
    url, folder, start = sys.argv[1], sys.argv[2], datetime.fromisoformat(sys.argv[3])
    from xianghua_console.domain.clock import FakeClock
    from xianghua_console.gui.app import ensure_application
    from xianghua_console.gui.compat import make_event_loop
    from xianghua_console.gui.main_window import MainWindow
    from xianghua_console.gui.ops import DbDoor
    from xianghua_console.services.context import Ctx
    from xianghua_console.services.drafts import DraftStore
    from xianghua_console.store.db import open_database

    clock = FakeClock(start)
    db, _ = open_database(url, clock=clock)
    app = ensure_application()
    loop = make_event_loop(app)
    asyncio.set_event_loop(loop)
    store = DraftStore(folder)
    ctx = Ctx(db, clock, actor="田新民")
    window = MainWindow(ctx, DbDoor(ctx), drafts=store)
    window.notifier.muted = True
    window.show()
    loop.run_until_complete(type_a_report(window, store))


if __name__ == "__main__":
    main()
