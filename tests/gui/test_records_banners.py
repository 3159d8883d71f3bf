"""The banners about the records: a broken hash chain, a network share, the clock set back."""

from __future__ import annotations

import os
import sqlite3
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from xianghua_console.gui import records_watch
from xianghua_console.gui.main_window import MainWindow
from xianghua_console.services import integrity
from xianghua_console.store import workstation
from xianghua_console.store.db import sqlite_path
from xianghua_console.store.models import AuditEntry, TimelineEntry

SHOTS = Path(os.environ.get("XIANGHUA_TEST_SHOTS", "")) if os.environ.get(
    "XIANGHUA_TEST_SHOTS") else None




def open_and_check(qtbot, window: MainWindow) -> list[str]:
    """Start the window; the problems of the chain scan that follows its first load."""
    with qtbot.waitSignal(window.records.sig_chains_checked, timeout=15_000) as checked:
        window.start()
    return checked.args[0]


def shoot(window: MainWindow, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / f"{name}.png"))


def test_sound_records_show_no_banner(qtbot, make_window, live_ctx):
    window = make_window(live_ctx)
    assert open_and_check(qtbot, window) == []
    for banner in window.records.banners():
        assert banner.isHidden(), banner.objectName()


def test_a_chain_broken_with_the_sqlite3_module_shows_a_red_banner(qtbot, make_window, live_ctx):
    path = sqlite_path(live_ctx.db.url)
    con = sqlite3.connect(path)
    con.execute("UPDATE timeline_entry SET text = '无事' WHERE seq = 1 AND incident_id = "
                "(SELECT id FROM incident WHERE number = '2027-0002')")
    con.commit()
    con.close()
    window = make_window(live_ctx)
    window.resize(1400, 860)
    problems = open_and_check(qtbot, window)
    assert problems == ["时间线的哈希链断了：事件 2027-0002 的第 1 条时间线记录被改动、插入或删除过"]
    banner = window.records.chain_banner
    assert banner.isVisible() and banner.close_button.isHidden()  # cannot be waved away
    assert "事件 2027-0002 的第 1 条时间线记录" in banner.text()
    assert "记录完整性校验未通过" in banner.text()
    layout = window.centralWidget().layout()
    tabs_at = layout.indexOf(window.tabs)
    assert layout.indexOf(banner) < tabs_at  # at the top, above the views
    shoot(window, "banner_chain")

    # the audit log broken as well, found after a refresh (F5)
    with live_ctx.db.read_session() as s:
        third = s.scalars(select(AuditEntry.id).order_by(AuditEntry.id).offset(2).limit(1)).one()
    con = sqlite3.connect(path)
    con.execute("UPDATE audit_entry SET actor = '别人' WHERE id = ?", (third,))
    con.commit()
    con.close()
    with qtbot.waitSignal(window.records.sig_chains_checked, timeout=15_000) as checked:
        window.refresh()
    assert checked.args[0][0].startswith(f"审计日志的哈希链断了：审计日志第 {third} 条")
    assert f"审计日志第 {third} 条" in banner.text() and "另有 1 处" in banner.text()


def test_the_chain_check_goes_a_batch_at_a_time(qtbot, make_window, live_ctx, monkeypatch):
    """A long log never holds the door for one long call: small batches, many calls."""
    calls = []
    real = integrity.verify_chains

    def spy(ctx, scan=None, *, limit):
        calls.append(limit)
        return real(ctx, scan, limit=limit)

    monkeypatch.setattr(integrity, "verify_chains", spy)  # the watch calls it through the module
    monkeypatch.setattr(records_watch, "CHAIN_BATCH", 3)
    window = make_window(live_ctx)
    assert open_and_check(qtbot, window) == []
    with live_ctx.db.read_session() as s:
        entries = s.scalar(select(func.count()).select_from(AuditEntry)) + s.scalar(
            select(func.count()).select_from(TimelineEntry))
    assert set(calls) == {3} and len(calls) >= -(-entries // 3) >= 4


def test_a_database_on_a_network_share_shows_a_yellow_banner(qtbot, make_window, live_ctx,
                                                            monkeypatch, tmp_path):
    folder = os.path.realpath(tmp_path)
    mounts = f"/dev/sda1 / ext4 rw 0 0\nfileserver:/duty {folder} nfs4 rw,relatime 0 0\n"
    real = workstation.network_share_warning
    monkeypatch.setattr(records_watch, "network_share_warning",
                        lambda url: real(url, mounts=mounts))
    window = make_window(live_ctx)
    window.resize(1400, 860)
    open_and_check(qtbot, window)
    banner = window.records.share_banner
    assert banner.isVisible() and banner.kind.value == "warning"
    assert "网络共享" in banner.text() and "nfs4" in banner.text()
    assert "PostgreSQL" in banner.text()
    shoot(window, "banner_share")
    banner.close_button.click()  # the officer has read it
    assert banner.isHidden()


def test_the_clock_set_back_shows_a_banner_and_is_audited(qtbot, make_window, live_ctx):
    live_ctx.clock.advance(hours=-2)
    window = make_window(live_ctx)
    with qtbot.waitSignal(window.records.sig_clock_checked, timeout=15_000) as checked:
        window.start()
    jump = checked.args[0]
    assert jump is not None and jump.behind >= timedelta(hours=2)
    banner = window.records.clock_banner
    assert banner.isVisible() and "系统时间可能被调回过" in banner.text()
    with live_ctx.db.read_session() as s:
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "clock.backwards")).all()
    assert len(audited) == 1 and audited[0].actor == live_ctx.actor

    # the 30-second status refresh checks again: once the clock is right, the banner goes
    live_ctx.clock.advance(hours=3)
    with qtbot.waitSignal(window.records.sig_clock_checked, timeout=15_000) as checked:
        window._status_timer.timeout.emit()
    assert checked.args[0] is None and banner.isHidden()
    with live_ctx.db.read_session() as s:
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "clock.backwards")).all()
    assert len(audited) == 1  # the jump was written once
