"""Eligibility suggestions read from OCR text: said to be so, and never "not met".

OCR text is a reading aid (docs/domain-rules.md): a misread letter must not exclude a candidate. A check read from OCR
text is at most "met" or "declared", and says it came from OCR and with which confidence; what would have been
"not met" becomes "to verify", with the reason in words. The checks that do not read the documents (deadline,
format) keep their outcome, and so do those the Europass XML embedded in the PDF decides (sources.py).
"""

from __future__ import annotations

from ..texts import Text, from_json, to_json, translate
from .checks import _kind
from .snapshot import suggestion_snapshot
from .sources import EUROPASS_EVIDENCE

NOT_FROM_TEXT = ("deadline", "format")
OCR_FLAG = "ocr_text"


def ocr_note(confidence: float | None) -> str:
    if confidence is None:
        return translate("Eligibility", "read by OCR from a scan")
    return translate("Eligibility", "read by OCR from a scan (mean confidence {confidence} %)").format(
        confidence=f"{confidence:.0f}")


def _kept(snap: dict, key: str) -> object:
    """A snapshot value as its Text when the snapshot keeps the template (snapshot.py), else as stored."""
    return from_json(snap[f"{key}_text"]) if f"{key}_text" in snap else snap.get(key)


def _put(snap: dict, key: str, value: object) -> None:
    """Set a snapshot value and its template (or drop a template that no longer says the same)."""
    snap[key] = value
    if isinstance(value, Text):
        snap[f"{key}_text"] = to_json(value)
    else:
        snap.pop(f"{key}_text", None)


def ocr_snapshot(page_texts: list[str], flags: list[str], europass: dict | None, grade: str,
                 criteria: list[tuple[str, bool]], min_years: int, confidence: float | None) -> dict:
    """The snapshot of `suggestion_snapshot` for an application whose text (some or all) was read by OCR."""
    readable_flags = [f for f in flags if f != "no_text_layer"]
    snap = suggestion_snapshot(page_texts, readable_flags, europass, grade, criteria, min_years)
    return cap_ocr_checks(snap, confidence)


def cap_ocr_checks(snap: dict, confidence: float | None) -> dict:
    note = ocr_note(confidence)
    for check in snap.get("checks", []):
        if _kind(check["criterion"]) in NOT_FROM_TEXT:
            continue
        if EUROPASS_EVIDENCE in (check.get("evidence") or ""):
            check["source"] = "europass"  # decided by the Europass XML embedded in the PDF, not by the OCR text
            continue
        check["source"] = "ocr"
        if check["suggested"] == "not_met":
            why = _kept(check, "reason") or translate("Eligibility", "the text suggests it is not met")
            check["suggested"] = "to_verify"
            _put(check, "reason", translate("Eligibility", "{note}, which suggests: {why}. OCR text alone never makes "
                                                           "a check not met: check the scan by eye")
                 .format(note=note, why=why))
        elif check["suggested"] in ("met", "declared"):
            why = _kept(check, "reason")
            _put(check, "reason", translate("Eligibility", "{note}: check the scan by eye; {why}").format(note=note, why=why)
                 if why else translate("Eligibility", "{note}: check the scan by eye").format(note=note))
    snap["ocr"] = {"confidence": confidence}
    warnings = [from_json(w) for w in snap["warnings_text"]] if "warnings_text" in snap else \
        list(snap.get("warnings") or [])
    warnings.insert(0, translate("Eligibility", "The text was {note}: every reading from it is to be checked against "
                                                "the scan").format(note=note))
    snap["warnings"], snap["warnings_text"] = warnings, [to_json(w) for w in warnings]
    return snap
