"""What the Scoring page reads, as plain functions run on the DB worker thread (never in a widget slot)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from panel_app.domain.errors import NotFound
from panel_app.domain.scoring import acceptance
from panel_app.services import Services
from panel_app.services.actors import Actor
from panel_app.services.scoring import ScoringDocument
from panel_app.services.scoring_access import scorer
from panel_app.services.scoring_results import ScoringSheet, SheetMark

from ..dates import shown


def load_gate(services: Services, reference: str, actor: Actor, stage: str) -> dict:
    """What is missing before this user can score, or the candidate list when nothing is."""
    settings = services.procedures.settings(reference)
    out = {"timezone": settings.timezone or "Europe/Brussels"}
    why = acceptance.workspace_refusal(
        scorer(actor), sealed=settings.sealed_at is not None,
        declared=lambda: any(d.member == actor.name and d.kind == "confidentiality"
                             for d in services.scoring.declarations(reference)))
    if why is not None:
        return dict(out, state=why.value)  # signed_out, secretary, observer, unsealed, undeclared
    return dict(out, state="ready", candidates=services.scoring.my_candidates(reference, actor, stage))


def load_candidate(services: Services, reference: str, actor: Actor, email: str, stage: str,
                   remember) -> tuple[ScoringSheet, ScoringDocument | NotFound]:
    """The member's sheet for one candidate and the application (or why there is none to show)."""
    sheet = services.scoring.sheet(reference, actor, email, stage)
    remember(email, sheet.marks)
    doc: ScoringDocument | NotFound
    try:
        doc = services.scoring.document(reference, actor, email)
    except NotFound as e:
        doc = e
    return sheet, doc


def own_marks(services: Services, reference: str, actor: Actor, stage: str) -> dict[tuple[str, str], SheetMark]:
    """The member's own marks on every candidate (for horizontal mode): never anyone else's. Their evidence
    page is not read here (None: a change made in horizontal mode leaves it as stored)."""
    rows = services.marks.marks(reference, actor, stage=stage)
    return {(r.candidate, r.criterion): SheetMark.blank(r.criterion).edited(
                {"value": r.value, "na": r.na, "comment": r.comment or ""})
            for r in rows if r.member == actor.name}


def submitted_text(submitted_at: str | None, timezone: str) -> str:
    return QCoreApplication.translate(
        "Loading", "Submitted at {when} — only the chair can reopen it. The marks are read-only.").format(
        when=shown(submitted_at, timezone) if submitted_at else f"({timezone})")
