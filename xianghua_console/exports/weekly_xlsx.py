"""The weekly report (周报) as a workbook: one sheet per part, charts on the first.

Takes ``services.weekly.WeeklyReport`` (plain data). Every sheet prints on A4 fitted to the
page width with its header row repeated and page numbers in the footer.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.messages import msg
from xianghua_console.exports import xlsx_style as st
from xianghua_console.exports.weekly_html import title_of
from xianghua_console.services.daily_summary import CheckState
from xianghua_console.services.progress import ProgressFn, as_progress, atomic_path
from xianghua_console.services.weekly import Count, WeeklyReport


def write_weekly_workbook(
    report: WeeklyReport, path: Path, *, progress: ProgressFn | None = None
) -> Path:
    """Write the weekly report to ``path`` (sheets 概况, 事件, 日报, 研判会, 通知, 未结事项),
    whole or not at all; ``progress`` hears of each sheet and may cancel until the end."""
    r = report
    p = as_progress(progress)
    steps = 7  # six sheets, then saving
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    p(0, steps, msg("写出“概况”表"))
    _overview(ws, r)
    p(1, steps, msg("写出“事件”表"))

    _table_sheet(
        wb.create_sheet("事件"), r, "本周事件",
        ("编号", "发生时间", "接报时间", "报告单位", "类别", "分指挥部", "性质", "状态",
         "报告信访办", "报告镇领导", "专题报告", "概要"),
        [(i.number, _md_hm(i.occurred_at), _md_hm(i.received_at), i.unit,
          i.category or "（未分类）", i.subcommand or "—", i.weight.label, i.status.label,
          i.report.text, i.escalate.text, i.special_report.text, i.summary)
         for i in r.incidents],
        bad=[{8: i.report.state, 9: i.escalate.state, 10: i.special_report.state}
             for i in r.incidents],
        wide=(11,),
    )
    p(2, steps, msg("写出“日报”表"))
    total = r.compliance_total
    compliance = [(c.unit, c.kind_label, c.expected_days, c.on_time, c.late, c.missing,
                   c.pending, c.zero, c.situation, _ratio(c.on_time, c.expected_days))
                  for c in (*r.compliance, total)]
    _table_sheet(
        wb.create_sheet("日报"), r, "日报报送情况（按时率 = 按时 / 应报天数）",
        ("单位", "类型", "应报天数", "按时", "迟报", "缺报", "未报", "零报告", "有情况", "按时率"),
        compliance, percent_col=9, total_last=True,
    )
    p(3, steps, msg("写出“研判会”表"))
    m = r.meetings
    meetings = []
    for row in m.rows:
        if not row.meetings:
            meetings.append((row.unit, "未开", "", "", "", row.info_officer, row.phone))
        for mt in row.meetings:
            meetings.append((row.unit, "已开", mt.held_on.isoformat(), mt.attendance,
                             mt.problems + "\n措施：" + mt.measures, row.info_officer, row.phone))
    _table_sheet(
        wb.create_sheet("研判会"), r,
        f"分析研判会（应开 {len(m.rows)} 个单位，未开 {len(m.not_held)} 个）",
        ("单位", "情况", "召开日期", "参会人数", "排查出的问题及措施", "信息员", "联系电话"),
        meetings, wide=(4,),
    )
    p(4, steps, msg("写出“通知”表"))
    _table_sheet(
        wb.create_sheet("通知"), r, "预警通知及回执",
        ("文号", "发布单位", "标题", "发布时间", "回执截止", "应回执", "已回执", "按时回执",
         "未回执单位"),
        [(n.number, n.issuer, n.title, _md_hm(n.issued_at),
          _md_hm(n.receipt_due_at) if n.receipt_due_at else "—", n.targets, n.confirmed,
          n.confirmed_on_time, "、".join(n.pending_units) or "—") for n in r.notices],
        wide=(2, 8),
    )
    p(5, steps, msg("写出“未结事项”表"))
    _table_sheet(
        wb.create_sheet("未结事项"), r, "未结事项",
        ("编号", "报告单位", "类别", "状态", "下一时限", "是否超时"),
        [(o.number, o.unit, o.category or "（未分类）", o.status.label, o.next_deadline,
          "已超时" if o.overdue else "") for o in r.open_items],
    )
    wb.properties.title = title_of(r)
    wb.properties.creator = r.office
    p(steps - 1, steps, msg("保存文件"))
    with atomic_path(path, p) as tmp:
        st.no_formulas(wb).save(tmp)  # typed text stays text
    p(steps, steps, msg("已保存"))
    return path


def _overview(ws: Worksheet, r: WeeklyReport) -> None:
    ws.title = "概况"
    year, week, _ = r.week_start.isocalendar()
    ws["A1"] = f"{r.town}信访稳定工作周报"
    ws["A1"].font = st.TITLE
    ws["A2"] = (f"{year}年第{week}周（{st.short_date(r.week_start)}至{st.short_date(r.week_end)}）"
                f"　编制：{r.compiled_by}　截至 {st.local_stamp(r.compiled_at)}")
    ws["A2"].font = st.SUBTITLE
    ws.merge_cells("A1:F1")
    ws.merge_cells("A2:F2")
    ws.row_dimensions[1].height = 28
    row = 4
    row = _block(ws, row, "时效", ("项目", "按时", "应计", "按时率", "统计口径"),
                 [(s.label, s.met, s.counted, _ratio(s.met, s.counted), s.note)
                  for s in r.timeliness], percent_col=3)
    day_first = row + 1
    row = _block(ws, row, "每日接报事件数", ("日期", "起数"), _counts(r.per_day))
    cat_first = row + 1
    row = _block(ws, row, "按类别", ("类别", "起数"), _counts(r.by_category))
    row = _block(ws, row, "按分指挥部", ("分指挥部", "起数"), _counts(r.by_subcommand))
    row = _block(ws, row, "按性质", ("性质", "起数"), _counts(r.by_weight))
    st.set_widths(ws, (30, 8, 8, 9, 34, 4))
    _chart(ws, "每日接报事件数", day_first, len(r.per_day), "H4")
    _chart(ws, "各类别事件数", cat_first, len(r.by_category), "H22")
    st.setup_print(ws, landscape=True, title_rows=None, freeze=None, footer_left=title_of(r))


def _counts(counts: Sequence[Count]) -> list[tuple[object, ...]]:
    return [(c.label, c.count) for c in counts]


def _block(ws: Worksheet, row: int, caption: str, header: Sequence[str],
           rows: Sequence[Sequence[object]], *, percent_col: int | None = None) -> int:
    """A captioned small table from ``row``; returns the row after it (and a blank one)."""
    ws.cell(row, 1, caption).font = st.BOLD
    row += 1
    for col, label in enumerate(header, start=1):
        c = ws.cell(row, col, label)
        c.font, c.alignment, c.border, c.fill = st.HEADER, st.CENTER, st.BORDER, st.HEADER_FILL
    for values in rows:
        row += 1
        for col, value in enumerate(values, start=1):
            c = ws.cell(row, col, value)
            c.font, c.border = st.BODY, st.BORDER
            c.alignment = st.LEFT if col == 1 or col == len(values) and col > 2 else st.CENTER
            if percent_col is not None and col == percent_col + 1:
                c.number_format = "0%"
    return row + 2


def _chart(ws: Worksheet, title: str, first_row: int, n: int, anchor: str) -> None:
    """A bar chart of a block's counts (``first_row`` is the block's header row)."""
    chart = BarChart()
    chart.type = "bar" if n > 7 else "col"
    chart.title = title
    chart.legend = None
    chart.height = 7.5
    chart.width = 15
    data = Reference(ws, min_col=2, min_row=first_row, max_row=first_row + n)
    cats = Reference(ws, min_col=1, min_row=first_row + 1, max_row=first_row + n)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    chart.y_axis.majorUnit = 1
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    ws.add_chart(chart, anchor)


def _table_sheet(
    ws: Worksheet,
    r: WeeklyReport,
    caption: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    bad: Sequence[dict[int, str]] | None = None,
    wide: Sequence[int] = (),
    percent_col: int | None = None,
    total_last: bool = False,
) -> None:
    ws.cell(1, 1, f"{r.town}信访稳定工作周报 {r.label}　{caption}").font = st.BOLD
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    for col, label in enumerate(header, start=1):
        c = ws.cell(2, col, label)
        c.font, c.alignment, c.border, c.fill = st.HEADER, st.CENTER, st.BORDER, st.HEADER_FILL
    widths = st.fit_widths([header, *rows], minimum=6, maximum=24)
    for i in wide:
        widths[i] = max(widths[i], 40)
    st.set_widths(ws, widths)
    for n, values in enumerate(rows):
        rr = n + 3
        lines = 1
        for col, value in enumerate(values, start=1):
            c = ws.cell(rr, col, value)
            c.font, c.border = st.BODY, st.BORDER
            c.alignment = st.LEFT if isinstance(value, str) and col - 1 in wide else st.CENTER
            if percent_col is not None and col == percent_col + 1:
                c.number_format = "0%"
            if total_last and n == len(rows) - 1:
                c.fill, c.font = st.TOTAL_FILL, st.BOLD
            if isinstance(value, str) and col - 1 in wide:
                lines = max(lines, st.lines_needed(value, widths[col - 1]))
        if bad is not None:
            for col, state in bad[n].items():
                if state in (CheckState.LATE, CheckState.OVERDUE):
                    ws.cell(rr, col + 1).fill = st.FILLS["bad"]
        ws.row_dimensions[rr].height = st.row_height(lines)
    if not rows:
        ws.cell(3, 1, "（无）").font = st.BODY
    st.setup_print(ws, landscape=len(header) > 7, title_rows="2:2", freeze="A3",
                   footer_left=title_of(r))


def _ratio(met: int, counted: int) -> float | str:
    return "—" if counted == 0 else met / counted


def _md_hm(when) -> str:  # noqa: ANN001
    return to_local(when).strftime("%m-%d %H:%M")
