"""The office's settings: every number of the plan is a default the office may change.

Stored as key/value rows (``store.models.Setting``); this module turns them into a typed,
validated :class:`Settings` so that rules never read raw strings. The range of every number is
here (:data:`INT_BOUNDS`), once: the service refuses by it and the settings dialog's fields
offer it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from datetime import time

from xianghua_console.domain.messages import Message, msg


class SettingsError(ValueError):
    """A stored setting cannot be used; the message names the setting.

    ``SettingsError("…{name}…", name=…)``: a template and its values (:mod:`.messages`).
    """

    def __init__(self, message: str = "", /, **params: object) -> None:
        self.message = Message(message, **params)
        super().__init__(self.message)


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
    receipt_hours: int = 4  # a new warning notice asks for receipts within this many hours
    idle_lock_minutes: int = 15  # the console locks after this long without input; 0 = never
    language: str = "zh_CN"  # the GUI's language: one of LANGUAGES
    # The police station's standby squad (派出所备勤): what a new duty shift names as its
    # contact; each shift keeps its own (the roster's 保障 dialog changes a day's).
    police_squad_contact: str = ""  # e.g. 派出所应急分队 王建军（队长）
    police_squad_phone: str = ""  # the squad leader's or the squad's duty phone; may be empty

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
                raise SettingsError("设置项 {name} 的值无法读取：{raw!r}", name=f.name,
                                    raw=raw) from exc
            values[f.name] = coerce_setting(f.name, getattr(cls, f.name), value)
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
        """Raise :class:`SettingsError` naming the first setting that cannot be used."""
        for name, message in self.field_errors().items():
            raise SettingsError("设置项 {name}（{label}）：{message}", name=name,
                                label=LABELS[name], message=message)

    def field_errors(self) -> dict[str, str]:
        """``setting → why it cannot be used`` (in words for the field it belongs to)."""
        errors: dict[str, str] = {}
        for name, (low, high) in INT_BOUNDS.items():
            value = getattr(self, name)
            if not low <= value <= high:
                errors[name] = msg("必须是 {low} 到 {high} 之间的整数，现为 {value}",
                                   low=low, high=high, value=value)
        if "standby_slots_min" not in errors and "standby_slots_max" not in errors:
            if self.standby_slots_min > self.standby_slots_max:
                errors["standby_slots_max"] = msg("备勤人员的最多人数不能少于最少人数")
        for name in ("town_name", "office_name"):
            value = getattr(self, name)
            if not value.strip():
                errors[name] = msg("不能为空")
            elif len(value.strip()) > NAME_LIMIT:
                errors[name] = msg("不能超过 {n} 个字", n=NAME_LIMIT)
        if len(self.police_squad_contact.strip()) > POLICE_CONTACT_LIMIT:
            errors["police_squad_contact"] = msg("不能超过 {n} 个字", n=POLICE_CONTACT_LIMIT)
        if self.police_squad_phone and not PHONE_RE.fullmatch(self.police_squad_phone):
            errors["police_squad_phone"] = (
                msg("电话号码只能由数字和“-”组成（3 到 20 位），如 13903960110 或 0396-6952110")
            )
        if self.language not in LANGUAGES:
            errors["language"] = msg("只能是 {languages} 之一", languages="、".join(LANGUAGES))
        return errors

    def input_errors(self) -> dict[str, str]:
        """:meth:`field_errors` and what is only checked when a person types a new value: the
        format of the office's phone numbers (a stored odd number must not stop the console)."""
        errors = self.field_errors()
        if not self.office_phones:
            errors.setdefault("office_phones", msg("至少填一个电话号码"))
        bad = [p for p in self.office_phones if not PHONE_RE.fullmatch(p)]
        if bad:
            errors.setdefault(
                "office_phones",
                msg("只能由数字和“-”组成（3 到 20 位），如 69525655 或 0377-69525655；"
                    "不合要求的：{bad}", bad="、".join(bad)),
            )
        return errors


#: Whole-number settings: ``name → (lowest, highest)`` allowed.
INT_BOUNDS: dict[str, tuple[int, int]] = {
    "report_minutes": (1, 10_000),
    "escalate_minutes": (1, 10_000),
    "acceptance_minutes": (1, 10_000),
    "special_report_days": (1, 10_000),
    "alert_lead_minutes": (1, 10_000),
    "alert_remind_minutes": (1, 10_000),
    "receipt_hours": (1, 720),
    "weekly_meetings": (1, 7),
    "leader_slots": (1, 10),
    "duty_slots_min": (1, 10),
    "standby_slots_min": (1, 20),
    "standby_slots_max": (1, 20),
    "vehicle_slots": (0, 10),
    "emergency_fund_min_yuan": (0, 100_000_000),
    "backup_keep": (1, 3650),
    "idle_lock_minutes": (0, 1440),
}

#: What each setting is called in messages (the settings dialog has its own, translated labels).
LABELS: dict[str, str] = {
    "town_name": msg("镇名"),
    "office_name": msg("办公室名称"),
    "office_phones": msg("办公室电话"),
    "report_minutes": msg("事发报告时限"),
    "escalate_minutes": msg("向主要领导报告时限"),
    "acceptance_minutes": msg("分指挥部接收时限"),
    "special_report_days": msg("专题报告时限"),
    "alert_lead_minutes": msg("提前提醒"),
    "alert_remind_minutes": msg("再次提醒间隔"),
    "daily_cutoff": msg("日报截止时间"),
    "shift_boundary": msg("交接班时间"),
    "weekly_meetings": msg("每周研判会次数"),
    "leader_slots": msg("带班领导人数"),
    "duty_slots_min": msg("值班人员最少人数"),
    "standby_slots_min": msg("备勤人员最少人数"),
    "standby_slots_max": msg("备勤人员最多人数"),
    "vehicle_slots": msg("应急车辆数"),
    "emergency_fund_min_yuan": msg("应急经费下限"),
    "daily_reports_only_in_duty_periods": msg("只在值班期间收日报"),
    "backup_keep": msg("自动备份保留份数"),
    "receipt_hours": msg("通知回执时限"),
    "idle_lock_minutes": msg("无操作锁屏"),
    "language": msg("界面语言"),
    "police_squad_contact": msg("派出所备勤联系人"),
    "police_squad_phone": msg("派出所备勤电话"),
}

#: The GUI's languages (Qt locale names); the first is the default.
LANGUAGES = ("zh_CN", "en")

#: A phone number as the office writes it: digits, with "-" between area code and number.
PHONE_RE = re.compile(r"[0-9][0-9-]{1,18}[0-9]")

NAME_LIMIT = 60
POLICE_CONTACT_LIMIT = 80  # the width of ``DutyShift.police_squad_contact``


def coerce_setting(name: str, default: object, value: object) -> object:
    """``value`` (as JSON gives it) as the type of the setting's ``default``, or SettingsError."""
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
            if isinstance(value, str):
                raise TypeError  # a list of strings, not one string's characters
            return tuple(str(v).strip() for v in value if str(v).strip())  # type: ignore[union-attr]
        return str(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError("设置项 {name} 的值不合要求：{value!r}", name=name,
                            value=value) from exc
