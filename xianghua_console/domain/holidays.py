"""Which days are working days, weekends and public holidays, for the rotation's fairness.

Public holidays and make-up working days (调休) come from chinese-calendar, then the office's
own overrides win. chinese-calendar only knows the years the State Council has published; for
any other year it raises ``NotImplementedError``. Such a year falls back to plain weekends plus
the overrides, and :attr:`DayCalendar.message` says so — never a crash.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

import chinese_calendar

from xianghua_console.domain.enums import CalendarOverrideKind
from xianghua_console.domain.messages import joined, msg

# chinese-calendar names its holidays in English; the office reads Chinese.
HOLIDAY_NAMES = {h.value: h.chinese for h in chinese_calendar.Holiday}


MAKEUP_LABEL = "调休上班"  # a weekend day worked in exchange for a holiday


def is_makeup_day(day: date, kind: DayKind) -> bool:
    """A make-up working day (调休上班): a Saturday or Sunday that is a working day."""
    return kind is DayKind.WORKDAY and day.weekday() >= 5


class DayKind(StrEnum):
    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"

    @property
    def label(self) -> str:
        return {"workday": "工作日", "weekend": "周末", "holiday": "节假日"}[self.value]


@dataclass(frozen=True)
class DayCalendar:
    """The kind of each day asked about, and the years chinese-calendar had no data for."""

    kinds: Mapping[date, DayKind]
    names: Mapping[date, str] = field(default_factory=dict)  # holiday or 调休 names
    years_without_data: tuple[int, ...] = ()
    supported_years: tuple[int, int] | None = None

    def kind(self, day: date) -> DayKind:
        known = self.kinds.get(day)
        if known is not None:
            return known
        return DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY

    @property
    def fallback(self) -> bool:
        return bool(self.years_without_data)

    @property
    def message(self) -> str:
        """What the roster view says about the calendar it used ("" when all years were known);
        a :class:`~xianghua_console.domain.messages.Message`."""
        if not self.years_without_data:
            return ""
        years = joined((msg("{year}年", year=y) for y in self.years_without_data), "、")
        known = ""
        if self.supported_years is not None:
            first, last = self.supported_years
            known = msg("（日历数据只到 {first}—{last} 年）", first=first, last=last)
        return msg(
            "没有{years}的法定节假日和调休数据{known}，"
            "这些日子按周末和本办自设的节假日、调休上班日区分；请核对并补录本办的节假日设置。",
            years=years, known=known,
        )


def _supported_years() -> tuple[int, int] | None:
    try:
        days = chinese_calendar.holidays
        return min(days).year, max(days).year
    except (AttributeError, ValueError):  # an older or newer package laid out differently
        return None


def classify_days(
    days: Iterable[date],
    overrides: Mapping[date, CalendarOverrideKind] | None = None,
    override_names: Mapping[date, str] | None = None,
) -> DayCalendar:
    """Classify ``days``: the office's overrides first, then chinese-calendar, then weekends.

    An override's day is named by ``override_names`` (the office's name for it), else
    节假日 / 调休上班.
    """
    overrides = overrides or {}
    override_names = override_names or {}
    kinds: dict[date, DayKind] = {}
    names: dict[date, str] = {}
    missing: set[int] = set()
    for day in days:
        override = overrides.get(day)
        if override is not None:
            named = override_names.get(day, "").strip()
            if override is CalendarOverrideKind.HOLIDAY:
                kinds[day], names[day] = DayKind.HOLIDAY, named or DayKind.HOLIDAY.label
            else:
                kinds[day], names[day] = DayKind.WORKDAY, MAKEUP_LABEL
            continue
        if day.year not in missing:
            try:
                on_holiday, name = chinese_calendar.get_holiday_detail(day)
            except NotImplementedError:
                missing.add(day.year)
            else:
                if name:
                    shown = HOLIDAY_NAMES.get(name, name)
                    names[day] = shown if on_holiday else f"{shown}调休上班"
                if on_holiday:
                    kinds[day] = DayKind.HOLIDAY if name else DayKind.WEEKEND
                else:
                    kinds[day] = DayKind.WORKDAY  # a weekday, or a 调休 make-up working day
                continue
        kinds[day] = DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY
    return DayCalendar(
        kinds=kinds,
        names=names,
        years_without_data=tuple(sorted(missing)),
        supported_years=_supported_years() if missing else None,
    )
