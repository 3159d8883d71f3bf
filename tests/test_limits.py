"""Text length limits on the service inputs, and the settings a director may change."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from xianghua_console.domain.enums import Role
from xianghua_console.domain.limits import NAME, TEXT, too_long
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.daily_reports import record_situation
from xianghua_console.services.directory_lookup import intake_choices
from xianghua_console.services.incident_log import (
    InvalidInput,
    NewIncident,
    log_incident,
    record_escalation,
)
from xianghua_console.services.settings import current_settings, save_settings


def new_incident(ctx, **fields) -> NewIncident:
    now = ctx.clock.now()
    unit = intake_choices(ctx).units[0]
    base = {"occurred_at": now - timedelta(minutes=5), "received_at": now, "unit_id": unit.id,
            "summary": "群众反映问题"}
    return NewIncident(**(base | fields))


def test_too_long_names_the_field_and_its_limit():
    assert too_long(summary=("字" * TEXT, "简要情况", TEXT)) == {}
    assert too_long(summary=("字" * (TEXT + 1), "简要情况", TEXT)) == {
        "summary": f"简要情况不能超过 {TEXT} 个字（现有 {TEXT + 1} 个字）"}
    assert too_long(name=(None, "姓名", NAME)) == {}


def test_an_incident_with_over_long_fields_is_refused_field_by_field(ctx):
    with pytest.raises(InvalidInput) as err:
        log_incident(ctx, data=new_incident(ctx, summary="长" * 4001, reporter_name="名" * 41,
                                            reporter_phone="1" * 41, place="地" * 121))
    assert set(err.value.errors) == {"summary", "reporter_name", "reporter_phone", "place"}
    assert "事件简要情况不能超过 4000 个字" in str(err.value)
    row = log_incident(ctx, data=new_incident(ctx, summary="长" * 4000, reporter_name="名" * 40))
    with pytest.raises(InvalidInput, match="报告对象不能超过 120 个字"):
        record_escalation(ctx, incident_id=row.id, at=ctx.clock.now(), to="镇" * 121)


def test_a_daily_report_over_the_limit_is_refused(ctx):
    unit = intake_choices(ctx).units[0]
    with pytest.raises(InvalidInput):
        record_situation(ctx, unit_id=unit.id, content="情" * 4001)


def test_the_director_changes_settings_and_bad_values_are_refused(ctx, clock):
    director = Ctx(ctx.db, clock, actor="主任", role=Role.DIRECTOR)
    result = save_settings(director, changes={"daily_cutoff": time(17, 0), "backup_keep": 10})
    assert result.daily_cutoff == time(17, 0) and current_settings(ctx).backup_keep == 10
    with pytest.raises(Refused, match="自动备份保留份数"):
        save_settings(director, changes={"backup_keep": 0})
    with pytest.raises(Refused, match="没有这些设置项"):
        save_settings(director, changes={"wifi_password": "x"})
    assert current_settings(ctx).backup_keep == 10  # nothing written by the refusals
    with pytest.raises(Refused, match="需要办公室主任权限"):
        save_settings(Ctx(ctx.db, clock, role=Role.DUTY_OFFICER), changes={"backup_keep": 5})
