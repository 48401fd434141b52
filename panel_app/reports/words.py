"""The domain's words as a report prints them, in the report's language (panel_app.reports.i18n).

Roles, yes/no and the intake flags are the interface's own words (context "Words" of `panel_app_{fr,de}.ts`,
listed in ui/words.py): one translation for the screen and the paper. The criteria's groups and the ranking's
statuses are the reports' own ("Reports")."""

from __future__ import annotations

from panel_app.domain import flags
from panel_app.domain.texts import Text, render

from .i18n import QT_TRANSLATE_NOOP, translate

GROUPS = {
    "selection": QT_TRANSLATE_NOOP("Reports", "selection"),
    "asset": QT_TRANSLATE_NOOP("Reports", "asset"),
    "requirement": QT_TRANSLATE_NOOP("Reports", "requirement"),
    "interview": QT_TRANSLATE_NOOP("Reports", "interview"),
    "eligibility": QT_TRANSLATE_NOOP("Reports", "eligibility"),
}


# words the services hand to the reports as they are (no parameter): printed through `said()`
SERVICE_WORDS = (
    QT_TRANSLATE_NOOP("Reports", "Commission official"),
    QT_TRANSLATE_NOOP("Reports", "Official of another institution"),
    QT_TRANSLATE_NOOP("Reports", "Competition laureate"),
    QT_TRANSLATE_NOOP("Reports", "eligible"),
    QT_TRANSLATE_NOOP("Reports", "not eligible"),
    QT_TRANSLATE_NOOP("Reports", "to verify"),
    QT_TRANSLATE_NOOP("Reports", "recommended"),
    QT_TRANSLATE_NOOP("Reports", "reserve"),
    QT_TRANSLATE_NOOP("Reports", "not assessed"),
    QT_TRANSLATE_NOOP("Reports", "Preselection"),
    QT_TRANSLATE_NOOP("Reports", "Interview"),
    # the default markings (reports/data.py: DEFAULT_MARKING, ExtractData.marking); a procedure's own marking prints
    # as the procedure wrote it
    QT_TRANSLATE_NOOP("Reports", "CONFIDENTIAL – Selection panel proceedings (Staff Regulations, Annex III Art. 6)"),
    QT_TRANSLATE_NOOP("Reports", "Personal data – Regulation (EU) 2018/1725"),
)
SAID_CONTEXTS = ("Reports", "Words")


def said(text: str) -> str:
    """A text the domain or the services wrote (a reason, a category, a statement) in the report's language: a
    `Text` (domain/texts.py) from its template in the interface's catalogue; a plain string when the catalogues
    know it as it is; else as written."""
    if isinstance(text, Text):
        return render(text, translate)
    for context in SAID_CONTEXTS:
        out = translate(context, text)
        if out != text:
            return out
    return text


def word(text: str) -> str:
    """One of the interface's words (roles, yes/no, flags, statuses: ui/words.py)."""
    return translate("Words", text)


def role(value: str) -> str:
    return word(value)


def group(value: str) -> str:
    return translate("Reports", GROUPS[value]) if value in GROUPS else value


def flag_label(code: str) -> str:
    """An intake flag in words (domain/flags.py), never its code."""
    return word(flags.flag_label(code))


def flag_words(text: str) -> str:
    """An intake flag as the report data carries it: a code, or the domain's sentence for it."""
    if text in flags.FLAG_TEXT or text in flags.FLAG_LABEL:
        return flag_label(text)
    return word(text)


__all__ = ["GROUPS", "flag_label", "flag_words", "group", "role", "said", "word"]
