"""The panel stage: the aggregated table, consensus marks, the ranking, reliability and robustness.

Who may see what is defined in `panel_data` (module docstring). A consensus mark is a
Decision(kind="consensus", candidate_id, criterion_code, stage, value=JSON {"value", "mean", "minority"},
reason=justification, member_id=chair); the latest per cell counts, and value null clears it.
The shortlist (freeze, sign-off, reasons) and the interview outcome live in `panel_shortlist` and
`panel_final`; PanelService gathers them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from panel_app.domain.changes import Change, Changed
from panel_app.domain.decision_values import ConsensusValue
from panel_app.domain.errors import NotFound, Refused, UserFacingError
from panel_app.domain.scoring import needs_justification, reliability, robustness
from panel_app.domain.scoring.marks import fmt
from panel_app.domain.scoring.reliability import Reliability
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc
from panel_app.domain.words import stage_word
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import scoring as qs
from panel_app.store.clock import utcnow
from panel_app.store.decisions import new_decision

from .actors import Actor, require_permission
from .final_signoff import FinalSignoffMixin
from .json_record import JsonRecord
from .panel_data import gc_paused, open_stage, ranking_hidden_reason, require_ranking_visible, row_visible
from .panel_final import FinalMixin
from .panel_rank import RankingRow, compute, ranking_rows
from .panel_shortlist import ShortlistMixin


def _num(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


@dataclass(frozen=True)
class PanelCell:
    """One criterion of one candidate in the panel table: every member's mark, the statistics, the final mark."""

    title: str
    weight: float
    marks: dict[str, float | str | None]  # member -> mark, or "N/A"
    comments: dict[str, str]  # member -> the comment on a submitted mark
    mean: float | None
    spread: float | None
    final: float | None
    consensus: float | None
    divergent: bool
    missing: list[str]
    state: str
    needs_justification: bool
    justification: str
    minority: str | None


@dataclass(frozen=True)
class PanelRow(JsonRecord):
    """One candidate of the panel table (`panel-app panel --json`). Counts always; the rest only when `visible`
    (the viewer may see the marks): otherwise empty, and left out of the JSON."""

    email: str
    name: str
    article29: str | None
    members_submitted: int
    expected: int
    complete: bool
    visible: bool
    conflicted: bool
    member_totals: dict[str, float | None] = field(default_factory=dict)
    criteria: dict[str, PanelCell] = field(default_factory=dict)
    total: float | None = None
    rank: int | None = None  # None until the viewer may see the ranking
    status: str | None = None
    reason: str | None = None
    max_spread: float | None = None
    divergent: list[str] = field(default_factory=list)

    COUNTS = ("email", "name", "article29", "members_submitted", "expected", "complete", "visible", "conflicted")

    def as_json(self) -> dict[str, Any]:
        out = super().as_json()
        return out if self.visible else {k: out[k] for k in self.COUNTS}


@dataclass(frozen=True)
class ConsensusRecorded(JsonRecord):
    """The mark the chair recorded for one cell in the consensus meeting (None: cleared)."""

    candidate: str  # e-mail
    criterion: str
    stage: str
    value: float | None
    mean: float | None  # the members' mean
    justification: str
    minority: str | None
    decided_at: str  # ISO UTC


@dataclass(frozen=True)
class Agreement(JsonRecord):
    """Krippendorff's alpha (ordinal) and ICC(2,k)/(2,1) of one criterion, or overall."""

    alpha: float | None
    icc2k: float | None
    icc21: float | None
    n_alpha: int
    n_icc: int
    note: str


@dataclass(frozen=True)
class ReliabilityFigures(JsonRecord):
    """`panel-app reliability --json`."""

    stage: str
    per_criterion: dict[str, Agreement]
    overall: Agreement | None
    leniency: dict[str, float | None]  # member -> member mean − panel mean


@dataclass(frozen=True)
class Flip:
    candidate: str  # e-mail
    before: str  # status
    after: str


@dataclass(frozen=True)
class RobustnessFinding:
    """A scenario that would change the invited list (`panel-app robustness --json`)."""

    kind: str  # "without_member" | "weight"
    detail: str
    came_in: list[str]  # e-mails that would be invited
    went_out: list[str]  # e-mails that would no longer be
    text: str  # in words
    flips: list[Flip]

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "detail": self.detail, "in": list(self.came_in), "out": list(self.went_out),
                "text": self.text, "flips": [{"candidate": f.candidate, "from": f.before, "to": f.after}
                                             for f in self.flips]}


class PanelService(ShortlistMixin, FinalMixin, FinalSignoffMixin):
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---------------------------------------------------------------- the panel table
    def panel_table(self, reference: str, actor: Actor, stage: str = "preselection") -> list[PanelRow]:
        """One row per candidate of the stage: counts always; marks only when `actor` may see them."""
        with read_only(self.db) as s:
            d = open_stage(s, reference, actor, stage)
            ids = {cid: email for email, cid in qs.candidate_ids(s, d.p.id).items()}
            said = {(ids.get(cid), code, member): comment for cid, rows in qs.stage_marks(s, d.p.id, stage).items()
                    for member, code, _v, _na, comment, status in rows if comment and status == "submitted"}
        c = compute(d)
        by_key = {r.candidate: r for r in ranking_rows(d, c, actor.name)}
        # A rank, a status ("invited") or a reason compares candidates: shown only once the ranking is.
        rank_hidden = ranking_hidden_reason(d, actor)
        values: dict[tuple[str, str], dict[str, float | str | None]] = {}
        for m in d.marks:
            if m.candidate in c.complete and m.member in d.members and (m.member, m.candidate) not in d.conflicts:
                values.setdefault((m.candidate, m.criterion), {})[m.member] = "N/A" if m.na else m.value
        out = []
        for cand in d.candidates:
            email = cand.key
            conflicted = (actor.name, email) in d.conflicts
            counts: dict[str, Any] = dict(email=email, name=cand.name, article29=cand.article29,
                                          members_submitted=d.n_submitted(email), expected=len(d.expected(email)),
                                          complete=email in c.complete, conflicted=conflicted)
            if conflicted or not row_visible(d, actor, email):
                out.append(PanelRow(visible=False, **counts))
                continue
            r = by_key[email]
            crit: dict[str, PanelCell] = {}
            for cr in d.criteria:
                cell = c.agg.cells[(email, cr.code)]
                cons = d.consensus.get((email, cr.code)) or {}
                marks = values.get((email, cr.code), {})
                crit[cr.code] = PanelCell(
                    title=d.titles[cr.code], weight=cr.weight, marks=marks,
                    comments={m: said[(email, cr.code, m)] for m in marks if (email, cr.code, m) in said},
                    mean=_num(cell.mean), spread=_num(cell.spread), final=_num(cell.final),
                    consensus=cell.consensus, divergent=cell.divergent, missing=list(cell.missing),
                    state=cell.state, needs_justification=cell.needs_justification,
                    justification=cons.get("justification", "") if cell.consensus is not None else "",
                    minority=cons.get("minority") if cell.consensus is not None else None)
            spreads = [x.spread for x in crit.values() if x.spread is not None]
            out.append(PanelRow(visible=True, **counts,
                                member_totals={m: _num(v) for m, v in c.agg.member_totals[email].items()},
                                criteria=crit, total=r.total, rank=None if rank_hidden else r.rank,
                                status=None if rank_hidden else r.status, reason=rank_hidden or r.reason,
                                max_spread=max(spreads) if spreads else None, divergent=r.divergent))
        return out

    # ---------------------------------------------------------------- consensus
    def consensus_set(self, reference: str, actor: Actor, email: str, criterion: str, value: float | None,
                      reason: str = "", stage: str = "preselection",
                      minority: str | None = None) -> Changed[ConsensusRecorded]:
        """The chair records the mark agreed in the meeting (None clears it). A mark more than half a point
        from the members' mean needs a justification."""
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            d = open_stage(s, reference, actor, stage, fast=True)
            require_permission(actor, "decision", "INSERT", row="panel_decision", action=translate("Errors", "record a consensus mark"),
                               has_members=True)
            email = (email or "").strip().lower()
            if email not in d.cand_ids:
                raise NotFound(translate("Errors", "No candidate {email} at the {stage} stage of "
                                                   "{reference}.")
                                   .format(email=email, stage=stage_word(stage), reference=reference))
            if (actor.name, email) in d.conflicts:
                raise Refused(translate("Errors", "{name} declared a conflict of interest on {email}: "
                                                  "another member must lead the discussion of this "
                                                  "candidate.").format(name=actor.name, email=email))
            if criterion not in d.titles:
                raise NotFound(translate("Errors", "{criterion} is not a scored criterion of the {stage} "
                                                   "stage.").format(criterion=criterion, stage=stage_word(stage)))
            if not d.complete(email):
                raise Refused(translate("Errors", "Not every member has submitted {email} yet ({submitted} of "
                                                  "{expected}): the consensus comes after all the marks.")
                                  .format(email=email, submitted=d.n_submitted(email), expected=len(d.expected(email))))
            lo, hi = d.p.grid_rules.scale
            if value is not None and not lo <= value <= hi:
                raise UserFacingError(translate("Errors", "{value:g} is outside the scale {lo}–{hi}.")
                                          .format(value=value, lo=lo, hi=hi))
            cell = compute(d).agg.cells[(email, criterion)]
            reason = (reason or "").strip()
            if value is not None and needs_justification(value, cell.mean) and not reason:
                raise Refused(translate("Errors", "The agreed mark {value} departs from the members' mean "
                                                  "{value2} by more than 0.5: write the justification.")
                                  .format(value=fmt(value), value2=fmt(cell.mean or 0)))
            before = d.consensus.get((email, criterion))
            now = utcnow()
            dec = uow.add(new_decision(ConsensusValue(value=value, mean=cell.mean, minority=minority or None),
                                       procedure_id=d.p.id, candidate_id=d.cand_ids[email],
                                       criterion_code=criterion, stage=stage, reason=reason or None,
                                       member_id=actor.member_id, decided_at=now, updated_by=actor.name,
                                       updated_at=now))
            uow.audit(d.p.id, "consensus.set", "candidate", f"{email}/{criterion}/{stage}",
                      None if before is None else {"value": before["value"], "justification": before["justification"]},
                      {"value": value, "mean": cell.mean, "justification": reason, "minority": minority or None},
                      rows=[dec])
            return Changed.of(ConsensusRecorded(candidate=email, criterion=criterion, stage=stage, value=value,
                                                mean=_num(cell.mean), justification=reason, minority=minority or None,
                                                decided_at=iso_utc(now)), Change.CONSENSUS)

    # ---------------------------------------------------------------- ranking, reliability, robustness
    def ranking(self, reference: str, actor: Actor, stage: str = "preselection") -> list[RankingRow]:
        with gc_paused(), read_only(self.db) as s:
            d = open_stage(s, reference, actor, stage, ranking=True)
            return ranking_rows(d, compute(d), actor.name)

    def reliability(self, reference: str, actor: Actor, stage: str = "preselection") -> ReliabilityFigures:
        """Krippendorff's alpha (ordinal) and ICC(2,k)/(2,1) per criterion and overall, and leniency."""
        with read_only(self.db) as s:
            d = open_stage(s, reference, actor, stage)
        require_ranking_visible(d, actor)
        rep = reliability(d.complete_marks(), d.criteria, d.members, conflicts=d.conflicts)

        def one(r: Reliability) -> Agreement:
            return Agreement(alpha=_num(r.alpha), icc2k=_num(r.icc2k), icc21=_num(r.icc21), n_alpha=r.n_alpha,
                             n_icc=r.n_icc, note=r.note)

        return ReliabilityFigures(stage=stage, per_criterion={k: one(v) for k, v in rep.per_criterion.items()},
                                  overall=one(rep.overall) if rep.overall else None,
                                  leniency={m: _num(v) for m, v in rep.leniency.items()})

    def robustness(self, reference: str, actor: Actor, stage: str = "preselection") -> list[RobustnessFinding]:
        """Scenarios that would change the invited list: one member's marks left out, a weight ±1."""
        with read_only(self.db) as s:
            d = open_stage(s, reference, actor, stage)
        require_ranking_visible(d, actor)
        done = [c for c in d.candidates if d.complete(c.key)]
        findings = robustness(d.complete_marks(), done, d.criteria, d.rules, d.members, conflicts=d.conflicts,
                              consensus=d.consensus_values())
        names = {c.key: c.name for c in d.candidates}
        out = []
        for f in findings:
            ins = [k for k, _old, new in f.flips if new == "invited"]
            outs = [k for k, old, _new in f.flips if old == "invited"]
            nobody = translate("Ranking", "nobody")
            came, went = ", ".join(names[k] for k in ins) or nobody, ", ".join(names[k] for k in outs) or nobody
            if f.kind == "without_member":
                text = translate("Ranking", "The list would change if {member}'s marks were left out: {came} in, "
                                            "{went} out.").format(member=f.detail.removeprefix("without "),
                                                                  came=came, went=went)
            else:
                what, change = f.detail.rsplit(" ", 1)
                old, _, new = change.partition("→")
                text = translate("Ranking", "The list would change if the weight of {code} were {new} instead of "
                                            "{old}: {came} in, {went} out.").format(
                    code=what.removeprefix("weight of "), new=new, old=old, came=came, went=went)
            out.append(RobustnessFinding(kind=f.kind, detail=f.detail, came_in=ins, went_out=outs, text=text,
                                         flips=[Flip(k, a, b) for k, a, b in f.flips]))
        return out
