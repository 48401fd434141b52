"""The domain's words as the interface shows them: roles, yes/no... translated here, stored in English.

The services return the domain's own (English) words; a page shows them through these functions. A word
with no entry is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROLES = {
    "chair": QT_TRANSLATE_NOOP("Words", "chair"),
    "member": QT_TRANSLATE_NOOP("Words", "member"),
    "secretary": QT_TRANSLATE_NOOP("Words", "secretary"),
    "observer": QT_TRANSLATE_NOOP("Words", "observer"),
}


def word(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def role(value: str | None) -> str:
    return word(ROLES[value]) if value in ROLES else (value or "")


def yes_no(value: object) -> str:
    return QCoreApplication.translate("Words", "yes") if value else QCoreApplication.translate("Words", "no")
