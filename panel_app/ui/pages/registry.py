"""The pages of the main window, one per workflow stage, in order."""

from __future__ import annotations

from ..state import AppState
from .applications_page import ApplicationsPage
from .eligibility_page import EligibilityPage
from .grid_page import GridPage
from .panel_page import PanelPage
from .procedure_page import ProcedurePage
from .reports_page import ReportsPage
from .scoring_page import ScoringPage
from .shortlist_page import ShortlistPage


def build_pages(state: AppState) -> list:
    return [
        ProcedurePage(state),
        ApplicationsPage(state),
        EligibilityPage(state),
        GridPage(state),
        ScoringPage(state),
        PanelPage(state),
        ShortlistPage(state),
        ReportsPage(state),
    ]
