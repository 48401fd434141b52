"""The free-text lines the language reader looks at: the same as with the plain expression it was written from
("\\b[abc][12]\\b|\\b(?:<native words>)\\b"), now spelled so that the search skips to its letters."""

from __future__ import annotations

import re

from panel_app.domain.eligibility.languages import _HAS_LEVEL_RE, _LEVEL, _NATIVE

PLAIN = re.compile(_LEVEL + r"|\b" + _NATIVE + r"\b")
PIECES = ["a1", "B2", "c1", "c3", "x", "_", "1", "mother tongue", "mother-tongues (s)", "native speaker", "native",
          "langue maternelle", "langues maternelles", "muttersprachlerin", "erstsprache", "home language", " ", "-",
          "é", "\n", "(", "english"]


def test_a_line_is_read_for_levels_exactly_when_the_plain_expression_finds_one():
    for a in PIECES:
        for b in PIECES:
            for c in PIECES:
                text = (a + b + c).lower()
                assert (_HAS_LEVEL_RE.search(text) is None) == (PLAIN.search(text) is None), text
