"""The county's daily workbook: read back with a second reader and checked against the database."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from xianghua_console.cli import main
from xianghua_console.domain.clock import LOCAL_TZ, local_datetime, to_local
from xianghua_console.domain.enums import DailyReportKind
from xianghua_console.domain.text import display_width
from xianghua_console.exports.daily_xlsx import write_daily_workbook
from xianghua_console.services.daily_summary import daily_summaries, daily_summary
from xianghua_console.store.models import DailyReport, DayClosure, Incident, Unit

CLOSED_DAY = date(2027, 3, 4)  # the demo closed it at 18:00
TODAY = date(2027, 3, 5)


def db_figures(ctx, day: date) -> dict:
    """The day's figures computed straight from the tables, not through the services."""
    cutoff = local_datetime(day, 16, 30)
    with ctx.db.read_session() as s:
        units = [u for u in s.scalars(select(Unit))
                 if u.active and (u.expected_from is None or u.expected_from <= day)]
        latest = {}
        for r in s.scalars(select(DailyReport).where(DailyReport.day == day)
                           .order_by(DailyReport.id)):
            latest[r.unit_id] = r
        closed = s.get(DayClosure, day) is not None
        incidents = s.scalars(
            select(Incident.number).where(
                Incident.received_at >= local_datetime(day),
                Incident.received_at < local_datetime(day + timedelta(days=1)))
            .order_by(Incident.received_at)).all()
    got = [latest[u.id] for u in units if u.id in latest]
    unreported = len(units) - len(got)
    return {
        "应报单位": len(units),
        "按时报送": sum(1 for r in got if r.received_at <= cutoff),
        "零报告": sum(1 for r in got if r.kind is DailyReportKind.ZERO),
        "有情况": sum(1 for r in got if r.kind is DailyReportKind.SITUATION),
        "迟报": sum(1 for r in got if r.received_at > cutoff),
        "缺报": unreported if closed else 0,
        "未报": 0 if closed else unreported,
        "当日事件": len(incidents),
        "numbers": list(incidents),
        "units": {u.name for u in units},
        "received": {next(u.name for u in units if u.id == r.unit_id):
                     to_local(r.received_at).strftime("%H:%M") for r in got},
    }


def read_sheet(path: Path, name: str) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


@pytest.mark.parametrize("day", [CLOSED_DAY, TODAY])
def test_the_day_sheet_matches_the_database(demo_ctx, tmp_path, day):
    out = write_daily_workbook([daily_summary(demo_ctx, day=day)], tmp_path / "day.xlsx")
    rows = read_sheet(out, day.isoformat())
    want = db_figures(demo_ctx, day)
    assert rows[0][0] == "香花镇信访稳定信息日报汇总表"
    assert f"{day.year}年{day.month}月{day.day}日" in rows[1][0] and "16:30" in rows[1][0]
    assert ("已关账" in rows[1][0]) is (day == CLOSED_DAY)
    totals = dict(zip(rows[2][:8], rows[3][:8], strict=True))
    for label in ("应报单位", "按时报送", "零报告", "有情况", "迟报", "缺报", "未报", "当日事件"):
        assert int(totals[label]) == want[label], label
    assert want["按时报送"] + want["迟报"] + want["缺报"] + want["未报"] == want["应报单位"]

    assert rows[4][:9] == ["序号", "单位名称", "类型", "信息员", "联系电话", "报送时间", "报送情况",
                           "接报人", "内容"]
    unit_rows = rows[5 : 5 + want["应报单位"]]
    assert [int(r[0]) for r in unit_rows] == list(range(1, want["应报单位"] + 1))
    assert {r[1] for r in unit_rows} == want["units"]
    assert {r[1]: r[5] for r in unit_rows if r[5]} == want["received"]
    missing = [r[1] for r in unit_rows if r[6] in ("缺报", "未报")]
    assert len(missing) == want["缺报"] + want["未报"]

    header = next(i for i, r in enumerate(rows) if r[0] == "编号")
    numbers = [r[0] for r in rows[header + 1 : header + 1 + want["当日事件"]]]
    assert numbers == want["numbers"]
    assert rows[header][8:11] == ["报告信访办", "报告镇领导", "专题报告"]
    flat = [str(c) for r in rows for c in r]
    assert any(c.startswith("带班领导：") and "（未排班）" not in c for c in flat)
    assert any(c.startswith("值班人员：") for c in flat)
    assert "填报人：测试员" in flat


def test_deadline_results_follow_the_stored_times(demo_ctx, tmp_path):
    summary = daily_summary(demo_ctx, day=TODAY)
    with demo_ctx.db.read_session() as s:
        for inc in summary.incidents:
            stored = s.scalar(select(Incident).where(Incident.number == inc.number))
            report_late = stored.received_at - stored.occurred_at > timedelta(minutes=15)
            assert (inc.report.text != "按时") is report_late
            if stored.escalated_at is not None:
                on_time = stored.escalated_at - stored.received_at <= timedelta(minutes=15)
                assert (inc.escalate.text == "按时") is on_time
            else:
                assert inc.escalate.text in ("未到期",) or inc.escalate.text.startswith("未完成")
            assert inc.special_report.text == "—" or stored.ended_at is not None


def test_the_sheet_prints_as_it_is(demo_ctx, tmp_path):
    out = write_daily_workbook([daily_summary(demo_ctx, day=CLOSED_DAY)], tmp_path / "day.xlsx")
    wb = load_workbook(out)
    ws = wb[CLOSED_DAY.isoformat()]
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == "$5:$5"
    assert ws.freeze_panes == "A6"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    merged = {c for rng in ws.merged_cells.ranges for row in ws.iter_rows(
        min_row=rng.min_row, max_row=rng.max_row, min_col=rng.min_col, max_col=rng.max_col)
        for c in row}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or cell in merged:
                continue
            width = ws.column_dimensions[get_column_letter(cell.column)].width
            assert display_width(str(cell.value)) + 1 <= width, (cell.coordinate, cell.value)


def test_a_range_gives_a_sheet_per_day_and_a_totals_sheet(demo_ctx, tmp_path):
    first, last = date(2027, 3, 1), TODAY
    out = write_daily_workbook(daily_summaries(demo_ctx, first=first, last=last),
                               tmp_path / "range.xlsx")
    names = CalamineWorkbook.from_path(str(out)).sheet_names
    days = [(first + timedelta(days=i)).isoformat() for i in range(5)]
    assert names == ["汇总", *days]
    rows = read_sheet(out, "汇总")
    assert rows[2][:10] == ["日期", "星期", "应报单位", "按时报送", "零报告", "有情况", "迟报",
                            "缺报", "未报", "当日事件"]
    body = rows[3:8]
    assert [r[0] for r in body] == days
    for r, day in zip(body, days, strict=True):
        want = db_figures(demo_ctx, date.fromisoformat(day))
        assert [int(v) for v in r[2:10]] == [want[k] for k in (
            "应报单位", "按时报送", "零报告", "有情况", "迟报", "缺报", "未报", "当日事件")]
    total = rows[8]
    assert total[0] == "合计"
    assert [int(v) for v in total[2:10]] == [sum(int(r[i]) for r in body) for i in range(2, 10)]


def test_cli_export_daily(demo_url, clock, tmp_path, capsys):
    out = tmp_path / "county.xlsx"
    rc = main(["export", "daily", "--date", "2027-03-04", "--out", str(out), "--db", demo_url],
              clock=clock, environ={})
    text = capsys.readouterr().out
    assert rc == 0 and out.exists() and "2027-03-04：应报 40" in text
    rc = main(["export", "daily", "--from", "2027-03-01", "--to", "2027-03-02", "--out",
               str(tmp_path / "r.xlsx"), "--db", demo_url], clock=clock, environ={})
    assert rc == 0
    assert CalamineWorkbook.from_path(str(tmp_path / "r.xlsx")).sheet_names[0] == "汇总"


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "daily", "--date", "2027-02-30", "--out", "x.xlsx"],
        ["export", "daily", "--date", "昨天", "--out", "x.xlsx"],
        ["export", "daily", "--out", "x.xlsx"],
        ["export", "daily", "--date", "2027-03-01", "--out", "x.csv"],
        ["export", "daily", "--date", "2027-03-01", "--from", "2027-03-01", "--out", "x.xlsx"],
        ["export", "daily", "--from", "2027-03-01", "--out", "x.xlsx"],
        ["export", "daily", "--date", "2027-03-01", "--to", "2027-03-02", "--out", "x.xlsx"],
    ],
)
def test_cli_export_daily_bad_arguments_exit_2(argv, clock, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rc = main(argv, clock=clock, environ={"XIANGHUA_DB": f"sqlite:///{tmp_path / 'x.sqlite'}"})
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err
    assert not (tmp_path / "x.xlsx").exists()


def test_cli_refuses_a_reversed_range(demo_url, clock, tmp_path, capsys):
    rc = main(["export", "daily", "--from", "2027-03-05", "--to", "2027-03-01", "--out",
               str(tmp_path / "r.xlsx"), "--db", demo_url], clock=clock, environ={})
    assert rc == 1 and "结束日期不能早于开始日期" in capsys.readouterr().err


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or pdftotext not installed")
def test_libreoffice_prints_the_day_sheet_with_its_text(demo_ctx, tmp_path):
    out = write_daily_workbook([daily_summary(demo_ctx, day=CLOSED_DAY)], tmp_path / "day.xlsx")
    profile = tmp_path / "lo-profile"  # its own profile: no clash with a running LibreOffice
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / "day.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "香花镇信访稳定信息日报汇总表" in text
    assert "2027年3月4日" in text and "已关账" in text
    pages = text.count("\f")
    assert pages >= 1 and f"共 {pages} 页" in text.replace("\f", "")
    assert text.count("单位名称") == pages  # the header row on every page
    with demo_ctx.db.read_session() as s:
        some_village = s.scalar(select(Unit.name).order_by(Unit.id.desc()).limit(1))
    assert some_village in text


def test_nothing_reads_the_wall_clock_in_the_export(demo_ctx, tmp_path, clock):
    clock.set(datetime(2027, 3, 5, 10, 7, tzinfo=LOCAL_TZ))
    out = write_daily_workbook([daily_summary(demo_ctx, day=TODAY)], tmp_path / "d.xlsx")
    flat = [str(c) for r in read_sheet(out, TODAY.isoformat()) for c in r]
    assert "填报时间：2027年3月5日 10:07" in flat
