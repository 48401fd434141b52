"""Redaction of audit events by a retention purge: the payload goes, the hashes stay, the chain still proves.

A purged candidate's events keep their header (number, previous hash, hash, procedure, time, actor, action,
entity); their payload (entity id, before, after, state) is replaced by the marker `"redacted"`. The purge's own
event, appended to the chain after the redaction and hashed like any other, lists each redacted event's number
with the digest of its header (`header_digest`). `walk` (chain.py) then accepts a redacted event by that kept
digest: its hash is taken as written, because a later, intact event vouches for it. Everything else is still
caught: a redacted payload with no purge event naming it, a header changed after the redaction (the digest no
longer matches), a payload put back or edited (the hash no longer matches the content), a broken link.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .chain import ChainEvent

MARKER = "redacted"
MARKER_JSON = json.dumps(MARKER)  # '"redacted"': the stored text of each redacted JSON field
PURGE_ACTION = "retention.purge"


def _field(value: str | None) -> str:
    return "~" if value is None else f"{len(value)}:{value}"


def is_redacted(e: ChainEvent) -> bool:
    return (e.entity_id == MARKER and e.before == MARKER_JSON and e.after == MARKER_JSON
            and e.state == MARKER_JSON)


def header_digest(e: ChainEvent) -> str:
    """sha256 of what a redaction keeps: number, links, procedure, time, actor, action, entity."""
    parts = [None if e.seq is None else str(e.seq), e.prev_hash, e.hash,
             None if e.procedure_id is None else str(e.procedure_id), e.at, e.actor, e.action, e.entity]
    return hashlib.sha256("|".join(_field(p) for p in parts).encode("utf-8")).hexdigest()


def kept_digests(events: list[ChainEvent]) -> dict[int, str]:
    """{seq: header digest} of every redaction that a purge event in this chain records."""
    out: dict[int, str] = {}
    for e in events:
        if e.action != PURGE_ACTION or not e.after or is_redacted(e):
            continue
        try:
            redacted = (json.loads(e.after) or {}).get("redacted") or {}
        except (ValueError, AttributeError):
            continue
        if isinstance(redacted, dict):
            out.update({int(k): str(v) for k, v in redacted.items() if str(k).isdigit()})
    return out
