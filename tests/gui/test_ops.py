"""The one door to the database: off the GUI thread, results and errors back on it."""

from __future__ import annotations

import asyncio
import threading

import pytest

from xianghua_console.gui.ops import WORKER_NAME, DbDoor, DoorClosed, describe_error
from xianghua_console.services.context import Refused
from xianghua_console.services.status import status_snapshot
from xianghua_console.store.db import DatabaseError


def run(qtbot, coro):
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=10_000)
    return task


def test_call_runs_on_the_worker_and_returns_on_the_gui_thread(qloop, qtbot, ctx):
    door = DbDoor(ctx)
    seen: dict[str, threading.Thread] = {}

    def add(x: int, *, y: int) -> int:
        seen.setdefault("first", threading.current_thread())
        seen["last"] = threading.current_thread()
        return x + y

    async def go() -> int:
        a = await door.call(add, 1, y=2)
        b = await door.call(add, 3, y=4)
        seen["back"] = threading.current_thread()
        return a + b

    try:
        task = run(qtbot, go())
        assert task.result() == 10
        assert seen["first"] is not threading.main_thread()
        assert seen["first"].name.startswith(WORKER_NAME)
        assert seen["last"] is seen["first"]  # one worker: writes are serialized
        assert seen["back"] is threading.main_thread()
    finally:
        door.shutdown()


def test_a_service_call_through_the_door(qloop, qtbot, ctx):
    door = DbDoor(ctx)
    try:
        snap = run(qtbot, door.call(status_snapshot, ctx)).result()
        assert snap.expected_units == 15  # the plan's town units
    finally:
        door.shutdown()


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (Refused("这一天已关账，不能再补报。"), "这一天已关账，不能再补报。"),
        (DatabaseError("数据库文件不存在：/x.sqlite"), "数据库文件不存在：/x.sqlite"),
    ],
)
def test_errors_come_back_as_exceptions_with_their_chinese_message(
    qloop, qtbot, ctx, exc, expected
):
    door = DbDoor(ctx)

    def fail() -> None:
        raise exc

    try:
        task = run(qtbot, door.call(fail))
        assert task.exception() is exc
        assert describe_error(task.exception()) == expected
    finally:
        door.shutdown()


def test_an_unexpected_error_gets_a_generic_message_with_the_detail(qloop, qtbot, ctx):
    door = DbDoor(ctx)
    try:
        task = run(qtbot, door.call(lambda: 1 / 0))
        message = describe_error(task.exception())
        assert "意外错误" in message and "ZeroDivisionError" in message
    finally:
        door.shutdown()


def test_a_shut_door_refuses_calls(qloop, qtbot, ctx):
    door = DbDoor(ctx)
    door.shutdown()
    task = run(qtbot, door.call(lambda: 1))
    assert isinstance(task.exception(), DoorClosed)
    assert "已关闭" in describe_error(task.exception())
