"""Europass XML embedded in a PDF, read in full: the current `Candidate` format (http://www.europass.eu/1.0,
HR-XML based: NationalityCode, PrimaryLanguageCode, PersonCompetency, EducationOrganizationAttendance) and the
old `SkillsPassport` (LearnerInfo/Identification, NationalityList, MotherTongueList, ForeignLanguageList,
EducationList), list wrappers or not.

Namespace-agnostic (matched on local names). Returns a plain dict or None; never raises:
{"surname", "first_name", "email", "nationalities", "mother_tongues", "languages": [{"lang", "levels"}],
 "education": [{"start": "YYYY-MM", "end": "YYYY-MM", "eqf": int|None, "degree": str, "ects": int|None}]}
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from panel_app.domain.reference import language_code

_DIMENSIONS = {  # word in CompetencyDimensionTypeCode (checked in this order) -> old schema dimension name
    "writing": "Writing", "listening": "Listening", "reading": "Reading", "interaction": "SpokenInteraction",
    "production": "SpokenProduction",
}
_ECTS = re.compile(r"(\d{2,3})\s*(?:ects|credits)", re.IGNORECASE)
_YM = re.compile(r"((?:19|20)\d\d)(?:-(\d\d))?")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: ET.Element | None, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name] if el is not None else []


def _child(el: ET.Element | None, *path: str) -> ET.Element | None:
    for name in path:
        found = _children(el, name)
        el = found[0] if found else None
    return el


def _all(el: ET.Element | None, name: str) -> list[ET.Element]:
    return [d for d in el.iter() if _local(d.tag) == name] if el is not None else []


def _text(el: ET.Element | None, *path: str) -> str | None:
    node = _child(el, *path)
    text = (node.text or "").strip() if node is not None else ""
    return text or None


def _deep_text(el: ET.Element | None, name: str) -> str | None:
    for d in _all(el, name):
        if (d.text or "").strip():
            return d.text.strip()
    return None


def _lang(code: str | None) -> str | None:
    if not code:
        return None
    return language_code(code) or code.strip().lower()


def _eqf(text: str | None) -> int | None:
    m = re.search(r"\b([1-8])\b", text or "")
    return int(m.group(1)) if m else None


def _ects(el: ET.Element) -> int | None:
    for d in el.iter():
        text = (d.text or "").strip()
        if not text:
            continue
        if m := _ECTS.search(text):
            return int(m.group(1))
        if "credit" in _local(d.tag).lower() and text.isdigit():
            return int(text)
    return None


def _ym_new(el: ET.Element | None) -> str | None:
    text = _deep_text(el, "FormattedDateTime") or (el.text if el is not None else None) or ""
    m = _YM.search(text)
    return f"{m.group(1)}-{m.group(2) or '00'}" if m else None


def _ym_old(el: ET.Element | None) -> str | None:
    if el is None or not el.get("year"):
        return None
    month = (el.get("month") or "").strip("-") or "00"
    return f"{el.get('year')}-{month.zfill(2)}"


def _old_schema(root: ET.Element) -> dict:
    learner = _child(root, "LearnerInfo")
    ident = _child(learner, "Identification")
    nats = [_text(n, "Code") or (n.text or "").strip() for n in _all(_child(ident, "Demographics"), "Nationality")]
    emails = [_text(e, "Contact") or (e.text or "").strip() for e in _all(_child(ident, "ContactInfo"), "Email")]
    ling = _child(learner, "Skills", "Linguistic")
    mothers = [_lang(_text(m, "Description", "Code")) for m in _all(ling, "MotherTongue")]
    languages = []
    for fl in _all(ling, "ForeignLanguage"):
        code = _lang(_text(fl, "Description", "Code"))
        level = _child(fl, "ProficiencyLevel")
        levels = {_local(d.tag): (d.text or "").strip().upper() for d in (level if level is not None else [])
                  if (d.text or "").strip()}
        if code:
            languages.append({"lang": code, "levels": levels})
    education = []
    for ed in _all(learner, "Education"):
        period = _child(ed, "Period")
        education.append({"start": _ym_old(_child(period, "From")), "end": _ym_old(_child(period, "To")),
                          "eqf": _eqf(_text(ed, "Level", "Code") or _text(ed, "Level", "Label")),
                          "degree": _text(ed, "Title") or "", "ects": _ects(ed),
                          "ongoing": (_text(period, "Current") or "").lower() == "true"})
    return {
        "surname": _text(ident, "PersonName", "Surname"), "first_name": _text(ident, "PersonName", "FirstName"),
        "email": next((e for e in emails if e), None), "nationalities": [n.upper() for n in nats if n],
        "mother_tongues": [m for m in mothers if m], "languages": languages, "education": education,
    }


def _new_schema(root: ET.Element) -> dict:
    person = _child(root, "CandidatePerson")
    email = None
    for comm in _children(person, "Communication"):
        if (_text(comm, "ChannelCode") or "").lower() == "email":
            email = _text(comm, "URI") or _text(comm, "Address") or email
    nats = [(n.text or "").strip().upper() for n in _all(person, "NationalityCode") if (n.text or "").strip()]
    mothers = [_lang((p.text or "").strip()) for p in _all(person, "PrimaryLanguageCode") if (p.text or "").strip()]
    languages = []
    for comp in _all(root, "PersonCompetency"):
        if (_text(comp, "TaxonomyID") or "language").lower() != "language":
            continue
        code = _lang(_text(comp, "CompetencyID"))
        if not code:
            continue
        levels = {}
        for dim in _children(comp, "CompetencyDimension"):
            kind = (_text(dim, "CompetencyDimensionTypeCode") or "").lower()
            score = (_deep_text(dim, "ScoreText") or "").upper()
            name = next((v for k, v in _DIMENSIONS.items() if k in kind), None)
            if name and score:
                levels[name] = score
        if not levels or any(v in ("NATIVE", "MOTHER TONGUE") for v in levels.values()):
            mothers.append(code)
        else:
            languages.append({"lang": code, "levels": levels})
    education = []
    for att in _all(root, "EducationOrganizationAttendance"):
        period = _child(att, "AttendancePeriod")
        eqf = next((_eqf(d.text) for d in att.iter() if "eqf" in _local(d.tag).lower()), None)
        education.append({"start": _ym_new(_child(period, "StartDate")), "end": _ym_new(_child(period, "EndDate")),
                          "eqf": eqf, "degree": _deep_text(att, "DegreeName") or _deep_text(att, "Title") or "",
                          "ects": _ects(att), "ongoing": (_deep_text(period, "Ongoing") or "").lower() == "true"})
    return {
        "surname": _deep_text(person, "FamilyName"), "first_name": _deep_text(person, "GivenName"),
        "email": email, "nationalities": nats, "mother_tongues": [m for m in dict.fromkeys(mothers) if m],
        "languages": languages, "education": education,
    }


def parse_europass(data: bytes | str) -> dict | None:
    """The candidate's Europass data (see the module docstring), or None."""
    try:
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        if b"<!DOCTYPE" in raw[:4096].upper() or b"<!ENTITY" in raw.upper():
            return None  # no DTDs/entities from untrusted input
        root = ET.fromstring(raw)
        name = _local(root.tag)
        if name == "Candidate" or _child(root, "CandidatePerson") is not None:
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
