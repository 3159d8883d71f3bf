"""The details pane of the incident panel: what was reported, the clocks, the whole timeline.

Filled from an :class:`IncidentDetail` read through the door when an incident is selected;
times are shown in Asia/Shanghai. The timeline is the append-only record: who, when, what —
and, where it was written later than it happened, when it was written.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import Clock
from xianghua_console.domain.deadlines import LATE_ENTRY, Deadline
from xianghua_console.domain.enums import TimelineKind
from xianghua_console.domain.lifecycle import SPECIAL_REPORT_PARTS
from xianghua_console.gui import fmt
from xianghua_console.gui.views.base import (
    Palette,
    RowsModel,
    SortRole,
    bold_font,
    escape,
    make_table,
)

if TYPE_CHECKING:
    from xianghua_console.services.incident_log import IncidentDetail, TimelineRow

COL_AT, COL_KIND, COL_TEXT, COL_ACTOR, COL_RECORDED = range(5)

#: An entry written this long after the moment it records shows when it was written…
RECORDED_LATER = timedelta(minutes=5)
#: …and in red from this long on (a back-entry, 补录).
RECORDED_MUCH_LATER = LATE_ENTRY

_STRONG_KINDS = {TimelineKind.CORRECTION, TimelineKind.ESCALATED, TimelineKind.COUNTY}


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentDetail", text)


class TimelineModel(RowsModel):
    """An incident's timeline, oldest first (its append order)."""

    def headers(self) -> list[str]:
        return [_tr("时间"), _tr("事项"), _tr("内容"), _tr("经办人"), _tr("登记于")]

    def cell(self, row: TimelineRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_AT:
                return fmt.md_hm(row.at)
            if column == COL_KIND:
                return fmt.label(row.kind)
            if column == COL_TEXT:
                return " ".join(row.text.split())
            if column == COL_ACTOR:
                return row.actor
            if column == COL_RECORDED:
                return fmt.md_hm(row.recorded_at) if written_later(row) else ""
        if role == SortRole:
            return row.seq
        if role == Qt.ItemDataRole.ToolTipRole:
            return timeline_tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_KIND and row.kind is TimelineKind.CORRECTION:
                return Palette.WARN_FG
            if column == COL_RECORDED:
                late = row.recorded_at - row.at > RECORDED_MUCH_LATER
                return Palette.WARN_FG if late else Palette.MUTED_FG
            if column == COL_TEXT and "补录" in row.text:
                return Palette.WARN_FG
        if role == Qt.ItemDataRole.FontRole and column == COL_KIND and row.kind in _STRONG_KINDS:
            return bold_font()
        return None


def written_later(row: TimelineRow) -> bool:
    return row.recorded_at - row.at > RECORDED_LATER


def timeline_tooltip(row: TimelineRow) -> str:
    from xianghua_console.gui import core_text

    lines = [
        _tr("{kind}　{at}").format(kind=fmt.label(row.kind), at=fmt.full(row.at)),
        _tr("登记：{who}，{when}").format(who=row.actor or fmt.DASH, when=fmt.full(row.recorded_at)),
        row.text,
    ]
    parts = row.data.get("parts") if row.kind is TimelineKind.SPECIAL_REPORT else None
    if isinstance(parts, dict):
        for key, label in SPECIAL_REPORT_PARTS:
            if parts.get(key):
                lines.append(f"【{core_text.text(label)}】{parts[key]}")
    return "\n".join(lines)


class DetailPane(QWidget):
    """The selected incident: its facts and clocks on top, its timeline below."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_pane")
        self.clock = clock
        self.detail: IncidentDetail | None = None
        self.facts = QLabel(self)
        self.facts.setObjectName("detail_facts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setMargin(4)
        self.facts.setAccessibleName(_tr("事件详情"))
        self.timeline_title = QLabel(self)
        self.timeline_title.setObjectName("timeline_title")
        self.timeline_model = TimelineModel(clock, self)
        self.timeline = make_table(self)
        self.timeline.setObjectName("timeline_table")
        self.timeline.setAccessibleName(_tr("时间线"))
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSortingEnabled(False)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.setSpacing(2)
        below_layout.addWidget(self.timeline_title)
        below_layout.addWidget(self.timeline, 1)
        self.facts_scroll = QScrollArea(self)
        self.facts_scroll.setWidgetResizable(True)
        self.facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_scroll.setWidget(self.facts)
        self.facts_scroll.setMinimumWidth(360)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.facts_scroll)
        self.split.addWidget(below)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.clear()

    def clear(self, message: str | None = None) -> None:
        self.detail = None
        self.facts.setText(
            '<span style="color:#6c757d">'
            + escape(message or _tr("选中一起事件，这里显示它的详情和全部时间线。"))
            + "</span>"
        )
        self.timeline_title.setText(_tr("时间线"))
        self.timeline_model.set_rows([])

    def show_detail(self, detail: IncidentDetail) -> None:
        """Fill the pane from ``detail`` (no database here)."""
        self.detail = detail
        self.facts.setText(self.facts_html(detail, self.clock.now()))
        self.timeline_model.set_rows(list(detail.timeline))
        self.timeline_title.setText(
            _tr("<b>时间线</b>（{n} 条，只增不改；更正另起一条并写明原因）").format(
                n=len(detail.timeline)
            )
        )
        self.timeline.resizeColumnToContents(COL_AT)
        self.timeline.resizeColumnToContents(COL_KIND)
        self.timeline.resizeColumnToContents(COL_ACTOR)
        self.timeline.resizeColumnToContents(COL_RECORDED)
        if detail.timeline:
            self.timeline.scrollToBottom()  # the latest entry is what the officer looks for

    def facts_html(self, d: IncidentDetail, now: datetime) -> str:
        r = d.row
        weight = escape(fmt.label(r.weight))
        if r.weight.rank >= 2:
            weight = f'<b style="color:#b02a37">{weight}</b>'
        status = escape(fmt.label(r.status))
        if r.reported_late:
            status += ' <b style="color:#b02a37">' + _tr("· 迟报") + "</b>"
        rows = [
            (_tr("报告单位"), escape(r.unit)),
            (_tr("报告人"), escape(" ".join(x for x in (d.reporter_name, d.reporter_phone) if x))
             or fmt.DASH),
            (_tr("地点"), escape(d.place) or fmt.DASH),
            (_tr("类别"), escape(r.category or fmt.DASH) + "　" + _tr("分指挥部：")
             + escape(r.subcommand or _tr("未分派"))),
            (_tr("程度 / 人数"), f"{weight}　{r.people_count} " + _tr("人")),
            (_tr("发生 / 接报"), f"{fmt.md_hm(r.occurred_at)}　/　{fmt.md_hm(r.received_at)}"),
            (_tr("报告领导"), escape(d.escalated_to) or fmt.DASH),
            (_tr("报告县里"), fmt.md_hm(d.county_reported_at)),
            (_tr("登记"), escape(f"{d.created_by} {fmt.md_hm(d.created_at)}")),
        ]
        cells = "".join(
            f'<tr><td style="color:#6c757d;padding-right:8px" nowrap>{k}</td><td>{v}</td></tr>'
            for k, v in rows
        )
        clocks = "".join(f"<li>{self.deadline_html(dl, now)}</li>" for dl in r.deadlines)
        # The clocks first: they are what the officer must act on.
        return (
            f'<div style="font-size:large"><b>{escape(r.number)}</b>　{status}</div>'
            f'<div style="margin-top:2px"><b>{_tr("时限")}</b></div>'
            f'<ul style="margin-top:0;margin-bottom:2px;margin-left:-24px">{clocks}</ul>'
            f'<div style="margin-bottom:2px">{escape(r.summary)}</div>'
            f'<table cellspacing="0" cellpadding="1">{cells}</table>'
        )

    def deadline_html(self, d: Deadline, now: datetime) -> str:
        due = fmt.md_hm(d.due)
        colon = _tr("：")
        if d.met_at is None:
            left = d.due - now
            if left.total_seconds() <= 0:
                return (
                    f'<b style="color:#c62828">{escape(fmt.label(d.kind))}{colon}{due} '
                    + _tr("已超时 {m}，未完成").format(m=fmt.minutes(left.total_seconds()))
                    + "</b>"
                )
            return _tr("{kind}：{due} 前，还有 {m}").format(
                kind=escape(fmt.label(d.kind)), due=due, m=fmt.minutes(left.total_seconds())
            )
        if d.met_late:
            late = fmt.minutes((d.met_at - d.due).total_seconds())
            return (
                f'{escape(fmt.label(d.kind))}{colon}<span style="color:#b02a37">'
                + _tr("{met} 完成，超时 {late}").format(met=fmt.md_hm(d.met_at), late=late)
                + "</span>"
            )
        return f'{escape(fmt.label(d.kind))}{colon}<span style="color:#0f5132">' + _tr(
            "{met} 按时完成"
        ).format(met=fmt.md_hm(d.met_at)) + "</span>"
