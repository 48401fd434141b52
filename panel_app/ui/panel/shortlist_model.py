"""Data and table models of the Shortlist page. `load_shortlist` runs on the DB worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from panel_app.domain.errors import Refused
from panel_app.ui.words import article29, code
from panel_app.ui.words import text as said

from ..table_model import Column, DictTableModel
from .panel_model import num

if TYPE_CHECKING:
    from panel_app.services.panel_rank import ShortlistRow

STATUS = {"invited": QT_TRANSLATE_NOOP("Words", "invited"), "not_invited": QT_TRANSLATE_NOOP("Words", "not invited"),
          "below_pass_mark": QT_TRANSLATE_NOOP("Words", "below the pass mark"), "below_minimum": QT_TRANSLATE_NOOP("Words", "below a minimum"),
          "pending": QT_TRANSLATE_NOOP("Words", "pending"), "passed": QT_TRANSLATE_NOOP("Words", "passed the interview")}


def _status(code: str) -> str:
    return QCoreApplication.translate("Words", STATUS[code]) if code in STATUS else code


def _reason(r: ShortlistRow) -> str:
    """The reason shown: the chair's wording, else the generated one in the interface's language."""
    return r.reason_edited or said(r.reason)


def _reason_tip(r: ShortlistRow) -> str | None:
    return QCoreApplication.translate("ShortlistModel", "generated: {reason}").format(
        reason=said(r.reason)) if r.reason_edited else None


def load_shortlist(services, reference: str, actor) -> dict:
    """The shortlist (Refused propagates), its robustness findings and, when visible, the final ranking."""
    sl = services.panel.shortlist(reference, actor)
    out = {"shortlist": sl, "robustness": services.panel.robustness(reference, actor), "final": None,
           "final_why": ""}
    if sl.frozen:
        try:
            out["final"] = services.panel.final_ranking(reference, actor)
        except Refused as e:
            out["final_why"] = said(e.message)
    else:
        out["final_why"] = QCoreApplication.translate("ShortlistModel", "The interview follows the frozen shortlist.")
    return out


def ranked_model(parent, row_editable: Callable[[ShortlistRow], bool] | None = None) -> DictTableModel:
    """The shortlist's rows; the reason ("display_reason") is edited in place where `row_editable` allows it."""
    return DictTableModel([
        Column("rank", QT_TRANSLATE_NOOP("Headers", "Rank"), align_right=True),
        Column("name", QT_TRANSLATE_NOOP("Headers", "Candidate")), Column("candidate", QT_TRANSLATE_NOOP("Headers", "E-mail")),
        Column("article29", QT_TRANSLATE_NOOP("Headers", "Art. 29"), fmt=article29),
        Column("total", QT_TRANSLATE_NOOP("Headers", "Total %"), align_right=True, fmt=num),
        Column("status", QT_TRANSLATE_NOOP("Headers", "Status"), fmt=_status),
        Column("display_reason", QT_TRANSLATE_NOOP("Headers", "Reason"), editable=True, value=_reason, tip=_reason_tip),
    ], parent, row_editable=row_editable)


def final_model(parent) -> DictTableModel:
    return DictTableModel([
        Column("rank", QT_TRANSLATE_NOOP("Headers", "Rank"), align_right=True),
        Column("name", QT_TRANSLATE_NOOP("Headers", "Candidate")),
        Column("preselection_total", QT_TRANSLATE_NOOP("Headers", "Preselection %"), align_right=True, fmt=num),
        Column("interview_total", QT_TRANSLATE_NOOP("Headers", "Interview %"), align_right=True, fmt=num),
        Column("total", QT_TRANSLATE_NOOP("Headers", "Final %"), align_right=True, fmt=num), Column("status", QT_TRANSLATE_NOOP("Headers", "Status"), fmt=_status),
        Column("outcome", QT_TRANSLATE_NOOP("Headers", "Outcome"), fmt=code), Column("valid_until", QT_TRANSLATE_NOOP("Headers", "Valid until")),
    ], parent)
