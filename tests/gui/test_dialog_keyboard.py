"""Every dialog of the console, by keyboard: Tab reaches each visible, enabled input exactly once,
top to bottom (left to right within a row), and every input has an accessible name.

The dialog classes are found by walking ``xianghua_console.gui``: a new dialog without an
entry in :data:`OPENERS` fails here, named, until it is opened (as the console opens it) and
checked. Tab is pressed as a person would press it, so a text box that swallows Tab or a table
that moves between its cells on Tab is caught too.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QDialog,
    QTabWidget,
    QWidget,
)

import xianghua_console.gui as gui_package
from xianghua_console.domain.enums import DailyState, DutySlot
from xianghua_console.domain.lifecycle import Step
from xianghua_console.gui.forms import is_input
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.ops import DbDoor

TIMEOUT = 10_000
#: Bases that are never shown themselves.
ABSTRACT = {"InputDialog", "ActionDialog", "_TimedDialog"}


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog subclass defined in the GUI package, by name."""
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(gui_package.__path__, gui_package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, QDialog) and cls.__module__ == module.__name__
                    and name not in ABSTRACT):
                found[name] = cls
    return found


# ---------------------------------------------------------------- opening each dialog


@dataclass
class Kit:
    """The main window on the demo office, every view loaded, and the test's helpers."""

    window: MainWindow
    qtbot: object

    def wait(self, condition: Callable[[], object]) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=TIMEOUT)


def _incident(kit: Kit, *, step: Step | None = None):
    panel = kit.window.incidents
    kit.window.tabs.setCurrentWidget(panel)
    from xianghua_console.domain.lifecycle import next_steps

    row = next(r for r in panel.model.rows if step is None or step in next_steps(r.status))
    panel.select_incident(row.id)
    return panel, row


def open_incident_dialog(kit: Kit) -> QDialog:
    panel = kit.window.incidents
    panel.open_new_dialog()
    kit.wait(lambda: panel.dialog is not None and panel.dialog.isVisible())
    return panel.dialog


def open_step(kit: Kit) -> QDialog:
    panel, _ = _incident(kit, step=Step.VERIFY)
    panel.open_step(Step.VERIFY)
    return panel.dialog


def open_special_report(kit: Kit) -> QDialog:
    panel, _ = _incident(kit)
    panel.open_step(Step.SPECIAL_REPORT)
    return panel.dialog


def open_report_up(kit: Kit) -> QDialog:
    panel, _ = _incident(kit)
    panel.open_report_up(county=True)
    return panel.dialog


def open_correction(kit: Kit) -> QDialog:
    panel, _ = _incident(kit)
    panel.open_correction()
    return panel.dialog


def open_assignment(kit: Kit) -> QDialog:
    panel, _ = _incident(kit)
    panel.open_assignment()
    kit.wait(lambda: panel.command_dialog.loaded)
    return panel.command_dialog


def open_onscene(kit: Kit) -> QDialog:
    panel, _ = _incident(kit)
    panel.open_onscene()
    kit.wait(lambda: panel.command_dialog.loaded)
    return panel.command_dialog


def _daily_unit(kit: Kit, *states: DailyState):
    daily = kit.window.daily
    kit.window.tabs.setCurrentWidget(daily)
    row = next(r for r in daily.board.rows if r.state in states)
    daily.select_unit(row.unit_id)
    return daily


def open_situation(kit: Kit) -> QDialog:
    daily = _daily_unit(kit, DailyState.PENDING)
    daily.open_situation_dialog()
    return daily.dialog


def open_daily_correction(kit: Kit) -> QDialog:
    daily = _daily_unit(kit, DailyState.ZERO, DailyState.SITUATION)
    daily.open_correction_dialog()
    return daily.dialog


def open_meeting(kit: Kit) -> QDialog:
    meetings = kit.window.meetings
    kit.window.tabs.setCurrentWidget(meetings)
    meetings.open_meeting_dialog()
    return meetings.dialog


def open_issue_notice(kit: Kit) -> QDialog:
    notices = kit.window.notices
    notices.open_issue()
    dialog = notices.issue_dialog
    kit.wait(dialog.ok_button.isEnabled)
    return dialog


def open_notice(kit: Kit) -> QDialog:
    from xianghua_console.gui.dialogs.notice import NoticeDialog

    notices = kit.window.notices
    dialog = NoticeDialog(kit.window.door, notices.model.row_at(0).id, notices)
    dialog.open()
    dialog.start()
    kit.wait(lambda: dialog.loaded)
    return dialog


def _directories(kit: Kit):
    view = kit.window.directories
    kit.window.tabs.setCurrentWidget(view)
    return view


def open_unit(kit: Kit) -> QDialog:
    view = _directories(kit)
    return view.edit_unit(view.data.units[0])


def open_staff(kit: Kit) -> QDialog:
    view = _directories(kit)
    return view.edit_staff(view.data.staff[0])


def open_body(kit: Kit) -> QDialog:
    view = _directories(kit)
    view.tabs.setCurrentWidget(view.bodies)
    view.bodies.table.selectRow(0)
    return view.edit_body()


def open_category(kit: Kit) -> QDialog:
    view = _directories(kit)
    view.tabs.setCurrentWidget(view.categories)
    view.categories.table.selectRow(0)
    return view.edit_category()


def open_import_problems(kit: Kit) -> QDialog:
    from xianghua_console.gui.dialogs.directory import ImportProblemsDialog
    from xianghua_console.services.directories import ImportProblem

    problems = [ImportProblem("单位", 3, "B", "类别", "“村委”不是村或镇直单位")]
    dialog = ImportProblemsDialog("单位.xlsx", problems, kit.window)
    dialog.open()
    return dialog


def _roster(kit: Kit, slot: DutySlot | None = DutySlot.DUTY):
    from xianghua_console.gui.views.roster import COL_DAY

    view = kit.window.roster
    kit.window.tabs.setCurrentWidget(view)
    day = date(2027, 3, 6)
    row = view.model.row_of(day)
    column = view.model.place_column(slot, 0) if slot is not None else COL_DAY
    view.table.setCurrentIndex(view.model.index(row, column))
    return view


def open_picker(kit: Kit) -> QDialog:
    return _roster(kit).open_picker()


def open_unavailability(kit: Kit) -> QDialog:
    return _roster(kit).open_unavailability()


def open_swap(kit: Kit) -> QDialog:
    return _roster(kit).open_swap_request()


def open_supplies(kit: Kit) -> QDialog:
    return _roster(kit, None).open_supplies()


def open_new_period(kit: Kit) -> QDialog:
    return _roster(kit, None).open_new_period()


def open_generate(kit: Kit) -> QDialog:
    return _roster(kit, None).open_generate()


def open_text_step(kit: Kit) -> QDialog:
    from xianghua_console.gui.roster_dialogs import TextStepDialog

    dialog = TextStepDialog(title="主任批准调班", prompt="批准的办公室主任：", required=True,
                            parent=kit.window)
    dialog.open()
    return dialog


def open_import_errors(kit: Kit) -> QDialog:
    from xianghua_console.exports.roster_xlsx import SheetProblem
    from xianghua_console.gui.roster_dialogs import ImportErrorsDialog

    dialog = ImportErrorsDialog(
        "值班表.xlsx", [SheetProblem("值班表", 4, "C", "值班人员", "没有这个人")], kit.window
    )
    dialog.open()
    return dialog


def open_by_method(view_attr: str, method: str) -> Callable[[Kit], QDialog]:
    """A dialog a view opens from one of its methods (which returns it)."""

    def opener(kit: Kit) -> QDialog:
        view = getattr(kit.window, view_attr)
        kit.window.tabs.setCurrentWidget(view)
        dialog = getattr(view, method)()
        kit.wait(lambda: getattr(dialog, "loaded", True))
        return dialog

    return opener


def open_login(kit: Kit) -> QDialog:
    from xianghua_console.gui.login import LoginDialog

    dialog = LoginDialog(kit.window.ctx.db, kit.window.clock, first=True, parent=kit.window)
    dialog.open()
    return dialog


def open_unlock(kit: Kit) -> QDialog:
    window = kit.window
    dialog = dialog_classes()["UnlockDialog"](window.door, window.tasks, window.ctx, window)
    dialog.open()
    return dialog


def open_audit(kit: Kit) -> QDialog:
    from xianghua_console.gui.audit_view import open_audit_dialog

    window = kit.window
    dialog = open_audit_dialog(window.door, window.tasks, window)
    kit.wait(lambda: not window.tasks.pending)  # its choices and first page are read
    return dialog


def open_progress(kit: Kit) -> QDialog:
    from xianghua_console.gui.progress import ProgressDialog

    dialog = ProgressDialog("正在导出日报汇总表……", kit.window)
    dialog.set_progress(3, 18, "东岗村")
    dialog.open()
    return dialog


def open_settings(kit: Kit) -> QDialog:
    kit.window.show_settings()
    dialog = kit.window.settings_dialog
    kit.wait(dialog.ok_button.isEnabled)
    return dialog


def open_shortcuts(kit: Kit) -> QDialog:
    kit.window.show_shortcuts()
    return kit.window.shortcuts_dialog


def open_conflict(kit: Kit) -> QDialog:
    from xianghua_console.gui.conflict_dialog import ConflictDialog
    from xianghua_console.services.conflicts import Conflict

    conflict = Conflict(what="单位“东岗村”", entity="unit", entity_id=1, expected_version=1,
                        current_version=2, current={"名称": "东岗村", "信息员": "林勇"},
                        changed_by="主任乙")
    dialog = ConflictDialog(conflict, kit.window)
    dialog.open()
    return dialog


#: How the console opens each dialog class (a new dialog class needs its line here).
OPENERS: dict[str, Callable[[Kit], QDialog]] = {
    "IncidentDialog": open_incident_dialog,
    "StepDialog": open_step,
    "SpecialReportDialog": open_special_report,
    "ReportUpDialog": open_report_up,
    "CorrectionDialog": open_correction,
    "AssignmentDialog": open_assignment,
    "OnSceneDialog": open_onscene,
    "SituationDialog": open_situation,
    "DailyCorrectionDialog": open_daily_correction,
    "MeetingDialog": open_meeting,
    "IssueNoticeDialog": open_issue_notice,
    "NoticeDialog": open_notice,
    "UnitDialog": open_unit,
    "StaffDialog": open_staff,
    "BodyDialog": open_body,
    "CategoryDialog": open_category,
    "ImportProblemsDialog": open_import_problems,
    "StaffPicker": open_picker,
    "UnavailabilityDialog": open_unavailability,
    "SwapRequestDialog": open_swap,
    "TextStepDialog": open_text_step,
    "GenerateDialog": open_generate,
    "SuppliesDialog": open_supplies,
    "NewPeriodDialog": open_new_period,
    "ImportErrorsDialog": open_import_errors,
    "CalendarDialog": open_by_method("roster", "open_calendar"),
    "PoolsDialog": open_by_method("roster", "open_pools"),
    "LoginDialog": open_login,
    "UnlockDialog": open_unlock,
    "SettingsDialog": open_settings,
    "AuditDialog": open_audit,
    "ProgressDialog": open_progress,
    "ShortcutsDialog": open_shortcuts,
    "ConflictDialog": open_conflict,
}


# ---------------------------------------------------------------- the checks


def inputs_of(dialog: QDialog) -> list[QWidget]:
    """The dialog's visible, enabled inputs that take focus from Tab, in visual order."""
    found = [
        w for w in dialog.findChildren(QWidget)
        if is_input(w) and w.isVisibleTo(dialog) and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is dialog
    ]
    return sorted(found, key=lambda w: (top(dialog, w), left(dialog, w)))


def top(dialog: QDialog, w: QWidget) -> int:
    return w.mapTo(dialog, QPoint(0, 0)).y()


def left(dialog: QDialog, w: QWidget) -> int:
    return w.mapTo(dialog, QPoint(0, 0)).x()


def owner(widget: QWidget | None, inputs: list[QWidget]) -> QWidget | None:
    """The input that ``widget`` (the focus widget: maybe a viewport or an inner editor) is."""
    while widget is not None:
        if widget in inputs:
            return widget
        widget = widget.parentWidget()
    return None


def comes_after(dialog: QDialog, a: QWidget, b: QWidget) -> bool:
    """Whether ``b`` follows ``a`` as one reads: below it, on the same line to its right, or
    up at the top of a column to its right (a dialog in two columns reads column by column)."""
    a_top, b_top = top(dialog, a), top(dialog, b)
    a_left, b_left = left(dialog, a), left(dialog, b)
    same_line = b_top < a_top + a.height() and a_top < b_top + b.height()
    if same_line:
        return b_left > a_left
    return b_top > a_top or b_left >= a_left + a.width()


def tab_away(dialog: QDialog) -> bool:
    """Press Tab once (a date's sections take a Tab each before it leaves); False when the
    focus does not move on."""
    focus = dialog.focusWidget()
    steps = focus.sectionCount() if isinstance(focus, QDateTimeEdit) else 1
    for _ in range(steps):
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        if dialog.focusWidget() is not focus:
            return True
    return False


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")  # a button's (or a check box's) own words
    return ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or name_of(widget) or '?'})"


def tab_walk(dialog: QDialog) -> list[str]:
    """Press Tab round the dialog from its first input; the problems found (none: [])."""
    problems: list[str] = []
    inputs = inputs_of(dialog)
    if not inputs:
        return [f"{type(dialog).__name__}: no input found"]
    for w in inputs:
        if not name_of(w):
            problems.append(f"{describe(w)} has no accessible name")
    if len(inputs) == 1:
        return problems  # Tab has nowhere else to go
    first = inputs[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = [first]
    for _ in range(4 * len(dialog.findChildren(QWidget)) + 10):
        focus = dialog.focusWidget()
        if not tab_away(dialog):
            problems.append(f"Tab does not leave {describe(owner(focus, inputs) or focus)}")
            break
        now = owner(dialog.focusWidget(), inputs)
        if now is None:
            continue  # a tab bar, a label: not an input
        if now is first:
            break
        if now in reached:
            problems.append(f"{describe(now)} is reached twice before the round ends")
            break
        reached.append(now)
    missing = [describe(w) for w in inputs if w not in reached]
    if missing:
        problems.append("Tab never reaches " + ", ".join(missing))
    # Round the dialog the order may go back up once only: from the last input to the first.
    ups = [f"{describe(a)} → {describe(b)}"
           for a, b in zip(reached, reached[1:] + reached[:1], strict=True)
           if not comes_after(dialog, a, b)]
    if len(ups) > 1:
        problems.append("Tab goes back up more than once: " + "; ".join(ups))
    return problems


@pytest.fixture
def kit(qloop, qtbot, demo_ctx):
    door = DbDoor(demo_ctx)
    window = MainWindow(demo_ctx, door)
    qtbot.addWidget(window)
    window.notifier.muted = True
    with qtbot.waitSignal(window.sig_reloaded, timeout=TIMEOUT):
        window.start()
    window.activateWindow()
    yield Kit(window, qtbot)
    window.close()
    door.shutdown()


def test_every_dialog_class_has_an_opener():
    classes = set(dialog_classes())
    missing = sorted(classes - set(OPENERS))
    assert not missing, f"add these dialogs to OPENERS so that their keyboard use is checked: {missing}"
    stale = sorted(set(OPENERS) - classes)
    assert not stale, f"OPENERS names dialogs that are gone (remove them): {stale}"


def test_every_dialog_is_walked_by_tab_in_visual_order_with_named_inputs(qtbot, kit):
    classes = dialog_classes()
    problems: dict[str, list[str]] = {}
    for name, opener in OPENERS.items():
        try:
            dialog = opener(kit)
        except Exception as exc:  # noqa: BLE001 - listed with the others
            problems[name] = [f"could not be opened: {exc!r}"]
            continue
        assert isinstance(dialog, classes[name]), (name, dialog)
        kit.wait(dialog.isVisible)
        QApplication.processEvents()
        found = tab_walk(dialog)
        for tabs in dialog.findChildren(QTabWidget):  # every page, not only the first
            for page in range(1, tabs.count()):
                tabs.setCurrentIndex(page)
                found += [f"({tabs.tabText(page)}) {p}" for p in tab_walk(dialog)]
        if found:
            problems[name] = found
        dialog.reject()
        if shiboken6.isValid(dialog) and dialog.isVisible():
            QDialog.done(dialog, QDialog.DialogCode.Rejected)  # one whose Esc asks first
        kit.wait(lambda d=dialog: not shiboken6.isValid(d) or not d.isVisible())
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())

