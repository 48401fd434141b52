"""The history in words: which candidate and member an event concerns, what it did, what changed.

Pure rules shared by `audit log` and the GUI's History page (who may see what is in the service).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..texts import QT_TRANSLATE_NOOP, Text, joined, translate
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
}
KINDS = ("procedure", "member", "grid", "application", "eligibility", "declaration", "score", "assessment",
         "consensus", "shortlist", "outcome", "package", "candidate", "database", "meeting", "notice", "final",
         "hold", "archive", "document")
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


def _value(v: object) -> str:
    if v is None:
        return Text("Words", QT_TRANSLATE_NOOP("Words", "none"))
    if isinstance(v, bool):
        return Text("Words", QT_TRANSLATE_NOOP("Words", "yes") if v else QT_TRANSLATE_NOOP("Words", "no"))
    return words(v)


def change_words(before: dict | None, after: dict | None) -> str:
    """'value 2 → 4; comment none → 'clear'': each field that changed, or the values set (a Text: the History
    page shows the field names and the words none/yes/no in its language; the values themselves are data)."""
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
