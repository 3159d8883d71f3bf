"""The roster view's office settings: the calendar adjustments (日历调整), the rotation's pools
(人员库) and the police station's standby squad per day — on the demo office (real SQLite, the
fake clock at 2027-03-05 10:00), driven as an officer would, waiting on signals (never a sleep).
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select
from test_roster_view import TIMEOUT, TODAY, index, make_roster, run_task, text, view  # noqa: F401

import xianghua_console.gui.views.roster as roster_view
from xianghua_console.domain.enums import CalendarOverrideKind, DutySlot
from xianghua_console.domain.settings import Settings
from xianghua_console.gui.dialogs.common import ActionDialog
from xianghua_console.gui.roster_dialogs import CalendarDialog, PoolsDialog, SuppliesDialog
from xianghua_console.gui.views.roster import MAKEUP_BG, WEEKEND_BG
from xianghua_console.services import roster_admin as ra
from xianghua_console.services.roster import on_duty_now
from xianghua_console.store.models import AuditEntry, Setting

SATURDAY = date(2027, 3, 6)
TUESDAY = date(2027, 3, 9)
BG = Qt.ItemDataRole.BackgroundRole


def closed(widget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


def audit_actions(ctx, action: str) -> list[AuditEntry]:
    with ctx.db.read_session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def loaded(qtbot, dialog: ActionDialog) -> ActionDialog:
    if not dialog.loaded:
        with qtbot.waitSignal(dialog.sig_loaded, timeout=TIMEOUT):
            pass
    return dialog


def police_cell(roster, day: date):
    model = roster.model
    return model.index(model.row_of(day), model.column_of(roster_view.ColKind.POLICE))


# ---------------------------------------------------------------- 日历调整


def test_the_calendar_banner_opens_the_office_calendar_which_adds_refuses_and_removes(
    view, demo_ctx, qtbot  # noqa: F811
):
    # 2027 has no chinese-calendar data: the banner says so and links to the office's calendar
    assert view.calendar_label.isVisible()
    assert "没有2027年的法定节假日和调休数据" in view.calendar_label.text()
    assert "周末" in view.calendar_label.text() and 'href="calendar"' in view.calendar_label.text()
    assert "休息日" in text(view, SATURDAY) and index(view, SATURDAY).data(BG) == WEEKEND_BG
    view.select_cell(SATURDAY)
    view.calendar_label.linkActivated.emit("calendar")
    dialog = loaded(qtbot, view.dialog)
    assert isinstance(dialog, CalendarDialog) and dialog.listed() == []
    assert dialog.windowTitle().endswith("（2027年）")
    assert dialog.day_edit.date() == QDate(2027, 3, 6)  # the selected day
    assert "周六：周末" in dialog.hint.text() and "2027年没有法定节假日数据" in dialog.hint.text()

    # a make-up working day on the Saturday: listed, and the grid marks it
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("调休上班"))
    dialog.note_edit.setText("县里通知的调休")  # QTest types ASCII only
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.listed() != [], timeout=TIMEOUT)
    assert dialog.listed() == [(SATURDAY, CalendarOverrideKind.WORKDAY, "县里通知的调休")]
    assert "已保存" in dialog.message.text() and "本办已设为调休上班" in dialog.hint.text()
    assert dialog.table.item(0, 3).text() == "无日历数据，按周末"
    day_text = text(view, SATURDAY)
    assert "调休上班＊" in day_text and "休息日" not in day_text
    assert index(view, SATURDAY).data(BG) == MAKEUP_BG
    assert "本办自设为调休上班：县里通知的调休" in index(view, SATURDAY).data(
        Qt.ItemDataRole.ToolTipRole)

    # a Tuesday as a make-up working day changes nothing: refused next to the kind, not saved
    dialog.day_edit.setDate(QDate(2027, 3, 9))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("调休上班"))
    with qtbot.waitSignal(dialog.sig_acted, timeout=TIMEOUT):
        dialog.save_button.click()
    assert "本来就按工作日排班" in dialog.message.text()
    assert ActionDialog.invalid(dialog.kind_combo)
    assert len(dialog.listed()) == 1
    # a holiday of the office's own on that Tuesday
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("节假日"))
    dialog.note_edit.setText("庙会")
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: len(dialog.listed()) == 2, timeout=TIMEOUT)
    assert not ActionDialog.invalid(dialog.kind_combo)
    assert "庙会＊" in text(view, TUESDAY)

    # picking a row fills the form; removing it puts the Saturday back to a rest day
    dialog.table.setCurrentCell(0, 0)
    assert dialog.day_edit.date() == QDate(2027, 3, 6) and dialog.note_edit.text() == "县里通知的调休"
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.remove_button.click()
    qtbot.waitUntil(lambda: len(dialog.listed()) == 1, timeout=TIMEOUT)
    assert "休息日" in text(view, SATURDAY) and index(view, SATURDAY).data(BG) == WEEKEND_BG
    # removing a day without a setting is refused in the dialog, before any write
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: "没有本办的设定" in dialog.message.text(), timeout=TIMEOUT)
    assert ActionDialog.invalid(dialog.day_edit)

    entries = audit_actions(demo_ctx, "roster.calendar_override")
    assert [(e.entity_id, e.after) for e in entries] == [
        ("2027-03-06", {"kind": "workday", "note": "县里通知的调休"}),
        ("2027-03-09", {"kind": "holiday", "note": "庙会"}),
        ("2027-03-06", None),
    ]
    dialog.reject()
    qtbot.waitUntil(lambda: closed(dialog), timeout=TIMEOUT)


# ---------------------------------------------------------------- 人员库


def test_the_pools_dialog_edits_a_posts_pool_by_keyboard_and_saves_all_posts(
    view, demo_ctx, qtbot  # noqa: F811
):
    before = ra.pool_states(demo_ctx)
    view.pools_button.click()
    dialog = loaded(qtbot, view.dialog)
    assert isinstance(dialog, PoolsDialog)
    duty = dialog.pages[DutySlot.DUTY]
    leader = dialog.pages[DutySlot.LEADER]
    assert duty.custom and duty.member_names() == [m.name for m in before[DutySlot.DUTY].members]
    assert dialog.tabs.tabText(1) == f"值班人员 {len(before[DutySlot.DUTY].members)}人"
    # only leaders may be added to the leader's pool; duty takes anyone active not in it yet
    offered = [leader.add_combo.itemData(i) for i in range(leader.add_combo.count())]
    fit_leaders = {c.id for c in before[DutySlot.LEADER].candidates}
    assert set(offered) <= fit_leaders

    dialog.tabs.setCurrentWidget(duty)
    first = duty.ids[0]
    duty.list.setFocus()
    duty.list.setCurrentRow(0)
    qtbot.keyClick(duty.list, Qt.Key.Key_Delete)
    assert first not in duty.ids
    # add a leader to the duty pool by typing the name and Enter
    newcomer = next(c for c in before[DutySlot.DUTY].candidates
                    if c.id not in duty.ids and c.id != first)  # fmt: skip
    duty.add_combo.lineEdit().setText(newcomer.name)
    qtbot.keyClick(duty.add_combo.lineEdit(), Qt.Key.Key_Return)
    assert duty.ids[-1] == newcomer.id and newcomer.name in duty.member_names()

    # the standby pool back to the default: the list shows whom the default draws from
    standby = dialog.pages[DutySlot.STANDBY]
    standby.custom_box.setChecked(False)
    assert standby.ids == list(before[DutySlot.STANDBY].defaults)
    assert "（默认）" in dialog.tabs.tabText(2) and not standby.list.isEnabled()

    # an empty chosen pool is refused before anything is written
    vehicle = dialog.pages[DutySlot.VEHICLE]
    saved_vehicle = list(vehicle.ids)
    vehicle.ids = []
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "应急车辆/驾驶员的人员库是空的" in dialog.message.text(),
                    timeout=TIMEOUT)  # fmt: skip
    vehicle.ids = saved_vehicle

    wanted = list(duty.ids)
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=TIMEOUT)
    after = ra.pool_states(demo_ctx)
    assert [m.id for m in after[DutySlot.DUTY].members] == wanted
    assert not after[DutySlot.STANDBY].custom
    assert after[DutySlot.LEADER] == before[DutySlot.LEADER]  # untouched: not audited
    entries = audit_actions(demo_ctx, "roster.set_pool")
    assert sorted(e.entity_id for e in entries) == ["duty", "standby"]
    # the picker now lists the newcomer among the duty pool (no longer "not in the pool")
    assert newcomer.id in view.screen.pools[DutySlot.DUTY]


# ---------------------------------------------------------------- 派出所备勤


def test_the_police_squad_of_each_day_is_in_the_grid_and_edited_from_its_cell(
    make_roster, demo_ctx, qtbot  # noqa: F811
):
    with demo_ctx.db.session() as s:  # the office's default for new shifts
        rows = Settings(police_squad_contact="派出所值班室",
                        police_squad_phone="0396-6952110").to_rows()  # fmt: skip
        s.add(Setting(key="police_squad_contact", value=rows["police_squad_contact"]))
        s.add(Setting(key="police_squad_phone", value=rows["police_squad_phone"]))
    view = make_roster(demo_ctx)  # noqa: F811
    shift = on_duty_now(demo_ctx)
    assert shift.police_squad_contact and shift.police_squad_phone  # the demo names one a day
    cell = police_cell(view, TODAY)
    assert cell.data() == f"{shift.police_squad_contact}\n{shift.police_squad_phone}"
    assert view.model.headerData(cell.column(), Qt.Orientation.Horizontal) == "派出所备勤"
    view.select_cell(TODAY, column=cell.column())
    assert f"派出所备勤：{shift.police_squad}" in view.detail_label.text()

    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, SuppliesDialog)
    assert dialog.focusWidget() is dialog.police_edit
    assert dialog.police_phone_edit.text() == shift.police_squad_phone
    dialog.police_phone_edit.setText("110 转 2")
    with qtbot.waitSignal(dialog.sig_acted, timeout=TIMEOUT):
        dialog.save_button.click()
    assert ActionDialog.invalid(dialog.police_phone_edit)
    assert "只能由数字和“-”组成" in dialog.message.text()
    assert on_duty_now(demo_ctx).police_squad_phone == shift.police_squad_phone  # not saved

    dialog.police_default_button.click()  # the settings' squad
    assert (dialog.police_edit.text(), dialog.police_phone_edit.text()) == (
        "派出所值班室", "0396-6952110")
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.save_button.click()
    assert police_cell(view, TODAY).data() == "派出所值班室\n0396-6952110"
    assert on_duty_now(demo_ctx).police_squad == "派出所值班室 0396-6952110"
    tomorrow = date(2027, 3, 6)
    assert police_cell(view, tomorrow).data() != "派出所值班室\n0396-6952110"  # only that day

    # a new period starts from the settings' squad
    new = view.open_new_period()
    assert (new.police_edit.text(), new.police_phone_edit.text()) == ("派出所值班室",
                                                                      "0396-6952110")  # fmt: skip
    new.reject()




def test_who_is_on_duty_in_the_status_bar_names_the_police_squad(qtbot, make_window, sample_ctx):
    from xianghua_console.services.roster import current_period_id

    ra.set_shift_supplies(sample_ctx, period_id=current_period_id(sample_ctx), days=[TODAY],
                          police_squad_contact="刘所长（应急分队）",
                          police_squad_phone="13903960110")  # fmt: skip
    window = make_window(sample_ctx)
    with qtbot.waitSignal(window.sig_reloaded, timeout=TIMEOUT):
        window.start()
    qtbot.waitUntil(lambda: "派出所备勤" in window.duty_label.toolTip(), timeout=TIMEOUT)
    assert "派出所备勤：刘所长（应急分队） 13903960110" in window.duty_label.toolTip()
