"""The history in words: which candidate and member an event concerns, what it did, what changed.

Pure rules shared by `audit log` and the GUI's History page (who may see what is in the service).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..texts import QT_TRANSLATE_NOOP, Code, Number, Text, joined, translate
from ..words import CODE_WORDS
from .replay import words

ACTIONS = {  # the action in words ("Words": the History page shows them in its language)
    "procedure.create": QT_TRANSLATE_NOOP("Words", "created the procedure"),
    "procedure.settings": QT_TRANSLATE_NOOP("Words", "changed the procedure's settings"),
    "member.add": QT_TRANSLATE_NOOP("Words", "added a panel member"),
    "member.update": QT_TRANSLATE_NOOP("Words", "changed a panel member"),
    "member.password": QT_TRANSLATE_NOOP("Words", "set a password"),
    "grid.edit": QT_TRANSLATE_NOOP("Words", "edited the grid"),
    "grid.amend": QT_TRANSLATE_NOOP("Words", "amended the sealed grid"),
    "grid.seal": QT_TRANSLATE_NOOP("Words", "sealed the grid"),
    "application.import": QT_TRANSLATE_NOOP("Words", "imported an application"),
    "application.exclude": QT_TRANSLATE_NOOP("Words", "excluded an application"),
    "application.readmit": QT_TRANSLATE_NOOP("Words", "readmitted an application"),
    "application.received_time": QT_TRANSLATE_NOOP("Words", "entered a received time"),
    "candidate.correct": QT_TRANSLATE_NOOP("Words", "corrected a candidate"),
    "eligibility.decide": QT_TRANSLATE_NOOP("Words", "decided an eligibility check"),
    "eligibility.article29": QT_TRANSLATE_NOOP("Words", "recorded the Article 29 category"),
    "declaration.sign": QT_TRANSLATE_NOOP("Words", "signed the declaration"),
    "declaration.conflict": QT_TRANSLATE_NOOP("Words", "declared a conflict of interest"),
    "declaration.import": QT_TRANSLATE_NOOP("Words", "declared (offline)"),
    "score.set": QT_TRANSLATE_NOOP("Words", "marked"),
    "score.import": QT_TRANSLATE_NOOP("Words", "imported marks"),
    "assessment.submit": QT_TRANSLATE_NOOP("Words", "submitted an assessment"),
    "assessment.reopen": QT_TRANSLATE_NOOP("Words", "reopened an assessment"),
    "consensus.set": QT_TRANSLATE_NOOP("Words", "recorded a consensus mark"),
    "shortlist.freeze": QT_TRANSLATE_NOOP("Words", "froze the shortlist"),
    "shortlist.change": QT_TRANSLATE_NOOP("Words", "changed the frozen shortlist"),
    "shortlist.sign": QT_TRANSLATE_NOOP("Words", "signed the shortlist"),
    "shortlist.reason": QT_TRANSLATE_NOOP("Words", "reworded a reason"),
    "outcome.set": QT_TRANSLATE_NOOP("Words", "recorded a final outcome"),
    "package.export": QT_TRANSLATE_NOOP("Words", "exported an offline package"),
    "package.open": QT_TRANSLATE_NOOP("Words", "opened an offline package"),
    "package.import": QT_TRANSLATE_NOOP("Words", "merged an offline return"),
    "audit.chain_start": QT_TRANSLATE_NOOP("Words", "started the audit chain (upgrade)"),
    "database.backup": QT_TRANSLATE_NOOP("Words", "backed up the database"),
    "database.restore": QT_TRANSLATE_NOOP("Words", "restored the database from a backup"),
    "procedure.amendment": QT_TRANSLATE_NOOP("Words", "amended the procedure after the seal"),
    "procedure.scoring_gate": QT_TRANSLATE_NOOP("Words", "changed the access to scoring"),
    "procedure.retention": QT_TRANSLATE_NOOP("Words", "changed the retention periods"),
    "procedure.close": QT_TRANSLATE_NOOP("Words", "closed the procedure"),
    "notice.published": QT_TRANSLATE_NOOP("Words", "recorded the notice's publication date"),
    "meeting.record": QT_TRANSLATE_NOOP("Words", "recorded a meeting"),
    "meeting.correct": QT_TRANSLATE_NOOP("Words", "corrected a recorded meeting"),
    "member.password_reset": QT_TRANSLATE_NOOP("Words", "reset a password"),
    "member.signin_failed": QT_TRANSLATE_NOOP("Words", "signed in with a wrong password"),
    "member.signin_unknown": QT_TRANSLATE_NOOP("Words", "tried to sign in with an unknown name"),
    "candidate.create": QT_TRANSLATE_NOOP("Words", "recorded a candidate"),
    "document.ocr": QT_TRANSLATE_NOOP("Words", "read a scan (OCR)"),
    "application.admit_after_freeze": QT_TRANSLATE_NOOP("Words", "admitted an application received after the freeze"),
    "application.out_of_scope": QT_TRANSLATE_NOOP("Words", "recorded an application received after the freeze as out of scope"),
    "shortlist.reopen": QT_TRANSLATE_NOOP("Words", "reopened the shortlist"),
    "final.freeze": QT_TRANSLATE_NOOP("Words", "froze the final ranking"),
    "final.change": QT_TRANSLATE_NOOP("Words", "changed the frozen final ranking"),
    "final.sign": QT_TRANSLATE_NOOP("Words", "signed the final ranking"),
    "hold.set": QT_TRANSLATE_NOOP("Words", "set a legal hold"),
    "hold.lift": QT_TRANSLATE_NOOP("Words", "lifted a legal hold"),
    "archive.written": QT_TRANSLATE_NOOP("Words", "wrote the archive"),
    "eligibility.confirm": QT_TRANSLATE_NOOP("Words", "confirmed a suggested eligibility check"),
    "scoring.enter": QT_TRANSLATE_NOOP("Words", "entered the scoring queues"),
    "scoring.leave": QT_TRANSLATE_NOOP("Words", "left the scoring queues"),
    "score.sheet": QT_TRANSLATE_NOOP("Words", "imported a score sheet"),
    "score.undo": QT_TRANSLATE_NOOP("Words", "undid a mark"),
    "letter.invitation": QT_TRANSLATE_NOOP("Words", "wrote an invitation letter"),
    "retention.purge": QT_TRANSLATE_NOOP("Words", "deleted personal data (retention)"),
}
KINDS = ("procedure", "member", "grid", "application", "eligibility", "declaration", "score", "assessment",
         "consensus", "shortlist", "outcome", "package", "candidate", "database", "meeting", "notice", "final",
         "hold", "archive", "document", "scoring", "letter", "retention")
MARK_EVENTS = ("score", "assessment")  # a member's own scoring: hidden from the others until the rules allow
_HIDDEN_KEYS = {"member", "decision_id", "version"}

_FIELDS = frozenset((  # the names of the fields the Change column shows ("Words": in the page's language)
    QT_TRANSLATE_NOOP("Words", "status"),
    QT_TRANSLATE_NOOP("Words", "value"),
    QT_TRANSLATE_NOOP("Words", "na"),
    QT_TRANSLATE_NOOP("Words", "comment"),
    QT_TRANSLATE_NOOP("Words", "reason"),
    QT_TRANSLATE_NOOP("Words", "candidate"),
    QT_TRANSLATE_NOOP("Words", "member"),
    QT_TRANSLATE_NOOP("Words", "criterion"),
    QT_TRANSLATE_NOOP("Words", "criteria"),
    QT_TRANSLATE_NOOP("Words", "kind"),
    QT_TRANSLATE_NOOP("Words", "email"),
    QT_TRANSLATE_NOOP("Words", "file"),
    QT_TRANSLATE_NOOP("Words", "surname"),
    QT_TRANSLATE_NOOP("Words", "first name"),
    QT_TRANSLATE_NOOP("Words", "title"),
    QT_TRANSLATE_NOOP("Words", "stage"),
    QT_TRANSLATE_NOOP("Words", "source"),
    QT_TRANSLATE_NOOP("Words", "excluded"),
    QT_TRANSLATE_NOOP("Words", "name"),
    QT_TRANSLATE_NOOP("Words", "justification"),
    QT_TRANSLATE_NOOP("Words", "outcome"),
    QT_TRANSLATE_NOOP("Words", "type"),
    QT_TRANSLATE_NOOP("Words", "weight"),
    QT_TRANSLATE_NOOP("Words", "valid until"),
    QT_TRANSLATE_NOOP("Words", "rank"),
    QT_TRANSLATE_NOOP("Words", "role"),
    QT_TRANSLATE_NOOP("Words", "wording"),
    QT_TRANSLATE_NOOP("Words", "timezone"),
    QT_TRANSLATE_NOOP("Words", "tie break"),
    QT_TRANSLATE_NOOP("Words", "text"),
    QT_TRANSLATE_NOOP("Words", "scale"),
    QT_TRANSLATE_NOOP("Words", "position"),
    QT_TRANSLATE_NOOP("Words", "decided"),
    QT_TRANSLATE_NOOP("Words", "declared"),
    QT_TRANSLATE_NOOP("Words", "eligible"),
    QT_TRANSLATE_NOOP("Words", "evidence"),
    QT_TRANSLATE_NOOP("Words", "flags"),
    QT_TRANSLATE_NOOP("Words", "hold"),
    QT_TRANSLATE_NOOP("Words", "final"),
    QT_TRANSLATE_NOOP("Words", "received utc"),
    QT_TRANSLATE_NOOP("Words", "received local"),
    QT_TRANSLATE_NOOP("Words", "on time"),
    QT_TRANSLATE_NOOP("Words", "mean"),
    QT_TRANSLATE_NOOP("Words", "to verify"),
    QT_TRANSLATE_NOOP("Words", "marks"),
    QT_TRANSLATE_NOOP("Words", "reference"),
    QT_TRANSLATE_NOOP("Words", "signed at"),
    QT_TRANSLATE_NOOP("Words", "decided at"),
    QT_TRANSLATE_NOOP("Words", "submitted at"),
    QT_TRANSLATE_NOOP("Words", "frozen at"),
    QT_TRANSLATE_NOOP("Words", "invited"),
    QT_TRANSLATE_NOOP("Words", "not invited"),
    QT_TRANSLATE_NOOP("Words", "suggested"),
    QT_TRANSLATE_NOOP("Words", "pending"),
    QT_TRANSLATE_NOOP("Words", "pages"),
    QT_TRANSLATE_NOOP("Words", "documents"),
    QT_TRANSLATE_NOOP("Words", "voting"),
    QT_TRANSLATE_NOOP("Words", "active"),
    QT_TRANSLATE_NOOP("Words", "replaces"),
    QT_TRANSLATE_NOOP("Words", "has password"),
    QT_TRANSLATE_NOOP("Words", "must change password"),
    QT_TRANSLATE_NOOP("Words", "grid hash"),
    QT_TRANSLATE_NOOP("Words", "template"),
    QT_TRANSLATE_NOOP("Words", "in queue"),
    QT_TRANSLATE_NOOP("Words", "article29"),
    QT_TRANSLATE_NOOP("Words", "minority"),
    QT_TRANSLATE_NOOP("Words", "attendees"),
    QT_TRANSLATE_NOOP("Words", "date"),
    QT_TRANSLATE_NOOP("Words", "place"),
    QT_TRANSLATE_NOOP("Words", "purpose"),
    QT_TRANSLATE_NOOP("Words", "written"),
    QT_TRANSLATE_NOOP("Words", "published on"),
    QT_TRANSLATE_NOOP("Words", "freeze"),
    QT_TRANSLATE_NOOP("Words", "signoffs cleared"),
    QT_TRANSLATE_NOOP("Words", "signoffs void"),
    QT_TRANSLATE_NOOP("Words", "rows"),
    QT_TRANSLATE_NOOP("Words", "mode"),
    QT_TRANSLATE_NOOP("Words", "scope"),
    QT_TRANSLATE_NOOP("Words", "application"),
    QT_TRANSLATE_NOOP("Words", "placeholder"),
    QT_TRANSLATE_NOOP("Words", "document"),
    QT_TRANSLATE_NOOP("Words", "engine"),
    QT_TRANSLATE_NOOP("Words", "mean confidence"),
    QT_TRANSLATE_NOOP("Words", "overall checks"),
    QT_TRANSLATE_NOOP("Words", "failures in a row"),
    QT_TRANSLATE_NOOP("Words", "paused until"),
    QT_TRANSLATE_NOOP("Words", "known"),
    QT_TRANSLATE_NOOP("Words", "changed"),
    QT_TRANSLATE_NOOP("Words", "bytes"),
    QT_TRANSLATE_NOOP("Words", "package id"),
    QT_TRANSLATE_NOOP("Words", "candidates"),
    QT_TRANSLATE_NOOP("Words", "return id"),
    QT_TRANSLATE_NOOP("Words", "merged"),
    QT_TRANSLATE_NOOP("Words", "unchanged"),
    QT_TRANSLATE_NOOP("Words", "declarations"),
    QT_TRANSLATE_NOOP("Words", "via"),
    QT_TRANSLATE_NOOP("Words", "built from"),
    QT_TRANSLATE_NOOP("Words", "to"),
    QT_TRANSLATE_NOOP("Words", "language"),
    QT_TRANSLATE_NOOP("Words", "subject"),
    QT_TRANSLATE_NOOP("Words", "interview"),
    QT_TRANSLATE_NOOP("Words", "video"),
    QT_TRANSLATE_NOOP("Words", "events archived"),
    QT_TRANSLATE_NOOP("Words", "last hash"),
    QT_TRANSLATE_NOOP("Words", "reports"),
    QT_TRANSLATE_NOOP("Words", "at"),
    QT_TRANSLATE_NOOP("Words", "generated"),
    QT_TRANSLATE_NOOP("Words", "archive"),
    QT_TRANSLATE_NOOP("Words", "applications redecided"),
    QT_TRANSLATE_NOOP("Words", "exclusion reason"),
    QT_TRANSLATE_NOOP("Words", "directorate general"),
    QT_TRANSLATE_NOOP("Words", "unit"),
    QT_TRANSLATE_NOOP("Words", "staff category"),
    QT_TRANSLATE_NOOP("Words", "grade"),
    QT_TRANSLATE_NOOP("Words", "mailbox"),
    QT_TRANSLATE_NOOP("Words", "confidentiality"),
    QT_TRANSLATE_NOOP("Words", "underrepresented"),
    QT_TRANSLATE_NOOP("Words", "deadline utc"),
    QT_TRANSLATE_NOOP("Words", "scoring deadline utc"),
    QT_TRANSLATE_NOOP("Words", "report language"),
    QT_TRANSLATE_NOOP("Words", "pass mark"),
    QT_TRANSLATE_NOOP("Words", "interview pass mark"),
    QT_TRANSLATE_NOOP("Words", "best n"),
    QT_TRANSLATE_NOOP("Words", "consolidation"),
    QT_TRANSLATE_NOOP("Words", "divergence points"),
    QT_TRANSLATE_NOOP("Words", "article29 bypass best n"),
    QT_TRANSLATE_NOOP("Words", "final ranking"),
    QT_TRANSLATE_NOOP("Words", "combined weights"),
    QT_TRANSLATE_NOOP("Words", "minimum"),
    QT_TRANSLATE_NOOP("Words", "anchors"),
    QT_TRANSLATE_NOOP("Words", "keywords"),
    QT_TRANSLATE_NOOP("Words", "group"),
    QT_TRANSLATE_NOOP("Words", "non recruited years"),
    QT_TRANSLATE_NOOP("Words", "reserve years"),
    QT_TRANSLATE_NOOP("Words", "as of"),
    QT_TRANSLATE_NOOP("Words", "policy"),
    QT_TRANSLATE_NOOP("Words", "counts"),
    QT_TRANSLATE_NOOP("Words", "held back"),
    QT_TRANSLATE_NOOP("Words", "redacted"),
    QT_TRANSLATE_NOOP("Words", "reasons"),
    QT_TRANSLATE_NOOP("Words", "backup taken at"),
    QT_TRANSLATE_NOOP("Words", "bulk"),
    QT_TRANSLATE_NOOP("Words", "admitted"),
))


@dataclass(frozen=True)
class Subject:
    candidate: str | None  # e-mail
    member: str | None  # the member the event is about (besides its actor)
    stage: str | None
    criterion: str | None


def subject(entity: str, entity_id: str | None, app_emails: dict[str, str]) -> Subject:
    """Whom an event concerns, from its entity and id (app_emails: application id -> candidate e-mail)."""
    eid = entity_id or ""
    if entity == "score" and "/" in eid:
        email, crit = eid.rsplit("/", 1)
        return Subject(email, None, None, crit)
    if entity == "assessment" and eid.count("/") >= 2:
        member, rest = eid.split("/", 1)
        email, stage = rest.rsplit("/", 1)
        return Subject(email, member, stage, None)
    if entity == "candidate":
        parts = eid.split("/")
        return Subject(parts[0], None, parts[2] if len(parts) > 2 else None, parts[1] if len(parts) > 1 else None)
    if entity == "application":
        return Subject(app_emails.get(eid), None, None, None)
    if entity == "member":
        return Subject(None, eid or None, None, None)
    return Subject(None, None, None, None)


def kind_of(action: str) -> str:
    return action.split(".", 1)[0]


def action_words(action: str) -> str:
    return ACTIONS.get(action, action)


def _field(key: str) -> str:
    name = key.replace("_", " ")
    return Text("Words", name) if name in _FIELDS else name


def field_word(key: str) -> str:
    """A stored field's name in words (a Text when it has an entry: "pass_mark" -> pass mark), as the History page
    and the panel report's amendments name it."""
    return _field(key)


def _value(v: object) -> str:
    if v is None:
        return Text("Words", QT_TRANSLATE_NOOP("Words", "none"))
    if isinstance(v, bool):
        return Text("Words", QT_TRANSLATE_NOOP("Words", "yes") if v else QT_TRANSLATE_NOOP("Words", "no"))
    if isinstance(v, str) and v in CODE_WORDS:  # a stored code: its word in the page's language, stored as is
        return Text("", "'{p0}'", {"p0": Code(v, CODE_WORDS[v])})
    if isinstance(v, float):  # a mark, a mean: 2.5 is 2,5 on a French page
        return Number(words(v))
    return words(v)


def change_words(before: dict | None, after: dict | None) -> str:
    """'value 2 → 4; comment none → 'clear'': each field that changed, or the values set (a Text: the History
    page shows the field names, the words none/yes/no and the stored codes of domain/words.CODE_WORDS in its
    language; the other values are data, shown as stored)."""
    before, after = before or {}, after or {}
    parts: list[str] = []
    for key in [k for k in after if k not in _HIDDEN_KEYS] + [k for k in before if k not in after
                                                              and k not in _HIDDEN_KEYS]:
        old, new = before.get(key), after.get(key)
        if key in before and old != new:
            parts.append(translate("Words", "{field} {old} → {new}").format(
                field=_field(key), old=_value(old), new=_value(new)))
        elif key not in before:
            parts.append(translate("Words", "{field} {new}").format(field=_field(key), new=_value(new)))
    return joined(parts)
