"""Scoring: declarations, the member's candidate list, autosaved marks, submit and reopen."""

from __future__ import annotations

from dataclasses import dataclass

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import NotFound, Refused, StaleEdit, UserFacingError
from panel_app.domain.scoring import acceptance
from panel_app.domain.scoring.acceptance import Refusal
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc, local_text
from panel_app.domain.words import stage_word
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import procedures as q
from panel_app.store import scoring as qs
from panel_app.store.clock import utcnow
from panel_app.store.models import Assessment, Declaration, Score

from . import scoring_access as gate
from . import scoring_fast as fast
from .actors import Actor, require_role
from .scoring_fast import sheet_mark
from .scoring_results import (
    ConfidentialitySigned,
    ConflictDeclared,
    DeclarationRecord,
    MyCandidate,
    Reopened,
    ScoringSheet,
    SheetCandidate,
    SheetMark,
    Submitted,
)

CONFLICT_TYPES = ("family", "professional", "hierarchical", "financial", "personal", "other")



@dataclass(frozen=True)
class OcrReading:
    """How the text of a scan was read: by OCR, with its mean confidence and every word's box."""

    confidence: float | None  # mean word confidence, 0–100
    engine: str
    words: list  # per page: [left, top, right, bottom, word] in PDF points from the page's top left


@dataclass(frozen=True)
class ScoringDocument:
    filename: str
    data: bytes
    page_texts: list[str]
    ocr: OcrReading | None = None  # None: the PDF's own text layer


class ScoringService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache = fast.ScoringCache(db)

    # ---------------------------------------------------------------- declarations
    def declare_confidentiality(self, reference: str, actor: Actor) -> Changed[ConfidentialitySigned]:
        gate.require_member(actor)
        with unit_of_work(self.db, actor.name) as uow:
            p = gate.procedure_for(uow.session, reference)
            if gate.has_declared(uow.session, p, actor):
                raise Refused(translate("Errors", "{name} already signed the declaration.")
                                  .format(name=actor.name))
            d = uow.add(Declaration(procedure_id=p.id, member_id=actor.member_id, kind="confidentiality",
                                    signed_at=utcnow()))
            uow.flush()
            uow.audit(p.id, "declaration.sign", "member", actor.name, None, {"kind": "confidentiality"})
            return Changed.of(ConfidentialitySigned(actor.name, iso_utc(d.signed_at)), Change.DECLARATIONS)

    def declare_conflict(self, reference: str, actor: Actor, email: str, reason: str,
                         conflict_type: str = "other") -> Changed[ConflictDeclared]:
        gate.require_member(actor)
        if not reason.strip():
            raise UserFacingError(translate("Errors", "A conflict of interest needs a reason in words."))
        if conflict_type not in CONFLICT_TYPES:
            raise UserFacingError(translate("Errors", "'{conflict_type}' is not a type of conflict "
                                                      "({conflict_types}).")
                                      .format(conflict_type=conflict_type, conflict_types=', '.join(CONFLICT_TYPES)))
        with unit_of_work(self.db, actor.name) as uow:
            p = gate.procedure_for(uow.session, reference)
            c = gate.candidate(uow.session, p, email)
            if (actor.member_id, c.id) in qs.conflicts(uow.session, p.id):
                raise Refused(translate("Errors", "{name} already declared a conflict on {email}.")
                                  .format(name=actor.name, email=c.email))
            uow.add(Declaration(procedure_id=p.id, member_id=actor.member_id, candidate_id=c.id, kind="conflict",
                                conflict_type=conflict_type, reason=reason.strip(), signed_at=utcnow()))
            uow.audit(p.id, "declaration.conflict", "candidate", c.email, None,
                      {"member": actor.name, "type": conflict_type})
            return Changed.of(ConflictDeclared(actor.name, c.email, conflict_type), Change.DECLARATIONS)

    def declarations(self, reference: str) -> list[DeclarationRecord]:
        with read_only(self.db) as s:
            p = gate.procedure_for(s, reference)
            members = {m.id: m.name for m in q.members(s, p.id)}
            from panel_app.store.applications import candidate_map

            cands = candidate_map(s, p.id)
            return [DeclarationRecord(members.get(d.member_id), d.kind, d.conflict_type,
                                      cands[d.candidate_id].email if d.candidate_id else None, iso_utc(d.signed_at))
                    for d in qs.declarations(s, p.id)]

    # ---------------------------------------------------------------- the member's list and sheet
    def my_candidates(self, reference: str, actor: Actor, stage: str = "preselection") -> list[MyCandidate]:
        gate.require_member(actor)
        with read_only(self.db) as s:
            p = gate.procedure_for(s, reference)
            gate.require_may_read(s, p, actor, scoring=True)  # the seal and the declaration (domain/access.py)
            crits = gate.scored_criteria(s, p, stage)
            conflicted = {c for m, c in qs.conflicts(s, p.id) if m == actor.member_id}
            cands = {c.email: c for c in self._stage_candidates(s, p, stage) if c.id not in conflicted}
            states = {a.candidate_id: a for a in qs.assessments(s, p.id, stage) if a.member_id == actor.member_id}
            counts = qs.scored_counts(s, actor.member_key, stage)
            out = []
            for email in gate.member_order(p.reference, actor.name, list(cands)):
                c = cands[email]
                a = states.get(c.id)
                out.append(MyCandidate(c.email, c.surname, c.first_name, a.status if a else "not_started",
                                       counts.get(c.id, 0), len(crits)))
            return out

    def sheet(self, reference: str, actor: Actor, email: str, stage: str = "preselection") -> ScoringSheet:
        with read_only(self.db) as s:
            p, c = gate.open_candidate(s, reference, actor, email, scoring=False, stage=stage)
            crits = gate.scored_criteria(s, p, stage)
            mine = {sc.criterion_id: sc for sc in qs.scores_of(s, actor.member_key, c.id, stage)}
            a = qs.assessment(s, actor.member_key, c.id, stage)
            return ScoringSheet(SheetCandidate(c.email, c.surname, c.first_name), stage,
                                a.status if a else "not_started", iso_utc(a.submitted_at) if a else None,
                                p.grid_rules.scale, dict(p.anchors),
                                tuple(sheet_mark(mine.get(cr.id), cr) for cr in crits))

    def document(self, reference: str, actor: Actor, email: str) -> ScoringDocument:
        """The candidate's active application (its first PDF; with none, its first photo, as a page) — never for a
        conflicted member. A scan or a photo comes with its OCR reading (confidence and word boxes)."""
        from panel_app.intake.photo_page import photo_pdf
        from panel_app.store.applications import blob

        with read_only(self.db) as s:
            _p, c = gate.open_candidate(s, reference, actor, email, scoring=False)
            app = qs.active_application(s, c.id)
            docs = app.documents if app else []
            doc = next((d for d in docs if d.kind == "pdf"), None) or next(
                (d for d in docs if d.kind == "image"), None)  # a phone photo of the signed form
            if doc is None:
                raise NotFound(translate("Errors", "{email} has no readable PDF stored.").format(email=c.email))
            data = blob(s, doc.blob_sha256) or b""
            if doc.kind == "image" and (data := photo_pdf(data) or b"") == b"":
                raise NotFound(translate("Errors", "The photo {name} of {email} cannot be shown; it is stored and "
                                                   "can be exported.").format(name=doc.filename, email=c.email))
            scan = not doc.has_text and bool(doc.ocr_text)
            text = doc.ocr_text if scan else doc.text  # a scan: its OCR text
            ocr = OcrReading(doc.ocr_confidence, doc.ocr_engine or "", doc.ocr_words or []) if scan else None
            return ScoringDocument(doc.filename, data, (text or "").split("\f"), ocr)

    # ---------------------------------------------------------------- marks
    def set_mark(self, reference: str, actor: Actor, email: str, criterion: str, value: float | None,
                 *, na: bool = False, comment: str | None = None, evidence_page: int | None = None,
                 expected_version: int | None = None, stage: str = "preselection") -> Changed[SheetMark]:
        """Autosave one mark. The lean path (one statement) when everything is in order; otherwise the
        checked path, which says precisely why a save is refused. It changes the member's scores."""
        saved = fast.save_mark(self._cache, reference, actor, email, criterion, value, na=na, comment=comment,
                               evidence_page=evidence_page, expected_version=expected_version, stage=stage)
        if saved is None:
            saved = self._checked_mark(reference, actor, email, criterion, value, na=na, comment=comment,
                                       evidence_page=evidence_page, expected_version=expected_version, stage=stage)
        return Changed.of(saved, Change.SCORES)

    def _checked_mark(self, reference: str, actor: Actor, email: str, criterion: str, value: float | None,
                      *, na: bool, comment: str | None, evidence_page: int | None, expected_version: int | None,
                      stage: str) -> SheetMark:
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p, c = gate.open_candidate(s, reference, actor, email, stage=stage)
            crit = q.criterion(s, p.id, criterion)
            if crit is None or crit.stage != stage or crit.kind != "scored":
                raise NotFound(translate("Errors", "{criterion} is not a scored criterion of the {stage} "
                                                   "stage.").format(criterion=criterion, stage=stage_word(stage)))
            lo, hi = p.grid_rules.scale
            if acceptance.value_refusal(value, na, (lo, hi)):
                raise UserFacingError(translate("Errors", "{value:g} is outside the scale {lo}–{hi} (or "
                                                          "N/A).").format(value=value, lo=lo, hi=hi))
            value = None if na else value
            a = self._assessment(uow, p, actor, c, stage)
            sc = qs.score(s, actor.member_key, c.id, crit.id)
            why = acceptance.record_refusal(submitted=a.status == "submitted",
                                            stored_version=sc.version if sc else None,
                                            expected_version=expected_version)
            if why == Refusal.SUBMITTED:
                raise Refused(translate("Errors", "{name} already submitted {email}: only the chair can "
                                                  "reopen it.").format(name=actor.name, email=c.email))
            if why == Refusal.STALE and sc is not None:
                raise StaleEdit(translate("Errors", "The mark on {criterion}").format(criterion=criterion), sc.updated_by, local_text(sc.updated_at, p.timezone))
            before = None if sc is None else {"value": sc.value, "na": sc.na, "comment": sc.comment}
            if sc is None:
                sc = uow.add(Score(procedure_id=p.id, member_id=actor.member_id, candidate_id=c.id,
                                   criterion_id=crit.id, stage=stage, comment=""))
            sc.value, sc.na = value, na
            if comment is not None:
                sc.comment = comment
            if evidence_page is not None:
                sc.evidence_page = evidence_page or None
            uow.touch(sc)
            uow.flush()
            uow.audit(p.id, "score.set", "score", f"{c.email}/{criterion}", before,
                      {"value": value, "na": na, "comment": sc.comment, "member": actor.name})
            return sheet_mark(sc, crit)

    def submit(self, reference: str, actor: Actor, email: str, stage: str = "preselection") -> Changed[Submitted]:
        """Submit a complete assessment: the lean path when everything is in order, else the checked path."""
        done = fast.submit(self._cache, reference, actor, email, stage)
        if done is None:
            done = self._checked_submit(reference, actor, email, stage)
        return Changed.of(done, Change.SCORES)

    def _checked_submit(self, reference: str, actor: Actor, email: str, stage: str) -> Submitted:
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p, c = gate.open_candidate(s, reference, actor, email, stage=stage)
            crits = gate.scored_criteria(s, p, stage)
            mine = {sc.criterion_id: sc for sc in qs.scores_of(s, actor.member_key, c.id, stage)}
            missing = [cr.code for cr in crits if cr.id not in mine or (mine[cr.id].value is None
                                                                         and not mine[cr.id].na)]
            if missing:
                raise Refused(translate("Errors", "Cannot submit {email}: no mark yet on {missing} (give a "
                                                  "mark or N/A).")
                                  .format(email=c.email, missing=', '.join(missing)))
            a = self._assessment(uow, p, actor, c, stage)
            if a.status == "submitted":
                raise Refused(translate("Errors", "{email} is already submitted.").format(email=c.email))
            a.status, a.submitted_at = "submitted", utcnow()
            uow.touch(a)
            uow.audit(p.id, "assessment.submit", "assessment", f"{actor.name}/{c.email}/{stage}", None,
                      {"status": "submitted"})
            return Submitted(c.email, "submitted", iso_utc(a.submitted_at))

    def reopen(self, reference: str, actor: Actor, member: str, email: str, reason: str,
               stage: str = "preselection") -> Changed[Reopened]:
        if not reason.strip():
            raise UserFacingError(translate("Errors", "Reopening a submitted assessment needs a reason."))
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p = gate.procedure_for(s, reference)
            require_role(actor, "chair", action=translate("Errors", "reopen a submitted assessment"), has_members=True)
            m = q.member(s, p.id, member)
            c = gate.candidate(s, p, email)
            a = qs.assessment(s, m.id, c.id, stage) if m else None
            if a is None or a.status != "submitted":
                raise Refused(translate("Errors", "{member} has not submitted {email}.")
                                  .format(member=member, email=email))
            a.status, a.submitted_at = "draft", None
            uow.touch(a)
            uow.audit(p.id, "assessment.reopen", "assessment", f"{member}/{c.email}/{stage}",
                      {"status": "submitted"}, {"status": "draft", "reason": reason.strip()})
            return Changed.of(Reopened(c.email, member, "draft"), Change.SCORES)

    @staticmethod
    def _assessment(uow, p, actor: Actor, c, stage: str) -> Assessment:
        a = qs.assessment(uow.session, actor.member_key, c.id, stage)
        if a is None:
            a = uow.add(Assessment(procedure_id=p.id, member_id=actor.member_id, candidate_id=c.id, stage=stage,
                                   status="draft"))
            uow.flush()
        return a

    @staticmethod
    def _stage_candidates(s, p, stage: str) -> list:
        cands = qs.scorable_candidates(s, p.id)
        if stage == "interview":
            from .shortlist_state import invited_ids

            invited = invited_ids(s, p)
            cands = [c for c in cands if c.id in invited]
        return cands
