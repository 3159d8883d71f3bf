"""The directories: units, staff, command bodies and the category-to-sub-command mapping.

Units and people with history (incidents, daily reports, receipts, duty shifts, on-scene
commands…) are archived, not deleted: deleting one is refused with the reason, archiving takes
it out of every choice and checklist while its records keep their names. Units and staff also
import from Excel: every row is checked first and nothing is written if any row is bad; each
problem names its sheet, row, column and reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from openpyxl.utils import get_column_letter
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from xianghua_console.domain.clock import local_today, to_local
from xianghua_console.domain.directory import normalize_phone, phone_problem
from xianghua_console.domain.enums import BodyKind, UnitKind
from xianghua_console.domain.messages import Message, joined, msg, template, term
from xianghua_console.domain.permissions import Action
from xianghua_console.domain.text import pinyin_initials
from xianghua_console.services.conflicts import check_version
from xianghua_console.services.context import Ctx, Refused, audit, require
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.services.ledger import Problem, ReadSheet
from xianghua_console.services.progress import ProgressFn, as_progress
from xianghua_console.store.models import (
    AnalysisMeeting,
    Category,
    CommandBody,
    DailyReport,
    DutyAssignment,
    DutyShift,
    DutySwap,
    Incident,
    NoticeReceipt,
    OnSceneCommand,
    Staff,
    Unit,
    body_deputy,
    body_member_unit,
    incident_member_unit,
    onscene_member,
)

UNIT_KINDS = {k.label: k for k in UnitKind} | {"镇直": UnitKind.TOWN_UNIT, "社区": UnitKind.VILLAGE}
UNIT_SHEET = "单位"
STAFF_SHEET = "人员"
# column name → required; the same columns as the ledger's sheets of these names
UNIT_COLUMNS = {"单位名称": True, "类型": True, "信息员": False, "联系电话": False}
STAFF_COLUMNS = {"姓名": True, "职务": False, "所属单位": False, "联系电话": False}


# ---------------------------------------------------------------- rows


@dataclass(frozen=True)
class UnitEntry:
    id: int
    name: str
    kind: UnitKind
    info_officer: str
    phone: str
    active: bool
    archived_at: datetime | None
    archived_by: str
    version: int = 0  # as read: send it back as ``expected_version``


@dataclass(frozen=True)
class StaffEntry:
    id: int
    name: str
    post: str
    unit_id: int | None
    unit: str
    phone: str
    is_leader: bool
    is_driver: bool
    active: bool
    archived_at: datetime | None
    archived_by: str
    version: int = 0  # as read: send it back as ``expected_version``


@dataclass(frozen=True)
class BodyEntry:
    id: int
    code: str
    kind: BodyKind
    name: str
    short_name: str
    head_post: str
    deputy_posts: str
    head_id: int | None
    head: str
    deputy_ids: tuple[int, ...]
    deputies: str
    member_unit_ids: tuple[int, ...]
    member_units: str
    seat: str
    version: int = 0  # as read: send it back as ``expected_version``


@dataclass(frozen=True)
class CategoryEntry:
    id: int
    code: str
    name: str
    subcommand_id: int | None
    subcommand: str


@dataclass(frozen=True)
class Directories:
    """Everything the directory editors show, read at once."""

    units: tuple[UnitEntry, ...]
    staff: tuple[StaffEntry, ...]
    bodies: tuple[BodyEntry, ...]
    categories: tuple[CategoryEntry, ...]


def load_directories(ctx: Ctx) -> Directories:
    """Units (villages first), staff, bodies and categories, archived ones included."""
    with ctx.db.read_session() as session:
        units = session.scalars(
            select(Unit).order_by(Unit.active.desc(), Unit.kind.desc(), Unit.sort_order, Unit.id)
        ).all()
        staff = session.scalars(
            select(Staff).order_by(Staff.active.desc(), Staff.id).options(selectinload(Staff.unit))
        ).all()
        bodies = session.scalars(
            select(CommandBody)
            .order_by(CommandBody.sort_order, CommandBody.id)
            .options(
                selectinload(CommandBody.head),
                selectinload(CommandBody.deputies),
                selectinload(CommandBody.member_units),
                selectinload(CommandBody.seat),
            )
        ).all()
        categories = session.scalars(
            select(Category)
            .order_by(Category.sort_order, Category.id)
            .options(selectinload(Category.subcommand))
        ).all()
        return Directories(
            units=tuple(_unit_entry(u) for u in units),
            staff=tuple(_staff_entry(s) for s in staff),
            bodies=tuple(_body_entry(b) for b in bodies),
            categories=tuple(
                CategoryEntry(c.id, c.code, c.name, c.subcommand_id,
                              c.subcommand.short_name if c.subcommand else "")
                for c in categories
            ),
        )


# ---------------------------------------------------------------- units


def save_unit(
    ctx: Ctx,
    *,
    unit_id: int | None,
    name: str,
    kind: UnitKind,
    info_officer: str = "",
    phone: str = "",
    expected_version: int | None = None,
) -> UnitEntry:
    """Add a unit (``unit_id=None``) or change one; names are unique, phones well-formed.

    A new unit is expected to report daily from today on, not before.
    """
    require(ctx, Action.DIRECTORY_EDIT)
    name, info_officer = name.strip(), info_officer.strip()
    with ctx.db.session() as session:
        unit = _get_unit(session, unit_id, expected_version) if unit_id is not None else None
        errors = _unit_errors(session, name, info_officer, phone, unit)
        if errors:
            raise InvalidInput(errors)
        phone = normalize_phone(phone)
        if unit is None:
            unit = _new_unit(session, ctx, name, kind, info_officer, phone)
            audit(session, ctx, action="unit.add", entity="unit", entity_id=unit.id,
                  after={"name": name, "kind": kind.value, "info_officer": info_officer,
                         "phone": phone})
        else:
            before = _unit_form(unit)
            unit.name, unit.kind = name, kind
            unit.pinyin_initials = pinyin_initials(name)
            unit.info_officer, unit.info_officer_phone = info_officer, phone
            after = _unit_form(unit)
            if after != before:
                audit(session, ctx, action="unit.edit", entity="unit", entity_id=unit.id,
                      before=before, after=after)
        session.flush()
        return _unit_entry(unit)


def archive_unit(ctx: Ctx, *, unit_id: int, expected_version: int | None = None) -> UnitEntry:
    """Archive a unit: no longer chosen or expected to report; its records keep its name."""
    require(ctx, Action.DIRECTORY_EDIT)
    with ctx.db.session() as session:
        unit = _get_unit(session, unit_id, expected_version)
        if not unit.active:
            raise Refused("“{name}”已归档。", name=unit.name)
        seats = session.scalars(select(CommandBody.short_name).where(
            CommandBody.seat_unit_id == unit.id)).all()
        if seats:
            raise Refused("“{name}”是{bodies}的驻地单位，不能归档；请先在指挥机构中调整。",
                          name=unit.name, bodies="、".join(seats))
        unit.active = False
        unit.archived_at = ctx.clock.now()
        unit.archived_by = ctx.actor
        audit(session, ctx, action="unit.archive", entity="unit", entity_id=unit.id,
              after={"name": unit.name})
        session.flush()
        return _unit_entry(unit)


def restore_unit(ctx: Ctx, *, unit_id: int, expected_version: int | None = None) -> UnitEntry:
    """Take a unit out of the archive; it is expected to report daily again from today."""
    require(ctx, Action.DIRECTORY_EDIT)
    with ctx.db.session() as session:
        unit = _get_unit(session, unit_id, expected_version)
        if unit.active:
            raise Refused("“{name}”没有归档。", name=unit.name)
        unit.active = True
        unit.archived_at = None
        unit.archived_by = ""
        if unit.expected_from is None or unit.expected_from < local_today(ctx.clock):
            # days it was archived are not 缺报: reporting starts again today
            unit.expected_from = local_today(ctx.clock)
        audit(session, ctx, action="unit.restore", entity="unit", entity_id=unit.id,
              after={"name": unit.name})
        session.flush()
        return _unit_entry(unit)


def delete_unit(ctx: Ctx, *, unit_id: int, expected_version: int | None = None) -> None:
    """Delete a unit that has no history at all; one with history is refused with the reason."""
    require(ctx, Action.DIRECTORY_EDIT)
    with ctx.db.session() as session:
        unit = _get_unit(session, unit_id, expected_version)
        history = unit_history(session, unit.id)
        if history:
            raise Refused("“{name}”{history}，不能删除，只能归档。", name=unit.name,
                          history=joined(history, "、"))
        audit(session, ctx, action="unit.delete", entity="unit", entity_id=unit.id,
              before=_unit_form(unit))
        session.execute(body_member_unit.delete().where(body_member_unit.c.unit_id == unit.id))
        session.delete(unit)


def unit_history(session: Session, unit_id: int) -> list[Message]:
    """What the records hold of a unit (empty when it can be deleted)."""
    checks = [
        (select(func.count()).select_from(Incident).where(Incident.unit_id == unit_id),
         template("报告过 {n} 起事件")),
        (select(func.count()).select_from(incident_member_unit)
         .where(incident_member_unit.c.unit_id == unit_id), template("是 {n} 起事件的成员单位")),
        (select(func.count()).select_from(DailyReport).where(DailyReport.unit_id == unit_id),
         template("有 {n} 份日报")),
        (select(func.count()).select_from(NoticeReceipt).where(NoticeReceipt.unit_id == unit_id),
         template("收到过 {n} 份预警通知")),
        (select(func.count()).select_from(AnalysisMeeting)
         .where(AnalysisMeeting.unit_id == unit_id), template("有 {n} 次研判会记录")),
        (select(func.count()).select_from(Staff).where(Staff.unit_id == unit_id),
         template("有 {n} 名人员")),
        (select(func.count()).select_from(CommandBody).where(CommandBody.seat_unit_id == unit_id),
         template("是 {n} 个指挥机构的驻地")),
    ]
    return [msg(label, n=n) for query, label in checks if (n := session.scalar(query))]


# ---------------------------------------------------------------- staff


def save_staff(
    ctx: Ctx,
    *,
    staff_id: int | None,
    name: str,
    post: str = "",
    unit_id: int | None = None,
    phone: str = "",
    is_leader: bool = False,
    is_driver: bool = False,
    expected_version: int | None = None,
) -> StaffEntry:
    """Add a person (``staff_id=None``) or change one."""
    require(ctx, Action.DIRECTORY_EDIT)
    name, post = name.strip(), post.strip()
    with ctx.db.session() as session:
        person = _get_staff(session, staff_id, expected_version) if staff_id is not None else None
        errors: dict[str, str] = {}
        if not name:
            errors["name"] = msg("请填写姓名")
        elif len(name) > 40:
            errors["name"] = msg("姓名不能超过 40 个字")
        if len(post) > 60:
            errors["post"] = msg("职务不能超过 60 个字")
        unit = session.get(Unit, unit_id) if unit_id is not None else None
        if unit_id is not None and unit is None:
            errors["unit_id"] = msg("所选单位不存在")
        elif unit is not None and not unit.active and (person is None or person.unit_id != unit.id):
            errors["unit_id"] = msg("“{name}”已归档", name=unit.name)
        if problem := phone_problem(phone):
            errors["phone"] = problem
        if name and not errors.get("unit_id"):
            same = session.scalar(
                select(Staff).where(
                    Staff.name == name,
                    Staff.unit_id.is_(None) if unit_id is None else Staff.unit_id == unit_id,
                    Staff.id != (person.id if person else -1),
                )
            )
            if same is not None:
                where = unit.name if unit else msg("（无单位）")
                errors["name"] = (
                    msg("{unit}已有名为“{name}”的人员", unit=where, name=name) if same.active
                    else msg("{unit}已有名为“{name}”的人员（已归档，可在目录中恢复）",
                             unit=where, name=name)
                )
        if errors:
            raise InvalidInput(errors)
        phone = normalize_phone(phone)
        if person is None:
            person = Staff(name=name, post=post, unit=unit, phone=phone, is_leader=is_leader,
                           is_driver=is_driver, active=True)
            session.add(person)
            session.flush()
            audit(session, ctx, action="staff.add", entity="staff", entity_id=person.id,
                  after=_staff_form(person))
        else:
            before = _staff_form(person)
            person.name, person.post, person.unit, person.phone = name, post, unit, phone
            person.is_leader, person.is_driver = is_leader, is_driver
            after = _staff_form(person)
            if after != before:
                audit(session, ctx, action="staff.edit", entity="staff", entity_id=person.id,
                      before=before, after=after)
        session.flush()
        return _staff_entry(person)


def archive_staff(ctx: Ctx, *, staff_id: int, expected_version: int | None = None) -> StaffEntry:
    """Archive a person: no longer picked for duty or commands; records keep the name.

    Refused while the person heads or deputises a command body or is on a shift to come.
    """
    require(ctx, Action.DIRECTORY_EDIT)
    with ctx.db.session() as session:
        person = _get_staff(session, staff_id, expected_version)
        if not person.active:
            raise Refused("{name}已归档。", name=person.name)
        roles = session.scalars(select(CommandBody.short_name).where(
            or_(CommandBody.head_staff_id == person.id,
                CommandBody.id.in_(select(body_deputy.c.body_id)
                                   .where(body_deputy.c.staff_id == person.id))))).all()
        if roles:
            raise Refused("{name}是{bodies}的负责人或副职，不能归档；请先在指挥机构中改由他人担任。",
                          name=person.name, bodies="、".join(roles))
        today = local_today(ctx.clock)
        coming = session.scalars(
            select(DutyShift.day).join(DutyAssignment)
            .where(DutyAssignment.staff_id == person.id, DutyShift.day >= today)
            .order_by(DutyShift.day)
        ).all()
        if coming:
            days = "、".join(f"{d:%m-%d}" for d in coming[:5])
            raise Refused(
                "{name}还排在 {days} 的值班表上，不能归档；请先调整排班。" if len(coming) <= 5
                else "{name}还排在 {days} 等日子的值班表上，不能归档；请先调整排班。",
                name=person.name, days=days,
            )
        person.active = False
        person.archived_at = ctx.clock.now()
        person.archived_by = ctx.actor
        audit(session, ctx, action="staff.archive", entity="staff", entity_id=person.id,
              after={"name": person.name})
        session.flush()
        return _staff_entry(person)


def restore_staff(ctx: Ctx, *, staff_id: int, expected_version: int | None = None) -> StaffEntry:
    """Take a person out of the archive."""
    require(ctx, Action.DIRECTORY_EDIT)
    with ctx.db.session() as session:
        person = _get_staff(session, staff_id, expected_version)
        if person.active:
            raise Refused("{name}没有归档。", name=person.name)
        person.active = True
        person.archived_at = None
        person.archived_by = ""
        audit(session, ctx, action="staff.restore", entity="staff", entity_id=person.id,
              after={"name": person.name})
        session.flush()
        return _staff_entry(person)


def delete_staff(ctx: Ctx, *, staff_id: int, expected_version: int | None = None) -> None:
    """Delete a person with no history at all; one with history is refused with the reason."""
    require(ctx, Action.DIRECTORY_EDIT)
    with ctx.db.session() as session:
        person = _get_staff(session, staff_id, expected_version)
        history = staff_history(session, person.id)
        if history:
            raise Refused("{name}{history}，不能删除，只能归档。", name=person.name,
                          history=joined(history, "、"))
        audit(session, ctx, action="staff.delete", entity="staff", entity_id=person.id,
              before=_staff_form(person))
        session.delete(person)


def staff_history(session: Session, staff_id: int) -> list[Message]:
    """What the records hold of a person (empty when the person can be deleted)."""
    checks = [
        (select(func.count()).select_from(DutyAssignment)
         .where(DutyAssignment.staff_id == staff_id), template("有 {n} 次值班安排")),
        (select(func.count()).select_from(DutySwap)
         .where(or_(DutySwap.requester_id == staff_id, DutySwap.colleague_id == staff_id)),
         template("有 {n} 次调班记录")),
        (select(func.count()).select_from(OnSceneCommand)
         .where(or_(OnSceneCommand.commander_id == staff_id,
                    OnSceneCommand.deputy_id == staff_id)), template("任过 {n} 次现场指挥部正副指挥长")),
        (select(func.count()).select_from(onscene_member)
         .where(onscene_member.c.staff_id == staff_id), template("是 {n} 个现场指挥部的成员")),
        (select(func.count()).select_from(CommandBody)
         .where(CommandBody.head_staff_id == staff_id), template("是 {n} 个指挥机构的负责人")),
        (select(func.count()).select_from(body_deputy)
         .where(body_deputy.c.staff_id == staff_id), template("是 {n} 个指挥机构的副职")),
    ]
    return [msg(label, n=n) for query, label in checks if (n := session.scalar(query))]


# ---------------------------------------------------------------- bodies and categories


def save_body(
    ctx: Ctx,
    *,
    body_id: int,
    head_id: int | None,
    deputy_ids: Sequence[int] = (),
    member_unit_ids: Sequence[int] = (),
    expected_version: int | None = None,
) -> BodyEntry:
    """Name a body's head and deputies and set its member units."""
    require(ctx, Action.DIRECTORY_EDIT)
    with ctx.db.session() as session:
        body = session.get(CommandBody, body_id)
        if body is None:
            raise Refused("找不到这个指挥机构。")
        check_version(session, body, expected_version, what=f"“{body.short_name}”",
                      values=body_values, audit_entity="command_body",
                      audit_id=body.code, row=lambda: _body_entry(body))
        errors: dict[str, str] = {}
        head = session.get(Staff, head_id) if head_id is not None else None
        if head_id is not None and (head is None or (not head.active and head_id != body.head_staff_id)):
            errors["head_id"] = msg("所选负责人不在人员目录中或已归档")
        deputies = []
        for sid in dict.fromkeys(deputy_ids):
            person = session.get(Staff, sid)
            if person is None or (not person.active and person not in body.deputies):
                errors["deputy_ids"] = msg("所选副职不在人员目录中或已归档")
            elif head is not None and person.id == head.id:
                errors["deputy_ids"] = msg("{name}已是负责人，不能同时任副职", name=person.name)
            else:
                deputies.append(person)
        units = []
        for uid in dict.fromkeys(member_unit_ids):
            unit = session.get(Unit, uid)
            if unit is None or (not unit.active and unit not in body.member_units):
                errors["member_unit_ids"] = msg("所选成员单位不存在或已归档")
            else:
                units.append(unit)
        if errors:
            raise InvalidInput(errors)
        before = _body_form(body)
        body.head = head
        body.deputies = deputies
        body.member_units = sorted(units, key=lambda u: (u.kind is not UnitKind.VILLAGE,
                                                         u.sort_order))
        after = _body_form(body)
        if after != before:
            audit(session, ctx, action="body.edit", entity="command_body", entity_id=body.code,
                  before=before, after=after)
        session.flush()
        return _body_entry(body)


def set_category_subcommand(
    ctx: Ctx, *, category_id: int, subcommand_id: int | None
) -> CategoryEntry:
    """Map a subject category to the sub-command it proposes (None: no proposal)."""
    require(ctx, Action.DIRECTORY_EDIT)
    with ctx.db.session() as session:
        category = session.get(Category, category_id)
        if category is None:
            raise Refused("找不到这个类别。")
        sub = session.get(CommandBody, subcommand_id) if subcommand_id is not None else None
        if subcommand_id is not None and (sub is None or sub.kind is not BodyKind.SUBCOMMAND):
            raise InvalidInput({"subcommand_id": msg("请选择一个分指挥部")})
        before = category.subcommand_id
        category.subcommand = sub
        if before != category.subcommand_id:
            audit(session, ctx, action="category.map", entity="category", entity_id=category.code,
                  before={"subcommand_id": before}, after={"subcommand_id": subcommand_id})
        session.flush()
        return CategoryEntry(category.id, category.code, category.name, category.subcommand_id,
                             sub.short_name if sub else "")


# ---------------------------------------------------------------- Excel import


#: One bad cell (or row) of an imported sheet: the ledger import's kind, worded alike.
ImportProblem = Problem


class ImportRejected(Refused):
    """Nothing was imported; ``problems`` lists every bad cell with sheet, row and column."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        shown = joined([p.message for p in problems[:5]])
        more = msg("；另有 {n} 处", n=len(problems) - 5) if len(problems) > 5 else ""
        super().__init__("表格有 {n} 处问题，未导入任何数据：{shown}{more}", n=len(problems),
                         shown=shown, more=more)


@dataclass(frozen=True)
class ImportResult:
    added: int
    names: tuple[str, ...]


PROGRESS_ROWS = 50  # rows between two progress reports of an import


class _Sheet:
    """Reads cells of one sheet by column name and collects the problems of each row."""

    def __init__(self, name: str, sheet: ReadSheet, columns: dict[str, bool]) -> None:
        self.name = name
        self.sheet = sheet
        self.columns = columns
        self.problems: list[ImportProblem] = []
        self.index: dict[str, int] = {}
        for i, raw in enumerate(sheet.header):
            title = str(raw or "").strip().rstrip("*").strip()
            if title in columns and title not in self.index:
                self.index[title] = i
        for title, required in columns.items():
            if required and title not in self.index:
                self.problems.append(ImportProblem(name, 1, "", "",
                                                   msg("表头缺少“{title}”列", title=title)))
        self.row = 0

    def fail(self, title: str | None, reason: str) -> None:
        if title is None or title not in self.index:
            self.problems.append(ImportProblem(self.name, self.row, "", "", reason))
        else:
            self.problems.append(ImportProblem(self.name, self.row,
                                               get_column_letter(self.index[title] + 1),
                                               title, reason))

    def text(self, values: tuple, title: str, limit: int) -> str:
        i = self.index.get(title)
        value = values[i] if i is not None and i < len(values) else None
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a phone number Excel stored as a number
        text = "" if value is None else str(value).strip()
        if not text and self.columns[title]:
            self.fail(title, msg("必填项为空"))
        elif len(text) > limit:
            self.fail(title, msg("超过 {limit} 个字", limit=limit))
        return text

    def phone(self, values: tuple) -> str:
        text = self.text(values, "联系电话", 40)
        if problem := phone_problem(text):
            self.fail("联系电话", problem)
        return normalize_phone(text)


def import_units(
    ctx: Ctx, *, sheet: ReadSheet, sheet_name: str = UNIT_SHEET,
    progress: ProgressFn | None = None,
) -> ImportResult:
    """Add the units of a sheet (单位名称*, 类型*, 信息员, 联系电话), all or none.

    Refused (:class:`ImportRejected`) on a missing name or kind, an unknown kind, a name twice
    in the sheet or already in the directory, a malformed phone. ``progress`` may cancel
    until the commit (:class:`~.progress.Cancelled`: nothing is written).
    """
    require(ctx, Action.DIRECTORY_IMPORT)
    p = as_progress(progress)
    ck = _Sheet(sheet_name, sheet, UNIT_COLUMNS)
    if ck.problems:
        raise ImportRejected(ck.problems)
    steps = 2 * len(sheet.rows) + 1  # check each row, write each row, commit
    with ctx.db.session() as session:
        existing = {u.name: u for u in session.scalars(select(Unit))}
        seen: dict[str, int] = {}
        rows: list[tuple[str, UnitKind, str, str]] = []
        for n, (ck.row, values) in enumerate(sheet.rows):
            if n % PROGRESS_ROWS == 0:
                p(n, steps, msg("检查表格"))
            name = ck.text(values, "单位名称", 60)
            kind_text = ck.text(values, "类型", 10)
            officer = ck.text(values, "信息员", 40)
            phone = ck.phone(values)
            kind = UNIT_KINDS.get(kind_text) if kind_text else None
            if kind_text and kind is None:
                ck.fail("类型", msg("“{kind}”不是可选值（可选：村 / 镇直单位）", kind=kind_text))
            if name in seen:
                ck.fail("单位名称", msg("“{name}”与第{seen}行重复", name=name, seen=seen[name]))
            elif name in existing:
                ck.fail("单位名称", msg("目录中已有单位“{name}”", name=name) if existing[name].active
                        else msg("目录中已有单位“{name}”（已归档）", name=name))
            if name:
                seen.setdefault(name, ck.row)
            if kind is not None:
                rows.append((name, kind, officer, phone))
        if ck.problems:
            raise ImportRejected(ck.problems)
        for n, (name, kind, officer, phone) in enumerate(rows):
            if n % PROGRESS_ROWS == 0:
                p(len(sheet.rows) + n, steps, msg("写入数据库"))
            _new_unit(session, ctx, name, kind, officer, phone)
        audit(session, ctx, action="unit.import", entity="unit",
              after={"sheet": sheet_name, "added": [r[0] for r in rows]})
        p(steps - 1, steps, msg("提交"))
        p.no_return()  # a cancel up to here rolls everything back
    p(steps, steps, msg("已导入"))
    return ImportResult(len(rows), tuple(r[0] for r in rows))


def import_staff(
    ctx: Ctx, *, sheet: ReadSheet, sheet_name: str = STAFF_SHEET,
    progress: ProgressFn | None = None,
) -> ImportResult:
    """Add the people of a sheet (姓名*, 职务, 所属单位, 联系电话), all or none.

    Refused (:class:`ImportRejected`) on a missing name, a unit not in the directory (or
    archived), the same name in the same unit twice or already in the directory, a malformed
    phone. ``progress`` may cancel until the commit (nothing is written then).
    """
    require(ctx, Action.DIRECTORY_IMPORT)
    p = as_progress(progress)
    ck = _Sheet(sheet_name, sheet, STAFF_COLUMNS)
    if ck.problems:
        raise ImportRejected(ck.problems)
    steps = 2 * len(sheet.rows) + 1  # check each row, write each row, commit
    with ctx.db.session() as session:
        units = {u.name: u for u in session.scalars(select(Unit))}
        existing = {(s.name, s.unit_id) for s in session.scalars(select(Staff))}
        seen: dict[tuple[str, str], int] = {}
        rows: list[tuple[str, str, Unit | None, str]] = []
        for n, (ck.row, values) in enumerate(sheet.rows):
            if n % PROGRESS_ROWS == 0:
                p(n, steps, msg("检查表格"))
            name = ck.text(values, "姓名", 40)
            post = ck.text(values, "职务", 60)
            unit_name = ck.text(values, "所属单位", 60)
            phone = ck.phone(values)
            unit = units.get(unit_name) if unit_name else None
            if unit_name and unit is None:
                ck.fail("所属单位", msg("单位“{unit}”不在目录中（请先导入或新增该单位）",
                                       unit=unit_name))
            elif unit is not None and not unit.active:
                ck.fail("所属单位", msg("单位“{unit}”已归档", unit=unit_name))
            key = (name, unit_name)
            if name and key in seen:
                ck.fail("姓名", msg("“{name}”（{unit}）与第{seen}行重复", name=name,
                                   unit=unit_name or msg("无单位"), seen=seen[key]))
            elif name and (name, unit.id if unit else None) in existing and (
                unit is not None or not unit_name
            ):
                ck.fail("姓名", msg("目录中已有{unit}的“{name}”", unit=unit_name or msg("（无单位）"),
                                   name=name))
            if name:
                seen.setdefault(key, ck.row)
            rows.append((name, post, unit, phone))
        if ck.problems:
            raise ImportRejected(ck.problems)
        for n, (name, post, unit, phone) in enumerate(rows):
            if n % PROGRESS_ROWS == 0:
                p(len(sheet.rows) + n, steps, msg("写入数据库"))
            session.add(Staff(name=name, post=post, unit=unit, phone=phone, active=True))
        session.flush()
        audit(session, ctx, action="staff.import", entity="staff",
              after={"sheet": sheet_name, "added": [r[0] for r in rows]})
        p(steps - 1, steps, msg("提交"))
        p.no_return()  # a cancel up to here rolls everything back
    p(steps, steps, msg("已导入"))
    return ImportResult(len(rows), tuple(r[0] for r in rows))


# ---------------------------------------------------------------- helpers


def _unit_errors(
    session: Session, name: str, info_officer: str, phone: str, unit: Unit | None
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = msg("请填写单位名称")
    elif len(name) > 60:
        errors["name"] = msg("单位名称不能超过 60 个字")
    else:
        same = session.scalar(select(Unit).where(Unit.name == name))
        if same is not None and same is not unit:
            errors["name"] = (msg("已有名为“{name}”的单位", name=name) if same.active
                              else msg("已有名为“{name}”的单位（已归档）", name=name))
    if len(info_officer) > 40:
        errors["info_officer"] = msg("信息员姓名不能超过 40 个字")
    if problem := phone_problem(phone):
        errors["phone"] = problem
    return errors


def _new_unit(
    session: Session, ctx: Ctx, name: str, kind: UnitKind, officer: str, phone: str
) -> Unit:
    # As services.units.add_unit: reporting from today, listed after the last of its kind.
    last = session.scalar(select(func.max(Unit.sort_order)).where(Unit.kind == kind))
    unit = Unit(
        name=name,
        kind=kind,
        pinyin_initials=pinyin_initials(name),
        info_officer=officer,
        info_officer_phone=phone,
        expected_from=local_today(ctx.clock),
        active=True,
        sort_order=(last if last is not None else (0 if kind is UnitKind.VILLAGE else 1000)) + 1,
    )
    session.add(unit)
    session.flush()
    return unit


def _get_unit(session: Session, unit_id: int, expected_version: int | None = None) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise Refused("找不到这个单位，可能已被删除。")
    check_version(session, unit, expected_version,
                  what=msg("单位“{name}”", name=unit.name),
                  values=unit_values, audit_entity="unit", audit_id=unit.id,
                  row=lambda: _unit_entry(unit))
    return unit


def _get_staff(session: Session, staff_id: int, expected_version: int | None = None) -> Staff:
    person = session.get(Staff, staff_id)
    if person is None:
        raise Refused("找不到这个人员，可能已被删除。")
    check_version(session, person, expected_version,
                  what=msg("人员“{name}”", name=person.name),
                  values=staff_values, audit_entity="staff",
                  audit_id=person.id, row=lambda: _staff_entry(person))
    return person


# A row as the conflict dialog lists it (label → text): the record now, and the copy the
# editing workstation read, in the same words (services.conflicts).


def unit_values(unit: UnitEntry) -> dict[str, str]:
    return {msg("名称"): unit.name, msg("类型"): term(unit.kind), msg("信息员"): unit.info_officer,
            msg("联系电话"): unit.phone,
            msg("状态"): archived_text(unit.archived_at, unit.archived_by) or msg("在用")}


def staff_values(person: StaffEntry) -> dict[str, str]:
    return {msg("姓名"): person.name, msg("职务"): person.post, msg("所属单位"): person.unit,
            msg("联系电话"): person.phone,
            msg("可带班"): msg("是") if person.is_leader else msg("否"),
            msg("驾驶员"): msg("是") if person.is_driver else msg("否"),
            msg("状态"): archived_text(person.archived_at, person.archived_by) or msg("在用")}


def body_values(body: BodyEntry) -> dict[str, str]:
    return {msg("负责人"): body.head, msg("副职"): body.deputies,
            msg("成员单位"): body.member_units}


def _unit_form(unit: Unit) -> dict:
    return {"name": unit.name, "kind": unit.kind.value, "info_officer": unit.info_officer,
            "phone": unit.info_officer_phone}


def _staff_form(person: Staff) -> dict:
    return {"name": person.name, "post": person.post, "unit_id": person.unit_id,
            "phone": person.phone, "is_leader": person.is_leader, "is_driver": person.is_driver}


def _body_form(body: CommandBody) -> dict:
    return {"head_id": body.head_staff_id if body.head is None else body.head.id,
            "deputy_ids": sorted(p.id for p in body.deputies),
            "member_unit_ids": sorted(u.id for u in body.member_units)}


def _unit_entry(unit: Unit) -> UnitEntry:
    return UnitEntry(unit.id, unit.name, unit.kind, unit.info_officer, unit.info_officer_phone,
                     unit.active, unit.archived_at, unit.archived_by, unit.version)


def _staff_entry(person: Staff) -> StaffEntry:
    return StaffEntry(person.id, person.name, person.post, person.unit_id,
                      person.unit.name if person.unit else "", person.phone, person.is_leader,
                      person.is_driver, person.active, person.archived_at, person.archived_by,
                      person.version)


def _body_entry(body: CommandBody) -> BodyEntry:
    return BodyEntry(
        id=body.id,
        code=body.code,
        kind=body.kind,
        name=body.name,
        short_name=body.short_name,
        head_post=body.head_post,
        deputy_posts=body.deputy_posts,
        head_id=body.head.id if body.head else None,
        head=f"{body.head.name} {body.head.phone}".strip() if body.head else "",
        deputy_ids=tuple(p.id for p in body.deputies),
        deputies="、".join(p.name for p in body.deputies),
        member_unit_ids=tuple(u.id for u in body.member_units),
        member_units="、".join(u.name for u in body.member_units),
        seat=body.seat.name if body.seat else "",
        version=body.version,
    )


def archived_text(when: datetime | None, by: str) -> str:
    """``03-05 10:00 测试员归档``, or an empty string (a Message: shown translated)."""
    return msg("{at:%Y-%m-%d %H:%M} {by}归档", at=to_local(when), by=by) if when else ""
