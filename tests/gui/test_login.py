"""Logging in at start: the first director of a new database, then accounts with roles."""

from __future__ import annotations

from xianghua_console.domain.enums import Role
from xianghua_console.gui.login import LoginDialog
from xianghua_console.services.accounts import authenticate, has_accounts


def test_first_run_creates_the_director_then_login_checks_the_password(qtbot, ctx):
    assert not has_accounts(ctx.db)
    first = LoginDialog(ctx.db, ctx.clock, first=True)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.username, "zhuren")
    first.display_name.setText("王主任")  # QTest types ASCII only
    qtbot.keyClicks(first.password, "mima-2027")
    qtbot.keyClicks(first.password2, "mima-2028")
    first.submit()
    assert "不一致" in first.error.text() and first.result() == 0 and not has_accounts(ctx.db)
    first.password2.clear()
    qtbot.keyClicks(first.password2, "mima-2027")
    first.submit()
    assert first.account is not None and first.account.role is Role.DIRECTOR
    assert has_accounts(ctx.db)

    login = LoginDialog(ctx.db, ctx.clock, first=False)
    qtbot.addWidget(login)
    assert login.password2.isHidden()
    qtbot.keyClicks(login.username, "zhuren")
    qtbot.keyClicks(login.password, "wrong")
    login.submit()
    assert login.account is None and login.error.text() and login.password.text() == ""
    qtbot.keyClicks(login.password, "mima-2027")
    login.submit()
    assert login.account == authenticate(ctx.db, ctx.clock, username="zhuren",
                                         password="mima-2027")
