"""Reading warning notices with the state of their receipts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from xianghua_console.services.context import Ctx
from xianghua_console.store.models import NoticeReceipt, WarningNotice


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
