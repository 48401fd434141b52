"""Unit tests of the eligibility rules, one per rule of the notice / docs/domain-rules.md."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from panel_app.domain.eligibility import AD7_WARNING, ApplicationFacts, grade_warning, overall, suggest

CRITERIA = [("E-DEADLINE", False), ("E-FORMAT", False), ("E-NATIONALITY", False), ("E-CIVIC", True),
            ("E-MILITARY", True), ("E-FITNESS", True), ("E-REFERENCES", True), ("E-DIPLOMA", False),
            ("E-LANG-MAIN", False), ("E-LANG-SECOND", False)]
DOC_CHECKS = ("E-NATIONALITY", "E-CIVIC", "E-MILITARY", "E-FITNESS", "E-REFERENCES", "E-DIPLOMA",
              "E-LANG-MAIN", "E-LANG-SECOND")

FORM = """APPLICATION FORM — Selection reference DIGIT/COM/2026/1039
Surname: Kowalska   First name: Anna   Email: anna.kowalska@example.eu
Nationality: {nat}    Second nationality: {nat2}
Highest diploma: {degree}   {duration}Date of diploma: 2012-06-30
Languages (CEFR):
{languages}
Article 29 status: {art29}
Declarations: [X] I enjoy full rights as a citizen  [X] I have fulfilled my military service obligations  \
[X] I am physically fit  [X] I can produce character references
"""


def form(nat="Polish", nat2="German", degree="Master of Science in Computer Science", years: int | None = 5,
         languages="Polish: mother tongue\nEnglish: C1\nFrench: B2", art29="None") -> str:
    duration = f"Duration of studies (years): {years}   " if years is not None else ""
    return FORM.format(nat=nat, nat2=nat2, degree=degree, duration=duration, languages=languages, art29=art29)


def run(*pages: str, grade="AD5-7", **kw):
    return suggest(ApplicationFacts(page_texts=list(pages), grade=grade, **kw), CRITERIA)


def status(s, code: str) -> str:
    return s.check(code).suggested


def test_the_reference_form_is_eligible_with_evidence_and_pages():
    s = run("CURRICULUM VITAE\nAnna Kowalska", form())
    assert s.nationalities == ["PL", "DE"]
    assert s.diploma_years == 5
    assert s.languages == [{"lang": "pl", "level": "C2"}, {"lang": "en", "level": "C1"}, {"lang": "fr", "level": "B2"}]
    assert s.article29 is None
    assert s.outcome == "eligible"
    nat = s.check("E-NATIONALITY")
    assert nat.page == 2 and "Nationality: Polish" in nat.evidence
    assert s.check("E-LANG-MAIN").evidence == "Polish: mother tongue"
    for code in ("E-CIVIC", "E-MILITARY", "E-FITNESS", "E-REFERENCES"):
        assert status(s, code) == "declared"
    assert all(c.suggested != "verified" for c in s.checks)


# ---------------------------------------------------------------- nationality
@pytest.mark.parametrize("nat,expected", [
    ("EL", ["EL"]), ("GR", ["EL"]), ("Greek", ["EL"]), ("grecque", ["EL"]), ("griechisch", ["EL"]),
    ("Greek / Cypriot", ["EL", "CY"]), ("française et suisse", ["FR", "CH"]), ("Belgian", ["BE"]),
    ("belge", ["BE"]), ("belgisch", ["BE"]), ("polonaise", ["PL"]), ("polnisch", ["PL"]), ("PL / DE", ["PL", "DE"]),
    ("deutsche", ["DE"]), ("österreichisch", ["AT"]), ("Netherlands", ["NL"]),
])
def test_nationality_codes_and_names(nat, expected):
    s = run(form(nat=nat, nat2="-"))
    assert s.nationalities == expected
    assert status(s, "E-NATIONALITY") == "met"


def test_dual_national_is_met_through_the_eu_nationality():
    s = run(form(nat="Norwegian", nat2="Swedish"))
    assert s.nationalities == ["NO", "SE"]
    assert status(s, "E-NATIONALITY") == "met"
    assert "dual national" in s.check("E-NATIONALITY").reason


@pytest.mark.parametrize("nat,code", [("Norwegian", "NO"), ("British", "GB"), ("UK", "GB"), ("Ukrainian", "UA"),
                                      ("suisse", "CH"), ("isländisch", "IS"), ("Serbian", "RS"), ("Türkiye", "TR")])
def test_non_member_states_are_not_met(nat, code):
    s = run(form(nat=nat, nat2="None"))
    check = s.check("E-NATIONALITY")
    assert s.nationalities == [code]
    assert check.suggested == "not_met" and "not a Member State" in check.reason
    assert s.outcome == "not_eligible"


def test_unknown_nationality_is_to_verify_with_the_raw_text():
    check = run(form(nat="Atlantean", nat2="-")).check("E-NATIONALITY")
    assert check.suggested == "to_verify" and "Atlantean" in check.reason


def test_nationality_in_free_text():
    s = run("I am a Polish citizen and I speak English at C1 level.")
    assert s.nationalities == ["PL"]


# ---------------------------------------------------------------- diploma
def test_two_year_diploma_is_not_met():
    check = run(form(degree="BTS Services informatiques", years=2)).check("E-DIPLOMA")
    assert check.suggested == "not_met" and "2 years" in check.reason and "at least 3" in check.reason


@pytest.mark.parametrize("degree,years", [("Bachelor of Arts", 3), ("Licence en droit", 3), ("Master en droit", 5),
                                          ("Diplom-Ingenieur", 5), ("PhD in Physics", 8), ("Doctorat en chimie", 8),
                                          ("Diplôme universitaire de technologie", 2), ("DUT informatique", 2),
                                          ("Associate degree in IT", 2), ("HND Computing", 2)])
def test_duration_inferred_from_the_degree_type_with_a_note(degree, years):
    s = run(form(degree=degree, years=None))
    assert s.diploma_years == years
    check = s.check("E-DIPLOMA")
    assert "inferred from the degree type" in check.reason
    assert check.suggested == ("met" if years >= 3 else "not_met")


@pytest.mark.parametrize("text,years", [
    ("Durée des études (années) : 3", 3), ("Studiendauer (Jahre): 5", 5), ("Duration of studies (years): 4", 4),
])
def test_stated_duration_in_three_languages(text, years):
    s = run(f"Highest diploma: Bachelor\n{text}")
    assert s.diploma_years == years
    assert s.check("E-DIPLOMA").reason is None


def test_stated_years_in_the_diploma_field():
    assert run("Highest diploma: Bachelor in Law (4 years)").diploma_years == 4


def test_ad7_warning():
    assert any(AD7_WARNING in w for w in run(form(), grade="AD5-7").warnings)
    assert any(AD7_WARNING in w for w in run(form(), grade="AD7").warnings)
    assert not any(AD7_WARNING in w for w in run(form(), grade="AD5-6").warnings)
    assert grade_warning("AD 6 – AD 9") and not grade_warning("AST4")


# ---------------------------------------------------------------- languages
def test_mother_tongue_counts_as_c2():
    s = run(form(languages="Deutsch – Muttersprache\nAnglais : B2"))
    assert {"lang": "de", "level": "C2"} in s.languages
    assert status(s, "E-LANG-MAIN") == "met" and status(s, "E-LANG-SECOND") == "met"


@pytest.mark.parametrize("lines,expected", [
    ("English – C1\nFrench (B2)", {"en": "C1", "fr": "B2"}),
    ("Anglais : C1\nEnglisch: B2", {"en": "C1"}),
    ("native German\nEnglish: B2", {"de": "C2", "en": "B2"}),
    ("Polish: mother tongue English: C1 French: B2", {"pl": "C2", "en": "C1", "fr": "B2"}),
    ("Polonais : langue maternelle\nAllemand : B2", {"pl": "C2", "de": "B2"}),
])
def test_level_formats(lines, expected):
    s = run(form(languages=lines))
    assert {x["lang"]: x["level"] for x in s.languages} == expected


def test_c1_and_b2_in_the_same_language_do_not_pass():
    s = run(form(languages="Norwegian: mother tongue\nEnglish: C1\nEnglish: B2"))
    assert status(s, "E-LANG-MAIN") == "met"
    check = s.check("E-LANG-SECOND")
    assert check.suggested == "not_met" and "different" in check.reason


def test_non_eu_languages_never_count():
    s = run(form(languages="Russian: mother tongue\nEnglish: B2"))
    main = s.check("E-LANG-MAIN")
    assert main.suggested == "not_met" and "Russian" in main.reason
    assert any("Russian" in w and "not an official" in w for w in s.warnings)
    assert s.languages == [{"lang": "en", "level": "B2"}]
    s = run(form(languages="Russian: mother tongue\nEnglish: C1\nNorwegian: C2"))
    assert status(s, "E-LANG-MAIN") == "met" and status(s, "E-LANG-SECOND") == "not_met"


def test_without_a_mother_tongue_a_language_is_never_not_met():
    """Every form states a mother tongue: when none was read, the reading (not the candidate) is short."""
    s = run(form(languages="English: C1\nFrench: B1"))
    check = s.check("E-LANG-SECOND")
    assert check.suggested == "to_verify" and "no mother tongue" in check.reason
    assert status(s, "E-LANG-MAIN") == "met"


def test_per_skill_table_takes_the_lowest_skill():
    table = "Listening Reading Spoken interaction Spoken production Writing\nEnglish C1 C1 B2 C1 C1\nFrench C2 C2 C2 C2 C2"
    s = run(form(languages=table))
    assert {x["lang"]: x["level"] for x in s.languages} == {"en": "B2", "fr": "C2"}


def test_free_text_languages():
    s = run("I am a native Greek speaker and have C1 English. Nationality: Greek")
    assert {x["lang"]: x["level"] for x in s.languages} == {"el": "C2", "en": "C1"}


@pytest.mark.parametrize("word", ["fluent", "good", "business level"])
def test_unknown_level_is_to_verify_with_the_raw_text(word):
    s = run(form(languages=f"Polish: mother tongue\nEnglish: {word}"))
    check = s.check("E-LANG-SECOND")
    assert check.suggested == "to_verify" and f"English: {word}" in check.reason
    assert status(s, "E-LANG-MAIN") == "met"


# ---------------------------------------------------------------- unreadable documents, Europass
EUROPASS = {"surname": "Kowalska", "first_name": "Anna", "email": "a@example.eu", "nationalities": ["GR"],
            "mother_tongues": ["gre"],
            "languages": [{"lang": "eng", "levels": {"Listening": "C1", "Reading": "C1", "SpokenInteraction": "B2",
                                                     "SpokenProduction": "C1", "Writing": "C1"}}]}


@pytest.mark.parametrize("flag,reason", [("encrypted", "the PDF is encrypted"), ("corrupt", "the PDF is corrupt"),
                                         ("no_text_layer", "no text layer")])
def test_unreadable_document_is_never_not_met(flag, reason):
    s = run(readable=False, intake_flags=[flag])
    for code in DOC_CHECKS:
        check = s.check(code)
        assert check.suggested == "to_verify" and reason in check.reason and "check by hand" in check.reason
    assert s.outcome == "to_verify"


def test_unreadable_document_uses_the_europass_facts():
    s = run(readable=False, unreadable_reason="the PDF is encrypted", europass=EUROPASS, intake_flags=["encrypted"])
    assert s.nationalities == ["EL"]
    assert status(s, "E-NATIONALITY") == "met"
    assert s.languages == [{"lang": "el", "level": "C2"}, {"lang": "en", "level": "B2"}]
    assert status(s, "E-LANG-MAIN") == "met" and status(s, "E-LANG-SECOND") == "met"
    assert s.check("E-DIPLOMA").reason == "the PDF is encrypted: check by hand"


def test_unreadable_document_with_a_weak_europass_is_to_verify_not_not_met():
    europass = dict(EUROPASS, nationalities=["NO"], mother_tongues=["nor"])
    s = run(readable=False, unreadable_reason="the PDF is encrypted", europass=europass)
    assert status(s, "E-NATIONALITY") == "to_verify"
    assert status(s, "E-LANG-MAIN") == "to_verify"
    assert "not_met" not in [c.suggested for c in s.checks]


# ---------------------------------------------------------------- intake flags, declarations, Art. 29, unknown
def test_deadline_and_format_from_intake_flags():
    s = run(form(), intake_flags=["late", "not_single_pdf", "reference_missing"])
    assert s.check("E-DEADLINE").suggested == "not_met"
    assert s.check("E-DEADLINE").reason == "received after the deadline"
    fmt = s.check("E-FORMAT")
    assert fmt.suggested == "to_verify" and "single PDF" in fmt.reason and "reference" in fmt.reason
    assert status(run(form(), intake_flags=["received_time_unknown"]), "E-DEADLINE") == "to_verify"
    assert status(run(form(), intake_flags=["forwarded"]), "E-FORMAT") == "met"


def test_declarations_must_be_ticked():
    text = form().replace("[X] I am physically fit", "[ ] I am physically fit")
    s = run(text)
    assert status(s, "E-FITNESS") == "to_verify" and status(s, "E-MILITARY") == "declared"
    s = run("I declare that I enjoy full rights as a citizen and have fulfilled my military service obligations.")
    assert status(s, "E-CIVIC") == "declared" and status(s, "E-REFERENCES") == "to_verify"
    de = "Erklärungen: [X] Ich besitze die vollen Bürgerrechte [X] Wehrdienst erfüllt"
    assert status(run(de), "E-CIVIC") == "declared"


@pytest.mark.parametrize("value,category", [
    ("Commission official", "official"), ("fonctionnaire de la Commission", "official"),
    ("Beamter der Kommission", "official"), ("Official of another institution (Council)", "other_institution"),
    ("Laureate", "laureate"), ("lauréat", "laureate"), ("reserve list of competition EPSO/AD/401/22", "laureate"),
    ("None", None), ("Aucun", None), ("Keiner", None),
])
def test_article29(value, category):
    s = run(form(art29=value))
    assert s.article29 == category
    assert (s.article29_evidence is not None) == (category is not None)
    if category:
        assert value in s.article29_evidence


def test_unknown_criterion_and_overall():
    s = suggest(ApplicationFacts(page_texts=[form()]), [("E-SOMETHING", False)])
    assert s.checks[0].suggested == "to_verify" and s.checks[0].reason == "no automatic rule; check by hand"
    assert overall(["met", "declared"]) == "eligible"
    assert overall(["met", "not_met", "to_verify"]) == "not_eligible"
    assert overall(["met", "to_verify"]) == "to_verify"
    assert overall([]) == "to_verify"


def test_every_not_met_or_to_verify_has_a_reason():
    for s in (run(form(nat="Norwegian", nat2="-", languages="English: fluent", years=2), intake_flags=["late"]),
              run(readable=False), run("")):
        for c in s.checks:
            if c.suggested in ("not_met", "to_verify"):
                assert c.reason, c


def test_cv_sections_do_not_confuse_the_language_reading():
    cv = "CURRICULUM VITAE\nProgramming languages: Python, Java\nThesis on Polish history\nLanguages: English C2, German B2"
    s = run(cv)
    assert s.languages == [{"lang": "en", "level": "C2"}, {"lang": "de", "level": "B2"}]
    assert status(s, "E-LANG-MAIN") == "met" and status(s, "E-LANG-SECOND") == "met"


def test_the_label_hints_never_hide_a_label():
    """_labels_in skips the label expression when no hint is in the line: on every line of the generated
    forms (EN/FR/DE, tables and free text) it finds exactly what the expression alone finds."""
    from panel_app.domain.eligibility.fields import labels_by_expression as _labels_by_expression
    from panel_app.domain.eligibility.fields import labels_in as _labels_in

    from .corpus import generate

    lines = [ln for sample in generate(120, seed=7) for page in sample.pages for ln in page.splitlines()]
    labelled = [ln for ln in lines if _labels_by_expression(ln)]
    assert len(labelled) > 500
    assert all(_labels_in(ln) == _labels_by_expression(ln) for ln in lines)


LABEL_EXAMPLES = ["Nationality", "Citizenship", "Nationalité", "Staatsangehörigkeit", "Staatsbürgerschaft",
                  "Nationalität", "Second nationality", "Deuxième nationalité", "Zweite Staatsangehörigkeit",
                  "Surname", "Family name", "Nachname", "Familienname", "Nom", "First name", "Given name", "Prénom",
                  "Vorname", "E-mail", "Email", "Courriel", "Duration of studies (years)", "Durée des études",
                  "Studiendauer (Jahre)", "Date of diploma", "Date du diplôme", "Datum des Abschlusses",
                  "Highest diploma", "Highest qualification", "Diplôme le plus élevé", "Höchster Abschluss",
                  "Languages (CEFR)", "Language skills", "Langues (CECR)", "Compétences linguistiques",
                  "Sprachen (GER)", "Sprachkenntnisse", "Article 29 status", "Statut de l'article 29",
                  "Status Artikel 29", "Art. 29", "Declarations", "Déclarations", "Erklärungen",
                  "Country of citizenship", "Nationalité(s)", "Citoyenneté", "Length of studies", "Regelstudienzeit",
                  "Nombre d'années d'études", "Dauer des Studiums", "Mother tongue(s)", "Langue maternelle",
                  "Muttersprache", "Erstsprache", "Native language", "Other languages", "Langues étrangères",
                  "Fremdsprachen", "Period of study", "Période d'études", "Studienzeitraum", "Place and date",
                  "Fait à", "Ort, Datum", "Signature", "Unterschrift", "Hochschulabschluss", "Titre universitaire"]


@given(st.lists(st.tuples(st.sampled_from(LABEL_EXAMPLES), st.sampled_from([str.upper, str.lower, str.title, str]),
                          st.text(max_size=12)), min_size=1, max_size=3))
def test_any_label_in_any_case_passes_the_hints(parts):
    from panel_app.domain.eligibility.fields import labels_by_expression as _labels_by_expression
    from panel_app.domain.eligibility.fields import labels_in as _labels_in

    line = "  ".join(f"{case(label)}: {value}" for label, case, value in parts)
    assert _labels_in(line) == _labels_by_expression(line)
