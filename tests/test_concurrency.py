"""Several workstations writing at once: numbers unique and gap-free, chains linear."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import select

from xianghua_console.domain.enums import UnitKind
from xianghua_console.services.context import Ctx
from xianghua_console.services.incident_log import NewIncident, log_incident
from xianghua_console.store.chains import broken_chains
from xianghua_console.store.db import open_database
from xianghua_console.store.models import Incident, Unit

WORKSTATIONS, EACH = 4, 8


def test_concurrent_logging_from_several_workstations(db, db_url, clock):
    with db.session() as s:
        unit = Unit(name="东岗村", kind=UnitKind.VILLAGE)
        s.add(unit)
        s.flush()
        unit_id = unit.id
    errors: list[BaseException] = []
    start = threading.Barrier(WORKSTATIONS)

    def workstation(n: int) -> None:
        own, _ = open_database(db_url, clock=clock)  # its own engine, as another process has
        try:
            ctx = Ctx(own, clock, actor=f"值班员{n}")
            start.wait()
            for _ in range(EACH):
                log_incident(ctx, data=NewIncident(
                    occurred_at=clock.now() - timedelta(minutes=2), received_at=clock.now(),
                    unit_id=unit_id, summary=f"工作站{n}接报"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(WORKSTATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    with db.read_session() as s:
        seqs = sorted(s.scalars(select(Incident.seq)))
        assert seqs == list(range(1, WORKSTATIONS * EACH + 1))  # unique and gap-free
        assert broken_chains(s) == []  # the audit chain stayed one line
