"""Queries on declarations, assessments and scores."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Exists

from .gates import queue_clause
from .models import Application, Assessment, Candidate, Criterion, Declaration, Member, Score


def declarations(s: Session, procedure_id: int, member_id: int | None = None) -> list[Declaration]:
    q = select(Declaration).where(Declaration.procedure_id == procedure_id)
    if member_id is not None:
        q = q.where(Declaration.member_id == member_id)
    return list(s.scalars(q.order_by(Declaration.id)))


def conflicts(s: Session, procedure_id: int) -> set[tuple[int, int]]:
    """(member_id, candidate_id) pairs with a declared conflict."""
    rows = s.execute(select(Declaration.member_id, Declaration.candidate_id).where(
        Declaration.procedure_id == procedure_id, Declaration.kind == "conflict"))
    return {(m, c) for m, c in rows}


def is_conflicted(s: Session, member_id: int, candidate_id: int) -> bool:
    return s.scalar(select(Declaration.id).where(Declaration.member_id == member_id,
                                                 Declaration.candidate_id == candidate_id,
                                                 Declaration.kind == "conflict").limit(1)) is not None


def candidate_ids(s: Session, procedure_id: int) -> dict[str, int]:
    """e-mail -> candidate id, for every candidate of the procedure."""
    return dict(s.execute(select(Candidate.email, Candidate.id).where(Candidate.procedure_id == procedure_id)).all())


def scorable_candidates(s: Session, procedure_id: int) -> list[Candidate]:
    """Candidates in the scoring queues: an active application that the gate lets in (store/gates.py)."""
    q = (select(Candidate).join(Application, Application.candidate_id == Candidate.id)
         .where(Candidate.procedure_id == procedure_id, queue_clause(procedure_id)).distinct())
    return list(s.scalars(q))


def active_application(s: Session, candidate_id: int) -> Application | None:
    return s.scalar(select(Application).where(Application.candidate_id == candidate_id,
                                              Application.status == "active").order_by(Application.id.desc()).limit(1))


def assessment(s: Session, member_id: int, candidate_id: int, stage: str) -> Assessment | None:
    return s.scalar(select(Assessment).where(Assessment.member_id == member_id,
                                             Assessment.candidate_id == candidate_id, Assessment.stage == stage))


def assessments(s: Session, procedure_id: int, stage: str) -> list[Assessment]:
    return list(s.scalars(select(Assessment).where(Assessment.procedure_id == procedure_id,
                                                   Assessment.stage == stage)))


def scores_of(s: Session, member_id: int, candidate_id: int, stage: str) -> list[Score]:
    return list(s.scalars(select(Score).where(Score.member_id == member_id, Score.candidate_id == candidate_id,
                                              Score.stage == stage)))


def score(s: Session, member_id: int, candidate_id: int, criterion_id: int) -> Score | None:
    return s.scalar(select(Score).where(Score.member_id == member_id, Score.candidate_id == candidate_id,
                                        Score.criterion_id == criterion_id))


def scored_counts(s: Session, member_id: int, stage: str) -> dict[int, int]:
    """candidate_id -> number of criteria this member has marked (a value or N/A)."""
    rows = s.execute(select(Score.candidate_id, func.count()).where(
        Score.member_id == member_id, Score.stage == stage, or_(Score.value.is_not(None), Score.na.is_(True)))
        .group_by(Score.candidate_id))
    return {c: n for c, n in rows}


def _pair_clauses(procedure_id: int, stage: str) -> tuple[Exists, Exists, Exists]:
    """(conflicted, submitted, scorable) for a (Candidate, Member) pair: the member declared a conflict on the
    candidate; the member's assessment of the stage is submitted; the candidate is in the scoring queues."""
    conflicted = exists().where(Declaration.member_id == Member.id, Declaration.candidate_id == Candidate.id,
                                Declaration.kind == "conflict")
    submitted = exists().where(Assessment.member_id == Member.id, Assessment.candidate_id == Candidate.id,
                               Assessment.stage == stage, Assessment.status == "submitted")
    scorable = exists().where(Application.candidate_id == Candidate.id, queue_clause(procedure_id))
    return conflicted, submitted, scorable


def progress_counts(s: Session, procedure_id: int, stage: str) -> list[tuple[int, str, str, str, int, int]]:
    """(candidate id, e-mail, surname, first name, expected, submitted) per scorable candidate, in one
    aggregate: expected = voting, active members not conflicted on the candidate; submitted = those of
    them whose assessment of the stage is submitted."""
    conflicted, submitted, scorable = _pair_clauses(procedure_id, stage)
    q = (select(Candidate.id, Candidate.email, Candidate.surname, Candidate.first_name,
                func.count(Member.id) - func.sum(case((conflicted, 1), else_=0)),
                func.sum(case((and_(submitted, ~conflicted), 1), else_=0)))
         .select_from(Candidate)
         .outerjoin(Member, and_(Member.procedure_id == procedure_id, Member.voting.is_(True),
                                 Member.active.is_(True)))
         .where(Candidate.procedure_id == procedure_id, scorable)
         .group_by(Candidate.id, Candidate.email, Candidate.surname, Candidate.first_name)
         .order_by(Candidate.id))
    return [(c, e, sn, fn, int(n or 0), int(k or 0)) for c, e, sn, fn, n, k in s.execute(q)]


def missing_assessments(s: Session, procedure_id: int, stage: str) -> int:
    """How many assessments `progress_counts` still expects, summed over its candidates (expected − submitted),
    counted in SQL: the (scorable candidate, voting active member) pairs with no conflict declared and no
    submitted assessment of the stage. The ranking's early refusal reads this alone; a ranking that is shown
    needs no per-candidate rows."""
    conflicted, submitted, scorable = _pair_clauses(procedure_id, stage)
    q = (select(func.count()).select_from(Candidate)
         .join(Member, and_(Member.procedure_id == procedure_id, Member.voting.is_(True), Member.active.is_(True)))
         .where(Candidate.procedure_id == procedure_id, scorable, ~conflicted, ~submitted))
    return int(s.connection().execute(q).scalar() or 0)


def submitted_by(s: Session, member_id: int, stage: str) -> set[int]:
    """Candidate ids this member has submitted at this stage."""
    return set(s.scalars(select(Assessment.candidate_id).where(
        Assessment.member_id == member_id, Assessment.stage == stage, Assessment.status == "submitted")))


def stage_marks(s: Session, procedure_id: int, stage: str, candidate_id: int | None = None) -> dict[int, list[tuple]]:
    """candidate id -> [(member name, criterion code, value, na, comment, assessment status)], the marks of the
    stage (or of one candidate) the connected user may read (row-level security filters them on PostgreSQL)."""
    q = (select(Score.candidate_id, Member.name, Criterion.code, Score.value, Score.na, Score.comment,
                Assessment.status)
         .join(Member, Member.id == Score.member_id).join(Criterion, Criterion.id == Score.criterion_id)
         .outerjoin(Assessment, and_(Assessment.member_id == Score.member_id,
                                     Assessment.candidate_id == Score.candidate_id, Assessment.stage == Score.stage))
         .where(Score.procedure_id == procedure_id, Score.stage == stage)
         .order_by(Score.candidate_id, Score.member_id, Criterion.position, Criterion.id))
    if candidate_id is not None:
        q = q.where(Score.candidate_id == candidate_id)
    out: dict[int, list[tuple]] = {}
    for cand, *rest in s.execute(q):
        out.setdefault(cand, []).append(tuple(rest))
    return out


def all_marks_of_candidate(s: Session, candidate_id: int, stage: str) -> list[tuple]:
    """(member name, criterion code, value, na, comment, assessment status) for one candidate."""
    q = (select(Member.name, Criterion.code, Score.value, Score.na, Score.comment, Assessment.status)
         .join(Member, Member.id == Score.member_id).join(Criterion, Criterion.id == Score.criterion_id)
         .outerjoin(Assessment, and_(Assessment.member_id == Score.member_id,
                                     Assessment.candidate_id == Score.candidate_id, Assessment.stage == Score.stage))
         .where(Score.candidate_id == candidate_id, Score.stage == stage))
    return [tuple(r) for r in s.execute(q)]


def scoring_started(s: Session, procedure_id: int) -> bool:
    """Has any member marked any candidate yet (at any stage)?"""
    return s.scalar(select(Score.id).where(Score.procedure_id == procedure_id).limit(1)) is not None


def last_mark_times(s: Session, procedure_id: int, stage: str) -> dict[int, datetime]:
    """{member id: the time of their latest mark of the stage} (the chair's progress view)."""
    q = (select(Score.member_id, func.max(Score.updated_at)).where(Score.procedure_id == procedure_id,
                                                                   Score.stage == stage)
         .group_by(Score.member_id))
    return dict(s.execute(q).all())


def assessment_states(s: Session, member_id: int, candidate_ids: list[int]) -> dict[tuple[int, str], str]:
    """(candidate id, stage) -> a token of the member's assessment and marks as they stand: the assessment's
    version and status and each mark's version. Any reopen, submit or re-mark changes it (offline returns
    compare it with the state their package was built from). No row: no entry."""
    if not candidate_ids:
        return {}
    out: dict[tuple[int, str], list[str]] = {}
    for cid, stage, version, status in s.execute(select(
            Assessment.candidate_id, Assessment.stage, Assessment.version, Assessment.status).where(
            Assessment.member_id == member_id, Assessment.candidate_id.in_(candidate_ids))):
        out.setdefault((cid, stage), []).insert(0, f"a{version}:{status}")
    for cid, stage, crit, version in s.execute(select(
            Score.candidate_id, Score.stage, Score.criterion_id, Score.version).where(
            Score.member_id == member_id, Score.candidate_id.in_(candidate_ids)).order_by(Score.criterion_id)):
        out.setdefault((cid, stage), []).append(f"{crit}v{version}")
    return {k: "|".join(v) for k, v in out.items()}
