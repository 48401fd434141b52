"""Eligibility suggestions read from OCR text: said to be so.

The rule itself, "OCR text may give 'met' or 'declared', never 'not met'", has one owner: the suggestion engine
(`suggestion_snapshot(..., ocr=True)`, see sources.py). This module only feeds the OCR text in and labels every
check read from it with its origin and the scan's mean confidence, so the secretary sees it on the matrix, in
the evidence and in the eligibility report. The checks that do not read the documents (deadline, format) are
left as they are.
"""

from __future__ import annotations

from .checks import _kind
from .snapshot import suggestion_snapshot

NOT_FROM_TEXT = ("deadline", "format")
OCR_FLAG = "ocr_text"


def ocr_note(confidence: float | None) -> str:
    return "read by OCR from a scan" + (f" (mean confidence {confidence:.0f} %)" if confidence is not None else "")


def ocr_snapshot(page_texts: list[str], flags: list[str], europass: dict | None, grade: str,
                 criteria: list[tuple[str, bool]], min_years: int, confidence: float | None) -> dict:
    """The snapshot of an application whose text (some or all) was read by OCR, each check labelled."""
    snap = suggestion_snapshot(page_texts, flags, europass, grade, criteria, min_years, ocr=True)
    note = ocr_note(confidence)
    for check in snap.get("checks", []):
        if _kind(check["criterion"]) in NOT_FROM_TEXT:
            continue
        check["source"] = "ocr"
        reason = check.get("reason") or ""
        check["reason"] = f"{note}: check the scan by eye" + (f"; {reason}" if reason else "")
    snap["ocr"] = {"confidence": confidence}
    snap.setdefault("warnings", []).insert(0, f"The text was {note}: every reading from it is to be checked "
                                              "against the scan")
    return snap
