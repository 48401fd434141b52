"""What the applications service lists: one `ApplicationInfo` per application, with its candidate and documents.

Frozen dataclasses, the seam between the applications service and the interface, the reports and the CLI.
`as_json()` is the CLI's --json form: its keys and their order are a contract.
"""

from __future__ import annotations

from dataclasses import dataclass

from .json_record import JsonRecord


@dataclass(frozen=True)
class ApplicationCandidate:
    """The candidate of an application as recorded (all None for an application without a candidate)."""

    surname: str | None
    first_name: str | None
    email: str | None
    version: int | None  # the candidate row's version: a correction of the name sends it back (stale edits)


@dataclass(frozen=True)
class DocumentInfo:
    filename: str
    sha256: str
    pages: int | None
    has_text: bool
    kind: str
    flags: list[str]
    ocr_confidence: float | None
    ocr_engine: str | None


@dataclass(frozen=True)
class ApplicationInfo(JsonRecord):
    id: int
    source: str
    candidate: ApplicationCandidate
    received_utc: str | None
    date_header_utc: str | None
    received_local: str | None
    date_mismatch_minutes: int | None
    on_time: bool | None
    reference_ok: bool | None
    flags: list[str]
    status: str
    excluded: bool
    exclusion_reason: str | None
    subject: str | None
    sender: str | None
    error: str | None  # a reading problem: a domain Text (shown in the interface's language), or stored English
    version: int
    documents: list[DocumentInfo]
