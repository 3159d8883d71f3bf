"""Two workstations editing the same record: the second save is refused, nothing overwritten.

Every editable record carries a version (``version_id_col``; :mod:`store.versioning` bumps it
for changes of what the record holds too). The GUI reads a record with its version and sends
that version back with the edit (``expected_version=``); when the record has moved on since,
the use case raises :class:`Conflict` instead of saving. The conflict carries the record's
current values and who changed it when, so the dialog can show the other workstation's
change and offer to reload and re-apply. ``expected_version=None`` (the CLI, the tests, a
caller holding no copy) edits whatever is current.

Inside one write session nothing can change under the service: write sessions are serialized
(the advisory lock of :mod:`store.db`), so "load, compare, write" is atomic. SQLAlchemy's own
check (``StaleDataError`` when an UPDATE finds the version gone) stays as the last guard for a
session that kept a copy across transactions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xianghua_console.domain.clock import to_local
from xianghua_console.services.context import Refused
from xianghua_console.store.models import AuditEntry


class Conflict(Refused):
    """The record changed on another workstation after the caller read it; nothing was saved.

    ``current`` maps a field's Chinese label to its value now (for the conflict dialog);
    ``row`` is the record as the use case's readers return it, to reload the form from.
    """

    def __init__(
        self,
        *,
        what: str,
        entity: str,
        entity_id: object,
        expected_version: int,
        current_version: int,
        current: Mapping[str, str],
        row: object = None,
        changed_by: str = "",
        changed_at: datetime | None = None,
    ) -> None:
        self.what = what
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.current = dict(current)
        self.row = row
        self.changed_by = changed_by
        self.changed_at = changed_at
        who = changed_by or "另一台电脑"
        when = f"于 {to_local(changed_at):%m-%d %H:%M} " if changed_at else ""
        super().__init__(
            f"{what}已被{who}{when}修改过，你看到的不是最新内容，这次的修改没有保存。"
            "请查看对方的修改，重新读取后再操作。"
        )


def check_version(
    session: Session,
    record: Any,
    expected_version: int | None,
    *,
    what: str,
    current: Callable[[], Mapping[str, str]],
    audit_entity: str,
    audit_id: object,
    row: Callable[[], object] | None = None,
) -> None:
    """Raise :class:`Conflict` unless ``record`` is still at ``expected_version``.

    ``audit_entity``/``audit_id`` find the last audited change of the record (who, when);
    ``current`` and ``row`` are called only on a conflict.
    """
    if expected_version is None or record.version == expected_version:
        return
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == audit_entity, AuditEntry.entity_id == str(audit_id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    raise Conflict(
        what=what,
        entity=audit_entity,
        entity_id=audit_id,
        expected_version=expected_version,
        current_version=record.version,
        current=current(),
        row=row() if row is not None else None,
        changed_by=last.actor if last else "",
        changed_at=last.at if last else None,
    )
