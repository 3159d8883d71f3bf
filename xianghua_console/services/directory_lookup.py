"""The directory as the intake dialog and the panel's filters need it: units, categories, bodies.

One read gives everything the 接报登记 dialog offers: the active villages and units with their
pinyin initials (to find 东岗村 by typing ``dgc``), the subject categories with the
sub-command each proposes, the sub-commands, and the settings the dialog's warnings use.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from xianghua_console.domain.enums import BodyKind, UnitKind
from xianghua_console.domain.settings import Settings
from xianghua_console.domain.text import pinyin_initials
from xianghua_console.services.context import Ctx, load_settings
from xianghua_console.store.models import Category, CommandBody, Unit


@dataclass(frozen=True)
class UnitChoice:
    id: int
    name: str
    kind: UnitKind
    initials: str  # lower-case pinyin initials, ``dgc`` for 东岗村

    def matches(self, query: str) -> bool:
        """Whether typing ``query`` should offer this unit: part of its name or its initials."""
        q = "".join(query.split()).lower()
        if not q:
            return True
        return q in self.name.lower() or q in self.initials


@dataclass(frozen=True)
class SubcommandChoice:
    id: int
    name: str
    short_name: str


@dataclass(frozen=True)
class CategoryChoice:
    id: int
    name: str
    subcommand_id: int | None  # the sub-command this category proposes


@dataclass(frozen=True)
class IntakeChoices:
    units: tuple[UnitChoice, ...]
    categories: tuple[CategoryChoice, ...]
    subcommands: tuple[SubcommandChoice, ...]
    settings: Settings

    def subcommand(self, subcommand_id: int | None) -> SubcommandChoice | None:
        return next((s for s in self.subcommands if s.id == subcommand_id), None)

    def category(self, category_id: int | None) -> CategoryChoice | None:
        return next((c for c in self.categories if c.id == category_id), None)


def intake_choices(ctx: Ctx) -> IntakeChoices:
    """The active units (villages first, in the directory's order), categories and sub-commands."""
    with ctx.db.read_session() as session:
        units = session.scalars(
            select(Unit).where(Unit.active.is_(True)).order_by(Unit.sort_order, Unit.id)
        ).all()
        categories = session.scalars(
            select(Category)
            .options(selectinload(Category.subcommand))
            .order_by(Category.sort_order, Category.id)
        ).all()
        bodies = session.scalars(
            select(CommandBody)
            .where(CommandBody.kind == BodyKind.SUBCOMMAND)
            .order_by(CommandBody.sort_order, CommandBody.id)
        ).all()
        settings = load_settings(session)
        village_first = sorted(units, key=lambda u: 0 if u.kind is UnitKind.VILLAGE else 1)
        return IntakeChoices(
            units=tuple(
                # A unit typed in without initials (older data, hand-made rows) is still findable.
                UnitChoice(u.id, u.name, u.kind, (u.pinyin_initials or pinyin_initials(u.name)).lower())
                for u in village_first
            ),
            categories=tuple(CategoryChoice(c.id, c.name, c.subcommand_id) for c in categories),
            subcommands=tuple(SubcommandChoice(b.id, b.name, b.short_name) for b in bodies),
            settings=settings,
        )
