"""Two workstations edit the same record: the second save shows the conflict dialog with the
other workstation's change, and "reload and re-apply" saves on top of it — nothing is
overwritten silently.

Each test plays two workstations on one SQLite file: 甲 is the console under test (its dialog,
its door, its database connection); 乙 opens the same file on a second connection (another
``open_database``) and saves first, through the services.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from command_office import make_office
from PySide6.QtWidgets import QPushButton

from xianghua_console.domain.enums import TimelineKind, UnitKind, Weight
from xianghua_console.domain.lifecycle import Step
from xianghua_console.domain.settings import Settings
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.conflict_dialog import ConflictDialog, with_version
from xianghua_console.gui.dialogs.assignment import AssignmentDialog
from xianghua_console.gui.dialogs.directory import StaffDialog, UnitDialog
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.step_dialogs import CorrectionDialog, StepDialog
from xianghua_console.gui.views.directories import DirectoriesView
from xianghua_console.services.assignment import (
    assign_subcommand,
    assignment_state,
    change_weight,
    record_instruction,
)
from xianghua_console.services.conflicts import Conflict
from xianghua_console.services.context import Ctx
from xianghua_console.services.directories import load_directories, save_staff, save_unit
from xianghua_console.services.incident_log import correct_time, incident_detail, take_step
from xianghua_console.services.incidents import list_open_incidents
from xianghua_console.store.db import open_database

TIMEOUT = 10_000


@pytest.fixture
def other(db_url, clock):
    """乙: the second workstation, on its own connection to the same SQLite file."""
    database, _ = open_database(db_url, clock=clock)
    yield Ctx(database, clock, actor="值班员乙")
    database.dispose()


@pytest.fixture
def door(ctx, qloop):
    d = DbDoor(ctx)
    yield d
    d.shutdown()


@pytest.fixture
def tasks():
    errors: list[BaseException] = []
    keeper = TaskKeeper(errors.append)
    yield keeper
    assert errors == []


@pytest.fixture
def office(ctx):
    return make_office(ctx)


def unit_entry(ctx, unit_id):
    return next(u for u in load_directories(ctx).units if u.id == unit_id)


def staff_entry(ctx, staff_id):
    return next(p for p in load_directories(ctx).staff if p.id == staff_id)


def incident_row(ctx, incident_id):
    return next(r for r in list_open_incidents(ctx) if r.id == incident_id)


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def conflict_shown(qtbot, owner) -> ConflictDialog:
    """Wait for the conflict dialog over ``owner`` and return it."""
    qtbot.waitUntil(lambda: getattr(owner, "conflict_dialog", None) is not None
                    and owner.conflict_dialog.isVisible(), timeout=TIMEOUT)
    return owner.conflict_dialog


# ---------------------------------------------------------------- a form: the unit dialog


def test_reload_and_reapply_keeps_both_changes(qtbot, ctx, other, door, tasks):
    unit = save_unit(ctx, unit_id=None, name="东岗村", kind=UnitKind.VILLAGE,
                     info_officer="王建国", phone="13700000001")
    dialog = opened(qtbot, UnitDialog(door, tasks, unit_entry(ctx, unit.id)))
    # 乙 changes the information officer and the phone while 甲's dialog is open.
    save_unit(other, unit_id=unit.id, name="东岗村", kind=UnitKind.VILLAGE,
              info_officer="林小勇", phone="13700000009", expected_version=unit.version)
    dialog.name_edit.setText("东冈村")  # 甲 corrects the name
    dialog.submit()

    shown = conflict_shown(qtbot, dialog)
    assert "值班员乙" in shown.message.text() and "没有保存" in shown.message.text()
    assert ("信息员", "王建国", "林小勇") in shown.changes
    assert ("联系电话", "13700000001", "13700000009") in shown.changes
    assert "对方改了：信息员、联系电话" in shown.message.text()
    assert shown.rows()[0] == ["信息员", "王建国", "林小勇"]  # what changed comes first
    assert unit_entry(ctx, unit.id).name == "东岗村"  # nothing saved yet

    with qtbot.waitSignal(dialog.sig_saved, timeout=TIMEOUT):
        shown.reload_button.click()
    now = unit_entry(ctx, unit.id)
    assert (now.name, now.info_officer, now.phone) == ("东冈村", "林小勇", "13700000009")
    assert now.version == unit.version + 2


def test_both_changed_the_same_field_is_shown_before_saving(qtbot, ctx, other, door, tasks):
    unit = save_unit(ctx, unit_id=None, name="东岗村", kind=UnitKind.VILLAGE, info_officer="王建国")
    dialog = opened(qtbot, UnitDialog(door, tasks, unit_entry(ctx, unit.id)))
    save_unit(other, unit_id=unit.id, name="东岗村", kind=UnitKind.VILLAGE,
              info_officer="林小勇", phone="13700000009", expected_version=unit.version)
    dialog.officer_edit.setText("赵明")
    dialog.submit()
    conflict_shown(qtbot, dialog).reload_button.click()

    # Not saved: the field both changed is marked with 乙's value, 甲's value kept in it.
    qtbot.waitUntil(lambda: bool(dialog.error_text("info_officer")), timeout=TIMEOUT)
    assert "林小勇" in dialog.error_text("info_officer")
    assert dialog.officer_edit.text() == "赵明"
    assert dialog.phone_edit.text() == "13700000009"  # 乙's other change is taken
    assert "对方也改过" in dialog.general_error.text()
    assert dialog.isVisible() and unit_entry(ctx, unit.id).info_officer == "林小勇"

    with qtbot.waitSignal(dialog.sig_saved, timeout=TIMEOUT):
        dialog.submit()  # 甲 looked and saves: with the version now, no second conflict
    now = unit_entry(ctx, unit.id)
    assert (now.info_officer, now.phone) == ("赵明", "13700000009")


def test_going_back_keeps_what_was_typed_and_saves_nothing(qtbot, ctx, other, door, tasks):
    unit = save_unit(ctx, unit_id=None, name="东岗村", kind=UnitKind.VILLAGE, info_officer="王建国")
    dialog = opened(qtbot, UnitDialog(door, tasks, unit_entry(ctx, unit.id)))
    save_unit(other, unit_id=unit.id, name="东岗村", kind=UnitKind.VILLAGE,
              info_officer="林小勇", expected_version=unit.version)
    dialog.name_edit.setText("东冈村")
    dialog.submit()
    conflict_shown(qtbot, dialog).back_button.click()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.name_edit.text() == "东冈村"
    assert "值班员乙" in dialog.general_error.text()
    now = unit_entry(ctx, unit.id)
    assert (now.name, now.info_officer) == ("东岗村", "林小勇")


def test_a_staff_check_box_changed_elsewhere_is_taken_on_reload(qtbot, ctx, other, door, tasks):
    person = save_staff(ctx, staff_id=None, name="田新民", post="干事", phone="13900000002")
    dialog = opened(qtbot, StaffDialog(door, tasks, staff_entry(ctx, person.id), []))
    save_staff(other, staff_id=person.id, name="田新民", post="干事", phone="13900000002",
               is_driver=True, expected_version=person.version)
    dialog.post_edit.setText("信访办干事")
    dialog.submit()
    shown = conflict_shown(qtbot, dialog)
    assert ("驾驶员", "否", "是") in shown.changes
    with qtbot.waitSignal(dialog.sig_saved, timeout=TIMEOUT):
        shown.reload_button.click()
    now = staff_entry(ctx, person.id)
    assert (now.post, now.is_driver) == ("信访办干事", True)


# ---------------------------------------------------------------- the incident's dialogs


def test_a_correction_after_anothers_correction_adds_both_to_the_timeline(
    qtbot, ctx, other, door, tasks, office
):
    row = incident_row(ctx, office.incident_id)
    dialog = opened(qtbot, CorrectionDialog(door, tasks, row, Settings()))
    correct_time(other, incident_id=row.id, field_name="received_at",
                 value=row.received_at - timedelta(minutes=1), reason="村里电话记录为 09:57",
                 expected_version=row.version)
    dialog.choose_field("occurred_at")
    dialog.value.set_value(row.occurred_at - timedelta(minutes=1))
    dialog.reason.setPlainText("经核实 09:53 已聚集")
    dialog.submit()
    shown = conflict_shown(qtbot, dialog)
    assert [c[0] for c in shown.changes] == ["接报时间"]
    with qtbot.waitSignal(dialog.sig_saved, timeout=TIMEOUT):
        shown.reload_button.click()
    detail = incident_detail(ctx, incident_id=row.id)
    corrections = [e for e in detail.timeline if e.kind is TimelineKind.CORRECTION]
    assert [(e.actor, e.data["field"]) for e in corrections] == [
        ("值班员乙", "received_at"), ("测试员", "occurred_at")]
    assert detail.row.received_at == row.received_at - timedelta(minutes=1)
    assert detail.row.occurred_at == row.occurred_at - timedelta(minutes=1)


def test_a_step_taken_elsewhere_meanwhile_is_refused_after_the_reload(
    qtbot, ctx, other, door, tasks, office
):
    row = incident_row(ctx, office.incident_id)
    dialog = opened(qtbot, StepDialog(door, tasks, row, Step.VERIFY))
    refused = []
    dialog.sig_refused.connect(refused.append)
    take_step(other, incident_id=row.id, step=Step.VERIFY, expected_version=row.version)
    dialog.submit()
    shown = conflict_shown(qtbot, dialog)
    assert ("状态", "接报", "已核实") in shown.changes
    shown.reload_button.click()
    qtbot.waitUntil(lambda: bool(refused), timeout=TIMEOUT)  # the step no longer follows
    verified = [e for e in incident_detail(ctx, incident_id=row.id).timeline
                if e.kind is TimelineKind.VERIFIED]
    assert [e.actor for e in verified] == ["值班员乙"]  # once, by 乙: nothing doubled


def test_the_assignment_dialog_reapplies_on_top_of_anothers_weight(
    qtbot, ctx, other, door, office
):
    dialog = AssignmentDialog(door, office.incident_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=TIMEOUT):
        dialog.open()
        dialog.start()
    version = dialog.record_version
    change_weight(other, incident_id=office.incident_id, weight=Weight.HEAVIER,
                  reason="人数增至四十余人", expected_version=version)
    dialog.subcommand_combo.setCurrentIndex(
        dialog.subcommand_combo.findData(office.bodies["sc_land"]))
    dialog.assign_button.click()
    shown = conflict_shown(qtbot, dialog)
    assert ("程度", "一般", "较重") in shown.changes
    with qtbot.waitSignal(dialog.sig_changed, timeout=TIMEOUT):
        shown.reload_button.click()
    state = assignment_state(ctx, incident_id=office.incident_id)
    assert state.subcommand_id == office.bodies["sc_land"] and state.weight is Weight.HEAVIER
    assert dialog.record_version == state.row.version  # the next action sends this one


def test_an_instruction_is_not_versioned(qtbot):
    # Timeline entries from two workstations interleave: no version to send, none sent.
    assert "expected_version" not in with_version(record_instruction, {"text": "x"}, 3)
    assert with_version(assign_subcommand, {"subcommand_id": 1}, 3)["expected_version"] == 3
    assert "expected_version" not in with_version(assign_subcommand, {}, None)  # a new one


# ---------------------------------------------------------------- the roster's picker


def test_placing_on_a_shift_changed_elsewhere_asks_then_places(qtbot, ctx, other, door):
    from datetime import date

    from roster_helpers import add_staff, make_period

    from xianghua_console.domain.enums import DutySlot
    from xianghua_console.gui.roster_dialogs import PickChoice, StaffPicker
    from xianghua_console.services import roster_admin as ra

    day = date(2027, 3, 6)
    ids = add_staff(ctx)
    period_id = make_period(ctx)
    seen = next(d for d in ra.roster_grid(ctx, period_id=period_id).days if d.day == day)
    mine = ids["other"][1]
    picker = StaffPicker(door, period_id=period_id, day=day, slot=DutySlot.DUTY, position=1,
                         choices=[PickChoice(mine, "干事2", "信访办干事", "", "gs", 0)])
    qtbot.addWidget(picker)
    picker.showing(seen)  # as the roster view opens it: with the shift's version as read
    picker.open()
    # 乙 puts 干事1 on duty that day meanwhile: the shift changed.
    ra.place_staff(other, period_id=period_id, day=day, slot=DutySlot.DUTY,
                   staff_id=ids["other"][0], position=0, expected_version=seen.version)
    picker.place_current()
    shown = conflict_shown(qtbot, picker)
    assert ["值班人员", "干事1"] in shown.rows() and "值班员乙" in shown.message.text()
    with qtbot.waitSignal(picker.sig_placed, timeout=TIMEOUT):
        shown.reload_button.click()
    now = next(d for d in ra.roster_grid(ctx, period_id=period_id).days if d.day == day)
    assert now.names(DutySlot.DUTY) == ("干事1", "干事2")  # both: 乙's stands, 甲's added


# ---------------------------------------------------------------- one click: archive


def test_archiving_a_unit_changed_elsewhere_asks_first(qtbot, ctx, other, qloop, office):
    door = DbDoor(ctx)
    view = DirectoriesView(door)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    try:
        with qtbot.waitSignal(view.sig_loaded, timeout=TIMEOUT):
            view.tasks.spawn(view.load(), name="test_load")
        assert view.units.select(lambda u: u.name == "南湾村")
        seen = view.units.selected()
        save_unit(other, unit_id=seen.id, name="南湾村", kind=UnitKind.VILLAGE,
                  info_officer="周红", expected_version=seen.version)
        view.units.findChild(QPushButton, "unit_archive").click()
        shown = conflict_shown(qtbot, view)
        assert ("信息员", "", "周红") in shown.changes
        assert unit_entry(ctx, seen.id).active  # not archived behind the officer's back
        with qtbot.waitSignal(view.sig_changed, timeout=TIMEOUT):
            shown.reload_button.click()
        now = unit_entry(ctx, seen.id)
        assert not now.active and now.info_officer == "周红"
    finally:
        view.tasks.cancel_all()
        door.shutdown()


def test_the_conflict_dialog_without_a_copy_lists_the_values_now(qtbot, ctx, other):
    unit = save_unit(ctx, unit_id=None, name="东岗村", kind=UnitKind.VILLAGE, info_officer="王建国")
    save_unit(other, unit_id=unit.id, name="东岗村", kind=UnitKind.VILLAGE,
              info_officer="林小勇", expected_version=unit.version)
    with pytest.raises(Conflict) as err:
        save_unit(ctx, unit_id=unit.id, name="东冈村", kind=UnitKind.VILLAGE,
                  expected_version=unit.version)
    dialog = ConflictDialog(err.value)
    qtbot.addWidget(dialog)
    assert dialog.table.columnCount() == 2 and dialog.changes == []
    assert ["信息员", "林小勇"] in dialog.rows()


# ---------------------------------------------------------------- the roster's supplies


def supplies_setup(ctx):
    from datetime import date

    from roster_helpers import add_staff, make_period

    from xianghua_console.services import roster_admin as ra

    add_staff(ctx)
    period_id = make_period(ctx)
    day = date(2027, 3, 6)
    seen = ra.roster_grid(ctx, period_id=period_id).days
    return ra, period_id, day, next(d for d in seen if d.day == day), seen


def test_supplies_changed_elsewhere_ask_then_keep_both_changes(qtbot, ctx, other, door):
    """甲 raises the fund while 乙 changed the vehicle: on reload 甲's fund goes on top of
    乙's vehicle, which 甲 never touched (not the stale one from 甲's form)."""
    from xianghua_console.gui.roster_dialogs import SuppliesDialog

    ra, period_id, day, shown, seen = supplies_setup(ctx)
    dialog = opened(qtbot, SuppliesDialog(door, period_id=period_id, day=shown,
                                          versions={d.day: d.version for d in seen}))
    ra.set_shift_supplies(other, period_id=period_id, days=[day], vehicle="豫R·B9999")
    dialog.fund_spin.setValue(20_000)
    dialog.spawn(dialog.save(), "save")
    conflict = conflict_shown(qtbot, dialog)
    assert ["应急车辆", "豫R·B9999"] in conflict.rows()  # 乙's value, before anything is saved
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        conflict.reload_button.click()
    now = next(d for d in ra.roster_grid(ctx, period_id=period_id).days if d.day == day)
    assert (now.emergency_fund_yuan, now.vehicle) == (20_000, "豫R·B9999")


def test_supplies_for_every_day_check_every_days_version(qtbot, ctx, other, door):
    """用于每一天 writes all days: one changed elsewhere stops it, and going back saves none."""
    from xianghua_console.gui.roster_dialogs import SuppliesDialog

    ra, period_id, day, shown, seen = supplies_setup(ctx)
    last = seen[-1].day
    dialog = opened(qtbot, SuppliesDialog(door, period_id=period_id, day=shown,
                                          versions={d.day: d.version for d in seen}))
    ra.set_shift_supplies(other, period_id=period_id, days=[last], vehicle="豫R·B9999")
    dialog.all_days.setChecked(True)
    dialog.vehicle_edit.setText("豫R·C1111")
    dialog.spawn(dialog.save(), "save")
    conflict = conflict_shown(qtbot, dialog)
    with qtbot.waitSignal(dialog.sig_acted, timeout=TIMEOUT):
        conflict.back_button.click()
    vehicles = {d.day: d.vehicle for d in ra.roster_grid(ctx, period_id=period_id).days}
    assert vehicles[last] == "豫R·B9999" and "豫R·C1111" not in vehicles.values()
    assert dialog.isVisible() and dialog.vehicle_edit.text() == "豫R·C1111"  # typing kept
