"""The weekly report: its figures against the database, its workbook, its PDF's real text."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from xianghua_console.cli import main
from xianghua_console.domain.clock import local_datetime
from xianghua_console.exports.weekly_html import title_of, weekly_html
from xianghua_console.exports.weekly_xlsx import write_weekly_workbook
from xianghua_console.services.daily import daily_board
from xianghua_console.services.weekly import weekly_report
from xianghua_console.store.models import AnalysisMeeting, Incident, WarningNotice

MONDAY = date(2027, 3, 1)  # 2027-W09; the demo's clock is Friday 3/5 10:00
TOOLS = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None


def week_incidents(ctx) -> list[Incident]:
    with ctx.db.read_session() as s:
        return s.scalars(select(Incident).where(
            Incident.received_at >= local_datetime(MONDAY),
            Incident.received_at < local_datetime(MONDAY + timedelta(days=7)),
        ).order_by(Incident.received_at)).all()


def test_the_figures_match_the_database(demo_ctx):
    r = weekly_report(demo_ctx, week_start=MONDAY)
    stored = week_incidents(demo_ctx)
    assert r.label == "2027-W09" and r.week_end == date(2027, 3, 7)
    assert [i.number for i in r.incidents] == [i.number for i in stored]
    assert sum(c.count for c in r.per_day) == len(stored)
    assert sum(c.count for c in r.by_category) == len(stored)
    assert sum(c.count for c in r.by_subcommand) == len(stored)
    assert sum(c.count for c in r.by_weight) == len(stored)
    report, escalate, special = r.timeliness
    assert report.counted == len(stored)
    assert report.met == sum(1 for i in stored
                             if i.received_at - i.occurred_at <= timedelta(minutes=15))
    assert escalate.met == sum(1 for i in stored if i.escalated_at is not None
                               and i.escalated_at - i.received_at <= timedelta(minutes=15))
    assert special.counted >= special.met
    # daily compliance: the days up to today, each unit on each day it was expected
    boards = [daily_board(demo_ctx, day=MONDAY + timedelta(days=n)) for n in range(5)]
    total = r.compliance_total
    assert total.expected_days == sum(len(b.rows) for b in boards)
    assert total.on_time + total.late + total.missing + total.pending == total.expected_days
    assert total.missing == sum(b.not_reported for b in boards[:4])  # closed days
    assert total.pending == boards[4].not_reported  # today, not closed
    with demo_ctx.db.read_session() as s:
        held = set(s.scalars(select(AnalysisMeeting.unit_id)
                             .where(AnalysisMeeting.week_start == MONDAY)))
        notices = s.scalars(select(WarningNotice.number)).all()
    assert len(r.meetings.rows) - len(r.meetings.not_held) == len(held)
    assert sorted(n.number for n in r.notices) == sorted(notices)
    assert {o.number for o in r.open_items} >= {i.number for i in stored
                                                if i.status.value != "closed"}


def test_the_workbook_reads_back_with_the_same_numbers(demo_ctx, tmp_path):
    r = weekly_report(demo_ctx, week_start=MONDAY)
    out = write_weekly_workbook(r, tmp_path / "week.xlsx")
    wb = CalamineWorkbook.from_path(str(out))
    assert wb.sheet_names == ["概况", "事件", "日报", "研判会", "通知", "未结事项"]
    rows = wb.get_sheet_by_name("事件").to_python()
    assert [row[0] for row in rows[2:]] == [i.number for i in r.incidents]
    daily = wb.get_sheet_by_name("日报").to_python()
    last = daily[-1]
    total = r.compliance_total
    assert last[0] == "合计"
    assert [int(v) for v in last[2:9]] == [total.expected_days, total.on_time, total.late,
                                           total.missing, total.pending, total.zero,
                                           total.situation]
    assert len(daily) - 3 == len(r.compliance)
    overview = wb.get_sheet_by_name("概况").to_python()
    flat = {row[0]: row for row in overview if row and row[0]}
    for share in r.timeliness:
        assert int(flat[share.label][1]) == share.met
        assert int(flat[share.label][2]) == share.counted
    for c in r.per_day:
        assert int(flat[c.label][1]) == c.count
    not_held = [row for row in wb.get_sheet_by_name("研判会").to_python()[2:] if row[1] == "未开"]
    assert len(not_held) == len(r.meetings.not_held)


def test_the_html_is_a_document_qt_can_print(demo_ctx):
    r = weekly_report(demo_ctx, week_start=MONDAY)
    html = weekly_html(r)
    assert html.startswith("<html>") and html.endswith("</body></html>")
    for heading in ("本周概况", "事件分布", "时效", "本周事件一览", "日报报送情况", "分析研判会",
                    "预警通知及回执", "未结事项", "图1", "图2"):
        assert heading in html
    assert "<script" not in html and "display:" not in html  # nothing QTextDocument ignores


@pytest.mark.skipif(not TOOLS, reason="poppler-utils (pdftotext, pdffonts) not installed")
def test_the_pdf_carries_real_embedded_cjk_text(demo_ctx, tmp_path):
    pytest.importorskip("PySide6")
    from xianghua_console.gui.printing import html_to_pdf

    r = weekly_report(demo_ctx, week_start=MONDAY)
    pdf = tmp_path / "week.pdf"
    html_to_pdf(weekly_html(r), pdf, title=title_of(r))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.count("\f")
    assert "香花镇信访稳定工作周报" in text and "2027年第9周" in text
    tight = text.replace(" ", "")  # pdftotext drops or keeps the spaces around numbers
    assert f"第1页/共{pages}页" in tight and f"第{pages}页/共{pages}页" in tight
    for i in r.incidents:
        assert i.number in text
    assert r.compliance[0].unit in text and "15分钟内报告信访办" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "A4" in info and title_of(r) in info


def test_cli_report_weekly(demo_url, clock, tmp_path, capsys):
    pytest.importorskip("PySide6")
    xlsx, pdf = tmp_path / "w.xlsx", tmp_path / "w.pdf"
    rc = main(["report", "weekly", "--week", "2027-W09", "--xlsx", str(xlsx), "--pdf", str(pdf),
               "--db", demo_url], clock=clock, environ={})
    out = capsys.readouterr().out
    assert rc == 0 and xlsx.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in out
    rc = main(["report", "weekly", "--week", "2027-W09", "--db", demo_url], clock=clock,
              environ={})
    assert rc == 0 and "周报 2027-W09" in capsys.readouterr().out


@pytest.mark.parametrize("week", ["2027-10", "2027-W99", "下周"])
def test_cli_report_weekly_bad_week_exits_2(week, clock, capsys):
    rc = main(["report", "weekly", "--week", week], clock=clock, environ={})
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err and "周" in err
