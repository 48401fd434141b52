"""PDF reports (reportlab only). Input: plain dataclasses from `panel_app.reports.data`; output: bytes.

    from panel_app.reports import render
    pdf = render("shortlist", shortlist_data)

Kinds: shortlist, eligibility, sheets, panel, extract. The report modules (and reportlab) are imported on
first use, so importing the data classes costs nothing at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .data import ReportData

KINDS = {
    "shortlist": ("panel_app.reports.shortlist", "ShortlistReport"),
    "eligibility": ("panel_app.reports.eligibility", "EligibilityReport"),
    "sheets": ("panel_app.reports.sheets", "CandidateSheetsReport"),
    "panel": ("panel_app.reports.panel_report", "PanelReport"),
    "extract": ("panel_app.reports.extract", "ExtractReport"),
}


def report_class(kind: str):
    try:
        module, name = KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown report {kind!r}; choose one of {', '.join(KINDS)}") from None
    return getattr(import_module(module), name)


def render(kind: str, data: ReportData) -> bytes:
    """Render report `kind` from its data class; returns the PDF bytes."""
    return report_class(kind)(data).render()


__all__ = ["KINDS", "render", "report_class"]
