"""日报 board on the demo office (Friday 2027-03-05 10:00): real SQLite, the fake clock, no sleep."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from view_helpers import ViewMaker

from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.enums import DailyReportKind, DailyState
from xianghua_console.gui.daily_dialogs import DailyCorrectionDialog, SituationDialog
from xianghua_console.gui.incident_dialog import IncidentDialog
from xianghua_console.gui.views.daily import COL_NOTE, COL_STATE, DailyView
from xianghua_console.services.daily import daily_board
from xianghua_console.store.models import DailyReport, Incident

TODAY = date(2027, 3, 5)


@pytest.fixture
def make_view(qloop, qtbot):
    maker = ViewMaker(qtbot)
    yield maker
    maker.close()


@pytest.fixture
def board(make_view, demo_ctx) -> DailyView:
    return make_view(DailyView, demo_ctx)


def row_of(view: DailyView, unit_id: int):
    return next(r for r in view.board.rows if r.unit_id == unit_id)


def shown_state(view: DailyView, unit_id: int) -> str:
    source = view.model.source_row_of(unit_id)
    return view.model.index(source, COL_STATE).data()


def reports_of(ctx, unit_id: int, day: date = TODAY) -> list[DailyReport]:
    with ctx.db.read_session() as s:
        return list(s.scalars(select(DailyReport).where(
            DailyReport.unit_id == unit_id, DailyReport.day == day).order_by(DailyReport.id)))


def first_with(view: DailyView, state: DailyState):
    return next(r for r in view.board.rows if r.state is state)


def wait_dialog(qtbot, view, cls):
    qtbot.waitUntil(lambda: isinstance(view.dialog, cls) and view.dialog.isVisible())
    return view.dialog


# ---------------------------------------------------------------- zero reports


def test_a_zero_report_is_one_keystroke_stamped_with_time_and_taker(qtbot, board, demo_ctx):
    pending = board.board.chase_list
    assert len(pending) >= 2
    unit = pending[0]
    assert shown_state(board, unit.unit_id) == "未报"
    assert board.select_unit(unit.unit_id)
    board.table.setFocus()
    with qtbot.waitSignal(board.sig_board_changed, timeout=10_000):
        qtbot.keyClick(board.table, Qt.Key.Key_Space)
    row = row_of(board, unit.unit_id)
    assert row.state is DailyState.ZERO and shown_state(board, unit.unit_id) == "平安"
    source = board.model.source_row_of(unit.unit_id)
    assert board.model.index(source, 5).data() == "10:00"  # 报送时间
    assert board.model.index(source, 6).data() == "测试员"  # 接报人
    assert [c.unit_id for c in board.board.chase_list] == [c.unit_id for c in pending[1:]]
    assert board.chase_model.rowCount() == len(pending) - 1
    assert "平安" in board.message.text() and "测试员" in board.message.text()
    stored = reports_of(demo_ctx, unit.unit_id)
    assert len(stored) == 1 and stored[0].kind is DailyReportKind.ZERO
    assert stored[0].taken_by == "测试员" and stored[0].received_at == demo_ctx.clock.now()
    assert board.selected_row().unit_id == unit.unit_id  # the selection survives the reload


def test_find_by_pinyin_initials_then_space(qtbot, board, demo_ctx):
    from xianghua_console.domain.text import pinyin_initials

    unit = board.board.chase_list[-1]
    board.find_edit.setFocus()
    qtbot.keyClicks(board.find_edit, pinyin_initials(unit.unit))
    assert unit.unit in [board.proxy.index(r, 0).data() for r in range(board.proxy.rowCount())]
    assert board.proxy.rowCount() < len(board.board.rows)
    # the initials may match several units: take the one wanted with the arrow keys
    qtbot.keyClick(board.find_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is board.table
    board.select_unit(unit.unit_id)
    with qtbot.waitSignal(board.sig_board_changed, timeout=10_000):
        qtbot.keyClick(board.table, Qt.Key.Key_Space)
    assert row_of(board, unit.unit_id).state is DailyState.ZERO
    assert board.find_edit.text() == "" and QApplication.focusWidget() is board.find_edit


def test_a_second_report_of_the_day_is_refused_with_the_service_reason(qtbot, board, demo_ctx):
    done = first_with(board, DailyState.ZERO)
    board.select_unit(done.unit_id)
    board.table.setFocus()
    with qtbot.waitSignal(board.sig_message, timeout=10_000):
        qtbot.keyClick(board.table, Qt.Key.Key_Space)
    assert "如需改动，请用“更正”并写明原因" in board.message.text()
    assert len(reports_of(demo_ctx, done.unit_id)) == 1


def test_the_zero_button_without_a_selection_says_what_to_do(board):
    board.table.clearSelection()
    board.record_zero_selected()
    assert "请先选中一个单位" in board.message.text()


# ---------------------------------------------------------------- situations


def test_a_situation_is_recorded_with_its_content(qtbot, board, demo_ctx):
    unit = board.board.chase_list[0]
    board.select_unit(unit.unit_id)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, board, SituationDialog)
    assert unit.unit in dialog.findChild(type(dialog.general_error), "unit_line").text()

    dialog.submit()  # nothing typed: the service's reason under the field, the dialog stays
    qtbot.waitUntil(lambda: dialog.error_text("content") != "")
    assert dialog.error_text("content") == "有情况的日报必须填写情况内容"
    assert dialog.isVisible()

    dialog.content.setPlainText("两户村民因宅基地边界发生口角，村调委会已调解。")
    with qtbot.waitSignal(board.sig_board_changed, timeout=10_000):
        dialog.submit()
    row = row_of(board, unit.unit_id)
    assert row.state is DailyState.SITUATION
    assert row.content == "两户村民因宅基地边界发生口角，村调委会已调解。"
    assert shown_state(board, unit.unit_id) == "有情况"
    assert not isinstance(board.dialog, IncidentDialog)  # not urgent: no incident dialog


def test_a_situation_after_the_cutoff_says_it_will_be_late(qtbot, board, demo_ctx):
    demo_ctx.clock.set(local_datetime(TODAY, 16, 45))
    unit = board.board.chase_list[0]
    board.select_unit(unit.unit_id)
    board.open_situation_dialog()
    dialog = wait_dialog(qtbot, board, SituationDialog)
    assert dialog.late_note.isVisibleTo(dialog)
    assert "已过 16:30 截止时间：这份日报将记为迟报" in dialog.late_note.text()
    dialog.content.setPlainText("村民反映灌溉用水纠纷，已调处。")
    with qtbot.waitSignal(board.sig_board_changed, timeout=10_000):
        dialog.submit()
    assert row_of(board, unit.unit_id).state is DailyState.LATE
    assert "（迟报）" in board.message.text()


def test_an_urgent_situation_opens_the_incident_dialog_prefilled_and_links_it(
    qtbot, board, demo_ctx
):
    unit = board.board.chase_list[0]
    board.select_unit(unit.unit_id)
    board.open_situation_dialog()
    dialog = wait_dialog(qtbot, board, SituationDialog)
    summary = "约二十名群众聚集在村委会门口，反映征地补偿款未发放。"
    dialog.content.setPlainText(summary)
    dialog.urgent.setChecked(True)
    dialog.submit()

    incident = wait_dialog(qtbot, board, IncidentDialog)
    assert incident.unit_picker.unit is not None and incident.unit_picker.unit.id == unit.unit_id
    assert incident.summary.toPlainText() == summary
    assert incident.reporter.text() == unit.info_officer
    assert incident.phone.text() == unit.phone
    assert incident.received.value() == demo_ctx.clock.now()
    assert incident.occurred.text() == ""  # a daily report does not say when: the officer asks
    assert row_of(board, unit.unit_id).urgent
    model = board.model
    assert model.index(model.source_row_of(unit.unit_id), COL_NOTE).data() == "紧急·未登记事件"

    qtbot.keyClicks(incident.occurred, "0945")
    incident.category.setCurrentIndex(1)
    incident.people.setText("20")
    with qtbot.waitSignal(board.sig_incident_logged, timeout=10_000) as logged:
        incident.submit()
    incident_id = logged.args[0]
    with demo_ctx.db.read_session() as s:
        stored = s.get(Incident, incident_id)
        assert stored.unit_id == unit.unit_id and stored.summary == summary
    report = reports_of(demo_ctx, unit.unit_id)[-1]
    assert report.incident_id == incident_id and report.urgent
    assert row_of(board, unit.unit_id).incident_id == incident_id
    assert model.index(model.source_row_of(unit.unit_id), COL_NOTE).data() == "紧急·已登记事件"
    assert "已登记事件" in board.message.text()


def test_a_cancelled_urgent_incident_can_be_logged_later_from_the_board(qtbot, board, demo_ctx):
    unit = board.board.chase_list[0]
    board.select_unit(unit.unit_id)
    board.open_situation_dialog()
    dialog = wait_dialog(qtbot, board, SituationDialog)
    dialog.content.setPlainText("群众到镇政府反映拆迁安置问题。")
    dialog.urgent.setChecked(True)
    dialog.submit()
    wait_dialog(qtbot, board, IncidentDialog).reject()
    qtbot.waitUntil(lambda: board.dialog is None or not board.dialog.isVisible())
    board.select_unit(unit.unit_id)
    assert board.incident_button.isVisibleTo(board)
    board.open_incident_for_selected()
    again = wait_dialog(qtbot, board, IncidentDialog)
    assert again.summary.toPlainText() == "群众到镇政府反映拆迁安置问题。"


# ---------------------------------------------------------------- closing and corrections


def test_closing_the_day_is_refused_before_the_cutoff_then_freezes_it(qtbot, board, demo_ctx):
    pending = [c.unit for c in board.board.chase_list]
    board.ask_close_day()
    box = board.dialog
    qtbot.waitUntil(lambda: box.isVisible())
    assert f"仍未报的 {len(pending)} 个单位将记为缺报" in box.text()
    with qtbot.waitSignal(board.sig_message, timeout=10_000):
        board.confirm_yes.click()
    assert "截止时间 16:30 之后才能关账" in board.message.text()
    assert not board.board.closed

    demo_ctx.clock.set(local_datetime(TODAY, 16, 45))
    board.ask_close_day()
    qtbot.waitUntil(lambda: board.dialog is not None and board.dialog.isVisible())
    with qtbot.waitSignal(board.sig_board_changed, timeout=10_000):
        board.confirm_yes.click()
    assert board.board.closed
    assert board.board.count(DailyState.MISSING) == len(pending)
    assert board.board.chase_list == ()
    assert f"缺报 {len(pending)}" in board.header.text() and "已关账" in board.header.text()
    assert board.countdown_label.text() == "已关账"
    assert all(u in board.chase_title.text() for u in pending)
    assert "关账" in board.message.text() and "测试员" in board.message.text()
    assert not board.close_button.isEnabled()
    assert not board.timer.isActive()
    assert not board.zero_button.isEnabled()  # a closed day takes corrections only

    missing = first_with(board, DailyState.MISSING)
    board.select_unit(missing.unit_id)
    board.activateWindow()  # keys go to the active window (offscreen Qt does not give it back)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    board.table.setFocus()
    with qtbot.waitSignal(board.sig_message, timeout=10_000):
        qtbot.keyClick(board.table, Qt.Key.Key_Space)
    assert "已关账，不能再登记" in board.message.text()
    assert reports_of(demo_ctx, missing.unit_id) == []


def test_cancelling_the_close_changes_nothing(qtbot, board, demo_ctx):
    demo_ctx.clock.set(local_datetime(TODAY, 16, 45))
    board.ask_close_day()
    box = board.dialog
    qtbot.waitUntil(lambda: box.isVisible())
    box.defaultButton().click()  # the default is 取消: Enter never closes a day
    assert board.tasks.pending == 0
    assert not daily_board(demo_ctx).closed


def test_a_correction_after_closing_is_a_new_entry_with_its_reason(qtbot, board, demo_ctx):
    board.show_day(TODAY - timedelta(days=1))  # the demo closed yesterday at 18:00
    qtbot.waitUntil(lambda: board.board.day == TODAY - timedelta(days=1))
    assert board.board.closed and "已关账" in board.header.text()
    zero = first_with(board, DailyState.ZERO)
    board.select_unit(zero.unit_id)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, board, DailyCorrectionDialog)
    assert not dialog.content.isEnabled()  # 平安 carries no content
    dialog.kind.setCurrentIndex(dialog.kind.findData(DailyReportKind.SITUATION))
    assert dialog.content.isEnabled()
    dialog.content.setPlainText("该村实际报告了一起土地纠纷，已调处。")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("reason") != "")
    assert dialog.error_text("reason") == "更正必须写明原因"

    dialog.reason.setText("误记为平安")
    with qtbot.waitSignal(board.sig_board_changed, timeout=10_000):
        dialog.submit()
    row = row_of(board, zero.unit_id)
    assert row.state is DailyState.SITUATION and row.corrected
    note = board.model.index(board.model.source_row_of(zero.unit_id), COL_NOTE).data()
    assert "已更正" in note
    stored = reports_of(demo_ctx, zero.unit_id, TODAY - timedelta(days=1))
    assert len(stored) == 2
    assert stored[1].supersedes_id == stored[0].id and stored[1].reason == "误记为平安"
    assert stored[0].kind is DailyReportKind.ZERO  # the original stays as it was
    assert stored[1].received_at == stored[0].received_at  # the untouched time is kept


def test_a_missing_unit_cannot_be_corrected_and_says_why(qtbot, board):
    board.show_day(TODAY - timedelta(days=1))
    qtbot.waitUntil(lambda: board.board.day == TODAY - timedelta(days=1))
    missing = first_with(board, DailyState.MISSING)
    board.select_unit(missing.unit_id)
    board.open_correction_dialog()
    assert "没有日报可更正" in board.message.text()
    assert board.dialog is None


# ---------------------------------------------------------------- countdown and chase list


def test_the_countdown_ticks_from_memory_and_turns_amber_then_red(qtbot, board, demo_ctx):
    assert board.countdown_caption.text() == "距今日 16:30 截止"
    assert board.countdown_label.text() == "6:30:00"
    assert board.timer.isActive()
    demo_ctx.clock.advance(seconds=1)
    board.tick()
    assert board.countdown_label.text() == "6:29:59"
    demo_ctx.clock.set(local_datetime(TODAY, 16, 10))
    board.tick()
    assert board.countdown_label.text() == "20:00"
    assert "#ffb300" in board.countdown_box.styleSheet()
    demo_ctx.clock.set(local_datetime(TODAY, 16, 45))
    board.tick()
    assert board.countdown_label.text() == "超时 15:00"
    assert "已过 16:30 截止" in board.countdown_caption.text()
    assert "#c62828" in board.countdown_box.styleSheet()
    assert f"未报 {len(board.board.chase_list)} / 应报 {len(board.board.rows)}" == (
        board.countdown_counts.text()
    )


def test_the_chase_list_names_each_unit_not_reported_with_its_phone(qtbot, board, demo_ctx):
    want = daily_board(demo_ctx).chase_list
    assert f"待催报 {len(want)} 个单位" in board.chase_title.text()
    shown = [board.chase_model.index(r, 0).data() for r in range(board.chase_model.rowCount())]
    assert len(shown) == len(want)
    for text, item in zip(shown, want, strict=True):
        assert text.startswith(item.unit) and item.phone in text
    # a click on the chase list selects the unit on the board, ready for Space
    item = want[1]
    rect = board.chase_list.visualRect(board.chase_model.index(1, 0))
    qtbot.mouseClick(board.chase_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert board.selected_row().unit_id == item.unit_id
    assert QApplication.focusWidget() is board.table


def test_another_day_is_shown_and_today_comes_back(qtbot, board, demo_ctx):
    board.date_edit.setDate(board.date_edit.date().addDays(-2))
    qtbot.waitUntil(lambda: board.board.day == TODAY - timedelta(days=2))
    assert "2027年3月3日" in board.header.text()
    assert board.countdown_label.text() == "已关账" and not board.timer.isActive()
    board.today_button.click()
    qtbot.waitUntil(lambda: board.board.day == TODAY)
    assert board.timer.isActive() and board.countdown_label.text() == "6:30:00"


def test_after_midnight_the_board_follows_the_new_day(qtbot, board, demo_ctx):
    demo_ctx.clock.set(local_datetime(TODAY + timedelta(days=1), 0, 1))
    with qtbot.waitSignal(board.sig_loaded, timeout=10_000):
        board.tick()
    assert board.board.day == TODAY + timedelta(days=1)
    assert len(board.board.chase_list) == len(board.board.rows)  # nobody has reported yet


def test_a_read_only_account_sees_the_board_but_cannot_write(qtbot, make_view, demo_ctx):
    from dataclasses import replace

    from xianghua_console.domain.enums import Role

    view = make_view(DailyView, replace(demo_ctx, actor="查看员", role=Role.READ_ONLY))
    unit = view.board.chase_list[0]
    view.select_unit(unit.unit_id)
    assert not view.zero_button.isEnabled() and not view.situation_button.isEnabled()
    assert not view.close_button.isVisibleTo(view)
    view.table.setFocus()
    with qtbot.waitSignal(view.sig_message, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Space)  # the service says why, in its words
    assert "登记和更正日报" in view.message.text()
    assert reports_of(demo_ctx, unit.unit_id) == []
