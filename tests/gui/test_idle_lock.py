"""The idle lock on the fake clock: lock after the set minutes, the same password or another
account, and nothing typed in an open dialog lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from view_helpers import start_and_wait as started

from xianghua_console.domain.enums import Role
from xianghua_console.gui.idle_lock import ConsoleSession
from xianghua_console.gui.incident_dialog import IncidentDialog
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.accounts import (
    add_account,
    authenticate,
    create_first_director,
    ctx_for,
)
from xianghua_console.services.context import Ctx
from xianghua_console.services.drafts import DraftStore
from xianghua_console.services.settings import save_settings

SHOTS = Path(os.environ["XIANGHUA_TEST_SHOTS"]) if os.environ.get("XIANGHUA_TEST_SHOTS") else None


@pytest.fixture
def director(office_ctx) -> Ctx:
    """The office with a director (zhuren, 王主任) and a duty officer (zhiban, 田新民);
    logged in as the director, the idle lock set to 5 minutes."""
    db, clock = office_ctx.db, office_ctx.clock
    create_first_director(Ctx(db, clock, actor="首次设置"), username="zhuren",
                          password="zhuren-2027", display_name="王主任")
    ctx = ctx_for(db, clock, authenticate(db, clock, username="zhuren", password="zhuren-2027"))
    add_account(ctx, username="zhiban", password="zhiban-2027", role=Role.DUTY_OFFICER,
                display_name="田新民")
    save_settings(ctx, changes={"idle_lock_minutes": 5})
    return ctx


@pytest.fixture
def make_window(make_window):
    """The shared main window (conftest), at the size the office's screens give it."""

    def make(ctx, door=None, **kwargs) -> MainWindow:
        window = make_window(ctx, door, **kwargs)
        window.resize(1400, 860)
        return window

    return make


def start_and_wait(qtbot, window: MainWindow) -> None:
    started(qtbot, window)
    qtbot.waitUntil(lambda: window.idle_lock.minutes == 5, timeout=5_000)  # the setting


def open_intake(qtbot, window: MainWindow) -> IncidentDialog:
    window.incidents.open_new_dialog()
    qtbot.waitUntil(lambda: isinstance(window.incidents.dialog, IncidentDialog)
                    and window.incidents.dialog.isVisible(), timeout=5_000)
    return window.incidents.dialog


def unlock_with(qtbot, window: MainWindow, username: str, password: str) -> None:
    dialog = window.idle_lock.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.username.setText(username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    dialog.submit()


def test_idle_minutes_lock_the_window_and_the_same_password_brings_back_the_dialog(
        qtbot, make_window, director, tmp_path):
    clock = director.clock
    store = DraftStore(tmp_path / "drafts")
    window = make_window(director, drafts=store)
    start_and_wait(qtbot, window)
    lock = window.idle_lock
    dialog = open_intake(qtbot, window)
    qtbot.keyClicks(dialog.reporter, "Lin Yong")
    dialog.summary.setPlainText("村民反映征地补偿问题")
    qtbot.waitUntil(lambda: len(store.pending()) == 1, timeout=5_000)  # the draft

    clock.advance(minutes=4)
    assert not lock.check()  # 4 of 5 minutes
    qtbot.keyClicks(dialog.place, "cun wei hui")  # input: the idle time starts again
    clock.advance(minutes=4)
    assert not lock.check()
    qtbot.mouseClick(dialog.summary.viewport(), Qt.MouseButton.LeftButton)  # a click too
    clock.advance(minutes=4, seconds=59)
    assert not lock.check()
    clock.advance(seconds=1)
    with qtbot.waitSignal(lock.sig_locked):
        assert lock.check()

    assert lock.cover.isVisible() and lock.cover.geometry() == window.rect()
    assert "5 分钟无人操作" in lock.cover.label.text() and "王主任" in lock.cover.label.text()
    assert not dialog.isVisible()  # hidden, not closed
    unlock = lock.dialog
    assert unlock is not None and unlock.isVisible() and unlock.username.text() == "zhuren"
    assert "王主任" in unlock.intro.text()
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "idle_lock.png"))

    # under the cover no key reaches the window: the tab bar does not move
    tabs_at = window.tabs.currentIndex()
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == tabs_at
    clock.advance(minutes=30)
    assert lock.check()  # still locked, not locked twice

    unlock_with(qtbot, window, "zhuren", "wrong-password")
    qtbot.waitUntil(lambda: "不正确" in unlock.error.text(), timeout=5_000)
    assert lock.locked and unlock.isVisible()
    with qtbot.waitSignal(lock.sig_unlocked, timeout=5_000):
        unlock_with(qtbot, window, "zhuren", "zhuren-2027")
    assert not lock.cover.isVisible()
    assert dialog.isVisible() and window.incidents.dialog is dialog
    assert dialog.reporter.text() == "Lin Yong" and dialog.place.text() == "cun wei hui"
    assert dialog.summary.toPlainText() == "村民反映征地补偿问题"
    assert [d.data["summary"] for d in store.pending()] == ["村民反映征地补偿问题"]  # kept
    clock.advance(minutes=4)
    assert not lock.check()  # the idle time starts again at the unlock


def test_another_account_at_the_lock_reopens_the_console_for_its_role(
        qtbot, qloop, director, tmp_path):
    store = DraftStore(tmp_path / "drafts")
    windows: list[MainWindow] = []

    def make(ctx: Ctx, door: DbDoor) -> MainWindow:
        window = MainWindow(ctx, door, drafts=store)
        window.notifier.muted = True
        windows.append(window)  # closed below (the replaced one is deleted by the session)
        return window

    session = ConsoleSession(director, make)
    try:
        with qtbot.waitSignal(session.window.sig_reloaded, timeout=10_000):
            session.start()
        first = session.window
        assert first.audit_action.isVisible()  # the director's menus
        qtbot.waitUntil(lambda: first.idle_lock.minutes == 5, timeout=5_000)
        dialog = open_intake(qtbot, first)
        dialog.reporter.setText("Lin Yong")
        qtbot.waitUntil(lambda: len(store.pending()) == 1, timeout=5_000)
        director.clock.advance(minutes=6)
        assert first.idle_lock.check()
        unlock_with(qtbot, first, "zhiban", "zhiban-2027")
        qtbot.waitUntil(lambda: session.window is not first, timeout=5_000)
        second = session.window
        assert second.ctx.role is Role.DUTY_OFFICER and second.ctx.actor == "田新民"
        assert second.door.ctx is second.ctx and first.door.closed
        qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=5_000)  # closed, deleted
        assert not second.audit_action.isVisible()  # a duty officer's menus
        # the director's unsaved entry is kept and offered to whoever is on duty now
        banner = second.records.draft_banner
        qtbot.waitUntil(banner.isVisible, timeout=5_000)
        assert "王主任" in banner.text() and "接报登记" in banner.text()
    finally:
        for window in windows:
            if shiboken6.isValid(window):
                window.close()
        session.door.shutdown()


def test_no_lock_at_zero_minutes_nor_without_an_account(qtbot, make_window, director, live_ctx):
    save_settings(director, changes={"idle_lock_minutes": 0})
    window = make_window(director)
    with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
        window.start()
    qtbot.waitUntil(lambda: window.idle_lock.minutes == 0, timeout=5_000)
    director.clock.advance(hours=10)
    assert not window.idle_lock.check()

    system = make_window(live_ctx)  # the system context of tests and screenshots
    with qtbot.waitSignal(system.sig_reloaded, timeout=10_000):
        system.start()
    live_ctx.clock.advance(hours=10)
    assert not system.idle_lock.enabled and not system.idle_lock.check()
