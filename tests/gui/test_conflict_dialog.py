"""The conflict dialog shows the other workstation's values and offers to reload them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from xianghua_console.domain.enums import UnitKind
from xianghua_console.gui.conflict_dialog import ConflictDialog, show_conflict
from xianghua_console.services.conflicts import Conflict
from xianghua_console.services.context import Ctx
from xianghua_console.services.directories import save_unit


@pytest.fixture
def conflict(ctx, db, clock) -> Conflict:
    """A real one: 乙 changed the unit's officer after 甲 opened the form."""
    unit = save_unit(ctx, unit_id=None, name="东岗村", kind=UnitKind.VILLAGE, info_officer="王建国")
    save_unit(Ctx(db, clock, actor="值班员乙"), unit_id=unit.id, name="东岗村",
              kind=UnitKind.VILLAGE, info_officer="林小勇", expected_version=unit.version)
    with pytest.raises(Conflict) as err:
        save_unit(ctx, unit_id=unit.id, name="东冈村", kind=UnitKind.VILLAGE,
                  info_officer="王建国", expected_version=unit.version)
    return err.value


def test_the_dialog_lists_the_values_now_and_who_changed_them(qtbot, conflict):
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    assert "值班员乙" in dialog.message.text() and "没有保存" in dialog.message.text()
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    assert rows["信息员"] == "林小勇" and rows["名称"] == "东岗村"


def test_reload_hands_back_the_record_as_it_is_now(qtbot, conflict):
    dialog = show_conflict(conflict)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_reload_requested, timeout=2000) as blocker:
        dialog.reload_button.click()
    assert blocker.args[0].row.info_officer == "林小勇"
    assert blocker.args[0].current_version == conflict.expected_version + 1
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_going_back_keeps_the_form_and_reloads_nothing(qtbot, conflict):
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    asked = []
    dialog.sig_reload_requested.connect(asked.append)
    dialog.open()
    dialog.back_button.click()
    assert asked == [] and dialog.result() == QDialog.DialogCode.Rejected
