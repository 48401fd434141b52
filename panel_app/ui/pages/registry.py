"""The pages of the main window, one per workflow stage, in order.

A page's module is imported and the page built the first time it is shown, so the window opens without
importing or building the seven pages the user is not looking at.
"""

from __future__ import annotations

from importlib import import_module

from ..state import AppState

PAGES: list[tuple[str, str, str]] = [  # (title, module in this package, class)
    ("Procedure", "procedure_page", "ProcedurePage"),
    ("Applications", "applications_page", "ApplicationsPage"),
    ("Eligibility", "eligibility_page", "EligibilityPage"),
    ("Grid", "grid_page", "GridPage"),
    ("Scoring", "scoring_page", "ScoringPage"),
    ("Panel", "panel_page", "PanelPage"),
    ("Shortlist", "shortlist_page", "ShortlistPage"),
    ("Reports", "reports_page", "ReportsPage"),
    ("History", "history_page", "HistoryPage"),
]


def titles() -> list[str]:
    return [t for t, _m, _c in PAGES]


def build_page(title: str, state: AppState):  # noqa: ANN201
    _t, module, cls = next(p for p in PAGES if p[0] == title)
    return getattr(import_module(f"{__package__}.{module}"), cls)(state)
