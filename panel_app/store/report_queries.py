"""Read-only queries for the reports that no other service exposes: the evidence pages the members cited.

A member may note, with each mark, the page of the candidate's PDF that shows the evidence
(`Score.evidence_page`). The candidate sheets print, per criterion, the pages cited in the submitted
assessments of members who are not conflicted on that candidate — pages only, never who cited them.
"""

from __future__ import annotations

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from .models import Assessment, Candidate, Criterion, Declaration, Procedure, Score


def evidence_pages(s: Session, reference: str, stage: str) -> dict[tuple[str, str], list[int]]:
    """(candidate e-mail, criterion code) -> the distinct pages cited, in ascending order."""
    conflicted = (select(Declaration.id)
                  .where(Declaration.procedure_id == Score.procedure_id, Declaration.kind == "conflict",
                         Declaration.member_id == Score.member_id, Declaration.candidate_id == Score.candidate_id)
                  .exists())
    q = (select(Candidate.email, Criterion.code, Score.evidence_page)
         .join(Procedure, Procedure.id == Score.procedure_id)
         .join(Candidate, Candidate.id == Score.candidate_id)
         .join(Criterion, Criterion.id == Score.criterion_id)
         .join(Assessment, and_(Assessment.member_id == Score.member_id,
                                Assessment.candidate_id == Score.candidate_id, Assessment.stage == Score.stage))
         .where(Procedure.reference == reference, Score.stage == stage, Assessment.status == "submitted",
                Score.evidence_page.is_not(None), ~conflicted)
         .distinct())
    out: dict[tuple[str, str], set[int]] = {}
    for email, code, page in s.execute(q):
        out.setdefault((email, code), set()).add(int(page))
    return {k: sorted(v) for k, v in out.items()}


def first_event_at(s: Session, reference: str, actions: tuple[str, ...]):
    """When the first audit event of one of `actions` was recorded (aware UTC), or None: e.g. the first mark,
    for the minutes' statement that the grid was sealed before any application was assessed."""
    from datetime import UTC

    from sqlalchemy import func

    from .models import AuditEvent

    at = s.scalar(select(func.min(AuditEvent.at)).join(Procedure, Procedure.id == AuditEvent.procedure_id)
                  .where(Procedure.reference == reference, AuditEvent.action.in_(actions)))
    return at.replace(tzinfo=UTC) if at is not None and at.tzinfo is None else at


def form_texts(s: Session, reference: str, emails: list[str]) -> dict[str, str]:
    """Candidate e-mail -> the text of the documents of their counted (active) application(s), for the language of
    their form (the invitation letters)."""
    from .models import Application, Document

    q = (select(Candidate.email, Document.text)
         .join(Procedure, Procedure.id == Candidate.procedure_id)
         .join(Application, Application.candidate_id == Candidate.id)
         .join(Document, Document.application_id == Application.id)
         .where(Procedure.reference == reference, Candidate.email.in_(emails), Application.status == "active"))
    out: dict[str, list[str]] = {}
    for email, text in s.execute(q):
        out.setdefault(email, []).append(text or "")
    return {e: "\n".join(t) for e, t in out.items()}
