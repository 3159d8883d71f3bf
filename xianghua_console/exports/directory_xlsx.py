"""Excel files of the directories: reading the units or staff sheet to import, a blank template.

The sheets have the columns of the ledger's sheets of the same names (单位, 人员), so a ledger
file imports as well. Reading hands the service raw cells with Excel's row numbers; the
checking is the service's (``services.directories.import_units`` / ``import_staff``).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from xianghua_console.domain.text import display_width
from xianghua_console.exports.ledger_xlsx import read_ledger
from xianghua_console.exports.xlsx_style import BODY_FONT
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.directories import (
    STAFF_COLUMNS,
    STAFF_SHEET,
    UNIT_COLUMNS,
    UNIT_SHEET,
    ImportResult,
    import_staff,
    import_units,
)
from xianghua_console.services.ledger import ReadSheet
from xianghua_console.services.progress import ProgressFn, as_progress, atomic_path

COLUMNS = {UNIT_SHEET: UNIT_COLUMNS, STAFF_SHEET: STAFF_COLUMNS}
WIDTHS = {"单位名称": 22, "所属单位": 22, "联系电话": 16}


def read_directory_sheet(
    path: Path, sheet: str, *, progress: ProgressFn | None = None
) -> tuple[str, ReadSheet]:
    """The sheet named ``sheet`` (单位 or 人员) of ``path``; a one-sheet file's only sheet.

    Returns the sheet's name as the file has it (problems name it) and its rows.
    """
    sheets = read_ledger(Path(path), progress=progress)
    if sheet in sheets:
        return sheet, sheets[sheet]
    if len(sheets) == 1:
        name, only = next(iter(sheets.items()))
        return name, only
    names = "、".join(sheets) or "（无）"
    raise Refused("{path} 中没有名为“{sheet}”的工作表（现有：{names}）。", path=path, sheet=sheet, names=names)


def write_directory_template(path: Path, sheet: str) -> Path:
    """A blank sheet (单位 or 人员): its header (required columns in red), the kind drop-down.

    No example row: a template imported unchanged must not add an invented unit.
    """
    columns = COLUMNS[sheet]
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    header = [name + ("*" if required else "") for name, required in columns.items()]
    ws.append(header)
    for i, (name, required) in enumerate(columns.items(), start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(name=BODY_FONT, bold=True, color="C00000" if required else None)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        width = max(display_width(header[i - 1]) + 4, WIDTHS.get(name, 12))
        ws.column_dimensions[get_column_letter(i)].width = width
        if name == "联系电话":
            for row in range(2, 1001):
                ws.cell(row=row, column=i).number_format = "@"  # keep leading zeros
    if sheet == UNIT_SHEET:
        kinds = DataValidation(type="list", formula1='"村,镇直单位"', allow_blank=False)
        ws.add_data_validation(kinds)
        kinds.add("B2:B1000")
    ws.freeze_panes = "A2"
    path = Path(path)
    with atomic_path(path) as tmp:  # whole or not at all
        wb.save(tmp)
    return path


def import_directory_file(
    ctx: Ctx, *, path: Path, sheet: str, progress: ProgressFn | None = None
) -> ImportResult:
    """Read the units (单位) or staff (人员) sheet of ``path`` and import it, all or none.

    Raises ``ImportRejected`` with every bad cell (sheet, row, column, reason). ``progress``
    hears of the reading and the checking, and may cancel until the commit (then nothing is
    imported).
    """
    p = as_progress(progress)
    name, rows = read_directory_sheet(path, sheet, progress=p.part(0.0, 0.4))
    if sheet == UNIT_SHEET:
        return import_units(ctx, sheet=rows, sheet_name=name, progress=p.part(0.4, 1.0))
    return import_staff(ctx, sheet=rows, sheet_name=name, progress=p.part(0.4, 1.0))
