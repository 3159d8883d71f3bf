"""The office's own calendar, the rotation's pools and the police station's standby squad per
shift (services.roster_admin), on SQLite and on PostgreSQL; and migration 0004 that split the
squad's phone out of its contact line."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from roster_helpers import START, TODAY, add_staff, make_period
from sqlalchemy import create_engine, func, select, text

from xianghua_console.domain.enums import CalendarOverrideKind, DutySlot, Role
from xianghua_console.domain.holidays import DayKind
from xianghua_console.domain.settings import Settings
from xianghua_console.exports.roster_html import roster_html
from xianghua_console.services import roster_admin as ra
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.services.roster import on_duty_now
from xianghua_console.services.roster_screen import roster_print
from xianghua_console.store.migrations.runner import alembic_config, upgrade_to_head
from xianghua_console.store.models import (
    AuditEntry,
    CalendarOverride,
    DutyPoolMember,
    Setting,
    Staff,
)

SATURDAY = date(2027, 3, 6)  # 2027: chinese-calendar 1.11 has no data, weekends count
TUESDAY = date(2027, 3, 9)


def audits(ctx, action) -> list[AuditEntry]:
    with ctx.db.read_session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                              .order_by(AuditEntry.id)))  # fmt: skip


def set_settings(ctx, **values) -> None:
    """Store some settings as the settings service would (``Setting`` rows of JSON text)."""
    rows = Settings(**values).to_rows()
    with ctx.db.session() as s:
        for key in values:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=rows[key]))
            else:
                row.value = rows[key]


def grid_day(ctx, period_id, day) -> ra.GridDay:
    return next(d for d in ra.roster_grid(ctx, period_id=period_id).days if d.day == day)


# ---------------------------------------------------------------- the office's calendar


def test_the_offices_holiday_and_make_up_day_are_listed_marked_and_audited(ctx):
    add_staff(ctx)
    period_id = make_period(ctx)
    made = ra.set_calendar_override(ctx, day=SATURDAY, kind=CalendarOverrideKind.WORKDAY,
                                    note=" 县里通知的调休 ")  # fmt: skip
    assert made.kind is CalendarOverrideKind.WORKDAY and made.note == "县里通知的调休"
    assert made.calendar_kind is DayKind.WEEKEND and not made.calendar_known
    assert made.calendar_text == "无日历数据，按周末"
    ra.set_calendar_override(ctx, day=TUESDAY, kind=CalendarOverrideKind.HOLIDAY, note="庙会")

    rows = ra.list_calendar_overrides(ctx, first=date(2027, 1, 1), last=date(2027, 12, 31))
    assert [(r.day, r.kind, r.note, r.recorded_by) for r in rows] == [
        (SATURDAY, CalendarOverrideKind.WORKDAY, "县里通知的调休", "测试员"),
        (TUESDAY, CalendarOverrideKind.HOLIDAY, "庙会", "测试员"),
    ]
    assert ra.list_calendar_overrides(ctx, first=date(2028, 1, 1), last=date(2028, 12, 31)) == []

    saturday, tuesday = grid_day(ctx, period_id, SATURDAY), grid_day(ctx, period_id, TUESDAY)
    assert saturday.kind is DayKind.WORKDAY and saturday.makeup
    assert saturday.holiday_name == "调休上班" and saturday.office_note == "县里通知的调休"
    assert saturday.office_kind is CalendarOverrideKind.WORKDAY
    assert tuesday.kind is DayKind.HOLIDAY and tuesday.holiday_name == "庙会"
    assert not grid_day(ctx, period_id, date(2027, 3, 7)).makeup  # a plain Sunday
    # the rotation balances the make-up Saturday as a working day, the Tuesday as a holiday
    report = ra.generate_roster(ctx, period_id=period_id)
    assert report.gaps == () and "2027年" in report.calendar_note

    with pytest.raises(InvalidInput, match="本来就按工作日排班"):  # remove it instead
        ra.set_calendar_override(ctx, day=TUESDAY, kind=CalendarOverrideKind.WORKDAY)
    ra.set_calendar_override(ctx, day=TUESDAY, kind=CalendarOverrideKind.HOLIDAY, note="庙会半天")
    ra.clear_calendar_override(ctx, day=SATURDAY)
    assert grid_day(ctx, period_id, SATURDAY).kind is DayKind.WEEKEND
    entries = audits(ctx, "roster.calendar_override")
    assert [(e.entity_id, e.before, e.after) for e in entries] == [
        ("2027-03-06", None, {"kind": "workday", "note": "县里通知的调休"}),
        ("2027-03-09", None, {"kind": "holiday", "note": "庙会"}),
        ("2027-03-09", {"kind": "holiday", "note": "庙会"}, {"kind": "holiday", "note": "庙会半天"}),
        ("2027-03-06", {"kind": "workday", "note": "县里通知的调休"}, None),
    ]


def test_a_setting_that_changes_nothing_or_is_too_long_is_refused_field_by_field(ctx):
    def refused(**kw) -> dict[str, str]:
        with pytest.raises(InvalidInput) as caught:
            ra.set_calendar_override(ctx, **kw)
        return caught.value.errors

    holiday, workday = CalendarOverrideKind.HOLIDAY, CalendarOverrideKind.WORKDAY
    # chinese-calendar knows 2026: National Day is a holiday, 10-10 (Sat) a make-up working day
    assert "已是法定节假日（国庆节）" in refused(day=date(2026, 10, 1), kind=holiday)["kind"]
    assert "已是法定调休上班日（国庆节调休上班）" in refused(day=date(2026, 10, 10),
                                                  kind=workday)["kind"]  # fmt: skip
    assert "本来就按工作日排班" in refused(day=date(2026, 10, 9), kind=workday)["kind"]
    # a year without data: a weekday is a working day by the weekend rule
    assert "没有日历数据" in refused(day=TUESDAY, kind=workday)["kind"]
    assert "不能超过 80 个字" in refused(day=SATURDAY, kind=holiday, note="长" * 81)["note"]
    assert "无须删除" in refused(day=SATURDAY, kind=None)["day"]
    with ctx.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(CalendarOverride)) == 0
    assert audits(ctx, "roster.calendar_override") == []
    # what the office may set: a statutory make-up Saturday as a holiday after all
    assert ra.set_calendar_override(ctx, day=date(2026, 10, 10), kind=holiday).calendar_text == (
        "国庆节调休上班")


def test_only_the_director_edits_the_calendar_and_the_pools(ctx):
    staff = add_staff(ctx)
    officer = Ctx(ctx.db, ctx.clock, actor="值班员甲", role=Role.DUTY_OFFICER)
    with pytest.raises(Refused, match="办公室主任"):
        ra.set_calendar_override(officer, day=SATURDAY, kind=CalendarOverrideKind.HOLIDAY)
    with pytest.raises(Refused, match="办公室主任"):
        ra.set_pools(officer, pools={DutySlot.LEADER: staff["leader"][:2]})
    assert ra.list_calendar_overrides(officer, first=SATURDAY, last=SATURDAY) == []
    assert ra.pool_states(officer)[DutySlot.LEADER].custom is False  # reading is for everyone


# ---------------------------------------------------------------- the rotation's pools


def test_pools_default_from_the_staff_and_are_set_all_at_once_with_an_audit_per_post(ctx):
    staff = add_staff(ctx, leaders=4, drivers=2, others=5)
    states = ra.pool_states(ctx)
    assert not any(s.custom for s in states.values())
    assert [m.id for m in states[DutySlot.LEADER].members] == staff["leader"]
    assert list(states[DutySlot.VEHICLE].defaults) == staff["driver"]
    assert [m.id for m in states[DutySlot.DUTY].members] == staff["other"]
    # duty and standby may take anyone active; the leader's post only leaders
    assert {c.id for c in states[DutySlot.DUTY].candidates} == {i for v in staff.values() for i in v}
    assert {c.id for c in states[DutySlot.LEADER].candidates} == set(staff["leader"])

    changed = ra.set_pools(ctx, pools={
        DutySlot.LEADER: staff["leader"][:2],
        DutySlot.DUTY: [staff["other"][0], staff["leader"][3], staff["other"][0]],
        DutySlot.VEHICLE: None,  # stays the default: not audited
    })  # fmt: skip
    assert changed == [DutySlot.LEADER, DutySlot.DUTY]
    states = ra.pool_states(ctx)
    assert states[DutySlot.LEADER].custom and [m.id for m in states[DutySlot.LEADER].members] == (
        staff["leader"][:2])
    assert [m.id for m in states[DutySlot.DUTY].members] == [staff["other"][0], staff["leader"][3]]
    assert not states[DutySlot.VEHICLE].custom
    entries = audits(ctx, "roster.set_pool")
    assert [(e.entity_id, e.before, e.after) for e in entries] == [
        ("leader", {"staff_ids": []}, {"staff_ids": staff["leader"][:2]}),
        ("duty", {"staff_ids": []}, {"staff_ids": [staff["other"][0], staff["leader"][3]]}),
    ]
    assert ra.set_pools(ctx, pools={DutySlot.LEADER: staff["leader"][:2]}) == []  # unchanged

    # one unfit person refuses the whole save: nothing of it is written
    with pytest.raises(InvalidInput) as caught:
        ra.set_pools(ctx, pools={DutySlot.STANDBY: staff["other"][1:3],
                                 DutySlot.VEHICLE: [staff["other"][4]]})  # fmt: skip
    assert set(caught.value.errors) == {"vehicle"} and "不是驾驶员" in caught.value.errors["vehicle"]
    assert not ra.pool_states(ctx)[DutySlot.STANDBY].custom

    # someone archived stays chosen but the rotation skips them, and the dialog says why
    with ctx.db.session() as s:
        s.get(Staff, staff["leader"][0]).active = False
    leader = ra.pool_states(ctx)[DutySlot.LEADER]
    assert [m.id for m in leader.members] == [staff["leader"][1]]
    assert leader.ignored == ("领导1：领导1已归档（停用），不能排班",)

    ra.set_pools(ctx, pools={DutySlot.LEADER: []})  # back to the default pool
    with ctx.db.read_session() as s:
        assert s.scalar(select(func.count()).where(DutyPoolMember.slot == DutySlot.LEADER)) == 0


# ---------------------------------------------------------------- the police station's squad


def test_a_new_period_takes_the_police_squad_from_the_settings_unless_given(ctx):
    set_settings(ctx, police_squad_contact="王建军（应急分队队长）",
                 police_squad_phone="13903960110")  # fmt: skip
    first = make_period(ctx, start=START, end=date(2027, 3, 4))
    day = grid_day(ctx, first, START)
    assert (day.police_squad_contact, day.police_squad_phone) == ("王建军（应急分队队长）",
                                                                  "13903960110")  # fmt: skip
    assert day.police_squad == "王建军（应急分队队长） 13903960110"
    second = make_period(ctx, start=date(2027, 3, 5), end=date(2027, 3, 6),
                         police_squad_contact="派出所值班室", police_squad_phone="")  # fmt: skip
    assert grid_day(ctx, second, TODAY).police_squad == "派出所值班室"
    create = audits(ctx, "roster.create_period")
    assert create[0].after["police_squad_phone"] == "13903960110"


def test_the_squad_is_set_per_day_validated_and_shown_on_duty_and_in_print(ctx, clock):
    add_staff(ctx)
    period_id = make_period(ctx)
    ra.generate_roster(ctx, period_id=period_id)
    assert on_duty_now(ctx).police_squad == ""

    errors = None
    with pytest.raises(InvalidInput) as caught:
        ra.set_shift_supplies(ctx, period_id=period_id, days=[TODAY],
                              police_squad_contact="长" * 81, police_squad_phone="电话110")  # fmt: skip
    errors = caught.value.errors
    assert set(errors) == {"police_squad_contact", "police_squad_phone"}
    assert "只能由数字和“-”组成" in errors["police_squad_phone"]

    changed = ra.set_shift_supplies(ctx, period_id=period_id, days=[TODAY],
                                    police_squad_contact=" 李所长（应急分队） ",
                                    police_squad_phone="0396-6952110")  # fmt: skip
    assert changed == 1
    now = on_duty_now(ctx)
    assert (now.police_squad_contact, now.police_squad_phone) == ("李所长（应急分队）",
                                                                  "0396-6952110")  # fmt: skip
    assert grid_day(ctx, period_id, date(2027, 3, 6)).police_squad == ""  # only that day
    # the phone alone can change, the contact stays
    ra.set_shift_supplies(ctx, period_id=period_id, days=[TODAY], police_squad_phone="13700000000")
    assert on_duty_now(ctx).police_squad == "李所长（应急分队） 13700000000"
    entry = audits(ctx, "roster.set_supplies")[-1]
    assert entry.after["police_squad_phone"] == "13700000000"
    assert entry.after["police_squad_contact"] is None  # left as it was

    doc = roster_print(ctx, period_id=period_id)
    today = next(d for d in doc.days if d.day == TODAY)
    assert (today.police.name, today.police.phone) == ("李所长（应急分队）", "13700000000")
    html = roster_html(doc)
    assert "<th width='15%' bgcolor='#d9e1f2' align='center'>派出所备勤</th>" in html
    assert "李所长（应急分队）<br>13700000000" in html
    assert html.count("<span class='none'>未安排</span></td></tr>") == len(doc.days) - 1

    ra.set_shift_supplies(ctx, period_id=period_id, police_squad_contact="",
                          police_squad_phone="")  # fmt: skip
    assert "派出所备勤" not in roster_html(roster_print(ctx, period_id=period_id))  # 5 columns


def test_the_exported_roster_names_the_squad_of_each_day(ctx, tmp_path):
    from openpyxl import load_workbook

    from xianghua_console.exports.roster_xlsx import GRID_SHEET

    add_staff(ctx)
    period_id = make_period(ctx)
    ra.set_shift_supplies(ctx, period_id=period_id, days=[START],
                          police_squad_contact="李所长", police_squad_phone="13700000000")  # fmt: skip
    path = ra.export_roster(ctx, period_id=period_id, path=tmp_path / "roster.xlsx")
    rows = list(load_workbook(path)[GRID_SHEET].iter_rows(values_only=True))
    header = rows[2]
    col = header.index("派出所备勤")
    assert header[col + 1] == "保障" and rows[3][col] == "李所长 13700000000"


# ---------------------------------------------------------------- migration 0004


def test_0004_moves_the_phone_out_of_the_contact_line_and_back_on_downgrade(db_url, backend):
    engine = create_engine(db_url)
    cfg = alembic_config()
    lines = {
        1: "派出所应急分队24小时待命（所长张三 13900000000）",
        2: "派出所值班室 电话：0396-6952110",
        3: "派出所应急分队",
        4: "",
    }
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0003")
            conn.execute(text(
                "INSERT INTO duty_period (id, name, start_date, end_date, daily_reports_from) "
                "VALUES (1, '两会', '2027-03-01', '2027-03-04', '2027-03-01')"))  # fmt: skip
            for i, line in lines.items():
                conn.execute(
                    text(
                        "INSERT INTO duty_shift (id, period_id, day, starts_at, ends_at, "
                        "emergency_fund_yuan, vehicle, police_squad_contact, version) VALUES "
                        "(:id, 1, :day, :start, :end, 0, '', :line, 1)"
                    ),
                    {"id": i, "day": f"2027-03-0{i}", "line": line,
                     "start": f"2027-03-0{i} 00:30:00", "end": f"2027-03-0{i + 1} 00:30:00"},
                )  # fmt: skip
        upgrade_to_head(engine)
        query = text("SELECT id, police_squad_contact, police_squad_phone FROM duty_shift "
                     "ORDER BY id")  # fmt: skip
        with engine.connect() as conn:
            assert [tuple(r) for r in conn.execute(query)] == [
                (1, "派出所应急分队24小时待命（所长张三）", "13900000000"),
                (2, "派出所值班室", "0396-6952110"),
                (3, "派出所应急分队", ""),
                (4, "", ""),
            ]
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
        with engine.connect() as conn:
            back = conn.execute(text("SELECT id, police_squad_contact FROM duty_shift ORDER BY id"))
            assert [tuple(r) for r in back] == [
                (1, "派出所应急分队24小时待命（所长张三） 13900000000"),
                (2, "派出所值班室 0396-6952110"),
                (3, "派出所应急分队"),
                (4, ""),
            ]
    finally:
        engine.dispose()


def test_the_command_line_refuses_a_needless_holiday_and_creates_a_period_with_the_squad(
    capsys, clock, db_url, ctx, director_env
):
    from xianghua_console.cli import main

    def go(*argv):
        rc = main(list(argv), clock=clock, environ=director_env)
        out, err = capsys.readouterr()
        return rc, out, err

    rc, _, err = go("roster", "holiday", "--db", db_url, "--day", "2026-10-01", "--kind", "节假日")
    assert rc == 1 and "已是法定节假日（国庆节）" in err
    rc, _, err = go("roster", "holiday", "--db", db_url, "--day", "2027-03-06", "--kind", "取消")
    assert rc == 1 and "无须删除" in err
    rc, _, err = go("roster", "create", "--db", db_url, "--name", "两会", "--start", "2027-03-03",
                    "--end", "2027-03-04", "--police", "李所长", "--police-phone", "13700000000")
    assert rc == 0, err
    (period,) = ra.list_periods(ctx)
    assert grid_day(ctx, period.id, START).police_squad == "李所长 13700000000"
    rc, _, err = go("roster", "create", "--db", db_url, "--name", "清明", "--start", "2027-04-03",
                    "--end", "2027-04-04", "--police-phone", "一一零")
    assert rc == 1 and "派出所备勤电话" in err
