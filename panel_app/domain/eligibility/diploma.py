"""Duration of the university studies behind the highest diploma.

A stated duration wins ("Duration of studies (years): 4", "Durée des études (années) : 3",
"Studiendauer (Jahre): 5", "a 4-year bachelor"). Otherwise the duration is inferred from the degree type,
counted cumulatively from the start of university: bachelor / licence → 3, master / Diplom-Ingenieur → 5,
PhD / doctorate → 8, short-cycle diplomas (DUT, BTS, associate degree, HND) → 2; the check then says
"inferred from the degree type".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import Document, fold, rx

# (years cumulated, label, pattern on folded text); when several are named, the highest counts.
DEGREE_TYPES: tuple[tuple[int, str, str], ...] = (
    (8, "doctorate", r"\bph\.?\s?d\b|\bdoctora(?:te|t)\b|\bdoktor|\bdphil\b|\bdoctor of\b"),
    (5, "master", r"\bmaster|\bmagist(?:er|ra|ere)\b|diplom-?\s?ingenieur|\bdipl\.?-ing\b|\bdiplom\b"
                  r"|diplome d'ingenieur|\bingenieur\b|laurea magistrale|\bmestrado\b"),
    (2, "short-cycle diploma", r"diplome universitaire de technologie|\bdut\b|\bbts\b|brevet de technicien"
                               r"|associate(?:'s)? degree|\bhnd\b|higher national diploma|\bdeug\b"),
    (3, "bachelor", r"\bbachelor|\blicence\b|\blicenciatura\b|\blaurea\b|\bbakkalaure|\bgrado\b"),
)
# Unambiguous abbreviations, trusted everywhere.
SAFE_ABBREVIATIONS: tuple[tuple[int, str, str], ...] = (
    (5, "master", r"\bm\.?sc\b|\bmba\b|\bm\.?eng\b|\bll\.?m\b"),
    (3, "bachelor", r"\bb\.?sc\b|\bb\.?eng\b|\bll\.?b\b"),
)
# Abbreviations trusted only inside the "Highest diploma" field.
ABBREVIATIONS: tuple[tuple[int, str, str], ...] = (
    (5, "master", r"\bm\.?sc\b|\bm\.?a\.?\b|\bmba\b|\bm\.?eng\b|\bll\.?m\b|\bm\.?res\b"),
    (3, "bachelor", r"\bb\.?sc\b|\bb\.?a\.?\b|\bb\.?eng\b|\bll\.?b\b"),
)
_YEARS_RE = re.compile(
    r"(\d{1,2}(?:[.,]5)?)\s*[- ]?\s*(years?|yrs?|ans?|annees?|jahre?n?|semesters?|semestres?)\b"
)
_NUMBER_RE = re.compile(r"^\s*(\d{1,2}(?:[.,]\d)?)\b")
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "deux": 2, "trois": 3, "quatre": 4,
                 "cinq": 5, "zwei": 2, "drei": 3, "vier": 4, "funf": 5}
_STUDY_WORDS = re.compile(r"stud(?:y|ies)|degree|programme|program|etudes|studium|diplom|university|universit")


@dataclass
class DiplomaReading:
    years: int | None = None
    inferred: bool = False
    degree: str = ""  # the diploma as written
    evidence: str = ""
    page: int | None = None
    note: str | None = None


def _years(text: str) -> int | None:
    folded = fold(text)
    for word, n in _WORD_NUMBERS.items():
        folded = rx(rf"\b{word}\b").sub(str(n), folded)
    m = _NUMBER_RE.match(folded) or _YEARS_RE.search(folded)
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    if m.re is _YEARS_RE and m.group(2).startswith("sem"):
        value /= 2
    return int(value) if 0 < value < 20 else None


def degree_type(text: str, abbreviations: bool = False) -> tuple[int, str] | None:
    folded = fold(text)
    found = [(years, label) for years, label, pattern in
             DEGREE_TYPES + SAFE_ABBREVIATIONS + (ABBREVIATIONS if abbreviations else ()) if rx(pattern).search(folded)]
    return max(found, default=None)  # the highest degree named


def read_document(doc: Document) -> DiplomaReading:
    diploma = doc.first("diploma")
    duration = doc.first("duration")
    if duration is not None and (years := _years(duration.value)) is not None:
        return DiplomaReading(years, False, diploma.value if diploma else "", duration.line, duration.page)
    if diploma is not None and (m := _YEARS_RE.search(fold(diploma.value))):
        years = _years(m.group(0))
        if years is not None:
            return DiplomaReading(years, False, diploma.value, diploma.line, diploma.page)
    if diploma is not None and (kind := degree_type(diploma.value, abbreviations=True)):
        return _inferred(kind, diploma.value, diploma.line, diploma.page)
    # no form field: free text such as "I hold a 4-year bachelor's degree" or a CV line
    best: DiplomaReading | None = None
    for page, text in doc.lines:
        kind = degree_type(text)
        if kind is None and not _STUDY_WORDS.search(fold(text)):
            continue
        m = _YEARS_RE.search(fold(text))
        of_study = rx(r"(?:years?|ans|jahre) (?:of (?:university )?stud|d'etudes|studium)").search(fold(text))
        if m and (years := _years(m.group(0))) and years <= 10 and (kind is not None or of_study):
            return DiplomaReading(years, False, text, text, page)
        if kind and (best is None or kind[0] > (best.years or 0)):
            best = _inferred(kind, text, text, page)
    return best or DiplomaReading(degree=diploma.value if diploma else "",
                                  evidence=diploma.line if diploma else "",
                                  page=diploma.page if diploma else None)


def _inferred(kind: tuple[int, str], degree: str, line: str, page: int | None) -> DiplomaReading:
    years, label = kind
    cumulated = " cumulated" if label in ("master", "doctorate") else ""
    note = f"{years} years inferred from the degree type ({label}: {years} years{cumulated})"
    return DiplomaReading(years, True, degree, line, page, note)


_GRADE_RE = re.compile(r"AD\s*(\d{1,2})(?:\s*[-–/]\s*(?:AD)?\s*(\d{1,2}))?", re.IGNORECASE)
AD7_WARNING = "AD7 and above may require 4 years of study, or 3 years plus 1 year of professional experience"


def grade_warning(grade: str) -> str | None:
    """The Staff Regulations warning when the grade range reaches AD7 or above."""
    tops = [int(m.group(2) or m.group(1)) for m in _GRADE_RE.finditer(grade or "")]
    if tops and max(tops) >= 7:
        return f"Grade {grade.strip()}: {AD7_WARNING}"
    return None
