"""The settings dialog: every setting on a page with its unit, refusals under their fields,
the defaults of a page back with one button, and a saved cutoff in force at once."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QSpinBox
from view_helpers import shown_text

from xianghua_console.domain.enums import Role
from xianghua_console.domain.settings import Settings
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.settings_dialog import SettingsDialog
from xianghua_console.services.settings import current_settings, update_settings


@pytest.fixture
def director_ctx(sample_ctx):
    return replace(sample_ctx, actor="主任甲", role=Role.DIRECTOR)


@pytest.fixture
def dialog(qloop, qtbot, director_ctx):
    door = DbDoor(director_ctx)
    dialog = SettingsDialog(door)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.start()
    yield dialog
    dialog.tasks.cancel_all()
    door.shutdown()


def test_every_setting_has_its_field_with_unit_and_name(dialog):
    assert set(dialog.widgets) == {f.name for f in fields(Settings)}
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "时限", "日报与值班", "本办", "本机"]
    report = dialog.widgets["report_minutes"]
    assert isinstance(report, QSpinBox) and report.suffix() == " 分钟" and report.value() == 15
    assert dialog.widgets["special_report_days"].suffix() == " 天"
    assert dialog.widgets["emergency_fund_min_yuan"].suffix() == " 元"
    assert dialog.widgets["emergency_fund_min_yuan"].text() == "10,000 元"
    assert dialog.widgets["office_phones"].text() == "69525655、69527569"
    assert dialog.widgets["idle_lock_minutes"].value() == 15
    assert dialog.widgets["language"].currentData() == "zh_CN"
    assert all(w.accessibleName() for w in dialog.widgets.values())
    assert dialog.changes() == {}


def test_a_number_out_of_range_is_said_under_its_field(qtbot, dialog):
    spin = dialog.widgets["report_minutes"]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0")
    assert dialog.error_text("report_minutes") == "请填 1 到 10000 之间的整数（分钟）"
    assert spin.accessibleDescription() == "请填 1 到 10000 之间的整数（分钟）"
    dialog.submit()  # refused here, nothing sent
    assert dialog.isVisible() and not dialog.saving
    qtbot.keyClicks(spin.lineEdit(), "5")
    assert dialog.error_text("report_minutes") == ""


def test_the_services_refusals_appear_under_their_fields_on_their_page(qtbot, dialog,
                                                                       director_ctx):
    dialog.widgets["standby_slots_min"].setValue(3)
    dialog.widgets["standby_slots_max"].setValue(2)
    dialog.widgets["office_phones"].setText("69525655、办公室")
    dialog.widgets["town_name"].setText("")
    dialog.tabs.setCurrentIndex(3)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("town_name") != "", timeout=10_000)
    assert dialog.error_text("town_name") == "不能为空"  # under its field: no name needed
    assert "不合要求的：办公室" in dialog.error_text("office_phones")
    assert dialog.error_text("standby_slots_max") == "备勤人员的最多人数不能少于最少人数"
    assert dialog.widgets["standby_slots_max"].property("invalid")
    assert dialog.tabs.currentIndex() == 1  # the page of the first refusal comes forward
    assert dialog.isVisible()
    assert current_settings(director_ctx).standby_slots_min == 2  # nothing written


def test_reset_puts_the_plans_defaults_back_on_one_page(dialog):
    dialog.widgets["report_minutes"].setValue(30)
    dialog.widgets["backup_keep"].setValue(5)
    dialog.findChild(type(dialog.ok_button), "reset_page_0").click()
    assert dialog.widgets["report_minutes"].value() == 15
    assert dialog.widgets["backup_keep"].value() == 5  # another page
    assert dialog.changes() == {"backup_keep": 5}


def test_another_workstations_change_is_shown_and_mine_reapplied_on_reload(qtbot, dialog,
                                                                           director_ctx):
    update_settings(replace(director_ctx, actor="主任乙"), changes={"backup_keep": 12})
    dialog.widgets["daily_cutoff"].setTime(QTime(17, 0))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None
                    and dialog.conflict_dialog.isVisible(), timeout=10_000)
    conflict = dialog.conflict_dialog
    assert "主任乙" in conflict.message.text() and "自动备份保留份数" in conflict.message.text()
    assert ["自动备份保留份数", "30", "12"] in conflict.rows()  # as read, and now
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        conflict.reload_button.click()  # theirs read again, mine applied on top and saved
    now = current_settings(director_ctx)
    assert now.daily_cutoff == time(17, 0) and now.backup_keep == 12


def test_when_both_changed_the_same_setting_mine_is_kept_for_a_look(qtbot, dialog,
                                                                    director_ctx):
    update_settings(replace(director_ctx, actor="主任乙"), changes={"daily_cutoff": "17:15"})
    dialog.widgets["daily_cutoff"].setTime(QTime(17, 0))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None
                    and dialog.conflict_dialog.isVisible(), timeout=10_000)
    dialog.conflict_dialog.reload_button.click()
    qtbot.waitUntil(lambda: dialog.error_text("daily_cutoff") != "", timeout=10_000)
    assert dialog.error_text("daily_cutoff") == "另一台电脑也改了这一项，改为：17:15（这里保留了你填写的）"
    assert dialog.changes() == {"daily_cutoff": time(17, 0)}  # mine, kept, not yet saved
    assert current_settings(director_ctx).daily_cutoff == time(17, 15)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        dialog.submit()  # after a look: saved on the version read now
    assert current_settings(director_ctx).daily_cutoff == time(17, 0)


def test_a_saved_cutoff_is_in_force_at_once(qtbot, qloop, director_ctx):
    door = DbDoor(director_ctx)
    window = MainWindow(director_ctx, door)
    qtbot.addWidget(window)
    window.notifier.muted = True
    try:
        with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
            window.start()
        assert "距今日 16:30 日报截止 6:30:00" in shown_text(window.cutoff_label)
        assert window.settings_action.isVisible()
        window.settings_action.trigger()
        dialog = window.settings_dialog
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
        dialog.tabs.setCurrentIndex(1)
        cutoff = dialog.widgets["daily_cutoff"]
        cutoff.setFocus()
        cutoff.setSelectedSection(cutoff.Section.HourSection)
        qtbot.keyClicks(cutoff, "17")
        assert dialog.changes() == {"daily_cutoff": time(17, 30)}
        with qtbot.waitSignal(window.sig_reloaded, timeout=10_000):
            qtbot.keyClick(cutoff, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert "距今日 17:30 日报截止 7:30:00" in shown_text(window.cutoff_label)
        assert "截止时间 17:30" in window.daily.header.text()
        assert "设置已保存" in window.info_banner.text()
        assert current_settings(director_ctx).daily_cutoff == time(17, 30)
        assert QApplication.instance() is not None
    finally:
        window.close()
        door.shutdown()
