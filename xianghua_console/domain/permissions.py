"""Who may do what: every write use case names an :class:`Action`; the table says which roles.

The roles of issue 7: 值班员 (duty officer) takes reports, logs incidents and daily reports;
办公室主任 (office director) heads the office, so does all a duty officer does and also assigns
incidents, issues notices, keeps the roster and approves swaps, the directories, the settings
and the accounts; 指挥长 (commander) declares the end of an emergency and gives HQ's
instructions; 只读 (read-only) reads.

The table is enforced in the services (``services.context.require``), so the CLI obeys it too;
the GUI only hides what a role cannot do (``allowed``).
"""

from __future__ import annotations

from enum import StrEnum

from xianghua_console.domain.enums import Role
from xianghua_console.domain.messages import Message, joined, msg


class Action(StrEnum):
    """A write (or a sensitive read) that a role may or may not do; the code is stable."""

    # incidents
    LOG_INCIDENT = "incident.log"
    INCIDENT_STEP = "incident.step"  # verify, launch, on-scene, controlled, special report, close
    END_EMERGENCY = "incident.end"  # 宣布应急结束
    ESCALATE = "incident.escalate"  # the reports to the town's leaders and to the county
    CORRECT_INCIDENT = "incident.correct"
    ACK_ALERT = "alert.ack"
    ASSIGN = "incident.assign"  # assignment to a sub-command, weight, working groups
    INSTRUCT = "incident.instruct"  # HQ's instruction, sending a work group
    RECORD_ACCEPTANCE = "incident.accept"  # the sub-command's acceptance, as phoned in
    SET_ONSCENE = "onscene.set"
    # notices
    ISSUE_NOTICE = "notice.issue"
    RECORD_RECEIPT = "notice.receipt"
    # daily and weekly work
    DAILY_REPORT = "daily.record"  # zero reports, situations, corrections, linking an incident
    CLOSE_DAY = "daily.close"
    RECORD_MEETING = "meeting.record"
    # roster
    ROSTER_EDIT = "roster.edit"  # periods, supplies, pools, leave, calendar, rotation, placing
    ROSTER_IMPORT = "roster.import"
    SWAP_REQUEST = "roster.swap"  # request, agree, decline, withdraw a swap
    SWAP_APPROVE = "roster.swap_approve"
    # directories, imports, settings, accounts
    DIRECTORY_EDIT = "directory.edit"
    DIRECTORY_IMPORT = "directory.import"
    LEDGER_IMPORT = "ledger.import"
    SETTINGS = "settings.edit"
    MANAGE_ACCOUNTS = "account.manage"
    RESTORE = "database.restore"  # replacing the database with a backup
    # reads that not every role may make
    VIEW_PERSONAL = "personal.view"  # reporters' names and phones
    VIEW_AUDIT = "audit.view"  # the audit log: every write with its before and after

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS: dict[Action, str] = {
    Action.LOG_INCIDENT: "登记事件",
    Action.INCIDENT_STEP: "推进事件处置环节",
    Action.END_EMERGENCY: "宣布应急结束",
    Action.ESCALATE: "登记向领导和县里的报告",
    Action.CORRECT_INCIDENT: "更正事件时间",
    Action.ACK_ALERT: "确认时限提醒",
    Action.ASSIGN: "分派事件、调整程度和工作组",
    Action.INSTRUCT: "登记处置指示和派出工作组",
    Action.RECORD_ACCEPTANCE: "登记分指挥部接收",
    Action.SET_ONSCENE: "成立或调整现场指挥部",
    Action.ISSUE_NOTICE: "发布预警通知",
    Action.RECORD_RECEIPT: "登记通知回执",
    Action.DAILY_REPORT: "登记和更正日报",
    Action.CLOSE_DAY: "日报关账",
    Action.RECORD_MEETING: "登记研判会",
    Action.ROSTER_EDIT: "编排值班表",
    Action.ROSTER_IMPORT: "导入值班表",
    Action.SWAP_REQUEST: "申请和办理调班",
    Action.SWAP_APPROVE: "批准调班",
    Action.DIRECTORY_EDIT: "维护单位、人员和指挥机构目录",
    Action.DIRECTORY_IMPORT: "导入目录",
    Action.LEDGER_IMPORT: "导入台账",
    Action.SETTINGS: "修改设置",
    Action.MANAGE_ACCOUNTS: "管理账号",
    Action.RESTORE: "从备份恢复数据库",
    Action.VIEW_PERSONAL: "查看报告人姓名和电话",
    Action.VIEW_AUDIT: "查看和导出审计日志",
}

_DUTY = frozenset({Role.DUTY_OFFICER, Role.DIRECTOR})
_DIRECTOR = frozenset({Role.DIRECTOR})

# action → the roles that may take it; 只读 takes none.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.LOG_INCIDENT: _DUTY,
    Action.INCIDENT_STEP: _DUTY,
    Action.END_EMERGENCY: frozenset({Role.COMMANDER}),
    Action.ESCALATE: _DUTY,
    Action.CORRECT_INCIDENT: _DUTY,
    Action.ACK_ALERT: _DUTY,
    Action.ASSIGN: _DIRECTOR,
    Action.INSTRUCT: _DUTY | {Role.COMMANDER},
    Action.RECORD_ACCEPTANCE: _DUTY,
    Action.SET_ONSCENE: _DIRECTOR,
    Action.ISSUE_NOTICE: _DIRECTOR,
    Action.RECORD_RECEIPT: _DUTY,
    Action.DAILY_REPORT: _DUTY,
    Action.CLOSE_DAY: _DUTY,
    Action.RECORD_MEETING: _DUTY,
    Action.ROSTER_EDIT: _DIRECTOR,
    Action.ROSTER_IMPORT: _DIRECTOR,
    Action.SWAP_REQUEST: _DUTY,
    Action.SWAP_APPROVE: _DIRECTOR,
    Action.DIRECTORY_EDIT: _DIRECTOR,
    Action.DIRECTORY_IMPORT: _DIRECTOR,
    Action.LEDGER_IMPORT: _DIRECTOR,
    Action.SETTINGS: _DIRECTOR,
    Action.MANAGE_ACCOUNTS: _DIRECTOR,
    Action.RESTORE: _DIRECTOR,
    Action.VIEW_PERSONAL: _DUTY | {Role.COMMANDER},
    # Oversight of the office's own work: its head and the commander, not the officers whose
    # entries it lists, nor 只读 (the before/after values hold reporters' names and phones).
    Action.VIEW_AUDIT: frozenset({Role.DIRECTOR, Role.COMMANDER}),
}

# The roles in the order they are listed in messages.
_ROLE_ORDER = (Role.DUTY_OFFICER, Role.DIRECTOR, Role.COMMANDER, Role.READ_ONLY)


def allowed(role: Role | None, action: Action) -> bool:
    """Whether ``role`` may take ``action``; ``None`` (the system, tests, demo) may do all."""
    return role is None or role in PERMISSIONS[action]


def roles_for(action: Action) -> tuple[Role, ...]:
    """The roles that may take ``action``, in the order of the roles' list."""
    return tuple(r for r in _ROLE_ORDER if r in PERMISSIONS[action])


def refusal(role: Role | None, action: Action, *, actor: str = "") -> Message | None:
    """Why ``role`` may not take ``action`` (naming the roles that may), or None."""
    if allowed(role, action):
        return None
    assert role is not None
    who = (msg("当前账号（{actor}，{role}）", actor=actor, role=role) if actor
           else msg("{role}账号", role=role))
    return msg("“{action}”需要{roles}权限，{who}不能操作。", action=action,
               roles=joined(roles_for(action), "或"), who=who)
