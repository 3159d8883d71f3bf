"""The roster view on the demo office (real SQLite, the fake clock at 2027-03-05 10:00).

Every action goes through the view as an officer would: keys on the grid, the dialogs opened
with ``open()`` and answered here, and waits on signals (never a sleep).
"""

from __future__ import annotations

import asyncio
import subprocess
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from roster_helpers import assignments

import xianghua_console.gui.views.roster as roster_view
from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.enums import DutySlot, SwapStatus, UnavailabilityKind
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.roster_dialogs import (
    GenerateDialog,
    ImportErrorsDialog,
    StaffPicker,
    SuppliesDialog,
    SwapRequestDialog,
    TextStepDialog,
    UnavailabilityDialog,
)
from xianghua_console.gui.views.base import Palette
from xianghua_console.gui.views.roster import (
    COL_DAY,
    WEEKEND_BG,
    CurrentRole,
    DutyRosterView,
    HandRole,
    SwapRole,
)
from xianghua_console.services import roster_admin as ra

TODAY = date(2027, 3, 5)
BG = Qt.ItemDataRole.BackgroundRole
TIMEOUT = 10_000


def run_task(qtbot, coro, timeout: int = TIMEOUT):
    """Run a coroutine on the qasync loop until it is done (waitUntil, never sleep)."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


@pytest.fixture
def make_roster(qloop, qtbot):
    """Build the roster view alone on a ctx, shown and loaded through its own door."""
    made: list[tuple[DutyRosterView, DbDoor]] = []

    def make(ctx) -> DutyRosterView:
        door = DbDoor(ctx)
        view = DutyRosterView(door)
        qtbot.addWidget(view)
        made.append((view, door))
        view.resize(1400, 820)
        view.show()
        qtbot.waitExposed(view)
        run_task(qtbot, view.load())
        return view

    yield make
    for view, door in made:
        view.shutdown()
        door.shutdown()


@pytest.fixture
def view(make_roster, demo_ctx) -> DutyRosterView:
    return make_roster(demo_ctx)


def index(view: DutyRosterView, day: date, slot: DutySlot | None = None, position: int = 0):
    row = view.model.row_of(day)
    column = view.model.place_column(slot, position) if slot is not None else COL_DAY
    assert row is not None and column is not None
    return view.model.index(row, column)


def text(view, day, slot=None, position=0) -> str:
    return view.model.data(index(view, day, slot, position))


def holder(view, day, slot, position=0) -> ra.GridCell | None:
    return view.model.row_at(view.model.row_of(day)).at(slot, position)


def closed(widget) -> bool:
    """The dialog was closed (and maybe already deleted by its deleteLater)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def steps(view) -> str:
    """The steps column of the newest swap."""
    return view.swaps_model.data(view.swaps_model.index(0, 2))


def initials_of(view, staff_id: int) -> str:
    return next(s.initials for s in view.screen.staff if s.id == staff_id)


def choose(qtbot, picker: StaffPicker, name: str) -> None:
    """Move the picker's highlight to ``name`` with the arrow keys, from the filter field."""
    names = picker.visible_names()
    assert name in names
    for _ in range(names.index(name)):
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    assert picker.list.currentItem().text().startswith(name)


def free_person(view, day: date, slot: DutySlot) -> ra.StaffChoice:
    """Someone fit for ``slot`` not on duty the day before, that day or the day after."""
    busy = set()
    for d in view.model.rows:
        if abs((d.day - day).days) <= 1:
            busy |= {c.staff_id for c in d.grid_day.cells}
    away = {a.staff_id for a in view.screen.away if a.day == day}
    return next(s for s in view.screen.fit[slot] if s.id not in busy | away)


# ---------------------------------------------------------------- the grid


def test_grid_shows_the_demo_period_with_today_and_the_shift_on_duty(view, demo_ctx, clock):
    grid = view.screen.grid
    assert view.model.rowCount() == 15  # 02-28 … 03-14
    assert "2027年全国两会期间" in view.header.text()
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert headers[:2] == ["日期", "带班领导"] and "值班人员 1" in headers
    assert "备勤人员 3" in headers and "驾驶员" in headers
    # 2027 has no chinese-calendar data: the fallback is said, never a crash
    assert view.calendar_label.isVisible() and "没有2027年" in view.calendar_label.text()

    today = index(view, TODAY)
    assert view.model.is_current(view.model.row_at(today.row()))
    assert "在班" in today.data() and "今天" in today.data()
    assert index(view, TODAY, DutySlot.LEADER).data(BG) == Palette.TODAY_BG
    assert index(view, TODAY, DutySlot.LEADER).data(CurrentRole) is True
    leader = next(c for c in grid.days[5].cells if c.slot is DutySlot.LEADER)
    assert text(view, TODAY, DutySlot.LEADER) == f"{leader.name}\n{leader.phone}"  # with phones
    assert view.table.currentIndex().row() == today.row() or view.table.currentIndex().row() < 0

    saturday = date(2027, 3, 6)
    assert "休息日" in text(view, saturday) and index(view, saturday).data(BG) == WEEKEND_BG
    assert index(view, saturday, DutySlot.LEADER).data(BG) is None

    # before today's 08:30 boundary yesterday's shift is still the one on duty
    clock.set(local_datetime(TODAY, 7, 0))
    view.refresh_current()
    assert "在班" in text(view, TODAY - timedelta(days=1))
    assert "在班" not in text(view, TODAY) and "今天" in text(view, TODAY)


def test_the_period_chooser_switches_periods(view, demo_ctx, qtbot):
    ra.create_period(
        demo_ctx, name="2027年清明节期间", start_date=date(2027, 4, 3), end_date=date(2027, 4, 6)
    )
    run_task(qtbot, view.load())
    assert view.period_combo.count() == 2
    with qtbot.waitSignal(view.sig_loaded, timeout=TIMEOUT):
        view.period_combo.activated.emit(1)
    assert view.model.rowCount() == 4 and "清明节" in view.header.text()
    assert text(view, date(2027, 4, 3), DutySlot.LEADER) == "缺人"


# ---------------------------------------------------------------- placing


def test_placing_by_keyboard_typing_on_the_cell_filters_the_picker(view, demo_ctx, qtbot):
    day = TODAY + timedelta(days=3)  # 03-08: standby 3 is free there in the demo
    slot = DutySlot.STANDBY
    if holder(view, day, slot, 2) is not None:
        ra.clear_placement(demo_ctx, period_id=view.period_id, day=day, slot=slot, position=2)
        run_task(qtbot, view.load())
    person = free_person(view, day, slot)
    view.table.setFocus()
    view.table.setCurrentIndex(index(view, day, slot, 2))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    picker = view.dialog
    assert isinstance(picker, StaffPicker) and picker.isVisible()
    assert picker.windowTitle().startswith("选择备勤人员")
    picker.reject()

    # typing on the cell opens the picker already filtered (拼音 initials: no IME needed)
    initials = initials_of(view, person.id)
    qtbot.keyClicks(view.table, initials[0])
    picker = view.dialog
    assert isinstance(picker, StaffPicker) and picker.filter_edit.text() == initials[0]
    qtbot.keyClicks(picker.filter_edit, initials[1:])
    choose(qtbot, picker, person.name)
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert closed(picker)
    assert text(view, day, slot, 2).startswith(person.name)
    assert index(view, day, slot, 2).data(HandRole) is True
    assert f"已排定：03月08日 周一备勤人员 {person.name}" in view.message.text()
    placed = [a for a in assignments(demo_ctx, view.period_id) if a[0] == day and a[1] is slot]
    assert (day, slot, 2, person.id, True) in placed


def test_pinyin_initials_filter_and_double_click_opens_the_picker(view, qtbot):
    day = TODAY + timedelta(days=1)
    target = index(view, day, DutySlot.LEADER)
    rect = view.table.visualRect(target)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    picker = view.dialog
    assert isinstance(picker, StaffPicker) and picker.slot is DutySlot.LEADER
    leaders = {s.name for s in view.screen.fit[DutySlot.LEADER]}
    assert set(picker.visible_names()) == leaders  # only the staff fit for the post
    someone = next(s for s in view.screen.staff if s.name in leaders)
    qtbot.keyClicks(picker.filter_edit, someone.initials)
    assert someone.name in picker.visible_names()
    picker.reject()


def test_a_refused_placement_shows_the_services_reason(view, demo_ctx, qtbot):
    day = TODAY
    duty = holder(view, day, DutySlot.DUTY)
    assert duty is not None and holder(view, day, DutySlot.STANDBY, 2) is None
    before = assignments(demo_ctx, view.period_id)
    view.table.setFocus()
    view.table.setCurrentIndex(index(view, day, DutySlot.STANDBY, 2))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    picker = view.dialog
    assert isinstance(picker, StaffPicker)
    qtbot.keyClicks(picker.filter_edit, initials_of(view, duty.staff_id))
    choose(qtbot, picker, duty.name)
    assert "当天已排在值班人员" in picker.list.currentItem().text()  # said before choosing
    with qtbot.waitSignal(picker.sig_acted, timeout=TIMEOUT) as acted:
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert "同一班次不能排两次" in acted.args[0]
    assert "同一班次不能排两次" in picker.message.text()
    assert picker.isVisible()  # stays open for another choice
    assert assignments(demo_ctx, view.period_id) == before
    picker.reject()


def test_delete_clears_a_place_and_the_gap_shows(view, demo_ctx, qtbot):
    day = TODAY + timedelta(days=2)
    leader = holder(view, day, DutySlot.LEADER)
    assert leader is not None
    view.table.setFocus()
    view.table.setCurrentIndex(index(view, day, DutySlot.LEADER))
    with (
        qtbot.waitSignal(view.sig_problems_changed, timeout=TIMEOUT) as problems,
        qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT),
    ):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert text(view, day, DutySlot.LEADER) == "缺人"
    assert index(view, day, DutySlot.LEADER).data(BG) == Palette.MISSING_BG
    assert problems.args[0] == len(view.model.problems) >= 2  # no leader, and the short fund
    assert any("无带班领导" in p.message for p in view.model.problems)
    assert f"已清除：03月07日 周日带班领导 {leader.name}" in view.message.text()
    # an empty place: nothing to clear, no call
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "本来就是空的" in view.message.text()


# ---------------------------------------------------------------- unavailability


def test_unavailability_marked_and_cleared_from_the_dialog(view, demo_ctx, qtbot):
    day = TODAY + timedelta(days=1)
    person = holder(view, day, DutySlot.STANDBY)
    view.table.setCurrentIndex(index(view, day, DutySlot.STANDBY))
    view.away_button.click()
    dialog = view.dialog
    assert isinstance(dialog, UnavailabilityDialog)
    assert dialog.staff_id() == person.staff_id  # the person of the selected cell
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(UnavailabilityKind.TRIP.value))
    dialog.note_edit.setText("赴县参加培训")
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.mark_button.click()
    assert f"已登记{person.name}" in dialog.message.text()
    assert "出差" in dialog.away_list.item(0).text()  # the list follows the reload
    assert "测试员" in dialog.away_list.item(0).text()  # who recorded it
    assert text(view, day, DutySlot.STANDBY) == f"{person.name}\n⚠ 已出差"
    assert index(view, day, DutySlot.STANDBY).data(BG) == Palette.MISSING_BG
    assert any(p.label == "请假/出差仍在班" for p in view.model.problems)
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.clear_button.click()
    assert not any(p.label == "请假/出差仍在班" for p in view.model.problems)
    assert text(view, day, DutySlot.STANDBY).startswith(f"{person.name}\n1")
    dialog.reject()


# ---------------------------------------------------------------- swaps


def test_a_swap_requested_agreed_and_approved_shows_in_the_grid(view, demo_ctx, qtbot, clock):
    day = TODAY + timedelta(days=1)
    mine = holder(view, day, DutySlot.DUTY)
    colleague = free_person(view, day, DutySlot.DUTY)
    view.table.setCurrentIndex(index(view, day, DutySlot.DUTY))
    view.swap_button.click()
    dialog = view.dialog
    assert isinstance(dialog, SwapRequestDialog)
    dialog.select_colleague(colleague.id)
    dialog.reason_edit.setText("赴县开会")
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.submit_button.click()
    swap = view.swaps_model.row_at(0)
    assert swap.status is SwapStatus.REQUESTED and swap.requested_by == "测试员"
    assert text(view, day, DutySlot.DUTY).startswith(mine.name)  # nothing changes yet
    assert view.side.tabText(1) == "调班 1"
    assert "申请：" + mine.name + "（测试员 03-05 10:00 录入）" in steps(view)

    view.select_swap(swap.id)
    assert view.agree_button.isEnabled() and not view.approve_button.isEnabled()
    clock.advance(minutes=5)
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        view.agree_button.click()
    swap = view.selected_swap()
    assert swap.status is SwapStatus.AGREED and swap.agreed_by == "测试员"
    assert f"同意：{colleague.name}（测试员 03-05 10:05 录入）" in steps(view)
    assert text(view, day, DutySlot.DUTY).startswith(mine.name)

    clock.advance(minutes=5)
    view.approve_button.click()
    step = view.dialog
    assert isinstance(step, TextStepDialog)
    step.edit.setText("王建国")
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        step._confirm()
    swap = view.selected_swap()
    assert swap.status is SwapStatus.APPROVED and swap.approver == "王建国"
    assert "批准：王建国（测试员 03-05 10:10 录入）" in steps(view)
    # the roster shows the swapped result, marked as such
    assert text(view, day, DutySlot.DUTY).startswith(colleague.name)
    cell = index(view, day, DutySlot.DUTY)
    assert cell.data(SwapRole) is True
    assert "替" + mine.name in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "排班表已改为" in view.message.text()
    assert not any(b.isEnabled() for b in view.swap_step_buttons)  # approved: no more steps


def test_a_swap_can_be_withdrawn_or_declined_and_the_roster_stays(view, demo_ctx, qtbot):
    day = TODAY + timedelta(days=4)
    mine = holder(view, day, DutySlot.DUTY)
    colleague = free_person(view, day, DutySlot.DUTY)
    pid = view.period_id
    ra.request_swap(demo_ctx, period_id=pid, day=day, slot=DutySlot.DUTY,
                    requester_id=mine.staff_id, colleague_id=colleague.id)  # fmt: skip
    run_task(qtbot, view.load())
    first = view.swaps_model.row_at(0)
    view.select_swap(first.id)
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        view.withdraw_button.click()
    assert view.selected_swap().status is SwapStatus.WITHDRAWN
    ra.request_swap(demo_ctx, period_id=pid, day=day, slot=DutySlot.DUTY,
                    requester_id=mine.staff_id, colleague_id=colleague.id)  # fmt: skip
    run_task(qtbot, view.load())
    second = view.swaps_model.row_at(0)
    view.select_swap(second.id)
    view.decline_button.click()
    step = view.dialog
    assert isinstance(step, TextStepDialog)
    step.edit.setText("当天人手不够")
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        step._confirm()
    swap = view.selected_swap()
    assert swap.status is SwapStatus.DECLINED and swap.close_reason == "当天人手不够"
    assert "未同意：测试员 03-05 10:00，原因：当天人手不够" in steps(view)
    assert text(view, day, DutySlot.DUTY).startswith(mine.name)


def test_a_refused_swap_step_shows_why(view, demo_ctx, qtbot):
    day = TODAY + timedelta(days=4)
    mine = holder(view, day, DutySlot.DUTY)
    colleague = free_person(view, day, DutySlot.DUTY)
    row = ra.request_swap(demo_ctx, period_id=view.period_id, day=day, slot=DutySlot.DUTY,
                          requester_id=mine.staff_id, colleague_id=colleague.id)  # fmt: skip
    run_task(qtbot, view.load())
    with qtbot.waitSignal(view.sig_acted, timeout=TIMEOUT) as acted:
        view.spawn(view.swap_step(roster_view.SwapStep.APPROVE, row.id, "王建国"), "t")
    assert "须先经接班的同事同意" in acted.args[0] and "须先经接班的同事同意" in view.message.text()


# ---------------------------------------------------------------- generating


def test_generate_keeps_hand_placements_and_the_window_stays_live(
    view, demo_ctx, qtbot, monkeypatch
):
    day = TODAY + timedelta(days=4)
    person = free_person(view, day, DutySlot.DUTY)
    ra.place_staff(demo_ctx, period_id=view.period_id, day=day, slot=DutySlot.DUTY,
                   staff_id=person.id, position=1)  # fmt: skip
    run_task(qtbot, view.load())
    started = sum(1 for a in assignments(demo_ctx, view.period_id) if a[0] <= TODAY)

    release = threading.Event()
    real = roster_view.generate_roster

    def slow_generate(ctx, **kwargs):  # noqa: ANN001 - runs on the door's worker
        release.wait(timeout=10)
        return real(ctx, **kwargs)

    monkeypatch.setattr(roster_view, "generate_roster", slow_generate)
    view.generate_button.click()
    dialog = view.dialog
    assert isinstance(dialog, GenerateDialog) and not dialog.replace_box.isChecked()
    # the period started on 02-28: the shifts already worked are kept as the record
    assert not dialog.past_warning.isHidden() and "已过去 6 天" in dialog.past_warning.text()
    assert "保持不变" in dialog.past_warning.text()
    dialog._confirm()
    # the generation runs on the worker: the GUI still processes events, buttons are off
    qtbot.waitUntil(lambda: view.busy and not view.generate_button.isEnabled(), timeout=TIMEOUT)
    assert "正在自动排班" in view.message.text()
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        release.set()
    assert view.generate_button.isEnabled()
    assert text(view, day, DutySlot.DUTY, 1).startswith(person.name)  # kept
    report = view.last_report
    assert report is not None and report.kept == 1 and report.placed > 0
    assert report.started == started
    assert "已自动排班" in view.message.text()
    notes = view.notes_text.toPlainText()
    assert "保留手工排定 1 个" in notes and "没有2027年" in notes  # the calendar fallback, too

    # ticking "also replace hand placements" lets the rotation take that place too
    view.generate_button.click()
    dialog = view.dialog
    dialog.replace_box.setChecked(True)
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog._confirm()
    assert view.last_report.kept == 0 and view.last_report.started == started
    assert not any(a[4] for a in assignments(demo_ctx, view.period_id) if a[0] > TODAY)


# ---------------------------------------------------------------- checks and readiness


def test_a_checks_jump_selects_its_cell(view, demo_ctx, qtbot):
    day = TODAY + timedelta(days=3)
    pid = view.period_id
    ra.clear_placement(demo_ctx, period_id=pid, day=day, slot=DutySlot.LEADER, position=0)
    standby = holder(view, day, DutySlot.STANDBY, 1)
    ra.mark_unavailable(demo_ctx, staff_id=standby.staff_id, first_day=day,
                        kind=UnavailabilityKind.LEAVE)  # fmt: skip
    with qtbot.waitSignal(view.sig_problems_changed, timeout=TIMEOUT) as changed:
        run_task(qtbot, view.load())
    labels = [p.label for p in view.model.problems]
    assert changed.args[0] == len(labels)
    assert view.side.tabText(0) == f"检查 {len(labels)}"
    assert f"{len(labels)} 个问题" in view.header.text()

    leader_row = labels.index("无带班领导")
    assert view.jump_to_problem(leader_row)
    assert view.table.currentIndex() == index(view, day, DutySlot.LEADER)

    away_row = labels.index("请假/出差仍在班")
    view.problems_table.setFocus()
    view.problems_table.setCurrentIndex(view.problems_model.index(away_row, 0))
    view.problems_table.activated.emit(view.problems_model.index(away_row, 0))
    assert view.table.currentIndex() == index(view, day, DutySlot.STANDBY, 1)
    assert "已登记请假" in view.detail_label.text()  # the selected cell's problem, spelled out

    fund_row = labels.index("保障不齐")  # 03-07's short fund: the supplies cell
    view.jump_to_problem(fund_row)
    supplies = view.model.column_of(roster_view.ColKind.SUPPLIES)
    assert view.table.currentIndex().column() == supplies


def test_readiness_is_green_only_when_everything_is_in_place(view, demo_ctx, qtbot):
    ready = view.model.column_of(roster_view.ColKind.READY)
    row_of = view.model.row_of
    short = date(2027, 3, 7)  # the demo's day under the fund minimum
    assert view.model.index(row_of(TODAY), ready).data() == "齐备"
    assert view.model.index(row_of(TODAY), ready).data(BG) == Palette.OK_BG
    assert view.model.index(row_of(short), ready).data() == "缺经费"
    assert view.model.index(row_of(short), ready).data(BG) == Palette.MISSING_BG
    assert "不足10000元" in view.readiness_label.text()
    assert "保障齐备 14/15 天" in view.header.text()

    # an empty driver's place takes the day's readiness down too
    ra.clear_placement(demo_ctx, period_id=view.period_id, day=TODAY, slot=DutySlot.VEHICLE,
                       position=0)  # fmt: skip
    run_task(qtbot, view.load())
    assert view.model.index(row_of(TODAY), ready).data() == "缺驾驶员"
    assert view.model.index(row_of(TODAY), ready).data(BG) == Palette.MISSING_BG

    # the fund put right from the supplies dialog (Enter on the vehicle/fund cell)
    view.table.setFocus()
    supplies = view.model.column_of(roster_view.ColKind.SUPPLIES)
    view.table.setCurrentIndex(view.model.index(row_of(short), supplies))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, SuppliesDialog) and dialog.fund_spin.value() == 8000
    dialog.fund_spin.setValue(10_000)
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.save_button.click()
    assert view.model.index(row_of(short), ready).data() == "齐备"
    assert view.model.index(row_of(short), ready).data(BG) == Palette.OK_BG


# ---------------------------------------------------------------- printing


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return out.stdout


def test_printing_the_period_and_a_week_to_pdf(view, demo_ctx, qtbot, tmp_path):
    path = run_task(qtbot, view.save_pdf(tmp_path / "roster.pdf"))
    assert path is not None and path.stat().st_size > 0
    content = pdf_text(path)
    assert "香花镇2027年全国两会期间值班表" in content
    assert "2027年2月28日至2027年3月14日" in content
    assert "69525655" in content and "69527569" in content
    assert "香花镇信访办（总指挥部办公室）" in content
    assert "2027年3月5日" in content
    leader = holder(view, TODAY, DutySlot.LEADER)
    assert leader.name in content and leader.phone in content

    view.table.setCurrentIndex(index(view, TODAY))
    week = run_task(qtbot, view.save_pdf(tmp_path / "week.pdf", week=True))
    content = pdf_text(week)
    assert "本表：2027年3月1日至3月7日" in content and "值班期：2月28日至3月14日" in content
    assert "3月8日" not in content


def test_print_preview_opens_without_blocking(view, qtbot):
    dialog = run_task(qtbot, view.preview())
    assert dialog is view.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    assert "值班表" in dialog.windowTitle()
    dialog.reject()


def test_pdf_through_the_file_dialog(view, qtbot, tmp_path):
    dialog = view.choose_pdf(week=False)
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    target = tmp_path / "from-dialog.pdf"
    with qtbot.waitSignal(view.sig_acted, timeout=TIMEOUT):
        dialog.fileSelected.emit(str(target))
    assert target.is_file() and "已导出 PDF" in view.message.text()


# ---------------------------------------------------------------- Excel


def test_export_then_import_with_a_bad_row_changes_nothing(view, demo_ctx, qtbot, tmp_path):
    path = run_task(qtbot, view.export_excel(tmp_path / "roster.xlsx"))
    assert path is not None and path.is_file()
    book = load_workbook(path)
    sheet = book["值班"]
    assert sheet.cell(row=1, column=3).value == "姓名*"
    sheet.cell(row=3, column=3).value = "查无此人"
    sheet.cell(row=5, column=2).value = "炊事员"
    book.save(path)
    before = assignments(demo_ctx, view.period_id)

    dialog = view.choose_import()
    assert isinstance(dialog, QFileDialog)
    dialog.fileSelected.emit(str(path))
    confirm = view.dialog
    assert isinstance(confirm, QMessageBox) and confirm.isVisible()
    with qtbot.waitSignal(view.sig_acted, timeout=TIMEOUT) as acted:
        confirm.button(QMessageBox.StandardButton.Yes).click()
    assert "没有导入任何一行" in acted.args[0]
    errors = view.dialog
    assert isinstance(errors, ImportErrorsDialog) and errors.isVisible()
    rows = errors.rows()
    assert ("值班", "3", "C", "姓名", "人员库中没有“查无此人”") in rows
    assert any(r[:3] == ("值班", "5", "B") and "未知岗位“炊事员”" in r[4] for r in rows)
    assert assignments(demo_ctx, view.period_id) == before  # nothing imported
    errors.reject()


def test_a_good_import_replaces_the_days_in_the_file(view, demo_ctx, qtbot, tmp_path):
    path = run_task(qtbot, view.export_excel(tmp_path / "roster.xlsx"))
    book = load_workbook(path)
    sheet = book["值班"]
    day = TODAY + timedelta(days=4)
    person = free_person(view, day, DutySlot.DUTY)
    for row in sheet.iter_rows(min_row=2):
        if row[0].value.date() == day and row[1].value == "值班人员":
            row[2].value = person.name
            break
    book.save(path)
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        view.spawn(view.import_excel(path), "t")
    assert "已导入" in view.message.text()
    assert text(view, day, DutySlot.DUTY).startswith(person.name)
    assert index(view, day, DutySlot.DUTY).data(HandRole) is True  # imported = by hand


def test_no_period_yet_then_a_new_one(make_roster, ctx, qtbot):
    view = make_roster(ctx)
    assert view.model.rowCount() == 0 and "还没有值班期" in view.header.text()
    assert not view.generate_button.isEnabled() and view.new_period_button.isEnabled()
    view.new_period_button.click()
    dialog = view.dialog
    dialog.name_edit.setText("2027年全国两会期间")
    with qtbot.waitSignal(view.sig_roster_changed, timeout=TIMEOUT):
        dialog.save_button.click()
    assert view.model.rowCount() == 15 and view.period_combo.count() == 1
    assert text(view, TODAY, DutySlot.LEADER) == "缺人"
    assert view.generate_button.isEnabled()


def test_clearing_a_place_on_a_day_changed_elsewhere_clears_nothing_and_shows_it(
        view, demo_ctx, qtbot):
    """乙 (another workstation) changed the day since the grid was read: Delete refuses with
    who changed it, nothing is cleared, and the grid re-reads to show 乙's change."""
    from xianghua_console.store.db import open_database

    day = TODAY + timedelta(days=3)
    leader = holder(view, day, DutySlot.LEADER)
    assert leader is not None
    other_db, _ = open_database(demo_ctx.db.url, clock=demo_ctx.clock)
    try:
        other = type(demo_ctx)(other_db, demo_ctx.clock, actor="值班员乙")
        ra.set_shift_supplies(other, period_id=view.period_id, days=[day],
                              vehicle="豫R·B9999")
    finally:
        other_db.dispose()
    view.table.setFocus()
    view.table.setCurrentIndex(index(view, day, DutySlot.LEADER))
    with qtbot.waitSignal(view.sig_acted, timeout=TIMEOUT) as acted:
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "03月08日的班次" in acted.args[0] and "没有保存" in acted.args[0]
    grid = ra.roster_grid(demo_ctx, period_id=view.period_id)
    assert next(d for d in grid.days if d.day == day).names(DutySlot.LEADER) == (leader.name,)
    qtbot.waitUntil(lambda: view.model.row_at(view.model.row_of(day)).grid_day.vehicle
                    == "豫R·B9999", timeout=TIMEOUT)  # re-read: 乙's change on screen
    assert text(view, day, DutySlot.LEADER).startswith(leader.name)  # still there
