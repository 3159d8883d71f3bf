"""Adding a village or town unit to the directory of information officers.

A unit added later is expected to report daily from the day it was added, not before: its
absence from the boards of earlier days is not a 缺报.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.enums import UnitKind
from xianghua_console.domain.limits import NAME, PHONE, too_long
from xianghua_console.domain.messages import msg
from xianghua_console.domain.permissions import Action
from xianghua_console.domain.text import pinyin_initials
from xianghua_console.services.context import Ctx, audit, require
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.store.models import Unit


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    kind: UnitKind
    info_officer: str
    phone: str
    expected_from: date | None


def add_unit(
    ctx: Ctx,
    *,
    name: str,
    kind: UnitKind,
    info_officer: str = "",
    phone: str = "",
) -> UnitRow:
    """Add a unit, expected to report daily from today (local) on; names are unique."""
    require(ctx, Action.DIRECTORY_EDIT)
    name = name.strip()
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = msg("请填写单位名称")
    elif len(name) > 60:
        errors["name"] = msg("单位名称不能超过 60 个字")
    errors.update(too_long(info_officer=(info_officer, msg("信息员"), NAME),
                           phone=(phone, msg("联系电话"), PHONE)))
    with ctx.db.session() as session:
        if name and session.scalar(select(Unit.id).where(Unit.name == name)) is not None:
            errors["name"] = msg("已有名为“{name}”的单位", name=name)
        if errors:
            raise InvalidInput(errors)
        last = session.scalar(select(func.max(Unit.sort_order)).where(Unit.kind == kind))
        unit = Unit(
            name=name,
            kind=kind,
            pinyin_initials=pinyin_initials(name),
            info_officer=info_officer.strip(),
            info_officer_phone=phone.strip(),
            expected_from=local_today(ctx.clock),
            active=True,
            sort_order=(last if last is not None else (0 if kind is UnitKind.VILLAGE else 1000))
            + 1,
        )
        session.add(unit)
        session.flush()
        audit(session, ctx, action="unit.add", entity="unit", entity_id=unit.id,
              after={"name": name, "kind": kind.value,
                     "expected_from": unit.expected_from.isoformat()})
        return UnitRow(unit.id, unit.name, unit.kind, unit.info_officer,
                       unit.info_officer_phone, unit.expected_from)
