"""The first window paints before SQLAlchemy is imported (bench/startup measures how soon).

Each start runs in a fresh interpreter, as the officer's does: the check is what that process
has imported at the moment of the first paint, and that the window then fills in from the
database as usual.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from xianghua_console.domain.clock import SystemClock
from xianghua_console.services import startup
from xianghua_console.services.accounts import create_first_director
from xianghua_console.services.context import Ctx
from xianghua_console.store import models
from xianghua_console.store.db import (
    Database,
    SchemaState,
    open_database,
    sqlite_schema_state,
)

MAIN_WINDOW = textwrap.dedent("""
    import json, sys
    from xianghua_console.domain.clock import SystemClock
    from xianghua_console.services.context import Ctx
    from xianghua_console.store.db import open_database
    clock = SystemClock()
    db, report = open_database(sys.argv[1], clock=clock)
    from PySide6.QtWidgets import QApplication
    from xianghua_console.gui.app import run_console
    seen = {}

    def first_paint():
        seen["at_paint"] = sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy")[:3]
        window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
        def loaded():
            seen["loaded"] = "sqlalchemy.orm" in sys.modules
            seen["status_read"] = window.snapshot is not None
            seen["views"] = len(window.views)
            print(json.dumps(seen), flush=True)
            QApplication.quit()
        window.sig_reloaded.connect(loaded)

    run_console(Ctx(db, clock), open_report=report, first_paint=first_paint)
""")

LOGIN = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTimer
    from xianghua_console import cli
    from xianghua_console.gui import login
    seen = {}

    def paint(self, event, _paint=login.LoginDialog.paintEvent):
        _paint(self, event)
        if "at_paint" not in seen:
            seen["at_paint"] = sorted(m for m in sys.modules if m.startswith("sqlalchemy"))[:3]
            seen["first"] = self.first
            self.username.setText("zhuren")
            self.password.setText("zhuren123")
            QTimer.singleShot(0, self.submit)

    def run_console(ctx, **kwargs):
        seen["logged_in"] = [ctx.username, str(ctx.role)]
        print(json.dumps(seen), flush=True)
        return 0

    login.LoginDialog.paintEvent = paint
    import xianghua_console.gui.app as app
    app.run_console = run_console
    raise SystemExit(cli.main(["--db", sys.argv[1]]))
""")


def run_child(code: str, url: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, url], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    db, _ = open_database(url, clock=SystemClock())
    try:
        create_first_director(Ctx(db, SystemClock(), actor="首次设置"), username="zhuren",
                              password="zhuren123")
    finally:
        db.dispose()
    return url


def test_the_main_window_paints_before_sqlalchemy_and_then_loads(office_file):
    seen = run_child(MAIN_WINDOW, office_file)
    assert seen["at_paint"] == [], f"imported before the first paint: {seen['at_paint']}"
    assert seen["loaded"] is True and seen["status_read"] is True  # read after the paint
    assert seen["views"] >= 5


def test_the_login_dialog_paints_before_sqlalchemy_and_logs_in(office_file):
    seen = run_child(LOGIN, office_file)
    assert seen["at_paint"] == [], f"imported before the first paint: {seen['at_paint']}"
    assert seen["first"] is False
    assert seen["logged_in"] == ["zhuren", "director"]  # authenticated, after the warm-up


def test_the_quick_schema_check_agrees_with_sqlalchemys(tmp_path: Path):
    """sqlite3 and the engine tell every state of a file alike (the fast path trusts it)."""
    import sqlite3

    cases: dict[str, SchemaState] = {}
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.execute("DROP TABLE t")
    cases["empty"] = SchemaState.EMPTY
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE other (x)")
    cases["foreign"] = SchemaState.FOREIGN
    current = tmp_path / "current.sqlite"
    open_database(f"sqlite:///{current}", clock=SystemClock())[0].dispose()
    cases["current"] = SchemaState.CURRENT
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(current.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    cases["newer"] = SchemaState.NEWER
    older = tmp_path / "older.sqlite"
    older.write_bytes(current.read_bytes())
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    cases["older"] = SchemaState.OUTDATED
    for name, expected in cases.items():
        url = f"sqlite:///{tmp_path / f'{name}.sqlite'}"
        quick = sqlite_schema_state(url, tmp_path / f"{name}.sqlite")
        db = Database(url)
        try:
            assert quick == db.schema_state(), name
        finally:
            db.dispose()
        assert quick[0] is expected, name


def test_the_start_up_facts_read_the_models_tables(db, clock):
    """services.startup asks with plain SQL: its table names are the models'."""
    assert startup.ACCOUNT_TABLE == models.User.__tablename__
    assert startup.SETTING_TABLE == models.Setting.__tablename__
    assert startup.has_accounts(db) is False
    create_first_director(Ctx(db, clock, actor="首次设置"), username="zhuren",
                          password="zhuren123")
    assert startup.has_accounts(db) is True
    assert startup.stored_setting(db, "language") == "zh_CN"  # the default, as load_settings
    assert startup.stored_setting(db, "backup_keep") == 30


def test_peek_without_an_engine_leaves_it_unmade(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    open_database(url, clock=SystemClock())[0].dispose()
    db, report = open_database(url, clock=SystemClock())
    try:
        assert db._engine is None and not report.created  # a current file: nothing made yet
        assert startup.has_accounts(db) is False and db._engine is None
        with db.read_session() as session:  # the engine comes with the first session
            assert session.get(models.User, 1) is None
        assert db._engine is not None and startup.has_accounts(db) is False
    finally:
        db.dispose()
