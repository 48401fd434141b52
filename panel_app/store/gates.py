"""Queries of the gates: who is in the scoring queues, the decided outcome, bulk decisions, held applications.

`queue_clause` is the SQL twin of `domain.gates.in_queue` (a test compares them); every query that builds a
scoring queue, the progress counts or the ranking's candidates uses it, so the rule is written once in SQL.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Integer, and_, bindparam, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from .models import Application, Candidate, Criterion, Decision, Procedure, Score

ELIGIBILITY = "eligibility"
HOLD_DECISION = "intake_hold"


def queue_clause(procedure_id: int | ColumnElement[int]) -> ColumnElement[bool]:
    """True for an application that puts its candidate in the scoring queues (the procedure's gate read in
    the same statement, so a change of setting needs no cache)."""
    mode = select(Procedure.scoring_gate).where(Procedure.id == procedure_id).scalar_subquery()
    return and_(Application.status == "active", Application.excluded.is_(False), Application.intake_hold.is_(None),
                or_(Application.eligibility_decided == "eligible",
                    and_(mode == "parallel", func.coalesce(Application.eligibility_decided, "") != "not_eligible")))


# The same rule as `queue_clause`, as text for the one-statement mark writes of store/mark_writes.py
# (:pid and :cand are that statement's parameters); tests/gates checks both agree.
QUEUE_SQL = """EXISTS (SELECT 1 FROM application qa WHERE qa.candidate_id = CAST(:cand AS integer)
              AND qa.procedure_id = CAST(:pid AS integer) AND qa.status = 'active' AND NOT qa.excluded
              AND qa.intake_hold IS NULL
              AND (qa.eligibility_decided = 'eligible'
                   OR ((SELECT scoring_gate FROM procedure WHERE id = CAST(:pid AS integer)) = 'parallel'
                       AND COALESCE(qa.eligibility_decided, '') <> 'not_eligible')))"""


# Built once: `in_queue` runs on every autosave, and building the expression cost more than running it.
_PID, _CAND = bindparam("pid", type_=Integer), bindparam("cand", type_=Integer)
_IN_QUEUE = select(exists().where(Application.candidate_id == _CAND, Application.procedure_id == _PID,
                                  queue_clause(_PID)))


def in_queue(s: Session, procedure_id: int, candidate_id: int) -> bool:
    return bool(s.connection().execute(_IN_QUEUE, {"pid": procedure_id, "cand": candidate_id}).scalar())


def has_marks(s: Session, procedure_id: int) -> bool:
    return bool(s.scalar(select(exists().where(Score.procedure_id == procedure_id))))


def eligibility_codes(s: Session, procedure_id: int) -> list[str]:
    return list(s.scalars(select(Criterion.code).where(Criterion.procedure_id == procedure_id,
                                                       Criterion.group == "eligibility")
                          .order_by(Criterion.position, Criterion.id)))


class CellDecision(NamedTuple):
    value: str | None
    reason: str | None


def latest_values(s: Session, procedure_id: int, application_ids: list[int] | None = None
                  ) -> dict[tuple[int, str], CellDecision]:
    """(application id, criterion) -> the eligibility decision in force (the latest): its value and reason."""
    q = select(Decision.application_id, Decision.criterion_code, Decision.value, Decision.reason).where(
        Decision.procedure_id == procedure_id, Decision.kind == ELIGIBILITY, Decision.application_id.is_not(None))
    if application_ids is not None and len(application_ids) <= 500:
        q = q.where(Decision.application_id.in_(application_ids))
    wanted = None if application_ids is None else set(application_ids)
    out: dict[tuple[int, str], CellDecision] = {}
    for aid, code, value, reason in s.execute(q.order_by(Decision.id)):
        if wanted is None or aid in wanted:
            out[(aid, code)] = CellDecision(value, reason)
    return out


def active_applications(s: Session, procedure_id: int, ids: list[int] | None = None) -> list[Application]:
    q = select(Application).where(Application.procedure_id == procedure_id, Application.status == "active")
    if ids is not None:
        q = q.where(Application.id.in_(ids))
    return list(s.scalars(q.order_by(Application.id)))


def set_decided(s: Session, outcomes: dict[int, str | None]) -> None:
    """application id -> decided outcome, written in a few statements (grouped by value)."""
    by_value: dict[str | None, list[int]] = {}
    for aid, value in outcomes.items():
        by_value.setdefault(value, []).append(aid)
    for value, ids in by_value.items():
        for i in range(0, len(ids), 500):
            s.execute(update(Application).where(Application.id.in_(ids[i:i + 500]))
                      .values(eligibility_decided=value).execution_options(synchronize_session=False))


def insert_decisions(s: Session, rows: list[dict]) -> list[Decision]:
    """rows: Decision columns (bulk confirmation: thousands in one statement). Returns them as Decision
    objects with their new ids (not attached to the session), for the audit snapshots."""
    if not rows:
        return []
    table = Decision.__table__
    ids = list(s.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows))
    return [Decision(id=i, **r) for i, r in zip(ids, rows, strict=True)]


def preload_names(s: Session, procedure_id: int) -> list:
    """The procedure's candidates and members in the session's identity map, so that the audit snapshots of
    thousands of decisions look their names up without a query each. Keep the returned list while used."""
    from .models import Member

    return [*s.scalars(select(Candidate).where(Candidate.procedure_id == procedure_id)),
            *s.scalars(select(Member).where(Member.procedure_id == procedure_id))]


def held(s: Session, procedure_id: int, hold: str | None = None) -> list[tuple[Application, Candidate | None]]:
    q = (select(Application, Candidate).outerjoin(Candidate, Candidate.id == Application.candidate_id)
         .where(Application.procedure_id == procedure_id, Application.intake_hold.is_not(None)))
    if hold is not None:
        q = q.where(Application.intake_hold == hold)
    return [(a, c) for a, c in s.execute(q.order_by(Application.id))]


def hold_decisions(s: Session, procedure_id: int) -> dict[int, Decision]:
    """application id -> the chair's latest decision on an application received after the freeze."""
    out: dict[int, Decision] = {}
    for d in s.scalars(select(Decision).where(Decision.procedure_id == procedure_id,
                                              Decision.kind == HOLD_DECISION).order_by(Decision.id)):
        if d.application_id is not None:
            out[d.application_id] = d
    return out
