"""The core (domain, store, services, exports, cli) imports and works with Qt blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_imports_and_runs_with_pyside6_and_qasync_blocked(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys, pkgutil, importlib
        for name in ("PySide6", "qasync", "shiboken6"):
            sys.modules[name] = None  # any import of them now raises ImportError
        import xianghua_console
        imported = []
        for mod in pkgutil.walk_packages(xianghua_console.__path__, "xianghua_console."):
            if mod.name.startswith("xianghua_console.gui") or mod.name.endswith("__main__"):
                continue
            if mod.name.startswith("xianghua_console.store.migrations.versions"):
                continue
            if mod.name == "xianghua_console.store.migrations.env":
                continue  # runs only inside Alembic
            importlib.import_module(mod.name)
            imported.append(mod.name)
        assert "xianghua_console.cli" in imported and "xianghua_console.services.daily" in imported
        from xianghua_console.cli import main
        rc = main(["check", "--db", "sqlite:///{tmp_path}/none.sqlite"])
        assert rc == 1, rc
        from datetime import datetime
        from xianghua_console.domain.clock import FakeClock, LOCAL_TZ
        from xianghua_console.store.db import open_database
        from xianghua_console.services.context import Ctx
        from xianghua_console.services.status import status_snapshot
        clock = FakeClock(datetime(2027, 3, 5, 10, tzinfo=LOCAL_TZ))
        db, _ = open_database("sqlite:///{tmp_path}/core.sqlite", clock=clock)
        snap = status_snapshot(Ctx(db, clock))
        assert snap.expected_units == 15, snap
        assert "PySide6" not in [m for m in sys.modules if sys.modules[m] is not None]
        print("core-ok", len(imported))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "core-ok" in proc.stdout
