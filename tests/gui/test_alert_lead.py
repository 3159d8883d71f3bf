"""The amber lead is the office's setting (``alert_lead_minutes``), not a fixed five minutes:
the panel's colours and header, the alerts and ``status --json`` turn at the same moment.

On the fake clock (10:00): 2027-0003's escalation is due at 10:13. With a ten-minute lead it
turns amber — and alerts "soon" — at 10:03:00 exactly, not at 10:08 as the default would.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from xianghua_console.domain.alerts import AlertStage
from xianghua_console.domain.deadlines import DeadlineKind
from xianghua_console.gui.views.base import Palette
from xianghua_console.gui.views.incidents import COL_COUNTDOWN, COL_NUMBER, Urgency
from xianghua_console.services.alert_poll import poll_alerts
from xianghua_console.services.settings import save_settings
from xianghua_console.services.situation import situation_at

BACKGROUND = Qt.ItemDataRole.BackgroundRole


def cell(panel, number: str, col: int, role=Qt.ItemDataRole.DisplayRole):
    model = panel.table.model()
    for r in range(model.rowCount()):
        if model.index(r, COL_NUMBER).data() == number:
            return model.index(r, col).data(role)
    raise AssertionError(number)


def escalation(situation, number: str) -> dict:
    data = situation.to_json()
    incident = next(i for i in data["incidents"] if i["number"] == number)
    return next(d for d in incident["deadlines"] if d["kind"] == DeadlineKind.ESCALATE.value)


def soon(ctx, number: str) -> bool:
    return any(a.number == number and a.stage is AlertStage.SOON for a in poll_alerts(ctx))


def test_a_ten_minute_lead_turns_the_panel_the_alerts_and_the_status_at_once(
    qtbot, make_panel, live_ctx, clock
):
    save_settings(live_ctx, changes={"alert_lead_minutes": 10})
    panel = make_panel(live_ctx)
    assert panel.model.amber_within == timedelta(minutes=10)
    assert cell(panel, "2027-0003", COL_COUNTDOWN) == "13:00"

    clock.advance(minutes=2, seconds=59)  # 10:02:59: 10:01 left, still green everywhere
    panel.model.tick()
    assert cell(panel, "2027-0003", COL_COUNTDOWN, BACKGROUND) == Palette.OK_BG
    assert not soon(live_ctx, "2027-0003")
    assert escalation(situation_at(live_ctx), "2027-0003")["alert"] is None

    clock.advance(seconds=1)  # 10:03:00: ten minutes left — amber, "soon", all three
    panel.model.tick()
    assert cell(panel, "2027-0003", COL_COUNTDOWN) == "10:00"
    assert cell(panel, "2027-0003", COL_COUNTDOWN, BACKGROUND) == Palette.AMBER_BG
    assert panel.model.count(Urgency.AMBER) == 2  # and 0002, due now: due, not yet over
    assert "10 分钟内到期 2 起" in panel.header.text()
    assert soon(live_ctx, "2027-0003")
    status = escalation(situation_at(live_ctx), "2027-0003")
    assert status["alert"] == "soon" and status["remaining_s"] == 600
    assert situation_at(live_ctx).to_json()["alert_lead_minutes"] == 10


def test_the_panel_follows_a_changed_setting_on_reload(qtbot, make_panel, live_ctx, clock, run):
    panel = make_panel(live_ctx)
    clock.advance(minutes=4)  # 10:04: 0003 has 9:00 left — green under the default lead
    panel.model.tick()
    assert cell(panel, "2027-0003", COL_COUNTDOWN, BACKGROUND) == Palette.OK_BG
    assert "分钟内到期" not in panel.header.text()
    save_settings(live_ctx, changes={"alert_lead_minutes": 15})
    run(panel._reload())  # as after the settings dialog's save, or another workstation's
    assert panel.model.amber_within == timedelta(minutes=15)
    assert cell(panel, "2027-0003", COL_COUNTDOWN, BACKGROUND) == Palette.AMBER_BG
    assert "15 分钟内到期" in panel.header.text()
    assert soon(live_ctx, "2027-0003")
    assert escalation(situation_at(live_ctx), "2027-0003")["alert"] == "soon"
