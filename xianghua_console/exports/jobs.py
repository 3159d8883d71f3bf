"""Exports as one job each: read the data, write the file, with progress and cancel.

The GUI runs these on the door's worker with a progress dialog, the command line with a
progress line on a terminal: the same code, the same files. Reading is always safe to stop;
writing goes to a temporary file renamed at the end (``services.progress.atomic_path``), so
a cancelled or failed export leaves no file, and an existing file of that name unchanged.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from xianghua_console.domain.messages import msg
from xianghua_console.services.context import Ctx
from xianghua_console.services.daily_summary import DailySummary, daily_summaries
from xianghua_console.services.ledger import LedgerBook, ledger_book
from xianghua_console.services.progress import ProgressFn, as_progress
from xianghua_console.services.weekly import WeeklyReport, weekly_report


def export_daily(
    ctx: Ctx,
    *,
    first: date,
    last: date,
    path: Path,
    with_personal: bool = False,
    progress: ProgressFn | None = None,
) -> list[DailySummary]:
    """The county's daily workbook of ``first``..``last`` written to ``path``; the summaries."""
    from xianghua_console.exports.daily_xlsx import write_daily_workbook

    p = as_progress(progress)
    summaries = daily_summaries(ctx, first=first, last=last, with_personal=with_personal,
                                progress=p.part(0.0, 0.7))
    write_daily_workbook(summaries, Path(path), progress=p.part(0.7, 1.0))
    return summaries


def export_weekly_xlsx(
    ctx: Ctx, *, week_start: date, path: Path, progress: ProgressFn | None = None
) -> WeeklyReport:
    """The weekly report of the week of ``week_start`` as a workbook at ``path``; the report."""
    from xianghua_console.exports.weekly_xlsx import write_weekly_workbook

    p = as_progress(progress)
    report = weekly_report(ctx, week_start=week_start, progress=p.part(0.0, 0.7))
    write_weekly_workbook(report, Path(path), progress=p.part(0.7, 1.0))
    return report


def export_ledger(
    ctx: Ctx,
    *,
    path: Path,
    first: date | None = None,
    last: date | None = None,
    progress: ProgressFn | None = None,
) -> LedgerBook:
    """The ledger (all records, or those of ``first``..``last``) written to ``path``; the book."""
    from xianghua_console.exports.ledger_xlsx import write_ledger

    p = as_progress(progress)
    p(0, 0, msg("读取台账记录"))
    book = ledger_book(ctx, first=first, last=last)
    write_ledger(book, Path(path), progress=p.part(0.3, 1.0))
    return book
