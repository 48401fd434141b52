"""The procedure's report language reaches the reports made through the services (issue 20 part 4): the chair
sets French, the next PDF and XLSX are French; back to English, English again."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from .conftest import flat, pdf_text, who
from .layout import problems
from .realistic import CHAIR
from .realistic import who as realistic_who
from .test_layout import renders


def _set(services, ref, code):
    chair = who(services, ref, "Chair Anna")
    st = services.procedures.settings(ref)
    services.procedures.update_settings(ref, {"report_language": code}, st["version"], chair)
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


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_french_and_german_pages_never_overlap_overflow_or_cut(final, lang):
    """Every page of every report of the realistic procedure in its final state, in French and in German (longer
    words, longer heads): read through pypdfium2's text boxes as in test_layout.py."""
    sv, ref = final
    chair = realistic_who(sv, ref, CHAIR)
    st = sv.procedures.settings(ref)
    sv.procedures.update_settings(ref, {"report_language": lang}, st["version"], chair)
    found, text = [], ""
    for kind, data in renders(sv, ref, "final"):
        found += problems(data, f"{lang} {kind}")
        text += flat(pdf_text(data))
    assert not found, "\n".join(found[:30])
    assert {"fr": "Procès-verbal du comité de sélection", "de": "Protokoll des Auswahlausschusses"}[lang] in text
