"""The audit chain: canonical form and hash of one event, and the walk that names the first broken link.

Each procedure has its own chain. Event n carries `seq` = n, `prev_hash` = the hash of event n-1 (GENESIS
for the first) and `hash` = sha256 of its canonical content. The canonical content is every stored field,
length-prefixed (`<len>:<text>`, `~` for NULL) and joined by `|`, so no two different events have the same
text. JSON payloads are hashed as the text stored in the database, so no re-serialisation can differ.
PostgreSQL computes the same text in a trigger (store/audit_chain_pg.py); a test checks both agree.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .redaction import header_digest, is_redacted, kept_digests

GENESIS = "0" * 64


def at_text(at: datetime) -> str:
    """The canonical time: UTC, microseconds, no zone suffix (as PostgreSQL's to_char renders it)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _field(value: str | None) -> str:
    return "~" if value is None else f"{len(value)}:{value}"


@dataclass(frozen=True)
class ChainEvent:
    """One stored event as the chain sees it: every field as text (JSON as stored)."""

    id: int
    seq: int | None
    prev_hash: str | None
    hash: str | None
    procedure_id: int | None
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str | None
    before: str | None
    after: str | None
    state: str | None
    content_ok: bool | None = None  # known from the server (a login that may not read the content), else None

    def canonical(self, seq: int | None = None, prev_hash: str | None = None) -> str:
        seq = self.seq if seq is None else seq
        prev = self.prev_hash if prev_hash is None else prev_hash
        parts = [None if seq is None else str(seq), prev,
                 None if self.procedure_id is None else str(self.procedure_id), self.at, self.actor, self.action,
                 self.entity, self.entity_id, self.before, self.after, self.state]
        return "|".join(_field(p) for p in parts)

    def computed_hash(self) -> str:
        if self.content_ok is not None:
            return (self.hash or "") if self.content_ok else "content-mismatch"
        return hashlib.sha256(self.canonical().encode("utf-8")).hexdigest()


def event_hash(*, seq: int, prev_hash: str, procedure_id: int | None, at: str, actor: str, action: str,
               entity: str, entity_id: str | None, before: str | None, after: str | None,
               state: str | None) -> str:
    return ChainEvent(0, seq, prev_hash, None, procedure_id, at, actor, action, entity, entity_id, before, after,
                      state).computed_hash()


@dataclass(frozen=True)
class Finding:
    """One piece of tampering, in words: what (kind), where (the row, candidate, criterion or member),
    what the record says (expected) and what the database holds (found)."""

    kind: str  # chain | changed | deleted | inserted | reordered | state
    where: str
    expected: str
    found: str
    detail: str = ""

    def line(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.kind}: {self.where}: expected {self.expected}, found {self.found}{extra}"


@dataclass
class ChainCheck:
    events: int = 0
    last_hash: str = GENESIS
    findings: list[Finding] = field(default_factory=list)


def short(h: str | None) -> str:
    return "none" if not h else h[:12]


def _written_as(e: ChainEvent, window: int = 50) -> int | None:
    """The position an event was written at, when its hash matches its content at another position."""
    if e.content_ok is not None or e.seq is None:
        return None
    for delta in range(1, window + 1):
        for seq in (e.seq - delta, e.seq + delta):
            if seq >= 1 and hashlib.sha256(e.canonical(seq=seq).encode("utf-8")).hexdigest() == e.hash:
                return seq
    return None


def walk(events: list[ChainEvent], head: tuple[int, str] | None) -> ChainCheck:
    """Walk one procedure's events in seq order; name every broken link (the first one first).

    head: (seq, hash) of the chain's head row, the last event the database says it wrote (None: no head).
    A payload redacted by a retention purge is accepted by the header digest its purge event kept
    (redaction.py); a redaction that no purge event records, or whose header changed, is named.
    """
    kept = kept_digests(events)
    out = ChainCheck(events=len(events))
    expected_seq, prev = 1, GENESIS
    for e in sorted(events, key=lambda x: (x.seq is None, x.seq or 0, x.id)):
        what = f"{e.action} {e.entity_id or e.entity} by {e.actor}" if e.action else "content hidden from this login"
        where = f"event #{e.seq} (id {e.id}, {what})"
        if e.seq is None or e.hash is None:
            out.findings.append(Finding("inserted", f"event id {e.id} ({e.action} by {e.actor})",
                                        "a sequence number and a hash", "none",
                                        "written outside the chain"))
            continue
        if e.seq < expected_seq:
            out.findings.append(Finding("inserted", where, f"sequence #{expected_seq}", f"#{e.seq} again",
                                        "a second event with the same number"))
            continue
        if e.seq > expected_seq:
            missing = f"#{expected_seq}" if e.seq == expected_seq + 1 else f"#{expected_seq}–#{e.seq - 1}"
            out.findings.append(Finding("deleted", f"event {missing}", "present", "missing",
                                        f"the chain jumps to #{e.seq}"))
        computed = e.computed_hash()
        if e.content_ok is None and is_redacted(e):
            if kept.get(e.seq) == header_digest(e):
                computed = e.hash
            else:
                out.findings.append(Finding(
                    "changed", where, "the payload as written, or a purge event recording its redaction",
                    "a redacted payload" + (" whose header was changed" if e.seq in kept else
                                            " that no purge recorded"), "redacted outside a retention purge"))
                prev, expected_seq = e.hash, e.seq + 1
                continue
        moved = _written_as(e) if computed != e.hash else None
        if moved is not None:
            out.findings.append(Finding("reordered", f"event id {e.id} ({e.action} {e.entity_id or e.entity})",
                                        f"position #{moved}", f"#{e.seq}", "events were swapped or renumbered"))
        elif computed != e.hash and e.prev_hash != prev and e.seq == expected_seq:
            out.findings.append(Finding("inserted", where, f"a link to #{e.seq - 1} ({short(prev)})",
                                        f"{short(e.prev_hash)}, and a hash that is not its content's",
                                        "an event the application did not write"))
        elif computed != e.hash:
            out.findings.append(Finding("changed", where, f"hash {short(e.hash)} of its content",
                                        f"{short(computed)}", "its content was edited after it was written"))
        elif e.prev_hash != prev and e.seq == expected_seq:
            out.findings.append(Finding("reordered", where, f"previous hash {short(prev)}",
                                        short(e.prev_hash), "the link to the event before it is broken"))
        elif e.prev_hash != prev:
            pass  # already named as a deletion just above
        prev, expected_seq = e.hash, e.seq + 1
    out.last_hash = prev
    if head is not None and events:
        head_seq, head_hash = head
        last = expected_seq - 1
        if head_seq < last:
            out.findings.append(Finding("inserted", f"events #{head_seq + 1}–#{last}",
                                        f"the chain to end at #{head_seq}", f"it ends at #{last}",
                                        "events appended outside the application"))
        elif head_seq > last:
            out.findings.append(Finding("deleted", f"events #{last + 1}–#{head_seq}", "present", "missing",
                                        "the last events were removed"))
        elif head_hash != prev:
            out.findings.append(Finding("changed", f"the last event #{last}", f"hash {short(head_hash)}",
                                        short(prev), "the end of the chain was rewritten"))
    elif head is not None and head[0] > 0:
        out.findings.append(Finding("deleted", "every event", f"{head[0]} events", "none"))
    return out
