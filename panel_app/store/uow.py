"""Unit of work: one transaction per service call, with the audit trail written in the same transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, bindparam, event, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from panel_app.domain.errors import Refused, StaleEdit
from panel_app.domain.lifecycle import closed_refusal
from panel_app.domain.texts import translate

from . import audit_chain
from .audit_state import snapshot
from .clock import utcnow
from .engine import Database
from .models import Procedure

# Built once: every audited write asks it (building the expression cost more than running it).
_CLOSED = select(Procedure.reference, Procedure.closed_at, Procedure.closed_by, Procedure.timezone).where(
    Procedure.id == bindparam("pid", type_=Integer))


class UnitOfWork:
    def __init__(self, session: Session, actor: str):
        self.session = session
        self.actor = actor
        self._open: set[int] = set()  # procedures found open in this transaction

    def _refuse_if_closed(self, procedure_id: int | None, action: str) -> None:
        """A closed procedure is read-only (domain/lifecycle.py): every write audits, so every write stops here."""
        if procedure_id is None or procedure_id in self._open:
            return
        row = self.session.connection().execute(_CLOSED, {"pid": procedure_id}).first()  # Core: no ORM step
        if row is None or row.closed_at is None:
            self._open.add(procedure_id)
            return
        message = _closed_message(row, action)  # type: ignore[arg-type]
        if message:
            raise Refused(message, hint=translate("Errors", "Its archive and reports stay readable."))

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
        self._refuse_if_closed(procedure_id, action)
        state = None
        if rows:
            if any(getattr(r, "id", 0) is None for r in rows):
                self.session.flush()
            state = [snapshot(self.session, r) for r in rows]
        audit_chain.append(self.session, [{
            "procedure_id": procedure_id, "actor": self.actor, "action": action, "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id), "before": before, "after": after,
            "state": state, "at": utcnow()}])


def _closed_message(p: Procedure, action: str = "") -> str | None:
    when = p.closed_at.astimezone(ZoneInfo(p.timezone or "UTC")).strftime("%d.%m.%Y %H:%M %Z")
    return closed_refusal(p.reference, when, p.closed_by, action)


@event.listens_for(Procedure, "load")
def _refuse_closed_on_load(target: Procedure, context) -> None:
    """In a writing unit of work, a closed procedure is refused as soon as it is read, before any other rule."""
    if target.closed_at is not None and context.session.info.get("refuse_closed"):
        raise Refused(_closed_message(target) or "", hint=translate("Errors", "Its archive and reports stay readable."))


@contextmanager
def unit_of_work(db: Database, actor: str = "system", *, closed_ok: bool = False) -> Iterator[UnitOfWork]:
    """closed_ok: the records work allowed on a closed procedure (holds, retention, archive, sign-in);
    every other unit of work refuses a closed procedure as soon as it loads it (domain/lifecycle.py)."""
    if db.read_only:
        raise Refused(db.read_only)
    session = db.sessions()
    session.info["refuse_closed"] = not closed_ok
    try:
        with session.begin():
            yield UnitOfWork(session, actor)
    except StaleDataError:
        raise StaleEdit(translate("Errors", "This record"), None, None) from None
    finally:
        session.close()


@contextmanager
def read_only(db: Database) -> Iterator[Session]:
    session = db.sessions()
    try:
        yield session
    finally:
        session.close()  # ends the transaction; loaded attributes stay readable
