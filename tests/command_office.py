"""A small real office for the command, notice and directory tests (core and GUI).

Plan defaults (bodies, town units, categories) plus three villages, six people, the heads of
the land sub-command and of the HQ, and one incident in the land category. Imported by test
modules (``tests/`` is on the path through its conftest).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from xianghua_console.domain.enums import UnitKind, Weight
from xianghua_console.services.context import Ctx
from xianghua_console.services.incident_log import NewIncident, log_incident
from xianghua_console.store.models import Category, CommandBody, Staff, Unit


@dataclass(frozen=True)
class Office:
    villages: dict[str, int]
    staff: dict[str, int]
    bodies: dict[str, int]  # code → id
    categories: dict[str, int]  # code → id
    incident_id: int


def make_office(ctx: Ctx, *, weight: Weight = Weight.ORDINARY) -> Office:
    """Fill ``ctx``'s fresh database with the small office and log its one incident."""
    with ctx.db.session() as s:
        villages = {}
        for order, (name, officer, phone) in enumerate(
            [("东岗村", "林勇", "13700000001"), ("西岭村", "魏静", "13700000002"),
             ("南湾村", "", "")]
        ):
            unit = Unit(name=name, kind=UnitKind.VILLAGE, info_officer=officer,
                        info_officer_phone=phone, expected_from=date(2027, 3, 1),
                        sort_order=order)
            s.add(unit)
            villages[name] = unit
        town = {u.name: u for u in s.scalars(select(Unit).where(Unit.kind == UnitKind.TOWN_UNIT))}
        people = {
            "secretary": Staff(name="郝军", post="镇党委书记", phone="13900000001", is_leader=True),
            "mayor": Staff(name="周海", post="镇长", phone="13900000006", is_leader=True),
            "vice": Staff(name="钱进", post="副镇长", unit=town["国土所"], phone="13900000007",
                          is_leader=True),
            "land": Staff(name="孙立", post="国土所所长", unit=town["国土所"], phone="13900000008"),
            "clerk": Staff(name="田新民", post="信访办干事", unit=town["信访办"],
                           phone="13900000002"),
            "head_dg": Staff(name="林大山", post="东岗村支部书记", unit=villages["东岗村"],
                             phone="13700000011"),
        }
        s.add_all(people.values())
        s.flush()
        bodies = {b.code: b for b in s.scalars(select(CommandBody))}
        bodies["sc_land"].head = people["vice"]
        bodies["hq"].head = people["secretary"]
        categories = {c.code: c.id for c in s.scalars(select(Category))}
        ids = (
            {n: u.id for n, u in villages.items()},
            {k: p.id for k, p in people.items()},
            {c: b.id for c, b in bodies.items()},
        )
    now = ctx.clock.now()
    row = log_incident(
        ctx,
        data=NewIncident(
            occurred_at=now - timedelta(minutes=6),
            received_at=now - timedelta(minutes=2),
            unit_id=ids[0]["东岗村"],
            summary="二十余名村民到村委会反映征地补偿款发放问题",
            place="东岗村村委会",
            category_id=categories["land"],
            weight=weight,
            people_count=22,
        ),
    )
    return Office(ids[0], ids[1], ids[2], categories, row.id)
