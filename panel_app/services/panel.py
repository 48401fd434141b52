"""The panel stage: the aggregated table, consensus marks, the ranking, reliability and robustness.

Who may see what is defined in `panel_data` (module docstring). A consensus mark is a
Decision(kind="consensus", candidate_id, criterion_code, stage, value=JSON {"value", "mean", "minority"},
reason=justification, member_id=chair); the latest per cell counts, and value null clears it.
The shortlist (freeze, sign-off, reasons) and the interview outcome live in `panel_shortlist` and
`panel_final`; PanelService gathers them.
"""

from __future__ import annotations

from typing import Any

from panel_app.domain.changes import Change, Changed
from panel_app.domain.decision_values import ConsensusValue
from panel_app.domain.errors import NotFound, Refused, UserFacingError
from panel_app.domain.scoring import needs_justification, reliability, robustness
from panel_app.domain.scoring.marks import fmt
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc
from panel_app.domain.words import stage_word
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import scoring as qs
from panel_app.store.clock import utcnow
from panel_app.store.decisions import new_decision

from .actors import Actor, require_permission
from .final_signoff import FinalSignoffMixin
from .panel_data import gc_paused, open_stage, ranking_hidden_reason, require_ranking_visible, row_visible
from .panel_final import FinalMixin
from .panel_rank import compute, ranking_rows
from .panel_shortlist import ShortlistMixin


def _num(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


class PanelService(ShortlistMixin, FinalMixin, FinalSignoffMixin):
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---------------------------------------------------------------- the panel table
    def panel_table(self, reference: str, actor: Actor, stage: str = "preselection") -> list[dict]:
        """One row per candidate of the stage: counts always; marks only when `actor` may see them."""
        with read_only(self.db) as s:
            d = open_stage(s, reference, actor, stage)
            ids = {cid: email for email, cid in qs.candidate_ids(s, d.p.id).items()}
            said = {(ids.get(cid), code, member): comment for cid, rows in qs.stage_marks(s, d.p.id, stage).items()
                    for member, code, _v, _na, comment, status in rows if comment and status == "submitted"}
        c = compute(d)
        by_key = {r["candidate"]: r for r in ranking_rows(d, c, actor.name)}
        # A rank, a status ("invited") or a reason compares candidates: shown only once the ranking is.
        rank_hidden = ranking_hidden_reason(d, actor)
        values: dict[tuple[str, str], dict[str, object]] = {}
        for m in d.marks:
            if m.candidate in c.complete and m.member in d.members and (m.member, m.candidate) not in d.conflicts:
                values.setdefault((m.candidate, m.criterion), {})[m.member] = "N/A" if m.na else m.value
        out = []
        for cand in d.candidates:
            email = cand.key
            row: dict[str, Any] = {"email": email, "name": cand.name, "article29": cand.article29,
                   "members_submitted": d.n_submitted(email), "expected": len(d.expected(email)),
                   "complete": email in c.complete, "visible": False, "conflicted": (actor.name, email) in d.conflicts}
            if row["conflicted"] or not row_visible(d, actor, email):
                out.append(row)
                continue
            r = by_key[email]
            crit: dict[str, dict[str, Any]] = {}
            for cr in d.criteria:
                cell = c.agg.cells[(email, cr.code)]
                cons = d.consensus.get((email, cr.code)) or {}
                crit[cr.code] = {
                    "title": d.titles[cr.code], "weight": cr.weight, "marks": values.get((email, cr.code), {}),
                    "comments": {m: said[(email, cr.code, m)] for m in values.get((email, cr.code), {})
                                 if (email, cr.code, m) in said},
                    "mean": _num(cell.mean), "spread": _num(cell.spread), "final": _num(cell.final),
                    "consensus": cell.consensus, "divergent": cell.divergent, "missing": list(cell.missing),
                    "state": cell.state, "needs_justification": cell.needs_justification,
                    "justification": cons.get("justification", "") if cell.consensus is not None else "",
                    "minority": cons.get("minority") if cell.consensus is not None else None}
            spreads = [x["spread"] for x in crit.values() if x["spread"] is not None]
            row.update(visible=True, member_totals={m: _num(v) for m, v in c.agg.member_totals[email].items()},
                       criteria=crit, total=r["total"], rank=None if rank_hidden else r["rank"],
                       status=None if rank_hidden else r["status"], reason=rank_hidden or r["reason"],
                       max_spread=max(spreads) if spreads else None,
                       divergent=r["divergent"])
            out.append(row)
        return out

    # ---------------------------------------------------------------- consensus
    def consensus_set(self, reference: str, actor: Actor, email: str, criterion: str, value: float | None,
                      reason: str = "", stage: str = "preselection", minority: str | None = None) -> Changed[dict]:
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
            return Changed.of({"candidate": email, "criterion": criterion, "stage": stage, "value": value,
                               "mean": _num(cell.mean), "justification": reason, "minority": minority or None,
                               "decided_at": iso_utc(now)}, Change.CONSENSUS)

    # ---------------------------------------------------------------- ranking, reliability, robustness
    def ranking(self, reference: str, actor: Actor, stage: str = "preselection") -> list[dict]:
        with gc_paused(), read_only(self.db) as s:
            d = open_stage(s, reference, actor, stage, ranking=True)
            return ranking_rows(d, compute(d), actor.name)

    def reliability(self, reference: str, actor: Actor, stage: str = "preselection") -> dict:
        """Krippendorff's alpha (ordinal) and ICC(2,k)/(2,1) per criterion and overall, and leniency."""
        with read_only(self.db) as s:
            d = open_stage(s, reference, actor, stage)
        require_ranking_visible(d, actor)
        rep = reliability(d.complete_marks(), d.criteria, d.members, conflicts=d.conflicts)

        def one(r) -> dict:
            return {"alpha": _num(r.alpha), "icc2k": _num(r.icc2k), "icc21": _num(r.icc21),
                    "n_alpha": r.n_alpha, "n_icc": r.n_icc, "note": r.note}

        return {"stage": stage, "per_criterion": {k: one(v) for k, v in rep.per_criterion.items()},
                "overall": one(rep.overall) if rep.overall else None,
                "leniency": {m: _num(v) for m, v in rep.leniency.items()}}

    def robustness(self, reference: str, actor: Actor, stage: str = "preselection") -> list[dict]:
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
            out.append({"kind": f.kind, "detail": f.detail, "in": ins, "out": outs, "text": text,
                        "flips": [{"candidate": k, "from": a, "to": b} for k, a, b in f.flips]})
        return out
