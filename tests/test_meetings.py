"""Weekly analysis meetings: recording one, and the week's board of units that have not."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from xianghua_console.domain.enums import UnitKind
from xianghua_console.services.context import Refused
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.services.meetings import (
    iso_week_label,
    parse_iso_week,
    record_meeting,
    week_meetings,
)
from xianghua_console.services.units import add_unit
from xianghua_console.store.models import AnalysisMeeting, Unit


def test_iso_weeks():
    assert parse_iso_week("2027-W10") == date(2027, 3, 8)
    assert parse_iso_week("2027w9") == date(2027, 3, 1)
    assert iso_week_label(date(2027, 3, 8)) == "2027-W10"
    for bad in ("2027-10", "W10", "2027-W54", "2027-W00"):
        with pytest.raises(ValueError):
            parse_iso_week(bad)


def test_recording_a_meeting_and_the_board_of_the_week(demo_ctx):
    board = week_meetings(demo_ctx)
    assert board.week_start == date(2027, 3, 1) and board.required == 1
    with demo_ctx.db.read_session() as s:
        held_units = set(s.scalars(select(AnalysisMeeting.unit_id)
                                   .where(AnalysisMeeting.week_start == date(2027, 3, 1))))
        units = s.scalar(select(func.count()).select_from(Unit).where(Unit.active))
    assert len(board.rows) == units
    assert {r.unit_id for r in board.rows if r.held} == held_units
    assert {r.unit_id for r in board.not_held} == {r.unit_id for r in board.rows} - held_units

    target = board.not_held[0]
    row = record_meeting(demo_ctx, unit_id=target.unit_id, held_on=date(2027, 3, 4),
                         attendance=9, problems="排查出宅基地纠纷一起。", measures="村调委会跟进。")
    assert row.week_start == date(2027, 3, 1) and row.recorded_by == "测试员"
    after = week_meetings(demo_ctx, week=date(2027, 3, 3))
    assert target.unit_id not in {r.unit_id for r in after.not_held}
    assert len(after.not_held) == len(board.not_held) - 1
    # last week's board is another week: the demo held none then
    assert len(week_meetings(demo_ctx, week=date(2027, 2, 24)).not_held) == len(board.rows)


def test_a_meeting_is_checked_field_by_field(demo_ctx):
    unit_id = week_meetings(demo_ctx).rows[0].unit_id
    with pytest.raises(InvalidInput) as err:
        record_meeting(demo_ctx, unit_id=unit_id, held_on=date(2027, 3, 6), attendance=0,
                       problems="", measures=" ")
    assert set(err.value.errors) == {"held_on", "attendance", "problems", "measures"}
    with pytest.raises(Refused):
        record_meeting(demo_ctx, unit_id=99999, held_on=date(2027, 3, 4), attendance=3,
                       problems="无", measures="无")


def test_a_unit_added_later_owes_no_meeting_in_earlier_weeks(demo_ctx):
    new = add_unit(demo_ctx, name="新设社区", kind=UnitKind.TOWN_UNIT)
    assert new.id in {r.unit_id for r in week_meetings(demo_ctx).not_held}
    assert new.id not in {r.unit_id for r in week_meetings(demo_ctx, week=date(2027, 2, 22)).rows}
