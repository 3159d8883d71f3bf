"""Logging in when the console opens, and creating the first director of a new database.

Both dialogs run before the qasync loop exists, so a plain modal ``exec()`` is safe here (the
"Cannot enter into task" trap only bites inside a running loop). Checking a password (argon2)
takes a moment on the GUI thread; there is no other window yet to keep responsive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import Clock
from xianghua_console.gui.deferred import WarmUp, deferred
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.startup import has_accounts
from xianghua_console.store.db import Database

if TYPE_CHECKING:
    from xianghua_console.services import accounts
    from xianghua_console.services.accounts import Account
else:
    accounts = deferred("xianghua_console.services.accounts")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoginDialog", text)


class LoginDialog(QDialog):
    """用户名 and 密码; a refusal is shown in the dialog, which stays open."""

    def __init__(self, db: Database, clock: Clock, *, first: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.clock, self.first = db, clock, first
        self.account: Account | None = None
        # The dialog is the first window: it paints before SQLAlchemy is imported, which
        # happens behind it while the officer types (services.startup, gui.deferred).
        self.warm_up = WarmUp(db)
        self.setWindowTitle(_tr("新建第一个办公室主任账号") if first else _tr("登录值班台"))
        self.setObjectName("login_dialog")
        self.intro = intro = QLabel(
            _tr("这是一个新数据库，还没有账号。请先建立办公室主任账号，之后由主任添加其他人员的账号。")
            if first
            else _tr("请用本人账号登录。"),
            self,
        )
        intro.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setObjectName("login_username")
        self.username.setAccessibleName(_tr("用户名"))
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("login_display_name")
        self.display_name.setAccessibleName(_tr("姓名"))
        self.password = QLineEdit(self)
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_tr("密码"))
        self.password2 = QLineEdit(self)
        self.password2.setObjectName("login_password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2.setAccessibleName(_tr("再输一遍密码"))
        self.error = QLabel("", self)
        self.error.setObjectName("login_error")
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("用户名"), self.username)
        if first:
            form.addRow(_tr("姓名"), self.display_name)
        form.addRow(_tr("密码"), self.password)
        if first:
            form.addRow(_tr("再输一遍"), self.password2)
        else:
            self.display_name.hide()
            self.password2.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            _tr("建立并登录") if first else _tr("登录")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.warm_up.start()  # once; after the first paint

    def submit(self) -> None:
        """Check the account (or create the first director); stay open with the reason if not."""
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.error.setText(_tr("请输入用户名和密码。"))
            return
        self.warm_up.wait()
        try:
            if self.first:
                if password != self.password2.text():
                    self.error.setText(_tr("两次输入的密码不一致。"))
                    return
                accounts.create_first_director(
                    Ctx(self.db, self.clock, actor=username),
                    username=username,
                    password=password,
                    display_name=self.display_name.text().strip(),
                )
            self.account = accounts.authenticate(self.db, self.clock, username=username, password=password)
        except Refused as exc:
            from xianghua_console.gui.core_text import error_text

            self.error.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def log_in(db: Database, clock: Clock) -> Ctx | None:
    """The context of whoever logs in (None when the officer cancels)."""
    dialog = LoginDialog(db, clock, first=not has_accounts(db))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
        return None
    return accounts.ctx_for(db, clock, dialog.account)  # submit() waited for the warm-up
