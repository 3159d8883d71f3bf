"""The roster grid's model and the picker's choices, without widgets (one read of a real DB)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.enums import DutySlot, UnavailabilityKind
from xianghua_console.domain.roster_checks import FindingKind
from xianghua_console.gui.roster_dialogs import pick_choices
from xianghua_console.gui.views.base import Palette
from xianghua_console.gui.views.roster import COL_DAY, ColKind, CurrentRole, RosterGridModel
from xianghua_console.services import roster_admin as ra
from xianghua_console.services.roster_screen import roster_screen

TODAY = date(2027, 3, 5)
BG = Qt.ItemDataRole.BackgroundRole


def model_of(ctx, clock) -> RosterGridModel:
    model = RosterGridModel(clock)
    model.set_screen(roster_screen(ctx))
    return model


def at(model, day, slot=None, position=0):
    column = model.place_column(slot, position) if slot else COL_DAY
    return model.index(model.row_of(day), column)


def test_the_shift_on_duty_stands_out_and_gaps_are_red(qapp, sample_ctx, clock):
    model = model_of(sample_ctx, clock)
    assert model.rowCount() == 7
    assert model.row_at(4).leader[0].name == "郝军"
    assert at(model, TODAY).data().endswith("在班·今天")
    first = date(2027, 3, 1)  # the same people every day: from 03-02 on, everyone 连值两班
    assert at(model, first, DutySlot.LEADER).data() == "郝军\n13900000001"
    assert at(model, first, DutySlot.LEADER).data(BG) is None
    assert at(model, TODAY, DutySlot.LEADER).data() == "郝军\n⚠ 连值两班"
    assert at(model, TODAY, DutySlot.LEADER).data(BG) == Palette.MISSING_BG  # over today's
    assert at(model, TODAY, DutySlot.LEADER).data(CurrentRole) is True
    assert at(model, TODAY, DutySlot.STANDBY, 2).data(BG) == Palette.TODAY_BG
    tomorrow = TODAY + timedelta(days=1)  # nobody placed yet
    assert at(model, tomorrow, DutySlot.LEADER).data() == "缺人"
    assert at(model, tomorrow, DutySlot.LEADER).data(BG) == Palette.MISSING_BG
    assert "无带班领导" in at(model, tomorrow, DutySlot.LEADER).data(Qt.ItemDataRole.ToolTipRole)
    assert at(model, tomorrow, DutySlot.STANDBY, 2).data() == ""  # optional: not a gap
    kinds = {p.finding.kind for p in model.problems if p.finding and p.day == tomorrow}
    assert {FindingKind.NO_LEADER, FindingKind.DUTY_SHORT, FindingKind.STANDBY_SHORT} <= kinds
    ready = model.column_of(ColKind.READY)
    assert model.index(model.row_of(TODAY), ready).data() == "齐备"
    assert model.index(model.row_of(tomorrow), ready).data() == "缺驾驶员\n缺备勤"


def test_refresh_current_repaints_only_the_rows_that_changed(qapp, sample_ctx, clock):
    model = model_of(sample_ctx, clock)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), b.row())))
    model.refresh_current()
    assert changed == []  # nothing moved: no signal at all
    clock.set(local_datetime(TODAY, 7, 0))  # before 08:30: yesterday's shift is on duty
    model.refresh_current()
    assert sorted(changed) == [(3, 3), (4, 4)]
    assert "在班" in at(model, TODAY - timedelta(days=1)).data()
    assert at(model, TODAY).data().endswith("今天") and "在班" not in at(model, TODAY).data()


def test_a_persons_finding_lands_on_their_cell(qapp, sample_ctx, clock):
    pid = ra.list_periods(sample_ctx)[0].id
    standby = next(c for c in ra.roster_grid(sample_ctx, period_id=pid).days[4].cells
                   if c.slot is DutySlot.STANDBY and c.position == 1)  # fmt: skip
    ra.mark_unavailable(sample_ctx, staff_id=standby.staff_id, first_day=TODAY,
                        kind=UnavailabilityKind.LEAVE)  # fmt: skip
    model = model_of(sample_ctx, clock)
    cell = at(model, TODAY, DutySlot.STANDBY, 1)
    assert cell.data() == f"{standby.name}\n⚠ 已请假"
    assert cell.data(BG) == Palette.MISSING_BG
    away = next(
        p for p in model.problems if p.finding and p.finding.kind is FindingKind.UNAVAILABLE
    )
    assert away.column == cell.column()


def test_the_pickers_choices_say_who_is_busy(qapp, sample_ctx):
    screen = roster_screen(sample_ctx)
    choices = {c.name: c for c in pick_choices(screen, TODAY, DutySlot.STANDBY, 2)}
    assert choices["田新民"].blocked and "当天已排在值班人员" in choices["田新民"].note
    assert choices["徐卫东"].blocked  # holds standby 1: the same shift, the service refuses
    assert choices["徐卫东"].note == "当天已排在备勤人员"
    tomorrow = pick_choices(screen, TODAY + timedelta(days=1), DutySlot.STANDBY, 0)
    by_name = {c.name: c for c in tomorrow}
    assert by_name["徐卫东"].note == "前一天值班，不宜连值" and not by_name["徐卫东"].blocked
    assert [c.note for c in tomorrow] == sorted((c.note for c in tomorrow), key=bool)  # free first
    leaders = pick_choices(screen, TODAY, DutySlot.LEADER, 0)
    assert [c.name for c in leaders] == ["郝军"] and leaders[0].holder


def test_a_slot_counts_heads_not_positions(qapp, sample_ctx, clock):
    pid = ra.list_periods(sample_ctx)[0].id
    day = date(2027, 3, 1)
    duty = ra.roster_grid(sample_ctx, period_id=pid).days[0].cells
    person = next(c for c in duty if c.slot is DutySlot.DUTY)
    ra.clear_placement(sample_ctx, period_id=pid, day=day, slot=DutySlot.DUTY, position=0)
    ra.place_staff(sample_ctx, period_id=pid, day=day, slot=DutySlot.DUTY,
                   staff_id=person.staff_id, position=1)  # fmt: skip
    model = model_of(sample_ctx, clock)
    assert at(model, day, DutySlot.DUTY, 0).data() == ""  # not a gap: the slot has its one
    assert at(model, day, DutySlot.DUTY, 1).data().startswith(person.name)
    ra.clear_placement(sample_ctx, period_id=pid, day=day, slot=DutySlot.DUTY, position=1)
    model = model_of(sample_ctx, clock)
    assert at(model, day, DutySlot.DUTY, 0).data() == "缺人"
    short = next(p for p in model.problems if p.label == "值班人员不足" and p.day == day)
    assert short.column == at(model, day, DutySlot.DUTY, 0).column()
