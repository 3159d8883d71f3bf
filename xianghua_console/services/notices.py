"""Warning notices (预警通知): issuing them, recording receipts (回执), reading their state.

A notice is issued in the name of the General HQ or a sub-command to chosen villages and
units, with the next document number of its year (``香稳预〔2027〕3号``, gap-free: notices are
never deleted). Each target unit gets a receipt row; recording a receipt keeps when and who at
the unit confirmed it and who in the office recorded it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.enums import BodyKind, IncidentStatus, TimelineKind, UnitKind
from xianghua_console.domain.limits import LONG_TEXT, NAME, too_long
from xianghua_console.domain.messages import msg
from xianghua_console.domain.notices import notice_number, recipients_line
from xianghua_console.domain.permissions import Action
from xianghua_console.services.choices import BodyOption, body_option
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.services.incident_log import InvalidInput, append_entry
from xianghua_console.store.models import CommandBody, Incident, NoticeReceipt, Unit, WarningNotice


@dataclass(frozen=True)
class PendingReceipt:
    unit: str
    info_officer: str
    phone: str


@dataclass(frozen=True)
class NoticeRow:
    id: int
    number: str
    issuer: str
    title: str
    issued_at: datetime
    receipt_due_at: datetime | None
    targets: int
    confirmed: int
    pending: tuple[PendingReceipt, ...]


def list_notices(ctx: Ctx) -> list[NoticeRow]:
    """Every notice, newest first, with who has not confirmed its receipt."""
    with ctx.db.read_session() as session:
        notices = session.scalars(
            select(WarningNotice)
            .order_by(WarningNotice.issued_at.desc(), WarningNotice.id.desc())
            .options(
                selectinload(WarningNotice.issuer),
                selectinload(WarningNotice.receipts).selectinload(NoticeReceipt.unit),
            )
        ).all()
        return [
            NoticeRow(
                id=n.id,
                number=n.number,
                issuer=n.issuer.short_name,
                title=n.title,
                issued_at=n.issued_at,
                receipt_due_at=n.receipt_due_at,
                targets=len(n.receipts),
                confirmed=sum(1 for r in n.receipts if r.confirmed_at is not None),
                pending=tuple(
                    PendingReceipt(r.unit.name, r.unit.info_officer, r.unit.info_officer_phone)
                    for r in sorted(n.receipts, key=lambda r: r.unit.sort_order)
                    if r.confirmed_at is None
                ),
            )
            for n in notices
        ]


# ---------------------------------------------------------------- issuing and receipts


@dataclass(frozen=True)
class UnitChoice:
    id: int
    name: str
    kind: UnitKind
    info_officer: str
    phone: str


@dataclass(frozen=True)
class IncidentChoice:
    id: int
    label: str  # "2027-0012 东岗村 村民反映征地补偿…"


@dataclass(frozen=True)
class NoticeForm:
    """What the issuing dialog offers: issuers, target units, incidents to link, the number."""

    issuers: tuple[BodyOption, ...]  # the General HQ first, then the sub-commands
    villages: tuple[UnitChoice, ...]
    town_units: tuple[UnitChoice, ...]
    incidents: tuple[IncidentChoice, ...]  # open incidents, newest first
    next_number: str  # the number the next notice would get now
    receipt_hours: int = 4  # the receipt deadline proposed: this many hours from now (setting)


@dataclass(frozen=True)
class ReceiptRow:
    """One target unit's receipt: who at the unit confirmed, when, who recorded it."""

    unit_id: int
    unit: str
    kind: UnitKind
    info_officer: str
    phone: str
    confirmed_at: datetime | None
    confirmed_by: str
    recorded_at: datetime | None
    recorded_by: str

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


@dataclass(frozen=True)
class NoticeDetail:
    """A notice with all its receipts, for the notice dialog and the printout."""

    id: int
    number: str
    issuer: str  # the issuing body's full name
    issuer_short: str
    title: str
    content: str
    measures: str
    recipients: str  # the 主送 line
    issued_at: datetime
    receipt_due_at: datetime | None
    incident_id: int | None
    incident_number: str
    created_by: str
    receipts: tuple[ReceiptRow, ...]
    town: str
    office: str
    office_phones: tuple[str, ...]

    @property
    def pending(self) -> tuple[ReceiptRow, ...]:
        return tuple(r for r in self.receipts if not r.confirmed)

    @property
    def confirmed(self) -> int:
        return sum(1 for r in self.receipts if r.confirmed)

    def overdue(self, now: datetime) -> bool:
        """Receipts still missing after the receipt deadline."""
        return bool(self.pending) and self.receipt_due_at is not None and now > self.receipt_due_at


def notice_form(ctx: Ctx) -> NoticeForm:
    """The choices of the issuing dialog."""
    with ctx.db.read_session() as session:
        bodies = session.scalars(
            select(CommandBody)
            .where(CommandBody.kind.in_([BodyKind.HQ, BodyKind.SUBCOMMAND]))
            .order_by(CommandBody.sort_order, CommandBody.id)
            .options(selectinload(CommandBody.head))
        ).all()
        units = session.scalars(
            select(Unit).where(Unit.active.is_(True)).order_by(Unit.sort_order, Unit.id)
        ).all()
        incidents = session.scalars(
            select(Incident)
            .where(Incident.status != IncidentStatus.CLOSED)
            .order_by(Incident.received_at.desc())
            .options(selectinload(Incident.unit))
        ).all()
        year = to_local(ctx.clock.now()).year
        return NoticeForm(
            issuers=tuple(
                body_option(b)
                for b in sorted(bodies, key=lambda b: (b.kind is not BodyKind.HQ, b.sort_order))
            ),
            villages=tuple(_choice(u) for u in units if u.kind is UnitKind.VILLAGE),
            town_units=tuple(_choice(u) for u in units if u.kind is UnitKind.TOWN_UNIT),
            incidents=tuple(
                IncidentChoice(i.id, f"{i.number} {i.unit.name} {_short(i.summary)}")
                for i in incidents
            ),
            next_number=notice_number(year, _next_seq(session, year)),
            receipt_hours=load_settings(session).receipt_hours,
        )


def issue_notice(
    ctx: Ctx,
    *,
    issuer_id: int | None,
    title: str,
    content: str,
    measures: str = "",
    unit_ids: Sequence[int] = (),
    all_villages: bool = False,
    all_town_units: bool = False,
    receipt_due_at: datetime | None = None,
    incident_id: int | None = None,
) -> NoticeDetail:
    """Issue a warning notice with the next number of the year; one receipt row per target.

    ``all_villages``/``all_town_units`` target every active village or town unit and name
    them collectively on the 主送 line; ``unit_ids`` adds single units by name.
    """
    require(ctx, Action.ISSUE_NOTICE)
    title, content, measures = title.strip(), content.strip(), measures.strip()
    now = ctx.clock.now()
    for attempt in range(3):
        try:
            with ctx.db.session() as session:
                errors: dict[str, str] = {}
                issuer = session.get(CommandBody, issuer_id) if issuer_id is not None else None
                if issuer is None or issuer.kind not in (BodyKind.HQ, BodyKind.SUBCOMMAND):
                    errors["issuer_id"] = msg("预警通知以总指挥部或分指挥部的名义发布，请选择发布单位")
                if not title:
                    errors["title"] = msg("请填写标题")
                elif len(title) > 200:
                    errors["title"] = msg("标题不能超过 200 个字")
                if not content:
                    errors["content"] = msg("请填写通知内容")
                errors.update(too_long(content=(content, msg("通知内容"), LONG_TEXT),
                                       measures=(measures, msg("防范措施"), LONG_TEXT)))
                if receipt_due_at is not None and receipt_due_at <= now:
                    errors["receipt_due_at"] = msg("回执时限应晚于现在")
                if incident_id is not None and session.get(Incident, incident_id) is None:
                    errors["incident_id"] = msg("所关联的事件不存在")
                targets, others = _targets(session, unit_ids, all_villages, all_town_units,
                                           errors)
                if errors:
                    raise InvalidInput(errors)
                assert issuer is not None
                year = to_local(now).year
                seq = _next_seq(session, year)
                notice = WarningNotice(
                    number=notice_number(year, seq),
                    year=year,
                    seq=seq,
                    issuer=issuer,
                    title=title,
                    content=content,
                    measures=measures,
                    issued_at=now,
                    receipt_due_at=receipt_due_at,
                    recipients=recipients_line(
                        all_villages=all_villages,
                        all_town_units=all_town_units,
                        others=[u.name for u in others],
                    ),
                    incident_id=incident_id,
                    created_by=ctx.actor,
                )
                notice.receipts = [NoticeReceipt(unit=u) for u in targets]
                session.add(notice)
                session.flush()
                audit(session, ctx, action="notice.issue", entity="warning_notice",
                      entity_id=notice.number,
                      after={"issuer_id": issuer.id, "title": title, "targets": len(targets),
                             "incident_id": incident_id,
                             "receipt_due_at": receipt_due_at.isoformat()
                             if receipt_due_at else None})
                if incident_id is not None:
                    incident = session.get(Incident, incident_id)
                    assert incident is not None
                    append_entry(session, ctx, incident, TimelineKind.NOTE, now,
                                 f"{issuer.short_name}发布预警通知{notice.number}《{title}》，"
                                 f"主送{notice.recipients}",
                                 {"notice_id": notice.id, "number": notice.number})
                notice_id = notice.id
            break
        except IntegrityError:
            # Another workstation took the same number a moment earlier: number again.
            if attempt == 2:
                raise
    return notice_detail(ctx, notice_id=notice_id)


def notice_detail(ctx: Ctx, *, notice_id: int) -> NoticeDetail:
    """One notice with every receipt, the units in the directory's order."""
    with ctx.db.read_session() as session:
        return _detail(session, _notice(session, notice_id))


def record_receipt(
    ctx: Ctx,
    *,
    notice_id: int,
    unit_id: int,
    confirmed_by: str,
    at: datetime | None = None,
) -> NoticeDetail:
    """Record a target unit's receipt (回执): when and who at the unit confirmed it."""
    require(ctx, Action.RECORD_RECEIPT)
    confirmed_by = confirmed_by.strip()
    now = ctx.clock.now()
    at = at or now
    with ctx.db.session() as session:
        notice = _notice(session, notice_id)
        receipt = next((r for r in notice.receipts if r.unit_id == unit_id), None)
        if receipt is None:
            unit = session.get(Unit, unit_id)
            name = unit.name if unit else msg("该单位")
            raise Refused("{name}不在{number}的主送范围内。", name=name, number=notice.number)
        if receipt.confirmed_at is not None:
            raise Refused(
                "{unit}已于 {at:%m-%d %H:%M} 回执（{by}），不必重复登记。", unit=receipt.unit.name,
                at=to_local(receipt.confirmed_at), by=receipt.confirmed_by,
            )
        errors: dict[str, str] = too_long(confirmed_by=(confirmed_by, msg("回执人"), NAME))
        if not confirmed_by:
            errors["confirmed_by"] = msg("请填写回执人（单位上确认收到的人）")
        if at > now:
            errors["at"] = msg("回执时间不能晚于现在")
        elif at < notice.issued_at:
            errors["at"] = msg("回执时间不能早于通知发布时间")
        if errors:
            raise InvalidInput(errors)
        receipt.confirmed_at = at
        receipt.confirmed_by = confirmed_by
        receipt.recorded_at = now
        receipt.recorded_by = ctx.actor
        audit(session, ctx, action="notice.receipt", entity="warning_notice",
              entity_id=notice.number,
              after={"unit_id": unit_id, "by": confirmed_by, "at": at.isoformat()})
        session.flush()
        return _detail(session, notice)


def _detail(session: Session, notice: WarningNotice) -> NoticeDetail:
    settings = load_settings(session)
    incident = session.get(Incident, notice.incident_id) if notice.incident_id else None
    receipts = sorted(notice.receipts, key=lambda r: (r.unit.kind is not UnitKind.VILLAGE,
                                                      r.unit.sort_order, r.unit_id))
    return NoticeDetail(
        id=notice.id,
        number=notice.number,
        issuer=notice.issuer.name,
        issuer_short=notice.issuer.short_name,
        title=notice.title,
        content=notice.content,
        measures=notice.measures,
        recipients=notice.recipients or _recipients_of(session, receipts),
        issued_at=notice.issued_at,
        receipt_due_at=notice.receipt_due_at,
        incident_id=notice.incident_id,
        incident_number=incident.number if incident else "",
        created_by=notice.created_by,
        receipts=tuple(
            ReceiptRow(
                unit_id=r.unit_id,
                unit=r.unit.name,
                kind=r.unit.kind,
                info_officer=r.unit.info_officer,
                phone=r.unit.info_officer_phone,
                confirmed_at=r.confirmed_at,
                confirmed_by=r.confirmed_by,
                recorded_at=r.recorded_at,
                recorded_by=r.recorded_by,
            )
            for r in receipts
        ),
        town=settings.town_name,
        office=settings.office_name,
        office_phones=settings.office_phones,
    )


def _recipients_of(session: Session, receipts: Sequence[NoticeReceipt]) -> str:
    """The 主送 line of a notice stored without one (written before it was kept)."""
    targeted = {r.unit_id for r in receipts}
    units = session.scalars(select(Unit).where(Unit.active.is_(True))).all()
    shortcut = {}
    for kind in UnitKind:
        ids = {u.id for u in units if u.kind is kind}
        shortcut[kind] = bool(ids) and ids <= targeted
    return recipients_line(
        all_villages=shortcut[UnitKind.VILLAGE],
        all_town_units=shortcut[UnitKind.TOWN_UNIT],
        others=[r.unit.name for r in receipts if not shortcut[r.unit.kind]],
    )


def _notice(session: Session, notice_id: int) -> WarningNotice:
    notice = session.scalar(
        select(WarningNotice)
        .where(WarningNotice.id == notice_id)
        .options(
            selectinload(WarningNotice.issuer),
            selectinload(WarningNotice.receipts).selectinload(NoticeReceipt.unit),
        )
    )
    if notice is None:
        raise Refused("找不到这份通知。")
    return notice


def _targets(
    session: Session,
    unit_ids: Sequence[int],
    all_villages: bool,
    all_town_units: bool,
    errors: dict[str, str],
) -> tuple[list[Unit], list[Unit]]:
    """Every target unit (in the directory's order), and those named singly on the 主送 line."""
    active = session.scalars(
        select(Unit).where(Unit.active.is_(True)).order_by(Unit.sort_order, Unit.id)
    ).all()
    chosen: dict[int, Unit] = {}
    for unit in active:
        if (all_villages and unit.kind is UnitKind.VILLAGE) or (
            all_town_units and unit.kind is UnitKind.TOWN_UNIT
        ):
            chosen[unit.id] = unit
    others: list[Unit] = []
    for uid in dict.fromkeys(unit_ids):
        if uid in chosen:
            continue  # already covered by a shortcut
        unit = session.get(Unit, uid)
        if unit is None or not unit.active:
            errors["unit_ids"] = msg("所选单位不存在或已归档")
            continue
        chosen[uid] = unit
        others.append(unit)
    if not chosen and "unit_ids" not in errors:
        errors["unit_ids"] = msg("请选择主送的村或单位（可用“全部村”“全部镇直单位”）")
    order = {u.id: i for i, u in enumerate(active)}
    targets = sorted(chosen.values(), key=lambda u: order.get(u.id, len(order)))
    others.sort(key=lambda u: order.get(u.id, len(order)))
    return targets, others


def _next_seq(session: Session, year: int) -> int:
    last = session.scalar(select(func.max(WarningNotice.seq)).where(WarningNotice.year == year))
    return (last or 0) + 1


def _choice(unit: Unit) -> UnitChoice:
    return UnitChoice(unit.id, unit.name, unit.kind, unit.info_officer, unit.info_officer_phone)


def _short(text: str, limit: int = 18) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
