"""The retention purge in the database (issue 20 part 3): what a candidate's purge would delete, and deleting it.

A purged candidate keeps a stub: the candidate row (no name, a placeholder address), their applications (status
"purged", with the received time, the on-time check, the eligibility outcome, the exclusion flag and the Art. 29
category: counts, no personal data). Deleted: documents and their bytes (unless another application still holds
the same file), extracted and OCR text (stored with the documents), the personal fields of the applications,
their marks, assessments and the decisions about them; the reasons of conflicts declared on them. Their audit
events are redacted (store/audit_redaction.py), their hashes kept.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from panel_app.domain.decision_values import OutcomeValue

from .models import Application, Assessment, Candidate, Decision, Declaration, Document, DocumentBlob, Score


@dataclass
class Footprint:
    """What a purge of these candidates deletes (counts) and which audit events it redacts."""

    applications: int = 0
    documents: int = 0
    document_bytes: int = 0
    text_chars: int = 0
    marks: int = 0
    assessments: int = 0
    decisions: int = 0
    events: list[int] | None = None

    def as_dict(self) -> dict:
        return {"applications": self.applications, "documents": self.documents,
                "document_bytes": self.document_bytes, "text_chars": self.text_chars, "marks": self.marks,
                "assessments": self.assessments, "decisions": self.decisions,
                "audit_events_redacted": len(self.events or [])}


def outcomes(s: Session, pid: int) -> dict[int, tuple[str | None, date | None]]:
    """{candidate id: (outcome, reserve valid until)} from the latest final_outcome decision of each."""
    out: dict[int, tuple[str | None, date | None]] = {}
    rows = s.execute(select(Decision.candidate_id, Decision.value).where(
        Decision.procedure_id == pid, Decision.kind == "final_outcome").order_by(Decision.id))
    for cid, value in rows:
        v = OutcomeValue.from_json(value)
        until = v.valid_until
        out[cid] = (v.outcome, date.fromisoformat(until) if until else None)
    return out


def candidates(s: Session, pid: int) -> list[tuple[int, str, bool]]:
    """(id, e-mail, purged) of every candidate of the procedure."""
    return [(i, e, e.endswith("@purged.invalid")) for i, e in s.execute(
        select(Candidate.id, Candidate.email).where(Candidate.procedure_id == pid).order_by(Candidate.id))]


def _needles(s: Session, cids: list[int]) -> re.Pattern | None:
    words: set[str] = set()
    for email, surname, first in s.execute(select(Candidate.email, Candidate.surname, Candidate.first_name)
                                           .where(Candidate.id.in_(cids))):
        words.update(w for w in (email, surname, first) if w and len(w) >= 3)
    for email, name in s.execute(select(Application.sender_email, Application.sender_name)
                                 .where(Application.candidate_id.in_(cids))):
        words.update(w for w in (email, name) if w and len(w) >= 3)
    if not words:
        return None
    return re.compile("|".join(re.escape(json.dumps(w)[1:-1]) for w in sorted(words, key=len, reverse=True)),
                      re.IGNORECASE)


def footprint(s: Session, pid: int, cids: list[int], events: list) -> Footprint:
    """What purging `cids` would delete; `events`: the procedure's chain events (domain ChainEvent)."""
    f = Footprint()
    if not cids:
        f.events = []
        return f
    apps = select(Application.id).where(Application.candidate_id.in_(cids))
    f.applications = s.scalar(select(func.count()).select_from(apps.subquery())) or 0
    d = Document
    f.documents, f.document_bytes, f.text_chars = s.execute(
        select(func.count(d.id), func.coalesce(func.sum(DocumentBlob.size), 0),
               func.coalesce(func.sum(func.length(d.text) + func.coalesce(func.length(d.ocr_text), 0)), 0))
        .join(DocumentBlob, DocumentBlob.sha256 == d.blob_sha256).where(d.application_id.in_(apps))).one()
    f.marks = s.scalar(select(func.count(Score.id)).where(Score.candidate_id.in_(cids))) or 0
    f.assessments = s.scalar(select(func.count(Assessment.id)).where(Assessment.candidate_id.in_(cids))) or 0
    f.decisions = s.scalar(select(func.count(Decision.id)).where(
        or_(Decision.candidate_id.in_(cids), Decision.application_id.in_(apps)))) or 0
    app_ids = {str(i) for i in s.scalars(apps)}
    pattern = _needles(s, cids)
    f.events = []
    for e in events:
        text = " ".join(x for x in (e.entity_id, e.before, e.after, e.state) if x)
        if (e.entity == "application" and e.entity_id in app_ids) or (pattern is not None and pattern.search(text)):
            f.events.append(e.id)
    return f


def purge(s: Session, cids: list[int]) -> None:
    """Delete the personal data of these candidates (see the module's docstring); the stubs stay."""
    apps = select(Application.id).where(Application.candidate_id.in_(cids)).scalar_subquery()
    shas = set(s.scalars(select(Document.blob_sha256).where(Document.application_id.in_(apps))))
    shas |= {x for x in s.scalars(select(Application.raw_sha256).where(Application.candidate_id.in_(cids))) if x}
    s.execute(delete(Score).where(Score.candidate_id.in_(cids)))
    s.execute(delete(Assessment).where(Assessment.candidate_id.in_(cids)))
    s.execute(delete(Decision).where(or_(Decision.candidate_id.in_(cids), Decision.application_id.in_(apps))))
    s.execute(update(Declaration).where(Declaration.candidate_id.in_(cids)).values(reason=None))
    s.execute(delete(Document).where(Document.application_id.in_(apps)))
    s.execute(update(Application).where(Application.candidate_id.in_(cids)).values(
        raw_sha256=None, source="purged", subject=None, sender_name=None, sender_email=None, message_id=None,
        error=None, suggestions=[], eligibility={}, article29_evidence=None, exclusion_reason=None,
        status="purged", version=Application.version + 1))
    for cid in cids:
        s.execute(update(Candidate).where(Candidate.id == cid).values(
            surname="", first_name="", email=f"candidate-{cid}@purged.invalid", version=Candidate.version + 1))
    still = set(s.scalars(select(Document.blob_sha256).where(Document.blob_sha256.in_(shas))))
    still |= set(s.scalars(select(Application.raw_sha256).where(Application.raw_sha256.in_(shas))))
    gone = shas - still
    if gone:
        s.execute(delete(DocumentBlob).where(DocumentBlob.sha256.in_(gone)))
