"""Keyboard work: the shortcut list is the window's real keys and each one fires its action;
F8 walks the overdue incidents and, on the daily board, the units still owed; the settings
dialog is for the director."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from view_helpers import start_and_wait

from xianghua_console.domain.enums import DailyState, Role
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.shortcuts import collect_shortcuts


@pytest.fixture
def make_window(make_window, qtbot):
    """The shared main window (conftest), started and active: keys go to it."""

    def make(ctx) -> MainWindow:
        window = make_window(ctx)
        start_and_wait(qtbot, window)
        activate(qtbot, window)
        return window

    return make


def activate(qtbot, window) -> None:
    """Keys go to the active window; offscreen Qt activates only when asked."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(widget, sequence) -> None:
    """Press one key combination (a QKeySequence's first chord) on ``widget``."""
    chord = sequence[0]
    QTest.keyClick(widget, chord.key(), chord.keyboardModifiers())


def test_the_shortcut_list_is_the_windows_keys_and_each_one_fires(qtbot, make_window, sample_ctx):
    window = make_window(sample_ctx)
    window.shortcuts_action.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.rows()
    assert ("Ctrl+N", "文件 › 接报登记", "任何视图") in rows
    assert ("F5", "文件 › 刷新", "任何视图") in rows
    assert ("Ctrl+7", "视图 › 目录", "任何视图") in rows
    assert ("F8", "下一起超时事件", "事件") in rows
    assert ("F8", "下一个未报单位", "日报") in rows
    assert ("Space", "选中单位报平安（零报告）", "日报（表格中）") in rows
    dialog.reject()
    activate(qtbot, window)

    entries = collect_shortcuts(window)
    assert len(rows) == len(entries) >= 20
    fired: list[int] = []
    for n, entry in enumerate(entries):
        source = entry.source
        signal = source.triggered if isinstance(source, QAction) else source.activated
        signal.disconnect()  # the test checks the key reaches its action, not what it does
        signal.connect(lambda *_a, n=n: fired.append(n))
        if isinstance(source, QAction):
            source.setEnabled(True)  # e.g. a step that the selected incident does not allow
    for n, entry in enumerate(entries):
        if entry.view is not None:
            window.tabs.setCurrentWidget(entry.view)
        target = entry.widget or (entry.view.table if entry.view is not None else window.tabs)
        target.setFocus()
        for keys in entry.keys:
            fired.clear()
            press(target, keys)
            # this action and no other (an F8 of another view, say)
            assert fired == [n], f"{keys.toString()} ({entry.what}, {entry.where}): {fired}"


def test_f8_selects_the_next_overdue_incident(qtbot, make_window, live_ctx):
    window = make_window(live_ctx)
    panel = window.incidents
    assert panel.model.count(panel.model.urgency(panel.model.rows[0]).RED) == 1
    live_ctx.clock.advance(minutes=4)  # 2027-0002 (due 10:03) is overdue too now
    panel.model.tick()
    panel.table.setFocus()
    numbers = []
    for _ in range(3):
        press(panel.table, panel.next_overdue_action.shortcut())
        numbers.append(panel.selected_row().number)
    assert numbers == ["2027-0001", "2027-0002", "2027-0001"]  # and round again


def test_the_cutoff_round_is_f8_then_space(qtbot, make_window, sample_ctx):
    window = make_window(sample_ctx)
    daily = window.daily
    window.view_actions[2].trigger()  # Ctrl+3
    assert window.tabs.currentWidget() is daily
    owed = [c.unit for c in daily.board.chase_list]
    assert len(owed) == 16
    QTest.keyClick(daily.find_edit, Qt.Key.Key_F8)  # from the search box too
    first = daily.selected_row()
    assert first.unit == daily.board.rows[[r.state for r in daily.board.rows].index(
        DailyState.PENDING)].unit
    assert QApplication.focusWidget() is daily.table
    with qtbot.waitSignal(daily.sig_board_changed, timeout=10_000):
        QTest.keyClick(daily.table, Qt.Key.Key_Space)  # 平安, one key
    assert daily.board.rows[daily.model.source_row_of(first.unit_id)].state is DailyState.ZERO
    QTest.keyClick(daily.table, Qt.Key.Key_F8)
    second = daily.selected_row()
    assert second.unit != first.unit and second.state is DailyState.PENDING
    assert len(daily.board.chase_list) == 15


def test_settings_are_offered_to_the_director_only(qtbot, make_window, sample_ctx):
    officer = make_window(replace(sample_ctx, actor="值班员甲", role=Role.DUTY_OFFICER))
    assert not officer.settings_action.isVisible()
    director = make_window(replace(sample_ctx, actor="主任", role=Role.DIRECTOR))
    assert director.settings_action.isVisible()


# ---------------------------------------------------------------- logging a call by keyboard


def ime_keys(text: str) -> int:
    """Keystrokes a full-pinyin IME needs for ``text``: every pinyin letter, then Space to take
    the first candidate (a practised officer with phrase prediction needs fewer)."""
    from pypinyin import lazy_pinyin

    return sum(len(p) for p in lazy_pinyin(text)) + 1


class Keyboard:
    """Keys sent to whatever has the focus, counted as a person presses them."""

    def __init__(self, window) -> None:
        self.window = window
        self.count = 0

    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def key(self, key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus(), key, modifiers)
            self.count += 1

    def type(self, text: str) -> None:
        """ASCII typed key by key (digits, pinyin initials)."""
        QTest.keyClicks(self.focus(), text)
        self.count += len(text)

    def ime(self, text: str) -> None:
        """Chinese as an input method delivers it: one commit string (counted as its pinyin)."""
        from PySide6.QtGui import QInputMethodEvent

        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(self.focus(), event)
        self.count += ime_keys(text)


def test_a_phone_report_is_logged_by_keyboard_alone(qtbot, make_window, office_ctx, capsys):
    from xianghua_console.domain.clock import to_local
    from xianghua_console.domain.enums import Weight
    from xianghua_console.gui.incident_dialog import IncidentDialog
    from xianghua_console.services.incident_log import incident_detail

    window = make_window(office_ctx)
    window.tabs.setCurrentWidget(window.daily)  # from another view: Ctrl+N works everywhere
    window.daily.table.setFocus()
    keys = Keyboard(window)
    keys.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    panel = window.incidents
    qtbot.waitUntil(lambda: isinstance(panel.dialog, IncidentDialog) and panel.dialog.isVisible(),
                    timeout=10_000)
    dialog: IncidentDialog = panel.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.occurred, timeout=10_000)
    land = next(i for i, c in enumerate(dialog.choices.categories, start=1)
                if c.name.startswith("土地征用"))

    def then(field) -> None:
        keys.key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is field, (QApplication.focusWidget(), field)

    keys.type("0950")                            # 发生时间 09:50 today
    then(dialog.received)
    keys.type("1000")                            # 接报时间 10:00
    then(dialog.unit_picker.edit)
    keys.type("dgc")                             # 东岗村 by its pinyin initials
    assert [u.name for u in dialog.unit_picker.matches()] == ["东岗村"]
    then(dialog.reporter)                        # Tab takes the highlighted match
    assert dialog.unit_picker.unit.name == "东岗村"
    keys.ime("林勇")
    then(dialog.phone)
    keys.type("13700000001")
    then(dialog.place)
    keys.ime("东岗村村委会")
    then(dialog.category)
    keys.key(Qt.Key.Key_Down, times=land)          # 土地征用、拆迁及规划建房
    then(dialog.subcommand)                      # proposed by the category: kept
    then(dialog.people)
    keys.type("12")
    then(dialog.weight)
    keys.key(Qt.Key.Key_Down)                    # 较重
    then(dialog.summary)
    keys.ime("村民反映征地补偿问题")
    with qtbot.waitSignal(dialog.sig_logged, timeout=10_000) as saved:
        keys.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    row = saved.args[0]
    detail = incident_detail(office_ctx, incident_id=row.id)
    stored = detail.row
    assert to_local(stored.occurred_at).strftime("%m-%d %H:%M") == "03-05 09:50"
    assert to_local(stored.received_at).strftime("%H:%M") == "10:00"
    assert stored.unit == "东岗村" and stored.people_count == 12
    assert stored.category.startswith("土地征用") and stored.subcommand == "国土分指"
    assert stored.weight is Weight.HEAVIER and stored.summary == "村民反映征地补偿问题"
    assert (detail.reporter_name, detail.reporter_phone) == ("林勇", "13700000001")
    assert detail.place == "东岗村村委会"
    qtbot.waitUntil(lambda: panel.model.index_of(row.id) is not None, timeout=10_000)
    with capsys.disabled():
        print(f"\n接报登记 by keyboard alone: {keys.count} keystrokes "
              f"(Chinese counted as full pinyin + Space: {ime_keys('林勇')}, "
              f"{ime_keys('东岗村村委会')}, {ime_keys('村民反映征地补偿问题')})")
