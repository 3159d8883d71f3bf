"""现场指挥部: setting up, then changing, the on-scene command of one incident.

Commander (a principal leader), deputy (the leader in charge) and members (heads of the village
or departments concerned) are picked from the staff directory; leaders are listed first. The
first save sets the command up (on a launched incident it is the lifecycle step 成立现场指挥部);
every later save is a change with its reason. The compositions so far are listed underneath.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.gui import core_text, fmt
from xianghua_console.gui.dialogs.common import ActionDialog
from xianghua_console.gui.forms import TimeField
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.views.base import escape
from xianghua_console.services.onscene import (
    Composition,
    OnSceneState,
    onscene_state,
    set_onscene_command,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OnSceneDialog", text)


def composition_lines(c: Composition) -> str:
    members = "、".join(m.label for m in c.members) or _tr("（无）")
    deputy = c.deputy.label if c.deputy else _tr("（无）")
    return _tr("指挥长：{cmd}\n副指挥长：{dep}\n成员：{mem}").format(
        cmd=c.commander.label, dep=deputy, mem=members)


class OnSceneDialog(ActionDialog):
    """The on-scene command of one incident, picked from the staff directory."""

    def __init__(self, door: DbDoor, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.incident_id = incident_id
        self.state: OnSceneState | None = None
        self._offered = ""
        self.setObjectName("onscene_dialog")
        self.setWindowTitle(_tr("现场指挥部"))
        self.resize(820, 680)

        self.intro = QLabel(_tr("正在读取事件……"), self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)

        box = QGroupBox(_tr("组成"), self)
        self.commander_combo = QComboBox(box)
        self.commander_combo.setObjectName("commander_combo")
        self.commander_combo.setPlaceholderText(_tr("请选择指挥长（主要领导）"))
        self.deputy_combo = QComboBox(box)
        self.deputy_combo.setObjectName("deputy_combo")
        self.member_filter = QLineEdit(box)
        self.member_filter.setObjectName("member_filter")
        self.member_filter.setPlaceholderText(_tr("筛选：姓名、职务或单位"))
        self.member_filter.setAccessibleName(_tr("筛选成员"))
        self.member_filter.setClearButtonEnabled(True)
        self.member_filter.textChanged.connect(self._filter_members)
        self.member_list = QListWidget(box)
        self.member_list.setObjectName("member_list")
        self.member_list.setMinimumHeight(160)
        self.at_edit = TimeField(self.clock.now(), self.clock, box)
        self.at_edit.setObjectName("at_edit")
        self.reason_edit = QLineEdit(box)
        self.reason_edit.setObjectName("reason_edit")
        self.save_button = QPushButton(_tr("成立现场指挥部"), box)
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(self.save)
        self.step_note = QLabel(box)
        self.step_note.setObjectName("step_note")
        self.step_note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(_tr("指挥长："), self.commander_combo)
        form.addRow(_tr("副指挥长："), self.deputy_combo)
        form.addRow(_tr("成员："), self.member_filter)
        form.addRow("", self.member_list)
        form.addRow(_tr("时间："), self.at_edit)
        self.reason_label = QLabel(_tr("调整原因："), box)
        form.addRow(self.reason_label, self.reason_edit)
        row = QHBoxLayout()
        row.addWidget(self.step_note, 1)
        row.addWidget(self.save_button)
        form.addRow(row)

        history = QGroupBox(_tr("历次组成"), self)
        self.history_list = QListWidget(history)
        self.history_list.setObjectName("history_list")
        self.history_list.setWordWrap(True)
        column = QVBoxLayout(history)
        column.addWidget(self.history_list)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(box, 3)
        layout.addWidget(history, 2)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.action_buttons = [self.save_button]
        self.save_button.setEnabled(False)
        self.field_widgets = {
            "commander_id": self.commander_combo,
            "deputy_id": self.deputy_combo,
            "member_ids": self.member_list,
            "at": self.at_edit,
            "reason": self.reason_edit,
        }

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        self.spawn(self.load(), "load")

    async def load(self) -> None:
        state = await self.read(onscene_state, incident_id=self.incident_id)
        if state is not None:
            self.show_state(state)
            self.loaded = True
            self.sig_loaded.emit()

    def show_state(self, state: OnSceneState) -> None:
        self.state = state
        self.showing(state.row, state.version)  # saved with the incident's version as read
        self.setWindowTitle(_tr("现场指挥部 — {number}").format(number=state.number))
        self.intro.setText(
            f"<b>{escape(state.number)}</b>　{escape(state.unit)}　{escape(state.place)}　"
            f"{escape(fmt.label(state.status))}<br>{escape(state.summary)}<br>"
            + _tr("指挥：{line}").format(line=escape(core_text.text(state.command_line)))
        )
        current = state.current
        self.commander_combo.clear()
        self.deputy_combo.clear()
        self.deputy_combo.addItem(_tr("（不设）"), None)
        for person in state.staff:
            label = person.label + (f"　{person.phone}" if person.phone else "")
            self.commander_combo.addItem(label, person.id)
            self.deputy_combo.addItem(label, person.id)
        if current is not None:
            self.commander_combo.setCurrentIndex(self.commander_combo.findData(current.commander.id))
            self.deputy_combo.setCurrentIndex(
                self.deputy_combo.findData(current.deputy.id if current.deputy else None))
        else:
            self.commander_combo.setCurrentIndex(-1)
            self.deputy_combo.setCurrentIndex(0)
        chosen = set(current.member_ids) if current else set()
        self.member_list.clear()
        # The members now first, so that a change starts from who is there.
        for person in sorted(state.staff, key=lambda p: p.id not in chosen):
            item = QListWidgetItem(person.label, self.member_list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)
        self._filter_members(self.member_filter.text())
        self.at_edit.set_value(self.clock.now())
        self._offered = self.at_edit.text()  # left as offered: "now, when saved"
        changing = current is not None
        self.reason_label.setVisible(changing)
        self.reason_edit.setVisible(changing)
        self.reason_edit.clear()
        self.reason_edit.setPlaceholderText(_tr("调整必须写明原因"))
        self.save_button.setText(_tr("保存调整") if changing else _tr("成立现场指挥部"))
        if state.sets_up_step:
            self.step_note.setText(_tr("保存后，事件进入“现场指挥部已成立”。"))
        elif not changing:
            self.step_note.setText(_tr("事件已过“成立现场指挥部”这一步：保存即补记其组成。"))
        else:
            self.step_note.setText(_tr("调整会作为新的一次组成记入时间线，原组成保留。"))
        self.history_list.clear()
        for c in reversed(state.history):
            head = _tr("第 {n} 次　{at}　{by}记录").format(
                n=c.seq, at=fmt.md_hm(c.set_up_at), by=c.recorded_by)
            if c.reason:
                head += _tr("　原因：{r}").format(r=c.reason)
            QListWidgetItem(head + "\n" + composition_lines(c), self.history_list)
        if not state.history:
            QListWidgetItem(_tr("尚未成立现场指挥部。"), self.history_list)
        self.refresh_enabled()

    def refresh_enabled(self) -> None:
        self.save_button.setEnabled(self.state is not None and not self.busy)

    def _filter_members(self, text: str) -> None:
        text = text.strip()
        for row in range(self.member_list.count()):
            item = self.member_list.item(row)
            item.setHidden(bool(text) and text not in item.text())

    def checked_members(self) -> list[int]:
        return [
            self.member_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.member_list.count())
            if self.member_list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def check_member(self, staff_id: int, checked: bool = True) -> None:
        """Tick (or untick) one person in the member list."""
        for r in range(self.member_list.count()):
            item = self.member_list.item(r)
            if item.data(Qt.ItemDataRole.UserRole) == staff_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        self.spawn(self._save(), "save")

    async def _save(self) -> None:
        at = self.at_edit.value()
        if at is None:
            self.show_field_errors({"at": _tr("看不懂这个时间：请写成 09:35 或 03-05 09:35")})
            return
        offered = self.at_edit.text() == self._offered
        changing = self.state is not None and self.state.current is not None
        done = _tr("现场指挥部已调整。") if changing else _tr("现场指挥部已成立。")
        state = await self.act(
            set_onscene_command, done=done,
            incident_id=self.incident_id,
            commander_id=self.commander_combo.currentData(),
            deputy_id=self.deputy_combo.currentData(),
            member_ids=self.checked_members(),
            at=None if offered else at,
            reason=self.reason_edit.text(),
        )
        if state is not None:
            self.show_state(state)


def open_onscene_dialog(
    door: DbDoor, incident_id: int, parent: QWidget | None = None
) -> OnSceneDialog:
    """Open the on-scene command dialog of ``incident_id`` with ``open()``.

    Connect ``sig_changed`` to reload the incident panel; the dialog deletes itself when closed.
    """
    dialog = OnSceneDialog(door, incident_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog
