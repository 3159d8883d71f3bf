"""Change notifications: each committed write names what it changed, on the real server.

The listener runs on one Database (one workstation), the writes on another, both against the
throwaway PostgreSQL server; waits are on an Event that the real notification sets.
"""

from __future__ import annotations

import queue
import uuid
from datetime import timedelta

import pytest

from xianghua_console.domain.enums import UnitKind
from xianghua_console.services.assignment import record_instruction
from xianghua_console.services.context import Ctx
from xianghua_console.services.incident_log import NewIncident, log_incident
from xianghua_console.store.changes import Change, merge_changes
from xianghua_console.store.db import open_database
from xianghua_console.store.listen import ConnectionState, listener_for
from xianghua_console.store.models import Unit

WAIT_S = 10.0  # generous: a notification normally arrives within milliseconds


# ---------------------------------------------------------------- the payload


def test_a_payload_names_kinds_and_ids_and_round_trips():
    change = Change("值班室:42:ab", {"incident": frozenset({3, 1}), "day_closure": frozenset({
        "2027-03-05"}), "setting": None})
    payload = change.to_payload()
    assert payload.startswith('{"v":1,"ws":"值班室:42:ab"')
    assert Change.from_payload(payload) == change
    assert change.ids("incident") == {1, 3} and change.ids("unit") == frozenset()
    assert change.ids("setting") is None and change.kinds == {"incident", "day_closure", "setting"}


def test_a_payload_too_long_for_notify_names_the_kind_without_ids():
    change = Change("ws", {"duty_assignment": frozenset(range(5000)),
                           "audit_entry": frozenset({7})})
    payload = change.to_payload()
    assert len(payload.encode()) < 8000  # PostgreSQL refuses 8000 bytes and more
    back = Change.from_payload(payload)
    assert back.ids("duty_assignment") is None  # "reload all of them"
    assert back.ids("audit_entry") == {7}  # the short list keeps its ids


def test_foreign_payloads_are_refused():
    for text in ("hello", "[1]", '{"v":99}'):
        with pytest.raises(ValueError):
            Change.from_payload(text)


def test_merging_changes_unions_ids_and_none_absorbs():
    merged = merge_changes([
        Change("a", {"incident": frozenset({1}), "unit": frozenset({2})}),
        Change("b", {"incident": frozenset({5}), "unit": None}),
        Change("c", {"unit": frozenset({9})}),
    ])
    assert merged == {"incident": frozenset({1, 5}), "unit": None}


# ---------------------------------------------------------------- SQLite: nothing to notify


@pytest.mark.sqlite_only
def test_sqlite_writes_send_nothing(db):
    assert db.backend == "sqlite"
    with db.session() as s:  # the notification hooks are not installed: a plain commit
        s.add(Unit(name="东岗村", kind=UnitKind.VILLAGE))
        s.flush()
        assert "xianghua_changes" not in s.info  # on PostgreSQL the flush would have noted it


# ---------------------------------------------------------------- the real server


@pytest.fixture
def two_workstations(pg_server, clock):
    """Two consoles on one new database: (listening one, writing one)."""
    url = pg_server.create_database(f"t_{uuid.uuid4().hex[:16]}")
    first, _ = open_database(url, clock=clock, workstation_id="值班室")
    second, _ = open_database(url, clock=clock, workstation_id="主任室")
    yield first, second
    second.dispose()
    first.dispose()


@pytest.fixture
def heard(two_workstations):
    """The changes the first workstation hears, as a queue (get with a timeout)."""
    first, _ = two_workstations
    changes: queue.Queue[Change] = queue.Queue()
    connected = queue.Queue()
    listener = listener_for(
        first,
        on_change=changes.put,
        on_state=lambda s: s.state is ConnectionState.CONNECTED and connected.put(s),
    )
    listener.start()
    connected.get(timeout=WAIT_S)  # LISTEN is in place: nothing committed from now is missed
    yield changes
    listener.stop()


def _unit(db) -> int:
    with db.session() as s:
        unit = Unit(name="东岗村", kind=UnitKind.VILLAGE, expected_from=None)
        s.add(unit)
        s.flush()
        return unit.id


def test_another_workstations_incident_arrives_with_its_ids(two_workstations, heard, clock):
    _, second = two_workstations
    unit_id = _unit(second)
    assert heard.get(timeout=WAIT_S).ids("unit") == {unit_id}
    row = log_incident(Ctx(second, clock, actor="乙"), data=NewIncident(
        occurred_at=clock.now() - timedelta(minutes=3), received_at=clock.now(),
        unit_id=unit_id, summary="村民反映征地补偿问题"))
    change = heard.get(timeout=WAIT_S)
    assert change.workstation == "主任室"
    assert change.ids("incident") == {row.id}
    assert len(change.ids("timeline_entry")) == 1 and len(change.ids("audit_entry")) == 1
    assert heard.empty()  # one write, one notification


def test_own_writes_are_not_heard(two_workstations, heard, clock):
    first, second = two_workstations
    _unit(first)  # the listening workstation's own write: filtered out
    unit_id = _unit_named(second, "西岭村")
    # Notifications come in commit order: had the first been heard, it would come first.
    assert heard.get(timeout=WAIT_S).ids("unit") == {unit_id}
    assert heard.empty()


def test_a_rolled_back_write_sends_nothing(two_workstations, heard, clock):
    _, second = two_workstations
    with pytest.raises(RuntimeError), second.session() as s:
        s.add(Unit(name="作废村", kind=UnitKind.VILLAGE))
        s.flush()
        raise RuntimeError("the officer cancelled")
    unit_id = _unit_named(second, "南湾村")
    assert heard.get(timeout=WAIT_S).ids("unit") == {unit_id}


def test_a_timeline_entry_names_its_incident(two_workstations, heard, clock):
    """An instruction changes no column of the incident, yet the incident's views must know."""
    _, second = two_workstations
    unit_id = _unit(second)
    heard.get(timeout=WAIT_S)
    ctx = Ctx(second, clock, actor="乙")
    row = log_incident(ctx, data=NewIncident(
        occurred_at=clock.now() - timedelta(minutes=3), received_at=clock.now(),
        unit_id=unit_id, summary="村民反映征地补偿问题"))
    heard.get(timeout=WAIT_S)
    record_instruction(ctx, incident_id=row.id, text="做好政策解释")
    change = heard.get(timeout=WAIT_S)
    assert change.ids("incident") == {row.id} and len(change.ids("timeline_entry")) == 1


def _unit_named(db, name: str) -> int:
    with db.session() as s:
        unit = Unit(name=name, kind=UnitKind.VILLAGE)
        s.add(unit)
        s.flush()
        return unit.id
