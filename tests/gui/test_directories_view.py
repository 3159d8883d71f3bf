"""The directory editors: import with bad rows changes nothing, archive instead of delete."""

from __future__ import annotations

import pytest
from command_office import make_office
from openpyxl import Workbook
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import func, select

from xianghua_console.gui.dialogs.directory import ImportProblemsDialog, UnitDialog, set_checked
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.views.directories import DirectoriesView
from xianghua_console.services.assignment import assignment_state
from xianghua_console.store.models import Staff, Unit

TIMEOUT = 10_000


@pytest.fixture
def office(ctx):
    return make_office(ctx)


@pytest.fixture
def view(qtbot, ctx, qloop, office):
    door = DbDoor(ctx)
    widget = DirectoriesView(door)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    with qtbot.waitSignal(widget.sig_loaded, timeout=TIMEOUT):
        widget.tasks.spawn(widget.load(), name="test_load")
    yield widget
    door.shutdown()


def count(ctx, model) -> int:
    with ctx.db.read_session() as s:
        return s.scalar(select(func.count()).select_from(model))


def workbook(path, title, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_the_view_lists_the_directories(view):
    assert view.title() == "目录"
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "单位和信息员", "人员", "指挥机构", "类别对应分指挥部"]
    names = [view.units.model.row_at(r).name for r in range(view.units.model.rowCount())]
    assert names[:3] == ["东岗村", "西岭村", "南湾村"] and "派出所" in names
    assert "未指定负责人" in view.header.text()  # most bodies have no head yet
    assert view.units.proxy.rowCount() == 18


def test_an_import_with_bad_rows_is_listed_and_changes_nothing(qtbot, view, ctx, tmp_path):
    bad = workbook(tmp_path / "units.xlsx", "单位", [
        ("单位名称*", "类型*", "信息员", "联系电话"),
        ("北坪村", "村", "秦岭", "13700000021"),
        ("", "村", "", ""),
        ("东岗村", "村", "", ""),
        ("石桥村", "村", "", "0394-12"),
    ])
    before = count(ctx, Unit)
    with qtbot.waitSignal(view.sig_import_refused, timeout=TIMEOUT):
        view.import_file(bad, "单位")
    dialog = view.dialog
    assert isinstance(dialog, ImportProblemsDialog) and dialog.isVisible()
    rows = dialog.rows()
    assert ("单位", "3", "A（单位名称）", "必填项为空") in rows
    assert ("单位", "4", "A（单位名称）", "目录中已有单位“东岗村”") in rows
    assert any(r[1:3] == ("5", "D（联系电话）") and "格式不对" in r[3] for r in rows)
    assert "未导入任何数据" in view.status.text()
    assert count(ctx, Unit) == before
    dialog.close()

    good = workbook(tmp_path / "good.xlsx", "单位", [
        ("单位名称*", "类型*", "信息员", "联系电话"),
        ("北坪村", "村", "秦岭", 13700000021),
    ])
    with qtbot.waitSignal(view.sig_imported, timeout=TIMEOUT):
        view.import_file(good, "单位")
    assert count(ctx, Unit) == before + 1
    assert "已从 good.xlsx 导入 1 条：北坪村" in view.status.text()
    assert "北坪村" in [view.units.model.row_at(r).name for r in range(view.units.model.rowCount())]


def test_a_staff_import_with_an_unknown_unit_changes_nothing(qtbot, view, ctx, tmp_path):
    path = workbook(tmp_path / "staff.xlsx", "人员", [
        ("姓名*", "职务", "所属单位", "联系电话"),
        ("王五", "干事", "国土所", "13900000031"),
        ("赵六", "干事", "水利站", "13900000032"),
    ])
    before = count(ctx, Staff)
    with qtbot.waitSignal(view.sig_import_refused, timeout=TIMEOUT):
        view.import_file(path, "人员")
    assert any("水利站" in r[3] and r[1:3] == ("3", "C（所属单位）") for r in view.dialog.rows())
    assert count(ctx, Staff) == before


def test_deleting_a_unit_with_history_is_refused_and_archiving_works(qtbot, view, ctx, office):
    assert view.units.select(lambda u: u.name == "东岗村")
    view.units.findChild(QPushButton, "unit_delete").click()
    box = view.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "只能归档" in view.status.text(), timeout=TIMEOUT)
    assert "报告过 1 起事件" in view.status.text()
    assert count(ctx, Unit) == 18

    with qtbot.waitSignal(view.sig_loaded, timeout=TIMEOUT):
        view.units.findChild(QPushButton, "unit_archive").click()
    assert "已归档“东岗村”" in view.status.text()
    assert view.units.proxy.rowCount() == 17  # archived rows are hidden
    view.units.show_archived.setChecked(True)
    assert view.units.proxy.rowCount() == 18
    state = assignment_state(ctx, incident_id=office.incident_id)
    assert office.villages["东岗村"] not in [u.id for u in state.units]


def test_editing_a_unit_shows_the_refusal_under_its_field(qtbot, view, ctx):
    dialog = view.edit_unit(None)
    assert isinstance(dialog, UnitDialog) and dialog.isVisible()
    dialog.name_edit.setText("东岗村")
    dialog.phone_edit.setText("12345")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error_text("phone")), timeout=TIMEOUT)
    assert dialog.error_text("name") == "已有名为“东岗村”的单位"
    dialog.name_edit.setText("北坪村")
    dialog.phone_edit.setText("13700000099")
    with qtbot.waitSignal(view.sig_loaded, timeout=TIMEOUT):
        dialog.ok_button.click()
    assert "单位已保存" in view.status.text()
    assert count(ctx, Unit) == 19


def test_naming_a_body_head_clears_its_warning(qtbot, view, ctx, office):
    view.tabs.setCurrentWidget(view.bodies)
    assert view.bodies.select(lambda b: b.code == "sc_migrants")
    dialog = view.edit_body()
    dialog.head_combo.setCurrentIndex(dialog.head_combo.findData(office.staff["mayor"]))
    set_checked(dialog.unit_list, office.villages["东岗村"])
    with qtbot.waitSignal(view.sig_loaded, timeout=TIMEOUT):
        dialog.ok_button.click()
    body = next(b for b in view.data.bodies if b.code == "sc_migrants")
    assert body.head.startswith("周海") and "东岗村" in body.member_units
    state = assignment_state(ctx, incident_id=office.incident_id)
    assert not state.body(office.bodies["sc_migrants"]).warning
