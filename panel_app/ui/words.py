"""The domain's words as the interface shows them: roles, yes/no... translated here, stored in English.

The services return the domain's own (English) words; a page shows them through these functions. A word
with no entry is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from panel_app.domain import flags
from panel_app.domain.texts import render
from panel_app.domain.words import CODE_WORDS, PANEL_ROLES, ROLE_WORDS, STATUS_WORDS, country_word

from .numbers import localized

# the roles and the statuses: one table in the domain (domain/words.py), shown here in the interface's language
ROLES = {r: ROLE_WORDS[r] for r in PANEL_ROLES}
STATUSES = STATUS_WORDS

# the Article 29 categories in a narrow column (the Eligibility, Panel and Shortlist tables)
ART29_SHORT = {"official": QT_TRANSLATE_NOOP("EligibilityModel", "official"), "other_institution": QT_TRANSLATE_NOOP("EligibilityModel", "other inst."),
         "laureate": QT_TRANSLATE_NOOP("EligibilityModel", "laureate")}


def article29(value: str | None) -> str:
    return QCoreApplication.translate("EligibilityModel", ART29_SHORT[value]) if value in ART29_SHORT else (value or "")


def country(code: str) -> str:
    """A country's name, from its code (a Member State's EU code), in the interface's language (domain/words.py
    owns the names; the code as it is when it has none)."""
    return text(country_word(code))


def text(value: object) -> str:
    """A text written by domain/ or services/ (a domain.texts.Text: message, hint, reason) in the interface's
    language, the figures it names (domain.texts.Number) with the language's separators; a plain str as it is."""
    return render(value, QCoreApplication.translate, number_format=localized)


def error_text(error: BaseException) -> str:
    """`str(error)` in the interface's language: a UserFacingError's message and hint translated."""
    message, hint = getattr(error, "message", None), getattr(error, "hint", None)
    if message is None:
        return str(error)
    return text(message) + (" " + text(hint) if hint else "")


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


def code(value: object) -> str:
    """A stored code (a stage, an outcome, an Article 29 category...) as its word in the interface's language
    (domain/words.CODE_WORDS); any other value as it is, None as ""."""
    if value is None:
        return ""
    return word(CODE_WORDS[value]) if isinstance(value, str) and value in CODE_WORDS else str(value)


def status(code: str) -> str:
    return word(STATUSES[code]) if code in STATUSES else code.replace("_", " ")
