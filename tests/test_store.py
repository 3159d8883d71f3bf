"""The store: schema from migrations, connection settings, UTC datetimes, upgrade safety."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, String, Table, inspect, select, text

from xianghua_console.domain.enums import BodyKind, UnitKind
from xianghua_console.services.context import load_settings
from xianghua_console.store import db as store_db
from xianghua_console.store.db import DatabaseError, SchemaState, open_database, resolve_url
from xianghua_console.store.migrations import HEAD_REVISION, KNOWN_REVISIONS
from xianghua_console.store.migrations.runner import MIGRATIONS_DIR, alembic_config
from xianghua_console.store.models import AuditEntry, Base, Category, CommandBody, Staff, Unit


def test_known_revisions_match_the_revision_files():
    script = ScriptDirectory.from_config(alembic_config())
    in_files = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert list(KNOWN_REVISIONS) == in_files
    assert script.get_current_head() == HEAD_REVISION


def test_upgrade_head_on_empty_database_yields_exactly_the_models_schema(db):
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    assert db.schema_state() == (SchemaState.CURRENT, HEAD_REVISION)
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) | {"alembic_version"} == tables


@pytest.mark.sqlite_only
def test_every_connection_has_wal_foreign_keys_and_busy_timeout(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == store_db.BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="(?i)foreign key"), db.session() as s:
        s.add(Staff(name="x", unit_id=9999))


def test_datetimes_come_back_aware_utc_and_naive_ones_are_refused(db, clock):
    shanghai = timezone(timedelta(hours=8))
    when = datetime(2027, 3, 5, 16, 30, tzinfo=shanghai)
    with db.session() as s:
        s.add(AuditEntry(at=when, action="t", entity="x"))
    with db.read_session() as s:
        got = s.scalar(select(AuditEntry.at).where(AuditEntry.action == "t"))
    assert got == when and got.tzinfo is UTC and got.hour == 8
    with pytest.raises(Exception, match="naive"), db.session() as s:
        s.add(AuditEntry(at=datetime(2027, 3, 5, 8, 30), action="naive", entity="x"))  # noqa: DTZ001
    with db.read_session() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "naive")) is None


def test_new_database_is_filled_from_the_plan_defaults(db):
    with db.read_session() as s:
        kinds = [b.kind for b in s.scalars(select(CommandBody))]
        assert kinds.count(BodyKind.HQ) == 1
        assert kinds.count(BodyKind.OFFICE) == 1
        assert kinds.count(BodyKind.WORKING_GROUP) == 4
        assert kinds.count(BodyKind.SUBCOMMAND) == 5
        office = s.scalar(select(CommandBody).where(CommandBody.code == "hq_office"))
        assert office.seat.name == "信访办"
        settings = load_settings(s)
        assert (settings.report_minutes, settings.escalate_minutes) == (15, 15)
        assert settings.special_report_days == 7 and settings.daily_cutoff.strftime("%H:%M") == "16:30"
        land = s.scalar(select(Category).where(Category.code == "land"))
        assert land.subcommand.seat.name == "国土所"
        # posts, not the people named in the plan
        assert all(b.head_staff_id is None for b in s.scalars(select(CommandBody)))
        names = " ".join(b.head_post for b in s.scalars(select(CommandBody)))
        assert "马飞" not in names and "镇党委书记" in names
        assert s.scalar(select(Unit).where(Unit.name == "派出所")).kind is UnitKind.TOWN_UNIT


def test_reopening_a_current_database_changes_nothing(db_url, clock, db):
    again, report = open_database(db_url, clock=clock)
    try:
        assert not report.created and report.upgraded_from is None
        with again.read_session() as s:
            assert len(s.scalars(select(CommandBody)).all()) == 11
    finally:
        again.dispose()


def test_a_bare_path_means_sqlite(tmp_path):
    assert resolve_url(str(tmp_path / "a.sqlite"), {}) == f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert resolve_url(None, {"XIANGHUA_DB": "sqlite:///x.db"}) == "sqlite:///x.db"
    assert resolve_url("sqlite:///y.db", {"XIANGHUA_DB": "sqlite:///x.db"}) == "sqlite:///y.db"


def test_not_a_database_is_refused_with_a_message(tmp_path, clock):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(DatabaseError, match="不是 SQLite 数据库文件"):
        open_database(f"sqlite:///{bogus}", clock=clock)
    assert bogus.read_text(encoding="utf-8") == "这不是数据库"


def test_newer_schema_is_refused_and_left_alone(db_url, db, clock):
    with db.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseError, match="比本程序"):
        open_database(db_url, clock=clock)
    with db.read_session() as s:
        assert s.scalar(text("SELECT version_num FROM alembic_version")) == "9999"


def test_foreign_tables_are_refused(tmp_path, clock):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="不是值班台的数据库"):
        open_database(f"sqlite:///{path}", clock=clock)


def test_an_older_file_is_copied_aside_before_it_is_upgraded(tmp_path, clock, monkeypatch):
    """Add a real next revision in a copy of the migrations and upgrade a head file to it."""
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    old, _ = open_database(url, clock=clock)
    with old.session() as s:
        s.add(Unit(name="东岗村", kind=UnitKind.VILLAGE))
    old.dispose()

    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations)
    # Numbered after every real revision, so the test keeps working as revisions are added.
    (migrations / "versions" / "9000_note.py").write_text(
        '"""test revision"""\n'
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '9000'\ndown_revision = '{HEAD_REVISION}'\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('unit') as b:\n"
        "        b.add_column(sa.Column('note', sa.String(20), nullable=True))\n"
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )
    from xianghua_console.store.migrations import runner

    monkeypatch.setattr(runner, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(store_db, "HEAD_REVISION", "9000")
    monkeypatch.setattr(store_db, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, "9000"))

    upgraded, report = open_database(url, clock=clock)
    try:
        assert report.upgraded_from == HEAD_REVISION
        assert report.backup_path is not None and report.backup_path.exists()
        cols = {c["name"] for c in inspect(upgraded.engine).get_columns("unit")}
        assert "note" in cols
        with upgraded.read_session() as s:
            assert s.scalar(select(Unit.name).where(Unit.name == "东岗村")) == "东岗村"
    finally:
        upgraded.dispose()
    copy = sqlite3.connect(report.backup_path)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
        assert copy.execute("SELECT name FROM unit WHERE name='东岗村'").fetchone() == ("东岗村",)
    finally:
        copy.close()


def test_metadata_naming_convention_names_constraints(db):
    fks = inspect(db.engine).get_foreign_keys("staff")
    assert fks[0]["name"] == "fk_staff_unit_id_unit"
    md = MetaData(naming_convention=Base.metadata.naming_convention)
    t = Table("x", md, Column("id", Integer, primary_key=True), Column("a", String, unique=True))
    assert {c.name for c in t.constraints} >= {"pk_x"}
