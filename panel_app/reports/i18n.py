"""The language of a report (issue 20 part 4): the procedure's `report_language` (domain/report_language.py).

The reports' fixed texts are written in English inside `translate("Reports", "…")` calls (or marked with
`QT_TRANSLATE_NOOP("Reports", "…")` where a table of words is built at import): `pyside6-lupdate` extracts them
into `resources/i18n/reports_{fr,de}.ts` (`make i18n`), which translators edit with Qt Linguist. No Qt here:
this module reads those .ts files itself (xml.etree) when a report is made. The domain's words that reach a
report (roles, flags, statuses: context "Words"; the domain's texts) are looked up in the interface's own
catalogue, `panel_app_{fr,de}.ts`, so a word has one translation everywhere.

The language is chosen per report generation: `with language("fr"): …` around the whole rendering (the story
and reportlab's build, which draws the footers). It is a context variable, reset on the way out, so two reports
made one after the other, or at the same time in two threads, each keep their own language."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from panel_app.domain.paths import I18N_DIR
from panel_app.domain.report_language import DEFAULT, LANGUAGES
from panel_app.domain.texts import QT_TRANSLATE_NOOP  # the one marker lupdate reads; re-exported for reports/
from panel_app.domain.times import EU_DATE

log = logging.getLogger(__name__)

CONTEXT = "Reports"
CATALOGUES = ("panel_app", "reports")  # the reports' own entries win over the interface's for the same key
DATE_FORMATS = {"fr": "%d/%m/%Y"}  # as the language writes a date; else the EU's numeric 12.06.2026
# French writes a space before ':' ';' '!' '?' (its translations do: "Oui : scellée", " ; "); on paper it is a
# no-break space (U+00A0: reportlab breaks a line at U+202F), so that no line starts with the mark
NO_BREAK_BEFORE = {"fr": re.compile(r" (?=[:;!?](?:\s|$))")}

_language: ContextVar[str] = ContextVar("report_language", default=DEFAULT)


@contextmanager
def language(code: str | None) -> Iterator[str]:
    """The report language inside the block: `code` when it is one of ours, else English."""
    value = code if code in LANGUAGES else DEFAULT
    token = _language.set(value)
    try:
        yield value
    finally:
        _language.reset(token)


def current() -> str:
    return _language.get()


def translate(context: str, text: str) -> str:
    """`text` in the language of the report being made (the English source when there is no translation)."""
    lang = _language.get()
    if lang == DEFAULT or not text:
        return text
    return catalogue(lang).get((context, text)) or text


def date_format() -> str:
    return DATE_FORMATS.get(_language.get(), EU_DATE)


@cache
def catalogue(lang: str, folder: Path = I18N_DIR) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for `lang`, the finished entries of its .ts files (read once)."""
    out: dict[tuple[str, str], str] = {}
    for name in CATALOGUES:
        path = folder / f"{name}_{lang}.ts"
        if not path.is_file():
            log.warning("reports: %s is missing: its texts print in English", path.name)
            continue
        out.update(read_ts(path))
    if lang in NO_BREAK_BEFORE:  # the space the translations put before ':' ';' '!' '?' never starts a line with it
        out = {key: NO_BREAK_BEFORE[lang].sub("\u00a0", text) for key, text in out.items()}
    return out


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of one Qt Linguist file (unfinished, vanished and obsolete ones left out)."""
    out: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                continue
            out[(name, msg.findtext("source") or "")] = tr.text or ""
    return out


__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "catalogue", "current", "date_format", "language", "read_ts",
           "translate"]
