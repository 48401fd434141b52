"""Article 29 of the Staff Regulations: priority for Commission officials, officials of other institutions
and competition laureates. The category is read from the form's "Article 29 status" field (EN/FR/DE),
or from an unambiguous sentence elsewhere; the evidence is the line it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import Document, fold, rx

CATEGORIES = ("official", "other_institution", "laureate")

# Most specific first: "official of another institution" contains "official".
_PATTERNS: tuple[tuple[str | None, str], ...] = (
    ("other_institution",
     r"officials? (?:of|from|in) (?:an)?other (?:eu )?institution|other institution|autre institution"
     r"|fonctionnaire d'une autre|anderen (?:eu-)?(?:institution|organ)|(?:beamter?|beamtin) (?:eines|einer) ander"),
    ("laureate",
     r"laureat|reserve list|liste de reserve|reserveliste|epso/ad/|epso/ast|competition|concours"
     r"|auswahlverfahren"),
    ("official",
     r"commission official|official of the (?:european )?commission|fonctionnaire de la commission"
     r"|(?:beamter?|beamtin) der (?:europaischen )?kommission|kommissionsbeamt|\bofficial\b|fonctionnaire"
     r"|\bbeamt"),
    (None, r"^(?:none|no|n/a|na|-+|aucun(?:e)?|neant|non|keine?r?|nein|nicht zutreffend|not applicable"
           r"|sans objet|ohne)\b"),
)
# Outside the form field only these unambiguous phrases are trusted.
_FREE_TEXT = re.compile(
    r"i am an? (?:european )?commission official|i am an official of (?:an)?other|"
    r"(?:on|placed on) the reserve list of (?:the )?competition|laureate of (?:the )?competition|"
    r"je suis fonctionnaire|laureat(?:e)? du concours|ich bin (?:beamter?|beamtin)"
)


@dataclass
class Article29Reading:
    category: str | None = None
    evidence: str | None = None
    page: int | None = None
    understood: bool = True  # False when a status was written but not recognised
    raw: str = ""


def classify(value: str) -> tuple[bool, str | None]:
    """(understood, category) for a value of the Article 29 field."""
    folded = fold(value).strip(" .;:")
    if not folded:
        return True, None
    for category, pattern in _PATTERNS:
        if rx(pattern).search(folded):
            return True, category
    return False, None


def read_document(doc: Document) -> Article29Reading:
    fld = doc.first("article29")
    if fld is not None:
        understood, category = classify(fld.value)
        return Article29Reading(category, fld.line, fld.page, understood, fld.value)
    for page, text in doc.lines:
        if _FREE_TEXT.search(fold(text)):
            understood, category = classify(text)
            if category:
                return Article29Reading(category, text, page, True, text)
    return Article29Reading()
