"""After the interview: the final ranking and the outcome (recommended candidates, reserve list).

- The interview is scored with ScoringService(stage="interview") for the invited candidates of the
  latest frozen shortlist; its ranking is `PanelService.ranking(stage="interview")`.
- Final ranking, rules["final_ranking"]:
  * "interview_only": the interview total;
  * "combined": Σ combined_weights[stage] × stage total / Σ combined_weights (e.g. 0.4 × preselection
    + 0.6 × interview).
  A candidate must pass the interview (interview_pass_mark and the interview minimums) to be "passed";
  the others keep the interview status (below_pass_mark, below_minimum, pending). Passed candidates are
  ordered by the final total, then by name; equal totals share a rank.
- Outcome: Decision(kind="final_outcome", candidate_id, value=JSON {"outcome": "recommended"|"reserve"|null,
  "valid_until": "YYYY-MM-DD"|null}); the latest per candidate counts. A reserve list needs a validity
  date. Only candidates who passed the interview can be recommended or put on the reserve list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from panel_app.domain.changes import Change, Changed
from panel_app.domain.decision_values import OutcomeValue
from panel_app.domain.errors import NotFound, Refused, UserFacingError
from panel_app.domain.grid import Rules
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store.clock import utcnow
from panel_app.store.decisions import new_decision, value_of
from panel_app.store.panel import decisions

from .actors import Actor, require_role
from .json_record import JsonRecord
from .panel_data import StageData, load, open_stage, require_ranking_visible
from .panel_rank import compute, ranking_rows, shortlist_rows

OUTCOMES = ("recommended", "reserve")


@dataclass(frozen=True)
class FinalRow:
    """One candidate of the final ranking."""

    candidate: str  # e-mail
    name: str
    article29: str | None
    preselection_total: float | None  # % of the maximum, as the preselection ranking shows it
    interview_total: float | None
    total: float | None  # the final total (by the method); None while pending, or hidden
    final: dict[str, float | None]  # the interview's final mark per criterion
    status: str  # passed | below_pass_mark | below_minimum | pending
    reason: str
    rank: int | None  # among those who passed
    outcome: str | None  # recommended | reserve | None
    valid_until: str | None  # YYYY-MM-DD, for the reserve list


@dataclass(frozen=True)
class OutcomeRecorded(JsonRecord):
    candidate: str  # e-mail
    outcome: str | None  # recommended | reserve | None (withdrawn)
    valid_until: str | None  # YYYY-MM-DD
    decided_at: str  # ISO UTC


@dataclass(frozen=True)
class FinalRanking(JsonRecord):
    """The final ranking (`panel-app final-ranking --json`): the method, its weights and the rows."""

    method: str  # interview_only | combined
    weights: dict[str, float]
    rows: list[FinalRow]


def _outcomes(s, d: StageData) -> dict[str, dict]:
    emails: dict[int | None, str] = {i: e for e, i in d.cand_ids.items()}
    out: dict[str, dict] = {}
    for dec in decisions(s, d.p.id, ["final_outcome"]):
        email = emails.get(dec.candidate_id)
        if email is not None:
            body = value_of(dec, OutcomeValue)
            out[email] = {"outcome": body.outcome, "valid_until": body.valid_until,
                          "decided_at": iso_utc(dec.decided_at), "by": dec.updated_by}
    return out


def _final_rows(d: StageData, pre: StageData | None, outcomes: dict[str, dict], viewer: str) -> list[FinalRow]:
    rules = d.p.grid_rules
    combined = rules.final_ranking == "combined" and pre is not None
    weights = rules.combined_weights or Rules().combined_weights
    w_pre, w_int = float(weights.get("preselection", 0)), float(weights.get("interview", 0))
    pre_totals = {}  # the preselection total (% of the maximum), as the preselection ranking shows it
    if pre is not None:
        pre_totals = {r.candidate: r.total for r in ranking_rows(pre, compute(pre))}
    rows = shortlist_rows(d, compute(d), viewer)
    out = []
    for r in rows:
        passed = r.status == "invited"  # best N does not apply here: every candidate who passes is "invited"
        total = r.total
        pre_total = pre_totals.get(r.candidate)
        if combined and total is not None and pre_total is not None and w_pre + w_int > 0:
            total = round((w_pre * pre_total + w_int * total) / (w_pre + w_int), 6)
        o = outcomes.get(r.candidate, {})
        out.append(FinalRow(candidate=r.candidate, name=r.name, article29=r.article29,
                            preselection_total=None if r.hidden else pre_total, interview_total=r.total,
                            total=None if r.hidden else total, final=r.final,
                            status="passed" if passed else r.status,
                            reason="passed the interview" if passed else r.reason, rank=None,
                            outcome=o.get("outcome"), valid_until=o.get("valid_until")))
    passing = sorted((x for x in out if x.status == "passed"),
                     key=lambda x: (-(x.total or 0.0), x.name.casefold(), x.candidate))
    prev: float | None = None
    rank_now = 0
    ranked = []
    for i, x in enumerate(passing):
        if x.total != prev:
            rank_now, prev = i + 1, x.total
        ranked.append(replace(x, rank=rank_now))
    return ranked + [x for x in out if x.status != "passed"]


class FinalMixin:
    db: Database

    def final_ranking(self, reference: str, actor: Actor) -> FinalRanking:
        """Visible under the same rule as the interview ranking."""
        with read_only(self.db) as s:
            d = open_stage(s, reference, actor, "interview", fast=True)
            require_ranking_visible(d, actor)
            rules = d.p.grid_rules
            combined = rules.final_ranking == "combined"
            pre = load(s, reference, "preselection", fast=True)  # its totals are shown whatever the method
            outcomes = _outcomes(s, d)
        d.rules.best_n = None
        return FinalRanking(method=rules.final_ranking,
                            weights=rules.combined_weights if combined else {"interview": 1.0},
                            rows=_final_rows(d, pre, outcomes, actor.name))

    def set_outcome(self, reference: str, actor: Actor, email: str, outcome: str | None,
                    valid_until: date | None = None) -> Changed[OutcomeRecorded]:
        if outcome is not None and outcome not in OUTCOMES:
            raise UserFacingError(translate("Errors", "'{outcome}' is not an outcome: recommended, "
                                                      "reserve, or none.").format(outcome=outcome))
        if outcome == "reserve" and valid_until is None:
            raise UserFacingError(translate("Errors", "A reserve list needs a validity date (--valid-until "
                                                      "YYYY-MM-DD)."))
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            d = open_stage(s, reference, actor, "interview", fast=True)
            require_role(actor, "chair", action=translate("Errors", "record the final outcome"), has_members=True)
            require_ranking_visible(d, actor)
            email = (email or "").strip().lower()
            if email not in d.cand_ids:
                raise NotFound(translate("Errors", "{email} was not invited to the interview of "
                                                   "{reference}.").format(email=email, reference=reference))
            d.rules.best_n = None
            row = next(r for r in ranking_rows(d, compute(d)) if r.candidate == email)
            if outcome is not None and row.status != "invited":
                raise Refused(translate("Errors", "{email} did not pass the interview ({row}): they can be "
                                                  "neither recommended nor put on the reserve list.")
                                  .format(email=email, row=row.reason))
            before = _outcomes(s, d).get(email)
            recorded = OutcomeValue(outcome=outcome, valid_until=valid_until.isoformat() if valid_until else None)
            value = recorded.as_json()
            now = utcnow()
            dec = uow.add(new_decision(recorded, procedure_id=d.p.id, stage="interview",
                                       candidate_id=d.cand_ids[email], member_id=actor.member_id,
                                       decided_at=now, updated_by=actor.name, updated_at=now))
            uow.audit(d.p.id, "outcome.set", "candidate", email,
                      None if before is None else {k: before[k] for k in ("outcome", "valid_until")}, value, rows=[dec])
            return Changed.of(OutcomeRecorded(candidate=email, outcome=recorded.outcome, valid_until=recorded.valid_until,
                                              decided_at=iso_utc(now)), Change.SHORTLIST)
