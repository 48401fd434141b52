"""The reports' catalogue (issue 20 part 4): every translate("Reports", …) / QT_TRANSLATE_NOOP("Reports", …) of
panel_app/reports, read now by pyside6-lupdate into copies of resources/i18n/reports_{fr,de}.ts, has its finished
French and German with the same placeholders and markup; the words the reports borrow from the interface's
catalogue (roles, flags, yes/no) are there."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from panel_app.domain.paths import I18N_DIR, ROOT
from panel_app.reports.i18n import read_ts

from .catalogue import LANGUAGES, lupdate
from .catalogue import read_ts as read_messages

REPORTS = ROOT / "panel_app" / "reports"
MARKS = re.compile(r"\{[^{}]*\}|<[^<>]*>")


def reports_catalogue(tmp, lang: str):
    ts = tmp / f"reports_{lang}.ts"
    shutil.copy(I18N_DIR / f"reports_{lang}.ts", ts)
    sources = sorted(str(p) for p in REPORTS.rglob("*.py"))
    subprocess.run([lupdate(), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(ts)],
                   check=True, capture_output=True, timeout=300)
    return read_messages(ts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_report_string_has_its_translation(tmp_path, lang):
    catalogue = reports_catalogue(tmp_path, lang)
    assert len(catalogue) > 200  # the extraction itself works
    assert {m.context for m in catalogue} == {"Reports"}
    missing = [m.source for m in catalogue if not m.finished]
    assert not missing, (f"{len(missing)} report strings have no finished {lang} translation: run `make i18n`, then "
                         f"translate them in resources/i18n/reports_{lang}.ts:\n" + "\n".join(missing[:40]))
    wrong = [f"{m.source!r} -> {m.translation!r}" for m in catalogue
             if sorted(MARKS.findall(m.source)) != sorted(MARKS.findall(m.translation))]
    assert not wrong, "placeholders or markup lost:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_words_reports_borrow_from_the_interface_are_translated(lang):
    from panel_app.domain.flags import FLAG_LABEL, FLAG_TEXT

    words = {source for (context, source) in read_ts(I18N_DIR / f"panel_app_{lang}.ts") if context == "Words"}
    needed = {"chair", "member", "secretary", "observer", "yes", "no", *FLAG_LABEL.values(), *FLAG_TEXT.values()}
    assert needed <= words, sorted(needed - words)


def test_the_default_markings_are_in_the_catalogue():
    from panel_app.reports.data import DEFAULT_MARKING, ExtractData
    from panel_app.reports.words import SERVICE_WORDS

    assert DEFAULT_MARKING in SERVICE_WORDS
    assert ExtractData.__dataclass_fields__["marking"].default in SERVICE_WORDS


def test_the_reader_keeps_only_finished_translations(tmp_path):
    ts = tmp_path / "x_fr.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
                  "<context><name>Reports</name>"
                  "<message><source>Shortlist</source><translation>Liste restreinte</translation></message>"
                  '<message><source>Total</source><translation type="unfinished">Tot</translation></message>'
                  '<message><source>Old</source><translation type="vanished">Vieux</translation></message>'
                  "</context></TS>", encoding="utf-8")
    assert read_ts(ts) == {("Reports", "Shortlist"): "Liste restreinte"}


# one word for one notion on the screen and on paper: the term each language uses for a notion, and the terms it
# must not use for it (a report mixing "note de passage" and "seuil de réussite" reads as two different rules)
TERMS = {
    "fr": {"pass mark": ("seuil de réussite", ("note de passage", "note minimale"))},
    "de": {"pass mark": ("Mindestpunktzahl", ("Bestehensgrenze", "Bestehensschwelle", "Mindestnote"))},
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_notion_has_one_term_in_the_interface_and_the_reports(lang):
    seen = 0
    for name in ("panel_app", "reports"):
        for (_context, source), translation in read_ts(I18N_DIR / f"{name}_{lang}.ts").items():
            for notion, (term, others) in TERMS[lang].items():
                if notion not in source.lower():
                    continue
                seen += 1
                found = [o for o in others if o.lower() in translation.lower()]
                assert not found, f"{name}_{lang}.ts says {found} for '{notion}' (the term is '{term}'): {translation!r}"
                assert term.lower() in translation.lower(), (
                    f"{name}_{lang}.ts: '{source}' -> {translation!r} does not use '{term}'")
    assert seen > 10
