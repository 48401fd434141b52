"""The interview stage's own freeze and sign-offs: the final ranking and the outcome, as the panel signs them.

Each stage has its own freeze, its own sign-offs and its own signature block: the preselection's are the
shortlist's (`panel_shortlist`); these are the interview's. A report never shows a signature that predates
what it covers, so a sign-off counts only for the latest final freeze, and only while the final ranking and
the outcomes still match what was frozen.

Records (Decision kinds, stage "interview"):
- "final_freeze": value `FinalFreezeValue` (domain/decision_values.py: per candidate the rank, total, status,
  outcome and validity), reason = why it changed (required from the second freeze on);
- "final_signoff": value `FinalSignoffValue` (the final_freeze decision id), member_id = the signer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from panel_app.domain.changes import Change, Changed
from panel_app.domain.decision_values import FinalFreezeValue, FinalPlace, FinalSignoffValue
from panel_app.domain.errors import Refused
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import procedures as q
from panel_app.store.clock import utcnow
from panel_app.store.decisions import decisions_of_kind, new_decision, value_of, values_of_kind

from .actors import Actor, require_role
from .json_record import JsonRecord
from .panel_data import open_stage
from .panel_final import FinalRanking, FinalRow


@dataclass(frozen=True)
class FinalFreeze:
    """The latest freeze of the final ranking, as recorded."""

    value: FinalFreezeValue
    decision_id: int
    decided_at: datetime
    decided_by: str | None
    reason: str | None


@dataclass(frozen=True)
class Signoff:
    member: str | None
    signed_at: str  # ISO UTC


@dataclass(frozen=True)
class SignedOff(JsonRecord):
    """A member's sign-off of the frozen shortlist or final ranking (what `sign`/`final_sign` return)."""

    member: str
    signed_at: str  # ISO UTC
    freeze: int  # the freeze's decision id


@dataclass(frozen=True)
class FinalFrozen(JsonRecord):
    frozen_at: str  # ISO UTC
    decision_id: int
    reason: str | None


@dataclass(frozen=True)
class FinalRecord:
    """The interview stage's freeze and sign-offs as the Shortlist page and the minutes show them."""

    frozen: bool
    frozen_at: str | None  # ISO UTC
    frozen_by: str | None
    reason: str | None  # why the frozen ranking was changed (from the second freeze on)
    signoffs: list[Signoff]  # none while the ranking or an outcome changed since the freeze
    changed_since_freeze: bool
    members: list[str]  # the voting members, who sign


def _snapshot(rows: list[FinalRow]) -> list[FinalPlace]:
    return [FinalPlace(r.candidate, r.rank, r.total, r.status, r.outcome, r.valid_until) for r in rows]


def _latest_freeze(s, p) -> FinalFreeze | None:
    freezes = decisions_of_kind(s, p.id, FinalFreezeValue.KIND)
    if not freezes:
        return None
    d = freezes[-1]
    return FinalFreeze(value=value_of(d, FinalFreezeValue), decision_id=d.id, decided_at=d.decided_at,
                       decided_by=d.updated_by, reason=d.reason)


def _signoffs(s, p, freeze: FinalFreeze | None) -> list[Signoff]:
    if not freeze:
        return []
    names: dict[int | None, str] = {m.id: m.name for m in q.members(s, p.id)}
    return [Signoff(names.get(d.member_id), iso_utc(d.decided_at))
            for d, signed in values_of_kind(s, p.id, FinalSignoffValue) if signed.freeze == freeze.decision_id]


class FinalSignoffMixin:
    db: Database
    final_ranking: Callable[[str, Actor], FinalRanking]  # FinalMixin's

    def final_record(self, reference: str, actor: Actor) -> FinalRecord:
        """The final ranking's freeze and sign-offs, and whether it changed since."""
        with read_only(self.db) as s:
            d = open_stage(s, reference, actor, "interview", fast=True)
            freeze = _latest_freeze(s, d.p)
            signoffs = _signoffs(s, d.p, freeze)
            members = list(d.members)
        changed = False
        if freeze is not None:
            live = _snapshot(self.final_ranking(reference, actor).rows)
            changed = live != freeze.value.rows
        return FinalRecord(frozen=freeze is not None, frozen_at=iso_utc(freeze.decided_at) if freeze else None,
                           frozen_by=freeze.decided_by if freeze else None, reason=freeze.reason if freeze else None,
                           signoffs=[] if changed else signoffs, changed_since_freeze=changed, members=members)

    def final_freeze(self, reference: str, actor: Actor, reason: str | None = None) -> Changed[FinalFrozen]:
        """The chair freezes the final ranking and the outcome; every voting member then signs it."""
        reason = (reason or "").strip()
        rows = self.final_ranking(reference, actor).rows  # visibility checked there
        pending = [r for r in rows if r.status == "pending"]
        if pending:
            raise Refused(translate("Errors", "{count} interview assessment(s) are still pending "
                                              "({pending}): the final ranking can be frozen once every "
                                              "invited candidate has a final mark.")
                              .format(count=len(pending), pending=pending[0].candidate))
        if not any(r.outcome for r in rows):
            raise Refused(translate("Errors", "No outcome is recorded yet: record the recommended "
                                              "candidates (and the reserve list) before freezing the final "
                                              "ranking."))
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            d = open_stage(s, reference, actor, "interview", fast=True)
            require_role(actor, "chair", action=translate("Errors", "freeze the final ranking"), has_members=True)
            before = _latest_freeze(s, d.p)
            if before and not reason:
                raise Refused(translate("Errors", "The final ranking was already frozen at {before}: a "
                                                  "change needs a reason, and every member signs again.")
                                  .format(before=iso_utc(before.decided_at)))
            now = utcnow()
            frozen = FinalFreezeValue(rows=_snapshot(rows))
            body = frozen.as_json()
            dec = uow.add(new_decision(frozen, procedure_id=d.p.id, stage="interview", reason=reason or None,
                                       member_id=actor.member_id, decided_at=now, updated_by=actor.name,
                                       updated_at=now))
            uow.flush()
            uow.audit(d.p.id, "final.freeze" if before is None else "final.change", "procedure", d.p.reference,
                      None if before is None else {"rows": before.value.as_json()["rows"]}, {**body, "reason": reason or None},
                      rows=[dec])
            return Changed.of(FinalFrozen(frozen_at=iso_utc(now), decision_id=dec.id, reason=reason or None),
                              Change.SHORTLIST)

    def final_sign(self, reference: str, actor: Actor) -> Changed[SignedOff]:
        rec = self.final_record(reference, actor)
        if not rec.frozen:
            raise Refused(translate("Errors", "The final ranking is not frozen yet: the chair freezes it "
                                              "before the members sign."))
        if rec.changed_since_freeze:
            raise Refused(translate("Errors", "The final ranking or an outcome changed after the freeze: "
                                              "the chair freezes it again (with a reason) before anyone "
                                              "signs."))
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            d = open_stage(s, reference, actor, "interview", fast=True)
            if not actor.voting or actor.name not in d.members:
                raise Refused(translate("Errors", "{name} does not vote: only the voting members sign the "
                                                  "final ranking.").format(name=actor.name))
            freeze = _latest_freeze(s, d.p)
            assert freeze is not None
            if any(x.member == actor.name for x in _signoffs(s, d.p, freeze)):
                raise Refused(translate("Errors", "{name} already signed this version of the final ranking.")
                                  .format(name=actor.name))
            now = utcnow()
            dec = uow.add(new_decision(FinalSignoffValue(freeze=freeze.decision_id), procedure_id=d.p.id,
                                       stage="interview", member_id=actor.member_id, decided_at=now,
                                       updated_by=actor.name, updated_at=now))
            uow.audit(d.p.id, "final.sign", "member", actor.name, None, {"freeze": freeze.decision_id}, rows=[dec])
            return Changed.of(SignedOff(member=actor.name, signed_at=iso_utc(now), freeze=freeze.decision_id),
                              Change.SHORTLIST)
