"""GUI fixtures: offscreen Qt, a qasync loop per test, and a small real database.

Tests never sleep: they move the fake clock, call a model's tick, or wait for a signal or a
condition with ``qtbot.waitSignal`` / ``qtbot.waitUntil``.
"""

from __future__ import annotations

import asyncio
import os

# Before anything imports Qt: render offscreen, with no display, the same on every machine.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from datetime import date, datetime, timedelta  # noqa: E402

import pytest  # noqa: E402

from xianghua_console.domain.clock import FakeClock, local_datetime  # noqa: E402
from xianghua_console.domain.deadlines import (  # noqa: E402
    IncidentTimes,
    incident_deadlines,
    next_open_deadline,
    shift_start,
)
from xianghua_console.domain.enums import (  # noqa: E402
    DailyReportKind,
    DutySlot,
    IncidentStatus,
    UnitKind,
    Weight,
)
from xianghua_console.domain.settings import Settings  # noqa: E402
from xianghua_console.services.context import Ctx  # noqa: E402
from xianghua_console.services.incidents import IncidentRow  # noqa: E402
from xianghua_console.store.models import (  # noqa: E402
    Category,
    CommandBody,
    DailyReport,
    DutyAssignment,
    DutyPeriod,
    DutyShift,
    Incident,
    NoticeReceipt,
    Staff,
    Unit,
    WarningNotice,
)

TODAY = date(2027, 3, 5)


def at(hour: int, minute: int = 0, day: date = TODAY) -> datetime:
    """An aware UTC instant of ``day hour:minute`` in Xianghua."""
    return local_datetime(day, hour, minute)


@pytest.fixture
def qloop(qapp):
    """A qasync loop over pytest-qt's application, 'already running' while Qt processes events."""
    from xianghua_console.gui.compat import make_event_loop

    loop = make_event_loop(qapp, already_running=True)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    # Not loop.stop(): it would call app.exit() and break pytest-qt's later waits.
    loop.release()
    loop.close()


def make_incident_row(
    clock: FakeClock,
    *,
    number: str,
    occurred_min_ago: float,
    received_min_ago: float,
    escalated: bool = False,
    weight: Weight = Weight.ORDINARY,
    status: IncidentStatus = IncidentStatus.REPORTED,
) -> IncidentRow:
    """An :class:`IncidentRow` as the service builds it, with deadlines from the default settings."""
    now = clock.now()
    received = now - timedelta(minutes=received_min_ago)
    times = IncidentTimes(
        occurred_at=now - timedelta(minutes=occurred_min_ago),
        received_at=received,
        escalated_at=received + timedelta(minutes=5) if escalated else None,
    )
    deadlines = tuple(incident_deadlines(times, Settings()))
    return IncidentRow(
        id=int(number[-4:]),
        number=number,
        occurred_at=times.occurred_at,
        received_at=times.received_at,
        unit="东岗村",
        category="土地征用",
        subcommand="国土分指",
        weight=weight,
        status=status,
        people_count=5,
        summary="村民反映征地补偿标准问题",
        deadlines=deadlines,
        next_deadline=next_open_deadline(list(deadlines)),
    )


@pytest.fixture
def incident_row():
    """The factory :func:`make_incident_row` (rows as the service builds them)."""
    return make_incident_row


@pytest.fixture
def sample_ctx(ctx: Ctx) -> Ctx:
    """The root ``ctx`` (plan defaults, clock at 2027-03-05 10:00) plus a few real rows.

    Three villages; a duty period 03-01..03-07 with today's shift staffed; three open
    incidents (one overdue, one due in 3 minutes, one reported late); today's daily reports of
    two villages; one warning notice with one receipt of three.
    """
    with ctx.db.session() as s:
        villages = []
        for order, (name, officer, phone) in enumerate(
            [
                ("东岗村", "林勇", "13700000001"),
                ("西岭村", "魏静", "13700000002"),
                ("南湾村", "", ""),
            ]
        ):
            unit = Unit(
                name=name,
                kind=UnitKind.VILLAGE,
                info_officer=officer,
                info_officer_phone=phone,
                expected_from=date(2027, 3, 1),
                sort_order=order,
            )
            s.add(unit)
            villages.append(unit)
        leader = Staff(name="郝军", post="镇人大主席", phone="13900000001", is_leader=True)
        duty = Staff(name="田新民", post="信访办干事", phone="13900000002")
        standby = [
            Staff(name="徐卫东", phone="13900000003"),
            Staff(name="廖海涛", phone="13900000004"),
        ]
        driver = Staff(name="梁光明", phone="13900000005", is_driver=True)
        s.add_all([leader, duty, driver, *standby])
        period = DutyPeriod(
            name="2027年全国两会期间",
            start_date=date(2027, 3, 1),
            end_date=date(2027, 3, 7),
            daily_reports_from=date(2027, 3, 1),
        )
        s.add(period)
        settings = Settings()
        for offset in range(7):
            day = date(2027, 3, 1) + timedelta(days=offset)
            shift = DutyShift(
                period=period,
                day=day,
                starts_at=shift_start(day, settings),
                ends_at=shift_start(day + timedelta(days=1), settings),
                emergency_fund_yuan=10000,
                vehicle="豫R·J2561",
            )
            s.add(shift)
            if day <= TODAY:
                shift.assignments = [
                    DutyAssignment(slot=DutySlot.LEADER, position=0, staff=leader),
                    DutyAssignment(slot=DutySlot.DUTY, position=0, staff=duty),
                    DutyAssignment(slot=DutySlot.STANDBY, position=0, staff=standby[0]),
                    DutyAssignment(slot=DutySlot.STANDBY, position=1, staff=standby[1]),
                    DutyAssignment(slot=DutySlot.VEHICLE, position=0, staff=driver),
                ]
        s.flush()
        land = s.query(Category).filter_by(code="land").one()
        sc_land = s.query(CommandBody).filter_by(code="sc_land").one()
        hq = s.query(CommandBody).filter_by(code="hq").one()
        specs = [
            # number, occurred, received, escalated, weight
            (
                "2027-0001",
                at(9, 30),
                at(9, 40),
                None,
                Weight.HEAVIER,
            ),  # escalate due 09:55: overdue
            ("2027-0002", at(9, 40), at(9, 48), None, Weight.ORDINARY),  # escalate due 10:03: amber
            ("2027-0003", at(8, 0), at(8, 40), at(8, 50), Weight.SERIOUS),  # 迟报, nothing counting
        ]
        for seq, (number, occurred, received, escalated, weight) in enumerate(specs, start=1):
            s.add(
                Incident(
                    number=number,
                    year=2027,
                    seq=seq,
                    occurred_at=occurred,
                    received_at=received,
                    escalated_at=escalated,
                    unit=villages[seq - 1],
                    category=land,
                    subcommand=sc_land,
                    weight=weight,
                    people_count=6,
                    summary=f"{number} 村民反映征地补偿问题",
                    created_at=received,
                    created_by="测试员",
                )
            )
        s.add(
            DailyReport(
                unit=villages[0],
                day=TODAY,
                kind=DailyReportKind.ZERO,
                received_at=at(8, 20),
                taken_by="田新民",
            )
        )
        s.add(
            DailyReport(
                unit=villages[1],
                day=TODAY,
                kind=DailyReportKind.SITUATION,
                content="两户村民宅基地边界纠纷，已调解。",
                received_at=at(9, 5),
                taken_by="田新民",
            )
        )
        notice = WarningNotice(
            number="香稳预〔2027〕1号",
            year=2027,
            seq=1,
            issuer=hq,
            title="关于做好全国两会期间矛盾纠纷排查化解工作的预警通知",
            issued_at=at(8, 0, date(2027, 3, 4)),
            receipt_due_at=at(18, 0, date(2027, 3, 4)),
            created_by="测试员",
        )
        notice.receipts = [
            NoticeReceipt(
                unit=villages[0], confirmed_at=at(9, 0, date(2027, 3, 4)), confirmed_by="林勇"
            ),
            NoticeReceipt(unit=villages[1]),
            NoticeReceipt(unit=villages[2]),
        ]
        s.add(notice)
    return ctx


# ---------------------------------------------------------------- the live incident panel

#: Villages of the intake tests: 东岗村 is found by "dgc"; 南湾村 has no stored initials.
VILLAGES = (("东岗村", "dgc"), ("西岭村", "xlc"), ("南湾村", ""), ("北坡村", "bpc"))


@pytest.fixture
def office_ctx(ctx: Ctx) -> Ctx:
    """The plan's defaults (clock at 2027-03-05 10:00) plus four villages, and no incident."""
    with ctx.db.session() as s:
        for order, (name, initials) in enumerate(VILLAGES):
            s.add(
                Unit(
                    name=name,
                    kind=UnitKind.VILLAGE,
                    pinyin_initials=initials,
                    expected_from=date(2027, 3, 1),
                    sort_order=order,
                )
            )
    return ctx


def unit_id(ctx: Ctx, name: str) -> int:
    with ctx.db.read_session() as s:
        return s.query(Unit).filter_by(name=name).one().id


def category_id(ctx: Ctx, code: str) -> int:
    with ctx.db.read_session() as s:
        return s.query(Category).filter_by(code=code).one().id


@pytest.fixture
def live_ctx(office_ctx: Ctx) -> Ctx:
    """Four incidents logged through the services at 10:00, with real timelines.

    2027-0001 东岗村 escalation due 09:55: red (超时 05:00); 2027-0002 西岭村 due 10:03: amber;
    2027-0003 南湾村 due 10:13: green; 2027-0004 北坡村 reported late (迟报), escalated, nothing
    counting.
    """
    from xianghua_console.services.incident_log import (
        NewIncident,
        log_incident,
        record_escalation,
    )

    ctx = office_ctx
    specs = [
        ("东岗村", at(9, 35), at(9, 40), "land", Weight.HEAVIER, 12),
        ("西岭村", at(9, 44), at(9, 48), "demolition", Weight.ORDINARY, 5),
        ("南湾村", at(9, 55), at(9, 58), "veterans", Weight.SERIOUS, 30),
        ("北坡村", at(8, 0), at(8, 40), "other", Weight.ORDINARY, 3),
    ]
    rows = []
    for unit, occurred, received, cat, weight, people in specs:
        rows.append(
            log_incident(
                ctx,
                data=NewIncident(
                    occurred_at=occurred,
                    received_at=received,
                    unit_id=unit_id(ctx, unit),
                    summary=f"{unit}村民反映问题",
                    reporter_name="信息员",
                    reporter_phone="13700000000",
                    place=f"{unit}村委会",
                    category_id=category_id(ctx, cat),
                    weight=weight,
                    people_count=people,
                ),
            )
        )
    record_escalation(ctx, incident_id=rows[3].id, at=at(8, 50), to="镇党委书记郝军")
    return ctx


def run_task(qtbot, coro, timeout: int = 10_000):
    """Run a coroutine on the qasync loop until it is done (waitUntil, never sleep)."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


@pytest.fixture
def run(qloop, qtbot):
    """``run(coro)``: the coroutine's result, run on the qasync loop (see :func:`run_task`)."""
    return lambda coro, timeout=10_000: run_task(qtbot, coro, timeout)


@pytest.fixture
def make_panel(qloop, qtbot):
    """Build the incident panel alone on a ctx, shown and loaded through its own door."""
    from xianghua_console.gui.ops import DbDoor
    from xianghua_console.gui.views.incidents import IncidentsView

    made = []

    def make(ctx: Ctx) -> IncidentsView:
        door = DbDoor(ctx)
        view = IncidentsView(door)
        qtbot.addWidget(view)
        made.append((view, door))
        view.resize(1300, 800)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        run_task(qtbot, view.load())
        return view

    yield make
    for view, door in made:
        view.shutdown()
        view.tasks.cancel_all()
        door.shutdown()


@pytest.fixture
def make_window(qloop, qtbot):
    """``make(ctx, door=None, **kwargs)``: a main window on ``ctx`` (through its own door unless
    one is given), its sounds and tray messages muted; closed and its door shut after the test.
    ``kwargs`` go to :class:`MainWindow` (open_report, first_paint, drafts…)."""
    from xianghua_console.gui.main_window import MainWindow
    from xianghua_console.gui.ops import DbDoor

    made: list[MainWindow] = []

    def make(ctx: Ctx, door=None, **kwargs) -> MainWindow:  # noqa: ANN001 - a DbDoor
        window = MainWindow(ctx, door or DbDoor(ctx), **kwargs)
        window.notifier.muted = True
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.door.shutdown()

