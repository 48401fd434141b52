"""What intake produced for one application, and the fields read from the application form's text.

`ApplicationFacts` is the input of the eligibility suggestion engine. `Document` splits the text of
the PDF into labelled fields ("Nationality: …", "Nationalité : …", "Staatsangehörigkeit: …"), in
English, French or German, without depending on exact spacing: PDF text extraction may join several
form lines into one (every label starts a new field) or split one line in two (a label whose value is
empty takes the next line). Pages are numbered from 1. The page holding the application form
("APPLICATION FORM" / "FORMULAIRE DE CANDIDATURE" / "BEWERBUNGSFORMULAR") is searched before the CV.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

INTAKE_FLAGS = (
    "late", "reference_missing", "no_attachment", "not_single_pdf", "not_pdf", "archive", "encrypted",
    "corrupt", "no_text_layer", "received_time_unknown", "forwarded",
)

_UNREADABLE_FLAG_REASONS = {
    "encrypted": "the PDF is encrypted",
    "corrupt": "the PDF is corrupt",
    "no_text_layer": "the PDF has no text layer (scanned image)",
    "no_attachment": "there is no PDF attached",
    "not_pdf": "the attachment is not a PDF",
    "archive": "the attachment is an archive",
}


@dataclass
class ApplicationFacts:
    """One application as intake saw it."""

    page_texts: list[str] = field(default_factory=list)
    readable: bool = True
    unreadable_reason: str | None = None
    intake_flags: list[str] = field(default_factory=list)
    europass: dict | None = None
    grade: str = ""

    def is_readable(self) -> bool:
        return self.readable and any(t.strip() for t in self.page_texts)

    def why_unreadable(self) -> str:
        if self.unreadable_reason:
            return self.unreadable_reason
        for flag, reason in _UNREADABLE_FLAG_REASONS.items():
            if flag in self.intake_flags:
                return reason
        if self.readable and not any(t.strip() for t in self.page_texts):
            return "no text could be read from the PDF"
        return "the document could not be read"


@functools.cache
def rx(pattern: str) -> re.Pattern:
    """Our patterns compiled once, in a cache of our own: `re`'s shared cache (512 entries) is flushed by the
    email parser, which compiles a new boundary pattern for every message it reads."""
    return re.compile(pattern)


@functools.lru_cache(maxsize=8192)  # the rules fold the same lines of a document several times
def fold(text: str) -> str:
    """Lower case without accents ("Staatsangehörigkeit" → "staatsangehorigkeit"); ß → ss."""
    if text.isascii():  # most lines of a CV: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Field labels, most specific first (the regex alternation takes the first that matches at a place).
LABELS: dict[str, tuple[str, ...]] = {
    "nationality2": (r"second nationality", r"other nationality", r"seconde nationalit[ée]",
                     r"deuxi[èe]me nationalit[ée]", r"autre nationalit[ée]", r"zweite staatsangeh[öo]rigkeit",
                     r"weitere staatsangeh[öo]rigkeit"),
    "nationality": (r"nationalit(?:y|ies)", r"citizenship", r"nationalit[ée]s?",
                    r"staatsangeh[öo]rigkeit(?:en)?", r"staatsb[üu]rgerschaft", r"nationalit[äa]t"),
    "surname": (r"surname", r"family name", r"nachname", r"familienname", r"\bnom"),
    "first_name": (r"first name", r"given name", r"pr[ée]nom", r"vorname"),
    "email": (r"e-?mail", r"courriel"),
    "duration": (r"duration of studies(?:\s*\(years\))?", r"dur[ée]e des [ée]tudes(?:\s*\(ann[ée]es\))?",
                 r"studiendauer(?:\s*\(jahre\))?"),
    "diploma_date": (r"date of diploma", r"date du dipl[ôo]me", r"datum des abschlusses"),
    "diploma": (r"highest diploma", r"highest qualification", r"dipl[ôo]me le plus [ée]lev[ée]",
                r"h[öo]chster abschluss"),
    "languages": (r"(?<!programming )(?<!computer )(?<!coding )languages(?:\s*\(cefr\))?", r"language skills", r"langues(?:\s*\(cecr\))?",
                  r"comp[ée]tences linguistiques", r"sprachen(?:\s*\(ger\))?", r"sprachkenntnisse"),
    "article29": (r"article 29 status", r"statut (?:de l')?article 29", r"status artikel 29",
                  r"art(?:icle|ikel|\.)\s*29"),
    "declarations": (r"declarations", r"d[ée]clarations", r"erkl[äa]rungen"),
}
_LABEL_RE = re.compile(
    "|".join(f"(?P<{key}>(?<![\\w-])(?:{'|'.join(alts)}))" for key, alts in LABELS.items())
    + r"",
    re.IGNORECASE,
)
_COLON_RE = re.compile(r"\s*[:：]\s*")
_FORM_PAGE_RE = re.compile(r"application form|formulaire de candidature|bewerbungsformular", re.IGNORECASE)

# Fields whose value may run over several lines (until the next label).
BLOCK_FIELDS = ("languages", "declarations")
BLOCK_MAX_LINES = 15
LONG_LINE = 200  # evidence from a longer line (several form lines joined) is cut to the field


@dataclass
class Field:
    key: str
    value: str  # as written (accents kept)
    line: str  # the line of text it was read from
    page: int  # 1-based
    extra: list[tuple[int, str]] = field(default_factory=list)  # following lines of a block field


@dataclass
class Document:
    lines: list[tuple[int, str]]  # (page, line), form page first
    fields: dict[str, list[Field]]
    labelled: list[list[tuple[str, int, int]]] = field(default_factory=list)  # _labels_in of each line

    def free_text(self, i: int) -> str:
        """The part of line i that is not a labelled form field (the text before its first label)."""
        text, found = self.lines[i][1], self.labelled[i] if i < len(self.labelled) else _labels_in(self.lines[i][1])
        return text[: found[0][1]].strip() if found else text

    def first(self, key: str) -> Field | None:
        found = self.fields.get(key)
        return found[0] if found else None

    def all(self, key: str) -> list[Field]:
        return self.fields.get(key, [])


# A word part that every label above contains (a label matches only where one of these is in the line).
LABEL_HINTS = ("nationalit", "citizenship", "staatsangeh", "staatsb", "name", "nom", "mail", "courriel", "dur",
               "studiendauer", "date", "datum", "dipl", "qualification", "abschluss", "langu", "sprach",
               "linguist", "29", "clarat", "erkl")


def _labels_in(line: str) -> list[tuple[str, int, int]]:
    """(key, start of label, start of value) for each "Label:" in the line."""
    if ":" not in line and "：" not in line:  # no colon, no labelled field (most CV lines)
        return []
    folded = line.casefold()
    if not any(hint in folded for hint in LABEL_HINTS):  # the common case, without the big expression
        return []
    return _labels_by_expression(line)


def _labels_by_expression(line: str) -> list[tuple[str, int, int]]:
    found = []
    for m in _LABEL_RE.finditer(line):
        colon = _COLON_RE.match(line, m.end())
        if colon is None:
            continue
        found.append((m.lastgroup or "", m.start(), colon.end()))
    return found


def read_document(facts: ApplicationFacts) -> Document:
    pages = list(enumerate(facts.page_texts, start=1))
    pages.sort(key=lambda p: 0 if _FORM_PAGE_RE.search(p[1]) else 1)
    lines = [(no, ln.strip()) for no, text in pages for ln in text.splitlines() if ln.strip()]
    fields: dict[str, list[Field]] = {}
    labelled = [_labels_in(text) for _, text in lines]
    for i, (page, text) in enumerate(lines):
        found = labelled[i]
        for j, (key, start, vstart) in enumerate(found):
            vend = found[j + 1][1] if j + 1 < len(found) else len(text)
            value = text[vstart:vend].strip(" \t;,")
            fld = Field(key, value, text if len(text) <= LONG_LINE else text[start:vend].strip(), page)
            last_of_line = j + 1 == len(found)
            if last_of_line and (key in BLOCK_FIELDS or not value):
                for k in range(i + 1, min(i + 1 + BLOCK_MAX_LINES, len(lines))):
                    if not value and key not in BLOCK_FIELDS and lines[k][0] == page:
                        # a value pushed onto the next line, possibly followed by other fields
                        nxt_text = lines[k][1]
                        head = nxt_text[: labelled[k][0][1]].strip(" \t;,") if labelled[k] else nxt_text
                        if head:
                            fld.value, fld.line = head, f"{text} {nxt_text}"
                        break
                    if labelled[k] or lines[k][0] != page:
                        nxt = labelled[k]
                        if nxt and lines[k][0] == page and key in BLOCK_FIELDS:
                            # a label later on the line ends the block there
                            head = lines[k][1][: nxt[0][1]].strip()
                            if head:
                                fld.extra.append((page, head))
                        break
                    fld.extra.append(lines[k])
            fields.setdefault(key, []).append(fld)
    return Document(lines, fields, labelled)


# ------------------------------------------------------------------ declarations (ticked boxes, "I declare")
DECLARATION_KEYWORDS: dict[str, str] = {
    "civic": r"rights as a citizen|civic rights|citizens?'? rights|droits civiques|droits de citoyen"
             r"|burgerrechte|staatsburgerlichen rechte|burgerlichen ehrenrechte",
    "military": r"military|militaire|wehrdienst|militardienst|wehrpflicht",
    "fitness": r"physically fit|physical fitness|aptitude physique|physiquement apte|apte physiquement"
               r"|korperlich|gesundheitlich",
    "references": r"references|referenzen|leumund|fuhrungszeugnis|moralite",
}
_BOX_RE = re.compile(r"\[\s*([xX✓✔✗])\s*\]|(☒|☑|✅|✔)|(\[\s*\]|☐)")
_DECLARE_RE = re.compile(r"\bi (?:hereby )?declare|\bje (?:soussigne\S* )?declare|\bich erklare", re.IGNORECASE)


@dataclass
class Declaration:
    kind: str  # key of DECLARATION_KEYWORDS
    declared: bool  # False when the box is there but not ticked
    evidence: str
    page: int


def read_declarations(doc: Document) -> dict[str, Declaration]:
    """Which declarations the form makes: ticked boxes, or "I declare …" sentences."""
    found: dict[str, Declaration] = {}

    def note(segment: str, ticked: bool, line: str, page: int) -> None:
        folded = fold(segment)
        for kind, pattern in DECLARATION_KEYWORDS.items():
            if rx(pattern).search(folded) and (kind not in found or (ticked and not found[kind].declared)):
                found[kind] = Declaration(kind, ticked, line, page)

    for page, text in doc.lines:
        boxes = list(_BOX_RE.finditer(text))
        for i, m in enumerate(boxes):
            end = boxes[i + 1].start() if i + 1 < len(boxes) else len(text)
            evidence = text if len(text) <= LONG_LINE else text[m.start():end].strip()
            note(text[m.end():end], m.group(3) is None, evidence, page)
        if not boxes and _DECLARE_RE.search(folded := fold(text)):
            negated = rx(r"\b(?:not|pas|nicht|kein)\b").search(folded)
            note(text, not negated, text, page)
    return found
