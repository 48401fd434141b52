"""PostgreSQL: one LOGIN role per panel member, a group role, GRANTs and row-level security.

The server itself enforces the secrecy rules of DOMAIN.md for a session connected as a member role:
- score, assessment, declaration, decision: a member writes only their own rows (sign-offs included);
  the secretary and observers write no marks; only the chair (or secretary) records panel decisions;
- score: another member's marks are visible only once the viewer submitted their own assessment of that
  candidate at that stage (a voting member), or once every voting, non-conflicted member submitted
  (chair, secretary, observer); never to a member conflicted on the candidate;
- document, document_blob: hidden from a member conflicted on the candidate;
- audit_event: INSERT only; UPDATE/DELETE/TRUNCATE refused for everyone (a trigger covers the owner too);
  others' score events are hidden (they carry the marks).
The owner (the administrator who ran `admin init-postgres`) bypasses RLS: keep that account for IT staff.
"""

from __future__ import annotations

import re
import unicodedata

from psycopg import sql
from sqlalchemy import text

from .engine import Database

GROUP_ROLE = "panel_app_members"
MAP_TABLE = "panel_member_role"
SECURED = ("score", "assessment", "declaration", "decision", "document", "document_blob", "audit_event")

_FUNCTIONS = f"""
CREATE TABLE IF NOT EXISTS {MAP_TABLE} (
    role_name name PRIMARY KEY,
    member_id integer NOT NULL UNIQUE REFERENCES member(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now());

-- The default argument is evaluated in the caller's context, so current_user is the member's role even
-- though the body runs with the owner's rights (SECURITY DEFINER). PL/pgSQL rather than SQL: a SECURITY
-- DEFINER SQL function is never inlined and re-plans its body at every call (0.05 ms, several times per
-- statement under the policies); PL/pgSQL keeps the plan for the session.
CREATE OR REPLACE FUNCTION panel_current_member_id(who name DEFAULT current_user) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT member_id FROM {MAP_TABLE} WHERE role_name = who);
END $$;

CREATE OR REPLACE FUNCTION panel_current_member_role(who name DEFAULT current_user) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT CASE WHEN m.active THEN m.role ELSE 'inactive' END
              FROM {MAP_TABLE} r JOIN member m ON m.id = r.member_id WHERE r.role_name = who);
END $$;

CREATE OR REPLACE FUNCTION panel_current_member_name(who name DEFAULT current_user) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT m.name FROM {MAP_TABLE} r JOIN member m ON m.id = r.member_id WHERE r.role_name = who);
END $$;

CREATE OR REPLACE FUNCTION panel_is_conflicted(cand integer, who name DEFAULT current_user) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM declaration d JOIN {MAP_TABLE} r ON r.member_id = d.member_id
                    WHERE r.role_name = who AND d.kind = 'conflict' AND d.candidate_id = cand);
END $$;

-- (candidate, stage) pairs whose marks by others the caller may read; computed once per query.
CREATE OR REPLACE FUNCTION panel_visible_pairs(who name DEFAULT current_user)
RETURNS TABLE (candidate_id integer, stage varchar)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH me AS (SELECT m.id, m.role, m.voting, m.procedure_id FROM member m
                 WHERE m.id = panel_current_member_id(who) AND m.active),
         conf AS (SELECT d.candidate_id FROM declaration d JOIN me ON d.member_id = me.id
                   WHERE d.kind = 'conflict' AND d.candidate_id IS NOT NULL)
    SELECT a.candidate_id, a.stage FROM assessment a JOIN me ON a.member_id = me.id
     WHERE me.role = 'member' AND me.voting AND a.status = 'submitted'
       AND a.candidate_id NOT IN (SELECT candidate_id FROM conf)
    UNION
    SELECT c.id, st.stage::varchar FROM me
      JOIN candidate c ON c.procedure_id = me.procedure_id
      CROSS JOIN (VALUES ('preselection'), ('interview')) AS st(stage)
     WHERE NOT (me.role = 'member' AND me.voting)
       AND c.id NOT IN (SELECT candidate_id FROM conf)
       AND NOT EXISTS (
           SELECT 1 FROM member v WHERE v.procedure_id = me.procedure_id AND v.voting AND v.active
              AND NOT EXISTS (SELECT 1 FROM declaration x WHERE x.member_id = v.id AND x.candidate_id = c.id
                                                           AND x.kind = 'conflict')
              AND NOT EXISTS (SELECT 1 FROM assessment y WHERE y.member_id = v.id AND y.candidate_id = c.id
                                                          AND y.stage = st.stage AND y.status = 'submitted')) $$;

CREATE OR REPLACE FUNCTION panel_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION panel_audit_is_append_only();
DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event;
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION panel_audit_is_append_only();
"""

_ME = "(SELECT panel_current_member_id())"
_ROLE = "(SELECT panel_current_member_role())"
_POLICIES = {
    "score": [
        ("score_read", "SELECT", f"member_id = {_ME} OR (candidate_id, stage) IN "
                                 "(SELECT candidate_id, stage FROM panel_visible_pairs())", None),
        ("score_insert", "INSERT", None, f"member_id = {_ME} AND {_ROLE} IN ('chair', 'member')"),
        ("score_update", "UPDATE", f"member_id = {_ME}", f"member_id = {_ME} AND {_ROLE} IN ('chair', 'member')"),
    ],
    "assessment": [
        ("assessment_read", "SELECT", "true", None),
        ("assessment_insert", "INSERT", None, f"member_id = {_ME} AND {_ROLE} IN ('chair', 'member')"),
        ("assessment_update", "UPDATE", f"member_id = {_ME} OR {_ROLE} = 'chair'",
         f"(member_id = {_ME} AND {_ROLE} IN ('chair', 'member')) OR ({_ROLE} = 'chair' AND status = 'draft')"),
    ],
    "declaration": [
        ("declaration_read", "SELECT", "true", None),
        ("declaration_insert", "INSERT", None, f"member_id = {_ME}"),
        ("declaration_update", "UPDATE", f"member_id = {_ME}", f"member_id = {_ME}"),
    ],
    "decision": [
        ("decision_read", "SELECT", "true", None),
        ("decision_insert", "INSERT", None, f"CASE WHEN kind LIKE '%signoff' THEN member_id = {_ME} ELSE "
                                            f"{_ROLE} IN ('chair', 'secretary') AND "
                                            f"(member_id IS NULL OR member_id = {_ME}) END"),
        ("decision_update", "UPDATE", f"{_ROLE} IN ('chair', 'secretary') OR member_id = {_ME}",
         f"CASE WHEN kind LIKE '%signoff' THEN member_id = {_ME} ELSE {_ROLE} IN ('chair', 'secretary') END"),
    ],
    "document": [
        ("document_read", "SELECT", "NOT EXISTS (SELECT 1 FROM application a WHERE a.id = document.application_id "
                                    "AND a.candidate_id IS NOT NULL AND panel_is_conflicted(a.candidate_id))", None),
        ("document_insert", "INSERT", None, "true"),
        ("document_update", "UPDATE", "true", "true"),
    ],
    "document_blob": [
        ("blob_read", "SELECT",
         "NOT EXISTS (SELECT 1 FROM document d JOIN application a ON a.id = d.application_id "
         "WHERE d.blob_sha256 = document_blob.sha256 AND a.candidate_id IS NOT NULL "
         "AND panel_is_conflicted(a.candidate_id)) AND NOT EXISTS (SELECT 1 FROM application a "
         "WHERE a.raw_sha256 = document_blob.sha256 AND a.candidate_id IS NOT NULL "
         "AND panel_is_conflicted(a.candidate_id))", None),
        ("blob_insert", "INSERT", None, "true"),
    ],
    "audit_event": [
        ("audit_read", "SELECT", "actor = (SELECT panel_current_member_name()) OR NOT (entity = 'score' "
                                 "OR action LIKE 'score%')", None),
        ("audit_insert", "INSERT", None, "actor IN ((SELECT panel_current_member_name()), 'system')"),
    ],
}


def _exec(db: Database, statement: sql.Composable | str) -> None:
    with db.engine.begin() as con:
        raw = con.connection.driver_connection
        text_ = statement if isinstance(statement, str) else statement.as_string(raw)
        with raw.cursor() as cur:
            cur.execute(text_)


def install(db: Database, group: str = GROUP_ROLE) -> None:
    """Idempotent: the group role, the helper functions, GRANTs and policies (run as the schema owner)."""
    if db.engine.dialect.name != "postgresql":
        raise ValueError("row-level security needs PostgreSQL")
    g = sql.Identifier(group)
    with db.engine.begin() as con:
        exists = con.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first()
    if not exists:
        _exec(db, sql.SQL("CREATE ROLE {} NOLOGIN").format(g))
    _exec(db, _FUNCTIONS)
    dbname = sql.Identifier(db.engine.url.database)
    stmts = [
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(dbname, g),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(g),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(g),
        sql.SQL("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {}").format(g),
        sql.SQL("REVOKE INSERT, UPDATE ON alembic_version, {} FROM {}").format(sql.Identifier(MAP_TABLE), g),
        sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC, {}").format(g),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(g),
        sql.SQL("REVOKE ALL ON FUNCTION panel_visible_pairs(name) FROM PUBLIC"),
        sql.SQL("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {}").format(g),
    ]
    for table, policies in _POLICIES.items():
        stmts.append(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(sql.Identifier(table)))
        for name, cmd, using, check in policies:
            stmts.append(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(sql.Identifier(name), sql.Identifier(table)))
            clause = f"CREATE POLICY {name} ON {table} FOR {cmd} TO {{}}"
            clause += f" USING ({using})" if using else ""
            clause += f" WITH CHECK ({check})" if check else ""
            stmts.append(sql.SQL(clause).format(g))
    for st in stmts:
        _exec(db, st)


def role_name(db: Database, procedure_id: int, member_name: str, prefix: str | None = None) -> str:
    """`panel_<database>_<procedure id>_<name slug>`, at most 63 characters (PostgreSQL's limit)."""
    ascii_ = unicodedata.normalize("NFKD", member_name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_).strip("_") or "member"
    if prefix is None:
        prefix = "panel_" + re.sub(r"[^a-z0-9]+", "_", (db.engine.url.database or "db").lower())[:24]
    return f"{prefix}_{procedure_id}_{slug}"[:63]


def create_member_role(db: Database, member_id: int, role: str, password: str | None,
                       group: str = GROUP_ROLE) -> str:
    """A LOGIN role for one member, in the group, mapped to the member row. Re-running resets the password."""
    r = sql.Identifier(role)
    pw = sql.SQL(" PASSWORD {}").format(sql.Literal(password)) if password else sql.SQL("")
    with db.engine.begin() as con:
        exists = con.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        mapped = con.execute(text(f"SELECT role_name FROM {MAP_TABLE} WHERE member_id = :m"), {"m": member_id}).first()
    if mapped and mapped[0] != role:
        raise ValueError(f"member {member_id} already has the database role {mapped[0]}")
    verb = "ALTER" if exists else "CREATE"
    _exec(db, sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS{}").format(r, pw))
    _exec(db, sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), r))
    with db.engine.begin() as con:
        con.execute(text(f"INSERT INTO {MAP_TABLE} (role_name, member_id) VALUES (:r, :m) "
                         "ON CONFLICT (role_name) DO UPDATE SET member_id = EXCLUDED.member_id"),
                    {"r": role, "m": member_id})
    return role


def login_url(db: Database, role: str) -> str:
    """The URL a member's workstation uses (password left out: give it separately)."""
    return db.engine.url.set(username=role, password=None).render_as_string(hide_password=True)


def member_roles(db: Database) -> list[tuple[str, int, str]]:
    """(role, member id, member name) for every member with a database role."""
    with db.engine.connect() as con:
        rows = con.execute(text(f"SELECT r.role_name, r.member_id, m.name FROM {MAP_TABLE} r "
                                "JOIN member m ON m.id = r.member_id ORDER BY r.member_id"))
        return [(str(a), int(b), str(c)) for a, b, c in rows]


def drop_member_roles(db: Database, group: str | None = None) -> list[str]:
    """Remove every member role of this database (and the group when named): decommissioning, tests."""
    roles = [r for r, _m, _n in member_roles(db)]
    with db.engine.begin() as con:
        con.execute(text(f"DELETE FROM {MAP_TABLE}"))
    for role in roles + ([group] if group else []):
        _exec(db, sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
        _exec(db, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
    return roles
