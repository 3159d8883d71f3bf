"""Core modules the window uses but imports on first use, so that it paints first.

Importing SQLAlchemy and mapping the models takes about 300 ms, longer than the rest of the
start-up together (``bench/startup``). The modules on the way to the first paint name the core
modules they call through :func:`deferred`::

    if TYPE_CHECKING:
        from xianghua_console.services import status
    else:
        status = deferred("xianghua_console.services.status")

and call ``status.status_snapshot`` as before. Right after the first paint the console imports
them all at once on the GUI thread (:func:`load_all`), before the first call through the door,
so the worker thread never races the GUI thread through a half-imported module.
``tests/gui/test_startup_imports.py`` checks that SQLAlchemy is not imported before the paint.
"""

from __future__ import annotations

import importlib
import logging
import threading
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

_names: list[str] = []

#: What logging in and the window's first load use, imported while the login dialog waits.
FIRST_LOAD = (
    "xianghua_console.services.accounts",
    "xianghua_console.services.status",
    "xianghua_console.services.incidents",
    "xianghua_console.services.incident_log",
    "xianghua_console.services.directory_lookup",
    "xianghua_console.services.alert_poll",
    "xianghua_console.services.alerts",
)


class Deferred:
    """Stands for a module until an attribute is asked for; then imports it and answers."""

    __slots__ = ("_name", "_module")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        # Only names that are not slots come here; the module is looked up once (a sort key
        # such as incidents.urgency_key is asked for once per row).
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<deferred module {self._name}>"


def deferred(name: str) -> Any:
    """A stand-in for the module ``name``, imported when it is first used."""
    if name not in _names:
        _names.append(name)
    return Deferred(name)


def load_all() -> list[ModuleType]:
    """Import every deferred module now (after the first paint); returns them."""
    return [importlib.import_module(name) for name in list(_names)]


class WarmUp:
    """Imports the core and makes the engine on a thread while a dialog waits for typing.

    The login dialog paints before SQLAlchemy is imported; the officer then types for a few
    seconds, time enough for the imports. The GUI thread imports no core module meanwhile and
    calls :meth:`wait` before its first service call, so no module is imported from two threads
    at once. A failure here is only logged: the real call that follows reports it properly.
    """

    def __init__(self, db: Any) -> None:  # store.db.Database
        self._db = db
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="xianghua-warm-up", daemon=True)
            self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        try:
            for name in (*FIRST_LOAD, *_names):
                importlib.import_module(name)
            self._db.engine  # noqa: B018 - made now, not on the first call
        except Exception:  # noqa: BLE001 - the call after wait() reports it to the officer
            log.warning("warming up the core failed", exc_info=True)
