"""One procedure's own rows, copied into a new SQLite file (the database part of its archive, issue 20).

Every table of the schema is copied for that procedure only: its rows (same ids, so the audit chain, which
hashes the procedure id, verifies unchanged), the bytes of its documents, its audit events and chain head.
JSON columns are copied as their stored text, never re-serialised: the chain hashes that text. Operational
tables (sign-in counters, offline packages and their returns) are not part of the record and stay behind.
Works from SQLite and from PostgreSQL (with a login that reads every row: the administrator account).
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, MetaData, Table, Text, cast, select, union
from sqlalchemy.sql.elements import ColumnElement

from .engine import Database
from .models import Application, Base, Document

NOT_RECORD = {"signin_guard", "offline_package", "package_return"}
BATCH = 200


def _where(table: Table, pid: int) -> ColumnElement | None:
    c = table.c
    if table.name in NOT_RECORD:
        return None
    if table.name == "procedure":
        return c.id == pid
    if table.name == "audit_head":
        return c.procedure_key == pid
    if table.name == "document":
        return c.application_id.in_(select(Application.id).where(Application.procedure_id == pid))
    if table.name == "document_blob":
        shas = union(select(Document.blob_sha256).join(Application, Application.id == Document.application_id)
                     .where(Application.procedure_id == pid),
                     select(Application.raw_sha256).where(Application.procedure_id == pid,
                                                          Application.raw_sha256.is_not(None)))
        return c.sha256.in_(select(shas.subquery().c[0]))
    if "procedure_id" in c:
        return c.procedure_id == pid
    raise RuntimeError(f"the archive does not know how to select {table.name}'s rows of one procedure")


def copy_procedure(src: Database, procedure_id: int, dst: Database) -> dict[str, int]:
    """Copy the procedure's rows from `src` into the empty, migrated SQLite database `dst`; {table: rows}."""
    counts: dict[str, int] = {}
    with src.engine.connect() as sc, dst.engine.begin() as dc:
        for table in Base.metadata.sorted_tables:
            cond = _where(table, procedure_id)
            if cond is None:
                continue
            is_json = {c.name for c in table.c if isinstance(c.type, JSON)}
            cols = [cast(c, Text).label(c.name) if c.name in is_json else c for c in table.c]
            shadow = Table(table.name, MetaData(),
                           *[Column(c.name, Text if c.name in is_json else c.type) for c in table.c])
            n = 0
            result = sc.execution_options(yield_per=BATCH).execute(select(*cols).where(cond))
            for part in result.partitions(BATCH):
                dc.execute(shadow.insert(), [dict(r._mapping) for r in part])
                n += len(part)
            counts[table.name] = n
    return counts
