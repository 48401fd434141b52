"""The intake flags of an application in words: a short label for lists and filters, and a sentence that says
what it means and what to do. One owner for every screen and report (never a raw code such as
`received_time_unknown` in front of a user)."""

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
    "not_read": "not read: a limit or a crash stopped the reader; the file is stored unchanged (see the problem below)",
    "active_content": "active content (JavaScript, an action on opening, a launch action or an embedded program): "
                      "information; the application still counts",
    "pages_limited": "only the first pages of a very long PDF were read (see the problem below)",
    "not_unpacked": "a part too large to unpack is kept, packed, in the stored original (see the problem below)",
}

FLAG_LABEL = {
    "late": "late", "reference_missing": "no reference", "no_attachment": "no attachment",
    "not_single_pdf": "several documents", "not_pdf": "not a PDF", "archive": "archive", "encrypted": "password",
    "corrupt": "unreadable", "no_text_layer": "scan without text", "ocr_text": "read by OCR", "received_time_unknown": "receipt time unknown",
    "forwarded": "forwarded", "not_mail": "not mail or PDF", "not_read": "not read (limit)",
    "active_content": "active content", "pages_limited": "first pages only", "not_unpacked": "part not unpacked",
}


def flag_label(code: str) -> str:
    return FLAG_LABEL.get(code) or code.replace("_", " ")


def flag_text(code: str) -> str:
    return FLAG_TEXT.get(code) or code.replace("_", " ")
