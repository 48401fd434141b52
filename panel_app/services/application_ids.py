"""The stable application id: every command that takes a candidate takes an e-mail address or this id.

The id is the application's number in the database (`panel-app applications` and its --json, the GUI's
Eligibility page). It never changes, and a loose PDF with no e-mail address has one too. It may be written
`12`, `#12` or `A12`. An e-mail address resolves to the candidate's application that counts (active).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from panel_app.domain.errors import NotFound, Refused
from panel_app.domain.texts import translate
from panel_app.store import applications as qa
from panel_app.store import eligibility as qe
from panel_app.store import read_only

from .procedures import ProcedureService

_ID = re.compile(r"^\s*(?:#|a-?)?(\d{1,12})\s*$", re.IGNORECASE)


# the states of an application in words (the same entries as ui/words.STATUSES)
STATUS_WORDS = {"active": translate("Words", "active"), "superseded": translate("Words", "superseded"),
                "duplicate": translate("Words", "duplicate"), "late_resend": translate("Words", "late resend"),
                "excluded": translate("Words", "excluded")}


@dataclass(frozen=True)
class ResolvedApplication:
    application_id: int
    email: str | None  # the candidate's e-mail, None for an application without one (a loose PDF)
    status: str
    source: str


def parse_id(token: str) -> int | None:
    m = _ID.match(token or "")
    return int(m.group(1)) if m else None


def resolve(db, reference: str, token: str, *, active: bool = True) -> ResolvedApplication:
    """The application named by `token` (an e-mail or an id). `active`: it must be the one that counts."""
    with read_only(db) as s:
        p = ProcedureService._get(s, reference)
        number = parse_id(token)
        if number is None:
            email = (token or "").strip().lower()
            if "@" not in email:
                raise NotFound(translate("Errors", "'{token}' is neither an e-mail address nor an "
                                                   "application id.").format(token=token),
                               hint=translate("Errors", "See the ids with: panel-app applications"))
            a = qe.active_of_email(s, p.id, email)
            if a is None:
                raise NotFound(translate("Errors", "No active application from {email} in {reference}.")
                                   .format(email=email, reference=reference),
                               hint=translate("Errors", "See the candidates with: panel-app eligibility"))
        else:
            a = qa.by_id(s, p.id, number)
            if a is None:
                raise NotFound(translate("Errors", "No application {number} in {reference}.")
                                   .format(number=number, reference=reference),
                               hint=translate("Errors", "See the ids with: panel-app applications"))
        cand = qa.candidate_map(s, p.id).get(a.candidate_id) if a.candidate_id else None
        if active and a.status != "active":
            counts = qe.active_of_email(s, p.id, cand.email) if cand else None
            hint = (translate("Errors", "The application that counts for {email} is {id}.")
                    .format(email=cand.email, id=counts.id) if counts and cand else
                    translate("Errors", "Decide on the application that counts instead."))
            raise Refused(translate("Errors", "Application {id} is {value}, not the one that counts.")
                              .format(id=a.id, value=STATUS_WORDS.get(a.status, a.status.replace("_", " "))), hint=hint)
        return ResolvedApplication(a.id, cand.email if cand else None, a.status, a.source)


def candidate_email(db, reference: str, token: str) -> str:
    """The e-mail of the candidate named by `token`; refused for an application that has none."""
    if parse_id(token) is None:
        return (token or "").strip().lower()
    r = resolve(db, reference, token, active=False)
    if r.email is None:
        raise Refused(translate("Errors", "Application {application_id} ({source}) has no candidate e-mail "
                                          "address: it can be decided on and excluded by its id, but not "
                                          "scored or named in a report.")
                          .format(application_id=r.application_id, source=r.source))
    return r.email
