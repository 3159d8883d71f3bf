"""Drafts of unsaved entries survive a crash: atomic files, offered again at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from xianghua_console.services.drafts import DraftStore, drafts_for

ROOT = Path(__file__).parent.parent


def test_a_draft_is_kept_replaced_listed_and_discarded(tmp_path, clock):
    store = drafts_for("sqlite:///x.sqlite", base=tmp_path)
    assert store.pending() == []
    store.save("incident.new", {"summary": "十余人反映", "unit_id": 3}, clock=clock, actor="李")
    clock.advance(minutes=1)
    store.save("daily.situation:12", {"content": "有情况"}, clock=clock)
    clock.advance(minutes=1)
    store.save("incident.new", {"summary": "十余人反映补偿款", "unit_id": 3}, clock=clock)
    again = DraftStore(store.folder)  # the next start: a new process reads the folder
    assert [d.key for d in again.pending()] == ["daily.situation:12", "incident.new"]
    assert again.load("incident.new").data["summary"] == "十余人反映补偿款"
    again.discard("incident.new")
    assert again.load("incident.new") is None and len(again.pending()) == 1
    assert drafts_for("sqlite:///other.sqlite", base=tmp_path).pending() == []
    with pytest.raises(ValueError):
        store.save("../../etc/passwd", {}, clock=clock)


def test_a_torn_write_leaves_the_previous_draft(tmp_path, clock):
    store = DraftStore(tmp_path / "d")
    store.save("incident.new", {"summary": "一"}, clock=clock)
    (store.folder / ".draft-x.tmp").write_text('{"key": "incident.new", "sa')  # killed mid-way
    (store.folder / "broken.json").write_text("{not json")
    assert [d.data for d in store.pending()] == [{"summary": "一"}]


def test_a_process_killed_while_saving_drafts_leaves_a_whole_one(tmp_path):
    folder = tmp_path / "drafts"
    code = (
        "import sys\n"
        "from datetime import datetime, timezone\n"
        "from xianghua_console.domain.clock import FakeClock\n"
        "from xianghua_console.services.drafts import DraftStore\n"
        "s = DraftStore(sys.argv[1]); c = FakeClock(datetime(2027, 3, 5, tzinfo=timezone.utc))\n"
        "n = 0\n"
        "while True:\n"
        "    n += 1\n"
        "    s.save('incident.new', {'n': n, 'summary': '字' * (n % 500)}, clock=c)\n"
        "    if n == 50: print('saving', flush=True)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", code, str(folder)],
                                stdout=subprocess.PIPE, env=env)
        assert proc.stdout.readline() == b"saving\n"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        (draft,) = DraftStore(folder).pending()
        assert draft.data["n"] >= 50 and draft.data["summary"] == "字" * (draft.data["n"] % 500)
