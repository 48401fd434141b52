"""Article 29 of the Staff Regulations: priority for Commission officials, officials of other institutions,
bodies or agencies, and competition laureates (reserve lists). A contract or temporary agent is NOT an
official. Read, in this order:

1. a list of boxes or Yes/No rows whose options are these categories: exactly one ticked (or answered
   Yes) gives the category ("contract agent", "none" give no category); none or several leave it
   "to verify", naming the boxes;
2. a form field ("Article 29 status: …", "Statut article 29 : …", also "Article 29 of the Staff
   Regulations: …"), or a heading naming Article 29 alone on its line with the answer on the next line
   (a wrapped table cell: "Employment status … / (Art. 29 SR)" then "Commission official …");
3. an unambiguous sentence elsewhere ("I am a Commission official").

A field or heading whose next lines list several categories (a list of boxes whose ticks could not be read,
such as check boxes a browser drew, when their drawing was not recognised) is the list of options, not an
answer: "to verify", naming the options. So is a value that names several categories.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..texts import translate
from .boxes import BoxGroup, read_groups
from .facts import fold, rx
from .fields import Document
from .honour import HONOUR

CATEGORIES = ("official", "other_institution", "laureate")

# Most specific first: "official of another institution" contains "official"; agents are not officials.
_PATTERNS: tuple[tuple[str | None, str], ...] = (
    ("agent", r"contract(?:ual)? (?:staff|agent)|temporary (?:staff|agent)|agent contractuel|agent temporaire"
              r"|vertragsbedienstet|bedienstete[rn]? auf zeit|zeitbedienstet|\bcast\b"
              r"|seconded national expert|expert national detache|interim|trainee|stagiaire|blue book"),
    ("other_institution",
     r"officials? (?:of|from|in|at) (?:an)?other (?:eu |european union |union )?(?:institution|body|agency|organ)"
     r"|other (?:eu )?institution|autre institution|autre organe|fonctionnaire d'une? autre|fonctionnaire d'un organe"
     r"|anderen? (?:eu-)?(?:institution|organ|einrichtung|agentur)|(?:beamter?|beamtin) (?:eines|einer) ander"
     r"|official of the european (?:parliament|council|court)|(?:parliament|council|court of|agency) official"
     r"|another institution|another eu institution|(?:official|fonctionnaire|beamt\w*) (?:of|de l'|du|des|der|des)"
     r" (?:european )?(?:parliament|parlement|council|conseil|court|cour|rat\b|rates|parlaments|gerichtshof)"
     # an official (fonctionnaire, Beamter) of a body other than the Commission: the issue's "another
     # institution, body or agency"
     r"|(?:official|fonctionnaire|beamt\w*)\b.{0,40}\b(?:agency|agence|agentur|body|organe|organs?\b|einrichtung"
     r"|parliament|parlement|parlament\w*|council|conseil|court|cour de|gerichtshof|committee|comite|ausschuss"
     r"|central bank|investment bank|banque|ombudsman|mediateur|eeas|seae|edps|cepd|eib|ecb|bce|ezb)"),
    ("laureate",
     r"laureat|reserve list|liste de reserve|reserveliste|epso/ad/|epso/ast|competition|concours"
     r"|auswahlverfahren|successful candidate"),
    # an official "of the EU institutions": of which one? (checked after "another institution")
    ("unclear", r"officials? of (?:the |an? )?(?:eu |european union |european )?institutions?\b(?! other)"
                r"|fonctionnaire (?:des|d'une) institutions?(?! autre)|(?:beamter?|beamtin) (?:der|einer) (?:eu-)?"
                r"(?:institution|organe)(?:en)?\b"),
    ("official",
     r"commission official|official of the (?:european )?commission|fonctionnaire (?:titulaire )?de la commission"
     r"|(?:beamter?|beamtin)(?:/beamtin)? der (?:europaischen )?kommission|kommissionsbeamt|\bofficial\b"
     r"|fonctionnaire|\bbeamt"),
    (None, r"^(?:none|no|n/a|na|-+|aucun(?:e)?|neant|non|keine?r?|nein|nicht zutreffend|not applicable"
           r"|sans objet|ohne|i am none|none of|aucune de|keine dieser|not concerned|non concerne|entfallt)\b"),
)
_FREE_TEXT = re.compile(
    r"i am an? (?:european )?commission official|i am an official of (?:an)?other|"
    r"(?:on|placed on) the reserve list of (?:the )?competition|laureate of (?:the )?competition|"
    r"je suis fonctionnaire|laureat(?:e)? du concours|ich bin (?:beamter?|beamtin)"
)
_ART29 = re.compile(r"art(?:icle|ikel|\.)?\s*29")
_ROW = re.compile(r"^.{0,40}?art(?:icle|ikel|\.)?\s*29(?:\s+(?:of the staff regulations|du statut|des statuts|sr|\(sr\)"
                  r"|beamtenstatut|of the sr))?\)?\s+(\S.*)$")
# the heading alone on its line (a table cell that wrapped, a question), its answer on the next line
_HEAD_ONLY = re.compile(r"^.{0,60}?art(?:icle|ikel|\.)?\s*29(?:\s+(?:of the staff regulations|du statut|des statuts|sr"
                        r"|\(sr\)|beamtenstatut|of the sr|statut))?\)?\s*[?:：]?\s*$")
_HEAD_START = re.compile(r"^.{0,40}?art(?:icle|ikel|\.)?\s*29\b")
_FIELD = re.compile(r"art(?:icle|ikel|\.)?\s*29[^:：]{0,60}[:：]\s*(.*)$", re.IGNORECASE)


@dataclass
class Article29Reading:
    category: str | None = None
    evidence: str | None = None
    page: int | None = None
    understood: bool = True  # False when a status was written but not recognised
    raw: str = ""
    unsure: str | None = None  # why the category is "to verify" (boxes none/several ticked)


@functools.lru_cache(maxsize=4096)  # the labels of a form's boxes come back in every application on that form
def _classify_raw(value: str) -> tuple[bool, str | None]:
    folded = fold(value).strip(" .;:")
    if not folded:
        return True, None
    for category, pattern in _PATTERNS:
        if rx(pattern).search(folded):
            return True, category
    return False, None


def categories_in(value: str) -> list[str]:
    """Every category a text names ("official" only when no other does: it is part of the others' words)."""
    folded = fold(value)
    found = [c for c, pattern in _PATTERNS if c not in (None, "official", "unclear") and rx(pattern).search(folded)]
    return found or [c for c, pattern in _PATTERNS if c == "official" and rx(pattern).search(folded)]


def classify(value: str) -> tuple[bool, str | None]:
    """(understood, category) for a value of the Article 29 field; an agent is understood, with no category."""
    understood, category = _classify_raw(value)
    return understood, (None if category == "agent" else category)


def _is_article29_group(g: BoxGroup) -> bool:
    if _ART29.search(fold(g.heading)):
        return True
    kinds = {_classify_raw(b.label)[1] for b in g.items} - {None}
    if g.yes_no and kinds and all(_classify_raw(b.label)[1] for b in g.items):
        return True  # "Are you a Commission official? Yes ☐ No ☒"
    return len(kinds) >= 2 and bool(kinds & set(CATEGORIES) | {"unclear"} & kinds)


def read_boxes(groups: list[BoxGroup]) -> Article29Reading | None:
    for g in groups:
        if not _is_article29_group(g):
            continue
        ticked = g.ticked()
        unknown = [b for b in g.items if b.ticked is None]
        names = ", ".join(f"'{b.label}'" for b in (ticked or g.items))
        if g.orphans:
            return Article29Reading(None, g.evidence(), g.page, True, "",
                                    translate("Eligibility", "Article 29: boxes and their labels are out of order "
                                                             "({evidence})").format(evidence=g.evidence()))
        if len(ticked) == 1 and not unknown:
            if len(mixed := categories_in(ticked[0].label)) > 1:
                return Article29Reading(None, g.evidence(), g.page, True, ticked[0].label,
                                        translate("Eligibility", "Article 29: the ticked box '{label}' names several "
                                                                 "categories ({categories})")
                                        .format(label=ticked[0].label, categories=", ".join(mixed)))
            understood, category = classify(ticked[0].label)
            if category == "unclear":
                return Article29Reading(None, g.evidence(), g.page, True, ticked[0].label,
                                        translate("Eligibility", "Article 29: '{label}' does not say which institution")
                                        .format(label=ticked[0].label))
            shown = f"{g.heading}: ☒ {ticked[0].label}" if g.heading else f"☒ {ticked[0].label}"
            if understood:
                return Article29Reading(category, shown[:300], g.page, True, ticked[0].label)
            return Article29Reading(None, shown[:300], g.page, False, ticked[0].label,
                                    translate("Eligibility", "the ticked box '{label}' is not understood")
                                    .format(label=ticked[0].label))
        if not ticked and g.yes_no and not unknown:
            return Article29Reading(None, g.evidence(), g.page, True, "no")  # every row answered "No"
        what = (translate("Eligibility", "several boxes are ticked") if len(ticked) > 1 else
                translate("Eligibility", "a row has neither or both of Yes/No ticked") if unknown else
                translate("Eligibility", "no box is ticked"))
        return Article29Reading(None, g.evidence(), g.page, True, "",
                                translate("Eligibility", "Article 29: {what} ({names})").format(what=what, names=names))
    return None


def read_document(doc: Document, groups: list[BoxGroup] | None = None) -> Article29Reading:
    boxed = read_boxes(read_groups(doc.lines) if groups is None else groups)
    if boxed is not None:
        return boxed
    fld = doc.first("article29")
    unread = None  # a field's value that was not understood: said so, unless the lines read better
    if fld is not None and fld.value:
        on_line = fld.value if fld.value in doc.lines[fld.index][1] else ""
        if listed := _listed_options(doc, fld.index, on_line):
            return listed
        unread = _reading(_with_next_line(doc, fld.value, fld.index), fld.line, fld.page)
        if unread.understood:
            return unread
    for i, (page, text) in enumerate(doc.lines):
        if "29" not in text:
            continue
        if m := _FIELD.search(text):
            value = m.group(1).strip() or _next_line(doc, i)
            if value:
                return (_listed_options(doc, i, m.group(1).strip())
                        or _reading(_with_next_line(doc, value, i), text, page))
        elif _HEAD_ONLY.match(fold(text)) and (value := _next_line(doc, i)):
            if _classify_raw(value)[0]:
                return _listed_options(doc, i) or _reading(_with_next_line(doc, value, i), text, page)
        elif (value := _after_wrapped_heading(doc, i)) is not None:
            return _listed_options(doc, i + 2, value) or _reading(_with_next_line(doc, value, i + 2), text, page)
        elif (m := _ROW.match(fold(text))) and m.group(1).strip():
            value = text[m.start(1):]  # a table row: "Situation au regard de l'article 29 | Lauréat …"
            understood, category = _classify_raw(value)
            if understood:  # "… – Article 29 priority (reserve list)" may be one option of a list
                return _listed_options(doc, i, value, back=True) or _reading(value, text, page)
    for page, text in doc.lines:
        if _FREE_TEXT.search(fold(text)):
            understood, category = classify(text)
            if category:
                return Article29Reading(category, text, page, True, text)
    return unread or Article29Reading()


def _after_wrapped_heading(doc: Document, i: int) -> str | None:
    """The answer under a heading that names Article 29 and wrapped onto a second short line of its own (a table
    cell: "Article 29(1)(a) Staff Regulations – priority" / "candidates" / "I am a permanent official of the")."""
    text = doc.lines[i][1]
    if len(text) > 80 or ":" in text or text.rstrip().endswith(".") or not _HEAD_START.match(fold(text)):
        return None
    rest = _next_line(doc, i)
    if not rest or len(rest) > 40 or ":" in rest or _kind(rest):
        return None
    value = _next_line(doc, i + 1)
    return value if value and _kind(value) else None


def _kind(text: str) -> str:
    """Which of the patterns a text matches first ("" for none of them; "none" for "Not applicable" …)."""
    folded = fold(text).strip(" .;:")
    return next((category or "none" for category, pattern in _PATTERNS if folded and rx(pattern).search(folded)), "")


def _listed_options(doc: Document, i: int, value: str = "", back: bool = False) -> Article29Reading | None:
    """"to verify" when the Article 29 value (on line i) and the lines after it (and, with `back`, before it)
    name two categories or more: the options of boxes whose ticks were not read. A line ending with ":" or "?",
    a field label, or two lines that name no category end the list."""
    page = doc.lines[i][0]
    found = [(kind, value)] if value and (kind := _kind(value)) else []
    for step in (1, -1) if back else (1,):
        misses = 0
        for k in range(i + step, i + 9 * step, step):
            if not 0 <= k < len(doc.lines) or doc.lines[k][0] != page or (doc.labelled and doc.labelled[k]):
                break
            text = doc.lines[k][1].strip()
            if kind := _kind(text):
                found.append((kind, text))
                misses = 0
                continue
            misses += 1
            if misses > 1 or text.endswith((":", "?")):
                break
    if len({kind for kind, _t in found}) < 2:
        return None
    names = ", ".join(f"'{t}'" for _k, t in found)
    return Article29Reading(None, doc.lines[i][1], page, True, "",
                            f"Article 29: the options are listed but no box was read as ticked ({names})"[:300])


def _next_line(doc: Document, i: int) -> str:
    if i + 1 < len(doc.lines) and doc.lines[i + 1][0] == doc.lines[i][0] and not doc.labelled[i + 1]:
        return doc.lines[i + 1][1]
    return ""


def _with_next_line(doc: Document, value: str, i: int) -> str:
    """The value and the line after it when the cell wrapped ("Official of another EU" / "institution")."""
    nxt = _next_line(doc, i) if i >= 0 else ""
    if nxt and nxt.strip() == value.strip():  # the value itself was on the next line
        nxt = _next_line(doc, i + 1)
    if nxt and nxt != value and len(nxt) < 60 and not nxt.startswith(("☐", "☒", "[")) and not HONOUR.search(fold(nxt)):
        return f"{value} {nxt}"
    return value


def _reading(value: str, line: str, page: int | None) -> Article29Reading:
    if len(mixed := categories_in(value)) > 1:
        return Article29Reading(None, line, page, True, value,
                                f"Article 29: '{value}' names several categories ({', '.join(mixed)})")
    understood, category = classify(value)
    if category == "unclear":
        return Article29Reading(None, line, page, True, value, f"Article 29 status unclear: '{value}'")
    if category == "official" and rx(r"\b(?:another|other|autre|anderen?|eines|einer)\b").search(fold(value)):
        return Article29Reading(None, line, page, True, value, f"Article 29 status unclear: '{value}'")
    return Article29Reading(category, line, page, understood, value)
