"""Offline score sheets: one member's marks read in one query, and written in one transaction with one
audit event per mark (the caller's unit of work; nothing here commits)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Assessment, Score
from .uow import UnitOfWork


@dataclass(frozen=True)
class MarkWrite:
    candidate_id: int
    candidate_email: str
    criterion_id: int
    criterion_code: str
    value: float | None
    na: bool
    comment: str | None  # None keeps the stored comment


def member_scores(s: Session, member_id: int, stage: str) -> dict[tuple[int, int], Score]:
    """(candidate_id, criterion_id) -> the member's Score at this stage."""
    rows = s.scalars(select(Score).where(Score.member_id == member_id, Score.stage == stage))
    return {(sc.candidate_id, sc.criterion_id): sc for sc in rows}


def member_assessments(s: Session, member_id: int, stage: str) -> dict[int, Assessment]:
    """candidate_id -> the member's Assessment (draft or submitted) at this stage."""
    rows = s.scalars(select(Assessment).where(Assessment.member_id == member_id, Assessment.stage == stage))
    return {a.candidate_id: a for a in rows}


def write_marks(uow: UnitOfWork, procedure_id: int, member_id: int, member_name: str, stage: str,
                marks: list[MarkWrite], action: str = "score.import") -> int:
    """Create or update each mark (drafts only: the caller has checked submission and conflicts)."""
    s = uow.session
    scores = member_scores(s, member_id, stage)
    states = member_assessments(s, member_id, stage)
    for m in marks:
        if m.candidate_id not in states:
            states[m.candidate_id] = uow.add(Assessment(procedure_id=procedure_id, member_id=member_id,
                                                        candidate_id=m.candidate_id, stage=stage, status="draft"))
        sc = scores.get((m.candidate_id, m.criterion_id))
        before = None if sc is None else {"value": sc.value, "na": sc.na, "comment": sc.comment}
        if sc is None:
            sc = uow.add(Score(procedure_id=procedure_id, member_id=member_id, candidate_id=m.candidate_id,
                               criterion_id=m.criterion_id, stage=stage, comment=""))
            scores[(m.candidate_id, m.criterion_id)] = sc
        sc.value, sc.na = (None, True) if m.na else (m.value, False)
        if m.comment is not None:
            sc.comment = m.comment
        uow.touch(sc)
        uow.audit(procedure_id, action, "score", f"{m.candidate_email}/{m.criterion_code}", before,
                  {"value": sc.value, "na": sc.na, "comment": sc.comment, "member": member_name})
    uow.flush()
    return len(marks)
