"""Small widgets shared by the windows: the dismissible banner at the top of the window."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class BannerKind(Enum):
    INFO = "info"
    ERROR = "error"


_STYLES = {
    BannerKind.INFO: "background:#e7f1ff;border:1px solid #9ec5fe;color:#052c65;",
    BannerKind.ERROR: "background:#f8d7da;border:1px solid #f1aeb5;color:#58151c;",
}


class Banner(QFrame):
    """A message across the top of the window that stays until the officer dismisses it."""

    sig_dismissed = Signal()
    """The officer closed the banner."""

    def __init__(self, kind: BannerKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"banner_{kind.value}")
        self.setStyleSheet(f"#{self.objectName()} {{{_STYLES[kind]} border-radius:3px;}}")
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
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        self.hide()
        self.sig_dismissed.emit()
