"""Changing the office's settings (the plan's numbers are defaults the office may change)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import time

from sqlalchemy import select

from xianghua_console.domain.permissions import Action
from xianghua_console.domain.settings import Settings, SettingsError
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.store.models import Setting


def current_settings(ctx: Ctx) -> Settings:
    """The settings as stored, over the plan's defaults."""
    with ctx.db.read_session() as session:
        return load_settings(session)


def save_settings(ctx: Ctx, *, changes: Mapping[str, object]) -> Settings:
    """Change some settings (office director); the whole result is validated first.

    ``changes`` maps a setting's name to its new value (a ``time`` or ``"HH:MM"`` for the
    times). Nothing is written when any value is refused; the audit keeps before and after.
    """
    require(ctx, Action.SETTINGS)
    names = {f.name for f in dataclasses.fields(Settings)}
    unknown = sorted(set(changes) - names)
    if unknown:
        raise Refused(f"没有这些设置项：{'、'.join(unknown)}")
    with ctx.db.session() as session:
        current = load_settings(session)
        stored = current.to_rows()
        wanted = dict(stored)
        for name, value in changes.items():
            if isinstance(value, time):
                value = value.strftime("%H:%M")
            elif isinstance(value, tuple):
                value = list(value)
            wanted[name] = json.dumps(value, ensure_ascii=False)
        try:
            result = Settings.from_rows(wanted)
        except SettingsError as exc:
            raise Refused(str(exc)) from exc
        new_rows = result.to_rows()
        changed = {k: v for k, v in new_rows.items() if stored.get(k) != v}
        if not changed:
            return result
        rows = {s.key: s for s in session.scalars(select(Setting).where(Setting.key.in_(changed)))}
        for key, value in changed.items():
            if key in rows:
                rows[key].value = value
            else:
                session.add(Setting(key=key, value=value))
        audit(session, ctx, action="settings.edit", entity="setting",
              before={k: json.loads(stored[k]) for k in changed},
              after={k: json.loads(v) for k, v in changed.items()})
        return result
