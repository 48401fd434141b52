"""The plain results of intake parsing: documents, messages and suggested candidate details.

No DB, no Qt: the service layer stores these (raw bytes included, so nothing is ever lost).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Flag codes (exact names; the service and the UI key on them).
REFERENCE_MISSING = "reference_missing"
NO_ATTACHMENT = "no_attachment"
NOT_SINGLE_PDF = "not_single_pdf"
NOT_PDF = "not_pdf"
ARCHIVE = "archive"
ENCRYPTED = "encrypted"
CORRUPT = "corrupt"
NO_TEXT_LAYER = "no_text_layer"
RECEIVED_TIME_UNKNOWN = "received_time_unknown"
FORWARDED = "forwarded"
NOT_MAIL = "not_mail"
NOT_READ = "not_read"  # a limit or a crash stopped the reader: stored unparsed, the reason in `error`
ACTIVE_CONTENT = "active_content"  # JavaScript, an action on opening, a launch action, an embedded program
PAGES_LIMITED = "pages_limited"  # only the first max_pages pages were read
NOT_UNPACKED = "not_unpacked"  # an archive member or mail part over the unpacked-size limit was left packed

# In words: panel_app/domain/flags.py (one owner for every screen and report).

DOCUMENT_FLAGS = (ENCRYPTED, CORRUPT, NO_TEXT_LAYER, ACTIVE_CONTENT, PAGES_LIMITED, NOT_UNPACKED)


@dataclass
class Suggestion:
    """A guessed candidate detail with its evidence."""

    field: str  # "surname" | "first_name" | "email" | "nationality" ...
    value: str
    source: str  # "header" | "form" | "europass"
    evidence: str  # the snippet it was read from
    page: int | None  # 1-based page in the document, when from a PDF


@dataclass
class ParsedDocument:
    filename: str
    content: bytes
    sha256: str
    kind: str  # "pdf" | "docx" | "zip" | "7z" | "image" | "text" | "other" (by magic bytes)
    pages: int | None
    has_text: bool
    page_texts: list[str]  # extracted text per page ([] when not a readable PDF)
    flags: list[str]  # "encrypted", "corrupt", "no_text_layer"
    europass: dict | None  # parsed embedded Europass XML, or None
    from_archive: str | None = None  # name of the zip it was extracted from
    notes: list[str] = field(default_factory=list)  # flags in words ("only the first 300 of 1,000 pages read")
    content_path: str | None = None  # a large part spooled to disk by the worker (`content` is then empty)


@dataclass
class ParsedMessage:
    source: str  # file name as imported; for mbox "name.mbox#3"
    source_sha256: str  # sha256 of the raw bytes of this message/file
    raw: bytes  # the original bytes
    kind: str  # "eml" | "msg" | "mbox" | "pdf" | "unknown"
    message_id: str | None
    subject: str | None
    sender_name: str | None
    sender_email: str | None  # normalised: stripped, lower-case
    received_utc: datetime | None  # aware UTC
    date_header_utc: datetime | None
    reference_ok: bool | None  # None for loose PDFs (no subject)
    documents: list[ParsedDocument]
    flags: list[str]
    suggestions: list[Suggestion]
    error: str | None = None  # a sentence in words when the file could not be read as mail/PDF at all
    extra: dict | str | None = None  # what a `post` step of parse_many computed in the worker (the import: JSON)
    notes: list[str] = field(default_factory=list)  # information in words (active content, limits reached)
    raw_path: str | None = None  # set by a worker that left a large file's bytes for the parent to read

    def add_flag(self, flag: str) -> None:
        if flag not in self.flags:
            self.flags.append(flag)

    def add_note(self, words: str) -> None:
        if words not in self.notes:
            self.notes.append(words)

