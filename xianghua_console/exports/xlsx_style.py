"""What every printable workbook shares: fonts, fills, borders, column widths, A4 page setup.

openpyxl has no autofit: widths are measured with ``domain.text.display_width`` (East-Asian
wide characters count as two), which is how Excel and WPS size a CJK glyph in 宋体.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.text import display_width

BODY_FONT = "宋体"  # what a Chinese office's Excel/WPS has; LibreOffice substitutes a CJK font
TITLE_FONT = "黑体"
BODY_SIZE = 10.5  # 五号
LINE_HEIGHT_PT = 14.0  # one line of 五号 text with its leading

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TITLE = Font(name=TITLE_FONT, size=16, bold=True)
SUBTITLE = Font(name=BODY_FONT, size=BODY_SIZE)
HEADER = Font(name=TITLE_FONT, size=BODY_SIZE, bold=True)
BODY = Font(name=BODY_FONT, size=BODY_SIZE)
BOLD = Font(name=BODY_FONT, size=BODY_SIZE, bold=True)
RED = Font(name=BODY_FONT, size=BODY_SIZE, bold=True, color="9C0006")
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
# Light fills that survive a black-and-white printer as shades of grey.
FILLS = {
    "zero": PatternFill("solid", fgColor="E2EFDA"),
    "situation": PatternFill("solid", fgColor="DDEBF7"),
    "late": PatternFill("solid", fgColor="FFF2CC"),
    "missing": PatternFill("solid", fgColor="F8CBAD"),
    "pending": PatternFill("solid", fgColor="FCE4D6"),
    "bad": PatternFill("solid", fgColor="F8CBAD"),
    "warn": PatternFill("solid", fgColor="FFF2CC"),
}
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
LEFT_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
TITLE_ALIGN = Alignment(horizontal="center", vertical="center")

WEEKDAYS = "一二三四五六日"


# ---------------------------------------------------------------- text stays text
#
# openpyxl stores any string that starts with "=" as a formula. What the console exports is
# typed by people (an incident's 事由, a unit's name, a phone line), and the workbooks go to
# the county: a text "=1+1" would be computed, a "=HYPERLINK(…)" would become a link. None of
# the console's workbooks has a formula of its own, so every such cell is made text again.


def no_formulas(wb: Workbook) -> Workbook:
    """Every cell of ``wb`` that openpyxl took for a formula is text again (before saving)."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
    return wb


def text_row(ws: Worksheet, values: Sequence[object]) -> Sequence[object]:
    """``values`` for ``ws.append`` (write-only sheets too) with "=…" texts kept as text."""
    if not any(type(v) is str and v[:1] == "=" for v in values):
        return values
    out: list[object] = []
    for v in values:
        if type(v) is str and v[:1] == "=":
            cell = WriteOnlyCell(ws, v)
            cell.data_type = "s"
            out.append(cell)
        else:
            out.append(v)
    return out


def cell_width(value: object) -> int:
    """Display width of a cell's shown text (the longest line of it)."""
    if value is None:
        return 0
    text = value if isinstance(value, str) else str(value)
    return max((display_width(line) for line in text.splitlines()), default=0)


def fit_widths(
    rows: Iterable[Iterable[object]],
    *,
    minimum: float = 4,
    maximum: float = 40,
    padding: float = 2,
) -> list[float]:
    """Column widths (Excel units) that fit every value of ``rows``, within the bounds."""
    widths: list[float] = []
    for row in rows:
        for i, value in enumerate(row):
            w = cell_width(value)
            if i >= len(widths):
                widths.extend([0] * (i + 1 - len(widths)))
            widths[i] = max(widths[i], w)
    return [min(max(w + padding, minimum), maximum) for w in widths]


def set_widths(ws: Worksheet, widths: Iterable[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = round(width, 1)


def lines_needed(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` units wide."""
    usable = max(width - 1.5, 1)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.splitlines() or [""])


def row_height(lines: int) -> float:
    return max(lines, 1) * LINE_HEIGHT_PT + 4


def setup_print(
    ws: Worksheet,
    *,
    landscape: bool,
    title_rows: str | None,
    freeze: str | None,
    footer_left: str = "",
) -> None:
    """A4, fit to one page wide, header rows repeated, page numbers in the footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.7
    ws.page_margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    if freeze:
        ws.freeze_panes = freeze
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 9
    if footer_left:
        ws.oddFooter.left.text = footer_left
        ws.oddFooter.left.size = 9


def long_date(day: date) -> str:
    """``2027年3月5日（星期五）``."""
    return f"{day.year}年{day.month}月{day.day}日（星期{WEEKDAYS[day.weekday()]}）"


def short_date(day: date) -> str:
    return f"{day.month}月{day.day}日"


def local_hm(when: datetime | None, *, day: date | None = None) -> str:
    """``16:25`` on ``day`` itself, ``03-06 00:10`` on another day, empty for nothing."""
    if when is None:
        return ""
    local = to_local(when)
    if day is not None and local.date() == day:
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


def local_stamp(when: datetime) -> str:
    """``2027年3月5日 10:00``."""
    local = to_local(when)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
