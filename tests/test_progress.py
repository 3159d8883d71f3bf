"""Progress and cancel of long work (services.progress), and what a cancel leaves behind.

A cancel of an import or a roster generation leaves the database exactly as it was (every row
of every table compared), on SQLite and on PostgreSQL; a cancel of an export or a backup
leaves no file (and an existing file of that name unchanged); a restore may be cancelled
until it starts overwriting, then no more. The command line draws a progress line only on a
terminal: checked with captured output (none) and through a pseudo-terminal (one).
"""

from __future__ import annotations

import os
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from roster_helpers import add_staff, assignments, make_period
from sqlalchemy import select

from xianghua_console.exports import jobs
from xianghua_console.exports.directory_xlsx import import_directory_file
from xianghua_console.exports.ledger_xlsx import read_ledger
from xianghua_console.services import roster_admin as ra
from xianghua_console.services.backup import backup_to, restore_from
from xianghua_console.services.ledger import import_ledger, ledger_book
from xianghua_console.services.progress import (
    SCALE,
    Cancelled,
    Progress,
    as_progress,
    atomic_path,
    percent,
    terminal_progress,
)
from xianghua_console.store.models import Base

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2027, 3, 5)


# ---------------------------------------------------------------- helpers


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order: "unchanged" means equal snapshots."""
    out: dict[str, list[tuple]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


class Recorder:
    """A plain progress callable that remembers every report."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int, str]] = []

    def __call__(self, done: int, total: int, label: str = "") -> None:
        self.calls.append((done, total, label))

    @property
    def shares(self) -> list[float]:
        return [d / t for d, t, _ in self.calls if t > 0]


def cancel_at(label_part: str) -> Progress:
    """A Progress that asks to cancel itself when a report's label contains ``label_part``."""
    box: list[Progress] = []

    def report(_done: int, _total: int, label: str = "") -> None:
        if label_part in label:
            assert box[0].cancel()

    progress = Progress(report)
    box.append(progress)
    return progress


def xlsx(path: Path, title: str, rows: list[tuple]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def out_dir(tmp_path) -> Path:
    """An empty folder for the files written (the test databases live in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# ---------------------------------------------------------------- the protocol itself


def test_reports_pass_through_and_a_cancel_stops_at_the_next_report():
    rec = Recorder()
    p = as_progress(rec)
    p(0, 3, "一")
    p(1, 3, "二")
    assert rec.calls == [(0, 3, "一"), (1, 3, "二")]
    assert p.cancel() and p.cancel_requested
    with pytest.raises(Cancelled, match="已取消"):
        p(2, 3, "三")
    with pytest.raises(Cancelled):
        p.check()
    with pytest.raises(Cancelled):
        p.no_return()  # a cancel that came first wins: nothing may be done


def test_past_the_point_of_no_return_a_cancel_is_refused():
    passed: list[bool] = []
    p = Progress(on_no_return=lambda: passed.append(True))
    p(1, 2, "写入")
    p.no_return()
    p.no_return()  # once is enough; the hook is called once
    assert passed == [True] and p.past_no_return
    assert p.cancel() is False and not p.cancel_requested
    p(2, 2, "完成")  # the job finishes


def test_parts_fill_their_share_and_share_the_cancel():
    rec = Recorder()
    p = Progress(rec)
    read, write = p.part(0.0, 0.7), p.part(0.7, 1.0)
    read(1, 2, "读")
    read(2, 2, "读")
    write(0, 4, "写")
    write(4, 4, "写")
    assert [d for d, _, _ in rec.calls] == [350, 700, 700, 1000]
    assert {t for _, t, _ in rec.calls} == {SCALE}
    inner = write.part(0.5, 1.0)
    inner(0, 1, "末")
    assert rec.calls[-1][0] == 850
    assert write.cancel()
    with pytest.raises(Cancelled):
        read(0, 1, "读")
    assert percent(1, 3) == 33 and percent(0, 0) is None and percent(5, 4) == 100


def test_reports_are_throttled_but_the_last_and_every_new_label_get_through():
    rec = Recorder()
    p = Progress(rec, interval=3600)
    for n in range(100):
        p(n, 100, "同一件事")
    p(100, 100, "同一件事")
    p(0, 5, "下一件事")
    assert rec.calls == [(0, 100, "同一件事"), (100, 100, "同一件事"), (0, 5, "下一件事")]
    assert p.last == (0, 5, "下一件事")


def test_a_cancel_from_another_thread_is_honoured_or_refused_never_lost():
    """The GUI thread cancels while the worker reports; either the job stops before its point
    of no return, or the cancel answers False and the job completes: never both, never none."""
    for _ in range(200):
        p = Progress()
        started = threading.Event()
        outcome: list[str] = []

        def job(p=p, started=started, outcome=outcome) -> None:
            try:
                for n in range(50):
                    p(n, 50, "工作")
                    if n == 5:
                        started.set()
                p.no_return()
                outcome.append("done")
            except Cancelled:
                outcome.append("cancelled")

        worker = threading.Thread(target=job)
        worker.start()
        started.wait()
        accepted = p.cancel()
        worker.join()
        assert outcome == (["cancelled"] if accepted else ["done"])


def test_atomic_path_leaves_the_old_file_or_the_whole_new_one(tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_text("old")
    p = Progress()
    with pytest.raises(Cancelled), atomic_path(target, p) as tmp:
        tmp.write_text("half")
        p.cancel()
    assert target.read_text() == "old" and leftovers(tmp_path) == []
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old" and leftovers(tmp_path) == []
    with atomic_path(target, Progress()) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new" and leftovers(tmp_path) == []


# ---------------------------------------------------------------- imports: cancel = nothing written


UNITS = [("单位名称*", "类型*", "信息员", "联系电话")] + [
    (f"新村{i}", "村", f"信息员{i}", f"1370000{i:04d}") for i in range(120)
]


@pytest.mark.parametrize("at", ["检查表格", "写入数据库", "提交"])
def test_cancelling_a_unit_import_leaves_the_database_unchanged(ctx, tmp_path, at):
    path = xlsx(tmp_path / "units.xlsx", "单位", UNITS)
    before = snapshot(ctx.db)
    with pytest.raises(Cancelled):
        import_directory_file(ctx, path=path, sheet="单位", progress=cancel_at(at))
    assert snapshot(ctx.db) == before
    rec = Recorder()
    result = import_directory_file(ctx, path=path, sheet="单位", progress=rec)
    assert result.added == 120
    shares = rec.shares
    assert shares == sorted(shares) and shares[-1] == 1.0  # increasing, to the end


def test_cancelling_a_staff_import_at_the_commit_leaves_the_database_unchanged(ctx, tmp_path):
    path = xlsx(tmp_path / "staff.xlsx", "人员", [("姓名*", "职务", "所属单位", "联系电话")]
                + [(f"新人{i}", "干事", "", "") for i in range(60)])
    before = snapshot(ctx.db)
    with pytest.raises(Cancelled):
        import_directory_file(ctx, path=path, sheet="人员", progress=cancel_at("提交"))
    assert snapshot(ctx.db) == before


def test_cancelling_a_ledger_import_leaves_the_database_unchanged(demo_ctx, ctx, tmp_path):
    path = tmp_path / "台账.xlsx"
    jobs.export_ledger(demo_ctx, path=path)
    sheets = read_ledger(path, progress=Recorder())
    before = snapshot(ctx.db)
    for at in ("检查“事件”表", "写入数据库", "提交"):
        with pytest.raises(Cancelled):
            import_ledger(ctx, sheets=sheets, progress=cancel_at(at))
        assert snapshot(ctx.db) == before, at
    rec = Recorder()
    summary = import_ledger(ctx, sheets=sheets, progress=rec)
    assert summary.incidents > 0 and rec.calls[-1][0] == rec.calls[-1][1]


@pytest.fixture
def period(ctx):
    add_staff(ctx)
    return make_period(ctx)


def test_cancelling_a_roster_generation_leaves_the_roster_as_it_was(ctx, period):
    before = snapshot(ctx.db)
    for at in ("计算公平轮换", "写入排班", "提交"):
        with pytest.raises(Cancelled):
            ra.generate_roster(ctx, period_id=period, progress=cancel_at(at))
        assert snapshot(ctx.db) == before, at
    rec = Recorder()
    report = ra.generate_roster(ctx, period_id=period, progress=rec)
    assert report.placed > 0 and [d for d, _, _ in rec.calls] == [0, 1, 2, 3, 4]


def test_cancelling_a_roster_import_leaves_the_roster_as_it_was(ctx, period, tmp_path):
    ra.generate_roster(ctx, period_id=period)
    path = ra.export_roster(ctx, period_id=period, path=tmp_path / "roster.xlsx")
    ra.generate_roster(ctx, period_id=period, seed=7, keep_by_hand=False)
    before, rows = snapshot(ctx.db), assignments(ctx, period)
    with pytest.raises(Cancelled):
        ra.import_roster(ctx, period_id=period, path=path, progress=cancel_at("提交"))
    assert snapshot(ctx.db) == before and assignments(ctx, period) == rows


# ---------------------------------------------------------------- exports: cancel = no file


def test_an_export_reports_increasing_progress_and_writes_the_file(demo_ctx, out_dir):
    rec = Recorder()
    out = out_dir / "日报.xlsx"
    summaries = jobs.export_daily(demo_ctx, first=date(2027, 3, 1), last=TODAY, path=out,
                                  progress=rec)
    assert len(summaries) == 5 and list(out_dir.iterdir()) == [out]
    done = [d for d, t, _ in rec.calls if t]
    assert done == sorted(done) and done[-1] == SCALE and len(set(done)) > 5
    assert any("2027-03-03" in label for _, _, label in rec.calls)


@pytest.mark.parametrize("at", ["读取 2027-03-02", "写出 2027-03-04", "保存文件"])
def test_cancelling_the_daily_export_leaves_no_file(demo_ctx, out_dir, at):
    out = out_dir / "日报.xlsx"
    with pytest.raises(Cancelled):
        jobs.export_daily(demo_ctx, first=date(2027, 3, 1), last=TODAY, path=out,
                          progress=cancel_at(at))
    assert list(out_dir.iterdir()) == []


def test_cancelling_an_export_over_an_existing_file_keeps_the_old_one(demo_ctx, out_dir):
    tmp_path = out_dir
    out = tmp_path / "周报.xlsx"
    out.write_bytes(b"the old one")
    with pytest.raises(Cancelled):
        jobs.export_weekly_xlsx(demo_ctx, week_start=date(2027, 3, 1), path=out,
                                progress=cancel_at("保存文件"))
    assert out.read_bytes() == b"the old one" and leftovers(tmp_path) == []
    with pytest.raises(Cancelled):
        jobs.export_ledger(demo_ctx, path=out, progress=cancel_at("写出“事件”表"))
    assert out.read_bytes() == b"the old one" and leftovers(tmp_path) == []
    jobs.export_weekly_xlsx(demo_ctx, week_start=date(2027, 3, 1), path=out)
    assert out.read_bytes()[:2] == b"PK"  # now the new workbook


def test_cancelling_a_roster_export_leaves_no_file(ctx, period, out_dir):
    with pytest.raises(Cancelled):
        ra.export_roster(ctx, period_id=period, path=out_dir / "r.xlsx",
                         progress=cancel_at("排班总表"))
    assert list(out_dir.iterdir()) == []


def test_weekly_report_progress_goes_through_the_days(demo_ctx):
    rec = Recorder()
    from xianghua_console.services.weekly import weekly_report

    weekly_report(demo_ctx, week_start=date(2027, 3, 1), progress=rec)
    labels = [label for _, _, label in rec.calls]
    assert "读取 2027-03-05 的日报" in labels and labels[-1] == "周报数据已读取"
    assert rec.shares == sorted(rec.shares)


def test_ledger_book_and_reading_it_back_report_rows(demo_ctx, tmp_path):
    book = ledger_book(demo_ctx)
    rec = Recorder()
    jobs.export_ledger(demo_ctx, path=tmp_path / "l.xlsx", progress=rec)
    assert rec.calls[-1][:2] == (SCALE, SCALE) and sum(map(len, book.sheets.values())) > 0


# ---------------------------------------------------------------- backup and restore (SQLite)


@pytest.mark.sqlite_only
def test_cancelling_a_backup_leaves_no_file(demo_ctx, out_dir):
    out = out_dir / "b.sqlite"
    with pytest.raises(Cancelled):
        backup_to(demo_ctx.db, out=out, progress=cancel_at("备份数据库"))
    assert list(out_dir.iterdir()) == []
    rec = Recorder()
    backup_to(demo_ctx.db, out=out, progress=rec)
    pages = [(d, t) for d, t, _ in rec.calls if t]
    assert out.is_file() and pages and pages[-1][0] == pages[-1][1]


@pytest.mark.sqlite_only
def test_a_restore_may_be_cancelled_until_it_starts_overwriting(db, db_url, clock, tmp_path):
    from xianghua_console.domain.enums import UnitKind
    from xianghua_console.store.models import Unit

    with db.session() as s:
        s.add(Unit(name="东岗村", kind=UnitKind.VILLAGE))
    good = backup_to(db, out=tmp_path / "good.sqlite")
    with db.session() as s:
        s.add(Unit(name="桃园村", kind=UnitKind.VILLAGE))
    before = snapshot(db)
    db.dispose()
    folder = Path(db_url.removeprefix("sqlite:///")).parent
    for at in ("检查备份文件", "另存当前数据库"):
        with pytest.raises(Cancelled):
            restore_from(db_url, source=good, clock=clock, progress=cancel_at(at))
        assert snapshot(db) == before
        db.dispose()
        assert list(folder.glob("*.bak")) == []  # no copy of a restore that did not happen
    answers: list[bool] = []
    box: list[Progress] = []
    progress = Progress(lambda d, t, label: label == "恢复数据库" and answers.append(
        box[0].cancel()))
    box.append(progress)
    result = restore_from(db_url, source=good, clock=clock, progress=progress)
    assert answers and not any(answers)  # refused: the database was being overwritten
    with db.read_session() as s:
        names = set(s.scalars(select(Unit.name).where(Unit.kind == UnitKind.VILLAGE)))
    assert names == {"东岗村"} and result.previous_copy is not None


# ---------------------------------------------------------------- migrate-db (to PostgreSQL)


def test_cancelling_migrate_db_leaves_the_target_empty_and_a_second_run_works(
    demo_url, pg_server, clock
):
    import uuid

    from xianghua_console.services.migrate_db import migrate_database
    from xianghua_console.store.db import open_database

    target = pg_server.create_database(f"m_{uuid.uuid4().hex[:12]}")
    for at in ("复制 incident", None):
        progress = cancel_at(at) if at else Progress()
        if at is None:  # cancel at the very end, just before the commit
            original = progress.no_return

            def late_cancel(original=original, progress=progress) -> None:
                progress.cancel()
                original()

            progress.no_return = late_cancel
        with pytest.raises(Cancelled):
            migrate_database(source_url=demo_url, target_url=target, clock=clock,
                             progress=progress)
        db, _ = open_database(target, clock=clock, load_defaults=False)
        try:
            assert all(rows == [] for rows in snapshot(db).values())
        finally:
            db.dispose()
    rec = Recorder()
    report = migrate_database(source_url=demo_url, target_url=target, clock=clock, progress=rec)
    copied = [d for d, t, label in rec.calls if label.startswith("复制")]
    assert report.total > 0 and copied == sorted(copied) and copied[-1] == report.total


# ---------------------------------------------------------------- the command line


def test_no_progress_line_when_the_output_is_not_a_terminal(demo_url, tmp_path, capsys):
    from xianghua_console.cli import main

    out = tmp_path / "d.xlsx"
    rc = main(["export", "daily", "--from", "2027-03-01", "--to", "2027-03-05", "--out",
               str(out), "--db", demo_url], environ={})
    captured = capsys.readouterr()
    assert rc == 0 and out.is_file()
    assert captured.err == "" and "\r" not in captured.out and "%" not in captured.out


def test_terminal_progress_draws_one_line_in_place():
    class Tty:
        def __init__(self) -> None:
            self.text = ""

        def isatty(self) -> bool:
            return True

        def write(self, s: str) -> None:
            self.text += s

        def flush(self) -> None:
            pass

    tty = Tty()
    with terminal_progress("导出", stream=tty, interval=0) as p:
        assert p is not None
        p(42, 100, "写出工作簿")
        p(0, 0, "读取")
    assert "\r导出  42%  写出工作簿" in tty.text and "\r导出 …  读取" in tty.text
    assert tty.text.endswith("\r\x1b[K")  # erased at the end: the output follows cleanly
    with terminal_progress("导出", stream=open(os.devnull, "w")) as none:  # noqa: SIM115
        assert none is None


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_progress_line_appears_on_a_terminal(demo_url, tmp_path):
    """The real command, its standard error on a pseudo-terminal (pty.openpty)."""
    import pty
    import subprocess

    out = tmp_path / "d.xlsx"
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XIANGHUA_DB": demo_url}
    env.pop("XIANGHUA_USER", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "xianghua_console", "export", "daily", "--from", "2027-03-01",
         "--to", "2027-03-05", "--out", str(out)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, env=env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    stdout = proc.stdout.read().decode()
    assert proc.wait(timeout=120) == 0, b"".join(chunks).decode(errors="replace")
    os.close(master)
    err = b"".join(chunks).decode()
    assert "\r导出" in err and "%" in err and "100%" in err
    assert "已写出" in stdout and "%" not in stdout and out.is_file()
