"""The gates (issue 16): who enters the scoring queues, the freeze's eligibility check, and the applications
received after the freeze. The rules are in domain/gates.py; this module applies them in the caller's
transaction and audits every change a user would want explained.

- `refresh` keeps Application.eligibility_decided in step with the decisions in force and records
  "scoring.queue" audit events when a candidate enters or leaves the queues (with the reason).
- `undecided_for_freeze` lists by name the candidates the freeze needs decided and that are not.
- `GateService`: the procedure's scoring gate (fixed once the first mark is given), the held applications,
  and the chair's decision on each (admit: the shortlist is reopened, its sign-offs voided; or out of scope).
"""

from __future__ import annotations

from dataclasses import dataclass

from panel_app.domain import gates as rule
from panel_app.domain.changes import Change, Changed
from panel_app.domain.decision_values import ReopenValue
from panel_app.domain.errors import NotFound, Refused, UserFacingError
from panel_app.domain.texts import translate, unstored
from panel_app.domain.times import iso_utc, local_text
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import gates as qg
from panel_app.store.applications import candidate_map
from panel_app.store.clock import utcnow
from panel_app.store.decisions import new_decision
from panel_app.store.intake_writes import insert_audit
from panel_app.store.models import Decision

from .actors import Actor, require_role
from .gate_info import Admitted, HeldApplication, OutOfScope
from .json_record import JsonRecord
from .procedures import ProcedureService
from .shortlist_state import frozen_shortlist


def display_name(cand, application) -> str:
    """Surname, first name; else the e-mail; else the application's source (a loose PDF)."""
    if cand is not None:
        name = ", ".join(v for v in (cand.surname, cand.first_name) if v)
        return name or cand.email
    return f"application {application.id} ({application.source})"


def refresh(uow, p, application_ids: list[int] | None = None, apps: list | None = None
            ) -> dict[int, str | None]:
    """Recompute the decided outcome of these applications (all active ones: None; or the loaded `apps`),
    audit queue changes."""
    s = uow.session
    if apps is None:
        apps = qg.active_applications(s, p.id, application_ids)
    if not apps:
        return {}
    codes = qg.eligibility_codes(s, p.id)
    latest = qg.latest_values(s, p.id, None if application_ids is None else [a.id for a in apps])
    changed: dict[int, str | None] = {}
    events: list[dict] = []
    for a in apps:
        values = [d.value if (d := latest.get((a.id, c))) else None for c in codes]
        outcome = rule.decided_outcome(values)
        if outcome == a.eligibility_decided:
            continue
        was = rule.in_queue(p.scoring_gate, active=True, excluded=a.excluded, hold=a.intake_hold,
                            decided=a.eligibility_decided)
        now = rule.in_queue(p.scoring_gate, active=True, excluded=a.excluded, hold=a.intake_hold, decided=outcome)
        changed[a.id] = outcome
        if was != now and a.candidate_id is not None:
            not_met = [f"{c}: {unstored(d.reason) or 'not met'}" for c in codes
                       if (d := latest.get((a.id, c))) is not None and d.value == "not_met"]
            why = rule.why_not_in_queue(p.scoring_gate, excluded=a.excluded, exclusion_reason=a.exclusion_reason,
                                        hold=a.intake_hold, decided=outcome, not_met=not_met)
            events.append({"procedure_id": p.id, "actor": uow.actor, "at": utcnow(),
                           "action": "scoring.enter" if now else "scoring.leave", "entity": "application",
                           "entity_id": str(a.id), "before": {"in_queue": was, "decided": a.eligibility_decided},
                           "after": {"in_queue": now, "decided": outcome, "reason": why or "decided eligible"}})
    insert_audit(s, events)  # one statement, in the caller's transaction
    qg.set_decided(s, changed)
    for a in apps:
        if a.id in changed:
            a.eligibility_decided = changed[a.id]
    return changed


def require_in_queue(s, p, cand) -> None:
    """Refused, with the reason in words, when the candidate is not in the scoring queues (preselection)."""
    if qg.in_queue(s, p.id, cand.id):
        return
    from panel_app.store import scoring as qs

    a = qs.active_application(s, cand.id)
    if a is None:
        raise Refused(translate("Errors", "{email} has no application that counts: not in the scoring "
                                          "queue.").format(email=cand.email))
    not_met: list[str] = []
    if a.eligibility_decided == "not_eligible":
        latest = qg.latest_values(s, p.id, [a.id])
        not_met = [translate("Words", "{code}: {reason}").format(code=code, reason=unstored(d.reason) or translate("Words", "not met"))
                   for (_aid, code), d in latest.items() if d.value == "not_met"]
    why = rule.why_not_in_queue(p.scoring_gate, excluded=a.excluded, exclusion_reason=a.exclusion_reason,
                                hold=a.intake_hold, decided=a.eligibility_decided, not_met=not_met)
    raise Refused(translate("Errors", "{email} is not in the scoring queue: {value}.")
                      .format(email=cand.email, value=why or translate("Errors", "not admitted to scoring")))


def undecided_for_freeze(s, p, emails: set[str]) -> list[str]:
    """Names of the candidates among `emails` (those the freeze would invite, tied at the cut) and of every
    Article 29 candidate (recorded or suggested, not excluded) whose eligibility is not decided by a person:
    a check still open, and no check decided "not met"."""
    cands = candidate_map(s, p.id)
    by_email = {c.email: c for c in cands.values()}
    wanted = {by_email[e].id for e in emails if e in by_email}
    apps = [a for a in qg.active_applications(s, p.id) if a.intake_hold is None and (
        a.candidate_id in wanted or (not a.excluded and (a.article29 or (a.eligibility or {}).get("article29"))))]
    if not apps:
        return []
    codes = qg.eligibility_codes(s, p.id)
    latest = qg.latest_values(s, p.id, [a.id for a in apps])
    out = []
    for a in apps:
        values = {c: d.value if (d := latest.get((a.id, c))) else None for c in codes}
        if rule.decided_outcome(values.values()) is not None:
            continue  # decided eligible, or decided not eligible on a check (the others need not be decided)
        open_checks = [c for c, v in values.items() if not rule.is_decided(v)]
        if open_checks:
            out.append(f"{display_name(cands.get(a.candidate_id), a)} ({', '.join(open_checks)})")
    return sorted(out)


def require_decided_for_freeze(s, p, emails: set[str]) -> None:
    missing = undecided_for_freeze(s, p, emails)
    if missing:
        raise Refused(translate("Errors", "The shortlist cannot be frozen: eligibility is not decided by a "
                                          "person for {count} candidate(s) it would invite, tied at the "
                                          "cut or with Article 29 priority: {missing}.")
                          .format(count=len(missing), missing='; '.join(missing)),
                      hint=translate("Errors", "Decide their checks on the Eligibility page (or panel-app "
                                               "eligibility decide), then freeze."))


def require_no_application_waiting(s, p, action: str) -> None:
    waiting = [h for h in held_rows(s, p) if h.hold == rule.HOLD_AFTER_FREEZE]
    if waiting:
        names = "; ".join(f"{h.candidate} (application {h.application_id})" for h in waiting)
        raise Refused(translate("Errors", "Cannot {action}: {count} application(s) received after the "
                                          "shortlist was frozen wait for the chair's decision: {names}.")
                          .format(action=action, count=len(waiting), names=names),
                      hint=translate("Errors", "The chair admits each (the shortlist is reopened) or "
                                               "records it as out of scope, with a reason."))


def held_rows(s, p) -> list[HeldApplication]:
    """The applications received after the freeze and still waiting for the chair, and those recorded
    out of scope (with the chair's reason)."""
    decided = qg.hold_decisions(s, p.id)
    out = []
    for a, c in qg.held(s, p.id):
        d = decided.get(a.id)
        out.append(HeldApplication(
            application_id=a.id, candidate=display_name(c, a), email=c.email if c else None, source=a.source,
            received_utc=iso_utc(a.received_utc), received_local=local_text(a.received_utc, p.timezone),
            imported_utc=iso_utc(a.imported_at), hold=a.intake_hold,
            status=rule.HOLD_TEXT.get(a.intake_hold or "", a.intake_hold),
            reason=d.reason if d and a.intake_hold == rule.HOLD_OUT_OF_SCOPE else None,
            decided_by=d.updated_by if d and a.intake_hold == rule.HOLD_OUT_OF_SCOPE else None))
    return out


@dataclass(frozen=True)
class GateMode(JsonRecord):
    """The scoring gate of a procedure: its mode, in words, and whether the first mark has fixed it."""

    mode: str
    text: str
    fixed: bool


class GateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---------------------------------------------------------------- the scoring gate
    def mode(self, reference: str) -> GateMode:
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            return GateMode(p.scoring_gate, rule.MODE_TEXT[p.scoring_gate], qg.has_marks(s, p.id))

    def set_mode(self, reference: str, mode: str, actor: Actor) -> Changed[GateMode]:
        """The scoring gate (fixed once the first mark is given); the same mode again changes nothing."""
        mode = rule.check_mode(mode)
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p = ProcedureService._get(s, reference)
            require_role(actor, "chair", "secretary", action=translate("Errors", "set the scoring gate"),
                         has_members=bool(p.id and _has_members(s, p.id)))
            if p.scoring_gate == mode:
                return Changed(GateMode(mode, rule.MODE_TEXT[mode], fixed=False), frozenset())
            if qg.has_marks(s, p.id):
                raise Refused(translate("Errors", "Scoring has started in {reference}: the scoring gate "
                                                  "({mode_text}) is fixed once the first mark is given.")
                                  .format(reference=reference, mode_text=rule.MODE_TEXT[p.scoring_gate]))
            before = p.scoring_gate
            p.scoring_gate = mode
            uow.touch(p)
            uow.audit(p.id, "procedure.scoring_gate", "procedure", p.reference, {"mode": before}, {"mode": mode})
        return Changed.of(GateMode(mode, rule.MODE_TEXT[mode], fixed=False), Change.GATE)

    # ---------------------------------------------------------------- applications received after the freeze
    def held(self, reference: str) -> list[HeldApplication]:
        with read_only(self.db) as s:
            return held_rows(s, ProcedureService._get(s, reference))

    def admit(self, reference: str, application_id: int, reason: str, actor: Actor) -> Changed[Admitted]:
        """Admit an application received after the freeze: the shortlist is reopened (its sign-offs void)."""
        reason = _reason(reason, translate("Errors", "Admitting an application received after the freeze reopens the "
                                                     "shortlist"))
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p, a = self._held(uow, reference, application_id, actor)
            freeze = frozen_shortlist(s, p)
            now = utcnow()
            reopened = None
            if freeze is not None:
                d = uow.add(new_decision(ReopenValue(freeze=freeze.decision_id, application=a.id),
                                         procedure_id=p.id, stage="preselection", application_id=a.id,
                                         reason=reason, member_id=actor.member_id, decided_at=now,
                                         updated_by=actor.name, updated_at=now))
                uow.flush()
                reopened = d.id
                uow.audit(p.id, "shortlist.reopen", "procedure", p.reference,
                          {"frozen_at": iso_utc(freeze.decided_at), "invited": freeze.invited},
                          {"reason": reason, "application": a.id, "signoffs_void": True}, rows=[d])
            self._decide_hold(uow, p, a, None, reason, actor, now)
            return Changed.of(Admitted(application_id=a.id, admitted=True, reason=reason,
                                       shortlist_reopened=bool(reopened), signoffs_voided=bool(reopened)),
                              Change.APPLICATIONS, Change.SHORTLIST)

    def out_of_scope(self, reference: str, application_id: int, reason: str, actor: Actor) -> Changed[OutOfScope]:
        """Record an application received after the freeze as out of scope: it never enters a queue."""
        reason = _reason(reason, translate("Errors", "Recording an application as out of scope"))
        with unit_of_work(self.db, actor.name) as uow:
            p, a = self._held(uow, reference, application_id, actor)
            self._decide_hold(uow, p, a, rule.HOLD_OUT_OF_SCOPE, reason, actor, utcnow())
            return Changed.of(OutOfScope(application_id=a.id, admitted=False, out_of_scope=True, reason=reason),
                              Change.APPLICATIONS, Change.SHORTLIST)

    @staticmethod
    def _decide_hold(uow, p, a, hold: str | None, reason: str, actor: Actor, now) -> None:
        before = a.intake_hold
        a.intake_hold = hold
        uow.touch(a)
        d = uow.add(Decision(procedure_id=p.id, kind=qg.HOLD_DECISION, application_id=a.id,
                             candidate_id=a.candidate_id, stage="preselection",
                             value="admitted" if hold is None else hold, reason=reason, member_id=actor.member_id,
                             decided_at=now, updated_by=actor.name, updated_at=now))
        uow.flush()
        uow.audit(p.id, "application.admit_after_freeze" if hold is None else "application.out_of_scope",
                  "application", a.id, {"hold": before}, {"hold": hold, "reason": reason}, rows=[d, a])

    @staticmethod
    def _held(uow, reference: str, application_id: int, actor: Actor):
        from panel_app.store import applications as qa

        s = uow.session
        p = ProcedureService._get(s, reference)
        require_role(actor, "chair", action=translate("Errors", "decide on an application received after the freeze"), has_members=True)
        a = qa.by_id(s, p.id, application_id)
        if a is None:
            raise NotFound(translate("Errors", "No application {application_id} in {reference}.")
                               .format(application_id=application_id, reference=reference))
        if a.intake_hold != rule.HOLD_AFTER_FREEZE:
            not_held = translate("Words", "not held")
            state = rule.HOLD_TEXT.get(a.intake_hold, not_held) if a.intake_hold else not_held
            raise Refused(translate("Errors", "Application {application_id} is not waiting for a decision "
                                              "({state}).").format(application_id=application_id, state=state))
        return p, a


def _reason(reason: str | None, what: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise UserFacingError(translate("Errors", "{what}: give the reason in words.").format(what=what))
    return reason


def _has_members(s, procedure_id: int) -> bool:
    from panel_app.store import procedures as q

    return bool(q.members(s, procedure_id))
