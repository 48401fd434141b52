"""`ReportSources`: what the report builders (report_data*.py, exports.py) read — the services and the
database. The ReportService is one (it passes itself); typed so that mypy checks what each builder reads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from panel_app.store import Database

    from .applications import ApplicationService
    from .eligibility import EligibilityService
    from .grid import GridService
    from .members import MemberService
    from .panel import PanelService
    from .procedures import ProcedureService
    from .scoring import ScoringService


class ReportSources(Protocol):
    db: Database
    procedures: ProcedureService
    grid: GridService
    members: MemberService
    applications: ApplicationService
    eligibility: EligibilityService
    scoring: ScoringService
    panel: PanelService
