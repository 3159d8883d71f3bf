"""The writer that tests/test_faults.py kills with SIGKILL: a stream of incidents and reports.

``python kill_child.py URL ISO_TIME``: acts at ISO_TIME (a fake clock that moves a minute per
write), first a zero report of every unit expected that day, interleaved with incidents,
then incidents and their verification until it is killed. Each id is printed (and flushed)
only after its transaction committed: a printed id must survive the kill.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

from xianghua_console.domain.clock import FakeClock, local_today
from xianghua_console.domain.lifecycle import Step
from xianghua_console.services.context import Ctx
from xianghua_console.services.daily import expected_units
from xianghua_console.services.daily_reports import record_zero_report
from xianghua_console.services.incident_log import NewIncident, log_incident, take_step
from xianghua_console.store.db import open_database
from xianghua_console.store.models import Unit


def main() -> None:
    url, start = sys.argv[1], datetime.fromisoformat(sys.argv[2])
    clock = FakeClock(start)
    db, _ = open_database(url, clock=clock)
    ctx = Ctx(db, clock, actor="写入进程")
    with db.read_session() as session:
        from xianghua_console.services.context import load_settings

        units = [u.id for u in expected_units(session, local_today(clock), load_settings(session))]
        some_unit = session.query(Unit.id).order_by(Unit.id).first()[0]
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        clock.advance(minutes=1)
        if units:
            report = record_zero_report(ctx, unit_id=units.pop())
            print(f"D {report.id}", flush=True)
        now = clock.now()
        row = log_incident(ctx, data=NewIncident(
            occurred_at=now - timedelta(minutes=10), received_at=now - timedelta(minutes=2),
            unit_id=some_unit, summary=f"第 {n} 起：群众反映问题", people_count=n % 7))
        print(f"I {row.id}", flush=True)
        if n % 2 == 0:
            take_step(ctx, incident_id=row.id, step=Step.VERIFY)
            print(f"V {row.id}", flush=True)


if __name__ == "__main__":
    main()
