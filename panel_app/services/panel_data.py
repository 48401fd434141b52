"""Everything the panel stage computes from, read in one session, and who may see what of it.

Visibility (independence of the panel, docs/domain-rules.md "The grid and scoring"):
- A row of the panel table (one candidate) follows `domain.scoring.visibility.can_see_marks`: a voting
  member sees the others' marks after submitting their own for that candidate; the chair, the secretary
  and observers once every voting, non-conflicted member has submitted for it; a conflicted viewer
  never. Everyone on the panel who is not conflicted sees the progress counts.
- The ranking, the shortlist, reliability and robustness compare candidates, so they need more:
  * a voting member (role "member") sees them only after submitting every candidate of the stage they
    are not conflicted on;
  * the chair, the secretary and observers (and non-voting members) only when every expected assessment
    of the stage (each voting member × each candidate they are not conflicted on) is submitted.
  Otherwise the call is Refused (CLI exit 3). A member conflicted on a candidate sees that candidate's
  rank and status but not its marks, total or reason (they are null / "hidden").
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

from panel_app.domain.decision_values import ConsensusValue
from panel_app.domain.errors import Refused
from panel_app.domain.scoring import (
    Candidate,
    CriterionRule,
    RankingRules,
    can_see_marks,
    ranking_rules,
)
from panel_app.domain.texts import translate
from panel_app.domain.words import role_word, stage_word
from panel_app.store import procedures as q
from panel_app.store import scoring as qs
from panel_app.store.decisions import value_of
from panel_app.store.models import Procedure
from panel_app.store.panel import cell_stats, decisions, stage_candidates, submitted_pairs, submitted_scores

from . import scoring_access as gate
from .actors import Actor
from .shortlist_state import invited_ids


class FastMark(NamedTuple):
    """A `domain.scoring.Mark` with the same fields, built ~3× faster (84,000 per ranking)."""

    member: str
    candidate: str
    criterion: str
    value: float | None
    na: bool = False


@dataclass
class StageData:
    p: Procedure
    stage: str
    criteria: list[CriterionRule]
    titles: dict[str, str]
    rules: RankingRules
    members: list[str]  # voting, active members, by name
    candidates: list[Candidate]
    cand_ids: dict[str, int]
    conflicts: set[tuple[str, str]]  # (member name, email)
    submitted: set[tuple[str, str]]  # (member name, email)
    marks: list[FastMark]
    consensus: dict[tuple[str, str], dict] = field(default_factory=dict)  # (email, code) -> latest record
    member_ids: dict[str, int] = field(default_factory=dict)
    cells: dict[tuple[str, str], tuple] | None = None  # (email, code) -> (n, Σ, min, max, n N/A) when fast

    def expected(self, email: str) -> list[str]:
        return [m for m in self.members if (m, email) not in self.conflicts]

    def n_submitted(self, email: str) -> int:
        return sum(1 for m in self.expected(email) if (m, email) in self.submitted)

    def complete(self, email: str) -> bool:
        exp = self.expected(email)
        return bool(exp) and all((m, email) in self.submitted for m in exp)

    def consensus_values(self) -> dict[tuple[str, str], float]:
        return {k: v["value"] for k, v in self.consensus.items() if v["value"] is not None}

    def complete_marks(self) -> list[FastMark]:
        done = {c.key for c in self.candidates if self.complete(c.key)}
        return [m for m in self.marks if m.candidate in done]


def load(s, reference: str, stage: str = "preselection", *, fast: bool = False,
         with_cells: bool = True) -> StageData:
    """The stage's data. `fast`: per-cell statistics aggregated in SQL instead of the 84,000 marks (for the
    ranking and the shortlist, which need no individual mark); `with_cells=False` leaves them to `load_cells`."""
    p = gate.procedure_for(s, reference)
    crits = gate.scored_criteria(s, p, stage)
    scale_max = float(p.grid_rules.scale_max)
    criteria = [CriterionRule(c.code, float(c.weight), c.minimum, scale_max) for c in crits]
    code_of = {c.id: c.code for c in crits}
    voting = [m for m in q.members(s, p.id) if m.voting and m.active]
    name_of = {m.id: m.name for m in voting}
    rows = stage_candidates(s, p.id)
    if stage == "interview":
        invited = invited_ids(s, p)
        rows = [r for r in rows if r[0] in invited]
    email_of: dict[int | None, str] = {r[0]: r[1] for r in rows}
    cands = [Candidate(r[1], f"{r[2]}, {r[3]}".strip(", ") or r[1], r[4]) for r in rows]
    conflicts = {(name_of[m], email_of[c]) for m, c in qs.conflicts(s, p.id) if m in name_of and c in email_of}
    submitted_ids = submitted_pairs(s, p.id, stage)
    submitted = {(name_of[m], email_of[c]) for m, c in submitted_ids if m in name_of and c in email_of}
    marks = [] if fast else [FastMark(name_of[m], email_of[c], code_of[k], v, bool(na))
                             for m, c, k, v, na in submitted_scores(s, p.id, stage)
                             if m in name_of and c in email_of and k in code_of]
    data = StageData(p, stage, criteria, {c.code: c.title for c in crits}, ranking_rules(p.grid_rules, stage),
                     [m.name for m in voting], cands, {r[1]: r[0] for r in rows}, conflicts, submitted, marks,
                     member_ids={m.name: m.id for m in voting})
    if fast and with_cells:
        load_cells(s, data)
    everyone: dict[int | None, str] = {m.id: m.name for m in q.members(s, p.id)}
    for d in decisions(s, p.id, ["consensus"], stage):
        email = email_of.get(d.candidate_id)
        if email is None or d.criterion_code is None:
            continue
        body = value_of(d, ConsensusValue)
        data.consensus[(email, d.criterion_code)] = {
            "value": body.value, "minority": body.minority, "mean": body.mean,
            "justification": d.reason or "", "by": everyone.get(d.member_id), "at": d.decided_at}
    return data


def load_cells(s, data: StageData) -> None:
    """The per-cell statistics of a fast load (the one heavy query of the ranking)."""
    code_of = {c.id: c.code for c in gate.scored_criteria(s, data.p, data.stage)}
    email_of = {cid: email for email, cid in data.cand_ids.items()}
    name_ids = list(data.member_ids.values())
    submitted_ids = {(data.member_ids[m], data.cand_ids[c]) for m, c in data.submitted}
    data.cells = {(email_of[c], code_of[k]): (n, total, lo, hi, nas or 0)
                  for c, k, n, total, lo, hi, nas in cell_stats(s, data.p.id, data.stage, name_ids, submitted_ids)
                  if c in email_of and k in code_of}


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a ranking allocates its ~100,000 short-lived objects (the
    collector's passes cost a third of the time on a 1,000-candidate procedure)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def viewer_role(actor: Actor) -> str:
    """The visibility role: a non-voting 'member' reads like an observer."""
    return "observer" if actor.role == "member" and not actor.voting else actor.role


def row_visible(d: StageData, actor: Actor, email: str) -> bool:
    conflicted = (actor.name, email) in d.conflicts
    return can_see_marks(viewer_role(actor), (actor.name, email) in d.submitted, conflicted, d.complete(email))


def outstanding(d: StageData, actor: Actor) -> list[str]:
    """The assessments that keep `actor` from seeing the ranking (empty = may see it)."""
    if viewer_role(actor) == "member":
        return [c.key for c in d.candidates
                if (actor.name, c.key) not in d.conflicts and (actor.name, c.key) not in d.submitted]
    return [f"{m}/{c.key}" for c in d.candidates for m in d.expected(c.key) if (m, c.key) not in d.submitted]


def _not_visible_yet(actor: Actor, stage: str, missing: int) -> Refused:
    if viewer_role(actor) == "member":
        return Refused(translate("Errors", "{name} has not submitted {missing} assessment(s) of the "
                                           "{stage} stage: the ranking is shown only after you have "
                                           "submitted all of yours.")
                           .format(name=actor.name, missing=missing, stage=stage_word(stage)))
    return Refused(translate("Errors", "{missing} assessment(s) of the {stage} stage are not submitted "
                                       "yet: the ranking is shown to the {role} only when every member has "
                                       "submitted.").format(missing=missing, stage=stage_word(stage), role=role_word(actor.role)))


def ranking_hidden_reason(d: StageData, actor: Actor) -> str | None:
    """Why `actor` may not see the ranking yet (None: they may)."""
    todo = outstanding(d, actor)
    return _not_visible_yet(actor, d.stage, len(todo)).message if todo else None


def require_ranking_visible(d: StageData, actor: Actor) -> None:
    todo = outstanding(d, actor)
    if todo:
        raise _not_visible_yet(actor, d.stage, len(todo))


def _refuse_from_counts(s, reference: str, actor: Actor, stage: str) -> None:
    """The chair's (secretary's, observer's) ranking refused from the progress counts alone, before the stage
    is loaded: they poll it while the members score. Same checks, same order, same message as the full path
    (the counts are those of ScoringView.progress: voting, active, non-conflicted members)."""
    if stage != "preselection" or viewer_role(actor) == "member":
        return
    p = gate.procedure_for(s, reference)
    gate.require_sealed(p)
    gate.require_declared(s, p, actor)
    missing = qs.missing_assessments(s, p.id, stage)  # Σ expected − submitted of progress_counts
    if missing:
        raise _not_visible_yet(actor, stage, missing)


def open_stage(s, reference: str, actor: Actor, stage: str, *, fast: bool = False,
               ranking: bool = False) -> StageData:
    """The checks every panel read goes through, then the data. `ranking`: a fast load for a comparison of
    candidates, refused (require_ranking_visible) before its heavy per-cell query runs, as a poll often is."""
    gate.require_member(actor)
    if ranking:
        _refuse_from_counts(s, reference, actor, stage)
    d = load(s, reference, stage, fast=fast or ranking, with_cells=not ranking)
    gate.require_sealed(d.p)
    gate.require_declared(s, d.p, actor)
    if ranking:
        require_ranking_visible(d, actor)
        load_cells(s, d)
    return d
