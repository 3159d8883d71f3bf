"""Permissions are enforced in the service layer: each write use case, for each role.

The table below names one call per write use case with arguments that need no data (ids that
do not exist, empty forms): a role the permission table allows gets past the check (and is
then refused, if at all, for the data, never for the role); any other role is refused with a
message naming the roles needed, and nothing is written.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from xianghua_console.domain.alerts import AlertStage
from xianghua_console.domain.deadlines import DeadlineKind
from xianghua_console.domain.enums import (
    CalendarOverrideKind,
    DutySlot,
    Role,
    UnavailabilityKind,
    UnitKind,
    Weight,
)
from xianghua_console.domain.lifecycle import Step
from xianghua_console.domain.permissions import PERMISSIONS, Action, allowed, roles_for
from xianghua_console.services import (
    accounts,
    alerts,
    assignment,
    audit,
    daily_reports,
    directories,
    incident_log,
    ledger,
    meetings,
    notices,
    onscene,
    roster_admin,
    settings,
    units,
)
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.daily_summary import daily_summary
from xianghua_console.services.incident_log import NewIncident, incident_detail, log_incident
from xianghua_console.store.models import AuditEntry

NO = 10**6  # an id nothing has
DAY = date(2027, 3, 5)

Call = Callable[[Ctx], object]

# (what, the action it needs, the call)
TABLE: list[tuple[str, Action, Call]] = [
    ("登记事件", Action.LOG_INCIDENT,
     lambda c: incident_log.log_incident(c, data=NewIncident(None, None, None, ""))),
    ("核实", Action.INCIDENT_STEP,
     lambda c: incident_log.take_step(c, incident_id=NO, step=Step.VERIFY)),
    ("结案", Action.INCIDENT_STEP,
     lambda c: incident_log.take_step(c, incident_id=NO, step=Step.CLOSE)),
    ("宣布应急结束", Action.END_EMERGENCY,
     lambda c: incident_log.take_step(c, incident_id=NO, step=Step.END)),
    ("报告镇领导", Action.ESCALATE,
     lambda c: incident_log.record_escalation(c, incident_id=NO, at=c.clock.now(), to="镇长")),
    ("报告县里", Action.ESCALATE,
     lambda c: incident_log.record_county_report(c, incident_id=NO, at=c.clock.now(), to="县")),
    ("更正时间", Action.CORRECT_INCIDENT,
     lambda c: incident_log.correct_time(c, incident_id=NO, field_name="received_at",
                                         value=c.clock.now(), reason="录错")),
    ("确认提醒", Action.ACK_ALERT,
     lambda c: alerts.acknowledge_alert(c, incident_id=NO, kind=DeadlineKind.REPORT,
                                        stage=AlertStage.SOON)),
    ("分派", Action.ASSIGN,
     lambda c: assignment.assign_subcommand(c, incident_id=NO, subcommand_id=NO)),
    ("调整程度", Action.ASSIGN,
     lambda c: assignment.change_weight(c, incident_id=NO, weight=Weight.SERIOUS, reason="r")),
    ("工作组", Action.ASSIGN,
     lambda c: assignment.set_groups(c, incident_id=NO, group_ids=[], unit_ids=[])),
    ("处置指示", Action.INSTRUCT,
     lambda c: assignment.record_instruction(c, incident_id=NO, text="稳控")),
    ("派出工作组", Action.INSTRUCT,
     lambda c: assignment.send_work_group(c, incident_id=NO, leader_id=NO)),
    ("分指挥部接收", Action.RECORD_ACCEPTANCE,
     lambda c: assignment.record_acceptance(c, incident_id=NO, accepted_by="某人")),
    ("现场指挥部", Action.SET_ONSCENE,
     lambda c: onscene.set_onscene_command(c, incident_id=NO, commander_id=NO)),
    ("发布预警通知", Action.ISSUE_NOTICE,
     lambda c: notices.issue_notice(c, issuer_id=None, title="", content="")),
    ("登记回执", Action.RECORD_RECEIPT,
     lambda c: notices.record_receipt(c, notice_id=NO, unit_id=NO, confirmed_by="某人")),
    ("零报告", Action.DAILY_REPORT, lambda c: daily_reports.record_zero_report(c, unit_id=NO)),
    ("有情况", Action.DAILY_REPORT,
     lambda c: daily_reports.record_situation(c, unit_id=NO, content="有人上访")),
    ("更正日报", Action.DAILY_REPORT,
     lambda c: daily_reports.correct_daily_report(c, report_id=NO, reason="r")),
    ("日报关联事件", Action.DAILY_REPORT,
     lambda c: daily_reports.link_incident(c, report_id=NO, incident_id=NO)),
    ("关账", Action.CLOSE_DAY, lambda c: daily_reports.close_day(c, day=DAY)),
    ("研判会", Action.RECORD_MEETING,
     lambda c: meetings.record_meeting(c, unit_id=NO, held_on=DAY, attendance=1, problems="无",
                                       measures="无")),
    ("建立值班期", Action.ROSTER_EDIT,
     lambda c: roster_admin.create_period(c, name="", start_date=DAY, end_date=DAY)),
    ("保障", Action.ROSTER_EDIT,
     lambda c: roster_admin.set_shift_supplies(c, period_id=NO, emergency_fund_yuan=1)),
    ("轮换人员", Action.ROSTER_EDIT,
     lambda c: roster_admin.set_pool(c, slot=DutySlot.DUTY, staff_ids=[NO])),
    ("请假", Action.ROSTER_EDIT,
     lambda c: roster_admin.mark_unavailable(c, staff_id=NO, first_day=DAY,
                                             kind=UnavailabilityKind.LEAVE)),
    ("销假", Action.ROSTER_EDIT,
     lambda c: roster_admin.clear_unavailable(c, staff_id=NO, first_day=DAY)),
    ("调休", Action.ROSTER_EDIT,
     lambda c: roster_admin.set_calendar_override(c, day=DAY,
                                                  kind=CalendarOverrideKind.HOLIDAY)),
    ("自动排班", Action.ROSTER_EDIT, lambda c: roster_admin.generate_roster(c, period_id=NO)),
    ("排班", Action.ROSTER_EDIT,
     lambda c: roster_admin.place_staff(c, period_id=NO, day=DAY, slot=DutySlot.DUTY,
                                        staff_id=NO)),
    ("撤下", Action.ROSTER_EDIT,
     lambda c: roster_admin.clear_placement(c, period_id=NO, day=DAY, slot=DutySlot.DUTY,
                                            position=0)),
    ("导入排班", Action.ROSTER_IMPORT,
     lambda c: roster_admin.import_roster(c, period_id=NO, path=Path("/nonexistent.xlsx"))),
    ("申请调班", Action.SWAP_REQUEST,
     lambda c: roster_admin.request_swap(c, period_id=NO, day=DAY, slot=DutySlot.DUTY,
                                         requester_id=NO, colleague_id=NO)),
    ("同意调班", Action.SWAP_REQUEST, lambda c: roster_admin.agree_swap(c, swap_id=NO)),
    ("不同意调班", Action.SWAP_REQUEST, lambda c: roster_admin.decline_swap(c, swap_id=NO)),
    ("撤回调班", Action.SWAP_REQUEST, lambda c: roster_admin.withdraw_swap(c, swap_id=NO)),
    ("批准调班", Action.SWAP_APPROVE,
     lambda c: roster_admin.approve_swap(c, swap_id=NO, approver="主任")),
    ("新增单位", Action.DIRECTORY_EDIT,
     lambda c: directories.save_unit(c, unit_id=None, name="", kind=UnitKind.VILLAGE)),
    ("新增单位（旧）", Action.DIRECTORY_EDIT,
     lambda c: units.add_unit(c, name="", kind=UnitKind.VILLAGE)),
    ("归档单位", Action.DIRECTORY_EDIT, lambda c: directories.archive_unit(c, unit_id=NO)),
    ("恢复单位", Action.DIRECTORY_EDIT, lambda c: directories.restore_unit(c, unit_id=NO)),
    ("删除单位", Action.DIRECTORY_EDIT, lambda c: directories.delete_unit(c, unit_id=NO)),
    ("新增人员", Action.DIRECTORY_EDIT,
     lambda c: directories.save_staff(c, staff_id=None, name="")),
    ("归档人员", Action.DIRECTORY_EDIT, lambda c: directories.archive_staff(c, staff_id=NO)),
    ("恢复人员", Action.DIRECTORY_EDIT, lambda c: directories.restore_staff(c, staff_id=NO)),
    ("删除人员", Action.DIRECTORY_EDIT, lambda c: directories.delete_staff(c, staff_id=NO)),
    ("指挥机构", Action.DIRECTORY_EDIT,
     lambda c: directories.save_body(c, body_id=NO, head_id=None)),
    ("类别对应", Action.DIRECTORY_EDIT,
     lambda c: directories.set_category_subcommand(c, category_id=NO, subcommand_id=None)),
    ("导入单位", Action.DIRECTORY_IMPORT,
     lambda c: directories.import_units(c, sheet=ledger.ReadSheet((), []))),
    ("导入人员", Action.DIRECTORY_IMPORT,
     lambda c: directories.import_staff(c, sheet=ledger.ReadSheet((), []))),
    ("导入台账", Action.LEDGER_IMPORT, lambda c: ledger.import_ledger(c, sheets={})),
    ("修改设置", Action.SETTINGS,
     lambda c: settings.save_settings(c, changes={"no_such_setting": 1})),
    ("新增账号", Action.MANAGE_ACCOUNTS,
     lambda c: accounts.add_account(c, username="", password="", role=Role.READ_ONLY)),
    ("重置密码", Action.MANAGE_ACCOUNTS,
     lambda c: accounts.reset_password(c, username="nobody", new_password="long enough")),
    ("停用账号", Action.MANAGE_ACCOUNTS,
     lambda c: accounts.set_active(c, username="nobody", active=False)),
    ("导出个人信息", Action.VIEW_PERSONAL,
     lambda c: daily_summary(c, day=DAY, with_personal=True)),
    ("查看审计日志", Action.VIEW_AUDIT, lambda c: audit.audit_page(c)),
    ("审计日志的筛选项", Action.VIEW_AUDIT, lambda c: audit.audit_choices(c)),
]


def audit_count(ctx: Ctx) -> int:
    with ctx.db.read_session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
def test_each_write_use_case_is_refused_to_the_roles_the_table_leaves_out(db, clock, role):
    ctx = Ctx(db, clock, actor="某人", role=role)
    before = audit_count(ctx)
    refused = 0
    for what, action, call in TABLE:
        try:
            call(ctx)
            outcome = None
        except Refused as exc:
            outcome = str(exc)
        needed = "或".join(r.label for r in roles_for(action))
        if allowed(role, action):
            assert outcome is None or "权限" not in outcome, (what, outcome)
        else:
            refused += 1
            assert outcome == (
                f"“{action.label}”需要{needed}权限，当前账号（某人，{role.label}）不能操作。"
            ), what
    if role is Role.READ_ONLY:
        assert refused == len(TABLE)  # 只读 may not write anything
        assert audit_count(ctx) == before  # and nothing was written
    assert refused == sum(1 for _, a, _ in TABLE if role not in PERMISSIONS[a])


def test_the_table_covers_every_action_and_every_role_has_its_own_work():
    covered = {action for _, action, _ in TABLE}
    assert covered == set(Action) - {Action.RESTORE}  # restore is a CLI command: test_accounts
    assert allowed(Role.COMMANDER, Action.END_EMERGENCY)
    assert not allowed(Role.DUTY_OFFICER, Action.END_EMERGENCY)
    assert not allowed(Role.DIRECTOR, Action.END_EMERGENCY)
    assert allowed(Role.DUTY_OFFICER, Action.LOG_INCIDENT)
    assert not allowed(Role.DUTY_OFFICER, Action.SWAP_APPROVE)
    assert all(allowed(None, a) for a in Action)  # the system (tests, demo) may do all
    assert not any(allowed(Role.READ_ONLY, a) for a in Action)


SERVICES = Path(__file__).parent.parent / "xianghua_console" / "services"
# Writes that need no role: the demo builder, the first account, logging in, one's own password.
NEEDS_NO_ROLE = {
    ("demo.py", "create_demo"),
    ("accounts.py", "create_first_director"),
    ("accounts.py", "create_demo_accounts"),
    ("accounts.py", "authenticate"),
    ("accounts.py", "change_password"),
    ("clock_check.py", "check_clock"),
}


def test_every_public_service_that_writes_checks_the_role_first():
    """A new write use case without ``require`` fails here, not in production."""
    missing = []
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            source = ast.unparse(node)
            writes = "db.session()" in source or "_record(" in source or "_swap_step(" in source
            if not writes or (path.name, node.name) in NEEDS_NO_ROLE:
                continue
            body = [n for n in node.body
                    if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
            first = ast.unparse(body[0]) if body else ""
            if not first.startswith("require(ctx,"):
                missing.append(f"{path.name}:{node.name}")
    assert missing == []


# ---------------------------------------------------------------- personal data


def test_reporters_are_blank_for_read_only(ctx, clock):
    from xianghua_console.services.directory_lookup import intake_choices

    unit = intake_choices(ctx).units[0]
    now = clock.now()
    row = log_incident(ctx, data=NewIncident(now - timedelta(minutes=5), now, unit.id,
                                             "十余人反映补偿款", reporter_name="秦岭",
                                             reporter_phone="13700001111"))
    for role in Role:
        detail = incident_detail(Ctx(ctx.db, clock, role=role), incident_id=row.id)
        shown = (detail.reporter_name, detail.reporter_phone)
        if role is Role.READ_ONLY:
            assert shown == ("", "")
        else:
            assert shown == ("秦岭", "13700001111"), role
        assert detail.row.summary == "十余人反映补偿款"  # the rest is the same for all


def test_the_county_summary_leaves_the_officers_out_unless_asked(demo_ctx, tmp_path):
    from python_calamine import CalamineWorkbook

    from xianghua_console.exports.daily_xlsx import write_daily_workbook

    plain = daily_summary(demo_ctx, day=DAY)
    assert plain.rows and all(r.info_officer == "" and r.phone == "" for r in plain.rows)
    full = daily_summary(demo_ctx, day=DAY, with_personal=True)
    assert all(r.info_officer and r.phone for r in full.rows)
    out = write_daily_workbook([plain], tmp_path / "d.xlsx")
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name(DAY.isoformat()).to_python()
    assert "信息员姓名和电话未列出" in rows[1][0]
    phones = {r.phone for r in full.rows}
    assert not any(str(c) in phones for r in rows for c in r)
    reader = Ctx(demo_ctx.db, demo_ctx.clock, actor="某人", role=Role.READ_ONLY)
    with pytest.raises(Refused, match="查看报告人姓名和电话"):
        daily_summary(reader, day=DAY, with_personal=True)
