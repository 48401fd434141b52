"""Queries on decisions and the audit trail, and the one place a decision's JSON value is written and read
(its typed form: `panel_app.domain.decision_values`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from panel_app.domain.decision_values import DecisionValue

from .models import Application, AuditEvent, Candidate, Decision

V = TypeVar("V", bound=DecisionValue)


def new_decision(value: DecisionValue, **columns: Any) -> Decision:
    """A Decision row of `value`'s kind holding its JSON (the caller adds it to the unit of work)."""
    return Decision(kind=value.KIND, value=value.to_json(), **columns)


def value_of(d: Decision, kind: type[V]) -> V:
    """The typed value of a decision of `kind` (its defaults where the record has no value)."""
    if d.kind != kind.KIND:
        raise ValueError(f"decision {d.id} is a {d.kind!r}, not a {kind.KIND!r}")
    return kind.from_json(d.value)


def values_of_kind(s: Session, procedure_id: int, kind: type[V]) -> list[tuple[Decision, V]]:
    """Every decision of `kind`, oldest first, with its typed value."""
    return [(d, kind.from_json(d.value)) for d in decisions_of_kind(s, procedure_id, kind.KIND)]


def decisions_of_kind(s: Session, procedure_id: int, kind: str) -> list[Decision]:
    return list(s.scalars(select(Decision).where(Decision.procedure_id == procedure_id, Decision.kind == kind)
                          .order_by(Decision.decided_at, Decision.id)))


def audit_events(s: Session, procedure_id: int, limit: int = 1000) -> list[AuditEvent]:
    return list(s.scalars(select(AuditEvent).where(AuditEvent.procedure_id == procedure_id)
                          .order_by(AuditEvent.id.desc()).limit(limit)))


def log_events(s: Session, procedure_id: int, since: datetime | None = None) -> list[AuditEvent]:
    """A procedure's events in chain order (the history), from `since` on."""
    q = select(AuditEvent).where(AuditEvent.procedure_id == procedure_id)
    if since is not None:
        q = q.where(AuditEvent.at >= since)
    return list(s.scalars(q.order_by(AuditEvent.seq, AuditEvent.id)))


def application_emails(s: Session, procedure_id: int) -> dict[str, str]:
    """application id (as the audit trail writes it) -> candidate e-mail."""
    rows = s.execute(select(Application.id, Candidate.email).join(Candidate, Candidate.id == Application.candidate_id)
                     .where(Application.procedure_id == procedure_id))
    return {str(i): e for i, e in rows}
