"""bench/panel: what the live incident panel costs, measured against a bare Qt table in one run.

1. CPU share of one core over ``--seconds`` (default 60) with ``--open`` (1000) open incidents
   ticking: the whole console window (panel, status bar, alert polls through the door) on a
   database of those incidents, against a bare QTableView whose model ticks the same number
   of rows once a second. Both run at the same time as fresh offscreen processes and measure
   their own CPU (``resource.getrusage``: every thread, user + system) after a warm-up.
   The bare model is the naive one: each second one ``dataChanged`` over every row's
   countdown cell. The console's panel announces only the countdown cells on screen whose
   text changed (``announced`` below), ticks just after the clock's second, and its alerts
   re-apply their rule in memory between database reads when a countdown crosses a boundary.
   Targets: the console at most 2x the bare figure, and under 1% of a core.
2. Opening an incident's details with ``--big`` (100,000) incidents in the database: the
   service call ``incident_detail``, and that call through the door plus filling the pane, as
   the panel does on a selection. Target: under 50 ms. The database is made with bulk
   inserts (SQLAlchemy Core), not one ``log_incident`` at a time.

    python bench/panel.py [--seconds 60] [--open 1000] [--big 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WARM_UP_S = 3.0

BARE = r"""
import json, os, resource, sys, time
from datetime import datetime, timedelta, UTC
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView, QMainWindow, QTableView

rows, seconds, warm = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
now = datetime.now(UTC)
due = [now + timedelta(seconds=(i * 7) % 3600 - 1800) for i in range(rows)]
RED, GREEN = QColor("#c62828"), QColor("#d1e7dd")

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else rows
    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 10
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.column() == 8:
            left = int((due[index.row()] - datetime.now(UTC)).total_seconds())
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{abs(left) // 60:02d}:{abs(left) % 60:02d}"
            if role == Qt.ItemDataRole.BackgroundRole:
                return RED if left < 0 else GREEN
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}:{index.column()}"
        return None
    def tick(self):
        self.dataChanged.emit(self.index(0, 8), self.index(rows - 1, 8),
                              [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole])

app = QApplication(sys.argv[:1])
win = QMainWindow()
view = QTableView()
model = Model()
view.setModel(model)
view.horizontalHeader().setSectionResizeMode(8, QHeaderView.ResizeMode.Fixed)
win.setCentralWidget(view)
win.resize(1400, 860)
win.show()
timer = QTimer()
timer.setInterval(1000)
timer.timeout.connect(model.tick)
timer.start()
marks = {}

def begin():
    marks["r0"], marks["t0"] = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    QTimer.singleShot(int(seconds * 1000), end)

def end():
    r1, t1 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    r0 = marks["r0"]
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    print(json.dumps({"cpu": cpu, "wall": t1 - marks["t0"]}), flush=True)
    app.quit()

QTimer.singleShot(int(warm * 1000), begin)
app.exec()
os._exit(0)  # measured and printed: skip interpreter teardown (PySide6 6.12 can crash in it)
"""

CONSOLE = r"""
import asyncio, json, os, resource, sys, time
url, seconds, warm = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
from xianghua_console.domain.clock import SystemClock
from xianghua_console.services.context import Ctx
from xianghua_console.store.db import open_database
from xianghua_console.gui.app import ensure_application
from xianghua_console.gui.compat import make_event_loop
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.ops import DbDoor

clock = SystemClock()
db, _ = open_database(url, clock=clock)
ctx = Ctx(db, clock, actor="bench")
app = ensure_application()
loop = make_event_loop(app)
asyncio.set_event_loop(loop)
door = DbDoor(ctx)
window = MainWindow(ctx, door)
window.resize(1400, 860)
window.notifier.muted = True  # the bench measures the console, not the beeps

async def main():
    loaded = asyncio.Event()
    window.sig_reloaded.connect(loaded.set)
    window.start()
    await loaded.wait()
    await asyncio.sleep(warm)  # the first alert poll and the first paints are over
    r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    await asyncio.sleep(seconds)
    r1, t1 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    rows = window.incidents.model.rowCount()
    print(json.dumps({"cpu": cpu, "wall": t1 - t0, "rows": rows,
                      "alerts": len(window.alerts.alerts),
                      "announced": window.incidents.model.announced_cells}), flush=True)

loop.run_until_complete(main())
window.close()
window.tasks.cancel_all()
if window.tasks.pending:
    loop.run_until_complete(window.tasks.wait_all())
door.shutdown()
sys.stdout.flush()
os._exit(0)  # measured and printed: skip interpreter teardown (PySide6 6.12 can crash in it)
"""


# ---------------------------------------------------------------- building databases quickly


def build_database(url: str, *, total: int, open_count: int, seed: int = 2027) -> None:
    """``total`` incidents of which ``open_count`` are open with live clocks, by bulk insert."""
    from sqlalchemy import insert, select

    from xianghua_console.domain.clock import SystemClock, to_local
    from xianghua_console.domain.enums import (
        IncidentStatus,
        TimelineKind,
        UnitKind,
        Weight,
    )
    from xianghua_console.domain.text import pinyin_initials
    from xianghua_console.store.db import open_database
    from xianghua_console.store.models import Category, Incident, TimelineEntry, Unit

    rng = random.Random(seed)
    db, _ = open_database(url, clock=SystemClock())
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        with db.engine.begin() as conn:
            names = [f"{a}{b}村" for a in "东西南北上下前后" for b in "岗岭湾坡河庄沟台"][:40]
            conn.execute(
                insert(Unit.__table__),
                [
                    {"name": n, "kind": UnitKind.VILLAGE, "pinyin_initials": pinyin_initials(n),
                     "info_officer": "", "info_officer_phone": "", "active": True,
                     "sort_order": i, "version": 1}
                    for i, n in enumerate(names)
                ],
            )
            units = conn.execute(select(Unit.id)).scalars().all()
            cats = conn.execute(select(Category.id, Category.subcommand_id)).all()
            closed = total - open_count
            incidents, entries = [], []
            seqs: dict[int, int] = {}
            for i in range(total):
                is_open = i >= closed
                if is_open:
                    # Spread over the last half hour: about half overdue, all still counting.
                    received = now - timedelta(seconds=rng.randint(0, 1800))
                else:
                    received = now - timedelta(days=400) + timedelta(minutes=5 * i)
                occurred = received - timedelta(minutes=rng.randint(1, 40))
                year = to_local(received).year
                seqs[year] = seqs.get(year, 0) + 1
                cat_id, sub_id = rng.choice(cats)
                inc_id = i + 1
                incidents.append({
                    "id": inc_id, "number": f"{year}-{seqs[year]:05d}", "year": year,
                    "seq": seqs[year], "occurred_at": occurred, "received_at": received,
                    "unit_id": rng.choice(units), "reporter_name": "信息员",
                    "reporter_phone": "13700000000", "place": "村委会", "category_id": cat_id,
                    "subcommand_id": sub_id, "weight": rng.choice(list(Weight)),
                    "people_count": rng.randint(1, 60),
                    "summary": "村民反映问题，要求答复" * rng.randint(1, 4),
                    "status": IncidentStatus.REPORTED if is_open else IncidentStatus.CLOSED,
                    "escalated_at": None if is_open else received + timedelta(minutes=8),
                    "escalated_to": "" if is_open else "镇党委书记、镇长",
                    "county_reported_at": None,
                    "ended_at": None if is_open else received + timedelta(hours=5),
                    "special_report_at": None if is_open else received + timedelta(days=3),
                    "closed_at": None if is_open else received + timedelta(days=4),
                    "created_at": received, "created_by": "bench", "version": 1,
                })
                kinds = [TimelineKind.REPORTED] if is_open else [
                    TimelineKind.REPORTED, TimelineKind.VERIFIED, TimelineKind.ESCALATED,
                    TimelineKind.LAUNCHED, TimelineKind.ONSCENE, TimelineKind.CONTROLLED,
                    TimelineKind.ENDED, TimelineKind.SPECIAL_REPORT, TimelineKind.CLOSED,
                ]
                for seq, kind in enumerate(kinds, start=1):
                    when = received + timedelta(minutes=7 * seq)
                    entries.append({
                        "incident_id": inc_id, "seq": seq, "kind": kind, "at": when,
                        "recorded_at": when, "actor": "bench", "text": f"{kind.label}：处置记录",
                        "data": {}, "prev_hash": "", "hash": "",
                    })
                if len(entries) >= 50_000:
                    conn.execute(insert(Incident.__table__), incidents)
                    conn.execute(insert(TimelineEntry.__table__), entries)
                    incidents, entries = [], []
            if incidents:
                conn.execute(insert(Incident.__table__), incidents)
            if entries:
                conn.execute(insert(TimelineEntry.__table__), entries)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("ANALYZE")
    finally:
        db.dispose()


# ---------------------------------------------------------------- 1. CPU while ticking


def cpu_share(url: str, *, rows: int, seconds: float) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    args = [str(seconds), str(WARM_UP_S)]
    bare = subprocess.Popen([sys.executable, "-c", BARE, str(rows), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    console = subprocess.Popen([sys.executable, "-c", CONSOLE, url, *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    limit = seconds + 120
    results = {}
    for name, proc in (("bare", bare), ("console", console)):
        out, err = proc.communicate(timeout=limit)
        lines = [ln for ln in out.splitlines() if ln.startswith("{")]
        if proc.returncode != 0 or not lines:
            raise SystemExit(f"{name} child failed ({proc.returncode}):\n{err[-3000:]}")
        results[name] = json.loads(lines[-1])
    b, c = results["bare"], results["console"]
    b_share, c_share = b["cpu"] / b["wall"] * 100, c["cpu"] / c["wall"] * 100
    print(f"1. CPU share of one core over {seconds:.0f} s, {rows} rows ticking once a second "
          f"(both at the same time, after a {WARM_UP_S:.0f} s warm-up)")
    print(f"   bare QTableView + ticking model : {b_share:6.3f} % "
          f"({b['cpu'] * 1000:.0f} ms CPU in {b['wall']:.1f} s)")
    print(f"   console window, {c['rows']} open incidents: {c_share:6.3f} % "
          f"({c['cpu'] * 1000:.0f} ms CPU in {c['wall']:.1f} s; {c['alerts']} alerts on screen;"
          f" {c['announced']} countdown cells announced by the last tick)")
    ratio = c_share / b_share if b_share > 0 else float("inf")
    print(f"   ratio console / bare            : {ratio:.2f}x  (targets: ≤ 2x, and < 1 % of a core)")


# ---------------------------------------------------------------- 2. details with 100k incidents


def detail_timing(url: str, *, repeats: int = 30) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import asyncio

    from sqlalchemy import func, select

    from xianghua_console.domain.clock import SystemClock
    from xianghua_console.gui.app import ensure_application
    from xianghua_console.gui.compat import make_event_loop
    from xianghua_console.gui.ops import DbDoor
    from xianghua_console.gui.views.incident_detail import DetailPane
    from xianghua_console.services.context import Ctx
    from xianghua_console.services.incident_log import incident_detail
    from xianghua_console.services.incidents import list_open_incidents
    from xianghua_console.store.db import open_database
    from xianghua_console.store.models import Incident

    clock = SystemClock()
    db, _ = open_database(url, clock=clock)
    ctx = Ctx(db, clock, actor="bench")
    with db.read_session() as s:
        total = s.scalar(select(func.count()).select_from(Incident))
        top = s.scalar(select(func.max(Incident.id)))
    rng = random.Random(7)
    ids = [rng.randint(1, top) for _ in range(repeats)]
    incident_detail(ctx, incident_id=ids[0])  # warm the caches once, as a running console is

    service_ms = []
    for incident_id in ids:
        t0 = time.perf_counter()
        detail = incident_detail(ctx, incident_id=incident_id)
        service_ms.append((time.perf_counter() - t0) * 1000)

    app = ensure_application()
    loop = make_event_loop(app)
    asyncio.set_event_loop(loop)
    door = DbDoor(ctx)
    pane = DetailPane(clock)
    pane.resize(1300, 330)
    pane.show()
    app.processEvents()

    async def selections() -> list[float]:
        out = []
        for incident_id in ids:
            t0 = time.perf_counter()
            detail = await door.call(incident_detail, ctx, incident_id=incident_id)
            pane.show_detail(detail)
            out.append((time.perf_counter() - t0) * 1000)
        return out

    pane_ms = loop.run_until_complete(selections())
    t0 = time.perf_counter()
    open_rows = list_open_incidents(ctx)
    list_ms = (time.perf_counter() - t0) * 1000
    door.shutdown()
    pane.close()
    loop.close()
    db.dispose()
    print(f"2. Opening an incident's details, {total:,} incidents in the database "
          f"({len(detail.timeline)} timeline entries in the last one), {repeats} random ones")
    print(f"   incident_detail (service)       : median {statistics.median(service_ms):6.2f} ms, "
          f"max {max(service_ms):6.2f} ms")
    print(f"   through the door + pane filled  : median {statistics.median(pane_ms):6.2f} ms, "
          f"max {max(pane_ms):6.2f} ms  (target < 50 ms)")
    print(f"   (for scale: list_open_incidents of the {len(open_rows)} open ones: {list_ms:.0f} ms)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the CPU run")
    parser.add_argument("--open", type=int, default=1000, help="open incidents ticking")
    parser.add_argument("--big", type=int, default=100_000, help="incidents for the detail run")
    args = parser.parse_args()
    print(f"bench/panel  python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmp:
        small = f"sqlite:///{Path(tmp) / 'open.sqlite'}"
        t0 = time.perf_counter()
        build_database(small, total=args.open, open_count=args.open)
        print(f"   ({args.open} open incidents written in {time.perf_counter() - t0:.1f} s)")
        cpu_share(small, rows=args.open, seconds=args.seconds)
        big = f"sqlite:///{Path(tmp) / 'big.sqlite'}"
        t0 = time.perf_counter()
        build_database(big, total=args.big, open_count=min(args.open, args.big))
        print(f"   ({args.big:,} incidents written by bulk insert in "
              f"{time.perf_counter() - t0:.1f} s)")
        detail_timing(big)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
