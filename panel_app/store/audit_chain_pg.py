"""The audit chain on PostgreSQL: a BEFORE INSERT trigger links every new event to its procedure's chain.

The trigger (SECURITY DEFINER, so a member's login needs no right on `audit_head`) locks the procedure's
head row (SELECT … FOR UPDATE), so concurrent writers queue for the link and never fork the chain; it
numbers the event, sets the previous hash and computes the event's own hash with the canonical form of
domain/audit/chain.py (a test checks the two agree). Every insert is chained whoever sends it: the lean
one-statement mark save, the ORM path, the bulk import, psql. Whatever a client puts in seq/prev_hash/hash
is overwritten.

`install(con)` is idempotent. The migration 0004 calls it; pg_security may call it again.
"""

from __future__ import annotations

from sqlalchemy import text

_FIELDS = ("NEW.seq::text", "NEW.prev_hash", "NEW.procedure_id::text",
           "to_char(NEW.at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US')", "NEW.actor", "NEW.action", "NEW.entity",
           "NEW.entity_id", "NEW.before::text", "NEW.after::text", "NEW.state::text")

SQL = """
CREATE OR REPLACE FUNCTION panel_chain_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS
$f$ SELECT CASE WHEN v IS NULL THEN '~' ELSE length(v)::text || ':' || v END $f$;

CREATE OR REPLACE FUNCTION panel_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
    k integer := COALESCE(NEW.procedure_id, 0);
    s integer;
    h text;
BEGIN
    SELECT seq, hash INTO s, h FROM audit_head WHERE procedure_key = k FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO audit_head (procedure_key, seq, hash) VALUES (k, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
        SELECT seq, hash INTO s, h FROM audit_head WHERE procedure_key = k FOR UPDATE;
    END IF;
    NEW.seq := s + 1;
    NEW.prev_hash := h;
    NEW.hash := encode(sha256(convert_to(concat_ws('|', {new}), 'UTF8')), 'hex');
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE procedure_key = k;
    RETURN NEW;
END $f$;

-- For a member's login, which row security lets read only part of the events: every link of a procedure's
-- chain, and whether each event's stored content still gives its hash. Hashes only, no content.
CREATE OR REPLACE FUNCTION panel_audit_links(pid integer)
RETURNS TABLE (id integer, seq integer, prev_hash text, hash text, ok boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
    SELECT e.id, e.seq, e.prev_hash::text, e.hash::text,
           e.hash = encode(sha256(convert_to(concat_ws('|', {stored}), 'UTF8')), 'hex')
           OR (e.entity_id = 'redacted' AND e.before::text = '"redacted"' AND e.after::text = '"redacted"'
               AND e.state::text = '"redacted"')  -- a purged payload: the full check needs the administrator
      FROM audit_event e WHERE e.procedure_id = pid ORDER BY e.seq, e.id
$f$;

CREATE OR REPLACE FUNCTION panel_audit_head(pid integer) RETURNS TABLE (seq integer, hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
    SELECT h.seq, h.hash::text FROM audit_head h WHERE h.procedure_key = pid
$f$;

-- The replay compares who holds which password hash (a copied hash shows); a member's login may not read the
-- hashes, so the server gives a digest of each (sha256 of the hash, 16 hex): no hash leaves the server.
CREATE OR REPLACE FUNCTION panel_member_password_digests(pid integer) RETURNS TABLE (member_id integer, digest text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
    SELECT m.id, CASE WHEN m.password_hash IS NULL OR m.password_hash = '' THEN NULL
                      ELSE left(encode(sha256(convert_to(m.password_hash, 'UTF8')), 'hex'), 16) END
      FROM member m WHERE m.procedure_id = pid
$f$;

DROP TRIGGER IF EXISTS audit_event_chain ON audit_event;
CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION panel_audit_chain();
""".format(new=", ".join(f"panel_chain_field({f})" for f in _FIELDS),
           stored=", ".join(f"panel_chain_field({f.replace('NEW.', 'e.')})" for f in _FIELDS))


def install(con) -> None:
    """Create or replace the chain trigger (a SQLAlchemy connection of the schema owner)."""
    con.execute(text(SQL))
