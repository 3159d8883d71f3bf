"""Shared by the roster tests: invented staff, a period around the fake clock, its rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from xianghua_console.services import roster_admin as ra
from xianghua_console.store.models import DutyAssignment, DutyShift, Staff

START, END = date(2027, 3, 3), date(2027, 3, 12)  # the clock stands on 03-05 10:00
TODAY = date(2027, 3, 5)


def add_staff(ctx, *, leaders=4, drivers=3, others=10) -> dict[str, list[int]]:
    """Invented staff: 领导1…, 司机1…, 干事1…; returns their ids by kind."""
    ids: dict[str, list[int]] = {"leader": [], "driver": [], "other": []}
    with ctx.db.session() as s:
        rows = (
            [("leader", f"领导{i}", "副镇长", True, False) for i in range(1, leaders + 1)]
            + [("driver", f"司机{i}", "驾驶员", False, True) for i in range(1, drivers + 1)]
            + [("other", f"干事{i}", "信访办干事", False, False) for i in range(1, others + 1)]
        )
        for kind, name, post, leader, driver in rows:
            person = Staff(name=name, post=post, is_leader=leader, is_driver=driver,
                           phone=f"1370000{len(ids[kind]):04d}")  # fmt: skip
            s.add(person)
            s.flush()
            ids[kind].append(person.id)
    return ids


def make_period(ctx, start=START, end=END, **kw) -> int:
    kw.setdefault("emergency_fund_yuan", 10_000)
    kw.setdefault("vehicle", "豫R·A1234")
    return ra.create_period(ctx, name="2027年全国两会期间", start_date=start, end_date=end, **kw).id


def assignments(ctx, period_id) -> list[tuple]:
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(
                DutyShift.day,
                DutyAssignment.slot,
                DutyAssignment.position,
                DutyAssignment.staff_id,
                DutyAssignment.placed_by_hand,
            )
            .join(DutyShift, DutyAssignment.shift_id == DutyShift.id)
            .where(DutyShift.period_id == period_id)
            .order_by(DutyShift.day, DutyAssignment.slot, DutyAssignment.position)
        ).all()
        return [tuple(r) for r in rows]


