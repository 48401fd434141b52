"""Services: use cases over the store, one unit of work per call, plain results. No Qt.

`Services` builds each service on first use, so a window that only shows the procedure does not import the
intake, reports, packages or panel machinery (and their libraries) at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from panel_app.store import Database, open_database

if TYPE_CHECKING:  # for readers and type checkers; nothing is imported at run time
    from .applications import ApplicationService
    from .archive import ArchiveService
    from .audit import AuditService
    from .backup import BackupService
    from .eligibility import EligibilityService
    from .exports import ExportService
    from .gates import GateService
    from .grid import GridService
    from .intake import IntakeService
    from .letters import LetterService
    from .lifecycle import LifecycleService
    from .meetings import MeetingService
    from .members import MemberService
    from .ocr import OcrService
    from .packages import PackageService
    from .panel import PanelService
    from .procedures import ProcedureService
    from .reports import ReportService
    from .retention import RetentionService
    from .scoring import ScoringService
    from .scoring_view import ScoringView
    from .sheets import SheetService
    from .workstations import WorkstationService

# name -> (module, class, names of other services its constructor takes after the database)
_SERVICES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "procedures": ("procedures", "ProcedureService", ()),
    "grid": ("grid", "GridService", ()),
    "members": ("members", "MemberService", ()),
    "intake": ("intake", "IntakeService", ()),
    "ocr": ("ocr", "OcrService", ()),
    "applications": ("applications", "ApplicationService", ()),
    "eligibility": ("eligibility", "EligibilityService", ("applications",)),
    "gates": ("gates", "GateService", ()),
    "scoring": ("scoring", "ScoringService", ()),
    "marks": ("scoring_view", "ScoringView", ()),
    "sheets": ("sheets", "SheetService", ("scoring",)),
    "panel": ("panel", "PanelService", ()),
    "reports": ("reports", "ReportService", ()),
    "exports": ("exports", "ExportService", ("reports",)),
    "letters": ("letters", "LetterService", ("panel", "applications", "procedures")),
    "workstations": ("workstations", "WorkstationService", ()),
    "packages": ("packages", "PackageService", ()),
    "meetings": ("meetings", "MeetingService", ()),
    "audit": ("audit", "AuditService", ()),
    "backup": ("backup", "BackupService", ()),
    "archive": ("archive", "ArchiveService", ()),
    "lifecycle": ("lifecycle", "LifecycleService", ()),
    "retention": ("retention", "RetentionService", ()),
}


class Services:
    db: Database
    procedures: ProcedureService
    grid: GridService
    members: MemberService
    intake: IntakeService
    ocr: OcrService
    applications: ApplicationService
    eligibility: EligibilityService
    gates: GateService
    scoring: ScoringService
    marks: ScoringView
    sheets: SheetService
    panel: PanelService
    reports: ReportService
    exports: ExportService
    letters: LetterService
    workstations: WorkstationService
    packages: PackageService
    meetings: MeetingService
    audit: AuditService
    backup: BackupService
    archive: ArchiveService
    lifecycle: LifecycleService
    retention: RetentionService

    def __init__(self, db: Database):
        self.db = db

    def __getattr__(self, name: str) -> Any:  # only called for a service not built yet
        try:
            module, cls, deps = _SERVICES[name]
        except KeyError:
            raise AttributeError(name) from None
        service = getattr(import_module(f"{__name__}.{module}"), cls)(self.db, *(getattr(self, d) for d in deps))
        setattr(self, name, service)
        return service

    @classmethod
    def open(cls, url: str | None = None) -> Services:
        return cls.for_db(open_database(url))

    @classmethod
    def for_db(cls, db: Database) -> Services:
        return cls(db)
