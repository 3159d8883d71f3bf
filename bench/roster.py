"""bench/roster: generating a 30-day roster for 60 staff, against the same work with no checks.

Measured in one run on the same machine, each the best of ``--repeat`` runs:

1. rotation: ``domain.rotation.generate_rotation`` (pools by post, unavailability, nobody on
   two shifts running, balance of totals, weekends and holidays, the repair) followed by
   ``domain.roster_checks`` (findings and readiness of every day);
2. baseline: the same slots of the same 30 days filled from the same pools in turn, with no
   rule checked at all (what the rotation costs over merely writing names into slots);
3. service: ``services.roster_admin.generate_roster`` on a SQLite file, i.e. loading staff,
   pools and unavailability, the rotation, and writing the 180-odd assignments.

4. drawing a month in the view: the 30 days of the roster read once (``roster_screen``: grid,
   checks, readiness, swaps), then, timed, set into the roster view's grid model (cells with
   their problems, readiness, today, swaps and hand marks worked out) and the grid rendered
   offscreen once with its delegate; beside the baseline of the same texts set into a bare
   ``QStandardItemModel`` and rendered by a plain ``QTableView`` of the same size, with no
   checks and no decoration. The whole view (checks panel, swaps list, header) is timed too.

Target: under 1 s for the rotation and for the service, under 100 ms for drawing a month.
Usage: ``python bench/roster.py [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import cycle
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from xianghua_console.domain.clock import LOCAL_TZ, FakeClock  # noqa: E402
from xianghua_console.domain.deadlines import shift_start  # noqa: E402
from xianghua_console.domain.enums import DutySlot, UnavailabilityKind  # noqa: E402
from xianghua_console.domain.holidays import classify_days  # noqa: E402
from xianghua_console.domain.roster_checks import (  # noqa: E402
    CheckedPerson,
    CheckedShift,
    check_roster,
    readiness,
)
from xianghua_console.domain.rotation import (  # noqa: E402
    SLOT_ORDER,
    Placement,
    generate_rotation,
    slot_targets,
)
from xianghua_console.domain.settings import Settings  # noqa: E402
from xianghua_console.services.context import Ctx  # noqa: E402
from xianghua_console.services.roster_admin import (  # noqa: E402
    create_period,
    generate_roster,
    mark_unavailable,
)
from xianghua_console.store.db import open_database  # noqa: E402
from xianghua_console.store.models import Staff  # noqa: E402

START = date(2026, 9, 20)  # 30 days over 中秋 and 国庆: holidays, weekends and 调休 days
DAYS = [START + timedelta(days=i) for i in range(30)]
POOL_SIZES = {DutySlot.LEADER: 12, DutySlot.VEHICLE: 4, DutySlot.DUTY: 18, DutySlot.STANDBY: 26}
AWAY_DAYS = 40  # person-days of leave and business trips
SETTINGS = Settings()


def pools() -> dict[DutySlot, list[int]]:
    out, next_id = {}, 1
    for slot in SLOT_ORDER:
        out[slot] = list(range(next_id, next_id + POOL_SIZES[slot]))
        next_id += POOL_SIZES[slot]
    return out


def unavailable(seed: int = 1) -> set[tuple[int, date]]:
    rng = random.Random(seed)
    staff = sum(POOL_SIZES.values())
    away: set[tuple[int, date]] = set()
    while len(away) < AWAY_DAYS:
        away.add((rng.randint(1, staff), rng.choice(DAYS)))
    return away


def rotation_with_checks() -> int:
    pool = pools()
    away = unavailable()
    rotation = generate_rotation(
        days=DAYS,
        pools=pool,
        targets=slot_targets(SETTINGS),
        calendar=classify_days(DAYS),
        unavailable=away,
    )
    shifts = _checked(rotation.placements)
    kinds = {key: UnavailabilityKind.LEAVE for key in away}
    check_roster(shifts, days=DAYS, settings=SETTINGS, unavailable=kinds)
    readiness(shifts, days=DAYS, settings=SETTINGS, unavailable=kinds)
    return len(rotation.placements)


def baseline_no_checks() -> int:
    """The same slots filled from the same pools in turn: no rule, no balance, no check."""
    targets = slot_targets(SETTINGS)
    turns = {slot: cycle(members) for slot, members in pools().items()}
    placements = [
        Placement(day, slot, position, next(turns[slot]))
        for day in DAYS
        for slot in SLOT_ORDER
        for position in range(targets[slot].wanted)
    ]
    return len(placements)


def _checked(placements) -> list[CheckedShift]:  # noqa: ANN001
    by_day: dict[date, list[CheckedPerson]] = {d: [] for d in DAYS}
    leaders, drivers = set(pools()[DutySlot.LEADER]), set(pools()[DutySlot.VEHICLE])
    for p in placements:
        by_day[p.day].append(
            CheckedPerson(p.slot, p.position, p.staff_id, f"人员{p.staff_id}",
                          p.staff_id in leaders, p.staff_id in drivers)  # fmt: skip
        )
    return [
        CheckedShift(d, shift_start(d, SETTINGS), shift_start(d + timedelta(days=1), SETTINGS),
                     tuple(people), 10_000, "豫R·A1234")  # fmt: skip
        for d, people in by_day.items()
    ]


def service_setup(folder: Path) -> tuple[Ctx, int]:
    clock = FakeClock(datetime(2026, 9, 18, 10, 0, tzinfo=LOCAL_TZ))
    db, _ = open_database(f"sqlite:///{folder / 'bench.sqlite'}", clock=clock)
    ctx = Ctx(db, clock, actor="bench")
    with db.session() as s:
        for slot in SLOT_ORDER:
            for i in range(POOL_SIZES[slot]):
                s.add(
                    Staff(
                        name=f"{slot.label[:2]}{i + 1}",
                        is_leader=slot is DutySlot.LEADER,
                        is_driver=slot is DutySlot.VEHICLE,
                    )
                )
    period = create_period(ctx, name="基准", start_date=DAYS[0], end_date=DAYS[-1],
                           emergency_fund_yuan=10_000, vehicle="豫R·A1234")  # fmt: skip
    for staff_id, day in sorted(unavailable()):
        mark_unavailable(ctx, staff_id=staff_id, first_day=day, kind=UnavailabilityKind.LEAVE)
    return ctx, period.id


def drawing(ctx: Ctx, period_id: int, repeat: int) -> tuple[float, float, float, int, int]:
    """(grid model + render, bare baseline, whole view + render, rows, columns), in seconds."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from xianghua_console.gui.app import ensure_application
    from xianghua_console.gui.ops import DbDoor
    from xianghua_console.gui.views.roster import DutyRosterView
    from xianghua_console.services.roster_screen import roster_screen

    app = ensure_application()
    screen = roster_screen(ctx, period_id=period_id)  # the read is the door's work, not drawing
    door = DbDoor(ctx)
    view = DutyRosterView(door)
    view.resize(1400, 1700)  # tall enough that all 30 days are painted, not just a screenful
    view.show()
    app.processEvents()
    table, model = view.table, view.model

    def grid() -> None:
        model.set_screen(screen)
        view.grid_widths()
        table.grab()

    def whole() -> None:
        view.show_screen(screen)
        table.grab()

    grid()
    rows, columns = model.rowCount(), model.columnCount()
    texts = [[model.index(r, c).data() for c in range(columns)] for r in range(rows)]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)]
    widths = [table.columnWidth(c) for c in range(columns)]
    bare = QTableView()
    bare.resize(table.size())
    bare.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    bare.show()
    app.processEvents()

    def baseline() -> None:
        plain = QStandardItemModel(rows, columns)
        plain.setHorizontalHeaderLabels(headers)
        for r, line in enumerate(texts):
            for c, value in enumerate(line):
                plain.setItem(r, c, QStandardItem(value))
        bare.setModel(plain)
        for c, width in enumerate(widths):
            bare.setColumnWidth(c, width)
        bare.grab()

    baseline()
    timed: dict[str, list[float]] = {"grid": [], "baseline": [], "whole": []}
    try:
        for _ in range(repeat):  # interleaved, so that both see the same machine
            for name, fn in (("grid", grid), ("baseline", baseline), ("whole", whole)):
                timed[name].append(best(fn, 1))
    finally:
        bare.close()
        view.close()
        door.shutdown()
        # Delete the widgets now: left to the interpreter's exit they crash in Qt's teardown.
        bare.deleteLater()
        view.deleteLater()
        app.processEvents()
    return (min(timed["grid"]), min(timed["baseline"]), min(timed["whole"]), rows, columns)


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    staff = sum(POOL_SIZES.values())
    placed = rotation_with_checks()
    assert baseline_no_checks() == placed, "the baseline fills the same number of places"
    rotation = best(rotation_with_checks, args.repeat)
    baseline = best(baseline_no_checks, args.repeat)
    with tempfile.TemporaryDirectory() as folder:
        ctx, period_id = service_setup(Path(folder))
        try:
            service = best(lambda: generate_roster(ctx, period_id=period_id), args.repeat)
            draw, bare, whole, rows, columns = drawing(ctx, period_id, args.repeat)
        finally:
            ctx.db.dispose()
    print(f"{len(DAYS)} days, {staff} staff, {placed} places, {AWAY_DAYS} person-days away")
    print(f"rotation + checks      {rotation * 1000:8.1f} ms   (target < 1000 ms)")
    print(f"baseline, no checks    {baseline * 1000:8.1f} ms")
    print(f"ratio                  {rotation / baseline:8.1f}x")
    print(f"service, SQLite file   {service * 1000:8.1f} ms   (target < 1000 ms)")
    print(f"drawing a month ({rows} days x {columns} columns, offscreen):")
    print(f"  roster grid + checks {draw * 1000:8.1f} ms   (target < 100 ms)")
    print(f"  bare table baseline  {bare * 1000:8.1f} ms")
    print(f"  ratio                {draw / bare:8.1f}x")
    print(f"  whole view + grid    {whole * 1000:8.1f} ms   (checks panel, swaps, header too)")


if __name__ == "__main__":
    main()
