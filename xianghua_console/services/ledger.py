"""The ledger (台账): the office's records in the shape of its spreadsheets, out and in.

Five sheets, their columns in this order (``*`` required; times ``YYYY-MM-DD HH:MM`` in
Asia/Shanghai or Excel date cells): 单位, 人员, 值班, 事件, 日报 (see :data:`SHEETS`).
:func:`ledger_book` reads the database into that shape; :func:`import_ledger` checks every row
of a read workbook first and writes nothing unless all of them are sound, so that an export
imported into an empty database gives the same records. Imported incidents get their
deadlines and a timeline like logged ones (one entry per stored time, marked as imported).

What the ledger cannot carry: steps without a column (verification, launch, on-scene command,
closing), who a report went to, duty-period names and readiness, the special report's text.
An incident comes back at the furthest step its times show.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from openpyxl.utils import get_column_letter
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from xianghua_console.domain.clock import LOCAL_TZ, local_datetime, local_today, to_local
from xianghua_console.domain.deadlines import shift_start
from xianghua_console.domain.enums import (
    DailyReportKind,
    DutySlot,
    IncidentStatus,
    TimelineKind,
    UnitKind,
    Weight,
)
from xianghua_console.domain.messages import Message, joined, msg
from xianghua_console.domain.permissions import Action
from xianghua_console.domain.text import pinyin_initials
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.services.incident_log import MAX_PEOPLE, append_entry
from xianghua_console.services.progress import ProgressFn, as_progress
from xianghua_console.store.models import (
    Category,
    DailyReport,
    DayClosure,
    DutyAssignment,
    DutyPeriod,
    DutyShift,
    Incident,
    Staff,
    TimelineEntry,
    Unit,
)

Value = str | int | float | datetime | date | None


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = False

    @property
    def header(self) -> str:
        return self.name + ("*" if self.required else "")


def _cols(*spec: str) -> tuple[Column, ...]:
    return tuple(Column(s.rstrip("*"), s.endswith("*")) for s in spec)


SHEETS: dict[str, tuple[Column, ...]] = {
    "单位": _cols("单位名称*", "类型*", "信息员", "联系电话"),
    "人员": _cols("姓名*", "职务*", "所属单位", "联系电话"),
    "值班": _cols("日期*", "岗位*", "姓名*"),
    "事件": _cols("编号", "发生时间*", "接报时间*", "报告单位*", "地点", "类别*", "涉及人数",
                 "性质", "概要*", "上报领导时间", "上报县时间", "控制时间", "结束时间",
                 "专题报告时间"),
    "日报": _cols("日期*", "单位名称*", "类型*", "报送时间*", "内容"),
}
TIME_COLUMNS = frozenset(
    ("发生时间", "接报时间", "上报领导时间", "上报县时间", "控制时间", "结束时间", "专题报告时间",
     "报送时间")
)
DATE_COLUMNS = frozenset(("日期",))
UNIT_KINDS = {k.label: k for k in UnitKind}  # 村 / 镇直单位
SLOTS = {"带班领导": DutySlot.LEADER, "值班人员": DutySlot.DUTY, "备勤人员": DutySlot.STANDBY,
         "驾驶员": DutySlot.VEHICLE}
SLOT_NAMES = {v: k for k, v in SLOTS.items()}
WEIGHTS = {w.label: w for w in Weight}  # 一般 / 较重 / 严重
REPORT_KINDS = {"零报告": DailyReportKind.ZERO, "有情况": DailyReportKind.SITUATION}
REPORT_KIND_NAMES = {v: k for k, v in REPORT_KINDS.items()}
NUMBER = re.compile(r"^(\d{4})-(\d{1,6})$")
IMPORT_NOTE = "（由台账导入）"


# ---------------------------------------------------------------- the book


@dataclass(frozen=True)
class LedgerBook:
    """Rows of each sheet as cell values (times as naive Asia/Shanghai datetimes)."""

    sheets: dict[str, list[tuple[Value, ...]]]

    def count(self, sheet: str) -> int:
        return len(self.sheets.get(sheet, ()))


@dataclass(frozen=True)
class ReadSheet:
    """A sheet as read from a file: its header row and its rows with their row numbers."""

    header: tuple[Value, ...]
    rows: list[tuple[int, tuple[Value, ...]]]


@dataclass(frozen=True)
class Problem:
    """One bad cell (or row) of an imported sheet (the ledger's, the directory's)."""

    sheet: str
    row: int
    column: str  # the column letter, "" for a whole row or sheet
    header: str
    reason: str

    @property
    def message(self) -> Message:
        """Where and why, in one line."""
        if not self.column:
            return msg("{sheet} 第{row}行：{reason}", sheet=self.sheet, row=self.row,
                       reason=self.reason)
        if not self.header:
            return msg("{sheet} 第{row}行 {column}列：{reason}", sheet=self.sheet, row=self.row,
                       column=self.column, reason=self.reason)
        return msg("{sheet} 第{row}行 {column}列（{header}）：{reason}", sheet=self.sheet,
                   row=self.row, column=self.column, header=self.header, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message)


class LedgerRejected(Refused):
    """The ledger was not imported; ``problems`` lists every bad cell (sheet, row, column)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = joined([p.message for p in problems[:5]])
        more = msg("；另有 {n} 处", n=len(problems) - 5) if len(problems) > 5 else ""
        super().__init__("台账有 {n} 处问题，未导入任何数据：{shown}{more}", n=len(problems),
                         shown=shown, more=more)


@dataclass(frozen=True)
class ImportSummary:
    units_added: int
    units_updated: int
    staff: int
    duty: int
    incidents: int
    daily_reports: int


def _naive(when: datetime | None) -> datetime | None:
    """A stored time as the naive Asia/Shanghai datetime a spreadsheet holds."""
    return None if when is None else to_local(when).replace(tzinfo=None)


def ledger_book(ctx: Ctx, *, first: date | None = None, last: date | None = None) -> LedgerBook:
    """The database's records in the ledger's shape; ``first``/``last`` limit the dated sheets.

    The directory (单位, 人员) is always whole; duty, incidents (by day received) and daily
    reports (the one that counts for each unit and day) are limited to the range.
    """
    lo = local_datetime(first) if first else None
    hi = local_datetime(last + timedelta(days=1)) if last else None
    with ctx.db.read_session() as session:
        villages_first = case((Unit.kind == UnitKind.VILLAGE, 0), else_=1)
        units = session.scalars(select(Unit).order_by(villages_first, Unit.sort_order, Unit.id))
        unit_rows = [(u.name, u.kind.label, u.info_officer, u.info_officer_phone) for u in units]
        names = {u_id: name for u_id, name in session.execute(select(Unit.id, Unit.name))}
        staff_rows = [
            (s.name, s.post, names.get(s.unit_id, "") if s.unit_id else "", s.phone)
            for s in session.scalars(select(Staff).order_by(Staff.id))
        ]
        duty_q = (
            select(DutyShift.day, DutyAssignment.slot, Staff.name)
            .join(DutyAssignment, DutyAssignment.shift_id == DutyShift.id)
            .join(Staff, Staff.id == DutyAssignment.staff_id)
        )
        if first:
            duty_q = duty_q.where(DutyShift.day >= first)
        if last:
            duty_q = duty_q.where(DutyShift.day <= last)
        slot_order = {s: i for i, s in enumerate(DutySlot)}
        duty = sorted(
            session.execute(duty_q.order_by(DutyShift.day, DutyAssignment.position)).all(),
            key=lambda r: (r[0], slot_order[r[1]]),
        )
        duty_rows = [(d, SLOT_NAMES[slot], name) for d, slot, name in duty]

        inc_q = select(Incident).order_by(Incident.received_at, Incident.id).options(
            selectinload(Incident.category))
        if lo:
            inc_q = inc_q.where(Incident.received_at >= lo)
        if hi:
            inc_q = inc_q.where(Incident.received_at < hi)
        incidents = session.scalars(inc_q).all()
        controlled: dict[int, datetime] = {}
        if incidents:
            for incident_id, at in session.execute(
                select(TimelineEntry.incident_id, TimelineEntry.at)
                .where(TimelineEntry.kind == TimelineKind.CONTROLLED,
                       TimelineEntry.incident_id.in_([i.id for i in incidents]))
                .order_by(TimelineEntry.seq)
            ):
                controlled[incident_id] = at
        incident_rows = [
            (i.number, _naive(i.occurred_at), _naive(i.received_at), names[i.unit_id], i.place,
             i.category.name if i.category else "", i.people_count, i.weight.label, i.summary,
             _naive(i.escalated_at), _naive(i.county_reported_at), _naive(controlled.get(i.id)),
             _naive(i.ended_at), _naive(i.special_report_at))
            for i in incidents
        ]

        rep_q = select(DailyReport).order_by(DailyReport.day, DailyReport.id)
        if first:
            rep_q = rep_q.where(DailyReport.day >= first)
        if last:
            rep_q = rep_q.where(DailyReport.day <= last)
        latest: dict[tuple[date, int], DailyReport] = {}
        for report in session.scalars(rep_q):
            latest[(report.day, report.unit_id)] = report  # the newest row counts
        order = {name: n for n, (name, *_) in enumerate(unit_rows)}
        report_rows = sorted(
            ((r.day, names[r.unit_id], REPORT_KIND_NAMES[r.kind], _naive(r.received_at),
              r.content) for r in latest.values()),
            key=lambda row: (row[0], order.get(row[1], 0)),
        )
    return LedgerBook({"单位": unit_rows, "人员": staff_rows, "值班": duty_rows,
                       "事件": incident_rows, "日报": report_rows})


# ---------------------------------------------------------------- import


@dataclass
class _Checker:
    """Collects problems while the rows are parsed; each cell helper returns None on error."""

    problems: list[Problem] = field(default_factory=list)
    sheet: str = ""
    row: int = 0
    columns: tuple[Column, ...] = ()

    def fail(self, index: int | None, reason: str) -> None:
        if index is None:
            self.problems.append(Problem(self.sheet, self.row, "", "", reason))
        else:
            self.problems.append(Problem(self.sheet, self.row, get_column_letter(index + 1),
                                         self.columns[index].name, reason))

    def cell(self, values: tuple[Value, ...], name: str) -> tuple[int, Value]:
        index = next(i for i, c in enumerate(self.columns) if c.name == name)
        value = values[index] if index < len(values) else None
        if isinstance(value, str):
            value = value.strip() or None
        if value is None and self.columns[index].required:
            self.fail(index, msg("必填项为空"))
        return index, value

    def text(self, values: tuple[Value, ...], name: str, limit: int = 0) -> str | None:
        index, value = self.cell(values, name)
        if value is None:
            return None if self.columns[index].required else ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a phone number Excel stored as a number
        text = value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else str(value)
        if limit and len(text) > limit:
            self.fail(index, msg("超过 {limit} 个字", limit=limit))
            return None
        return text

    def choice(self, values: tuple[Value, ...], name: str, options: Mapping[str, object],
               default: object = None) -> object:
        index, value = self.cell(values, name)
        if value is None:
            return default
        found = options.get(str(value))
        if found is None:
            self.fail(index, msg("“{value}”不是可选值（可选：{options}）", value=value,
                                 options=" / ".join(options)))
        return found

    def day(self, values: tuple[Value, ...], name: str) -> date | None:
        index, value = self.cell(values, name)
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).replace("/", "-"))
        except ValueError:
            self.fail(index, msg("日期“{value}”应写成 YYYY-MM-DD", value=value))
            return None

    def moment(self, values: tuple[Value, ...], name: str, now: datetime) -> datetime | None:
        index, value = self.cell(values, name)
        if value is None:
            return None
        if isinstance(value, datetime):
            # an Excel date cell: local time, to the second (cells carry float noise)
            local = (value + timedelta(microseconds=500_000)).replace(microsecond=0)
        elif isinstance(value, date):
            local = datetime.combine(value, time())
        else:
            local = None
            for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M"):
                try:
                    local = datetime.strptime(str(value), fmt)  # noqa: DTZ007 - local by rule
                    break
                except ValueError:
                    continue
            if local is None:
                self.fail(index, msg("时间“{value}”应写成 YYYY-MM-DD HH:MM（北京时间）",
                                     value=value))
                return None
        when = local.replace(tzinfo=LOCAL_TZ).astimezone(now.tzinfo)
        if when > now:
            self.fail(index, msg("时间晚于现在"))
            return None
        return when

    def count(self, values: tuple[Value, ...], name: str) -> int | None:
        index, value = self.cell(values, name)
        if value is None:
            return 0
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str) and value.isdigit():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(index, msg("“{value}”不是整数", value=value))
            return None
        if not 0 <= value <= MAX_PEOPLE:
            self.fail(index, msg("人数应在 0 到 {most} 之间", most=MAX_PEOPLE))
            return None
        return value

    def after(self, values: tuple[Value, ...], name: str, when: datetime | None,
              earlier: datetime | None, earlier_name: str) -> None:
        if when is not None and earlier is not None and when < earlier:
            index = next(i for i, c in enumerate(self.columns) if c.name == name)
            self.fail(index, msg("{name}早于{earlier}", name=name, earlier=earlier_name))


def import_ledger(
    ctx: Ctx, *, sheets: Mapping[str, ReadSheet], progress: ProgressFn | None = None
) -> ImportSummary:
    """Check every row of every sheet, then import all of it in one transaction, or nothing.

    Raises :class:`LedgerRejected` listing each bad cell (missing required cell, unknown unit,
    person or category, received before occurred, duplicate…). Sheets that are absent are
    taken as empty; unknown sheets are refused, since a renamed sheet would be silently lost.
    ``progress`` hears of each sheet and may cancel until the commit (nothing is written then).
    """
    require(ctx, Action.LEDGER_IMPORT)
    p = as_progress(progress)
    steps = len(SHEETS) + 2  # check each sheet, write, commit
    now = ctx.clock.now()
    ck = _Checker()
    for name in sheets:
        if name not in SHEETS:
            ck.problems.append(Problem(name, 1, "", "",
                                       msg("不认识的工作表（应为：{sheets}）", sheets="、".join(SHEETS))))
    for name, sheet in sheets.items():
        if name in SHEETS:
            _check_header(ck, name, sheet.header)
    if ck.problems:
        raise LedgerRejected(ck.problems)

    def rows(name: str) -> list[tuple[int, tuple[Value, ...]]]:
        p(list(SHEETS).index(name), steps, msg("检查“{name}”表", name=name))
        sheet = sheets.get(name)
        ck.sheet, ck.columns = name, SHEETS[name]
        return sheet.rows if sheet else []

    with ctx.db.session() as session:
        settings = load_settings(session)
        db_units = {u.name: u for u in session.scalars(select(Unit))}
        db_staff = session.scalars(select(Staff)).all()
        categories = {c.name: c for c in session.scalars(select(Category))}

        # 单位
        new_units: dict[str, tuple[UnitKind, str, str]] = {}
        updates: dict[str, tuple[str, str]] = {}
        file_units: set[str] = set()
        for ck.row, values in rows("单位"):
            unit_name = ck.text(values, "单位名称", 60)
            kind = ck.choice(values, "类型", UNIT_KINDS)
            officer = ck.text(values, "信息员", 40)
            phone = ck.text(values, "联系电话", 40)
            if not unit_name:
                continue
            if unit_name in file_units:
                ck.fail(0, msg("单位“{unit}”重复", unit=unit_name))
                continue
            file_units.add(unit_name)
            if kind is None or officer is None or phone is None:
                continue
            assert isinstance(kind, UnitKind)
            existing = db_units.get(unit_name)
            if existing is None:
                new_units[unit_name] = (kind, officer, phone)
            elif existing.kind is not kind:
                ck.fail(1, msg("数据库中已有单位“{unit}”，类型为{kind}", unit=unit_name,
                                   kind=existing.kind))
            elif (officer and officer != existing.info_officer) or (
                phone and phone != existing.info_officer_phone
            ):
                updates[unit_name] = (officer or existing.info_officer,
                                      phone or existing.info_officer_phone)
        known_units = set(db_units) | set(new_units)

        # 人员
        new_staff: list[tuple[str, str, str, str]] = []
        seen_staff = {(s.name, s.post) for s in db_staff}
        file_staff: set[tuple[str, str]] = set()
        for ck.row, values in rows("人员"):
            person = ck.text(values, "姓名", 40)
            post = ck.text(values, "职务", 60)
            unit_name = ck.text(values, "所属单位", 60)
            phone = ck.text(values, "联系电话", 40)
            if unit_name and unit_name not in known_units:
                ck.fail(2, msg("单位“{unit}”不存在（单位表和数据库中都没有）", unit=unit_name))
                continue
            if not person or not post or unit_name is None or phone is None:
                continue
            if (person, post) in file_staff:
                ck.fail(0, msg("人员“{person}（{post}）”重复", person=person, post=post))
                continue
            if (person, post) in seen_staff:
                ck.fail(0, msg("数据库中已有人员“{person}（{post}）”", person=person, post=post))
                continue
            file_staff.add((person, post))
            new_staff.append((person, post, unit_name, phone))
        people_by_name: dict[str, int] = defaultdict(int)
        for s in db_staff:
            people_by_name[s.name] += 1
        for person, *_ in new_staff:
            people_by_name[person] += 1

        # 值班
        existing_duty = {
            (d, slot, n)
            for d, slot, n in session.execute(
                select(DutyShift.day, DutyAssignment.slot, Staff.name)
                .join(DutyAssignment, DutyAssignment.shift_id == DutyShift.id)
                .join(Staff, Staff.id == DutyAssignment.staff_id)
            )
        }
        new_duty: list[tuple[date, DutySlot, str]] = []
        for ck.row, values in rows("值班"):
            day = ck.day(values, "日期")
            slot = ck.choice(values, "岗位", SLOTS)
            person = ck.text(values, "姓名", 40)
            if person and people_by_name.get(person, 0) == 0:
                ck.fail(2, msg("人员“{person}”不存在（人员表和数据库中都没有）", person=person))
                continue
            if person and people_by_name[person] > 1:
                ck.fail(2, msg("有 {n} 名人员叫“{person}”，无法确定是谁", n=people_by_name[person],
                                   person=person))
                continue
            if day is None or slot is None or not person:
                continue
            assert isinstance(slot, DutySlot)
            key = (day, slot, person)
            if key in existing_duty:
                ck.fail(None, msg("{day} {slot} {person} 重复", day=day.isoformat(),
                                  slot=SLOT_NAMES[slot], person=person))
                continue
            existing_duty.add(key)
            new_duty.append(key)

        # 事件
        taken_numbers = set(session.scalars(select(Incident.number)))
        seqs: dict[int, int] = {
            year: seq for year, seq in session.execute(
                select(Incident.year, func.max(Incident.seq)).group_by(Incident.year))
        }
        drafts: list[dict] = []
        for ck.row, values in rows("事件"):
            number_index, number = ck.cell(values, "编号")
            occurred = ck.moment(values, "发生时间", now)
            received = ck.moment(values, "接报时间", now)
            unit_name = ck.text(values, "报告单位", 60)
            place = ck.text(values, "地点", 120)
            category_index, category_name = ck.cell(values, "类别")
            people = ck.count(values, "涉及人数")
            weight = ck.choice(values, "性质", WEIGHTS, Weight.ORDINARY)
            summary = ck.text(values, "概要", 4000)
            times = {n: ck.moment(values, n, now)
                     for n in ("上报领导时间", "上报县时间", "控制时间", "结束时间", "专题报告时间")}
            ck.after(values, "接报时间", received, occurred, "发生时间")
            for n in ("上报领导时间", "上报县时间", "控制时间", "结束时间"):
                ck.after(values, n, times[n], received, "接报时间")
            ck.after(values, "结束时间", times["结束时间"], times["控制时间"], "控制时间")
            ck.after(values, "专题报告时间", times["专题报告时间"], times["结束时间"], "结束时间")
            if times["专题报告时间"] and not times["结束时间"]:
                ck.fail(13, msg("有专题报告时间，却没有结束时间"))
            if unit_name and unit_name not in known_units:
                ck.fail(3, msg("单位“{unit}”不存在（单位表和数据库中都没有）", unit=unit_name))
                unit_name = None
            category = None
            if category_name is not None:
                category = categories.get(str(category_name))
                if category is None:
                    ck.fail(category_index,
                            msg("类别“{category}”不存在（可选：{categories}）", category=category_name,
                                categories="、".join(categories)))
            year = seq = None
            if number is not None:
                m = NUMBER.match(str(number))
                if not m:
                    ck.fail(number_index, msg("编号“{number}”应写成 年份-序号，例如 2027-0012",
                                              number=number))
                elif str(number) in taken_numbers:
                    ck.fail(number_index, msg("编号“{number}”重复（台账或数据库中已有）", number=number))
                else:
                    year, seq = int(m.group(1)), int(m.group(2))
                    taken_numbers.add(str(number))
                    seqs[year] = max(seqs.get(year, 0), seq)
            if None in (occurred, received, unit_name, place, category, people, weight,
                        summary) or not summary:
                continue
            drafts.append({"number": str(number) if number is not None else None,
                           "year": year, "seq": seq, "occurred": occurred, "received": received,
                           "unit": unit_name, "place": place, "category": category,
                           "people": people, "weight": weight, "summary": summary, **times})

        # 日报
        existing_reports = {
            (day, unit_id)
            for day, unit_id in session.execute(select(DailyReport.day, DailyReport.unit_id))
        }
        closed = set(session.scalars(select(DayClosure.day)))
        file_reports: set[tuple[date, str]] = set()
        new_reports: list[tuple[date, str, DailyReportKind, datetime, str]] = []
        for ck.row, values in rows("日报"):
            day = ck.day(values, "日期")
            unit_name = ck.text(values, "单位名称", 60)
            kind = ck.choice(values, "类型", REPORT_KINDS)
            received = ck.moment(values, "报送时间", now)
            content = ck.text(values, "内容", 4000)
            if unit_name and unit_name not in known_units:
                ck.fail(1, msg("单位“{unit}”不存在（单位表和数据库中都没有）", unit=unit_name))
                continue
            if day is None or not unit_name or kind is None or received is None:
                continue
            if content is None:
                continue
            if kind is DailyReportKind.SITUATION and not content:
                ck.fail(4, msg("有情况的日报必须填写内容"))
                continue
            if received < local_datetime(day):
                ck.fail(3, msg("报送时间早于日报所属的日期"))
                continue
            unit = db_units.get(unit_name)
            if (day, unit_name) in file_reports or (
                unit is not None and (day, unit.id) in existing_reports
            ):
                ck.fail(None, msg("{unit} {day} 的日报重复（台账或数据库中已有）", unit=unit_name,
                                      day=day.isoformat()))
                continue
            if day in closed:
                ck.fail(0, msg("{day} 已关账，不能再导入该日的日报", day=day.isoformat()))
                continue
            file_reports.add((day, unit_name))
            assert isinstance(kind, DailyReportKind)
            new_reports.append((day, unit_name, kind, received, content))

        if ck.problems:
            ck.problems.sort(key=lambda p: (list(SHEETS).index(p.sheet) if p.sheet in SHEETS
                                            else 99, p.row, p.column))
            raise LedgerRejected(ck.problems)
        p(len(SHEETS), steps, msg("写入数据库"))
        summary = _write(session, ctx, settings, db_units=db_units, new_units=new_units,
                         updates=updates, new_staff=new_staff, new_duty=new_duty, drafts=drafts,
                         seqs=seqs, new_reports=new_reports, now=now)
        p(steps - 1, steps, msg("提交"))
        p.no_return()  # a cancel up to here rolls everything back
    p(steps, steps, msg("已导入"))
    return summary


def _check_header(ck: _Checker, name: str, header: Sequence[Value]) -> None:
    wanted = SHEETS[name]
    got = [str(h).strip().rstrip("*").strip() if h is not None else "" for h in header]
    while got and not got[-1]:
        got.pop()
    for i, column in enumerate(wanted):
        have = got[i] if i < len(got) else ""
        if have != column.name:
            ck.problems.append(Problem(name, 1, get_column_letter(i + 1), column.name,
                                       msg("表头应为“{name}”，实为“{have}”", name=column.name,
                                           have=have) if have
                                       else msg("表头应为“{name}”，实为空", name=column.name)))
    for i in range(len(wanted), len(got)):
        ck.problems.append(Problem(name, 1, get_column_letter(i + 1), "",
                                   msg("多出的列“{got}”", got=got[i])))


def _write(
    session: Session,
    ctx: Ctx,
    settings,  # noqa: ANN001
    *,
    db_units: dict[str, Unit],
    new_units: dict[str, tuple[UnitKind, str, str]],
    updates: dict[str, tuple[str, str]],
    new_staff: list[tuple[str, str, str, str]],
    new_duty: list[tuple[date, DutySlot, str]],
    drafts: list[dict],
    seqs: dict[int, int],
    new_reports: list[tuple[date, str, DailyReportKind, datetime, str]],
    now: datetime,
) -> ImportSummary:
    units = dict(db_units)
    # Imported units are expected from the first day of the imported daily reports (their
    # record goes back that far), or from today, as any unit added now.
    expected_from = min([local_today(ctx.clock), *(r[0] for r in new_reports)])
    order = {k: (session.scalar(select(func.max(Unit.sort_order)).where(Unit.kind == k)) or
                 (0 if k is UnitKind.VILLAGE else 1000)) for k in UnitKind}
    for unit_name, (kind, officer, phone) in new_units.items():
        order[kind] += 1
        unit = Unit(name=unit_name, kind=kind, pinyin_initials=pinyin_initials(unit_name),
                    info_officer=officer, info_officer_phone=phone, expected_from=expected_from,
                    active=True, sort_order=order[kind])
        session.add(unit)
        units[unit_name] = unit
    for unit_name, (officer, phone) in updates.items():
        units[unit_name].info_officer = officer
        units[unit_name].info_officer_phone = phone
    session.flush()

    staff: dict[str, Staff] = {s.name: s for s in session.scalars(select(Staff))}
    # The ledger has no column for who may lead a shift or drive: the duty sheet tells.
    leaders = {p for _, slot, p in new_duty if slot is DutySlot.LEADER}
    drivers = {p for _, slot, p in new_duty if slot is DutySlot.VEHICLE}
    for person, post, unit_name, phone in new_staff:
        s = Staff(name=person, post=post, unit_id=units[unit_name].id if unit_name else None,
                  phone=phone, is_leader=person in leaders,
                  is_driver=person in drivers or post == "驾驶员", active=True)
        session.add(s)
        staff[person] = s
    session.flush()

    _write_duty(session, settings, staff, new_duty)

    for d in sorted(drafts, key=lambda d: d["received"]):
        year = d["year"] or to_local(d["received"]).year
        if d["number"] is None:
            seqs[year] = seqs.get(year, 0) + 1
            d["seq"], d["number"] = seqs[year], f"{year}-{seqs[year]:04d}"
        _write_incident(session, ctx, d, units[d["unit"]], year, now)

    for day, unit_name, kind, received, content in new_reports:
        session.add(DailyReport(unit_id=units[unit_name].id, day=day, kind=kind, content=content,
                                received_at=received, taken_by=ctx.actor))
    summary = ImportSummary(len(new_units), len(updates), len(new_staff), len(new_duty),
                            len(drafts), len(new_reports))
    audit(session, ctx, action="ledger.import", entity="ledger",
          after={"units_added": summary.units_added, "units_updated": summary.units_updated,
                 "staff": summary.staff, "duty": summary.duty, "incidents": summary.incidents,
                 "daily_reports": summary.daily_reports})
    return summary


def _write_duty(session: Session, settings, staff: dict[str, Staff],  # noqa: ANN001
                new_duty: list[tuple[date, DutySlot, str]]) -> None:
    if not new_duty:
        return
    shifts = {s.day: s for s in session.scalars(
        select(DutyShift).options(selectinload(DutyShift.assignments)))}
    periods = session.scalars(select(DutyPeriod)).all()
    days = sorted({d for d, _, _ in new_duty})
    uncovered = [d for d in days if d not in shifts
                 and not any(p.start_date <= d <= p.end_date for p in periods)]
    new_period = None
    if uncovered:
        new_period = DutyPeriod(name=f"台账导入的值班（{uncovered[0]:%Y-%m-%d}至"
                                     f"{uncovered[-1]:%Y-%m-%d}）",
                                start_date=uncovered[0], end_date=uncovered[-1],
                                daily_reports_from=uncovered[0])
        session.add(new_period)
    for day in days:
        if day in shifts:
            continue
        period = next((p for p in periods if p.start_date <= day <= p.end_date), new_period)
        shift = DutyShift(period=period, day=day, starts_at=shift_start(day, settings),
                          ends_at=shift_start(day + timedelta(days=1), settings))
        session.add(shift)
        shifts[day] = shift
    for day, slot, person in new_duty:
        shift = shifts[day]
        position = max((a.position for a in shift.assignments if a.slot is slot), default=-1) + 1
        shift.assignments.append(DutyAssignment(slot=slot, position=position,
                                                staff=staff[person], placed_by_hand=True))
    session.flush()


def _write_incident(session: Session, ctx: Ctx, d: dict, unit: Unit, year: int,
                    now: datetime) -> None:
    status = IncidentStatus.REPORTED
    for column, reached in (("控制时间", IncidentStatus.CONTROLLED), ("结束时间", IncidentStatus.ENDED),
                            ("专题报告时间", IncidentStatus.SPECIAL_REPORT)):
        if d[column] is not None:
            status = reached
    category: Category = d["category"]
    incident = Incident(
        number=d["number"], year=year, seq=d["seq"], occurred_at=d["occurred"],
        received_at=d["received"], unit_id=unit.id, place=d["place"] or "",
        category_id=category.id, subcommand_id=category.subcommand_id, weight=d["weight"],
        people_count=d["people"], summary=d["summary"], status=status,
        escalated_at=d["上报领导时间"], county_reported_at=d["上报县时间"],
        ended_at=d["结束时间"], special_report_at=d["专题报告时间"],
        created_at=now, created_by=ctx.actor,
    )
    session.add(incident)
    session.flush()
    entries = [
        (TimelineKind.REPORTED, d["received"], f"{unit.name}报告：{d['summary']}{IMPORT_NOTE}",
         {"occurred_at": d["occurred"].isoformat(), "imported": True}),
        (TimelineKind.ESCALATED, d["上报领导时间"], f"已报告镇主要领导{IMPORT_NOTE}",
         {"to": "", "imported": True}),
        (TimelineKind.COUNTY, d["上报县时间"], f"已报告县委县政府{IMPORT_NOTE}",
         {"to": "", "imported": True}),
        (TimelineKind.CONTROLLED, d["控制时间"], f"得到控制{IMPORT_NOTE}", {"imported": True}),
        (TimelineKind.ENDED, d["结束时间"], f"宣布应急结束{IMPORT_NOTE}", {"imported": True}),
        (TimelineKind.SPECIAL_REPORT, d["专题报告时间"], f"收到专题报告{IMPORT_NOTE}",
         {"imported": True}),
    ]
    for kind, at, text, data in sorted((e for e in entries if e[1] is not None),
                                       key=lambda e: e[1]):
        append_entry(session, ctx, incident, kind, at, text, data)
        session.flush()
