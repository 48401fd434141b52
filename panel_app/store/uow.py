"""Unit of work: one transaction per service call, with the audit trail written in the same transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from panel_app.domain.errors import StaleEdit

from . import audit_chain
from .audit_state import snapshot
from .clock import utcnow
from .engine import Database


class UnitOfWork:
    def __init__(self, session: Session, actor: str):
        self.session = session
        self.actor = actor

    def add(self, obj: Any) -> Any:
        self.session.add(obj)
        return obj

    def flush(self) -> None:
        self.session.flush()

    def touch(self, row: Any) -> None:
        """Mark a versioned row as changed by the acting user now."""
        row.updated_by = self.actor
        row.updated_at = utcnow()

    def audit(self, procedure_id: int | None, action: str, entity: str, entity_id: Any = None,
              before: dict | None = None, after: dict | None = None, rows: list | None = None) -> None:
        """Append an event to the procedure's audit chain, now, in this transaction.

        rows: the rows this write changed; their audited fields go into the event (`state`), so that
        `audit verify` can replay the record against the database.
        """
        state = None
        if rows:
            if any(getattr(r, "id", 0) is None for r in rows):
                self.session.flush()
            state = [snapshot(self.session, r) for r in rows]
        audit_chain.append(self.session, [{
            "procedure_id": procedure_id, "actor": self.actor, "action": action, "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id), "before": before, "after": after,
            "state": state, "at": utcnow()}])


@contextmanager
def unit_of_work(db: Database, actor: str = "system") -> Iterator[UnitOfWork]:
    session = db.sessions()
    try:
        with session.begin():
            yield UnitOfWork(session, actor)
    except StaleDataError:
        raise StaleEdit("This record", None, None) from None
    finally:
        session.close()


@contextmanager
def read_only(db: Database) -> Iterator[Session]:
    session = db.sessions()
    try:
        yield session
    finally:
        session.close()  # ends the transaction; loaded attributes stay readable
