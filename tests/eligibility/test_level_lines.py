"""The free-text lines the language reader looks at: the same as with the plain expression it was written from
("\\b[abc][12]\\b|\\b(?:<native words>)\\b"), now spelled so that the search skips to its digits and letters."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from panel_app.domain.eligibility.languages import _LEVEL, _NATIVE, NATIVE_PARTS, NATIVE_WORDS, has_level

PLAIN = re.compile(_LEVEL + r"|\b" + _NATIVE + r"\b")
PIECES = ["a1", "B2", "c1", "c3", "x", "_", "1", "mother tongue", "mother-tongues (s)", "native speaker", "native",
          "langue maternelle", "langues maternelles", "muttersprachlerin", "erstsprache", "home language", " ", "-",
          "é", "\n", "(", "english", "2", "b", "ab1", "c12", "xc1"]


def test_a_line_is_read_for_levels_exactly_when_the_plain_expression_finds_one():
    for a in PIECES:
        for b in PIECES:
            for c in PIECES:
                text = (a + b + c).lower()
                assert has_level(text) == (PLAIN.search(text) is not None), text


@given(st.lists(st.sampled_from(PIECES + ["a", "c", "2", "é1", "_b", "mother", "erst", "sprache", "langu", "e"]),
                max_size=8).map("".join))
def test_the_same_on_any_mix_of_the_pieces(text):
    assert has_level(text) == (PLAIN.search(text) is not None)


@given(st.sampled_from(NATIVE_WORDS).flatmap(lambda w: st.from_regex(re.compile(w), fullmatch=True)))
def test_every_native_word_holds_one_of_the_parts_looked_for_first(word):
    assert any(part in word for part in NATIVE_PARTS), word


def test_has_level_looks_for_each_native_part():
    import inspect

    source = inspect.getsource(has_level)
    assert all(f'"{part}" in folded' in source for part in NATIVE_PARTS)
