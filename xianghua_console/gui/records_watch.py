"""The banners that say whether the records can be trusted, and the offer of unsaved drafts.

- 红色: a hash chain (an incident's timeline or the audit log) is broken, naming the first
  broken entry, as ``xianghua-console check`` would. Checked after the window's first load and
  after every refresh, a batch of entries per door call (``services.integrity.verify_chains``),
  so a long log never holds the door for long. It cannot be dismissed: it goes when the chains
  are sound again (after a restore).
- 黄色: the SQLite file is on a network share (``store.workstation.network_share_warning``).
- 黄色: the computer's clock is behind the newest record (``services.clock_check``, which also
  writes the jump to the audit log, once per jump). Checked at start, after each refresh and
  with the duty status every 30 s.
- 蓝色: a dialog's entry left unsaved by the last session (a crash, a power cut) is offered:
  恢复 opens the dialog filled in, 放弃 deletes the draft.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from xianghua_console.domain.clock import to_local
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.deferred import deferred
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.widgets import Banner, BannerKind
from xianghua_console.services.drafts import Draft, DraftStore
from xianghua_console.store.workstation import network_share_warning

if TYPE_CHECKING:
    from xianghua_console.services import clock_check, integrity
    from xianghua_console.store import chains
else:
    clock_check = deferred("xianghua_console.services.clock_check")
    integrity = deferred("xianghua_console.services.integrity")
    chains = deferred("xianghua_console.store.chains")

log = logging.getLogger(__name__)

CHAIN_BATCH = 1000  # entries verified per door call (~70 ms on a workstation)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordsWatch", text)


@dataclass(frozen=True)
class DraftKind:
    """A kind of draft the console can open again: its name and how to reopen it."""

    prefix: str  # draft keys of this kind start with it (``incident.new:…``)
    label: str
    reopen: Callable[[Draft], object]


class RecordsWatch(QObject):
    """Owns the trust banners of the main window and the checks behind them."""

    sig_chains_checked = Signal(object)
    """A scan of every hash chain ended; carries its problems (a list of messages)."""

    sig_clock_checked = Signal(object)
    """The clock was compared with the newest record; carries the ClockJump or None."""

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        *,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.door, self.ctx, self.tasks, self.drafts = door, door.ctx, tasks, drafts
        self.chain_banner = Banner(BannerKind.ALARM, parent)
        self.chain_banner.setObjectName("banner_chain")
        self.chain_banner.close_button.hide()  # not dismissed: it goes when the chains are sound
        self.share_banner = Banner(BannerKind.WARNING, parent)
        self.share_banner.setObjectName("banner_share")
        self.clock_banner = Banner(BannerKind.WARNING, parent)
        self.clock_banner.setObjectName("banner_clock")
        self.draft_banner = Banner(BannerKind.INFO, parent)
        self.draft_banner.setObjectName("banner_draft")
        self.draft_banner.close_button.hide()  # 恢复 or 放弃: a draft is not left undecided
        self.restore_button = self.draft_banner.add_button(_tr("恢复"), "draft_restore")
        self.discard_button = self.draft_banner.add_button(_tr("放弃"), "draft_discard")
        self.restore_button.clicked.connect(self.restore_offered)
        self.discard_button.clicked.connect(self.discard_offered)
        self.chain_problems: list[str] = []
        self.clock_jump = None
        self.offered: Draft | None = None
        self._kinds: list[DraftKind] = []
        self._declined: set[str] = set()
        self._scanning = False
        self._rescan = False
        self._clock_checking = False

    def banners(self) -> list[Banner]:
        """The banners, in the order they stand at the top of the window."""
        return [self.chain_banner, self.share_banner, self.clock_banner, self.draft_banner]

    # ------------------------------------------------------------------ start and refresh

    def start(self) -> None:
        """The checks of a new window: the file's place now, the rest through the door."""
        self.check_share()
        self.check_clock_soon()
        self.check_chains_soon()
        self.offer_drafts()

    def after_refresh(self) -> None:
        self.check_clock_soon()
        self.check_chains_soon()

    # ------------------------------------------------------------------ network share

    def check_share(self) -> None:
        try:
            warning = network_share_warning(self.ctx.db.url)
        except Exception:  # a warning must never stop the console
            log.exception("could not tell whether the database is on a network share")
            warning = None
        if warning:
            from xianghua_console.gui.core_text import text

            self.share_banner.show_message(text(warning))
        else:
            self.share_banner.hide()

    # ------------------------------------------------------------------ the clock

    def check_clock_soon(self) -> None:
        if not self._clock_checking:
            self.tasks.spawn(self.check_clock(), name="records.clock")

    async def check_clock(self) -> None:
        self._clock_checking = True
        try:
            jump = await self.door.call(clock_check.check_clock, self.ctx)
        finally:
            self._clock_checking = False
        self.clock_jump = jump
        if jump is None:
            self.clock_banner.hide()
        else:
            from xianghua_console.gui.core_text import text

            self.clock_banner.show_message(text(jump.message))
        self.sig_clock_checked.emit(jump)

    # ------------------------------------------------------------------ hash chains

    def check_chains_soon(self) -> None:
        """Scan every chain (again); a scan already on its way starts over when it ends."""
        if self._scanning:
            self._rescan = True
            return
        self.tasks.spawn(self.check_chains(), name="records.chains")

    async def check_chains(self) -> list[str]:
        self._scanning = True
        try:
            while True:
                self._rescan = False
                scan = chains.ChainScan()
                while not scan.done:
                    scan = await self.door.call(
                        integrity.verify_chains, self.ctx, scan, limit=CHAIN_BATCH
                    )
                if not self._rescan:
                    break
        finally:
            self._scanning = False
        self.show_chain_problems(scan.problems)
        self.sig_chains_checked.emit(list(scan.problems))
        return scan.problems

    def show_chain_problems(self, problems: list[str]) -> None:
        self.chain_problems = list(problems)
        if not problems:
            self.chain_banner.hide()
            return
        from xianghua_console.gui.core_text import text

        first = text(problems[0])
        more = (_tr("另有 {n} 处。").format(n=len(problems) - 1)) if len(problems) > 1 else ""
        self.chain_banner.show_message(
            "<b>" + _tr("记录完整性校验未通过：") + "</b>" + _escape(first) + "。" + more
            + "<br>" + _tr("有人绕过值班台改动了数据库中的记录，这些记录已不能作为依据。"
                           "请立即报告办公室主任，用 xianghua-console check 核查，"
                           "必要时从备份恢复。")
        )

    # ------------------------------------------------------------------ drafts

    def register_draft_kind(self, kind: DraftKind) -> None:
        """A kind of draft this window can reopen (offered at start)."""
        self._kinds.append(kind)

    def kind_of(self, draft: Draft) -> DraftKind | None:
        return next((k for k in self._kinds if draft.key.startswith(k.prefix)), None)

    def offer_drafts(self) -> None:
        """Offer the oldest draft left that this window can reopen (one at a time)."""
        self.offered = None
        if self.drafts is None:
            self.draft_banner.hide()
            return
        try:
            pending = self.drafts.pending()
        except OSError as exc:
            log.warning("could not read the drafts: %r", exc)
            pending = []
        for draft in pending:
            kind = self.kind_of(draft)
            if kind is None or draft.key in self._declined:
                continue
            self.offered = draft
            who = "" if not draft.actor or draft.actor == self.ctx.actor else f"，{draft.actor}"
            self.draft_banner.show_message(
                _tr("上次未保存的{what}（{when}{who}），是否恢复？").format(
                    what=kind.label, when=f"{to_local(draft.saved_at):%m-%d %H:%M}", who=who
                )
            )
            return
        self.draft_banner.hide()

    def restore_offered(self) -> None:
        draft = self.offered
        if draft is None:
            return
        kind = self.kind_of(draft)
        self._declined.add(draft.key)  # not offered again while its dialog is open
        if kind is not None:
            kind.reopen(draft)
        self.offer_drafts()

    def discard_offered(self) -> None:
        draft = self.offered
        if draft is None or self.drafts is None:
            return
        try:
            self.drafts.discard(draft.key)
        except OSError as exc:
            log.warning("could not delete the draft %s: %r", draft.key, exc)
            self._declined.add(draft.key)
        self.offer_drafts()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
