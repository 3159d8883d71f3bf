"""Sealing timeline and audit entries into their hash chains, and verifying the chains.

The hash itself is domain/chain.py; this module knows which stored fields it covers.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xianghua_console.domain.chain import GENESIS, ChainLink, entry_hash, first_break
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
    problems = []
    audit_links = (
        ChainLink(f"审计日志第 {e.id} 条（{e.action}）", e.prev_hash, e.hash, audit_fields(e))
        for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
    )
    broken = first_break(audit_links)
    if broken:
        problems.append(f"审计日志的哈希链断了：{broken} 被改动、插入或删除过")
    entries: dict[int, list[TimelineEntry]] = {}
    for e in session.scalars(select(TimelineEntry).order_by(TimelineEntry.incident_id, TimelineEntry.seq)):
        entries.setdefault(e.incident_id, []).append(e)
    numbers = dict(session.execute(select(Incident.id, Incident.number)).all())
    for incident_id, rows in entries.items():
        number = numbers.get(incident_id, f"#{incident_id}")
        links = (
            ChainLink(f"事件 {number} 的第 {e.seq} 条时间线记录", e.prev_hash, e.hash,
                      timeline_fields(e))
            for e in rows
        )
        broken = first_break(links)
        if broken:
            problems.append(f"时间线的哈希链断了：{broken}被改动、插入或删除过")
    return problems
