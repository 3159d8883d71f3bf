"""Directories: editing, archive instead of delete, bodies and categories, Excel import."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from command_office import make_office
from openpyxl import Workbook
from sqlalchemy import func, select

from xianghua_console.domain.directory import phone_problem
from xianghua_console.domain.enums import DailyReportKind, UnitKind
from xianghua_console.exports.directory_xlsx import read_directory_sheet, write_directory_template
from xianghua_console.services.assignment import assignment_state
from xianghua_console.services.context import Refused
from xianghua_console.services.directories import (
    ImportRejected,
    archive_staff,
    archive_unit,
    delete_staff,
    delete_unit,
    import_staff,
    import_units,
    load_directories,
    restore_unit,
    save_body,
    save_staff,
    save_unit,
    set_category_subcommand,
)
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.store.models import (
    DailyReport,
    DutyAssignment,
    DutyPeriod,
    DutyShift,
    Staff,
    Unit,
)


@pytest.fixture
def office(ctx):
    return make_office(ctx)


@pytest.mark.parametrize(
    ("phone", "ok"),
    [("13700000001", True), ("137 0000 0001", True), ("69525655", True), ("0394-6952565", True),
     ("", True), ("１３７００００００01", True), ("1370000001", False), ("电话13700000001", False),
     ("12345", False), ("23700000001", False)],
)
def test_phone_numbers(phone, ok):
    assert (phone_problem(phone) is None) is ok


def test_units_are_added_edited_and_unique(ctx, clock, office):
    added = save_unit(ctx, unit_id=None, name=" 北坪村 ", kind=UnitKind.VILLAGE,
                      info_officer="秦岭", phone="137 0000 0009")
    assert (added.name, added.phone) == ("北坪村", "13700000009")
    with ctx.db.read_session() as s:
        assert s.get(Unit, added.id).expected_from == date(2027, 3, 5)
    with pytest.raises(InvalidInput) as err:
        save_unit(ctx, unit_id=None, name="东岗村", kind=UnitKind.VILLAGE, phone="123")
    assert set(err.value.errors) == {"name", "phone"}
    edited = save_unit(ctx, unit_id=added.id, name="北坪村", kind=UnitKind.VILLAGE,
                       info_officer="秦川", phone="13700000010")
    assert edited.info_officer == "秦川"


def test_a_unit_with_history_is_archived_not_deleted(ctx, clock, office):
    dg = office.villages["东岗村"]
    with pytest.raises(Refused) as err:
        delete_unit(ctx, unit_id=dg)
    assert "报告过 1 起事件" in str(err.value) and "只能归档" in str(err.value)
    with ctx.db.session() as s:
        s.add(DailyReport(unit_id=office.villages["西岭村"], day=date(2027, 3, 5),
                          kind=DailyReportKind.ZERO, received_at=clock.now()))
    with pytest.raises(Refused, match="有 1 份日报"):
        delete_unit(ctx, unit_id=office.villages["西岭村"])
    archived = archive_unit(ctx, unit_id=dg)
    assert not archived.active and archived.archived_at == clock.now()
    assert archived.archived_by == "测试员"
    # archived: no longer offered to incidents
    state = assignment_state(ctx, incident_id=office.incident_id)
    assert dg not in [u.id for u in state.units]
    clock.advance(days=2)
    restore_unit(ctx, unit_id=dg)
    with ctx.db.read_session() as s:
        assert s.get(Unit, dg).expected_from == date(2027, 3, 7)  # no 缺报 for archived days
    # a unit without history is deleted
    delete_unit(ctx, unit_id=office.villages["南湾村"])
    with ctx.db.read_session() as s:
        assert s.get(Unit, office.villages["南湾村"]) is None
    with pytest.raises(Refused, match="驻地"):
        archive_unit(ctx, unit_id=next(u.id for u in load_directories(ctx).units
                                       if u.name == "国土所"))


def test_staff_archive_and_delete(ctx, clock, office):
    with pytest.raises(Refused, match="负责人或副职"):
        archive_staff(ctx, staff_id=office.staff["vice"])  # heads the land sub-command
    with ctx.db.session() as s:
        period = DutyPeriod(name="两会", start_date=date(2027, 3, 1), end_date=date(2027, 3, 9),
                            daily_reports_from=date(2027, 3, 1))
        shift = DutyShift(period=period, day=date(2027, 3, 7), starts_at=clock.now(),
                          ends_at=clock.now() + timedelta(days=1))
        shift.assignments = [DutyAssignment(slot="duty", staff_id=office.staff["clerk"])]
        s.add(period)
    with pytest.raises(Refused, match="03-07"):
        archive_staff(ctx, staff_id=office.staff["clerk"])
    with pytest.raises(Refused, match="1 次值班安排"):
        delete_staff(ctx, staff_id=office.staff["clerk"])
    archived = archive_staff(ctx, staff_id=office.staff["land"])
    assert not archived.active
    assert office.staff["land"] not in [p.id for p in assignment_state(
        ctx, incident_id=office.incident_id).staff]
    new = save_staff(ctx, staff_id=None, name="新人", post="干事", unit_id=None,
                     phone="13900000099")
    delete_staff(ctx, staff_id=new.id)
    with pytest.raises(InvalidInput, match="已有名为“孙立”的人员（已归档"):
        save_staff(ctx, staff_id=None, name="孙立", unit_id=archived.unit_id)


def test_bodies_and_category_mapping(ctx, office):
    migrants = office.bodies["sc_migrants"]
    body = save_body(ctx, body_id=migrants, head_id=office.staff["secretary"],
                     deputy_ids=[office.staff["mayor"]], member_unit_ids=[office.villages["东岗村"]])
    assert body.head.startswith("郝军") and body.deputies == "周海" and body.member_units == "东岗村"
    with pytest.raises(InvalidInput, match="负责人"):
        save_body(ctx, body_id=migrants, head_id=office.staff["mayor"],
                  deputy_ids=[office.staff["mayor"]])
    state = assignment_state(ctx, incident_id=office.incident_id)
    assert not state.body(migrants).warning  # a head is named now
    land = office.categories["land"]
    entry = set_category_subcommand(ctx, category_id=land, subcommand_id=migrants)
    assert entry.subcommand == "移民分指"
    assert assignment_state(ctx, incident_id=office.incident_id).proposed_id == migrants
    with pytest.raises(InvalidInput):
        set_category_subcommand(ctx, category_id=land, subcommand_id=office.bodies["hq"])


def _xlsx(path, title, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_units_checks_every_row_and_imports_nothing_on_a_bad_one(ctx, office, tmp_path):
    path = _xlsx(tmp_path / "units.xlsx", "单位", [
        ("单位名称*", "类型*", "信息员", "联系电话"),
        ("北坪村", "村", "秦岭", 13700000021),  # a phone Excel stored as a number
        (None, "村", "无名", None),  # missing name
        ("北坪村", "村", "", ""),  # duplicate in the file
        ("东岗村", "村", "", ""),  # already in the directory
        ("小河口村", "乡", "", "13700"),  # bad kind, malformed phone
    ])
    name, sheet = read_directory_sheet(path, "单位")
    with ctx.db.read_session() as s:
        before = s.scalar(select(func.count()).select_from(Unit))
    with pytest.raises(ImportRejected) as err:
        import_units(ctx, sheet=sheet, sheet_name=name)
    got = [(p.sheet, p.row, p.column, p.reason) for p in err.value.problems]
    assert ("单位", 3, "A", "必填项为空") in got
    assert ("单位", 4, "A", "“北坪村”与第2行重复") in got
    assert ("单位", 5, "A", "目录中已有单位“东岗村”") in got
    assert any(p[1:3] == (6, "B") and "不是可选值" in p[3] for p in got)
    assert any(p[1:3] == (6, "D") and "格式不对" in p[3] for p in got)
    assert "第3行 A列（单位名称）：必填项为空" in str(err.value)
    with ctx.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == before  # nothing imported

    good = _xlsx(tmp_path / "good.xlsx", "Sheet1", [
        ("类型", "单位名称", "联系电话"),  # columns found by their headers, in any order
        ("村", "北坪村", "13700000021"),
        ("镇直单位", "水利站", "0394-6952566"),
    ])
    name, sheet = read_directory_sheet(good, "单位")  # a one-sheet file: its only sheet
    result = import_units(ctx, sheet=sheet, sheet_name=name)
    assert result.added == 2 and result.names == ("北坪村", "水利站")


def test_import_staff_refuses_unknown_units(ctx, office, tmp_path):
    path = _xlsx(tmp_path / "staff.xlsx", "人员", [
        ("姓名*", "职务", "所属单位", "联系电话"),
        ("王五", "干事", "国土所", "13900000031"),
        ("赵六", "干事", "不存在的所", "13900000032"),
        ("田新民", "干事", "信访办", ""),  # already there
        ("王五", "副所长", "国土所", ""),  # twice in the file
    ])
    with ctx.db.read_session() as s:
        before = s.scalar(select(func.count()).select_from(Staff))
    with pytest.raises(ImportRejected) as err:
        import_staff(ctx, sheet=read_directory_sheet(path, "人员")[1])
    got = {(p.row, p.column): p.reason for p in err.value.problems}
    assert "不在目录中" in got[(3, "C")]
    assert "目录中已有信访办的“田新民”" == got[(4, "A")]
    assert "与第2行重复" in got[(5, "A")]
    with ctx.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == before


def test_the_template_reads_back_with_only_a_header(tmp_path):
    path = write_directory_template(tmp_path / "t.xlsx", "人员")
    name, sheet = read_directory_sheet(path, "人员")
    assert name == "人员" and sheet.rows == []
    assert [str(h) for h in sheet.header] == ["姓名*", "职务", "所属单位", "联系电话"]


def test_cli_imports_units_or_lists_the_problems(db_url, db, clock, tmp_path, capsys,
                                                 director_env):
    from xianghua_console.cli import main

    bad = _xlsx(tmp_path / "bad.xlsx", "单位", [
        ("单位名称*", "类型*", "信息员", "联系电话"),
        ("北坪村", "村", "秦岭", "137"),
    ])
    assert main(["import", "units", str(bad), "--db", db_url], clock=clock,
                environ=director_env) == 1
    err = capsys.readouterr().err
    assert "单位 第2行 D列（联系电话）：电话号码“137”格式不对" in err and "未导入任何数据" in err
    good = _xlsx(tmp_path / "good.xlsx", "单位", [
        ("单位名称*", "类型*", "信息员", "联系电话"),
        ("北坪村", "村", "秦岭", "13700000021"),
    ])
    assert main(["import", "units", str(good), "--db", db_url], clock=clock,
                environ=director_env) == 0
    assert "已导入单位 1 个：北坪村" in capsys.readouterr().out
    with db.read_session() as s:
        assert s.scalar(select(Unit).where(Unit.name == "北坪村")).info_officer == "秦岭"
