"""The domain's words as the interface shows them: roles, yes/no... translated here, stored in English.

The services return the domain's own (English) words; a page shows them through these functions. A word
with no entry is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from panel_app.domain import flags
from panel_app.domain.texts import render

ROLES = {
    "chair": QT_TRANSLATE_NOOP("Words", "chair"),
    "member": QT_TRANSLATE_NOOP("Words", "member"),
    "secretary": QT_TRANSLATE_NOOP("Words", "secretary"),
    "observer": QT_TRANSLATE_NOOP("Words", "observer"),
}

# the intake flags' labels and sentences (domain/flags: FLAG_LABEL, FLAG_TEXT), for lupdate; a test checks that
# every one of them is here
FLAG_WORDS = (
    QT_TRANSLATE_NOOP("Words", 'late'),
    QT_TRANSLATE_NOOP("Words", 'no reference'),
    QT_TRANSLATE_NOOP("Words", 'no attachment'),
    QT_TRANSLATE_NOOP("Words", 'several documents'),
    QT_TRANSLATE_NOOP("Words", 'not a PDF'),
    QT_TRANSLATE_NOOP("Words", 'archive'),
    QT_TRANSLATE_NOOP("Words", 'password'),
    QT_TRANSLATE_NOOP("Words", 'unreadable'),
    QT_TRANSLATE_NOOP("Words", 'scan without text'),
    QT_TRANSLATE_NOOP("Words", 'read by OCR'),
    QT_TRANSLATE_NOOP("Words", 'receipt time unknown'),
    QT_TRANSLATE_NOOP("Words", 'forwarded'),
    QT_TRANSLATE_NOOP("Words", 'not mail or PDF'),
    QT_TRANSLATE_NOOP("Words", 'not read (limit)'),
    QT_TRANSLATE_NOOP("Words", 'active content'),
    QT_TRANSLATE_NOOP("Words", 'first pages only'),
    QT_TRANSLATE_NOOP("Words", 'part not unpacked'),
    QT_TRANSLATE_NOOP("Words", 'received after the deadline'),
    QT_TRANSLATE_NOOP("Words", 'the selection reference is not in the subject'),
    QT_TRANSLATE_NOOP("Words", 'no document attached'),
    QT_TRANSLATE_NOOP("Words", 'not one single PDF (several documents)'),
    QT_TRANSLATE_NOOP("Words", 'a document is not a PDF'),
    QT_TRANSLATE_NOOP("Words", 'documents were sent in an archive (zip)'),
    QT_TRANSLATE_NOOP("Words", 'a document is password-protected'),
    QT_TRANSLATE_NOOP("Words", 'a document is damaged or unreadable'),
    QT_TRANSLATE_NOOP("Words", 'a scan without a text layer: it cannot be searched, check it by eye'),
    QT_TRANSLATE_NOOP("Words", 'a scan read by OCR: searchable, but check what matters against the scan'),
    QT_TRANSLATE_NOOP("Words", 'the mailbox receipt time is unknown (a loose file): enter it'),
    QT_TRANSLATE_NOOP("Words", 'forwarded by someone else; judged on the inner message'),
    QT_TRANSLATE_NOOP("Words", 'the file is neither an e-mail nor a PDF'),
    QT_TRANSLATE_NOOP("Words", 'not read: a limit or a crash stopped the reader; the file is stored unchanged (see the problem below)'),
    QT_TRANSLATE_NOOP("Words", 'active content (JavaScript, an action on opening, a launch action or an embedded program): information; the application still counts'),
    QT_TRANSLATE_NOOP("Words", 'only the first pages of a very long PDF were read (see the problem below)'),
    QT_TRANSLATE_NOOP("Words", 'a part too large to unpack is kept, packed, in the stored original (see the problem below)'),
)
# the states of an application (services/applications), as the Applications page shows them
STATUSES = {
    "all": QT_TRANSLATE_NOOP("Words", "all"),
    "active": QT_TRANSLATE_NOOP("Words", "active"),
    "superseded": QT_TRANSLATE_NOOP("Words", "superseded"),
    "duplicate": QT_TRANSLATE_NOOP("Words", "duplicate"),
    "late_resend": QT_TRANSLATE_NOOP("Words", "late resend"),
    "excluded": QT_TRANSLATE_NOOP("Words", "excluded"),
    # a candidate's standing in the ranking (domain/scoring/marks.STATUSES)
    "invited": QT_TRANSLATE_NOOP("Words", "invited"),
    "not_invited": QT_TRANSLATE_NOOP("Words", "not invited"),
    "below_pass_mark": QT_TRANSLATE_NOOP("Words", "below pass mark"),
    "below_minimum": QT_TRANSLATE_NOOP("Words", "below minimum"),
    "pending": QT_TRANSLATE_NOOP("Words", "pending"),
}


def text(value: object) -> str:
    """A text written by domain/ or services/ (a domain.texts.Text: message, hint, reason) in the interface's
    language; a plain str as it is."""
    return render(value, QCoreApplication.translate)


def word(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def role(value: str | None) -> str:
    return word(ROLES[value]) if value in ROLES else (value or "")


def yes_no(value: object) -> str:
    return QCoreApplication.translate("Words", "yes") if value else QCoreApplication.translate("Words", "no")


def yes_no_unknown(value: bool | None) -> str:
    return QCoreApplication.translate("Words", "unknown") if value is None else yes_no(value)


def flag_label(code: str) -> str:
    return word(flags.flag_label(code))


def flag_text(code: str) -> str:
    return word(flags.flag_text(code))


def status(code: str) -> str:
    return word(STATUSES[code]) if code in STATUSES else code.replace("_", " ")
