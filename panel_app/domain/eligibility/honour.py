"""The general conditions (civic rights, military service, physical fitness, character references), as
the candidate declares them. Three sources, the most specific first:

1. a box or sentence naming one condition ("[X] I enjoy full rights as a citizen", "I declare that I am
   physically fit"); an empty box leaves that condition "to verify";
2. the military-service options ("☐ Completed ☐ Exempted ☒ Not applicable"): a status, declared by the
   declaration of honour; none or several ticked, or a ticked "No", leave it "to verify", naming the boxes;
3. a declaration of honour ("I declare on my honour", "je déclare sur l'honneur", "ich versichere/erkläre
   ehrenwörtlich", or a plain "I declare / certify / confirm that I meet …") saying the candidate satisfies the
   eligibility criteria or conditions of the notice declares each condition, when a signature or a place-and-date
   follows it; without them it is unsigned and leaves them "to verify".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..texts import translate
from .boxes import BoxGroup, read_groups
from .facts import fold, rx
from .fields import Document

KINDS = ("civic", "military", "fitness", "references")
DECLARATION_KEYWORDS: dict[str, str] = {
    "civic": r"rights as a citizen|civic rights|citizens?'? rights|droits civiques|droits de citoyen"
             r"|burgerrechte|staatsburgerlichen rechte|burgerlichen ehrenrechte",
    "military": r"military|militaire|wehrdienst|militardienst|wehrpflicht",
    "fitness": r"physically fit|physical fitness|aptitude physique|physiquement apte|apte physiquement"
               r"|korperlich|gesundheitlich",
    "references": r"character references|references|referenzen|leumund|fuhrungszeugnis|moralite",
}
_DECLARE_RE = re.compile(r"\bi (?:hereby |solemnly )?declare|\bje (?:soussigne\S* )?declare|\bich erklare")
HONOUR = re.compile(r"on my honou?r|solemnly declare|declaration (?:of|on) honou?r|sur l'honneur|sur l honneur"
                    r"|ehrenwortlich|an eides statt|ich versichere|versichere ich|declaration sur l'honneur")
COVERS = re.compile(
    r"eligib\w*\s+(?:\w+\s+)?(?:criteri|condition|requirement)|(?:criteri|condition|requirement)\w*\s+(?:of|for)\s+"
    r"eligib|general conditions|conditions (?:set out|laid down|stated|specified|listed) in"
    r"|(?:criteres?|conditions?) d.(?:eligibilite|admissibilite|admission|acces)|conditions generales"
    r"|conditions (?:fixees|prevues|enoncees|requises)|zulassungs(?:bedingungen|voraussetzungen)"
    r"|teilnahmebedingungen|teilnahmevoraussetzungen|allgemeinen (?:bedingungen|voraussetzungen)"
    r"|bedingungen der (?:stellen)?ausschreibung|voraussetzungen der (?:stellen)?ausschreibung")
_HONOUR_WORDS = ("honou", "honneur", "ehrenw", "eides", "versich", "solemn", "declar", "déclar", "certif", "confirm",
                 "attest", "erklär", "erklar", "bestätig", "bestatig")
# "I (the undersigned) declare / certify / confirm that I meet …": a declaration without the word "honour"
_SOLEMN = re.compile(r"\b(?:i|je|ich)\b[^.]{0,50}?\b(?:declare|certify|confirm|attest|declare|certifie|atteste|confirme"
                     r"|erklare|bestatige|versichere)\b|\bhiermit (?:erklare|bestatige|versichere)")
# the candidate says they satisfy the conditions (not only that they read them)
_SATISFY = re.compile(r"satisf|\bmeet|\bfulfil|\bcompl(?:y|ies)|\brempli|\brepond|erfull|entspreche|genuge")
_NEGATED = re.compile(r"\b(?:not|pas|nicht|keine?)\b")
_MILITARY_NO = re.compile(r"^(?:no|non|nein|not (?:yet )?(?:fulfilled|completed)|non accompli|nicht (?:erfullt|abgeleistet))\b")
_BLANK = re.compile(r"^[\s_.…\-–/()]*$")
_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.?\s+(?:jan|feb|fev|mar|apr|avr"
                   r"|may|mai|jun|juin|jul|juil|aug|aou|sep|oct|okt|nov|dec|dez)\w*\.?\s+\d{4}\b")
_PLACE_DATE = re.compile(r"\s*[^\W\d_][\w .'\-]{1,40},\s*(?:(?:le|den|am|on|the)\s+)?(?:" + _DATE.pattern + ")")
# what a browser or a word processor prints on every page: a URL, "1/2", "Page 2 of 3", "12/06/2026, 10:15"
_PRINTED = re.compile(r"://|^\s*\d+\s*(?:/|of|sur|von)\s*\d+\s*$|^\s*\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d\d"
                      r"|^\s*(?:page|seite)\s+\d", re.IGNORECASE)
_BOX_FIRST = re.compile(r"\s*(?:([☒☑⊠]|\[\s*[xX✓✔]\s*\]|\(\s*[xX]\s*\))|[☐□]|\[\s*\]|\(\s*\))\s")
WINDOW = 14  # lines after the declaration where its signature, place and date are looked for


@dataclass
class Declaration:
    kind: str  # one of KINDS
    declared: bool
    evidence: str
    page: int | None
    reason: str | None = None  # why not declared


def read_declarations(doc: Document, groups: list[BoxGroup] | None = None) -> dict[str, Declaration]:
    groups = read_groups(doc.lines) if groups is None else groups
    found: dict[str, Declaration] = {}
    _named_conditions(doc, groups, found)
    _military_options(groups, found)
    honour = read_honour(doc)
    if honour is not None:
        for kind in KINDS:
            if kind in found and not found[kind].declared:
                continue  # an empty box for this condition wins over a general declaration
            if honour.declared or kind not in found:
                found[kind] = Declaration(kind, honour.declared, honour.evidence, honour.page, honour.reason)
            elif found[kind].declared:
                found[kind] = Declaration(kind, False, honour.evidence, honour.page, honour.reason)
    return found


def _named_conditions(doc: Document, groups: list[BoxGroup], found: dict[str, Declaration]) -> None:
    for g in groups:
        for box in g.items:
            folded = fold(box.label)
            for kind, pattern in DECLARATION_KEYWORDS.items():
                if not rx(pattern).search(folded) or (kind in found and found[kind].declared):
                    continue
                ticked = box.ticked is True and (not box.weak or g.has_empty)
                why = None if ticked else translate("Eligibility", "the box '{label}' is not ticked").format(
                    label=box.label[:80])
                found[kind] = Declaration(kind, ticked, box.label if len(box.label) < 200 else g.evidence(), g.page, why)
    for i in doc.lines_with(("clar", "erkl")):
        page, text = doc.lines[i]
        folded = fold(text)
        if not _DECLARE_RE.search(folded) or HONOUR.search(folded) or _SOLEMN.search(folded) and COVERS.search(folded) \
                or "☐" in text or "☒" in text:
            continue
        for kind, pattern in DECLARATION_KEYWORDS.items():
            if kind not in found and rx(pattern).search(folded):
                negated = _NEGATED.search(folded)
                found[kind] = Declaration(kind, not negated, text, page, translate("Eligibility", "the sentence is negative") if negated else None)


def _military_options(groups: list[BoxGroup], found: dict[str, Declaration]) -> None:
    for g in groups:
        if "military" in found or not rx(DECLARATION_KEYWORDS["military"]).search(fold(g.heading)):
            continue
        if any(rx(DECLARATION_KEYWORDS["military"]).search(fold(b.label)) for b in g.items):
            continue  # boxes that name military service themselves: read as named conditions
        ticked = g.ticked()
        names = ", ".join(f"'{b.label}'" for b in (ticked or g.items))
        if g.orphans:  # which box is which is unknown; one tick and no "No" among the options is still a status
            if len(ticked) + g.orphan_ticks != 1 or any(_MILITARY_NO.match(fold(b.label)) for b in g.items):
                found["military"] = Declaration("military", False, g.evidence(), g.page,
                                                translate("Eligibility", "military service: the boxes and their "
                                                                         "labels are out of order ({evidence})")
                                                .format(evidence=g.evidence()))
            continue
        if len(ticked) == 1 and not _MILITARY_NO.match(fold(ticked[0].label)):
            continue  # a status, not a declaration: the declaration of honour declares it
        if len(ticked) == 1:
            found["military"] = Declaration("military", False, g.evidence(), g.page,
                                            translate("Eligibility", "military service: '{label}' is ticked")
                                            .format(label=ticked[0].label))
        else:
            what = (translate("Eligibility", "several boxes are ticked") if ticked else
                    translate("Eligibility", "no box is ticked"))
            found["military"] = Declaration("military", False, g.evidence(), g.page,
                                            translate("Eligibility", "military service: {what} ({names})")
                                            .format(what=what, names=names))


def read_honour(doc: Document) -> Declaration | None:
    """The declaration of honour covering the eligibility conditions, signed or not; None if there is none."""
    lines = doc.lines
    for i in doc.lines_with(_HONOUR_WORDS):
        page, text = lines[i]
        folded = fold(text)
        if not (HONOUR.search(folded) or _SOLEMN.search(folded)):
            continue
        span = [t for p, t in lines[i:i + 4] if p == page]
        sentence = " ".join(span)
        said = fold(sentence)
        if not COVERS.search(said) or not _SATISFY.search(said):
            continue  # "I have read the eligibility criteria" declares nothing
        end = sentence.find(".", len(text) - 1)
        evidence = sentence[: end + 1 if end > 0 else 300][:300]
        if _NEGATED.search(fold(evidence)):
            return Declaration("", False, evidence, page, translate("Eligibility", "the declaration of honour is negative"))
        box = _BOX_FIRST.match(text)
        if box and box.group(1):  # "☒ I declare on my honour …": the candidate ticked it (an online form's signature)
            return Declaration("", True, evidence, page)
        if box:
            return Declaration("", False, evidence, page, translate("Eligibility", "the box of the declaration of honour is not ticked"))
        signed, blank = _signature_after(doc, i, page)
        if signed:
            return Declaration("", True, f"{evidence} — {signed}", page)
        why = (translate("Eligibility", "the declaration of honour is not signed (signature, place and date are "
                                        "blank)") if blank else
               translate("Eligibility", "the declaration of honour has no signature, place or date"))
        return Declaration("", False, evidence, page, why)
    return None


def _signature_after(doc: Document, i: int, page: int) -> tuple[str, bool]:
    """(the signature/place/date line, "" if none; whether signature fields were there but blank)."""
    blank = False
    for k in range(i + 1, min(i + 1 + WINDOW, len(doc.lines))):
        p, text = doc.lines[k]
        if p not in (page, page + 1) or not text:
            continue
        keys = [key for key, *_ in doc.labelled[k]] if k < len(doc.labelled) else []
        if "place_date" in keys or "signature" in keys:
            value = text[doc.labelled[k][-1][2]:].strip() if doc.labelled[k] else ""
            nxt = doc.lines[k + 1][1] if k + 1 < len(doc.lines) and not doc.labelled[k + 1] \
                and doc.lines[k + 1][0] == p and not _PRINTED.search(doc.lines[k + 1][1]) else ""
            if value and not _BLANK.match(value) and not _PRINTED.search(value):
                return text, False
            if not value and nxt and not _BLANK.match(nxt) and ("signature" in keys or _DATE.search(nxt)):
                return f"{text} {nxt}", False
            blank = True
        elif len(text) < 80 and _PLACE_DATE.match(text):
            return text, False  # "Brussels, 10/06/2026" (a bare date may be a browser's page header)
    return "", blank
