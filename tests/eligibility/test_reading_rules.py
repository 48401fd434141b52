"""One test (or a few) per reading rule of issue 16, on forms worded and laid out as other people write them."""

from __future__ import annotations

import pytest

from panel_app.domain.eligibility import ApplicationFacts, suggest
from panel_app.domain.eligibility.boxes import read_groups
from panel_app.domain.eligibility.diploma import period_years
from panel_app.domain.eligibility.fields import read_document
from panel_app.intake.europass import parse_europass

from .forms_europass import new_format, old_format
from .test_rules import CRITERIA

GENERAL = ("E-CIVIC", "E-MILITARY", "E-FITNESS", "E-REFERENCES")
BASE = ["APPLICATION FORM DIGIT/COM/2026/1039", "Nationality: Polish", "Highest diploma: Master in law",
        "Duration of studies: 5 years", "Mother tongue: Polish", "Other languages: English – C1; French – B2"]


def run(*lines: str, pages: list[str] | None = None, **kw):
    return suggest(ApplicationFacts(page_texts=pages or ["\n".join(lines)], **kw), CRITERIA)


def st(s, code):
    return s.check(code).suggested


# ---------------------------------------------------------------- declaration of honour
@pytest.mark.parametrize("sentence", [
    "I, the undersigned, declare on my honour that I satisfy the eligibility criteria of the vacancy notice.",
    "I declare on my honour that I meet the eligibility conditions set out in the notice.",
    "Je soussignée déclare sur l'honneur remplir les critères d'éligibilité de l'avis de vacance.",
    "Je déclare sur l'honneur satisfaire aux conditions d'admissibilité.",
    "Ich versichere ehrenwörtlich, dass ich die Zulassungsbedingungen der Stellenausschreibung erfülle.",
    "Hiermit erkläre ich ehrenwörtlich, alle Teilnahmebedingungen zu erfüllen.",
])
@pytest.mark.parametrize("signature", [["Place and date: Brussels, 10/06/2026"], ["Signature: (signed) A. Kowalska"],
                                       ["Ort, Datum:", "Berlin, 11.06.2026"], ["Lieu et date : Paris, le 9 juin 2026"]])
def test_a_signed_declaration_of_honour_declares_each_general_condition(sentence, signature):
    s = run(*BASE, sentence, *signature)
    for code in GENERAL:
        check = s.check(code)
        assert check.suggested == "declared", check
        assert sentence[:30] in check.evidence and check.page == 1
    assert s.outcome == "eligible"


@pytest.mark.parametrize("after,reason", [
    (["Place and date: ____________", "Signature: ____________"], "not signed"),
    (["Signature:", "Place and date:"], "not signed"),
    ([], "no signature, place or date"),
])
def test_an_unsigned_declaration_is_to_verify_with_that_reason(after, reason):
    s = run(*BASE, "I declare on my honour that I satisfy the eligibility criteria of the notice.", *after)
    for code in GENERAL:
        assert st(s, code) == "to_verify" and reason in s.check(code).reason
    assert s.outcome == "to_verify"


def test_no_declaration_at_all_is_to_verify():
    check = run(*BASE).check("E-CIVIC")
    assert check.suggested == "to_verify" and "no declaration" in check.reason


def test_a_declaration_that_does_not_cover_the_eligibility_conditions_declares_nothing():
    s = run(*BASE, "I declare on my honour that the information above is true.", "Signature: A. Kowalska")
    assert st(s, "E-CIVIC") == "to_verify"


def test_an_empty_box_for_one_condition_wins_over_the_general_declaration():
    s = run(*BASE, "☐ I am physically fit", "I declare on my honour that I meet the eligibility conditions.",
            "Signature: A. Kowalska")
    assert st(s, "E-FITNESS") == "to_verify" and "not ticked" in s.check("E-FITNESS").reason
    assert st(s, "E-CIVIC") == "declared"


# ---------------------------------------------------------------- check boxes, Article 29
@pytest.mark.parametrize("tick", ["☒", "☑", "[X]", "[x]", "(X)", "✓", "✔", "■"])
def test_every_tick_mark_is_read(tick):
    s = run(*BASE, "Article 29 of the Staff Regulations", "☐ Official of the European Commission",
            f"{tick} Laureate of an EPSO competition (reserve list)", "☐ Contract agent", "☐ None of the above")
    assert s.article29 == "laureate" and "Laureate" in s.article29_evidence


@pytest.mark.parametrize("label,category", [
    ("Official of the European Commission", "official"), ("Commission official", "official"),
    ("Fonctionnaire de la Commission européenne", "official"), ("Beamtin der Europäischen Kommission", "official"),
    ("Official of another EU institution, body or agency", "other_institution"),
    ("Official of an EU agency (ENISA)", "other_institution"), ("Fonctionnaire du Parlement européen", "other_institution"),
    ("Beamter einer anderen Institution", "other_institution"),
    ("Laureate of an EPSO competition – Article 29 priority", "laureate"), ("Lauréat d'un concours EPSO", "laureate"),
    ("Auf der Reserveliste eines EPSO-Auswahlverfahrens", "laureate"),
    ("Contract agent", None), ("Temporary agent (AT 2(b))", None), ("Agent contractuel", None),
    ("Vertragsbediensteter", None), ("Not applicable", None),
])
def test_article29_categories_and_agents_are_not_officials(label, category):
    options = ["Official of the European Commission", "Laureate of an EPSO competition", "Contract agent",
               "Not applicable"]
    lines = [f"{'☒' if o == label else '☐'} {o}" for o in options if o != label] + [f"☒ {label}"]
    s = run(*BASE, "Article 29 status", *lines)
    assert s.article29 == category
    assert s.article29_unsure is None


@pytest.mark.parametrize("answer,category", [
    (["Commission official – personnel number", "123456, grade AST 6"], "official"),
    (["Beamtin der Europäischen Kommission, Besoldungsgruppe AD 10"], "official"),
    (["Official of the European Court of Auditors, grade AD 8"], "other_institution"),
    (["Fonctionnaire de l'Union (Cour des comptes européenne), AD 9"], "other_institution"),
    (["Auf der Reserveliste des allgemeinen Auswahlverfahrens EPSO/AD/398/22"], "laureate"),
    (["Temporary agent 2(a), grade AD 8"], None), (["Bediensteter auf Zeit nach Artikel 2 Buchstabe a BSB, AD 8"], None),
    (["Agent contractuel 3 bis, GF III"], None),
])
def test_an_article29_heading_alone_on_its_line_takes_the_next_line(answer, category):
    """A table cell that wrapped: the heading's last line names Article 29, the answer is on the next line(s).
    A grade (AD 8) or a staff number never makes a temporary or contract agent an official."""
    s = run(*BASE, "Employment status with the EU institutions", "(Art. 29 SR)", *answer)
    assert s.article29 == category and s.article29_unsure is None


@pytest.mark.parametrize("ticks,what", [((False, False, False), "no box is ticked"),
                                        ((True, True, False), "several boxes are ticked")])
def test_none_or_several_ticked_is_to_verify_naming_the_boxes(ticks, what):
    labels = ("Commission official", "Laureate of an EPSO competition", "None of the above")
    s = run(*BASE, "Article 29:", *(f"{'☒' if t else '☐'} {lb}" for t, lb in zip(ticks, labels, strict=True)))
    assert s.article29 is None
    assert what in s.article29_unsure and "'Commission official'" in s.article29_unsure
    assert any(what in w for w in s.warnings)


@pytest.mark.parametrize("header", ["Article 29 Yes No", "Article 29 Oui Non", "Artikel 29 Ja Nein"])
def test_yes_no_columns(header):
    s = run(*BASE, header, "Official of the European Commission ☐ ☒",
            "Official of another institution, body or agency ☒ ☐", "Laureate of an EPSO competition ☐ ☒")
    assert s.article29 == "other_institution"
    s = run(*BASE, header, "Official of the European Commission ☐ ☒", "Laureate of an EPSO competition ☐ ☒")
    assert s.article29 is None and s.article29_unsure is None  # every row answered No: definite


def test_yes_no_inline_and_a_wrapped_row_label():
    groups = read_groups(read_document(ApplicationFacts(page_texts=[
        "Are you a Commission official? Yes ☐ No ☒\nAre you on an EPSO reserve list? ☒ Yes ☐ No"])).lines)
    assert [(b.label, b.ticked) for g in groups for b in g.items] == [
        ("Are you a Commission official?", False), ("Are you on an EPSO reserve list?", True)]
    s = run(*BASE, "Priority (Article 29) Yes No", "Official of another institution, body", "or agency", "☒ ☐")
    assert s.article29 == "other_institution"


def test_boxes_on_one_line_and_the_military_options():
    s = run(*BASE, "Military service: ☐ Completed ☐ Exempted ☒ Not applicable",
            "I declare on my honour that I meet the eligibility conditions.", "Signature: A. K.")
    assert st(s, "E-MILITARY") == "declared"
    s = run(*BASE, "Military service: ☒ Completed ☒ Exempted ☐ Not applicable",
            "I declare on my honour that I meet the eligibility conditions.", "Signature: A. K.")
    check = s.check("E-MILITARY")
    assert check.suggested == "to_verify" and "several boxes" in check.reason and "'Completed'" in check.reason
    assert st(s, "E-CIVIC") == "declared"


def test_a_bullet_is_not_a_tick():
    s = run(*BASE, "Article 29", "■ Commission official", "■ Laureate of an EPSO competition")
    assert s.article29 is None  # ■ without any empty box in the list: bullets, not ticks


# ---------------------------------------------------------------- field labels and layouts
@pytest.mark.parametrize("text", [
    "Nationality: Polish", "Citizenship Polish", "Nationalité : polonaise", "Staatsangehörigkeit polnisch",
    "Nationality:\nPolish", "Staatsangehörigkeit\npolnisch", "Surname Kowalska Nationality PL",
    "Nationality / citizenship: PL", "Country of\ncitizenship\nPoland",
])
def test_nationality_labels_and_layouts(text):
    s = run(text, "Mother tongue: Polish")
    assert s.nationalities == ["PL"] and st(s, "E-NATIONALITY") == "met"


@pytest.mark.parametrize("text,years", [
    ("Highest diploma: Bachelor\nDuration of studies: 3 years", 3), ("Diplôme : Licence\nDurée des études : 3,5", 3.5),
    ("Abschluss: Bachelor\nStudiendauer: 7 Semester", 3.5), ("Highest qualification: BSc\nDuration of studies: 180 ECTS", 3),
    ("Highest diploma: Bachelor (3 years)", 3), ("Highest diploma: Master (3+2)", 5),
    ("Highest diploma: integrated master (5 years)", 5), ("Highest diploma\nLicence\nDurée des études\n6 semestres", 3),
    ("Highest diploma: Bachelor\nPeriod of study: 2014-10 – 2017-07", 3),
    ("Hochschulabschluss Diplom\nStudienzeitraum 2009-10 – 2011-07", 2),
])
def test_durations(text, years):
    s = run(text, "Nationality: PL")
    assert s.diploma_years == years
    assert st(s, "E-DIPLOMA") == ("met" if years >= 3 else "not_met")


def test_an_eqf_level_alone_is_not_a_duration():
    s = run("Highest qualification: EQF level 6", "Nationality: PL")
    assert s.diploma_years is None and st(s, "E-DIPLOMA") == "to_verify"


@pytest.mark.parametrize("text,years", [("2014-10 – 2017-07", 3), ("09/2014 - 06/2017", 3), ("2010-09 – 2014-06", 4),
                                        ("2012-10 – 2014-03", 1), ("2014 – 2017", 3),
                                        # October to June, three academic years (it was read as 2: "not met")
                                        ("2008-10 - 2011-06", 3), ("10/2008 – 06/2011", 3), ("2009-10 – 2011-06", 2)])
def test_dates_of_study(text, years):
    assert period_years(text) == years


# ---------------------------------------------------------------- languages
@pytest.mark.parametrize("mother", ["Mother tongue: Polish", "Native language: Polish", "Langue maternelle : polonais",
                                    "Muttersprache: Polnisch", "Polish (native)", "Mother tongue\nPolish"])
def test_a_mother_tongue_is_c2(mother):
    s = run("Nationality: PL", mother, "Other languages: English – C1 (effective operational proficiency)")
    assert {"lang": "pl", "level": "C2"} in s.languages and {"lang": "en", "level": "C1"} in s.languages
    assert st(s, "E-LANG-MAIN") == "met" and st(s, "E-LANG-SECOND") == "met"


@pytest.mark.parametrize("mother", ["Norwegian", "Turkish", "Russian", "Basque"])
def test_a_non_official_mother_tongue_never_counts(mother):
    s = run("Nationality: DE", f"Mother tongue: {mother}", "Other languages: English – B2; Swedish – B1")
    assert st(s, "E-LANG-MAIN") == "not_met" and mother in s.check("E-LANG-MAIN").reason


def test_the_second_language_differs_from_the_first():
    s = run("Nationality: PL", "Mother tongue: Polish", "Other languages: Polish – C1; English – B1")
    assert st(s, "E-LANG-SECOND") == "not_met"


# ---------------------------------------------------------------- Europass, both formats
EDU = [("2009-10", "2012-07", 6, "Licencjat", 180), ("2012-10", "2014-06", 7, "Magister", None)]
PERSON = dict(surname="Wiśniewska", first="Zofia", email="Z.W@example.pl", mother="pl",
              languages={"en": ["C1", "C2", "C1", "B2", "C1"]}, education=EDU)


@pytest.mark.parametrize("fmt", [new_format, old_format])
def test_europass_is_read_in_full(fmt):
    ep = parse_europass(fmt(dict(PERSON, nationalities=["gr"])))
    assert ep["surname"] == "Wiśniewska" and ep["first_name"] == "Zofia" and ep["email"] == "z.w@example.pl"
    assert ep["nationalities"] == ["GR"] and ep["mother_tongues"] == ["pl"]
    assert ep["languages"] == [{"lang": "en", "levels": {"Listening": "C1", "Reading": "C2", "SpokenInteraction": "C1",
                                                          "SpokenProduction": "B2", "Writing": "C1"}}]
    assert [(e["start"], e["end"], e["eqf"], e["ects"]) for e in ep["education"]] == [
        ("2009-10", "2012-07", 6, 180), ("2012-10", "2014-06", 7, None)]
    s = suggest(ApplicationFacts(page_texts=[""], readable=False, intake_flags=["no_text_layer"], europass=ep),
                CRITERIA)
    assert s.nationalities == ["EL"]  # Greece is GR in ISO, EL in the EU
    assert s.languages == [{"lang": "pl", "level": "C2"}, {"lang": "en", "level": "B2"}]  # lowest of the five
    assert s.diploma_years == 3  # 180 ECTS
    for code in ("E-NATIONALITY", "E-DIPLOMA", "E-LANG-MAIN", "E-LANG-SECOND"):
        check = s.check(code)
        assert check.suggested == "met" and "from the Europass data embedded in the PDF" in check.evidence


def test_a_scanned_europass_can_be_negative_but_an_encrypted_one_cannot():
    ep = parse_europass(new_format(dict(PERSON, nationalities=["NO"], mother="no",
                                        languages={"en": ["B2"] * 5, "sv": ["B1"] * 5})))
    scanned = suggest(ApplicationFacts(page_texts=[], intake_flags=["no_text_layer"], europass=ep), CRITERIA)
    assert st(scanned, "E-NATIONALITY") == "not_met" and st(scanned, "E-LANG-MAIN") == "not_met"
    assert scanned.outcome == "not_eligible"
    encrypted = suggest(ApplicationFacts(page_texts=[], readable=False, intake_flags=["encrypted"], europass=ep),
                        CRITERIA)
    assert "not_met" not in [c.suggested for c in encrypted.checks]


def test_ocr_text_never_makes_a_check_not_met():
    s = run("Nationality: Norwegian", "Mother tongue: Norwegian", "Other languages: English – B2", ocr=True)
    for code in ("E-NATIONALITY", "E-LANG-MAIN"):
        assert st(s, code) == "to_verify" and "OCR" in s.check(code).reason
    s = run(*BASE, ocr=True)
    assert st(s, "E-NATIONALITY") == "met"  # a positive reading stands


def test_form_and_europass_that_disagree_are_to_verify_naming_both():
    ep = parse_europass(new_format(dict(PERSON, nationalities=["NO"], mother="no", languages={"en": ["B2"] * 5})))
    s = run(*BASE, europass=ep)
    check = s.check("E-NATIONALITY")
    assert check.suggested == "to_verify"
    assert "the text says 'met'" in check.reason and "Europass data embedded in the PDF says 'not met'" in check.reason


def test_the_form_and_the_cv_that_disagree_are_to_verify():
    cv = "CURRICULUM VITAE\nNationality: Polish\nLanguages: English C1, Polish mother tongue"
    form = "APPLICATION FORM\nNationality: Norwegian\nMother tongue: Polish\nOther languages: English – B1"
    s = run(pages=[cv, form])
    nat = s.check("E-NATIONALITY")
    assert nat.suggested == "to_verify" and "page 1" in nat.reason and "Polish" in nat.reason
    second = s.check("E-LANG-SECOND")
    assert second.suggested == "to_verify" and "the pages disagree" in second.reason
    agree = run(pages=[cv.replace("C1", "B2"), form.replace("B1", "B2").replace("Norwegian", "Polish")])
    assert agree.outcome == "to_verify" and agree.check("E-LANG-SECOND").suggested == "met"


def test_a_list_of_boxes_wrapped_after_a_box_gives_the_next_line_to_that_box():
    s = run(*BASE, "Article 29: [ ] Commission official [ ]", "Official of another institution (X) Laureate of an EPSO",
            "competition [ ] Contract agent")
    assert s.article29 == "laureate" and s.article29_unsure is None


def test_boxes_out_of_order_are_never_guessed():
    """A word processor's export may put the boxes after all the labels (font fallback runs): to verify."""
    s = run(*BASE, "Article 29: Commission official Official of the Court of Justice Laureate ☐ ☐ ☒",
            "☐ Contract agent")
    assert s.article29 is None and "out of order" in s.article29_unsure


def test_a_ticked_box_naming_two_categories_is_to_verify():
    s = run(*BASE, "Article 29", "☐ Commission official", "☒ Official of the Court of Justice, on the EPSO reserve list",
            "☐ None")
    assert s.article29 is None and "several categories" in s.article29_unsure


def test_after_ocr_a_scanned_europass_is_still_decided_by_its_xml():
    from panel_app.domain.eligibility.ocr_reading import ocr_snapshot

    ep = parse_europass(new_format(dict(PERSON, nationalities=["NO"], mother="no",
                                        languages={"en": ["B2"] * 5, "sv": ["B1"] * 5})))
    ocr_text = "Europass CV\nIngrid Haugen\nNationality: Norwegian\nI am physically fit"
    snap = ocr_snapshot([ocr_text], ["no_text_layer"], ep, "AD6", CRITERIA, 3, 71.0)
    checks = {c["criterion"]: c for c in snap["checks"]}
    assert checks["E-NATIONALITY"]["suggested"] == "not_met" and checks["E-NATIONALITY"]["source"] == "europass"
    assert checks["E-LANG-MAIN"]["suggested"] == "not_met"
    ocr_only = ocr_snapshot([ocr_text], ["no_text_layer"], None, "AD6", CRITERIA, 3, 71.0)
    assert "not_met" not in [c["suggested"] for c in ocr_only["checks"]]


def test_what_word_processors_put_in_the_text_is_read_as_a_person_reads_it():
    """Typographic apostrophes, ligatures, non-breaking spaces before a French colon, Wingdings boxes."""
    s = run("Nationalité\xa0: française", "Langue maternelle\xa0: français", "Autres langues : anglais – C1",
            "Highest quali\ufb01cation: Master", "Nombre d’années d’études : 5",
            "Article 29 :", "\uf0a8 Fonctionnaire de la Commission", "\uf0fe Lauréat d’un concours EPSO",
            "Je déclare sur l’honneur remplir les critères d’éligibilité de l’avis.", "Lieu et date : Paris, le 9 juin 2026")
    assert s.nationalities == ["FR"] and s.diploma_years == 5
    assert s.article29 == "laureate"
    assert st(s, "E-CIVIC") == "declared" and s.outcome == "eligible"


@pytest.mark.parametrize("sentence,declared", [
    ("I, the undersigned, certify that I meet the eligibility criteria of the notice.", True),
    ("Je confirme remplir les conditions d'admissibilité.", True),
    ("Hiermit bestätige ich, dass ich die Zulassungsvoraussetzungen erfülle.", True),
    ("I declare on my honour that I have read the eligibility criteria.", False),
    ("I confirm that I do not meet the eligibility criteria.", False),
])
def test_declarations_without_the_word_honour_and_what_they_must_say(sentence, declared):
    s = run(*BASE, sentence, "Place and date: Brussels, 10/06/2026")
    assert (st(s, "E-CIVIC") == "declared") is declared


@pytest.mark.parametrize("text,years,outcome", [
    ("Highest diploma: Master of Science\nDuration of studies: 2 years", 2, "to_verify"),  # the master alone?
    ("Highest diploma: Master (1 year)", 1, "to_verify"),
    ("Diplôme : Master (Bac+5)", 5, "met"), ("Diplôme : DUT (Bac+2)", 2, "not_met"),
])
def test_a_short_second_cycle_is_never_not_met(text, years, outcome):
    s = run(text, "Nationality: PL")
    assert s.diploma_years == years and st(s, "E-DIPLOMA") == outcome


def test_a_browser_page_header_date_does_not_sign_a_declaration():
    s = run(*BASE, "I declare on my honour that I meet the eligibility conditions.", "Signature:", "",
            pages=None)
    page1 = "\n".join([*BASE, "I declare on my honour that I meet the eligibility conditions.", "Place and date:",
                       "Signature:"])
    s = run(pages=[page1, "12/06/2026, 10:15 Application form\nAnnex"])
    assert st(s, "E-CIVIC") == "to_verify"


def test_a_single_yes_no_question_and_an_official_of_which_institution():
    s = run(*BASE, "Are you an official of the European Commission? Yes ☒ No ☐")
    assert s.article29 == "official"
    s = run(*BASE, "Are you an official of the European Commission? Yes ☐ No ☒")
    assert s.article29 is None and s.article29_unsure is None
    s = run(*BASE, "Are you an official of the EU institutions? Yes ☒ No ☐")
    assert s.article29 is None and "which institution" in s.article29_unsure


@pytest.mark.parametrize("mark,declared", [("☒", True), ("[X]", True), ("☐", False)])
def test_a_ticked_declaration_of_honour_needs_no_other_signature(mark, declared):
    s = run(*BASE, f"{mark} I declare on my honour that I satisfy the eligibility criteria of the vacancy notice.")
    assert (st(s, "E-CIVIC") == "declared") is declared
    if not declared:
        assert "not ticked" in s.check("E-CIVIC").reason


@pytest.mark.parametrize("value,years", [("2010 – 2014", 4), ("09/2012 - 06/2015", 3), ("4 (2010–2014)", 4)])
def test_dates_written_in_the_duration_field(value, years):
    s = run("Highest diploma: Bachelor", f"Duration of studies: {value}", "Nationality: PL")
    assert s.diploma_years == years and st(s, "E-DIPLOMA") == "met"


@pytest.mark.parametrize("lines", [
    # a list of boxes whose ticks were not read (HTML check boxes a browser drew, not recognised)
    ("Article 29 of the Staff Regulations", "Official of the European Commission",
     "Official of another EU institution, body or agency", "Laureate of an EPSO competition (reserve list)",
     "Contract agent", "None of the above"),
    ("Article 29 of the Staff Regulations: Commission official Official of another EU institution, body or",
     "agency Laureate of an EPSO competition – Article 29 priority (reserve list) Contract agent None of", "the above"),
    ("Article 29 of the Staff Regulations Yes No", "Official of the European Commission",
     "Official of another EU institution, body or agency",
     "Laureate of an EPSO competition – Article 29 priority (reserve list)", "Contract agent"),
])
def test_article29_options_listed_without_a_tick_are_to_verify(lines):
    """The options of boxes whose ticks were not read are not an answer: never the first option, never the one
    that happens to name Article 29."""
    s = run(*BASE, *lines)
    assert s.article29 is None
    assert "no box was read as ticked" in s.article29_unsure or "several categories" in s.article29_unsure


def test_an_article29_answer_followed_by_other_fields_is_still_read():
    s = run(*BASE, "Article 29 of the Staff Regulations:", "Commission official", "Military service:",
            "Not applicable")
    assert s.article29 == "official" and s.article29_unsure is None


def test_a_line_of_boxes_wrapped_inside_a_label_keeps_one_group():
    """"…: ☑ Official in active employment at" / "the European Commission (AD 10) □ Established official, …" /
    "Action Service (EEAS) □ …": the text before the first box of a continuation line ends the previous label."""
    s = run(*BASE, "Language skills:", "English – C1",
            "Article 29(1)(a) Staff Regulations – priority candidates: ☑ Official in active employment at",
            "the European Commission (DG DIGIT, AD 10) □ Established official, European External",
            "Action Service (EEAS) □ On the reserve list of open competition EPSO/AD/399/22 □",
            "Seconded national expert (SNE) at the European Commission □ Not an EU staff member")
    assert s.article29 == "official" and s.article29_unsure is None
    assert "the European Commission (DG DIGIT, AD 10)" in s.article29_evidence


def test_the_next_line_of_boxes_with_its_own_heading_is_a_new_group():
    s = run(*BASE, "Military service: ☒ Completed ☐ Exempted",
            "Article 29 ☐ Commission official ☒ Laureate of an EPSO competition ☐ None")
    assert s.article29 == "laureate"


def test_an_article29_heading_wrapped_on_two_lines_takes_the_answer_after_it():
    s = run(*BASE, "Article 29(1)(a) Staff Regulations – priority", "candidates", "I am a permanent official of the",
            "Commission (AD 9)", "Declaration on honour: I confirm that I satisfy all the eligibility criteria.")
    assert s.article29 == "official"
    s = run(*BASE, "Article 29(1)(a) Staff Regulations – priority", "candidates",
            "Seconded national expert (SNE) at the European Commission")
    assert s.article29 is None  # a seconded national expert is not an official
