"""Sealing timeline and audit entries into their hash chains, and verifying the chains.

The hash itself is domain/chain.py; this module knows which stored fields it covers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from xianghua_console.domain.chain import GENESIS, entry_hash
from xianghua_console.domain.messages import msg
from xianghua_console.store.models import AuditEntry, Incident, TimelineEntry


def timeline_fields(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "incident_id": entry.incident_id,
        "seq": entry.seq,
        "kind": entry.kind,
        "at": entry.at,
        "recorded_at": entry.recorded_at,
        "actor": entry.actor,
        "text": entry.text,
        "data": entry.data or {},
    }


def audit_fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": entry.at,
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "before": entry.before,
        "after": entry.after,
    }


def seal_timeline_entry(session: Session, entry: TimelineEntry) -> TimelineEntry:
    """Chain ``entry`` (not yet added) to the entry before it in its incident's timeline."""
    prev = session.scalar(
        select(TimelineEntry.hash).where(
            TimelineEntry.incident_id == entry.incident_id, TimelineEntry.seq == entry.seq - 1
        )
    )
    entry.prev_hash = prev if prev is not None else GENESIS
    entry.hash = entry_hash(entry.prev_hash, timeline_fields(entry))
    return entry


def seal_chain(entries: list[TimelineEntry]) -> None:
    """Chain a new incident's whole timeline in seq order (its incident id must be set)."""
    prev = GENESIS
    for entry in sorted(entries, key=lambda e: e.seq):
        entry.prev_hash = prev
        entry.hash = entry_hash(prev, timeline_fields(entry))
        prev = entry.hash


def seal_audit_entry(session: Session, entry: AuditEntry) -> AuditEntry:
    """Chain ``entry`` (not yet added) to the newest audit entry."""
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    entry.prev_hash = prev if prev is not None else GENESIS
    entry.hash = entry_hash(entry.prev_hash, audit_fields(entry))
    return entry


def broken_chains(session: Session) -> list[str]:
    """A message for each broken chain, naming its first broken entry; empty when all sound."""
    scan = ChainScan()
    while not scan.done:
        scan_chains(session, scan, limit=5000)
    return list(scan.problems)


@dataclass
class ChainScan:
    """Where a verification of every chain stands, so that it can go on a batch at a time.

    The audit log first (by id), then the timelines (by incident, then seq). Between batches
    nothing is held but this position: a long log is verified with little memory, and a caller
    on a shared worker thread (the GUI's door) lets other work in between the batches. The
    chains only grow, so entries added while a scan runs are either met by it or by the next.
    """

    phase: str = "audit"  # "audit", "timeline", then "done"
    after_id: int = 0  # audit: the last entry verified
    incident_id: int = 0  # timeline: the last entry verified, by (incident, seq)
    seq: int = 0
    expected_prev: str = GENESIS
    skip_incident: int | None = None  # this incident's chain is already reported broken
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.phase == "done"


_AUDIT_COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action,
                  AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after,
                  AuditEntry.prev_hash, AuditEntry.hash)
_TIMELINE_COLUMNS = (TimelineEntry.incident_id, TimelineEntry.seq, TimelineEntry.kind,
                     TimelineEntry.at, TimelineEntry.recorded_at, TimelineEntry.actor,
                     TimelineEntry.text, TimelineEntry.data, TimelineEntry.prev_hash,
                     TimelineEntry.hash)


def scan_chains(session: Session, scan: ChainScan, *, limit: int = 2000) -> ChainScan:
    """Verify up to ``limit`` more entries from where ``scan`` stands (updates and returns it)."""
    if scan.phase == "audit":
        rows = session.execute(
            select(*_AUDIT_COLUMNS).where(AuditEntry.id > scan.after_id)
            .order_by(AuditEntry.id).limit(limit)
        ).all()
        for e in rows:
            scan.checked += 1
            if e.prev_hash != scan.expected_prev or e.hash != entry_hash(e.prev_hash,
                                                                          audit_fields(e)):
                scan.problems.append(
                    msg("审计日志的哈希链断了：审计日志第 {id} 条（{action}） 被改动、插入或删除过",
                        id=e.id, action=e.action)
                )
                rows = []
                break
            scan.after_id, scan.expected_prev = e.id, e.hash
        if len(rows) < limit:
            scan.phase, scan.expected_prev = "timeline", GENESIS
        return scan
    if scan.phase == "timeline":
        after = or_(TimelineEntry.incident_id > scan.incident_id,
                    and_(TimelineEntry.incident_id == scan.incident_id,
                         TimelineEntry.seq > scan.seq))
        rows = session.execute(
            select(*_TIMELINE_COLUMNS).where(after)
            .order_by(TimelineEntry.incident_id, TimelineEntry.seq).limit(limit)
        ).all()
        for e in rows:
            scan.checked += 1
            if e.incident_id != scan.incident_id:
                scan.expected_prev, scan.skip_incident = GENESIS, None
            scan.incident_id, scan.seq = e.incident_id, e.seq
            if scan.skip_incident == e.incident_id:
                continue
            if e.prev_hash != scan.expected_prev or e.hash != entry_hash(e.prev_hash,
                                                                          timeline_fields(e)):
                number = session.scalar(select(Incident.number).where(
                    Incident.id == e.incident_id)) or f"#{e.incident_id}"
                scan.problems.append(msg("时间线的哈希链断了：事件 {number} 的第 {seq} 条时间线记录"
                                         "被改动、插入或删除过", number=number, seq=e.seq))
                scan.skip_incident = e.incident_id
                continue
            scan.expected_prev = e.hash
        if len(rows) < limit:
            scan.phase = "done"
    return scan
