"""The settings service: every value checked, all written or none, each change audited, the
director's only, and a second workstation's change is not written over."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import time

import pytest
from sqlalchemy import select

from xianghua_console.domain.enums import Role
from xianghua_console.domain.settings import INT_BOUNDS, LABELS, Settings
from xianghua_console.services.conflicts import Conflict
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.services.settings import (
    current_settings,
    read_settings,
    settings_version,
    update_settings,
)
from xianghua_console.store.models import AuditEntry


@pytest.fixture
def director(ctx: Ctx) -> Ctx:
    return replace(ctx, actor="主任甲", role=Role.DIRECTOR)


def setting_audits(ctx: Ctx) -> list[AuditEntry]:
    with ctx.db.read_session() as s:
        return list(s.scalars(
            select(AuditEntry).where(AuditEntry.action == "settings.edit").order_by(AuditEntry.id)
        ))


def test_every_setting_has_a_label_and_every_number_a_range():
    names = {f.name for f in fields(Settings)}
    assert set(LABELS) == names
    ints = {f.name for f in fields(Settings) if type(getattr(Settings(), f.name)) is int}
    assert set(INT_BOUNDS) == ints
    assert Settings().input_errors() == {}
    assert Settings().idle_lock_minutes == 15 and Settings().language == "zh_CN"


def test_a_change_is_written_and_each_setting_audited_with_before_and_after(director):
    state = read_settings(director)
    result = update_settings(
        director,
        changes={"daily_cutoff": time(17, 0), "backup_keep": 10, "town_name": " 香花镇 ",
                 "office_phones": "69525655、0377-69527569"},
        expected_version=state.version,
    )
    assert result.settings.daily_cutoff == time(17, 0)
    assert result.settings.office_phones == ("69525655", "0377-69527569")
    assert result.version == settings_version(current_settings(director)) != state.version
    audits = setting_audits(director)
    # town_name did not change (the spaces are not a change): three entries, one per setting
    assert [(a.entity, a.entity_id, a.actor) for a in audits] == [
        ("setting", "office_phones", "主任甲"),
        ("setting", "daily_cutoff", "主任甲"),
        ("setting", "backup_keep", "主任甲"),
    ]
    by_key = {a.entity_id: a for a in audits}
    assert by_key["daily_cutoff"].before == {"daily_cutoff": "16:30"}
    assert by_key["daily_cutoff"].after == {"daily_cutoff": "17:00"}
    assert by_key["backup_keep"].before == {"backup_keep": 30}
    assert by_key["backup_keep"].after == {"backup_keep": 10}
    assert by_key["office_phones"].after == {"office_phones": ["69525655", "0377-69527569"]}

    again = update_settings(director, changes={"backup_keep": 10})
    assert again.version == result.version and len(setting_audits(director)) == 3  # no change


def test_bad_values_are_refused_each_by_name_and_nothing_is_written(director):
    before = current_settings(director)
    with pytest.raises(InvalidInput) as err:
        update_settings(director, changes={
            "report_minutes": 0,
            "backup_keep": 5,  # good, but not written alone
            "standby_slots_min": 4, "standby_slots_max": 3,
            "town_name": "  ",
            "office_phones": "6952 电话",
            "idle_lock_minutes": 2000,
            "daily_cutoff": "半夜",
            "emergency_fund_min_yuan": "一万",
        })
    errors = err.value.errors
    # a value of the wrong kind is said first, alone (its range cannot be checked yet)
    assert errors == {
        "daily_cutoff": "日报截止时间：时间请写成 时:分，如 16:30",
        "emergency_fund_min_yuan": "应急经费下限：请填整数",
    }
    with pytest.raises(InvalidInput) as err:
        update_settings(director, changes={
            "report_minutes": 0, "backup_keep": 5, "standby_slots_min": 4,
            "standby_slots_max": 3, "town_name": "  ", "office_phones": "6952 电话",
            "idle_lock_minutes": 2000, "language": "fr",
        })
    errors = err.value.errors
    assert errors["report_minutes"] == "事发报告时限：必须是 1 到 10000 之间的整数，现为 0"
    assert errors["idle_lock_minutes"] == "无操作锁屏：必须是 0 到 1440 之间的整数，现为 2000"
    assert errors["standby_slots_max"] == "备勤人员最多人数：备勤人员的最多人数不能少于最少人数"
    assert errors["town_name"] == "镇名：不能为空"
    assert "不合要求的：电话" in errors["office_phones"]
    assert errors["language"].startswith("界面语言：只能是 zh_CN、en")
    assert "backup_keep" not in errors
    assert current_settings(director) == before
    assert setting_audits(director) == []


def test_unknown_settings_are_refused(director):
    with pytest.raises(Refused, match="没有这些设置项：wifi_password"):
        update_settings(director, changes={"wifi_password": "x"})


@pytest.mark.parametrize("role", [Role.DUTY_OFFICER, Role.COMMANDER, Role.READ_ONLY])
def test_only_the_director_changes_settings(ctx, role):
    who = replace(ctx, actor="值班员乙", role=role)
    with pytest.raises(Refused, match="“修改设置”需要办公室主任权限"):
        update_settings(who, changes={"backup_keep": 5})
    assert current_settings(ctx).backup_keep == 30
    assert setting_audits(ctx) == []
    assert read_settings(who).settings.backup_keep == 30  # reading is for everyone


def test_a_change_made_elsewhere_since_reading_is_not_written_over(director, ctx):
    mine = read_settings(director)
    other = replace(ctx, actor="主任乙", role=Role.DIRECTOR)
    update_settings(other, changes={"alert_lead_minutes": 8}, expected_version=mine.version)
    with pytest.raises(Conflict) as err:
        update_settings(director, changes={"daily_cutoff": time(17, 0)},
                        expected_version=mine.version)
    conflict = err.value
    assert conflict.changed_by == "主任乙"
    assert conflict.current["日报截止时间"] == "16:30" and conflict.current["提前提醒"] == "8"
    assert conflict.changes(mine) == [("提前提醒", "5", "8")]  # what they changed
    assert conflict.row.settings.alert_lead_minutes == 8
    assert current_settings(ctx).daily_cutoff == time(16, 30)
    # re-applied on the version the conflict carries: saved
    update_settings(director, changes={"daily_cutoff": time(17, 0)},
                    expected_version=conflict.current_version)
    assert current_settings(ctx).daily_cutoff == time(17, 0)
    assert current_settings(ctx).alert_lead_minutes == 8
