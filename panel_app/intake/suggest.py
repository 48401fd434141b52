"""Candidate details guessed from the mail header, the application form's labelled fields and Europass.

Order matters: form suggestions first, then Europass, then the header (the form wins; DESIGN.md notes
that the From display name is the least reliable source).
"""

from __future__ import annotations

import re

from .model import ParsedDocument, Suggestion

_LABELS: dict[str, tuple[str, ...]] = {
    "surname": ("Surname", "Last name", "Family name", "Nom de famille", "Nom", "Nachname", "Familienname"),
    "first_name": ("First name", "Given name", "Prénom", "Vorname"),
    "email": ("E-mail", "E-Mail", "Email", "Courriel"),
    "nationality": ("Nationality", "Nationalité", "Staatsangehörigkeit"),
    "second_nationality": ("Second nationality", "Seconde nationalité", "Zweite Staatsangehörigkeit"),
}
# labels that only end the previous value on the same line
_STOPS = ("Highest diploma", "Date of diploma", "Languages", "Article 29 status", "Date of birth")
_BY_LABEL = {lab.casefold(): fld for fld, labs in _LABELS.items() for lab in labs}
_ALL = sorted([*_BY_LABEL, *(s.casefold() for s in _STOPS)], key=len, reverse=True)
_LABEL_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(x) for x in _ALL) + r")\s*:", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _field_for(label: str) -> str | None:
    return _BY_LABEL.get(label.casefold())


def form_suggestions(doc: ParsedDocument) -> list[Suggestion]:
    """Values of the labelled fields (EN/FR/DE) in the PDF text, with the line as evidence."""
    out: list[Suggestion] = []
    seen: set[tuple[str, str]] = set()
    for page_no, text in enumerate(doc.page_texts, start=1):
        for line in text.splitlines():
            if ":" not in line:  # a labelled field is "Label:"; most lines of a CV have no colon
                continue
            matches = list(_LABEL_RE.finditer(line))
            for k, m in enumerate(matches):
                field = _field_for(m.group(1))
                if not field:
                    continue
                end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
                value = line[m.end():end].strip(" \t;,|")
                if field == "second_nationality":
                    field = "nationality"
                if field == "email":
                    found = _EMAIL_RE.search(value)
                    value = found.group(0).lower() if found else ""
                if not value or (field, value) in seen:
                    continue
                seen.add((field, value))
                out.append(Suggestion(field, value, "form", line.strip()[:200], page_no))
    return out


def europass_suggestions(doc: ParsedDocument) -> list[Suggestion]:
    ep = doc.europass or {}
    evidence = f"Europass XML embedded in {doc.filename}"
    out = [Suggestion(f, ep[f], "europass", evidence, None) for f in ("surname", "first_name", "email") if ep.get(f)]
    out += [Suggestion("nationality", n, "europass", evidence, None) for n in ep.get("nationalities") or []]
    return out


def split_display_name(name: str) -> tuple[str | None, str | None]:
    """(first_name, surname) from a display name: "Surname, First", "SURNAME First" or "First Surname"."""
    name = " ".join(name.replace('"', " ").split())
    if not name or "@" in name:
        return None, None
    if "," in name:
        surname, _, first = name.partition(",")
        return first.strip() or None, surname.strip() or None
    words = name.split(" ")
    if len(words) == 1:
        return None, words[0]
    caps = [w for w in words if len(w) > 1 and w.isupper()]  # e.g. PAPADOPOULOS Georgios
    if caps and len(caps) < len(words):
        rest = [w for w in words if w not in caps]
        return " ".join(rest), " ".join(caps)
    return " ".join(words[:-1]), words[-1]


def header_suggestions(sender_name: str | None, sender_email: str | None, evidence: str) -> list[Suggestion]:
    out: list[Suggestion] = []
    if sender_name:
        first, surname = split_display_name(sender_name)
        if surname:
            out.append(Suggestion("surname", surname, "header", evidence, None))
        if first:
            out.append(Suggestion("first_name", first, "header", evidence, None))
    if sender_email:
        out.append(Suggestion("email", sender_email, "header", evidence, None))
    return out


def all_suggestions(docs: list[ParsedDocument], sender_name: str | None, sender_email: str | None,
                    header_evidence: str = "") -> list[Suggestion]:
    out: list[Suggestion] = []
    for doc in docs:
        if doc.kind == "pdf":
            out.extend(form_suggestions(doc))
    for doc in docs:
        if doc.europass:
            out.extend(europass_suggestions(doc))
    out.extend(header_suggestions(sender_name, sender_email, header_evidence))
    return out
