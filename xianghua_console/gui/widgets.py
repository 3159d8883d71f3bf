"""Small widgets shared by the windows: the dismissible banner at the top of the window."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class BannerKind(Enum):
    INFO = "info"
    ERROR = "error"
    WARNING = "warning"  # yellow: the set-up is risky (a network share, the clock set back)
    ALARM = "alarm"  # solid red: the records cannot be trusted (a broken hash chain)


_STYLES = {
    BannerKind.INFO: "background:#e7f1ff;border:1px solid #9ec5fe;color:#052c65;",
    BannerKind.ERROR: "background:#f8d7da;border:1px solid #f1aeb5;color:#58151c;",
    BannerKind.WARNING: "background:#fff3cd;border:1px solid #e0b300;color:#4d3a00;",
    BannerKind.ALARM: "background:#b02a37;border:1px solid #842029;color:#ffffff;",
}


class Banner(QFrame):
    """A message across the top of the window that stays until the officer dismisses it."""

    sig_dismissed = Signal()
    """The officer closed the banner."""

    def __init__(self, kind: BannerKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"banner_{kind.value}")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText(QCoreApplication.translate("Banner", "关闭"))
        self.close_button.setToolTip(QCoreApplication.translate("Banner", "不再显示这条消息"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout = layout
        self.hide()

    def setObjectName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """Name the banner; its style follows the name (the style sheet selects by it)."""
        super().setObjectName(name)
        self.setStyleSheet(f"#{name} {{{_STYLES[self.kind]} border-radius:3px;}}")

    def add_button(self, text: str, name: str) -> QPushButton:
        """A button of the banner's own (before 关闭), e.g. 恢复 / 放弃 of a draft offer."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        self._layout.insertWidget(self._layout.count() - 1, button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        self.hide()
        self.sig_dismissed.emit()
