"""Data and table models of the Shortlist page. `load_shortlist` runs on the DB worker."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from panel_app.domain.errors import Refused
from panel_app.ui.words import article29, code
from panel_app.ui.words import text as said

from ..table_model import Column, DictTableModel
from .panel_model import num

STATUS = {"invited": QT_TRANSLATE_NOOP("Words", "invited"), "not_invited": QT_TRANSLATE_NOOP("Words", "not invited"),
          "below_pass_mark": QT_TRANSLATE_NOOP("Words", "below the pass mark"), "below_minimum": QT_TRANSLATE_NOOP("Words", "below a minimum"),
          "pending": QT_TRANSLATE_NOOP("Words", "pending"), "passed": QT_TRANSLATE_NOOP("Words", "passed the interview")}


def _status(code: str) -> str:
    return QCoreApplication.translate("Words", STATUS[code]) if code in STATUS else code


def _rows(rows: list[dict]) -> list[dict]:
    for r in rows:
        r["display_reason"] = r.get("reason_edited") or said(r["reason"])
        r["status_text"] = _status(r["status"])
        if r.get("reason_edited"):
            r["_reason_tip"] = QCoreApplication.translate("ShortlistModel", "generated: {reason}").format(
                reason=said(r["reason"]))
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
                r["status_text"] = _status(r["status"])
        except Refused as e:
            out["final_why"] = said(e.message)
    else:
        out["final_why"] = QCoreApplication.translate("ShortlistModel", "The interview follows the frozen shortlist.")
    return out


def ranked_model(parent) -> DictTableModel:
    return DictTableModel([
        Column("rank", QT_TRANSLATE_NOOP("Headers", "Rank"), align_right=True),
        Column("name", QT_TRANSLATE_NOOP("Headers", "Candidate")), Column("candidate", QT_TRANSLATE_NOOP("Headers", "E-mail")),
        Column("article29", QT_TRANSLATE_NOOP("Headers", "Art. 29"), fmt=article29),
        Column("total", QT_TRANSLATE_NOOP("Headers", "Total %"), align_right=True, fmt=num),
        Column("status_text", QT_TRANSLATE_NOOP("Headers", "Status")),
        Column("display_reason", QT_TRANSLATE_NOOP("Headers", "Reason"), editable=True, tooltip_key="_reason_tip"),
    ], parent)


def final_model(parent) -> DictTableModel:
    return DictTableModel([
        Column("rank", QT_TRANSLATE_NOOP("Headers", "Rank"), align_right=True),
        Column("name", QT_TRANSLATE_NOOP("Headers", "Candidate")),
        Column("preselection_total", QT_TRANSLATE_NOOP("Headers", "Preselection %"), align_right=True, fmt=num),
        Column("interview_total", QT_TRANSLATE_NOOP("Headers", "Interview %"), align_right=True, fmt=num),
        Column("total", QT_TRANSLATE_NOOP("Headers", "Final %"), align_right=True, fmt=num), Column("status_text", QT_TRANSLATE_NOOP("Headers", "Status")),
        Column("outcome", QT_TRANSLATE_NOOP("Headers", "Outcome"), fmt=code), Column("valid_until", QT_TRANSLATE_NOOP("Headers", "Valid until")),
    ], parent)
