"""Accounts for tests that drive the command line: a director and the environment to act as it."""

from __future__ import annotations

from xianghua_console.domain.clock import FakeClock
from xianghua_console.services.accounts import create_first_director
from xianghua_console.services.context import Ctx
from xianghua_console.store.db import Database

DIRECTOR = {"XIANGHUA_USER": "zhuren", "XIANGHUA_PASSWORD": "zhuren123"}


def add_director(db: Database, clock: FakeClock) -> dict[str, str]:
    """Create the first (director) account of ``db``; returns the environment to act as it."""
    create_first_director(Ctx(db, clock, actor="首次设置"), username=DIRECTOR["XIANGHUA_USER"],
                          password=DIRECTOR["XIANGHUA_PASSWORD"])
    return dict(DIRECTOR)
