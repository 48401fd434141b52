"""Duration of the university studies behind the highest diploma.

A stated duration wins: "Duration of studies (years): 4", "Durée des études : 3", "Studiendauer: 5",
"a 4-year bachelor", "3.5", "7 semesters" (2 a year), "180 ECTS" (60 a year), "Master (3+2)",
"integrated master (5 years)". Then the dates of study ("Period of study: 2014-10 – 2017-07"; an academic
year is counted from September/October to June/July, so 2014-10 – 2017-07 is 3 years). An EQF level alone
is not a duration. Otherwise the duration is inferred from the degree type,
counted cumulatively from the start of university: bachelor / licence → 3, master / Diplom-Ingenieur → 5,
PhD / doctorate → 8, short-cycle diplomas (DUT, BTS, associate degree, HND) → 2; the check then says
"inferred from the degree type".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..texts import translate
from .facts import fold, rx
from .fields import Document

# (years cumulated, label, pattern on folded text); when several are named, the highest counts.
DEGREE_TYPES: tuple[tuple[int, str, str], ...] = (
    (8, "doctorate", r"\bph\.?\s?d\b|\bdoctora(?:te|t)\b|\bdoktor|\bdphil\b|\bdoctor of\b"),
    (5, "master", r"\bmaster|\bmagist(?:er|ra|ere)\b|diplom-?\s?ingenieur|\bdipl\.?-ing\b|\bdiplom\b"
                  r"|diplome d'ingenieur|\bingenieur\b|laurea magistrale|\bmestrado\b"),
    (2, "short-cycle diploma", r"diplome universitaire de technologie|\bdut\b|\bbts\b|brevet de technicien"
                               r"|associate(?:'s)? degree|\bhnd\b|higher national diploma|\bdeug\b"),
    (3, "bachelor", r"\bbachelor|\blicence\b|\blicenciatura\b|\blaurea\b|\bbakkalaure|\bgrado\b"),
)
# the labels above in words (a reason names the degree type)
_DEGREE_WORDS = {"doctorate": translate("Eligibility", "doctorate"), "master": translate("Eligibility", "master"),
                 "short-cycle diploma": translate("Eligibility", "short-cycle diploma"),
                 "bachelor": translate("Eligibility", "bachelor")}
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
    r"(\d{1,2}(?:[.,]5)?)\s*[- ]?\s*(?:academic |full[- ]time |akademische |annees? academiques? )?"
    r"(years?|yrs?|ans?|annees?|jahre?n?|semesters?|semestres?)\b"
)
_BAC_RE = re.compile(r"\bbac\s*\+\s*([1-8])\b")
_PLUS_RE = re.compile(r"(?<!bac)(?<!bac )\b([1-6])\s*\+\s*([1-4])\b(?!\s*(?:ects|credits))")
_ECTS_RE = re.compile(r"\b(\d{2,3})\s*(?:ects|credits? ects|ects[- ]?(?:credits?|punkte)|credits|credits ects"
                      r"|leistungspunkte|\bcp\b)")
_NUMBER_RE = re.compile(r"^\s*(\d{1,2}(?:[.,]\d)?)\b(?!\s*(?:ects|credits|/|-\d|\.\d\d))")
_PERIOD_RE = re.compile(r"\b((?:19|20)\d\d)(?:[-/.](\d{1,2}))?\s*(?:-|–|—|to|a|bis|au|until)\s*"
                        r"((?:19|20)\d\d)(?:[-/.](\d{1,2}))?\b|\b(\d{1,2})[/.]((?:19|20)\d\d)\s*(?:-|–|—|to|a|bis|au)\s*"
                        r"(\d{1,2})[/.]((?:19|20)\d\d)\b")
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "deux": 2, "trois": 3, "quatre": 4,
                 "cinq": 5, "zwei": 2, "drei": 3, "vier": 4, "funf": 5}
_STUDY_WORDS = re.compile(r"stud(?:y|ies)|degree|programme|program|etudes|studium|diplom|university|universit")


@dataclass
class DiplomaReading:
    years: float | int | None = None
    inferred: bool = False
    degree: str = ""  # the diploma as written
    evidence: str = ""
    page: int | None = None
    note: str | None = None
    from_dates: bool = False  # counted from the dates of study
    unsure: str | None = None  # why a short duration is only "to verify"


def _number(value: float) -> float | int:
    return int(value) if value == int(value) else value


def _years(text: str, bare: bool = True) -> float | int | None:
    """A duration of study written in years, semesters, ECTS credits or "3+2"; None if there is none."""
    folded = fold(text)
    for word, n in _WORD_NUMBERS.items():
        if word in folded:
            folded = rx(rf"\b{word}\b").sub(str(n), folded)
    if m := _PLUS_RE.search(folded):
        return int(m.group(1)) + int(m.group(2))
    if m := _BAC_RE.search(folded):  # "Bac+5": years of higher education after the baccalauréat
        return int(m.group(1))
    value = None
    if m := _YEARS_RE.search(folded):
        value = float(m.group(1).replace(",", "."))
        if m.group(2).startswith("sem"):
            value /= 2
    elif m := _ECTS_RE.search(folded):
        value = int(m.group(1)) / 60
    elif bare and (m := _NUMBER_RE.match(folded)):
        value = float(m.group(1).replace(",", "."))
    if value is None or not 0 < value < 20:
        return None
    return _number(round(value * 2) / 2)


def period_years(text: str) -> float | int | None:
    """Years of study from dates ("2014-10 – 2017-07", "09/2014 - 06/2017", "2014 – 2017")."""
    m = _PERIOD_RE.search(text)
    if not m:
        return None
    if m.group(1):
        y1, m1, y2, m2 = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    else:
        m1, y1, m2, y2 = m.group(5), int(m.group(6)), m.group(7), int(m.group(8))
    if not m1 or not m2:
        return y2 - y1 if 0 < y2 - y1 < 15 else None
    months = (y2 - y1) * 12 + int(m2) - int(m1) + 1
    # an academic year runs at least 9 months (October to June): n of them span at least 12n - 3 months,
    # so 2008-10 – 2011-06 (33 months) is three years of study, and 2012-10 – 2014-03 (18 months) one
    return (months + 3) // 12 if 0 < months < 180 else None


def degree_type(text: str, abbreviations: bool = False) -> tuple[int, str] | None:
    folded = fold(text)
    found = [(years, label) for years, label, pattern in
             DEGREE_TYPES + SAFE_ABBREVIATIONS + (ABBREVIATIONS if abbreviations else ()) if rx(pattern).search(folded)]
    return max(found, default=None)  # the highest degree named


def read_document(doc: Document) -> DiplomaReading:
    diploma = doc.first("diploma")
    duration = doc.first("duration")
    degree = diploma.value if diploma else ""
    if duration is not None and (years := _years(duration.value)) is not None:
        reading = DiplomaReading(years, False, degree, duration.line, duration.page)
        return _second_cycle(reading, degree)
    if duration is not None and (years := period_years(duration.value)) is not None:  # "Duration: 2010 – 2014"
        return DiplomaReading(years, False, degree, duration.line, duration.page,
                              f"{years} years counted from the dates of study ({duration.value})", from_dates=True)
    if diploma is not None and (rx(r"\d").search(degree)) and (years := _years(degree, bare=False)) is not None:
        return _second_cycle(DiplomaReading(years, False, degree, diploma.line, diploma.page), degree)
    for fld in doc.all("period"):
        if (years := period_years(fld.value)) is not None:
            return DiplomaReading(years, False, degree, fld.line, fld.page,
                                  f"{years} years counted from the dates of study ({fld.value})", from_dates=True)
    if diploma is not None and (kind := degree_type(degree, abbreviations=True)):
        return _inferred(kind, degree, diploma.line, diploma.page)
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


def _second_cycle(reading: DiplomaReading, degree: str) -> DiplomaReading:
    """A master's or a doctorate of 1-2 years follows a first degree: the stated duration may be that cycle alone."""
    kind = degree_type(degree, abbreviations=True)
    if kind and kind[1] in ("master", "doctorate") and reading.years is not None and reading.years < 3:
        reading.unsure = translate("Eligibility", "{years} years stated for a {degree}, which follows a first degree: "
                                                  "the duration may be that of the {degree} alone").format(
            years=reading.years, degree=_DEGREE_WORDS.get(kind[1], kind[1]))
    return reading


def _inferred(kind: tuple[int, str], degree: str, line: str, page: int | None) -> DiplomaReading:
    years, label = kind
    if label in ("master", "doctorate"):
        note = translate("Eligibility", "{years} years inferred from the degree type ({degree}: {years} years "
                                        "cumulated)").format(years=years, degree=_DEGREE_WORDS.get(label, label))
    else:
        note = translate("Eligibility", "{years} years inferred from the degree type ({degree}: {years} years)").format(
            years=years, degree=_DEGREE_WORDS.get(label, label))
    return DiplomaReading(years, True, degree, line, page, note)


_GRADE_RE = re.compile(r"AD\s*(\d{1,2})(?:\s*[-–/]\s*(?:AD)?\s*(\d{1,2}))?", re.IGNORECASE)
AD7_WARNING = translate("Eligibility", "AD7 and above may require 4 years of study, or 3 years plus 1 year of "
                                       "professional experience")


def grade_warning(grade: str) -> str | None:
    """The Staff Regulations warning when the grade range reaches AD7 or above."""
    tops = [int(m.group(2) or m.group(1)) for m in _GRADE_RE.finditer(grade or "")]
    if tops and max(tops) >= 7:
        return translate("Eligibility", "Grade {grade}: {warning}").format(grade=grade.strip(), warning=AD7_WARNING)
    return None


EUROPASS_EVIDENCE = "from the Europass data embedded in the PDF"


def read_europass(europass: dict) -> DiplomaReading:
    """The longest university education in the Europass data: its ECTS credits (60 a year) or, failing them,
    its dates. An EQF level alone is no duration; an EQF level below 5 is not university education."""
    best: DiplomaReading | None = None
    for ed in europass.get("education") or []:
        eqf = ed.get("eqf")
        if eqf is not None and eqf < 5:
            continue
        degree = ed.get("degree") or "education"
        shown = f"{degree} (EQF {eqf})" if eqf else degree
        if ed.get("ects"):
            years: float | int | None = _number(round(ed["ects"] / 60 * 2) / 2)
            how, dates = f"{ed['ects']} ECTS", False
        elif ed.get("start") and ed.get("end") and not ed.get("ongoing"):
            period = f"{ed['start']} – {ed['end']}".replace("-00", "")
            years, how, dates = period_years(period), period, True
        else:
            continue
        if years is None or (best is not None and years <= (best.years or 0)):
            continue
        best = DiplomaReading(years, False, degree, f"Europass: {shown}, {how} ({EUROPASS_EVIDENCE})", None,
                              f"{years} years from the Europass data ({how})", from_dates=dates)
    return best or DiplomaReading()
