"""Eligibility suggestions read from OCR text: said to be so, and never "not met".

OCR text is a reading aid (docs/domain-rules.md): a misread letter must not exclude a candidate. A check read from OCR
text is at most "met" or "declared", and says it came from OCR and with which confidence; what would have been
"not met" becomes "to verify", with the reason in words. The checks that do not read the documents (deadline,
format) keep their outcome, and so do those the Europass XML embedded in the PDF decides (sources.py).
"""

from __future__ import annotations

from .checks import _kind
from .snapshot import suggestion_snapshot
from .sources import EUROPASS_EVIDENCE

NOT_FROM_TEXT = ("deadline", "format")
OCR_FLAG = "ocr_text"


def ocr_note(confidence: float | None) -> str:
    return "read by OCR from a scan" + (f" (mean confidence {confidence:.0f} %)" if confidence is not None else "")


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
            why = check.get("reason") or "the text suggests it is not met"
            check["suggested"] = "to_verify"
            check["reason"] = f"{note}, which suggests: {why}. OCR text alone never makes a check not met: " \
                              "check the scan by eye"
        elif check["suggested"] in ("met", "declared"):
            check["reason"] = f"{note}: check the scan by eye" + (f"; {check['reason']}" if check.get("reason") else "")
    snap["ocr"] = {"confidence": confidence}
    snap.setdefault("warnings", []).insert(0, f"The text was {note}: every reading from it is to be checked "
                                              "against the scan")
    return snap
