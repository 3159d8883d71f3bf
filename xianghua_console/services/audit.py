"""Reading the audit log: filtered, newest first, a page at a time.

Every write of the console leaves one audit entry (who, when, what, before and after; see
``services.context.audit``). The log only grows, so nothing here loads it whole: a page is
``limit`` entries older than the last one shown (keyset paging on the id, which follows the
order of writing), and :func:`iter_audit` walks a filter's entries in batches for an export.
Reading it needs :data:`Action.VIEW_AUDIT` (the office director and the commander).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from xianghua_console.domain.clock import local_datetime, to_local
from xianghua_console.domain.messages import joined, msg
from xianghua_console.domain.permissions import Action
from xianghua_console.services.context import Ctx, require
from xianghua_console.store.models import AuditEntry

PAGE_SIZE = 200
MAX_PAGE = 2000
EXPORT_BATCH = 1000


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to list; an empty field does not filter. Days are local (Beijing) days,
    both ends included."""

    actor: str = ""
    entity: str = ""
    action: str = ""  # a whole code ("incident.log") or its area ending in "." ("incident.")
    entity_id: str = ""
    from_day: date | None = None
    to_day: date | None = None

    def describe(self) -> str:
        """The filter in words, for the export's heading."""
        parts = []
        if self.from_day or self.to_day:
            start = f"{self.from_day:%Y-%m-%d}" if self.from_day else "最早"
            end = f"{self.to_day:%Y-%m-%d}" if self.to_day else "现在"
            parts.append(f"时间 {start} 至 {end}")
        if self.actor:
            parts.append(f"操作人 {self.actor}")
        if self.entity:
            parts.append(f"对象 {entity_label(self.entity)}")
        if self.entity_id:
            parts.append(f"编号 {self.entity_id}")
        if self.action:
            parts.append(f"操作 {action_label(self.action)}")
        return "；".join(parts) if parts else "全部记录"


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: Any
    after: Any

    @property
    def action_label(self) -> str:
        return action_label(self.action)

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity)

    def changes(self) -> list[Change]:
        return describe_changes(self.before, self.after)


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    next_before_id: int | None  # pass as ``before_id`` for the next (older) page; None: no more


@dataclass(frozen=True)
class AuditChoices:
    """The values the filter's lists offer: who wrote, which kinds of record, which actions."""

    actors: tuple[str, ...]
    entities: tuple[str, ...]
    actions: tuple[str, ...]


@dataclass(frozen=True)
class Change:
    """One field of an entry, before and after, as text."""

    field: str
    label: str
    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


# ---------------------------------------------------------------- the queries


def audit_page(
    ctx: Ctx, flt: AuditFilter | None = None, *, before_id: int | None = None,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    """Up to ``limit`` entries matching ``flt``, newest first, older than ``before_id``."""
    require(ctx, Action.VIEW_AUDIT)
    limit = max(1, min(int(limit), MAX_PAGE))
    query = _filtered(select(AuditEntry), flt or AuditFilter())
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    query = query.order_by(AuditEntry.id.desc()).limit(limit + 1)
    with ctx.db.read_session() as session:
        rows = [_row(e) for e in session.scalars(query)]
    more = len(rows) > limit
    rows = rows[:limit]
    return AuditPage(tuple(rows), rows[-1].id if more and rows else None)


def count_audit(ctx: Ctx, flt: AuditFilter | None = None) -> int:
    """How many entries match ``flt`` (counted by the database, not by reading them)."""
    require(ctx, Action.VIEW_AUDIT)
    query = _filtered(select(func.count()).select_from(AuditEntry), flt or AuditFilter())
    with ctx.db.read_session() as session:
        return int(session.scalar(query) or 0)


def audit_choices(ctx: Ctx) -> AuditChoices:
    """The distinct actors, entities and actions of the log, for the filter's lists."""
    require(ctx, Action.VIEW_AUDIT)
    with ctx.db.read_session() as session:
        def distinct(column) -> tuple[str, ...]:  # noqa: ANN001
            values = session.scalars(select(column).distinct().order_by(column)).all()
            return tuple(v for v in values if v)

        return AuditChoices(distinct(AuditEntry.actor), distinct(AuditEntry.entity),
                            distinct(AuditEntry.action))


def iter_audit(
    ctx: Ctx, flt: AuditFilter | None = None, *, batch: int = EXPORT_BATCH
) -> Iterator[AuditRow]:
    """Every entry matching ``flt``, newest first, read ``batch`` at a time (for exports).

    The entries written while it runs are left out: the walk starts below the newest id at its
    start, so an export is the log as it stood when it began.
    """
    require(ctx, Action.VIEW_AUDIT)
    flt = flt or AuditFilter()
    with ctx.db.read_session() as session:
        top = session.scalar(select(func.max(AuditEntry.id)))
    if top is None:
        return
    before_id: int | None = top + 1
    while before_id is not None:
        page = audit_page(ctx, flt, before_id=before_id, limit=batch)
        yield from page.rows
        before_id = page.next_before_id


def _filtered(query: Select, flt: AuditFilter) -> Select:
    if flt.actor:
        query = query.where(AuditEntry.actor == flt.actor)
    if flt.entity:
        query = query.where(AuditEntry.entity == flt.entity)
    if flt.entity_id:
        query = query.where(AuditEntry.entity_id == flt.entity_id)
    if flt.action.endswith("."):
        query = query.where(AuditEntry.action.startswith(flt.action, autoescape=True))
    elif flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.from_day is not None:
        query = query.where(AuditEntry.at >= local_datetime(flt.from_day))
    if flt.to_day is not None:
        query = query.where(AuditEntry.at < local_datetime(flt.to_day + timedelta(days=1)))
    return query


def _row(e: AuditEntry) -> AuditRow:
    return AuditRow(id=e.id, at=e.at, actor=e.actor, action=e.action, entity=e.entity,
                    entity_id=e.entity_id, before=e.before, after=e.after)


# ---------------------------------------------------------------- in words

#: The audit log's action codes in words; a code not listed is shown as it is.
ACTION_LABELS: dict[str, str] = {
    "database.create": msg("新建数据库"),
    "database.restore": msg("从备份恢复"),
    "demo.create": msg("生成演示数据"),
    "clock.backwards": msg("发现系统时间被调回"),
    "settings.edit": msg("修改设置"),
    "account.first": msg("建立第一个主任账号"),
    "account.add": msg("新增账号"),
    "account.passwd": msg("修改本人密码"),
    "account.reset": msg("重置密码"),
    "account.activate": msg("启用账号"),
    "account.deactivate": msg("停用账号"),
    "account.login": msg("登录"),
    "account.login_failed": msg("登录失败"),
    "incident.log": msg("接报登记"),
    "incident.verify": msg("核实事件"),
    "incident.launch": msg("启动预案"),
    "incident.onscene": msg("成立现场指挥部"),
    "incident.controlled": msg("事件得到控制"),
    "incident.end": msg("宣布应急结束"),
    "incident.special_report": msg("收到专题报告"),
    "incident.close": msg("结案"),
    "incident.escalate": msg("报告镇主要领导"),
    "incident.county": msg("报告县委县政府"),
    "incident.correct": msg("更正事件时间"),
    "incident.assign": msg("分派事件"),
    "incident.accept": msg("分指挥部接收"),
    "incident.weight": msg("调整问题程度"),
    "incident.groups": msg("调整工作组"),
    "incident.instruction": msg("登记处置指示"),
    "incident.work_group": msg("派出工作组"),
    "onscene.set_up": msg("成立现场指挥部"),
    "onscene.change": msg("调整现场指挥部"),
    "alert.ack": msg("确认时限提醒"),
    "notice.issue": msg("发布预警通知"),
    "notice.receipt": msg("登记通知回执"),
    "daily.zero": msg("登记零报告"),
    "daily.situation": msg("登记日报情况"),
    "daily.correct": msg("更正日报"),
    "daily.close": msg("日报关账"),
    "daily.link_incident": msg("日报关联事件"),
    "meeting.record": msg("登记研判会"),
    "roster.create_period": msg("新建值班期间"),
    "roster.generate": msg("生成值班表"),
    "roster.place": msg("安排值班"),
    "roster.clear": msg("清除值班安排"),
    "roster.set_pool": msg("调整轮换名单"),
    "roster.set_supplies": msg("调整值班保障"),
    "roster.mark_unavailable": msg("登记不能值班"),
    "roster.clear_unavailable": msg("取消不能值班"),
    "roster.calendar_override": msg("调整节假日"),
    "roster.import": msg("导入值班表"),
    "roster.swap_request": msg("申请调班"),
    "roster.swap_agree": msg("同意调班"),
    "roster.swap_decline": msg("拒绝调班"),
    "roster.swap_withdraw": msg("撤回调班"),
    "roster.swap_approve": msg("批准调班"),
    "unit.add": msg("新增单位"),
    "unit.edit": msg("修改单位"),
    "unit.archive": msg("停用单位"),
    "unit.restore": msg("恢复单位"),
    "unit.delete": msg("删除单位"),
    "unit.import": msg("导入单位"),
    "staff.add": msg("新增人员"),
    "staff.edit": msg("修改人员"),
    "staff.archive": msg("停用人员"),
    "staff.restore": msg("恢复人员"),
    "staff.delete": msg("删除人员"),
    "staff.import": msg("导入人员"),
    "body.edit": msg("修改指挥机构"),
    "category.map": msg("调整类别对应的分指挥部"),
    "ledger.import": msg("导入台账"),
}

#: Areas of actions (the part before the dot), for a filter on a whole area.
AREA_LABELS: dict[str, str] = {
    "incident": msg("事件"), "onscene": msg("现场指挥部"), "alert": msg("时限提醒"), "notice": msg("预警通知"),
    "daily": msg("日报"), "meeting": msg("研判会"), "roster": msg("值班表"), "unit": msg("单位"), "staff": msg("人员"),
    "body": msg("指挥机构"), "category": msg("类别"), "ledger": msg("台账"), "account": msg("账号"),
    "settings": msg("设置"), "database": msg("数据库"), "demo": msg("演示数据"), "clock": msg("系统时间"),
}  # fmt: skip

ENTITY_LABELS: dict[str, str] = {
    "incident": msg("事件"), "daily_report": msg("日报"), "day_closure": msg("日报关账"), "unit": msg("单位"),
    "staff": msg("人员"), "command_body": msg("指挥机构"), "category": msg("事件类别"), "warning_notice": msg("预警通知"),
    "analysis_meeting": msg("研判会"), "duty_period": msg("值班期间"), "duty_shift": msg("班次"),
    "duty_pool": msg("轮换名单"), "duty_swap": msg("调班"), "calendar_override": msg("节假日调整"),
    "user_account": msg("账号"), "setting": msg("设置"), "database": msg("数据库"), "clock": msg("系统时间"),
    "ledger": msg("台账"), "onscene_command": msg("现场指挥部"),
}  # fmt: skip


def action_label(code: str) -> str:
    """An action code in words (a Message; the code itself when unknown)."""
    if code in ACTION_LABELS:
        return ACTION_LABELS[code]
    if code.endswith(".") and code[:-1] in AREA_LABELS:
        return msg("{area}（全部）", area=AREA_LABELS[code[:-1]])
    return code


def entity_label(code: str) -> str:
    return ENTITY_LABELS.get(code, code)


#: Field names of before/after in words; a name not listed is shown as it is.
FIELD_LABELS: dict[str, str] = {
    "number": msg("编号"), "occurred_at": msg("发生时间"), "received_at": msg("接报时间"),
    "escalated_at": msg("报告主要领导时间"), "county_reported_at": msg("报告县里时间"), "unit": msg("单位"),
    "unit_id": msg("单位"), "category": msg("类别"), "category_id": msg("类别"), "subcommand": msg("分指挥部"),
    "subcommand_id": msg("分指挥部"), "weight": msg("问题程度"), "status": msg("状态"), "people_count": msg("涉及人数"),
    "summary": msg("简要情况"), "place": msg("地点"), "reporter_name": msg("报告人"), "reporter_phone": msg("联系电话"),
    "reason": msg("原因"), "to": msg("报告对象"), "at": msg("时间"), "name": msg("名称"), "kind": msg("类型"),
    "phone": msg("电话"), "post": msg("职务"), "username": msg("用户名"), "display_name": msg("姓名"), "role": msg("角色"),
    "active": msg("启用"), "value": msg("值"), "day": msg("日期"), "content": msg("内容"), "title": msg("标题"),
    "version": msg("版本"), "newest": msg("最新记录时间"), "now": msg("当时系统时间"), "behind_s": msg("早了（秒）"),
}  # fmt: skip


def describe_changes(before: Any, after: Any) -> list[Change]:
    """Each field of ``before`` and ``after`` with both values as text (changed ones marked).

    Entries that are not key/value records (rare) are shown as one field ``值``.
    """
    if not isinstance(before, dict | type(None)) or not isinstance(after, dict | type(None)):
        return [Change("", msg("值"), value_text(before), value_text(after))]
    before, after = before or {}, after or {}
    keys = list(after) + [k for k in before if k not in after]
    return [Change(k, FIELD_LABELS.get(k, k), value_text(before.get(k, _MISSING)),
                   value_text(after.get(k, _MISSING))) for k in keys]


class _Missing:
    pass


_MISSING = _Missing()


def value_text(value: Any) -> str:
    """A stored value as a person reads it: times in Beijing time, lists joined, 是/否."""
    if isinstance(value, _Missing) or value is None:
        return "—" if value is None else ""
    if isinstance(value, bool):
        return msg("是") if value else msg("否")
    if isinstance(value, str):
        when = _iso_time(value)
        return f"{to_local(when):%Y-%m-%d %H:%M:%S}" if when is not None else value
    if isinstance(value, list | tuple):
        return joined((value_text(v) for v in value), "、") if value else msg("（无）")
    if isinstance(value, dict):
        return joined(msg("{label}：{value}", label=FIELD_LABELS.get(k, k), value=value_text(v))
                      for k, v in value.items())
    return str(value)


def _iso_time(text: str) -> datetime | None:
    """An ISO timestamp with its zone (as the services store them), else None."""
    if len(text) < 19 or text[4] != "-" or text[10] not in "T ":
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def row_summary(row: AuditRow) -> str:
    """One line for a list: the changed fields, or the record's fields when it was created."""
    changes = row.changes()
    shown = [c for c in changes if c.changed] or changes
    text = joined(msg("{label}：{value}", label=c.label, value=c.after or c.before)
                  if not c.before or not c.after
                  else msg("{label}：{before} → {after}", label=c.label, before=c.before,
                           after=c.after) for c in shown[:4])
    if len(shown) > 4:
        return msg("{changes}；等 {n} 项", changes=text, n=len(shown))
    return text


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
