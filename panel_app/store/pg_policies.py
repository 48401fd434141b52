"""The SQL that the permission matrix (permissions.py) becomes: helper functions, GRANTs, row-level security.

Helper functions are SECURITY DEFINER (they read the mapping and the member table, which a member login cannot
read in full) and answer only for the caller: none takes a role name. Inside a SECURITY DEFINER function
`current_user` is the function's owner, so the caller is `session_user`, the login that opened the connection;
a member login cannot change it (it may only SET ROLE to the group, which maps to nobody). They are PL/pgSQL, not SQL: a SECURITY
DEFINER SQL function is never inlined and re-plans its body at every call; PL/pgSQL keeps the plan for the
session. Policies call them inside `(SELECT …)`, so each is evaluated once per statement, not once per row.
"""

from __future__ import annotations

from .audit_redaction import PG_GUARD_FUNCTION
from .permissions import HIDDEN_COLUMNS, KINDS, MATRIX, OPS, Rule

MAP_TABLE = "panel_member_role"

# Functions of earlier versions that took a role name (`who`): dropped with what depends on them.
OLD_SIGNATURES = ("panel_current_member_id(name)", "panel_current_member_role(name)",
                  "panel_current_member_name(name)", "panel_is_conflicted(integer, name)",
                  "panel_visible_pairs(name)")

_DEF = "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp"

# A closed procedure is read-only for every member login (domain/lifecycle.py; issue 20): whatever SQL it sends,
# no row of a closed procedure is inserted or updated. The administrator account (the retention purge) passes.
CLOSED_TABLES = ("procedure", "criterion", "candidate", "application", "assessment", "score", "declaration",
                 "decision")
CLOSED_GUARD = """
CREATE OR REPLACE FUNCTION panel_closed_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE pid integer;
BEGIN
    IF panel_current_member_id() IS NULL THEN RETURN NEW; END IF;  -- the administrator account
    IF TG_TABLE_NAME = 'procedure' THEN pid := OLD.id; ELSE pid := NEW.procedure_id; END IF;
    IF EXISTS (SELECT 1 FROM procedure p WHERE p.id = pid AND p.closed_at IS NOT NULL) THEN
        RAISE EXCEPTION 'the procedure is closed: it is read-only' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
""" + "".join(f"DROP TRIGGER IF EXISTS closed_guard ON {t};\n"
              f"CREATE TRIGGER closed_guard BEFORE {'UPDATE' if t == 'procedure' else 'INSERT OR UPDATE'} ON {t} "
              "FOR EACH ROW EXECUTE FUNCTION panel_closed_guard();\n" for t in CLOSED_TABLES)

# The tables the one-statement save and submit read or write (panel_refresh_statistics).
STATISTICS_TABLES = ", ".join(f"'{t}'" for t in ("score", "assessment", "audit_event", "candidate", "application",
                                                 "declaration", "criterion", "procedure"))

FUNCTIONS = f"""
CREATE TABLE IF NOT EXISTS {MAP_TABLE} (
    role_name name PRIMARY KEY,
    member_id integer NOT NULL UNIQUE REFERENCES member(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now());

CREATE OR REPLACE FUNCTION panel_current_member_id() RETURNS integer {_DEF} AS $$
BEGIN
    RETURN (SELECT member_id FROM {MAP_TABLE} WHERE role_name = session_user);
END $$;

CREATE OR REPLACE FUNCTION panel_current_member_role() RETURNS text {_DEF} AS $$
BEGIN
    RETURN (SELECT CASE WHEN m.active THEN m.role ELSE 'inactive' END
              FROM {MAP_TABLE} r JOIN member m ON m.id = r.member_id WHERE r.role_name = session_user);
END $$;

-- The kind of login of the permission matrix: chair, voting, nonvoting, secretary, observer; NULL otherwise.
CREATE OR REPLACE FUNCTION panel_current_kind() RETURNS text {_DEF} AS $$
BEGIN
    RETURN (SELECT CASE WHEN NOT m.active THEN NULL
                        WHEN m.role = 'member' THEN CASE WHEN m.voting THEN 'voting' ELSE 'nonvoting' END
                        WHEN m.role IN ('chair', 'secretary', 'observer') THEN m.role END
              FROM {MAP_TABLE} r JOIN member m ON m.id = r.member_id WHERE r.role_name = session_user);
END $$;

CREATE OR REPLACE FUNCTION panel_current_procedure() RETURNS integer {_DEF} AS $$
BEGIN
    RETURN (SELECT m.procedure_id FROM {MAP_TABLE} r JOIN member m ON m.id = r.member_id
             WHERE r.role_name = session_user AND m.active);
END $$;

CREATE OR REPLACE FUNCTION panel_current_member_name() RETURNS text {_DEF} AS $$
BEGIN
    RETURN (SELECT m.name FROM {MAP_TABLE} r JOIN member m ON m.id = r.member_id
             WHERE r.role_name = session_user);
END $$;

-- The candidates the caller declared a conflict on, the applications and stored files of those candidates.
CREATE OR REPLACE FUNCTION panel_my_conflicts() RETURNS integer[] {_DEF} AS $$
BEGIN
    RETURN COALESCE((SELECT array_agg(d.candidate_id) FROM declaration d
                      WHERE d.member_id = panel_current_member_id() AND d.kind = 'conflict'
                        AND d.candidate_id IS NOT NULL), '{{}}');
END $$;

CREATE OR REPLACE FUNCTION panel_hidden_applications() RETURNS integer[] {_DEF} AS $$
BEGIN
    RETURN COALESCE((SELECT array_agg(a.id) FROM application a
                      WHERE a.candidate_id = ANY (panel_my_conflicts())), '{{}}');
END $$;

-- A stored file is hidden when any application of a conflicted candidate holds it (the same CV sent by two
-- candidates stays hidden: the conflicted member must not read it through the other one).
CREATE OR REPLACE FUNCTION panel_hidden_blobs() RETURNS text[] {_DEF} AS $$
BEGIN
    RETURN COALESCE((SELECT array_agg(x.sha) FROM (
                SELECT d.blob_sha256 AS sha FROM document d WHERE d.application_id = ANY (panel_hidden_applications())
                UNION SELECT a.raw_sha256 FROM application a
                       WHERE a.id = ANY (panel_hidden_applications()) AND a.raw_sha256 IS NOT NULL) x), '{{}}');
END $$;

-- Documents open to the caller at all: the chair, the secretary and observers always; a member once the grid
-- is sealed and they signed the declaration of confidentiality (docs/domain-rules.md: nothing is opened before).
CREATE OR REPLACE FUNCTION panel_documents_open() RETURNS boolean {_DEF} AS $$
DECLARE k text := panel_current_kind();
BEGIN
    IF k IS NULL THEN RETURN false; END IF;
    IF k NOT IN ('voting', 'nonvoting') THEN RETURN true; END IF;
    RETURN EXISTS (SELECT 1 FROM member m JOIN procedure p ON p.id = m.procedure_id
                    WHERE m.id = panel_current_member_id() AND p.sealed_at IS NOT NULL
                      AND EXISTS (SELECT 1 FROM declaration d WHERE d.member_id = m.id
                                     AND d.kind = 'confidentiality'));
END $$;

-- (candidate, stage) pairs whose marks by others the caller may read; computed once per query.
CREATE OR REPLACE FUNCTION panel_visible_pairs() RETURNS TABLE (candidate_id integer, stage varchar)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH me AS (SELECT m.id, m.role, m.voting, m.procedure_id FROM member m
                 WHERE m.id = panel_current_member_id() AND m.active),
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

-- Planner statistics for the tables a member's save reads (store/mark_writes.py calls this every 100 saves).
-- Without them a freshly filled table looks tiny, every index costs the same, and the plan cached for the
-- one-statement save may walk the whole procedure's marks by procedure_id: its cost then grows with every mark
-- (measured: +0.2 ms server CPU per 1,000 marks). A table is analysed when it has never been or has changed by
-- more than its size since; autovacuum does the same, but only once a minute and not under a member's
-- login. The member's login cannot ANALYZE (the owner only): this runs as the owner and does nothing else.
CREATE OR REPLACE FUNCTION panel_refresh_statistics() RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp SET lock_timeout = '100ms' AS $$
DECLARE t record; n integer := 0;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('panel_refresh_statistics')) THEN RETURN 0; END IF;
    FOR t IN SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
              WHERE s.schemaname = 'public' AND s.relname IN ({STATISTICS_TABLES})
                AND s.n_mod_since_analyze >= 100 AND s.n_mod_since_analyze > greatest(c.reltuples, 0) LOOP
        EXECUTE format('ANALYZE %I', t.relname);
        n := n + 1;
    END LOOP;
    RETURN n;
EXCEPTION WHEN lock_not_available THEN RETURN n;  -- autovacuum is at it
END $$;

-- Sign-in on a member's own login: the password hash of the caller's own member row, never another's.
CREATE OR REPLACE FUNCTION panel_own_password_hash(member_row integer) RETURNS text {_DEF} AS $$
BEGIN
    IF member_row IS DISTINCT FROM panel_current_member_id() THEN
        RAISE EXCEPTION 'this database login is %''s: it cannot sign in as another member',
            coalesce(panel_current_member_name(), session_user::text) USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN (SELECT m.password_hash FROM member m WHERE m.id = member_row);
END $$;

CREATE OR REPLACE FUNCTION panel_member_has_password(member_row integer) RETURNS boolean {_DEF} AS $$
BEGIN
    RETURN (SELECT m.password_hash IS NOT NULL FROM member m WHERE m.id = member_row);
END $$;

-- The procedure row: only the chair seals the grid or changes the rules/anchors of a sealed grid (an
-- amendment, which the application records with its reason); no member login clears or alters a seal.
CREATE OR REPLACE FUNCTION panel_procedure_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE k text := panel_current_kind();
BEGIN
    IF panel_current_member_id() IS NULL THEN RETURN NEW; END IF;  -- the administrator account
    IF OLD.sealed_at IS NOT NULL AND (NEW.sealed_at IS DISTINCT FROM OLD.sealed_at
            OR NEW.grid_hash IS DISTINCT FROM OLD.grid_hash OR NEW.sealed_by IS DISTINCT FROM OLD.sealed_by) THEN
        RAISE EXCEPTION 'the grid of % is sealed: its seal cannot be changed', OLD.reference
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF k IS DISTINCT FROM 'chair' AND (NEW.sealed_at IS DISTINCT FROM OLD.sealed_at
            OR NEW.grid_hash IS DISTINCT FROM OLD.grid_hash OR NEW.sealed_by IS DISTINCT FROM OLD.sealed_by
            OR (OLD.sealed_at IS NOT NULL AND (NEW.rules::text IS DISTINCT FROM OLD.rules::text
                                               OR NEW.anchors::text IS DISTINCT FROM OLD.anchors::text))) THEN
        RAISE EXCEPTION 'only the chair seals the grid or amends a sealed grid of %', OLD.reference
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS procedure_guard ON procedure;
CREATE TRIGGER procedure_guard BEFORE UPDATE ON procedure FOR EACH ROW EXECUTE FUNCTION panel_procedure_guard();

{CLOSED_GUARD}
{PG_GUARD_FUNCTION}DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION panel_audit_is_append_only();
DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event;
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION panel_audit_is_append_only();
"""

_ME = "(SELECT panel_current_member_id())"
_KIND = "(SELECT panel_current_kind())"
_NAME = "(SELECT panel_current_member_name())"
_CONFLICTS = "(SELECT panel_my_conflicts())::integer[]"


def _candidate_column(table: str) -> str:
    return "id" if table == "candidate" else "candidate_id"


def condition_sql(name: str | None, table: str) -> tuple[str, str]:
    """(USING, WITH CHECK) of a row condition of the matrix on `table`."""
    if name is None or name == "procedure_guard":  # the guard is a trigger (FUNCTIONS)
        return "true", "true"
    if name == "own":
        return f"member_id = {_ME}", f"member_id = {_ME}"
    if name == "not_conflicted":
        col = _candidate_column(table)
        cond = f"({col} IS NULL OR NOT ({col} = ANY ({_CONFLICTS})))"
        return cond, cond
    if name == "visible_marks":
        return (f"member_id = {_ME} OR (candidate_id, stage) IN "
                "(SELECT candidate_id, stage FROM panel_visible_pairs())"), f"member_id = {_ME}"
    if name == "documents_open":
        hidden = ("NOT (application_id = ANY ((SELECT panel_hidden_applications())::integer[]))" if table == "document"
                  else "NOT (sha256 = ANY ((SELECT panel_hidden_blobs())::text[]))")
        cond = f"(SELECT panel_documents_open()) AND {hidden}"
        return cond, cond
    if name == "not_sealed":
        cond = f"NOT EXISTS (SELECT 1 FROM procedure p WHERE p.id = {table}.procedure_id AND p.sealed_at IS NOT NULL)"
        return cond, cond
    if name == "reopen":
        return "true", "status = 'draft'"
    if name == "own_signoff":
        cond = f"kind LIKE '%signoff' AND member_id = {_ME}"
        return cond, cond
    if name == "panel_decision":
        cond = f"kind NOT LIKE '%signoff' AND (member_id IS NULL OR member_id = {_ME})"
        return cond, cond
    if name == "eligibility_decision":
        cond = f"kind = 'eligibility' AND (member_id IS NULL OR member_id = {_ME})"
        return cond, cond
    if name == "own_actor":
        return f"actor = {_NAME}", f"actor = {_NAME}"
    if name == "audit_visible":
        return f"actor = {_NAME} OR NOT (entity = 'score' OR action LIKE 'score%')", "true"
    raise KeyError(f"no SQL for the row condition {name!r}")


def _kinds_sql(rule: Rule, scoped: bool) -> str:
    if rule.kinds == frozenset(KINDS):
        # panel_current_procedure() is NULL exactly when the caller is no kind (unmapped or replaced), so on a
        # table limited to the caller's procedure the kind check is implied: one function call less per table.
        return "true" if scoped else f"{_KIND} IS NOT NULL"
    return f"{_KIND} IN ({', '.join(repr(k) for k in KINDS if k in rule.kinds)})"


def _own_procedure(table: str, columns: list[str]) -> tuple[str | None, str | None]:
    """(USING, WITH CHECK) limiting every rule to the caller's own procedure. A document is of its application's
    procedure, a stored file of the documents and applications that hold it (the subqueries are themselves under
    those tables' policies); a file is stored before any row refers to it, so its INSERT is not limited."""
    if table == "procedure":
        cond = "id = (SELECT panel_current_procedure())"
        return cond, cond
    if "procedure_id" in columns:
        cond = "procedure_id = (SELECT panel_current_procedure())"
        return cond, cond
    if table == "document":
        cond = "application_id IN (SELECT a.id FROM application a)"
        return cond, cond
    if table == "document_blob":
        return ("(sha256 IN (SELECT d.blob_sha256 FROM document d) OR sha256 IN "
                "(SELECT a.raw_sha256 FROM application a WHERE a.raw_sha256 IS NOT NULL))"), None
    return None, None


def policies(table: str, columns: list[str]) -> list[tuple[str, str, str | None, str | None]]:
    """(policy name, command, USING, WITH CHECK) for `table`: one policy per operation, its rules OR-ed, all
    limited to the caller's own procedure."""
    scope_using, scope_check = _own_procedure(table, columns)
    out = []
    for op, rules in MATRIX.get(table, {}).items():
        if op in ("DELETE", "TRUNCATE"):
            raise ValueError(f"the matrix grants {op} on {table}: no member login may delete")
        usings, checks = [], []
        for rule in rules:
            using, check = condition_sql(rule.row, table)
            usings.append(f"({_kinds_sql(rule, scope_using is not None)} AND ({using}))")
            checks.append(f"({_kinds_sql(rule, scope_check is not None)} AND ({check}))")
        using = " OR ".join(usings) if op in ("SELECT", "UPDATE") else None
        check = " OR ".join(checks) if op in ("INSERT", "UPDATE") else None
        if using and scope_using:
            using = f"{scope_using} AND ({using})"
        if check and scope_check:
            check = f"{scope_check} AND ({check})"
        out.append((f"{table}_{op.lower()}", op, using, check))
    return out


def grants(table: str, columns: list[str]) -> list[tuple[str, list[str] | None]]:
    """(privilege, column list or None for the whole table) the group gets on `table`."""
    out: list[tuple[str, list[str] | None]] = []
    for op in OPS:
        if not MATRIX.get(table, {}).get(op):
            continue
        hidden = HIDDEN_COLUMNS.get(table, ())
        if op == "SELECT" and hidden:
            out.append((op, [c for c in columns if c not in hidden]))
        else:
            out.append((op, None))
    return out
