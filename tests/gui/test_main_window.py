"""The main window on a small real database: loads after show, banners, status bar, errors."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from view_helpers import shown_text, start_and_wait

import xianghua_console.gui.views.notices as notices_view
from xianghua_console.domain.clock import local_today
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.views.daily import DailyView
from xianghua_console.gui.views.incidents import (
    COL_COUNTDOWN,
    COL_NUMBER,
    COL_STATUS,
    IncidentsView,
)
from xianghua_console.gui.views.notices import NoticesView
from xianghua_console.gui.views.reports import ReportsView
from xianghua_console.gui.views.roster import DutyRosterView
from xianghua_console.services.context import Refused
from xianghua_console.store.db import OpenReport
from xianghua_console.store.models import DayClosure


def view(window: MainWindow, cls):
    return next(v for v in window.views if isinstance(v, cls))


def shown(view_widget, col: int) -> list[str]:
    """What the table shows in a column, in the order on screen."""
    model = view_widget.table.model()
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_window_loads_real_data_after_show(qtbot, make_window, sample_ctx):
    painted = []
    window = make_window(sample_ctx, first_paint=lambda: painted.append(True))
    assert window.windowTitle().startswith("香花镇信访稳定值班台 — ")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "事件", "值班", "日报", "通知", "研判会", "报表", "目录",
    ]  # fmt: skip
    assert not view(window, IncidentsView).loaded  # nothing read before the window is shown
    start_and_wait(qtbot, window)
    assert painted == [True]
    assert window.last_errors == []

    incidents = view(window, IncidentsView)
    assert shown(incidents, COL_NUMBER) == [
        "2027-0001",
        "2027-0002",
        "2027-0003",
    ]  # most urgent first
    countdowns = shown(incidents, COL_COUNTDOWN)
    assert countdowns[0] == "超时 05:00" and countdowns[1] == "03:00" and countdowns[2] == ""
    assert "迟报" in shown(incidents, COL_STATUS)[2]
    assert window.tabs.tabText(0) == "事件 3"
    assert "超时 1 起" in incidents.header.text()

    roster = view(window, DutyRosterView)
    assert roster.model.rowCount() == 7
    assert "2027年全国两会期间" in roster.header.text()
    today = [r for r in range(7) if roster.model.is_current(roster.model.row_at(r))]
    assert len(today) == 1 and roster.model.row_at(today[0]).leader[0].name == "郝军"

    daily = view(window, DailyView)
    assert daily.model.rowCount() == 18  # 3 villages + the plan's 15 town units
    assert "应报 18" in daily.header.text() and "未报 16" in daily.header.text()

    notices = view(window, NoticesView)
    assert notices.model.rowCount() == 1
    assert "西岭村（魏静 13700000002）" in notices.model.data(notices.model.index(0, notices_view.COL_PENDING))

    reports = view(window, ReportsView)
    assert reports.model.rowCount() == 5  # 03-01 .. today
    assert "2027年全国两会期间" in reports.header.text()

    assert "郝军 13900000001" in window.duty_label.text()
    assert "田新民 13900000002" in window.duty_label.text()
    assert "距今日 16:30 日报截止 6:30:00" in shown_text(window.cutoff_label)
    assert "未报 16/18" in shown_text(window.cutoff_label)


def test_cutoff_countdown_ticks_from_memory_and_says_when_it_passed(qtbot, make_window, sample_ctx):
    window = make_window(sample_ctx)
    start_and_wait(qtbot, window)
    sample_ctx.clock.advance(seconds=1)
    window._on_status_tick()
    assert "6:29:59" in shown_text(window.cutoff_label)
    assert "pt\"><b>6:29:59</b></span>" in window.cutoff_label.text()  # the clock in large type
    sample_ctx.clock.advance(timedelta(hours=6, minutes=30))
    window._on_status_tick()
    assert "已过截止时间 16:30，仍有 16 个单位未报" in shown_text(window.cutoff_label)


def test_first_run_banner(qtbot, make_window, sample_ctx):
    window = make_window(sample_ctx, open_report=OpenReport(created=True))
    start_and_wait(qtbot, window)
    assert window.info_banner.isVisible()
    assert window.info_banner.text().startswith("首次运行：已按预案默认配置新建数据库 ")
    assert window.db_label() in window.info_banner.text()
    qtbot.mouseClick(window.info_banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.info_banner.isVisible()


def test_upgrade_banner_names_the_backup(qtbot, make_window, sample_ctx, tmp_path):
    backup = tmp_path / "console.before-0001.bak"
    window = make_window(
        sample_ctx, open_report=OpenReport(upgraded_from="0001", backup_path=backup)
    )
    window.show()
    assert window.info_banner.isVisible()
    assert "0001" in window.info_banner.text() and str(backup) in window.info_banner.text()


def test_no_banner_for_an_ordinary_open(qtbot, make_window, sample_ctx):
    window = make_window(sample_ctx, open_report=OpenReport())
    window.show()
    assert not window.info_banner.isVisible()


def test_a_load_error_is_shown_and_the_other_views_still_load(
    qtbot, make_window, sample_ctx, monkeypatch
):
    def refuse(ctx):
        raise Refused("测试：没有读取通知的权限。")

    monkeypatch.setattr(notices_view, "list_notices", refuse)
    window = make_window(sample_ctx)
    start_and_wait(qtbot, window)
    assert window.error_banner.isVisible()
    assert "通知：测试：没有读取通知的权限。" in window.error_banner.text()
    assert "读取失败" in view(window, NoticesView).header.text()
    assert view(window, IncidentsView).model.rowCount() == 3
    assert window.refresh_action.isEnabled()  # restored after the failed load

    monkeypatch.undo()
    with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
        window.refresh_action.trigger()  # F5
    assert not window.error_banner.isVisible()
    assert view(window, NoticesView).model.rowCount() == 1


def test_refresh_picks_up_new_rows(qtbot, make_window, sample_ctx):
    window = make_window(sample_ctx)
    start_and_wait(qtbot, window)
    with sample_ctx.db.session() as s:
        s.add(DayClosure(day=local_today(sample_ctx.clock), closed_at=sample_ctx.clock.now()))
    with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
        window.refresh()
    assert "已关账" in view(window, DailyView).header.text()
    assert window.cutoff_label.text() == "今日日报已关账"


def test_after_midnight_every_view_reloads_for_the_new_day(qtbot, make_window, sample_ctx):
    window = make_window(sample_ctx)
    start_and_wait(qtbot, window)
    sample_ctx.clock.advance(hours=14, minutes=1)  # 00:01 on 03-06
    with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
        window._on_status_tick()
    assert "2027年3月6日" in view(window, DailyView).header.text()
    assert "距今日 16:30 日报截止 16:29:00" in shown_text(window.cutoff_label)


def test_the_periodic_status_refresh_goes_through_the_door(qtbot, make_window, sample_ctx):
    window = make_window(sample_ctx)
    start_and_wait(qtbot, window)
    with sample_ctx.db.session() as s:
        s.add(DayClosure(day=local_today(sample_ctx.clock), closed_at=sample_ctx.clock.now()))
    with qtbot.waitSignal(window.sig_status_refreshed, timeout=10_000):
        window.refresh_status_soon()  # what the 30 s timer calls
    assert window.cutoff_label.text() == "今日日报已关账"


def test_menus_switch_views_and_open_about(qtbot, make_window, sample_ctx):
    window = make_window(sample_ctx)
    start_and_wait(qtbot, window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["文件(&F)", "视图(&V)", "工具(&T)", "帮助(&H)"]
    window.view_actions[2].trigger()
    assert isinstance(window.tabs.currentWidget(), DailyView)
    assert window.view_actions[4].shortcut().toString() == "Ctrl+5"
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about_dialog.isVisible())
    label = window.about_dialog.findChild(QLabel, "database_label")
    assert window.db_label() in label.text()
    window.about_dialog.reject()
