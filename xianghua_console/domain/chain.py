"""Hash chains that make a change behind the console's back detectable.

Each incident's timeline and the audit log are chains: an entry stores the hash of the one
before it and its own hash over its content and that previous hash. Editing, inserting or
removing an entry with a SQLite editor breaks the chain from that entry on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

GENESIS = ""


def _canon(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, Enum):
        return value.value
    return value


def entry_hash(prev_hash: str, fields: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and the entry's fields in a canonical JSON form."""
    body = json.dumps(
        {k: _canon(v) for k, v in fields.items()},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainLink:
    """One stored entry as the verifier sees it."""

    label: str  # how a person finds it, e.g. "事件 2027-0003 第 4 条"
    prev_hash: str
    hash: str
    fields: Mapping[str, Any]


def first_break(links: Iterable[ChainLink]) -> str | None:
    """The label of the first entry whose chain is broken, or None when the chain is sound."""
    expected_prev = GENESIS
    for link in links:
        if link.prev_hash != expected_prev or link.hash != entry_hash(link.prev_hash, link.fields):
            return link.label
        expected_prev = link.hash
    return None
