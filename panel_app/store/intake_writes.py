"""Bulk writes of an import: many applications in a few statements (Core INSERT, executemany).

An import stores tens of rows per file (blobs, candidate, application, documents, audit). Writing them
as ORM objects costs a flush per object graph; these Core statements on the mapped tables (so the column
types and defaults apply, JSON and UTC times included) write a whole group of files at once and
return the new ids in the order of the rows given (RETURNING with `sort_by_parameter_order` on PostgreSQL,
an executemany and the highest ids on SQLite). Large blobs are written one at a time, streamed from disk on
SQLite. They run inside the caller's transaction (the unit of work), so a group is written completely or
not at all.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from . import audit_chain
from .engine import SerialisedJSON
from .models import Application, AuditEvent, Candidate, Document, DocumentBlob

__all__ = ["SerialisedJSON", "BlobRow", "insert_blobs", "insert_candidates", "insert_applications",
           "insert_documents", "insert_audit"]

LARGE_BLOB = 8 * 1024 * 1024  # written alone, one at a time
CHUNK = 1024 * 1024


class _DriverInsert:
    """An INSERT of `table`'s columns `keys` (plus those with a Python default) as the SQLite driver's executemany.

    Written so because SQLAlchemy's executemany of a Core insert builds a parameter dict per row and looks up
    each value's processor (~150K instructions a mail of the importer over the ~6 rows an application stores,
    7 % of its storing; callgrind, notes of 2026-12-07): here
    the SQL, each column's own bind processor (the same functions SQLAlchemy applies: JSON, UTC times, booleans,
    blobs) and the defaults are found once, and a row is a tuple of processed values. The same statement,
    the same values: the same rows. Only built for plain defaults (a constant, or a callable taking no context,
    as `utcnow`, `list`); any other table keeps SQLAlchemy's path (`plan` returns None).
    """

    def __init__(self, dialect: Dialect, table: Table, keys: tuple[str, ...]):
        quote = dialect.identifier_preparer.quote
        given = [table.c[k] for k in keys]
        defaulted = [c for c in table.columns if c.key not in keys and c.default is not None]
        self.given = [(c.key, c.type.dialect_impl(dialect).bind_processor(dialect)) for c in given]
        self.constants: list[Any] = []  # scalar defaults, processed once (as SQLAlchemy does for executemany)
        self.calls: list[tuple[Callable[[], Any], Callable | None]] = []  # per-row defaults: (function, processor)
        order = given[:]
        for c in defaulted:
            proc = c.type.dialect_impl(dialect).bind_processor(dialect)
            if c.default.is_scalar:  # type: ignore[union-attr]
                value = c.default.arg  # type: ignore[union-attr]
                self.constants.append(proc(value) if proc else value)
            else:
                order.append(c)
                self.calls.append((c.default.arg.__wrapped__, proc))  # type: ignore[union-attr]
        order += [c for c in defaulted if c.default.is_scalar]  # type: ignore[union-attr]
        self.sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in order)}) "
                    f"VALUES ({', '.join('?' * len(order))})")
        # a row's given values taken at once, then only the columns with a processor (a third of them) processed
        self.values = itemgetter(*keys) if len(keys) > 1 else lambda r, k=keys[0]: (r[k],)
        self.processed = [(i, p) for i, (_k, p) in enumerate(self.given) if p]

    @staticmethod
    def plan(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> _DriverInsert | None:
        plans = _PLANS.setdefault(dialect, {})
        key = (table, keys)
        if key not in plans:
            plans[key] = _DriverInsert(dialect, table, keys) if _plain(table, keys) else None
        return plans[key]

    def params(self, rows: list[dict]) -> list[tuple]:
        values, processed, calls, constants = self.values, self.processed, self.calls, self.constants
        out = []
        for r in rows:
            v = [*values(r)]
            for i, p in processed:
                v[i] = p(v[i])
            for f, p in calls:
                v.append(p(f()) if p else f())
            out.append((*v, *constants))
        return out


def _plain(table: Table, keys: tuple[str, ...]) -> bool:
    """Every column of `keys` exists and every default left to fill is a constant or a callable of no context."""
    if any(k not in table.c for k in keys):
        return False
    for c in table.columns:
        d = c.default
        if c.key in keys or d is None:
            continue
        if not (d.is_scalar or (d.is_callable and hasattr(d.arg, "__wrapped__"))):  # type: ignore[attr-defined]
            return False
    return True


_PLANS: weakref.WeakKeyDictionary[Dialect, dict] = weakref.WeakKeyDictionary()


def _insert(s: Session, table: Table, rows: list[dict]) -> None:
    """`s.execute(insert(table), rows)`, on SQLite as one driver executemany (`_DriverInsert`)."""
    dialect = s.get_bind().dialect
    plan = None
    if dialect.name == "sqlite" and dialect.paramstyle == "qmark":
        plan = _DriverInsert.plan(dialect, table, tuple(rows[0]))
    if plan is None:
        s.execute(insert(table), rows)
    else:
        s.connection().exec_driver_sql(plan.sql, plan.params(rows))


def _insert_returning_ids(s: Session, model: type, rows: list[dict]) -> list[int]:
    """Insert `rows`, return their new ids in the order given.

    SQLite: one executemany, then the `len(rows)` highest ids. The transaction holds SQLite's only write lock
    from its first write to its commit, and a new rowid is always above every existing one, so they are these
    rows' ids, in order. (RETURNING in parameter order would cost SQLAlchemy one statement per row there.)
    """
    if not rows:
        return []
    table = model.__table__
    dialect = s.get_bind().dialect
    if dialect.name == "sqlite":
        _insert(s, table, rows)
        # SQL text: building the select() expression cost more than running it (twice a group)
        name = dialect.identifier_preparer.quote(table.name)
        ids = [r[0] for r in s.connection().exec_driver_sql(f"SELECT id FROM {name} ORDER BY id DESC LIMIT ?",
                                                            (len(rows),))]
        ids.reverse()
        return ids
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(s.scalars(stmt, rows))


@dataclass
class BlobRow:
    """Bytes to store under their sha256: `content` in memory, or the file at `path` (a large part or file)."""

    sha256: str
    content: bytes = b""
    path: str | None = None

    @property
    def size(self) -> int:
        return os.path.getsize(self.path) if self.path else len(self.content)


def insert_blobs(s: Session, rows: list[BlobRow]) -> None:
    """The caller passes only hashes not stored yet. Small blobs go in one statement; a large one (in memory
    over LARGE_BLOB, or on disk) is written alone, so the process holds at most one of them at a time: on
    SQLite it is streamed from its file in chunks through incremental blob I/O and never held at all."""
    small = [r for r in rows if r.path is None and len(r.content) <= LARGE_BLOB]
    if small:
        _insert(s, DocumentBlob.__table__, [{"sha256": r.sha256, "size": len(r.content), "content": r.content}
                                            for r in small])
    for r in rows:
        if r.path is not None or len(r.content) > LARGE_BLOB:
            _insert_large(s, r)


def _insert_large(s: Session, r: BlobRow) -> None:
    table = DocumentBlob.__table__
    size = r.size
    if r.path is None or s.get_bind().dialect.name != "sqlite":
        content = r.content if r.path is None else Path(r.path).read_bytes()
        s.execute(insert(table).values(sha256=r.sha256, size=len(content), content=content))
        return
    s.execute(insert(table).values(sha256=r.sha256, size=size, content=func.zeroblob(size)))
    rowid = s.scalar(text("SELECT rowid FROM document_blob WHERE sha256 = :sha"), {"sha": r.sha256})
    con = s.connection().connection.driver_connection
    written = 0
    with open(r.path, "rb") as f, con.blobopen("document_blob", "content", rowid) as blob:
        while written < size and (chunk := f.read(min(CHUNK, size - written))):
            blob.write(chunk)
            written += len(chunk)
    if written != size:  # the file shrank meanwhile: what was there is stored, with its size
        raise OSError(f"{r.path} changed while it was stored ({written} of {size} bytes)")


def insert_candidates(s: Session, rows: list[dict]) -> list[int]:
    """rows: {procedure_id, email, surname, first_name}; returns their ids in order."""
    return _insert_returning_ids(s, Candidate, rows)


def insert_applications(s: Session, rows: list[dict]) -> list[int]:
    """rows: the Application columns; returns their ids in order."""
    return _insert_returning_ids(s, Application, rows)


def insert_documents(s: Session, rows: list[dict]) -> None:
    """rows: the Document columns, application_id included."""
    if rows:
        _insert(s, Document.__table__, rows)


def insert_audit(s: Session, rows: list[dict]) -> None:
    """rows: {procedure_id, actor, action, entity, entity_id, before, after} (`at` defaults to now)."""
    if rows:
        _insert(s, AuditEvent.__table__, audit_chain.linked(s, rows))
