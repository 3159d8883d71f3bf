"""The login dialog of the idle lock (``gui.idle_lock``): the locked account's password, or
another account's; checked through the door."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.core_text import error_text
from xianghua_console.gui.login import LoginDialog
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.services.accounts import authenticate
from xianghua_console.services.context import Ctx, Refused


def _tr(text: str) -> str:
    return QCoreApplication.translate("IdleLock", text)


class UnlockDialog(LoginDialog):
    """The login dialog asking the locked account's password (or another account's).

    The password is checked through the door (argon2 takes a good part of a second; the
    console's timers and alerts go on meanwhile).
    """

    sig_authenticated = Signal(object)
    """Someone logged in: the :class:`Account`."""

    def __init__(self, door: DbDoor, tasks: TaskKeeper, ctx: Ctx, parent: QWidget) -> None:
        super().__init__(ctx.db, ctx.clock, first=False, parent=parent)
        self.door, self.tasks = door, tasks
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(_tr("值班台已锁定"))
        self.intro.setText(
            _tr("值班台已锁定。请输入 {user} 的密码继续；交班时也可以用另一个账号登录。").format(
                user=ctx.actor
            )
        )
        self.username.setText(ctx.username)
        self.password.setFocus()
        self.checking = False

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.error.setText(_tr("请输入用户名和密码。"))
            return
        if self.checking:
            return
        self.tasks.spawn(self._check(username, password), name="unlock.check")

    async def _check(self, username: str, password: str) -> None:
        self.checking = True
        try:
            account = await self.door.call(authenticate, self.db, self.clock, username=username,
                                           password=password)
        except Refused as exc:
            self.error.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        except Exception as exc:  # the database: shown here, the console stays locked
            self.error.setText(describe_error(exc))
            return
        finally:
            self.checking = False
        self.account = account
        self.accept()
        self.sig_authenticated.emit(account)
