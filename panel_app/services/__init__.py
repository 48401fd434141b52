"""Services: use cases over the store, one unit of work per call, plain results. No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from panel_app.store import Database, open_database

from .applications import ApplicationService
from .eligibility import EligibilityService
from .grid import GridService
from .intake import IntakeService
from .members import MemberService
from .packages import PackageService
from .panel import PanelService
from .procedures import ProcedureService
from .reports import ReportService
from .scoring import ScoringService
from .scoring_view import ScoringView
from .sheets import SheetService
from .workstations import WorkstationService


@dataclass
class Services:
    db: Database
    procedures: ProcedureService
    grid: GridService
    members: MemberService
    intake: IntakeService
    applications: ApplicationService
    eligibility: EligibilityService
    scoring: ScoringService
    marks: ScoringView
    sheets: SheetService
    panel: PanelService
    reports: ReportService
    workstations: WorkstationService
    packages: PackageService

    @classmethod
    def open(cls, url: str | None = None) -> Services:
        return cls.for_db(open_database(url))

    @classmethod
    def for_db(cls, db: Database) -> Services:
        applications = ApplicationService(db)
        scoring = ScoringService(db)
        return cls(db=db, procedures=ProcedureService(db), grid=GridService(db), members=MemberService(db),
                   intake=IntakeService(db), applications=applications,
                   eligibility=EligibilityService(db, applications), scoring=scoring,
                   marks=ScoringView(db), sheets=SheetService(db, scoring), panel=PanelService(db),
                   reports=ReportService(db), workstations=WorkstationService(db),
                   packages=PackageService(db))
