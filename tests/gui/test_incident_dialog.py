"""接报登记 driven from the keyboard: a real SQLite file, the fake clock, no sleeping."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.enums import TimelineKind, Weight
from xianghua_console.gui.forms import parse_local
from xianghua_console.gui.incident_dialog import IncidentDialog
from xianghua_console.gui.views.incidents import COL_COUNTDOWN, COL_NUMBER
from xianghua_console.services.directory_lookup import intake_choices
from xianghua_console.services.incident_log import incident_detail
from xianghua_console.store.models import Incident

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date(2027, 3, 5)  # the fake clock: 2027-03-05 10:00 in Xianghua


def at(hour: int, minute: int = 0, day: date = TODAY):
    return local_datetime(day, hour, minute)


def focused() -> QWidget:
    return QApplication.focusWidget()


def type_chinese(widget: QWidget, text: str) -> None:
    """Chinese arrives as an input method's commit, as a pinyin IME delivers it."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def open_dialog(qtbot, view) -> IncidentDialog:
    """Ctrl+N from the panel's table, as the officer picks up the phone."""
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(view.dialog, IncidentDialog) and view.dialog.isVisible())
    dialog = view.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def incident_count(ctx) -> int:
    with ctx.db.read_session() as s:
        return s.scalar(select(func.count()).select_from(Incident))


def fill_valid(qtbot, dialog: IncidentDialog) -> None:
    """A whole report typed from the keyboard: the focus starts on 发生时间."""
    assert focused() is dialog.occurred
    qtbot.waitUntil(lambda: dialog.occurred.selectedText() == dialog.occurred.text())
    qtbot.keyClicks(dialog.occurred, "0952")  # today, 09:52
    tab(qtbot)
    assert focused() is dialog.received  # 接报时间 stays "now" (10:00)
    tab(qtbot)
    assert focused() is dialog.unit_picker.edit
    qtbot.keyClicks(dialog.unit_picker.edit, "dgc")
    qtbot.keyClick(dialog.unit_picker.completer.popup(), Qt.Key.Key_Tab)  # takes 东岗村
    assert focused() is dialog.reporter
    type_chinese(dialog.reporter, "林勇")
    tab(qtbot)
    qtbot.keyClicks(dialog.phone, "13700000001")
    tab(qtbot)
    type_chinese(dialog.place, "东岗村村委会")
    tab(qtbot)
    assert focused() is dialog.category
    type_chinese(dialog.category, "土")  # 土地征用 (the combo's keyboard search)
    if dialog.category.currentText() != "土地征用":  # a style without IME search on combos
        dialog.category.setCurrentIndex(dialog.category.findText("土地征用"))
    tab(qtbot, 2)
    assert focused() is dialog.people
    qtbot.keyClicks(dialog.people, "12")
    tab(qtbot)
    qtbot.keyClick(dialog.weight, Qt.Key.Key_Down)  # 较重
    tab(qtbot)
    assert focused() is dialog.summary
    type_chinese(dialog.summary, "十余名村民反映征地补偿款未到位")


@pytest.fixture
def panel(make_panel, office_ctx):
    return make_panel(office_ctx)


def test_a_valid_report_is_saved_numbered_selected_and_counting(qtbot, panel, office_ctx):
    dialog = open_dialog(qtbot, panel)
    fill_valid(qtbot, dialog)
    assert dialog.subcommand.currentText() == "国土分指"  # proposed by 土地征用
    with qtbot.waitSignal(panel.sig_detail_loaded, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(lambda: panel.dialog is None)  # closed (and let go) on success
    assert panel.last_logged.number == "2027-0001"
    assert "已登记事件 2027-0001：东岗村" in panel.info.text()
    row = panel.selected_row()
    assert row.number == "2027-0001" and row.weight is Weight.HEAVIER and row.people_count == 12
    assert row.unit == "东岗村" and row.category == "土地征用" and row.subcommand == "国土分指"
    # The panel shows it selected, with the escalation clock counting from 10:00 (due 10:15).
    model = panel.table.model()
    selected = panel.table.selectionModel().selectedRows()[0]
    assert model.data(model.index(selected.row(), COL_NUMBER)) == "2027-0001"
    assert model.data(model.index(selected.row(), COL_COUNTDOWN)) == "15:00"
    office_ctx.clock.advance(seconds=1)
    panel.model.tick()
    assert model.data(model.index(selected.row(), COL_COUNTDOWN)) == "14:59"
    assert "2027-0001" in panel.detail.facts.text()
    assert panel.detail.timeline_model.row_at(0).kind is TimelineKind.REPORTED


def test_the_tab_order_covers_every_field_once_and_each_has_an_accessible_name(qtbot, panel):
    dialog = open_dialog(qtbot, panel)
    seen = []
    for _ in range(len(dialog.tab_chain)):
        seen.append(focused())
        tab(qtbot)
    assert seen == dialog.tab_chain
    assert focused() is dialog.occurred  # round again
    for field in dialog.fields.values():
        assert field.widget.accessibleName() == field.label
    assert dialog.unit_picker.edit.accessibleName() == "报告单位"
    dialog.reject()


REFUSALS = [
    # (what to break, field, message); a future occurrence also puts the receipt before it
    ("future", "occurred_at", "发生时间不能晚于现在"),
    ("received_before", "received_at", "接报时间不能早于发生时间"),
    ("no_unit", "unit_id", "请选择报告的村或单位"),
    ("no_summary", "summary", "请填写事件简要情况"),
    ("negative", "people_count", "涉及人数不能为负数"),
    ("absurd", "people_count", "涉及人数 99999 超过 5000，请核对"),
    ("no_count", "people_count", "请填写涉及人数（不清楚时填 0）"),
    ("not_a_number", "people_count", "涉及人数请填整数，如 12"),
    ("bad_time", "occurred_at", "看不懂这个时间：请写成 09:35 或 03-05 09:35"),
]


@pytest.mark.parametrize(("case", "field", "message"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_each_refusal_is_shown_next_to_its_field_and_nothing_is_saved(
    qtbot, panel, office_ctx, case, field, message
):
    dialog = open_dialog(qtbot, panel)
    fill_valid(qtbot, dialog)
    if case == "future":
        dialog.occurred.setText("10:30")
    elif case == "received_before":
        dialog.received.setText("09:40")
    elif case == "no_unit":
        dialog.unit_picker.edit.clear()
    elif case == "no_summary":
        dialog.summary.clear()
    elif case == "negative":
        dialog.people.setText("-3")
    elif case == "absurd":
        dialog.people.setText("99999")
    elif case == "no_count":
        dialog.people.clear()
    elif case == "not_a_number":
        dialog.people.setText("十二")
    elif case == "bad_time":
        dialog.occurred.setText("9点半左右")
    typed = (dialog.summary.toPlainText(), dialog.unit_picker.edit.text(), dialog.people.text())
    dialog.ok_button.setFocus()
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)  # the 保存 button, from the keyboard
    qtbot.waitUntil(lambda: dialog.error_text(field) == message and not dialog.saving)
    assert dialog.isVisible()
    assert dialog.fields[field].widget.property("invalid") is True
    assert dialog.fields[field].widget.accessibleDescription() == message
    others = [k for k in dialog.fields if k != field and dialog.error_text(k)]
    assert others == (["received_at"] if case == "future" else [])  # only what is wrong
    if case == "future":
        assert dialog.error_text("received_at") == "接报时间不能早于发生时间"
    assert (dialog.summary.toPlainText(), dialog.unit_picker.edit.text(),
            dialog.people.text()) == typed  # everything typed is kept
    assert incident_count(office_ctx) == 0
    assert panel.model.rowCount() == 0
    dialog.reject()


def test_fixing_the_refused_field_saves(qtbot, panel, office_ctx):
    dialog = open_dialog(qtbot, panel)
    fill_valid(qtbot, dialog)
    dialog.summary.clear()
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("summary") != "")
    type_chinese(dialog.summary, "村民反映征地补偿问题")
    with qtbot.waitSignal(dialog.sig_logged, timeout=10_000):
        dialog.submit()
    assert incident_count(office_ctx) == 1


def test_unit_search_by_pinyin_initials_or_name(qtbot, panel):
    dialog = open_dialog(qtbot, panel)
    picker = dialog.unit_picker
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "dgc")
    assert [u.name for u in picker.matches()] == ["东岗村"]
    assert picker.completer.popup().isVisible()
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Return)  # Enter takes it too
    assert picker.unit is not None and picker.unit.name == "东岗村"
    assert picker.chosen.text() == "✓ 村"
    picker.edit.clear()
    assert picker.unit is None
    type_chinese(picker.edit, "西岭村")  # three characters of the name
    picker._typed(picker.edit.text())
    assert [u.name for u in picker.matches()] == ["西岭村"]
    assert picker.unit.name == "西岭村"  # the exact name is a choice by itself
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "nwc")  # stored without initials: computed from the name
    assert [u.name for u in picker.matches()] == ["南湾村"]
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "pcs")  # 派出所, a town unit
    assert [u.name for u in picker.matches()] == ["派出所"]
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "zzz")
    assert picker.matches() == [] and not picker.completer.popup().isVisible()
    assert picker.chosen.text() == "未选定单位"
    dialog.reject()


def test_the_category_proposes_its_subcommand_which_may_be_changed(qtbot, panel, office_ctx):
    dialog = open_dialog(qtbot, panel)
    fill_valid(qtbot, dialog)
    assert dialog.subcommand.currentText() == "国土分指"
    assert "按类别“土地征用”建议" in dialog.subcommand_note.text()
    assert not dialog.subcommand.model().item(0).isEnabled()  # 不分派 would be overridden
    dialog.category.setCurrentIndex(dialog.category.findText("越战复退军人"))
    assert dialog.subcommand.currentText() == "民政分指"
    dialog.subcommand.setFocus()
    qtbot.keyClick(dialog.subcommand, Qt.Key.Key_Up)  # the officer routes it elsewhere
    assert dialog.subcommand.currentText() != "民政分指"
    chosen = dialog.subcommand.currentText()
    assert "已改派（类别建议为民政分指）" == dialog.subcommand_note.text()
    dialog.category.setCurrentIndex(dialog.category.findText("其他"))
    assert dialog.subcommand.currentText() == "（不分派）"
    assert dialog.subcommand.model().item(0).isEnabled()
    dialog.category.setCurrentIndex(dialog.category.findText("越战复退军人"))
    dialog.subcommand.setCurrentIndex(dialog.subcommand.findText(chosen))
    with qtbot.waitSignal(dialog.sig_logged, timeout=10_000) as saved:
        dialog.submit()
    assert saved.args[0].subcommand == chosen and saved.args[0].category == "越战复退军人"


def test_a_back_entry_is_allowed_and_its_lateness_shown_before_and_after(
    qtbot, panel, office_ctx
):
    dialog = open_dialog(qtbot, panel)
    fill_valid(qtbot, dialog)
    assert not dialog.timing_note.isVisible()
    dialog.occurred.setText("09:10")
    dialog.received.setText("09:30")  # taken 30 minutes ago, typed in only now
    assert dialog.timing_note.isVisible()
    note = dialog.timing_note.text()
    assert "接报已过去 30 分钟" in note and "补录" in note
    assert "发生后 20 分钟才报到信访办，超过 15 分钟时限：将记为迟报" in note
    with qtbot.waitSignal(dialog.sig_logged, timeout=10_000) as saved:
        dialog.submit()
    row = saved.args[0]
    assert row.reported_late
    detail = incident_detail(office_ctx, incident_id=row.id)
    assert "补录：接报后 30 分钟才登记" in detail.timeline[0].text
    assert "迟报" in panel.info.text()


def test_the_back_entry_warning_follows_the_clock_while_the_dialog_stays_open(
    qtbot, panel, office_ctx
):
    dialog = open_dialog(qtbot, panel)
    assert not dialog.timing_note.isVisible()
    office_ctx.clock.advance(minutes=16)  # the officer was interrupted
    dialog.update_timing_note()  # what the dialog's 5-second timer calls
    assert dialog.timing_note.isVisible() and "接报已过去 16 分钟" in dialog.timing_note.text()
    dialog.reject()


def test_typed_times_are_local_and_read_in_several_forms(office_ctx):
    today = at(10).date()
    assert parse_local("0935", today) == at(9, 35)
    assert parse_local("9:35", today) == at(9, 35)
    assert parse_local("03-04 23:50", today) == at(23, 50, today - timedelta(days=1))
    assert parse_local("2027-03-05 09:35", today) == at(9, 35)
    assert parse_local("25:00", today) is None and parse_local("下午", today) is None


def test_up_and_down_move_a_time_by_a_minute(qtbot, panel):
    dialog = open_dialog(qtbot, panel)
    assert dialog.received.text() == "2027-03-05 10:00"
    qtbot.keyClick(dialog.received, Qt.Key.Key_Down)
    assert dialog.received.text() == "2027-03-05 09:59"
    dialog.reject()


def test_the_toolbar_button_opens_the_dialog_too(qtbot, panel, office_ctx, run):
    button = panel.toolbar.widgetForAction(panel.new_action)
    assert button.objectName() == "new_incident_button" and button.text() == "接报登记"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, IncidentDialog) and panel.dialog.isVisible())
    assert panel.dialog.received.text() == "2027-03-05 10:00"  # the injected clock's now
    # The dialog offers the directory as read through the door.
    choices = run(panel.door.call(intake_choices, office_ctx))
    assert len(panel.dialog.unit_picker.units) == len(choices.units) == 19  # 4 villages + 15
    panel.dialog.reject()


def test_a_second_ctrl_n_raises_the_open_dialog_instead_of_a_second_one(qtbot, panel):
    dialog = open_dialog(qtbot, panel)
    panel.open_new_dialog()
    assert panel.dialog is dialog
    dialog.reject()
    qtbot.waitUntil(lambda: panel.dialog is None)
