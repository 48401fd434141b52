"""The catalog test (issue 14 §2): every table PostgreSQL lists in the schema, every operation, every kind of login,
tried with plain psycopg and compared with the permission matrix (panel_app/store/permissions.py).

A table that the matrix does not name fails the test, so a new table cannot ship without its row; a table the
matrix names must then behave as declared: refused operations are refused (no grant, or row-level security
leaves no row), operations allowed on every row reach every row the owner sees, and row conditions never
reach more than the owner sees. The row conditions themselves are attacked in test_attacks.py.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg import errors, sql

from panel_app.store.permissions import HIDDEN_COLUMNS, KINDS, MATRIX, OPS, allowed, markdown
from tests.trust_pg.helpers import owner_con
from tests.workstations.conftest import who
from tests.workstations.test_pg_security import app_as, score_all

LOGINS = {"chair": "Chair Anna", "voting": "Member Bob", "nonvoting": "Member Nina", "secretary": "Secretary Sam",
          "observer": "Observer Olga"}


@pytest.fixture
def catalog(secured):
    """The secured procedure with a non-voting member, marks, a conflict, a sign-off: a row in most tables."""
    services, ref, emails, roles, dbname = secured
    from panel_app.services.workstations import WorkstationService

    chair = who(services, ref, "Chair Anna")
    services.members.add(ref, "Member Nina", "member", chair, voting=False, password="nina-pass")
    group = f"{dbname}_members"
    roles["Member Nina"] = WorkstationService(services.db).add_member_role(ref, "Member Nina", chair,
                                                                          group=group).result.db_role
    eva = app_as(services, roles["Member Eva"])
    try:
        score_all(eva, ref, "Member Eva", emails[0])
        eva.scoring.declare_conflict(ref, who(eva, ref, "Member Eva"), emails[3], "a friend", "personal")
    finally:
        eva.db.dispose()
    with owner_con(dbname) as con:
        pid = con.execute("SELECT id FROM procedure").fetchone()[0]
        con.execute("INSERT INTO decision (procedure_id, kind, stage, member_id, decided_at, version) VALUES "
                    "(%s, 'shortlist_signoff', 'preselection', (SELECT id FROM member WHERE name = 'Member Eva'), "
                    "now(), 1)", (pid,))
    with psycopg.connect(host="127.0.0.1", user="postgres", dbname="postgres", autocommit=True) as con:
        con.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(f"{dbname}_stranger")))
    yield dbname, roles


def _tables(con) -> dict[str, list[str]]:
    tables = [t for (t,) in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
    return {t: [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE "
                                          "table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
                                          (t,))] for t in tables}


def _try(con: psycopg.Connection, statement: sql.Composable) -> tuple[str, int]:
    """('ok', rows) | ('no grant', 0) | ('refused', 0) | ('constraint', 0); always rolled back."""
    try:
        cur = con.execute(statement)
        n = len(cur.fetchall()) if cur.description else cur.rowcount
        return "ok", n
    except errors.InsufficientPrivilege as e:
        return ("no grant" if "permission denied for" in str(e) else "refused"), 0
    except (errors.IntegrityError, errors.InvalidTextRepresentation):
        return "constraint", 0
    finally:
        con.rollback()


def _statements(table: str, columns: list[str]) -> dict[str, sql.Composable]:
    t = sql.Identifier(table)
    visible = [c for c in columns if c not in HIDDEN_COLUMNS.get(table, ())]
    first = sql.Identifier(columns[0])
    return {
        "SELECT": sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(map(sql.Identifier, visible)), t),
        "INSERT": sql.SQL("INSERT INTO {} DEFAULT VALUES").format(t),
        "UPDATE": sql.SQL("UPDATE {} SET {} = {}").format(t, first, first),
        "DELETE": sql.SQL("DELETE FROM {}").format(t),
        "TRUNCATE": sql.SQL("TRUNCATE {} CASCADE").format(t),
    }


def catalog_findings(dbname: str, roles: dict[str, str]) -> list[str]:
    """Every difference between the live catalog and the matrix, one line each."""
    findings: list[str] = []
    with owner_con(dbname) as owner:
        tables = _tables(owner)
        owner_rows = {t: owner.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(t))).fetchone()[0]
                      for t in tables}
        secured = {t for (t,) in owner.execute("SELECT relname FROM pg_class WHERE relkind = 'r' "
                                               "AND relrowsecurity AND relnamespace = 'public'::regnamespace")}
        policies = {(t, c) for t, c in owner.execute("SELECT tablename, cmd FROM pg_policies "
                                                     "WHERE schemaname = 'public'")}
    for table in sorted(set(tables) - set(MATRIX)):
        findings.append(f"table {table} has no row in the permission matrix (panel_app/store/permissions.py): "
                        "declare who may do what on it, then re-run `admin init-postgres`")
    for table in tables:
        if MATRIX.get(table):
            if table not in secured:
                findings.append(f"{table}: members are granted rights but row-level security is off")
        for op in MATRIX.get(table, {}):
            if (table, op) not in policies:
                findings.append(f"{table}: {op} is granted but has no policy")
    logins = {kind: roles[name] for kind, name in LOGINS.items()} | {"none": f"{dbname}_stranger"}
    for kind, role in logins.items():
        with psycopg.connect(host="127.0.0.1", port=5432, user=role, dbname=dbname) as con:
            for table, columns in tables.items():
                statements = _statements(table, columns)
                for op in OPS:
                    rule = allowed(kind, table, op) if kind in KINDS else None
                    granted = bool(MATRIX.get(table, {}).get(op))
                    outcome, n = _try(con, statements[op])
                    where = f"{kind} {op} {table}: {outcome} ({n} rows; the owner sees {owner_rows[table]})"
                    if not granted:
                        if outcome != "no grant":
                            findings.append(f"{where}; the matrix grants no login this")
                    elif rule is None:
                        if (outcome == "ok" and n > 0) or outcome == "constraint" or (outcome == "no grant"
                                                                                      and kind != "none"):
                            findings.append(f"{where}; the matrix refuses this to {kind}")
                    else:
                        if outcome == "no grant":
                            findings.append(f"{where}; the matrix allows it")
                        elif op in ("SELECT", "UPDATE") and outcome == "ok":
                            if rule.row is None and n != owner_rows[table]:
                                findings.append(f"{where}; the matrix allows every row")
                            if n > owner_rows[table]:
                                findings.append(where)
                        elif op in ("SELECT", "UPDATE") and rule.row is None:
                            findings.append(f"{where}; the matrix allows it on every row")
            for table, hidden in HIDDEN_COLUMNS.items():
                for column in hidden:
                    outcome, _ = _try(con, sql.SQL("SELECT {} FROM {}").format(sql.Identifier(column),
                                                                             sql.Identifier(table)))
                    if outcome != "no grant":
                        findings.append(f"{kind} reads {table}.{column}: {outcome}")
    return findings


def test_every_table_in_the_catalog_behaves_as_the_matrix_declares(catalog):
    findings = catalog_findings(*catalog)
    assert not findings, "\n".join(findings)


def test_a_new_table_without_a_row_in_the_matrix_fails_the_check(catalog):
    dbname, roles = catalog
    with owner_con(dbname) as con:
        con.execute("CREATE TABLE interview_note (id serial PRIMARY KEY, candidate_id integer, note text)")
        con.execute("INSERT INTO interview_note (candidate_id, note) VALUES (1, 'strong on Ansible')")
        con.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON interview_note TO {}").format(
            sql.Identifier(f"{dbname}_members")))
    findings = catalog_findings(dbname, roles)
    assert any("interview_note has no row in the permission matrix" in f for f in findings)
    assert any(f.startswith("voting SELECT interview_note: ok") for f in findings)
    assert any(f.startswith("observer DELETE interview_note: ok") for f in findings)


def test_the_readme_shows_the_current_matrix():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert markdown() in readme, ("README's PostgreSQL set-up section must hold the matrix as "
                                  "panel_app.store.permissions.markdown() prints it")


def test_the_applications_own_checks_read_the_same_matrix():
    """The service-level checks (services/actors.require_permission) and the server's policies come from one
    table: who may import, edit or amend the grid, record a consensus mark, and score."""
    from panel_app.domain.errors import Refused
    from panel_app.services.actors import Actor, kind_of, require_permission

    actors = {"chair": Actor("A", "chair", 1, True), "voting": Actor("B", "member", 2, True),
              "nonvoting": Actor("N", "member", 3, False), "secretary": Actor("S", "secretary", 4, False),
              "observer": Actor("O", "observer", 5, False)}
    checks = [("application", "INSERT", {}, {"chair", "secretary"}),
              ("criterion", "UPDATE", {}, {"chair", "secretary"}),
              ("criterion", "UPDATE", {"unless": ("not_sealed",)}, {"chair"}),
              ("decision", "INSERT", {"row": "panel_decision"}, {"chair"}),
              ("score", "INSERT", {}, {"chair", "voting"})]
    for table, op, kw, expected in checks:
        passed = set()
        for kind, actor in actors.items():
            assert kind_of(actor) == kind
            try:
                require_permission(actor, table, op, action="x", **kw)
                passed.add(kind)
            except Refused:
                pass
        assert passed == expected, (table, op, kw)
        assert passed == {k for k in KINDS for r in MATRIX[table][op] if k in r.kinds and
                          (not kw.get("row") or r.row == kw["row"]) and r.row not in kw.get("unless", ())}
