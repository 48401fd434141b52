"""One place that turns what a reader found into a complete ParsedMessage (flags, suggestions)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from panel_app.domain.texts import translate

from .documents import build_documents, document_flags
from .model import CORRUPT, NOT_MAIL, RECEIVED_TIME_UNKNOWN, REFERENCE_MISSING, ParsedMessage
from .reference import reference_matches
from .suggest import all_suggestions


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def assemble(*, source: str, raw: bytes, kind: str, reference: str, message_id: str | None = None,
             subject: str | None = None, sender_name: str | None = None, sender_email: str | None = None,
             received_utc: datetime | None = None, date_header_utc: datetime | None = None,
             attachments: list[tuple[str, bytes]] | None = None, flags: list[str] | None = None,
             error: str | None = None, loose_pdf: bool = False, notes: list[str] | None = None) -> ParsedMessage:
    docs = build_documents(attachments or [])
    msg = ParsedMessage(
        source=source, source_sha256=sha256(raw), raw=raw, kind=kind, message_id=message_id, subject=subject,
        sender_name=sender_name, sender_email=sender_email, received_utc=received_utc,
        date_header_utc=date_header_utc, reference_ok=None if loose_pdf else reference_matches(subject, reference),
        documents=docs, flags=[], suggestions=[], error=error,
    )
    for f in flags or []:
        msg.add_flag(f)
    for words in notes or []:
        msg.add_note(words)
    if msg.reference_ok is False:
        msg.add_flag(REFERENCE_MISSING)
    for f in document_flags(docs):
        msg.add_flag(f)
    for d in docs:
        for words in d.notes:
            msg.add_note(words if words.startswith(d.filename) else translate("Errors", "{file}: {note}").format(
                file=d.filename, note=words))
    if received_utc is None:
        msg.add_flag(RECEIVED_TIME_UNKNOWN)
    evidence = f"From: {sender_name or ''} <{sender_email or ''}>".strip()
    msg.suggestions = all_suggestions(docs, sender_name, sender_email, evidence)
    return msg


def unreadable(source: str, raw: bytes, *, kind: str = "unknown", flag: str = NOT_MAIL,
               error: str) -> ParsedMessage:
    """A file that could not be read as mail or PDF at all: kept whole, flagged, explained."""
    msg = ParsedMessage(
        source=source, source_sha256=sha256(raw), raw=raw, kind=kind, message_id=None, subject=None,
        sender_name=None, sender_email=None, received_utc=None, date_header_utc=None, reference_ok=None,
        documents=[], flags=[], suggestions=[], error=error,
    )
    msg.add_flag(flag)
    if flag != CORRUPT or not raw:
        msg.add_flag(RECEIVED_TIME_UNKNOWN)
    return msg
