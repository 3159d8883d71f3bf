"""bench/startup: process start → first paint of the main window on the demo database.

Baseline, measured in the same run: a bare PySide6 QMainWindow holding a QTableView. Each is
started as a fresh process, interleaved, several times; the medians and their ratio are
printed (target: at most 4x). Machines here are noisy, so only the ratio means anything.
A second figure times ``xianghua-console --db URL`` itself to its first window, the login
dialog (the demo database has accounts). Both paint before SQLAlchemy is imported
(``store/db.py``, ``gui/deferred.py``).

The package's bytecode is compiled first, as it is in an installed or frozen console (pip and
PyInstaller ship .pyc files; ``make run`` compiles them too). Without that, a machine with
PYTHONDONTWRITEBYTECODE set recompiles some fifty modules from source on every start.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class FirstPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            QApplication.quit()
        return False

app = QApplication(sys.argv)
win = QMainWindow()
view = QTableView()
model = QStandardItemModel(20, 9)
for r in range(20):
    for c in range(9):
        model.setItem(r, c, QStandardItem(f"{r}:{c}"))
view.setModel(model)
win.setCentralWidget(view)
win.resize(1400, 860)
f = FirstPaint()
win.installEventFilter(f)
win.show()
app.exec()
"""

CONSOLE = r"""
import sys, time
url = sys.argv[1]
# The same path as `xianghua-console --db URL`, with a first-paint hook instead of argparse.
from xianghua_console.domain.clock import SystemClock
from xianghua_console.services.context import Ctx
from xianghua_console.store.db import open_database
clock = SystemClock()
db, report = open_database(url, clock=clock)
from xianghua_console.gui.app import run_console

def first_paint():
    print(time.time(), flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.quit()

run_console(Ctx(db, clock), open_report=report, first_paint=first_paint)
"""

# What the officer waits for: `xianghua-console --db URL` itself (the demo database has
# accounts, so its first window is the login dialog), cancelled at the dialog's first paint.
LOGIN = r"""
import sys, time
url = sys.argv[1]
from xianghua_console import cli
from xianghua_console.gui import login
from PySide6.QtCore import QTimer

def paint(self, event, _paint=login.LoginDialog.paintEvent, _seen=[]):
    _paint(self, event)
    if not _seen:
        _seen.append(True)
        print(time.time(), flush=True)
        QTimer.singleShot(0, self.reject)

login.LoginDialog.paintEvent = paint
raise SystemExit(cli.main(["--db", url]))
"""


def measure(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120
    )
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"child failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return float(out.stdout.strip().splitlines()[-1]) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    package = Path(__file__).resolve().parents[1] / "xianghua_console"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'demo.sqlite'}"
        subprocess.run(
            [sys.executable, "-m", "xianghua_console", "demo", "--db", url],
            check=True,
            capture_output=True,
        )
        measure(BASELINE)  # warm the OS file cache before timing; the first start of
        measure(CONSOLE, url)  # the day also takes the automatic backup, not timed here
        measure(LOGIN, url)
        base, console, login = [], [], []
        for _ in range(args.runs):
            base.append(measure(BASELINE))
            console.append(measure(CONSOLE, url))
            login.append(measure(LOGIN, url))
    b, c, g = statistics.median(base), statistics.median(console), statistics.median(login)
    print(f"bench/startup  runs={args.runs}")
    print(f"  bare PySide6 window + QTableView : median {b * 1000:7.0f} ms  (min {min(base) * 1000:.0f})")
    print(f"  console's main window, painted   : median {c * 1000:7.0f} ms  (min {min(console) * 1000:.0f})")
    print(f"  xianghua-console → login dialog  : median {g * 1000:7.0f} ms  (min {min(login) * 1000:.0f})")
    print(f"  ratio main window / bare         : {c / b:.2f}x  (target ≤ 4x)")
    print(f"  ratio login dialog / bare        : {g / b:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
