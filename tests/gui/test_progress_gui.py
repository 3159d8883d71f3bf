"""Long work with a progress dialog (gui.progress): the window keeps processing events, the
dialog appears for work that lasts, 取消 stops it where safe and nothing is left half done.

The long jobs here wait on a ``threading.Event`` that the test sets (never a sleep): the job
is held "in the middle" for exactly as long as the test needs to look at the window.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox
from sqlalchemy import func, select
from view_helpers import ViewMaker

from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.progress import ProgressDialog, ProgressRunner, takes_progress
from xianghua_console.services.progress import Cancelled
from xianghua_console.store.models import Unit

TIMEOUT = 10_000


@pytest.fixture
def door(ctx):
    door = DbDoor(ctx)
    yield door
    door.shutdown()


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    win.resize(800, 500)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


class Held:
    """A long job held on an Event: reports, waits for the test, then carries on."""

    def __init__(self, *, no_return: bool = False) -> None:
        self.release = threading.Event()
        self.reached = threading.Event()
        self.no_return = no_return
        self.ended: list[str] = []

    def __call__(self, ctx, *, progress) -> str:  # noqa: ANN001 - a service's shape
        progress(1, 4, "第一步：读取")
        if self.no_return:
            progress.no_return()
        self.reached.set()
        if not self.release.wait(TIMEOUT / 1000):
            raise TimeoutError("the test never released the job")
        try:
            progress(2, 4, "第二步：写出")
            progress(4, 4, "完成")
        except Cancelled:
            self.ended.append("cancelled")
            raise
        self.ended.append("done")
        return "ok"


def gone(dialog) -> bool:
    """Closed (and deleted later, as it is once the job ends)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def ticking(window) -> list[int]:
    """A QTimer on the GUI thread; the list grows while the event loop runs."""
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return ticks


def test_a_long_job_shows_the_dialog_while_the_window_keeps_running(
    qloop, qtbot, window, door, ctx
):
    job = Held()
    runner = ProgressRunner(window, "导出测试")
    ticks = ticking(window)
    task = asyncio.ensure_future(runner.run(door, job, ctx))
    qtbot.waitUntil(lambda: runner.dialog is not None and runner.dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = runner.dialog
    assert isinstance(dialog, ProgressDialog) and dialog.isModal()
    assert dialog.parent() is window
    qtbot.waitUntil(lambda: dialog.label.text() == "第一步：读取", timeout=TIMEOUT)
    assert (dialog.bar.value(), dialog.bar.maximum(), dialog.bar.text()) == (1, 4, "25%")
    seen = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) > seen + 3, timeout=TIMEOUT)  # the loop is not frozen
    window.repaint()  # and the window paints meanwhile
    assert dialog.cancel_button.isEnabled() and not task.done()
    job.release.set()
    qtbot.waitUntil(task.done, timeout=TIMEOUT)
    assert task.result() == "ok" and job.ended == ["done"]
    assert runner.dialog is None and gone(dialog)


def test_quick_work_never_shows_the_dialog(qloop, qtbot, window, door, ctx):
    shown: list[bool] = []
    runner = ProgressRunner(window, "很快", show_after_ms=5_000)
    runner.sig_dialog_shown.connect(lambda: shown.append(True))

    def quick(ctx, *, progress) -> int:  # noqa: ANN001
        progress(1, 1, "完成")
        return 7

    task = asyncio.ensure_future(runner.run(door, quick, ctx))
    qtbot.waitUntil(task.done, timeout=TIMEOUT)
    assert task.result() == 7 and shown == []


def test_cancel_in_the_dialog_stops_the_job_at_its_next_safe_point(
    qloop, qtbot, window, door, ctx
):
    job = Held()
    runner = ProgressRunner(window, "导入测试")
    task = asyncio.ensure_future(runner.run(door, job, ctx))
    qtbot.waitUntil(lambda: runner.dialog is not None and runner.dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = runner.dialog
    dialog.cancel_button.click()
    assert dialog.label.text() == "正在取消……" and not dialog.cancel_button.isEnabled()
    assert dialog.isVisible()  # it stays until the job has really stopped
    job.release.set()
    qtbot.waitUntil(task.done, timeout=TIMEOUT)
    with pytest.raises(Cancelled, match="已取消，未做任何更改"):
        task.result()
    assert job.ended == ["cancelled"] and gone(dialog)


def test_past_the_point_of_no_return_cancel_is_disabled(qloop, qtbot, window, door, ctx):
    job = Held(no_return=True)
    runner = ProgressRunner(window, "恢复测试")
    task = asyncio.ensure_future(runner.run(door, job, ctx))
    qtbot.waitUntil(lambda: runner.dialog is not None and runner.dialog.isVisible()
                    and not runner.dialog.cancel_button.isEnabled(), timeout=TIMEOUT)
    dialog = runner.dialog
    assert "不能再取消" in dialog.note.text()
    dialog.reject()  # Esc: refused too, the dialog stays
    assert dialog.isVisible() and runner.cancel() is False
    job.release.set()
    qtbot.waitUntil(task.done, timeout=TIMEOUT)
    assert task.result() == "ok" and job.ended == ["done"]


def test_the_long_services_take_progress():
    from xianghua_console.exports.directory_xlsx import import_directory_file
    from xianghua_console.exports.jobs import export_daily, export_ledger, export_weekly_xlsx
    from xianghua_console.services.backup import backup_to, restore_in_place
    from xianghua_console.services.roster_admin import export_roster, generate_roster, import_roster

    for fn in (import_directory_file, export_daily, export_ledger, export_weekly_xlsx,
               backup_to, restore_in_place, export_roster, generate_roster, import_roster):
        assert takes_progress(fn), fn.__name__
    assert not takes_progress(len)


# ---------------------------------------------------------------- the reports view


@pytest.fixture
def reports(qloop, qtbot, demo_ctx, tmp_path):
    from xianghua_console.gui.views.reports import ReportsView

    maker = ViewMaker(qtbot)
    view = maker(ReportsView, demo_ctx)
    out = tmp_path / "out"
    out.mkdir()
    view.choose_path = lambda caption, suggested, flt, then: then(out / suggested)
    view.out = out
    yield view
    maker.close()


def held_export(monkeypatch, held: Held) -> None:
    """The daily export, held in the middle of its work until the test releases it."""
    from xianghua_console.exports import jobs

    real = jobs.export_daily

    def export_daily(ctx, *, progress, **kwargs):  # noqa: ANN001
        progress(0, 0, "测试：等待")
        held.reached.set()
        held.release.wait(TIMEOUT / 1000)
        return real(ctx, progress=progress, **kwargs)

    monkeypatch.setattr(jobs, "export_daily", export_daily)


def test_a_long_export_shows_the_progress_dialog_and_the_window_stays_live(
    qtbot, reports, monkeypatch
):
    held = Held()
    held_export(monkeypatch, held)
    ticks = ticking(reports)
    with qtbot.waitSignal(reports.sig_exported, timeout=20_000) as exported:
        reports.daily_button.click()
        qtbot.waitUntil(lambda: reports.runner is not None and reports.runner.dialog is not None
                        and reports.runner.dialog.isVisible(), timeout=TIMEOUT)
        dialog = reports.runner.dialog
        assert dialog.windowTitle() == "导出日报汇总表" and dialog.cancel_button.isEnabled()
        assert reports.busy and not reports.daily_button.isEnabled()
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) > seen + 3, timeout=TIMEOUT)
        assert reports.progress.isVisible() and reports.status.text() == "测试：等待"
        held.release.set()
    path = reports.out / "日报汇总表-2027-03-05.xlsx"
    assert str(path) in exported.args[0] and path.is_file()
    assert reports.runner is None and reports.daily_button.isEnabled()


def test_cancelling_an_export_in_the_dialog_leaves_no_file(qtbot, reports, monkeypatch):
    held = Held()
    held_export(monkeypatch, held)
    with qtbot.waitSignal(reports.sig_export_cancelled, timeout=20_000) as cancelled:
        reports.daily_button.click()
        qtbot.waitUntil(lambda: reports.runner is not None and reports.runner.dialog is not None
                        and reports.runner.dialog.isVisible(), timeout=TIMEOUT)
        reports.runner.dialog.cancel_button.click()
        held.release.set()
    assert cancelled.args[0] == "已取消，未做任何更改。"
    assert reports.status.text() == "已取消，未做任何更改。"
    assert list(reports.out.iterdir()) == []  # no file, and no half of one
    assert reports.daily_button.isEnabled()


# ---------------------------------------------------------------- importing a directory


def test_cancelling_a_directory_import_imports_nothing(qloop, qtbot, sample_ctx, tmp_path,
                                                        monkeypatch):
    from openpyxl import Workbook

    from xianghua_console.exports import directory_xlsx
    from xianghua_console.gui.views.directories import DirectoriesView

    path = tmp_path / "units.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "单位"
    ws.append(["单位名称*", "类型*"])
    ws.append(["北坪村", "村"])
    wb.save(path)
    held = Held()
    real = directory_xlsx.import_units

    def import_units(ctx, *, progress, **kwargs):  # noqa: ANN001
        held.reached.set()
        held.release.wait(TIMEOUT / 1000)
        return real(ctx, progress=progress, **kwargs)

    monkeypatch.setattr(directory_xlsx, "import_units", import_units)
    maker = ViewMaker(qtbot)
    try:
        view = maker(DirectoriesView, sample_ctx)
        with sample_ctx.db.read_session() as s:
            before = s.scalar(select(func.count()).select_from(Unit))
        with qtbot.waitSignal(view.sig_import_cancelled, timeout=TIMEOUT):
            view.import_file(path, "单位")
            qtbot.waitUntil(held.reached.is_set, timeout=TIMEOUT)
            qtbot.waitUntil(lambda: view.window().findChild(ProgressDialog) is not None
                            and view.window().findChild(ProgressDialog).isVisible(),
                            timeout=TIMEOUT)
            view.window().findChild(ProgressDialog).cancel_button.click()
            held.release.set()
        with sample_ctx.db.read_session() as s:
            assert s.scalar(select(func.count()).select_from(Unit)) == before
        assert "已取消" in view.status.text()
    finally:
        for made, made_door in maker.made:  # the directories view has no shutdown()
            made.tasks.cancel_all()
            made_door.shutdown()


# ---------------------------------------------------------------- backup and restore


@pytest.fixture
def main_window(qloop, qtbot, sample_ctx):
    door = DbDoor(sample_ctx)
    win = MainWindow(sample_ctx, door)
    qtbot.addWidget(win)
    win.notifier.muted = True
    with qtbot.waitSignal(win.sig_reloaded, timeout=TIMEOUT):
        win.start()
    yield win
    win.close()
    door.shutdown()


def test_backup_and_restore_from_the_tools_menu(qtbot, main_window, sample_ctx, tmp_path):
    actions = main_window.backups
    assert actions.backup_action in main_window.tools_menu.actions()
    assert actions.backup_action.isVisible() and actions.restore_action.isVisible()
    out = tmp_path / "out"
    out.mkdir()
    chosen: list[tuple[bool, str]] = []

    def choose(save, caption, suggested, flt, then):
        chosen.append((save, Path(suggested).name))
        then(out / "备份.sqlite")

    actions.choose_path = choose
    with qtbot.waitSignal(actions.sig_backed_up, timeout=TIMEOUT) as backed:
        actions.backup_action.trigger()
    assert chosen[0][0] is True and chosen[0][1].startswith("手动备份-20270305")
    backup = Path(backed.args[0])
    assert backup == out / "备份.sqlite" and backup.is_file()
    assert "已备份到" in main_window.info_banner.text()

    with sample_ctx.db.session() as s:  # registered after the backup: gone after the restore
        from xianghua_console.domain.enums import UnitKind

        s.add(Unit(name="备份后新增村", kind=UnitKind.VILLAGE, expected_from=date(2027, 3, 5)))
    with qtbot.waitSignal(actions.sig_restored, timeout=20_000):
        box = actions.confirm_restore(backup)
        box.button(QMessageBox.StandardButton.Yes).click()
    with sample_ctx.db.read_session() as s:
        assert s.scalar(select(func.count()).where(Unit.name == "备份后新增村")) == 0
    assert list(Path(sample_ctx.db.url.removeprefix("sqlite:///")).parent.glob("*before-restore*"))
    done = actions.dialog
    assert done.objectName() == "restored_box" and "请重新打开" in done.text()
    done.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=TIMEOUT)


def test_a_bad_backup_is_refused_and_changes_nothing(qtbot, main_window, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all")
    actions = main_window.backups
    with qtbot.waitSignal(actions.sig_failed, timeout=TIMEOUT) as failed:
        actions.tasks.spawn(actions.restore(junk))
    assert "未做任何更改" in failed.args[0] and main_window.isVisible()
    assert "未做任何更改" in main_window.error_banner.text()


# ---------------------------------------------------------------- roster generation


def test_roster_generation_runs_with_the_progress_dialog(qloop, qtbot, demo_ctx, monkeypatch):
    from xianghua_console.gui.views import roster as roster_view
    from xianghua_console.gui.views.roster import DutyRosterView

    held = Held()
    real = roster_view.generate_roster

    def generate_roster(ctx, *, progress, **kwargs):  # noqa: ANN001 - the service's shape
        progress(0, 4, "读取值班期和人员库")
        held.reached.set()
        held.release.wait(TIMEOUT / 1000)
        return real(ctx, progress=progress, **kwargs)

    monkeypatch.setattr(roster_view, "generate_roster", generate_roster)
    door = DbDoor(demo_ctx)
    view = DutyRosterView(door)
    qtbot.addWidget(view)
    view.show()
    try:
        task = asyncio.ensure_future(view.load())
        qtbot.waitUntil(task.done, timeout=TIMEOUT)
        with qtbot.waitSignal(view.sig_roster_changed, timeout=20_000):
            job = asyncio.ensure_future(view.generate())
            qtbot.waitUntil(lambda: view.window().findChild(ProgressDialog) is not None
                            and view.window().findChild(ProgressDialog).isVisible(),
                            timeout=TIMEOUT)
            dialog = view.window().findChild(ProgressDialog)
            assert dialog.label.text() == "读取值班期和人员库" and view.busy
            held.release.set()
        qtbot.waitUntil(job.done, timeout=TIMEOUT)
        assert job.result().placed > 0 and "已自动排班" in view.message.text()
    finally:
        view.shutdown()
        door.shutdown()
