"""The eligibility check: the matrix of suggestions and decisions, decisions with reasons, Art. 29, exclusion.

The suggestions were computed at import (Application.eligibility, see domain/eligibility/snapshot.py); the panel
decides. A decision is a Decision row (kind "eligibility"); the latest one (highest id) for an
application and criterion is in force, earlier ones stay as history. Every change is audited.
"""

from __future__ import annotations

from datetime import UTC, datetime

from panel_app.domain import gates as gate_rule
from panel_app.domain.changes import Change, Changed
from panel_app.domain.eligibility import ARTICLE29_CATEGORIES, SUGGESTIONS, overall
from panel_app.domain.errors import NotFound, Refused, StaleEdit, UserFacingError
from panel_app.domain.texts import Text, from_json, stored, translate, unstored
from panel_app.domain.times import local_text
from panel_app.store import applications as qa
from panel_app.store import eligibility as qe
from panel_app.store import procedures as q
from panel_app.store import read_only, unit_of_work
from panel_app.store.clock import utcnow
from panel_app.store.models import Decision

from . import gates
from .actors import Actor
from .applications import ApplicationService
from .eligibility_info import (
    BulkConfirmation,
    CandidateName,
    EligibilityCheck,
    EligibilityCounts,
    EligibilityCriterion,
    EligibilityOverview,
    EligibilityRow,
    SuggestedFacts,
)
from .procedures import ProcedureService

UNCHECKED = object()
ADDED_LATER = translate("Eligibility", "no suggestion (criterion added after the import): check by hand")


def _stored(saved: dict, key: str):
    """A reason kept in the snapshot: its template when the snapshot has one (shown in the interface's
    language), else the English as stored."""
    if f"{key}_text" not in saved:
        return saved.get(key)
    kept = saved[f"{key}_text"]
    text = [from_json(x) for x in kept] if isinstance(kept, list) else from_json(kept)
    english = [str(x) for x in text] if isinstance(text, list) else str(text)
    return text if english == saved.get(key) else saved.get(key)  # a template that no longer says the same: stale


def _decided(reason: str | None) -> str | None:
    """A decision's reason as stored: a person's reason as typed; a confirmed suggestion's reason (kept as its
    Text's JSON) and the bulk confirmation's fixed words in the reader's language."""
    reason = unstored(reason)
    return gate_rule.CONFIRMED_AS_SUGGESTED if reason == gate_rule.CONFIRMED_AS_SUGGESTED else reason


def _english(reason: str | None) -> str | None:
    """A decision's reason as the audit trail records it: its English (an older row's text unchanged)."""
    return None if reason is None else str(unstored(reason))


def iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.astimezone(UTC).isoformat()


def _criteria(s, procedure_id: int) -> list:
    return [c for c in q.criteria(s, procedure_id) if c.group == "eligibility"]


def _check(code: str, snap: dict, d: Decision | None) -> EligibilityCheck:
    sug = next((c for c in snap.get("checks") or [] if c.get("criterion") == code), None) or {}
    return EligibilityCheck(
        criterion=code, suggested=sug.get("suggested") or "to_verify", decided=d.value if d else None,
        evidence=sug.get("evidence") or "", page=sug.get("page"),
        reason=(_decided(d.reason) if d else None) or (_stored(sug, "reason") if sug else ADDED_LATER),
        decided_by=d.updated_by if d else None, decided_at=iso(d.decided_at) if d else None)


def _row(a, cand, codes: list[str], decided: dict) -> EligibilityRow:
    snap = a.eligibility or {}
    checks = [_check(code, snap, decided.get((a.id, code))) for code in codes]
    return EligibilityRow(
        id=a.id, source=a.source,
        candidate=CandidateName(surname=cand.surname if cand else None,
                                first_name=cand.first_name if cand else None, email=cand.email if cand else None),
        suggested=SuggestedFacts(nationalities=list(snap.get("nationalities") or []),
                                 diploma_years=snap.get("diploma_years"),
                                 languages=list(snap.get("languages") or []), article29=snap.get("article29")),
        checks=checks,
        overall=overall([c.outcome for c in checks]),
        excluded=bool(a.excluded), exclusion_reason=a.exclusion_reason,
        article29=a.article29, article29_evidence=a.article29_evidence,
        warnings=list(_stored(snap, "warnings") or []),
    )


def _to_verify(row: EligibilityRow) -> bool:
    return any(c.outcome == "to_verify" for c in row.checks)


class EligibilityService:
    def __init__(self, db, applications: ApplicationService | None = None):
        self.db = db
        self.applications = applications or ApplicationService(db)

    # ------------------------------------------------------------------------------------------ reading
    def matrix(self, reference: str, *, only_to_verify: bool = False) -> list[EligibilityRow]:
        """One row per active application. only_to_verify: rows with a check still to verify."""
        return self.overview(reference, only_to_verify=only_to_verify).rows

    def overview(self, reference: str, *, only_to_verify: bool = False) -> EligibilityOverview:
        """The criteria, the matrix, the counts and the procedure's zone: one read."""
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            crits = _criteria(s, p.id)
            apps, rows = self._rows(s, p.id, [c.code for c in crits])
            counts, tz = _counts(apps, rows), p.timezone
        if only_to_verify:
            rows = [r for r in rows if _to_verify(r)]
        return EligibilityOverview(
            criteria=[EligibilityCriterion(code=c.code, title=c.title, declared=c.declared) for c in crits],
            rows=rows, counts=counts, timezone=tz)

    def counts(self, reference: str) -> EligibilityCounts:
        """received = active applications (one per candidate); on_time = of those, received before the
        deadline; eligible + not_eligible + to_verify + excluded = received (excluded ones counted only there)."""
        return self.overview(reference).counts

    def row(self, reference: str, application_id: int) -> EligibilityRow:
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            _, rows = self._rows(s, p.id, [c.code for c in _criteria(s, p.id)], application_id)
        if not rows:
            raise NotFound(translate("Errors", "Application {application_id} is not an active application "
                                               "of {reference}.")
                               .format(application_id=application_id, reference=reference))
        return rows[0]

    def application_of(self, reference: str, email_or_id: str) -> int:
        """The active application of a candidate given by e-mail address or by application id (the stable
        number `panel-app applications` shows; a loose PDF with no e-mail has one too)."""
        from .application_ids import resolve

        return resolve(self.db, reference, email_or_id).application_id

    @staticmethod
    def _rows(s, procedure_id: int, codes: list[str], only_id: int | None = None
              ) -> tuple[list, list[EligibilityRow]]:
        apps = [a for a in qe.active_applications(s, procedure_id) if only_id is None or a.id == only_id]
        cands = qa.candidate_map(s, procedure_id)
        decided = qe.latest_by_cell(qe.decisions(s, procedure_id, only_id))
        return apps, [_row(a, cands.get(a.candidate_id), codes, decided) for a in apps]

    # ------------------------------------------------------------------------------------------ deciding
    def decide(self, reference: str, application_id: int, criterion: str, value: str, reason: str | None,
               actor: Actor, *, seen_decided_at: str | None | object = UNCHECKED) -> Changed[EligibilityRow]:
        """Record the panel's outcome for one cell. A reason is required for not_met and for any override.

        seen_decided_at: the cell's decided_at as the user saw it; a newer decision is refused (StaleEdit).
        """
        text = reason if isinstance(reason, Text) else None  # a suggestion's reason, confirmed: kept translatable
        reason = (reason or "").strip() or None
        if value not in SUGGESTIONS:
            raise UserFacingError(translate("Errors", "'{value}' is not an eligibility outcome for "
                                                      "{criterion}.").format(value=value, criterion=criterion),
                                  hint=translate("Errors", "Use met, not_met, to_verify or declared."))
        with unit_of_work(self.db, actor.name) as uow:
            p, a = self._app(uow, reference, application_id, actor, translate("Errors", "decide on eligibility"))
            crit = next((c for c in _criteria(uow.session, p.id) if c.code == criterion), None)
            if crit is None:
                raise NotFound(translate("Errors", "{criterion} is not an eligibility criterion of "
                                                   "{reference}.")
                                   .format(criterion=criterion, reference=reference))
            if crit.declared and value == "met":
                raise UserFacingError(translate("Errors", "{criterion} is declared at this stage and "
                                                          "verified at recruitment.")
                                          .format(criterion=criterion),
                                      hint=translate("Errors", "Record it as 'declared', not 'met'."))
            if not crit.declared and value == "declared":
                raise UserFacingError(translate("Errors", "{criterion} is checked on the documents; it "
                                                          "cannot be 'declared'.").format(criterion=criterion))
            prev = qe.latest_by_cell(qe.decisions(uow.session, p.id, a.id)).get((a.id, criterion))
            if seen_decided_at is not UNCHECKED and (iso(prev.decided_at) if prev else None) != seen_decided_at:
                raise StaleEdit(translate("Errors", "{criterion} of this candidate").format(criterion=criterion), prev.updated_by if prev else None,
                                local_text(prev.decided_at, p.timezone) if prev else None)
            suggested = _check(criterion, a.eligibility or {}, None).suggested
            if reason is None and value == "not_met":
                raise UserFacingError(translate("Errors", "{criterion}: a 'not met' needs a reason in "
                                                          "words.").format(criterion=criterion))
            if reason is None and value != suggested:
                raise UserFacingError(translate("Errors", "{criterion}: the suggestion was '{suggested}'; "
                                                          "overriding it with '{value}' needs a reason in "
                                                          "words.")
                                          .format(criterion=criterion, suggested=suggested, value=value))
            d = uow.add(Decision(procedure_id=p.id, kind=qe.KIND, application_id=a.id, candidate_id=a.candidate_id,
                                 criterion_code=criterion, stage="eligibility", value=value,
                                 reason=stored(text if text is not None and text == reason else reason),
                                 member_id=actor.member_id, decided_at=utcnow()))
            uow.touch(d)
            uow.flush()
            uow.audit(p.id, "eligibility.decide", "application", a.id,
                      {"criterion": criterion, "suggested": suggested, "value": prev.value if prev else None,
                       "reason": _english(prev.reason) if prev else None},
                      {"criterion": criterion, "value": value, "reason": reason, "decision_id": d.id}, rows=[d])
            gates.refresh(uow, p, [a.id])  # the scoring queues follow the decided outcome (issue 16)
        return Changed.of(self.row(reference, application_id), Change.ELIGIBILITY)

    def confirm_suggested(self, reference: str, actor: Actor, *, application_ids: list[int] | None = None,
                          criterion: str | None = None, dry_run: bool = False) -> Changed[BulkConfirmation]:
        """Confirm in one transaction every "met"/"declared" suggestion no person has decided yet (of these
        applications, or all; of one criterion, or all). See services/eligibility_bulk.py. A dry run, or nothing
        left to confirm, changes nothing."""
        from .eligibility_bulk import confirm_suggested

        out = confirm_suggested(self.db, reference, actor, application_ids=application_ids, criterion=criterion,
                                dry_run=dry_run)
        return Changed(out, frozenset() if dry_run or not out.checks else frozenset({Change.ELIGIBILITY}))

    def set_article29(self, reference: str, application_id: int, category: str | None, evidence: str | None,
                      actor: Actor) -> Changed[EligibilityRow]:
        """Record the Article 29 priority category (official / other_institution / laureate) or none."""
        category = None if category in (None, "", "none") else category
        evidence = (evidence or "").strip() or None
        if category is not None and category not in ARTICLE29_CATEGORIES:
            raise UserFacingError(translate("Errors", "'{category}' is not an Article 29 category.")
                                      .format(category=category),
                                  hint=translate("Errors", "Use official, other_institution, laureate or "
                                                           "none."))
        if category is not None and evidence is None:
            raise UserFacingError(translate("Errors", "Article 29: say what shows the category (e.g. the "
                                                      "form's Article 29 field, a staff number, the "
                                                      "reserve list)."))
        with unit_of_work(self.db, actor.name) as uow:
            p, a = self._app(uow, reference, application_id, actor, translate("Errors", "record the Article 29 category"))
            before = {"article29": a.article29, "evidence": a.article29_evidence}
            a.article29, a.article29_evidence = category, evidence
            uow.touch(a)
            uow.audit(p.id, "eligibility.article29", "application", a.id, before,
                      {"article29": category, "evidence": evidence})
        return Changed.of(self.row(reference, application_id), Change.ELIGIBILITY)

    def exclude(self, reference: str, application_id: int, reason: str, actor: Actor) -> Changed[EligibilityRow]:
        """Exclude from scoring, with the reason recorded (audited)."""
        return self._set_excluded(reference, application_id, True, reason, actor)

    def readmit(self, reference: str, application_id: int, reason: str, actor: Actor) -> Changed[EligibilityRow]:
        """Readmit an excluded application to scoring, with the reason recorded (audited)."""
        return self._set_excluded(reference, application_id, False, reason, actor)

    def _set_excluded(self, reference: str, application_id: int, excluded: bool, reason: str,
                      actor: Actor) -> Changed[EligibilityRow]:
        if not (reason or "").strip():
            raise UserFacingError(translate("Errors", "An exclusion needs a reason in words.") if excluded else
                                  translate("Errors", "A readmission needs a reason in words."))
        current = self.row(reference, application_id)
        if not excluded and not current.excluded:
            raise Refused(translate("Errors", "This application is not excluded; there is nothing to "
                                              "readmit."))
        op = self.applications.set_excluded(reference, application_id, excluded, reason, actor)
        return Changed(self.row(reference, application_id), op.changes)

    _app = staticmethod(ApplicationService._app)


def _counts(apps: list, rows: list[EligibilityRow]) -> EligibilityCounts:
    out = {"eligible": 0, "not_eligible": 0, "to_verify": 0, "excluded": 0}
    for r in rows:
        out["excluded" if r.excluded else r.overall] += 1
    return EligibilityCounts(received=len(rows), on_time=sum(1 for a in apps if a.on_time is True), **out)
