"""Queries for the eligibility matrix: the active applications and the eligibility decisions on them."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Application, Candidate, Decision

KIND = "eligibility"


def active_applications(s: Session, procedure_id: int) -> list[Application]:
    """The application that counts for each candidate (status active), in import order."""
    return list(s.scalars(select(Application).where(Application.procedure_id == procedure_id,
                                                    Application.status == "active").order_by(Application.id)))


def active_of_email(s: Session, procedure_id: int, email: str) -> Application | None:
    return s.scalar(select(Application).join(Candidate, Candidate.id == Application.candidate_id).where(
        Application.procedure_id == procedure_id, Application.status == "active",
        func.lower(Candidate.email) == email.strip().lower()).order_by(Application.id.desc()).limit(1))


def decisions(s: Session, procedure_id: int, application_id: int | None = None) -> list[Decision]:
    """Every eligibility decision, oldest first: for a cell, the last one (highest id) is in force."""
    q = select(Decision).where(Decision.procedure_id == procedure_id, Decision.kind == KIND)
    if application_id is not None:
        q = q.where(Decision.application_id == application_id)
    return list(s.scalars(q.order_by(Decision.id)))


def latest_by_cell(rows: list[Decision]) -> dict[tuple[int, str], Decision]:
    out: dict[tuple[int, str], Decision] = {}
    for d in rows:  # ordered by id: later ones replace earlier ones
        if d.application_id is not None and d.criterion_code:
            out[(d.application_id, d.criterion_code)] = d
    return out

