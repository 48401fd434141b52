"""Plain psycopg connections as a member's own login, and what the owner sees, for the trust-boundary tests."""

from __future__ import annotations

import psycopg
from psycopg import errors


def member_con(dbname: str, role: str) -> psycopg.Connection:
    return psycopg.connect(host="127.0.0.1", port=5432, user=role, dbname=dbname, autocommit=True)


def owner_con(dbname: str) -> psycopg.Connection:
    return psycopg.connect(host="127.0.0.1", port=5432, user="postgres", dbname=dbname, autocommit=True)


def ids(dbname: str, ref: str) -> tuple[int, dict[str, int], dict[str, int], dict[str, int]]:
    """procedure id, {email: candidate id}, {criterion code: id} (preselection, scored), {member name: id}."""
    with owner_con(dbname) as con:
        pid = con.execute("SELECT id FROM procedure WHERE reference = %s", (ref,)).fetchone()[0]
        cands = dict(con.execute("SELECT email, id FROM candidate WHERE procedure_id = %s", (pid,)).fetchall())
        crits = dict(con.execute("SELECT code, id FROM criterion WHERE procedure_id = %s AND stage = "
                                 "'preselection' AND kind = 'scored' ORDER BY position", (pid,)).fetchall())
        members = dict(con.execute("SELECT name, id FROM member WHERE procedure_id = %s", (pid,)).fetchall())
    return pid, cands, crits, members


def refused(con: psycopg.Connection, statement: str, params: tuple = ()) -> str:
    """The statement is refused by the server (permission or row-level security) or changes no row."""
    try:
        cur = con.execute(statement, params)
    except (errors.InsufficientPrivilege, errors.UndefinedFunction, errors.RaiseException) as e:
        return type(e).__name__
    assert cur.rowcount == 0, f"the server accepted, {cur.rowcount} row(s): {statement}"
    return "no row"
