"""The eligibility snapshot kept on each application, computed in the intake worker at import.

Here in the domain (standard library only) so that the import's worker processes load no database code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from panel_app.domain.deadline import on_time, with_late_flag

from ..texts import Text, to_json
from .checks import suggest
from .facts import ApplicationFacts


def suggestion_snapshot(page_texts: list[str], flags: list[str], europass: dict | None, grade: str,
                        criteria: list[tuple[str, bool]], min_years: int = 3, ocr: bool = False) -> dict:
    """`ocr=True`: page_texts were read by OCR from a scan (they may give "met", never "not met")."""
    unreadable: list[str] = [f for f in ("encrypted", "corrupt") if f in flags] or (
        ["no_text_layer"] if "no_text_layer" in flags and not ocr else [])
    facts = ApplicationFacts(page_texts=page_texts, readable=not unreadable, intake_flags=list(flags),
                             europass=europass, grade=grade, ocr=ocr)
    s = suggest(facts, criteria, min_years=min_years)
    return {"nationalities": s.nationalities, "diploma_years": s.diploma_years, "languages": s.languages,
            "article29": s.article29, "article29_evidence": s.article29_evidence,
            "article29_unsure": s.article29_unsure, "warnings": s.warnings,
            "checks": [dict(vars(c)) | _templates(reason=c.reason) for c in s.checks],
            **_templates(article29_unsure=s.article29_unsure),
            **({"warnings_text": [to_json(w) for w in s.warnings]} if any(isinstance(w, Text) for w in s.warnings)
               else {})}


def _templates(**texts: object) -> dict:
    """`<key>_text`: the template of each Text (domain/texts.py), so that the interface can show the stored
    English reason in its own language (services/eligibility reads it back with texts.from_json)."""
    return {f"{k}_text": to_json(v) for k, v in texts.items() if isinstance(v, Text)}


class _Document(Protocol):
    kind: str
    page_texts: list[str]
    europass: dict | None


class _Message(Protocol):
    """What the snapshot reads of an intake `ParsedMessage` (the domain imports no intake code)."""
    flags: list[str]
    received_utc: datetime | None

    @property
    def documents(self) -> Sequence[_Document]: ...


def message_snapshot(msg: _Message, grade: str, criteria: list[tuple[str, bool]], min_years: int,
                     deadline: datetime) -> dict:
    """Runs in the intake worker: the suggestion for one parsed message (`late` decided from the deadline)."""
    flags = with_late_flag(list(msg.flags), on_time(msg.received_utc, deadline))
    pdf_texts = [t for d in msg.documents if d.kind == "pdf" for t in d.page_texts]
    europass = next((d.europass for d in msg.documents if d.europass), None)
    # a document whose text an OCR step supplied carries `ocr = True` (see ApplicationFacts.ocr)
    ocr = any(getattr(d, "ocr", False) for d in msg.documents if d.kind == "pdf")
    return suggestion_snapshot(pdf_texts, flags, europass, grade, criteria, min_years, ocr=ocr)


def message_snapshot_json(msg: _Message, grade: str, criteria: list[tuple[str, bool]], min_years: int,
                          deadline: datetime) -> str:
    """Runs in the intake worker: `message_snapshot` as the JSON the application row stores (`json.dumps`, what
    the database's JSON columns write), so that one string comes back to the importer instead of its objects."""
    return json.dumps(message_snapshot(msg, grade, criteria, min_years, deadline))
