"""The weekly report (周报) as a printable HTML document, for Qt's QTextDocument.

A pure function of ``services.weekly.WeeklyReport``: no Qt here (``gui.printing`` turns the
string into a PDF, the reports view into a print preview). QTextDocument understands a subset
of HTML 4 and CSS 2, so the layout uses table attributes (``border``, ``cellpadding``,
``bgcolor``, ``width``) rather than modern CSS, and the charts are bars drawn as table cells:
they stay real text and vector shapes in the PDF, not images.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape

from xianghua_console.domain.clock import to_local
from xianghua_console.exports.xlsx_style import local_stamp, short_date
from xianghua_console.services.daily_summary import CheckState, DeadlineCheck
from xianghua_console.services.weekly import Count, WeeklyReport

BAR_COLOUR = "#4472c4"
HEAD_BG = "#d9e1f2"
BAD_BG = "#f8cbad"
TOTAL_BG = "#f2f2f2"
CHAPTERS = "一二三四五六七八九十"

STYLE = """
body { font-size: 10pt; }
h1 { font-size: 18pt; font-weight: bold; text-align: center; margin-bottom: 4px; }
h2 { font-size: 12.5pt; font-weight: bold; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 2px; margin-bottom: 4px; }
p.sub { text-align: center; color: #333333; margin-bottom: 10px; }
p.note { font-size: 8.5pt; color: #555555; }
table.grid { border-collapse: collapse; }
th { font-weight: bold; }
td.num { text-align: right; }
"""


def title_of(report: WeeklyReport) -> str:
    return f"{report.town}信访稳定工作周报（{report.label}）"


def weekly_html(report: WeeklyReport) -> str:
    """The whole weekly report as one HTML string with inline CSS."""
    r = report
    year, week, _ = r.week_start.isocalendar()
    parts: list[str] = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{escape(title_of(r))}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(r.town)}信访稳定工作周报</h1>",
        f"<p class='sub'>{year}年第{week}周（{short_date(r.week_start)}至"
        f"{short_date(r.week_end)}）　{escape(r.office)}　"
        f"编制：{escape(r.compiled_by)}　截至 {local_stamp(r.compiled_at)}</p>",
    ]
    chapter = iter(CHAPTERS)

    def h2(text: str) -> None:
        parts.append(f"<h2>{next(chapter)}、{escape(text)}</h2>")

    h2("本周概况")
    parts.append(f"<p>{escape(_overview(r))}</p>")

    h2("事件分布")
    parts.append(
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='48%' valign='top'>{_counts_table('类别', r.by_category)}</td>"
        "<td width='4%'></td>"
        f"<td width='48%' valign='top'>{_counts_table('分指挥部', r.by_subcommand)}"
        f"<br>{_counts_table('性质', r.by_weight)}</td>"
        "</tr></table>"
    )
    parts.append("<p><b>图1　每日接报事件数</b></p>" + _bars(r.per_day))
    parts.append("<p><b>图2　各类别事件数</b></p>"
                 + _bars([c for c in r.by_category if c.count] or r.by_category[:1]))

    h2("时效")
    parts.append(
        _table(
            ("项目", "按时/应计", "按时率", "统计口径"),
            [(s.label, f"{s.met}/{s.counted}",
              "—" if s.percent is None else f"{s.percent:.0f}%", s.note)
             for s in r.timeliness],
            widths=(30, 15, 12, 43),
        )
    )

    h2("本周事件一览")
    if r.incidents:
        rows = [
            (i.number, f"{_md_hm(i.occurred_at)}<br>{_md_hm(i.received_at)}", escape(i.unit),
             escape(i.category or "（未分类）"), escape(i.subcommand or "—"), i.weight.label,
             i.status.label, _check(i.report), _check(i.escalate), _check(i.special_report))
            for i in r.incidents
        ]
        parts.append(_table(
            ("编号", "发生/接报", "报告单位", "类别", "分指挥部", "性质", "状态",
             "报告信访办", "报告镇领导", "专题报告"),
            rows, small=True, raw_columns=range(10),
            widths=(11, 12, 11, 13, 9, 6, 11, 9, 9, 9),
        ))
    else:
        parts.append("<p>本周未接报事件。</p>")

    h2("日报报送情况")
    total = r.compliance_total
    rows = [(c.unit, c.expected_days, c.on_time, c.late, c.missing, c.pending, c.zero,
             c.situation, _pct(c.percent)) for c in r.compliance]
    rows.append(("合计", total.expected_days, total.on_time, total.late, total.missing,
                 total.pending, total.zero, total.situation, _pct(total.percent)))
    parts.append(_table(
        ("单位", "应报天数", "按时", "迟报", "缺报", "未报", "零报告", "有情况", "按时率"),
        rows, small=True, numeric_from=1, total_last=True,
    ))
    parts.append("<p class='note'>应报天数只计本周截至今日的日子；缺报为已关账日未报，"
                 "未报为尚未关账的日子未报。</p>")

    h2("分析研判会")
    m = r.meetings
    missing = [row.unit for row in m.not_held]
    parts.append(
        f"<p>本周应开 {len(m.rows)} 个单位（每单位至少 {m.required} 次），"
        f"已开 {len(m.rows) - len(missing)} 个单位、共 {sum(x.held for x in m.rows)} 次；"
        f"未开 {len(missing)} 个单位"
        + (f"：{escape('、'.join(missing))}。" if missing else "。")
        + "</p>"
    )
    held = [(row.unit, f"{mt.held_on.month}月{mt.held_on.day}日", mt.attendance, mt.problems,
             mt.measures) for row in m.rows for mt in row.meetings]
    if held:
        parts.append(_table(("单位", "召开日期", "参会人数", "排查出的问题", "措施"), held,
                            small=True, widths=(12, 10, 8, 35, 35)))

    h2("预警通知及回执")
    if r.notices:
        parts.append(_table(
            ("文号", "发布单位", "标题", "发布时间", "回执截止", "应回执", "已回执", "按时回执",
             "未回执单位"),
            [(n.number, n.issuer, n.title, _md_hm(n.issued_at),
              _md_hm(n.receipt_due_at) if n.receipt_due_at else "—", n.targets, n.confirmed,
              n.confirmed_on_time, "、".join(n.pending_units) or "—") for n in r.notices],
            small=True, widths=(12, 9, 25, 9, 9, 6, 6, 7, 17),
        ))
    else:
        parts.append("<p>本周未发布预警通知。</p>")

    h2("未结事项")
    if r.open_items:
        parts.append(_table(
            ("编号", "报告单位", "类别", "状态", "下一时限"),
            [(o.number, o.unit, o.category or "（未分类）", o.status.label,
              ("已超时：" if o.overdue else "") + o.next_deadline) for o in r.open_items],
            small=True, widths=(12, 16, 20, 18, 34),
        ))
    else:
        parts.append("<p>没有未结事件。</p>")
    parts.append("</body></html>")
    return "".join(parts)


# ---------------------------------------------------------------- pieces


def _overview(r: WeeklyReport) -> str:
    n = len(r.incidents)
    weights = "、".join(f"{c.label}{c.count}起" for c in reversed(r.by_weight) if c.count)
    top = sorted((c for c in r.by_category if c.count), key=lambda c: -c.count)[:3]
    total = r.compliance_total
    text = f"本周共接报信访稳定事件 {n} 起"
    if n:
        text += f"（{weights}），较多的类别为" + "、".join(f"{c.label}（{c.count}起）" for c in top)
    text += "。"
    report, escalate, special = r.timeliness
    text += (f"{report.label}{report.text}，{escalate.label}{escalate.text}，"
             f"{special.label}{special.text}。")
    text += (f"日报应报 {total.expected_days} 单位·天，按时 {total.on_time}、迟报 {total.late}、"
             f"缺报 {total.missing}、未报 {total.pending}。")
    text += f"目前尚有 {len(r.open_items)} 起事件未结。"
    return text


def _check(c: DeadlineCheck) -> str:
    text = escape(c.text)
    if c.state in (CheckState.LATE, CheckState.OVERDUE):
        return f"<b>{text}</b>"
    return text


def _md_hm(when: datetime) -> str:
    return to_local(when).strftime("%m-%d %H:%M")


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def _counts_table(title: str, counts: Sequence[Count]) -> str:
    total = sum(c.count for c in counts)
    rows: list[tuple[object, ...]] = [(c.label, c.count) for c in counts]
    rows.append(("合计", total))
    return _table((title, "起数"), rows, numeric_from=1, total_last=True, widths=(75, 25))


def _bars(counts: Sequence[Count]) -> str:
    """A horizontal bar chart: label, a bar (a shaded nested table) and the number.

    Each bar is its own nested table: the cells of one table column share one width, so a bar
    drawn as a cell of the outer table could not have its own length.
    """
    top = max((c.count for c in counts), default=0) or 1
    out = ["<table width='100%' cellspacing='0' cellpadding='1'>"]
    for c in counts:
        pct = int(round(100 * c.count / top))
        rest = f"<td width='{100 - pct}%'></td>" if pct < 100 else ""
        bar = (
            "<table cellspacing='0' cellpadding='0' width='100%'><tr>"
            f"<td width='{pct}%' bgcolor='{BAR_COLOUR}'>&nbsp;</td>{rest}</tr></table>"
            if c.count
            else ""
        )
        out.append(
            f"<tr><td width='26%' align='right'>{escape(c.label)}&nbsp;</td>"
            f"<td width='64%'>{bar}</td><td width='10%'>&nbsp;{c.count}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def _table(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    small: bool = False,
    numeric_from: int | None = None,
    total_last: bool = False,
    widths: Sequence[int] | None = None,
    raw_columns: Sequence[int] = (),
) -> str:
    size = " style='font-size: 8.5pt;'" if small else ""
    out = [f"<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'"
           f" bordercolor='#808080'{size}>", f"<thead><tr bgcolor='{HEAD_BG}'>"]
    for i, h in enumerate(header):
        w = f" width='{widths[i]}%'" if widths else ""
        out.append(f"<th{w}>{escape(h)}</th>")
    out.append("</tr></thead>")
    rows = list(rows)
    for n, row in enumerate(rows):
        bg = f" bgcolor='{TOTAL_BG}'" if total_last and n == len(rows) - 1 else ""
        out.append(f"<tr{bg}>")
        for i, value in enumerate(row):
            text = str(value) if i in raw_columns else escape(str(value))
            if "<b>" in text:  # a deadline missed: shaded, as in the workbook
                out.append(f"<td bgcolor='{BAD_BG}'>{text}</td>")
            elif numeric_from is not None and i >= numeric_from:
                out.append(f"<td align='right'>{text}</td>")
            else:
                out.append(f"<td>{text}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)
