"""工具 → 审计日志: filtered, newest first, fetched a page at a time, exported to Excel."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from xianghua_console.domain.enums import Role
from xianghua_console.gui.audit_view import AuditDialog
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.context import Ctx, audit

SHOTS = Path(os.environ["XIANGHUA_TEST_SHOTS"]) if os.environ.get("XIANGHUA_TEST_SHOTS") else None


@pytest.fixture
def logged(live_ctx) -> Ctx:
    """The live panel's office and 240 more entries by two officers; read as the director."""
    clock = live_ctx.clock
    for i in range(240):
        who = Ctx(live_ctx.db, clock, actor="田新民" if i % 3 else "魏静")
        with live_ctx.db.session() as s:
            if i % 3:
                audit(s, who, action="incident.correct", entity="incident", entity_id=str(i),
                      before={"received_at": (clock.now() - timedelta(minutes=9)).isoformat(),
                              "reason": ""},
                      after={"received_at": (clock.now() - timedelta(minutes=7)).isoformat(),
                             "reason": "接报时间记错"})
            else:
                audit(s, who, action="daily.zero", entity="daily_report", entity_id=str(i),
                      after={"unit": "东岗村", "kind": "zero", "taken_by": "魏静"})
        clock.advance(minutes=1)
    return Ctx(live_ctx.db, clock, actor="王主任", role=Role.DIRECTOR)


@pytest.fixture
def open_dialog(qloop, qtbot):
    made: list[tuple[AuditDialog, DbDoor]] = []

    def make(ctx: Ctx, page_size: int = 50) -> AuditDialog:
        door = DbDoor(ctx)
        tasks = TaskKeeper(lambda exc: None)
        dialog = AuditDialog(door, tasks, page_size=page_size)
        dialog.tasks_keeper = tasks
        qtbot.addWidget(dialog)
        made.append((dialog, door))
        dialog.show()
        with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
            dialog.start()
        return dialog

    yield make
    for dialog, door in made:
        dialog.tasks_keeper.cancel_all()
        door.shutdown()


def test_pages_come_as_the_table_is_scrolled(qtbot, open_dialog, logged):
    dialog = open_dialog(logged)
    model = dialog.model
    assert model.rowCount() == 50  # one page, not the whole log
    total = int(dialog.count_label.text().split()[1])
    assert total > 240
    ids = [r.id for r in model.rows]
    assert ids == sorted(ids, reverse=True)  # newest first
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.table.scrollToBottom()  # the view asks for more at the bottom
    assert model.rowCount() == 100
    ids = [r.id for r in model.rows]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 100


def test_filter_detail_and_export(qtbot, open_dialog, logged, tmp_path):
    dialog = open_dialog(logged)
    qtbot.waitUntil(lambda: dialog.actor.findData("魏静") >= 0, timeout=5_000)
    dialog.actor.setCurrentIndex(dialog.actor.findData("魏静"))
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.search_button.click()
    assert dialog.count_label.text() == "共 80 条，新的在前"
    assert {r.actor for r in dialog.model.rows} == {"魏静"}

    dialog.actor.setCurrentIndex(0)
    dialog.action.setCurrentIndex(dialog.action.findData("incident."))  # the area 事件（全部）
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.search_button.click()
    rows = dialog.model.rows
    assert {r.action.split(".")[0] for r in rows} == {"incident"}
    first = rows[0]
    assert first.action == "incident.correct"
    assert dialog.model.data(dialog.model.index(0, 2)) == "更正事件时间"
    assert "接报时间：" in dialog.model.data(dialog.model.index(0, 5))
    # the newest entry is selected: its fields, before and after, changed ones marked
    detail = dialog.detail
    cells = {detail.item(r, 0).text(): (detail.item(r, 1).text(), detail.item(r, 2).text())
             for r in range(detail.rowCount())}
    assert cells["原因"] == ("", "接报时间记错")
    before, after = cells["接报时间"]
    assert before.startswith("2027-03-05 ") and after > before
    assert detail.item(0, 2).font().bold()
    assert "更正事件时间（incident.correct）" in dialog.detail_title.text()
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.resize(1180, 760)
        dialog.grab().save(str(SHOTS / "audit_log.png"))

    path = tmp_path / "审计日志.xlsx"
    with qtbot.waitSignal(dialog.sig_exported, timeout=20_000):
        dialog.export(path)
    expected = int(dialog.count_label.text().split()[1])
    assert expected >= 160
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("审计日志").to_python()
    assert len(sheet) == 3 + expected  # every entry of the filter, not only the pages shown
    assert all(str(row[7]).startswith("incident.") for row in sheet[3:])
    wb = load_workbook(path, read_only=True)
    assert sum(1 for _ in wb["审计日志"].iter_rows(values_only=True)) == 3 + expected
    wb.close()
    assert "已导出" in dialog.status.text()


def test_only_the_roles_allowed_see_the_menu_and_the_service_refuses_the_others(
        qtbot, qloop, open_dialog, logged):
    duty = Ctx(logged.db, logged.clock, actor="田新民", role=Role.DUTY_OFFICER)
    dialog = open_dialog(duty)
    assert dialog.model.rowCount() == 0
    assert "查看和导出审计日志" in dialog.status.text() and "办公室主任或指挥长" in dialog.status.text()

    for ctx, visible in ((logged, True), (duty, False),
                         (Ctx(logged.db, logged.clock, actor="指挥长", role=Role.COMMANDER), True)):
        door = DbDoor(ctx)
        window = MainWindow(ctx, door)
        try:
            assert window.audit_action.isVisible() is visible
            assert window.audit_action in window.tools_menu.actions()
        finally:
            window.close()
            door.shutdown()


def test_the_menu_opens_the_viewer(qtbot, qloop, logged):
    door = DbDoor(logged)
    window = MainWindow(logged, door)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
            window.start()
        window.audit_action.trigger()
        dialog = window.audit_dialog
        assert isinstance(dialog, AuditDialog) and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
        dialog.close()
    finally:
        window.close()
        door.shutdown()
