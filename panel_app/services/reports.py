"""Reports: who may generate what, and the PDF of each (data from the services, layout from panel_app.reports).

    pdf = services.reports.render(ref, actor, "shortlist")

Who may generate what (docs/domain-rules.md "Documents the panel signs", "Secrecy and the candidate's rights"):
- the chair and the secretary: every report;
- a member or an observer: the shortlist once it is frozen, and the panel report;
- candidate sheets with the individual members' marks (panel internal copy): the chair only, on request;
- the candidate extract: the chair and the secretary, for one candidate, with that candidate's data only.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium

from panel_app import reports as pdf
from panel_app.domain.errors import Refused, UserFacingError
from panel_app.domain.report_kinds import KINDS, STAGES, TITLES
from panel_app.domain.texts import translate
from panel_app.reports.data import ReportData
from panel_app.store import Database

from .actors import Actor, require_role
from .applications import ApplicationService
from .eligibility import EligibilityService
from .grid import GridService
from .members import MemberService
from .panel import PanelService
from .procedures import ProcedureService
from .report_data import eligibility_data
from .report_data_extract import extract_data
from .report_data_minutes import panel_report_data
from .report_data_panel import sheets_data
from .report_data_shortlist import shortlist_data
from .scoring import ScoringService

Progress = Callable[[float, str], None]


def _silent(_fraction: float, _message: str = "") -> None:
    """No progress shown."""


class ReportService:
    """Builds the report data through the other services (each one unit of work) and renders the PDF."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.procedures = ProcedureService(db)
        self.grid = GridService(db)
        self.members = MemberService(db)
        self.applications = ApplicationService(db)
        self.eligibility = EligibilityService(db, self.applications)
        self.scoring = ScoringService(db)
        self.panel = PanelService(db)

    # ------------------------------------------------------------------------------------------ rules
    def allowed(self, ref: str, actor: Actor) -> list[str]:
        """The kinds `actor` may ask for (the shortlist for members is further refused until frozen)."""
        if actor.role in ("chair", "secretary") or (actor.is_setup and not self.members.has_members(ref)):
            return list(KINDS)
        if actor.role in ("member", "observer"):
            return ["shortlist", "panel"]
        return []

    def check(self, ref: str, actor: Actor, kind: str, *, candidate: str | None = None,
              stage: str = "preselection", show_member_marks: bool = False) -> None:
        """Refused/UserFacingError unless `actor` may generate this report now."""
        if kind not in KINDS:
            raise UserFacingError(translate("Errors", "'{kind}' is not a report; choose one of {kinds}.")
                                      .format(kind=kind, kinds=', '.join(KINDS)))
        if stage not in STAGES:
            raise UserFacingError(translate("Errors", "'{stage}' is not a stage (preselection or "
                                                      "interview).").format(stage=stage))
        has_members = self.members.has_members(ref)
        if kind not in self.allowed(ref, actor):
            if actor.is_setup:
                raise Refused(translate("Errors", "Sign in to generate the {titles}: this procedure has "
                                                  "panel members.").format(titles=TITLES[kind].lower()))
            require_role(actor, "chair", "secretary", action=f"generate the {TITLES[kind].lower()}",
                         has_members=has_members)
        if candidate is not None and kind not in ("extract", "sheets"):
            raise UserFacingError(translate("Errors", "--candidate applies to the candidate sheets and the "
                                                      "extract, not to the {titles}.")
                                      .format(titles=TITLES[kind].lower()))
        if kind == "extract" and not (candidate or "").strip():
            raise UserFacingError(translate("Errors", "The candidate extract is for one candidate: give "
                                                      "their e-mail address."))
        if kind == "sheets" and show_member_marks:
            require_role(actor, "chair", action=translate("Errors", "print the individual members' marks (panel internal copy)"),
                         has_members=has_members)
        if kind == "shortlist" and actor.role in ("member", "observer") and not self._frozen(ref, actor):
            raise Refused(translate("Errors", "The shortlist is not frozen yet: members get it once the "
                                              "chair has frozen it."))

    def _frozen(self, ref: str, actor: Actor) -> bool:
        return self.panel.shortlist(ref, actor).frozen

    # ------------------------------------------------------------------------------------------ data
    def data(self, ref: str, actor: Actor, kind: str, *, candidate: str | None = None,
             stage: str = "preselection", show_member_marks: bool = False, progress: Progress | None = None) -> ReportData:
        """The report's dataclass (panel_app.reports.data), after the permission check."""
        self.check(ref, actor, kind, candidate=candidate, stage=stage, show_member_marks=show_member_marks)
        if kind == "eligibility":
            return eligibility_data(self, ref, progress)
        if kind == "extract":
            return extract_data(self, ref, actor, candidate or "")
        if kind == "shortlist":
            return shortlist_data(self, ref, actor, progress)
        if kind == "sheets":
            return sheets_data(self, ref, actor, stage, show_member_marks, progress, candidate=candidate)
        return panel_report_data(self, ref, actor, progress)

    def render(self, ref: str, actor: Actor, kind: str, *, candidate: str | None = None,
               stage: str = "preselection", show_member_marks: bool = False,
               progress: Progress | None = None) -> bytes:
        """The PDF bytes of report `kind` (shortlist | eligibility | sheets | panel | extract)."""
        step: Progress = progress or _silent
        step(0.05, "Checking permissions")
        data = self.data(ref, actor, kind, candidate=candidate, stage=stage, show_member_marks=show_member_marks,
                         progress=step)
        step(0.7, "Laying out the PDF")
        out = pdf.render(kind, data)
        step(1.0, "Done")
        return out


def page_count(data: bytes) -> int:
    """The number of pages of a PDF (for the CLI's summary and the GUI's status line)."""
    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()
