"""Assignment (分派), weight and re-routing, groups, HQ's handling, acceptance, on-scene command."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from command_office import make_office
from sqlalchemy import select, text

from xianghua_console.domain.command import CommandLevel, command_for
from xianghua_console.domain.deadlines import DeadlineKind, IncidentTimes, incident_deadlines
from xianghua_console.domain.enums import IncidentStatus, TimelineKind, Weight
from xianghua_console.domain.lifecycle import Step
from xianghua_console.domain.settings import Settings
from xianghua_console.services.assignment import (
    assign_subcommand,
    assignment_state,
    change_weight,
    command_lines,
    record_acceptance,
    record_instruction,
    send_work_group,
    set_groups,
)
from xianghua_console.services.context import Refused
from xianghua_console.services.incident_log import InvalidInput, incident_detail, take_step
from xianghua_console.services.incidents import list_open_incidents
from xianghua_console.services.onscene import onscene_state, set_onscene_command
from xianghua_console.services.situation import situation_at
from xianghua_console.store.db import make_engine, open_database
from xianghua_console.store.migrations.runner import alembic_config
from xianghua_console.store.models import AuditEntry, Incident, OnSceneCommand

_T0 = datetime(2027, 3, 5, 2, 0, tzinfo=UTC)


@pytest.fixture
def office(ctx):
    return make_office(ctx)


def kinds(ctx, incident_id):
    return [e.kind for e in incident_detail(ctx, incident_id=incident_id).timeline]


def test_who_commands_follows_the_weight():
    assert command_for(Weight.ORDINARY) is CommandLevel.ONSCENE
    assert command_for(Weight.HEAVIER) is CommandLevel.SUBCOMMAND
    assert command_for(Weight.SERIOUS) is CommandLevel.HQ


def test_acceptance_deadline_counts_from_the_assignment_and_follows_the_setting():
    base = IncidentTimes(occurred_at=_T0, received_at=_T0)
    assert [d.kind for d in incident_deadlines(base, Settings())] == [
        DeadlineKind.REPORT, DeadlineKind.ESCALATE]
    assigned = IncidentTimes(occurred_at=_T0, received_at=_T0, assigned_at=_T0 + timedelta(minutes=3))
    accept = incident_deadlines(assigned, Settings(acceptance_minutes=20))[2]
    assert accept.kind is DeadlineKind.ACCEPT and accept.due == _T0 + timedelta(minutes=23)
    assert not accept.met


def test_the_category_proposes_and_assigning_it_starts_the_acceptance_clock(ctx, clock, office):
    state = assignment_state(ctx, incident_id=office.incident_id)
    land = office.bodies["sc_land"]
    assert state.proposed_id == land and state.subcommand_id == land and not state.assigned
    assert state.accept_deadline is None
    assert state.command_line() == "一般：由现场指挥部负责处置"

    out = assign_subcommand(ctx, incident_id=office.incident_id, subcommand_id=land)
    assert out.warnings == ()  # the land sub-command has a head
    state = out.state
    assert state.assigned_at == clock.now() and state.assigned_by == "测试员"
    assert state.accept_deadline.due == clock.now() + timedelta(minutes=15)
    row = next(r for r in list_open_incidents(ctx) if r.id == office.incident_id)
    assert DeadlineKind.ACCEPT in [d.kind for d in row.deadlines]
    with pytest.raises(Refused, match="无需重复分派"):
        assign_subcommand(ctx, incident_id=office.incident_id, subcommand_id=land)


def test_another_subcommand_needs_a_reason_which_is_kept(ctx, clock, office):
    migrants = office.bodies["sc_migrants"]
    with pytest.raises(InvalidInput) as err:
        assign_subcommand(ctx, incident_id=office.incident_id, subcommand_id=migrants)
    assert "reason" in err.value.errors and "国土分指" in err.value.errors["reason"]

    out = assign_subcommand(ctx, incident_id=office.incident_id, subcommand_id=migrants,
                            reason="涉及移民安置用地，由移民分指牵头")
    assert out.state.subcommand_id == migrants
    assert out.state.override_reason == "涉及移民安置用地，由移民分指牵头"
    # no head named yet: the warning comes with the assignment (and with the form before it)
    assert len(out.warnings) == 1 and "移民分指" in out.warnings[0] and "党委副书记" in out.warnings[0]
    assert out.state.body(migrants).warning
    entry = incident_detail(ctx, incident_id=office.incident_id).timeline[-1]
    assert entry.kind is TimelineKind.ASSIGNED and entry.actor == "测试员"
    assert "改派原因：涉及移民安置用地" in entry.text and entry.data["override"] is True
    with ctx.db.read_session() as s:
        inc = s.get(Incident, office.incident_id)
        assert inc.proposed_subcommand_id == office.bodies["sc_land"]
        actions = [a.action for a in s.scalars(select(AuditEntry))]
    assert "incident.assign" in actions
    lines = dict(command_lines(ctx, incident_id=office.incident_id))
    assert lines["改派原因"].startswith("类别对应国土分指")


def test_acceptance_is_recorded_with_its_time_and_meets_the_clock(ctx, clock, office):
    with pytest.raises(Refused, match="还没有分派"):
        record_acceptance(ctx, incident_id=office.incident_id, accepted_by="钱进")
    assign_subcommand(ctx, incident_id=office.incident_id, subcommand_id=office.bodies["sc_land"])
    assigned = clock.now()
    clock.advance(minutes=20)
    with pytest.raises(InvalidInput, match="早于分派"):
        record_acceptance(ctx, incident_id=office.incident_id, accepted_by="钱进",
                          at=assigned - timedelta(minutes=1))
    state = record_acceptance(ctx, incident_id=office.incident_id, accepted_by="钱进").state
    assert state.accepted_at == clock.now() and state.accepted_by == "钱进"
    assert state.accept_deadline.met_late  # 20 minutes after: 5 minutes late
    entry = incident_detail(ctx, incident_id=office.incident_id).timeline[-1]
    assert entry.kind is TimelineKind.ACCEPTED and "超过接收时限 5 分钟" in entry.text
    with pytest.raises(Refused, match="已于"):
        record_acceptance(ctx, incident_id=office.incident_id, accepted_by="钱进")
    # re-assigning restarts the clock; the situation at a past moment still shows the old one
    before = clock.now()
    clock.advance(minutes=5)
    state = assign_subcommand(ctx, incident_id=office.incident_id,
                              subcommand_id=office.bodies["sc_migrants"], reason="改由移民分指").state
    assert state.accepted_at is None and state.accept_deadline.due == clock.now() + timedelta(minutes=15)
    past = situation_at(ctx, at=before).incidents[0]
    accept = next(d for d in past.deadlines if d.kind is DeadlineKind.ACCEPT)
    assert accept.due == assigned + timedelta(minutes=15) and accept.met


def test_changing_the_weight_reroutes_the_command_and_is_logged(ctx, clock, office):
    with pytest.raises(InvalidInput, match="原因"):
        change_weight(ctx, incident_id=office.incident_id, weight=Weight.HEAVIER, reason=" ")
    out = change_weight(ctx, incident_id=office.incident_id, weight=Weight.HEAVIER,
                        reason="人数增至四十余人")
    assert out.state.weight is Weight.HEAVIER
    assert out.state.command_line() == "较重：由国土分指指导协调"
    assert any("还没有分派" in w for w in out.warnings)
    entry = incident_detail(ctx, incident_id=office.incident_id).timeline[-1]
    assert entry.kind is TimelineKind.WEIGHT_CHANGED
    assert entry.text.startswith("事件程度由“一般”调整为“较重”，改为由国土分指指导协调")
    assert entry.data["command_new"] == "subcommand"
    out = change_weight(ctx, incident_id=office.incident_id, weight=Weight.SERIOUS,
                        reason="群众情绪激动，有扩大趋势")
    assert out.state.command_line() == "严重：由总指挥部统一指挥、直接处置"
    assert out.warnings == ()  # the HQ has its head
    with pytest.raises(Refused, match="已是"):
        change_weight(ctx, incident_id=office.incident_id, weight=Weight.SERIOUS, reason="x")


def test_groups_instructions_and_a_work_group_are_timeline_entries(ctx, clock, office):
    groups = [office.bodies["wg_reception"], office.bodies["wg_mobile"]]
    out = set_groups(ctx, incident_id=office.incident_id, group_ids=groups,
                     unit_ids=[office.villages["东岗村"]])
    assert out.state.group_ids == tuple(groups)
    assert len(out.warnings) == 2  # neither group has its head yet
    entry = incident_detail(ctx, incident_id=office.incident_id).timeline[-1]
    assert entry.kind is TimelineKind.GROUPS
    assert entry.text == "分派工作组：接访组、机动组；增加成员单位：东岗村"
    entries = len(kinds(ctx, office.incident_id))
    same = set_groups(ctx, incident_id=office.incident_id, group_ids=groups,
                      unit_ids=[office.villages["东岗村"]])
    assert len(kinds(ctx, office.incident_id)) == entries and same.warnings == ()  # no change
    set_groups(ctx, incident_id=office.incident_id, group_ids=groups[:1], unit_ids=[])
    assert "撤回工作组：机动组；撤回成员单位：东岗村" in incident_detail(
        ctx, incident_id=office.incident_id).timeline[-1].text

    clock.advance(minutes=3)
    with pytest.raises(InvalidInput):
        record_instruction(ctx, incident_id=office.incident_id, text="  ")
    record_instruction(ctx, incident_id=office.incident_id,
                       text="村主要负责人立即赶赴现场，做好政策解释")
    send_work_group(ctx, incident_id=office.incident_id, leader_id=office.staff["mayor"],
                    members="国土所孙立", task="督导补偿款发放情况核查")
    timeline = incident_detail(ctx, incident_id=office.incident_id).timeline
    instruction, group = timeline[-2], timeline[-1]
    assert instruction.kind is TimelineKind.INSTRUCTION and instruction.at == clock.now()
    assert instruction.text == "总指挥部指示东岗村：村主要负责人立即赶赴现场，做好政策解释"
    assert group.kind is TimelineKind.WORK_GROUP and "镇长周海带队" in group.text
    assert group.actor == "测试员"
    with pytest.raises(InvalidInput, match="晚于现在"):
        record_instruction(ctx, incident_id=office.incident_id, text="x",
                           at=clock.now() + timedelta(minutes=1))


def test_onscene_command_is_set_up_on_a_launched_incident_and_changed_with_a_reason(
    ctx, clock, office
):
    s = office.staff
    with pytest.raises(Refused, match="须先到"):
        set_onscene_command(ctx, incident_id=office.incident_id, commander_id=s["mayor"])
    take_step(ctx, incident_id=office.incident_id, step=Step.VERIFY)
    take_step(ctx, incident_id=office.incident_id, step=Step.LAUNCH)
    state = onscene_state(ctx, incident_id=office.incident_id)
    assert state.sets_up_step and state.current is None
    with pytest.raises(InvalidInput) as err:
        set_onscene_command(ctx, incident_id=office.incident_id, commander_id=s["mayor"],
                            deputy_id=s["mayor"], member_ids=[s["land"]])
    assert "deputy_id" in err.value.errors
    clock.advance(minutes=10)
    state = set_onscene_command(ctx, incident_id=office.incident_id, commander_id=s["mayor"],
                                deputy_id=s["vice"], member_ids=[s["head_dg"], s["land"]])
    assert state.status is IncidentStatus.ONSCENE
    assert state.current.commander.name == "周海" and len(state.current.members) == 2
    entry = incident_detail(ctx, incident_id=office.incident_id).timeline[-1]
    assert entry.kind is TimelineKind.ONSCENE
    assert entry.text.startswith("成立现场指挥部：指挥长镇长周海；副指挥长副镇长钱进；成员")

    with pytest.raises(InvalidInput, match="原因"):
        set_onscene_command(ctx, incident_id=office.incident_id, commander_id=s["secretary"],
                            deputy_id=s["vice"], member_ids=[s["head_dg"]])
    clock.advance(minutes=30)
    state = set_onscene_command(ctx, incident_id=office.incident_id,
                                commander_id=s["secretary"], deputy_id=s["vice"],
                                member_ids=[s["head_dg"]], reason="事态升级，书记亲自指挥")
    assert [c.seq for c in state.history] == [1, 2]
    assert state.history[0].commander.name == "周海"  # the first composition is kept
    entry = incident_detail(ctx, incident_id=office.incident_id).timeline[-1]
    assert entry.kind is TimelineKind.COMMAND_CHANGED
    assert "指挥长由镇长周海改为镇党委书记郝军" in entry.text and "减少成员国土所所长孙立" in entry.text
    with pytest.raises(Refused, match="没有变化"):
        set_onscene_command(ctx, incident_id=office.incident_id, commander_id=s["secretary"],
                            deputy_id=s["vice"], member_ids=[s["head_dg"]], reason="再次")
    assert "镇党委书记郝军" in dict(command_lines(ctx, incident_id=office.incident_id))["现场指挥部"]
    with ctx.db.read_session() as session:
        assert len(session.scalars(select(OnSceneCommand)).all()) == 2


def test_onscene_command_recorded_after_the_step_does_not_move_the_status(ctx, clock, office):
    for step in (Step.VERIFY, Step.LAUNCH, Step.ONSCENE, Step.CONTROLLED):
        take_step(ctx, incident_id=office.incident_id, step=step)
    state = set_onscene_command(ctx, incident_id=office.incident_id,
                                commander_id=office.staff["mayor"])
    assert state.status is IncidentStatus.CONTROLLED
    assert kinds(ctx, office.incident_id)[-1] is TimelineKind.COMMAND_SET


def test_upgrading_a_0002_file_keeps_incidents_and_their_timeline(tmp_path, clock):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.execute(text(
            "INSERT INTO unit (id, name, kind, pinyin_initials, info_officer, info_officer_phone,"
            " active, sort_order, version) VALUES (1, '东岗村', 'village', '', '', '', 1, 0, 1)"))
        conn.execute(text(
            "INSERT INTO incident (id, number, year, seq, occurred_at, received_at, unit_id,"
            " reporter_name, reporter_phone, place, weight, people_count, summary, status,"
            " escalated_to, created_at, created_by, version) VALUES (1, '2027-0001', 2027, 1,"
            " '2027-03-05 01:00:00', '2027-03-05 01:05:00', 1, '', '', '', 'ordinary', 3, 'x',"
            " 'reported', '', '2027-03-05 01:05:00', '', 1)"))
        conn.execute(text(
            "INSERT INTO timeline_entry (incident_id, seq, kind, at, recorded_at, actor, text,"
            " data, prev_hash, hash) VALUES (1, 1, 'reported', '2027-03-05 01:05:00',"
            " '2027-03-05 01:05:00', '', 'x', '{}', '', '')"))
    engine.dispose()
    db, report = open_database(f"sqlite:///{path}", clock=clock)
    try:
        assert report.upgraded_from == "0002"
        with db.read_session() as s:
            inc = s.get(Incident, 1)
            assert inc.override_reason == "" and inc.assigned_at is None and len(inc.timeline) == 1
    finally:
        db.dispose()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


