"""Bulk writes of an import: many applications in a few statements (Core INSERT, executemany).

An import stores tens of rows per file (blobs, candidate, application, documents, audit). Writing them
as ORM objects costs a flush per object graph; these Core statements on the mapped tables (so the column
types and defaults apply, JSON and UTC times included) write a whole group of files at once and
return the new ids in the order of the rows given (RETURNING with `sort_by_parameter_order`), on SQLite and
on PostgreSQL alike. They run inside the caller's transaction (the unit of work), so a group is written
completely or not at all.
"""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session

from . import audit_chain
from .models import Application, Candidate, Document, DocumentBlob


def _insert_returning_ids(s: Session, model: type, rows: list[dict]) -> list[int]:
    if not rows:
        return []
    table = model.__table__
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(s.scalars(stmt, rows))


def insert_blobs(s: Session, rows: list[dict]) -> None:
    """rows: {sha256, size, content}; the caller passes only hashes not stored yet."""
    if rows:
        s.execute(insert(DocumentBlob.__table__), rows)


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
