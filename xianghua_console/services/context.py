"""What every service call needs: the database, the clock, and who is acting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from xianghua_console.domain.clock import Clock
from xianghua_console.domain.enums import Role
from xianghua_console.domain.permissions import Action, allowed, refusal
from xianghua_console.domain.settings import Settings
from xianghua_console.store.db import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLAlchemy and the models are imported by the functions that use them: the console's window
# holds a Ctx before its first paint, which must not wait for them (store/db.py).


class Refused(Exception):
    """A use case refused an action; the message says why, for the person who asked.

    ``Refused("单位“{name}”已归档。", name=unit.name)``: a Chinese template and its values
    (or a ready :class:`~xianghua_console.domain.messages.Message`). ``str(exc)`` is the
    Chinese text; :attr:`message` keeps the template for the GUI to translate.
    """

    def __init__(self, message: str = "", /, **params: object) -> None:
        from xianghua_console.domain.messages import Message

        self.message = Message(message, **params)
        super().__init__(self.message)


@dataclass(frozen=True)
class Ctx:
    """The injected database and clock, and the account the calls are made for.

    ``actor`` is the name the records carry (who); ``role`` is the acting account's role,
    which every write use case checks with :func:`require`. ``role=None`` means the system
    itself (tests, the demo builder, a GUI not yet wired to a login): everything is allowed.
    A logged-in account always has a role (``services.accounts.ctx_for``).
    """

    db: Database
    clock: Clock
    actor: str = "值班台"
    role: Role | None = None
    username: str = ""  # the logged-in account's (the idle lock asks its password again)

    def may(self, action: Action) -> bool:
        """Whether the acting account may take ``action`` (for hiding what it cannot do)."""
        return allowed(self.role, action)


def require(ctx: Ctx, action: Action) -> None:
    """Refuse (:class:`Refused`, naming the role needed) unless ``ctx``'s role may ``action``."""
    reason = refusal(ctx.role, action, actor=ctx.actor)
    if reason:
        raise Refused(reason)


def load_settings(session: Session) -> Settings:
    """The office's settings as stored, over the plan's defaults."""
    from sqlalchemy import select

    from xianghua_console.store.models import Setting

    rows = {s.key: s.value for s in session.scalars(select(Setting))}
    return Settings.from_rows(rows)


def audit(
    session: Session,
    ctx: Ctx,
    *,
    action: str,
    entity: str,
    entity_id: object = "",
    before: dict | None = None,
    after: dict | None = None,
) -> None:
    """Record one write in the audit log, chained, in the same transaction as the write."""
    from xianghua_console.store.chains import seal_audit_entry
    from xianghua_console.store.models import AuditEntry

    entry = AuditEntry(
        at=ctx.clock.now(),
        actor=ctx.actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=before,
        after=after,
    )
    session.add(seal_audit_entry(session, entry))
