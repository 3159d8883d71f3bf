"""The audit log's filtered entries as an Excel workbook (审计日志.xlsx).

The log can be long: the workbook is written in openpyxl's write-only mode (rows go to disk as
they come, nothing is kept) from :func:`services.audit.iter_audit`, which reads the database a
batch at a time. The file is written under a temporary name beside the target and renamed at the
end, so a failed export leaves no half-written workbook. Each entry has its changes in words and
its stored before/after as JSON, so nothing of the record is lost in the export.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.permissions import Action
from xianghua_console.exports.xlsx_style import BODY_FONT, BODY_SIZE, TITLE_FONT
from xianghua_console.services.audit import (
    AuditFilter,
    AuditRow,
    as_json,
    count_audit,
    iter_audit,
)
from xianghua_console.services.context import Ctx, require

SHEET = "审计日志"
COLUMNS = (  # header, width
    ("序号", 8), ("时间", 20), ("操作人", 14), ("操作", 18), ("对象", 12), ("对象编号", 12),
    ("改动", 60), ("操作代码", 18), ("改动前（原始）", 40), ("改动后（原始）", 40),
)  # fmt: skip
HEADER_ROW = 3  # a title, the filter, then the header
ROWS_PER_SHEET = 1_000_000  # Excel holds 1,048,576 rows; a longer log goes on to a next sheet
CELL_LIMIT = 32_767  # characters an Excel cell holds

_TITLE = Font(name=TITLE_FONT, size=14, bold=True)
_BODY = Font(name=BODY_FONT, size=BODY_SIZE)
_HEADER = Font(name=TITLE_FONT, size=BODY_SIZE, bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_CHANGED = Font(name=BODY_FONT, size=BODY_SIZE, color="9C0006")
_WRAP = Alignment(vertical="top", wrap_text=True)

Progress = Callable[[int, int, str], object]


def changes_text(row: AuditRow) -> str:
    """The entry's fields in words, one a line; a changed field shows ``before → after``."""
    lines = []
    for c in row.changes():
        if not c.changed:
            lines.append(f"{c.label}：{c.after}")
        elif c.before in ("", "—"):
            lines.append(f"{c.label}：{c.after}")
        else:
            lines.append(f"{c.label}：{c.before} → {c.after or '（删除）'}")
    return "\n".join(lines)


def export_audit(
    ctx: Ctx, *, path: Path, flt: AuditFilter | None = None, progress: Progress | None = None,
) -> int:
    """Write the entries matching ``flt`` (newest first) to ``path``; returns how many."""
    require(ctx, Action.VIEW_AUDIT)
    flt = flt or AuditFilter()
    path = Path(path)
    total = count_audit(ctx, flt)
    wb = Workbook(write_only=True)
    sheet = _new_sheet(wb, 1, ctx, flt, total)
    n = on_sheet = 0
    for row in iter_audit(ctx, flt):
        if on_sheet == ROWS_PER_SHEET:
            sheet = _new_sheet(wb, len(wb.worksheets) + 1, ctx, flt, total)
            on_sheet = 0
        sheet.append(_cells(sheet, row))
        n += 1
        on_sheet += 1
        if progress is not None and n % 500 == 0:
            progress(n, total, SHEET)
    if progress is not None:
        progress(n, total, SHEET)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".xlsx.tmp")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return n


def _new_sheet(wb: Workbook, number: int, ctx: Ctx, flt: AuditFilter, total: int):  # noqa: ANN202
    ws = wb.create_sheet(SHEET if number == 1 else f"{SHEET}（{number}）")
    for i, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    title = WriteOnlyCell(ws, value="审计日志")
    title.font = _TITLE
    ws.append([title])
    made = f"{to_local(ctx.clock.now()):%Y-%m-%d %H:%M} 由 {ctx.actor} 导出"
    ws.append([_text(ws, f"{flt.describe()}　共 {total} 条，新的在前　{made}")])
    header = []
    for name, _ in COLUMNS:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill = _HEADER, _HEADER_FILL
        header.append(cell)
    ws.append(header)
    return ws


def _cells(ws, row: AuditRow) -> list:  # noqa: ANN001
    changes = _text(ws, changes_text(row))
    if any(c.changed and c.before not in ("", "—") for c in row.changes()):
        changes.font = _CHANGED  # an existing value was changed: in red, as on screen
    return [
        row.id,
        _text(ws, f"{to_local(row.at):%Y-%m-%d %H:%M:%S}"),
        _text(ws, row.actor),
        _text(ws, row.action_label),
        _text(ws, row.entity_label),
        _text(ws, row.entity_id),
        changes,
        _text(ws, row.action),
        _text(ws, "" if row.before is None else as_json(row.before)),
        _text(ws, "" if row.after is None else as_json(row.after)),
    ]


def _text(ws, value: str) -> WriteOnlyCell:  # noqa: ANN001
    """A text cell: never a formula (a typed "=…" stays text), cut to what a cell holds."""
    if len(value) > CELL_LIMIT:
        value = value[: CELL_LIMIT - 10] + "……（已截断）"
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    cell.font = _BODY
    cell.alignment = _WRAP
    return cell
