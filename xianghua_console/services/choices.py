"""Directory entries as choices for the dialogs: bodies with their heads, units, people."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from xianghua_console.domain.command import head_missing_warning
from xianghua_console.domain.enums import BodyKind, UnitKind
from xianghua_console.store.models import CommandBody, Staff


@dataclass(frozen=True)
class BodyOption:
    """A command body as a choice: its head (or the warning that it has none)."""

    id: int
    kind: BodyKind
    name: str
    short_name: str
    head_post: str
    head: str  # "王建国 13900000001", "" when no head is named
    warning: str  # the head-missing warning, "" when a head is named


@dataclass(frozen=True)
class UnitOption:
    id: int
    name: str
    kind: UnitKind


@dataclass(frozen=True)
class StaffOption:
    """A person as a choice: name, post, unit and phone."""

    id: int
    name: str
    post: str
    unit: str
    phone: str
    is_leader: bool

    @property
    def label(self) -> str:
        """``党委副书记 王建国（移民办）``."""
        text = f"{self.post} {self.name}".strip()
        return f"{text}（{self.unit}）" if self.unit else text


def body_option(body: CommandBody) -> BodyOption:
    """A body as a choice, with the warning when it has no head."""
    head = body.head
    return BodyOption(
        id=body.id,
        kind=body.kind,
        name=body.name,
        short_name=body.short_name,
        head_post=body.head_post,
        head=f"{head.name} {head.phone}".strip() if head else "",
        warning="" if head else head_missing_warning(body.short_name, body.head_post),
    )


def staff_option(person: Staff) -> StaffOption:
    return StaffOption(
        person.id,
        person.name,
        person.post,
        person.unit.name if person.unit else "",
        person.phone,
        person.is_leader,
    )


def staff_options(session: Session) -> tuple[StaffOption, ...]:
    """Every active person: leaders first, then by unit and entry order."""
    people = session.scalars(
        select(Staff).where(Staff.active.is_(True)).options(selectinload(Staff.unit))
    ).all()
    people = sorted(
        people, key=lambda p: (not p.is_leader, p.unit.sort_order if p.unit else -1, p.id)
    )
    return tuple(staff_option(p) for p in people)
