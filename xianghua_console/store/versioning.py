"""Version numbers that move with every change of a record, its collections included.

SQLAlchemy's ``version_id_col`` bumps a row's version when one of its own columns changes.
A change of what the record *holds* — a body's deputies and member units, an incident's
working groups, the people placed on a duty shift — writes other tables and left the version
as it was, so a console holding a stale copy could not tell. This hook bumps the version in
those cases too, once per flush, so "the version I read" means "the record as I saw it".
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

# A child row whose change is a change of its parent: the people of a shift are the shift,
# and the on-scene command (a new composition per change) is part of the incident's record.
# Timeline entries are not: entries from several workstations interleave without conflict.
# (child table → (foreign-key attribute, parent table))
OWNED_BY = {
    "duty_assignment": ("shift_id", "duty_shift"),
    "onscene_command": ("incident_id", "incident"),
}


def install_version_bumps(sessions: Any) -> None:
    """Bump versioned records whose collections or owned rows change, in ``sessions``."""
    event.listen(sessions, "before_flush", _bump_versions)


def _bump_versions(session: Session, _flush_context: Any, _instances: Any) -> None:
    bump: dict[int, object] = {}
    for obj in session.dirty:
        if _version_key(obj) and session.is_modified(obj, include_collections=True):
            bump[id(obj)] = obj
    with session.no_autoflush:
        for obj in (*session.new, *session.dirty, *session.deleted):
            owner = _owner(session, obj)
            if owner is not None and owner not in session.new and owner not in session.deleted:
                bump[id(owner)] = owner
    for obj in bump.values():
        key = _version_key(obj)
        state = inspect(obj)
        if key is None or state.pending or state.deleted:
            continue
        # Setting the column ourselves: SQLAlchemy then writes this value (its own bump would
        # give the same) and still checks the committed one in the UPDATE's WHERE clause.
        committed = state.committed_state.get(key, getattr(obj, key))
        setattr(obj, key, committed + 1)


def _version_key(obj: object) -> str | None:
    mapper = inspect(obj).mapper
    col = mapper.version_id_col
    if col is None:
        return None
    return mapper.get_property_by_column(col).key


def _owner(session: Session, obj: object) -> object | None:
    mapper = inspect(obj).mapper
    owned = OWNED_BY.get(getattr(mapper.local_table, "name", ""))
    if owned is None:
        return None
    attr, parent_table = owned
    parent_id = getattr(obj, attr, None)
    if parent_id is None:
        return None  # appended through the parent's collection: the parent is dirty itself
    parent = next(
        (m.class_ for m in mapper.registry.mappers
         if getattr(m.local_table, "name", None) == parent_table),
        None,
    )
    return session.get(parent, parent_id) if parent is not None else None
