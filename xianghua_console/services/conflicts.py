"""Two workstations editing the same record: the second save is refused, nothing overwritten.

Every editable record carries a version (``version_id_col``; :mod:`store.versioning` bumps it
for changes of what the record holds too). The GUI reads a record with its version and sends
that version back with the edit (``expected_version=``); when the record has moved on since,
the use case raises :class:`Conflict` instead of saving. The conflict carries the record's
current values and who changed it when, so the dialog can show the other workstation's
change and offer to reload and re-apply. ``expected_version=None`` (the CLI, the tests, a
caller holding no copy) edits whatever is current.

What changed: a conflict also carries ``values_of``, the function that lists a record's row
(the ``row`` a reader returns, e.g. ``UnitEntry``) as label → text. The caller still holds
the row it read, so :meth:`Conflict.changes` compares the two with the same words: what the
other workstation changed since this one read the record.

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
from xianghua_console.domain.messages import msg
from xianghua_console.services.context import Refused
from xianghua_console.store.models import AuditEntry


class Conflict(Refused):
    """The record changed on another workstation after the caller read it; nothing was saved.

    ``current`` maps a field's Chinese label to its value now (for the conflict dialog);
    ``row`` is the record as the use case's readers return it, to reload the form from;
    ``values_of`` (when known) lists such a row as ``current`` lists the record now.
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
        values_of: Callable[[Any], Mapping[str, str]] | None = None,
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
        self.values_of = values_of
        who = changed_by or msg("另一台电脑")
        when = msg("于 {at:%m-%d %H:%M} ", at=to_local(changed_at)) if changed_at else ""
        super().__init__(
            "{what}已被{who}{when}修改过，你看到的不是最新内容，这次的修改没有保存。"
            "请查看对方的修改，重新读取后再操作。", what=what, who=who, when=when,
        )

    def changes(self, loaded: object) -> list[tuple[str, str, str]]:
        """``(label, as the caller read it, now)`` of each value that differs from ``loaded``
        (the row the caller read); empty when unknown. Labels the loaded row does not list
        (it may have been read more narrowly, e.g. a panel row) are not compared."""
        if self.values_of is None or loaded is None:
            return []
        try:
            before = self.values_of(loaded)
        except (AttributeError, TypeError):  # a row of another kind: nothing to compare
            return []
        return [(label, before[label], now) for label, now in self.current.items()
                if label in before and before[label] != now]


def check_version(
    session: Session,
    record: Any,
    expected_version: int | None,
    *,
    what: str,
    current: Callable[[], Mapping[str, str]] | None = None,
    audit_entity: str,
    audit_id: object,
    row: Callable[[], object] | None = None,
    values: Callable[[Any], Mapping[str, str]] | None = None,
) -> None:
    """Raise :class:`Conflict` unless ``record`` is still at ``expected_version``.

    ``audit_entity``/``audit_id`` find the last audited change of the record (who, when);
    ``current`` and ``row`` are called only on a conflict. With ``values`` (a row → label →
    text) the values now are ``values(row())``, and the caller can list its own copy the
    same way (:meth:`Conflict.changes`).
    """
    if expected_version is None or record.version == expected_version:
        return
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == audit_entity, AuditEntry.entity_id == str(audit_id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    now_row = row() if row is not None else None
    if values is not None and now_row is not None:
        now_values: Mapping[str, str] = values(now_row)
    elif current is not None:
        now_values = current()
    else:
        now_values = {}
    raise Conflict(
        what=what,
        entity=audit_entity,
        entity_id=audit_id,
        expected_version=expected_version,
        current_version=record.version,
        current=now_values,
        row=now_row,
        changed_by=last.actor if last else "",
        changed_at=last.at if last else None,
        values_of=values if now_row is not None else None,
    )
