"""Europass XML embedded in a PDF: the new `Candidate` schema (http://www.europass.eu/1.0, HR-XML based)
and the old `SkillsPassport`/`Europass` v2–v3 schema (LearnerInfo/Identification ...).

Namespace-agnostic (matched on local names). Returns a plain dict or None; never raises.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from panel_app.domain.reference import language_code

_DIMENSIONS = {  # word in CompetencyDimensionTypeCode (checked in this order) -> old schema dimension name
    "writing": "Writing", "listening": "Listening", "reading": "Reading", "interaction": "SpokenInteraction",
    "production": "SpokenProduction",
}


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: ET.Element | None, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name] if el is not None else []


def _child(el: ET.Element | None, *path: str) -> ET.Element | None:
    for name in path:
        found = _children(el, name)
        el = found[0] if found else None
    return el


def _text(el: ET.Element | None, *path: str) -> str | None:
    node = _child(el, *path)
    text = (node.text or "").strip() if node is not None else ""
    return text or None


def _lang(code: str | None) -> str | None:
    if not code:
        return None
    return language_code(code) or code.strip().lower()


def _old_schema(root: ET.Element) -> dict:
    learner = _child(root, "LearnerInfo")
    ident = _child(learner, "Identification")
    nats = [_text(n, "Code") for n in _children(_child(ident, "Demographics"), "Nationality")]
    emails = [_text(e, "Contact") or (e.text or "").strip() for e in _children(_child(ident, "ContactInfo"), "Email")]
    ling = _child(learner, "Skills", "Linguistic")
    mothers = [_lang(_text(m, "Description", "Code")) for m in _children(ling, "MotherTongue")]
    languages = []
    for fl in _children(ling, "ForeignLanguage"):
        code = _lang(_text(fl, "Description", "Code"))
        level = _child(fl, "ProficiencyLevel")
        levels = {_local(d.tag): (d.text or "").strip().upper() for d in (level if level is not None else [])
                  if (d.text or "").strip()}
        if code:
            languages.append({"lang": code, "levels": levels})
    return {
        "surname": _text(ident, "PersonName", "Surname"), "first_name": _text(ident, "PersonName", "FirstName"),
        "email": next((e for e in emails if e), None), "nationalities": [n.upper() for n in nats if n],
        "mother_tongues": [m for m in mothers if m], "languages": languages,
    }


def _new_schema(root: ET.Element) -> dict:
    person = _child(root, "CandidatePerson")
    email = None
    for comm in _children(person, "Communication"):
        if (_text(comm, "ChannelCode") or "").lower() == "email":
            email = _text(comm, "URI") or _text(comm, "Address") or email
    nats = [(n.text or "").strip().upper() for n in _children(person, "NationalityCode") if (n.text or "").strip()]
    mothers, languages = [], []
    for comp in root.iter():
        if _local(comp.tag) != "PersonCompetency":
            continue
        if (_text(comp, "TaxonomyID") or "language").lower() != "language":
            continue
        code = _lang(_text(comp, "CompetencyID"))
        if not code:
            continue
        levels = {}
        for dim in _children(comp, "CompetencyDimension"):
            kind = (_text(dim, "CompetencyDimensionTypeCode") or "").lower()
            score = (_text(dim, "Score", "ScoreText") or "").upper()
            name = next((v for k, v in _DIMENSIONS.items() if k in kind), None)
            if name and score:
                levels[name] = score
        if not levels or any(v in ("NATIVE", "MOTHER TONGUE") for v in levels.values()):
            mothers.append(code)
        else:
            languages.append({"lang": code, "levels": levels})
    return {
        "surname": _text(person, "PersonName", "FamilyName"), "first_name": _text(person, "PersonName", "GivenName"),
        "email": email, "nationalities": nats, "mother_tongues": mothers, "languages": languages,
    }


def parse_europass(data: bytes | str) -> dict | None:
    """{"surname", "first_name", "email", "nationalities", "mother_tongues", "languages"} or None."""
    try:
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        if b"<!DOCTYPE" in raw[:4096].upper() or b"<!ENTITY" in raw.upper():
            return None  # no DTDs/entities from untrusted input
        root = ET.fromstring(raw)
        name = _local(root.tag)
        if name == "Candidate":
            result = _new_schema(root)
        elif name in ("SkillsPassport", "Europass") or _child(root, "LearnerInfo") is not None:
            result = _old_schema(root)
        else:
            return None
    except Exception:  # any XML or structure error: not a usable Europass file
        return None
    if result.get("email"):
        result["email"] = result["email"].strip().lower().removeprefix("mailto:")
    return result
