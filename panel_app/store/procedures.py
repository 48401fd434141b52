"""Queries on procedures, criteria and members."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Application, Criterion, Member, Procedure


def all_procedures(s: Session) -> list[Procedure]:
    return list(s.scalars(select(Procedure).order_by(Procedure.created_at, Procedure.id)))


def by_reference(s: Session, reference: str) -> Procedure | None:
    return s.scalar(select(Procedure).where(Procedure.reference == reference))


def application_counts(s: Session) -> dict[int, int]:
    rows = s.execute(select(Application.procedure_id, func.count()).group_by(Application.procedure_id))
    return {pid: n for pid, n in rows}


def criteria(s: Session, procedure_id: int) -> list[Criterion]:
    return list(s.scalars(select(Criterion).where(Criterion.procedure_id == procedure_id)
                          .order_by(Criterion.position, Criterion.id)))


def criterion(s: Session, procedure_id: int, code: str) -> Criterion | None:
    return s.scalar(select(Criterion).where(Criterion.procedure_id == procedure_id, Criterion.code == code))


def members(s: Session, procedure_id: int) -> list[Member]:
    return list(s.scalars(select(Member).where(Member.procedure_id == procedure_id).order_by(Member.id)))


def member(s: Session, procedure_id: int, name: str) -> Member | None:
    return s.scalar(select(Member).where(Member.procedure_id == procedure_id, Member.name == name))
