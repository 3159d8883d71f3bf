"""The roster's Excel exchange: export, import checked row by row (all or nothing), the CLI."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest
from openpyxl import Workbook, load_workbook
from roster_helpers import END, START, add_staff, assignments, make_period
from sqlalchemy import func, select

from xianghua_console.cli import main
from xianghua_console.domain.enums import UnavailabilityKind
from xianghua_console.exports.roster_xlsx import GRID_SHEET, ROSTER_SHEET
from xianghua_console.services import roster_admin as ra
from xianghua_console.services.context import Refused
from xianghua_console.store.models import AuditEntry, Staff


def write_sheet(path, rows, *, header=("日期*", "岗位*", "姓名*"), title=ROSTER_SHEET):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def audit_count(ctx) -> int:
    with ctx.db.read_session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


@pytest.fixture
def generated(ctx):
    staff = add_staff(ctx)
    period_id = make_period(ctx)
    ra.generate_roster(ctx, period_id=period_id)
    return period_id, staff


def test_export_writes_the_exchange_sheet_and_the_grid(ctx, generated, tmp_path):
    period_id, _ = generated
    path = ra.export_roster(ctx, period_id=period_id, path=tmp_path / "roster.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [ROSTER_SHEET, GRID_SHEET]
    rows = list(wb[ROSTER_SHEET].iter_rows(values_only=True))
    assert rows[0] == ("日期*", "岗位*", "姓名*", "电话")
    assert len(rows) - 1 == len(assignments(ctx, period_id))
    first = rows[1]
    assert isinstance(first[0], datetime) and first[0].date() == START
    assert first[1] == "带班领导" and first[2].startswith("领导")
    assert {r[1] for r in rows[1:]} == {"带班领导", "值班人员", "备勤人员", "驾驶员"}
    grid = wb[GRID_SHEET]
    assert grid["A1"].value == "香花镇2027年全国两会期间值班表"
    assert grid.max_row >= 3 + (END - START).days + 1
    footer = " ".join(str(c.value) for c in grid["A"] if c.value)
    assert "69525655" in footer and "制表日期：2027年03月05日" in footer
    assert "没有2027年" in footer  # the calendar fallback is said on the sheet too
    widths = {k: d.width for k, d in wb[ROSTER_SHEET].column_dimensions.items()}
    assert widths["A"] >= 12  # sized for the date, not left at the default


def test_an_exported_roster_imports_back_as_hand_placements(ctx, generated, tmp_path):
    period_id, _ = generated
    before = [(d, s, sid) for d, s, _, sid, _ in assignments(ctx, period_id)]
    path = ra.export_roster(ctx, period_id=period_id, path=tmp_path / "roster.xlsx")
    ra.generate_roster(ctx, period_id=period_id, seed=7, keep_by_hand=False)
    assert [(d, s, sid) for d, s, _, sid, _ in assignments(ctx, period_id)] != before
    report = ra.import_roster(ctx, period_id=period_id, path=path)
    assert report.rows == len(before) and len(report.days) == 10 and report.findings == ()
    after = assignments(ctx, period_id)
    assert sorted((d, s, sid) for d, s, _, sid, _ in after) == sorted(before)
    assert all(by_hand for *_, by_hand in after)  # regenerating keeps what was imported


def test_import_checks_every_row_first_and_imports_nothing_if_any_is_bad(
    ctx, generated, tmp_path
):
    period_id, staff = generated
    ra.mark_unavailable(ctx, staff_id=staff["other"][1], first_day=date(2027, 3, 6),
                        kind=UnavailabilityKind.LEAVE)  # fmt: skip
    path = write_sheet(
        tmp_path / "bad.xlsx",
        [
            (date(2027, 3, 6), "带班领导", "领导1"),  # 2  fine
            (date(2027, 3, 6), "司机长", "司机1"),  # 3  unknown post
            (date(2027, 3, 6), "值班人员", "赵无名"),  # 4  unknown person
            (date(2027, 4, 1), "值班人员", "干事1"),  # 5  outside the period
            (date(2027, 3, 6), "备勤人员", "领导1"),  # 6  clash: twice on one day
            ("3月6号", "备勤人员", "干事3"),  # 7  a date that cannot be read
            (date(2027, 3, 6), "带班领导", "干事4"),  # 8  not a leader
            (date(2027, 3, 6), "带班领导", "领导2"),  # 9  a second leader: over the maximum
            (date(2027, 3, 6), "备勤人员", "干事2"),  # 10 on leave that day
            (date(2027, 3, 6), "值班人员", None),  # 11 a required cell left empty
            (None, None, None),  # 12 an empty row is skipped
            ("2027/3/7", "应急车辆/驾驶员", "司机2"),  # 13 fine (text date, the long post name)
        ],
    )
    rows_before, audits_before = assignments(ctx, period_id), audit_count(ctx)
    with pytest.raises(ra.RosterImportRefused) as caught:
        ra.import_roster(ctx, period_id=period_id, path=path)
    problems = {(p.sheet, p.row, p.column): p.reason for p in caught.value.problems}
    assert all(sheet == "值班" for sheet, _, _ in problems)
    assert "未知岗位“司机长”" in problems[("值班", 3, "B")]
    assert "人员库中没有“赵无名”" in problems[("值班", 4, "C")]
    assert "不在值班期" in problems[("值班", 5, "A")]
    assert "已排在第2行" in problems[("值班", 6, "C")]
    assert "无法识别的日期" in problems[("值班", 7, "A")]
    assert "不是可以带班的领导" in problems[("值班", 8, "C")]
    assert "最多1人" in problems[("值班", 9, "B")]
    assert "已登记请假" in problems[("值班", 10, "C")]
    assert "必填" in problems[("值班", 11, "C")]
    assert not any(row in (2, 12, 13) for _, row, _ in problems)
    assert "没有导入任何一行" in str(caught.value)
    assert "“值班”表第3行B列（岗位）" in str(caught.value)
    assert assignments(ctx, period_id) == rows_before and audit_count(ctx) == audits_before


def test_a_name_two_people_share_is_refused_rather_than_guessed(ctx, generated, tmp_path):
    period_id, _ = generated
    with ctx.db.session() as s:
        s.add(Staff(name="干事1", post="综治办干事"))
    path = write_sheet(tmp_path / "twins.xlsx", [(date(2027, 3, 6), "值班人员", "干事1")])
    with pytest.raises(ra.RosterImportRefused, match="有2名“干事1”"):
        ra.import_roster(ctx, period_id=period_id, path=path)


def test_a_workbook_without_the_sheet_or_its_columns_or_not_a_workbook_at_all(
    ctx, generated, tmp_path
):
    period_id, _ = generated
    other = write_sheet(tmp_path / "other.xlsx", [], title="Sheet1")
    with pytest.raises(ra.RosterImportRefused, match="没有“值班”表"):
        ra.import_roster(ctx, period_id=period_id, path=other)
    columns = write_sheet(tmp_path / "cols.xlsx", [(START, "带班领导")], header=("日期", "岗位"))
    with pytest.raises(ra.RosterImportRefused, match="缺少列：姓名"):
        ra.import_roster(ctx, period_id=period_id, path=columns)
    empty = write_sheet(tmp_path / "empty.xlsx", [])
    with pytest.raises(ra.RosterImportRefused, match="没有排班行"):
        ra.import_roster(ctx, period_id=period_id, path=empty)
    bogus = tmp_path / "notes.xlsx"
    bogus.write_text("不是表格", encoding="utf-8")
    with pytest.raises(Refused, match="不是可读取的 Excel"):
        ra.import_roster(ctx, period_id=period_id, path=bogus)


# ---------------------------------------------------------------- the command line


def run(capsys, clock, *argv, environ=None):
    rc = main(list(argv), clock=clock, environ=environ or {})
    out, err = capsys.readouterr()
    return rc, out, err


def test_roster_commands_create_generate_check_export_and_import(
    capsys, clock, db_url, ctx, tmp_path, director_env
):
    go = partial(run, environ=director_env)  # the commands act as the office director
    add_staff(ctx)
    rc, out, err = go(capsys, clock, "roster", "create", "--db", db_url, "--name", "两会",
                       "--start", "2027-03-03", "--end", "2027-03-12", "--fund", "10000",
                       "--vehicle", "豫R·A1234")  # fmt: skip
    assert rc == 0, err
    assert "已建立值班期 1" in out
    rc, out, err = go(capsys, clock, "roster", "generate", "--db", db_url, "--period", "1")
    assert rc == 0, err
    assert "新排" in out and "没有2027年" in out
    rc, out, _ = go(capsys, clock, "roster", "check", "--db", db_url)  # the current period
    assert rc == 0 and "问题 0 处" in out and "保障到位 10/10 天" in out
    target = tmp_path / "out.xlsx"
    rc, out, _ = go(capsys, clock, "roster", "export", "--db", db_url, "--out", str(target))
    assert rc == 0 and target.exists()
    rc, out, err = go(capsys, clock, "roster", "import", str(target), "--db", db_url,
                       "--period", "1")  # fmt: skip
    assert rc == 0, err
    assert "已导入" in out
    rc, out, _ = go(capsys, clock, "roster", "list", "--db", db_url)
    assert rc == 0 and "两会" in out


def test_roster_import_with_bad_rows_exits_1_with_each_row_and_column(
    capsys, clock, db_url, ctx, tmp_path, director_env
):
    go = partial(run, environ=director_env)
    add_staff(ctx)
    period_id = make_period(ctx)
    bad = write_sheet(tmp_path / "bad.xlsx", [(date(2027, 3, 6), "带班", "领导1"),
                                              (date(2027, 3, 6), "值班人员", "无此人")])  # fmt: skip
    rc, _, err = go(capsys, clock, "roster", "import", str(bad), "--db", db_url,
                     "--period", str(period_id))  # fmt: skip
    assert rc == 1
    assert "第2行B列（岗位）：未知岗位“带班”" in err
    assert "第3行C列（姓名）：人员库中没有“无此人”" in err
    assert "Traceback" not in err
    assert assignments(ctx, period_id) == []
    rc, _, err = go(capsys, clock, "roster", "generate", "--db", db_url, "--period", "99")
    assert rc == 1 and "没有编号为 99 的值班期" in err
    rc, _, err = go(capsys, clock, "roster", "--db", db_url)
    assert rc == 2


def test_the_offices_own_holidays_from_the_command_line(capsys, clock, db_url, ctx,
                                                       director_env):
    from xianghua_console.domain.enums import CalendarOverrideKind
    from xianghua_console.store.models import CalendarOverride

    go = partial(run, environ=director_env)
    rc, out, err = go(capsys, clock, "roster", "holiday", "--db", db_url, "--day", "2027-03-06",
                      "--kind", "调休上班", "--note", "县里通知")  # fmt: skip
    assert rc == 0, err
    assert "按调休上班排班" in out
    with ctx.db.read_session() as s:
        row = s.get(CalendarOverride, date(2027, 3, 6))
        assert row.kind is CalendarOverrideKind.WORKDAY and row.note == "县里通知"
    rc, out, _ = go(capsys, clock, "roster", "holiday", "--db", db_url, "--day", "2027-03-06",
                    "--kind", "取消")  # fmt: skip
    assert rc == 0 and "已取消" in out
    with ctx.db.read_session() as s:
        assert s.get(CalendarOverride, date(2027, 3, 6)) is None
    rc, _, err = go(capsys, clock, "roster", "holiday", "--db", db_url, "--day", "3月6日",
                    "--kind", "节假日")  # fmt: skip
    assert rc == 2 and "YYYY-MM-DD" in err
