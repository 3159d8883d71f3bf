"""Deadline alerts in the window on the fake clock: soon → banner and a ring, 确认 → gone and a
timeline entry, passed → banner again, and a reminder after the set minutes. No sleeping."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

import xianghua_console.gui.alerts as alerts_module
from xianghua_console.domain.alerts import AlertStage
from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.deadlines import DeadlineKind
from xianghua_console.domain.enums import TimelineKind
from xianghua_console.gui.alerts import CROSSING_GAP_MS, POLL_MS, AlertNotifier
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.alert_poll import poll_alerts
from xianghua_console.services.alerts import acknowledge_alert, current_alerts
from xianghua_console.services.incident_log import (
    NewIncident,
    incident_detail,
    log_incident,
    record_escalation,
)
from xianghua_console.store.models import Unit

TODAY = date(2027, 3, 5)


def at(hour: int, minute: int = 0, second: int = 0):
    return local_datetime(TODAY, hour, minute) + timedelta(seconds=second)


@pytest.fixture
def alert_ctx(office_ctx):
    """One report from 东岗村 received at 10:00: its escalation is due at 10:15."""
    with office_ctx.db.read_session() as s:
        unit = s.query(Unit).filter_by(name="东岗村").one().id
    log_incident(
        office_ctx,
        data=NewIncident(
            occurred_at=at(9, 55), received_at=at(10), unit_id=unit,
            summary="村民聚集反映征地补偿", people_count=8,
        ),
    )
    return office_ctx


@pytest.fixture
def beeps(monkeypatch):
    """Count the fallback beeps (there is no QtMultimedia and no sound card here)."""
    heard: list[int] = []

    class QuietApp:
        @staticmethod
        def beep() -> None:
            heard.append(1)

        @staticmethod
        def applicationDisplayName() -> str:
            return "test"

    monkeypatch.setattr(alerts_module, "QApplication", QuietApp)
    return heard


@pytest.fixture
def window(qloop, qtbot, alert_ctx, beeps):
    door = DbDoor(alert_ctx)
    win = MainWindow(alert_ctx, door)
    win.alerts.crossing_gap_ms = 0  # every crossing polls at once (the gap has its own test)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.sig_reloaded, timeout=10_000):
        win.start()
    settle(qtbot, win)
    yield win
    win.close()
    door.shutdown()


def settle(qtbot, win: MainWindow) -> None:
    """Let every poll and acknowledgement on its way finish."""
    qtbot.waitUntil(lambda: not win.alerts.busy, timeout=10_000)


def poll(qtbot, win: MainWindow) -> None:
    """One poll made after everything before it (what the 15-second timer does)."""
    settle(qtbot, win)
    with qtbot.waitSignal(win.alerts.sig_alerts_changed, timeout=10_000):
        win.alerts.poll_soon()
    settle(qtbot, win)


def crossed(qtbot, win: MainWindow) -> None:
    """A second ticks on the panel; crossing a boundary asks for the alerts at once."""
    settle(qtbot, win)
    win.incidents.model.tick()
    settle(qtbot, win)


def ack(qtbot, win: MainWindow, row: int = 0) -> None:
    button = win.alert_banner.rows[row][2]
    with qtbot.waitSignal(win.alerts.sig_acknowledged, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)


def timeline_kinds(ctx) -> list[TimelineKind]:
    return [e.kind for e in incident_detail(ctx, incident_id=1).timeline]


def test_the_alert_sequence_on_the_fake_clock(qtbot, window, alert_ctx, beeps):
    clock = alert_ctx.clock
    rung: list[tuple[str, str]] = []
    window.notifier.sig_notified.connect(lambda title, text: rung.append((title, text)))
    banner = window.alert_banner
    assert not banner.isVisible() and window.alerts.alerts == []
    with qtbot.waitSignal(window.incidents.sig_detail_loaded, timeout=10_000):
        window.incidents.select_incident(1)

    # 10:09:59 — more than five minutes left: nothing.
    clock.set(at(10, 9, 59))
    crossed(qtbot, window)
    assert not banner.isVisible() and rung == []

    # 10:10:00 — five minutes left: the banner, one ring (tray where there is one, a beep).
    clock.set(at(10, 10))
    crossed(qtbot, window)
    qtbot.waitUntil(banner.isVisible)
    assert banner.texts() == ["即将到期：2027-0001 东岗村 报告镇主要领导，时限 10:15（05:00）"]
    assert rung == [("时限即将到期", "即将到期：2027-0001 报告镇主要领导，时限 10:15（05:00）")]
    assert beeps == [1]
    assert "#ffb300" in banner.rows[0][0].styleSheet()  # amber

    # The banner counts down from memory with the panel's tick; a poll does not ring again.
    clock.advance(seconds=30)
    window.incidents.model.tick()
    assert banner.texts()[0].endswith("（04:30）")
    poll(qtbot, window)
    assert len(rung) == 1

    # 确认: gone, and logged on the incident's timeline (the pane shows it too).
    with qtbot.waitSignal(window.incidents.sig_detail_loaded, timeout=10_000):
        ack(qtbot, window)
    assert not banner.isVisible()
    detail = incident_detail(alert_ctx, incident_id=1)
    entry = detail.timeline[-1]
    assert entry.kind is TimelineKind.ALERT_ACK and entry.actor == "测试员"
    assert entry.text == "确认提醒：报告镇主要领导即将到期"
    assert entry.data == {"deadline": "escalate", "stage": "soon"}
    assert window.incidents.detail.timeline_model.rows[-1].kind is TimelineKind.ALERT_ACK
    poll(qtbot, window)
    assert not banner.isVisible()

    # 10:15:00 — the due moment itself is not yet overdue; 10:15:01 is.
    clock.set(at(10, 15))
    crossed(qtbot, window)
    poll(qtbot, window)
    assert not banner.isVisible()
    clock.set(at(10, 15, 1))
    crossed(qtbot, window)
    qtbot.waitUntil(banner.isVisible)
    assert banner.texts() == ["已超时：2027-0001 东岗村 报告镇主要领导，时限 10:15（超时 00:01）"]
    assert rung[-1][0] == "时限已超时" and len(rung) == 2 and beeps == [1, 1]
    assert "#c62828" in banner.rows[0][0].styleSheet()  # red

    # 确认 the overdue alert at 10:16: it reminds again ten minutes later (the setting).
    clock.set(at(10, 16))
    ack(qtbot, window)
    assert not banner.isVisible()
    assert timeline_kinds(alert_ctx).count(TimelineKind.ALERT_ACK) == 2
    clock.set(at(10, 25, 59))
    poll(qtbot, window)
    assert not banner.isVisible() and len(rung) == 2
    clock.set(at(10, 26))
    poll(qtbot, window)
    assert banner.isVisible() and len(rung) == 3  # the reminder rings
    assert window.alerts.alerts[0].stage is AlertStage.OVERDUE

    # The report to the leaders is recorded: the deadline is met, the alert ends for good.
    record_escalation(alert_ctx, incident_id=1, at=at(10, 26), to="镇党委书记郝军")
    poll(qtbot, window)
    assert not banner.isVisible()
    clock.advance(hours=1)
    poll(qtbot, window)
    assert not banner.isVisible() and len(rung) == 3


def test_alerts_are_polled_every_15_seconds_and_after_each_reload(qtbot, window, alert_ctx):
    assert POLL_MS == 15_000
    assert window.alerts._timer.isActive() and window.alerts._timer.interval() == POLL_MS
    alert_ctx.clock.set(at(10, 20))  # overdue, and no tick on the panel
    with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
        window.refresh()  # F5
    settle(qtbot, window)
    assert window.alert_banner.isVisible()


def test_the_banner_shows_the_most_pressing_first_and_leads_to_the_incident(
    qtbot, window, alert_ctx
):
    with alert_ctx.db.read_session() as s:
        unit = s.query(Unit).filter_by(name="西岭村").one().id
    log_incident(
        alert_ctx,
        data=NewIncident(occurred_at=at(9, 50), received_at=at(9, 50), unit_id=unit,
                         summary="另一起", people_count=2),
    )  # due 10:05
    alert_ctx.clock.set(at(10, 12))  # 0002 overdue, 0001 due in 3 minutes
    with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
        window.refresh()
    settle(qtbot, window)
    texts = window.alert_banner.texts()
    assert [t.split("：")[0] for t in texts] == ["已超时", "即将到期"]
    assert "2027-0002 西岭村" in texts[0] and "2027-0001 东岗村" in texts[1]
    window.tabs.setCurrentIndex(2)
    with qtbot.waitSignal(window.incidents.sig_detail_loaded, timeout=10_000):
        qtbot.mouseClick(window.alert_banner.rows[0][3], Qt.MouseButton.LeftButton)  # 查看
    assert window.tabs.currentWidget() is window.incidents
    assert window.incidents.selected_row().number == "2027-0002"


def test_ctrl_n_opens_the_intake_from_any_view(qtbot, window):
    window.tabs.setCurrentIndex(3)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.incidents.dialog is not None)
    assert window.tabs.currentWidget() is window.incidents
    assert window.incidents.dialog.objectName() == "incident_dialog"
    window.incidents.dialog.reject()


def test_a_tray_gets_the_message_where_there_is_one(qtbot, monkeypatch, beeps):
    shown = []

    class FakeTray:
        class MessageIcon:
            Critical = "critical"
            Warning = "warning"

        def __init__(self, icon, parent):
            pass

        @staticmethod
        def isSystemTrayAvailable() -> bool:
            return True

        def setToolTip(self, text):
            pass

        def show(self):
            pass

        def hide(self):
            pass

        def showMessage(self, title, text, icon, ms):
            shown.append((title, text, icon))

    monkeypatch.setattr(alerts_module, "QSystemTrayIcon", FakeTray)
    notifier = AlertNotifier()
    notifier.notify("时限已超时", "已超时：2027-0001", overdue=True)
    assert shown == [("时限已超时", "已超时：2027-0001", "critical")]
    assert beeps == [1]


def test_no_tray_and_no_audio_is_skipped_silently(qtbot):
    from PySide6.QtWidgets import QSystemTrayIcon

    notifier = AlertNotifier()
    assert (notifier.tray is None) == (not QSystemTrayIcon.isSystemTrayAvailable())
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError:
        assert notifier.sound is None  # PySide6-Essentials: the beep is the fallback
    notifier.muted = True
    notifier.notify("时限即将到期", "…", overdue=False)  # must not raise


def test_crossings_poll_at_once_then_at_most_once_per_gap(qtbot, window):
    engine = window.alerts
    engine.crossing_gap_ms = CROSSING_GAP_MS
    polls = []
    engine.sig_alerts_changed.connect(lambda: polls.append(1))
    engine.poll_after_crossing()  # the first crossing: at once
    settle(qtbot, window)
    assert len(polls) == 1 and engine._crossing_timer.isActive()
    engine.poll_after_crossing()  # a thousand clocks: more crossings within the gap…
    engine.poll_after_crossing()
    settle(qtbot, window)
    assert len(polls) == 1
    engine._crossing_timer.timeout.emit()  # …are one poll when the gap is over
    settle(qtbot, window)
    assert len(polls) == 2


@pytest.mark.parametrize("minutes", [0, 10, 15, 16, 20, 26, 40])
def test_the_narrow_poll_gives_what_the_alert_service_gives(live_ctx, minutes):
    clock = live_ctx.clock
    clock.advance(minutes=minutes)
    if minutes == 16:
        acknowledge_alert(live_ctx, incident_id=1, kind=DeadlineKind.ESCALATE,
                          stage=AlertStage.OVERDUE)
    assert poll_alerts(live_ctx) == current_alerts(live_ctx)


def test_an_alert_of_an_incident_logged_elsewhere_brings_it_onto_the_panel(
    qtbot, window, alert_ctx
):
    with alert_ctx.db.read_session() as s:
        unit = s.query(Unit).filter_by(name="北坡村").one().id
    # Another workstation logs a report received at 09:52 (due 10:07); this panel has not
    # been re-read since.
    log_incident(
        alert_ctx,
        data=NewIncident(occurred_at=at(9, 50), received_at=at(9, 52), unit_id=unit,
                         summary="另一台电脑登记的报告", people_count=4),
    )
    assert window.incidents.model.rowCount() == 1
    alert_ctx.clock.set(at(10, 3))
    with qtbot.waitSignal(window.incidents.sig_incidents_changed, timeout=10_000):
        poll(qtbot, window)  # the 15-second poll sees it: the panel is read again
    settle(qtbot, window)
    assert window.incidents.model.rowCount() == 2
    assert window.alert_banner.texts() == [
        "即将到期：2027-0002 北坡村 报告镇主要领导，时限 10:07（04:00）"
    ]
