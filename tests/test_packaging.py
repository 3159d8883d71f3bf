"""The one-folder program (build.spec) and ``xianghua-console --smoke``.

The folder holds two programs over the same libraries: the windowed ``xianghua-console`` and
the console ``xianghua-cli`` (on Windows only the latter can print). The frozen build takes
about half a minute: it is made once for this module, in a temp folder. Without PyInstaller it
is skipped, except in CI (``CI`` set), where it must run. Its size and build time are printed
(``pytest -rA``) and written to ``bench/out/packaging.json``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from xianghua_console import __version__
from xianghua_console.cli import EXIT_REFUSED, EXIT_USAGE, main
from xianghua_console.gui.screenshot import WINDOW_SIZE

ROOT = Path(__file__).resolve().parent.parent
SMOKE_LINE = re.compile(r"^smoke ok: (\d+)x(\d+) font=(.+) \((.+)\)$", re.MULTILINE)
SYSTEM_WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
#: Well above today's ~200 MB on Linux: a Qt module let in by mistake (WebEngine, Quick) fails.
MAX_FOLDER_MB = 300
UNUSED_QT = ("QtQml", "QtQuick", "QtNetwork", "QtSql", "QtTest", "QtWebEngineCore", "Qt3DCore")


def smoke_env(**extra: str) -> dict[str, str]:
    """The environment of a smoke run: offscreen, tracebacks on, no database or account named."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("XIANGHUA_DB", "XIANGHUA_USER", "XIANGHUA_PASSWORD", "XIANGHUA_LANG")}
    env.update(QT_QPA_PLATFORM="offscreen", XIANGHUA_DEBUG="1", **extra)
    return env


def assert_smoke_ok(result: subprocess.CompletedProcess[str]) -> tuple[str, str]:
    """The run exited 0 with its ``smoke ok`` line at the window's size; its font family and
    where that came from ("installed", or the file registered)."""
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    match = SMOKE_LINE.search(result.stdout)
    assert match, result.stdout
    assert (int(match[1]), int(match[2])) == WINDOW_SIZE
    return match[3], match[4]


def no_cjk_fonts(tmp_path: Path) -> dict[str, str]:
    """Environment for a machine whose fonts have no Chinese: fontconfig sees one empty folder."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n"
    )
    return {"FONTCONFIG_FILE": str(config)}


def test_smoke_from_the_source_tree(tmp_path):
    """From a checkout; on Linux with fontconfig showing no Chinese font, so the console must
    register the system's font file itself (as on a bare machine with the file but no cache)."""
    hide = sys.platform == "linux" and SYSTEM_WQY.is_file()
    result = subprocess.run(
        [sys.executable, "-m", "xianghua_console", "--smoke"],
        cwd=ROOT, env=smoke_env(**(no_cjk_fonts(tmp_path) if hide else {})),
        capture_output=True, text=True, timeout=180,
    )
    family, source = assert_smoke_ok(result)
    assert family  # a CJK family: the check fails when Chinese would be boxes
    if hide:
        assert (family, source) == ("WenQuanYi Micro Hei", str(SYSTEM_WQY))


def test_smoke_refuses_a_command_beside_it(capsys):
    assert main(["--smoke", "check"]) == EXIT_USAGE
    assert "--smoke" in capsys.readouterr().err


#: Runs each case (argv) with sys.stdin, sys.stdout and sys.stderr set to None, as the windowed
#: program on Windows starts: through the entry point (``python -m xianghua_console``, the
#: frozen programs' script) or straight into ``cli.main``. It reports on the real stdout, as
#: JSON: each case's exit code and any traceback.
NO_STREAMS = """
import json, runpy, sys, traceback
cases = json.loads(sys.argv[1])
real_out = sys.stdout
results = []
for how, argv in cases:
    sys.stdin = sys.stdout = sys.stderr = None
    try:
        if how == "entry":
            sys.argv = ["xianghua-console", *argv]
            runpy.run_module("xianghua_console", run_name="__main__")
            code = "returned"
        else:
            from xianghua_console.cli import main
            code = main(argv)
    except SystemExit as exc:
        code = exc.code
    except BaseException:
        code = traceback.format_exc()
    results.append(code)
real_out.write(json.dumps(results))
"""


def test_windowed_entry_point_survives_no_standard_streams(tmp_path):
    """No console (stdout, stderr and stdin None): the version, a bad argument (exit 2), a
    refused command (exit 1) and --smoke beside a command end with their exit code, no
    traceback, and nothing reaches the process's real output."""
    missing = f"sqlite:///{tmp_path / 'missing.sqlite'}"
    cases = [
        ("entry", ["--version"]),
        ("entry", ["--no-such-option"]),
        ("entry", ["status", "--at", "昨天"]),
        ("entry", ["check", "--db", missing]),
        ("main", ["--version"]),
        ("main", ["--no-such-option"]),
        ("main", ["--smoke", "check"]),
        ("main", ["check", "--db", missing]),
    ]
    result = subprocess.run(
        [sys.executable, "-c", NO_STREAMS, json.dumps(cases)], cwd=tmp_path, env=smoke_env(),
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # nothing on the real stderr: no traceback, no message
    codes = json.loads(result.stdout)
    assert codes == [0, EXIT_USAGE, EXIT_USAGE, EXIT_REFUSED,
                     0, EXIT_USAGE, EXIT_USAGE, EXIT_REFUSED], codes
    assert not (tmp_path / "missing.sqlite").exists()  # check creates nothing


# ---------------------------------------------------------------- the frozen program


@dataclass(frozen=True)
class Frozen:
    folder: Path
    program: Path  # windowed: double-clicked, no console window on Windows
    cli: Path  # the console program: commands, --smoke, --version, scheduled backups
    build_seconds: float

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"

    def size_mb(self) -> float:
        total = sum(p.stat().st_size for p in self.folder.rglob("*")
                    if p.is_file() and not p.is_symlink())
        return total / 1e6


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Frozen:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is missing in CI: it is in the test extra (pip install -e '.[test]')")
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]'): frozen build not tested")
    out = tmp_path_factory.mktemp("frozen")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-8000:]
    shutil.rmtree(out / "work", ignore_errors=True)  # the build's cache: not part of the folder
    folder = out / "dist" / "xianghua-console"
    suffix = ".exe" if sys.platform == "win32" else ""
    return Frozen(folder, folder / f"xianghua-console{suffix}", folder / f"xianghua-cli{suffix}",
                  seconds)


def test_frozen_folder_holds_both_programs_over_one_set_of_libraries(frozen):
    programs = sorted(p.name for p in frozen.folder.iterdir() if p.is_file())
    assert programs == sorted([frozen.program.name, frozen.cli.name]), programs
    assert [p.name for p in frozen.folder.iterdir() if p.is_dir()] == ["_internal"]
    for program in (frozen.program, frozen.cli):
        assert os.access(program, os.X_OK), program
        # Each carries only its bootloader and Python code; Qt and the rest are shared.
        assert program.stat().st_size < 40e6, f"{program.name}: {program.stat().st_size} bytes"


@pytest.mark.parametrize("which", ["cli", "program"])
def test_frozen_programs_print_their_version(frozen, tmp_path, which):
    """Both start; on Windows only the console one prints (the windowed one exits 0 silently).
    The windowed one's --smoke would check nothing more: its Python code and every library
    are the console one's."""
    result = subprocess.run([str(getattr(frozen, which)), "--version"], cwd=tmp_path,
                            env=smoke_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    if which == "cli" or sys.platform != "win32":
        name = "xianghua-cli" if which == "cli" else "xianghua-console"  # each its own name
        assert result.stdout.strip() == f"{name} {__version__}"


def test_frozen_folder_holds_the_console_files_and_no_unused_qt(frozen):
    size = frozen.size_mb()
    record = {"folder_mb": round(size, 1), "build_seconds": round(frozen.build_seconds, 1),
              "python": sys.version.split()[0], "platform": sys.platform}
    print(f"frozen one-folder build: {size:.1f} MB, built in {frozen.build_seconds:.0f} s")
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench" / "out" / "packaging.json").write_text(json.dumps(record, indent=2) + "\n")

    inside = frozen.internal
    assert (inside / "resources" / "plan_defaults.json").is_file()
    assert sorted(p.name for p in (inside / "ui").glob("*.ui")) == sorted(
        p.name for p in (ROOT / "ui").glob("*.ui"))
    assert sorted(p.name for p in (inside / "resources" / "i18n").glob("xianghua_*.qm")) == sorted(
        p.name for p in (ROOT / "resources" / "i18n").glob("xianghua_*.qm"))
    assert (inside / "resources" / "i18n" / "qtbase_zh_CN.qm").is_file()
    migrations = inside / "xianghua_console" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("*.py")) == sorted(
        p.name for p in (ROOT / "xianghua_console/store/migrations/versions").glob("*.py"))
    if SYSTEM_WQY.is_file():  # the build machine has it (CI installs fonts-wqy-microhei)
        assert (inside / "resources" / "fonts" / SYSTEM_WQY.name).is_file()
        assert (inside / "licenses" / "fonts-wqy-microhei" / "copyright").is_file()

    present = {p.name.split(".")[0] for p in (inside / "PySide6").glob("Qt*.*")}
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtUiTools"} <= present
    assert not present & set(UNUSED_QT), present & set(UNUSED_QT)
    assert size < MAX_FOLDER_MB, f"{size:.0f} MB: see build.spec's excludes"


def test_frozen_cli_opens_the_main_window(frozen, tmp_path):
    result = subprocess.run([str(frozen.cli), "--smoke"], cwd=tmp_path, env=smoke_env(),
                            capture_output=True, text=True, timeout=180)
    family, source = assert_smoke_ok(result)
    if SYSTEM_WQY.is_file():  # the machine's own font, no file registered
        assert (family, source) == ("WenQuanYi Micro Hei", "installed")


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig hides the system's fonts")
def test_frozen_program_brings_its_own_cjk_font(frozen, tmp_path):
    """On a machine whose fonts have no Chinese, the shipped font file is registered."""
    if not (frozen.internal / "resources" / "fonts").is_dir():
        pytest.skip("the build machine had no fonts-wqy-microhei to ship")
    result = subprocess.run([str(frozen.cli), "--smoke"], cwd=tmp_path,
                            env=smoke_env(**no_cjk_fonts(tmp_path)),
                            capture_output=True, text=True, timeout=180)
    family, source = assert_smoke_ok(result)
    assert family == "WenQuanYi Micro Hei"
    assert Path(source).resolve() == (frozen.internal / "resources/fonts/wqy-microhei.ttc").resolve()
