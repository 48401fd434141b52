"""The history in words: which candidate and member an event concerns, what it did, what changed.

Pure rules shared by `audit log` and the GUI's History page (who may see what is in the service).
"""

from __future__ import annotations

from dataclasses import dataclass

from .replay import words

ACTIONS = {
    "procedure.create": "created the procedure", "procedure.settings": "changed the procedure's settings",
    "member.add": "added a panel member", "member.update": "changed a panel member",
    "member.password": "set a password", "grid.edit": "edited the grid", "grid.amend": "amended the sealed grid",
    "grid.seal": "sealed the grid", "application.import": "imported an application",
    "application.exclude": "excluded an application", "application.readmit": "readmitted an application",
    "application.received_time": "entered a received time", "candidate.correct": "corrected a candidate",
    "eligibility.decide": "decided an eligibility check", "eligibility.article29": "recorded the Article 29 category",
    "declaration.sign": "signed the declaration", "declaration.conflict": "declared a conflict of interest",
    "declaration.import": "declared (offline)", "score.set": "marked", "score.import": "imported marks",
    "assessment.submit": "submitted an assessment", "assessment.reopen": "reopened an assessment",
    "consensus.set": "recorded a consensus mark", "shortlist.freeze": "froze the shortlist",
    "shortlist.change": "changed the frozen shortlist", "shortlist.sign": "signed the shortlist",
    "shortlist.reason": "reworded a reason", "outcome.set": "recorded a final outcome",
    "package.export": "exported an offline package", "package.open": "opened an offline package",
    "package.import": "merged an offline return", "audit.chain_start": "started the audit chain (upgrade)",
    "database.backup": "backed up the database", "database.restore": "restored the database from a backup",
    "procedure.amendment": "amended the procedure after the seal", "procedure.scoring_gate": "changed the access to scoring",
    "procedure.retention": "changed the retention periods", "procedure.close": "closed the procedure",
    "notice.published": "recorded the notice's publication date", "meeting.record": "recorded a meeting",
    "meeting.correct": "corrected a recorded meeting", "member.password_reset": "reset a password",
    "member.signin_failed": "signed in with a wrong password", "member.signin_unknown": "tried to sign in with an unknown name",
    "candidate.create": "recorded a candidate", "document.ocr": "read a scan (OCR)",
    "application.admit_after_freeze": "admitted an application received after the freeze",
    "application.out_of_scope": "recorded an application received after the freeze as out of scope",
    "shortlist.reopen": "reopened the shortlist", "final.freeze": "froze the final ranking",
    "final.change": "changed the frozen final ranking", "final.sign": "signed the final ranking",
    "hold.set": "set a legal hold", "hold.lift": "lifted a legal hold", "archive.written": "wrote the archive",
}
KINDS = ("procedure", "member", "grid", "application", "eligibility", "declaration", "score", "assessment",
         "consensus", "shortlist", "outcome", "package", "candidate", "database", "meeting", "notice", "final",
         "hold", "archive", "document")
MARK_EVENTS = ("score", "assessment")  # a member's own scoring: hidden from the others until the rules allow
_HIDDEN_KEYS = {"member", "decision_id", "version"}


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


def change_words(before: dict | None, after: dict | None) -> str:
    """'value 2 → 4; comment none → 'clear'': each field that changed, or the values set."""
    before, after = before or {}, after or {}
    parts = []
    for key in [k for k in after if k not in _HIDDEN_KEYS] + [k for k in before if k not in after
                                                              and k not in _HIDDEN_KEYS]:
        old, new = before.get(key), after.get(key)
        if key in before and old != new:
            parts.append(f"{key.replace('_', ' ')} {words(old)} → {words(new)}")
        elif key not in before:
            parts.append(f"{key.replace('_', ' ')} {words(new)}")
    return "; ".join(parts)
