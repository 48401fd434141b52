"""PDF reports (reportlab only). Input: plain dataclasses from `panel_app.reports.data`; output: bytes.

    from panel_app.reports import render
    pdf = render("shortlist", shortlist_data)

Kinds: shortlist, eligibility, sheets, panel, extract.
"""

from __future__ import annotations

from panel_app.reports.base import Report
from panel_app.reports.eligibility import EligibilityReport
from panel_app.reports.extract import ExtractReport
from panel_app.reports.panel_report import PanelReport
from panel_app.reports.sheets import CandidateSheetsReport
from panel_app.reports.shortlist import ShortlistReport

REPORTS: dict[str, type[Report]] = {
    "shortlist": ShortlistReport,
    "eligibility": EligibilityReport,
    "sheets": CandidateSheetsReport,
    "panel": PanelReport,
    "extract": ExtractReport,
}


def render(kind: str, data) -> bytes:
    """Render report `kind` from its data class; returns the PDF bytes."""
    try:
        cls = REPORTS[kind]
    except KeyError:
        raise ValueError(f"unknown report {kind!r}; choose one of {', '.join(REPORTS)}") from None
    return cls(data).render()


__all__ = ["REPORTS", "Report", "render"]
