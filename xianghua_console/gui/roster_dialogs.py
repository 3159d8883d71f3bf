"""The roster view's dialogs: the staff picker, unavailability, swaps, generating, supplies,
a new duty period, the list of an import's errors, the office's own calendar (holidays and
make-up working days) and the rotation's pools.

Every dialog is opened with ``open()`` (never ``exec()``: qasync) and writes through the door
with :meth:`ActionDialog.act`, which shows a refusal's reason in the dialog and keeps it open;
``sig_changed`` tells the roster view to reload. What a dialog shows about people (who is away,
who works the day before) comes from the roster view's last read, never from the database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.enums import CalendarOverrideKind, DutySlot, UnavailabilityKind
from xianghua_console.domain.holidays import classify_days, is_makeup_day
from xianghua_console.domain.text import pinyin_initials
from xianghua_console.exports.roster_xlsx import SheetProblem
from xianghua_console.gui import core_text, fmt
from xianghua_console.gui.dialogs.common import ActionDialog
from xianghua_console.gui.forms import label_words
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.views.base import escape
from xianghua_console.services.roster_admin import (
    CalendarOverrideRow,
    GridDay,
    PoolState,
    StaffChoice,
    clear_calendar_override,
    clear_unavailable,
    create_period,
    list_calendar_overrides,
    mark_unavailable,
    place_staff,
    pool_states,
    request_swap,
    set_calendar_override,
    set_pools,
    set_shift_supplies,
)
from xianghua_console.services.roster_screen import RosterScreen, roster_screen

ONE_DAY = timedelta(days=1)
WARN = QColor("#8a5300")
REFUSE = QColor("#b02a37")
MUTED = QColor("#6c757d")
HOLIDAY_FG = QColor("#6f2da8")  # the office's holiday, as the grid's holiday colour
MAKEUP_FG = QColor("#8a4b00")  # a make-up working day (调休上班)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterDialogs", text)


def md(day: date) -> str:
    """``03月05日 周五``."""
    return _tr("{month}月{day}日 {weekday}").format(
        month=f"{day:%m}", day=f"{day:%d}", weekday=fmt.weekday(day)
    )


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


# ---------------------------------------------------------------- the staff picker


@dataclass(frozen=True)
class PickChoice:
    """A person offered for a place, with what the office should know before choosing."""

    staff_id: int
    name: str
    post: str
    phone: str
    initials: str
    load: int  # places in this period so far
    note: str = ""  # why not (or why not quite): already on the day, away, the day before…
    blocked: bool = False  # the service will refuse (already on this shift)
    holder: bool = False  # holds the place now
    in_pool: bool = True  # in the slot's rotation pool (others may stand in, listed after)

    @property
    def text(self) -> str:
        parts = [
            self.name,
            self.post or "—",
            self.phone or "—",
            _tr("本期{n}班").format(n=self.load),
        ]
        line = "　".join(parts)
        return f"{line}　（{self.note}）" if self.note else line

    def matches(self, typed: str) -> bool:
        t = typed.strip().lower()
        if not t:
            return True
        return (
            t in self.name.lower()
            or self.initials.startswith(t)
            or (len(t) >= 2 and t in self.initials)
            or (t.isdigit() and t in self.phone)
            or t in self.post.lower()
        )


def pick_choices(
    screen: RosterScreen, day: date, slot: DutySlot, position: int
) -> list[PickChoice]:
    """The staff fit for ``slot`` with their load and the day's obstacles, the free first."""
    grid = screen.grid
    by_day: dict[date, dict[int, DutySlot]] = {}
    load: Counter[int] = Counter()
    holder = None
    if grid is not None:
        for d in grid.days:
            by_day[d.day] = {c.staff_id: c.slot for c in d.cells}
            for c in d.cells:
                load[c.staff_id] += 1
                if d.day == day and c.slot is slot and c.position == position:
                    holder = c.staff_id
    away = {(a.staff_id, a.day): a.kind for a in screen.away}
    initials = {s.id: s.initials for s in screen.staff}
    pool = screen.pools.get(slot, frozenset())
    out = []
    for s in screen.fit.get(slot, ()):
        note, blocked = "", False
        in_pool = s.id in pool
        on_day = by_day.get(day, {}).get(s.id)
        if s.id == holder:
            note = _tr("现排在这里")
        elif on_day is not None:
            note, blocked = _tr("当天已排在{slot}").format(slot=fmt.label(on_day)), True
        elif (s.id, day) in away:
            note = _tr("当天{kind}").format(kind=fmt.label(away[(s.id, day)]))
        elif s.id in by_day.get(day - ONE_DAY, {}):
            note = _tr("前一天值班，不宜连值")
        elif s.id in by_day.get(day + ONE_DAY, {}):
            note = _tr("后一天值班，不宜连值")
        elif not in_pool:
            note = _tr("不在本岗位人员库")
        out.append(
            PickChoice(
                s.id, s.name, s.post, s.phone, initials.get(s.id, ""), load[s.id], note,
                blocked, s.id == holder, in_pool,
            )
        )  # fmt: skip
    # the pool's free people first (the fewest shifts on top), then those with a reason not
    # to, then people from outside the pool, and last whom the service would refuse
    out.sort(key=lambda c: (c.blocked, not c.in_pool, bool(c.note), c.load, c.name))
    return out


class StaffPicker(ActionDialog):
    """Pick the person for one place: type to filter (name, 拼音 initials, phone), Enter to place.

    A refusal (e.g. the person is already on that shift) is shown here with the service's
    reason and the picker stays open for another choice.
    """

    sig_placed = Signal(str)
    """A person was placed; carries the message for the roster view (with the day's findings)."""

    def __init__(
        self,
        door: DbDoor,
        *,
        period_id: int,
        day: date,
        slot: DutySlot,
        position: int,
        choices: Sequence[PickChoice],
        initial_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, parent)
        self.setObjectName("staff_picker")
        self.period_id, self.day, self.slot, self.position = period_id, day, slot, position
        self.choices = list(choices)
        self.setWindowTitle(_tr("选择{slot} — {day}").format(slot=fmt.label(slot), day=md(day)))
        self.resize(560, 460)
        intro = QLabel(
            _tr(
                "{day}　{slot}（第{n}位）。输入姓名、拼音首字母或电话筛选，回车排定，Esc 取消。"
            ).format(day=md(day), slot=fmt.label(slot), n=position + 1),
            self,
        )
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setPlaceholderText(_tr("筛选：如 郝 / hj / 1390"))
        self.filter_edit.setAccessibleName(_tr("筛选人员"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("choice_list")
        self.list.setAccessibleName(_tr("可排的人员"))
        # Enter reaches keyPressEvent (an item view passes it on); a double-click places here.
        self.list.itemDoubleClicked.connect(lambda _item: self.place_current())
        self.place_button = QPushButton(_tr("排定（Enter）"), self)
        self.place_button.setObjectName("place_button")
        self.place_button.setDefault(True)
        self.place_button.clicked.connect(self.place_current)
        cancel = QPushButton(_tr("取消"), self)
        cancel.clicked.connect(self.reject)
        self.action_buttons = [self.place_button]
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.place_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.filter_edit.textChanged.connect(self._refilter)
        self.filter_edit.setText(initial_text)
        self._refilter(initial_text)
        self.filter_edit.setFocus()

    def _refilter(self, text: str) -> None:
        self.list.clear()
        for choice in self.choices:
            if not choice.matches(text):
                continue
            item = QListWidgetItem(choice.text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.staff_id)
            if choice.blocked:
                item.setForeground(REFUSE)
            elif not choice.in_pool and not choice.holder:
                item.setForeground(MUTED)
            elif choice.note and not choice.holder:
                item.setForeground(WARN)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.say(_tr("没有符合“{t}”的人员。").format(t=text), warn=True)

    def visible_names(self) -> list[str]:
        """The names listed now (for tests and screen readers)."""
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        names = {c.staff_id: c.name for c in self.choices}
        return [names[i] for i in ids]

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if watched is self.filter_edit and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                QCoreApplication.sendEvent(self.list, event)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.place_current()
            return
        super().keyPressEvent(event)

    def current_staff(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def place_current(self) -> None:
        staff_id = self.current_staff()
        if staff_id is None:
            self.say(_tr("请先在列表中选一个人。"), warn=True)
            return
        self.spawn(self.place(staff_id), "place")

    async def place(self, staff_id: int) -> bool:
        """Place ``staff_id`` through the door; True when placed (the picker then closes)."""
        name = next((c.name for c in self.choices if c.staff_id == staff_id), "")
        findings = await self.act(
            place_staff,
            period_id=self.period_id,
            day=self.day,
            slot=self.slot,
            staff_id=staff_id,
            position=self.position,
        )
        if findings is None:
            return False
        text = _tr("已排定：{day}{slot} {name}。").format(
            day=md(self.day), slot=fmt.label(self.slot), name=name
        )
        mine = [core_text.text(f.message) for f in findings if f.staff_id == staff_id]
        if mine:
            text += _tr("注意：") + core_text.join(mine)
        self.sig_placed.emit(text)
        self.accept()
        return True


# ---------------------------------------------------------------- unavailability


class UnavailabilityDialog(ActionDialog):
    """请假/出差: mark a person unavailable on some days, or take the mark back."""

    def __init__(
        self,
        door: DbDoor,
        screen: RosterScreen,
        *,
        staff_id: int | None,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, parent)
        self.setObjectName("unavailability_dialog")
        self.setWindowTitle(_tr("请假、出差登记"))
        self.resize(620, 480)
        self.staff_combo = QComboBox(self)
        self.staff_combo.setObjectName("staff_combo")
        self.staff_combo.setEditable(True)
        self.staff_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for s in screen.staff:
            self.staff_combo.addItem(f"{s.name}（{s.post or '—'}）", s.id)
        completer = self.staff_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if staff_id is not None:
            self.select_staff(staff_id)
        self.first_edit = date_edit(day, self)
        self.first_edit.setObjectName("first_edit")
        self.first_edit.setAccessibleName(_tr("从哪天"))
        self.last_edit = date_edit(day, self)
        self.last_edit.setObjectName("last_edit")
        self.last_edit.setAccessibleName(_tr("到哪天"))
        self.first_edit.dateChanged.connect(self._keep_order)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        for kind in UnavailabilityKind:
            self.kind_combo.addItem(fmt.label(kind), kind.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setPlaceholderText(_tr("如：赴县参加培训"))
        self.mark_button = QPushButton(_tr("登记"), self)
        self.mark_button.setObjectName("mark_button")
        self.mark_button.clicked.connect(lambda: self.spawn(self.mark(), "mark"))
        self.clear_button = QPushButton(_tr("取消这些天的登记"), self)
        self.clear_button.setObjectName("clear_button")
        self.clear_button.clicked.connect(lambda: self.spawn(self.clear(), "clear"))
        self.action_buttons = [self.mark_button, self.clear_button]
        self.away_list = QListWidget(self)
        self.away_list.setObjectName("away_list")
        self.away_list.currentItemChanged.connect(self._from_list)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(_tr("人员："), self.staff_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel(_tr("至"), self))
        dates.addWidget(self.last_edit)
        dates.addStretch(1)
        form.addRow(_tr("日期："), dates)
        form.addRow(_tr("类别："), self.kind_combo)
        form.addRow(_tr("备注："), self.note_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.mark_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        hint = QLabel(
            _tr("登记后排班表不会自动改动：已排在这些天的人会在“检查”中列出，请调班或换人。"),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(_tr("本值班期已登记："), self))
        layout.addWidget(self.away_list, 1)
        layout.addWidget(close)
        self.set_screen(screen)

    def set_screen(self, screen: RosterScreen) -> None:
        """Show the period's marks as last read (the roster view calls this after a reload)."""
        self.away_list.clear()
        for a in screen.away:
            text = f"{md(a.day)}　{a.name}　{fmt.label(a.kind)}"
            if a.note:
                text += f"　{a.note}"
            text += _tr("　（{by} {at} 登记）").format(
                by=a.recorded_by, at=fmt.md_hm(a.recorded_at)
            )
            item = QListWidgetItem(text, self.away_list)
            item.setData(Qt.ItemDataRole.UserRole, (a.staff_id, a.day))
        if not screen.away:
            QListWidgetItem(_tr("（没有）"), self.away_list)

    def select_staff(self, staff_id: int) -> None:
        index = self.staff_combo.findData(staff_id)
        if index >= 0:
            self.staff_combo.setCurrentIndex(index)

    def staff_id(self) -> int | None:
        # An edited text that names nobody must not silently mean the last selected person.
        index = self.staff_combo.findText(self.staff_combo.currentText())
        if index < 0:
            return None
        return int(self.staff_combo.itemData(index))

    def _keep_order(self, value: QDate) -> None:
        if self.last_edit.date() < value:
            self.last_edit.setDate(value)

    def _from_list(self, item: QListWidgetItem | None) -> None:
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return
        staff_id, day = data
        self.select_staff(staff_id)
        self.first_edit.setDate(qdate(day))
        self.last_edit.setDate(qdate(day))

    async def mark(self) -> int | None:
        staff_id = self.staff_id()
        if staff_id is None:
            self.say(_tr("请从列表中选择人员。"), error=True)
            return None
        kind = UnavailabilityKind(self.kind_combo.currentData())
        n = await self.act(
            mark_unavailable,
            staff_id=staff_id,
            first_day=pydate(self.first_edit.date()),
            last_day=pydate(self.last_edit.date()),
            kind=kind,
            note=self.note_edit.text(),
        )
        if n is not None:
            self.say(
                _tr("已登记{name}{kind}{n}天。").format(
                    name=self.staff_combo.currentText(), kind=fmt.label(kind), n=n
                )
            )
        return n

    async def clear(self) -> int | None:
        staff_id = self.staff_id()
        if staff_id is None:
            self.say(_tr("请从列表中选择人员。"), error=True)
            return None
        n = await self.act(
            clear_unavailable,
            staff_id=staff_id,
            first_day=pydate(self.first_edit.date()),
            last_day=pydate(self.last_edit.date()),
        )
        if n is not None:
            self.say(
                _tr("已取消{name}{n}天的登记。").format(name=self.staff_combo.currentText(), n=n)
                if n
                else _tr("这些天本来就没有登记。"),
                warn=not n,
            )
        return n


# ---------------------------------------------------------------- swaps


class SwapRequestDialog(ActionDialog):
    """调班申请 (step 1 of 3): the person in a place asks a colleague to take it, or to trade."""

    def __init__(
        self,
        door: DbDoor,
        screen: RosterScreen,
        *,
        day: date,
        slot: DutySlot,
        requester_id: int,
        requester: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, parent)
        self.setObjectName("swap_request_dialog")
        self.setWindowTitle(_tr("调班申请"))
        self.resize(560, 320)
        self.screen = screen
        self.day, self.slot, self.requester_id = day, slot, requester_id
        intro = QLabel(
            _tr("申请人：<b>{name}</b>　{day}　{slot}").format(
                name=escape(requester), day=md(day), slot=fmt.label(slot)
            ),
            self,
        )
        self.colleague_combo = QComboBox(self)
        self.colleague_combo.setObjectName("colleague_combo")
        for choice in pick_choices(screen, day, slot, -1):
            if choice.staff_id == requester_id:
                continue
            self.colleague_combo.addItem(choice.text, choice.staff_id)
        self.trade_box = QCheckBox(_tr("对换：申请人改值接班同事的一个班次"), self)
        self.trade_box.setObjectName("trade_box")
        self.other_combo = QComboBox(self)
        self.other_combo.setObjectName("other_combo")
        self.other_combo.setEnabled(False)
        self.trade_box.toggled.connect(self.other_combo.setEnabled)
        self.colleague_combo.currentIndexChanged.connect(self._fill_other_days)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(_tr("如：当天需赴县开会"))
        self.submit_button = QPushButton(_tr("提交申请"), self)
        self.submit_button.setObjectName("submit_button")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(lambda: self.spawn(self.submit(), "submit"))
        cancel = QPushButton(_tr("取消"), self)
        cancel.clicked.connect(self.reject)
        self.action_buttons = [self.submit_button]
        form = QFormLayout()
        form.addRow(_tr("接班同事："), self.colleague_combo)
        form.addRow("", self.trade_box)
        form.addRow(_tr("对换的班次："), self.other_combo)
        form.addRow(_tr("原因："), self.reason_edit)
        hint = QLabel(_tr("调班须经接班同事同意、办公室主任批准后才生效；批准前排班表不变。"), self)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._fill_other_days()

    def select_colleague(self, staff_id: int) -> None:
        index = self.colleague_combo.findData(staff_id)
        if index >= 0:
            self.colleague_combo.setCurrentIndex(index)

    def _fill_other_days(self) -> None:
        self.other_combo.clear()
        colleague = self.colleague_combo.currentData()
        grid = self.screen.grid
        if colleague is None or grid is None:
            return
        for d in grid.days:
            if d.day == self.day:
                continue
            for c in d.cells:
                if c.staff_id == colleague:
                    self.other_combo.addItem(f"{md(d.day)}　{fmt.label(c.slot)}", d.day)

    async def submit(self) -> object | None:
        colleague = self.colleague_combo.currentData()
        if colleague is None:
            self.say(_tr("请选择接班的同事。"), error=True)
            return None
        other = self.other_combo.currentData() if self.trade_box.isChecked() else None
        if self.trade_box.isChecked() and other is None:
            self.say(_tr("这位同事在本值班期没有可对换的班次。"), error=True)
            return None
        row = await self.act(
            request_swap,
            period_id=self.screen.period_id,
            day=self.day,
            slot=self.slot,
            requester_id=self.requester_id,
            colleague_id=int(colleague),
            other_day=other,
            reason=self.reason_edit.text(),
        )
        if row is not None:
            self.accept()
        return row


class TextStepDialog(QDialog):
    """One line of text for a swap step: the approving director's name, or why not."""

    sig_text = Signal(str)
    """The officer confirmed; carries the text typed."""

    def __init__(
        self,
        *,
        title: str,
        prompt: str,
        text: str = "",
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("text_step_dialog")
        self.setWindowTitle(title)
        self.required = required
        self.edit = QLineEdit(text, self)
        self.edit.setObjectName("step_text")
        # Named by the prompt's last line (its first lines say which swap).
        self.edit.setAccessibleName(label_words(prompt.split("<br>")[-1]))
        self.edit.setAccessibleDescription(label_words(prompt.replace("<br>", " ")))
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b02a37;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, 150)

    def _confirm(self) -> None:
        text = self.edit.text().strip()
        if self.required and not text:
            self.error.setText(_tr("请填写。"))
            return
        self.accept()
        self.sig_text.emit(text)


# ---------------------------------------------------------------- generating


class GenerateDialog(QDialog):
    """自动排班: whether hand placements (by hand, swaps, imports) are kept or replaced too."""

    sig_generate = Signal(bool)
    """The officer asked to generate; carries ``keep_by_hand``."""

    def __init__(self, period_name: str, past_days: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generate_dialog")
        self.setWindowTitle(_tr("自动排班"))
        text = QLabel(
            _tr(
                "按人员库轮流为“{name}”排班：不连值两班，避开请假、出差，平衡每人的班数，"
                "周末和节假日单独平衡。<br>已有的自动排班会被替换；"
                "手工排定、调班和导入的班次默认保留。"
            ).format(name=escape(period_name)),
            self,
        )
        text.setWordWrap(True)
        # Shifts that have started are the record of who was on duty: the rotation keeps them.
        self.past_warning = QLabel(
            _tr(
                "值班期已过去 {n} 天：已开始的班次是实际在班的记录，保持不变，只重排以后的班次。"
            ).format(n=past_days),
            self,
        )
        self.past_warning.setObjectName("past_warning")
        self.past_warning.setWordWrap(True)
        self.past_warning.setStyleSheet(
            "color:#8a5300; background:#fff3cd; border:1px solid #ffe08a; padding:4px 6px;"
        )
        self.past_warning.setVisible(past_days > 0)
        self.replace_box = QCheckBox(_tr("同时替换手工排定的班次（含调班、导入的）"), self)
        self.replace_box.setObjectName("replace_box")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("开始排班"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.past_warning)
        layout.addWidget(self.replace_box)
        layout.addWidget(buttons)
        self.resize(480, 180)

    def _confirm(self) -> None:
        self.accept()
        self.sig_generate.emit(not self.replace_box.isChecked())


# ---------------------------------------------------------------- supplies and periods


class SuppliesDialog(ActionDialog):
    """应急保障: the emergency fund, the vehicle and the police station's standby squad (who to
    call and the phone) of a day or of all days."""

    def __init__(
        self,
        door: DbDoor,
        *,
        period_id: int,
        day: GridDay,
        versions: dict[date, int | None] | None = None,
        police_default: tuple[str, str] = ("", ""),
        focus: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, parent)
        self.setObjectName("supplies_dialog")
        self.setWindowTitle(_tr("应急保障：经费、车辆、派出所备勤"))
        self.period_id, self.day = period_id, day.day
        # The shifts' versions as the grid read them: a day changed on another workstation
        # since then is not overwritten unseen (services.conflicts, gui.conflict_dialog).
        self.versions: dict[date, int | None] = dict(versions or {day.day: day.version})
        self.read = _supplies_of(day)  # the fields as loaded: what the officer changed differs
        self.showing(day)
        self.police_default = police_default
        self.fund_spin = QSpinBox(self)
        self.fund_spin.setObjectName("fund_spin")
        self.fund_spin.setRange(0, 100_000_000)
        self.fund_spin.setSingleStep(1000)
        self.fund_spin.setSuffix(_tr(" 元"))
        self.fund_spin.setValue(day.emergency_fund_yuan)
        self.vehicle_edit = QLineEdit(day.vehicle, self)
        self.vehicle_edit.setObjectName("vehicle_edit")
        self.vehicle_edit.setPlaceholderText(_tr("车牌号，如 豫R·A1234"))
        self.police_edit = QLineEdit(day.police_squad_contact, self)
        self.police_edit.setObjectName("police_edit")
        self.police_edit.setMaxLength(80)
        self.police_edit.setPlaceholderText(_tr("如：派出所应急分队 王建军（队长）"))
        self.police_phone_edit = QLineEdit(day.police_squad_phone, self)
        self.police_phone_edit.setObjectName("police_phone_edit")
        self.police_phone_edit.setMaxLength(40)
        self.police_phone_edit.setPlaceholderText(_tr("队长手机或值班电话，如 13903960110"))
        self.police_default_button = QPushButton(_tr("填入默认"), self)
        self.police_default_button.setObjectName("police_default_button")
        self.police_default_button.setToolTip(
            _tr("填入设置中的派出所备勤联系人和电话：{c} {p}").format(
                c=police_default[0] or _tr("（未设置）"), p=police_default[1]
            )
        )
        self.police_default_button.setEnabled(any(police_default))
        self.police_default_button.clicked.connect(self.fill_police_default)
        self.all_days = QCheckBox(_tr("用于本值班期的每一天"), self)
        self.all_days.setObjectName("all_days")
        self.save_button = QPushButton(_tr("保存"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.spawn(self.save(), "save"))
        cancel = QPushButton(_tr("取消"), self)
        cancel.clicked.connect(self.reject)
        self.action_buttons = [self.save_button]
        self.field_widgets = {
            "emergency_fund_yuan": self.fund_spin,
            "vehicle": self.vehicle_edit,
            "police_squad_contact": self.police_edit,
            "police_squad_phone": self.police_phone_edit,
        }
        labels = {
            self.fund_spin: _tr("应急经费"),
            self.vehicle_edit: _tr("应急车辆"),
            self.police_edit: _tr("派出所备勤联系人"),
            self.police_phone_edit: _tr("派出所备勤电话"),
        }
        for widget, label in labels.items():
            widget.setAccessibleName(label)
        form = QFormLayout()
        form.addRow(_tr("日期："), QLabel(md(day.day), self))
        form.addRow(_tr("应急经费："), self.fund_spin)
        form.addRow(_tr("应急车辆："), self.vehicle_edit)
        form.addRow(_tr("派出所备勤联系人："), self.police_edit)
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.police_phone_edit, 1)
        phone_row.addWidget(self.police_default_button)
        form.addRow(_tr("派出所备勤电话："), phone_row)
        form.addRow("", self.all_days)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 280)
        if focus == "police":
            self.police_edit.setFocus()
            self.police_edit.selectAll()

    def fill_police_default(self) -> None:
        """The settings' police contact and phone into the fields (saved with 保存)."""
        contact, phone = self.police_default
        self.police_edit.setText(contact)
        self.police_phone_edit.setText(phone)

    def expected_versions(self) -> dict[date, int]:
        """The versions the save checks: the day's, or every day's for 用于每一天."""
        days = self.versions if self.all_days.isChecked() else (self.day,)
        return {d: v for d in days if (v := self.versions.get(d)) is not None}

    def values(self) -> dict[str, object]:
        """The four fields as they stand, by the service's argument names."""
        return {
            "emergency_fund_yuan": self.fund_spin.value(),
            "vehicle": self.vehicle_edit.text(),
            "police_squad_contact": self.police_edit.text(),
            "police_squad_phone": self.police_phone_edit.text(),
        }

    def set_values(self, values: dict[str, object]) -> None:
        self.fund_spin.setValue(int(values["emergency_fund_yuan"]))  # type: ignore[call-overload]
        self.vehicle_edit.setText(str(values["vehicle"]))
        self.police_edit.setText(str(values["police_squad_contact"]))
        self.police_phone_edit.setText(str(values["police_squad_phone"]))

    async def save(self) -> int | None:
        changed = await self.act(
            set_shift_supplies,
            period_id=self.period_id,
            days=None if self.all_days.isChecked() else [self.day],
            expected_versions=self.expected_versions(),
            **self.values(),
        )
        if changed is not None:
            self.accept()
        return changed

    async def _reapply(self, conflict: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        """Reload and re-apply: the days read again; a field the officer changed keeps what
        was typed, the others take the other workstation's values (not the stale ones)."""
        screen = await self.door.call(roster_screen, self.door.ctx, period_id=self.period_id)
        now = next((d for d in screen.grid.days if d.day == self.day), None) if screen.grid else None
        if screen.grid is not None:
            self.versions = {d.day: d.version for d in screen.grid.days}
        if now is not None:
            fresh = _supplies_of(now)
            typed = self.values()
            self.set_values({k: typed[k] if typed[k] != self.read[k] else fresh[k] for k in typed})
            self.read = fresh
            self.showing(now)
        return {**kwargs, "expected_versions": self.expected_versions(), **self.values()}


def _supplies_of(day: GridDay) -> dict[str, object]:
    return {
        "emergency_fund_yuan": day.emergency_fund_yuan,
        "vehicle": day.vehicle,
        "police_squad_contact": day.police_squad_contact,
        "police_squad_phone": day.police_squad_phone,
    }


class NewPeriodDialog(ActionDialog):
    """新建值班期: a name, the dates, and the supplies every shift starts with."""

    sig_created = Signal(int)
    """A period was created; carries its id (the roster view switches to it)."""

    def __init__(
        self,
        door: DbDoor,
        *,
        today: date,
        police_default: tuple[str, str] = ("", ""),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, parent)
        self.setObjectName("new_period_dialog")
        self.setWindowTitle(_tr("新建值班期"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setPlaceholderText(_tr("如：{y}年全国两会期间").format(y=today.year))
        self.start_edit = date_edit(today, self)
        self.end_edit = date_edit(today + timedelta(days=14), self)
        self.fund_spin = QSpinBox(self)
        self.fund_spin.setRange(0, 100_000_000)
        self.fund_spin.setSingleStep(1000)
        self.fund_spin.setSuffix(_tr(" 元"))
        self.fund_spin.setValue(10_000)
        self.vehicle_edit = QLineEdit(self)
        self.vehicle_edit.setPlaceholderText(_tr("车牌号"))
        self.police_edit = QLineEdit(police_default[0], self)
        self.police_edit.setObjectName("police_edit")
        self.police_edit.setMaxLength(80)
        self.police_edit.setPlaceholderText(_tr("如：派出所应急分队 王建军（队长）"))
        self.police_phone_edit = QLineEdit(police_default[1], self)
        self.police_phone_edit.setObjectName("police_phone_edit")
        self.police_phone_edit.setMaxLength(40)
        self.police_phone_edit.setPlaceholderText(_tr("队长手机或值班电话"))
        self.field_widgets = {
            "police_squad_contact": self.police_edit,
            "police_squad_phone": self.police_phone_edit,
        }
        self.save_button = QPushButton(_tr("建立"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.spawn(self.save(), "save"))
        cancel = QPushButton(_tr("取消"), self)
        cancel.clicked.connect(self.reject)
        self.action_buttons = [self.save_button]
        form = QFormLayout()
        form.addRow(_tr("名称："), self.name_edit)
        form.addRow(_tr("开始日期："), self.start_edit)
        form.addRow(_tr("结束日期："), self.end_edit)
        form.addRow(_tr("应急经费："), self.fund_spin)
        form.addRow(_tr("应急车辆："), self.vehicle_edit)
        form.addRow(_tr("派出所备勤联系人："), self.police_edit)
        form.addRow(_tr("派出所备勤电话："), self.police_phone_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(520, 320)

    async def save(self) -> object | None:
        row = await self.act(
            create_period,
            name=self.name_edit.text(),
            start_date=pydate(self.start_edit.date()),
            end_date=pydate(self.end_edit.date()),
            emergency_fund_yuan=self.fund_spin.value(),
            vehicle=self.vehicle_edit.text(),
            police_squad_contact=self.police_edit.text(),
            police_squad_phone=self.police_phone_edit.text(),
        )
        if row is not None:
            self.sig_created.emit(row.id)
            self.accept()
        return row


# ---------------------------------------------------------------- an import's errors


class ImportErrorsDialog(QDialog):
    """Why a roster file was not imported: every bad cell with sheet, row, column and reason."""

    def __init__(
        self, file_name: str, problems: Iterable[SheetProblem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_errors_dialog")
        problems = list(problems)
        self.setWindowTitle(_tr("排班表未导入"))
        intro = QLabel(
            _tr("“{file}”有 {n} 处问题，<b>没有导入任何一行</b>，排班表未作改动。"
                "请在 Excel 中改正后重新导入。").format(file=escape(file_name), n=len(problems)),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.table = QTableWidget(len(problems), 5, self)
        self.table.setObjectName("problems_table")
        self.table.setAccessibleName(_tr("未导入的原因"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to 关闭; the arrows walk the cells
        self.table.setHorizontalHeaderLabels(
            [_tr("工作表"), _tr("行"), _tr("列"), _tr("栏目"), _tr("原因")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, p in enumerate(problems):
            values = [p.sheet, str(p.row) if p.row else "", p.column, p.header,
                      core_text.text(p.reason)]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        for c in range(4):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table lists (for tests and screen readers)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(5))
            for r in range(self.table.rowCount())
        ]


# ---------------------------------------------------------------- the office's own calendar


def calendar_hint(day: date) -> str:
    """What chinese-calendar (or, for a year it has no data for, the weekend rule) says of
    ``day``, for the line under the calendar dialog's date (pure: no database)."""
    base = classify_days([day])
    kind, name = base.kind(day), base.names.get(day, "")
    text = f"{md(day)}：" + (name if name and is_makeup_day(day, kind) else fmt.label(kind))
    if name and not is_makeup_day(day, kind):
        text += f"（{name}）"
    if base.fallback:
        text += _tr("　— {y}年没有法定节假日数据，按周末计").format(y=day.year)
    return text


class CalendarDialog(ActionDialog):
    """日历调整: the office's own holidays and make-up working days (调休上班) over chinese-
    calendar, for the years of the period shown. Add or change one (date, kind, name), or
    remove it; every change is saved (and audited) by the roster service at once, and the
    roster view reloads (the rotation's weekends and holidays follow)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RosterDialogs", "日期"),
        QT_TRANSLATE_NOOP("RosterDialogs", "本办设定"),
        QT_TRANSLATE_NOOP("RosterDialogs", "名称"),
        QT_TRANSLATE_NOOP("RosterDialogs", "日历原为"),
        QT_TRANSLATE_NOOP("RosterDialogs", "录入"),
    )

    def __init__(
        self,
        door: DbDoor,
        *,
        years: tuple[int, int],
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, parent)
        self.setObjectName("calendar_dialog")
        first, last = years
        self.first, self.last = date(first, 1, 1), date(last, 12, 31)
        span = (
            _tr("{year}年").format(year=first)
            if first == last
            else _tr("{first}—{last}年").format(first=first, last=last)
        )
        self.setWindowTitle(_tr("日历调整：本办的节假日和调休上班日（{span}）").format(span=span))
        self.rows: list[CalendarOverrideRow] = []
        intro = QLabel(
            _tr(
                "法定节假日和调休上班日取自 chinese-calendar；这里登记本办自己的调整（如县里通知的"
                "调休、本地节日），它优先于日历。轮换排班时周末和节假日分开平衡。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("override_table")
        self.table.setAccessibleName(_tr("本办的日历调整"))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for c in range(len(self.COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._from_table(row))

        self.day_edit = date_edit(day, self)
        self.day_edit.setObjectName("day_edit")
        self.day_edit.setAccessibleName(_tr("日期"))
        self.day_edit.dateChanged.connect(lambda _d: self._update_hint())
        self.hint = QLabel(self)
        self.hint.setObjectName("calendar_hint")
        self.hint.setStyleSheet(f"color:{MUTED.name()};")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.setAccessibleName(_tr("类别"))
        for kind in CalendarOverrideKind:
            self.kind_combo.addItem(fmt.label(kind), kind.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setAccessibleName(_tr("名称"))
        self.note_edit.setMaxLength(80)
        self.note_edit.setPlaceholderText(_tr("如：县里通知的调休、本镇庙会"))
        self.save_button = QPushButton(_tr("保存这一天"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.spawn(self.save(), "save"))
        self.remove_button = QPushButton(_tr("删除这一天的设定"), self)
        self.remove_button.setObjectName("remove_button")
        self.remove_button.clicked.connect(lambda: self.spawn(self.remove(), "remove"))
        self.action_buttons = [self.save_button, self.remove_button]
        self.field_widgets = {
            "day": self.day_edit,
            "kind": self.kind_combo,
            "note": self.note_edit,
        }
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        close.rejected.connect(self.reject)

        form = QFormLayout()
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.hint, 1)
        form.addRow(_tr("日期："), day_row)
        form.addRow(_tr("本办设定为："), self.kind_combo)
        form.addRow(_tr("名称："), self.note_edit)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(720, 520)
        self._update_hint()
        self.day_edit.setFocus()
        self.spawn(self.load(), "load")

    # -- reading

    async def load(self) -> list[CalendarOverrideRow] | None:
        """Read the office's settings of the years through the door and list them."""
        rows = await self.read(list_calendar_overrides, first=self.first, last=self.last)
        if rows is None:
            return None
        self.show_rows(rows)
        day = pydate(self.day_edit.date())
        at = next((i for i, r in enumerate(self.rows) if r.day == day), None)
        if at is not None:  # the day asked about has a setting: show it in the form
            self.table.setCurrentCell(at, 0)
        self._update_hint()
        self.loaded = True
        self.sig_loaded.emit()
        return rows

    def show_rows(self, rows: Sequence[CalendarOverrideRow]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [
                md(row.day),
                fmt.label(row.kind),
                row.note,
                core_text.text(row.calendar_text),
                f"{row.recorded_by} {fmt.md_hm(row.recorded_at)}",
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 1:
                    item.setForeground(HOLIDAY_FG if row.kind is CalendarOverrideKind.HOLIDAY
                                       else MAKEUP_FG)  # fmt: skip
                self.table.setItem(r, c, item)
        if not self.rows:
            self.table.setRowCount(1)
            empty = QTableWidgetItem(_tr("（还没有本办的调整）"))
            empty.setForeground(MUTED)
            self.table.setItem(0, 0, empty)
            self.table.setSpan(0, 0, 1, len(self.COLUMNS))
        else:
            self.table.clearSpans()

    def listed(self) -> list[tuple[date, CalendarOverrideKind, str]]:
        """What the table lists (for tests and screen readers)."""
        return [(r.day, r.kind, r.note) for r in self.rows]

    def select_day(self, day: date) -> None:
        self.day_edit.setDate(qdate(day))

    def _from_table(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        chosen = self.rows[row]
        self.day_edit.setDate(qdate(chosen.day))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(chosen.kind.value))
        self.note_edit.setText(chosen.note)

    def _update_hint(self) -> None:
        day = pydate(self.day_edit.date())
        own = next((r for r in self.rows if r.day == day), None)
        text = _tr("日历：") + calendar_hint(day)
        if own is not None:
            text += _tr("；本办已设为{k}").format(k=fmt.label(own.kind))
        self.hint.setText(text)

    # -- writing

    async def save(self) -> CalendarOverrideRow | None:
        day = pydate(self.day_edit.date())
        kind = CalendarOverrideKind(self.kind_combo.currentData())
        row = await self.act(
            set_calendar_override,
            day=day,
            kind=kind,
            note=self.note_edit.text(),
            done=_tr("已保存：{day}按{kind}排班。").format(day=md(day), kind=fmt.label(kind)),
        )
        if row is not None:
            await self.load()
            self._update_hint()
        return row

    async def remove(self) -> bool:
        day = pydate(self.day_edit.date())
        self.clear_errors()
        if not any(r.day == day for r in self.rows):
            self.show_field_errors(
                {"day": _tr("{day}没有本办的设定，无须删除。").format(day=md(day))}
            )
            return False
        removed = await self.act(
            clear_calendar_override,
            day=day,
            done=_tr("已删除{day}的设定，这一天按日历排班。").format(day=md(day)),
        )
        if removed is None:
            return False
        await self.load()
        self._update_hint()
        self.note_edit.clear()
        return True


# ---------------------------------------------------------------- the rotation's pools


class PoolPage(QWidget):
    """One post's pool in the pools dialog: default (from the staff's posts) or chosen people."""

    def __init__(self, slot: DutySlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.setObjectName(f"pool_page_{slot.value}")
        self.state: PoolState | None = None
        self.ids: list[int] = []
        self.names: dict[int, StaffChoice] = {}
        self.custom_box = QCheckBox(_tr("由本办指定{slot}人员库").format(slot=fmt.label(slot)), self)
        self.custom_box.setObjectName("custom_box")
        self.custom_box.setToolTip(
            _tr("不勾选：按人员信息自动确定（{rule}）").format(rule=_tr(DEFAULT_POOL_RULE[slot]))
        )
        self.custom_box.toggled.connect(self._custom_toggled)
        self.rule = QLabel(self)
        self.rule.setObjectName("rule_label")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(f"color:{MUTED.name()};")
        self.list = QListWidget(self)
        self.list.setObjectName("member_list")
        self.list.setAccessibleName(_tr("{slot}人员库").format(slot=fmt.label(slot)))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.installEventFilter(self)
        self.add_combo = QComboBox(self)
        self.add_combo.setObjectName("add_combo")
        self.add_combo.setAccessibleName(_tr("加入{slot}人员库的人").format(slot=fmt.label(slot)))
        self.add_combo.setEditable(True)
        self.add_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_combo.lineEdit().setPlaceholderText(_tr("输入姓名或拼音首字母"))
        self.add_combo.lineEdit().returnPressed.connect(self.add_current)
        completer = self.add_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_button = QPushButton(_tr("加入"), self)
        self.add_button.setObjectName("add_button")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button = QPushButton(_tr("移出所选"), self)
        self.remove_button.setObjectName("remove_button")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.ignored = QLabel(self)
        self.ignored.setObjectName("ignored_label")
        self.ignored.setWordWrap(True)
        self.ignored.setStyleSheet(f"color:{WARN.name()};")
        self.ignored.hide()
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.custom_box)
        layout.addWidget(self.rule)
        layout.addWidget(self.list, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.ignored)

    def set_state(self, state: PoolState) -> None:
        self.state = state
        self.names = {c.id: c for c in state.candidates} | {c.id: c for c in state.members}
        self.ids = [c.id for c in state.members]
        self.custom_box.blockSignals(True)
        self.custom_box.setChecked(state.custom)
        self.custom_box.blockSignals(False)
        self.ignored.setText(
            _tr("轮换不会排这些已指定的人：") + core_text.join(core_text.text(i) for i in state.ignored)
            if state.ignored else ""
        )
        self.ignored.setVisible(bool(state.ignored))
        self._refresh()

    @property
    def custom(self) -> bool:
        return self.custom_box.isChecked()

    def wanted(self) -> list[int] | None:
        """The ids to save for the post, None for the default pool."""
        return list(self.ids) if self.custom else None

    def member_names(self) -> list[str]:
        return [self.names[i].name for i in self.ids if i in self.names]

    def _custom_toggled(self, on: bool) -> None:
        # Either way the list starts from whom the default pool draws from: switching to one's
        # own choice begins with it, switching back shows it again.
        if self.state is not None and not on:
            self.ids = list(self.state.defaults)
        elif self.state is not None and on and not self.state.custom:
            self.ids = list(self.state.defaults)
        self._refresh()

    def _refresh(self) -> None:
        custom = self.custom
        self.rule.setText(
            _tr("本办指定的人员；轮换只从他们中排{slot}。").format(slot=fmt.label(self.slot))
            if custom
            else _tr("按人员信息自动确定：{rule}。勾选上面一项可指定具体人员。").format(
                rule=_tr(DEFAULT_POOL_RULE[self.slot])
            )
        )
        self.list.clear()
        for staff_id in self.ids:
            c = self.names.get(staff_id)
            if c is None:
                continue
            item = QListWidgetItem(f"{c.name}　{c.post or '—'}　{c.phone or '—'}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            if not custom:
                item.setForeground(MUTED)
        if not self.ids:
            QListWidgetItem(_tr("（没有合适的人员）"), self.list).setForeground(MUTED)
        self.list.setEnabled(custom)
        self.add_combo.clear()
        for c in (self.state.candidates if self.state else ()):
            if c.id not in self.ids:
                self.add_combo.addItem(f"{c.name}（{c.post or '—'}）", c.id)
        self.add_combo.setCurrentIndex(-1)
        for widget in (self.add_combo, self.add_button, self.remove_button):
            widget.setEnabled(custom)

    def add_current(self) -> bool:
        """Add the person named in the add field (typed or picked); False when nobody fits."""
        if not self.custom:
            return False
        text = self.add_combo.currentText().strip()
        index = self.add_combo.findText(text)
        if index < 0 and text:  # typed a name only, or 拼音 initials: the one person it names
            matches = [i for i in range(self.add_combo.count())
                       if self._matches(self.add_combo.itemData(i), text)]  # fmt: skip
            index = matches[0] if len(matches) == 1 else -1
        if index < 0:
            return False
        staff_id = int(self.add_combo.itemData(index))
        self.ids.append(staff_id)
        self._refresh()
        self.add_combo.setFocus()
        return True

    def _matches(self, staff_id: int, text: str) -> bool:
        c = self.names.get(staff_id)
        if c is None:
            return False
        t = text.lower()
        return c.name == text or c.name.startswith(text) or pinyin_initials(c.name).startswith(t)

    def remove_selected(self) -> int:
        chosen = {int(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()
                  if i.data(Qt.ItemDataRole.UserRole) is not None}  # fmt: skip
        if not chosen and self.list.currentItem() is not None:
            data = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
            chosen = {int(data)} if data is not None else set()
        self.ids = [i for i in self.ids if i not in chosen]
        self._refresh()
        return len(chosen)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)


#: The default pool of each post, in words (``services.roster_admin._default_member``).
DEFAULT_POOL_RULE = {
    DutySlot.LEADER: QT_TRANSLATE_NOOP("RosterDialogs", "人员信息中标为“可带班领导”的人"),
    DutySlot.DUTY: QT_TRANSLATE_NOOP("RosterDialogs", "既不是带班领导也不是驾驶员的人"),
    DutySlot.STANDBY: QT_TRANSLATE_NOOP("RosterDialogs", "既不是带班领导也不是驾驶员的人"),
    DutySlot.VEHICLE: QT_TRANSLATE_NOOP("RosterDialogs", "人员信息中标为“驾驶员”的人"),
}


class PoolsDialog(ActionDialog):
    """人员库: whom the fair rotation draws from for each post (带班领导, 值班人员, 备勤人员,
    驾驶员), office-wide. A post is either the default pool (from the staff's posts) or the
    people the office chose, each fit for the post; 保存 saves the four posts at once through
    the roster service (audited post by post) and the roster view reloads."""

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.setObjectName("pools_dialog")
        self.setWindowTitle(_tr("轮换人员库"))
        intro = QLabel(
            _tr(
                "自动排班按岗位从人员库中轮流排人（全办通用，各值班期相同）。只能加入适合该岗位的"
                "人：带班领导须是可带班的领导，驾驶员须是驾驶员。请假、出差另在“请假/出差”中登记。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pool_tabs")
        self.pages: dict[DutySlot, PoolPage] = {}
        for slot in (DutySlot.LEADER, DutySlot.DUTY, DutySlot.STANDBY, DutySlot.VEHICLE):
            page = PoolPage(slot, self.tabs)
            self.pages[slot] = page
            self.tabs.addTab(page, fmt.label(slot))
            page.custom_box.toggled.connect(lambda _on: self._update_tabs())
            page.add_button.clicked.connect(lambda _=False: self._update_tabs())
            page.remove_button.clicked.connect(lambda _=False: self._update_tabs())
        self.save_button = QPushButton(_tr("保存"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.spawn(self.save(), "save"))
        cancel = QPushButton(_tr("取消"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.action_buttons = [self.save_button]
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(620, 520)
        self.spawn(self.load(), "load")

    async def load(self) -> dict[DutySlot, PoolState] | None:
        states = await self.read(pool_states)
        if states is None:
            return None
        for slot, page in self.pages.items():
            page.set_state(states[slot])
        self._update_tabs()
        self.loaded = True
        self.sig_loaded.emit()
        return states

    def _update_tabs(self) -> None:
        for i, (slot, page) in enumerate(self.pages.items()):
            n = len(page.ids)
            self.tabs.setTabText(
                i,
                _tr("{slot} {n}人").format(slot=fmt.label(slot), n=n)
                + ("" if page.custom else _tr("（默认）")),
            )

    async def save(self) -> list[DutySlot] | None:
        empty = [fmt.label(p.slot) for p in self.pages.values() if p.custom and not p.ids]
        if empty:
            self.say(
                _tr("{posts}的人员库是空的：请加入人员，或取消勾选“由本办指定”以按人员信息"
                    "自动确定。").format(posts="、".join(empty)),
                error=True,
            )  # fmt: skip
            return None
        changed = await self.act(
            set_pools, pools={slot: page.wanted() for slot, page in self.pages.items()}
        )
        if changed is not None:
            self.accept()
        return changed

    def show_field_errors(self, errors, fields=None) -> None:  # noqa: ANN001
        """A refused post: its tab comes forward with the service's reason."""
        for slot, page in self.pages.items():
            if slot.value in errors:
                self.tabs.setCurrentWidget(page)
                break
        self.say("；".join(errors.values()), error=True)
