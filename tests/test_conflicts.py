"""Two workstations editing the same record: the second save is refused, nothing overwritten.

Each test plays two workstations on one database: 甲 reads a record (with its version), 乙
changes it, then 甲 saves from its stale copy and gets a :class:`Conflict` carrying 乙's
values. The tests run on SQLite and on the real PostgreSQL server.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from command_office import make_office
from roster_helpers import add_staff, make_period
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from xianghua_console.domain.enums import DutySlot, IncidentStatus, TimelineKind, UnitKind, Weight
from xianghua_console.domain.lifecycle import Step
from xianghua_console.services import roster_admin as ra
from xianghua_console.services.assignment import change_weight, record_instruction, set_groups
from xianghua_console.services.conflicts import Conflict
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.directories import (
    archive_staff,
    load_directories,
    save_body,
    save_staff,
    save_unit,
)
from xianghua_console.services.incident_log import correct_time, incident_detail, take_step
from xianghua_console.services.incidents import list_open_incidents
from xianghua_console.services.onscene import onscene_state, set_onscene_command
from xianghua_console.store.chains import broken_chains
from xianghua_console.store.db import open_database
from xianghua_console.store.models import Incident, TimelineEntry, Unit


@pytest.fixture
def office(ctx):
    return make_office(ctx)


@pytest.fixture
def other(db, clock) -> Ctx:
    """The second workstation's officer (same database, another account)."""
    return Ctx(db, clock, actor="值班员乙")


def incident_version(ctx, incident_id) -> int:
    return next(r for r in list_open_incidents(ctx) if r.id == incident_id).version


# ---------------------------------------------------------------- incidents


def test_a_correction_from_a_stale_copy_is_refused_and_nothing_is_written(
    ctx, other, clock, office
):
    seen = incident_version(ctx, office.incident_id)
    clock.advance(minutes=1)
    change_weight(other, incident_id=office.incident_id, weight=Weight.SERIOUS,
                  reason="人数增加到五十余人")
    entries_before = len(incident_detail(ctx, incident_id=office.incident_id).timeline)
    received = incident_detail(ctx, incident_id=office.incident_id).row.received_at

    with pytest.raises(Conflict) as err:
        correct_time(ctx, incident_id=office.incident_id, field_name="received_at",
                     value=received - timedelta(minutes=1), reason="电话记录有误",
                     expected_version=seen)
    conflict = err.value
    assert isinstance(conflict, Refused)  # the GUI's door shows it like any refusal
    assert conflict.expected_version == seen and conflict.current_version == seen + 1
    assert conflict.current["程度"] == "严重"  # 乙's change, for the dialog
    assert conflict.changed_by == "值班员乙" and conflict.changed_at == clock.now()
    assert conflict.row.weight is Weight.SERIOUS  # the record to reload the form from
    assert "值班员乙" in str(conflict) and "没有保存" in str(conflict)
    after = incident_detail(ctx, incident_id=office.incident_id)
    assert after.row.received_at == received  # not overwritten
    assert len(after.timeline) == entries_before  # and nothing appended

    # Read again, re-apply: it goes through.
    row = correct_time(ctx, incident_id=office.incident_id, field_name="received_at",
                       value=received - timedelta(minutes=1), reason="电话记录有误",
                       expected_version=conflict.current_version)
    assert row.version == conflict.current_version + 1


def test_a_lifecycle_step_from_a_stale_copy_conflicts(ctx, other, office):
    seen = incident_version(ctx, office.incident_id)
    take_step(other, incident_id=office.incident_id, step=Step.VERIFY)
    with pytest.raises(Conflict) as err:
        take_step(ctx, incident_id=office.incident_id, step=Step.VERIFY, expected_version=seen)
    assert err.value.current["状态"] == IncidentStatus.VERIFIED.label


def test_timeline_entries_do_not_conflict_with_an_edit(ctx, other, clock, office):
    """Appends interleave: 乙's instruction does not make 甲's copy of the incident stale."""
    seen = incident_version(ctx, office.incident_id)
    record_instruction(other, incident_id=office.incident_id, text="做好政策解释，防止事态扩大")
    clock.advance(minutes=1)
    outcome = change_weight(ctx, incident_id=office.incident_id, weight=Weight.HEAVIER,
                            reason="有人扬言到县里", expected_version=seen)
    assert outcome.state.weight is Weight.HEAVIER and outcome.state.row.version == seen + 1


def test_changing_only_the_working_groups_moves_the_version(ctx, other, office):
    seen = incident_version(ctx, office.incident_id)
    group = office.bodies["wg_reception"]
    outcome = set_groups(other, incident_id=office.incident_id, group_ids=[group], unit_ids=[])
    assert outcome.state.row.version == seen + 1  # a collection, no column of the incident
    with pytest.raises(Conflict):
        change_weight(ctx, incident_id=office.incident_id, weight=Weight.SERIOUS, reason="升级",
                      expected_version=seen)


def test_a_new_onscene_composition_conflicts_with_a_dialog_opened_before(ctx, other, office):
    s = office.staff
    for step in (Step.VERIFY, Step.LAUNCH):
        take_step(ctx, incident_id=office.incident_id, step=step)
    state = set_onscene_command(ctx, incident_id=office.incident_id, commander_id=s["mayor"])
    # 甲 and 乙 both open the dialog on this composition; 乙 saves first.
    seen = onscene_state(ctx, incident_id=office.incident_id).version
    assert seen == state.version
    set_onscene_command(other, incident_id=office.incident_id, commander_id=s["secretary"],
                        reason="书记到场", expected_version=seen)
    with pytest.raises(Conflict):
        set_onscene_command(ctx, incident_id=office.incident_id, commander_id=s["vice"],
                            reason="副镇长分管", expected_version=seen)
    history = onscene_state(ctx, incident_id=office.incident_id).history
    assert [c.commander.name for c in history] == ["周海", "郝军"]  # 乙's stands


# ---------------------------------------------------------------- directories


def test_unit_edits_from_a_stale_copy_conflict(ctx, other, office):
    unit = next(u for u in load_directories(ctx).units if u.name == "东岗村")
    save_unit(other, unit_id=unit.id, name="东岗村", kind=UnitKind.VILLAGE,
              info_officer="林小勇", phone="13700000009", expected_version=unit.version)
    with pytest.raises(Conflict) as err:
        save_unit(ctx, unit_id=unit.id, name="东岗村", kind=UnitKind.VILLAGE,
                  info_officer="王建国", phone="13700000001", expected_version=unit.version)
    assert err.value.current["信息员"] == "林小勇"
    assert err.value.row.info_officer == "林小勇" and err.value.row.version == unit.version + 1
    now = next(u for u in load_directories(ctx).units if u.id == unit.id)
    assert (now.info_officer, now.phone) == ("林小勇", "13700000009")  # 乙's, not overwritten


def test_staff_edit_after_the_person_was_archived_elsewhere_conflicts(ctx, other, office):
    person = next(p for p in load_directories(ctx).staff if p.name == "孙立")
    archive_staff(other, staff_id=person.id, expected_version=person.version)
    with pytest.raises(Conflict) as err:
        save_staff(ctx, staff_id=person.id, name="孙立", post="国土所副所长",
                   unit_id=person.unit_id, phone=person.phone, expected_version=person.version)
    assert "归档" in err.value.current["状态"]
    now = next(p for p in load_directories(ctx).staff if p.id == person.id)
    assert now.post == "国土所所长" and not now.active


def test_a_body_whose_deputies_changed_conflicts(ctx, other, office):
    """Only an association table changed: the body's version still moves."""
    body = next(b for b in load_directories(ctx).bodies if b.code == "sc_land")
    saved = save_body(other, body_id=body.id, head_id=body.head_id,
                      deputy_ids=[office.staff["land"]], expected_version=body.version)
    assert saved.version == body.version + 1
    with pytest.raises(Conflict) as err:
        save_body(ctx, body_id=body.id, head_id=body.head_id, deputy_ids=[],
                  member_unit_ids=[office.villages["东岗村"]], expected_version=body.version)
    assert err.value.current["副职"] == "孙立"
    now = next(b for b in load_directories(ctx).bodies if b.id == body.id)
    assert now.deputy_ids == (office.staff["land"],) and now.member_unit_ids == ()


# ---------------------------------------------------------------- the roster


DAY = date(2027, 3, 6)


def grid_day(ctx, period_id, day=DAY):
    return next(d for d in ra.roster_grid(ctx, period_id=period_id).days if d.day == day)


def test_roster_placements_from_a_stale_grid_conflict(ctx, other):
    ids = add_staff(ctx)
    period_id = make_period(ctx)
    seen = grid_day(ctx, period_id)
    # 乙 puts someone on duty that day: the shift (its people) changed.
    ra.place_staff(other, period_id=period_id, day=DAY, slot=DutySlot.DUTY,
                   staff_id=ids["other"][0], expected_version=seen.version)
    with pytest.raises(Conflict) as err:
        ra.place_staff(ctx, period_id=period_id, day=DAY, slot=DutySlot.DUTY,
                       staff_id=ids["other"][1], position=0, expected_version=seen.version)
    assert err.value.current[DutySlot.DUTY.label] == "干事1"
    assert grid_day(ctx, period_id).names(DutySlot.DUTY) == ("干事1",)  # 乙's placement stands

    # Replacing the person of a place changes only the assignment row: the shift moves too.
    fresh = grid_day(ctx, period_id)
    ra.place_staff(other, period_id=period_id, day=DAY, slot=DutySlot.DUTY,
                   staff_id=ids["other"][2], position=0, expected_version=fresh.version)
    with pytest.raises(Conflict):
        ra.clear_placement(ctx, period_id=period_id, day=DAY, slot=DutySlot.DUTY, position=0,
                           expected_version=fresh.version)
    assert grid_day(ctx, period_id).names(DutySlot.DUTY) == ("干事3",)


def test_shift_supplies_from_a_stale_grid_save_nothing(ctx, other):
    period_id = make_period(ctx)
    seen = grid_day(ctx, period_id)
    ra.set_shift_supplies(other, period_id=period_id, days=[DAY], vehicle="豫R·B5678",
                          expected_versions={DAY: seen.version})
    with pytest.raises(Conflict) as err:
        ra.set_shift_supplies(ctx, period_id=period_id, days=[DAY, DAY + timedelta(days=1)],
                              emergency_fund_yuan=20_000,
                              expected_versions={DAY: seen.version})
    assert err.value.current["应急车辆"] == "豫R·B5678"
    assert grid_day(ctx, period_id).emergency_fund_yuan == 10_000
    assert grid_day(ctx, period_id, DAY + timedelta(days=1)).emergency_fund_yuan == 10_000


# ---------------------------------------------------------------- the guards underneath


def test_an_update_of_a_version_gone_raises_stale_data_error(db):
    """SQLAlchemy's own check, for a session that kept a copy across transactions."""
    with db.session() as s:
        unit = Unit(name="北坪村", kind=UnitKind.VILLAGE)
        s.add(unit)
        s.flush()
        unit_id = unit.id
    stale = Session(db.engine, expire_on_commit=False)
    try:
        copy = stale.get(Unit, unit_id)
        stale.commit()  # the copy outlives its transaction, as a form's copy does
        with db.session() as s:
            s.get(Unit, unit_id).info_officer = "乙填的"
        copy.info_officer = "甲填的"
        with pytest.raises(StaleDataError):
            stale.flush()
        stale.rollback()
    finally:
        stale.close()
    with db.read_session() as s:
        assert s.get(Unit, unit_id).info_officer == "乙填的"


def test_timeline_entries_from_two_workstations_interleave_in_one_order(
    db, db_url, clock, office
):
    before = len(incident_detail(Ctx(db, clock), incident_id=office.incident_id).timeline)
    version = incident_version(Ctx(db, clock), office.incident_id)
    per_station, errors = 12, []
    start = threading.Barrier(2)

    def workstation(name: str) -> None:
        own, _ = open_database(db_url, clock=clock)  # its own engine, as another process
        try:
            ctx = Ctx(own, clock, actor=name)
            start.wait()
            for i in range(per_station):
                record_instruction(ctx, incident_id=office.incident_id, text=f"{name}指示{i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=workstation, args=(n,)) for n in ("甲", "乙")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    with db.read_session() as s:
        entries = s.scalars(
            select(TimelineEntry)
            .where(TimelineEntry.incident_id == office.incident_id)
            .order_by(TimelineEntry.seq)
        ).all()
        assert [e.seq for e in entries] == list(range(1, before + 2 * per_station + 1))
        assert broken_chains(s) == []  # one chain: each entry links to the one before
        added = [e for e in entries if e.kind is TimelineKind.INSTRUCTION]
        for name in ("甲", "乙"):  # each workstation's entries in the order it wrote them
            assert [e.text for e in added if e.actor == name] == [
                f"总指挥部指示东岗村：{name}指示{i}" for i in range(per_station)
            ]
        assert s.get(Incident, office.incident_id).version == version  # appends: no conflict
