"""migrate-db: every record of a SQLite database into an empty PostgreSQL database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from xianghua_console.cli import main
from xianghua_console.services.context import Ctx
from xianghua_console.services.incident_log import NewIncident, log_incident
from xianghua_console.services.incidents import list_open_incidents
from xianghua_console.store.chains import broken_chains
from xianghua_console.store.db import open_database
from xianghua_console.store.models import AuditEntry, Incident, TimelineEntry, Unit


@pytest.fixture
def pg_url(pg_server):
    import uuid

    return pg_server.create_database(f"m_{uuid.uuid4().hex[:12]}")


def counts(db):
    with db.read_session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Unit, Incident, TimelineEntry, AuditEntry)}


def test_demo_database_moves_to_postgres_and_keeps_working(demo_url, pg_url, clock, capsys):
    rc = main(["migrate-db", "--from", demo_url, "--to", pg_url], clock=clock, environ={})
    out = capsys.readouterr()
    assert rc == 0, out.err
    assert "核对无误" in out.out
    src, _ = open_database(demo_url, clock=clock)
    dst, _ = open_database(pg_url, clock=clock)
    try:
        assert counts(src) == counts(dst)
        with dst.read_session() as s:
            assert broken_chains(s) == []
        before = [r.number for r in list_open_incidents(Ctx(src, clock))]
        assert [r.number for r in list_open_incidents(Ctx(dst, clock))] == before
        with dst.read_session() as s:
            unit_id = s.scalar(select(Unit.id).limit(1))
        row = log_incident(Ctx(dst, clock, actor="值班员"), data=NewIncident(
            occurred_at=clock.now() - timedelta(minutes=1), received_at=clock.now(),
            unit_id=unit_id, summary="迁移后新接报"))  # ids continue past the copied ones
        assert row.id > max(
            r.id for r in list_open_incidents(Ctx(src, clock)))
    finally:
        src.dispose()
        dst.dispose()
    rc = main(["migrate-db", "--from", demo_url, "--to", pg_url], clock=clock, environ={})
    assert rc == 1 and "不是空的" in capsys.readouterr().err
