"""The qasync compat loop (qasync #154/#158) and the keeper of spawned tasks."""

from __future__ import annotations

import asyncio

from xianghua_console.gui.compat import CompatEventLoop, TaskKeeper, make_event_loop


def test_loop_helpers_are_owned_by_the_application(qapp):
    loop = make_event_loop(qapp)
    try:
        assert isinstance(loop, CompatEventLoop)
        assert loop._timer.parent() is qapp
        assert loop._signallers() and all(s.parent() is qapp for s in loop._signallers())
        # asyncio's self-pipe reader is a QSocketNotifier: parented too.
        assert loop._read_notifiers
        assert all(n.parent() is qapp for n in loop._read_notifiers.values())
        assert loop.run_until_complete(_answer()) == 42
    finally:
        loop.close()
    assert loop.is_closed()
    loop.close()  # a second close is harmless


async def _answer() -> int:
    await asyncio.sleep(0)
    return 42


def test_call_soon_threadsafe_from_a_worker_thread(qapp):
    loop = make_event_loop(qapp)
    try:

        async def main() -> str:
            import threading

            done = asyncio.get_running_loop().create_future()

            def worker() -> None:
                loop.call_soon_threadsafe(done.set_result, threading.current_thread().name)

            threading.Thread(target=worker, name="helper").start()
            return await done

        assert loop.run_until_complete(main()) == "helper"
    finally:
        loop.close()


def test_keeper_keeps_tasks_and_reports_their_errors(qloop, qtbot):
    reported: list[BaseException] = []
    keeper = TaskKeeper(reported.append)

    async def ok() -> None:
        await asyncio.sleep(0)

    async def boom() -> None:
        await asyncio.sleep(0)
        raise ValueError("坏了")

    t1 = keeper.spawn(ok(), name="ok")
    t2 = keeper.spawn(boom(), name="boom")
    assert keeper.pending == 2
    # Done callbacks run one loop iteration after the task ends.
    qtbot.waitUntil(lambda: keeper.pending == 0, timeout=5000)
    assert t1.done() and t2.done()
    assert len(reported) == 1 and isinstance(reported[0], ValueError)


def test_keeper_cancel_reports_nothing(qloop, qtbot):
    reported: list[BaseException] = []
    keeper = TaskKeeper(reported.append)
    task = keeper.spawn(asyncio.sleep(3600))
    keeper.cancel_all()
    qtbot.waitUntil(lambda: keeper.pending == 0, timeout=5000)
    assert task.cancelled() and reported == []
