"""The ledger workbook (台账): writing it (blank or filled) and reading one back.

Written in openpyxl's write-only mode, since a year of daily reports is tens of thousands of
rows: a header style, column widths, a frozen header and Excel date cells, and nothing per
cell beyond that. Times are Excel date cells in Asia/Shanghai (shown ``yyyy-mm-dd hh:mm``).
Reading uses read-only mode and hands the service raw cell values with their row numbers;
the checking is the service's (``services.ledger.import_ledger``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from xianghua_console.domain.messages import msg
from xianghua_console.domain.text import display_width
from xianghua_console.exports.xlsx_style import BODY_FONT, text_row
from xianghua_console.services.context import Refused
from xianghua_console.services.ledger import (
    DATE_COLUMNS,
    REPORT_KINDS,
    SHEETS,
    SLOTS,
    TIME_COLUMNS,
    UNIT_KINDS,
    WEIGHTS,
    LedgerBook,
    ReadSheet,
)
from xianghua_console.services.progress import Progress, ProgressFn, as_progress, atomic_path

HEADER_FONT = Font(name=BODY_FONT, bold=True)
REQUIRED_FONT = Font(name=BODY_FONT, bold=True, color="C00000")
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
TIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
WIDE = {"概要": 50, "内容": 50, "地点": 24}
SAMPLE_ROWS = 200  # widths are measured on the first rows only: a year is too many to scan
CHOICES = {  # the template's drop-down lists
    ("单位", "类型"): UNIT_KINDS,
    ("值班", "岗位"): SLOTS,
    ("事件", "性质"): WEIGHTS,
    ("日报", "类型"): REPORT_KINDS,
}


PROGRESS_ROWS = 500  # rows between two progress reports of a long sheet


def write_ledger(book: LedgerBook, path: Path, *, progress: ProgressFn | None = None) -> Path:
    """Write the five sheets of ``book`` to ``path`` (whole or not at all: a temporary file
    renamed at the end); ``progress`` counts the rows and may cancel until the rename."""
    p = as_progress(progress)
    wb = Workbook(write_only=True)
    try:
        total = _write_sheets(wb, book, p)
    except BaseException:
        _discard(wb)
        raise
    p(total - 1, total, msg("保存文件"))
    with atomic_path(path, p) as tmp:
        wb.save(tmp)
    p(total, total, msg("已保存"))
    return path


def _discard(wb: Workbook) -> None:
    """Close the streams of a write-only workbook that will not be saved (a cancel)."""
    for ws in wb.worksheets:
        try:
            if not ws.closed:
                ws.close()
            writer = getattr(ws, "_writer", None)
            if writer is not None:
                writer.cleanup()  # its temporary file, else removed only at exit
        except Exception:  # noqa: BLE001 - best effort: the workbook is thrown away
            pass


def _write_sheets(wb: Workbook, book: LedgerBook, p: Progress) -> int:
    """The sheets' rows appended (reported every few hundred); returns the progress total."""
    total = sum(len(book.sheets.get(name, [])) for name in SHEETS) + 1  # + saving
    written = 0
    for name, columns in SHEETS.items():
        ws = wb.create_sheet(name)
        rows = book.sheets.get(name, [])
        p(written, total, msg("写出“{name}”表", name=name))
        widths = [max(display_width(c.header) + 2, 8) for c in columns]
        for row in rows[:SAMPLE_ROWS]:
            for i, value in enumerate(row):
                if isinstance(value, str):
                    widths[i] = max(widths[i], min(display_width(value) + 2, 60))
        for i, c in enumerate(columns):
            if c.name in TIME_COLUMNS:
                widths[i] = 17
            elif c.name in DATE_COLUMNS:
                widths[i] = max(widths[i], 12)
            if c.name in WIDE:
                widths[i] = min(widths[i], WIDE[c.name])
            ws.column_dimensions[get_column_letter(i + 1)].width = widths[i]
        ws.freeze_panes = "A2"
        ws.append([_header_cell(ws, c.header, c.required) for c in columns])
        time_cols = [i for i, c in enumerate(columns) if c.name in TIME_COLUMNS]
        date_cols = [i for i, c in enumerate(columns) if c.name in DATE_COLUMNS]
        if not time_cols and not date_cols:
            for n, row in enumerate(rows, start=1):
                ws.append(text_row(ws, row))  # a typed "=…" stays text
                if n % PROGRESS_ROWS == 0:
                    p(written + n, total, msg("写出“{name}”表", name=name))
            written += len(rows)
            continue
        for n, row in enumerate(rows, start=1):
            if n % PROGRESS_ROWS == 0:
                p(written + n, total, msg("写出“{name}”表", name=name))
            out = list(row)
            # Only the date cells need a cell object (for their format); the rest stay values.
            for i in time_cols:
                if out[i] is not None:
                    cell = WriteOnlyCell(ws, out[i])
                    cell.number_format = TIME_FORMAT
                    out[i] = cell
            for i in date_cols:
                if out[i] is not None:
                    cell = WriteOnlyCell(ws, out[i])
                    cell.number_format = DATE_FORMAT
                    out[i] = cell
            ws.append(text_row(ws, out))
        written += len(rows)
    return total


def write_template(path: Path) -> Path:
    """A blank ledger: the five sheets with their headers and drop-down lists for the choices."""
    wb = Workbook()
    first = True
    for name, columns in SHEETS.items():
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        first = False
        ws.title = name
        for i, c in enumerate(columns, start=1):
            cell = ws.cell(1, i, c.header)
            cell.font = REQUIRED_FONT if c.required else HEADER_FONT
            cell.fill = HEADER_FILL
            width = 17 if c.name in TIME_COLUMNS else max(display_width(c.header) + 4, 10)
            ws.column_dimensions[get_column_letter(i)].width = WIDE.get(c.name, width)
            options = CHOICES.get((name, c.name))
            if options:
                dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"',
                                    allow_blank=not c.required)
                dv.error = f"请从列表中选择：{' / '.join(options)}"
                dv.errorTitle = c.name
                ws.add_data_validation(dv)
                dv.add(f"{get_column_letter(i)}2:{get_column_letter(i)}5000")
            if c.name in TIME_COLUMNS or c.name in DATE_COLUMNS:
                fmt = TIME_FORMAT if c.name in TIME_COLUMNS else DATE_FORMAT
                for r in range(2, 502):
                    ws.cell(r, i).number_format = fmt
        ws.freeze_panes = "A2"
    notes = wb.create_sheet("填表说明")
    notes.column_dimensions["A"].width = 100
    for r, line in enumerate((
        "带 * 的列必填（红色表头）。时间写成 YYYY-MM-DD HH:MM（北京时间），或使用 Excel 日期单元格。",
        "类别填系统中设置的类别名称；报告单位、所属单位须是“单位”表或系统中已有的单位。",
        "值班表的姓名须是“人员”表或系统中已有的人员。",
        "导入时先检查每一行，有任何问题都会列出工作表、行、列和原因，并且不导入任何数据。",
        "本说明表导入时忽略。",
    ), start=1):
        notes.cell(r, 1, line)
    with atomic_path(path) as tmp:  # whole or not at all
        wb.save(tmp)
    return path


NOTES_SHEET = "填表说明"


def read_ledger(path: Path, *, progress: ProgressFn | None = None) -> dict[str, ReadSheet]:
    """Every sheet of a ledger file (except the template's notes) as header and raw rows.

    Blank rows are skipped; row numbers are those Excel shows. Raises ``Refused`` when the
    file is not a workbook. ``progress`` counts the rows read (reading only: a cancel is
    always safe).
    """
    p = as_progress(progress)
    p(0, 0, msg("读取表格"))
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise Refused("找不到文件：{path}", path=path) from exc
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise Refused("{path} 不是可读的 Excel 工作簿（.xlsx）：{exc}", path=path, exc=exc) from exc
    out: dict[str, ReadSheet] = {}
    try:
        sheets = [ws for ws in wb.worksheets if ws.title != NOTES_SHEET]
        # The dimensions a file declares (None when it declares none): a measure, not a limit.
        total = sum(ws.max_row or 0 for ws in sheets) if all(ws.max_row for ws in sheets) else 0
        before = 0
        for ws in sheets:
            header: tuple = ()
            rows: list[tuple[int, tuple]] = []
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                if number % PROGRESS_ROWS == 0:
                    p(min(before + number, total), total, msg("读取“{title}”表", title=ws.title))
                if number == 1:
                    header = tuple(values)
                    continue
                if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                    continue
                rows.append((number, tuple(_plain(v) for v in values)))
            out[ws.title] = ReadSheet(header, rows)
            before += ws.max_row or 0
    finally:
        wb.close()
    return out


def _plain(value: object) -> object:
    if isinstance(value, datetime | date | str | int | float) or value is None:
        return value
    return str(value)


def _header_cell(ws, text: str, required: bool) -> WriteOnlyCell:  # noqa: ANN001
    cell = WriteOnlyCell(ws, text)
    cell.font = REQUIRED_FONT if required else HEADER_FONT
    cell.fill = HEADER_FILL
    return cell
