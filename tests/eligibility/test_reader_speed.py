"""The readers' faster spellings find what the plain ones they replace found (expressions, line filters, lookups)."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from panel_app.domain.eligibility import boxes, fields, languages, nationality
from panel_app.domain.eligibility.facts import ApplicationFacts, by_first_letter, fold
from panel_app.domain.eligibility.fields import Document

BOX_PIECES = ["☒", "☑", "⊠", "✅", "✓", "✔", "■", "☐", "□", "❑", "❒", "○", "[", "]", "(", ")", "x", "X", "✗", " ",
              "  ", "\t", "a", "Word", "é", "-", "[ ]", "( x )", "[x]", "(X)", "\u00a0", "\n", "a(", "w(x)", "é()"]
PLAIN_BOX = re.compile(r"\[\s*[xX✓✔✗]\s*\]|(?<!\w)\(\s*[xX✓✔]\s*\)|[☒☑⊠✅]|(?P<weak>[✓✔■]|(?:^|(?<=\s\s))[xX]"
                       r"(?=\s+\w))|(?P<empty>\[\s*\]|(?<!\w)\(\s*\)|[☐□❑❒○])")
PLAIN_BARE_X = re.compile(r"(?<=[\s)])[xX](?=\s+[A-ZÀ-Ýa-z])")
PLAIN_QUICK = re.compile(r"[☒☑⊠✅✓✔■☐□❑❒○]|\[\s*[xX✓✔✗]?\s*\]|\(\s*[xX✓✔]?\s*\)")


def _found(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(BOX_PIECES), max_size=10).map("".join))
def test_the_box_expressions_find_what_the_plain_ones_found(text):
    assert _found(boxes._BOX, text) == _found(PLAIN_BOX, text)
    assert _found(boxes._BARE_X, text) == _found(PLAIN_BARE_X, text)
    assert (boxes._QUICK.search(text) is None) == (PLAIN_QUICK.search(text) is None)


def test_the_only_ascii_characters_that_start_a_box_are_the_brackets():
    assert {chr(c) for c in range(128) if boxes._CHARS.match(chr(c))} == {"[", "("}


def _name_pieces(names):
    return st.lists(st.sampled_from(sorted(names)[::7] + ["e", "er", "in", "-", " ", "x", "é", "/", "\n"]),
                    max_size=6).map("".join)


@given(_name_pieces(languages._NAME_TO_CODE))
def test_language_names_grouped_by_letter_match_as_the_plain_list(text):
    plain = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, languages._NAME_TO_CODE), key=len, reverse=True))
                       + r")e?(?![\w-])")
    assert _found(languages._NAME_RE, text) == _found(plain, text)


@given(_name_pieces(nationality._NAME_TO_CODE))
def test_nationality_names_grouped_by_letter_match_as_the_plain_list(text):
    plain = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, nationality._NAME_TO_CODE), key=len, reverse=True))
                       + r")(?:e|er|es|en|ne|n|in)?(?![\w-])")
    assert _found(nationality._NAME_RE, text) == _found(plain, text)


def test_by_first_letter_keeps_the_order_within_a_letter():
    pattern = re.compile(by_first_letter(["ab", "abc", "b", "a"]))
    assert pattern.match("abc").group() == "ab"  # the first listed that matches, as in "ab|abc|b|a"
    assert re.fullmatch(by_first_letter(["ab", "abc", "b", "a"]), "abc")


def _label_starts_plain(folded: str) -> list[int]:
    """The word starts looked at before _LABEL_START: every word start whose first three letters are a key."""
    return [m.start() for m in re.finditer(r"(?<![\w-])\w", folded) if folded[m.start():m.start() + 3] in fields._BUCKETS]


@given(st.lists(st.sampled_from(sorted(fields._BUCKETS) + ["name", "e-mail", "-", " ", ":", "x", "2", "é", "ion"]),
                max_size=8).map("".join))
def test_label_starts_are_the_word_starts_that_begin_a_label(folded):
    assert [m.start() for m in fields._LABEL_START.finditer(folded)] == _label_starts_plain(folded)


def test_no_word_starts_inside_a_label_start():
    """_LABEL_START takes a key's three letters: a word cannot start at its second or third (see fields.py)."""
    assert all(re.fullmatch(r"[^\W\d_][\w-]\S", key) for key in fields._BUCKETS)


@given(st.text(alphabet="ab12 é-\u212a\n", max_size=12))
def test_has_level_with_its_digit_test_is_the_expression(text):
    folded = fold(text)
    plain = languages._LEVEL_FROM_DIGIT.search(folded) is not None or (
        any(p in folded for p in languages.NATIVE_PARTS) and languages._NATIVE_WORD_RE.search(folded) is not None)
    assert languages.has_level(folded) == plain


LINE_PIECES = ["Declaration", "DÉCLAR", "honour", "Σ", "ΑΣ", "İ", "K", "ß", "a", " ", "—", "\ud800", "erklär", "x",
               "\n"]


@given(st.lists(st.lists(st.sampled_from(LINE_PIECES[:-1]), max_size=5).map("".join), max_size=6),
       st.lists(st.sampled_from(["declar", "déclar", "σ", "ς", "i", "k", "ss", "erklär", "a", "—"]), min_size=1,
                max_size=3).map(tuple))
def test_lines_with_finds_the_lines_whose_lower_case_holds_a_word(lines, words):
    doc = Document([(1, t) for t in lines], {})
    assert doc.lines_with(words) == [i for i, t in enumerate(lines) if any(w in t.lower() for w in words)]


def test_only_two_other_characters_lower_to_ascii_and_no_form_word_needs_them():
    """fields._is_form_page lowers ASCII only (bytes.lower): str.lower gives an ASCII letter for these two alone."""
    assert [hex(c) for c in range(0x80, sys.maxunicode + 1) if any(ord(x) < 0x80 for x in chr(c).lower())] == [
        "0x130", "0x212a"]
    assert not any("k" in w or w.endswith("i") for w in fields._FORM_WORDS)


@given(st.lists(st.sampled_from(LINE_PIECES + ["Application FORM", "BEWERBUNGSBOGEN", "formulaire de", " candidature",
                                               "APPLİCATION FORM", "\u212a"]), max_size=8).map("".join))
def test_form_page_is_the_lower_case_test(text):
    assert fields._is_form_page(text) == any(w in text[:3000].lower() for w in fields._FORM_WORDS)


def _labels_in_plain(line: str) -> list:
    """fields.labels_in as it was, every line's parts folded."""
    stripped = line.lstrip(fields._BULLET)
    starts = fields.STARTS.get(fold(stripped[:3]))
    if starts is None or starts.match(fold(stripped[:60])) is None:
        if ":" not in line and "：" not in line:
            return []
        before = [fold(part).split()[-6:] for part in fields._COLONS.split(line)[:-1]]
        if not any(w.lstrip("(-•*")[:3] in fields._BUCKETS for words in before for w in words):
            return []
    return fields.labels_by_expression(line)


@given(st.lists(st.sampled_from(sorted(fields._BUCKETS)[::3] + ["Name", "(", "-", "•", " ", ":", "：", "é", "x",
                                                                "Surname", "NATIONALITY", "e-mail"]),
                max_size=10).map("".join))
def test_labels_in_reads_an_ascii_line_as_the_folded_parts(line):
    assert fields.labels_in(line) == _labels_in_plain(line)



@given(st.text(alphabet=list(fields._NORMALISE) + ["a", "—", "]", "^", "\\"], max_size=6))
def test_a_page_has_a_character_to_normalise_exactly_when_the_expression_finds_one(text):
    assert any(c in text for c in fields._NORMALISE) == (fields._SPECIAL.search(text) is not None)


@settings(max_examples=300)
@given(st.lists(st.lists(st.sampled_from(["a", "Word:", " ", "\t", "\r", "\n", "\x0b", "\u2028", "x.", "\u00a0", "é",
                                          " \r\n", "\t\r\r\n", " \n"]),
                         max_size=12).map("".join), max_size=3))
def test_page_lines_without_a_wrapped_line_are_the_stripped_lines(pages):
    facts = ApplicationFacts(page_texts=pages)
    texts = sorted(((no, t if t.isascii() else fields._normalised(t)) for no, t in enumerate(pages, start=1)),
                   key=lambda p: 0 if fields._is_form_page(p[1]) else 1)
    raw = [(no, ln.rstrip("\r")) for no, text in texts for ln in text.split("\n") if ln.strip()]
    assert fields.page_lines(facts) == fields._join_wrapped(raw)
