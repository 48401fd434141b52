"""Bulk confirmation (issue 16): the secretary confirms, in one action and one transaction, every "met" or
"declared" suggestion that no person has decided yet — of the chosen applications or of all, of one criterion
or of all. Each check becomes a Decision by that person, at that time, with the reason "confirmed as
suggested", and an audit event of its own. A "not met" is never confirmed in bulk (each needs its own
reason); a "to verify" has nothing to confirm; a check a person decided (even "to verify") is left alone.

Written with a few bulk statements so that 1,000 candidates × 8 checks take one short transaction.
"""

from __future__ import annotations

from panel_app.domain import gates as rule
from panel_app.domain.errors import NotFound, UserFacingError
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc
from panel_app.store import gates as qg
from panel_app.store import intake_writes as qw
from panel_app.store import procedures as q
from panel_app.store import read_only, unit_of_work
from panel_app.store.audit_state import snapshot
from panel_app.store.clock import utcnow

from . import gates
from .actors import Actor, require_role
from .eligibility_info import BulkConfirmation
from .procedures import ProcedureService


def _suggested(snap: dict, code: str) -> str:
    sug = next((c for c in (snap or {}).get("checks") or [] if c.get("criterion") == code), None) or {}
    return sug.get("suggested") or "to_verify"


def _plan(s, p, application_ids: list[int] | None, criterion: str | None) -> tuple[list, list[str]]:
    codes = [c.code for c in q.criteria(s, p.id) if c.group == "eligibility"]
    if criterion is not None:
        crit = criterion.strip().upper()
        match = [c for c in codes if c.upper() == crit]
        if not match:
            raise NotFound(translate("Errors", "{criterion} is not an eligibility criterion of {reference}.")
                               .format(criterion=criterion, reference=p.reference),
                           hint=translate("Errors", "Use one of: {codes}.").format(codes=', '.join(codes)))
        codes = match
    apps = qg.active_applications(s, p.id, application_ids)
    if application_ids is not None:
        missing = sorted(set(application_ids) - {a.id for a in apps})
        if missing:
            raise NotFound(translate("Errors", "No active application {ids} in {reference}.")
                               .format(ids=', '.join(map(str, missing)), reference=p.reference),
                           hint=translate("Errors", "See the ids with: panel-app applications"))
    latest = qg.latest_values(s, p.id, None if application_ids is None else [a.id for a in apps])
    todo = []
    for a in apps:
        for code in codes:
            d = latest.get((a.id, code))
            suggested = _suggested(a.eligibility, code)
            if rule.may_confirm(suggested, d.value if d else None):
                todo.append((a, code, suggested))
    return todo, codes


def confirm_suggested(db, reference: str, actor: Actor, *, application_ids: list[int] | None = None,
                      criterion: str | None = None, dry_run: bool = False) -> BulkConfirmation:
    """How many checks of how many applications were (a dry run: would be) confirmed, per criterion; by whom,
    when; how many applications became eligible."""
    if application_ids is not None and not application_ids:
        raise UserFacingError(translate("Errors", "No candidate selected: select candidates, or confirm "
                                                  "for all of them."))
    if dry_run:
        with read_only(db) as s:
            p = ProcedureService._get(s, reference)
            _require(actor, s, p)
            todo, codes = _plan(s, p, application_ids, criterion)
        return _result(todo, codes, actor, None, 0, dry_run=True)
    with unit_of_work(db, actor.name) as uow:
        s = uow.session
        p = ProcedureService._get(s, reference)
        _require(actor, s, p)
        todo, codes = _plan(s, p, application_ids, criterion)
        now = utcnow()
        names = qg.preload_names(s, p.id)  # noqa: F841 - kept in the identity map for the snapshots
        decisions = qg.insert_decisions(s, [
            {"procedure_id": p.id, "kind": qg.ELIGIBILITY, "application_id": a.id, "candidate_id": a.candidate_id,
             "criterion_code": code, "stage": "eligibility", "value": suggested,
             "reason": rule.CONFIRMED_AS_SUGGESTED, "member_id": actor.member_id, "decided_at": now,
             "version": 1, "updated_by": actor.name, "updated_at": now} for a, code, suggested in todo])
        qw.insert_audit(s, [
            {"procedure_id": p.id, "actor": actor.name, "action": "eligibility.confirm", "entity": "application",
             "entity_id": str(a.id), "at": now,
             "before": {"criterion": code, "suggested": suggested, "value": None},
             "after": {"criterion": code, "value": suggested, "reason": rule.CONFIRMED_AS_SUGGESTED, "bulk": True,
                       "decision_id": d.id},
             "state": [snapshot(s, d)]}  # the audit replay finds each decision in the record
            for (a, code, suggested), d in zip(todo, decisions, strict=True)])
        touched = {a.id: a for a, _c, _v in todo}
        changed = gates.refresh(uow, p, sorted(touched), apps=list(touched.values())) if touched else {}
        entered = sum(1 for v in changed.values() if v == "eligible")
    return _result(todo, codes, actor, now, entered, dry_run=False)


def _require(actor: Actor, s, p) -> None:
    require_role(actor, "secretary", "chair", action=translate("Errors", "confirm eligibility suggestions"),
                 has_members=bool(q.members(s, p.id)))


def _result(todo: list, codes: list[str], actor: Actor, at, entered: int, *, dry_run: bool) -> BulkConfirmation:
    per_criterion: dict[str, int] = {}
    for _a, code, _v in todo:
        per_criterion[code] = per_criterion.get(code, 0) + 1
    return BulkConfirmation(checks=len(todo), applications=len({a.id for a, _c, _v in todo}), criteria=codes,
                            per_criterion=per_criterion, by=actor.name, at=iso_utc(at) if at else None,
                            reason=rule.CONFIRMED_AS_SUGGESTED, became_eligible=entered, dry_run=dry_run)
