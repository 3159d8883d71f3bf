"""The county's daily summary workbook (信访稳定信息日报汇总表).

One sheet per day: a title with the town and the date, the totals, the table of every unit,
the day's incidents with whether each deadline was met, and the sign-off block. It prints as
it is: A4 landscape fitted to one page wide, the unit table's header repeated on every page,
page numbers in the footer, the header frozen on screen. A range of days adds a totals sheet
in front. Takes plain data (``services.daily_summary``), never a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from xianghua_console.domain.enums import DailyReportKind, DailyState
from xianghua_console.domain.messages import msg
from xianghua_console.exports import xlsx_style as st
from xianghua_console.services.daily_summary import (
    CheckState,
    DailySummary,
    DailyTotals,
    SummaryIncident,
)
from xianghua_console.services.progress import ProgressFn, as_progress, atomic_path
from xianghua_console.services.roster import PersonOnDuty

NCOLS = 11  # the grid both tables share, so that one set of widths serves the page
CONTENT_FIRST = 9  # the unit table's content spans columns I:K
MIN_CONTENT_WIDTH = 56

UNIT_HEADER = ("序号", "单位名称", "类型", "信息员", "联系电话", "报送时间", "报送情况", "接报人",
               "内容")
INCIDENT_HEADER = ("编号", "发生时间", "接报时间", "报告单位", "类别", "分指挥部", "性质", "状态",
                   "报告信访办", "报告镇领导", "专题报告")
TOTALS_HEADER = ("应报单位", "按时报送", "零报告", "有情况", "迟报", "缺报", "未报", "当日事件")
RANGE_HEADER = ("日期", "星期", "应报单位", "按时报送", "零报告", "有情况", "迟报", "缺报", "未报",
                "当日事件", "关账")

STATE_FILL = {
    DailyState.ZERO: st.FILLS["zero"],
    DailyState.SITUATION: st.FILLS["situation"],
    DailyState.LATE: st.FILLS["late"],
    DailyState.MISSING: st.FILLS["missing"],
    DailyState.PENDING: st.FILLS["pending"],
}
CHECK_FILL = {CheckState.LATE: st.FILLS["bad"], CheckState.OVERDUE: st.FILLS["bad"]}


def title_of(summary: DailySummary) -> str:
    return f"{summary.town}信访稳定信息日报汇总表"


def state_text(state: DailyState, kind: DailyReportKind | None) -> str:
    """报送情况: 平安 / 有情况 / 迟报（平安） / 缺报 / 未报."""
    if state is DailyState.LATE and kind is not None:
        return f"迟报（{'平安' if kind is DailyReportKind.ZERO else '有情况'}）"
    return state.label


def write_daily_workbook(
    summaries: Sequence[DailySummary], path: Path, *, progress: ProgressFn | None = None
) -> Path:
    """Write the summary of one day, or of several (one sheet each plus a totals sheet).

    The file appears whole or not at all (a temporary file renamed at the end); ``progress``
    hears of each sheet and may cancel until the rename.
    """
    if not summaries:
        raise ValueError("no day to export")
    p = as_progress(progress)
    steps = len(summaries) + 1  # a sheet per day, then saving
    wb = Workbook()
    first = wb.active
    assert first is not None
    if len(summaries) > 1:
        _range_sheet(first, summaries)
        for done, summary in enumerate(summaries):
            p(done, steps, msg("写出 {day} 的表", day=summary.day.isoformat()))
            _day_sheet(wb.create_sheet(), summary)
    else:
        p(0, steps, msg("写出工作表"))
        _day_sheet(first, summaries[0])
    head = summaries[0]
    wb.properties.title = title_of(head)
    wb.properties.creator = head.office
    wb.properties.subject = (
        head.day.isoformat()
        if len(summaries) == 1
        else f"{head.day.isoformat()}—{summaries[-1].day.isoformat()}"
    )
    p(steps - 1, steps, msg("保存文件"))
    with atomic_path(path, p) as tmp:
        st.no_formulas(wb).save(tmp)  # typed text stays text
    p(steps, steps, msg("已保存"))
    return path


# ---------------------------------------------------------------- one day


def _unit_cells(index: int, row, day) -> tuple:  # noqa: ANN001
    return (
        index,
        row.unit,
        row.kind.label,
        row.info_officer,
        row.phone,
        st.local_hm(row.received_at, day=day),
        state_text(row.state, row.report_kind),
        row.taken_by,
        row.content,
    )


def _incident_cells(inc: SummaryIncident, day) -> tuple:  # noqa: ANN001
    return (
        inc.number,
        st.local_hm(inc.occurred_at, day=day),
        st.local_hm(inc.received_at, day=day),
        inc.unit,
        inc.category or "（未分类）",
        inc.subcommand or "—",
        inc.weight.label,
        inc.status.label,
        inc.report.text,
        inc.escalate.text,
        inc.special_report.text,
    )


def _people(people: Sequence[PersonOnDuty]) -> str:
    if not people:
        return "（未排班）"
    return "、".join(f"{p.name}（{p.phone}）" if p.phone else p.name for p in people)


def _day_sheet(ws: Worksheet, s: DailySummary) -> None:
    ws.title = s.day.isoformat()
    unit_rows = [_unit_cells(i, r, s.day) for i, r in enumerate(s.rows, start=1)]
    incident_rows = [_incident_cells(inc, s.day) for inc in s.incidents]
    totals = _totals_values(s.totals)

    # Widths: every cell of the shared grid except the content that spans I:K.
    measured = [TOTALS_HEADER, totals, UNIT_HEADER[:-1], INCIDENT_HEADER, *incident_rows]
    measured += [r[:-1] for r in unit_rows]
    widths = st.fit_widths(measured, minimum=6, maximum=24)
    widths += [6.0] * (NCOLS - len(widths))
    content = sum(widths[CONTENT_FIRST - 1 :])
    if content < MIN_CONTENT_WIDTH:
        extra = (MIN_CONTENT_WIDTH - content) / (NCOLS - CONTENT_FIRST + 1)
        for i in range(CONTENT_FIRST - 1, NCOLS):
            widths[i] += extra
        content = MIN_CONTENT_WIDTH
    st.set_widths(ws, widths)

    # 1–2: title and the day's line
    _merged(ws, 1, s.town + "信访稳定信息日报汇总表", st.TITLE, st.TITLE_ALIGN, height=30)
    if s.closed and s.closed_at is not None:
        status = f"已关账（{st.local_stamp(s.closed_at)}，{s.closed_by}）"
    else:
        status = f"未关账，截至 {st.local_stamp(s.compiled_at)}"
    _merged(
        ws,
        2,
        f"日期：{st.long_date(s.day)}　　报送截止：{st.local_hm(s.cutoff, day=s.day)}　　日报状态：{status}"
        + ("" if s.with_personal else "　　（信息员姓名和电话未列出）"),
        st.SUBTITLE,
        st.TITLE_ALIGN,
        height=20,
    )
    # 3–4: totals
    for col, (label, value) in enumerate(zip(TOTALS_HEADER, totals, strict=True), start=1):
        _cell(ws, 3, col, label, st.HEADER, st.CENTER, st.TOTAL_FILL)
        font = st.RED if label in ("缺报", "未报", "迟报") and value else st.BOLD
        _cell(ws, 4, col, value, font, st.CENTER)
    # 5: the unit table's header, repeated on every printed page and frozen on screen
    header_row = 5
    for col, label in enumerate(UNIT_HEADER, start=1):
        _cell(ws, header_row, col, label, st.HEADER, st.CENTER, st.HEADER_FILL)
    ws.merge_cells(start_row=header_row, start_column=CONTENT_FIRST, end_row=header_row,
                   end_column=NCOLS)
    _border_span(ws, header_row, CONTENT_FIRST, NCOLS)
    ws.row_dimensions[header_row].height = 20

    r = header_row + 1
    for board_row, cells in zip(s.rows, unit_rows, strict=True):
        for col, value in enumerate(cells, start=1):
            align = st.LEFT if col in (2, CONTENT_FIRST) else st.CENTER
            _cell(ws, r, col, value, st.BODY, align)
        ws.cell(r, 7).fill = STATE_FILL[board_row.state]
        ws.merge_cells(start_row=r, start_column=CONTENT_FIRST, end_row=r, end_column=NCOLS)
        _border_span(ws, r, CONTENT_FIRST, NCOLS)
        lines = st.lines_needed(board_row.content, content) if board_row.content else 1
        ws.row_dimensions[r].height = st.row_height(lines)
        r += 1

    # the day's incidents
    r += 1
    _merged(
        ws,
        r,
        f"当日接报事件 {len(s.incidents)} 起（时限执行情况截至 {st.local_stamp(s.compiled_at)}；"
        "报告信访办、报告镇领导各 15 分钟，专题报告自应急结束起 7 天）",
        st.BOLD,
        st.LEFT,
        height=20,
    )
    r += 1
    for col, label in enumerate(INCIDENT_HEADER, start=1):
        _cell(ws, r, col, label, st.HEADER, st.CENTER, st.HEADER_FILL)
    ws.row_dimensions[r].height = 20
    r += 1
    if not s.incidents:
        _cell(ws, r, 1, "当日无接报事件", st.BODY, st.CENTER)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOLS)
        _border_span(ws, r, 1, NCOLS)
        r += 1
    for inc, cells in zip(s.incidents, incident_rows, strict=True):
        for col, value in enumerate(cells, start=1):
            _cell(ws, r, col, value, st.BODY, st.LEFT if col in (4, 5) else st.CENTER)
        for col, check in ((9, inc.report), (10, inc.escalate), (11, inc.special_report)):
            fill = CHECK_FILL.get(check.state)
            if fill is not None:
                ws.cell(r, col).fill = fill
        ws.row_dimensions[r].height = st.row_height(1)
        r += 1

    # sign-off
    r += 1
    _merged(ws, r, f"带班领导：{_people(s.leaders)}", st.BODY, st.LEFT, end=6, height=20)
    _merged(ws, r, f"值班人员：{_people(s.duty_staff)}", st.BODY, st.LEFT, start=7, height=20)
    r += 1
    _merged(ws, r, f"填报人：{s.compiled_by}", st.BODY, st.LEFT, end=6, height=20)
    _merged(ws, r, f"填报时间：{st.local_stamp(s.compiled_at)}", st.BODY, st.LEFT, start=7,
            height=20)

    st.setup_print(
        ws,
        landscape=True,
        title_rows=f"{header_row}:{header_row}",
        freeze=f"A{header_row + 1}",
        footer_left=f"{s.office}　{s.day.isoformat()}",
    )


def _totals_values(t: DailyTotals) -> tuple[int, ...]:
    return (t.expected, t.on_time, t.zero, t.situation, t.late, t.missing, t.pending, t.incidents)


# ---------------------------------------------------------------- a range of days


def _range_sheet(ws: Worksheet, summaries: Sequence[DailySummary]) -> None:
    ws.title = "汇总"
    first, last = summaries[0], summaries[-1]
    rows = []
    for s in summaries:
        t = s.totals
        rows.append(
            (s.day.isoformat(), "星期" + st.WEEKDAYS[s.day.weekday()], t.expected, t.on_time,
             t.zero, t.situation, t.late, t.missing, t.pending, t.incidents,
             "是" if s.closed else "否")
        )
    sums = tuple(sum(r[i] for r in rows) for i in range(2, 10))
    total_row = ("合计", f"{len(rows)}天", *sums, f"{sum(1 for s in summaries if s.closed)}天")
    widths = st.fit_widths([RANGE_HEADER, *rows, total_row], minimum=7, maximum=20)
    st.set_widths(ws, widths)
    ncols = len(RANGE_HEADER)
    _merged(ws, 1, f"{first.town}信访稳定信息日报汇总表（汇总）", st.TITLE, st.TITLE_ALIGN,
            end=ncols, height=30)
    _merged(
        ws,
        2,
        f"{st.long_date(first.day)}至{st.long_date(last.day)}，共 {len(rows)} 天　　"
        f"截至 {st.local_stamp(first.compiled_at)}",
        st.SUBTITLE,
        st.TITLE_ALIGN,
        end=ncols,
        height=20,
    )
    for col, label in enumerate(RANGE_HEADER, start=1):
        _cell(ws, 3, col, label, st.HEADER, st.CENTER, st.HEADER_FILL)
    r = 4
    for values in rows:
        for col, value in enumerate(values, start=1):
            _cell(ws, r, col, value, st.BODY, st.CENTER)
        r += 1
    for col, value in enumerate(total_row, start=1):
        _cell(ws, r, col, value, st.BOLD, st.CENTER, st.TOTAL_FILL)
    r += 2
    _merged(ws, r, f"填报人：{first.compiled_by}　　填报时间：{st.local_stamp(first.compiled_at)}",
            st.BODY, st.LEFT, end=ncols)
    st.setup_print(ws, landscape=False, title_rows="3:3", freeze="A4",
                   footer_left=first.office)


# ---------------------------------------------------------------- cells


def _cell(ws: Worksheet, row: int, col: int, value, font, align, fill=None) -> None:  # noqa: ANN001
    c = ws.cell(row, col, value)
    c.font = font
    c.alignment = align
    c.border = st.BORDER
    if fill is not None:
        c.fill = fill


def _border_span(ws: Worksheet, row: int, first: int, last: int) -> None:
    """Merged cells print only the borders of their own cells: draw each one."""
    for col in range(first, last + 1):
        ws.cell(row, col).border = st.BORDER


def _merged(
    ws: Worksheet,
    row: int,
    text: str,
    font,  # noqa: ANN001
    align,  # noqa: ANN001
    *,
    start: int = 1,
    end: int = NCOLS,
    height: float | None = None,
) -> None:
    c = ws.cell(row, start, text)
    c.font = font
    c.alignment = align
    if end > start:
        ws.merge_cells(start_row=row, start_column=start, end_row=row, end_column=end)
    if height is not None:
        ws.row_dimensions[row].height = height
