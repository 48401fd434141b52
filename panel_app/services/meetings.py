"""The meeting record: the panel's meetings (date, place or written procedure, who attended, what was done) and
the notice's publication date, for the minutes.

Records (Decision kinds, recorded by the chair, audited):
- "meeting": value JSON {"date": "YYYY-MM-DD", "place": text|null, "written": bool, "attendees": [names],
  "purpose": text}; reason = a correction's reason. A meeting is never edited in place: a correction is a new
  record that names the one it replaces ({"replaces": id}), and withdrawing one is a record with "withdrawn".
- "notice_published": value "YYYY-MM-DD" (the latest counts).
"""

from __future__ import annotations

import builtins
from dataclasses import asdict, dataclass, field
from datetime import date

from panel_app.domain.changes import Change, Changed
from panel_app.domain.decision_values import MeetingValue
from panel_app.domain.errors import Refused, UserFacingError
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import procedures as q
from panel_app.store.clock import utcnow
from panel_app.store.decisions import decisions_of_kind, new_decision, values_of_kind
from panel_app.store.models import Decision

from .actors import Actor, require_role
from .procedures import ProcedureService


@dataclass
class Meeting:
    id: int
    date: str  # YYYY-MM-DD
    place: str | None
    written: bool
    attendees: list[str] = field(default_factory=list)
    purpose: str = ""
    recorded_by: str = ""
    recorded_at: str | None = None

    def where(self) -> str:
        return "written procedure" if self.written else (self.place or "")


def _day(value: str | date) -> str:
    try:
        return value.isoformat() if isinstance(value, date) else date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise UserFacingError(translate("Errors", "'{value}' is not a date: write it as YYYY-MM-DD (e.g. "
                                                  "2026-06-25).").format(value=value)) from None


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, reference: str) -> list[Meeting]:
        """The meetings in date order (corrections applied, withdrawn ones left out)."""
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            rows = values_of_kind(s, p.id, MeetingValue)
        out: dict[int, Meeting] = {}
        for d, body in rows:
            if body.replaces is not None:
                out.pop(int(body.replaces), None)
            if body.withdrawn:
                continue
            out[d.id] = Meeting(id=d.id, date=body.date or "", place=body.place,
                                written=bool(body.written), attendees=list(body.attendees or []),
                                purpose=body.purpose or "", recorded_by=d.updated_by or "",
                                recorded_at=iso_utc(d.decided_at))
        return sorted(out.values(), key=lambda m: (m.date, m.id))

    def add(self, reference: str, actor: Actor, day: str | date, *, place: str | None = None, written: bool = False,
            attendees: builtins.list[str] | None = None, purpose: str = "", replaces: int | None = None,
            reason: str | None = None) -> Changed[Meeting]:
        """Record a meeting (the chair). A meeting is held at a place or by written procedure, never both; its
        attendees are members of the panel."""
        iso = _day(day)
        place = (place or "").strip() or None
        if written and place:
            raise UserFacingError(translate("Errors", "A meeting is held either at a place or by written "
                                                      "procedure, not both."))
        if not written and not place:
            raise UserFacingError(translate("Errors", "Say where the meeting was held (--place), or that "
                                                      "it was a written procedure (--written)."))
        names = [a.strip() for a in attendees or [] if a.strip()]
        if not names:
            raise UserFacingError(translate("Errors", "Name who attended (--attendee, once per member)."))
        if replaces is not None and not (reason or "").strip():
            raise UserFacingError(translate("Errors", "A correction of a recorded meeting needs a reason."))
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p = ProcedureService._get(s, reference)
            members = {m.name: m for m in q.members(s, p.id)}
            require_role(actor, "chair", action=translate("Errors", "record a meeting of the panel"), has_members=bool(members))
            unknown = [n for n in names if n not in members]
            if unknown:
                raise UserFacingError(translate("Errors", "{unknown}: not a member of the panel of "
                                                          "{reference}.")
                                          .format(unknown=', '.join(unknown), reference=reference),
                                      hint=translate("Errors", "Use the names as the panel lists them "
                                                               "(panel-app members list)."))
            if replaces is not None and replaces not in {m.id for m in self.list(reference)}:
                raise Refused(translate("Errors", "There is no recorded meeting {replaces} to correct.")
                                  .format(replaces=replaces))
            meeting = MeetingValue(date=iso, place=place, written=bool(written), attendees=names,
                                   purpose=purpose.strip(), replaces=replaces)
            body = meeting.as_json()
            now = utcnow()
            d = uow.add(new_decision(meeting, procedure_id=p.id, reason=(reason or "").strip() or None,
                                     member_id=actor.member_id, decided_at=now, updated_by=actor.name,
                                     updated_at=now))
            uow.flush()
            uow.audit(p.id, "meeting.record" if replaces is None else "meeting.correct", "procedure", p.reference,
                      None, {**body, "reason": reason}, rows=[d])
            meeting_id = d.id
        return Changed.of(next(m for m in self.list(reference) if m.id == meeting_id), Change.AUDIT)

    def published_on(self, reference: str) -> str | None:
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            rows = decisions_of_kind(s, p.id, "notice_published")
        return rows[-1].value if rows else None

    def set_published_on(self, reference: str, actor: Actor, day: str | date) -> Changed[str]:
        iso = _day(day)
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p = ProcedureService._get(s, reference)
            require_role(actor, "chair", action=translate("Errors", "record the notice's publication date"),
                         has_members=bool(q.members(s, p.id)))
            now = utcnow()
            d = uow.add(Decision(procedure_id=p.id, kind="notice_published", value=iso, member_id=actor.member_id,
                                 decided_at=now, updated_by=actor.name, updated_at=now))
            uow.audit(p.id, "notice.published", "procedure", p.reference, None, {"published_on": iso}, rows=[d])
        return Changed.of(iso, Change.AUDIT)


def as_dict(m: Meeting) -> dict:
    return asdict(m) | {"where": m.where()}
