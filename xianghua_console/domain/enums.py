"""The vocabulary of the plan as stable codes (stored) with the office's Chinese terms.

Codes are English and never change once stored; the Chinese labels are the terms of
香发【2013】13号 and are what every screen, sheet and printout shows.
"""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    VILLAGE = "village"
    TOWN_UNIT = "town_unit"

    @property
    def label(self) -> str:
        return {"village": "村", "town_unit": "镇直单位"}[self.value]


class BodyKind(StrEnum):
    HQ = "hq"
    OFFICE = "office"
    WORKING_GROUP = "working_group"
    SUBCOMMAND = "subcommand"

    @property
    def label(self) -> str:
        return {
            "hq": "总指挥部",
            "office": "总指挥部办公室",
            "working_group": "工作组",
            "subcommand": "分指挥部",
        }[self.value]


class Weight(StrEnum):
    """How heavy an incident is; it decides who commands (二、3)."""

    ORDINARY = "ordinary"
    HEAVIER = "heavier"
    SERIOUS = "serious"

    @property
    def label(self) -> str:
        return {"ordinary": "一般", "heavier": "较重", "serious": "严重"}[self.value]

    @property
    def rank(self) -> int:
        return {"ordinary": 0, "heavier": 1, "serious": 2}[self.value]


class IncidentStatus(StrEnum):
    """The lifecycle of DOMAIN.md, in order."""

    REPORTED = "reported"
    VERIFIED = "verified"
    LAUNCHED = "launched"
    ONSCENE = "onscene"
    CONTROLLED = "controlled"
    ENDED = "ended"
    SPECIAL_REPORT = "special_report"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {
            "reported": "接报",
            "verified": "已核实",
            "launched": "已启动预案",
            "onscene": "现场指挥部已成立",
            "controlled": "已得到控制",
            "ended": "已宣布应急结束",
            "special_report": "已收专题报告",
            "closed": "已结案",
        }[self.value]

    @property
    def order(self) -> int:
        return list(IncidentStatus).index(self)


class TimelineKind(StrEnum):
    """What a timeline entry records; corrections are entries too, never edits."""

    REPORTED = "reported"
    VERIFIED = "verified"
    LAUNCHED = "launched"
    ONSCENE = "onscene"
    CONTROLLED = "controlled"
    ENDED = "ended"
    SPECIAL_REPORT = "special_report"
    CLOSED = "closed"
    ESCALATED = "escalated"
    COUNTY = "county"
    INSTRUCTION = "instruction"
    WORK_GROUP = "work_group"
    ASSIGNED = "assigned"
    ACCEPTED = "accepted"
    CORRECTION = "correction"
    ALERT_ACK = "alert_ack"
    NOTE = "note"
    WEIGHT_CHANGED = "weight_changed"
    GROUPS = "groups"
    COMMAND_SET = "command_set"
    COMMAND_CHANGED = "command_changed"

    @property
    def label(self) -> str:
        return {
            "reported": "接报登记",
            "verified": "核实",
            "launched": "启动预案",
            "onscene": "成立现场指挥部",
            "controlled": "得到控制",
            "ended": "宣布应急结束",
            "special_report": "收到专题报告",
            "closed": "结案",
            "escalated": "报告镇主要领导",
            "county": "报告县委县政府",
            "instruction": "处置指示",
            "work_group": "派出工作组督导",
            "assigned": "分派",
            "accepted": "分指挥部接收",
            "correction": "更正",
            "alert_ack": "确认时限提醒",
            "note": "备注",
            "weight_changed": "调整事件程度",
            "groups": "分派工作组和成员单位",
            "command_set": "现场指挥部组成",
            "command_changed": "调整现场指挥部",
        }[self.value]


class DutySlot(StrEnum):
    LEADER = "leader"
    DUTY = "duty"
    STANDBY = "standby"
    VEHICLE = "vehicle"

    @property
    def label(self) -> str:
        return {
            "leader": "带班领导",
            "duty": "值班人员",
            "standby": "备勤人员",
            "vehicle": "应急车辆/驾驶员",
        }[self.value]


class DailyReportKind(StrEnum):
    ZERO = "zero"
    SITUATION = "situation"

    @property
    def label(self) -> str:
        return {"zero": "平安（零报告）", "situation": "有情况"}[self.value]


class DailyState(StrEnum):
    """A unit's state on the daily board, derived from its report and the cutoff."""

    PENDING = "pending"
    ZERO = "zero"
    SITUATION = "situation"
    LATE = "late"
    MISSING = "missing"

    @property
    def label(self) -> str:
        return {
            "pending": "未报",
            "zero": "平安",
            "situation": "有情况",
            "late": "迟报",
            "missing": "缺报",
        }[self.value]


class Role(StrEnum):
    DUTY_OFFICER = "duty_officer"
    DIRECTOR = "director"
    COMMANDER = "commander"
    READ_ONLY = "read_only"

    @property
    def label(self) -> str:
        return {
            "duty_officer": "值班员",
            "director": "办公室主任",
            "commander": "指挥长",
            "read_only": "只读",
        }[self.value]


class UnavailabilityKind(StrEnum):
    """Why a person cannot take a duty shift on a day."""

    LEAVE = "leave"
    TRIP = "trip"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"leave": "请假", "trip": "出差", "other": "其他"}[self.value]


class CalendarOverrideKind(StrEnum):
    """The office's own word on a day, over chinese-calendar's."""

    HOLIDAY = "holiday"
    WORKDAY = "workday"

    @property
    def label(self) -> str:
        return {"holiday": "节假日", "workday": "调休上班"}[self.value]


class SwapStatus(StrEnum):
    """A swap (调班): requested → the colleague agrees → the office director approves."""

    REQUESTED = "requested"
    AGREED = "agreed"
    APPROVED = "approved"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {
            "requested": "待同事同意",
            "agreed": "待主任批准",
            "approved": "已批准",
            "declined": "未同意",
            "withdrawn": "已撤回",
        }[self.value]

    @property
    def open(self) -> bool:
        return self in (SwapStatus.REQUESTED, SwapStatus.AGREED)
