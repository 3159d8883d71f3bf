"""The office's settings: every number of the plan is a default the office may change.

Stored as key/value rows (``store.models.Setting``); this module turns them into a typed,
validated :class:`Settings` so that rules never read raw strings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import time


class SettingsError(ValueError):
    """A stored setting cannot be used; the message names the setting."""


@dataclass(frozen=True)
class Settings:
    town_name: str = "香花镇"
    office_name: str = "镇信访办（总指挥部办公室）"
    office_phones: tuple[str, ...] = ("69525655", "69527569")
    report_minutes: int = 15  # occurred → report to the HQ office (四、1)
    escalate_minutes: int = 15  # received → report to the principal leaders (四、2(4))
    acceptance_minutes: int = 15  # assigned → the sub-command accepts
    special_report_days: int = 7  # ended → written special report (四、4)
    alert_lead_minutes: int = 5  # a deadline alerts this long before it is due
    alert_remind_minutes: int = 10  # an acknowledged, still open deadline reminds again
    daily_cutoff: time = time(16, 30)  # 五、2
    shift_boundary: time = time(8, 30)
    weekly_meetings: int = 1  # 五、3
    leader_slots: int = 1
    duty_slots_min: int = 1
    standby_slots_min: int = 2
    standby_slots_max: int = 3
    vehicle_slots: int = 1
    emergency_fund_min_yuan: int = 10000  # 五、4
    daily_reports_only_in_duty_periods: bool = False
    backup_keep: int = 30  # automatic daily backups kept in rotation

    @classmethod
    def from_rows(cls, rows: dict[str, str]) -> Settings:
        """Build from stored ``key → JSON text`` rows; unknown keys are ignored."""
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name not in rows:
                continue
            raw = rows[f.name]
            try:
                value = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise SettingsError(f"设置项 {f.name} 的值无法读取：{raw!r}") from exc
            values[f.name] = _coerce(f.name, getattr(cls, f.name), value)
        settings = cls(**values)
        settings.validate()
        return settings

    def to_rows(self) -> dict[str, str]:
        """The stored form: ``key → JSON text``."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, time):
                value = value.strftime("%H:%M")
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = json.dumps(value, ensure_ascii=False)
        return out

    def validate(self) -> None:
        for name in (
            "report_minutes",
            "escalate_minutes",
            "acceptance_minutes",
            "special_report_days",
            "alert_lead_minutes",
            "alert_remind_minutes",
        ):
            value = getattr(self, name)
            if not 1 <= value <= 10_000:
                raise SettingsError(f"设置项 {name} 必须是 1 到 10000 之间的整数，现为 {value}")
        if not 1 <= self.standby_slots_min <= self.standby_slots_max:
            raise SettingsError("备勤人员的最少人数不能大于最多人数")
        if not 1 <= self.backup_keep <= 3650:
            raise SettingsError(f"自动备份保留份数必须在 1 到 3650 之间，现为 {self.backup_keep}")
        if self.emergency_fund_min_yuan < 0:
            raise SettingsError("应急经费下限不能为负数")
        if not self.town_name.strip():
            raise SettingsError("镇名不能为空")


def _coerce(name: str, default: object, value: object) -> object:
    try:
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise TypeError
            return value
        if isinstance(default, int):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError
            return value
        if isinstance(default, time):
            hh, mm = str(value).split(":")
            return time(int(hh), int(mm))
        if isinstance(default, tuple):
            return tuple(str(v) for v in value)  # type: ignore[union-attr]
        return str(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"设置项 {name} 的值不合要求：{value!r}") from exc
