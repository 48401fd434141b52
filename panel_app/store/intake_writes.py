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
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from . import audit_chain
from .engine import SerialisedJSON
from .models import Application, Candidate, Document, DocumentBlob

__all__ = ["SerialisedJSON", "BlobRow", "insert_blobs", "insert_candidates", "insert_applications",
           "insert_documents", "insert_audit"]

LARGE_BLOB = 8 * 1024 * 1024  # written alone, one at a time
CHUNK = 1024 * 1024


def _insert_returning_ids(s: Session, model: type, rows: list[dict]) -> list[int]:
    """Insert `rows`, return their new ids in the order given.

    SQLite: one executemany, then the `len(rows)` highest ids. The transaction holds SQLite's only write lock
    from its first write to its commit, and a new rowid is always above every existing one, so they are these
    rows' ids, in order. (RETURNING in parameter order would cost SQLAlchemy one statement per row there.)
    """
    if not rows:
        return []
    table = model.__table__
    if s.get_bind().dialect.name == "sqlite":
        s.execute(insert(table), rows)
        ids = list(s.scalars(select(table.c.id).order_by(table.c.id.desc()).limit(len(rows))))
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
        s.execute(insert(DocumentBlob.__table__), [{"sha256": r.sha256, "size": len(r.content), "content": r.content}
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
        s.execute(insert(Document.__table__), rows)


def insert_audit(s: Session, rows: list[dict]) -> None:
    """rows: {procedure_id, actor, action, entity, entity_id, before, after} (`at` defaults to now)."""
    audit_chain.append(s, rows)
