"""bench/workstations: five workstations writing at once on one PostgreSQL server, a sixth listening.

Five processes, each with its own engine (as five consoles have), log one incident and one
daily report per second for ``--seconds`` (default 60) against one throwaway server (initdb
and pg_ctl in a temporary folder, as the tests do; or ``--db`` for an empty database of
your own). A sixth process listens with :class:`store.listen.ChangeListener`. Afterwards:

- lost / duplicated: every incident and daily report committed by a writer must reach the
  listener exactly once (by id), and be in the database once, numbered without gaps, with
  the hash chains intact;
- latency: from the writer's commit (SQLAlchemy's ``after_commit``, when the server has
  acknowledged it) to the listener's callback, p50 / p95 / max; target p95 under 1 s. Both
  ends read ``time.monotonic``, a system-wide clock on Linux, so the two processes' readings
  compare directly. The server sends the notification and the commit's acknowledgement at
  the same moment, so the listener may hear of a commit first: such a latency is ≤ 0 and is
  counted as it is;
- the writes themselves: p50 / p95 of one use case call, all writers serialized by the write
  lock. The writers are not in step: writer ``n`` writes at ``n / writers`` of each second.

Usage: ``python bench/workstations.py [--seconds 60] [--writers 5] [--db URL]``.
Exit code 0 when nothing was lost or duplicated and p95 < 1 s.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # tests/pgserver.py: the throwaway server

TARGET_P95_S = 1.0
DRAIN_S = 10.0  # how long the listener may take to hear the last commits
KINDS = ("incident", "daily_report")


# ---------------------------------------------------------------- the processes


def writer(url: str, n: int, writers: int, unit_ids: list[int], seconds: int, hello, go, out) -> None:  # noqa: ANN001, E501
    """One workstation: an incident and a daily report per second, each stamped at commit."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from xianghua_console.domain.clock import SystemClock
    from xianghua_console.services.context import Ctx
    from xianghua_console.services.daily_reports import record_situation
    from xianghua_console.services.incident_log import NewIncident, log_incident
    from xianghua_console.store.db import open_database

    commits: list[float] = []  # the moment each transaction committed, in this process
    event.listen(Session, "after_commit", lambda _session: commits.append(time.monotonic()))
    clock = SystemClock()
    db, _ = open_database(url, clock=clock, workstation_id=f"bench-writer-{n}")
    ctx = Ctx(db, clock, actor=f"值班员{n}")
    committed: list[tuple[str, int, float, float]] = []  # kind, id, committed at, took
    errors: list[str] = []
    try:
        hello.put(n)  # connected, imported, opened: ready to write
        go.wait()
        # Workstations are not in step: each writes at its own phase within the second.
        start = time.monotonic() + n / writers
        for i in range(seconds):
            tick = start + i
            pause = tick - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            try:
                now = clock.now()
                t0 = time.monotonic()
                row = log_incident(ctx, data=NewIncident(
                    occurred_at=now - timedelta(minutes=3), received_at=now,
                    unit_id=unit_ids[i], summary=f"工作站{n}第{i + 1}次接报：村民反映问题"))
                t1 = time.monotonic()
                committed.append(("incident", row.id, commits[-1], t1 - t0))
                report = record_situation(ctx, unit_id=unit_ids[i],
                                          content=f"工作站{n}第{i + 1}份日报：{row.number}")
                t2 = time.monotonic()
                committed.append(("daily_report", report.id, commits[-1], t2 - t1))
            except Exception as exc:  # noqa: BLE001 - counted and printed by the parent
                errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        db.dispose()
        out.put(("writer", n, committed, errors))


def listener(url: str, ready, done, expected, out) -> None:  # noqa: ANN001
    """The sixth workstation: hears every change, stamps each incident and report it names."""
    import threading

    from xianghua_console.store.listen import ChangeListener, ConnectionState

    heard: list[tuple[str, int, float]] = []
    count = [0]
    enough = threading.Event()

    def on_change(change) -> None:  # noqa: ANN001
        t = time.monotonic()
        for kind in KINDS:
            ids = change.ids(kind)
            if ids is None:
                heard.append((kind, -1, t))  # named without ids: counted as a loss below
                continue
            for entity_id in ids:
                heard.append((kind, int(entity_id), t))
                count[0] += 1
        if expected.value and count[0] >= expected.value:
            enough.set()

    def on_state(status) -> None:  # noqa: ANN001
        if status.state is ConnectionState.CONNECTED:
            ready.set()

    ears = ChangeListener(url, on_change=on_change, on_state=on_state,
                          ignore_workstation="bench-setup")
    ears.start()
    try:
        done.wait()
        if count[0] < expected.value:
            enough.wait(DRAIN_S)
    finally:
        ears.stop()
        out.put(("listener", 0, heard, []))


# ---------------------------------------------------------------- the run


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def prepare(url: str, writers: int, seconds: int) -> list[list[int]]:
    """A new database: the plan's defaults and one village per writer and second."""
    from xianghua_console.domain.clock import SystemClock, local_today
    from xianghua_console.domain.enums import UnitKind
    from xianghua_console.store.db import open_database
    from xianghua_console.store.models import Unit

    clock = SystemClock()
    db, _ = open_database(url, clock=clock, workstation_id="bench-setup")
    try:
        units: list[list[int]] = []
        with db.session() as s:
            for n in range(writers):
                row = []
                for i in range(seconds):
                    unit = Unit(name=f"工作站{n}·{i + 1}村", kind=UnitKind.VILLAGE,
                                expected_from=local_today(clock), sort_order=n * seconds + i)
                    s.add(unit)
                    s.flush()
                    row.append(unit.id)
                units.append(row)
        return units
    finally:
        db.dispose()


def verify(url: str, writers: int, seconds: int) -> list[str]:
    """What the database holds after the run: counts, numbering, chains."""
    from sqlalchemy import func, select

    from xianghua_console.domain.clock import SystemClock
    from xianghua_console.store.chains import broken_chains
    from xianghua_console.store.db import open_database
    from xianghua_console.store.models import DailyReport, Incident

    db, _ = open_database(url, clock=SystemClock())
    problems = []
    try:
        with db.read_session() as s:
            seqs = sorted(s.scalars(select(Incident.seq)))
            if seqs != list(range(1, writers * seconds + 1)):
                problems.append(f"incident numbers not 1…{writers * seconds} without gaps")
            reports = s.scalar(select(func.count()).select_from(DailyReport))
            if reports != writers * seconds:
                problems.append(f"{reports} daily reports in the database, not {writers * seconds}")
            problems += broken_chains(s)
    finally:
        db.dispose()
    return problems


def run(url: str, writers: int, seconds: int) -> int:
    units = prepare(url, writers, seconds)
    ctx = mp.get_context("spawn")  # real, separate processes, as on separate machines
    out = ctx.Queue()
    go, ready, done = ctx.Event(), ctx.Event(), ctx.Event()
    expected = ctx.Value("i", 0)
    ear = ctx.Process(target=listener, args=(url, ready, done, expected, out))
    ear.start()
    hello = ctx.Queue()
    procs = [ctx.Process(target=writer, args=(url, n, writers, units[n], seconds, hello, go, out))
             for n in range(writers)]
    for p in procs:
        p.start()
    if not ready.wait(60):
        print("the listener did not connect", file=sys.stderr)
        return 1
    for _ in procs:
        hello.get(timeout=60)
    wall0 = time.monotonic()
    go.set()
    results = [out.get() for _ in procs]
    wall = time.monotonic() - wall0
    for p in procs:
        p.join()
    expected.value = writers * seconds * len(KINDS)
    done.set()
    heard_result = out.get()
    ear.join()

    committed = [c for _, _, rows, _ in results for c in rows]
    errors = [e for _, _, _, errs in results for e in errs]
    heard = heard_result[2]
    counts = Counter((kind, entity_id) for kind, entity_id, _ in heard)
    first_heard = {}
    for kind, entity_id, t in heard:
        first_heard.setdefault((kind, entity_id), t)
    sent = {(kind, entity_id): t for kind, entity_id, t, _ in committed}
    lost = [key for key in sent if key not in first_heard]
    duplicated = [key for key, n in counts.items() if n > 1 and key[1] != -1]
    unnamed = counts.get(("incident", -1), 0) + counts.get(("daily_report", -1), 0)
    latencies = [first_heard[key] - t for key, t in sent.items() if key in first_heard]
    took = [d for *_, d in committed]
    problems = verify(url, writers, seconds)

    total = writers * seconds * len(KINDS)
    print(f"bench/workstations: {writers} writers × {seconds} s, 1 incident + 1 daily report "
          f"per second each, 1 listener; PostgreSQL, separate processes")
    print(f"  committed  {len(committed)} of {total} entries in {wall:.1f} s "
          f"({len(committed) / wall:.1f} writes/s), {len(errors)} errors")
    print(f"  heard      {len(sent) - len(lost)} of {len(sent)}: lost {len(lost)}, "
          f"duplicated {len(duplicated)}, named without ids {unnamed}")
    print(f"  database   {'ok: numbers gap-free, counts right, chains intact' if not problems else '; '.join(problems)}")
    print(f"  commit → listener callback: p50 {percentile(latencies, 0.5) * 1000:.1f} ms, "
          f"p95 {percentile(latencies, 0.95) * 1000:.1f} ms, max {max(latencies, default=0) * 1000:.1f} ms "
          f"(target p95 < {TARGET_P95_S * 1000:.0f} ms)")
    print(f"  one write (use case call, serialized by the write lock): "
          f"p50 {percentile(took, 0.5) * 1000:.1f} ms, p95 {percentile(took, 0.95) * 1000:.1f} ms, "
          f"mean {statistics.fmean(took) * 1000 if took else 0:.1f} ms")
    for e in errors[:5]:
        print(f"  error: {e}")
    ok = (not errors and not lost and not duplicated and not unnamed and not problems
          and len(committed) == total and percentile(latencies, 0.95) < TARGET_P95_S)
    print("  result: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long the writers write")
    parser.add_argument("--writers", type=int, default=5, help="how many writing processes")
    parser.add_argument("--db", metavar="URL",
                        help="an empty PostgreSQL database (default: a throwaway server)")
    args = parser.parse_args()
    if args.db:
        return run(args.db, args.writers, args.seconds)
    from pgserver import running_server

    with running_server() as server:
        url = server.create_database(f"bench_{uuid.uuid4().hex[:8]}")
        return run(url, args.writers, args.seconds)


if __name__ == "__main__":
    sys.exit(main())
