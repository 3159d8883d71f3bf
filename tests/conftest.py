"""Shared fixtures: a real SQLite file in a temp folder and a fake clock (tests never sleep)."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

# Qt (where a test uses it) renders offscreen: no display needed, same pixels everywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from xianghua_console.domain.clock import LOCAL_TZ, FakeClock  # noqa: E402
from xianghua_console.services.context import Ctx  # noqa: E402
from xianghua_console.store.db import open_database  # noqa: E402

# A weekday of the 2027 Two Sessions, mid-morning in Xianghua.
DEFAULT_NOW = datetime(2027, 3, 5, 10, 0, tzinfo=LOCAL_TZ)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DEFAULT_NOW)


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'console.sqlite'}"


@pytest.fixture
def db(db_url, clock):
    database, _ = open_database(db_url, clock=clock)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db, clock) -> Ctx:
    return Ctx(db, clock, actor="测试员")
