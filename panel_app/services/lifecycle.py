"""Close a procedure after archiving it, and set or lift legal holds (issue 20 parts 2 and 3).

Closing: the chair, with a reason, after an archive written since the last change. From then on every write is
refused by the unit of work (domain/lifecycle.py). Legal holds: the chair sets one on the procedure or on one
candidate with a reason, and lifts it with a reason; while it stands, the retention purge deletes nothing it
covers (services/retention.py). Each step is audited.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import NotFound, Refused, UserFacingError
from panel_app.domain.lifecycle import OPEN_WHEN_CLOSED
from panel_app.domain.texts import translate
from panel_app.domain.times import local_text
from panel_app.store import lifecycle as ql
from panel_app.store import procedures as q
from panel_app.store import read_only, unit_of_work
from panel_app.store.clock import utcnow
from panel_app.store.models import LegalHold

from .actors import Actor, require_role
from .procedures import ProcedureService

_get = ProcedureService._get


@dataclass
class Lifecycle:
    reference: str
    closed: bool
    closed_at: str | None
    closed_by: str | None
    close_reason: str | None
    archived: str | None  # "FILE at TIME" of the latest archive
    changed_since_archive: list[str]

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class HoldInfo:
    id: int
    scope: str  # "procedure" or the candidate's e-mail
    reason: str
    set_by: str
    set_at: str
    lifted_by: str | None
    lifted_at: str | None
    lift_reason: str | None

    @property
    def active(self) -> bool:
        return self.lifted_at is None

    def words(self) -> str:
        on = "the whole procedure" if self.scope == "procedure" else self.scope
        return f"legal hold #{self.id} on {on} (set by {self.set_by} on {self.set_at}: {self.reason})"

    def as_dict(self) -> dict:
        return asdict(self) | {"active": self.active}


def _reason(reason: str | None, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise UserFacingError(translate("Errors", "Give the reason for {what}; it is recorded in the audit "
                                                  "trail.").format(what=what))
    return text


class LifecycleService:
    def __init__(self, db):
        self.db = db

    def state(self, reference: str) -> Lifecycle:
        with read_only(self.db) as s:
            p = _get(s, reference)
            return self._state(s, p)

    @staticmethod
    def _state(s, p) -> Lifecycle:
        last = ql.last_archive(s, p.id)
        archived, changed = None, []
        if last is not None:
            seq, after, at = last
            archived = f"{json.loads(after or '{}').get('file', '?')} at {local_text(at, p.timezone)}"
            changed = [a for a in ql.actions_since(s, p.id, seq) if not a.startswith(OPEN_WHEN_CLOSED)]
        return Lifecycle(p.reference, p.closed_at is not None, local_text(p.closed_at, p.timezone)
                         if p.closed_at else None, p.closed_by, p.close_reason, archived, changed)

    def close(self, reference: str, actor: Actor, reason: str | None) -> Changed[Lifecycle]:
        """Close the procedure: the chair, with a reason, once an archive holds its current state."""
        text = _reason(reason, translate("Errors", "closing the procedure"))
        with unit_of_work(self.db, actor.name, closed_ok=True) as uow:
            s = uow.session
            p = _get(s, reference)
            require_role(actor, "chair", action=translate("Errors", "close the procedure"), has_members=bool(q.members(s, p.id)))
            st = self._state(s, p)
            if st.closed:
                raise Refused(translate("Errors", "{reference} is already closed (by {closed_by} on "
                                                  "{closed_at}).")
                                  .format(reference=reference, closed_by=p.closed_by, closed_at=st.closed_at))
            if st.archived is None:
                raise Refused(translate("Errors", "Archive {reference} before closing it: nothing was "
                                                  "changed.").format(reference=reference),
                              hint=translate("Errors", "File ▸ Archive procedure…, or panel-app archive -o "
                                                       "FILE."))
            if st.changed_since_archive:
                raise Refused(translate("Errors", "{reference} changed since its archive ({archived}): "
                                                  "{count} write(s), the first {changed_since_archive}.")
                                  .format(reference=reference, archived=st.archived, count=len(st.changed_since_archive), changed_since_archive=st.changed_since_archive[0]),
                              hint=translate("Errors", "Archive it again, then close it. Nothing was "
                                                       "changed."))
            p.closed_at, p.closed_by, p.close_reason = utcnow(), actor.name, text
            uow.touch(p)
            uow.audit(p.id, "procedure.close", "procedure", p.reference, None,
                      {"reason": text, "archive": st.archived})
            uow.flush()
            return Changed.of(self._state(s, p), Change.LIFECYCLE)

    # ------------------------------------------------------------------------------------ legal holds
    def holds(self, reference: str, active_only: bool = False) -> list[HoldInfo]:
        with read_only(self.db) as s:
            p = _get(s, reference)
            rows = ql.holds(s, p.id, active_only)
            mails = ql.emails(s, [h.candidate_id for h in rows if h.candidate_id])
            return [self._info(h, mails, p.timezone) for h in rows]

    @staticmethod
    def _info(h: LegalHold, mails: dict[int, str], tz: str) -> HoldInfo:
        scope = "procedure" if h.candidate_id is None else mails.get(h.candidate_id, f"candidate #{h.candidate_id}")
        return HoldInfo(h.id, scope, h.reason, h.set_by, local_text(h.set_at, tz), h.lifted_by,
                        local_text(h.lifted_at, tz) if h.lifted_at else None, h.lift_reason)

    def set_hold(self, reference: str, actor: Actor, reason: str | None,
                 candidate: str | None = None) -> Changed[HoldInfo]:
        text = _reason(reason, translate("Errors", "the legal hold"))
        with unit_of_work(self.db, actor.name, closed_ok=True) as uow:
            s = uow.session
            p = _get(s, reference)
            require_role(actor, "chair", action=translate("Errors", "set a legal hold"), has_members=bool(q.members(s, p.id)))
            cand = None
            if candidate:
                cand = ql.candidate_by_email(s, p.id, candidate)
                if cand is None:
                    raise NotFound(translate("Errors", "No candidate {candidate} in {reference}.")
                                       .format(candidate=candidate, reference=reference),
                                   hint=translate("Errors", "Name them by e-mail or application id "
                                                            "(panel-app applications)."))
            h = uow.add(LegalHold(procedure_id=p.id, candidate_id=cand.id if cand else None, reason=text,
                                  set_by=actor.name, set_at=utcnow()))
            uow.flush()
            scope = "procedure" if cand is None else cand.email
            uow.audit(p.id, "hold.set", "legal_hold", h.id, None, {"scope": scope, "reason": text})
            return Changed.of(self._info(h, {cand.id: cand.email} if cand else {}, p.timezone), Change.LIFECYCLE)

    def lift_hold(self, reference: str, actor: Actor, hold_id: int, reason: str | None) -> Changed[HoldInfo]:
        text = _reason(reason, translate("Errors", "lifting the legal hold"))
        with unit_of_work(self.db, actor.name, closed_ok=True) as uow:
            s = uow.session
            p = _get(s, reference)
            require_role(actor, "chair", action=translate("Errors", "lift a legal hold"), has_members=bool(q.members(s, p.id)))
            h = s.get(LegalHold, hold_id)
            if h is None or h.procedure_id != p.id:
                raise NotFound(translate("Errors", "No legal hold #{hold_id} in {reference}.")
                                   .format(hold_id=hold_id, reference=reference),
                               hint=translate("Errors", "List them: panel-app hold list"))
            if h.lifted_at is not None:
                raise Refused(translate("Errors", "Legal hold #{hold_id} was already lifted by {lifted_by}.")
                                  .format(hold_id=hold_id, lifted_by=h.lifted_by))
            h.lifted_at, h.lifted_by, h.lift_reason = utcnow(), actor.name, text
            uow.touch(h)
            uow.audit(p.id, "hold.lift", "legal_hold", h.id, None, {"reason": text})
            mails = ql.emails(s, [h.candidate_id] if h.candidate_id else [])
            return Changed.of(self._info(h, mails, p.timezone), Change.LIFECYCLE)
