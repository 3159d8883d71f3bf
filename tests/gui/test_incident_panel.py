"""The incident panel on a real SQLite file and the fake clock: colours, order, filters, the
details pane, every lifecycle action from the keyboard, a refused step, a correction."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.deadlines import DeadlineKind
from xianghua_console.domain.enums import IncidentStatus, TimelineKind, Weight
from xianghua_console.domain.lifecycle import SPECIAL_REPORT_PARTS, Step
from xianghua_console.gui.forms import InputDialog
from xianghua_console.gui.step_dialogs import (
    CorrectionDialog,
    ReportUpDialog,
    SpecialReportDialog,
    StepDialog,
)
from xianghua_console.gui.views.base import Palette
from xianghua_console.gui.views.incident_detail import COL_RECORDED
from xianghua_console.gui.views.incidents import (
    COL_COUNTDOWN,
    COL_NUMBER,
    COL_STATUS,
    IncidentFilterProxy,
    Urgency,
    deadline_of,
)
from xianghua_console.services.incident_log import incident_detail, take_step

TODAY = date(2027, 3, 5)
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
BACKGROUND = Qt.ItemDataRole.BackgroundRole


def at(hour: int, minute: int = 0, day: date = TODAY):
    return local_datetime(day, hour, minute)


def shown(view, col: int = COL_NUMBER) -> list[str]:
    model = view.table.model()
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def shown_cell(view, number: str, col: int, role=Qt.ItemDataRole.DisplayRole):
    model = view.table.model()
    r = shown(view).index(number)
    return model.data(model.index(r, col), role)


def type_chinese(widget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def row_id(view, number: str) -> int:
    return next(r.id for r in view.model.rows if r.number == number)


def select(qtbot, view, number: str) -> None:
    with qtbot.waitSignal(view.sig_detail_loaded, timeout=10_000):
        view.select_incident(row_id(view, number))


def press(qtbot, view, key, modifiers=ALT):
    """A shortcut pressed on the panel's table; returns the dialog it opened."""
    view.activateWindow()  # back from the last dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window())
    view.table.setFocus()
    before = view.dialog
    qtbot.keyClick(view.table, key, modifiers)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog is not before
                    and view.dialog.isVisible())
    dialog = view.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def save(qtbot, view, dialog: InputDialog) -> None:
    """Enter (the dialog's default button); the row and the timeline are re-read."""
    with qtbot.waitSignal(view.sig_message, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.dialog is None)


@pytest.fixture
def panel(make_panel, live_ctx):
    return make_panel(live_ctx)


def test_green_amber_and_red_countdowns_in_the_most_urgent_first_order(qtbot, panel, live_ctx):
    assert shown(panel) == ["2027-0001", "2027-0002", "2027-0003", "2027-0004"]
    assert shown(panel, COL_COUNTDOWN) == ["超时 05:00", "03:00", "13:00", ""]
    assert shown_cell(panel, "2027-0001", COL_COUNTDOWN, BACKGROUND) == Palette.RED_BG
    assert shown_cell(panel, "2027-0002", COL_COUNTDOWN, BACKGROUND) == Palette.AMBER_BG
    assert shown_cell(panel, "2027-0003", COL_COUNTDOWN, BACKGROUND) == Palette.OK_BG
    assert shown_cell(panel, "2027-0004", COL_COUNTDOWN, BACKGROUND) is None
    # Countdowns in large type, bold once amber or red (the number seen from across the desk).
    text_size = panel.table.font().pointSizeF()
    fonts = {n: shown_cell(panel, n, COL_COUNTDOWN, Qt.ItemDataRole.FontRole)
             for n in ("2027-0001", "2027-0002", "2027-0003")}
    assert all(f.pointSizeF() >= 1.25 * text_size for f in fonts.values())
    assert fonts["2027-0001"].bold() and fonts["2027-0002"].bold() and not fonts["2027-0003"].bold()
    assert "迟报" in shown_cell(panel, "2027-0004", COL_STATUS)
    header = panel.header.text()
    assert "未结事件 <b>4</b> 起" in header and "超时 1 起" in header
    assert "5 分钟内到期 1 起" in header and "迟报 1 起" in header
    # The countdown column has a fixed width: a tick never re-measures it.
    width = panel.table.columnWidth(COL_COUNTDOWN)
    live_ctx.clock.advance(minutes=8, seconds=1)  # 10:08:01: 0003 has 4:59 left
    panel.model.tick()
    assert shown(panel) == ["2027-0001", "2027-0002", "2027-0003", "2027-0004"]  # no jumps
    assert shown(panel, COL_COUNTDOWN) == ["超时 13:01", "超时 05:01", "04:59", ""]
    assert shown_cell(panel, "2027-0003", COL_COUNTDOWN, BACKGROUND) == Palette.AMBER_BG
    assert panel.table.columnWidth(COL_COUNTDOWN) == width
    assert "超时 2 起" in panel.header.text()  # the header follows a boundary crossing


def test_a_tick_is_one_data_changed_on_the_proxy_too(qtbot, panel, live_ctx):
    seen = []
    panel.proxy.dataChanged.connect(lambda tl, br, roles: seen.append((tl.row(), br.row())))
    live_ctx.clock.advance(seconds=1)
    panel.model.tick()
    assert seen == [(0, 2)]  # the three counting rows; 0004 counts nothing
    seen.clear()
    panel.model.tick()  # the same second again: no text changed, nothing announced
    assert seen == []
    panel.weight_filter.setCurrentIndex(panel.weight_filter.findData(Weight.ORDINARY))
    live_ctx.clock.advance(seconds=1)
    panel.model.tick()
    assert seen == [(0, 0)]  # 0002 alone is shown and counting


def test_a_tick_repaints_only_the_countdown_strip(qtbot, panel, live_ctx, monkeypatch):
    viewport = panel.table.viewport()
    updates = []
    monkeypatch.setattr(viewport, "update", lambda *args: updates.append(args))
    live_ctx.clock.advance(seconds=1)
    panel.model.tick()
    x = panel.table.columnViewportPosition(COL_COUNTDOWN)
    assert len(updates) == 1
    rect = updates[0][0]
    assert (rect.x(), rect.width()) == (x, panel.table.columnWidth(COL_COUNTDOWN))
    assert rect.height() == viewport.height()


def test_filters_by_status_subcommand_unit_and_weight_keep_the_urgent_order(
    qtbot, panel, live_ctx, run
):
    take_step(live_ctx, incident_id=row_id(panel, "2027-0002"), step=Step.VERIFY)
    run(panel._reload())

    def choose(combo, data):
        combo.setCurrentIndex(combo.findData(data))

    choose(panel.weight_filter, Weight.SERIOUS)
    assert shown(panel) == ["2027-0003"]
    assert panel.shown_label.text() == "筛选后显示 1 / 4 起"
    panel.clear_filters()
    choose(panel.unit_filter, "西岭村")
    assert shown(panel) == ["2027-0002"]
    panel.clear_filters()
    choose(panel.subcommand_filter, "国土分指")
    assert shown(panel) == ["2027-0001", "2027-0002"]
    choose(panel.weight_filter, Weight.ORDINARY)  # filters combine
    assert shown(panel) == ["2027-0002"]
    panel.clear_filters()
    choose(panel.subcommand_filter, IncidentFilterProxy.UNASSIGNED)
    assert shown(panel) == ["2027-0004"]
    panel.clear_filters()
    choose(panel.status_filter, IncidentStatus.VERIFIED)
    assert shown(panel) == ["2027-0002"]
    choose(panel.status_filter, IncidentStatus.REPORTED)
    assert shown(panel) == ["2027-0001", "2027-0003", "2027-0004"]
    panel.clear_filters()
    assert shown(panel) == ["2027-0001", "2027-0002", "2027-0003", "2027-0004"]
    assert panel.shown_label.text() == "" and not panel.clear_filters_button.isEnabled()
    # The choices come from the directory, not from today's rows.
    units = [panel.unit_filter.itemText(i) for i in range(panel.unit_filter.count())]
    assert units[:5] == ["全部", "东岗村", "西岭村", "南湾村", "北坡村"] and "派出所" in units


def test_a_filter_hiding_the_selected_incident_never_leaves_it_in_the_pane(qtbot, panel):
    select(qtbot, panel, "2027-0001")
    hidden = panel.selected_id
    panel.weight_filter.setCurrentIndex(panel.weight_filter.findData(Weight.SERIOUS))
    assert shown(panel) == ["2027-0003"]
    # Qt moves the current row to one still shown; the pane follows the table, whatever it is.
    assert panel.selected_id != hidden
    if panel.selected_id is None:
        assert panel.detail.detail is None
    else:
        qtbot.waitUntil(lambda: panel.detail.detail is not None
                        and panel.detail.detail.row.id == panel.selected_id)
        assert panel.selected_row().number == "2027-0003"


def test_selecting_an_incident_shows_its_details_and_whole_timeline(qtbot, panel):
    select(qtbot, panel, "2027-0004")
    facts = panel.detail.facts.text()
    assert "2027-0004" in facts and "北坡村" in facts and "迟报" in facts
    assert "信息员 13700000000" in facts and "北坡村村委会" in facts
    assert "镇党委书记郝军" in facts  # whom the leaders' report went to
    assert "报告信访办：" in facts and "完成，超时 25 分钟" in facts  # occurred 08:00, in 08:40
    assert "报告镇主要领导：" in facts and "03-05 08:50 按时完成" in facts
    timeline = panel.detail.timeline_model
    assert [r.kind for r in timeline.rows] == [TimelineKind.REPORTED, TimelineKind.ESCALATED]
    assert [timeline.data(timeline.index(r, 0)) for r in range(2)] == ["03-05 08:40", "03-05 08:50"]
    assert timeline.data(timeline.index(0, 3)) == "测试员"
    assert "补录：接报后 80 分钟才登记" in timeline.data(timeline.index(0, 2))
    # Written at 10:00 for an 08:40 receipt: when it was written is shown beside it.
    assert timeline.data(timeline.index(0, COL_RECORDED)) == "03-05 10:00"
    assert "时间线</b>（2 条" in panel.detail.timeline_title.text()


def test_only_the_next_step_is_enabled_and_the_others_say_why(qtbot, panel):
    select(qtbot, panel, "2027-0002")
    enabled = [s for s, a in panel.step_actions.items() if a.isEnabled()]
    assert enabled == [Step.VERIFY]
    assert panel.next_action.text() == "下一步：核实"
    launch = panel.step_actions[Step.LAUNCH]
    assert launch.toolTip() == "启动预案：事件当前为“接报”，须先到“已核实”才能启动预案。"
    assert panel.escalate_action.isEnabled() and panel.county_action.isEnabled()
    select(qtbot, panel, "2027-0004")  # escalated already
    assert not panel.escalate_action.isEnabled()
    assert "已于 03-05 08:50 报告镇党委书记郝军" in panel.escalate_action.toolTip()


def test_every_lifecycle_action_from_the_keyboard(qtbot, panel, live_ctx):
    clock = live_ctx.clock
    select(qtbot, panel, "2027-0002")

    def last_entry():
        return panel.detail.timeline_model.rows[-1]

    def step(key, expected: IncidentStatus, kind: TimelineKind, modifiers=ALT):
        clock.advance(minutes=1)
        dialog = press(qtbot, panel, key, modifiers)
        assert isinstance(dialog, StepDialog)
        with qtbot.waitSignal(panel.sig_detail_loaded, timeout=10_000):
            save(qtbot, panel, dialog)
        assert panel.selected_row().status is expected
        entry = last_entry()
        assert entry.kind is kind and entry.actor == "测试员" and entry.at == clock.now()

    step(Qt.Key.Key_1, IncidentStatus.VERIFIED, TimelineKind.VERIFIED)  # 核实 Alt+1
    assert "2027-0002：核实" in panel.info.text()
    step(Qt.Key.Key_Return, IncidentStatus.LAUNCHED, TimelineKind.LAUNCHED, CTRL)  # 下一步

    # 报告镇主要领导 (Ctrl+L): whom and when; no whom is refused under its field.
    dialog = press(qtbot, panel, Qt.Key.Key_L, CTRL)
    assert isinstance(dialog, ReportUpDialog) and not dialog.county
    assert dialog.findChild(object, "deadline_hint").text() == "时限 10:03（还有 1 分钟）"
    qtbot.keyClick(dialog.to, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_text("to") == "请写明报告给了哪位领导")
    assert dialog.isVisible() and dialog.to.property("invalid") is True
    type_chinese(dialog.to, "镇党委书记郝军、镇长田新民")
    dialog.to.setFocus()
    with qtbot.waitSignal(panel.sig_detail_loaded, timeout=10_000):
        save(qtbot, panel, dialog)
    row = panel.selected_row()
    escalation = deadline_of(row, DeadlineKind.ESCALATE)
    assert escalation.met_at == clock.now() and not escalation.met_late
    # Nothing counts for it any more: it moves below the counting rows, in the stable order.
    assert shown(panel) == ["2027-0001", "2027-0003", "2027-0002", "2027-0004"]
    assert last_entry().kind is TimelineKind.ESCALATED
    assert "镇党委书记郝军、镇长田新民" in last_entry().text
    assert not panel.escalate_action.isEnabled()

    # 报告县委县政府 (Ctrl+Shift+L): the county offices are offered.
    dialog = press(qtbot, panel, Qt.Key.Key_L, CTRL_SHIFT)
    assert dialog.county and dialog.to.text() == "县委、县政府值班室和县信访局"
    with qtbot.waitSignal(panel.sig_detail_loaded, timeout=10_000):
        save(qtbot, panel, dialog)
    assert last_entry().kind is TimelineKind.COUNTY

    # 成立现场指挥部 at a time typed by hand (it was set up before it was entered).
    clock.advance(minutes=10)
    dialog = press(qtbot, panel, Qt.Key.Key_3)
    dialog.at_edit.setFocus()
    dialog.at_edit.setText("09:00")  # before the report came in: refused under 时间
    qtbot.keyClick(dialog.at_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_text("at") != "")
    assert dialog.error_text("at") == "“成立现场指挥部”的时间不能早于接报时间"
    dialog.at_edit.setText("10:05")
    type_chinese(dialog.note, "镇长任指挥长")
    with qtbot.waitSignal(panel.sig_detail_loaded, timeout=10_000):
        save(qtbot, panel, dialog)
    assert panel.selected_row().status is IncidentStatus.ONSCENE
    assert last_entry().at == at(10, 5) and last_entry().text == "镇长任指挥长"

    step(Qt.Key.Key_4, IncidentStatus.CONTROLLED, TimelineKind.CONTROLLED)
    step(Qt.Key.Key_5, IncidentStatus.ENDED, TimelineKind.ENDED)
    nxt = panel.selected_row().next_deadline
    assert nxt.kind is DeadlineKind.SPECIAL_REPORT  # the 7-day clock started at the end

    # 收到专题报告 (Alt+6): the five parts; missing ones are marked.
    clock.advance(days=2)
    dialog = press(qtbot, panel, Qt.Key.Key_6)
    assert isinstance(dialog, SpecialReportDialog)
    type_chinese(dialog.parts["facts"], "基本情况")
    type_chinese(dialog.parts["handling"], "处置情况")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("part_causes") != "")
    assert dialog.error_text("part_causes") == "专题报告缺少：原因分析、善后处置情况、拟采取的防范措施"
    assert [dialog.parts[k].property("invalid") is True for k, _ in SPECIAL_REPORT_PARTS] == [
        False, False, True, True, True,
    ]  # fmt: skip
    for key in ("causes", "aftermath", "prevention"):
        type_chinese(dialog.parts[key], f"{key} 写明")
    dialog.at_edit.setFocus()
    with qtbot.waitSignal(panel.sig_detail_loaded, timeout=10_000):
        save(qtbot, panel, dialog)
    assert panel.selected_row().status is IncidentStatus.SPECIAL_REPORT
    assert last_entry().data["parts"]["causes"] == "causes 写明"
    assert "【原因分析】causes 写明" in panel.detail.timeline_model.data(
        panel.detail.timeline_model.index(len(panel.detail.timeline_model.rows) - 1, 2),
        Qt.ItemDataRole.ToolTipRole,
    )

    # 结案 (Alt+7): the incident leaves the panel of open incidents.
    clock.advance(minutes=1)
    dialog = press(qtbot, panel, Qt.Key.Key_7)
    save(qtbot, panel, dialog)
    assert "2027-0002" not in shown(panel)
    assert panel.selected_id is None and "已结案" in panel.detail.facts.text()
    closed = incident_detail(live_ctx, incident_id=row_id_closed(live_ctx, "2027-0002"))
    assert closed.row.status is IncidentStatus.CLOSED
    assert [e.kind for e in closed.timeline][-1] is TimelineKind.CLOSED


def row_id_closed(ctx, number: str) -> int:
    from xianghua_console.store.models import Incident

    with ctx.db.read_session() as s:
        return s.query(Incident).filter_by(number=number).one().id


def test_a_refused_step_is_shown_with_its_reason_and_the_row_reloaded(qtbot, panel, live_ctx):
    select(qtbot, panel, "2027-0001")
    # Another workstation verifies it meanwhile; this panel still shows 接报.
    take_step(live_ctx, incident_id=row_id(panel, "2027-0001"), step=Step.VERIFY)
    assert panel.selected_row().status is IncidentStatus.REPORTED
    dialog = press(qtbot, panel, Qt.Key.Key_1)
    assert isinstance(dialog, StepDialog) and dialog.step is Step.VERIFY
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    # The dialog sent the version it read: the conflict dialog says who changed what…
    qtbot.waitUntil(lambda: getattr(dialog, "conflict_dialog", None) is not None
                    and dialog.conflict_dialog.isVisible(), timeout=10_000)
    assert ("状态", "接报", "已核实") in dialog.conflict_dialog.changes
    # …and reloading (Enter: its default button) sends the step again, which no longer follows.
    with qtbot.waitSignal(panel.sig_incidents_changed, timeout=10_000):
        qtbot.keyClick(dialog.conflict_dialog, Qt.Key.Key_Return)
    assert panel.error.isVisible()
    assert panel.error.text() == "事件已处于“已核实”，“核实”这一步已经过去了。"
    qtbot.waitUntil(lambda: panel.dialog is None)
    assert panel.selected_row().status is IncidentStatus.VERIFIED  # re-read
    assert panel.step_actions[Step.LAUNCH].isEnabled()


def test_a_correction_needs_its_reason_and_the_clock_follows(qtbot, panel, live_ctx):
    select(qtbot, panel, "2027-0003")
    assert shown_cell(panel, "2027-0003", COL_COUNTDOWN) == "13:00"
    dialog = press(qtbot, panel, Qt.Key.Key_E, CTRL)
    assert isinstance(dialog, CorrectionDialog)
    assert [dialog.field.itemData(i) for i in range(dialog.field.count())] == [
        "occurred_at", "received_at",
    ]  # fmt: skip  (nothing else recorded yet)
    dialog.choose_field("received_at")
    assert dialog.value.text() == "2027-03-05 09:58"
    dialog.value.setText("09:50")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("reason") == "更正必须写明原因")
    type_chinese(dialog.reason, "核对通话记录，实际 09:50 接到电话")
    dialog.value.setText("09:40")  # before it occurred (09:55): refused under the value
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("value") == "接报时间不能早于发生时间")
    dialog.value.setText("09:56")
    with qtbot.waitSignal(panel.sig_detail_loaded, timeout=10_000):
        dialog.submit()
    entry = panel.detail.timeline_model.rows[-1]
    assert entry.kind is TimelineKind.CORRECTION
    assert entry.text == "更正接报时间：03-05 09:58 → 03-05 09:56。原因：核对通话记录，实际 09:50 接到电话"
    assert shown_cell(panel, "2027-0003", COL_COUNTDOWN) == "11:00"  # due 10:11 now
    assert panel.model.row_by_id(row_id(panel, "2027-0003")).received_at == at(9, 56)


def test_a_correction_offers_the_assignment_and_acceptance_times(
    qtbot, make_panel, live_ctx, clock
):
    from sqlalchemy import select as sql_select

    from xianghua_console.services.assignment import assign_subcommand, record_acceptance
    from xianghua_console.store.models import Category, Incident

    with live_ctx.db.read_session() as s:
        number_id, sub = s.execute(
            sql_select(Incident.id, Category.subcommand_id)
            .join(Category, Incident.category_id == Category.id)
            .where(Incident.number == "2027-0003")
        ).one()
    assign_subcommand(live_ctx, incident_id=number_id, subcommand_id=sub)  # 10:00
    clock.advance(minutes=2)
    record_acceptance(live_ctx, incident_id=number_id, accepted_by="高明")  # 10:02
    panel = make_panel(live_ctx)
    select(qtbot, panel, "2027-0003")
    dialog = press(qtbot, panel, Qt.Key.Key_E, CTRL)
    assert isinstance(dialog, CorrectionDialog)
    assert [dialog.field.itemData(i) for i in range(dialog.field.count())] == [
        "occurred_at", "received_at", "assigned_at", "accepted_at",
    ]  # fmt: skip
    dialog.choose_field("assigned_at")
    assert dialog.value.text() == "2027-03-05 10:00"
    assert "分派分指挥部的时间（现为 03-05 10:00）" in dialog.field.currentText()
    dialog.choose_field("accepted_at")
    assert dialog.value.text() == "2027-03-05 10:02"
    dialog.value.setText("09:59")  # before the assignment: refused under the value
    type_chinese(dialog.reason, "分指回电时间为 10:01")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("value") == "分指挥部接收的时间不能早于分派的时间")
    dialog.value.setText("10:01")
    with qtbot.waitSignal(panel.sig_detail_loaded, timeout=10_000):
        dialog.submit()
    entry = panel.detail.timeline_model.rows[-1]
    assert entry.kind is TimelineKind.CORRECTION
    assert entry.text == "更正分指挥部接收的时间：03-05 10:02 → 03-05 10:01。原因：分指回电时间为 10:01"
    row = panel.model.row_by_id(number_id)
    accept = deadline_of(row, DeadlineKind.ACCEPT)
    assert accept.met_at == at(10, 1) and row.accepted_at == at(10, 1)


def test_the_context_menu_offers_the_actions_of_the_row_under_the_mouse(qtbot, panel):
    rect = panel.table.visualRect(panel.table.model().index(1, 0))
    panel._context_menu(rect.center())
    assert panel.selected_row().number == "2027-0002"
    menu = panel.context_menu
    texts = [a.text() for a in menu.actions() if a.isEnabled() and a.text()]
    assert texts[0] == "下一步：核实"
    assert "核实" in texts and "启动预案" not in texts and "接报登记" in texts
    menu.close()
    panel._context_menu(QPoint(5, panel.table.viewport().height() - 2))  # below the rows
    panel.context_menu.close()


def test_the_same_countdowns_after_a_restart(qtbot, make_panel, live_ctx):
    first = make_panel(live_ctx)
    countdowns = shown(first, COL_COUNTDOWN)
    first.close()
    second = make_panel(live_ctx)  # the same database, a new panel (another workstation)
    assert shown(second, COL_COUNTDOWN) == countdowns
    live_ctx.clock.advance(minutes=2)
    second.model.tick()
    assert shown(second, COL_COUNTDOWN)[1] == "01:00"
    assert second.model.urgency(second.model.row_at(1)) is Urgency.AMBER


def test_assignment_and_onscene_dialogs_open_from_the_panel(qtbot, panel, live_ctx):
    from xianghua_console.gui.dialogs.assignment import AssignmentDialog
    from xianghua_console.gui.dialogs.onscene import OnSceneDialog

    select(qtbot, panel, "2027-0001")
    assert panel.assign_action.isEnabled() and panel.onscene_action.isEnabled()
    panel.assign_action.trigger()
    qtbot.waitUntil(lambda: panel.command_dialog.isVisible(), timeout=5000)
    assert isinstance(panel.command_dialog, AssignmentDialog)
    panel.command_dialog.reject()
    panel.onscene_action.trigger()
    qtbot.waitUntil(lambda: panel.command_dialog.isVisible(), timeout=5000)
    assert isinstance(panel.command_dialog, OnSceneDialog)
    panel.command_dialog.reject()


def test_a_tick_announces_the_rows_on_screen_and_a_row_scrolled_in_is_current(
    qtbot, make_panel, office_ctx, clock, incident_row
):
    from PySide6.QtWidgets import QStyledItemDelegate

    from xianghua_console.gui import fmt

    class Painted(QStyledItemDelegate):
        """Records the countdown text each painted cell was drawn with."""

        def __init__(self, parent=None):
            super().__init__(parent)
            self.texts: dict[str, str] = {}

        def initStyleOption(self, option, index):
            super().initStyleOption(option, index)
            number = index.siblingAtColumn(COL_NUMBER).data()
            self.texts[number] = option.text

    panel = make_panel(office_ctx)
    rows = [incident_row(clock, number=f"2027-{n:04d}", occurred_min_ago=20,
                         received_min_ago=(n * 7) % 30) for n in range(1, 301)]
    panel.show_rows(rows)
    painted = Painted(panel.table)
    panel.table.setItemDelegateForColumn(COL_COUNTDOWN, painted)
    on_screen = panel.rows_on_screen()
    assert 0 < len(on_screen) < 60  # a screenful, not the 300 rows
    clock.advance(seconds=1)
    panel.model.tick()
    assert panel.model.announced_cells == len(on_screen)

    last = shown(panel)[-1]
    clock.advance(seconds=37)  # ticks while the last row is out of sight
    panel.model.tick()
    assert panel.model.announced_cells == len(on_screen)
    assert last not in painted.texts
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: model_row_shown(panel, last))
    painted.texts.clear()
    panel.table.viewport().repaint()
    row = next(r for r in rows if r.number == last)
    assert painted.texts[last] == fmt.countdown(row.next_deadline.due - clock.now())
    clock.advance(seconds=1)
    panel.model.tick()  # the rows now on screen are the ones announced
    assert set(panel.rows_on_screen()) != set(on_screen)
    assert panel.model.announced_cells == len(panel.rows_on_screen())


def model_row_shown(panel, number: str) -> bool:
    return panel.model.index_of(row_id(panel, number)) in panel.rows_on_screen()
