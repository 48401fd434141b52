"""The reports in the procedure's report language (issue 20 part 4): "Reports stay in English unless the procedure
sets another language for them." Each report is made as a real PDF in French and in German and read back
(pypdfium2): the headings are in that language, and no English source text of panel_app/reports is left (the
list comes from the catalogue, resources/i18n/reports_<lang>.ts); dates as the language writes them; English
unchanged; the language of one report never leaks into the next."""

from __future__ import annotations

import dataclasses
import re
import threading

import pytest
from report_samples import (
    eligibility_data,
    extract_data,
    pages_text,
    panel_data,
    sheets_data,
    shortlist_data,
)

from panel_app.domain.paths import I18N_DIR
from panel_app.reports import render
from panel_app.reports.base import input_hash
from panel_app.reports.data import AuditSeal
from panel_app.reports.i18n import current, language, read_ts, translate

SEAL = AuditSeal(True, 120, "ab" * 32)
SAMPLES = {
    "shortlist": lambda: shortlist_data(frozen=False, annex=8),
    "eligibility": eligibility_data,
    "sheets": lambda: sheets_data(show=True),
    "panel": panel_data,
    "extract": extract_data,
}
# what a French / German reader of each report must find (headings, column heads, footers, legal statements)
EXPECTED = {
    "fr": {
        "shortlist": ["Liste restreinte", "Candidats invités à l'entretien – 6", "Composition du comité",
                      "Règle appliquée", "Seuil de réussite (total)", "Candidats prioritaires au titre de l'article 29",
                      "Non invités", "Lieu et date", "Annexe – classement complet (8 candidats)",
                      "PROJET – ne pas signer", "page 1 sur 3", "Chaîne d'audit vérifiée : 120 événements",
                      "CONFIDENTIEL – Travaux du comité de sélection", "président(e)", "Pondération",
                      "sous le seuil de réussite", "1. higher S1 ; 2. higher S2 ; 3. Art. 29 category"],
        "eligibility": ["Rapport d'admissibilité", "Critères d'admissibilité", "Décomptes", "Dans les délais",
                        "à vérifier", "EXCLU(E)", "Motifs", "Certifié par", "Signalements à la réception",
                        "reçue après la date limite", "Légende : ✓ satisfait"],
        "sheets": ["Fiches des candidats", "Présélection : évaluation consolidée par candidat (6)", "Rang",
                   "(seuil de réussite 60,0)", "Justification", "Notes individuelles (usage interne"],
        "panel": ["Rapport du comité de sélection", "Procès-verbal du comité de sélection",
                  "Composition du comité et remplacements", "Grille scellée", "Notes par critère et consensus",
                  "Répartition des totaux (30 candidats)", "Classement de la présélection – 30",
                  "Candidats recommandés et liste de réserve", "Liste de réserve valable jusqu'au 31/12/2027",
                  "Équilibre géographique (pour information)",
                  "Nous certifions que le présent procès-verbal rend compte fidèlement"],
        "extract": ["Accès aux données personnelles – extrait", "Extrait destiné à la personne concernée",
                    "Données que vous avez transmises", "À propos de cet extrait",
                    "l'article 6 de l'annexe III du statut"],
    },
    "de": {
        "shortlist": ["Auswahlliste", "Zum Gespräch eingeladene Bewerber – 6", "Zusammensetzung des Ausschusses",
                      "Angewandte Regel", "Mindestpunktzahl (gesamt)", "Vorrangige Bewerber nach Artikel 29",
                      "Nicht eingeladen", "Ort und Datum", "Anhang – vollständige Rangliste (8 Bewerber)",
                      "ENTWURF – nicht zur Unterzeichnung", "Seite 1 von 3", "Prüfkette verifiziert: 120 Ereignisse",
                      "VERTRAULICH – Arbeiten des Auswahlausschusses", "Vorsitz", "Gewicht",
                      "unter der Mindestpunktzahl"],
        "eligibility": ["Bericht zur Zulassungsfähigkeit", "Zulassungskriterien", "Fristgerecht",
                        "zu prüfen", "AUSGESCHLOSSEN", "Begründungen", "Bescheinigt durch",
                        "Hinweise beim Eingang", "Legende: ✓ erfüllt"],
        "sheets": ["Bewerberblätter", "Vorauswahl: konsolidierte Bewertung je Bewerber (6)", "Rang",
                   "(Mindestpunktzahl 60,0)", "Einzelnoten (intern"],
        "panel": ["Bericht des Auswahlausschusses", "Protokoll des Auswahlausschusses",
                  "Zusammensetzung des Ausschusses und Ersetzungen", "Versiegeltes Bewertungsraster",
                  "Noten je Kriterium und Konsens", "Verteilung der Gesamtpunktzahlen (30 Bewerber)",
                  "Rangliste der Vorauswahl – 30", "Empfohlene Bewerber und Reserveliste",
                  "Reserveliste gültig bis 31.12.2027", "Geografische Ausgewogenheit (nur zur Information)",
                  "Wir bescheinigen, dass dieses Protokoll"],
        "extract": ["Auskunft über personenbezogene Daten – Auszug", "Auszug für die betroffene Person",
                    "Von Ihnen übermittelte Daten", "Zu diesem Auszug", "Artikel 6 des Anhangs III des Statuts"],
    },
}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|<[^<>]*>")


def sample_text(kind: str) -> str:
    """Every text of the sample data (names, criteria, the services' own sentences): not the reports' to translate."""
    return " ".join(" ".join(str(v).split()) for v in [repr(SAMPLES[kind]())])


def made(kind: str, lang: str, **ctx) -> str:
    """The report `kind` rendered in `lang`, its text read back from the PDF, whitespace folded."""
    data = SAMPLES[kind]()
    data = dataclasses.replace(data, context=dataclasses.replace(data.context, language=lang, audit=SEAL, **ctx))
    if kind == "eligibility":  # an intake flag as the services hand it: the domain's sentence
        rows = list(data.rows)
        rows[4] = dataclasses.replace(rows[4], flags=["received after the deadline"])
        data = dataclasses.replace(data, rows=rows)
    return " ".join(pages_text(render(kind, data)))


def english_fragments(lang: str) -> list[str]:
    """The fixed English of panel_app/reports that a translated report must not print: every source of the
    catalogue translated otherwise, cut at its placeholders and markup; pieces of two words or more (a single
    word such as "Total" may be the same in the other language, or a candidate's data)."""
    out = set()
    for (_context, source), translation in read_ts(I18N_DIR / f"reports_{lang}.ts").items():
        if translation == source:
            continue
        for piece in PLACEHOLDER.split(source):
            piece = " ".join(piece.strip(" .,;:–()").split())
            if len(piece.split()) >= 2 and piece not in translation:
                out.add(piece)
    return sorted(out)


@pytest.mark.parametrize("lang", ["fr", "de"])
@pytest.mark.parametrize("kind", list(SAMPLES))
def test_every_report_prints_in_the_procedures_language(kind, lang):
    text = made(kind, lang)
    missing = [t for t in EXPECTED[lang][kind] if t not in text]
    assert not missing, f"{kind} in {lang} lacks {missing}"
    fragments = english_fragments(lang)
    assert len(fragments) > 120  # the list itself is made (a test that can fail)
    data = sample_text(kind)
    left = [f for f in fragments if f in text and f not in data]
    assert not left, f"{kind} in {lang} still prints English: {left}"


def test_dates_are_written_as_the_language_writes_them_in_the_procedures_zone():
    fr, de, en = (made("shortlist", lang, timezone="Europe/Luxembourg") for lang in ("fr", "de", "en"))
    # generated at 08:30 UTC = 10:30 in Luxembourg (summer time)
    assert "Généré le 20/06/2026 10:30 (Europe/Luxembourg)" in fr
    assert "Erstellt am 20.06.2026 10:30 (Europe/Luxembourg)" in de
    assert "Generated 20.06.2026 10:30 (Europe/Luxembourg)" in en


def test_english_is_unchanged_and_the_language_never_leaks_into_the_next_report():
    assert current() == "en"
    made("shortlist", "de")
    text = made("shortlist", "en")
    assert current() == "en"
    for english in ("Shortlist", "Candidates invited to interview – 6", "Rule applied", "page 1 of 3",
                    "DRAFT – not for signature", "Audit chain verified: 120 events", "Place and date"):
        assert english in text
    assert "Seite" not in text and "Auswahlliste" not in text
    # the English record keeps its data hash; another language is another document
    data = shortlist_data()
    assert input_hash(data) == input_hash(dataclasses.replace(data, context=dataclasses.replace(data.context)))
    french = dataclasses.replace(data, context=dataclasses.replace(data.context, language="fr"))
    assert input_hash(french) != input_hash(data)


def test_two_reports_made_at_once_keep_their_own_language():
    seen: dict[str, str] = {}
    start = threading.Barrier(2)

    def one(lang: str) -> None:
        with language(lang):
            start.wait()
            seen[lang] = translate("Reports", "Shortlist")

    threads = [threading.Thread(target=one, args=(lang,)) for lang in ("fr", "de")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == {"fr": "Liste restreinte", "de": "Auswahlliste"}
    assert translate("Reports", "Shortlist") == "Shortlist"


def test_an_intake_flag_prints_in_words_never_as_its_code():
    data = eligibility_data()
    rows = list(data.rows)
    rows[4] = dataclasses.replace(rows[4], flags=["no_text_layer", "late"])
    data = dataclasses.replace(data, context=dataclasses.replace(data.context, language="fr"), rows=rows)
    text = " ".join(pages_text(render("eligibility", data)))
    assert "no_text_layer" not in text and "numérisation sans texte" in text
    assert "hors délai" in text


ENGLISH_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])")  # 3.25 or 0.5; never a date (31.12.2027), 12.345


def _panel(lang: str, events: int = 12345) -> str:
    data = panel_data()
    seal = AuditSeal(True, events, "ab" * 32)
    data = dataclasses.replace(data, context=dataclasses.replace(data.context, language=lang, audit=seal))
    return " ".join(pages_text(render("panel", data)))


@pytest.fixture(scope="module")
def panels() -> dict[str, str]:
    """The sample panel report (its rankings, charts, amendments, interview) in English, French and German."""
    return {lang: _panel(lang) for lang in ("en", "fr", "de")}


def test_numbers_have_the_languages_decimal_comma_and_thousands_separator(panels):
    first = panel_data().ranking[0].total
    english = f"{first:.2f}"
    assert english in panels["en"] and "Audit chain verified: 12345 events" in panels["en"]
    french, german = english.replace(".", ","), english.replace(".", ",")
    assert french in panels["fr"] and "Chaîne d'audit vérifiée : 12 345 événements" in panels["fr"]
    assert german in panels["de"] and "Prüfkette verifiziert: 12.345 Ereignisse" in panels["de"]
    for lang in ("fr", "de"):  # no mark, total, weight, chart label or axis written with a decimal point
        assert not ENGLISH_DECIMAL.findall(panels[lang]), (lang, ENGLISH_DECIMAL.findall(panels[lang])[:10])
    assert len(ENGLISH_DECIMAL.findall(panels["en"])) > 100


def test_english_numbers_are_written_as_they_always_were():
    from panel_app.reports.numbers import number
    from panel_app.reports.styles import mark

    for v in (0.0, 3.25, 2.666666, 60.0, 62.5, 100.0, 1234.5678, -0.04, 1e7 + 0.5):
        assert mark(v) == f"{v:.2f}" and mark(v, 1) == f"{v:.1f}" and number(v) == f"{v:g}"
        assert number(v, 2, sign=True) == f"{v:+.2f}"
    assert number(1619) == "1619" and mark(None) == "–"
    with language("fr"):
        assert (mark(1234.5), number(0.5), number(-1619), number(62.5)) == ("1\u00a0234,50", "0,5", "-1\u00a0619", "62,5")
    with language("de"):
        assert (mark(1234.5), number(0.5), number(-1619), number(62.5)) == ("1.234,50", "0,5", "-1.619", "62,5")


def test_an_amendment_is_written_in_the_reports_language(panels):
    assert "A2: weight 1 → 0.5" in panels["en"] and "rules: pass mark 60 → 62.5; best n none → 8" in panels["en"]
    assert "A2 : pondération 1 → 0,5" in panels["fr"]
    assert "règles : seuil de réussite 60 → 62,5 ; N meilleurs aucun → 8" in panels["fr"]
    assert "A2: Gewichtung 1 → 0,5" in panels["de"]
    assert "Regeln: Mindestpunktzahl 60 → 62,5; beste N keine → 8" in panels["de"]


def test_the_final_ranking_shows_each_candidates_preselection_total(panels):
    data = panel_data()
    head = {"en": "Preselection %", "fr": "Présélection %", "de": "Vorauswahl %"}
    for lang, text in panels.items():
        final = text.split(translate_in(lang, "Interview results – {n}").format(n=len(data.interview_rows)))[1]
        assert head[lang] in final, lang
        row = final.split(data.interview_rows[1].name, 1)[1][:200]  # its preselection total, then its interview total
        pre = f"{data.interview_rows[1].preselection_total:.2f}"
        total = f"{data.interview_rows[1].total:.2f}"
        if lang != "en":
            pre, total = pre.replace(".", ","), total.replace(".", ",")
        assert f"{pre} {total}" in row, (lang, row)


def translate_in(lang: str, text: str) -> str:
    with language(lang):
        return translate("Reports", text)


def test_a_column_head_is_never_cut_inside_a_word(panels):
    """The consensus table's "Mean" column is as wide as its head in every language (it printed "Moyenn e")."""
    assert "Criterion Mean Consensus" in panels["en"]
    assert "Critère Moyenne Consensus" in panels["fr"]
    assert "Kriterium Mittelwert Konsens" in panels["de"]


def test_a_count_in_a_heading_has_the_thousands_separator():
    data = panel_data()
    data = dataclasses.replace(data, totals=[50.0 + (i % 40) for i in range(1234)],
                               context=dataclasses.replace(data.context, language="de"))
    assert "Verteilung der Gesamtpunktzahlen (1.234 Bewerber)" in " ".join(pages_text(render("panel", data)))


def test_a_role_in_a_signature_block_is_never_broken_inside_a_word():
    data = panel_data()
    data = dataclasses.replace(data, context=dataclasses.replace(data.context, language="de"))
    text = " ".join(pages_text(render("panel", data)))
    assert "Sekretariat (nicht stimmberechtigt)" in text  # it printed "(nicht stimmbe rechtigt)"


def test_nationalities_are_named_in_the_reports_language_and_the_charts_codes_get_a_legend(panels):
    """The geographical balance names the underrepresented Member States (it printed "AT, CY, CZ, …" in every
    language); the chart keeps the codes on its axis (27 bars), with a legend under it."""
    assert ("Underrepresented Member States listed in the notice: Austria, Cyprus, Czechia, Denmark, Netherlands"
            in panels["en"])
    assert "mentionnés dans l'avis : Autriche, Chypre, Tchéquie, Danemark, Pays-Bas" in panels["fr"]
    assert "unterrepräsentierte Mitgliedstaaten: Österreich, Zypern, Tschechien, Dänemark, Niederlande" in panels["de"]
    assert "On the chart: BE Belgium, BG Bulgaria, CZ Czechia, IE Ireland, EL Greece, FR France, PL Poland." in panels["en"]
    assert "Sur le graphique : BE Belgique, BG Bulgarie, CZ Tchéquie, IE Irlande, EL Grèce" in panels["fr"]
    assert "Im Diagramm: BE Belgien, BG Bulgarien, CZ Tschechien, IE Irland, EL Griechenland" in panels["de"]
    for lang in ("en", "fr", "de"):
        assert "AT, CY, CZ" not in panels[lang]


def test_french_puts_a_no_break_space_before_a_colon_or_a_semicolon():
    """The space French writes before ':' ';' '!' '?' never lets the mark start a line on paper; English and German
    have none; the notes of the shortlist ("Nom : motif", "motif : n") are templates of the catalogue."""
    assert translate_in("fr", "{reason}: {n}") == "{reason}\u00a0: {n}"
    assert translate_in("fr", "{name}: {note}") == "{name}\u00a0: {note}"
    with language("fr"):
        assert translate("Words", "; ") == "\u00a0; "
        assert translate("Reports", "Geographical balance (information only)").count("\u00a0") == 0
    assert translate_in("de", "{reason}: {n}") == "{reason}: {n}"
    assert translate_in("en", "{name}: {note}") == "{name}: {note}"
    assert " :" not in translate_in("fr", "Underrepresented Member States listed in the notice: {states}. "
                                          "Nationality is never a scoring input.")


def test_a_french_number_is_never_broken_across_lines():
    """reportlab breaks a line at a narrow no-break space (U+202F is in its list of spaces): the French thousands
    separator is the no-break space it keeps, so "1 234 567,50" never ends a line with "1 234"."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    from panel_app.reports.styles import mark

    with language("fr"):
        figure = mark(1234567.5)
    style = getSampleStyleSheet()["Normal"]
    para = Paragraph(f"Total {figure} points", style)
    para.wrap(stringWidth(figure, style.fontName, style.fontSize) + 1, 1000)  # the figure alone fits a line
    assert len(para.blPara.lines) > 1
    assert [figure] in [words for _width, words in para.blPara.lines]
    assert figure.replace("\u00a0", " ") == "1 234 567,50"
