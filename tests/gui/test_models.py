"""Table models without widgets: rows, cells, sort keys, live countdowns, colours."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.enums import DailyReportKind, DailyState, IncidentStatus, UnitKind
from xianghua_console.gui.views.base import Palette, SortRole, make_proxy
from xianghua_console.gui.views.daily import COL_STATE, DailyBoardModel
from xianghua_console.gui.views.incidents import (
    AMBER_WITHIN,
    COL_COUNTDOWN,
    COL_DUE,
    COL_NUMBER,
    COL_STATUS,
    IncidentTableModel,
    Urgency,
)
from xianghua_console.gui.views.notices import COL_DUE as NOTICE_COL_DUE
from xianghua_console.gui.views.notices import COL_PENDING, NoticeTableModel
from xianghua_console.gui.views.reports import COL_NOT_REPORTED, DaySummaryModel
from xianghua_console.services.daily import DailyBoardRow
from xianghua_console.services.notices import NoticeRow, PendingReceipt
from xianghua_console.services.reports import DaySummary

TODAY = date(2027, 3, 5)  # the root conftest's clock: 2027-03-05 10:00 in Xianghua
DISPLAY = Qt.ItemDataRole.DisplayRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole


def at(hour: int, minute: int = 0, day: date = TODAY):
    return local_datetime(day, hour, minute)


@pytest.fixture
def incident_model(qapp, clock, incident_row):
    model = IncidentTableModel(clock)
    model.set_rows(
        [
            # received 4 min ago: escalation due in 11 min -> counting, no colour
            incident_row(clock, number="2027-0003", occurred_min_ago=12, received_min_ago=4),
            # received 17 min ago: escalation due 2 min ago -> overdue
            incident_row(clock, number="2027-0001", occurred_min_ago=20, received_min_ago=17),
            # both clocks met: nothing counting
            incident_row(
                clock, number="2027-0004", occurred_min_ago=60, received_min_ago=20, escalated=True
            ),
            # received 12 min ago: escalation due in 3 min -> amber
            incident_row(clock, number="2027-0002", occurred_min_ago=14, received_min_ago=12),
        ]
    )
    yield model
    model.stop()


def cell(model, row: int, col: int, role=DISPLAY):
    return model.data(model.index(row, col), role)


def row_of(model, number: str) -> int:
    return next(r for r in range(model.rowCount()) if model.row_at(r).number == number)


def test_rows_columns_and_parent_guards(incident_model):
    assert incident_model.rowCount() == 4
    assert incident_model.columnCount() == 10
    some = incident_model.index(0, 0)
    assert incident_model.rowCount(some) == 0 and incident_model.columnCount(some) == 0
    assert incident_model.data(QModelIndex()) is None
    assert incident_model.headerData(COL_COUNTDOWN, Qt.Orientation.Horizontal) == "倒计时"


def test_countdown_text_follows_the_clock(incident_model, clock):
    r = row_of(incident_model, "2027-0003")  # due in 11 min
    assert cell(incident_model, r, COL_COUNTDOWN) == "11:00"
    clock.advance(seconds=1)
    assert cell(incident_model, r, COL_COUNTDOWN) == "10:59"
    clock.advance(minutes=11)
    assert cell(incident_model, r, COL_COUNTDOWN) == "超时 00:01"
    done = row_of(incident_model, "2027-0004")
    assert cell(incident_model, done, COL_COUNTDOWN) == ""
    assert cell(incident_model, done, COL_DUE) == "时限均已完成"


def test_colour_turns_green_then_amber_then_red(incident_model, clock):
    r = row_of(incident_model, "2027-0003")
    assert incident_model.urgency(incident_model.row_at(r)) is Urgency.NORMAL
    assert cell(incident_model, r, COL_COUNTDOWN, BACKGROUND) == Palette.OK_BG  # green
    assert cell(incident_model, r, COL_COUNTDOWN, Qt.ItemDataRole.ForegroundRole) == Palette.OK_FG
    clock.advance(timedelta(minutes=11) - AMBER_WITHIN - timedelta(seconds=1))  # 5:01 left
    assert cell(incident_model, r, COL_COUNTDOWN, BACKGROUND) == Palette.OK_BG
    clock.advance(seconds=1)  # 5:00 left: no longer "more than five minutes"
    assert cell(incident_model, r, COL_COUNTDOWN, BACKGROUND) == Palette.AMBER_BG
    clock.advance(seconds=1)
    assert incident_model.urgency(incident_model.row_at(r)) is Urgency.AMBER
    assert cell(incident_model, r, COL_COUNTDOWN, BACKGROUND) == Palette.AMBER_BG
    clock.advance(AMBER_WITHIN - timedelta(seconds=1))  # the due moment itself: not yet overdue
    assert cell(incident_model, r, COL_COUNTDOWN) == "00:00"
    assert incident_model.urgency(incident_model.row_at(r)) is Urgency.AMBER
    clock.advance(seconds=1)
    assert cell(incident_model, r, COL_COUNTDOWN) == "超时 00:01"
    assert incident_model.urgency(incident_model.row_at(r)) is Urgency.RED
    assert cell(incident_model, r, COL_COUNTDOWN, BACKGROUND) == Palette.RED_BG
    assert cell(incident_model, r, COL_COUNTDOWN, Qt.ItemDataRole.ForegroundRole) == Palette.RED_FG


def test_overdue_and_amber_rows_are_counted(incident_model):
    assert incident_model.count(Urgency.RED) == 1
    assert incident_model.count(Urgency.AMBER) == 1
    assert incident_model.count(Urgency.NONE) == 1


def test_sort_role_is_the_absolute_due_time_and_default_order_is_most_urgent_first(
    incident_model, clock
):
    proxy = make_proxy(incident_model, None)
    proxy.sort(COL_DUE, Qt.SortOrder.AscendingOrder)
    order = [proxy.data(proxy.index(r, COL_NUMBER)) for r in range(proxy.rowCount())]
    assert order == ["2027-0001", "2027-0002", "2027-0003", "2027-0004"]
    r = row_of(incident_model, "2027-0003")
    key = cell(incident_model, r, COL_COUNTDOWN, SortRole)
    assert key == cell(incident_model, r, COL_DUE, SortRole)
    clock.advance(minutes=3)
    assert cell(incident_model, r, COL_COUNTDOWN, SortRole) == key  # stable, not the text


def test_one_data_changed_per_tick_over_the_countdown_cells_that_changed(incident_model, clock):
    changes = []
    incident_model.dataChanged.connect(lambda tl, br, roles: changes.append((tl, br, roles)))
    clock.advance(seconds=1)
    incident_model.tick()
    assert len(changes) == 1  # the first tick announces every counting cell, colours too
    top, bottom, roles = changes[0]
    assert top.column() == bottom.column() == COL_COUNTDOWN
    done = row_of(incident_model, "2027-0004")  # counts nothing: last in the order
    assert (top.row(), bottom.row()) == (0, done - 1)
    assert Qt.ItemDataRole.DisplayRole in roles and BACKGROUND in roles
    assert SortRole not in roles
    changes.clear()
    incident_model.tick()  # the same second: no text changed
    assert changes == []
    clock.advance(seconds=1)
    incident_model.tick()  # a new second: the text only, the colours stay
    assert [(t.row(), b.row(), roles) for t, b, roles in changes] == [
        (0, done - 1, [Qt.ItemDataRole.DisplayRole])]


def test_a_tick_announces_only_the_rows_on_screen_and_a_colour_change(incident_model, clock):
    changes = []
    incident_model.dataChanged.connect(
        lambda tl, br, roles: changes.append((tl.row(), br.row(), BACKGROUND in roles)))
    amber = row_of(incident_model, "2027-0002")  # 3:00 left
    green = row_of(incident_model, "2027-0003")  # 11:00 left
    incident_model.visible_rows = lambda: [green]  # the table shows this row alone
    clock.advance(seconds=1)
    incident_model.tick()
    assert changes == [(green, green, True)]
    changes.clear()
    clock.advance(timedelta(minutes=11) - AMBER_WITHIN - timedelta(seconds=1))  # 5:00 left
    incident_model.tick()
    assert changes == [(green, green, True)]  # turned amber: the colour roles are named
    changes.clear()
    incident_model.visible_rows = lambda: [amber, green]
    clock.advance(seconds=1)
    incident_model.tick()
    assert changes == [(amber, amber, True), (green, green, False)]  # first time, then text


def test_the_timer_runs_while_something_counts_and_stops_otherwise(incident_model, clock):
    assert incident_model.timer_active()
    only_done = [r for r in incident_model.rows if r.next_deadline is None]
    incident_model.set_rows(only_done)
    assert not incident_model.counting() and not incident_model.timer_active()
    incident_model.set_rows([])
    assert not incident_model.timer_active()
    incident_model.tick()  # a stray tick on an empty model emits nothing, keeps it stopped
    assert not incident_model.timer_active()


def test_the_timer_really_ticks(incident_model, qtbot):
    # One real timer period (1 s): waits for the signal, never sleeps.
    with qtbot.waitSignal(incident_model.sig_ticked, timeout=3000):
        pass


def test_late_report_is_shown_in_the_status(qapp, clock, incident_row):
    model = IncidentTableModel(clock)
    late = incident_row(clock, number="2027-0009", occurred_min_ago=60, received_min_ago=30)
    assert late.reported_late
    model.set_rows([late])
    assert "迟报" in cell(model, 0, COL_STATUS)
    assert cell(model, 0, COL_STATUS, Qt.ItemDataRole.ForegroundRole) == Palette.WARN_FG
    assert late.status is IncidentStatus.REPORTED
    model.stop()


# ---------------------------------------------------------------- other views' models


@pytest.mark.parametrize(
    ("state", "bg"),
    [
        (DailyState.PENDING, Palette.MISSING_BG),
        (DailyState.MISSING, Palette.MISSING_BG),
        (DailyState.LATE, Palette.LATE_BG),
        (DailyState.ZERO, Palette.OK_BG),
        (DailyState.SITUATION, Palette.INFO_BG),
    ],
)
def test_daily_states_are_coloured(qapp, clock, state, bg):
    model = DailyBoardModel(clock)
    model.set_rows(
        [DailyBoardRow(1, "东岗村", UnitKind.VILLAGE, "林勇", "137", state, None, "", "")]
    )
    assert cell(model, 0, COL_STATE) == state.label
    assert cell(model, 0, COL_STATE, BACKGROUND) == bg
    assert DailyReportKind.ZERO.label  # the vocabulary comes from the core


def test_notice_overdue_receipts_are_red_and_units_listed_with_phones(qapp, clock):
    model = NoticeTableModel(clock)
    row = NoticeRow(
        id=1,
        number="香稳预〔2027〕1号",
        issuer="总指挥部",
        title="预警通知",
        issued_at=at(8, 0),
        receipt_due_at=at(9, 0),
        targets=3,
        confirmed=1,
        pending=(PendingReceipt("西岭村", "魏静", "137"), PendingReceipt("南湾村", "", "")),
    )
    model.set_rows([row])
    assert cell(model, 0, COL_PENDING) == "西岭村（魏静 137）、南湾村"
    assert cell(model, 0, NOTICE_COL_DUE, BACKGROUND) == Palette.MISSING_BG


def test_reports_today_is_not_red_before_the_cutoff(qapp, clock):
    model = DaySummaryModel(clock)
    today = DaySummary(TODAY, 18, 2, 1, 1, 0, 16, 0, False, 3, at(16, 30))
    yesterday = DaySummary(
        TODAY - timedelta(days=1), 18, 16, 15, 1, 1, 0, 1, True, 0, at(16, 30) - timedelta(days=1)
    )
    model.set_rows([today, yesterday])
    assert cell(model, 0, COL_NOT_REPORTED) == "16"
    assert cell(model, 0, COL_NOT_REPORTED, BACKGROUND) is None
    assert cell(model, 1, COL_NOT_REPORTED, BACKGROUND) == Palette.MISSING_BG
    clock.set(at(16, 31))
    assert cell(model, 0, COL_NOT_REPORTED, BACKGROUND) == Palette.MISSING_BG
