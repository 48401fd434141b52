"""Invitation letters (issue 17): one ready-to-send e-mail draft (.eml, UTF-8) per candidate the frozen and
signed shortlist invites, from the templates in resources/letters/ (English, French or German after the
candidate's form), the interview's day, time and place or video link as the chair sets them. Nothing is sent.

Every letter written is recorded in the register of letters: one audit event "letter.invitation" per letter
(who generated it, when, to whom, in which language, for which interview slot, and the sha256 of the .eml), so
the register is part of the hash chain that every report verifies; the minutes print it.

    batch = services.letters.invitations(ref, actor, plan, out_dir).result
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import Refused, UserFacingError
from panel_app.domain.letters import InterviewPlan, LetterText, date_words, fill, form_language, where_words
from panel_app.domain.names import display_name
from panel_app.domain.paths import LETTERS_DIR
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc
from panel_app.store import read_only, unit_of_work
from panel_app.store.clock import utcnow
from panel_app.store.report_queries import form_texts

from .actors import Actor, require_role
from .panel import PanelService
from .procedures import ProcedureService

ACTION = "letter.invitation"


@dataclass
class Letter:
    email: str
    name: str
    language: str
    subject: str
    interview_at: str  # local time with the zone, as the letter says it
    file: str  # the file name in the output folder
    sha256: str
    data: bytes = field(repr=False, default=b"")


@dataclass
class LetterBatch:
    folder: str
    letters: list[Letter]
    generated_at: str
    generated_by: str


@dataclass
class RegisterEntry:
    """One letter of the register (read back from its audit event)."""

    at: str  # ISO UTC
    by: str
    to: str  # "Name <e-mail>"
    language: str
    interview: str
    sha256: str


def template_text(lang: str) -> tuple[str, str]:
    path = LETTERS_DIR / f"invitation_{lang}.txt"
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except OSError as e:
        raise UserFacingError(translate("Errors", "The letter template {path} cannot be read: {value}.")
                                  .format(path=path, value=e.strerror or e),
                              hint=translate("Errors", "Restore it from the installation "
                                                       "(resources/letters/).")) from None


def message(text: LetterText, sender: str, to_name: str, to_email: str, reference: str) -> bytes:
    """The .eml bytes: UTF-8 text, From the panel's mailbox, To the candidate, the reference in the subject,
    marked unsent (X-Unsent: 1 opens it as a draft to send)."""
    msg = EmailMessage()
    msg["From"] = Address(display_name=f"Selection panel {reference}", addr_spec=sender)
    msg["To"] = Address(display_name=to_name, addr_spec=to_email)
    subject = text.subject if reference in text.subject else f"{text.subject} ({reference})"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain=sender.partition("@")[2] or None)
    msg["X-Unsent"] = "1"
    msg.set_content(text.body, charset="utf-8")
    return msg.as_bytes(policy=SMTP)


def sort_key(name: str) -> str:
    """Alphabetical order as a list of names reads it: accents and case do not move a name (Élodie after Eszter)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).casefold()


def file_name(email: str) -> str:
    return "invitation-" + re.sub(r"[^A-Za-z0-9@._+-]", "_", email) + ".eml"


@dataclass(frozen=True)
class LastPlace:
    """Where the latest invitations asked candidates to come (a place, a video link, or empty)."""

    place: str = ""
    video: str = ""


class LetterService:
    def __init__(self, db, panel: PanelService, applications, procedures):
        self.db, self.panel, self.applications, self.procedures = db, panel, applications, procedures

    def invitations(self, ref: str, actor: Actor, plan: InterviewPlan, folder: str | Path,
                    dry_run: bool = False) -> Changed[LetterBatch]:
        """Write one .eml per invited candidate into `folder` (which must not hold letters of the same names) and
        record each in the register. `dry_run`: build and check everything, write and record nothing."""
        require_role(actor, "chair", "secretary", action=translate("Errors", "prepare the invitation letters"), has_members=True)
        sl = self.panel.shortlist(ref, actor)
        if not sl.frozen:
            raise Refused(translate("Errors", "The shortlist is not frozen yet: invitations go out after "
                                              "the freeze and every sign-off."))
        if sl.changed_since_freeze:
            raise Refused(translate("Errors", "The ranking changed after the freeze: the chair freezes it "
                                              "again and every member signs before any invitation is "
                                              "prepared."))
        if sl.signatures_missing:
            raise Refused(translate("Errors", "Not every member has signed the frozen shortlist yet: waiting "
                                              "for {names}.").format(names=", ".join(sl.signatures_missing)))
        invited = list(sl.frozen_invited)
        if not invited:
            raise Refused(translate("Errors", "The frozen shortlist invites nobody: there is no letter to "
                                              "prepare."))
        out = Path(folder)
        if not out.is_dir():
            raise UserFacingError(translate("Errors", "The folder {out} does not exist.").format(out=out),
                                  hint=translate("Errors", "Create it or choose another folder."))
        clash = [file_name(e) for e in invited if (out / file_name(e)).exists()]
        if clash and not dry_run:
            raise UserFacingError(translate("Errors", "{out} already exists ({count} letter(s) of the same "
                                                      "names).").format(out=out / clash[0], count=len(clash)),
                                  hint=translate("Errors", "Choose an empty folder: a letter already "
                                                           "prepared is never overwritten."))
        with read_only(self.db) as s:
            p = ProcedureService._get(s, ref)
            reference, title, mailbox = p.reference, p.title, p.mailbox
            texts = form_texts(s, ref, invited)
        if not mailbox:
            raise UserFacingError(translate("Errors", "The procedure has no functional mailbox: the "
                                                      "letters need it as their sender."),
                                  hint=translate("Errors", "Set it on the Procedure page (Mailbox)."))
        people: dict[str, str] = {}
        listed: dict[str, str] = {}
        for a in self.applications.list(ref):
            c = a.candidate
            if c.email in invited and a.status == "active":
                people[c.email] = " ".join(x for x in (c.first_name, c.surname) if x) or c.email
                listed[c.email] = display_name(c.surname, c.first_name)
        order = sorted(invited, key=lambda e: (sort_key(listed.get(e) or e), e))
        letters = []
        for i, email in enumerate(order):
            lang = form_language(texts.get(email, ""))
            template, source = template_text(lang)
            at = plan.slot(i)
            when = f"{at:%H:%M} ({plan.zone})"
            values = {"name": people.get(email, email), "reference": reference, "title": title,
                      "date": date_words(plan.day, lang), "time": when, "where": where_words(plan, lang),
                      "mailbox": mailbox}
            text = fill(template, values, source)
            data = message(text, mailbox, people.get(email, email), email, reference)
            letters.append(Letter(email=email, name=people.get(email, email), language=lang, subject=text.subject,
                                  interview_at=f"{plan.day:%d.%m.%Y} {when}", file=file_name(email),
                                  sha256=hashlib.sha256(data).hexdigest(), data=data))
        now = utcnow()
        batch = LetterBatch(folder=str(out), letters=letters, generated_at=iso_utc(now), generated_by=actor.name)
        if dry_run:
            return Changed(batch, frozenset())
        written: list[Path] = []
        try:
            for letter in letters:
                target = out / letter.file
                target.write_bytes(letter.data)
                written.append(target)
            self._record(ref, actor, plan, letters)
        except OSError as e:
            _remove(written)
            raise UserFacingError(translate("Errors", "Could not write the letters into {out}: {value}.")
                                      .format(out=out, value=e.strerror or e),
                                  hint=translate("Errors", "Choose another folder.")) from None
        except BaseException:
            _remove(written)
            raise
        return Changed.of(batch, Change.AUDIT)  # each letter is in the register (the audit record)

    def _record(self, ref: str, actor: Actor, plan: InterviewPlan, letters: list[Letter]) -> None:
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, ref)
            for letter in letters:
                uow.audit(p.id, ACTION, "candidate", letter.email, None, {
                    "to": letter.email, "name": letter.name, "language": letter.language, "subject": letter.subject,
                    "interview": letter.interview_at, "place": plan.place or None, "video": plan.video or None,
                    "file": letter.file, "sha256": letter.sha256})

    def register(self, ref: str) -> list[RegisterEntry]:
        """Every letter generated, oldest first (from the audit chain)."""
        return register_of(self.procedures, ref)

    def last_plan(self, ref: str) -> LastPlace:
        """The place and video link of the latest letters (to prefill the dialog), or empty ones."""
        events = self.procedures.audit_trail(ref, action=ACTION, limit=1_000_000)
        a = (events[0].after or {}) if events else {}
        return LastPlace(a.get("place") or "", a.get("video") or "")


def register_of(procedures: ProcedureService, ref: str) -> list[RegisterEntry]:
    """The register of letters of a procedure, oldest first, read from its audit events."""
    out = []
    for e in reversed(procedures.audit_trail(ref, action=ACTION, limit=1_000_000)):
        a = e.after or {}
        at = e.at
        out.append(RegisterEntry(at=at if isinstance(at, str) else iso_utc(at), by=e.actor,
                                 to=f"{a.get('name') or ''} <{a.get('to') or e.entity_id}>",
                                 language=a.get("language") or "", interview=a.get("interview") or "",
                                 sha256=a.get("sha256") or ""))
    return out


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
