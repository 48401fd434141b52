"""Nationalities read from the form ("Nationality: Greek / Cypriot", "Nationalité : française et suisse",
"Staatsangehörigkeit: polnisch", "Nationality: EL"), from free text ("I am a Polish citizen") and Europass.

Output codes are EU codes for the Member States (EL for Greece; GR is accepted as input) and ISO 3166
codes for other countries. A dual national is eligible through the EU nationality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..reference import eu_code, member_states, non_member_states
from ..texts import translate
from .facts import by_first_letter, fold
from .fields import Document
from .nationality_names import NATIONALITY_NAMES, NO_VALUE_WORDS

_NAME_TO_CODE = {name: code for code, names in NATIONALITY_NAMES.items() for name in names}
_NAME_RE = re.compile(
    r"(?<![\w-])(" + by_first_letter(sorted(_NAME_TO_CODE, key=len, reverse=True))
    + r")(?:e|er|es|en|ne|n|in)?(?![\w-])"
)
_CODE_RE = re.compile(r"(?<![A-Za-z])([A-Z]{2})(?![A-Za-z])")
_LIST = r"[a-z][a-z\- ]*?(?:\s*(?:,|/|&|\band\b|\bet\b|\bund\b)\s*[a-z][a-z\-]*)*"
_FREE_RES = (
    re.compile(r"(?:citizen(?:ship)? of|national of|ressortissante? (?:de la|de l'|du|des|de)|"
               r"de nationalite|nationality|staatsangehorigkeit|staatsburger(?:in)? von)\s*[:\-]?\s*(?:the\s+)?("
               + _LIST + r")(?=$|[.;()]|\s+(?:citizen|national|since|and I|depuis|seit))"),
    re.compile(r"(?<![\w-])(" + _LIST + r")\s+(?:citizen|national|citizenship|staatsburger(?:in)?|"
               r"staatsangehorige[rn]?)\b"),
)


def _known_codes() -> set[str]:
    return {ms.code for ms in member_states()} | {iso for iso, _ in non_member_states()} | set(NATIONALITY_NAMES)


def is_member_state(code: str) -> bool:
    return eu_code(code) is not None


def codes_in(value: str) -> list[str]:
    """Nationality codes named in a value, in the order written (duplicates removed)."""
    folded = fold(value).strip(" .;,")
    if not folded or (folded in NO_VALUE_WORDS and not _CODE_RE.fullmatch(value.strip())):
        return []
    found: list[tuple[int, str]] = []
    for m in _CODE_RE.finditer(value):
        tok = m.group(1)
        code = eu_code(tok) or ("GB" if tok == "UK" else tok if tok in _known_codes() else None)
        if code:
            found.append((m.start(), code))
    for m in _NAME_RE.finditer(folded):
        code = _NAME_TO_CODE[m.group(1)]
        found.append((m.start(), eu_code(code) or code))
    out: list[str] = []
    for _, code in sorted(found):
        if code not in out:
            out.append(code)
    return out


@dataclass
class NationalityReading:
    codes: list[str] = field(default_factory=list)
    evidence: str = ""
    page: int | None = None
    unrecognised: list[str] = field(default_factory=list)  # values written but not understood
    source: str = "document"  # "document" | "europass"
    conflict: str | None = None  # another page of the application that says otherwise

    @property
    def eu(self) -> list[str]:
        return [c for c in self.codes if is_member_state(c)]


def read_document(doc: Document) -> NationalityReading:
    reading = NationalityReading()
    fields = doc.all("nationality") + doc.all("nationality2")
    if fields:
        page = fields[0].page
        for fld in (f for f in fields if f.page == page):
            codes = codes_in(fld.value)
            if codes:
                reading.codes += [c for c in codes if c not in reading.codes]
                if not reading.evidence:
                    reading.evidence, reading.page = fld.line, fld.page
            elif fold(fld.value).strip(" .;,") not in NO_VALUE_WORDS + ("",):
                reading.unrecognised.append(fld.value)
        if reading.codes or reading.unrecognised:
            if not reading.evidence:
                reading.evidence, reading.page = fields[0].line, fields[0].page
            if reading.codes and not reading.eu:  # another page (the CV) naming a Member State: a conflict
                other = next((f for f in fields if f.page != page and any(is_member_state(c) for c in codes_in(f.value))),
                             None)
                if other is not None:
                    reading.conflict = translate("Eligibility", "page {page} says '{line}'").format(page=other.page,
                                                                                                     line=other.line)
            return reading
    for page, text in doc.lines:
        folded = fold(text)
        for rx in _FREE_RES:
            for m in rx.finditer(folded):
                codes = codes_in(m.group(1))
                if codes:
                    reading.codes += [c for c in codes if c not in reading.codes]
                    if not reading.evidence:
                        reading.evidence, reading.page = text, page
        if reading.codes:
            return reading
    return reading


def read_europass(europass: dict) -> NationalityReading:
    reading = NationalityReading(source="europass")
    values = [str(v) for v in europass.get("nationalities") or []]
    for v in values:
        codes = codes_in(v.upper() if len(v) == 2 else v)
        reading.codes += [c for c in codes if c not in reading.codes]
        if not codes:
            reading.unrecognised.append(v)
    reading.evidence = "Europass: nationalities " + ", ".join(values)
    return reading
