"""bench/export: the county's daily workbook and a year's ledger, each against a raw write.

Two measurements, each beside a baseline measured in the same run on the same machine:

1. the daily export of a day with 60 units and 100 incidents (reading the database into
   plain data, then writing the styled workbook) against a raw openpyxl write-only write of
   the same cell values; target: under 0.5 s for the day;
2. a year's ledger (60 units × 365 days of daily reports, incidents, duty) written by
   ``exports.ledger_xlsx`` against a raw write-only write of the same cells; target: at most
   1.5x the raw write. Reading the year from the database is printed beside it.

Each figure is the best of ``--repeat`` runs (the least disturbed by the rest of the machine).
Usage: ``python bench/export.py [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from xianghua_console.domain.clock import LOCAL_TZ, FakeClock, local_datetime  # noqa: E402
from xianghua_console.domain.enums import (  # noqa: E402
    DailyReportKind,
    DutySlot,
    IncidentStatus,
    UnitKind,
    Weight,
)
from xianghua_console.exports.daily_xlsx import write_daily_workbook  # noqa: E402
from xianghua_console.exports.ledger_xlsx import write_ledger  # noqa: E402
from xianghua_console.services.context import Ctx  # noqa: E402
from xianghua_console.services.daily_summary import daily_summary  # noqa: E402
from xianghua_console.services.ledger import SHEETS, ledger_book  # noqa: E402
from xianghua_console.store.db import open_database  # noqa: E402
from xianghua_console.store.models import (  # noqa: E402
    Category,
    DailyReport,
    DutyAssignment,
    DutyPeriod,
    DutyShift,
    Incident,
    Staff,
    Unit,
)

DAY = date(2027, 3, 5)
YEAR_FIRST = date(2026, 3, 6)  # 365 days up to DAY
UNITS = 60
INCIDENTS_ON_DAY = 100
INCIDENTS_IN_YEAR = 900


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def build(ctx: Ctx, rng: random.Random) -> None:
    """60 units, a year of daily reports, duty every day, 100 incidents on DAY and 900 before."""
    with ctx.db.session() as s:
        existing = s.scalar(select(func.count()).select_from(Unit))  # the plan's 15 town units
        for n in range(UNITS - existing):
            s.add(Unit(name=f"第{n + 1:02d}村", kind=UnitKind.VILLAGE, info_officer=f"信息员{n}",
                       info_officer_phone=f"139{n:08d}", expected_from=YEAR_FIRST, sort_order=n))
        s.flush()
        units = s.scalars(select(Unit)).all()
        for u in units:
            u.expected_from = YEAR_FIRST
            u.info_officer = u.info_officer or "某信息员"
        unit_ids = [u.id for u in units]
        staff = [Staff(name=f"干部{n:02d}", post="干事", phone=f"137{n:08d}",
                       is_leader=n < 6) for n in range(30)]
        s.add_all(staff)
        s.flush()
        period = DutyPeriod(name="全年", start_date=YEAR_FIRST, end_date=DAY,
                            daily_reports_from=YEAR_FIRST)
        s.add(period)
        s.flush()
        categories = list(s.scalars(select(Category.id)))
        day = YEAR_FIRST
        reports = []
        while day <= DAY:
            shift = DutyShift(period_id=period.id, day=day, starts_at=local_datetime(day, 8, 30),
                              ends_at=local_datetime(day + timedelta(days=1), 8, 30))
            s.add(shift)
            s.flush()
            crew = rng.sample(staff[6:], 5)
            s.add(DutyAssignment(shift_id=shift.id, slot=DutySlot.LEADER, position=0,
                                 staff_id=rng.choice(staff[:6]).id))
            for pos, p in enumerate(crew[:2]):
                s.add(DutyAssignment(shift_id=shift.id, slot=DutySlot.DUTY, position=pos,
                                     staff_id=p.id))
            for pos, p in enumerate(crew[2:]):
                s.add(DutyAssignment(shift_id=shift.id, slot=DutySlot.STANDBY, position=pos,
                                     staff_id=p.id))
            for uid in unit_ids:
                minute = rng.randint(8 * 60, 17 * 60)
                situation = rng.random() < 0.1
                reports.append({
                    "unit_id": uid, "day": day,
                    "kind": DailyReportKind.SITUATION if situation else DailyReportKind.ZERO,
                    "content": "村民反映灌溉渠道渗漏影响春灌，村两委已组织维修，无聚集。"
                    if situation else "",
                    "urgent": False,
                    "received_at": local_datetime(day, minute // 60, minute % 60),
                    "taken_by": "值班员", "reason": "",
                })
            day += timedelta(days=1)
        s.execute(DailyReport.__table__.insert(), reports)
        seq = 0
        for n in range(INCIDENTS_IN_YEAR + INCIDENTS_ON_DAY):
            on_day = n >= INCIDENTS_IN_YEAR
            d = DAY if on_day else YEAR_FIRST + timedelta(days=rng.randrange(364))
            received = local_datetime(d, rng.randint(0, 9), rng.randint(0, 59))
            seq += 1
            s.add(Incident(
                number=f"{received.astimezone(LOCAL_TZ).year}-{seq:04d}",
                year=received.astimezone(LOCAL_TZ).year, seq=seq,
                occurred_at=received - timedelta(minutes=rng.randint(3, 30)), received_at=received,
                unit_id=rng.choice(unit_ids), place="村委会", category_id=rng.choice(categories),
                weight=rng.choice(list(Weight)), people_count=rng.randint(3, 30),
                summary="二十余名群众到村委会反映后期扶持资金发放进度问题，要求公开发放明细。",
                status=IncidentStatus.VERIFIED,
                escalated_at=received + timedelta(minutes=rng.randint(5, 20)),
                created_at=received, created_by="值班员"))


def raw_write(rows_by_sheet: dict[str, list[list]], path: Path) -> None:
    """The baseline: the same cell values through openpyxl's write-only mode, nothing else."""
    wb = Workbook(write_only=True)
    for name, rows in rows_by_sheet.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(2027)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        clock = FakeClock(datetime(2027, 3, 5, 18, 0, tzinfo=LOCAL_TZ))
        db, _ = open_database(f"sqlite:///{tmpdir / 'bench.sqlite'}", clock=clock)
        ctx = Ctx(db, clock, actor="bench")
        t0 = time.perf_counter()
        build(ctx, rng)
        print(f"built: {UNITS} units, {INCIDENTS_ON_DAY} incidents on {DAY}, a year of reports "
              f"in {time.perf_counter() - t0:.1f} s")

        # ---- the day
        summary = daily_summary(ctx, day=DAY)
        assert len(summary.rows) == UNITS and len(summary.incidents) == INCIDENTS_ON_DAY
        day_out = tmpdir / "day.xlsx"
        write_daily_workbook([summary], day_out)
        cells = [[c.value for c in row] for row in load_workbook(day_out).active.iter_rows()]
        read = best(lambda: daily_summary(ctx, day=DAY), args.repeat)
        write = best(lambda: write_daily_workbook([summary], day_out), args.repeat)
        total = best(lambda: write_daily_workbook([daily_summary(ctx, day=DAY)], day_out),
                     args.repeat)
        raw = best(lambda: raw_write({"day": cells}, tmpdir / "raw-day.xlsx"), args.repeat)
        print(f"daily export ({UNITS} units, {INCIDENTS_ON_DAY} incidents, "
              f"{sum(len(r) for r in cells)} cells):")
        print(f"  read from database  {read * 1000:7.1f} ms")
        print(f"  write workbook      {write * 1000:7.1f} ms")
        print(f"  total (read+write)  {total * 1000:7.1f} ms   target < 500 ms: "
              f"{'ok' if total < 0.5 else 'MISSED'}")
        print(f"  raw write-only      {raw * 1000:7.1f} ms   ratio total/raw {total / raw:.2f}x, "
              f"write/raw {write / raw:.2f}x")

        # ---- the year's ledger
        book = ledger_book(ctx, first=YEAR_FIRST, last=DAY)
        rows_by_sheet = {
            name: [[c.header for c in SHEETS[name]], *map(list, book.sheets[name])]
            for name in SHEETS
        }
        n_cells = sum(len(r) for rows in rows_by_sheet.values() for r in rows)
        read = best(lambda: ledger_book(ctx, first=YEAR_FIRST, last=DAY), args.repeat)
        ledger_out = tmpdir / "ledger.xlsx"
        # alternate the two writes so that a slow moment of the machine hits both alike
        writes, raws = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            write_ledger(book, ledger_out)
            writes.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            raw_write(rows_by_sheet, tmpdir / "raw-ledger.xlsx")
            raws.append(time.perf_counter() - t0)
        write, raw = min(writes), min(raws)
        counts = ", ".join(f"{name} {book.count(name)}" for name in SHEETS)
        print(f"year ledger ({counts}; {n_cells} cells):")
        print(f"  read from database  {read * 1000:7.1f} ms")
        print(f"  write ledger        {write * 1000:7.1f} ms")
        print(f"  raw write-only      {raw * 1000:7.1f} ms   ratio write/raw {write / raw:.2f}x"
              f"   target <= 1.5x: {'ok' if write / raw <= 1.5 else 'MISSED'}")
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
