"""The divergence rule, its one owner: members whose marks on one criterion for one candidate are
`points` or more apart (the procedure's setting `divergence_points`, 2 by default) are flagged for
discussion in the consensus meeting; under "consensus required" the cell then waits for a consensus mark.

Everything that flags a cell (the aggregation, the SQL-statistics fast path, the robustness check) and
everything that says so in words (the panel table, the candidate sheets, the minutes) uses this module.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..texts import translate
from .marks import fmt

DEFAULT_POINTS = 2.0
EPS = 1e-9


def points_of(setting: float | int | None) -> float:
    """The threshold in force: the procedure's `divergence_points`, or the default when unset."""
    return DEFAULT_POINTS if setting is None else float(setting)


def is_divergent(n: int, spread: float | None, points: float) -> bool:
    """Two or more counted marks whose spread (max − min) reaches `points`."""
    return n >= 2 and spread is not None and spread >= points - EPS


def marks_divergent(values: Iterable[float], points: float) -> bool:
    """`is_divergent` over the counted marks themselves."""
    vals = list(values)
    return is_divergent(len(vals), (max(vals) - min(vals)) if vals else None, points)


def apart_words(points: float | int | None) -> str:
    """"2 or more points apart", "1.5 or more points apart"."""
    p = points_of(points)
    return translate("Record", "{points} or more points apart").format(points=fmt(p))


def flagged_sentence(codes: Iterable[str], points: float | int | None) -> str:
    """The note on a candidate's sheet naming the divergent criteria ("" when none)."""
    codes = list(codes)
    if not codes:
        return ""
    return translate("Record", "Members were {apart} on {codes} (flagged for discussion).").format(
        apart=apart_words(points), codes=", ".join(codes))
