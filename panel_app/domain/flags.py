"""The intake flags of an application in words: a short label for lists and filters, and a sentence that says
what it means and what to do. One owner for every screen and report (never a raw code such as
`received_time_unknown` in front of a user). Marked for the catalogue ("Words"): the interface (ui/words.py)
and the reports look each one up by its English."""

from __future__ import annotations

from .texts import QT_TRANSLATE_NOOP

FLAG_TEXT = {
    "late": QT_TRANSLATE_NOOP("Words", "received after the deadline"),
    "reference_missing": QT_TRANSLATE_NOOP("Words", "the selection reference is not in the subject"),
    "no_attachment": QT_TRANSLATE_NOOP("Words", "no document attached"),
    "not_single_pdf": QT_TRANSLATE_NOOP("Words", "not one single PDF (several documents)"),
    "not_pdf": QT_TRANSLATE_NOOP("Words", "a document is not a PDF"),
    "archive": QT_TRANSLATE_NOOP("Words", "documents were sent in an archive (zip)"),
    "encrypted": QT_TRANSLATE_NOOP("Words", "a document is password-protected"),
    "corrupt": QT_TRANSLATE_NOOP("Words", "a document is damaged or unreadable"),
    "no_text_layer": QT_TRANSLATE_NOOP("Words", "a scan without a text layer: it cannot be searched, check it by eye"),
    "ocr_text": QT_TRANSLATE_NOOP("Words", "a scan read by OCR: searchable, but check what matters against the "
                                           "scan"),
    "received_time_unknown": QT_TRANSLATE_NOOP("Words", "the mailbox receipt time is unknown (a loose file): enter it"),
    "forwarded": QT_TRANSLATE_NOOP("Words", "forwarded by someone else; judged on the inner message"),
    "not_mail": QT_TRANSLATE_NOOP("Words", "the file is neither an e-mail nor a PDF"),
    "not_read": QT_TRANSLATE_NOOP("Words", "not read: a limit or a crash stopped the reader; the file is stored "
                                           "unchanged (see the problem below)"),
    "active_content": QT_TRANSLATE_NOOP("Words", "active content (JavaScript, an action on opening, a launch action or "
                                                 "an embedded program): information; the application still counts"),
    "pages_limited": QT_TRANSLATE_NOOP("Words", "only the first pages of a very long PDF were read (see the problem "
                                                "below)"),
    "not_unpacked": QT_TRANSLATE_NOOP("Words", "a part too large to unpack is kept, packed, in the stored original "
                                               "(see the problem below)"),
}

FLAG_LABEL = {
    "late": QT_TRANSLATE_NOOP("Words", "late"),
    "reference_missing": QT_TRANSLATE_NOOP("Words", "no reference"),
    "no_attachment": QT_TRANSLATE_NOOP("Words", "no attachment"),
    "not_single_pdf": QT_TRANSLATE_NOOP("Words", "several documents"),
    "not_pdf": QT_TRANSLATE_NOOP("Words", "not a PDF"),
    "archive": QT_TRANSLATE_NOOP("Words", "archive"),
    "encrypted": QT_TRANSLATE_NOOP("Words", "password"),
    "corrupt": QT_TRANSLATE_NOOP("Words", "unreadable"),
    "no_text_layer": QT_TRANSLATE_NOOP("Words", "scan without text"),
    "ocr_text": QT_TRANSLATE_NOOP("Words", "read by OCR"),
    "received_time_unknown": QT_TRANSLATE_NOOP("Words", "receipt time unknown"),
    "forwarded": QT_TRANSLATE_NOOP("Words", "forwarded"),
    "not_mail": QT_TRANSLATE_NOOP("Words", "not mail or PDF"),
    "not_read": QT_TRANSLATE_NOOP("Words", "not read (limit)"),
    "active_content": QT_TRANSLATE_NOOP("Words", "active content"),
    "pages_limited": QT_TRANSLATE_NOOP("Words", "first pages only"),
    "not_unpacked": QT_TRANSLATE_NOOP("Words", "part not unpacked"),
}


def flag_label(code: str) -> str:
    return FLAG_LABEL.get(code) or code.replace("_", " ")


def flag_text(code: str) -> str:
    return FLAG_TEXT.get(code) or code.replace("_", " ")
