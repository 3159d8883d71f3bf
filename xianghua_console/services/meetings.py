"""Weekly analysis meetings (分析研判会): recording one, and the week's board of who has not.

Every village and unit holds at least one a week (五、3; the number is the setting
``weekly_meetings``), more often where needed. A week is the ISO week, Monday to Sunday; a unit
owes meetings in a week when it owes a daily report on at least one of its days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.enums import UnitKind
from xianghua_console.domain.limits import TEXT, too_long
from xianghua_console.domain.messages import msg
from xianghua_console.domain.permissions import Action
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.services.daily import expected_units
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.store.models import AnalysisMeeting, Unit

MAX_ATTENDANCE = 500
_ISO_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def parse_iso_week(text: str) -> date:
    """``2027-W10`` → the Monday of that ISO week; ValueError with a Chinese message otherwise."""
    m = _ISO_WEEK.match(text)
    if not m:
        raise ValueError(f"周的写法应为 YYYY-Www，例如 2027-W10：{text}")
    try:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError as exc:
        raise ValueError(f"{m.group(1)} 年没有第 {int(m.group(2))} 周：{text}") from exc


def iso_week_label(monday: date) -> str:
    """``2027-W10`` for the week starting ``monday``."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class MeetingRow:
    id: int
    unit_id: int
    unit: str
    week_start: date
    held_on: date
    attendance: int
    problems: str
    measures: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class WeekMeetingsRow:
    unit_id: int
    unit: str
    kind: UnitKind
    info_officer: str
    phone: str
    meetings: tuple[MeetingRow, ...]

    @property
    def held(self) -> int:
        return len(self.meetings)


@dataclass(frozen=True)
class WeekMeetings:
    week_start: date
    required: int  # meetings each unit owes in the week (setting weekly_meetings)
    rows: tuple[WeekMeetingsRow, ...]

    @property
    def label(self) -> str:
        return iso_week_label(self.week_start)

    @property
    def not_held(self) -> tuple[WeekMeetingsRow, ...]:
        """Units that have held fewer meetings than required this week."""
        return tuple(r for r in self.rows if r.held < self.required)


def record_meeting(
    ctx: Ctx,
    *,
    unit_id: int,
    held_on: date,
    attendance: int,
    problems: str,
    measures: str,
) -> MeetingRow:
    """Record a unit's analysis meeting: date held, attendance, problems found, measures."""
    require(ctx, Action.RECORD_MEETING)
    errors: dict[str, str] = {}
    today = local_today(ctx.clock)
    if held_on > today:
        errors["held_on"] = msg("召开日期不能晚于今天")
    if attendance < 1:
        errors["attendance"] = msg("参会人数至少为 1")
    elif attendance > MAX_ATTENDANCE:
        errors["attendance"] = msg("参会人数 {n} 超过 {most}，请核对", n=attendance,
                                   most=MAX_ATTENDANCE)
    if not problems.strip():
        errors["problems"] = msg("请填写排查出的问题（没有时写“无”）")
    if not measures.strip():
        errors["measures"] = msg("请填写采取的措施")
    errors.update(too_long(problems=(problems, msg("排查出的问题"), TEXT),
                           measures=(measures, msg("采取的措施"), TEXT)))
    with ctx.db.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise Refused("找不到这个单位，可能已被删除。")
        if not unit.active:
            errors["unit_id"] = msg("{name}已停用", name=unit.name)
        if errors:
            raise InvalidInput(errors)
        meeting = AnalysisMeeting(
            unit_id=unit.id,
            week_start=week_start(held_on),
            held_on=held_on,
            attendance=attendance,
            problems=problems.strip(),
            measures=measures.strip(),
            recorded_at=ctx.clock.now(),
            recorded_by=ctx.actor,
        )
        session.add(meeting)
        session.flush()
        audit(session, ctx, action="meeting.record", entity="analysis_meeting",
              entity_id=meeting.id,
              after={"unit_id": unit.id, "held_on": held_on.isoformat(),
                     "attendance": attendance})
        return _row(meeting, unit.name)


def week_meetings(ctx: Ctx, *, week: date | None = None) -> WeekMeetings:
    """The board of a week (this week by default): every unit that owes meetings, and its own.

    ``week`` is any day of the week. Units that owe no daily report on any day of the week
    (added later, inactive, outside the duty periods when that setting is on) are left out.
    """
    monday = week_start(week or local_today(ctx.clock))
    days = [monday + timedelta(days=i) for i in range(7)]
    with ctx.db.read_session() as session:
        settings = load_settings(session)
        owing: dict[int, Unit] = {}
        for day in days:
            for unit in expected_units(session, day, settings):
                owing.setdefault(unit.id, unit)
        by_unit: dict[int, list[MeetingRow]] = {}
        for meeting in session.scalars(
            select(AnalysisMeeting)
            .where(AnalysisMeeting.week_start == monday)
            .order_by(AnalysisMeeting.held_on, AnalysisMeeting.id)
        ):
            unit = owing.get(meeting.unit_id) or session.get(Unit, meeting.unit_id)
            by_unit.setdefault(meeting.unit_id, []).append(_row(meeting, unit.name if unit else ""))
        # the board's order: villages first, then town units, as in the directory
        units = sorted(
            owing.values(), key=lambda u: (u.kind is not UnitKind.VILLAGE, u.sort_order, u.id)
        )
        rows = tuple(
            WeekMeetingsRow(u.id, u.name, u.kind, u.info_officer, u.info_officer_phone,
                            tuple(by_unit.get(u.id, ())))
            for u in units
        )
    return WeekMeetings(monday, settings.weekly_meetings, rows)


def _row(meeting: AnalysisMeeting, unit_name: str) -> MeetingRow:
    return MeetingRow(
        id=meeting.id,
        unit_id=meeting.unit_id,
        unit=unit_name,
        week_start=meeting.week_start,
        held_on=meeting.held_on,
        attendance=meeting.attendance,
        problems=meeting.problems,
        measures=meeting.measures,
        recorded_at=meeting.recorded_at,
        recorded_by=meeting.recorded_by,
    )
