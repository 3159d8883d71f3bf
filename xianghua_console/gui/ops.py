"""The one door from the GUI to the database (STYLE.md habit 1).

Every read and write of the GUI is a service call passed through :meth:`DbDoor.call`: it runs
on the door's single worker thread (so writes are serialized and the GUI thread never waits on
SQLite), and its result — or its exception — comes back to the awaiting coroutine on the GUI
thread. Nothing in the GUI touches a session directly, and nothing calls the door from
``data()``, ``paintEvent`` or a timer tick: a tick may only *spawn* a coroutine that awaits it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from xianghua_console.domain.settings import SettingsError
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.store.db import DatabaseError

log = logging.getLogger(__name__)

T = TypeVar("T")

WORKER_NAME = "xianghua-db"


class DoorClosed(RuntimeError):
    """The door was shut (the console is closing); no more calls go through."""


class DbDoor:
    """Runs service calls on one worker thread and returns their results on the GUI thread."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=WORKER_NAME)
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    async def call(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Await ``fn(*args, **kwargs)`` run on the worker; its exception is raised here."""
        if self._closed:
            raise DoorClosed(_tr("数据库通道已关闭，值班台正在退出。"))
        loop = asyncio.get_running_loop()
        job = functools.partial(fn, *args, **kwargs)
        return await loop.run_in_executor(self._executor, job)

    def shutdown(self, *, wait: bool = True) -> None:
        """Refuse new calls and let the worker finish what it has (writes are not dropped)."""
        if self._closed:
            return
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=False)


def describe_error(exc: BaseException) -> str:
    """A message for the duty officer: the core's own text in the screen's language
    (``gui.core_text``; the Chinese when it has no translation), or a plain generic one."""
    from xianghua_console.gui.core_text import error_text

    if isinstance(exc, Refused | DatabaseError | SettingsError | DoorClosed):
        return error_text(exc)
    # Not at the top: the window paints before SQLAlchemy is imported (store/db.py).
    from sqlalchemy.exc import OperationalError, SQLAlchemyError
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(exc, StaleDataError):
        return _tr("这条记录刚被另一台电脑修改过，请刷新（F5）后再操作。")
    if isinstance(exc, OperationalError):
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        if "locked" in detail or "busy" in detail:
            return _tr("数据库正忙（另一台电脑正在写入），请稍后再试。") + f"\n（{detail}）"
        return _tr("数据库操作失败，请检查数据库文件或网络连接。") + f"\n（{detail}）"
    if isinstance(exc, SQLAlchemyError):
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return _tr("数据库操作失败。") + f"\n（{detail}）"
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return _tr("操作未能完成，程序出现了意外错误。请把下面的详情告诉维护人员：") + f"\n{detail}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DbDoor", text)
