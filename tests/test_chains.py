"""Hash chains: an entry changed, inserted or removed behind the console's back is detected."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from xianghua_console.cli import main
from xianghua_console.domain.chain import ChainLink, entry_hash, first_break
from xianghua_console.domain.enums import UnitKind
from xianghua_console.domain.lifecycle import Step
from xianghua_console.services.incident_log import NewIncident, log_incident, take_step
from xianghua_console.store.chains import broken_chains
from xianghua_console.store.models import Unit

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


def test_first_break_names_the_first_bad_link():
    a = entry_hash("", {"x": 1})
    b = entry_hash(a, {"x": 2})
    good = [ChainLink("1", "", a, {"x": 1}), ChainLink("2", a, b, {"x": 2})]
    assert first_break(good) is None
    assert first_break([good[0], ChainLink("2", a, b, {"x": 3})]) == "2"
    assert first_break([good[1]]) == "2"  # the first one removed


@pytest.fixture
def logged(ctx, clock):
    with ctx.db.session() as s:
        unit = Unit(name="东岗村", kind=UnitKind.VILLAGE)
        s.add(unit)
        s.flush()
        unit_id = unit.id
    row = log_incident(ctx, data=NewIncident(
        occurred_at=clock.now() - timedelta(minutes=3), received_at=clock.now(),
        unit_id=unit_id, summary="反映问题"))
    for step in (Step.VERIFY, Step.LAUNCH):
        clock.advance(minutes=5)
        take_step(ctx, incident_id=row.id, step=step)
    return row


def run_check(capsys, db_url, clock):
    rc = main(["check", "--db", db_url], clock=clock, environ={})
    return rc, capsys.readouterr()


def test_sound_chains_pass_check(logged, ctx, capsys, db_url, clock):
    with ctx.db.read_session() as s:
        assert broken_chains(s) == []
    rc, out = run_check(capsys, db_url, clock)
    assert rc == 0 and "哈希链：完好" in out.out


@pytest.mark.parametrize(
    ("sql", "names"),
    [
        ("UPDATE timeline_entry SET text = '无事' WHERE seq = 2", "第 2 条时间线记录"),
        ("DELETE FROM timeline_entry WHERE seq = 2", "第 3 条时间线记录"),
        ("UPDATE audit_entry SET actor = '别人' WHERE id = 2", "审计日志第 2 条"),
        ("DELETE FROM audit_entry WHERE id = 1", "审计日志第 2 条"),
    ],
)
def test_an_edit_with_the_sqlite3_module_is_detected(logged, ctx, capsys, db_url, clock,
                                                     tmp_path, sql, names):
    ctx.db.dispose()
    con = sqlite3.connect(tmp_path / "console.sqlite")
    con.execute(sql)
    con.commit()
    con.close()
    rc, out = run_check(capsys, db_url, clock)
    assert rc == 1
    assert names in out.err and "哈希链断了" in out.err
