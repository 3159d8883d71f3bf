"""Shared fixtures: a real SQLite file in a temp folder and a fake clock (tests never sleep)."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests/pgserver.py, shared helpers

# Qt (where a test uses it) renders offscreen: no display needed, same pixels everywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from test_time import DEFAULT_NOW  # noqa: E402

from xianghua_console.domain.clock import FakeClock  # noqa: E402
from xianghua_console.services.context import Ctx  # noqa: E402
from xianghua_console.store.db import open_database  # noqa: E402


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DEFAULT_NOW)


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """argon2 with tiny parameters: the tests check the logic, not the cost (0.4 s a hash)."""
    from argon2 import PasswordHasher

    from xianghua_console.services import accounts

    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                           parallelism=1))


@pytest.fixture(autouse=True)
def no_translators_left():
    """A test that installs a language (a screenshot's, the English console) leaves none
    behind: the next test sees the code's own strings and Qt's, whatever ran before."""
    yield
    i18n = sys.modules.get("xianghua_console.gui.i18n")  # never imports Qt itself
    if i18n is not None and i18n.installed():
        i18n.uninstall_translators()


@pytest.fixture
def director_env(db, clock) -> dict[str, str]:
    """``db`` with a director account, and the CLI environment that logs in as it."""
    from account_helpers import add_director

    return add_director(db, clock)


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only: the test is about the SQLite file itself (pragmas, sqlite3 edits)"
    )


def pytest_generate_tests(metafunc):
    """The service-level suite runs on SQLite and on a real PostgreSQL server.

    GUI tests stay on SQLite (the GUI does not depend on the backend), and so do tests that
    are about the SQLite file itself (marked ``sqlite_only``).
    """
    if "backend" not in metafunc.fixturenames:
        return
    in_gui = "tests/gui/" in str(metafunc.definition.path).replace(os.sep, "/")
    only_sqlite = in_gui or metafunc.definition.get_closest_marker("sqlite_only") is not None
    metafunc.parametrize("backend", ["sqlite"] if only_sqlite else list(BACKENDS), indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole run (initdb + pg_ctl in a temp folder)."""
    from pgserver import find_bindir, running_server

    if find_bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: install Debian's postgresql package")
        pytest.skip("PostgreSQL server binaries are not installed (apt-get install postgresql)")
    with running_server() as server:
        yield server


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_url(backend, tmp_path, request) -> str:
    """A new empty database: a SQLite file in tmp_path, or a database on the test server."""
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        return server.create_database(f"t_{uuid.uuid4().hex[:16]}")
    return f"sqlite:///{tmp_path / 'console.sqlite'}"


@pytest.fixture
def db(db_url, clock):
    database, _ = open_database(db_url, clock=clock)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db, clock) -> Ctx:
    return Ctx(db, clock, actor="测试员")


# ---------------------------------------------------------------- the demo office, for reports


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A demo database made once per run at DEFAULT_NOW; tests work on copies of it."""
    from xianghua_console.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    clock = FakeClock(DEFAULT_NOW)
    database, _ = open_database(f"sqlite:///{path}", clock=clock)
    try:
        create_demo(Ctx(database, clock, actor="演示数据"))
        with database.engine.connect() as conn:  # fold the WAL into the file before copying
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    return path


@pytest.fixture
def demo_url(demo_template, tmp_path) -> str:
    """A fresh copy of the demo database for one test."""
    import shutil

    target = tmp_path / "demo-copy.sqlite"
    shutil.copyfile(demo_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def demo_ctx(demo_url, clock):
    """The demo office at DEFAULT_NOW (Friday 10:00 of the Two Sessions), as 测试员."""
    database, _ = open_database(demo_url, clock=clock)
    yield Ctx(database, clock, actor="测试员")
    database.dispose()
