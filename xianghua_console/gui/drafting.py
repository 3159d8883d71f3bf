"""Keeping a dialog's unsaved entry as a draft while it is typed (``services.drafts``).

A dialog that can be drafted has ``draft_data() -> dict`` (what it holds, JSON-able),
``restore_draft(dict)`` and ``draft_signals()`` (the signals of its fields' changes). The
:class:`DraftKeeper` writes the draft a moment after the last change (atomically, so a crash
leaves the previous draft or the new one, never half), and deletes it when the entry is saved
or deliberately cancelled. A dialog that is simply gone (the console crashed, the power went,
the window closed, another account took over at the idle lock) leaves its draft, which the
next window offers again (``gui.records_watch``).
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from xianghua_console.services.drafts import DraftStore

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400  # after the last keystroke: one write per pause, not per key


def new_key(prefix: str) -> str:
    """A draft key of its own for a new dialog (``incident.new:3f2a…``)."""
    return f"{prefix}:{uuid.uuid4().hex[:12]}"


class DraftKeeper(QObject):
    """Writes ``dialog``'s draft under ``key`` while it is edited; see the module's text."""

    def __init__(self, dialog: QDialog, store: DraftStore, key: str) -> None:
        super().__init__(dialog)
        self.dialog, self.store, self.key = dialog, store, key
        self.ctx = dialog.ctx  # type: ignore[attr-defined]
        self.saves = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        for signal in dialog.draft_signals():  # type: ignore[attr-defined]
            signal.connect(self.changed)
        dialog.finished.connect(self._finished)

    def changed(self, *_args: object) -> None:
        self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        try:
            self.store.save(self.key, self.dialog.draft_data(),  # type: ignore[attr-defined]
                            clock=self.ctx.clock, actor=self.ctx.actor)
            self.saves += 1
        except (OSError, ValueError) as exc:  # a full disk must not stop the entry itself
            log.warning("could not keep the draft %s: %r", self.key, exc)

    def _finished(self, _result: int) -> None:
        """Saved (accepted) or cancelled by the officer: the draft has served."""
        self._timer.stop()
        try:
            self.store.discard(self.key)
        except OSError as exc:
            log.warning("could not delete the draft %s: %r", self.key, exc)
