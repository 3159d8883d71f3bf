"""The console in English and in Chinese: the translators change what the widgets say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QMessageBox

from xianghua_console.gui import i18n
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.gui.ops import DbDoor

ROOT = Path(__file__).resolve().parents[2]
TABS_EN = ["Incidents", "Roster", "Daily", "Notices", "Meetings", "Reports", "Directory"]


@pytest.fixture(scope="module", autouse=True)
def compiled():
    """The .qm files as ``make translations`` builds them (rebuilt when a .ts is newer)."""
    stale = [
        ts for ts in (ROOT / "resources" / "i18n").glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"], check=True)


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def form_labels(dialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(item.widget().text())
    return labels


def test_english_tabs_and_dialog(qapp, qloop, qtbot, ctx):
    assert i18n.install_translators("en") == "en"
    door = DbDoor(ctx)
    window = MainWindow(ctx, door)
    qtbot.addWidget(window)
    try:
        assert tab_titles(window) == TABS_EN
        assert QCoreApplication.translate("App", i18n.APP_DISPLAY_NAME).startswith("Xianghua")

        from xianghua_console.gui.login import LoginDialog

        dialog = LoginDialog(ctx.db, ctx.clock, first=True)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Create the first office director account"
        assert form_labels(dialog) == ["User name", "Name", "Password", "Repeat"]
        buttons = dialog.findChild(QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Create and log in"
    finally:
        window.close()
        door.shutdown()


def test_chinese_standard_buttons_from_qts_own_translation(qapp):
    assert i18n.install_translators("zh_CN") == "zh_CN"
    box = QMessageBox(QMessageBox.Icon.Question, "标题", "正文")
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"
    assert box.button(QMessageBox.StandardButton.Ok).text() == "确定"


def test_without_translators_the_code_speaks_chinese(qapp, qloop, qtbot, ctx):
    door = DbDoor(ctx)
    window = MainWindow(ctx, door)
    qtbot.addWidget(window)
    try:
        assert tab_titles(window)[:3] == ["事件", "值班", "日报"]
    finally:
        window.close()
        door.shutdown()


def test_the_language_setting_and_the_environment(ctx, monkeypatch):
    from xianghua_console.services.context import load_settings

    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    with ctx.db.read_session() as session:
        assert load_settings(session).language == "zh_CN"
    assert i18n.database_language(ctx.db) == "zh_CN"
    assert i18n.requested_language("en") == "en"
    assert i18n.requested_language(None) == "zh_CN"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en_US")
    assert i18n.requested_language("zh_CN") == "en"
    assert i18n.use_database_language(ctx.db) == "en"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "klingon")
    assert i18n.requested_language("zh_CN") == "zh_CN"


def test_the_stored_setting_chooses_english(ctx, monkeypatch):
    from xianghua_console.store.models import Setting

    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    with ctx.db.session() as session:
        session.merge(Setting(key="language", value='"en"'))
    assert i18n.use_database_language(ctx.db) == "en"
    assert QCoreApplication.translate("MainWindow", "值班") == "Roster"


def test_screenshot_in_english(qapp, sample_ctx, tmp_path, monkeypatch):
    """``XIANGHUA_LANG=en xianghua-console screenshot`` renders the English views."""
    from xianghua_console.gui.screenshot import render_views

    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    paths = render_views(sample_ctx, tmp_path)
    assert i18n.current_language() == "en"
    assert all(p.stat().st_size > 10_000 for p in paths)


def test_a_core_refusal_reaches_the_screen_in_english(qapp, sample_ctx):
    """Real refusals of real service calls, shown by ``describe_error``: the core's template
    translated under ``core`` with its values filled, domain terms through ``fmt.label``."""
    from sqlalchemy import select

    from xianghua_console.domain.enums import Role
    from xianghua_console.gui.core_text import field_texts
    from xianghua_console.gui.ops import describe_error
    from xianghua_console.services.context import Ctx, Refused
    from xianghua_console.services.directories import archive_unit
    from xianghua_console.services.incident_log import InvalidInput, NewIncident, log_incident
    from xianghua_console.store.models import Unit

    reader = Ctx(sample_ctx.db, sample_ctx.clock, actor="查看员", role=Role.READ_ONLY)
    with pytest.raises(Refused) as denied:
        log_incident(reader, data=NewIncident(None, None, None, ""))
    with sample_ctx.db.read_session() as session:
        unit_id = session.scalar(select(Unit.id).where(Unit.name == "东岗村"))
    archive_unit(sample_ctx, unit_id=unit_id)
    with pytest.raises(Refused) as archived:
        archive_unit(sample_ctx, unit_id=unit_id)
    with pytest.raises(InvalidInput) as invalid:
        log_incident(sample_ctx, data=NewIncident(None, None, None, ""))

    assert i18n.install_translators("en") == "en"
    assert describe_error(denied.value) == (
        "“Log incidents” needs the Duty officer or Office director role; "
        "the current account (查看员, Read-only) may not do it."
    )
    assert describe_error(archived.value) == "“东岗村” is already archived."
    fields = field_texts(invalid.value.errors)
    assert fields["occurred_at"] == "Enter when the incident occurred"
    assert fields["unit_id"] == "Choose the reporting village or unit"
    assert describe_error(invalid.value).startswith("Enter when the incident occurred; ")

    assert i18n.install_translators("zh_CN") == "zh_CN"
    assert describe_error(denied.value) == str(denied.value) == (
        "“登记事件”需要值班员或办公室主任权限，当前账号（查看员，只读）不能操作。"
    )
    assert describe_error(archived.value) == "“东岗村”已归档。"
    assert field_texts(invalid.value.errors)["occurred_at"] == "请填写事件发生时间"


def test_roster_findings_and_dates_in_english(qapp):
    from datetime import date

    from xianghua_console.domain.roster_checks import check_roster
    from xianghua_console.domain.settings import Settings
    from xianghua_console.gui import core_text

    findings = check_roster([], days=[date(2027, 3, 5)], settings=Settings())
    assert str(findings[0].message).startswith("03月05日没有排班：03月05日08:30至03月06日08:30")
    assert i18n.install_translators("en") == "en"
    assert core_text.text(findings[0].message) == (
        "03-05 has no roster: no shift leader 03-05 08:30 to 03-06 08:30"
    )
