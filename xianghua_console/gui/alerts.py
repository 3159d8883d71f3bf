"""Deadline alerts on screen: the banner, the tray message and the sound.

What to alert is the services' business (the settings' lead before a deadline and when it
passes, honouring acknowledgements and their reminders: ``services.alert_poll``, the same
answer as ``services.alerts.current_alerts`` from a narrower read). The engine here reads
through the door every :data:`POLL_MS` and after every reload or step; when a countdown on
the panel crosses a boundary in between (at once, then at most once per
:data:`CROSSING_GAP_MS`: a thousand live clocks cross one every second) it applies the same
rule to what it read last (``AlertInputs.alerts_at``) instead of reading again — the time
moved, not the records (a change of the records reloads the panel, which reads again). Never
from a timer tick itself. An alert that was not on screen at the previous poll is *new*: it
rings once (tray + sound). Acknowledging goes through the door too and is written on the
incident's timeline.

The banner redraws every second with the panel's tick; only the countdown of each line
changes then, in a label of its own with a fixed width, so a second repaints those few
characters and lays nothing out again.
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.alerts import Alert, AlertStage
from xianghua_console.domain.clock import Clock, to_local
from xianghua_console.gui import fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.deferred import deferred
from xianghua_console.gui.ops import DbDoor

if TYPE_CHECKING:
    from xianghua_console.services import alert_poll
    from xianghua_console.services import alerts as alert_service
    from xianghua_console.services.alert_poll import AlertInputs
else:
    alert_poll = deferred("xianghua_console.services.alert_poll")
    alert_service = deferred("xianghua_console.services.alerts")

log = logging.getLogger(__name__)

POLL_MS = 15_000
CROSSING_GAP_MS = 5_000
BANNER_ROWS = 3  # alerts shown with their own 确认 button; the rest are counted
TRAY_MESSAGE_MS = 15_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("alerts", text)


def alert_line(alert: Alert, now: datetime, unit: str = "") -> str:
    """``已超时：2027-0001 东岗村 报告镇主要领导，时限 09:55（超时 05:00）`` — plain text."""
    head, left = alert_parts(alert, now, unit)
    return head + left


def alert_parts(alert: Alert, now: datetime, unit: str = "") -> tuple[str, str]:
    """:func:`alert_line` in two: what stays (``已超时：…，时限 09:55``) and what changes every
    second (``（超时 05:00）``)."""
    stage = _tr("已超时") if alert.stage is AlertStage.OVERDUE else _tr("即将到期")
    who = f" {unit}" if unit else ""
    same_day = to_local(alert.due).date() == to_local(now).date()
    head = _tr("{stage}：{number}{who} {kind}，时限 {due}").format(
        stage=stage, number=alert.number, who=who, kind=fmt.label(alert.kind),
        due=fmt.hm(alert.due) if same_day else fmt.md_hm(alert.due),
    )
    return head, _tr("（{left}）").format(left=fmt.countdown(alert.due - now))


# ---------------------------------------------------------------- tray and sound


def _alert_icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#c62828"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 28, 28)
    painter.end()
    return QIcon(pixmap)


def _alert_wav() -> Path:
    """A short two-tone chime written once into the temp folder (no binary kept in git)."""
    path = Path(tempfile.gettempdir()) / "xianghua-console-alert.wav"
    if path.is_file() and path.stat().st_size > 1000:
        return path
    rate = 16_000
    frames = bytearray()
    for freq, length in ((880, 0.18), (0, 0.05), (660, 0.25)):
        for i in range(int(rate * length)):
            value = 0.0 if freq == 0 else 0.5 * math.sin(2 * math.pi * freq * i / rate)
            frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


def _sound_effect(parent: QObject) -> QObject | None:
    """A QSoundEffect when QtMultimedia exists and there is an audio output, else None.

    PySide6-Essentials has no QtMultimedia; a workstation may have no sound card. Either way
    the alert falls back to ``QApplication.beep()`` — it never fails for want of audio.
    """
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError:
        return None
    try:
        if not QMediaDevices.audioOutputs():
            return None
        effect = QSoundEffect(parent)
        effect.setSource(QUrl.fromLocalFile(str(_alert_wav())))
        effect.setVolume(0.8)
        return effect
    except Exception:  # any trouble with audio: the beep will do
        log.warning("no alert sound; falling back to the system beep", exc_info=True)
        return None


class AlertNotifier(QObject):
    """Rings for new alerts: a tray message where there is a tray, and a sound or a beep."""

    sig_notified = Signal(str, str)
    """An alert was rung: title and text (whatever the machine could do with them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(_alert_icon(), self)
            self.tray.setToolTip(QApplication.applicationDisplayName())
            self.tray.show()
        self.sound = _sound_effect(self)
        self.muted = False

    def notify(self, title: str, text: str, *, overdue: bool) -> None:
        if self.tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Critical
                if overdue
                else QSystemTrayIcon.MessageIcon.Warning
            )
            self.tray.showMessage(title, text, icon, TRAY_MESSAGE_MS)
        if not self.muted:
            self.play()
        self.sig_notified.emit(title, text)

    def play(self) -> None:
        if self.sound is not None:
            try:
                self.sound.play()  # type: ignore[attr-defined]
                return
            except Exception:
                log.warning("the alert sound failed; beeping instead", exc_info=True)
        QApplication.beep()

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()


# ---------------------------------------------------------------- the engine


class AlertEngine(QObject):
    """Polls the alerts through the door, rings the new ones, acknowledges them."""

    sig_alerts_changed = Signal()
    """The alerts to show were re-read (they may be the same as before)."""

    sig_acknowledged = Signal(int)
    """An alert of this incident was acknowledged (its timeline has a new entry)."""

    def __init__(
        self, door: DbDoor, tasks: TaskKeeper, notifier: AlertNotifier, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self.notifier = notifier
        self.alerts: list[Alert] = []
        self.inputs: AlertInputs | None = None  # what the last poll read
        self._on_screen: set[tuple[int, str, str]] = set()
        self._polling = False
        self._again = False
        self.acknowledging: set[tuple[int, str]] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll_soon)
        self.crossing_gap_ms = CROSSING_GAP_MS
        self._crossing_pending = False
        self._crossing_timer = QTimer(self)
        self._crossing_timer.setSingleShot(True)
        self._crossing_timer.timeout.connect(self._crossing_gap_over)

    def start(self) -> None:
        """Poll now and every :data:`POLL_MS` from then on."""
        self._timer.start()
        self.poll_soon()

    def stop(self) -> None:
        self._timer.stop()
        self._crossing_timer.stop()

    def poll_after_crossing(self) -> None:
        """A countdown crossed a boundary: the alerts now, or once the gap since the last
        crossing is over — from what the last poll read (the time moved, not the records)."""
        if self._crossing_timer.isActive():
            self._crossing_pending = True
            return
        self.reapply()
        if self.crossing_gap_ms > 0:
            self._crossing_timer.start(self.crossing_gap_ms)

    def reapply(self) -> None:
        """The alerts at the clock's time from the last poll's inputs, without reading (a
        poll on its way will bring newer ones; before the first poll: poll)."""
        if self.inputs is None:
            self.poll_soon()
        elif not self._polling:
            self._apply(self.inputs.alerts_at(self.door.ctx.clock.now()))

    def _crossing_gap_over(self) -> None:
        self._crossing_timer.stop()
        if self._crossing_pending:
            self._crossing_pending = False
            self.poll_after_crossing()

    @property
    def busy(self) -> bool:
        """A poll or an acknowledgement is on its way (tests wait for this to clear)."""
        return self._polling or self._again or bool(self.acknowledging)

    def poll_soon(self) -> None:
        """Ask for the alerts (a poll already on its way is followed by one more)."""
        if self._polling:
            self._again = True
            return
        self._polling = True  # set here, not in the task: it starts on the next loop turn
        self.tasks.spawn(self._poll(), name="alerts.poll")

    async def _poll(self) -> None:
        try:
            inputs = await self.door.call(alert_poll.alert_inputs, self.door.ctx)
        except BaseException:
            self._again = False  # the timer tries again; the error is shown by the keeper
            raise
        finally:
            self._polling = False
        self.inputs = inputs
        self._apply(inputs.alerts_at(self.door.ctx.clock.now()))
        if self._again:
            self._again = False
            self.poll_soon()

    def _apply(self, alerts: list[Alert]) -> None:
        keys = {_key(a) for a in alerts}
        new = [a for a in alerts if _key(a) not in self._on_screen]
        # Only what is on screen now counts as seen: an acknowledged alert that comes back
        # (a reminder) or moves on to OVERDUE rings again.
        self._on_screen = keys
        self.alerts = alerts
        if new:
            self._ring(new)
        self.sig_alerts_changed.emit()

    def _ring(self, new: list[Alert]) -> None:
        overdue = any(a.stage is AlertStage.OVERDUE for a in new)
        title = _tr("时限已超时") if overdue else _tr("时限即将到期")
        now = self.door.ctx.clock.now()
        lines = [alert_line(a, now) for a in new[:3]]
        if len(new) > 3:
            lines.append(_tr("另有 {n} 条").format(n=len(new) - 3))
        self.notifier.notify(title, "\n".join(lines), overdue=overdue)

    def acknowledge(self, alert: Alert) -> None:
        """确认: silence this alert (logged on the incident's timeline), then re-read."""
        key = (alert.incident_id, alert.kind.value)
        if key in self.acknowledging:
            return
        self.acknowledging.add(key)
        self.tasks.spawn(self._acknowledge(alert, key), name="alerts.acknowledge")

    async def _acknowledge(self, alert: Alert, key: tuple[int, str]) -> None:
        try:
            await self.door.call(
                alert_service.acknowledge_alert,
                self.door.ctx,
                incident_id=alert.incident_id,
                kind=alert.kind,
                stage=alert.stage,
            )
        finally:
            self.acknowledging.discard(key)
        # Off the screen at once; the poll confirms it.
        self.alerts = [a for a in self.alerts if a.key != alert.key]
        self._on_screen.discard(_key(alert))
        self.sig_alerts_changed.emit()
        self.sig_acknowledged.emit(alert.incident_id)
        self.poll_soon()


def _key(alert: Alert) -> tuple[int, str, str]:
    return (alert.incident_id, alert.kind.value, alert.stage.value)


# ---------------------------------------------------------------- the banner


_BANNER_STYLE = {
    AlertStage.OVERDUE: "background:#c62828;color:#ffffff;",
    AlertStage.SOON: "background:#ffb300;color:#000000;",
}


class AlertBanner(QFrame):
    """The most pressing alerts across the top of the window, each with 确认 and 查看."""

    sig_show_incident = Signal(int)
    """The officer wants to see this incident on the panel."""

    def __init__(
        self,
        engine: AlertEngine,
        clock: Clock,
        *,
        unit_of: Callable[[int], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("alert_banner")
        self.engine = engine
        self.clock = clock
        self.unit_of = unit_of or (lambda _id: "")
        self.setAccessibleName(_tr("时限提醒"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(3)
        self.rows: list[tuple[QFrame, QLabel, QPushButton, QToolButton]] = []
        self.clocks: list[QLabel] = []  # each line's countdown, on its own (see the module)
        for i in range(BANNER_ROWS):
            frame = QFrame(self)
            frame.setObjectName(f"alert_row_{i}")
            label = QLabel(frame)
            label.setObjectName("alert_text")
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            label.setFont(font)
            clock_label = QLabel(frame)
            clock_label.setObjectName("alert_clock")
            clock_label.setFont(font)
            # A fixed size, wide enough for the longest countdown: a second's new text is
            # repainted, and nothing is laid out again (Qt skips a fixed-size widget).
            metrics = QFontMetrics(font)
            widest = _tr("（{left}）").format(
                left=fmt.countdown(-timedelta(days=9, hours=23, minutes=59, seconds=59)))
            clock_label.setFixedSize(metrics.horizontalAdvance(widest) + 4,
                                     metrics.height() + 2)
            self.clocks.append(clock_label)
            ack = QPushButton(_tr("确认"), frame)
            ack.setObjectName("alert_ack")
            ack.setToolTip(_tr("确认已知晓：记入时间线；时限仍未完成的，稍后再次提醒"))
            ack.clicked.connect(lambda _=False, n=i: self._ack_row(n))
            show = QToolButton(frame)
            show.setText(_tr("查看"))
            show.setObjectName("alert_show")
            show.clicked.connect(lambda _=False, n=i: self._show_row(n))
            row = QHBoxLayout(frame)
            row.setContentsMargins(8, 3, 4, 3)
            row.setSpacing(0)
            row.addWidget(label)
            row.addWidget(clock_label)
            row.addStretch(1)
            row.addSpacing(6)
            row.addWidget(show)
            row.addWidget(ack)
            self._layout.addWidget(frame)
            self.rows.append((frame, label, ack, show))
        self.more = QLabel(self)
        self.more.setObjectName("alert_more")
        self._layout.addWidget(self.more)
        self.shown: list[Alert] = []
        self._stages: dict[int, AlertStage] = {}  # the stage each row's style shows
        engine.sig_alerts_changed.connect(self.refresh)
        self.hide()  # explicitly: shown by refresh() when there is an alert
        self.refresh()

    def refresh(self) -> None:
        """Re-draw from the engine's alerts (memory only: also called every second)."""
        alerts = self.engine.alerts
        if not alerts and not self.shown and self.isHidden():
            return  # the usual second: nothing to show, nothing to touch
        self.shown = alerts[:BANNER_ROWS]
        now = self.clock.now()
        for i, (frame, label, ack, _show) in enumerate(self.rows):
            if i >= len(self.shown):
                frame.hide()
                continue
            alert = self.shown[i]
            head, left = alert_parts(alert, now, self.unit_of(alert.incident_id))
            label.setText(head)  # the same text most seconds: Qt then does nothing
            self.clocks[i].setText(left)
            if self._stages.get(i) is not alert.stage:  # a style sheet is costly: on change
                self._stages[i] = alert.stage
                frame.setStyleSheet(
                    f"#{frame.objectName()} {{{_BANNER_STYLE[alert.stage]} border-radius:3px;}}"
                    f"#{frame.objectName()} QLabel {{{_BANNER_STYLE[alert.stage]}}}"
                )
            ack.setEnabled((alert.incident_id, alert.kind.value) not in self.engine.acknowledging)
            frame.show()
        extra = len(alerts) - len(self.shown)
        self.more.setText(_tr("另有 {n} 条时限提醒，见事件面板。").format(n=extra) if extra > 0 else "")
        self.more.setVisible(extra > 0)
        self.setVisible(bool(alerts))

    def texts(self) -> list[str]:
        """The alert lines on screen now (for tests and screen readers)."""
        return [label.text() + clock.text()
                for (frame, label, _a, _s), clock in zip(self.rows, self.clocks, strict=True)
                if not frame.isHidden()]

    def _ack_row(self, n: int) -> None:
        if n < len(self.shown):
            self.rows[n][2].setEnabled(False)
            self.engine.acknowledge(self.shown[n])

    def _show_row(self, n: int) -> None:
        if n < len(self.shown):
            self.sig_show_incident.emit(self.shown[n].incident_id)
