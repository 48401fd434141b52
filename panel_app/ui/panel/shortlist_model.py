"""Data and table models of the Shortlist page. `load_shortlist` runs on the DB worker."""

from __future__ import annotations

from panel_app.domain.errors import Refused

from ..table_model import Column, DictTableModel
from .panel_model import num

STATUS = {"invited": "invited", "not_invited": "not invited", "below_pass_mark": "below the pass mark",
          "below_minimum": "below a minimum", "pending": "pending", "passed": "passed the interview"}


def _rows(rows: list[dict]) -> list[dict]:
    for r in rows:
        r["display_reason"] = r.get("reason_edited") or r["reason"]
        r["status_text"] = STATUS.get(r["status"], r["status"])
        if r.get("reason_edited"):
            r["_reason_tip"] = f"generated: {r['reason']}"
    return rows


def load_shortlist(services, reference: str, actor) -> dict:
    """The shortlist (Refused propagates), its robustness findings and, when visible, the final ranking."""
    sl = services.panel.shortlist(reference, actor)
    for key in ("article29", "invited", "others"):
        _rows(sl[key])
    out = {"shortlist": sl, "robustness": services.panel.robustness(reference, actor), "final": None,
           "final_why": ""}
    if sl["frozen"]:
        try:
            out["final"] = services.panel.final_ranking(reference, actor)
            for r in out["final"]["rows"]:
                r["status_text"] = STATUS.get(r["status"], r["status"])
        except Refused as e:
            out["final_why"] = e.message
    else:
        out["final_why"] = "The interview follows the frozen shortlist."
    return out


def ranked_model(parent) -> DictTableModel:
    return DictTableModel([
        Column("rank", "Rank", align_right=True), Column("name", "Candidate"), Column("candidate", "E-mail"),
        Column("article29", "Art. 29"), Column("total", "Total %", align_right=True, fmt=num),
        Column("status_text", "Status"),
        Column("display_reason", "Reason", editable=True, tooltip_key="_reason_tip"),
    ], parent)


def final_model(parent) -> DictTableModel:
    return DictTableModel([
        Column("rank", "Rank", align_right=True), Column("name", "Candidate"),
        Column("preselection_total", "Preselection %", align_right=True, fmt=num),
        Column("interview_total", "Interview %", align_right=True, fmt=num),
        Column("total", "Final %", align_right=True, fmt=num), Column("status_text", "Status"),
        Column("outcome", "Outcome"), Column("valid_until", "Valid until"),
    ], parent)
