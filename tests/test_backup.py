"""Backups with the online API, daily rotation, and a restore that checks before it replaces."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import select

from xianghua_console.domain.enums import UnitKind
from xianghua_console.services.backup import automatic_backup, backup_to, restore_from
from xianghua_console.services.context import Refused
from xianghua_console.store.db import open_database
from xianghua_console.store.models import Unit

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


def add_unit(db, name):
    with db.session() as s:
        s.add(Unit(name=name, kind=UnitKind.VILLAGE))


def unit_names(db):
    with db.read_session() as s:
        return set(s.scalars(select(Unit.name).where(Unit.kind == UnitKind.VILLAGE)))


def test_backup_is_a_consistent_copy_and_never_overwrites(db, tmp_path):
    add_unit(db, "东岗村")
    out = backup_to(db, out=tmp_path / "b.sqlite")
    con = sqlite3.connect(out)
    assert con.execute("SELECT name FROM unit WHERE kind='village'").fetchall() == [("东岗村",)]
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    with pytest.raises(Refused, match="不会覆盖"):
        backup_to(db, out=out)
    with pytest.raises(Refused, match="文件夹不存在"):
        backup_to(db, out=tmp_path / "nowhere" / "b.sqlite")


def test_automatic_backup_once_a_day_kept_in_rotation(db, clock):
    made = [automatic_backup(db, clock=clock, keep=3)]
    assert made[0] is not None and made[0].name == "auto-20270305.sqlite"
    assert automatic_backup(db, clock=clock, keep=3) is None  # the second start of the day
    for _ in range(4):
        clock.advance(timedelta(days=1))
        made.append(automatic_backup(db, clock=clock, keep=3))
    kept = sorted(p.name for p in made[0].parent.iterdir())
    assert kept == ["auto-20270307.sqlite", "auto-20270308.sqlite", "auto-20270309.sqlite"]


def test_restore_checks_first_and_keeps_the_current_database(db, db_url, clock, tmp_path):
    add_unit(db, "东岗村")
    good = backup_to(db, out=tmp_path / "good.sqlite")
    add_unit(db, "桃园村")
    db.dispose()
    result = restore_from(db_url, source=good, clock=clock)
    again, _ = open_database(db_url, clock=clock)
    try:
        assert unit_names(again) == {"东岗村"}
    finally:
        again.dispose()
    kept = sqlite3.connect(result.previous_copy)
    assert {r[0] for r in kept.execute("SELECT name FROM unit WHERE kind='village'")} == {
        "东岗村", "桃园村"}
    kept.close()


def test_a_bad_backup_is_refused_and_nothing_changes(db, db_url, clock, tmp_path):
    add_unit(db, "东岗村")
    tampered = backup_to(db, out=tmp_path / "t.sqlite")
    con = sqlite3.connect(tampered)
    con.execute("UPDATE audit_entry SET actor = 'x' WHERE id = 1")
    con.commit()
    con.close()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database")
    db.dispose()
    for source, reason in ((tampered, "哈希链"), (junk, "不是 SQLite"),
                           (tmp_path / "none.sqlite", "不存在")):
        with pytest.raises(Refused, match=reason):
            restore_from(db_url, source=source, clock=clock)
    again, _ = open_database(db_url, clock=clock)
    try:
        assert unit_names(again) == {"东岗村"}
    finally:
        again.dispose()
    assert not list(tmp_path.glob("*before-restore*"))


def test_postgres_urls_are_pointed_at_pg_dump(clock):
    with pytest.raises(Refused, match="pg_dump"):
        restore_from("postgresql+psycopg://u@localhost/x", source=__file__, clock=clock)


def test_backup_and_restore_from_the_command_line(db, db_url, clock, tmp_path, capsys):
    from xianghua_console.cli import main

    add_unit(db, "东岗村")
    out = tmp_path / "cli.sqlite"
    assert main(["backup", "--db", db_url, "--out", str(out)], clock=clock, environ={}) == 0
    assert main(["backup", "--db", db_url, "--out", str(out)], clock=clock, environ={}) == 1
    assert "不会覆盖" in capsys.readouterr().err
    add_unit(db, "桃园村")
    db.dispose()
    assert main(["restore", str(out), "--db", db_url], clock=clock, environ={}) == 0
    assert "原数据库已另存为" in capsys.readouterr().out
    again, _ = open_database(db_url, clock=clock)
    try:
        assert unit_names(again) == {"东岗村"}
    finally:
        again.dispose()
