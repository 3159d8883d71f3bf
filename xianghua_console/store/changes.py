"""Change notifications: every committed write names what it changed, on PostgreSQL's NOTIFY.

A write session collects the rows it inserted, updated and deleted (an ``after_flush`` hook,
so the services need not say anything) and, just before it commits, sends one
``pg_notify(CHANNEL, payload)`` in the same transaction: the notification is delivered when,
and only if, the write commits, in commit order (write sessions are serialized by the advisory
lock of :mod:`store.db`). Other consoles listen (:mod:`store.listen`) and refresh only what
changed. SQLite has nothing to notify: one workstation, one console.

The payload is JSON: the sending workstation (so a console can ignore its own writes) and, per
entity kind (the table's name), the ids of the changed rows. PostgreSQL refuses a payload of
8000 bytes or more; a write that touched too many rows to name (an import, a generated roster)
names the kind without ids (``None``), which means "reload everything of that kind".
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLAlchemy is imported where it is used: the GUI reads this module's Change before its
# first paint, which does not wait for SQLAlchemy (store/db.py).

CHANNEL = "xianghua"
PAYLOAD_VERSION = 1
MAX_PAYLOAD_BYTES = 7900  # PostgreSQL's limit is 8000 bytes, in the server's encoding
_INFO_KEY = "xianghua_changes"

EntityId = int | str
# What a changed child row means for its parent: a timeline entry changes what the incident
# shows, a receipt the notice's state, a placement the shift. (Kind, foreign-key attribute.)
PARENT_OF: Mapping[str, tuple[tuple[str, str], ...]] = {
    "timeline_entry": (("incident", "incident_id"),),
    "onscene_command": (("incident", "incident_id"),),
    "notice_receipt": (("warning_notice", "notice_id"),),
    "duty_assignment": (("duty_shift", "shift_id"),),
    "duty_swap": (("duty_shift", "shift_id"), ("duty_shift", "other_shift_id")),
}


@dataclass(frozen=True)
class Change:
    """One committed write as another console hears of it.

    ``entities`` maps a kind (a table name: ``incident``, ``daily_report``…) to the ids of
    its changed rows, or to None when there were too many to name.
    """

    workstation: str
    entities: Mapping[str, frozenset[EntityId] | None] = field(default_factory=dict)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.entities)

    def ids(self, kind: str) -> frozenset[EntityId] | None:
        """The changed ids of ``kind``: empty when it did not change, None for "all of them"."""
        if kind not in self.entities:
            return frozenset()
        return self.entities[kind]

    def to_payload(self, limit: int = MAX_PAYLOAD_BYTES) -> str:
        """The NOTIFY payload; the longest id lists become None until it fits in ``limit``."""
        entities: dict[str, list[EntityId] | None] = {
            kind: sorted(ids, key=_sort_key) if ids is not None else None
            for kind, ids in sorted(self.entities.items())
        }
        while True:
            text = json.dumps(
                {"v": PAYLOAD_VERSION, "ws": self.workstation, "e": entities},
                ensure_ascii=False,
                separators=(",", ":"),
            )
            if len(text.encode("utf-8")) <= limit:
                return text
            named = [k for k, ids in entities.items() if ids]
            if not named:
                raise ValueError("a change notification cannot be made short enough")
            entities[max(named, key=lambda k: len(entities[k] or ()))] = None

    @classmethod
    def from_payload(cls, text: str) -> Change:
        """Parse a payload made by :meth:`to_payload`; ValueError for anything else."""
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not a change notification: {text[:80]!r}") from exc
        if not isinstance(raw, dict) or raw.get("v") != PAYLOAD_VERSION:
            raise ValueError(f"not a change notification of version {PAYLOAD_VERSION}")
        entities: dict[str, frozenset[EntityId] | None] = {}
        for kind, ids in (raw.get("e") or {}).items():
            entities[str(kind)] = None if ids is None else frozenset(ids)
        return cls(workstation=str(raw.get("ws", "")), entities=entities)


def merge_changes(changes: Iterable[Change]) -> dict[str, frozenset[EntityId] | None]:
    """The entities of several changes together (None absorbs ids: all of the kind)."""
    merged: dict[str, frozenset[EntityId] | None] = {}
    for change in changes:
        for kind, ids in change.entities.items():
            if kind in merged and merged[kind] is None:
                continue
            if ids is None:
                merged[kind] = None
            else:
                merged[kind] = (merged.get(kind) or frozenset()) | ids
    return merged


# ---------------------------------------------------------------- the session hooks


def install_change_notifications(sessions: Any, workstation: Callable[[], str]) -> None:
    """Make every commit of ``sessions`` (a sessionmaker) NOTIFY what it changed.

    For PostgreSQL only; ``workstation`` is read at each commit.
    """
    from sqlalchemy import event

    def collect(session: Session, _flush_context: Any) -> None:
        # After the flush new rows have their ids, and new/dirty/deleted still list the rows
        # of this flush.
        found = session.info.setdefault(_INFO_KEY, {})
        for obj in session.new:
            _note(found, obj)
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=True):
                _note(found, obj)
        for obj in session.deleted:
            _note(found, obj)

    def send(session: Session) -> None:
        # before_commit runs before the commit's own flush: flush here so that its rows are
        # collected, then notify inside the transaction (delivered at commit, or never).
        session.flush()
        found: dict[str, set[EntityId] | None] = session.info.pop(_INFO_KEY, {})
        if not found:
            return
        change = Change(
            workstation(), {k: None if v is None else frozenset(v) for k, v in found.items()}
        )
        from sqlalchemy import func, select

        session.execute(select(func.pg_notify(CHANNEL, change.to_payload())))

    def forget(session: Session, *_args: Any) -> None:
        session.info.pop(_INFO_KEY, None)

    event.listen(sessions, "after_flush", collect)
    event.listen(sessions, "before_commit", send)
    event.listen(sessions, "after_rollback", forget)


def _note(found: dict[str, set[EntityId] | None], obj: object) -> None:
    from sqlalchemy import inspect

    state = inspect(obj)
    kind = getattr(state.mapper.local_table, "name", None)
    if kind is None:
        return
    # Not state.identity: a row inserted by this flush gets its identity key only after the
    # after_flush hooks, but its primary key attribute is already set.
    key = state.mapper.primary_key_from_instance(obj)
    if len(key) == 1 and key[0] is not None:
        _add(found, kind, key[0])
    else:  # a composite or missing key: name the kind without ids (reload all of it)
        found[kind] = None
    for parent, attr in PARENT_OF.get(kind, ()):
        value = getattr(obj, attr, None)
        if value is not None:
            _add(found, parent, value)


def _add(found: dict[str, set[EntityId] | None], kind: str, value: Any) -> None:
    ids = found.setdefault(kind, set())
    if ids is not None:
        ids.add(_id(value))


def _id(value: Any) -> EntityId:
    if isinstance(value, int):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _sort_key(value: EntityId) -> tuple[int, int, str]:
    return (0, value, "") if isinstance(value, int) else (1, 0, str(value))
