"""The applications table: listing (the JSON contract), corrections, received time, exclusion, documents."""

from __future__ import annotations

import builtins
from datetime import datetime

from panel_app.domain.access import may_read
from panel_app.domain.changes import Change, Changed
from panel_app.domain.deadline import on_time, with_late_flag
from panel_app.domain.errors import NotFound, StaleEdit, UserFacingError
from panel_app.domain.identity import placeholder_email
from panel_app.domain.texts import translate, unstored
from panel_app.domain.times import iso_utc, local_text
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import applications as qa
from panel_app.store import procedures as q
from panel_app.store.models import Candidate

from .actors import Actor, require_role
from .application_info import ApplicationCandidate, ApplicationInfo, DocumentInfo
from .application_status import restatus
from .edits import CandidateEdit
from .procedures import ProcedureService


def application_info(a, cand, tz: str) -> ApplicationInfo:
    return ApplicationInfo(
        id=a.id, source=a.source,
        candidate=ApplicationCandidate(surname=cand.surname if cand else None,
                                       first_name=cand.first_name if cand else None,
                                       email=cand.email if cand else None, version=cand.version if cand else None),
        received_utc=iso_utc(a.received_utc), date_header_utc=iso_utc(a.date_header_utc),
        received_local=local_text(a.received_utc, tz), date_mismatch_minutes=_mismatch(a),
        on_time=a.on_time, reference_ok=a.reference_ok, flags=list(a.flags or []), status=a.status,
        excluded=a.excluded, exclusion_reason=a.exclusion_reason, subject=a.subject,
        sender=a.sender_email, error=unstored(a.error), version=a.version,
        documents=[DocumentInfo(filename=d.filename, sha256=d.blob_sha256, pages=d.pages, has_text=d.has_text,
                                kind=d.kind, flags=list(d.flags or []), ocr_confidence=d.ocr_confidence,
                                ocr_engine=d.ocr_engine) for d in a.documents],
    )


def _mismatch(a) -> int | None:
    if a.received_utc is None or a.date_header_utc is None:
        return None
    minutes = abs((a.received_utc - a.date_header_utc).total_seconds()) / 60
    return int(minutes) if minutes > 10 else None


class ApplicationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, reference: str, *, actor: Actor | None = None, status: str | None = None,
             flag: str | None = None, search: str | None = None, application_id: int | None = None
             ) -> builtins.list[ApplicationInfo]:
        """The applications `actor` may list. A search reads the documents' text, so it passes the same gate
        as opening a file (domain/access.py): a member searches only after the seal and their declaration.
        A conflicted reader never lists, nor matches, the candidate of the conflict. `actor=None` is for
        services that check the role themselves (reports); they never search."""
        from . import scoring_access as gate

        if search and actor is None:
            raise ValueError("a search of the documents needs the acting member (the access gate)")
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            who = None
            if actor is not None:
                who = gate.reader(s, p, actor)
                if search:
                    gate.require_may_read(s, p, actor, who=who)
            cands = qa.candidate_map(s, p.id)
            out = []
            for a in qa.listing(s, p.id, search=search, application_id=application_id):
                if who is not None and not may_read(who, a.candidate_id):
                    continue
                if status and a.status != status:
                    continue
                if flag and flag not in (a.flags or []):
                    continue
                out.append(application_info(a, cands.get(a.candidate_id), p.timezone))
            return out

    def document(self, reference: str, application_id: int, index: int, actor: Actor,
                 as_page: bool = False) -> tuple[str, bytes]:
        """(filename, bytes) of one stored document, for the secretary and the chair (members read through
        the scoring workspace, which applies the seal, declaration and conflict rules). `as_page`: a photo
        comes as a one-page PDF to show (intake/photo_page.py; empty bytes when it cannot be decoded)."""
        from .scoring_access import require_may_read, require_not_conflicted

        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            require_role(actor, "secretary", "chair", action=translate("Errors", "open applications from the intake list"),
                         has_members=bool(q.members(s, p.id)))
            who = require_may_read(s, p, actor)
            a = qa.by_id(s, p.id, application_id)
            if a is None or index >= len(a.documents):
                raise NotFound(translate("Errors", "That document is not stored."))
            cand = qa.candidate_map(s, p.id).get(a.candidate_id)
            if cand is not None:
                require_not_conflicted(s, p, actor, cand, who)
            d = a.documents[index]
            data = qa.blob(s, d.blob_sha256) or b""
            if as_page and d.kind == "image":
                from panel_app.intake.photo_page import photo_pdf

                data = photo_pdf(data) or b""
            return d.filename, data

    def update_candidate(self, reference: str, application_id: int, edit: CandidateEdit,
                         expected_version: int | None, actor: Actor) -> Changed[ApplicationInfo]:
        with unit_of_work(self.db, actor.name) as uow:
            p, a = self._app(uow, reference, application_id, actor, translate("Errors", "correct candidate details"))
            cand = qa.candidate_map(uow.session, p.id).get(a.candidate_id)
            if cand is None:  # imported before loose PDFs got a candidate: give it one now, with the name given
                self._give_candidate(uow, p, a, edit)
            else:
                self._correct(uow, p, cand, edit, expected_version)
        return Changed.of(self._one(reference, application_id), Change.APPLICATIONS)

    @staticmethod
    def _correct(uow, p, cand, edit: CandidateEdit, expected_version: int | None) -> None:
        if cand.version != expected_version:
            raise StaleEdit(translate("Errors", "Candidate {email}").format(email=cand.email), cand.updated_by, local_text(cand.updated_at, p.timezone))
        changes = edit.changes()
        before = {k: getattr(cand, k) for k, _ in changes}
        for k, v in changes:
            setattr(cand, k, str(v).strip())
        uow.touch(cand)
        uow.audit(p.id, "candidate.correct", "candidate", cand.email, before, dict(changes))

    @staticmethod
    def _give_candidate(uow, p, a, edit: CandidateEdit) -> None:
        """An application without any candidate (a loose PDF imported before placeholders existed) gets one
        with a placeholder identity (domain/identity.py) and the name given, so it can be scored; audited."""
        if a.status == "not_application":
            raise UserFacingError(translate("Errors", "Application {id} ({source}) is not an application: "
                                                      "it has no candidate.").format(id=a.id, source=a.source))
        values = {k: str(v).strip() for k, v in edit.changes()}
        email = placeholder_email(a.source_sha256 or f"{a.id:012d}")
        if qa.candidate_by_email(uow.session, p.id, email) is not None:
            raise UserFacingError(translate("Errors", "A candidate {email} exists already: application "
                                                      "{id} cannot take that identity.")
                                      .format(email=email, id=a.id))
        cand = uow.add(Candidate(procedure_id=p.id, email=email, surname=values.get("surname", ""),
                                 first_name=values.get("first_name", "")))
        uow.flush()
        a.candidate_id = cand.id
        uow.touch(a)
        uow.audit(p.id, "candidate.create", "candidate", email, None,
                  {"application": a.id, **values, "placeholder": True})

    def set_received_time(self, reference: str, application_id: int, received_utc: datetime, reason: str,
                          actor: Actor) -> Changed[ApplicationInfo]:
        if received_utc.tzinfo is None:
            raise UserFacingError(translate("Errors", "Give the received time with its zone."))
        if not reason.strip():
            raise UserFacingError(translate("Errors", "Say where the received time comes from (e.g. the "
                                                      "mailbox log)."))
        with unit_of_work(self.db, actor.name) as uow:
            p, a = self._app(uow, reference, application_id, actor, translate("Errors", "enter a received time"))
            before = {"received_utc": iso_utc(a.received_utc), "on_time": a.on_time}
            a.received_utc = received_utc
            a.received_entered = True
            a.on_time = on_time(received_utc, p.deadline_utc)
            a.flags = with_late_flag([f for f in (a.flags or []) if f != "received_time_unknown"], a.on_time)
            uow.touch(a)
            if a.candidate_id:
                restatus(qa.of_candidate(uow.session, a.candidate_id))
            uow.audit(p.id, "application.received_time", "application", a.id, before,
                      {"received_utc": iso_utc(received_utc), "on_time": a.on_time, "reason": reason})
        return Changed.of(self._one(reference, application_id), Change.APPLICATIONS)

    def set_excluded(self, reference: str, application_id: int, excluded: bool, reason: str,
                     actor: Actor) -> Changed[ApplicationInfo]:
        if not reason.strip():
            raise UserFacingError(translate("Errors", "An exclusion or a readmission needs a reason in "
                                                      "words."))
        with unit_of_work(self.db, actor.name) as uow:
            p, a = self._app(uow, reference, application_id, actor, translate("Errors", "exclude or readmit an application"))
            before = {"excluded": a.excluded, "reason": a.exclusion_reason}
            a.excluded, a.exclusion_reason = excluded, reason.strip()
            uow.touch(a)
            uow.audit(p.id, "application.exclude" if excluded else "application.readmit", "application", a.id,
                      before, {"excluded": excluded, "reason": reason.strip()}, rows=[a])
        return Changed.of(self._one(reference, application_id), Change.APPLICATIONS, Change.ELIGIBILITY)

    def _one(self, reference: str, application_id: int) -> ApplicationInfo:
        return self.list(reference, application_id=application_id)[0]

    @staticmethod
    def _app(uow, reference: str, application_id: int, actor: Actor, action: str):
        p = ProcedureService._get(uow.session, reference)
        require_role(actor, "secretary", "chair", action=action, has_members=bool(q.members(uow.session, p.id)))
        a = qa.by_id(uow.session, p.id, application_id)
        if a is None:
            raise NotFound(translate("Errors", "No application {application_id} in {reference}.")
                               .format(application_id=application_id, reference=reference))
        return p, a
