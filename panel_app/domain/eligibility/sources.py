"""One suggestion from two sources: the text of the PDF (form and CV) and the Europass XML it embeds.

- Both agree, or only one speaks: that one.
- They disagree (one "met", the other "not met"): "to verify", naming both.
- The PDF has no text layer (a scan) and carries Europass XML: the XML decides, positive or negative, with
  the evidence "from the Europass data embedded in the PDF".
- The PDF could not be read otherwise (encrypted, corrupt): the XML may say "met"; anything else is
  "to verify", since the unread document may say more.
- Text read by OCR (`ApplicationFacts.ocr`) is a reading aid: it may give "met", never "not met".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..texts import translate
from .facts import ApplicationFacts

if TYPE_CHECKING:
    from .checks import Check

EUROPASS_EVIDENCE = "from the Europass data embedded in the PDF"
_BROKEN = ("encrypted", "corrupt")


class Sources:
    def __init__(self, facts: ApplicationFacts, readable: bool, unreadable: str) -> None:
        self.readable = readable
        self.unreadable = unreadable
        self.europass = facts.europass or None
        self.ocr = bool(getattr(facts, "ocr", False))
        flags = facts.intake_flags
        # a scan without OCR whose XML was read: the XML is all there is, and it is the candidate's own data
        scanned = "no_text_layer" in flags or (facts.readable and not facts.unreadable_reason)
        self.xml_decides = (not readable and self.europass is not None and scanned
                            and not any(f in flags for f in _BROKEN))

    @staticmethod
    def _from_xml(check: Check) -> Check:
        evidence = check.evidence or ""
        if EUROPASS_EVIDENCE not in evidence:
            evidence = f"{evidence} ({EUROPASS_EVIDENCE})".strip()
        return replace(check, evidence=evidence, page=None)

    def combine(self, code: str, text: Check | None, xml: Check | None, nothing: str) -> Check:
        from .checks import Check

        xml = self._from_xml(xml) if xml is not None else None
        if not self.readable:
            if xml is not None and (self.xml_decides or xml.suggested == "met"):
                return xml
            if xml is not None:
                return Check(code, "to_verify", xml.evidence, None,
                             translate("Eligibility", "{why} (the Europass data says: {said})")
                             .format(why=self.unreadable, said=xml.reason or _word(xml.suggested)))
            return Check(code, "to_verify", "", None, self.unreadable)
        if text is not None and self.ocr and text.suggested == "not_met":
            text = Check(code, "to_verify", text.evidence, text.page,
                         translate("Eligibility", "read by OCR, which never makes a check 'not met': {why}")
                         .format(why=text.reason))
        if text is None:
            return xml if xml is not None else Check(code, "to_verify", "", None, nothing)
        if xml is not None and xml.suggested == text.suggested == "not_met":
            # both say so: the candidate's own Europass data stands behind it (even when the text came from OCR)
            return Check(code, "not_met", f"{xml.evidence}; the text says: {text.evidence}"[:400], text.page,
                         text.reason)
        if xml is None or xml.suggested == text.suggested or xml.suggested == "to_verify":
            return text
        if text.suggested == "to_verify":
            if xml.suggested == "met":
                return xml
            return Check(code, "to_verify", text.evidence, text.page,
                         translate("Eligibility", "{why}; the Europass data embedded in the PDF says: {said}")
                         .format(why=text.reason, said=xml.reason or _word(xml.suggested)))
        return Check(code, "to_verify", text.evidence, text.page,
                     translate("Eligibility", "the form and CV and the Europass data disagree: the text says {text}; "
                                              "the Europass data embedded in the PDF says {xml}")
                     .format(text=_said(text), xml=_said(xml)))


_WORDS = {"met": translate("Eligibility", "met"), "not_met": translate("Eligibility", "not met"),
          "to_verify": translate("Eligibility", "to verify"), "declared": translate("Eligibility", "declared")}


def _word(suggested: str) -> str:
    return _WORDS.get(suggested, suggested)


def _said(check: Check) -> str:
    what = _WORDS["met"] if check.suggested == "met" else _WORDS["not_met"]
    detail = check.reason or check.evidence
    if detail:
        return translate("Eligibility", "'{what}' ({detail})").format(what=what, detail=detail)
    return translate("Eligibility", "'{what}'").format(what=what)
