"""Demo data: an invented duty office in full swing, placed around the clock's current time.

Every village, person and phone number here is invented (none of the people named in
香发【2013】13号, no real village of the town). The data is a function of the seed and of
``ctx.clock.now()`` only, so the same seed at the same clock time writes the same rows, and
the countdowns it sets up are live whenever the demo is made.

In keeping with DOMAIN.md ("What the console does not do"), incidents describe events,
grievances and the office's handling; the only names are the office's own staff and the
villages' and units' information officers, never petitioners.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from xianghua_console.domain.clock import local_datetime, to_local
from xianghua_console.domain.command import command_text
from xianghua_console.domain.deadlines import daily_cutoff, shift_start
from xianghua_console.domain.enums import (
    DailyReportKind,
    DutySlot,
    IncidentStatus,
    TimelineKind,
    UnitKind,
    Weight,
)
from xianghua_console.domain.notices import recipients_line
from xianghua_console.domain.settings import Settings
from xianghua_console.domain.text import pinyin_initials
from xianghua_console.services.context import Ctx, Refused, audit, load_settings
from xianghua_console.store.chains import seal_chain
from xianghua_console.store.models import (
    AnalysisMeeting,
    Category,
    CommandBody,
    DailyReport,
    DayClosure,
    DutyAssignment,
    DutyPeriod,
    DutyPoolMember,
    DutyShift,
    Incident,
    NoticeReceipt,
    OnSceneCommand,
    Staff,
    TimelineEntry,
    Unit,
    WarningNotice,
)


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    villages: int
    town_units: int
    staff: int
    incidents: int
    daily_reports: int
    notices: int
    meetings: int
    shifts: int


def create_demo(ctx: Ctx, *, seed: int = 2027) -> DemoSummary:
    """Fill a freshly opened database with demo data around ``ctx.clock.now()``.

    Refuses (:class:`Refused`) a database that already has villages, staff or incidents.
    Everything is written in one transaction with one audit entry: a failure writes nothing.
    """
    with ctx.db.session() as session:
        _refuse_unless_fresh(session)
        builder = _DemoBuilder(
            session, load_settings(session), now=ctx.clock.now(), rng=random.Random(seed)
        )
        summary = builder.build()
        session.flush()  # ids first: a timeline's hash chain covers its incident's id
        for incident in builder.incidents:
            seal_chain(incident.timeline)
        audit(
            session,
            ctx,
            action="demo.create",
            entity="database",
            after={"seed": seed, **asdict(summary)},
        )
    return summary


def _refuse_unless_fresh(session: Session) -> None:
    has_data = any(
        session.scalar(query.limit(1)) is not None
        for query in (
            select(Unit.id).where(Unit.kind == UnitKind.VILLAGE),
            select(Staff.id),
            select(Incident.id),
        )
    )
    if has_data:
        raise Refused("数据库中已有村、人员或事件数据；演示数据只能写入新建的空数据库。")


# ---------------------------------------------------------------- invented vocabulary

# Invented village names: generic rural names, deliberately not the town's real villages.
VILLAGES = (
    "东岗村", "柳树沟村", "桃园村", "杏花坪村", "石桥铺村", "青龙湾村", "槐荫村", "枣林坡村",
    "北坪村", "南洼村", "金竹沟村", "芦苇湾村", "泉水岭村", "杨柳岔村", "梨树凹村", "松柏岭村",
    "长岭村", "小河口村", "王家坡村", "红石村", "下河湾村", "磨盘山村", "竹园村", "清泉村",
    "望山村",
)  # fmt: skip

SURNAMES = (
    "王李张刘陈杨周吴徐孙胡朱高林何郭罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋贾丁魏"
    "薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤"
)
GIVEN_NAMES = (
    "建国", "志强", "秀英", "桂兰", "海燕", "红梅", "国庆", "新民", "春生", "玉兰", "德胜",
    "长青", "金凤", "振华", "卫东", "丽娟", "永福", "晓峰", "文斌", "学军", "明辉", "俊杰",
    "宏伟", "静", "芳", "敏", "涛", "军", "平", "勇", "刚", "磊", "霞", "丹", "莉", "鹏",
    "玉芬", "淑珍", "建华", "红霞", "春燕", "保国", "小兵", "立新", "光明", "秋菊", "书亮",
    "满仓", "怀志", "全喜", "文静", "海涛", "雪梅", "向东", "思远", "家豪", "朝阳", "利民",
)  # fmt: skip

# The people named in the plan are real officials: the demo never uses their names.
PLAN_NAMES = frozenset(
    ("马飞", "蔡秀斌", "黄胜法", "张英", "赵鹏", "罗文", "赵兴新", "吴博", "邹新杰", "李红旗")
)

PHONE_PREFIXES = ("1370377", "1393770", "1583771", "1873775", "1523776")


@dataclass(frozen=True)
class _Post:
    key: str
    post: str
    unit: str | None  # name of the town unit, None for the town's leaders
    leader: bool = False
    driver: bool = False


POSTS = (
    _Post("secretary", "镇党委书记", None, leader=True),
    _Post("mayor", "镇长", None, leader=True),
    _Post("npc_chair", "镇人大主席", None, leader=True),
    _Post("deputy_secretary_1", "党委副书记", None, leader=True),
    _Post("deputy_secretary_2", "党委副书记", None, leader=True),
    _Post("vice_mayor_1", "副镇长", None, leader=True),
    _Post("vice_mayor_2", "副镇长", None, leader=True),
    _Post("vice_mayor_3", "副镇长", None, leader=True),
    _Post("discipline", "纪委书记", None, leader=True),
    _Post("armed_forces", "武装部长", "武装部", leader=True),
    _Post("politics_law", "政法委员", "综治办", leader=True),
    _Post("zongzhi_head", "综治办主任", "综治办"),
    _Post("zongzhi_1", "综治办干事", "综治办"),
    _Post("zongzhi_2", "综治办干事", "综治办"),
    _Post("xinfang_head", "信访办主任", "信访办"),
    _Post("xinfang_deputy", "信访办副主任", "信访办"),
    _Post("xinfang_1", "信访办干事", "信访办"),
    _Post("xinfang_2", "信访办干事", "信访办"),
    _Post("weiwen_head", "维稳办主任", "维稳办"),
    _Post("weiwen_1", "维稳办干事", "维稳办"),
    _Post("dangzheng_head", "党政办主任", "党政办"),
    _Post("dangzheng_1", "党政办干事", "党政办"),
    _Post("dangzheng_2", "党政办干事", "党政办"),
    _Post("driver_1", "驾驶员", "党政办", driver=True),
    _Post("driver_2", "驾驶员", "党政办", driver=True),
    _Post("police_chief", "派出所所长", "派出所"),
    _Post("police_instructor", "派出所指导员", "派出所"),
    _Post("migrants_head", "移民办主任", "移民办"),
    _Post("migrants_1", "移民办干事", "移民办"),
    _Post("school_head", "中心学校校长", "中心学校"),
    _Post("clinic_head", "卫生院院长", "卫生院"),
    _Post("civil_head", "民政所所长", "民政所"),
    _Post("civil_1", "民政所干事", "民政所"),
    _Post("armed_1", "武装部干事", "武装部"),
    _Post("land_head", "国土所所长", "国土所"),
    _Post("village_dev_head", "村镇发展中心主任", "村镇发展中心"),
    _Post("finance_head", "财政所所长", "财政所"),
    _Post("justice_head", "司法所所长", "司法所"),
    _Post("justice_1", "司法所干事", "司法所"),
    _Post("agri_head", "农业服务中心主任", "农业服务中心"),
)

# Who heads which body. The mobile group (应急机动组) is left without a head on purpose, so
# that the warning about a body without a head has something to show.
HEADS = {
    "hq": "secretary",
    "hq_office": "zongzhi_head",
    "wg_reception": "zongzhi_head",
    "wg_information": "xinfang_head",
    "wg_enroute": "police_chief",
    "sc_migrants": "deputy_secretary_1",
    "sc_teachers": "vice_mayor_1",
    "sc_clinics": "vice_mayor_2",
    "sc_veterans": "deputy_secretary_2",
    "sc_land": "vice_mayor_3",
}
HQ_DEPUTIES = ("npc_chair", "mayor")

DUTY_UNITS = ("信访办", "综治办", "维稳办", "党政办")  # their staff take the office's duty
POLICE_KEYS = ("police_chief", "police_instructor")  # the station keeps its own squad


@dataclass(frozen=True)
class _Template:
    """An invented incident: category code, summary, place, people, reporting unit."""

    category: str
    summary: str
    place: str  # "{unit}" is replaced by the reporting unit's name
    people: int
    unit: str | None = None  # a town unit that reports it; None: a village


TEMPLATES = (
    _Template("teachers", "十余名原民办教师到镇政府反映教龄补贴待遇落实问题，秩序平稳，要求给予书面答复。", "镇政府大院", 12, "中心学校"),
    _Template("migrants", "二十余名移民群众到村委会反映后期扶持资金发放进度问题，要求公开发放明细。", "{unit}村委会", 23),
    _Template("land", "部分村民反映村道拓宽工程占地补偿标准不统一，在施工现场聚集，工程暂停施工。", "{unit}村道拓宽施工现场", 16),
    _Template("demolition", "八户拆迁户代表到镇政府反映安置房交付延期问题，要求明确交房时间。", "镇政府信访接待室", 8),
    _Template("veterans", "数名越战复退军人到民政所反映优抚待遇调整落实情况，要求逐项说明政策。", "镇民政所", 6),
    _Template("frontier", "原青海支边人员五人到镇政府反映生活补助申领手续问题。", "镇政府信访接待室", 5),
    _Template("clinics", "原联合诊所从业人员六人到卫生院反映养老保险接续问题，要求协调县有关部门答复。", "镇卫生院", 6),
    _Template("housing", "十余名村民反映宅基地规划审批进度慢，到村镇发展中心咨询并表达不满。", "镇村镇发展中心", 11),
    _Template("militia", "原焦枝铁路守护营民兵七人到镇政府反映补助政策落实问题。", "镇政府信访接待室", 7),
    _Template("other", "村内饮水工程停水三日，十余名群众到村委会要求尽快恢复供水。", "{unit}村委会", 14),
    _Template("land", "因土地流转租金未按期支付，二十余名村民到合作社交涉，现场秩序正常。", "{unit}农民专业合作社", 21),
    _Template("migrants", "移民安置点部分住户反映房屋墙体开裂，要求组织质量鉴定并维修。", "{unit}移民安置点", 9),
    _Template("demolition", "集镇改造涉及商户十余家，到镇政府反映临时经营场地安排问题。", "镇政府大院", 13),
)  # fmt: skip

# Sentences of a daily situation report: events and the unit's handling, nobody's name.
SITUATIONS = (
    "村民反映灌溉渠道渗漏影响春灌，村两委已组织维修，无聚集。",
    "两户村民因宅基地边界发生纠纷，村调委会已调解，双方达成一致。",
    "部分群众咨询养老保险缴费政策，已由村干部解释答复。",
    "有群众来村反映低保评定问题，已登记并转镇民政所答复。",
    "村内道路施工扬尘，群众有意见，已协调施工方洒水作业。",
    "有群众询问移民后扶项目进度，已在村务公开栏公示。",
)
PROBLEMS = (
    "排查出土地流转租金兑付、移民后扶资金公示两类矛盾，均已建立台账。",
    "群众对饮水工程维修进度有意见，需镇有关部门配合。",
    "本周未排查出新的矛盾纠纷，既有问题化解进展正常。",
    "宅基地审批咨询较多，需加强政策宣传。",
    "涉及优抚政策的咨询增多，需民政所统一口径答复。",
)
MEASURES = (
    "明确专人负责，逐件落实化解责任和时限。",
    "在村务公开栏公示政策和资金明细，畅通群众反映渠道。",
    "排查出的问题每日跟进，重要情况即时报镇信访办。",
    "组织干部入户宣讲政策，做好解释答复。",
)


@dataclass(frozen=True)
class _Plan:
    """One incident's place in the lifecycle, as times before now."""

    status: IncidentStatus
    weight: Weight
    received_ago: timedelta
    report_delay: timedelta  # occurred → received; over the report limit is 迟报
    escalate_after: timedelta | None = None  # received → escalated to the principal leaders
    ended_ago: timedelta | None = None
    special_ago: timedelta | None = None
    closed_ago: timedelta | None = None
    jitter: bool = True  # the live ones keep their exact offsets
    # Assigned this long ago and not accepted yet (a live acceptance clock); launched ones are
    # assigned and accepted during their response anyway.
    assigned_ago: timedelta | None = None


def _m(minutes: float) -> timedelta:
    return timedelta(minutes=minutes)


def _d(days: float) -> timedelta:
    return timedelta(days=days)


_S = IncidentStatus
PLANS = (
    # Escalation clock live: received 3 minutes ago, about 12 minutes left.
    _Plan(_S.REPORTED, Weight.ORDINARY, _m(3), _m(7), jitter=False),
    # Escalation overdue: received 22 minutes ago and nobody has told the leaders yet.
    _Plan(_S.REPORTED, Weight.HEAVIER, _m(22), _m(8), jitter=False),
    # 迟报: occurred 40 minutes before the office heard of it.
    _Plan(_S.VERIFIED, Weight.ORDINARY, _m(70), _m(40), _m(9), jitter=False),
    _Plan(_S.VERIFIED, Weight.ORDINARY, _m(45), _m(6), _m(11), jitter=False, assigned_ago=_m(4)),
    _Plan(_S.LAUNCHED, Weight.HEAVIER, _m(120), _m(10), _m(8)),
    _Plan(_S.ONSCENE, Weight.SERIOUS, _m(240), _m(12), _m(10)),
    _Plan(_S.CONTROLLED, Weight.HEAVIER, _m(26 * 60), _m(9), _m(18)),  # escalated 3 min late
    # Special report due in about five days.
    _Plan(_S.ENDED, Weight.ORDINARY, _d(3), _m(5), _m(7), ended_ago=_d(2)),
    # Special report overdue: ended 8 days ago, nothing received.
    _Plan(_S.ENDED, Weight.HEAVIER, _d(9), _m(11), _m(12), ended_ago=_d(8)),
    _Plan(_S.SPECIAL_REPORT, Weight.ORDINARY, _d(7), _m(6), _m(10), _d(6), _d(1)),
    _Plan(_S.CLOSED, Weight.SERIOUS, _d(12), _m(8), _m(9), _d(11), _d(6), _d(5)),
    _Plan(_S.CLOSED, Weight.ORDINARY, _d(4), _m(4), _m(12), _d(3.8), _d(2), _d(1)),
)
del _S

COUNTY_OFFICES = "县委、县政府值班室和县信访局"

# Minutes after receipt at which each stage of the handling happened (the plan's order).
STAGE_MINUTES = {
    TimelineKind.ASSIGNED: 12,
    TimelineKind.ACCEPTED: 17,
    TimelineKind.INSTRUCTION: 15,
    TimelineKind.COUNTY: 20,
    TimelineKind.LAUNCHED: 25,
    TimelineKind.WORK_GROUP: 40,
    TimelineKind.ONSCENE: 55,
    TimelineKind.CONTROLLED: 180,
}


class _Step(NamedTuple):
    """One timeline entry to be written, with the same ``data`` the incident log writes."""

    kind: TimelineKind
    at: datetime
    text: str
    data: dict[str, Any] | None = None


def _stage_at(received: datetime, kind: TimelineKind) -> datetime:
    return received + _m(STAGE_MINUTES[kind])


# ---------------------------------------------------------------- the builder


@dataclass
class _ShiftCrew:
    starts_at: datetime
    ends_at: datetime
    duty: list[str]


class _DemoBuilder:
    """Writes the demo into one session; one method per kind of data, called in order."""

    def __init__(self, session: Session, settings: Settings, *, now: datetime, rng: random.Random):
        self.s = session
        self.settings = settings
        self.now = now
        self.today = to_local(now).date()
        self.rng = rng
        self.used_names: set[str] = set(PLAN_NAMES)
        self.used_phones: set[str] = set()
        self.villages: list[Unit] = []
        self.town_units: dict[str, Unit] = {}
        self.staff: dict[str, Staff] = {}
        self.crews: list[_ShiftCrew] = []
        self.incidents: list[Incident] = []
        self.commands: list[OnSceneCommand] = []
        self.period_start = self.today - timedelta(days=5)
        # Units were expected a few days before the period, as an office that was running.
        self.expected_from = self.period_start - timedelta(days=3)

    def build(self) -> DemoSummary:
        self._villages()
        self._staff()
        self._town_unit_officers()
        self._body_heads()
        shifts = self._roster()
        self._incidents()
        self.s.flush()  # reports and notices refer to incidents by id
        reports = self._daily_reports()
        notices = self._notices()
        meetings = self._meetings()
        return DemoSummary(
            villages=len(self.villages),
            town_units=len(self.town_units),
            staff=len(self.staff),
            incidents=len(self.incidents),
            daily_reports=reports,
            notices=notices,
            meetings=meetings,
            shifts=shifts,
        )

    # ------------------------------------------------------------ people and units

    def _name(self) -> str:
        while True:
            name = self.rng.choice(SURNAMES) + self.rng.choice(GIVEN_NAMES)
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def _phone(self) -> str:
        while True:
            phone = self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10_000):04d}"
            if phone not in self.used_phones:
                self.used_phones.add(phone)
                return phone

    def _villages(self) -> None:
        for order, name in enumerate(VILLAGES):
            village = Unit(
                name=name,
                kind=UnitKind.VILLAGE,
                pinyin_initials=pinyin_initials(name),
                info_officer=self._name(),
                info_officer_phone=self._phone(),
                expected_from=self.expected_from,
                active=True,
                sort_order=order,
            )
            self.s.add(village)
            self.villages.append(village)

    def _staff(self) -> None:
        units = self.s.scalars(
            select(Unit).where(Unit.kind == UnitKind.TOWN_UNIT).order_by(Unit.sort_order, Unit.id)
        ).all()
        self.town_units = {u.name: u for u in units}
        for post in POSTS:
            person = Staff(
                name=self._name(),
                post=post.post,
                unit=self.town_units.get(post.unit) if post.unit else None,
                phone=self._phone(),
                is_leader=post.leader,
                is_driver=post.driver,
                active=True,
            )
            self.s.add(person)
            self.staff[post.key] = person

    def _town_unit_officers(self) -> None:
        """A unit's clerk (干事) is its information officer; units without one get a person."""
        for unit in self.town_units.values():
            clerk = next(
                (p for p in self.staff.values() if p.unit is unit and p.post.endswith("干事")),
                None,
            )
            unit.info_officer = clerk.name if clerk else self._name()
            unit.info_officer_phone = clerk.phone if clerk else self._phone()
            unit.expected_from = self.expected_from

    def _body_heads(self) -> None:
        bodies = self.s.scalars(select(CommandBody).order_by(CommandBody.sort_order)).all()
        for body in bodies:
            key = HEADS.get(body.code)
            body.head = self.staff[key] if key else None
            if body.code == "hq":
                body.deputies = [self.staff[k] for k in HQ_DEPUTIES]

    # ------------------------------------------------------------ duty roster

    def _pools(self) -> dict[DutySlot, list[Staff]]:
        pools: dict[DutySlot, list[Staff]] = {slot: [] for slot in DutySlot}
        for key, person in self.staff.items():
            if person.is_leader:
                pools[DutySlot.LEADER].append(person)
            elif person.is_driver:
                pools[DutySlot.VEHICLE].append(person)
            elif key in POLICE_KEYS:
                continue
            elif person.unit is not None and person.unit.name in DUTY_UNITS:
                pools[DutySlot.DUTY].append(person)
            else:
                pools[DutySlot.STANDBY].append(person)
        return pools

    def _roster(self) -> int:
        end = self.period_start + timedelta(days=14)
        period = DutyPeriod(
            name=f"{self.period_start.year}年全国两会期间",
            start_date=self.period_start,
            end_date=end,
            daily_reports_from=self.period_start,
        )
        self.s.add(period)
        pools = self._pools()
        # The same pools, stored, so that regenerating the demo's roster draws from them.
        for slot, pool in pools.items():
            self.s.add_all(DutyPoolMember(slot=slot, staff=person) for person in pool)
        load = {p.name: 0 for pool in pools.values() for p in pool}
        plate = f"豫R·{self.rng.choice('ABCDEFGHJK')}{self.rng.randrange(1000, 10_000)}"
        resting: set[str] = set()
        day = self.period_start
        while day <= end:
            shift = self._shift(period, day, plate)
            resting = self._man_shift(shift, pools, resting, load)
            self.s.add(shift)
            self.crews.append(
                _ShiftCrew(
                    shift.starts_at,
                    shift.ends_at,
                    [a.staff.name for a in shift.assignments if a.slot is DutySlot.DUTY],
                )
            )
            day += timedelta(days=1)
        return len(self.crews)

    def _shift(self, period: DutyPeriod, day: date, plate: str) -> DutyShift:
        fund = max(self.settings.emergency_fund_min_yuan, 10_000)
        # One future day falls under the fund minimum, so the readiness view has a gap to show.
        if day == self.today + timedelta(days=2):
            fund = self.settings.emergency_fund_min_yuan * 4 // 5
        police = self.staff[POLICE_KEYS[day.toordinal() % len(POLICE_KEYS)]]
        return DutyShift(
            period=period,
            day=day,
            starts_at=shift_start(day, self.settings),
            ends_at=shift_start(day + timedelta(days=1), self.settings),
            emergency_fund_yuan=fund,
            vehicle=plate,
            police_squad_contact=f"{police.name}（{police.post.removeprefix('派出所')}）",
            police_squad_phone=police.phone,
        )

    def _man_shift(
        self,
        shift: DutyShift,
        pools: dict[DutySlot, list[Staff]],
        resting: set[str],
        load: dict[str, int],
    ) -> set[str]:
        """Fill every slot of ``shift``; returns who is on it (they rest the next day)."""
        counts = {
            DutySlot.LEADER: self.settings.leader_slots,
            DutySlot.DUTY: self.rng.randint(1, 2),
            DutySlot.STANDBY: self.rng.randint(2, 3),
            DutySlot.VEHICLE: self.settings.vehicle_slots,
        }
        on_shift: set[str] = set()
        for slot, count in counts.items():
            for position, person in enumerate(self._pick(pools[slot], count, resting, load)):
                shift.assignments.append(DutyAssignment(slot=slot, position=position, staff=person))
                on_shift.add(person.name)
        return on_shift

    def _pick(
        self, pool: Sequence[Staff], count: int, resting: set[str], load: dict[str, int]
    ) -> list[Staff]:
        """The least-used people not on yesterday's shift (nobody works two shifts running)."""
        free = [p for p in pool if p.name not in resting]
        self.rng.shuffle(free)  # breaks ties between people with the same load
        free.sort(key=lambda p: load[p.name])
        chosen = free[:count]
        for person in chosen:
            load[person.name] += 1
        return chosen

    def _office_person(self, when: datetime) -> str:
        """Who in the office handled something at ``when``: the duty staff of that shift."""
        for crew in self.crews:
            if crew.starts_at <= when < crew.ends_at and crew.duty:
                return crew.duty[0]
        # Outside the roster the petition office itself is at the phone.
        office = [p.name for p in self.staff.values() if p.unit and p.unit.name == "信访办"]
        return office[to_local(when).date().toordinal() % len(office)]

    # ------------------------------------------------------------ incidents

    def _incidents(self) -> None:
        categories = {c.code: c for c in self.s.scalars(select(Category).order_by(Category.id))}
        templates = self.rng.sample(TEMPLATES, len(PLANS))
        villages = list(self.villages)
        self.rng.shuffle(villages)
        drafts = []
        for plan, template in zip(PLANS, templates, strict=True):
            unit = self.town_units[template.unit] if template.unit else villages.pop()
            drafts.append(self._incident(plan, template, unit, categories[template.category]))
        # Numbers follow the order of receipt, gap-free within each local year.
        drafts.sort(key=lambda i: i.received_at)
        seqs: dict[int, int] = {}
        for incident in drafts:
            year = to_local(incident.received_at).year
            seqs[year] = seqs.get(year, 0) + 1
            incident.year, incident.seq = year, seqs[year]
            incident.number = f"{year}-{seqs[year]:04d}"
            self.s.add(incident)
        self.incidents = drafts
        self.s.add_all(self.commands)  # after their incidents, which are numbered by now

    def _jitter(self, plan: _Plan, minutes: int) -> timedelta:
        return _m(self.rng.randint(0, minutes)) if plan.jitter else timedelta()

    def _ago(self, plan: _Plan, ago: timedelta | None) -> datetime | None:
        return None if ago is None else self.now - ago - self._jitter(plan, 30)

    def _incident(
        self, plan: _Plan, template: _Template, unit: Unit, category: Category
    ) -> Incident:
        received = self.now - plan.received_ago - self._jitter(plan, 20)
        status = plan.status
        ended, special, closed = (
            self._ago(plan, plan.ended_ago),
            self._ago(plan, plan.special_ago),
            self._ago(plan, plan.closed_ago),
        )
        escalated = received + plan.escalate_after if plan.escalate_after is not None else None
        county = (
            received + _m(STAGE_MINUTES[TimelineKind.COUNTY])
            if plan.weight is Weight.SERIOUS and status.order >= IncidentStatus.LAUNCHED.order
            else None
        )
        principal = f"镇党委书记{self.staff['secretary'].name}、镇长{self.staff['mayor'].name}"
        actor = self._office_person(received)
        incident = Incident(
            occurred_at=received - plan.report_delay,
            received_at=received,
            unit=unit,
            reporter_name=unit.info_officer,
            reporter_phone=unit.info_officer_phone,
            place=template.place.format(unit=unit.name),
            category=category,
            subcommand=category.subcommand,
            weight=plan.weight,
            people_count=template.people,
            summary=template.summary,
            status=status,
            escalated_at=escalated,
            escalated_to=principal if escalated else "",
            county_reported_at=county,
            ended_at=ended,
            special_report_at=special,
            closed_at=closed,
            created_by=actor,
        )
        self._assignment(incident, plan)
        self._timeline(incident, plan)
        incident.created_at = incident.timeline[0].recorded_at  # logged with its first entry
        return incident

    def _timeline(self, incident: Incident, plan: _Plan) -> None:
        """The append-only record of what happened, in the order it happened."""
        steps = self._steps(incident, plan)
        steps.sort(key=lambda step: step.at)
        for seq, step in enumerate(steps, start=1):
            recorded = min(step.at + timedelta(seconds=self.rng.randint(0, 120)), self.now)
            data = dict(step.data or {})
            if step.kind is TimelineKind.REPORTED:
                data["entered_late_s"] = int((recorded - step.at).total_seconds())
            incident.timeline.append(
                TimelineEntry(
                    seq=seq,
                    kind=step.kind,
                    at=step.at,
                    recorded_at=recorded,
                    actor=self._office_person(step.at),
                    text=step.text,
                    data=data,
                )
            )

    def _assignment(self, incident: Incident, plan: _Plan) -> None:
        """The category's sub-command, assigned (and accepted) as services.assignment does."""
        sub = incident.subcommand
        if sub is None:
            return
        if plan.status.order >= IncidentStatus.LAUNCHED.order:
            incident.assigned_at = _stage_at(incident.received_at, TimelineKind.ASSIGNED)
            incident.accepted_at = _stage_at(incident.received_at, TimelineKind.ACCEPTED)
            incident.accepted_by = sub.head.name if sub.head else ""
        elif plan.assigned_ago is not None:
            incident.assigned_at = self.now - plan.assigned_ago
        else:
            return
        incident.proposed_subcommand = sub
        incident.assigned_by = self._office_person(incident.assigned_at)

    def _assignment_steps(self, incident: Incident) -> list[_Step]:
        sub = incident.subcommand
        if incident.assigned_at is None or sub is None:
            return []
        line = command_text(incident.weight, subcommand=sub.short_name)
        steps = [
            _Step(
                TimelineKind.ASSIGNED,
                incident.assigned_at,
                f"分派给{sub.name}；{line}",
                {"subcommand_id": sub.id, "subcommand": sub.short_name, "proposed_id": sub.id,
                 "override": False, "reason": "", "weight": incident.weight.value,
                 "previous_subcommand_id": None, "previous_assigned_at": None,
                 "previous_accepted_at": None},
            )
        ]
        if incident.accepted_at is not None:
            steps.append(
                _Step(
                    TimelineKind.ACCEPTED,
                    incident.accepted_at,
                    f"{sub.name}接收，接收人：{incident.accepted_by}",
                    {"subcommand_id": sub.id, "by": incident.accepted_by},
                )
            )
        return steps

    def _steps(self, incident: Incident, plan: _Plan) -> list[_Step]:
        reached = plan.status.order
        steps = self._intake_steps(incident, plan) + self._assignment_steps(incident)
        if reached >= IncidentStatus.LAUNCHED.order:
            steps += self._response_steps(incident)
        if reached >= IncidentStatus.ONSCENE.order:
            steps += self._onscene_steps(incident)
        if reached >= IncidentStatus.CONTROLLED.order:
            steps.append(
                _Step(
                    TimelineKind.CONTROLLED,
                    _stage_at(incident.received_at, TimelineKind.CONTROLLED),
                    "诉求已登记并明确答复时限，群众有序离开，现场秩序恢复，事态得到控制。",
                )
            )
        return steps + self._closing_steps(incident)

    def _intake_steps(self, incident: Incident, plan: _Plan) -> list[_Step]:
        """Receipt, verification and the reports upwards."""
        received, unit = incident.received_at, incident.unit
        steps: list[_Step] = [
            _Step(
                TimelineKind.REPORTED,
                received,
                f"接{unit.name}信访信息员{unit.info_officer}电话报告：{incident.summary}",
                # the payload services.incident_log writes; _timeline adds entered_late_s
                {"occurred_at": incident.occurred_at.isoformat()},
            )
        ]
        if plan.status.order >= IncidentStatus.VERIFIED.order:
            # Verification comes before the leaders are told, however quickly they were told.
            limit = int((plan.escalate_after or _m(7)) / _m(1)) - 1
            verify = min(self.rng.randint(3, 6), limit)
            steps.append(
                _Step(
                    TimelineKind.VERIFIED,
                    received + _m(verify),
                    f"经与{unit.name}负责人电话核实，情况属实，现场约{incident.people_count}人。",
                )
            )
        if incident.escalated_at is not None:
            steps.append(
                _Step(
                    TimelineKind.ESCALATED,
                    incident.escalated_at,
                    f"已电话报告{incident.escalated_to}。",
                    {"to": incident.escalated_to},
                )
            )
        if incident.county_reported_at is not None:
            steps.append(
                _Step(
                    TimelineKind.COUNTY,
                    incident.county_reported_at,
                    f"问题严重，已报告{COUNTY_OFFICES}。",
                    {"to": COUNTY_OFFICES},
                )
            )
        return steps

    def _response_steps(self, incident: Incident) -> list[_Step]:
        received, unit = incident.received_at, incident.unit
        return [
            _Step(
                TimelineKind.INSTRUCTION,
                _stage_at(received, TimelineKind.INSTRUCTION),
                f"总指挥部指示：{unit.name}主要负责人立即赶赴现场，做好政策解释和情绪疏导，"
                "防止矛盾激化、事态扩大。",
            ),
            _Step(
                TimelineKind.LAUNCHED,
                _stage_at(received, TimelineKind.LAUNCHED),
                "经总指挥长批准，启动应急预案，镇应急指挥机构开始运作。",
            ),
        ]

    def _onscene_steps(self, incident: Incident) -> list[_Step]:
        received, sub = incident.received_at, incident.subcommand
        guide = self.staff["npc_chair"] if sub is None or sub.head is None else sub.head
        set_up = _stage_at(received, TimelineKind.ONSCENE)
        # The heads of the departments concerned: those of the sub-command's seat.
        members = [p for p in self.staff.values()
                   if sub is not None and p.unit is sub.seat and not p.post.endswith("干事")]
        self.commands.append(
            OnSceneCommand(
                incident=incident,
                seq=1,
                commander=self.staff["mayor"],
                deputy=guide,
                members=members,
                set_up_at=set_up,
                recorded_at=min(set_up + _m(2), self.now),
                recorded_by=self._office_person(set_up),
            )
        )
        command = {
            Weight.ORDINARY: "由现场指挥部负责处置",
            Weight.HEAVIER: f"由{sub.short_name if sub else '总指挥部'}指导协调",
            Weight.SERIOUS: "由总指挥部统一指挥、直接处置",
        }[incident.weight]
        return [
            _Step(
                TimelineKind.WORK_GROUP,
                _stage_at(received, TimelineKind.WORK_GROUP),
                f"派出工作组（{guide.post}{guide.name}带队）赶赴{incident.place}指导督查。",
            ),
            _Step(
                TimelineKind.ONSCENE,
                _stage_at(received, TimelineKind.ONSCENE),
                f"成立现场指挥部：镇长{self.staff['mayor'].name}任指挥长，{guide.post}{guide.name}"
                f"任副指挥长，{incident.unit.name}负责人为成员；{command}。",
            ),
        ]

    def _closing_steps(self, incident: Incident) -> list[_Step]:
        steps: list[_Step] = []
        days = self.settings.special_report_days
        if incident.ended_at is not None:
            steps.append(
                _Step(
                    TimelineKind.ENDED,
                    incident.ended_at,
                    "总指挥部确认事件得到有效控制、影响已经消除，宣布应急结束；"
                    f"请{incident.unit.name}于{days}日内提交处置情况专题报告。",
                )
            )
        if incident.special_report_at is not None:
            steps.append(
                _Step(
                    TimelineKind.SPECIAL_REPORT,
                    incident.special_report_at,
                    f"收到{incident.unit.name}处置情况专题报告。",
                    {"parts": self._special_report_parts(incident)},
                )
            )
        if incident.closed_at is not None:
            steps.append(
                _Step(
                    TimelineKind.CLOSED,
                    incident.closed_at,
                    "诉求已按政策答复，善后工作落实，结案。",
                )
            )
        return steps

    def _special_report_parts(self, incident: Incident) -> dict[str, str]:
        """The five parts of the written report (四、4), keyed as domain.lifecycle has them."""
        ended = to_local(incident.ended_at or incident.received_at)
        return {
            "facts": f"{to_local(incident.received_at):%m月%d日}，{incident.summary}",
            "handling": "接报后即核实并报告镇主要领导，启动应急预案，成立现场指挥部，"
            f"{ended:%m月%d日}宣布应急结束。",
            "causes": f"{incident.category.name if incident.category else '相关'}方面的政策"
            "落实和解释工作不到位，群众诉求未及时得到答复。",
            "aftermath": "已逐项登记群众诉求，明确责任单位和答复时限，答复情况在村务公开栏公示。",
            "prevention": "坚持每周分析研判，落实信访信息日报告、零报告制度，苗头性问题即时报告。",
        }

    # ------------------------------------------------------------ daily reports

    def _all_units(self) -> list[Unit]:
        return [*self.villages, *self.town_units.values()]

    def _daily_reports(self) -> int:
        written = 0
        day = self.expected_from
        while day < self.today:
            written += self._past_day(day)
            day += timedelta(days=1)
        return written + self._today_reports()

    def _past_day(self, day: date) -> int:
        """A closed day: nearly everyone reported, a few late, one or two missing."""
        opens = local_datetime(day, 8, 0)
        cutoff = daily_cutoff(day, self.settings)
        closes = local_datetime(day, 18, 0)
        units = self._all_units()
        self.rng.shuffle(units)
        missing, late = self.rng.randint(1, 2), self.rng.randint(1, 3)
        for unit in units[missing : missing + late]:
            self._report(unit, day, self._between(cutoff + _m(1), closes - _m(5)))
        for unit in units[missing + late :]:
            self._report(unit, day, self._between(opens, cutoff))
        self.s.add(DayClosure(day=day, closed_at=closes, closed_by=self._office_person(closes)))
        return len(units) - missing

    def _today_reports(self) -> int:
        """Today so far: some units still missing; after the cutoff a few came in late."""
        opens = local_datetime(self.today, 8, 0)
        if self.now <= opens:
            return 0  # nobody reports before the office opens
        cutoff = daily_cutoff(self.today, self.settings)
        units = self._all_units()
        self.rng.shuffle(units)
        missing = self.rng.randint(7, 9)
        late = self.rng.randint(2, 3) if self.now > cutoff + _m(10) else 0
        for unit in units[missing : missing + late]:
            self._report(unit, self.today, self._between(cutoff + _m(1), self.now))
        for unit in units[missing + late :]:
            self._report(unit, self.today, self._between(opens, min(cutoff, self.now)))
        return len(units) - missing

    def _between(self, start: datetime, end: datetime) -> datetime:
        """A whole minute from ``start`` up to ``end`` (``start`` when the span is empty)."""
        span = max(int((end - start) / _m(1)), 0)
        return start + _m(self.rng.randint(0, span))

    def _report(self, unit: Unit, day: date, received: datetime) -> None:
        incident = next(
            (
                i
                for i in self.incidents
                if i.unit is unit
                and to_local(i.received_at).date() == day
                and i.received_at <= received
            ),
            None,
        )
        if incident is not None:
            kind, content = (
                DailyReportKind.SITUATION,
                f"今日{incident.number}号事件已即时上报，处置情况见事件登记。",
            )
        elif self.rng.random() < 0.12:
            kind, content = DailyReportKind.SITUATION, self.rng.choice(SITUATIONS)
        else:
            kind, content = DailyReportKind.ZERO, "无信访稳定情况，平安。"
        self.s.add(
            DailyReport(
                unit=unit,
                day=day,
                kind=kind,
                content=content,
                urgent=False,
                received_at=received,
                taken_by=self._office_person(received),
                incident_id=incident.id if incident else None,
            )
        )

    # ------------------------------------------------------------ notices

    def _notices(self) -> int:
        notices = [self._hq_notice(), self._subcommand_notice()]
        # Numbers follow the order of issue, gap-free within each local year.
        notices.sort(key=lambda n: n.issued_at)
        seqs: dict[int, int] = {}
        for notice in notices:
            year = to_local(notice.issued_at).year
            seqs[year] = seqs.get(year, 0) + 1
            notice.year, notice.seq = year, seqs[year]
            notice.number = f"香稳预〔{year}〕{seqs[year]}号"
            self.s.add(notice)
        return len(notices)

    def _body(self, code: str) -> CommandBody:
        return self.s.scalars(select(CommandBody).where(CommandBody.code == code)).one()

    def _hq_notice(self) -> WarningNotice:
        """Issued a day ago to every village; its receipt deadline has passed."""
        issued = self.now - _d(1) - _m(self.rng.randint(0, 90))
        cutoff = self.settings.daily_cutoff.strftime("%H:%M")
        notice = WarningNotice(
            issuer=self._body("hq"),
            title="关于做好全国两会期间矛盾纠纷排查化解工作的预警通知",
            content="全国两会召开期间，各村要对土地征用、移民后期扶持、优抚待遇等方面的矛盾纠纷"
            "再排查一遍，做到早发现、早报告、早化解，把问题解决在当地。",
            measures=f"一、坚持信访信息日报告、零报告制度，每天{cutoff}前报镇信访办；"
            f"二、发生信访稳定事件，{self.settings.report_minutes}分钟内报告镇总指挥部办公室；"
            "三、村主要负责人保持通讯畅通。",
            issued_at=issued,
            receipt_due_at=issued + timedelta(hours=6),
            created_by=self._office_person(issued),
        )
        self._receipts(notice, self.villages, unconfirmed=self.rng.randint(3, 4), within=_m(420))
        notice.recipients = recipients_line(all_villages=True, all_town_units=False)
        return notice

    def _subcommand_notice(self) -> WarningNotice:
        """Issued a few hours ago by the sub-command of an open incident; receipts still due."""
        # Prefer the incident on scene now; every template but one has a sub-command.
        preference = (IncidentStatus.ONSCENE, IncidentStatus.LAUNCHED, IncidentStatus.CONTROLLED)
        incident = min(
            (i for i in self.incidents if i.subcommand is not None and i.status in preference),
            key=lambda i: preference.index(i.status),
        )
        sub = incident.subcommand
        issued = incident.received_at + _m(100)
        due = to_local(self.now + timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
        notice = WarningNotice(
            issuer=sub,
            title=f"关于做好{incident.category.name}相关信访稳定工作的预警通知",
            content=f"{incident.unit.name}发生群众集中反映问题（{incident.number}），"
            "相关群体可能在两会期间继续反映诉求。",
            measures="各有关村、单位要主动对接群众诉求，做好政策解释；发现苗头性问题即时报告；"
            "落实专人值守通讯。",
            issued_at=issued,
            receipt_due_at=due,
            incident_id=incident.id,
            created_by=self._office_person(issued),
        )
        targets: list[Unit] = []
        others = [v for v in self.villages if v is not incident.unit]
        for unit in [sub.seat, *sub.member_units, incident.unit, *self.rng.sample(others, 3)]:
            if unit is not None and unit not in targets:
                targets.append(unit)
        self._receipts(
            notice, targets, unconfirmed=len(targets) // 2, within=min(_m(120), self.now - issued)
        )
        notice.recipients = recipients_line(
            all_villages=False, all_town_units=False, others=[u.name for u in targets]
        )
        return notice

    def _receipts(
        self, notice: WarningNotice, units: Sequence[Unit], *, unconfirmed: int, within: timedelta
    ) -> None:
        pending = set(self.rng.sample(range(len(units)), unconfirmed))
        for index, unit in enumerate(units):
            receipt = NoticeReceipt(unit=unit)
            if index not in pending:
                receipt.confirmed_at = self._between(
                    notice.issued_at + _m(5), notice.issued_at + within
                )
                receipt.confirmed_by = unit.info_officer
                receipt.recorded_by = self._office_person(receipt.confirmed_at)
                receipt.recorded_at = min(receipt.confirmed_at + _m(2), self.now)
            notice.receipts.append(receipt)

    # ------------------------------------------------------------ weekly meetings

    def _meetings(self) -> int:
        """This ISO week's analysis meetings, held and recorded before now, for most units."""
        monday = self.today - timedelta(days=self.today.weekday())
        slots = [
            (day, hour)
            for day in (monday + timedelta(days=i) for i in range(self.today.weekday() + 1))
            for hour in range(9, 17)
            if local_datetime(day, hour) + _m(90) <= self.now
        ]
        if not slots:
            return 0  # early on a Monday: no meeting has been held this week yet
        units = self._all_units()
        chosen = self.rng.sample(units, round(len(units) * 2 / 3))
        chosen.sort(key=lambda u: u.sort_order)
        for unit in chosen:
            day, hour = self.rng.choice(slots)
            recorded = local_datetime(day, hour) + _m(self.rng.randint(60, 90))
            self.s.add(
                AnalysisMeeting(
                    unit=unit,
                    week_start=monday,
                    held_on=day,
                    attendance=self.rng.randint(5, 15),
                    problems=self.rng.choice(PROBLEMS),
                    measures=self.rng.choice(MEASURES),
                    recorded_at=recorded,
                    recorded_by=self._office_person(recorded),
                )
            )
        return len(chosen)
