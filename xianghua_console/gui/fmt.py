"""How times, days and people are written on screen: Asia/Shanghai local time, Chinese labels."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from xianghua_console.domain.clock import to_local

if TYPE_CHECKING:
    from xianghua_console.services.roster import PersonOnDuty

DASH = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate("fmt", text)


def label(member: object) -> str:
    """A domain term (``IncidentStatus.REPORTED`` → ``接报``) in the screen's language.

    ``member.label`` stays Chinese in the core (sheets and printouts are Chinese); the screen
    asks the translators under the context ``labels`` (``tools/i18n.py`` collects them)."""
    return QCoreApplication.translate("labels", member.label)  # type: ignore[attr-defined]


def hm(when: datetime | None) -> str:
    """``14:32`` local, or a dash."""
    return to_local(when).strftime("%H:%M") if when else DASH


def hms(when: datetime | None) -> str:
    """``14:32:05`` local, or a dash."""
    return to_local(when).strftime("%H:%M:%S") if when else DASH


def md_hm(when: datetime | None) -> str:
    """``03-05 14:32`` local, or a dash."""
    return to_local(when).strftime("%m-%d %H:%M") if when else DASH


def full(when: datetime | None) -> str:
    """``2027-03-05 14:32:05`` local, or a dash."""
    return to_local(when).strftime("%Y-%m-%d %H:%M:%S") if when else DASH


def weekday(day: date) -> str:
    """``周五``."""
    names = (
        _tr("周一"),
        _tr("周二"),
        _tr("周三"),
        _tr("周四"),
        _tr("周五"),
        _tr("周六"),
        _tr("周日"),
    )
    return names[day.weekday()]


def day_label(day: date) -> str:
    """``03-05 周五``."""
    return f"{day:%m-%d} {weekday(day)}"


def long_day(day: date) -> str:
    """``2027年3月5日（周五）``."""
    return _tr("{y}年{m}月{d}日（{w}）").format(y=day.year, m=day.month, d=day.day, w=weekday(day))


def person(p: PersonOnDuty) -> str:
    """``王建国 13800000001`` (the phone only when there is one)."""
    return f"{p.name} {p.phone}".strip() if p.phone else p.name


def people(persons: Iterable[PersonOnDuty], sep: str = "、") -> str:
    """Everyone with their phones, or an empty string."""
    return sep.join(person(p) for p in persons)


def countdown(remaining: timedelta) -> str:
    """``mm:ss`` (``h:mm:ss`` past an hour, days past a day); overdue counts up as ``超时 …``.

    :func:`domain.deadlines.format_countdown` in the screen's language."""
    seconds = int(remaining.total_seconds())
    overdue = seconds < 0
    days, rest = divmod(abs(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    mins, secs = divmod(rest, 60)
    if days:
        text = _tr("{d}天{hms}").format(d=days, hms=f"{hours:02d}:{mins:02d}:{secs:02d}")
    elif hours:
        text = f"{hours}:{mins:02d}:{secs:02d}"
    else:
        text = f"{mins:02d}:{secs:02d}"
    return _tr("超时 {t}").format(t=text) if overdue else text


def minutes(seconds: float) -> str:
    """A duration in whole minutes for messages (``12 分钟``, ``1 小时 5 分钟``)."""
    total = int(abs(seconds)) // 60
    h, m = divmod(total, 60)
    if h:
        return _tr("{h} 小时 {m} 分钟").format(h=h, m=m)
    return _tr("{m} 分钟").format(m=m)
