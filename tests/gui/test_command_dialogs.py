"""The assignment and on-scene command dialogs driven as an officer would, on a real database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from command_office import make_office
from PySide6.QtCore import Qt

from xianghua_console.domain.enums import IncidentStatus, TimelineKind, Weight
from xianghua_console.domain.lifecycle import Step
from xianghua_console.gui.dialogs.assignment import AssignmentDialog, open_assignment_dialog
from xianghua_console.gui.dialogs.onscene import OnSceneDialog, open_onscene_dialog
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.assignment import assignment_state
from xianghua_console.services.incident_log import incident_detail, take_step
from xianghua_console.services.onscene import onscene_state

TIMEOUT = 10_000


@pytest.fixture
def office(ctx):
    return make_office(ctx)


@pytest.fixture
def door(ctx, qloop):
    d = DbDoor(ctx)
    yield d
    d.shutdown()


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=TIMEOUT):
        dialog.open()
        dialog.start()
    return dialog


def click_and_wait(qtbot, dialog, button):
    """Click ``button`` and wait until its action has finished (saved or refused)."""
    with qtbot.waitSignal(dialog.sig_acted, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def last_entry(ctx, incident_id):
    return incident_detail(ctx, incident_id=incident_id).timeline[-1]


def test_entry_point_opens_without_blocking_and_closes(qtbot, door, office):
    dialog = open_assignment_dialog(door, office.incident_id)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.windowTitle() == "分派 — 2027-0001"
    dialog.close()


def test_override_needs_a_reason_and_the_head_warning_shows_before_choosing(
    qtbot, door, ctx, clock, office
):
    dialog = opened(qtbot, AssignmentDialog(door, office.incident_id))
    land, migrants = office.bodies["sc_land"], office.bodies["sc_migrants"]
    assert "土地征用" in dialog.proposal_label.text()
    assert dialog.subcommand_combo.currentData() == land
    assert not dialog.reason_edit.isEnabled() and dialog.head_warning.isHidden()
    assert dialog.accept_clock.text() == "分派后开始计算接收时限。"

    # highlighting the headless sub-command in the open list warns before it is chosen
    dialog.subcommand_combo.highlighted.emit(dialog.subcommand_combo.findData(migrants))
    assert not dialog.head_warning.isHidden() and "移民分指" in dialog.head_warning.text()
    assert dialog.subcommand_combo.currentData() == land
    dialog.subcommand_combo.setCurrentIndex(dialog.subcommand_combo.findData(migrants))
    assert dialog.reason_edit.isEnabled() and "党委副书记" in dialog.head_warning.text()

    click_and_wait(qtbot, dialog, dialog.assign_button)
    assert dialog.invalid(dialog.reason_edit) and "须写明原因" in dialog.message.text()
    assert assignment_state(ctx, incident_id=office.incident_id).assigned_at is None

    dialog.reason_edit.setText("涉及移民安置用地")
    click_and_wait(qtbot, dialog, dialog.assign_button)
    assert not dialog.invalid(dialog.reason_edit)
    assert "已分派给移民分指" in dialog.message.text() and "还没有指定负责人" in dialog.message.text()
    state = assignment_state(ctx, incident_id=office.incident_id)
    assert state.subcommand_id == migrants and state.override_reason == "涉及移民安置用地"
    entry = last_entry(ctx, office.incident_id)
    assert entry.kind is TimelineKind.ASSIGNED and entry.actor == "测试员"
    assert "改派原因：涉及移民安置用地" in entry.text
    assert dialog.assign_button.text() == "改派"
    assert "接收时限" in dialog.accept_clock.text() and "15:00" in dialog.accept_clock.text()

    # the countdown moves with the clock, from memory
    clock.advance(minutes=16)
    dialog.tick()
    assert "超时 01:00" in dialog.accept_clock.text()

    dialog.accepted_by_edit.setText("高明")
    click_and_wait(qtbot, dialog, dialog.accept_button)
    state = assignment_state(ctx, incident_id=office.incident_id)
    assert state.accepted_by == "高明" and state.accepted_at == clock.now()
    assert "已接收" in dialog.accept_clock.text() and "超时接收" in dialog.accept_clock.text()
    assert not dialog.accept_button.isEnabled()
    assert "超过接收时限 1 分钟" in last_entry(ctx, office.incident_id).text


def test_changing_the_weight_previews_and_logs_the_rerouting(qtbot, door, ctx, office):
    dialog = opened(qtbot, AssignmentDialog(door, office.incident_id))
    assert "一般：由现场指挥部负责处置" in dialog.command_label.text()
    assert not dialog.weight_button.isEnabled()  # nothing to change yet

    dialog.weight_combo.setCurrentIndex(dialog.weight_combo.findData(Weight.HEAVIER.value))
    assert "调整后：<b>较重：由国土分指指导协调" in dialog.command_label.text()
    assert "请先分派分指挥部" in dialog.command_warning.text()
    click_and_wait(qtbot, dialog, dialog.weight_button)
    assert dialog.invalid(dialog.weight_reason)
    assert assignment_state(ctx, incident_id=office.incident_id).weight is Weight.ORDINARY

    dialog.weight_reason.setText("聚集人数增至四十余人")
    click_and_wait(qtbot, dialog, dialog.weight_button)
    assert "指挥：<b>较重：由国土分指指导协调" in dialog.command_label.text()
    entry = last_entry(ctx, office.incident_id)
    assert entry.kind is TimelineKind.WEIGHT_CHANGED
    assert "改为由国土分指指导协调。原因：聚集人数增至四十余人" in entry.text

    dialog.weight_combo.setCurrentIndex(dialog.weight_combo.findData(Weight.SERIOUS.value))
    dialog.weight_reason.setText("情绪激动，有扩大趋势")
    click_and_wait(qtbot, dialog, dialog.weight_button)
    assert "严重：由总指挥部统一指挥、直接处置" in dialog.command_label.text()
    assert assignment_state(ctx, incident_id=office.incident_id).weight is Weight.SERIOUS


def test_groups_instruction_and_work_group_from_the_dialog(qtbot, door, ctx, clock, office):
    dialog = opened(qtbot, AssignmentDialog(door, office.incident_id))
    mobile = office.bodies["wg_mobile"]
    dialog.group_boxes[mobile].setChecked(True)
    assert "机动组" in dialog.group_warning.text()  # no head: warned while ticking it
    dialog.unit_filter.setText("东岗")
    visible = [dialog.unit_list.item(r) for r in range(dialog.unit_list.count())
               if not dialog.unit_list.item(r).isHidden()]
    assert [i.text() for i in visible] == ["东岗村（村）"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    click_and_wait(qtbot, dialog, dialog.groups_button)
    assert last_entry(ctx, office.incident_id).text == "分派工作组：机动组；增加成员单位：东岗村"

    dialog.instruction_text.setPlainText("村支部书记立即到场，做好政策解释")
    click_and_wait(qtbot, dialog, dialog.instruction_button)
    assert last_entry(ctx, office.incident_id).text == (
        "总指挥部指示东岗村：村支部书记立即到场，做好政策解释")
    assert dialog.instruction_text.toPlainText() == ""

    dialog.leader_combo.setCurrentIndex(dialog.leader_combo.findData(office.staff["mayor"]))
    dialog.task_edit.setText("督导补偿款核查")
    click_and_wait(qtbot, dialog, dialog.work_group_button)
    entry = last_entry(ctx, office.incident_id)
    assert entry.kind is TimelineKind.WORK_GROUP and "镇长周海带队" in entry.text
    assert dialog.log_list.item(0).text().endswith(f"{entry.text}（测试员）")


def test_onscene_command_set_up_then_changed_with_a_reason(qtbot, door, ctx, clock, office):
    take_step(ctx, incident_id=office.incident_id, step=Step.VERIFY)
    take_step(ctx, incident_id=office.incident_id, step=Step.LAUNCH)
    s = office.staff
    dialog = opened(qtbot, OnSceneDialog(door, office.incident_id))
    assert dialog.save_button.text() == "成立现场指挥部" and dialog.reason_edit.isHidden()
    assert "事件进入“现场指挥部已成立”" in dialog.step_note.text()
    assert dialog.commander_combo.currentIndex() == -1

    click_and_wait(qtbot, dialog, dialog.save_button)
    assert dialog.invalid(dialog.commander_combo) and "请选择指挥长" in dialog.message.text()

    dialog.commander_combo.setCurrentIndex(dialog.commander_combo.findData(s["mayor"]))
    dialog.deputy_combo.setCurrentIndex(dialog.deputy_combo.findData(s["vice"]))
    dialog.check_member(s["head_dg"])
    dialog.check_member(s["land"])
    clock.advance(minutes=2)
    click_and_wait(qtbot, dialog, dialog.save_button)
    state = onscene_state(ctx, incident_id=office.incident_id)
    assert state.status is IncidentStatus.ONSCENE
    assert state.current.commander.name == "周海"
    assert {m.name for m in state.current.members} == {"林大山", "孙立"}
    assert dialog.save_button.text() == "保存调整" and not dialog.reason_edit.isHidden()
    assert last_entry(ctx, office.incident_id).kind is TimelineKind.ONSCENE

    dialog.commander_combo.setCurrentIndex(dialog.commander_combo.findData(s["secretary"]))
    dialog.check_member(s["land"], False)
    click_and_wait(qtbot, dialog, dialog.save_button)
    assert dialog.invalid(dialog.reason_edit)
    dialog.reason_edit.setText("事态升级，书记到场指挥")
    clock.advance(minutes=20)
    click_and_wait(qtbot, dialog, dialog.save_button)
    state = onscene_state(ctx, incident_id=office.incident_id)
    assert [c.commander.name for c in state.history] == ["周海", "郝军"]
    assert dialog.history_list.count() == 2 and "原因：事态升级" in dialog.history_list.item(0).text()
    entry = last_entry(ctx, office.incident_id)
    assert entry.kind is TimelineKind.COMMAND_CHANGED and entry.at == clock.now()


def test_onscene_entry_point_refuses_an_unlaunched_incident(qtbot, door, ctx, office):
    dialog = open_onscene_dialog(door, office.incident_id)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    dialog.commander_combo.setCurrentIndex(dialog.commander_combo.findData(office.staff["mayor"]))
    with qtbot.waitSignal(dialog.sig_acted, timeout=TIMEOUT):
        dialog.save_button.click()
    assert "须先到“已启动预案”" in dialog.message.text()
    assert onscene_state(ctx, incident_id=office.incident_id).current is None
    dialog.close()


def test_the_acceptance_clock_turns_amber_then_red(qtbot, door, ctx, clock, office):
    from xianghua_console.services.assignment import assign_subcommand

    assign_subcommand(ctx, incident_id=office.incident_id, subcommand_id=office.bodies["sc_land"])
    dialog = opened(qtbot, AssignmentDialog(door, office.incident_id))
    assert "background" not in dialog.accept_clock.text()
    clock.advance(timedelta(minutes=11))
    dialog.tick()
    assert "#ffb300" in dialog.accept_clock.text()
    clock.advance(timedelta(minutes=5))
    dialog.tick()
    assert "#c62828" in dialog.accept_clock.text()
    assert dialog._timer.isActive()
    dialog.close()
    assert not dialog._timer.isActive()
