"""Queries for the panel stage: candidates with their Art. 29 category, submitted marks by id, decisions.

`submitted_scores` is the hot query of the ranking: ids only (no joins to member, candidate or criterion
names), mapped to names in Python. `bulk_marks` exists for the benchmark only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, case, func, insert, select
from sqlalchemy.orm import Session

from .clock import utcnow
from .gates import queue_clause
from .models import Application, Assessment, Candidate, Criterion, Decision, Declaration, Member, Score


def stage_candidates(s: Session, procedure_id: int) -> list[tuple[int, str, str, str, str | None]]:
    """(candidate id, email, surname, first name, Art. 29 category) of the candidates in the scoring queues
    (active, not excluded, not held, let in by the eligibility gate: store/gates.queue_clause)."""
    q = (select(Candidate.id, Candidate.email, Candidate.surname, Candidate.first_name, Application.article29)
         .join(Application, Application.candidate_id == Candidate.id)
         .where(Candidate.procedure_id == procedure_id, queue_clause(procedure_id))
         .order_by(Candidate.id, Application.id))
    out: dict[int, tuple] = {}
    for row in s.execute(q):
        out[row[0]] = tuple(row)  # the latest active application wins
    return list(out.values())


def submitted_pairs(s: Session, procedure_id: int, stage: str) -> set[tuple[int, int]]:
    """(member id, candidate id) of submitted assessments of the stage."""
    rows = s.execute(select(Assessment.member_id, Assessment.candidate_id).where(
        Assessment.procedure_id == procedure_id, Assessment.stage == stage, Assessment.status == "submitted"))
    return {(m, c) for m, c in rows}


def submitted_scores(s: Session, procedure_id: int, stage: str) -> list[tuple[int, int, int, float | None, bool]]:
    """(member id, candidate id, criterion id, value, na) of the submitted assessments of the stage."""
    q = (select(Score.member_id, Score.candidate_id, Score.criterion_id, Score.value, Score.na)
         .join(Assessment, and_(Assessment.member_id == Score.member_id,
                                Assessment.candidate_id == Score.candidate_id, Assessment.stage == Score.stage))
         .where(Score.procedure_id == procedure_id, Score.stage == stage, Assessment.status == "submitted"))
    return s.connection().execute(q).all()  # Core rows: no ORM row processing on 84,000 rows


def marks_changed_since(s: Session, procedure_id: int, stage: str, since) -> list[tuple[str, str, str, datetime]]:
    """(member name, candidate e-mail, criterion code, when) of the marks of the stage saved after `since`,
    oldest first; then the consensus marks recorded after it, with "consensus" as the member."""
    q = (select(Member.name, Candidate.email, Criterion.code, Score.updated_at)
         .join(Member, Member.id == Score.member_id).join(Candidate, Candidate.id == Score.candidate_id)
         .join(Criterion, Criterion.id == Score.criterion_id)
         .where(Score.procedure_id == procedure_id, Score.stage == stage, Score.updated_at > since)
         .order_by(Score.updated_at, Score.id))
    out = [tuple(r) for r in s.execute(q)]
    c = (select(Candidate.email, Decision.criterion_code, Decision.decided_at)
         .join(Candidate, Candidate.id == Decision.candidate_id)
         .where(Decision.procedure_id == procedure_id, Decision.kind == "consensus", Decision.stage == stage,
                Decision.decided_at > since).order_by(Decision.decided_at, Decision.id))
    out += [("consensus", e, code, at) for e, code, at in s.execute(c)]
    return out


def decisions(s: Session, procedure_id: int, kinds: Iterable[str], stage: str | None = None) -> list[Decision]:
    """Decisions of these kinds (and stage, when given), oldest first: the latest per subject counts."""
    q = select(Decision).where(Decision.procedure_id == procedure_id, Decision.kind.in_(list(kinds)))
    if stage is not None:
        q = q.where(Decision.stage == stage)
    return list(s.scalars(q.order_by(Decision.decided_at, Decision.id)))


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


def cell_stats(s: Session, procedure_id: int, stage: str, member_ids: list[int],
               submitted: set[tuple[int, int]] | None = None) -> list[tuple]:
    """Per candidate × criterion over submitted assessments of these members, conflicted pairs left out:
    (candidate id, criterion id, n marks, Σ marks, min, max, n N/A). 12,000 rows instead of 84,000 marks.

    The GROUP BY runs on the score table alone (as fast as a bare aggregate); the candidates touched by a
    draft or a conflict — few, and none once everyone has submitted — are then recomputed from their
    individual marks without the excluded pairs."""
    if submitted is None:
        submitted = submitted_pairs(s, procedure_id, stage)
    conflicts = {(m, c) for m, c in s.execute(select(Declaration.member_id, Declaration.candidate_id).where(
        Declaration.procedure_id == procedure_id, Declaration.kind == "conflict"))}
    scope = and_(Score.procedure_id == procedure_id, Score.stage == stage, Score.member_id.in_(member_ids))
    q = (select(Score.candidate_id, Score.criterion_id, func.count(Score.value), func.sum(Score.value),
                func.min(Score.value), func.max(Score.value), func.sum(case((Score.na.is_(True), 1), else_=0)))
         .where(scope).group_by(Score.candidate_id, Score.criterion_id))
    rows = s.connection().execute(q).all()
    # pairs whose marks must not count: not submitted (a draft, or nothing yet) or conflicted
    excluded = {(m, c) for c in {r[0] for r in rows} for m in member_ids
                if (m, c) not in submitted or (m, c) in conflicts}
    touched = {c for _m, c in excluded}
    if not touched:
        return rows
    kept = [r for r in rows if r[0] not in touched]
    cells: dict[tuple[int, int], list] = {}
    for m, c, k, v, na in s.execute(select(Score.member_id, Score.candidate_id, Score.criterion_id, Score.value,
                                           Score.na).where(scope, Score.candidate_id.in_(touched))):
        if (m, c) in excluded:
            continue
        cell = cells.setdefault((c, k), [c, k, 0, None, None, None, 0])
        if na:
            cell[6] += 1
        if v is not None:
            cell[2] += 1
            cell[3] = v if cell[3] is None else cell[3] + v
            cell[4] = v if cell[4] is None else min(cell[4], v)
            cell[5] = v if cell[5] is None else max(cell[5], v)
    return kept + [tuple(cell) for cell in cells.values() if cell[2] or cell[6]]
