"""The duty roster as a printable HTML document (A4, official layout), for Qt's QTextDocument.

A pure function of :class:`RosterPrint`: no Qt and no SQL here (``services.roster_screen``
builds the data, ``gui.printing`` turns the string into a PDF or a print preview).
QTextDocument understands a subset of HTML 4 and CSS 2, so the layout uses table attributes
(``border``, ``cellpadding``, ``bgcolor``, ``width``); the header row is a ``<thead>``, which
Qt repeats at the top of every page.

Layout, as the office posts it: the title, the period, the table (one row per day: date,
leader on duty, duty staff, standby staff, emergency vehicle and driver, everyone with their
phone; and the police station's standby squad with its phone when the shifts name one), the
office's duty phone numbers in large type, the notes, then the office and the date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape

WEEKDAYS = "一二三四五六日"
HEAD_BG = "#d9e1f2"
REST_BG = "#f2f2f2"

STYLE = """
body { font-size: 10pt; }
h1 { font-size: 19pt; font-weight: bold; text-align: center; margin-top: 0px; margin-bottom: 6px; }
p { margin-top: 2px; margin-bottom: 3px; }
p.sub { font-size: 11pt; text-align: center; margin-bottom: 10px; }
p.phones { font-size: 13pt; font-weight: bold; margin-top: 10px; margin-bottom: 6px; }
p.note { font-size: 9pt; }
p.sign { text-align: right; font-size: 11pt; margin-top: 14px; }
th { font-weight: bold; font-size: 10pt; }
td { font-size: 9pt; }
span.kind { font-size: 8.5pt; }
span.none { color: #7f7f7f; }
"""


@dataclass(frozen=True)
class PrintPerson:
    name: str
    phone: str = ""


@dataclass(frozen=True)
class PrintDay:
    """One day's row: who holds each post; ``kind`` names a rest day or holiday ("" else)."""

    day: date
    kind: str = ""
    rest: bool = False
    leader: tuple[PrintPerson, ...] = ()
    duty: tuple[PrintPerson, ...] = ()
    standby: tuple[PrintPerson, ...] = ()
    driver: tuple[PrintPerson, ...] = ()
    vehicle: str = ""
    police: PrintPerson | None = None  # the police station's standby squad of the shift


@dataclass(frozen=True)
class RosterPrint:
    """Everything the printed roster shows, as plain data."""

    title: str
    period: str  # e.g. 值班期：2027年2月28日至2027年3月14日
    office: str  # the office's full name, e.g. 香花镇信访办（总指挥部办公室）
    phones: tuple[str, ...]
    made_on: date
    days: tuple[PrintDay, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)


COLUMNS = (
    ("日期", 15),
    ("带班领导", 19),
    ("值班人员", 20),
    ("备勤人员", 24),
    ("应急车辆/驾驶员", 22),
)
#: With the police station's standby squad (when a shift of the table names one).
COLUMNS_WITH_POLICE = (  # the people's columns keep their width: a name never splits
    ("日期", 10),
    ("带班领导", 19),
    ("值班人员", 19),
    ("备勤人员", 19),
    ("应急车辆/驾驶员", 18),
    ("派出所备勤", 15),
)


def _people(persons: Sequence[PrintPerson]) -> str:
    if not persons:
        return "<span class='none'>未安排</span>"
    return "<br>".join(
        f"{escape(p.name)}&nbsp;{escape(p.phone)}" if p.phone else escape(p.name) for p in persons
    )


def _day_cell(d: PrintDay) -> str:
    text = f"<b>{d.day.month}月{d.day.day}日</b><br>星期{WEEKDAYS[d.day.weekday()]}"
    if d.kind:
        text += f"<span class='kind'>·{escape(d.kind)}</span>"
    return text


def _vehicle_cell(d: PrintDay) -> str:
    lines = [escape(d.vehicle)] if d.vehicle else []
    if d.driver:
        lines.append(_people(d.driver))
    return "<br>".join(lines) if lines else "<span class='none'>未安排</span>"


def _police_cell(d: PrintDay) -> str:
    if d.police is None or not (d.police.name or d.police.phone):
        return "<span class='none'>未安排</span>"
    return "<br>".join(escape(t) for t in (d.police.name, d.police.phone) if t)


def roster_html(doc: RosterPrint) -> str:
    """The whole printed roster as one HTML string with inline CSS."""
    police = any(d.police is not None and (d.police.name or d.police.phone) for d in doc.days)
    columns = COLUMNS_WITH_POLICE if police else COLUMNS
    # With the sixth column the people's lines must not wrap (a name split over two lines):
    # their cells keep each line whole and the police column, whose text may wrap, gives way.
    keep = " style='white-space: nowrap;'" if police else ""
    parts = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{escape(doc.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(doc.title)}</h1>",
        f"<p class='sub'>{escape(doc.period)}</p>",
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
        "style='border-collapse: collapse; border-color: #404040;'>",
        "<thead><tr>",
    ]
    for name, width in columns:
        parts.append(f"<th width='{width}%' bgcolor='{HEAD_BG}' align='center'>{name}</th>")
    parts.append("</tr></thead><tbody>")
    for d in doc.days:
        bg = f" bgcolor='{REST_BG}'" if d.rest else ""
        parts.append(
            "<tr>"
            f"<td align='center' valign='middle'{bg}>{_day_cell(d)}</td>"
            f"<td valign='middle'{keep}>{_people(d.leader)}</td>"
            f"<td valign='middle'{keep}>{_people(d.duty)}</td>"
            f"<td valign='middle'{keep}>{_people(d.standby)}</td>"
            f"<td valign='middle'{keep}>{_vehicle_cell(d)}</td>"
            + (f"<td valign='middle'>{_police_cell(d)}</td>" if police else "")
            + "</tr>"
        )
    if not doc.days:
        parts.append(
            f"<tr><td colspan='{len(columns)}' align='center'>这段时间没有排班。</td></tr>"
        )
    parts.append("</tbody></table>")
    phones = "　".join(escape(p) for p in doc.phones) or "（未设置）"
    parts.append(f"<p class='phones'>值班电话：{phones}</p>")
    if doc.notes:
        parts.append("<p class='note'><b>说明：</b></p>")
        for i, note in enumerate(doc.notes, start=1):
            parts.append(f"<p class='note'>{i}. {escape(note)}</p>")
    made = f"{doc.made_on.year}年{doc.made_on.month}月{doc.made_on.day}日"
    parts.append(f"<p class='sign'>{escape(doc.office)}<br>{made}</p>")
    parts.append("</body></html>")
    return "".join(parts)
