"""Changing the office's settings (the plan's numbers are defaults the office may change).

:func:`update_settings` is the one write: every value is checked first (each refusal names its
setting, for the field it belongs to), then all are written in one transaction or none, and
each changed setting gets its own audit entry with its value before and after.

Settings have no version column; their version is a fingerprint of all their stored values
(:func:`settings_version`). A dialog sends back the version it read: when another workstation
changed any setting since, the save is refused with a :class:`~services.conflicts.Conflict`
rather than writing over a screen the officer did not see.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from xianghua_console.domain.messages import Message, msg
from xianghua_console.domain.permissions import Action
from xianghua_console.domain.settings import LABELS, Settings, SettingsError, coerce_setting
from xianghua_console.services.conflicts import Conflict
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.store.models import AuditEntry, Setting

AUDIT_ACTION = "settings.edit"
#: Between phone numbers typed in one line: commas, 、, semicolons or spaces.
PHONE_SEPARATORS = re.compile(r"[\s,，、;；]+")
AUDIT_ENTITY = "setting"


@dataclass(frozen=True)
class SettingsState:
    """The settings as stored, with the version to send back with a change."""

    settings: Settings
    version: int


def settings_version(settings: Settings) -> int:
    """A fingerprint of every setting's value: it moves whenever any setting changes."""
    text = json.dumps(settings.to_rows(), sort_keys=True, ensure_ascii=False)
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:6], "big")


def current_settings(ctx: Ctx) -> Settings:
    """The settings as stored, over the plan's defaults."""
    with ctx.db.read_session() as session:
        return load_settings(session)


def read_settings(ctx: Ctx) -> SettingsState:
    """The settings with their version (what the settings dialog opens with)."""
    settings = current_settings(ctx)
    return SettingsState(settings, settings_version(settings))


def setting_names() -> tuple[str, ...]:
    """Every setting's name, in the order of :class:`Settings`."""
    return tuple(f.name for f in dataclasses.fields(Settings))


def update_settings(
    ctx: Ctx, *, changes: Mapping[str, object], expected_version: int | None = None
) -> SettingsState:
    """Change some settings (office director): all of them, or none.

    ``changes`` maps a setting's name to its new value (a ``time`` or ``"HH:MM"`` for the
    times, a sequence of strings for the phones). Refusals: an unknown name (``Refused``);
    values that cannot be used (``InvalidInput``, one message per setting); another
    workstation's change since ``expected_version`` was read (``Conflict``). Each setting
    that really changes is audited with its value before and after.
    """
    require(ctx, Action.SETTINGS)
    unknown = sorted(set(changes) - set(setting_names()))
    if unknown:
        raise Refused("没有这些设置项：{names}", names="、".join(unknown))
    with ctx.db.session() as session:
        current = load_settings(session)
        version = settings_version(current)
        if expected_version is not None and expected_version != version:
            raise _conflict(session, current, expected_version, version)
        result = _apply(current, changes)
        before, after = current.to_rows(), result.to_rows()
        changed = [name for name in setting_names() if before[name] != after[name]]
        if not changed:
            return SettingsState(current, version)
        rows = {s.key: s for s in session.scalars(select(Setting).where(Setting.key.in_(changed)))}
        for name in changed:
            if name in rows:
                rows[name].value = after[name]
            else:
                session.add(Setting(key=name, value=after[name]))
            audit(session, ctx, action=AUDIT_ACTION, entity=AUDIT_ENTITY, entity_id=name,
                  before={name: json.loads(before[name])}, after={name: json.loads(after[name])})
        return SettingsState(result, settings_version(result))


def save_settings(ctx: Ctx, *, changes: Mapping[str, object]) -> Settings:
    """Change some settings over whatever is stored now (a caller that holds no copy, such as
    a script or a test): :func:`update_settings` without a version; only the settings returned.
    """
    return update_settings(ctx, changes=changes).settings


def _apply(current: Settings, changes: Mapping[str, object]) -> Settings:
    """``current`` with ``changes``, every value checked; ``InvalidInput`` names each refusal."""
    values: dict[str, object] = {}
    errors: dict[str, str] = {}
    for name, value in changes.items():
        default = getattr(current, name)
        if isinstance(default, tuple) and isinstance(value, str):
            value = PHONE_SEPARATORS.split(value)  # "69525655、69527569" as typed
        elif isinstance(default, str) and isinstance(value, str):
            value = value.strip()
        try:
            values[name] = coerce_setting(name, getattr(current, name), _stored_form(value))
        except SettingsError:
            errors[name] = _format_hint(current, name)
    if errors:
        raise InvalidInput(_named(errors))
    result = dataclasses.replace(current, **values)
    errors = result.input_errors()
    if errors:
        raise InvalidInput(_named(errors))
    return result


def _stored_form(value: object) -> object:
    """A value as ``Settings.from_rows`` reads it back from JSON (times as ``HH:MM``)."""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value


def _format_hint(current: Settings, name: str) -> Message:
    default = getattr(current, name)
    if isinstance(default, bool):
        return msg("只能是“是”或“否”")
    if isinstance(default, int):
        return msg("请填整数")
    if isinstance(default, time):
        return msg("时间请写成 时:分，如 16:30")
    if isinstance(default, tuple):
        return msg("请填一组电话号码")
    return msg("值不合要求")


def _named(errors: Mapping[str, str]) -> dict[str, Message]:
    """Each message begins with its setting's name, so that it reads alone too."""
    return {name: msg("{setting}：{message}", setting=LABELS[name], message=message)
            for name, message in errors.items()}


def settings_values(state: SettingsState) -> dict[str, str]:
    """Every setting as the conflict dialog lists it: ``label → value as text``."""
    rows = state.settings.to_rows()
    return {LABELS[n]: _shown(json.loads(rows[n])) for n in setting_names()}


def _conflict(session: Session, current: Settings, expected: int, version: int) -> Conflict:
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == AUDIT_ENTITY)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    now = SettingsState(current, version)
    return Conflict(
        what=msg("设置"),
        entity=AUDIT_ENTITY,
        entity_id="",
        expected_version=expected,
        current_version=version,
        current=settings_values(now),
        row=now,
        changed_by=last.actor if last else "",
        changed_at=last.at if last else None,
        values_of=settings_values,
    )


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return msg("是") if value else msg("否")
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)
