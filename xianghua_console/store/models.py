"""The whole domain of DOMAIN.md as SQLAlchemy 2 typed declarative models.

Times are aware UTC (:class:`UTCDateTime`); days are local (Asia/Shanghai) calendar dates.
The incident timeline and the audit log are append-only; their ``prev_hash``/``hash`` columns
hold the chain that makes a change behind the console's back detectable.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from xianghua_console.domain.enums import (
    BodyKind,
    CalendarOverrideKind,
    DailyReportKind,
    DutySlot,
    IncidentStatus,
    Role,
    SwapStatus,
    TimelineKind,
    UnavailabilityKind,
    UnitKind,
    Weight,
)
from xianghua_console.store.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(enum_cls: type[StrEnum]) -> Enum:
    """Store an enum by its stable code, as a plain string column on every backend."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


# ---------------------------------------------------------------- directory


class Unit(Base):
    """A village (村) or a town unit (镇直单位), with its information officer (信访信息员)."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[UnitKind] = mapped_column(enum_column(UnitKind))
    pinyin_initials: Mapped[str] = mapped_column(String(60), default="")
    info_officer: Mapped[str] = mapped_column(String(40), default="")
    info_officer_phone: Mapped[str] = mapped_column(String(40), default="")
    expected_from: Mapped[date | None] = mapped_column(Date)  # daily reports expected from
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: archived (归档)
    archived_at: Mapped[datetime | None]
    archived_by: Mapped[str] = mapped_column(String(40), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Staff(Base):
    """A person of the town's staff, by post; the office types in its own people."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    post: Mapped[str] = mapped_column(String(60), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)  # may lead a duty shift
    is_driver: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: archived (归档)
    archived_at: Mapped[datetime | None]
    archived_by: Mapped[str] = mapped_column(String(40), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


body_member_unit = Table(
    "body_member_unit",
    Base.metadata,
    Column("body_id", ForeignKey("command_body.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True),
)

body_deputy = Table(
    "body_deputy",
    Base.metadata,
    Column("body_id", ForeignKey("command_body.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
)


class CommandBody(Base):
    """The General HQ, its office, the four working groups and the five sub-commands."""

    __tablename__ = "command_body"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[BodyKind] = mapped_column(enum_column(BodyKind))
    name: Mapped[str] = mapped_column(String(120))
    short_name: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("command_body.id"))
    head_post: Mapped[str] = mapped_column(String(60), default="")  # by post, from the plan
    deputy_posts: Mapped[str] = mapped_column(String(120), default="")
    head_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    seat_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    duties: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    parent: Mapped[CommandBody | None] = relationship(remote_side=[id])
    head: Mapped[Staff | None] = relationship()
    seat: Mapped[Unit | None] = relationship()
    member_units: Mapped[list[Unit]] = relationship(secondary=body_member_unit)
    deputies: Mapped[list[Staff]] = relationship(secondary=body_deputy)

    __mapper_args__ = {"version_id_col": version}


class Category(Base):
    """A subject category of incidents, mapped to the sub-command that handles it."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    subcommand_id: Mapped[int | None] = mapped_column(
        ForeignKey("command_body.id", ondelete="SET NULL")
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    subcommand: Mapped[CommandBody | None] = relationship()


class Setting(Base):
    """One setting: its key and its value as JSON text (see ``domain.settings``)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# ---------------------------------------------------------------- duty


class DutyPeriod(Base):
    """A duty period, e.g. the Two Sessions, with the day daily reporting starts."""

    __tablename__ = "duty_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    daily_reports_from: Mapped[date] = mapped_column(Date)

    shifts: Mapped[list[DutyShift]] = relationship(
        back_populates="period", cascade="all, delete-orphan", order_by="DutyShift.starts_at"
    )


class DutyShift(Base):
    """One 24-hour shift, from the shift boundary of ``day`` to that of the next day."""

    __tablename__ = "duty_shift"
    __table_args__ = (UniqueConstraint("period_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("duty_period.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    emergency_fund_yuan: Mapped[int] = mapped_column(Integer, default=0)
    vehicle: Mapped[str] = mapped_column(String(40), default="")  # plate of the emergency car
    # The police station's standby squad for this shift (派出所备勤): who to call (the squad,
    # its leader) and the number; a new shift takes both from the settings.
    police_squad_contact: Mapped[str] = mapped_column(String(80), default="")
    police_squad_phone: Mapped[str] = mapped_column(String(40), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    period: Mapped[DutyPeriod] = relationship(back_populates="shifts")
    assignments: Mapped[list[DutyAssignment]] = relationship(
        back_populates="shift",
        cascade="all, delete-orphan",
        order_by="(DutyAssignment.slot, DutyAssignment.position)",
    )

    __mapper_args__ = {"version_id_col": version}


class DutyAssignment(Base):
    """A person in a slot of a shift (leader on duty, duty staff, standby, driver)."""

    __tablename__ = "duty_assignment"
    __table_args__ = (UniqueConstraint("shift_id", "slot", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("duty_shift.id", ondelete="CASCADE"))
    slot: Mapped[DutySlot] = mapped_column(enum_column(DutySlot))
    position: Mapped[int] = mapped_column(Integer, default=0)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    placed_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)

    shift: Mapped[DutyShift] = relationship(back_populates="assignments")
    staff: Mapped[Staff] = relationship()


class DutyPoolMember(Base):
    """A person the rotation may place in a slot (the pool of a post).

    A slot without members falls back to what ``Staff`` says: leaders (``is_leader``) lead,
    drivers (``is_driver``) drive, everyone else may take duty and standby.
    """

    __tablename__ = "duty_pool_member"
    __table_args__ = (UniqueConstraint("slot", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slot: Mapped[DutySlot] = mapped_column(enum_column(DutySlot))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))

    staff: Mapped[Staff] = relationship()


class StaffUnavailability(Base):
    """A person cannot take the shift of a day (leave, business trip, other)."""

    __tablename__ = "staff_unavailability"
    __table_args__ = (UniqueConstraint("staff_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[UnavailabilityKind] = mapped_column(enum_column(UnavailabilityKind))
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(40), default="")

    staff: Mapped[Staff] = relationship()


class CalendarOverride(Base):
    """The office's own holiday (节假日) or make-up working day (调休上班) over chinese-calendar."""

    __tablename__ = "calendar_override"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[CalendarOverrideKind] = mapped_column(enum_column(CalendarOverrideKind))
    note: Mapped[str] = mapped_column(String(80), default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(40), default="")


class DutySwap(Base):
    """A swap (调班): the requester hands the slot of a shift to a colleague.

    With ``other_shift_id`` it is an exchange: the requester takes the colleague's slot of that
    shift in return. Steps: requested → the colleague agrees → the office director approves;
    each with when and the console account that recorded it (``*_by``), the approval also with
    the director's name. Only an approved swap changes the roster.
    """

    __tablename__ = "duty_swap"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("duty_shift.id", ondelete="CASCADE"))
    slot: Mapped[DutySlot] = mapped_column(enum_column(DutySlot))
    requester_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    colleague_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    other_shift_id: Mapped[int | None] = mapped_column(
        ForeignKey("duty_shift.id", ondelete="CASCADE")
    )
    other_slot: Mapped[DutySlot | None] = mapped_column(enum_column(DutySlot))
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SwapStatus] = mapped_column(
        enum_column(SwapStatus), default=SwapStatus.REQUESTED
    )
    requested_at: Mapped[datetime]
    requested_by: Mapped[str] = mapped_column(String(40), default="")
    agreed_at: Mapped[datetime | None]
    agreed_by: Mapped[str] = mapped_column(String(40), default="")
    approved_at: Mapped[datetime | None]
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    approver: Mapped[str] = mapped_column(String(40), default="")  # the office director
    closed_at: Mapped[datetime | None]  # declined or withdrawn
    closed_by: Mapped[str] = mapped_column(String(40), default="")
    close_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    shift: Mapped[DutyShift] = relationship(foreign_keys=[shift_id])
    other_shift: Mapped[DutyShift | None] = relationship(foreign_keys=[other_shift_id])
    requester: Mapped[Staff] = relationship(foreign_keys=[requester_id])
    colleague: Mapped[Staff] = relationship(foreign_keys=[colleague_id])

    __mapper_args__ = {"version_id_col": version}


# ---------------------------------------------------------------- incidents


class Incident(Base):
    """An incident reported to the office; its clocks are computed from these timestamps."""

    __tablename__ = "incident"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # e.g. 2027-0012
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime]
    received_at: Mapped[datetime]
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    reporter_name: Mapped[str] = mapped_column(String(40), default="")
    reporter_phone: Mapped[str] = mapped_column(String(40), default="")
    place: Mapped[str] = mapped_column(String(120), default="")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    subcommand_id: Mapped[int | None] = mapped_column(ForeignKey("command_body.id"))
    # The assignment (分派): the sub-command the category proposed, the reason for choosing
    # another, and its acceptance (接收); the timeline keeps every earlier assignment.
    proposed_subcommand_id: Mapped[int | None] = mapped_column(ForeignKey("command_body.id"))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    assigned_at: Mapped[datetime | None]
    assigned_by: Mapped[str] = mapped_column(String(40), default="")
    accepted_at: Mapped[datetime | None]
    accepted_by: Mapped[str] = mapped_column(String(40), default="")  # who at the sub-command
    weight: Mapped[Weight] = mapped_column(enum_column(Weight), default=Weight.ORDINARY)
    people_count: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text)
    status: Mapped[IncidentStatus] = mapped_column(
        enum_column(IncidentStatus), default=IncidentStatus.REPORTED
    )
    escalated_at: Mapped[datetime | None]
    escalated_to: Mapped[str] = mapped_column(String(120), default="")
    county_reported_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    special_report_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(40), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit] = relationship()
    category: Mapped[Category | None] = relationship()
    subcommand: Mapped[CommandBody | None] = relationship(foreign_keys=[subcommand_id])
    proposed_subcommand: Mapped[CommandBody | None] = relationship(
        foreign_keys=[proposed_subcommand_id]
    )
    working_groups: Mapped[list[CommandBody]] = relationship(
        secondary="incident_working_group", order_by="CommandBody.sort_order"
    )
    member_units: Mapped[list[Unit]] = relationship(
        secondary="incident_member_unit", order_by="Unit.sort_order"
    )
    timeline: Mapped[list[TimelineEntry]] = relationship(
        back_populates="incident", order_by="TimelineEntry.seq"
    )

    __mapper_args__ = {"version_id_col": version}


class TimelineEntry(Base):
    """One append-only entry of an incident's timeline: who, when, what."""

    __tablename__ = "timeline_entry"
    __table_args__ = (UniqueConstraint("incident_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[TimelineKind] = mapped_column(enum_column(TimelineKind))
    at: Mapped[datetime]  # when it happened
    recorded_at: Mapped[datetime]  # when the console recorded it
    actor: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")

    incident: Mapped[Incident] = relationship(back_populates="timeline")


incident_working_group = Table(
    "incident_working_group",
    Base.metadata,
    Column("incident_id", ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True),
    Column("body_id", ForeignKey("command_body.id"), primary_key=True),
)

incident_member_unit = Table(
    "incident_member_unit",
    Base.metadata,
    Column("incident_id", ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id"), primary_key=True),
)

onscene_member = Table(
    "onscene_member",
    Base.metadata,
    Column("command_id", ForeignKey("onscene_command.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id"), primary_key=True),
)


class OnSceneCommand(Base):
    """One composition of an incident's on-scene command (现场指挥部).

    A change is a new row with the next ``seq`` and its reason, never an edit: the newest row
    is the command now, the older ones say who commanded when.
    """

    __tablename__ = "onscene_command"
    __table_args__ = (UniqueConstraint("incident_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"))
    seq: Mapped[int] = mapped_column(Integer)
    commander_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))  # a principal leader
    deputy_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # leader in charge
    set_up_at: Mapped[datetime]  # when this composition took effect
    reason: Mapped[str] = mapped_column(Text, default="")  # why it changed (empty at set-up)
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(40), default="")

    incident: Mapped[Incident] = relationship()
    commander: Mapped[Staff] = relationship(foreign_keys=[commander_id])
    deputy: Mapped[Staff | None] = relationship(foreign_keys=[deputy_id])
    members: Mapped[list[Staff]] = relationship(secondary=onscene_member, order_by="Staff.id")


# ---------------------------------------------------------------- warning notices


class WarningNotice(Base):
    """A warning notice (预警通知) issued by the General HQ or a sub-command."""

    __tablename__ = "warning_notice"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # 香稳预〔2027〕3号
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("command_body.id"))
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime]
    receipt_due_at: Mapped[datetime | None]
    recipients: Mapped[str] = mapped_column(Text, default="")  # the 主送 line as issued
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"))
    created_by: Mapped[str] = mapped_column(String(40), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    issuer: Mapped[CommandBody] = relationship()
    receipts: Mapped[list[NoticeReceipt]] = relationship(
        back_populates="notice", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class NoticeReceipt(Base):
    """One target unit's receipt (回执) of a notice; unconfirmed while ``confirmed_at`` is empty."""

    __tablename__ = "notice_receipt"
    __table_args__ = (UniqueConstraint("notice_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("warning_notice.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    confirmed_at: Mapped[datetime | None]
    confirmed_by: Mapped[str] = mapped_column(String(40), default="")  # who at the unit
    recorded_by: Mapped[str] = mapped_column(String(40), default="")  # who in the office
    recorded_at: Mapped[datetime | None]  # when the office recorded it

    notice: Mapped[WarningNotice] = relationship(back_populates="receipts")
    unit: Mapped[Unit] = relationship()


# ---------------------------------------------------------------- daily and weekly


class DailyReport(Base):
    """A unit's daily report of a day: a zero report or a situation.

    A later correction is a new row with ``supersedes_id`` and its reason; the newest row of a
    unit and day is the one that counts.
    """

    __tablename__ = "daily_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[DailyReportKind] = mapped_column(enum_column(DailyReportKind))
    content: Mapped[str] = mapped_column(Text, default="")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime]
    taken_by: Mapped[str] = mapped_column(String(40), default="")
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("daily_report.id"))
    reason: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[Unit] = relationship()


class DayClosure(Base):
    """A day of daily reports closed (frozen) by the office."""

    __tablename__ = "day_closure"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    closed_at: Mapped[datetime]
    closed_by: Mapped[str] = mapped_column(String(40), default="")


class AnalysisMeeting(Base):
    """A unit's weekly analysis meeting (分析研判会)."""

    __tablename__ = "analysis_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    week_start: Mapped[date] = mapped_column(Date, index=True)  # the Monday of the ISO week
    held_on: Mapped[date] = mapped_column(Date)
    attendance: Mapped[int] = mapped_column(Integer, default=0)
    problems: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(40), default="")

    unit: Mapped[Unit] = relationship()


# ---------------------------------------------------------------- accounts and audit


class User(Base):
    """An account of the console with its role."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role))
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """One write to the database: who, when, what, before and after."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
