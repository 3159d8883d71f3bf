"""Warning notices in the GUI: issuing, the view's receipts and countdown, recording, printing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from command_office import make_office
from PySide6.QtCore import Qt

from xianghua_console.gui.dialogs.notice import (
    NoticeDialog,
    open_issue_notice_dialog,
    open_notice_dialog,
)
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.views.notices import (
    COL_COUNTDOWN,
    RCOL_PHONE,
    RCOL_STATE,
    RCOL_UNIT,
    NoticesView,
)
from xianghua_console.services.notices import issue_notice, list_notices, notice_detail

TIMEOUT = 10_000


@pytest.fixture
def office(ctx):
    return make_office(ctx)


@pytest.fixture
def door(ctx, qloop):
    d = DbDoor(ctx)
    yield d
    d.shutdown()


def shown(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_issuing_a_notice_with_shortcuts_and_a_linked_incident(qtbot, door, ctx, office):
    dialog = open_issue_notice_dialog(door)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=TIMEOUT):
        pass
    assert "香稳预〔2027〕1号" in dialog.number_label.text()
    # a sub-command without a head warns as soon as it is highlighted
    migrants = dialog.issuer_combo.findData(office.bodies["sc_migrants"])
    dialog.issuer_combo.highlighted.emit(migrants)
    assert not dialog.issuer_warning.isHidden() and "移民分指" in dialog.issuer_warning.text()
    dialog.issuer_combo.activated.emit(0)  # the General HQ (which has a head) chosen
    assert dialog.issuer_warning.isHidden()

    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.saving and bool(dialog.error_text("title")), timeout=TIMEOUT)
    assert dialog.error_text("unit_ids").startswith("请选择主送")
    assert list_notices(ctx) == []

    dialog.all_villages.setChecked(True)
    dialog.tick_unit("派出所")
    assert dialog.target_count.text() == "主送 4 个单位"
    dialog.title_edit.setText("关于做好征地补偿矛盾排查化解工作的预警通知")
    dialog.content_edit.setPlainText("各村要对征地补偿方面的矛盾纠纷再排查一遍。")
    dialog.measures_edit.setPlainText("一、坚持日报告、零报告；\n二、保持通讯畅通。")
    dialog.incident_combo.setCurrentIndex(dialog.incident_combo.findData(office.incident_id))
    with qtbot.waitSignal(dialog.sig_saved, timeout=TIMEOUT) as saved:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    detail = saved.args[0]
    assert detail.number == "香稳预〔2027〕1号" and detail.recipients == "各村（居）、派出所"
    assert [r.unit for r in detail.receipts] == ["东岗村", "西岭村", "南湾村", "派出所"]
    assert detail.incident_number == "2027-0001"
    assert detail.receipt_due_at is not None and detail.receipt_due_at > ctx.clock.now()


def make_notice(ctx, office, hours=2):
    return issue_notice(ctx, issuer_id=office.bodies["hq"], title="预警通知", content="内容",
                        all_villages=True, receipt_due_at=ctx.clock.now() + timedelta(hours=hours))


def test_the_view_shows_receipts_phones_and_the_countdown(qtbot, door, ctx, clock, office):
    notice = make_notice(ctx, office)
    view = NoticesView(door)
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    with qtbot.waitSignal(view.sig_detail_shown, timeout=TIMEOUT):
        view.tasks.spawn(view.load(), name="test_load")
    assert shown(view.model, COL_COUNTDOWN) == ["2:00:00"]
    assert view.model.timer_active()
    receipts = view.receipts.proxy
    assert shown(receipts, RCOL_UNIT) == ["东岗村", "西岭村", "南湾村"]
    assert shown(receipts, RCOL_PHONE) == ["13700000001", "13700000002", "（无电话）"]
    assert "剩余 2:00:00" in view.receipts.clock_label.text()
    assert "未回执 3 个单位" in view.receipts.clock_label.text()

    clock.advance(hours=2, seconds=5)
    with qtbot.waitSignal(view.model.sig_ticked, timeout=TIMEOUT):
        pass  # the model's own timer ticks
    assert shown(view.model, COL_COUNTDOWN) == ["超时 00:05"]
    assert "超时 00:05" in view.receipts.clock_label.text()
    assert "已过回执时限仍未齐 1 份" in view.header.text()

    # the receipts dialog records one; the view reloads and the unit moves to 已回执
    dialog = NoticeDialog(door, notice.id, view)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=TIMEOUT):
        dialog.open()
        dialog.start()
    dialog.sig_changed.connect(lambda: view.tasks.spawn(view.load(), name="reload"))
    dialog.select_unit("西岭村")
    assert dialog.confirmed_by.text() == "魏静" and "13700000002" in dialog.unit_label.text()
    with qtbot.waitSignal(view.sig_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert "已登记 西岭村 的回执" in dialog.message.text()
    qtbot.waitUntil(lambda: "已回执" in shown(view.receipts.proxy, RCOL_STATE), timeout=TIMEOUT)
    got = notice_detail(ctx, notice_id=notice.id)
    receipt = next(r for r in got.receipts if r.unit == "西岭村")
    assert receipt.confirmed_by == "魏静" and receipt.recorded_by == "测试员"
    assert receipt.confirmed_at == clock.now()
    assert "未回执 2 个单位" in dialog.panel.clock_label.text()


def test_a_notice_prints_to_pdf_and_opens_its_preview(qtbot, door, ctx, office, tmp_path):
    notice = make_notice(ctx, office)
    dialog = open_notice_dialog(door, notice.id)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    path = tmp_path / "notice.pdf"
    assert dialog.export_pdf(path)
    assert path.read_bytes()[:5] == b"%PDF-" and path.stat().st_size > 5000
    assert "已导出" in dialog.message.text()
    dialog.preview()
    preview = dialog.preview_dialog
    qtbot.waitUntil(preview.isVisible, timeout=TIMEOUT)
    assert preview.property("title") == "香稳预〔2027〕1号"
    preview.close()
    dialog.close()


def test_a_receipt_already_recorded_is_refused_in_the_dialog(qtbot, door, ctx, office):
    from xianghua_console.services.notices import record_receipt

    notice = make_notice(ctx, office)
    dialog = open_notice_dialog(door, notice.id)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    dialog.select_unit("东岗村")
    # another workstation records it meanwhile
    record_receipt(ctx, notice_id=notice.id, unit_id=office.villages["东岗村"], confirmed_by="林勇")
    with qtbot.waitSignal(dialog.sig_acted, timeout=TIMEOUT):
        dialog.record_button.click()
    assert "不必重复登记" in dialog.message.text()
    dialog.close()
