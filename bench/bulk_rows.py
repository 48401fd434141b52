"""Benchmark helpers: candidates and submitted marks inserted in bulk, straight into the tables (no audit, no
checks), to time the ranking over 84,000 marks without scoring them one by one. Never used by the product."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from panel_app.store.clock import utcnow
from panel_app.store.models import Application, Assessment, Candidate, Score


def bulk_marks(s: Session, procedure_id: int, stage: str, rows: list[tuple[int, int, int, float]],
               actor: str = "bench") -> None:
    """Benchmark helper: insert submitted marks (member id, candidate id, criterion id, value) in bulk."""
    now = utcnow()
    pairs = sorted({(m, c) for m, c, _k, _v in rows})
    s.execute(insert(Assessment), [
        {"procedure_id": procedure_id, "member_id": m, "candidate_id": c, "stage": stage, "status": "submitted",
         "submitted_at": now, "version": 1, "updated_by": actor, "updated_at": now} for m, c in pairs])
    s.execute(insert(Score), [
        {"procedure_id": procedure_id, "member_id": m, "candidate_id": c, "criterion_id": k, "stage": stage,
         "value": v, "na": False, "comment": "", "version": 1, "updated_by": actor, "updated_at": now}
        for m, c, k, v in rows])


def bulk_candidates(s: Session, procedure_id: int, emails: list[str], actor: str = "bench") -> None:
    """Benchmark helper: candidates, each with one active application decided eligible (in the queues)."""
    now = utcnow()
    s.execute(insert(Candidate), [{"procedure_id": procedure_id, "email": e, "surname": f"Surname{i:05d}",
                                   "first_name": "Bench", "version": 1} for i, e in enumerate(emails)])
    ids = dict(s.execute(select(Candidate.email, Candidate.id).where(Candidate.procedure_id == procedure_id)).all())
    s.execute(insert(Application), [
        {"procedure_id": procedure_id, "candidate_id": ids[e], "source": f"bench/{e}.eml",
         "source_sha256": f"{i:064x}", "kind": "eml", "status": "active", "excluded": False, "eligibility_decided": "eligible", "flags": [],
         "suggestions": [], "eligibility": {}, "imported_at": now, "version": 1, "updated_by": actor}
        for i, e in enumerate(emails)])
