"""分派: the assignment dialog of one incident.

Left: the sub-command (the category's proposal, another one only with a reason, the warning
for a body with no head shown as soon as it is highlighted, before it is chosen), its
acceptance (接收) with the live acceptance countdown, and the weight with who commands at it
(a changed weight previews the re-routing before it is saved). Right: the working groups and
member units, HQ's handling instructions (处置指示) and a work group sent to guide and
supervise (派出工作组督导), and what has been recorded so far. Every action is one service
call through the door; the dialog then shows the state the service returns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.enums import UnitKind, Weight
from xianghua_console.gui import core_text, fmt
from xianghua_console.gui.dialogs.common import ActionDialog, show_warning, warning_label
from xianghua_console.gui.forms import TimeField
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.views.base import escape
from xianghua_console.services.assignment import (
    AssignmentState,
    Outcome,
    assign_subcommand,
    assignment_state,
    change_weight,
    record_acceptance,
    record_instruction,
    send_work_group,
    set_groups,
)
from xianghua_console.services.choices import BodyOption

TICK_MS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssignmentDialog", text)


def body_item_text(body: BodyOption, *, phone: bool = True) -> str:
    """``国土分指（负责人：钱进 139…）`` or ``移民分指（⚠ 未指定负责人）``."""
    if body.head:
        head = body.head if phone else body.head.split(" ")[0]
        return _tr("{name}（负责人：{head}）").format(name=body.short_name, head=head)
    return _tr("{name}（⚠ 未指定负责人）").format(name=body.short_name)


class AssignmentDialog(ActionDialog):
    """The assignment of one incident: sub-command, acceptance, weight, groups, handling."""

    def __init__(self, door: DbDoor, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.incident_id = incident_id
        self.state: AssignmentState | None = None
        self._offered = ""
        self.setObjectName("assignment_dialog")
        self.setWindowTitle(_tr("分派"))
        self.resize(1120, 720)

        self.intro = QLabel(_tr("正在读取事件……"), self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        left.addWidget(self._build_subcommand())
        left.addWidget(self._build_acceptance())
        left.addWidget(self._build_weight())
        left.addWidget(self._build_log(), 1)
        right.addWidget(self._build_groups(), 1)
        right.addWidget(self._build_handling())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.action_buttons = [self.assign_button, self.accept_button, self.weight_button,
                               self.groups_button, self.instruction_button,
                               self.work_group_button]
        for button in self.action_buttons:
            button.setEnabled(False)  # until the incident is read

    # ------------------------------------------------------------------ building

    def _build_subcommand(self) -> QGroupBox:
        box = QGroupBox(_tr("分派分指挥部"), self)
        self.proposal_label = QLabel(box)
        self.proposal_label.setObjectName("proposal_label")
        self.proposal_label.setWordWrap(True)
        self.subcommand_combo = QComboBox(box)
        self.subcommand_combo.setObjectName("subcommand_combo")
        self.subcommand_combo.setAccessibleName(_tr("分指挥部"))
        self.subcommand_combo.setPlaceholderText(_tr("请选择分指挥部"))
        self.subcommand_combo.setMinimumContentsLength(16)
        self.subcommand_combo.currentIndexChanged.connect(self._subcommand_changed)
        # Highlighting an item in the open list already shows its warning: before choosing.
        self.subcommand_combo.highlighted.connect(self._subcommand_highlighted)
        self.subcommand_combo.activated.connect(self._subcommand_changed)  # chosen again
        self.head_warning = warning_label(box)
        self.head_warning.setObjectName("head_warning")
        self.reason_edit = QLineEdit(box)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setAccessibleName(_tr("改派原因"))
        self.reason_label = QLabel(_tr("改派原因："), box)
        self.reason_label.setBuddy(self.reason_edit)
        self.assign_button = QPushButton(_tr("分派"), box)
        self.assign_button.setObjectName("assign_button")
        self.assign_button.clicked.connect(self.assign)
        self.assigned_label = QLabel(box)
        self.assigned_label.setObjectName("assigned_label")
        self.assigned_label.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.proposal_label)
        form.addRow(_tr("分指挥部："), self.subcommand_combo)
        form.addRow(self.head_warning)
        form.addRow(self.reason_label, self.reason_edit)
        row = QHBoxLayout()
        row.addWidget(self.assigned_label, 1)
        row.addWidget(self.assign_button)
        form.addRow(row)
        return box

    def _build_acceptance(self) -> QGroupBox:
        box = QGroupBox(_tr("分指挥部接收"), self)
        self.accept_clock = QLabel(box)
        self.accept_clock.setObjectName("accept_clock")
        self.accept_clock.setTextFormat(Qt.TextFormat.RichText)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.accept_clock.setFont(font)
        self.accepted_by_edit = QLineEdit(box)
        self.accepted_by_edit.setObjectName("accepted_by_edit")
        self.accepted_by_edit.setPlaceholderText(_tr("分指挥部接收人"))
        self.accept_at = TimeField(self.clock.now(), self.clock, box)
        self.accept_at.setObjectName("accept_at")
        self.accept_button = QPushButton(_tr("记录接收"), box)
        self.accept_button.setObjectName("accept_button")
        self.accept_button.clicked.connect(self.accept_incident)
        form = QFormLayout(box)
        form.addRow(self.accept_clock)
        form.addRow(_tr("接收人："), self.accepted_by_edit)
        row = QHBoxLayout()
        row.addWidget(self.accept_at)
        row.addStretch(1)
        row.addWidget(self.accept_button)
        form.addRow(_tr("接收时间："), row)
        return box

    def _build_weight(self) -> QGroupBox:
        box = QGroupBox(_tr("事件程度与指挥"), self)
        self.weight_combo = QComboBox(box)
        self.weight_combo.setObjectName("weight_combo")
        for weight in Weight:
            self.weight_combo.addItem(fmt.label(weight), weight.value)
        self.weight_combo.currentIndexChanged.connect(self._weight_changed)
        self.command_label = QLabel(box)
        self.command_label.setObjectName("command_label")
        # No word wrap: a wrapping rich-text label in a form layout keeps its first height.
        self.command_label.setTextFormat(Qt.TextFormat.RichText)
        self.weight_reason = QLineEdit(box)
        self.weight_reason.setObjectName("weight_reason")
        self.weight_reason.setPlaceholderText(_tr("如：人数增加、情绪激动"))
        self.weight_button = QPushButton(_tr("调整程度"), box)
        self.weight_button.setObjectName("weight_button")
        self.weight_button.clicked.connect(self.change_weight)
        self.command_warning = warning_label(box)
        self.command_warning.setObjectName("command_warning")
        form = QFormLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.weight_combo)
        row.addStretch(1)
        form.addRow(_tr("程度："), row)
        form.addRow(self.command_label)
        form.addRow(self.command_warning)
        row = QHBoxLayout()
        row.addWidget(self.weight_reason, 1)
        row.addWidget(self.weight_button)
        form.addRow(_tr("调整原因："), row)
        return box

    def _build_groups(self) -> QGroupBox:
        box = QGroupBox(_tr("工作组和成员单位"), self)
        self.group_boxes: dict[int, QCheckBox] = {}
        self.groups_row = QGridLayout()
        self.group_warning = warning_label(box)
        self.group_warning.setObjectName("group_warning")
        self.unit_filter = QLineEdit(box)
        self.unit_filter.setObjectName("unit_filter")
        self.unit_filter.setPlaceholderText(_tr("筛选单位：输入名称"))
        self.unit_filter.setAccessibleName(_tr("筛选成员单位"))
        self.unit_filter.setClearButtonEnabled(True)
        self.unit_filter.textChanged.connect(self._filter_units)
        self.unit_list = QListWidget(box)
        self.unit_list.setObjectName("unit_list")
        self.unit_list.setAccessibleName(_tr("成员单位"))
        self.unit_list.setMinimumHeight(110)
        self.groups_button = QPushButton(_tr("保存工作组和成员单位"), box)
        self.groups_button.setObjectName("groups_button")
        self.groups_button.clicked.connect(self.save_groups)
        column = QVBoxLayout(box)
        column.addLayout(self.groups_row)
        column.addWidget(self.group_warning)
        column.addWidget(self.unit_filter)
        column.addWidget(self.unit_list, 1)
        column.addWidget(self.groups_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def _build_handling(self) -> QGroupBox:
        box = QGroupBox(_tr("总指挥部处置"), self)
        self.instruction_to = QLineEdit(box)
        self.instruction_to.setObjectName("instruction_to")
        self.instruction_text = QPlainTextEdit(box)
        self.instruction_text.setObjectName("instruction_text")
        self.instruction_text.setPlaceholderText(_tr("处置指示的内容"))
        self.instruction_text.setFixedHeight(54)
        self.instruction_button = QPushButton(_tr("记录处置指示"), box)
        self.instruction_button.setObjectName("instruction_button")
        self.instruction_button.clicked.connect(self.record_instruction)
        self.leader_combo = QComboBox(box)
        self.leader_combo.setObjectName("leader_combo")
        self.members_edit = QLineEdit(box)
        self.members_edit.setObjectName("members_edit")
        self.members_edit.setPlaceholderText(_tr("工作组成员"))
        self.task_edit = QLineEdit(box)
        self.task_edit.setObjectName("task_edit")
        self.task_edit.setPlaceholderText(_tr("督导任务"))
        self.work_group_button = QPushButton(_tr("记录派出工作组"), box)
        self.work_group_button.setObjectName("work_group_button")
        self.work_group_button.clicked.connect(self.send_work_group)
        form = QFormLayout(box)
        form.addRow(_tr("指示对象："), self.instruction_to)
        row = QHBoxLayout()
        row.addWidget(self.instruction_text, 1)
        row.addWidget(self.instruction_button, 0, Qt.AlignmentFlag.AlignBottom)
        form.addRow(_tr("处置指示："), row)
        form.addRow(_tr("工作组带队："), self.leader_combo)
        row = QHBoxLayout()
        row.addWidget(self.members_edit, 1)
        row.addWidget(self.task_edit, 1)
        row.addWidget(self.work_group_button)
        form.addRow(_tr("成员、任务："), row)
        return box

    def _build_log(self) -> QGroupBox:
        box = QGroupBox(_tr("分派与处置记录（时间线）"), self)
        self.log_list = QListWidget(box)
        self.log_list.setObjectName("log_list")
        self.log_list.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.log_list)
        return box

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        """Read the incident through the door (spawned: the dialog is already open)."""
        self.spawn(self.load(), "load")

    async def load(self) -> None:
        state = await self.read(assignment_state, incident_id=self.incident_id)
        if state is not None:
            self.show_state(state)
            self.loaded = True
            self.sig_loaded.emit()

    def show_state(self, state: AssignmentState) -> None:
        """Put the state the service returned on screen (the choices are rebuilt)."""
        self.state = state
        self.showing(state.row)  # actions send the incident's version as read
        self.setWindowTitle(_tr("分派 — {number}").format(number=state.number))
        self.intro.setText(
            f"<b>{escape(state.number)}</b>　{escape(state.unit)}　"
            f"{escape(state.category or _tr('（未分类）'))}　{escape(fmt.label(state.status))}<br>"
            f"{escape(state.summary)}"
        )
        proposed = state.body(state.proposed_id)
        if proposed is not None:
            self.proposal_label.setText(
                _tr("类别“{cat}”对应：{body}").format(cat=state.category, body=proposed.name)
            )
        else:
            self.proposal_label.setText(_tr("类别“{cat}”没有对应的分指挥部，请选择。").format(
                cat=state.category or _tr("未分类")))
        combo = self.subcommand_combo
        combo.blockSignals(True)
        combo.clear()
        for body in state.subcommands:
            combo.addItem(body_item_text(body), body.id)
            index = combo.count() - 1
            combo.setItemData(index, core_text.text(body.warning) or body.name,
                              Qt.ItemDataRole.ToolTipRole)
        current = state.subcommand_id if state.subcommand_id is not None else state.proposed_id
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else -1)
        combo.blockSignals(False)
        self.reason_edit.setText(state.override_reason)
        self._subcommand_changed()

        self.weight_combo.blockSignals(True)
        self.weight_combo.setCurrentIndex(self.weight_combo.findData(state.weight.value))
        self.weight_combo.blockSignals(False)
        self.weight_reason.clear()
        self._weight_changed()

        self._fill_groups(state)
        self._fill_handling(state)
        self.accept_at.set_value(self.clock.now())
        self._offered = self.accept_at.text()  # left as offered: "now, when saved"
        sub = state.body(state.subcommand_id)
        if state.accepted_at is None:
            # offered: the head of the sub-command the incident is with (typed over if another)
            self.accepted_by_edit.setText(sub.head.split(" ")[0] if sub and sub.head else "")
        else:
            self.accepted_by_edit.setText(state.accepted_by)
        self.tick()
        self.refresh_enabled()

    def _fill_groups(self, state: AssignmentState) -> None:
        while self.groups_row.count():
            item = self.groups_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.group_boxes = {}
        for index, group in enumerate(state.groups):
            check = QCheckBox(body_item_text(group, phone=False), self)
            check.setObjectName(f"group_{group.id}")
            check.setToolTip(core_text.text(group.warning) or f"{group.name}　{group.head}")
            check.setChecked(group.id in state.group_ids)
            check.toggled.connect(self._groups_toggled)
            self.groups_row.addWidget(check, index // 2, index % 2)
            self.group_boxes[group.id] = check
        # Made after the rest: put them in the Tab order where they stand, at the top of the
        # right-hand column (after the left column's last input), before the units.
        chain = [self.log_list, *self.group_boxes.values(), self.unit_filter]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.unit_list.clear()
        for unit in sorted(state.units, key=lambda u: u.kind is not UnitKind.VILLAGE):
            item = QListWidgetItem(f"{unit.name}（{fmt.label(unit.kind)}）", self.unit_list)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if unit.id in state.unit_ids else Qt.CheckState.Unchecked
            )
        self._filter_units(self.unit_filter.text())
        self._groups_toggled()

    def _fill_handling(self, state: AssignmentState) -> None:
        self.instruction_to.setText(state.unit)
        self.leader_combo.clear()
        for person in state.staff:
            self.leader_combo.addItem(person.label, person.id)
        self.log_list.clear()
        for entry in reversed(state.handling):
            QListWidgetItem(
                f"{fmt.md_hm(entry.at)}　{fmt.label(entry.kind)}　{entry.text}（{entry.actor}）",
                self.log_list,
            )
        if not state.handling:
            QListWidgetItem(_tr("还没有分派或处置记录。"), self.log_list)

    # ------------------------------------------------------------------ live parts

    def selected_subcommand(self) -> BodyOption | None:
        if self.state is None:
            return None
        return self.state.body(self.subcommand_combo.currentData())

    def overriding(self) -> bool:
        """A sub-command other than the category's is chosen (a reason is required)."""
        chosen = self.subcommand_combo.currentData()
        return (
            self.state is not None
            and self.state.proposed_id is not None
            and chosen is not None
            and chosen != self.state.proposed_id
        )

    def _subcommand_highlighted(self, index: int) -> None:
        if self.state is None or index < 0:
            return
        body = self.state.body(self.subcommand_combo.itemData(index))
        show_warning(self.head_warning, body.warning if body else "")

    def _subcommand_changed(self, _index: int = -1) -> None:
        body = self.selected_subcommand()
        show_warning(self.head_warning, body.warning if body else "")
        override = self.overriding()
        self.reason_edit.setEnabled(override)
        self.reason_label.setEnabled(override)
        self.reason_edit.setPlaceholderText(
            _tr("选择了类别对应以外的分指挥部，须写明原因") if override else _tr("按类别对应分派，无需原因")
        )
        state = self.state
        if state is None:
            return
        if not state.assigned:
            self.assign_button.setText(_tr("分派"))
            self.assigned_label.setText(_tr("尚未分派（上面是类别建议）。"))
        else:
            sub = state.body(state.subcommand_id)
            self.assign_button.setText(_tr("改派"))
            self.assigned_label.setText(
                _tr("已分派给{sub}：{at}（{by}）").format(
                    sub=sub.short_name if sub else "", at=fmt.md_hm(state.assigned_at),
                    by=state.assigned_by)
            )
        self._weight_changed()

    def _weight_changed(self, _index: int = -1) -> None:
        state = self.state
        if state is None:
            return
        chosen = Weight(self.weight_combo.currentData())
        now_line = core_text.text(state.command_line())
        if chosen is state.weight:
            self.command_label.setText(_tr("指挥：<b>{line}</b>").format(line=escape(now_line)))
        else:
            self.command_label.setText(
                _tr("现为 {now}<br>调整后：<b>{then}</b>").format(
                    now=escape(now_line), then=escape(core_text.text(state.command_line(chosen))))
            )
        warning = ""
        if chosen is Weight.SERIOUS and state.hq.warning:
            warning = state.hq.warning
        elif chosen is Weight.HEAVIER:
            sub = state.body(state.subcommand_id)
            if not state.assigned:
                warning = _tr("较重的事件由分指挥部指导协调，请先分派分指挥部。")
            elif sub is not None and sub.warning:
                warning = sub.warning
        show_warning(self.command_warning, warning)
        self.weight_button.setEnabled(not self.busy and chosen is not state.weight)

    def _groups_toggled(self, _checked: bool = False) -> None:
        if self.state is None:
            return
        warnings = [
            core_text.text(g.warning) for g in self.state.groups
            if g.warning and self.group_boxes.get(g.id) and self.group_boxes[g.id].isChecked()
        ]
        show_warning(self.group_warning, "\n".join(warnings))

    def _filter_units(self, text: str) -> None:
        text = text.strip()
        for row in range(self.unit_list.count()):
            item = self.unit_list.item(row)
            item.setHidden(bool(text) and text not in item.text())

    def tick(self) -> None:
        """Refresh the acceptance countdown from memory (no database on a tick)."""
        state = self.state
        deadline = state.accept_deadline if state else None
        if state is None or deadline is None:
            self.accept_clock.setText(_tr("分派后开始计算接收时限。"))
            self._timer.stop()
            return
        if deadline.met:
            late = _tr("（超时接收）") if deadline.met_late else _tr("（按时）")
            self.accept_clock.setText(
                _tr("已接收：{at}　接收人 {by}{late}").format(
                    at=fmt.md_hm(deadline.met_at), by=escape(state.accepted_by), late=late)
            )
            self._timer.stop()
            return
        remaining = deadline.due - self.clock.now()
        seconds = remaining.total_seconds()
        left = fmt.countdown(remaining)  # "超时 …" once overdue
        text = _tr("接收时限 {due}　{left}").format(
            due=fmt.hm(deadline.due), left=left if seconds <= 0 else _tr("剩余 ") + left)
        if seconds <= 0:
            style = "background:#c62828;color:#fff"
        elif seconds <= state.alert_lead_minutes * 60:  # the panel's amber, the alerts' lead
            style = "background:#ffb300;color:#000"
        else:
            style = ""
        self.accept_clock.setText(
            f'<span style="{style}"><b>&nbsp;{escape(text)}&nbsp;</b></span>' if style
            else f"<b>{escape(text)}</b>"
        )
        if not self._timer.isActive():
            self._timer.start()

    def refresh_enabled(self) -> None:
        state = self.state
        ready = state is not None and not self.busy
        for button in self.action_buttons:
            button.setEnabled(ready)
        if state is not None:
            self.accept_button.setEnabled(ready and state.assigned and state.accepted_at is None)
            self.accepted_by_edit.setEnabled(state.assigned and state.accepted_at is None)
            self.accept_at.setEnabled(state.assigned and state.accepted_at is None)
            self._weight_changed()

    def stop(self) -> None:
        self._timer.stop()
        super().stop()

    # ------------------------------------------------------------------ actions

    def _apply(self, outcome: Outcome | None, done: str) -> None:
        if outcome is None:
            return
        self.show_state(outcome.state)
        if outcome.warnings:
            self.say(done + "　" + core_text.join(core_text.text(w) for w in outcome.warnings),
                     warn=True)

    def assign(self) -> None:
        """分派 / 改派 the chosen sub-command (with the reason when it is not the proposal)."""
        self.spawn(self._assign(), "assign")

    async def _assign(self) -> None:
        body = self.selected_subcommand()
        if body is None:
            self.show_field_errors({"subcommand_id": _tr("请选择一个分指挥部")},
                                   {"subcommand_id": self.subcommand_combo})
            return
        done = _tr("已分派给{name}。").format(name=body.short_name)
        outcome = await self.act(
            assign_subcommand, done=done,
            fields={"subcommand_id": self.subcommand_combo, "reason": self.reason_edit},
            incident_id=self.incident_id, subcommand_id=body.id,
            reason=self.reason_edit.text() if self.overriding() else "",
        )
        self._apply(outcome, done)

    def accept_incident(self) -> None:
        """Record the sub-command's acceptance (接收) with its time."""
        self.spawn(self._accept(), "accept")

    async def _accept(self) -> None:
        at = self.accept_at.value()
        if at is None:
            self.show_field_errors({"at": _tr("看不懂这个时间：请写成 09:35 或 03-05 09:35")},
                                   {"at": self.accept_at})
            return
        offered = self.accept_at.text() == self._offered
        done = _tr("已记录接收。")
        outcome = await self.act(
            record_acceptance, done=done,
            fields={"accepted_by": self.accepted_by_edit, "at": self.accept_at},
            incident_id=self.incident_id, accepted_by=self.accepted_by_edit.text(),
            at=None if offered else at,
        )
        self._apply(outcome, done)

    def change_weight(self) -> None:
        """Change the weight: the command is re-routed, logged with the reason."""
        self.spawn(self._change_weight(), "weight")

    async def _change_weight(self) -> None:
        weight = Weight(self.weight_combo.currentData())
        done = _tr("事件程度已调整为“{w}”。").format(w=fmt.label(weight))
        outcome = await self.act(
            change_weight, done=done, fields={"reason": self.weight_reason},
            incident_id=self.incident_id, weight=weight, reason=self.weight_reason.text(),
        )
        self._apply(outcome, done)

    def checked_groups(self) -> list[int]:
        return [gid for gid, check in self.group_boxes.items() if check.isChecked()]

    def checked_units(self) -> list[int]:
        return [
            self.unit_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.unit_list.count())
            if self.unit_list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def save_groups(self) -> None:
        self.spawn(self._save_groups(), "groups")

    async def _save_groups(self) -> None:
        done = _tr("工作组和成员单位已保存。")
        outcome = await self.act(
            set_groups, done=done, fields={"group_ids": self.groups_button,
                                           "unit_ids": self.unit_list},
            incident_id=self.incident_id, group_ids=self.checked_groups(),
            unit_ids=self.checked_units(),
        )
        self._apply(outcome, done)

    def record_instruction(self) -> None:
        self.spawn(self._instruction(), "instruction")

    async def _instruction(self) -> None:
        done = _tr("已记录处置指示。")
        outcome = await self.act(
            record_instruction, done=done, fields={"text": self.instruction_text},
            incident_id=self.incident_id, text=self.instruction_text.toPlainText(),
            to=self.instruction_to.text(),
        )
        if outcome is not None:
            self.instruction_text.clear()
        self._apply(outcome, done)

    def send_work_group(self) -> None:
        self.spawn(self._work_group(), "work_group")

    async def _work_group(self) -> None:
        done = _tr("已记录派出工作组。")
        leader = self.leader_combo.currentData()
        if leader is None:
            self.show_field_errors({"leader_id": _tr("请选择带队的人员")},
                                   {"leader_id": self.leader_combo})
            return
        outcome = await self.act(
            send_work_group, done=done, fields={"leader_id": self.leader_combo},
            incident_id=self.incident_id, leader_id=leader, members=self.members_edit.text(),
            task=self.task_edit.text(),
        )
        if outcome is not None:
            self.members_edit.clear()
            self.task_edit.clear()
        self._apply(outcome, done)


def open_assignment_dialog(
    door: DbDoor, incident_id: int, parent: QWidget | None = None
) -> AssignmentDialog:
    """Open the assignment dialog of ``incident_id`` (non-modal to qasync: ``open()``).

    Connect ``sig_changed`` to reload the incident panel; the dialog deletes itself when
    closed.
    """
    dialog = AssignmentDialog(door, incident_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog
