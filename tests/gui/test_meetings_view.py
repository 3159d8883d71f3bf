"""研判会 board on the demo office (Friday 2027-03-05 10:00, ISO week 2027-W09)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from view_helpers import ViewMaker

from xianghua_console.gui.daily_dialogs import MeetingDialog, to_qdate
from xianghua_console.gui.views.meetings import COL_DATES, COL_HELD, MeetingsView
from xianghua_console.services.meetings import week_meetings
from xianghua_console.store.models import AnalysisMeeting

MONDAY = date(2027, 3, 1)


@pytest.fixture
def make_view(qloop, qtbot):
    maker = ViewMaker(qtbot)
    yield maker
    maker.close()


@pytest.fixture
def board(make_view, demo_ctx) -> MeetingsView:
    return make_view(MeetingsView, demo_ctx)


def open_dialog(qtbot, view: MeetingsView) -> MeetingDialog:
    view.open_meeting_dialog()
    qtbot.waitUntil(lambda: isinstance(view.dialog, MeetingDialog) and view.dialog.isVisible())
    return view.dialog


def test_the_week_board_lists_the_units_that_have_not_met(board, demo_ctx):
    want = week_meetings(demo_ctx)
    assert board.week.label == "2027-W09"
    assert len(want.not_held) > 0
    assert board.not_held_model.rowCount() == len(want.not_held)
    assert f"尚未召开研判会的 {len(want.not_held)} 个单位" in board.not_held_title.text()
    shown = [board.not_held_model.index(r, 0).data() for r in range(len(want.not_held))]
    for text, row in zip(shown, want.not_held, strict=True):
        assert text.startswith(row.unit) and row.phone in text
    assert f"未开 {len(want.not_held)}" in board.header.text()
    assert "2027-W09" in board.week_label.text() and "本周" in board.week_label.text()
    assert not board.next_button.isEnabled()
    held = [board.model.index(r, COL_HELD).data() for r in range(board.model.rowCount())]
    assert held.count("未开") == len(want.not_held)


def test_a_meeting_recorded_shrinks_the_not_held_list(qtbot, board, demo_ctx):
    before = [r.unit_id for r in board.week.not_held]
    unit_id = before[0]
    board.select_unit(unit_id)
    dialog = open_dialog(qtbot, board)
    assert dialog.unit.currentData() == unit_id  # the selected unit is proposed
    assert dialog.held_date() == date(2027, 3, 5)  # today, within the week

    dialog.submit()  # attendance, problems and measures missing: said under each field
    qtbot.waitUntil(lambda: dialog.error_text("attendance") != "")
    assert dialog.error_text("attendance") == "参会人数至少为 1"
    assert dialog.error_text("problems").startswith("请填写排查出的问题")
    assert dialog.error_text("measures") == "请填写采取的措施"

    dialog.held_on.setDate(to_qdate(date(2027, 3, 4)))
    dialog.attendance.setValue(9)
    dialog.problems.setPlainText("排查出两起土地流转纠纷。")
    dialog.measures.setPlainText("村支书包案，本周内调解完毕。")
    with qtbot.waitSignal(board.sig_meetings_changed, timeout=10_000):
        dialog.submit()
    assert [r.unit_id for r in board.week.not_held] == before[1:]
    assert board.not_held_model.rowCount() == len(before) - 1
    row = board.selected_row()
    assert row.unit_id == unit_id and row.held == 1
    index = board.proxy.mapFromSource(board.model.index(board.model.source_row_of(unit_id), 0))
    assert board.proxy.index(index.row(), COL_HELD).data() == "1 次"
    assert board.proxy.index(index.row(), COL_DATES).data() == "03-04 周四"
    assert "已登记" in board.message.text()
    with demo_ctx.db.read_session() as s:
        stored = s.scalars(select(AnalysisMeeting).where(
            AnalysisMeeting.unit_id == unit_id)).one()
        assert (stored.held_on, stored.attendance, stored.recorded_by) == (
            date(2027, 3, 4), 9, "测试员")


def test_a_date_in_the_future_is_refused_and_another_week_is_said(qtbot, board, demo_ctx):
    dialog = open_dialog(qtbot, board)
    dialog.held_on.setDate(to_qdate(date(2027, 2, 26)))
    assert dialog.week_note.isVisibleTo(dialog) and "将计入那一周" in dialog.week_note.text()
    dialog.held_on.setDate(to_qdate(date(2027, 3, 6)))
    dialog.attendance.setValue(5)
    dialog.problems.setPlainText("无")
    dialog.measures.setPlainText("继续排查")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("held_on") != "")
    assert dialog.error_text("held_on") == "召开日期不能晚于今天"
    with demo_ctx.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(AnalysisMeeting)) == sum(
            r.held for r in board.week.rows)


def test_the_previous_week_and_back(qtbot, board):
    with qtbot.waitSignal(board.sig_loaded, timeout=10_000):
        board.prev_button.click()
    assert board.week.week_start == date(2027, 2, 22)
    assert "2027-W08" in board.week_label.text() and board.next_button.isEnabled()
    with qtbot.waitSignal(board.sig_loaded, timeout=10_000):
        board.next_button.click()
    assert board.week.week_start == MONDAY and board.chosen_week is None
