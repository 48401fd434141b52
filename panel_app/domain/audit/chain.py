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

from ..texts import QT_TRANSLATE_NOOP, Text, translate
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
        """"changed: event #12 (…): expected hash …, found … (its content was edited after it was written)", a
        Text: a report prints it in its language (the parts the chain names are templates too)."""
        kind = Text("Record", KINDS[self.kind]) if self.kind in KINDS else self.kind
        if self.detail:
            return translate("Record", "{kind}: {where}: expected {expected}, found {found} ({detail})").format(
                kind=kind, where=self.where, expected=self.expected, found=self.found, detail=self.detail)
        return translate("Record", "{kind}: {where}: expected {expected}, found {found}").format(
            kind=kind, where=self.where, expected=self.expected, found=self.found)


KINDS = {"chain": QT_TRANSLATE_NOOP("Record", "chain"), "changed": QT_TRANSLATE_NOOP("Record", "changed"),
         "deleted": QT_TRANSLATE_NOOP("Record", "deleted"), "inserted": QT_TRANSLATE_NOOP("Record", "inserted"),
         "reordered": QT_TRANSLATE_NOOP("Record", "reordered"), "state": QT_TRANSLATE_NOOP("Record", "state")}
PRESENT, MISSING, NONE = (translate("Record", "present"), translate("Record", "missing"), translate("Record", "none"))


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
        what = (translate("Record", "{action} {entity} by {actor}").format(
            action=e.action, entity=e.entity_id or e.entity, actor=e.actor) if e.action
            else translate("Record", "content hidden from this login"))
        where = translate("Record", "event #{seq} (id {id}, {what})").format(seq=e.seq, id=e.id, what=what)
        if e.seq is None or e.hash is None:
            out.findings.append(Finding("inserted", translate("Record", "event id {id} ({action} by {actor})").format(
                id=e.id, action=e.action, actor=e.actor), translate("Record", "a sequence number and a hash"), NONE,
                translate("Record", "written outside the chain")))
            continue
        if e.seq < expected_seq:
            out.findings.append(Finding("inserted", where, translate("Record", "sequence #{seq}").format(
                seq=expected_seq), translate("Record", "#{seq} again").format(seq=e.seq),
                translate("Record", "a second event with the same number")))
            continue
        if e.seq > expected_seq:
            missing = f"#{expected_seq}" if e.seq == expected_seq + 1 else f"#{expected_seq}–#{e.seq - 1}"
            out.findings.append(Finding("deleted", translate("Record", "event {which}").format(which=missing),
                                        PRESENT, MISSING,
                                        translate("Record", "the chain jumps to #{seq}").format(seq=e.seq)))
        computed = e.computed_hash()
        if e.content_ok is None and is_redacted(e):
            if kept.get(e.seq) == header_digest(e):
                computed = e.hash
            else:
                out.findings.append(Finding(
                    "changed", where, translate("Record", "the payload as written, or a purge event recording its "
                                                          "redaction"),
                    translate("Record", "a redacted payload whose header was changed") if e.seq in kept else
                    translate("Record", "a redacted payload that no purge recorded"),
                    translate("Record", "redacted outside a retention purge")))
                prev, expected_seq = e.hash, e.seq + 1
                continue
        moved = _written_as(e) if computed != e.hash else None
        if moved is not None:
            out.findings.append(Finding("reordered", translate("Record", "event id {id} ({action} {entity})").format(
                id=e.id, action=e.action, entity=e.entity_id or e.entity),
                translate("Record", "position #{seq}").format(seq=moved), f"#{e.seq}",
                translate("Record", "events were swapped or renumbered")))
        elif computed != e.hash and e.prev_hash != prev and e.seq == expected_seq:
            out.findings.append(Finding("inserted", where, translate("Record", "a link to #{seq} ({hash})").format(
                seq=e.seq - 1, hash=short(prev)), translate("Record", "{hash}, and a hash that is not its "
                                                                      "content's").format(hash=short(e.prev_hash)),
                translate("Record", "an event the application did not write")))
        elif computed != e.hash:
            out.findings.append(Finding("changed", where, translate("Record", "hash {hash} of its content").format(
                hash=short(e.hash)), f"{short(computed)}",
                translate("Record", "its content was edited after it was written")))
        elif e.prev_hash != prev and e.seq == expected_seq:
            out.findings.append(Finding("reordered", where, translate("Record", "previous hash {hash}").format(
                hash=short(prev)), short(e.prev_hash),
                translate("Record", "the link to the event before it is broken")))
        elif e.prev_hash != prev:
            pass  # already named as a deletion just above
        prev, expected_seq = e.hash, e.seq + 1
    out.last_hash = prev
    if head is not None and events:
        head_seq, head_hash = head
        last = expected_seq - 1
        if head_seq < last:
            out.findings.append(Finding("inserted", translate("Record", "events #{first}–#{last}").format(
                first=head_seq + 1, last=last), translate("Record", "the chain to end at #{seq}").format(seq=head_seq),
                translate("Record", "it ends at #{seq}").format(seq=last),
                translate("Record", "events appended outside the application")))
        elif head_seq > last:
            out.findings.append(Finding("deleted", translate("Record", "events #{first}–#{last}").format(
                first=last + 1, last=head_seq), PRESENT, MISSING, translate("Record", "the last events were removed")))
        elif head_hash != prev:
            out.findings.append(Finding("changed", translate("Record", "the last event #{seq}").format(seq=last),
                                        translate("Record", "hash {hash}").format(hash=short(head_hash)),
                                        short(prev), translate("Record", "the end of the chain was rewritten")))
    elif head is not None and head[0] > 0:
        out.findings.append(Finding("deleted", translate("Record", "every event"),
                                    translate("Record", "{n} events").format(n=head[0]), NONE))
    return out
