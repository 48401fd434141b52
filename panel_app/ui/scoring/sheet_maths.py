"""Plain helpers for the scoring screen: the live weighted total, how a mark reads, keyword hits in the text.

No Qt here: these run on every key press and are tested directly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from panel_app.domain.grid import Rules, anchors_on_scale
from panel_app.services.scoring_results import SheetMark

from ..numbers import number


def weighted_total(marks: Sequence[SheetMark], scale_max: float = Rules.scale_max) -> float | None:
    """Σ w×v / Σ w×max × 100 over the marked criteria; N/A and unmarked criteria are left out."""
    num = den = 0.0
    for m in marks:
        if m.na or m.value is None:
            continue
        num += m.weight * m.value
        den += m.weight * scale_max
    return None if den == 0 else num / den * 100


def total_text(marks: Sequence[SheetMark], scale_max: float) -> str:
    """`scale_max`: the top of the procedure's scale (the sheet's "scale")."""
    total = weighted_total(marks, scale_max)
    done = sum(1 for m in marks if m.marked)
    shown = "—" if total is None else number(total, ".1f")
    return QCoreApplication.translate("SheetMaths", "Total {total} / 100 · {done}/{n} marked").format(
        total=shown, done=done, n=len(marks))


def score_text(mark: SheetMark) -> str:
    if mark.na:
        return QCoreApplication.translate("SheetMaths", "N/A")
    return "" if mark.value is None else number(mark.value, "g")


def is_marked(mark: SheetMark) -> bool:
    return mark.marked


def anchors_of(mark: SheetMark, default: dict, scale: tuple[int, int]) -> dict:
    """The criterion's own anchors, falling back to the procedure's general ones, one per level of the
    procedure's scale (the sheet's "scale")."""
    return anchors_on_scale(mark.anchors, default, (scale[0], scale[1]))


@dataclass(frozen=True)
class Hit:
    keyword: str
    page: int  # 0-based
    count: int
    snippet: str


def keyword_hits(page_texts: list[str], keywords: list[str], context: int = 40) -> list[Hit]:
    """Every (keyword, page) where the keyword occurs, with a count and the first occurrence in context."""
    hits: list[Hit] = []
    lowered = [t.lower() for t in page_texts]
    for kw in keywords:
        needle = kw.lower().strip()
        if not needle:
            continue
        for page, text in enumerate(lowered):
            first = text.find(needle)
            if first < 0:
                continue
            raw = page_texts[page]
            start, end = max(0, first - context), min(len(raw), first + len(needle) + context)
            snippet = re.sub(r"\s+", " ", raw[start:end]).strip()
            hits.append(Hit(kw, page, text.count(needle), f"…{snippet}…"))
    return hits


def hit_pages(page_texts: list[str], keywords: list[str]) -> list[int]:
    return sorted({h.page for h in keyword_hits(page_texts, keywords, context=0)})
