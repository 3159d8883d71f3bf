"""Reading the audit log: filters, newest first, keyset pages, who may read it, the export."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from xianghua_console.domain.enums import Role
from xianghua_console.exports.audit_xlsx import export_audit
from xianghua_console.services import audit as audit_log
from xianghua_console.services.audit import AuditFilter, audit_page, describe_changes
from xianghua_console.services.context import Ctx, Refused, audit


def write_entries(ctx: Ctx, n: int, *, actor: str, action: str, entity: str = "incident",
                  step: timedelta = timedelta(minutes=10)) -> None:
    """``n`` audit entries as ``actor``, the clock moving ``step`` between them."""
    for i in range(n):
        who = Ctx(ctx.db, ctx.clock, actor=actor)
        with ctx.db.session() as s:
            audit(s, who, action=action, entity=entity, entity_id=str(i),
                  before={"summary": f"旧{i}", "people_count": i} if i % 2 else None,
                  after={"summary": f"新{i}", "people_count": i,
                         "received_at": ctx.clock.now().isoformat()})
        ctx.clock.advance(step)


@pytest.fixture
def logged(ctx, clock) -> Ctx:
    write_entries(ctx, 30, actor="田新民", action="incident.log")  # 03-05 10:00 … 14:50
    clock.advance(timedelta(days=1))
    write_entries(ctx, 20, actor="魏静", action="daily.zero", entity="daily_report")
    write_entries(ctx, 5, actor="田新民", action="incident.correct")
    return Ctx(ctx.db, clock, actor="王主任", role=Role.DIRECTOR)


def test_pages_are_newest_first_and_walk_the_whole_filter_without_overlap(logged):
    everything = audit_page(logged, limit=1000).rows
    assert [r.id for r in everything] == sorted((r.id for r in everything), reverse=True)
    seen, before_id = [], None
    while True:
        page = audit_page(logged, AuditFilter(actor="田新民"), before_id=before_id, limit=7)
        assert len(page.rows) <= 7
        seen.extend(page.rows)
        if page.next_before_id is None:
            break
        before_id = page.next_before_id
    assert len(seen) == 35 and len({r.id for r in seen}) == 35
    assert all(r.actor == "田新民" for r in seen)
    assert seen[0].action == "incident.correct"  # the newest of his
    assert audit_log.count_audit(logged, AuditFilter(actor="田新民")) == 35


def test_filters_by_entity_action_area_and_local_days(logged):
    assert audit_log.count_audit(logged, AuditFilter(entity="daily_report")) == 20
    assert audit_log.count_audit(logged, AuditFilter(action="incident.")) == 35
    assert audit_log.count_audit(logged, AuditFilter(action="incident.log")) == 30
    # Beijing days: the database's creation and the first 30 entries are on 03-05, the rest on
    # 03-06
    assert audit_log.count_audit(logged, AuditFilter(to_day=date(2027, 3, 5))) == 31
    assert audit_log.count_audit(logged, AuditFilter(from_day=date(2027, 3, 6))) == 25
    both = AuditFilter(actor="田新民", from_day=date(2027, 3, 6), to_day=date(2027, 3, 6))
    assert [r.action for r in audit_page(logged, both).rows] == ["incident.correct"] * 5
    choices = audit_log.audit_choices(logged)
    assert {"田新民", "魏静"} <= set(choices.actors)
    assert {"incident", "daily_report"} <= set(choices.entities)
    assert "daily.zero" in choices.actions


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
def test_only_the_director_and_the_commander_may_read_it(logged, tmp_path, role):
    ctx = Ctx(logged.db, logged.clock, actor="某人", role=role)
    if role in (Role.DIRECTOR, Role.COMMANDER):
        assert audit_page(ctx, limit=3).rows
        return
    for call in (lambda: audit_page(ctx), lambda: audit_log.count_audit(ctx),
                 lambda: audit_log.audit_choices(ctx),
                 lambda: export_audit(ctx, path=tmp_path / "a.xlsx")):
        with pytest.raises(Refused, match="查看和导出审计日志"):
            call()
    assert not (tmp_path / "a.xlsx").exists()


def test_before_and_after_in_words():
    changes = describe_changes(
        {"summary": "旧", "people_count": 3, "escalated_at": None},
        {"summary": "新", "people_count": 3, "escalated_at": "2027-03-05T02:05:00+00:00",
         "groups": ["稳控组", "宣传组"], "active": True},
    )
    by_field = {c.field: c for c in changes}
    assert (by_field["summary"].before, by_field["summary"].after) == ("旧", "新")
    assert by_field["summary"].label == "简要情况" and by_field["summary"].changed
    assert not by_field["people_count"].changed
    assert by_field["escalated_at"].after == "2027-03-05 10:05:00"  # Beijing time
    assert by_field["groups"].after == "稳控组、宣传组" and by_field["groups"].before == ""
    assert by_field["active"].after == "是"


def test_export_reads_back_with_two_readers_and_keeps_formulas_as_text(logged, tmp_path):
    with logged.db.session() as s:
        audit(s, Ctx(logged.db, logged.clock, actor="田新民"), action="incident.correct",
              entity="incident", entity_id="9", before={"summary": "=HYPERLINK(\"x\")"},
              after={"summary": "改正"})
    flt = AuditFilter(actor="田新民")
    steps: list[tuple[int, int]] = []
    path = tmp_path / "out" / "审计日志.xlsx"
    n = export_audit(logged, path=path, flt=flt, progress=lambda d, t, _l: steps.append((d, t)))
    assert n == 36 and steps[-1] == (36, 36)
    assert [p.name for p in path.parent.iterdir()] == ["审计日志.xlsx"]  # no temporary left

    wb = load_workbook(path, read_only=True)
    rows = list(wb["审计日志"].iter_rows(values_only=True))
    assert rows[0][0] == "审计日志" and "操作人 田新民" in rows[1][0] and "共 36 条" in rows[1][0]
    assert rows[2][:4] == ("序号", "时间", "操作人", "操作")
    body = rows[3:]
    assert len(body) == 36 and all(r[2] == "田新民" for r in body)
    assert [r[0] for r in body] == sorted((r[0] for r in body), reverse=True)
    newest = body[0]
    assert newest[3] == "更正事件时间" and newest[7] == "incident.correct"
    assert "简要情况：=HYPERLINK(\"x\") → 改正" in newest[6]
    wb.close()

    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("审计日志").to_python()
    assert len(calamine) == 3 + 36
    assert calamine[3][8] == '{"summary": "=HYPERLINK(\\"x\\")"}'  # text, not a formula
    assert calamine[3][1] == newest[1]


def test_export_walks_the_log_in_batches(logged, tmp_path, monkeypatch):
    """The export never asks for more than a batch at once (the log can be large)."""
    asked: list[int] = []
    real = audit_log.audit_page

    def spy(ctx, flt=None, *, before_id=None, limit=audit_log.PAGE_SIZE):
        asked.append(limit)
        return real(ctx, flt, before_id=before_id, limit=limit)

    monkeypatch.setattr(audit_log, "audit_page", spy)
    monkeypatch.setattr(audit_log.iter_audit, "__kwdefaults__", {"batch": 8})
    assert export_audit(logged, path=tmp_path / "a.xlsx") == 56  # with the database's creation
    assert max(asked) == 8 and len(asked) == 7


def test_the_chains_are_verified_a_batch_at_a_time_as_check_does(ctx, clock):
    """The console's banner scan (a batch per door call) finds what ``check`` finds."""
    from sqlalchemy import text

    from xianghua_console.domain.enums import UnitKind
    from xianghua_console.domain.lifecycle import Step
    from xianghua_console.services.incident_log import NewIncident, log_incident, take_step
    from xianghua_console.services.integrity import verify_chains
    from xianghua_console.store.chains import broken_chains
    from xianghua_console.store.models import Unit

    with ctx.db.session() as s:
        unit = Unit(name="东岗村", kind=UnitKind.VILLAGE)
        s.add(unit)
        s.flush()
        unit_id = unit.id
    rows = []
    for n in range(3):
        rows.append(log_incident(ctx, data=NewIncident(
            occurred_at=clock.now() - timedelta(minutes=3), received_at=clock.now(),
            unit_id=unit_id, summary=f"第 {n} 起")))
        clock.advance(minutes=2)
        take_step(ctx, incident_id=rows[-1].id, step=Step.VERIFY)
    write_entries(ctx, 7, actor="田新民", action="incident.log")

    def scan_in_batches(limit: int) -> tuple[list[str], int]:
        scan, calls = None, 0
        while scan is None or not scan.done:
            scan = verify_chains(ctx, scan, limit=limit)
            calls += 1
        return scan.problems, calls

    assert scan_in_batches(2)[0] == [] and scan_in_batches(1000) == ([], 2)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET actor = '别人' WHERE id = "
                          "(SELECT MIN(id) FROM audit_entry WHERE actor = '田新民')"))
        conn.execute(text("UPDATE timeline_entry SET text = '无事' WHERE seq = 2 AND "
                          "incident_id = :i"), {"i": rows[1].id})
    with ctx.db.read_session() as s:
        expected = broken_chains(s)
    assert len(expected) == 2 and "审计日志的哈希链断了" in expected[0]
    assert f"事件 {rows[1].number} 的第 2 条时间线记录" in expected[1]
    for limit in (1, 2, 3, 1000):
        assert scan_in_batches(limit)[0] == expected
