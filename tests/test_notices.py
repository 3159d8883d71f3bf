"""Warning notices: issuing with gap-free numbers, targets and shortcuts, receipts, printing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from command_office import make_office
from sqlalchemy import select

from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.notices import notice_number, recipients_line
from xianghua_console.exports.notice_html import chinese_date, heading_points, notice_html
from xianghua_console.services.context import Refused
from xianghua_console.services.incident_log import InvalidInput, incident_detail
from xianghua_console.services.notices import (
    issue_notice,
    list_notices,
    notice_detail,
    notice_form,
    record_receipt,
)
from xianghua_console.store.models import AuditEntry, Unit


@pytest.fixture
def office(ctx):
    return make_office(ctx)


def issue(ctx, form, **over):
    values = dict(
        issuer_id=form.issuers[0].id,
        title="关于做好全国两会期间矛盾纠纷排查化解工作的预警通知",
        content="各村要对土地征用等方面的矛盾纠纷再排查一遍。",
        measures="一、坚持日报告、零报告制度；\n二、村主要负责人保持通讯畅通。",
        all_villages=True,
    )
    values.update(over)
    return issue_notice(ctx, **values)


def test_number_and_recipients_rules():
    assert notice_number(2027, 3) == "香稳预〔2027〕3号"
    with pytest.raises(ValueError):
        notice_number(2027, 0)
    assert recipients_line(all_villages=True, all_town_units=True) == "各村（居）、镇直各单位"
    assert recipients_line(all_villages=True, all_town_units=False, others=["派出所"]) == (
        "各村（居）、派出所")


def test_issuers_are_the_hq_then_the_subcommands_with_head_warnings(ctx, office):
    form = notice_form(ctx)
    assert form.issuers[0].short_name == "总指挥部" and not form.issuers[0].warning
    assert [b.short_name for b in form.issuers[1:]] == [
        "移民分指", "民师分指", "卫生分指", "民政分指", "国土分指"]
    assert form.issuers[1].warning and not form.issuers[-1].warning
    assert form.next_number == "香稳预〔2027〕1号"
    assert len(form.villages) == 3 and len(form.town_units) == 15
    assert form.incidents[0].label.startswith("2027-0001 东岗村")


def test_numbers_are_sequential_and_gap_free_per_year(ctx, clock, office):
    form = notice_form(ctx)
    with pytest.raises(InvalidInput):
        issue(ctx, form, title="")  # a refused notice takes no number
    first = issue(ctx, form)
    second = issue(ctx, form, all_villages=False, all_town_units=True)
    assert (first.number, second.number) == ("香稳预〔2027〕1号", "香稳预〔2027〕2号")
    clock.set(local_datetime(clock.now().date().replace(year=2028, month=1, day=2), 9))
    third = issue(ctx, form)
    assert third.number == "香稳预〔2028〕1号"
    assert [n.number for n in list_notices(ctx)][0] == "香稳预〔2028〕1号"


def test_targets_shortcuts_and_single_units(ctx, office):
    form = notice_form(ctx)
    police = next(u for u in form.town_units if u.name == "派出所")
    with pytest.raises(InvalidInput) as err:
        issue(ctx, form, all_villages=False)
    assert "unit_ids" in err.value.errors
    with pytest.raises(InvalidInput) as err:
        issue(ctx, form, issuer_id=office.bodies["wg_mobile"])
    assert "issuer_id" in err.value.errors
    detail = issue(ctx, form, unit_ids=[police.id, office.villages["西岭村"]])
    assert detail.recipients == "各村（居）、派出所"
    assert [r.unit for r in detail.receipts] == ["东岗村", "西岭村", "南湾村", "派出所"]
    # an archived village is not targeted by "all villages"
    with ctx.db.session() as s:
        s.get(Unit, office.villages["南湾村"]).active = False
    assert [r.unit for r in issue(ctx, form).receipts] == ["东岗村", "西岭村"]


def test_receipts_are_recorded_with_time_and_who(ctx, clock, office):
    form = notice_form(ctx)
    due = clock.now() + timedelta(hours=4)
    detail = issue(ctx, form, receipt_due_at=due, incident_id=office.incident_id)
    assert detail.incident_number == "2027-0001" and detail.receipt_due_at == due
    note = incident_detail(ctx, incident_id=office.incident_id).timeline[-1]
    assert detail.number in note.text  # the linked incident's timeline says so
    assert [r.phone for r in detail.pending] == ["13700000001", "13700000002", ""]
    clock.advance(minutes=30)
    with pytest.raises(InvalidInput, match="回执人"):
        record_receipt(ctx, notice_id=detail.id, unit_id=office.villages["东岗村"],
                       confirmed_by="")
    confirmed_at = clock.now() - timedelta(minutes=10)
    detail = record_receipt(ctx, notice_id=detail.id, unit_id=office.villages["东岗村"],
                            confirmed_by="林勇", at=confirmed_at)
    got = detail.receipts[0]
    assert (got.confirmed_at, got.confirmed_by, got.recorded_by, got.recorded_at) == (
        confirmed_at, "林勇", "测试员", clock.now())
    assert detail.confirmed == 1 and [r.unit for r in detail.pending] == ["西岭村", "南湾村"]
    with pytest.raises(Refused, match="不必重复"):
        record_receipt(ctx, notice_id=detail.id, unit_id=office.villages["东岗村"],
                       confirmed_by="林勇")
    police = next(u for u in form.town_units if u.name == "派出所")
    with pytest.raises(Refused, match="不在"):
        record_receipt(ctx, notice_id=detail.id, unit_id=police.id, confirmed_by="x")
    assert not detail.overdue(clock.now())
    clock.set(due + timedelta(seconds=1))
    assert notice_detail(ctx, notice_id=detail.id).overdue(clock.now())
    with ctx.db.read_session() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry))]
    assert actions.count("notice.issue") == 1 and actions.count("notice.receipt") == 1


def test_receipt_deadline_must_be_in_the_future(ctx, clock, office):
    with pytest.raises(InvalidInput) as err:
        issue(ctx, notice_form(ctx), receipt_due_at=clock.now())
    assert "receipt_due_at" in err.value.errors


def test_the_printed_notice_has_the_official_layout(ctx, clock, office):
    detail = issue(ctx, notice_form(ctx), receipt_due_at=clock.now() + timedelta(hours=8),
                   all_town_units=True)
    html = notice_html(detail)
    order = [
        "香花镇全国两会期间信访稳定应急处置工作总指挥部",  # issuer
        "香稳预〔2027〕1号",  # number
        "关于做好全国两会期间矛盾纠纷排查化解工作的预警通知",  # title
        "各村（居）、镇直各单位：",  # recipients
        "各村要对土地征用",  # body
        "具体要求如下",
        "请于3月5日18时前将回执报镇信访办（总指挥部办公室），电话：69525655、69527569",
        "2027年3月5日",  # date
    ]
    body = html[html.index("<body>"):]
    positions = [body.index(part) for part in order]
    assert positions == sorted(positions)
    assert chinese_date(detail.issued_at) == "2027年3月5日"
    assert "<script" not in html and "&lt;" not in html
    assert 15 <= heading_points("香花镇全国两会期间信访稳定应急处置工作总指挥部") < 22
    assert heading_points("香花镇总指挥部") == 22
