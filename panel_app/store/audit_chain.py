"""Writing and reading the audit chain (the rules are in domain/audit/chain.py).

SQLite has one writer at a time: the append takes the write lock by bumping the procedure's head row first
(UPDATE … RETURNING), then computes the hash here. PostgreSQL links events in a trigger
(audit_chain_pg.py), so the lean one-statement paths and the ORM path are chained alike.
SQLite also refuses UPDATE and DELETE on audit_event with triggers (installed by the migration 0004);
someone who drops them is still caught by the chain.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Text, cast, insert, select, text
from sqlalchemy.orm import Session

from panel_app.domain.audit.chain import GENESIS, ChainEvent, at_text, event_hash

from .audit_redaction import SQLITE_UPDATE_GUARD
from .clock import utcnow
from .engine import SerialisedJSON
from .models import AuditEvent, AuditHead

SQLITE_GUARDS = (
    SQLITE_UPDATE_GUARD,  # every UPDATE refused but the redaction of a purged payload (audit_redaction.py)
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: DELETE refused'); END")
SQLITE_GUARD_NAMES = ("audit_event_no_update", "audit_event_no_delete")


def _json_text(value) -> str:
    """What SQLAlchemy's JSON type stores (its default serializer), None as 'null' (most events' `before` and
    `state`: written here without a json.dumps call)."""
    return "null" if value is None else json.dumps(value)


_BUMP = text("UPDATE audit_head SET seq = seq + :n WHERE procedure_key = :k RETURNING seq, hash")
_SET_HASH = text("UPDATE audit_head SET hash = :h WHERE procedure_key = :k")


def _take_links_sqlite(s: Session, key: int, n: int) -> tuple[int, str]:
    """Reserve `n` links of the procedure's chain in one statement: (the first new seq, the hash before it)."""
    row = s.execute(_BUMP, {"k": key, "n": n}).first()
    if row is None:
        s.execute(text("INSERT INTO audit_head (procedure_key, seq, hash) VALUES (:k, :n, :h)"),
                  {"k": key, "n": n, "h": GENESIS})
        return 1, GENESIS
    return int(row[0]) - n + 1, str(row[1])


def append(s: Session, rows: list[dict]) -> None:
    """Insert audit events in order, each linked to its procedure's chain (`linked`)."""
    if rows:
        s.execute(insert(AuditEvent.__table__), linked(s, rows))


def linked(s: Session, rows: list[dict]) -> list[dict]:
    """The audit_event rows of events, in order, each linked to its procedure's chain: for the caller to insert
    now, in this transaction (`append`, or intake_writes' bulk insert).

    rows: {procedure_id, actor, action, entity, entity_id, before, after, [state], [at]}.
    On SQLite the links of all `rows` of one procedure are reserved in one UPDATE (which takes the write lock)
    and the head's hash is written once: two statements per procedure, however many events (an import writes
    one per application). The JSON payloads are written once, for the hash, and stored as that text
    (SerialisedJSON: what the JSON columns would have written from the values, `_json_text`).
    """
    sqlite = s.get_bind().dialect.name == "sqlite"
    out = []
    for r in rows:
        r = dict(r)
        r.setdefault("state", None)
        r["at"] = r.get("at") or utcnow()
        out.append(r)
    if sqlite:  # the rows are inserted by the caller, now, with these texts as the stored JSON
        by_key: dict[int, list[dict]] = {}
        for r in out:
            by_key.setdefault(r["procedure_id"] or 0, []).append(r)
        for key, events in by_key.items():
            seq, prev = _take_links_sqlite(s, key, len(events))
            for r in events:
                before, after, state = _json_text(r["before"]), _json_text(r["after"]), _json_text(r["state"])
                h = event_hash(seq=seq, prev_hash=prev, procedure_id=r["procedure_id"], at=at_text(r["at"]),
                               actor=r["actor"], action=r["action"], entity=r["entity"], entity_id=r["entity_id"],
                               before=before, after=after, state=state)
                r.update(seq=seq, prev_hash=prev, hash=h, before=SerialisedJSON(before), after=SerialisedJSON(after),
                         state=SerialisedJSON(state))
                seq, prev = seq + 1, h
            s.execute(_SET_HASH, {"h": prev, "k": key})
    return out


def chain_events(s: Session, procedure_id: int) -> list[ChainEvent]:
    """Every event of a procedure, as stored (JSON as its stored text), in chain order."""
    e = AuditEvent
    rows = s.execute(select(e.id, e.seq, e.prev_hash, e.hash, e.procedure_id, e.at, e.actor, e.action, e.entity,
                            e.entity_id, cast(e.before, Text), cast(e.after, Text), cast(e.state, Text))
                     .where(e.procedure_id == procedure_id).order_by(e.seq, e.id))
    return [ChainEvent(r[0], r[1], r[2], r[3], r[4], at_text(_aware(r[5])), r[6], r[7], r[8], r[9], r[10], r[11],
                       r[12]) for r in rows]


def _aware(at: datetime | str) -> datetime:
    return datetime.fromisoformat(at) if isinstance(at, str) else at


def head(s: Session, procedure_id: int) -> tuple[int, str] | None:
    h = s.get(AuditHead, procedure_id)
    return None if h is None else (h.seq, h.hash)


def reads_everything(s: Session) -> bool:
    """SQLite, or a PostgreSQL login that row security does not filter (the owner, a superuser)."""
    if s.get_bind().dialect.name != "postgresql":
        return True
    return bool(s.execute(text(
        "SELECT r.rolsuper OR r.rolbypassrls OR t.tableowner = current_user FROM pg_roles r, pg_tables t "
        "WHERE r.rolname = current_user AND t.tablename = 'audit_event' AND t.schemaname = current_schema()"))
        .scalar())


def chain_links(s: Session, procedure_id: int) -> tuple[list[ChainEvent], tuple[int, str] | None]:
    """PostgreSQL, a member's login: every link and whether its content gives its hash (server-side)."""
    rows = s.execute(text("SELECT id, seq, prev_hash, hash, ok FROM panel_audit_links(:p)"), {"p": procedure_id})
    links = [ChainEvent(r[0], r[1], r[2], r[3], procedure_id, "", "", "", "", None, None, None, None, bool(r[4]))
             for r in rows]
    h = s.execute(text("SELECT seq, hash FROM panel_audit_head(:p)"), {"p": procedure_id}).first()
    return links, None if h is None else (int(h[0]), str(h[1]))
