"""The fake clock's default moment, importable by test modules (conftest is not a module name
to import from: tests/ and tests/gui/ each have one)."""

from datetime import datetime

from xianghua_console.domain.clock import LOCAL_TZ

# A weekday of the 2027 Two Sessions, mid-morning in Xianghua.
DEFAULT_NOW = datetime(2027, 3, 5, 10, 0, tzinfo=LOCAL_TZ)
