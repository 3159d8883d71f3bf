"""Faults: a writer killed with SIGKILL, a second console, a network share, the clock set back,
a read-only folder, a full disk and a damaged page — each ends in a clear message, never in
lost records or a traceback."""

from __future__ import annotations

import os
import random
import selectors
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from test_time import DEFAULT_NOW

from xianghua_console.cli import main
from xianghua_console.domain.clock import FakeClock
from xianghua_console.domain.enums import Role, UnitKind
from xianghua_console.services import clock_check
from xianghua_console.services.backup import automatic_backup, backup_to
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.integrity import check_database
from xianghua_console.services.units import add_unit
from xianghua_console.store import workstation as ws
from xianghua_console.store.db import DatabaseError, describe_storage_error, open_database
from xianghua_console.store.models import AuditEntry

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself

TESTS = Path(__file__).parent
ROOT = TESTS.parent
KILLS = 20
FIGURES: dict[str, int] = {}  # the kill test's counts, printed in the run's summary


# ---------------------------------------------------------------- SIGKILL


class Child:
    """The writer subprocess and its stdout, read line by line without sleeping."""

    def __init__(self, url: str, start: str) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(TESTS)])}
        self.proc = subprocess.Popen(
            [sys.executable, str(TESTS / "kill_child.py"), url, start],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        )
        self.buffer = b""
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.proc.stdout, selectors.EVENT_READ)

    def line(self) -> str | None:
        """The next line, or None at the end; a child silent for 60 s fails the test."""
        while b"\n" not in self.buffer:
            if not self.selector.select(timeout=60):
                self.proc.kill()
                pytest.fail("the writer printed nothing for 60 s")
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()

    def kill(self) -> list[str]:
        """SIGKILL now; returns the lines it had printed that were not read yet."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        rest = []
        while (line := self.line()) is not None:
            rest.append(line)
        self.selector.close()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return rest


def test_a_writer_killed_with_sigkill_loses_no_committed_entry(tmp_path):
    path = tmp_path / "killed.sqlite"
    url = f"sqlite:///{path}"
    open_database(url, clock=FakeClock(DEFAULT_NOW))[0].dispose()
    rng = random.Random(20270305)  # the same "random" moments on every run
    printed: dict[str, set[int]] = {"D": set(), "I": set(), "V": set()}
    kills = 0
    for run in range(KILLS):
        child = Child(url, (DEFAULT_NOW + timedelta(days=run)).isoformat())
        first = child.line()
        if first != "ready":
            err = child.proc.stderr.read().decode()
            pytest.fail(f"the writer did not start: {first!r}\n{err}")
        lines = []
        for _ in range(rng.randint(0, 40)):  # kill after a random number of commits
            line = child.line()
            if line is None:
                pytest.fail("the writer stopped: " + child.proc.stderr.read().decode())
            lines.append(line)
        lines += child.kill()
        kills += 1
        assert child.proc.returncode == -signal.SIGKILL
        for line in lines:
            kind, ident = line.split()
            printed[kind].add(int(ident))
        con = sqlite3.connect(path)
        try:  # opening replays the WAL, as the next console start would
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            reports = {r for (r,) in con.execute("SELECT id FROM daily_report")}
            incidents = {r for (r,) in con.execute("SELECT id FROM incident")}
            verified = {r for (r,) in con.execute(
                "SELECT incident_id FROM timeline_entry WHERE kind = 'verified'")}
        finally:
            con.close()
        assert printed["D"] <= reports, f"run {run}: lost reports {printed['D'] - reports}"
        assert printed["I"] <= incidents, f"run {run}: lost incidents {printed['I'] - incidents}"
        assert printed["V"] <= verified, f"run {run}: lost steps {printed['V'] - verified}"
    report = check_database(url, clock=FakeClock(DEFAULT_NOW + timedelta(days=KILLS)))
    assert report.ok, report.problems
    assert any("哈希链：完好" in f for f in report.facts)
    written = sum(len(ids) for ids in printed.values())
    FIGURES.update(kills=kills, written=written, lost=0, incidents=len(printed["I"]),
                   reports=len(printed["D"]), steps=len(printed["V"]))
    print(f"\nSIGKILL test: {FIGURES}")  # the figures for the note (pytest -s shows them)
    assert kills == KILLS and written > KILLS * 5


# ---------------------------------------------------------------- a second console


def test_a_second_console_is_told_which_workstation_has_the_file(db_url, clock):
    first = ws.acquire_workstation_lock(db_url, clock=clock)
    lock_file = ws.lock_path(Path(db_url.removeprefix("sqlite:///")))
    assert lock_file.exists()
    with pytest.raises(ws.WorkstationLocked) as err:
        ws.acquire_workstation_lock(db_url, clock=clock)
    message = str(err.value)
    assert ws.socket.gethostname() in message and f"进程 {os.getpid()}" in message
    assert "2027-03-05 10:00" in message and "PostgreSQL" in message
    first.release()
    assert not lock_file.exists()
    with ws.acquire_workstation_lock(db_url, clock=clock) as again:
        assert ws.lock_holder(db_url) == again.holder
    assert ws.lock_holder(db_url) is None


def _write_holder(url: str, **fields) -> None:
    import json

    holder = {"host": ws.socket.gethostname(), "pid": os.getpid(), "user": "someone",
              "since": DEFAULT_NOW.isoformat(), "token": "t"} | fields
    path = ws.lock_path(Path(url.removeprefix("sqlite:///")))
    path.write_text(json.dumps(holder), encoding="utf-8")


def test_a_stale_lock_of_a_dead_process_is_taken_over(db_url, clock):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    _write_holder(db_url, pid=int(dead.stdout))  # that process has exited
    lock = ws.acquire_workstation_lock(db_url, clock=clock)
    assert lock.took_over is not None and lock.took_over.pid == int(dead.stdout)
    assert lock.holder.pid == os.getpid()
    lock.release()
    ws.lock_path(Path(db_url.removeprefix("sqlite:///"))).write_text("{half a lo")
    with ws.acquire_workstation_lock(db_url, clock=clock) as lock:  # a torn lock file
        assert lock.holder.pid == os.getpid()


def test_a_lock_from_another_computer_is_only_taken_over_when_asked(db_url, clock):
    _write_holder(db_url, host="值班室-2", pid=1)
    with pytest.raises(ws.WorkstationLocked) as err:
        ws.acquire_workstation_lock(db_url, clock=clock)
    assert "另一台电脑" in str(err.value) and "值班室-2" in str(err.value)
    assert err.value.holder.host == "值班室-2" and not err.value.same_host
    with ws.acquire_workstation_lock(db_url, clock=clock, force=True) as lock:
        assert lock.took_over.host == "值班室-2"


def test_postgresql_needs_no_workstation_lock(clock):
    lock = ws.acquire_workstation_lock("postgresql+psycopg://u@h/db", clock=clock)
    assert lock.path is None
    lock.release()


# ---------------------------------------------------------------- network shares

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/office nfs4 rw,relatime 0 0
//fs/duty /mnt/duty\\040share cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("where", "warned"),
    [("/home/office/xianghua.sqlite", None), ("/mnt/office/x/xianghua.sqlite", "nfs4"),
     ("/mnt/duty share/xianghua.sqlite", "cifs"), ("/tmp/x.sqlite", None)],
)
def test_a_file_on_a_network_share_gets_a_warning(where, warned):
    message = ws.network_share_warning(f"sqlite:///{where}", mounts=MOUNTS)
    if warned is None:
        assert message is None
    else:
        assert warned in message and "WAL" in message and "PostgreSQL" in message


def test_unc_paths_and_the_real_mounts():
    assert "UNC" in ws.network_share_warning("sqlite:///\\\\server\\share\\x.sqlite", mounts="")
    assert ws.network_share_warning("postgresql+psycopg://u@h/db") is None
    assert ws.network_share_warning(f"sqlite:///{TESTS / 'x.sqlite'}") is None  # a local disk


# ---------------------------------------------------------------- the clock set back


def test_the_clock_set_back_is_noticed_warned_and_audited_once(ctx, clock):
    add_unit(ctx, name="新村", kind=UnitKind.VILLAGE)
    assert clock_check.check_clock(ctx) is None
    clock.advance(minutes=-0.5)  # within the tolerance: two workstations' clocks differ
    assert clock_check.check_clock(ctx) is None
    clock.advance(hours=-3)
    jump = clock_check.check_clock(ctx)
    assert jump is not None and jump.recorded and jump.behind > timedelta(hours=3)
    assert "早 3 小时" in jump.message and "审计日志" in jump.message
    again = clock_check.check_clock(ctx)
    assert again is not None and not again.recorded  # the same jump is audited once
    with ctx.db.read_session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "clock.backwards"))
        (entry,) = entries.all()
    assert entry.after["behind_s"] > 3 * 3600
    clock.advance(hours=4)
    assert clock_check.check_clock(ctx) is None
    assert check_database(ctx.db.url, clock=clock).ok  # the audit chain is by id, not time


# ---------------------------------------------------------------- bad storage


@pytest.fixture
def read_only_dir(tmp_path):
    """A folder nothing can be created in, for root too (chattr +i) or by permissions."""
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder  # filled by the test, then frozen with freeze()
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], check=False)
    folder.chmod(0o755)


def freeze(folder: Path) -> None:
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(folder)], check=False).returncode != 0:
            pytest.skip("running as root without chattr: cannot make a read-only folder")
    else:
        folder.chmod(0o555)


def test_a_read_only_folder_is_explained_with_a_way_out(read_only_dir, clock, capsys):
    existing = read_only_dir / "old.sqlite"
    db, _ = open_database(f"sqlite:///{existing}", clock=clock)
    db.dispose()  # closing checkpoints the WAL away: only the file stays
    freeze(read_only_dir)
    with pytest.raises(DatabaseError) as err:
        open_database(f"sqlite:///{read_only_dir / 'new.sqlite'}", clock=clock)
    assert "不能写入" in str(err.value) and "可写的文件夹" in str(err.value)
    assert not (read_only_dir / "new.sqlite").exists()
    rc = main(["status", "--db", str(existing)], clock=clock, environ={})
    err_text = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err_text
    assert "不能写入" in err_text or "只读" in err_text
    with pytest.raises(ws.DatabaseError, match="可写"):
        ws.acquire_workstation_lock(f"sqlite:///{existing}", clock=clock)


def test_a_backup_into_a_read_only_folder_leaves_nothing_half_done(db, clock, read_only_dir):
    freeze(read_only_dir)
    with pytest.raises(Refused, match="不能写入") as err:
        backup_to(db, out=read_only_dir / "b.sqlite")
    assert "未留下不完整的文件" in str(err.value)
    assert list(read_only_dir.iterdir()) == []


def test_automatic_backup_in_a_read_only_folder_is_refused_in_words(tmp_path, clock):
    home = tmp_path / "home"
    home.mkdir()
    db, _ = open_database(f"sqlite:///{home / 'x.sqlite'}", clock=clock)
    try:
        freeze(home)
        with pytest.raises(Refused, match="自动备份失败"):
            automatic_backup(db, clock=clock, keep=3)
    finally:
        db.dispose()
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(home)], check=False)


def test_a_full_disk_is_a_message_and_nothing_is_saved(db, ctx, clock):
    with db.read_session() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))

    @event.listens_for(db.engine, "connect")
    def _tiny(dbapi_conn, _record):  # SQLite's own "disk is full": no more pages
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()  # new connections get the limit
    with pytest.raises(Exception) as err:
        for i in range(200):
            add_unit(ctx, name=f"村{i}" + "很长的名字" * 10, kind=UnitKind.VILLAGE)
    message = describe_storage_error(db.url, err.value)
    assert message.startswith("磁盘已满") and "没有保存" in message
    event.remove(db.engine, "connect", _tiny)
    db.engine.dispose()
    with db.read_session() as s:  # what was saved before the disk filled is intact
        assert s.scalar(select(func.count()).select_from(AuditEntry)) >= before
    assert check_database(db.url, clock=clock).ok


def _damage(path: Path) -> int:
    """Overwrite one page in the middle of the file with garbage; returns its number."""
    size = path.stat().st_size
    page = (size // 4096) * 9 // 10  # a page of the daily reports in the demo file
    with path.open("r+b") as fh:
        fh.seek(page * 4096)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(4096)))
    return page + 1


def test_check_names_a_damaged_page_and_offers_the_backup(demo_url, clock, capsys):
    path = Path(demo_url.removeprefix("sqlite:///"))
    backups = path.parent / "backups"
    backups.mkdir()
    shutil.copyfile(path, backups / "auto-20270304.sqlite")
    _damage(path)
    rc = main(["check", "--db", demo_url], clock=clock, environ={})
    out, err = capsys.readouterr()
    assert rc == 1 and "Traceback" not in err
    assert "数据库文件已损坏" in err and "损坏的表：" in err
    damaged = err.split("损坏的表：")[1].split("。")[0]
    assert damaged  # the table names, e.g. daily_report
    assert f"restore {backups / 'auto-20270304.sqlite'}" in err
    ledger = path.parent / "ledger.xlsx"  # reads every record, the damaged page too
    rc = main(["ledger", "export", "--out", str(ledger), "--db", demo_url], clock=clock,
              environ={})
    err = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err and "内部错误" not in err
    assert "已损坏" in err and "restore" in err
    rc = main(["restore", str(backups / "auto-20270304.sqlite"), "--db", demo_url],
              clock=clock, environ={})
    assert rc == 0, capsys.readouterr().err  # the way out: no login on a damaged file
    assert check_database(demo_url, clock=clock).ok


def test_the_clock_jump_service_runs_for_any_role(ctx, clock):
    add_unit(ctx, name="东村", kind=UnitKind.VILLAGE)
    clock.advance(hours=-1)
    reader = Ctx(ctx.db, clock, actor="只读者", role=Role.READ_ONLY)
    assert clock_check.check_clock(reader).recorded
