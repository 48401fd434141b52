"""The shortlist: the rule in words, Art. 29 first, the invited, ties at the cut; freeze, sign-off, reasons.

Records (Decision kinds):
- "shortlist_freeze": value `ShortlistFreezeValue` (domain/decision_values.py: the invited e-mails, the
  ranking as frozen, the rule in words); reason = why it changed (required from the second freeze on). The
  latest freeze counts (`shortlist_state.frozen_shortlist`; `invited_ids` feeds the interview stage).
- "shortlist_signoff": value `ShortlistSignoffValue` (the freeze's decision id), member_id = the signer. Only
  the sign-offs of the latest freeze count, so a new freeze requires new sign-offs.
- "shortlist_reason": value = the chair's wording, reason = the generated reason (kept); the latest per
  candidate counts; an empty wording goes back to the generated one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from panel_app.domain.changes import Change, Changed
from panel_app.domain.decision_values import FrozenPlace, ShortlistFreezeValue, ShortlistSignoffValue
from panel_app.domain.errors import NotFound, Refused
from panel_app.domain.gates import HOLD_AFTER_FREEZE, HOLD_OUT_OF_SCOPE
from panel_app.domain.scoring import rule_text
from panel_app.domain.scoring.drift import MarkChange, Placed, drift_message, mark_lines, ranking_drift
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc, local_text
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import procedures as q
from panel_app.store.clock import utcnow
from panel_app.store.decisions import new_decision, values_of_kind
from panel_app.store.models import Decision
from panel_app.store.panel import decisions, marks_changed_since

from . import gates
from .actors import Actor, require_role
from .audit import require_intact
from .final_signoff import SignedOff, Signoff
from .gate_info import HeldApplication
from .json_record import JsonRecord
from .panel_data import open_stage, require_ranking_visible
from .panel_rank import RankingRow, ShortlistRow, compute, ranking_rows, shortlist_rows
from .shortlist_state import Freeze, frozen_shortlist, reopening

STAGE = "preselection"


@dataclass(frozen=True)
class ChangedMark:
    """A mark or a consensus mark saved after the freeze."""

    candidate: str  # e-mail
    criterion: str
    by: str
    at: str  # local time, in words


@dataclass(frozen=True)
class Reopened:
    """The chair's reopening of the frozen list, to admit an application received after the freeze."""

    reopened_at: str  # ISO UTC
    reopened_by: str | None
    reason: str | None
    application_id: int | None


@dataclass(frozen=True)
class Shortlist(JsonRecord):
    """The shortlist as the Shortlist page, the reports, the letters and `panel-app shortlist --json` read it."""

    rule: str  # the rule in words
    pass_mark: float
    best_n: int | None
    tie_break: list[str]
    ties_at_cut: list[str]  # e-mails
    article29: list[ShortlistRow]  # invited Article 29 candidates
    invited: list[ShortlistRow]  # the other invited
    others: list[ShortlistRow]  # not invited (or pending)
    not_invited_counts: dict[str, int]  # status -> count
    pending: int
    frozen: bool
    frozen_at: str | None  # ISO UTC
    frozen_by: str | None
    freeze_reason: str | None
    frozen_invited: list[str]  # e-mails
    changed_since_freeze: bool
    drift: list[str]  # what moved since the freeze: the sign-off is refused meanwhile
    marks_changed_since_freeze: list[ChangedMark]
    marks_changed_lines: list[str]
    signoffs: list[Signoff]
    reasons_edited: dict[str, str]  # e-mail -> the chair's wording
    signatures_missing: list[str]  # voting members who have not signed the latest freeze
    held_after_freeze: list[HeldApplication]  # received after the freeze, waiting for the chair (gates)
    out_of_scope: list[HeldApplication]
    reopened: Reopened | None
    eligibility_not_decided: list[str]

    @property
    def rows(self) -> list[ShortlistRow]:
        """Every row: Article 29 first, then the other invited, then the others."""
        return self.article29 + self.invited + self.others


@dataclass(frozen=True)
class ShortlistFrozen(JsonRecord):
    frozen_at: str  # ISO UTC
    invited: list[str]  # e-mails
    reason: str | None
    signoffs_cleared: int  # the sign-offs of the previous freeze, now void
    decision_id: int


@dataclass(frozen=True)
class ReasonEdited(JsonRecord):
    candidate: str  # e-mail
    reason: str  # the generated reason (kept)
    reason_edited: str | None  # the chair's wording (None: back to the generated one)


def _signoffs(s, p, freeze: Freeze | None) -> list[Signoff]:
    if not freeze:
        return []
    names: dict[int | None, str] = {m.id: m.name for m in q.members(s, p.id)}
    return [Signoff(names.get(d.member_id), iso_utc(d.decided_at))
            for d, signed in values_of_kind(s, p.id, ShortlistSignoffValue) if signed.freeze == freeze.decision_id]


def _edited_reasons(s, p, emails: dict[int | None, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for d in decisions(s, p.id, ["shortlist_reason"]):
        email = emails.get(d.candidate_id)
        if email is None:
            continue
        if d.value:
            out[email] = d.value
        else:
            out.pop(email, None)
    return out


def _placed(rows: list[RankingRow]) -> list[Placed]:
    return [Placed(r.candidate, r.rank, r.total, r.status or "") for r in rows]


def _frozen_places(places: list[FrozenPlace]) -> list[Placed]:
    return [Placed(r.candidate, r.rank, r.total, r.status or "") for r in places]


def drift(s, d, c, freeze: Freeze | None) -> tuple[list[str], list[MarkChange]]:
    """What moved in the live ranking since the freeze (domain/scoring/drift.py), and the marks and consensus
    marks saved after it; ([], []) when not frozen or nothing moved."""
    if not freeze:
        return [], []
    names = {r.key: r.name for r in c.ranking}
    lines = ranking_drift(_frozen_places(freeze.value.ranking), _placed(ranking_rows(d, c)), names)
    if not lines:
        return [], []
    tz = d.p.timezone
    marks = [MarkChange(email, code, who, local_text(at, tz, seconds=False))
             for who, email, code, at in marks_changed_since(s, d.p.id, STAGE, freeze.decided_at)]
    return lines, marks


class ShortlistMixin:
    db: Database

    def shortlist(self, reference: str, actor: Actor) -> Shortlist:
        with read_only(self.db) as s:
            d = open_stage(s, reference, actor, STAGE, fast=True)
            require_ranking_visible(d, actor)
            freeze = frozen_shortlist(s, d.p)
            signoffs = _signoffs(s, d.p, freeze)
            edited = _edited_reasons(s, d.p, {i: e for e, i in d.cand_ids.items()})
            c = compute(d)
            rows = shortlist_rows(d, c, actor.name)
            held = gates.held_rows(s, d.p)
            reopened = reopening(s, d.p) if freeze is None else None
            open_eligibility = [] if freeze else gates.undecided_for_freeze(
                s, d.p, {r.candidate for r in rows if r.status == "invited"} | set(c.ranking.ties_at_cut))
            moved, marks = drift(s, d, c, freeze)
        rows = [replace(r, reason_edited=edited.get(r.candidate) if not r.hidden else None) for r in rows]
        invited = [r for r in rows if r.status == "invited"]
        live = sorted(r.candidate for r in invited)
        signed = {x.member for x in signoffs}
        return Shortlist(
            rule=rule_text(d.criteria, d.rules), pass_mark=d.rules.pass_mark, best_n=d.rules.best_n,
            tie_break=list(d.rules.tie_break), ties_at_cut=list(c.ranking.ties_at_cut),
            article29=[r for r in invited if r.section == "article29"],
            invited=[r for r in invited if r.section != "article29"],
            others=[r for r in rows if r.status != "invited"],
            not_invited_counts=dict(Counter(r.status for r in rows if r.status != "invited")),
            pending=sum(1 for r in rows if r.status == "pending"),
            frozen=freeze is not None, frozen_at=iso_utc(freeze.decided_at) if freeze else None,
            frozen_by=freeze.decided_by if freeze else None,
            freeze_reason=freeze.reason if freeze else None,
            frozen_invited=sorted(freeze.invited) if freeze else [],
            changed_since_freeze=bool(moved) or (sorted(freeze.invited) != live if freeze else False),
            # what moved since the freeze, and the marks saved after it: the sign-off is refused meanwhile
            drift=moved,
            marks_changed_since_freeze=[ChangedMark(m.candidate, m.criterion, m.by, m.at_text) for m in marks],
            marks_changed_lines=mark_lines(marks),
            signoffs=signoffs, reasons_edited=edited,
            signatures_missing=[m for m in d.members if m not in signed] if freeze else list(d.members),
            # the gates (issue 16): applications received after the freeze, a reopening, eligibility still open
            held_after_freeze=[h for h in held if h.hold == HOLD_AFTER_FREEZE],
            out_of_scope=[h for h in held if h.hold == HOLD_OUT_OF_SCOPE],
            reopened=None if reopened is None else Reopened(
                reopened_at=iso_utc(reopened.decided_at), reopened_by=reopened.decided_by,
                reason=reopened.reason, application_id=reopened.application),
            eligibility_not_decided=open_eligibility,
        )

    def freeze(self, reference: str, actor: Actor, reason: str | None = None) -> Changed[ShortlistFrozen]:
        reason = (reason or "").strip()
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            require_intact(s, reference)
            d = open_stage(s, reference, actor, STAGE, fast=True)
            require_role(actor, "chair", action=translate("Errors", "freeze the shortlist"), has_members=True)
            require_ranking_visible(d, actor)
            c = compute(d)
            pending = [r for r in c.ranking if r.status == "pending"]
            if pending:
                raise Refused(translate("Errors", "{count} candidate(s) are still pending ({key}: "
                                                  "{reason}): the shortlist can be frozen once every "
                                                  "candidate has a final mark.")
                                  .format(count=len(pending), key=pending[0].key, reason=pending[0].reason))
            rows = ranking_rows(d, c)
            invited = [r.candidate for r in rows if r.status == "invited"]
            gates.require_no_application_waiting(s, d.p, translate("Errors", "freeze the shortlist"))
            gates.require_decided_for_freeze(s, d.p, set(invited) | set(c.ranking.ties_at_cut))
            before = frozen_shortlist(s, d.p)
            if before and not reason:
                raise Refused(translate("Errors", "The shortlist was already frozen at {before}: a change "
                                                  "needs a reason, and every member signs again.")
                                  .format(before=iso_utc(before.decided_at)))
            cleared = len(_signoffs(s, d.p, before))
            now = utcnow()
            body = ShortlistFreezeValue(invited=invited, rule=rule_text(d.criteria, d.rules), ranking=[
                FrozenPlace(r.candidate, r.rank, r.total, r.status, r.article29) for r in rows])
            dec = uow.add(new_decision(body, procedure_id=d.p.id, stage=STAGE, reason=reason or None,
                                       member_id=actor.member_id, decided_at=now, updated_by=actor.name,
                                       updated_at=now))
            uow.flush()
            uow.audit(d.p.id, "shortlist.freeze" if before is None else "shortlist.change", "procedure",
                      d.p.reference, None if before is None else {"invited": before.invited},
                      {"invited": invited, "reason": reason or None, "signoffs_cleared": cleared}, rows=[dec])
            return Changed.of(ShortlistFrozen(frozen_at=iso_utc(now), invited=invited, reason=reason or None,
                                              signoffs_cleared=cleared, decision_id=dec.id), Change.SHORTLIST)

    def sign(self, reference: str, actor: Actor) -> Changed[SignedOff]:
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            require_intact(s, reference)
            d = open_stage(s, reference, actor, STAGE, fast=True)
            if not actor.voting or actor.name not in d.members:
                raise Refused(translate("Errors", "{name} does not vote: only the voting members sign the "
                                                  "shortlist.").format(name=actor.name))
            freeze = frozen_shortlist(s, d.p)
            if freeze is None:
                raise Refused(translate("Errors", "The shortlist is not frozen yet: the chair freezes it "
                                                  "before the members sign."))
            gates.require_no_application_waiting(s, d.p, translate("Errors", "sign the shortlist"))
            if any(x.member == actor.name for x in _signoffs(s, d.p, freeze)):
                raise Refused(translate("Errors", "{name} already signed this version of the shortlist.")
                                  .format(name=actor.name))
            moved, marks = drift(s, d, compute(d), freeze)
            if moved:
                raise Refused(drift_message(moved, marks, local_text(freeze.decided_at, d.p.timezone,
                                                                     seconds=False) + f" ({d.p.timezone})"),
                              hint=translate("Errors", "Nothing was signed. The chair freezes the "
                                                       "shortlist again, with the reason for the change; "
                                                       "then every member signs the new list."))
            now = utcnow()
            dec = uow.add(new_decision(ShortlistSignoffValue(freeze=freeze.decision_id), procedure_id=d.p.id,
                                       stage=STAGE, member_id=actor.member_id, decided_at=now,
                                       updated_by=actor.name, updated_at=now))
            uow.audit(d.p.id, "shortlist.sign", "member", actor.name, None, {"freeze": freeze.decision_id},
                      rows=[dec])
            return Changed.of(SignedOff(member=actor.name, signed_at=iso_utc(now), freeze=freeze.decision_id),
                              Change.SHORTLIST)

    def edit_reason(self, reference: str, actor: Actor, email: str, text: str) -> Changed[ReasonEdited]:
        """The chair rewords a candidate's reason; the facts (status, marks) and the generated reason stay."""
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            d = open_stage(s, reference, actor, STAGE, fast=True)
            require_role(actor, "chair", action=translate("Errors", "edit the wording of a reason"), has_members=True)
            require_ranking_visible(d, actor)
            email = (email or "").strip().lower()
            if email not in d.cand_ids:
                raise NotFound(translate("Errors", "No candidate {email} on the shortlist of {reference}.")
                                   .format(email=email, reference=reference))
            generated = next(r.reason for r in compute(d).ranking if r.key == email)
            before = _edited_reasons(s, d.p, {i: e for e, i in d.cand_ids.items()}).get(email)
            text = (text or "").strip()
            now = utcnow()
            dec = uow.add(Decision(procedure_id=d.p.id, kind="shortlist_reason", stage=STAGE, candidate_id=d.cand_ids[email],
                             value=text or None, reason=generated, member_id=actor.member_id, decided_at=now,
                             updated_by=actor.name, updated_at=now))
            uow.audit(d.p.id, "shortlist.reason", "candidate", email, {"wording": before},
                      {"wording": text or None, "generated": generated}, rows=[dec])
            return Changed.of(ReasonEdited(candidate=email, reason=generated, reason_edited=text or None),
                              Change.SHORTLIST)
