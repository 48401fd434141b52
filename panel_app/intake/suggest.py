"""Candidate details guessed from the mail header, the application form's labelled fields and Europass.

Order matters: form suggestions first, then Europass, then the header (the form wins; docs/domain-rules.md notes
that the From display name is the least reliable source).
"""

from __future__ import annotations

import re

from panel_app.domain.eligibility.facts import ApplicationFacts
from panel_app.domain.eligibility.fields import read_document as read_fields

from .model import ParsedDocument, Suggestion

_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_FIELDS = ("surname", "first_name", "email", "nationality", "nationality2")  # labels: domain/eligibility/fields.py


def form_suggestions(doc: ParsedDocument) -> list[Suggestion]:
    """Values of the labelled fields (EN/FR/DE, on the line, the next line or the next cell) in the PDF text,
    with the line as evidence; the labels are the eligibility rules' (one owner: domain/eligibility/fields.py)."""
    if not doc.page_texts:
        return []
    read = read_fields(ApplicationFacts(page_texts=list(doc.page_texts)))
    found = sorted((f for key in _FIELDS for f in read.all(key)), key=lambda f: f.index)
    out: list[Suggestion] = []
    seen: set[tuple[str, str]] = set()
    for fld in found:
        field = "nationality" if fld.key == "nationality2" else fld.key
        value = fld.value.strip(" \t;,|")
        if field == "email":
            m = _EMAIL_RE.search(value)
            value = m.group(0).lower() if m else ""
        if not value or (field, value) in seen:
            continue
        seen.add((field, value))
        out.append(Suggestion(field, value, "form", fld.line.strip()[:200], fld.page))
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
