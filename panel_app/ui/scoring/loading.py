"""What the Scoring page reads, as plain functions run on the DB worker thread (never in a widget slot)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from panel_app.domain.errors import NotFound
from panel_app.services import Services
from panel_app.services.actors import Actor

from ..dates import shown


def load_gate(services: Services, reference: str, actor: Actor, stage: str) -> dict:
    """What is missing before this user can score, or the candidate list when nothing is."""
    settings = services.procedures.settings(reference)
    out = {"timezone": settings.get("timezone") or "Europe/Brussels"}
    if actor.is_setup or actor.member_id is None:
        return dict(out, state="signed_out")
    if actor.role == "secretary":
        return dict(out, state="secretary")
    if actor.role == "observer" or not actor.voting:
        return dict(out, state="observer")
    if settings.get("sealed_at") is None:
        return dict(out, state="unsealed")
    declared = any(d["member"] == actor.name and d["kind"] == "confidentiality"
                   for d in services.scoring.declarations(reference))
    if not declared:
        return dict(out, state="undeclared")
    return dict(out, state="ready", candidates=services.scoring.my_candidates(reference, actor, stage))


def load_candidate(services: Services, reference: str, actor: Actor, email: str, stage: str,
                   remember) -> tuple[dict, tuple | NotFound]:
    """The member's sheet for one candidate and the application (or why there is none to show)."""
    sheet = services.scoring.sheet(reference, actor, email, stage)
    remember(email, sheet["marks"])
    try:
        doc = services.scoring.document(reference, actor, email)
    except NotFound as e:
        doc = e
    return sheet, doc


def own_marks(services: Services, reference: str, actor: Actor, stage: str) -> dict[tuple[str, str], dict]:
    """The member's own marks on every candidate (for horizontal mode): never anyone else's."""
    rows = services.marks.marks(reference, actor, stage=stage)
    return {(r["candidate"], r["criterion"]): {"criterion": r["criterion"], "value": r["value"], "na": r["na"],
                                               "comment": r["comment"] or ""}
            for r in rows if r["member"] == actor.name}


def submitted_text(submitted_at: str | None, timezone: str) -> str:
    return QCoreApplication.translate(
        "Loading", "Submitted at {when} — only the chair can reopen it. The marks are read-only.").format(
        when=shown(submitted_at, timezone) if submitted_at else f"({timezone})")
