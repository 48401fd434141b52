"""PostgreSQL: one LOGIN role per panel member, a group role, and the GRANTs and row-level security that the
permission matrix (permissions.py) declares; the SQL of each rule is in pg_policies.py.

The server itself enforces the rules of docs/domain-rules.md for a session connected as a member's login, whatever SQL it
sends: own marks only, independence until one's own submission, conflicts hide the candidate's rows, no member
changes a role, voting flag, password hash or mapping, the grid, the procedure's seal, applications or
candidates (the chair and secretary do, through the application); the audit trail is append-only.
The owner (the administrator who ran `admin init-postgres`) bypasses RLS: keep that account for IT staff.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from pathlib import Path

from psycopg import sql
from sqlalchemy import text

from .engine import Database
from .permissions import MATRIX
from .pg_policies import FUNCTIONS, MAP_TABLE, OLD_SIGNATURES, grants, policies

GROUP_ROLE = "panel_app_members"
SECURED = tuple(t for t in MATRIX if MATRIX[t])
MARK = "panel_app security "  # + the digest of what install() puts in place, on the mapping table
log = logging.getLogger(__name__)


def security_digest() -> str:
    """Changes with any edit to the functions, guards, grants or policies install() puts in place."""
    from . import audit_redaction, permissions, pg_policies

    h = hashlib.sha256()
    for module in (pg_policies, permissions, audit_redaction):
        h.update(Path(module.__file__ or "").read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


def _exec(db: Database, statement: sql.Composable | str) -> None:
    with db.engine.begin() as con:
        raw = con.connection.driver_connection
        text_ = statement if isinstance(statement, str) else statement.as_string(raw)
        with raw.cursor() as cur:
            cur.execute(text_)


def _tables(db: Database) -> dict[str, tuple[str, list[str]]]:
    """{table: (owner, [columns])} of the public schema."""
    with db.engine.connect() as con:
        owners = {t: o for t, o in con.execute(text("SELECT tablename, tableowner FROM pg_tables "
                                                   "WHERE schemaname = 'public'"))}
        cols: dict[str, list[str]] = {}
        for t, c in con.execute(text("SELECT table_name, column_name FROM information_schema.columns "
                                     "WHERE table_schema = 'public' ORDER BY ordinal_position")):
            cols.setdefault(t, []).append(c)
        me = con.execute(text("SELECT current_user")).scalar()
    return {t: (o, cols.get(t, [])) for t, o in owners.items()} | {"": (me, [])}


def install(db: Database, group: str = GROUP_ROLE) -> None:
    """Idempotent: the group role, the helper functions, and the GRANTs and policies of the permission matrix
    (run as the schema owner). Every table of the schema is reset first: a table the matrix does not name
    grants members nothing."""
    if db.engine.dialect.name != "postgresql":
        raise ValueError("row-level security needs PostgreSQL")
    g = sql.Identifier(group)
    with db.engine.begin() as con:
        exists = con.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first()
    if not exists:
        _exec(db, sql.SQL("CREATE ROLE {} NOLOGIN").format(g))
    for signature in OLD_SIGNATURES:  # CASCADE: the policies built on them go too, and are rebuilt below
        _exec(db, f"DROP FUNCTION IF EXISTS {signature} CASCADE")
    _exec(db, FUNCTIONS)
    tables = _tables(db)
    me = tables.pop("")[0]
    dbname = sql.Identifier(db.engine.url.database)
    stmts: list[sql.Composable] = [
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(dbname, g),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(g),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {}").format(g),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(g),
        sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"),
        sql.SQL("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {}").format(g),
    ]
    with db.engine.connect() as con:
        old = list(con.execute(text("SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public'")))
    for name, table in old:
        stmts.append(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(sql.Identifier(name), sql.Identifier(table)))
    for table, (owner, columns) in sorted(tables.items()):
        t = sql.Identifier(table)
        for privilege, cols in grants(table, columns):
            target = (sql.SQL("({}) ON {}").format(sql.SQL(", ").join(map(sql.Identifier, cols)), t)
                      if cols is not None else sql.SQL("ON {}").format(t))
            stmts.append(sql.SQL("GRANT " + privilege + " {} TO {}").format(target, g))
        if not MATRIX.get(table):
            continue
        stmts.append(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(t))
        if owner != me:  # an owner account other than the administrator's is held to the policies too
            stmts.append(sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(t))
        for name, cmd, using, check in policies(table, columns):
            clause = f"CREATE POLICY {name} ON {table} FOR {cmd} TO {{}}"
            clause += f" USING ({using})" if using else ""
            clause += f" WITH CHECK ({check})" if check else ""
            stmts.append(sql.SQL(clause).format(g))
    stmts.append(sql.SQL("COMMENT ON TABLE {} IS {}").format(sql.Identifier(MAP_TABLE),
                                                            sql.Literal(MARK + security_digest())))
    for st in stmts:
        _exec(db, st)


def refresh_after_upgrade(db: Database) -> bool:
    """A database secured by `admin init-postgres` of an earlier version gets this version's functions, guards,
    grants and policies when an account that owns the schema opens it (every opening checks one comment). A
    member's login cannot install them: it logs what the administrator must run. True when reinstalled."""
    if db.engine.dialect.name != "postgresql":
        return False
    with db.engine.connect() as con:
        row = con.execute(text("SELECT obj_description(c.oid, 'pg_class'), pg_has_role(c.relowner, 'USAGE') "
                               f"FROM pg_class c WHERE c.oid = to_regclass('public.{MAP_TABLE}')")).first()
        if row is None or row[0] == MARK + security_digest():
            return False  # not secured, or secured by this version
        group = con.execute(text("SELECT r::text FROM pg_policies, unnest(roles) r "
                                 "WHERE schemaname = 'public' LIMIT 1")).scalar()
    if not row[1] or group is None:
        log.warning("the row-level security of %s was installed by another panel_app version: the "
                    "administrator must run `panel-app admin init-postgres` again", db.engine.url.database)
        return False
    from .changes import install_notify

    install(db, group)
    install_notify(db)
    log.info("row-level security of %s brought up to this version (group %s)", db.engine.url.database, group)
    return True


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
