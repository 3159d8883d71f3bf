"""Unsaved entries: kept as drafts while typed, offered at the next start, restored filled in."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from test_time import DEFAULT_NOW
from view_helpers import start_and_wait

from xianghua_console.gui.incident_dialog import IncidentDialog
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.services.drafts import DraftStore

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("draft_child.py")
SHOTS = Path(os.environ["XIANGHUA_TEST_SHOTS"]) if os.environ.get("XIANGHUA_TEST_SHOTS") else None





def open_intake(qtbot, window: MainWindow) -> IncidentDialog:
    window.incidents.open_new_dialog()
    qtbot.waitUntil(lambda: isinstance(window.incidents.dialog, IncidentDialog)
                    and window.incidents.dialog.isVisible(), timeout=5_000)
    return window.incidents.dialog


def test_typing_keeps_a_draft_that_saving_or_cancelling_discards(qtbot, make_window,
                                                                  office_ctx, tmp_path):
    store = DraftStore(tmp_path / "drafts")
    window = make_window(office_ctx, drafts=store)
    start_and_wait(qtbot, window)
    dialog = open_intake(qtbot, window)
    assert store.pending() == []  # opening alone keeps nothing
    qtbot.keyClicks(dialog.reporter, "Lin Yong")
    qtbot.waitUntil(lambda: len(store.pending()) == 1, timeout=5_000)
    (draft,) = store.pending()
    assert draft.key.startswith("incident.new:") and draft.actor == office_ctx.actor
    assert draft.data["reporter_name"] == "Lin Yong"
    assert draft.data["received_at"] == "2027-03-05 10:00"  # with its date
    dialog.cancel_button.click()  # the officer threw it away
    assert store.pending() == []

    dialog = open_intake(qtbot, window)
    dialog.unit_picker.edit.setText("东岗村")
    dialog.category.setCurrentIndex(1)
    dialog.people.setText("5")
    dialog.summary.setPlainText("村民反映问题")
    qtbot.waitUntil(lambda: len(store.pending()) == 1, timeout=5_000)
    with qtbot.waitSignal(dialog.sig_logged, timeout=10_000):
        dialog.submit()
    assert store.pending() == []  # saved: nothing left to offer


def test_a_crashed_console_offers_its_draft_at_the_next_start(qtbot, make_window, office_ctx,
                                                              tmp_path):
    """A real console process, killed with SIGKILL while its intake dialog holds a report."""
    folder = tmp_path / "drafts"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
           "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), office_ctx.db.url, str(folder), DEFAULT_NOW.isoformat()],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        line = proc.stdout.readline() if ready else b""
        assert line == b"ready\n", (line, proc.stderr.read1() if not ready else b"")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()

    store = DraftStore(folder)
    window = make_window(office_ctx, drafts=store)
    window.resize(1400, 860)
    start_and_wait(qtbot, window)
    banner = window.records.draft_banner
    assert banner.isVisible()
    assert banner.text() == "上次未保存的接报登记（03-05 10:00，田新民），是否恢复？"
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "banner_draft.png"))
    window.records.restore_button.click()
    qtbot.waitUntil(lambda: isinstance(window.incidents.dialog, IncidentDialog)
                    and window.incidents.dialog.isVisible(), timeout=5_000)
    dialog = window.incidents.dialog
    assert dialog.unit_picker.unit is not None and dialog.unit_picker.unit.name == "东岗村"
    assert dialog.reporter.text() == "林勇" and dialog.phone.text() == "13700000001"
    assert dialog.place.text() == "东岗村村委会" and dialog.people.text() == "12"
    assert dialog.category.currentIndex() == 1
    assert dialog.summary.toPlainText() == "十余名村民反映征地补偿款未按时发放"
    assert banner.isHidden()  # one draft, taken up
    # it is saved now: the draft goes
    with qtbot.waitSignal(dialog.sig_logged, timeout=10_000):
        dialog.submit()
    assert store.pending() == []


def test_a_draft_can_be_discarded_and_unknown_kinds_are_not_offered(qtbot, make_window,
                                                                     office_ctx, tmp_path, clock):
    store = DraftStore(tmp_path / "drafts")
    store.save("incident.new:abc", {"summary": "一"}, clock=clock, actor=office_ctx.actor)
    store.save("daily.situation:12", {"content": "二"}, clock=clock)  # no dialog reopens it yet
    window = make_window(office_ctx, drafts=store)
    start_and_wait(qtbot, window)
    banner = window.records.draft_banner
    assert banner.isVisible() and banner.text() == "上次未保存的接报登记（03-05 10:00），是否恢复？"
    window.records.discard_button.click()
    assert banner.isHidden()
    assert [d.key for d in store.pending()] == ["daily.situation:12"]
