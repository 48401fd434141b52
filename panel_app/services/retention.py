"""The retention run (issue 20 part 3): `dry_run` lists exactly what would be deleted and why; `apply` deletes
it, redacts the purged candidates' audit events (hashes kept) and appends one audited stub with the counts.

A legal hold on the procedure stops the whole run; a hold on a candidate keeps that candidate. A run that a
hold stops changes nothing and names the hold. The purge runs over an intact audit record only (verified first),
and `audit verify` passes after it (domain/audit/redaction.py, replay.checkpoint).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from panel_app.domain import retention as rules
from panel_app.domain.audit.redaction import PURGE_ACTION, header_digest
from panel_app.domain.audit.replay import checkpoint, expected_of
from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import Refused, UserFacingError
from panel_app.domain.texts import translate
from panel_app.store import audit_chain, audit_state, read_only, unit_of_work
from panel_app.store import lifecycle as ql
from panel_app.store import procedures as q
from panel_app.store import retention as qr
from panel_app.store.audit_redaction import redact

from .actors import Actor, require_role
from .audit import ChainBroken, check
from .procedures import ProcedureService

_get = ProcedureService._get


@dataclass
class RetentionItem:
    candidate: str
    reason: str
    due_on: str
    deletes: dict
    held_by: str | None = None


@dataclass
class RetentionReport:
    reference: str
    as_of: str
    policy: dict
    items: list[RetentionItem] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    blocked_by: str | None = None  # a hold on the whole procedure
    applied: bool = False
    totals: dict = field(default_factory=dict)

    @property
    def deletable(self) -> list[RetentionItem]:
        return [] if self.blocked_by else [i for i in self.items if not i.held_by]

    def as_dict(self) -> dict:
        return asdict(self) | {"deletable": len(self.deletable)}


def _totals(items: list[RetentionItem]) -> dict:
    keys = ("applications", "documents", "document_bytes", "text_chars", "marks", "assessments", "decisions",
            "audit_events_redacted")
    return {k: sum(i.deletes.get(k, 0) for i in items) for k in keys} | {"candidates": len(items)}


class RetentionService:
    def __init__(self, db):
        self.db = db

    def settings(self, reference: str) -> rules.RetentionPolicy:
        """The procedure's retention periods (domain/retention's frozen dataclass; `as_dict()` is its JSON)."""
        with read_only(self.db) as s:
            p = _get(s, reference)
            return rules.RetentionPolicy.from_settings(p.retention)

    def update_settings(self, reference: str, actor: Actor, **values: int | None) -> Changed[rules.RetentionPolicy]:
        with unit_of_work(self.db, actor.name) as uow:
            p = _get(uow.session, reference)
            require_role(actor, "chair", "secretary", action=translate("Errors", "set the retention periods"),
                         has_members=bool(q.members(uow.session, p.id)))
            old = rules.RetentionPolicy.from_settings(p.retention)
            try:
                new = old.changed(**values)
            except ValueError as e:
                raise UserFacingError(e.args[0]) from None  # domain/retention's words
            p.retention = new.as_dict()
            uow.touch(p)
            uow.audit(p.id, "procedure.retention", "procedure", p.reference, old.as_dict(), new.as_dict())
            return Changed.of(new, Change.SETTINGS)

    def _report(self, s, p, actor: Actor, as_of: date) -> tuple[RetentionReport, rules.Plan, list]:
        require_role(actor, "chair", "secretary", action=translate("Errors", "run the retention periods"),
                     has_members=bool(q.members(s, p.id)))
        policy = rules.RetentionPolicy.from_settings(p.retention)
        outs = qr.outcomes(s, p.id)
        records = [rules.CandidateRecord(cid, email, *outs.get(cid, (None, None)), purged=purged)
                   for cid, email, purged in qr.candidates(s, p.id)]
        holds = [rules.Hold(h.id, h.candidate_id, h.reason, h.set_by) for h in ql.holds(s, p.id, active_only=True)]
        closed_on = p.closed_at.astimezone(ZoneInfo(p.timezone)).date() if p.closed_at else None
        plan = rules.plan(policy, closed_on, as_of, records, holds)
        events = audit_chain.chain_events(s, p.id)
        labels = {r.candidate_id: r.label for r in records}
        report = RetentionReport(p.reference, as_of.isoformat(), policy.as_dict(), kept=plan.kept,
                                 blocked_by=plan.procedure_hold.words() if plan.procedure_hold else None)
        for d in plan.due:
            fp = qr.footprint(s, p.id, [d.candidate_id], events)
            report.items.append(RetentionItem(d.label, d.reason, d.due_on.isoformat(), fp.as_dict(),
                                              d.held_by.words(labels.get(d.candidate_id)) if d.held_by else None))
        report.totals = _totals(report.deletable)
        return report, plan, events

    def dry_run(self, reference: str, actor: Actor, as_of: date | None = None) -> RetentionReport:
        with read_only(self.db) as s:
            return self._report(s, _get(s, reference), actor, as_of or date.today())[0]

    def apply(self, reference: str, actor: Actor, as_of: date | None = None) -> Changed[RetentionReport]:
        """Delete what is due (candidates' data, redacted from the audit record): every page showing candidates
        changes."""
        with unit_of_work(self.db, actor.name, closed_ok=True) as uow:
            s = uow.session
            p = _get(s, reference)
            report, plan, events = self._report(s, p, actor, as_of or date.today())
            if report.blocked_by:
                raise Refused(translate("Errors", "The retention run of {reference} is blocked by "
                                                  "{blocked_by}: nothing was deleted.")
                                  .format(reference=p.reference, blocked_by=report.blocked_by),
                              hint=translate("Errors", "Lift the hold (panel-app hold lift ID "
                                                                   "--reason …) when it ends."))
            due = plan.deletable
            if not due:
                held = [i.held_by for i in report.items if i.held_by]
                raise Refused(translate("Errors", "Nothing to delete in {reference} on {day}: every candidate "
                                                  "due is under a legal hold ({holds}).")
                              .format(reference=p.reference, day=report.as_of, holds="; ".join(held)) if held else
                              translate("Errors", "Nothing to delete in {reference} on {day}.")
                              .format(reference=p.reference, day=report.as_of),
                              hint=translate("Errors", "Nothing was changed. panel-app "
                                                                     "retention --dry-run says why."))
            v = check(s, p)
            if not v.ok:
                raise ChainBroken(translate("Errors", "The audit record of {reference} does not match the "
                                                      "database: {findings}.")
                                      .format(reference=p.reference, findings=v.findings[0].line()),
                                  hint=translate("Errors", "Nothing was deleted."))
            cids = [d.candidate_id for d in due]
            fp = qr.footprint(s, p.id, cids, events)
            qr.purge(s, cids)
            redact(s, fp.events or [])
            s.flush()
            after_events = audit_chain.chain_events(s, p.id)
            kept = {e.seq: header_digest(e) for e in after_events if e.id in set(fp.events or [])}
            snaps = checkpoint(expected_of(after_events), audit_state.current(s, p.id))
            stub = {"as_of": report.as_of, "policy": report.policy, "candidates": len(cids),
                    "reasons": sorted({d.reason.split(":")[0].split(" (")[0] for d in due}),
                    "counts": fp.as_dict(), "held_back": sum(1 for i in report.items if i.held_by),
                    "redacted": {str(k): v for k, v in sorted(kept.items())}}
            audit_chain.append(s, [{"procedure_id": p.id, "actor": actor.name, "action": PURGE_ACTION,
                                    "entity": "procedure", "entity_id": p.reference, "before": None, "after": stub,
                                    "state": [x.as_json() for x in snaps]}])
            report.applied = True
            report.totals = _totals([i for i in report.items if not i.held_by])
            return Changed.of(report, Change.APPLICATIONS, Change.ELIGIBILITY, Change.SCORES, Change.LIFECYCLE,
                              Change.AUDIT)
