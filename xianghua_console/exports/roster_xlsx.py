"""The duty roster as an Excel workbook, and reading one back (openpyxl). No SQL here.

Sheet ``值班`` is the exchange format, one person per row: 日期*, 岗位*, 姓名* (starred
columns are required; others, such as 电话, are for reading and ignored on import). Sheet
``排班总表`` is the same roster laid out for people: one row per day with every slot.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

from xianghua_console.domain.enums import DutySlot
from xianghua_console.domain.messages import Message, msg
from xianghua_console.domain.text import display_width
from xianghua_console.exports.xlsx_style import no_formulas
from xianghua_console.services.progress import ProgressFn, as_progress, atomic_path

ROSTER_SHEET = "值班"
GRID_SHEET = "排班总表"
DAY_COL, POST_COL, NAME_COL, PHONE_COL = "日期", "岗位", "姓名", "电话"
REQUIRED_COLUMNS = (DAY_COL, POST_COL, NAME_COL)

# The posts as the sheet names them; the import also takes the longer forms the console shows.
SHEET_POSTS: dict[DutySlot, str] = {
    DutySlot.LEADER: "带班领导",
    DutySlot.DUTY: "值班人员",
    DutySlot.STANDBY: "备勤人员",
    DutySlot.VEHICLE: "驾驶员",
}
POST_ALIASES: dict[str, DutySlot] = {
    **{label: slot for slot, label in SHEET_POSTS.items()},
    DutySlot.VEHICLE.label: DutySlot.VEHICLE,  # 应急车辆/驾驶员
    "应急车辆驾驶员": DutySlot.VEHICLE,
}
WEEKDAYS = "一二三四五六日"

_DATE_TEXT = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DDE4EE")


class RosterFileError(ValueError):
    """The file cannot be read as a workbook at all; the message says why (a template and
    its values, :mod:`xianghua_console.domain.messages`)."""

    def __init__(self, message: str = "", /, **params: object) -> None:
        self.message = Message(message, **params)
        super().__init__(self.message)


# ---------------------------------------------------------------- writing


@dataclass(frozen=True)
class RosterEntry:
    """One person in one slot of one day: a row of sheet ``值班``."""

    day: date
    slot: DutySlot
    name: str
    phone: str = ""


@dataclass(frozen=True)
class RosterDayLine:
    """One day of sheet ``排班总表``."""

    day: date
    kind: str  # 工作日 / 周末 / 节假日, with the holiday's name
    leader: tuple[str, ...] = ()
    duty: tuple[str, ...] = ()
    standby: tuple[str, ...] = ()
    driver: tuple[str, ...] = ()
    vehicle: str = ""
    emergency_fund_yuan: int = 0
    ready: bool = False
    police: str = ""  # the police station's standby squad: who to call and the phone


@dataclass(frozen=True)
class RosterBook:
    """Everything a roster workbook shows, as plain data."""

    title: str
    period: str  # e.g. 2027年03月01日至2027年03月15日
    office: str
    phones: tuple[str, ...]
    made_on: date
    entries: tuple[RosterEntry, ...]
    days: tuple[RosterDayLine, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)


def write_roster_xlsx(
    book: RosterBook, path: Path, *, progress: ProgressFn | None = None
) -> Path:
    """Write ``book`` to ``path`` (sheet ``值班`` first, then ``排班总表``), whole or not at
    all; ``progress`` may cancel until the file is renamed into place."""
    p = as_progress(progress)
    p(0, 3, msg("写出“值班”表"))
    wb = Workbook()
    exchange = wb.active
    exchange.title = ROSTER_SHEET
    headers = [f"{DAY_COL}*", f"{POST_COL}*", f"{NAME_COL}*", PHONE_COL]
    exchange.append(headers)
    for entry in book.entries:
        exchange.append([entry.day, SHEET_POSTS[entry.slot], entry.name, entry.phone])
    for row in exchange.iter_rows(min_row=2, max_col=1):
        row[0].number_format = "yyyy-mm-dd"
    _style_header(exchange, 1, len(headers))
    exchange.freeze_panes = "A2"
    _fit_columns(exchange, date_cols={1})

    p(1, 3, msg("写出“排班总表”"))
    grid = wb.create_sheet(GRID_SHEET)
    columns = ["日期", "星期", "类别", "带班领导", "值班人员", "备勤人员", "驾驶员", "应急车辆",
               "应急经费（元）", "派出所备勤", "保障"]  # fmt: skip
    grid.append([book.title])
    grid.append([f"值班期：{book.period}"])
    grid.append(columns)
    for line in book.days:
        grid.append(
            [
                line.day,
                f"星期{WEEKDAYS[line.day.weekday()]}",
                line.kind,
                "、".join(line.leader),
                "、".join(line.duty),
                "、".join(line.standby),
                "、".join(line.driver),
                line.vehicle,
                line.emergency_fund_yuan,
                line.police,
                "到位" if line.ready else "未到位",
            ]
        )
    last = grid.max_row
    for row in grid.iter_rows(min_row=4, max_row=last, max_col=1):
        row[0].number_format = "yyyy-mm-dd"
    for row in grid.iter_rows(min_row=3, max_row=last, max_col=len(columns)):
        for cell in row:
            cell.border = _BOX
            cell.alignment = Alignment(vertical="center", wrap_text=True)
    _style_header(grid, 3, len(columns))
    grid.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    grid["A1"].font = Font(size=16, bold=True)
    grid["A1"].alignment = Alignment(horizontal="center")
    footer = last + 2
    for text in book.notes:
        grid.cell(row=footer, column=1, value=f"注：{text}")
        footer += 1
    phones = "、".join(book.phones)
    grid.cell(row=footer, column=1, value=f"{book.office}  值班电话：{phones}")
    grid.cell(row=footer + 1, column=1, value=f"制表日期：{book.made_on:%Y年%m月%d日}")
    grid.freeze_panes = "A4"
    grid.page_setup.orientation = "landscape"
    grid.page_setup.paperSize = grid.PAPERSIZE_A4
    grid.page_setup.fitToWidth = 1
    grid.print_title_rows = "3:3"
    _fit_columns(grid, date_cols={1}, first_row=3)
    path = Path(path)
    p(2, 3, msg("保存文件"))
    with atomic_path(path, p) as tmp:
        no_formulas(wb).save(tmp)  # typed names and phones stay text
    p(3, 3, msg("已保存"))
    return path


def _style_header(ws, row: int, width: int) -> None:  # noqa: ANN001
    for col in range(1, width + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center")


def _fit_columns(ws, *, date_cols: set[int], first_row: int = 1) -> None:  # noqa: ANN001
    """openpyxl has no autofit: size each column by its widest text, CJK counting double."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None:
                continue
            text = "2027-03-05" if cell.column in date_cols else str(cell.value)
            widths[cell.column] = max(widths.get(cell.column, 0), display_width(text))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 60)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class SheetProblem:
    """A cell that cannot be imported: where it is and why, for the person fixing the file."""

    sheet: str
    row: int
    column: str  # the column's letter, "" when the whole sheet is concerned
    header: str
    reason: str

    @property
    def message(self) -> Message:
        """Where and why, in one line."""
        if not self.column:
            return msg("“{sheet}”表：{reason}", sheet=self.sheet, reason=self.reason)
        return msg("“{sheet}”表第{row}行{column}列（{header}）：{reason}", sheet=self.sheet,
                   row=self.row, column=self.column, header=self.header, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class SheetRow:
    """A data row of sheet ``值班``: the raw texts, the day when it could be read."""

    row: int
    day: date | None
    post: str
    name: str


@dataclass(frozen=True)
class SheetRead:
    rows: tuple[SheetRow, ...]
    problems: tuple[SheetProblem, ...]
    letters: dict[str, str]  # required column → its letter

    def at(self, row: SheetRow, column: str, reason: str) -> SheetProblem:
        """A problem with ``column`` of ``row``."""
        return SheetProblem(ROSTER_SHEET, row.row, self.letters[column], column, reason)


def read_roster_xlsx(path: Path) -> SheetRead:
    """Read sheet ``值班``: every row, and every problem a cell has on its own.

    Raises :class:`RosterFileError` when the file is not a workbook; a missing sheet or
    column is a problem of the result, like a bad cell.
    """
    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise RosterFileError("找不到文件 {path}", path=path) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise RosterFileError("{name} 不是可读取的 Excel（.xlsx）文件：{exc}", name=path.name,
                              exc=exc) from exc
    try:
        if ROSTER_SHEET not in wb.sheetnames:
            names = "、".join(wb.sheetnames)
            problem = SheetProblem(
                ROSTER_SHEET, 0, "", "", msg("工作簿中没有“{sheet}”表（现有：{names}）", sheet=ROSTER_SHEET,
                                              names=names)
            )
            return SheetRead((), (problem,), {})
        return _read_sheet(wb[ROSTER_SHEET])
    finally:
        wb.close()


def _read_sheet(ws) -> SheetRead:  # noqa: ANN001
    rows_iter = ws.iter_rows(values_only=True)
    header = next(rows_iter, None) or ()
    positions: dict[str, int] = {}
    for index, value in enumerate(header):
        name = str(value).strip().rstrip("*＊").strip() if value is not None else ""
        if name in REQUIRED_COLUMNS and name not in positions:
            positions[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in positions]
    if missing:
        reason = "第1行缺少列：" + "、".join(f"{c}*" for c in missing)
        return SheetRead((), (SheetProblem(ROSTER_SHEET, 1, "", "", reason),), {})
    letters = {c: get_column_letter(i + 1) for c, i in positions.items()}
    rows: list[SheetRow] = []
    problems: list[SheetProblem] = []
    for number, values in enumerate(rows_iter, start=2):
        cells = {c: values[i] if i < len(values) else None for c, i in positions.items()}
        if all(_blank(v) for v in cells.values()):
            continue
        for column in REQUIRED_COLUMNS:
            if _blank(cells[column]):
                problems.append(
                    SheetProblem(ROSTER_SHEET, number, letters[column], column, msg("必填，不能为空"))
                )
        day = None
        if not _blank(cells[DAY_COL]):
            day, reason = _read_day(cells[DAY_COL])
            if reason:
                problems.append(
                    SheetProblem(ROSTER_SHEET, number, letters[DAY_COL], DAY_COL, reason)
                )
        rows.append(SheetRow(number, day, _text(cells[POST_COL]), _text(cells[NAME_COL])))
    return SheetRead(tuple(rows), tuple(problems), letters)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _read_day(value: object) -> tuple[date | None, str]:
    """A day from a date cell, an Excel serial number or text like 2027-03-05 / 2027年3月5日."""
    if isinstance(value, datetime):
        return value.date(), ""
    if isinstance(value, date):
        return value, ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20_000 <= value <= 80_000:  # Excel serials of the years 1954–2119
            return from_excel(value).date(), ""
    match = _DATE_TEXT.match(str(value))
    if match:
        try:
            return date(*(int(g) for g in match.groups())), ""
        except ValueError:
            return None, f"没有这一天：{value}"
    return None, f"无法识别的日期：{value}（应写作 2027-03-05）"
