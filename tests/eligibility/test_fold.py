"""fold(): lower case without accents, the same as the letter-by-letter definition, for every script."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from panel_app.domain.eligibility import fold


def reference_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_accents_and_case_go_in_every_eu_script():
    assert fold("Staatsangehörigkeit") == "staatsangehorigkeit"
    assert fold("Ελληνική ΙΘΑΓΕΝΕΙΑ") == "ελληνικη ιθαγενεια"
    assert fold("Български Й") == "български и"
    assert fold("Straße, Dvořáková, Łódź") == "strasse, dvorakova, łodz"


@given(st.text())
def test_fold_equals_the_letter_by_letter_definition(text):
    assert fold(text) == reference_fold(text)

