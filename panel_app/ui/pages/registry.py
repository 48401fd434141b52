"""The pages of the main window, one per workflow stage, in order.

A page's module is imported and the page built the first time it is shown, so the window opens without
importing or building the seven pages the user is not looking at.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..state import AppState

PAGES: list[tuple[str, str, str]] = [  # (title, module in this package, class); the title is also the page's key
    (QT_TRANSLATE_NOOP("Pages", "Procedure"), "procedure_page", "ProcedurePage"),
    (QT_TRANSLATE_NOOP("Pages", "Applications"), "applications_page", "ApplicationsPage"),
    (QT_TRANSLATE_NOOP("Pages", "Eligibility"), "eligibility_page", "EligibilityPage"),
    (QT_TRANSLATE_NOOP("Pages", "Grid"), "grid_page", "GridPage"),
    (QT_TRANSLATE_NOOP("Pages", "Scoring"), "scoring_page", "ScoringPage"),
    (QT_TRANSLATE_NOOP("Pages", "Panel"), "panel_page", "PanelPage"),
    (QT_TRANSLATE_NOOP("Pages", "Shortlist"), "shortlist_page", "ShortlistPage"),
    (QT_TRANSLATE_NOOP("Pages", "Reports"), "reports_page", "ReportsPage"),
    (QT_TRANSLATE_NOOP("Pages", "History"), "history_page", "HistoryPage"),
]


def titles() -> list[str]:
    return [t for t, _m, _c in PAGES]


def shown_title(title: str) -> str:
    """A page's title in the interface language (the English title stays its key)."""
    return QCoreApplication.translate("Pages", title)


def build_page(title: str, state: AppState):
    _t, module, cls = next(p for p in PAGES if p[0] == title)
    return getattr(import_module(f"{__package__}.{module}"), cls)(state)
