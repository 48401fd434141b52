"""The one narrow path that may UPDATE an audit event: the redaction of a purged event's payload.

The append-only guards (SQLite triggers, the PostgreSQL trigger of pg_policies) refuse every UPDATE of
`audit_event` except one that leaves the id, number, links, hash, procedure, time, actor, action and entity as
they are and sets the entity id and the three payloads to the redaction marker (domain/audit/redaction.py).
The retention purge (store/retention.py) is its only caller, in the transaction that appends the purge's own
event, which records each redaction's header digest, so `audit verify` still proves the chain.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from panel_app.domain.audit.redaction import MARKER, MARKER_JSON

_KEPT = ("id", "seq", "prev_hash", "hash", "procedure_id", "at", "actor", "action", "entity")
_SQLITE_SAME = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in _KEPT)
_PG_SAME = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in _KEPT)
_SQLITE_MARKED = (f"NEW.entity_id = '{MARKER}' AND NEW.before = '{MARKER_JSON}' AND NEW.after = '{MARKER_JSON}' "
                  f"AND NEW.state = '{MARKER_JSON}'")
_PG_MARKED = (f"NEW.entity_id = '{MARKER}' AND NEW.before::text = '{MARKER_JSON}' "
              f"AND NEW.after::text = '{MARKER_JSON}' AND NEW.state::text = '{MARKER_JSON}'")

SQLITE_UPDATE_GUARD = (
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event "
    f"WHEN NOT ({_SQLITE_SAME} AND {_SQLITE_MARKED}) "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: UPDATE refused'); END")

PG_GUARD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION panel_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND {_PG_SAME} AND {_PG_MARKED} THEN
        RETURN NEW;  -- the redaction of a purged event's payload (store/audit_redaction.py)
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
"""


def install_guards(bind) -> None:
    """Migration 0013: the UPDATE guard lets the redaction through (SQLite trigger; PostgreSQL function)."""
    if bind.dialect.name == "postgresql":
        exists = bind.execute(text("SELECT 1 FROM pg_proc WHERE proname = 'panel_audit_is_append_only'")).first()
        if exists:
            bind.execute(text(PG_GUARD_FUNCTION))
        return
    bind.execute(text("DROP TRIGGER IF EXISTS audit_event_no_update"))
    bind.execute(text(SQLITE_UPDATE_GUARD))


def redact(s: Session, event_ids: list[int]) -> int:
    """Replace the payload of these events by the marker (their header and hashes stay). Returns the count."""
    n = 0
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        params = {f"i{k}": v for k, v in enumerate(chunk)}
        marks = ", ".join(f":i{k}" for k in range(len(chunk)))
        cast = "CAST(:m AS json)" if s.get_bind().dialect.name == "postgresql" else ":m"
        n += s.execute(text(f"UPDATE audit_event SET entity_id = :e, before = {cast}, after = {cast}, "
                            f"state = {cast} WHERE id IN ({marks})"),
                       {"e": MARKER, "m": MARKER_JSON, **params}).rowcount
    return n
