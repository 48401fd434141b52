"""Intake flags in words: the one wording of every flag an imported application may carry (screens, reports)."""

from __future__ import annotations

FLAG_TEXT = {
    "late": "received after the deadline", "reference_missing": "the selection reference is not in the subject",
    "no_attachment": "no document attached", "not_single_pdf": "not one single PDF (several documents)",
    "not_pdf": "a document is not a PDF", "archive": "documents were sent in an archive (zip)",
    "encrypted": "a document is password-protected", "corrupt": "a document is damaged or unreadable",
    "no_text_layer": "a scan without a text layer: it cannot be searched, check it by eye",
    "ocr_text": "a scan read by OCR: searchable, but check what matters against the scan",
    "received_time_unknown": "the mailbox receipt time is unknown (a loose file): enter it",
    "forwarded": "forwarded by someone else; judged on the inner message",
    "not_mail": "the file is neither an e-mail nor a PDF",
}


def flag_words(code: str) -> str:
    """A flag in words; an unknown code is said as words too ("page_limit" -> "page limit")."""
    return FLAG_TEXT.get(code, code.replace("_", " "))
