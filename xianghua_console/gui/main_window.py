"""The duty-office console's main window: five views, the banners and the duty status bar.

Everything shown comes from the database through the door (:class:`~.ops.DbDoor`), loaded
after the window is on screen. Timers here only repaint from memory or *spawn* a reload; none
of them touches the database itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QToolBar, QVBoxLayout, QWidget

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.permissions import Action
from xianghua_console.gui import fmt
from xianghua_console.gui.alerts import AlertBanner, AlertEngine, AlertNotifier
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.deferred import deferred, load_all
from xianghua_console.gui.idle_lock import IdleLock
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.records_watch import DraftKind, RecordsWatch
from xianghua_console.gui.sync import STATUS_KINDS, LiveSync, SyncStatusLabel, views_for
from xianghua_console.gui.views.base import DataView, countdown_font, escape
from xianghua_console.gui.views.incidents import INTAKE_DRAFT, IncidentsView
from xianghua_console.gui.widgets import Banner, BannerKind
from xianghua_console.services.context import Ctx
from xianghua_console.services.drafts import Draft, DraftStore
from xianghua_console.store.db import OpenReport, sqlite_path

if TYPE_CHECKING:
    from xianghua_console.services import status
    from xianghua_console.services.status import StatusSnapshot
else:
    status = deferred("xianghua_console.services.status")

log = logging.getLogger(__name__)

STATUS_REFRESH_MS = 30_000  # who is on duty and the units not reported, re-read from the database
STATUS_TICK_MS = 1_000  # the cutoff countdown, from memory
INITIAL_LOAD_FALLBACK_MS = 500  # load even if the first paint never comes (a minimised start)
CUTOFF_WARN = timedelta(minutes=30)


def big_countdown(text: str) -> str:
    """``text`` (the cutoff clock) as rich text in the countdowns' large type, bold."""
    size = countdown_font(bold=True).pointSizeF()
    return f'<span style="font-size:{size:.1f}pt"><b>{text}</b></span>'


class MainWindow(QMainWindow):
    """香花镇信访稳定值班台: the views as tabs over the duty status bar."""

    sig_reloaded = Signal()
    """Every view and the status bar were re-read from the database (some may have failed)."""

    sig_status_refreshed = Signal()
    """The duty status (who is on duty, units not reported) was re-read from the database."""

    sig_first_painted = Signal()
    """The window painted itself for the first time."""

    def __init__(
        self,
        ctx: Ctx,
        door: DbDoor,
        *,
        open_report: OpenReport | None = None,
        first_paint: Callable[[], object] | None = None,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.door = door
        self.clock = ctx.clock
        self.tasks = TaskKeeper(self.show_error)
        self.snapshot: StatusSnapshot | None = None
        self.last_errors: list[str] = []
        self._first_paint = first_paint
        self._painted = False
        self._autoload_pending = False
        self._reloading = False
        self._status_refreshing = False

        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("香花镇信访稳定值班台 — {db}").format(db=self.db_label()))
        self.resize(1400, 860)

        # -- banners over the tabs
        self.info_banner = Banner(BannerKind.INFO, self)
        self.error_banner = Banner(BannerKind.ERROR, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.incidents = IncidentsView(door, self, tasks=self.tasks)
        self.views: list[DataView] = [self.incidents]
        self.tabs.addTab(self.incidents, self.incidents.title())
        # The other six views are built right after the first paint: their modules are most
        # of the GUI's import time, and the incident panel is what the officer needs first.
        self._views_built = False
        for title in self.deferred_titles():
            placeholder = QLabel(self.tr("正在载入……"), self)
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(placeholder, title)
        # -- deadline alerts: polled through the door, rung once, acknowledged on the timeline
        self.notifier = AlertNotifier(self)
        self.alerts = AlertEngine(door, self.tasks, self.notifier, self)
        self.alert_banner = AlertBanner(
            self.alerts, self.clock, unit_of=self.incidents.model.unit_of, parent=self
        )
        self.alert_banner.sig_show_incident.connect(self.show_incident)
        self.alerts.sig_acknowledged.connect(self.incidents.reload_detail_if)
        self.incidents.sig_incidents_changed.connect(self.alerts.poll_soon)
        self.incidents.model.sig_urgency_changed.connect(self.alerts.poll_after_crossing)
        self.incidents.model.sig_ticked.connect(self.alert_banner.refresh)
        self.incidents.model.modelReset.connect(self.alert_banner.refresh)
        self.alerts.sig_alerts_changed.connect(self._alerts_changed)
        self._reloaded_for: frozenset[int] = frozenset()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        # -- whether the records can be trusted, and the drafts left unsaved (records_watch)
        self.records = RecordsWatch(door, self.tasks, drafts=drafts, parent=self)
        self.incidents.drafts = drafts
        self.records.register_draft_kind(DraftKind(
            INTAKE_DRAFT, self.tr("接报登记"), lambda d: self._restore_intake(d)))
        for banner in self.records.banners():
            layout.addWidget(banner)
        layout.addWidget(self.alert_banner)
        layout.addWidget(self.info_banner)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._show_open_report(open_report)

        # -- actions
        self.refresh_action = QAction(self.tr("刷新（F5）"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("从数据库重新读取全部数据（F5）"))
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self.tr("退出"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        toolbar = QToolBar(self.tr("工具栏"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        # 接报登记 answers a ringing phone: Ctrl+N works from every view, and opens the panel.
        self.new_incident_action = self.incidents.new_action
        self.new_incident_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_incident_action.triggered.connect(
            lambda _=False: self.tabs.setCurrentWidget(self.incidents)
        )
        self.addAction(self.new_incident_action)
        toolbar.addAction(self.new_incident_action)
        toolbar.addAction(self.refresh_action)
        self.addToolBar(toolbar)
        self.addAction(self.quit_action)
        self._build_menus()
        # -- the idle lock: the same password again, or another account (idle_lock)
        self.idle_lock = IdleLock(self, door, self.tasks)
        self.notifier.sig_notified.connect(self.idle_lock.note_alert)

        # -- status bar: who is on duty, the daily cutoff, when the data were read
        self.duty_label = QLabel(self.tr("正在读取值班信息……"), self)
        self.duty_label.setObjectName("duty_label")
        self.cutoff_label = QLabel("", self)
        self.cutoff_label.setObjectName("cutoff_label")
        self.refreshed_label = QLabel("", self)
        self.refreshed_label.setObjectName("refreshed_label")
        bar = self.statusBar()
        bar.addWidget(self.duty_label, 1)
        bar.addPermanentWidget(self.cutoff_label)
        bar.addPermanentWidget(self.refreshed_label)
        self._wire_sync()

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(STATUS_TICK_MS)
        self._tick_timer.timeout.connect(self._on_status_tick)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status_soon)
        self._initial_timer = QTimer(self)
        self._initial_timer.setSingleShot(True)
        self._initial_timer.timeout.connect(self._initial_load)

    # ------------------------------------------------------------------ start-up

    def deferred_titles(self) -> list[str]:
        """The tabs after the incident panel, in order (their views come after first paint)."""
        return [
            self.tr("值班"), self.tr("日报"), self.tr("通知"), self.tr("研判会"), self.tr("报表"),
            self.tr("目录"),
        ]  # fmt: skip

    def build_views(self) -> None:
        """Build the views behind the placeholder tabs (once) and wire them to the window."""
        if self._views_built:
            return
        from xianghua_console.gui.views.daily import DailyView
        from xianghua_console.gui.views.directories import DirectoriesView
        from xianghua_console.gui.views.meetings import MeetingsView
        from xianghua_console.gui.views.notices import NoticesView
        from xianghua_console.gui.views.reports import ReportsView
        from xianghua_console.gui.views.roster import DutyRosterView

        door, current = self.door, self.tabs.currentIndex()
        self.roster = DutyRosterView(door, self, tasks=self.tasks)
        self.daily = DailyView(door, self, tasks=self.tasks)
        self.notices = NoticesView(door, self)
        self.meetings = MeetingsView(door, self, tasks=self.tasks)
        self.reports = ReportsView(door, self, tasks=self.tasks)
        self.directories = DirectoriesView(door, self)
        later = [self.roster, self.daily, self.notices, self.meetings, self.reports,
                 self.directories]  # fmt: skip
        for index, view in enumerate(later, start=1):
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, view.title())
            placeholder.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.views.extend(later)
        self._views_built = True
        self._wire_views()

    def _build_menus(self) -> None:
        """文件 / 视图 / 工具 / 帮助; Ctrl+1…7 switch the views."""
        menu_file = self.menuBar().addMenu(self.tr("文件(&F)"))
        menu_file.addAction(self.new_incident_action)
        menu_file.addAction(self.refresh_action)
        menu_file.addSeparator()
        menu_file.addAction(self.quit_action)
        menu_view = self.menuBar().addMenu(self.tr("视图(&V)"))
        self.view_actions: list[QAction] = []
        for index in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(index), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            menu_view.addAction(action)
            self.view_actions.append(action)
        self.tools_menu = self.menuBar().addMenu(self.tr("工具(&T)"))
        self.settings_action = QAction(self.tr("设置…"), self)
        self.settings_action.setObjectName("settings_action")
        self.settings_action.triggered.connect(self.show_settings)
        self.settings_action.setVisible(self.ctx.may(Action.SETTINGS))  # the director's
        self.tools_menu.addAction(self.settings_action)
        self.audit_action = QAction(self.tr("审计日志…"), self)
        self.audit_action.setObjectName("audit_action")
        self.audit_action.triggered.connect(self.show_audit_log)
        self.audit_action.setVisible(self.ctx.may(Action.VIEW_AUDIT))  # director, commander
        self.tools_menu.addAction(self.audit_action)
        from xianghua_console.gui.backup_actions import BackupActions  # 备份数据库… / 从备份恢复…

        self.backups = BackupActions(self, self.door, self.tasks, menu=self.tools_menu,
                                     say=self.info_banner.show_message,
                                     warn=self.error_banner.show_message)
        menu_help = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.shortcuts_action = QAction(self.tr("快捷键…"), self)
        self.shortcuts_action.setObjectName("shortcuts_action")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        menu_help.addAction(self.shortcuts_action)
        self.about_action = QAction(self.tr("关于值班台"), self)
        self.about_action.triggered.connect(self.show_about)
        menu_help.addAction(self.about_action)

    def show_audit_log(self) -> None:
        """工具 → 审计日志…: the audit log, filtered and paged (non-modal)."""
        from xianghua_console.gui.audit_view import open_audit_dialog

        self.audit_dialog = open_audit_dialog(self.door, self.tasks, self)

    def _restore_intake(self, draft: Draft) -> None:
        """恢复 of an intake draft: the panel, and the dialog filled in as it was left."""
        self.tabs.setCurrentWidget(self.incidents)
        self.incidents.open_new_dialog(draft)

    def show_settings(self) -> None:
        """工具 → 设置…: every setting in one dialog; the views are re-read after a save."""
        from xianghua_console.gui.settings_dialog import open_settings_dialog

        self.settings_dialog = open_settings_dialog(self.door, self, on_saved=self._settings_saved)

    def _settings_saved(self, _state: object) -> None:
        self.info_banner.show_message(self.tr("设置已保存；各视图已按新的设置重新读取。"))
        self.refresh()

    def show_shortcuts(self) -> None:
        """帮助 → 快捷键…: the keys of this window, read from its actions (non-blocking)."""
        from xianghua_console.gui.shortcuts import ShortcutsDialog

        self.build_views()  # the views' own keys are listed too
        dialog = ShortcutsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.shortcuts_dialog = dialog

    def show_about(self) -> None:
        """Open the About dialog (non-blocking: a modal exec() would fight qasync)."""
        from xianghua_console.gui.about import make_about_dialog

        dialog = make_about_dialog(self.db_label(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.about_dialog = dialog

    def db_label(self) -> str:
        """The database as the title and messages name it: a file path, or the URL."""
        path = sqlite_path(self.ctx.db.url)
        return str(path) if path is not None else self.ctx.db.display_name

    def start(self) -> None:
        """Show the window, then load every view once it is painted (off the start-up path)."""
        self._autoload_pending = True
        self.show()
        self._initial_timer.start(INITIAL_LOAD_FALLBACK_MS)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._painted:
            return
        self._painted = True
        if self._first_paint is not None:
            try:
                self._first_paint()
            except Exception:
                log.exception("the first-paint hook failed")
        self.sig_first_painted.emit()
        if self._autoload_pending:
            QTimer.singleShot(0, self._initial_load)

    def _initial_load(self) -> None:
        if not self._autoload_pending:
            return
        self._autoload_pending = False
        self._initial_timer.stop()
        # What the first paint did without: the core modules (SQLAlchemy and the models) and
        # the engine, here on the GUI thread before the first call through the door.
        load_all()
        self.ctx.db.engine  # noqa: B018 - made now rather than on the worker's first call
        self.build_views()
        self._tick_timer.start()
        self._status_timer.start()
        self.alerts.start()
        self.sync.start()
        self.records.start()  # the file's place and the drafts now; chains and clock below
        self._status_timer.timeout.connect(self.records.check_clock_soon)
        self.idle_lock.start()
        self.refresh()

    def _show_open_report(self, report: OpenReport | None) -> None:
        if report is None:
            return
        messages = []
        if report.created:
            messages.append(
                self.tr(
                    "首次运行：已按预案默认配置新建数据库 {db}，预置了预案规定的指挥机构、"
                    "镇直单位和各项默认时限。本镇的村（居）、工作人员、信息员和值班表请另行录入。"
                ).format(db=self.db_label())
            )
        if report.upgraded_from:
            text = self.tr("数据库已从结构版本 {old} 升级到当前版本。").format(
                old=report.upgraded_from
            )
            if report.backup_path is not None:
                text += self.tr("升级前的副本保存在 {path}。").format(path=report.backup_path)
            messages.append(text)
        if messages:
            self.info_banner.show_message("\n".join(messages))

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """F5: re-read every view and the status bar (ignored while a reload runs)."""
        if self._reloading:
            return
        self.tasks.spawn(self.reload_all(), name="reload_all")

    async def reload_all(self) -> None:
        """Load the status bar and every view through the door; failures are shown, not raised."""
        if self._reloading:
            return
        self.build_views()
        self._reloading = True
        self.refresh_action.setEnabled(False)
        errors: list[str] = []
        try:
            try:
                await self.refresh_status()
            except Exception as exc:  # shown to the officer below
                errors.append(self.tr("值班状态：") + describe_error(exc))
            for index, view in enumerate(self.views):
                try:
                    await view.load()
                except Exception as exc:  # shown to the officer below
                    log.warning("loading %s failed: %r", view.view_name, exc)
                    message = describe_error(exc)
                    view.show_load_failed(message)
                    errors.append(f"{view.title()}：{message}")
                else:
                    self._update_tab_title(index, view)
            self.last_errors = errors
            if errors:
                self.error_banner.show_message(
                    self.tr("部分数据没有读出来，界面上显示的可能不是最新情况：")
                    + "\n"
                    + "\n".join(errors)
                )
            else:
                self.error_banner.hide()
            self.refreshed_label.setText(
                self.tr("数据读取于 {t}").format(t=fmt.hms(self.clock.now()))
            )
            self.records.after_refresh()  # the hash chains and the clock, through the door
            self.idle_lock.refresh_soon()  # the idle_lock_minutes setting
        finally:
            self._reloading = False
            self.refresh_action.setEnabled(True)
            self.sig_reloaded.emit()

    def _update_tab_title(self, index: int, view: DataView) -> None:
        if isinstance(view, IncidentsView):
            n = view.model.rowCount()
            self.tabs.setTabText(index, f"{view.title()} {n}" if n else view.title())

    def refresh_status_soon(self) -> None:
        """Spawn a status refresh unless one is already on its way (for the 30 s timer)."""
        if not self._status_refreshing:
            self.tasks.spawn(self.refresh_status(), name="refresh_status")

    async def refresh_status(self) -> None:
        """Re-read who is on duty and today's reporting through the door."""
        self._status_refreshing = True
        try:
            self.snapshot = await self.door.call(status.status_snapshot, self.ctx)
        finally:
            self._status_refreshing = False
        self._show_duty()
        self._on_status_tick()
        for view in self.views:
            if view.view_name == "roster":
                view.refresh_current()
            elif view.view_name == "daily":
                view.update_header()
        self.sig_status_refreshed.emit()

    # ------------------------------------------------------------------ status bar

    def _show_duty(self) -> None:
        shift = self.snapshot.shift if self.snapshot else None
        if shift is None:
            self.duty_label.setText(
                '<span style="color:#b02a37"><b>'
                + self.tr("当前没有排班：无人在班。")
                + "</b></span>"
            )
            self.duty_label.setToolTip("")
            return
        unset = '<span style="color:#b02a37">' + self.tr("未安排") + "</span>"
        leader = escape(fmt.people(shift.leader)) or unset
        duty = escape(fmt.people(shift.duty)) or unset
        self.duty_label.setText(
            self.tr("在班　带班领导：<b>{leader}</b>　值班：<b>{duty}</b>").format(
                leader=leader, duty=duty
            )
        )
        tip = [
            self.tr("班次 {start} 至 {end}").format(
                start=fmt.md_hm(shift.starts_at), end=fmt.md_hm(shift.ends_at)
            ),
            self.tr("备勤：{p}").format(p=fmt.people(shift.standby) or self.tr("未安排")),
            self.tr("应急车辆：{v} {d}").format(
                v=shift.vehicle or self.tr("未安排"), d=fmt.people(shift.driver)
            ),
            self.tr("派出所备勤：{p}").format(p=shift.police_squad or self.tr("未填写")),
        ]
        self.duty_label.setToolTip("\n".join(tip))

    def _on_status_tick(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        now = self.clock.now()
        if to_local(now).date() != to_local(snap.cutoff).date():
            self.refresh()  # past midnight: a new board, a new cutoff, a new shift
        self.cutoff_label.setText(self.cutoff_text(snap, now))

    def cutoff_text(self, snap: StatusSnapshot, now: datetime) -> str:
        """The cutoff line of the status bar for ``now`` (rich text)."""
        cutoff = fmt.hm(snap.cutoff)
        if snap.day_closed:
            return self.tr("今日日报已关账")
        if snap.expected_units and snap.not_reported == 0:
            return (
                '<span style="color:#0f5132">'
                + self.tr("今日日报已全部上报（{n} 个单位）").format(n=snap.expected_units)
                + "</span>"
            )
        remaining = snap.cutoff - now
        if remaining.total_seconds() <= 0:
            return (
                '<span style="background:#c62828;color:#fff"><b>&nbsp;'
                + self.tr("已过截止时间 {t}，仍有 {n} 个单位未报").format(
                    t=cutoff, n=snap.not_reported
                )
                + "&nbsp;</b></span>"
            )
        text = self.tr("距今日 {t} 日报截止 {left}，未报 {n}/{total} 个单位").format(
            t=cutoff,
            left=big_countdown(fmt.countdown(remaining)),
            n=snap.not_reported,
            total=snap.expected_units,
        )
        if remaining < CUTOFF_WARN:
            return f'<span style="background:#ffb300;color:#000"><b>&nbsp;{text}&nbsp;</b></span>'
        return text

    # ------------------------------------------------------------------ errors and closing

    def show_error(self, exc: BaseException) -> None:
        """Show an error of a background task in the banner (non-blocking)."""
        self.error_banner.show_message(describe_error(exc))

    def show_incident(self, incident_id: int) -> None:
        """Bring the panel forward with this incident selected (from an alert's 查看)."""
        self.tabs.setCurrentWidget(self.incidents)
        if not self.incidents.select_incident(incident_id):
            self.incidents.selected_id = incident_id  # selected once the reload has it
            self.incidents.reload_soon()

    def _alerts_changed(self) -> None:
        """An alert of an incident the panel does not list: it was logged on another
        workstation since the panel was read, so read the panel again (once per such set)."""
        missing = frozenset(
            a.incident_id
            for a in self.alerts.alerts
            if self.incidents.model.index_of(a.incident_id) is None
        )
        if missing and missing != self._reloaded_for:
            self._reloaded_for = missing
            self.incidents.reload_soon()

    def _wire_views(self) -> None:
        """The views tell the window what happened; the window refreshes what depends on it."""
        self.roster.sig_problems_changed.connect(self._show_roster_problems)
        self.roster_problems.linkActivated.connect(self._jump_to_roster_problem)
        # who is on duty, and the units not yet reported, may have changed
        self.roster.sig_roster_changed.connect(self.refresh_status_soon)
        self.daily.sig_board_changed.connect(self.refresh_status_soon)
        self.daily.sig_board_changed.connect(
            lambda: self.tasks.spawn(self.reports.load(), name="reports_reload")
        )
        self.daily.sig_incident_logged.connect(self._after_incident_logged)

    def _wire_sync(self) -> None:
        bar = self.statusBar()
        self.roster_problems = QLabel("", self)
        self.roster_problems.setObjectName("roster_problems")
        bar.addPermanentWidget(self.roster_problems)
        # Several workstations on one PostgreSQL server: changes from the others arrive here
        # (nothing runs on SQLite). The listener's thread reaches us through a queued signal.
        self.sync = LiveSync(self.ctx.db, self)
        self.sync.sig_entities_changed.connect(self._on_entities_changed)
        self.sync.sig_changes.connect(self._on_changes)
        self.sync.sig_reload_requested.connect(self.refresh)
        self.sync.sig_read_only_changed.connect(self._on_read_only)
        bar.addPermanentWidget(SyncStatusLabel(self.sync, self))
        self.offline_banner = Banner(BannerKind.ERROR, self)
        self.offline_banner.setObjectName("banner_offline")
        self.centralWidget().layout().insertWidget(0, self.offline_banner)

    def _on_entities_changed(self, kinds: set[str]) -> None:
        """Another workstation changed these kinds of records: re-read only the views showing them."""
        names = views_for(kinds)
        for view in self.views:
            if view.view_name in names and view.loaded:
                reload = getattr(view, "reload_soon", None)
                if reload is not None:
                    reload()
                else:
                    self.tasks.spawn(view.load(), name=f"sync.{view.view_name}")
        if kinds & STATUS_KINDS:
            self.refresh_status_soon()

    def _on_changes(self, changes: dict) -> None:
        if "incident" in changes:
            ids = changes["incident"]
            if ids is None or self.incidents.selected_id in ids:
                self.incidents.load_detail_soon()

    def _on_read_only(self, read_only: bool) -> None:
        """Server unreachable: say so and offer no writes; what is typed in a dialog stays."""
        if read_only:
            self.offline_banner.show_message(self.sync.read_only_message())
        else:
            self.offline_banner.hide()
        self.incidents.new_action.setEnabled(not read_only)

    def _show_roster_problems(self, count: int) -> None:
        text = self.tr("值班问题 {n} 处").format(n=count)
        self.roster_problems.setText(f'<a href="#roster" style="color:#b00020">{text}</a>' if count else "")

    def _jump_to_roster_problem(self, _link: str = "") -> None:
        self.tabs.setCurrentWidget(self.roster)
        self.roster.jump_to_problem(0)

    def _after_incident_logged(self, _incident_id: int) -> None:
        self.incidents.reload_soon()
        self.alerts.poll_soon()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick_timer.stop()
        self._status_timer.stop()
        self._initial_timer.stop()
        self.alerts.stop()
        self.notifier.close()
        self.sync.stop()
        self.idle_lock.stop()
        self.incidents.shutdown()
        if self._views_built:
            for view in (self.roster, self.daily, self.meetings, self.reports):
                view.shutdown()
            self.notices.model.stop()
            self.notices.tasks.cancel_all()
            self.directories.tasks.cancel_all()
        self.tasks.cancel_all()
        super().closeEvent(event)
