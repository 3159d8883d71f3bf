"""A warning notice (预警通知) as printable HTML in the layout of an official notice.

Issuer in red over the document number and a red rule, the title, the recipients (主送),
the body and the required measures, the receipt request, then the issuer and the date at the
bottom right, and the issuing line (印发) between two rules. A pure function of
``services.notices.NoticeDetail``; ``gui.printing`` turns it into a PDF, the notice dialog into
a print preview. QTextDocument understands a subset of HTML 4 and CSS 2: the rules are table
cells with a background colour, the indents ideographic spaces.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.text import display_width
from xianghua_console.services.notices import NoticeDetail

RED = "#c00000"

STYLE = """
body { font-size: 14pt; }
p { margin-top: 0px; margin-bottom: 6px; line-height: 150%; }
p.issuer { text-align: center; color: #c00000; font-weight: bold; margin-bottom: 10px;
           line-height: 120%; }
p.number { text-align: center; font-size: 14pt; margin-bottom: 4px; }
p.title { text-align: center; font-size: 18pt; font-weight: bold; margin-top: 18px;
          margin-bottom: 18px; line-height: 130%; }
p.to { margin-bottom: 6px; }
p.sign { text-align: right; margin-top: 4px; margin-bottom: 0px; }
p.foot { font-size: 11pt; margin: 0px; line-height: 120%; }
"""


# The printable width of A4 with the printer's margins, in points; the red heading is sized to
# fit it on one line (an official heading never wraps a lone character onto a second line).
LINE_POINTS = 470.0
HEADING_MAX_PT, HEADING_MIN_PT = 22.0, 15.0
# Two ideographic spaces: how Chinese documents indent a paragraph (kept: white-space pre).
INDENT = "<span style='white-space:pre'>\u3000\u3000</span>"


def title_of(notice: NoticeDetail) -> str:
    """The PDF's title (also its page footer): the document number."""
    return notice.number


def heading_points(text: str) -> float:
    """A font size that keeps ``text`` on one line, within the heading's range."""
    fit = LINE_POINTS / max(display_width(text) / 2, 1)
    return max(HEADING_MIN_PT, min(HEADING_MAX_PT, float(int(fit))))


def chinese_date(when: datetime) -> str:
    """``2027年3月5日`` (local), as official documents date themselves."""
    local = to_local(when)
    return f"{local.year}年{local.month}月{local.day}日"


def deadline_text(when: datetime) -> str:
    """``3月5日18时`` or ``3月5日18时30分`` (local)."""
    local = to_local(when)
    text = f"{local.month}月{local.day}日{local.hour}时"
    return text + (f"{local.minute}分" if local.minute else "")


def issuer_heading(notice: NoticeDetail) -> str:
    """The red heading: the issuing body under the town's name."""
    name = notice.issuer
    return name if name.startswith(notice.town) else f"{notice.town}{name}"


def _paragraphs(text: str) -> list[str]:
    return [f"<p>{INDENT}{escape(line.strip())}</p>" for line in text.splitlines() if line.strip()]


def _rule(points: float, colour: str = RED) -> str:
    """A horizontal rule ``points`` thick: a one-cell table whose line is that high."""
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' border='0'>"
        f"<tr><td bgcolor='{colour}' style='font-size:{points}pt; line-height:100%'>"
        "&nbsp;</td></tr></table>"
    )


def notice_html(notice: NoticeDetail) -> str:
    """The whole notice as one HTML string with inline CSS."""
    n = notice
    parts = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{escape(title_of(n))}</title><style>{STYLE}</style></head><body>",
        f"<p class='issuer' style='font-size:{heading_points(issuer_heading(n)):.0f}pt'>"
        f"{escape(issuer_heading(n))}</p>",
        f"<p class='number'>{escape(n.number)}</p>",
        _rule(2.5),
        f"<p class='title'>{escape(n.title)}</p>",
        f"<p class='to'>{escape(n.recipients)}：</p>",
        *_paragraphs(n.content),
    ]
    if n.measures.strip():
        parts.append(f"<p>{INDENT}具体要求如下：</p>")
        parts.extend(_paragraphs(n.measures))
    office = n.office
    phones = "、".join(n.office_phones)
    if n.receipt_due_at is not None:
        ask = f"请于{deadline_text(n.receipt_due_at)}前将回执报{office}"
    else:
        ask = f"请收到后及时将回执报{office}"
    parts.append(f"<p>{INDENT}{escape(ask)}" + (f"，电话：{escape(phones)}" if phones else "")
                 + "。</p>")
    parts += [
        "<p>&nbsp;</p>",
        f"<p class='sign'>{escape(issuer_heading(n))}</p>",
        f"<p class='sign'>{escape(chinese_date(n.issued_at))}</p>",
        "<p>&nbsp;</p>",
        _rule(0.8, "#000000"),
        "<table width='100%' cellspacing='0' cellpadding='3' border='0'><tr>"
        f"<td><p class='foot'>{escape(office)}</p></td>"
        f"<td align='right'><p class='foot'>{escape(chinese_date(n.issued_at))}印发</p></td>"
        "</tr></table>",
        _rule(0.8, "#000000"),
        "</body></html>",
    ]
    return "".join(parts)
