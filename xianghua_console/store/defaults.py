"""Filling a new database from the plan defaults (``resources/plan_defaults.json``).

The file holds the structure of 香发【2013】13号 by post, not by person, and the default
settings; the office then types in its own people and villages.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xianghua_console.domain.clock import Clock, local_today
from xianghua_console.domain.enums import BodyKind, UnitKind
from xianghua_console.domain.settings import Settings
from xianghua_console.domain.text import pinyin_initials
from xianghua_console.paths import resources_dir
from xianghua_console.store.chains import seal_audit_entry
from xianghua_console.store.models import AuditEntry, Category, CommandBody, Setting, Unit

DEFAULTS_FILE = "plan_defaults.json"


def read_plan_defaults(path: Path | None = None) -> dict[str, Any]:
    """The parsed defaults file; its settings are validated before anything is written."""
    path = path or resources_dir() / DEFAULTS_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    Settings.from_rows({k: json.dumps(v, ensure_ascii=False) for k, v in data["settings"].items()})
    return data


def load_plan_defaults(session: Session, *, clock: Clock, path: Path | None = None) -> None:
    """Write the plan's structure and settings into an empty database."""
    if session.scalar(select(CommandBody.id).limit(1)) is not None:
        raise ValueError("plan defaults go into an empty database only")
    data = read_plan_defaults(path)
    today = local_today(clock)

    for key, value in data["settings"].items():
        session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))

    units: dict[str, Unit] = {}
    for order, name in enumerate(data["town_units"]):
        unit = Unit(
            name=name,
            kind=UnitKind.TOWN_UNIT,
            pinyin_initials=pinyin_initials(name),
            expected_from=today,
            sort_order=1000 + order,
        )
        session.add(unit)
        units[name] = unit

    bodies: dict[str, CommandBody] = {}
    for order, spec in enumerate(data["bodies"]):
        body = CommandBody(
            code=spec["code"],
            kind=BodyKind(spec["kind"]),
            name=spec["name"],
            short_name=spec["short_name"],
            head_post=spec.get("head_post", ""),
            deputy_posts=spec.get("deputy_posts", ""),
            duties=spec.get("duties", ""),
            sort_order=order,
            parent=bodies[spec["parent"]] if spec.get("parent") else None,
            seat=units[spec["seat"]] if spec.get("seat") else None,
            member_units=[units[name] for name in spec.get("members", [])],
        )
        session.add(body)
        bodies[body.code] = body

    for order, spec in enumerate(data["categories"]):
        session.add(
            Category(
                code=spec["code"],
                name=spec["name"],
                subcommand=bodies[spec["subcommand"]] if spec.get("subcommand") else None,
                sort_order=order,
            )
        )
    first = AuditEntry(
        at=clock.now(),
        actor="system",
        action="database.create",
        entity="database",
        entity_id="",
        after={"defaults": DEFAULTS_FILE, "bodies": len(bodies), "units": len(units)},
    )
    session.add(seal_audit_entry(session, first))
