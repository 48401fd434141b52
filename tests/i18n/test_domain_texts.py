"""Issue 20 part 4: the texts written by domain/ and services/ (errors, hints, reasons, words) reach the French
and German interface translated. Every template they mark is in both catalogues, finished, with the same
placeholders; a Text stays its English self for the CLI and the logs."""

from __future__ import annotations

import pickle
import re

import pytest

from panel_app.domain.errors import StaleEdit, UserFacingError
from panel_app.domain.paths import I18N_DIR, ROOT
from panel_app.domain.texts import QT_TRANSLATE_NOOP, Text, english, render, translate

from .catalogue import LANGUAGES, SOURCE_DIRS, read_ts
from .domain_texts import all_marked

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def test_a_text_is_its_english_and_renders_its_translation():
    t = translate("Errors", "No criterion {code} in {reference}.").format(code="A1", reference="EPSO/AD/1/26")
    assert t == "No criterion A1 in EPSO/AD/1/26." and str(t) == t and f"{t}" == str(t)
    assert isinstance(t, Text) and t.context == "Errors" and t.template == "No criterion {code} in {reference}."
    fr = {("Errors", "No criterion {code} in {reference}."): "Pas de critère {code} dans {reference}."}
    assert render(t, lambda c, s: fr.get((c, s), s)) == "Pas de critère A1 dans EPSO/AD/1/26."
    assert render(t, english) == str(t)
    assert pickle.loads(pickle.dumps(t)) == t and pickle.loads(pickle.dumps(t)).params == t.params
    fixed = translate("Errors", "Braces {stay} literal")  # no .format(): a fixed text
    assert render(fixed, lambda c, s: s.upper()) == "BRACES {STAY} LITERAL"
    assert render("plain", lambda c, s: "x") == "plain" and render(None, english) == ""
    assert QT_TRANSLATE_NOOP("Words", "late") == "late" and not isinstance(QT_TRANSLATE_NOOP("Words", "late"), Text)


def test_a_nested_text_and_a_broken_translation():
    inner = translate("Errors", "another user")
    outer = translate("Errors", "{what} was changed by {who}.").format(what="Criterion A", who=inner)
    de = {"another user": "einem anderen Benutzer", "{what} was changed by {who}.": "{what} wurde von {who} geändert."}
    assert render(outer, lambda c, s: de.get(s, s)) == "Criterion A wurde von einem anderen Benutzer geändert."
    assert render(outer, lambda c, s: "lost {placeholder}") == str(outer)  # never an exception in front of a user


def test_an_error_keeps_its_english_message_and_its_template():
    e = StaleEdit("Criterion A", "Ana", "12.06.2026 10:00")
    assert str(e) == "Criterion A was changed by Ana at 12.06.2026 10:00. Reload to see the current value."
    assert isinstance(e.message, Text) and isinstance(e.hint, Text)
    plain = UserFacingError("plain words", hint="a hint")
    assert str(plain) == "plain words a hint"


def test_the_catalogue_reads_every_layer_whose_texts_reach_the_interface():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    line = next(ln for ln in make.splitlines() if ln.startswith("I18N_SOURCES"))
    assert line.split(":=")[1].split() == list(SOURCE_DIRS)


def test_every_marker_is_one_lupdate_can_read():
    _found, unreadable = all_marked()
    assert not unreadable, ("lupdate reads only translate(\"Context\", \"literal\") and QT_TRANSLATE_NOOP(...) with "
                            "two literals; put the parameters in .format(...):\n" + "\n".join(unreadable))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_domain_and_service_template_is_translated(lang):
    found, _ = all_marked()
    assert len(found) > 5
    catalogue = {(m.context, m.source): m for m in read_ts(I18N_DIR / f"panel_app_{lang}.ts")}
    missing = [f"{t.where}: {t.context}: {t.source!r}" for t in found
               if (t.context, t.source) not in catalogue or not catalogue[(t.context, t.source)].finished]
    assert not missing, (f"{len(missing)} texts of domain/services have no finished {lang} translation: run "
                         f"`make i18n`, then translate them in resources/i18n/panel_app_{lang}.ts:\n"
                         + "\n".join(missing[:40]))
    wrong = [f"{t.where}: {t.source!r} -> {catalogue[(t.context, t.source)].translation!r}" for t in found
             if sorted(PLACEHOLDER.findall(t.source))
             != sorted(PLACEHOLDER.findall(catalogue[(t.context, t.source)].translation))]
    assert not wrong, "a translation lost or renamed a placeholder:\n" + "\n".join(wrong)


def test_every_template_is_formatted_with_exactly_its_placeholders():
    from .domain_texts import mismatched_parameters

    wrong = mismatched_parameters()
    assert not wrong, "a message would raise KeyError or show a bare {placeholder}:\n" + "\n".join(wrong)


def test_the_parameter_check_finds_a_mismatch(tmp_path):
    from .domain_texts import mismatched_parameters

    sample = tmp_path / "sample.py"
    sample.write_text('a = translate("Errors", "No {code} in {ref}.").format(code=1)\n'
                      'b = translate("Errors", "Fine {x}.").format(x=2)\n'
                      'c = translate("Errors", "Forgot {y}.")\n')
    assert sorted(w.split(":")[1] for w in mismatched_parameters([sample])) == ["1", "3"]


def test_a_stored_template_that_no_longer_says_the_english_is_not_used():
    """A snapshot whose English was changed after it was written (and not its template) shows the English."""
    from panel_app.domain.texts import to_json
    from panel_app.services.eligibility import _stored

    t = translate("Eligibility", "{codes}: not a Member State of the EU").format(codes="NO")
    assert _stored({"reason": str(t), "reason_text": to_json(t)}, "reason").template == t.template
    assert _stored({"reason": "read by OCR: " + t, "reason_text": to_json(t)}, "reason") == "read by OCR: " + t
    assert not isinstance(_stored({"reason": "x", "reason_text": to_json(t)}, "reason"), Text)
    assert _stored({"reason": "typed"}, "reason") == "typed"


def test_joined_reasons_render_each_part_and_the_separator_in_the_language():
    from panel_app.domain.texts import joined

    a = translate("Ranking", "rank {rank} > best {n}").format(rank=9, n=8)
    b = translate("Ranking", "invited")
    both = joined([a, b])
    assert both == "rank 9 > best 8; invited" and joined(["x", "y"]) == "x; y"
    fr = {"rank {rank} > best {n}": "rang {rank} > {n} meilleurs", "invited": "invité", "; ": " ; "}
    assert render(both, lambda c, s: fr.get(s, s)) == "rang 9 > 8 meilleurs ; invité"


@pytest.mark.parametrize("kept", [
    '{"context": "Errors", "template": "{x}", "params": {}}',  # a placeholder without its value
    '{"context": "Errors", "template": "{0}", "params": {"a": 1}}',  # a positional placeholder
    '{"context": "Errors", "template": "a", "params": [1, 2]}',  # parameters that are no mapping
    '{"context": "Errors", "template": "a", "params": 5}',
    '{"context": broken',  # not JSON at all
])
def test_a_stored_text_edited_by_hand_is_shown_as_stored_never_an_exception(kept):
    from panel_app.domain.texts import Text, unstored

    back = unstored(kept)
    assert back == kept and not isinstance(back, Text)


def test_a_language_is_named_in_the_readers_language():
    """The 24 official languages (and the others an application may state) have a name the interface and the
    reports translate: "English C2, Polish B2" is "anglais C2, polonais B2" in French (issue 20)."""
    from panel_app.domain.eligibility.languages import language_name, languages_words
    from panel_app.domain.reference import official_languages
    from panel_app.domain.words import LANGUAGE_NAMES

    assert {lang.code: lang.name for lang in official_languages()} == LANGUAGE_NAMES
    stated = languages_words([("en", "C2"), ("pl", "B2"), ("ru", None)])
    assert stated == "English C2, Polish B2, Russian" and language_name("xx") == "xx"
    for lang, expected in (("fr", "anglais C2, polonais B2, russe"), ("de", "Englisch C2, Polnisch B2, Russisch")):
        catalogue = {(m.context, m.source): m.translation for m in read_ts(I18N_DIR / f"panel_app_{lang}.ts")}
        assert render(stated, lambda c, s, cat=catalogue: cat.get((c, s), s)) == expected


def test_a_number_in_a_text_is_written_as_the_reader_writes_it():
    """A figure the domain puts in a reason (a Number) keeps its English digits for the CLI and the logs, and is
    written by the reader's number format: "(55,07 < 60)" in a French report (issue 20)."""
    from panel_app.domain.scoring.marks import fmt, fmt_pair
    from panel_app.domain.texts import Number, joined

    a, b = fmt_pair(55.07, 60.0)
    reason = translate("Ranking", "below the pass mark ({total} < {pass_mark})").format(total=a, pass_mark=b)
    assert str(reason) == "below the pass mark (55.07 < 60)" and isinstance(fmt(2.5), Number)
    comma = lambda s: s.replace(".", ",")  # noqa: E731
    assert render(reason, english, None, comma) == "below the pass mark (55,07 < 60)"
    assert render(reason, english) == str(reason)  # the interface passes no number format: unchanged
    assert render(joined([Number("0.86"), "ICC"], " "), english, None, comma) == "0,86 ICC"
    assert pickle.loads(pickle.dumps(reason)) == reason and isinstance(pickle.loads(pickle.dumps(a)), Number)


def test_the_countries_are_named_in_the_readers_language():
    """One table of country names (domain/words.py, context "Countries"): the Member States as the reference data
    names them, every other country a nationality is read as; the interface and the reports render them."""
    from panel_app.domain.eligibility.nationality_names import NATIONALITY_NAMES
    from panel_app.domain.reference import member_states, non_member_states
    from panel_app.domain.words import MEMBER_STATE_NAMES, OTHER_COUNTRY_NAMES, countries_words, country_word
    from panel_app.reports.i18n import read_ts as finished

    assert MEMBER_STATE_NAMES == {ms.code: ms.name for ms in member_states()}
    assert {iso for iso, _ in non_member_states()} | set(NATIONALITY_NAMES) <= set(MEMBER_STATE_NAMES) | set(
        OTHER_COUNTRY_NAMES)
    assert dict(non_member_states()).items() <= OTHER_COUNTRY_NAMES.items()
    fr, de = (finished(I18N_DIR / f"panel_app_{lang}.ts") for lang in ("fr", "de"))
    for name in [*MEMBER_STATE_NAMES.values(), *OTHER_COUNTRY_NAMES.values()]:
        assert ("Countries", name) in fr and ("Countries", name) in de, name
    words = countries_words(["DK", "ch", "EL", "XX"])
    assert str(words) == "Denmark, Switzerland, Greece, XX" and str(country_word("UA")) == "Ukraine"
    assert render(words, lambda c, s: fr.get((c, s), s)) == "Danemark, Suisse, Grèce, XX"
    assert render(words, lambda c, s: de.get((c, s), s)) == "Dänemark, Schweiz, Griechenland, XX"
