"""接报登记: taking a phone report into the incident log.

The unit is found by typing three characters of its name or of its pinyin initials (``dgc``
finds 东岗村); Tab or Enter takes the highlighted match. The category proposes its
sub-command, which may be changed. The service checks everything (``log_incident``); its
refusals appear under their fields and nothing typed is lost. A report entered long after it
was received is allowed, and the dialog says so before saving.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from xianghua_console.domain.deadlines import LATE_ENTRY
from xianghua_console.domain.enums import Weight
from xianghua_console.gui import fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.forms import WARN_COLOUR, InputDialog, TimeField, format_local
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.directory_lookup import IntakeChoices, UnitChoice
from xianghua_console.services.incident_log import NewIncident, log_incident

UnitRole = Qt.ItemDataRole.UserRole + 1

#: A received time this far before now is a back-entry (补录): said before saving.
LATE_ENTRY_WARNING = LATE_ENTRY


class UnitSearchProxy(QSortFilterProxyModel):
    """Units whose name or pinyin initials contain what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        unit = self.sourceModel().index(source_row, 0, source_parent).data(UnitRole)
        return isinstance(unit, UnitChoice) and unit.matches(self._query)


class _SearchEdit(QLineEdit):
    """The unit picker's line edit: Tab takes the highlighted match, then moves on.

    QCompleter hands a key to its widget before its own Tab handling, and QWidget turns Tab
    into a focus change at once; so the pick has to happen here, before that.
    """

    def __init__(self, on_tab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_tab = on_tab

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)  # type: ignore[attr-defined]
        ):
            self._on_tab()
        return super().event(event)


class UnitPicker(QWidget):
    """A line edit that finds a village or unit by name or pinyin initials, with a pop-up."""

    sig_unit_changed = Signal(object)
    """The chosen unit changed (a :class:`UnitChoice`, or None when the text names none)."""

    def __init__(self, units: tuple[UnitChoice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = units
        self.unit: UnitChoice | None = None
        self.edit = _SearchEdit(self._take_highlighted, self)
        self.edit.setObjectName("unit_edit")
        self.edit.setPlaceholderText(self.tr("输入名称或拼音首字母，如“东岗”或 dgc"))
        self.edit.setClearButtonEnabled(True)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("unit_chosen")
        self.chosen.setMinimumWidth(120)
        source = QStandardItemModel(self)
        for unit in units:
            item = QStandardItem(f"{unit.name}　{unit.initials}·{fmt.label(unit.kind)}")
            item.setData(unit, UnitRole)
            item.setEditable(False)
            source.appendRow(item)
        self.proxy = UnitSearchProxy(self)
        self.proxy.setSourceModel(source)
        self.completer = QCompleter(self.proxy, self)
        # Unfiltered: the proxy does the matching (name or initials); the completer only shows.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self._resolve)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.edit)
        self._resolve(self.edit.text())

    def matches(self) -> list[UnitChoice]:
        """The units the pop-up offers for what is typed now."""
        return [self.proxy.index(r, 0).data(UnitRole) for r in range(self.proxy.rowCount())]

    def _typed(self, text: str) -> None:
        self.proxy.set_query(text)
        if not text.strip() or self.proxy.rowCount() == 0:
            self.completer.popup().hide()
            return
        self.completer.complete()
        # Highlight the first match, so that Tab or Enter takes it without the arrow keys.
        self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _take_highlighted(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._picked(popup.currentIndex())
            popup.hide()

    def _picked(self, index: QModelIndex) -> None:
        unit = index.data(UnitRole)
        if isinstance(unit, UnitChoice):
            self.edit.setText(unit.name)  # textChanged → _resolve picks it up

    def _resolve(self, text: str) -> None:
        name = text.strip()
        unit = next((u for u in self.units if u.name == name), None)
        if unit is not self.unit:
            self.unit = unit
            self.sig_unit_changed.emit(unit)
        if unit is not None:
            self.chosen.setText(self.tr("✓ {kind}").format(kind=fmt.label(unit.kind)))
            self.chosen.setStyleSheet("color:#0f5132;")
        elif name:
            self.chosen.setText(self.tr("未选定单位"))
            self.chosen.setStyleSheet(f"color:{WARN_COLOUR};")
        else:
            self.chosen.setText("")

    def choose(self, unit_id: int) -> None:
        """Choose a unit by its id (as if picked from the pop-up)."""
        unit = next(u for u in self.units if u.id == unit_id)
        self.edit.setText(unit.name)


class IncidentDialog(InputDialog):
    """接报登记: one phone report, saved through the door to ``log_incident``."""

    sig_logged = Signal(object)
    """A report was saved; carries its :class:`IncidentRow` (with its number)."""

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        choices: IntakeChoices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, tasks, title=self.tr("接报登记"), ok_text=self.tr("保存"),
                         parent=parent)
        self.setObjectName("incident_dialog")
        self.choices = choices
        self.settings = choices.settings
        now = self.clock.now()
        self.occurred = self.time_field("occurred_at", self.tr("发生时间"), now)
        self.timing_note = QLabel(self)
        self.timing_note.setObjectName("timing_note")
        self.timing_note.setWordWrap(True)
        self.timing_note.setStyleSheet(f"color:{WARN_COLOUR};font-weight:bold;")
        self.timing_note.hide()
        self.received = self.add_field("received_at", self.tr("接报时间"),
                                       TimeField(now, self.clock, self), note=self.timing_note)
        self.unit_picker = self.add_field("unit_id", self.tr("报告单位"),
                                          UnitPicker(choices.units, self))
        self.unit_picker.edit.setAccessibleName(self.tr("报告单位"))
        self.reporter = self.add_field("reporter_name", self.tr("报告人"), QLineEdit(self))
        self.phone = self.add_field("reporter_phone", self.tr("联系电话"), QLineEdit(self))
        self.place = self.add_field("place", self.tr("地点"), QLineEdit(self))
        self.category = self.add_field("category_id", self.tr("事件类别"), QComboBox(self))
        self.category.addItem(self.tr("（请选择）"), None)
        for c in choices.categories:
            self.category.addItem(c.name, c.id)
        self.subcommand_note = QLabel(self)
        self.subcommand_note.setObjectName("subcommand_note")
        self.subcommand_note.setStyleSheet("color:#6c757d;")
        self.subcommand = self.add_field("subcommand_id", self.tr("分指挥部"), QComboBox(self),
                                         note=self.subcommand_note)
        self.subcommand.addItem(self.tr("（不分派）"), None)
        for s in choices.subcommands:
            self.subcommand.addItem(s.short_name, s.id)
            self.subcommand.setItemData(self.subcommand.count() - 1, s.name,
                                        Qt.ItemDataRole.ToolTipRole)
        self.people = self.add_field("people_count", self.tr("涉及人数"), QLineEdit(self))
        self.people.setPlaceholderText(self.tr("不清楚时填 0"))
        self.people.setMaximumWidth(160)
        self.weight = self.add_field("weight", self.tr("问题程度"), QComboBox(self))
        for w in Weight:
            self.weight.addItem(fmt.label(w), w)
        self.summary = self.add_field("summary", self.tr("简要情况"), QPlainTextEdit(self))
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("事由、诉求、现场情况"))
        self.summary.setMinimumHeight(90)

        self.category.currentIndexChanged.connect(self._propose_subcommand)
        self.subcommand.currentIndexChanged.connect(self._show_subcommand_note)
        self.occurred.sig_time_changed.connect(self.update_timing_note)
        self.received.sig_time_changed.connect(self.update_timing_note)
        chain = [self.occurred, self.received, self.unit_picker.edit, self.reporter, self.phone,
                 self.place, self.category, self.subcommand, self.people, self.weight,
                 self.summary, self.ok_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.tab_chain = chain
        # The back-entry warning follows the clock while the dialog stays open (no database).
        self._note_timer = QTimer(self)
        self._note_timer.setInterval(5000)
        self._note_timer.timeout.connect(self.update_timing_note)
        self._note_timer.start()
        self.finished.connect(self._note_timer.stop)
        self.resize(560, self.sizeHint().height())
        self._show_subcommand_note()
        self.update_timing_note()
        self.occurred.setFocus()

    # -- sub-command proposal

    def _propose_subcommand(self) -> None:
        category = self.choices.category(self.category.currentData())
        proposed = category.subcommand_id if category else None
        self.subcommand.setCurrentIndex(max(0, self.subcommand.findData(proposed)))
        # "（不分派）" would be overridden by the category's proposal in the service: not offered.
        none_item = self.subcommand.model().item(0)  # type: ignore[attr-defined]
        none_item.setEnabled(proposed is None)
        self._show_subcommand_note()

    def proposed_subcommand(self) -> int | None:
        category = self.choices.category(self.category.currentData())
        return category.subcommand_id if category else None

    def _show_subcommand_note(self) -> None:
        category = self.choices.category(self.category.currentData())
        if category is None:
            self.subcommand_note.setText(self.tr("选择类别后自动建议分指挥部"))
            return
        proposed = self.choices.subcommand(category.subcommand_id)
        if proposed is None:
            self.subcommand_note.setText(self.tr("“{c}”类不对应分指挥部").format(c=category.name))
        elif self.subcommand.currentData() == proposed.id:
            self.subcommand_note.setText(
                self.tr("按类别“{c}”建议：{s}").format(c=category.name, s=proposed.name)
            )
        else:
            self.subcommand_note.setText(
                self.tr("已改派（类别建议为{s}）").format(s=proposed.short_name)
            )

    # -- timing warnings, before saving

    def update_timing_note(self) -> None:
        """Say before saving that the report is a back-entry (补录) or came in late (迟报)."""
        now = self.clock.now()
        occurred, received = self.occurred.value(), self.received.value()
        lines = []
        behind = now - received if received else timedelta(0)
        if behind > LATE_ENTRY_WARNING:
            lines.append(
                self.tr("接报已过去 {ago}：保存后时间线将注明“补录”（接报后才登记）。").format(
                    ago=fmt.minutes(behind.total_seconds())
                )
            )
        report_limit = timedelta(minutes=self.settings.report_minutes)
        delay = received - occurred if received and occurred else timedelta(0)
        if delay > report_limit:
            lines.append(
                self.tr("发生后 {d}才报到信访办，超过 {n} 分钟时限：将记为迟报。").format(
                    d=fmt.minutes(delay.total_seconds()), n=self.settings.report_minutes
                )
            )
        self.timing_note.setText("\n".join(lines))
        self.timing_note.setVisible(bool(lines))

    # -- saving

    def new_incident(self) -> NewIncident:
        """What the dialog holds now, as the service takes it."""
        unit = self.unit_picker.unit
        return NewIncident(
            occurred_at=self.occurred.value(),
            received_at=self.received.value(),
            unit_id=unit.id if unit else None,
            summary=self.summary.toPlainText(),
            reporter_name=self.reporter.text(),
            reporter_phone=self.phone.text(),
            place=self.place.text(),
            category_id=self.category.currentData(),
            subcommand_id=self.subcommand.currentData(),
            weight=Weight(self.weight.currentData()),  # a StrEnum comes back from Qt as str
            people_count=self._people_count(),
        )

    def _people_count(self) -> int | None:
        text = self.people.text().strip()
        try:
            return int(text) if text else None
        except ValueError:
            return None

    def request(self) -> tuple[Any, dict[str, Any]] | None:
        return log_incident, {"data": self.new_incident()}

    #: Unreadable times and counts reach the service as "missing": ask it for the rest too.
    ask_service_despite_local_errors = True

    def local_errors(self) -> dict[str, str]:
        errors = super().local_errors()
        if self.people.text().strip() and self._people_count() is None:
            errors["people_count"] = self.tr("涉及人数请填整数，如 12")
        return errors

    def succeeded(self, result: Any) -> None:
        self.sig_logged.emit(result)
        super().succeeded(result)

    def set_times(self, occurred: datetime, received: datetime) -> None:
        """Set both times (used by the panel's defaults and by tests)."""
        self.occurred.set_value(occurred)
        self.received.set_value(received)

    # -- the draft kept while typing (gui.drafting)

    def draft_signals(self) -> list:
        """The fields' change signals (a draft is written a moment after the last one)."""
        return [self.occurred.textChanged, self.received.textChanged,
                self.unit_picker.edit.textChanged, self.reporter.textChanged,
                self.phone.textChanged, self.place.textChanged,
                self.category.currentIndexChanged, self.subcommand.currentIndexChanged,
                self.people.textChanged, self.weight.currentIndexChanged,
                self.summary.textChanged]

    def draft_data(self) -> dict[str, Any]:
        """What is typed, as text (times with their date, so they mean the same later)."""
        def when(field: TimeField) -> str:
            value = field.value()
            return format_local(value) if value is not None else field.text()

        return {
            "occurred_at": when(self.occurred), "received_at": when(self.received),
            "unit": self.unit_picker.edit.text(), "reporter_name": self.reporter.text(),
            "reporter_phone": self.phone.text(), "place": self.place.text(),
            "category_id": self.category.currentData(),
            "subcommand_id": self.subcommand.currentData(), "people_count": self.people.text(),
            "weight": str(self.weight.currentData()), "summary": self.summary.toPlainText(),
        }  # fmt: skip

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill the dialog with a draft's text (a category or unit gone since is left empty)."""
        self.occurred.setText(str(data.get("occurred_at", self.occurred.text())))
        self.received.setText(str(data.get("received_at", self.received.text())))
        self.unit_picker.edit.setText(str(data.get("unit", "")))
        self.reporter.setText(str(data.get("reporter_name", "")))
        self.phone.setText(str(data.get("reporter_phone", "")))
        self.place.setText(str(data.get("place", "")))
        self.category.setCurrentIndex(max(0, self.category.findData(data.get("category_id"))))
        subcommand = self.subcommand.findData(data.get("subcommand_id"))
        if subcommand >= 0:
            self.subcommand.setCurrentIndex(subcommand)
        self.people.setText(str(data.get("people_count", "")))
        weight = self.weight.findData(data.get("weight"))
        if weight >= 0:
            self.weight.setCurrentIndex(weight)
        self.summary.setPlainText(str(data.get("summary", "")))
        self.update_timing_note()
