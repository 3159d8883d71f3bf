"""Drafts: a dialog's unsaved entry, kept on this workstation so that it survives a crash.

A dialog saves what is typed (a plain JSON-able dict) under a key such as ``incident.new`` or
``daily.situation:12`` while it is open, and discards it once the entry is saved or the user
cancels. At the next start :meth:`DraftStore.pending` lists what was left, to offer again.
Each draft is one small file written atomically (a temporary file, flushed to disk, then
renamed over the old one), so a crash in the middle of a save leaves the previous draft, never
half of one. Drafts are local files, not records: they hold what was typed before anyone
saved it, so they never enter the database, its audit log or its backups.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from xianghua_console.domain.clock import Clock

KEY = re.compile(r"^[A-Za-z0-9_.:\-]{1,80}$")


@dataclass(frozen=True)
class Draft:
    key: str
    saved_at: datetime
    actor: str
    data: dict[str, Any]


class DraftStore:
    """The drafts of one database on this workstation, in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def save(self, key: str, data: dict[str, Any], *, clock: Clock, actor: str = "") -> None:
        """Keep ``data`` as the draft ``key`` (replacing the previous one), atomically."""
        path = self._path(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"key": key, "saved_at": clock.now().isoformat(), "actor": actor,
                           "data": data}, ensure_ascii=False, default=str)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".draft-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def load(self, key: str) -> Draft | None:
        """The draft ``key``, or None (none kept, or unreadable)."""
        return _read(self._path(key))

    def pending(self) -> list[Draft]:
        """Every draft left, oldest first (what to offer at start)."""
        if not self.folder.is_dir():
            return []
        found = (_read(p) for p in self.folder.glob("*.json"))
        return sorted((d for d in found if d is not None), key=lambda d: d.saved_at)

    def discard(self, key: str) -> None:
        """Forget the draft ``key`` (saved or cancelled)."""
        self._path(key).unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        if not KEY.match(key):
            raise ValueError(f"bad draft key: {key!r}")
        return self.folder / (key.replace(":", "@") + ".json")


def drafts_for(url: str, *, base: Path | None = None) -> DraftStore:
    """The draft store of the database at ``url``, in the user's data directory."""
    if base is None:
        from xianghua_console.paths import user_data_dir

        base = user_data_dir()
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    return DraftStore(base / "drafts" / digest)


def _read(path: Path) -> Draft | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Draft(key=str(raw["key"]), saved_at=datetime.fromisoformat(raw["saved_at"]),
                     actor=str(raw.get("actor", "")), data=dict(raw["data"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
