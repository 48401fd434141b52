"""The lean autosave: a member's marks and submits in one statement each, against a grid read once.

The rules of acceptance are `domain/scoring/acceptance.py`'s: checked here from the cache (who scores, the seal,
the declaration, the criterion, the scale), and by the write statement for what can change meanwhile.

A mark's save used to reload the procedure, the criterion, the member's declaration and the candidate on
every call. Once the grid is sealed and the member has signed the declaration, none of that changes without
the procedure's or the criterion's version changing (an amendment), and a declaration is never withdrawn.
So it is read once per (procedure, member, stage) and kept here; the write statement re-checks the versions,
the candidate and everything that can change (a conflict, the member's submission) in the same statement
(store/mark_writes.py). When a re-check fails the entry is dropped and the full, checked path runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from panel_app.domain.errors import UserFacingError
from panel_app.domain.scoring import acceptance
from panel_app.domain.times import iso_utc
from panel_app.store import Database, mark_writes, read_only
from panel_app.store import scoring as qs
from panel_app.store.clock import utcnow

from . import scoring_access as gate
from .actors import Actor
from .scoring_results import SheetMark, Submitted


@dataclass(frozen=True)
class CriterionInfo:
    id: int
    version: int
    code: str
    title: str
    weight: float
    minimum: float | None
    anchors: dict
    keywords: list


@dataclass
class ScoringContext:
    procedure_id: int
    procedure_version: int
    scale: tuple[float, float]
    criteria: dict[str, CriterionInfo]  # the scored criteria of the stage, by code
    candidates: dict[str, int] = field(default_factory=dict)  # e-mail -> candidate id

    def criterion_ids(self) -> list[int]:
        return [c.id for c in self.criteria.values()]


class ScoringCache:
    """Per service instance; one entry per (procedure reference, member id, stage). Only the preselection
    stage is kept: the interview stage also depends on the frozen shortlist, so it always takes the full path."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._entries: dict[tuple[str, int | None, str], ScoringContext] = {}

    def get(self, reference: str, actor: Actor, stage: str) -> ScoringContext | None:
        if stage != "preselection" or actor.member_id is None:
            return None
        key = (reference, actor.member_id, stage)
        ctx = self._entries.get(key)
        if ctx is None:
            ctx = self._load(reference, actor, stage)
            if ctx is not None:
                self._entries[key] = ctx
        return ctx

    def drop(self, reference: str, actor: Actor, stage: str) -> None:
        self._entries.pop((reference, actor.member_id, stage), None)

    def _load(self, reference: str, actor: Actor, stage: str) -> ScoringContext | None:
        """None when the member may not score yet (not sealed, not declared, ...): the full path says why."""
        with read_only(self.db) as s:
            try:
                p = gate.procedure_for(s, reference)
                crits = gate.scored_criteria(s, p, stage)
            except UserFacingError:
                return None
            if acceptance.workspace_refusal(gate.scorer(actor), sealed=p.sealed_at is not None,
                                            declared=lambda: gate.has_declared(s, p, actor)):
                return None
            return ScoringContext(
                procedure_id=p.id, procedure_version=p.version,
                scale=p.grid_rules.scale,
                criteria={c.code: CriterionInfo(c.id, c.version, c.code, c.title, c.weight, c.minimum,
                                                dict(c.anchors or {}), list(c.keywords or [])) for c in crits},
                candidates=qs.candidate_ids(s, p.id))


def sheet_mark(sc, crit) -> SheetMark:  # a Score row or a saved row; a Criterion or a CriterionInfo
    """A mark as the scoring services return it (both save paths and the member's sheet)."""
    anchors, keywords = dict(crit.anchors or {}), list(crit.keywords or [])
    if sc is None:
        return SheetMark(crit.code, crit.title, crit.weight, crit.minimum, anchors, keywords)
    return SheetMark(crit.code, crit.title, crit.weight, crit.minimum, anchors, keywords, sc.value, sc.na,
                     sc.comment, sc.evidence_page, sc.version)


def _may_score(actor: Actor) -> bool:
    return acceptance.scorer_refusal(gate.scorer(actor)) is None


def save_mark(cache: ScoringCache, reference: str, actor: Actor, email: str, criterion: str,
              value: float | None, *, na: bool, comment: str | None, evidence_page: int | None,
              expected_version: int | None, stage: str) -> SheetMark | None:
    """The saved mark, or None: nothing written, the checked path must decide."""
    if not mark_writes.supported(cache.db) or not _may_score(actor):
        return None
    ctx = cache.get(reference, actor, stage)
    if ctx is None:
        return None
    email = (email or "").strip().lower()
    crit = ctx.criteria.get(criterion)
    cand = ctx.candidates.get(email)
    value = None if na else value
    if crit is None or cand is None or acceptance.value_refusal(value, na, ctx.scale):
        return None  # no criterion of the stage (rule 8), no such candidate (5), off the scale (9)
    row = mark_writes.save_mark(cache.db, mark_writes.MarkWrite(
        procedure_id=ctx.procedure_id, procedure_version=ctx.procedure_version, criterion_id=crit.id,
        criterion_version=crit.version, candidate_id=cand, email=email, member_id=actor.member_key,
        actor=actor.name, stage=stage, entity_id=f"{email}/{criterion}", value=value, na=na, comment=comment,
        evidence_page=evidence_page, expected_version=expected_version), utcnow())
    if row is None:
        cache.drop(reference, actor, stage)  # something changed: read it again next time
        return None
    return sheet_mark(row, crit)


def submit(cache: ScoringCache, reference: str, actor: Actor, email: str, stage: str) -> Submitted | None:
    """The submitted assessment, or None: nothing written, the checked path must decide."""
    if not mark_writes.supported(cache.db) or not _may_score(actor):
        return None
    ctx = cache.get(reference, actor, stage)
    if ctx is None:
        return None
    email = (email or "").strip().lower()
    cand = ctx.candidates.get(email)
    if cand is None:
        return None
    now = utcnow()
    if not mark_writes.submit_assessment(
            cache.db, procedure_id=ctx.procedure_id, procedure_version=ctx.procedure_version,
            criteria=ctx.criterion_ids(), candidate_id=cand, email=email, member_id=actor.member_key,
            actor=actor.name, stage=stage, entity_id=f"{actor.name}/{email}/{stage}", now=now):
        cache.drop(reference, actor, stage)
        return None
    return Submitted(email, "submitted", iso_utc(now))
