"""The domain's words as a report prints them, in the report's language (panel_app.reports.i18n).

Roles, yes/no and the intake flags are the interface's own words (context "Words" of `panel_app_{fr,de}.ts`,
listed in ui/words.py): one translation for the screen and the paper. The criteria's groups and the ranking's
statuses are the reports' own ("Reports")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from panel_app.domain import flags
from panel_app.domain.audit.history import field_word
from panel_app.domain.texts import Moment, Number, Text, render
from panel_app.domain.words import CODE_WORDS

from .i18n import QT_TRANSLATE_NOOP, current, date_format, translate
from .numbers import number, written

if TYPE_CHECKING:
    from .data import AmendmentInfo

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
    # the same marking as the vacancy files write it (data/vacancies/*.toml): printed on every page
    QT_TRANSLATE_NOOP("Reports", "CONFIDENTIAL – Selection panel proceedings (Staff Regulations, Annex III, Art. 6)"),
    QT_TRANSLATE_NOOP("Reports", "Personal data – Regulation (EU) 2018/1725"),
    QT_TRANSLATE_NOOP("Reports", "PANEL INTERNAL – individual members' marks – never disclosed outside the panel"),
    QT_TRANSLATE_NOOP("Reports", "Preselection ranking"),
    QT_TRANSLATE_NOOP("Reports", "Final ranking"),
)
# the labels and fixed sentences the services write into the report data (services/report_data*.py)
SERVICE_LABELS = (
    QT_TRANSLATE_NOOP("Reports", "Surname"),
    QT_TRANSLATE_NOOP("Reports", "First name"),
    QT_TRANSLATE_NOOP("Reports", "E-mail address"),
    QT_TRANSLATE_NOOP("Reports", "Application received"),
    QT_TRANSLATE_NOOP("Reports", "Subject of the e-mail"),
    QT_TRANSLATE_NOOP("Reports", "Documents"),
    QT_TRANSLATE_NOOP("Reports", "Nationalities (as stated)"),
    QT_TRANSLATE_NOOP("Reports", "Years of university study (as stated)"),
    QT_TRANSLATE_NOOP("Reports", "Languages (as stated)"),
    QT_TRANSLATE_NOOP("Reports", "Article 29 category"),
    QT_TRANSLATE_NOOP("Reports", "Exclusion from the assessment"),
    QT_TRANSLATE_NOOP("Reports", "not yet decided by the panel"),
    QT_TRANSLATE_NOOP("Reports", "excluded"),
    QT_TRANSLATE_NOOP("Reports", "to be verified"),
    QT_TRANSLATE_NOOP("Reports", "assessment in progress"),
    QT_TRANSLATE_NOOP("Reports", "invited to interview"),
    QT_TRANSLATE_NOOP("Reports", "passed (the shortlist is not final yet)"),
    QT_TRANSLATE_NOOP("Reports", "below the minimum required on a criterion"),
    QT_TRANSLATE_NOOP("Reports", "not among the candidates invited under the best-N rule"),
    QT_TRANSLATE_NOOP("Reports", "Preselection – assessment in progress"),
    QT_TRANSLATE_NOOP("Reports", "Preselection – invited to interview"),
    QT_TRANSLATE_NOOP("Reports", "Preselection – passed (the shortlist is not final yet)"),
    QT_TRANSLATE_NOOP("Reports", "Interview – invited to interview; assessment in progress"),
    QT_TRANSLATE_NOOP("Reports", "Eligibility – not eligible"),
    QT_TRANSLATE_NOOP("Reports", "Eligibility – being verified"),
    QT_TRANSLATE_NOOP("Reports", "Eligibility – excluded from the assessment"),
    QT_TRANSLATE_NOOP("Reports", "Notice published"),
    QT_TRANSLATE_NOOP("Reports", "Deadline for applications"),
    QT_TRANSLATE_NOOP("Reports", "Grid sealed before any application was assessed"),
    QT_TRANSLATE_NOOP("Reports", "Declarations signed"),
    QT_TRANSLATE_NOOP("Reports", "Eligibility decided"),
    QT_TRANSLATE_NOOP("Reports", "Divergences discussed"),
    QT_TRANSLATE_NOOP("Reports", "Grid sealed"),
    QT_TRANSLATE_NOOP("Reports", "Grid hash (sha256)"),
    QT_TRANSLATE_NOOP("Reports", "Frozen"),
    QT_TRANSLATE_NOOP("Reports", "Eligibility of the invitees"),
    QT_TRANSLATE_NOOP("Reports", "Changed since the freeze"),
    QT_TRANSLATE_NOOP("Reports", "Below the pass mark"),
    QT_TRANSLATE_NOOP("Reports", "Below the minimum on a criterion"),
    QT_TRANSLATE_NOOP("Reports", "Pending (marks or consensus missing)"),
    QT_TRANSLATE_NOOP("Reports", "The ranking is not visible yet (not every assessment is submitted): nobody is invited "
                                 "yet."),
    QT_TRANSLATE_NOOP("Reports", "The shortlist is not frozen yet: the candidates invited to interview are listed once "
                                 "it is."),
    QT_TRANSLATE_NOOP("Reports", "No candidate reached the pass mark and the minimums."),
    # what each stage's signatures cover, and why a block shows no sign-off (report_data_record.stage_records)
    QT_TRANSLATE_NOOP("Reports", "the preselection: the ranking, the shortlist and the candidates invited to interview"),
    QT_TRANSLATE_NOOP("Reports", "the interview: its results, the final ranking, the recommended candidates and the "
                                 "reserve list"),
    QT_TRANSLATE_NOOP("Reports", "The shortlist is not frozen: no sign-off is shown."),
    QT_TRANSLATE_NOOP("Reports", "The ranking changed after the freeze: the earlier sign-offs are void until it is "
                                 "frozen again."),
    QT_TRANSLATE_NOOP("Reports", "The final ranking is not frozen: no sign-off is shown."),
    QT_TRANSLATE_NOOP("Reports", "The final ranking or an outcome changed after the freeze: the sign-offs are void."),
)
# sentences the services put together from a fixed frame and a part (a reason, an outcome): the frame is
# translated, the part is said() in its turn
SERVICE_FRAMES = (
    QT_TRANSLATE_NOOP("Reports", "not invited: {reason}"),
    QT_TRANSLATE_NOOP("Reports", "not retained: {reason}"),
    QT_TRANSLATE_NOOP("Reports", "Preselection – not invited: {reason}"),
    QT_TRANSLATE_NOOP("Reports", "Preselection – {reason}; the shortlist is not final yet"),
    QT_TRANSLATE_NOOP("Reports", "Interview – not retained: {reason}"),
    QT_TRANSLATE_NOOP("Reports", "Interview – {outcome}"),
    QT_TRANSLATE_NOOP("Reports", "Eligibility – excluded from the assessment: {reason}"),
    QT_TRANSLATE_NOOP("Reports", "{stage} (interview total {total}, pass mark {mark})"),
    QT_TRANSLATE_NOOP("Reports", "{stage} (interview total {total})"),
    QT_TRANSLATE_NOOP("Reports", "met: {reason}"),
    QT_TRANSLATE_NOOP("Reports", "not met: {reason}"),
    QT_TRANSLATE_NOOP("Reports", "to be verified: {reason}"),
    QT_TRANSLATE_NOOP("Reports", "declared: {reason}"),
    QT_TRANSLATE_NOOP("Reports", "higher final mark on {code}"),
    QT_TRANSLATE_NOOP("Reports", "Passed, but not among the best {n}"),
)
SAID_CONTEXTS = ("Reports", "Words")
_SLOT = re.compile(r"\{(\w+)\}")


@cache
def _frames() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for frame in SERVICE_FRAMES:
        parts = _SLOT.split(frame)  # text, name, text, name, ..., text
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        out.append((re.compile(pattern + r"\Z", re.S), frame))
    return out


def said(text: str, _depth: int = 0) -> str:
    """A text the domain or the services wrote (a reason, a category, a statement) in the report's language: a
    `Text` (domain/texts.py) from its template in the interface's catalogue; a plain string when the catalogues
    know it as it is, or know its frame (SERVICE_FRAMES); else as written. A date or time (`Moment`, alone or in
    a Text) is written as the report's language writes dates."""
    if isinstance(text, Text | Moment | Number):
        return render(text, translate, date_format(), written)
    if not text or current() == "en":
        return text
    for context in SAID_CONTEXTS:
        out = translate(context, text)
        if out != text:
            return out
    if _depth < 3:
        for pattern, frame in _frames():
            hit = pattern.match(text)
            if hit and translate("Reports", frame) != frame:
                parts = {k: said(v, _depth + 1) for k, v in hit.groupdict().items()}
                return translate("Reports", frame).format(**parts)
    return text


def separator() -> str:
    """"; " between the items of a list, as the language writes it (" ; " in French): the interface's own."""
    return word("; ")


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


def change_value(value: object) -> str:
    """A value of the grid as an amendment states it: numbers as the language writes them, none/yes/no and the
    criteria's groups in words, lists and mappings item by item; codes and texts as they are."""
    if value is None:
        return word("none")
    if isinstance(value, bool):
        return word("yes" if value else "no")
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, list | tuple):
        return ", ".join(change_value(v) for v in value) or word("none")
    if isinstance(value, dict):
        return ", ".join(f"{said(k)} {change_value(v)}" for k, v in value.items()) or word("none")
    if value in GROUPS:
        return group(str(value))
    return said(CODE_WORDS[value]) if value in CODE_WORDS else str(value)  # a stored code (mean, combined …) in words


def amendment_words(a: AmendmentInfo) -> str:
    """'S2-DEVOPS: weight 3 → 2' / 'rules: pass mark 60 → 65', in the report's language."""
    parts = [translate("Reports", "{field} {old} → {new}").format(field=said(field_word(c.field)),
                                                                 old=change_value(c.before), new=change_value(c.after))
             for c in a.changes]
    return translate("Reports", "{target}: {changes}").format(
        target=a.criterion or translate("Reports", "rules"), changes=separator().join(parts))


__all__ = ["GROUPS", "amendment_words", "change_value", "separator", "flag_label", "flag_words", "group", "role", "said", "word"]
