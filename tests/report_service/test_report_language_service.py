"""The procedure's report language reaches the reports made through the services (issue 20 part 4): the chair
sets French, the next PDF and XLSX are French; back to English, English again."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook

from panel_app.domain.paths import I18N_DIR
from panel_app.reports.i18n import read_ts
from panel_app.services.edits import SettingsEdit

from .conftest import flat, pdf_text, who
from .layout import problems
from .realistic import CHAIR
from .realistic import who as realistic_who
from .test_layout import renders


def _set(services, ref, code):
    chair = who(services, ref, "Chair Anna")
    st = services.procedures.settings(ref)
    services.procedures.update_settings(ref, SettingsEdit(report_language=code), st.version, chair)
    return chair


def test_the_reports_follow_the_procedures_report_language(world):
    services, ref = world
    chair = _set(services, ref, "fr")
    text = flat(pdf_text(services.reports.render(ref, chair, "shortlist")))
    for french in ("Liste restreinte", "Composition du comité", "Règle appliquée", "Lieu et date", "page 1 sur",
                   "Chaîne d'audit vérifiée"):
        assert french in text
    assert "Shortlist" not in text and "Rule applied" not in text
    eligibility = flat(pdf_text(services.reports.render(ref, who(services, ref, "Secretary Sam"), "eligibility")))
    assert "Rapport d'admissibilité" in eligibility and "Certifié par" in eligibility
    wb = load_workbook(io.BytesIO(services.exports.render(ref, chair, "grid")))
    assert wb.sheetnames[0] == "À propos" and wb["À propos"]["A1"].value.startswith("Grille telle que scellée")

    _set(services, ref, "de")
    assert "Auswahlliste" in flat(pdf_text(services.reports.render(ref, chair, "shortlist")))
    _set(services, ref, "en")
    text = flat(pdf_text(services.reports.render(ref, chair, "shortlist")))
    assert "Shortlist" in text and "Rule applied" in text and "Auswahlliste" not in text


@pytest.fixture(scope="module", params=["fr", "de"])
def final_in(request, final):
    """(lang, sv, ref, {report: PDF}): every report of the realistic procedure in its final state, rendered once per
    language for the tests below (they only read the PDFs)."""
    lang = request.param
    sv, ref = final
    chair = realistic_who(sv, ref, CHAIR)
    st = sv.procedures.settings(ref)
    sv.procedures.update_settings(ref, SettingsEdit(report_language=lang), st.version, chair)
    return lang, sv, ref, dict(renders(sv, ref, "final"))


def test_french_and_german_pages_never_overlap_overflow_or_cut(final_in):
    """Every page of every report of the realistic procedure in its final state, in French and in German (longer
    words, longer heads): read through pypdfium2's text boxes as in test_layout.py."""
    lang, _sv, _ref, pdfs = final_in
    found, text = [], ""
    for kind, data in pdfs.items():
        found += problems(data, f"{lang} {kind}")
        text += flat(pdf_text(data))
    assert not found, "\n".join(found[:30])
    assert {"fr": "Procès-verbal du comité de sélection", "de": "Protokoll des Auswahlausschusses"}[lang] in text


# sentences the services write into the reports with their figures, names and dates (services/report_data*.py, the
# domain's divergence and reliability words): each was printed in English in a French or German report
SERVICE_ENGLISH = [
    "Yes: sealed", "the first mark was recorded", "voting members signed the declaration", "was decided by",
    "divergent cell(s)", "were flagged for discussion", "No criterion had members", "Mean of the members' marks",
    "Criteria where members are", "or more points apart", "Every outcome in this report", "No exclusion rests on",
    "Final ranking on the", "Equal final totals share a place", "is shared by", "the final ranking declares no",
    "the preselection: the ranking", "the interview: its results", "Decided by a person on every eligibility",
    "(last decision", "valid until", "All criteria", "units", "agreement of the mean mark", "Krippendorff's",
    "Interview – recommended", "interview total", "not recorded (panel-app", "by Maria Papadopoulou",
    "by Lukas Wagner",
]
ENGLISH_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])")  # 3.25, 0.5; never 31.12.2028 or 1.619
DOTTED = re.compile(r"\b\d\d\.\d\d\.\d{4}\b")
SLASHED = re.compile(r"\b\d\d/\d\d/\d{4}\b")


def record_fragments(lang: str) -> list[str]:
    """The English of every "Record" template (the services' report sentences) translated otherwise in
    panel_app_<lang>.ts, cut at its placeholders: pieces of two words or more."""
    out = set()
    for (context, source), translation in read_ts(I18N_DIR / f"panel_app_{lang}.ts").items():
        if context != "Record" or translation == source:
            continue
        for piece in re.split(r"\{[^{}]*\}", source):
            piece = " ".join(piece.strip(" .,;:–()").split())
            if len(piece.split()) >= 2 and piece not in translation:
                out.add(piece)
    return sorted(out)


def test_the_services_sentences_and_dates_print_in_the_report_language(final_in):
    """The compliance statement, the certifications, what the signatures cover, the methods, the shortlist's record,
    the extract's stage and the reliability notes are in French / German; every date the services hand over is
    written as the language writes it (French 06/12/2026, German 06.12.2026) in the procedure's zone."""
    lang, sv, ref, pdfs = final_in
    texts = {kind: flat(pdf_text(data)) for kind, data in pdfs.items()}
    text = " ".join(texts.values())
    # the procedure's own words: its criteria, the purposes the chair wrote for its meetings
    data = " ".join(" ".join(t.split()) for t in [c.title for c in sv.grid.grid(ref).criteria]
                    + [m.purpose for m in sv.meetings.list(ref)])
    english = SERVICE_ENGLISH + (["pages)"] if lang == "de" else []) + record_fragments(lang)
    assert len(english) > 60
    left = sorted({e for e in english if e in text and e not in data})
    assert not left, f"{lang}: still printed in English: {left}"
    expected = {
        "fr": ["Oui : scellée le", "Chaque résultat du présent rapport", "Ces signatures portent sur la présélection",
               "Classement final sur le seul total de l'entretien", "Tranchée par une personne", "par Maria Papadopoulou",
               "Publication de l'avis 12/05/2026", "12/06/2026 12:00:00 (Europe/Brussels)",
               "valable jusqu'au 31/12/2028",
               # the languages a candidate stated, the final ranking's preselection total (issue 20)
               "Langues (déclarées) anglais C2, polonais B2, tchèque B1", "Présélection %",
               "CONFIDENTIEL – Travaux du comité de sélection (statut, annexe III, art. 6)",
               # the countries by name, the chart's codes with a legend, the shortlist's counts "motif : n"
               "Nationalités (déclarées) Danemark", "Sur le graphique : BG Bulgarie, DK Danemark",
               "mentionnés dans l'avis : Autriche, Chypre", "pas parmi les 8 meilleurs : 3 ;",
               # the reason of a suggestion the secretary confirmed
               "UA : pas un État membre de l'UE", "(langues officielles : italien C2, polonais B1"],
        "de": ["Ja: versiegelt am", "Jedes Ergebnis dieses Berichts", "Diese Unterschriften gelten für die Vorauswahl",
               "Endgültige Rangliste allein nach", "von Maria Papadopoulou", "gültig bis 31.12.2028",
               "12.06.2026 12:00:00 (Europe/Brussels)", "Seiten)",
               "Sprachen (laut Angabe) Englisch C2, Polnisch B2, Tschechisch B1", "Vorauswahl %",
               "VERTRAULICH – Arbeiten des Auswahlausschusses (Statut, Anhang III Art. 6)",
               "Staatsangehörigkeiten (laut Angabe) Dänemark", "Im Diagramm: BG Bulgarien, DK Dänemark",
               "unterrepräsentierte Mitgliedstaaten: Österreich, Zypern",
               "UA: kein Mitgliedstaat der EU", "(Amtssprachen: Italienisch C2, Polnisch B1"],
    }[lang]
    missing = [e for e in expected if e not in text]
    assert not missing, f"{lang} lacks {missing}"
    # marks and totals with a decimal comma, in every table and chart and inside the sentences (the ranking's
    # reasons "(55,07 < 60)", ties "(3,00 > 2,67)", reliability notes "ICC(2,k) 0,86") (issue 20)
    assert re.search(r"\b[1-9]\d,\d\d\b", texts["panel report"])
    english = sorted(set(ENGLISH_DECIMAL.findall(text)) - set(ENGLISH_DECIMAL.findall(data)))
    assert not english, f"{lang}: numbers written the English way: {english[:10]}"
    if lang == "fr":  # no date in the EU's dotted form, but those inside the procedure's own criteria titles
        assert not set(DOTTED.findall(text)) - set(DOTTED.findall(data)), sorted(set(DOTTED.findall(text)))[:10]
        for kind in ("eligibility", "extract", "panel report", "shortlist"):
            assert SLASHED.search(texts[kind]), kind
    else:
        assert not SLASHED.findall(text)
