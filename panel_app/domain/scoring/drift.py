"""Whether the live ranking still is the frozen shortlist (the one owner of that rule).

The members sign the list the chair froze. When the ranking moved after the freeze (a mark or a consensus
changed, a candidate was excluded or readmitted), the signatures would stand under a list that is no longer
the panel's: the sign-off is refused, naming what changed, until the chair freezes again with a reason.

Drift is any difference, candidate by candidate, in the status (invited or not, and why), the rank or the
total between the frozen rows and the live ones, and any candidate present in only one of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

TOTAL_TOLERANCE = 1e-6  # totals are stored rounded to 6 places


@dataclass(frozen=True)
class Placed:
    """One candidate's place in a ranking: as frozen, or as computed now."""

    candidate: str
    rank: int | None
    total: float | None
    status: str


@dataclass(frozen=True)
class MarkChange:
    """A mark or consensus given or changed after the freeze."""

    candidate: str
    criterion: str
    by: str  # the member, or "consensus"
    at_text: str  # when, in the procedure's zone


def _status(s: str) -> str:
    return s.replace("_", " ")


def _total_changed(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return (a is None) != (b is None)
    return abs(a - b) > TOTAL_TOLERANCE


def ranking_drift(frozen: Iterable[Placed], live: Iterable[Placed], names: Mapping[str, str] | None = None
                  ) -> list[str]:
    """What differs between the frozen ranking and the live one, one line per candidate, in rank order of
    the frozen list (then the new ones); [] when the live ranking is the frozen list."""
    names = names or {}
    was = {p.candidate: p for p in frozen}
    now = {p.candidate: p for p in live}
    order = list(was) + [c for c in now if c not in was]
    out = []
    for cand in order:
        who = names.get(cand) or cand
        a, b = was.get(cand), now.get(cand)
        if b is None:
            assert a is not None  # every candidate of `order` is in one list or the other
            out.append(f"{who}: in the frozen list ({_status(a.status)}), no longer ranked")
            continue
        if a is None:
            out.append(f"{who}: not in the frozen list, now {_status(b.status)}")
            continue
        parts = []
        if a.status != b.status:
            parts.append(f"{_status(a.status)} at the freeze, now {_status(b.status)}")
        if a.rank != b.rank:
            parts.append(f"moved from rank {a.rank if a.rank is not None else '–'} to "
                         f"rank {b.rank if b.rank is not None else '–'}")
        if _total_changed(a.total, b.total) and not parts:
            parts.append(f"its total changed (rank {b.rank if b.rank is not None else '–'} kept)")
        elif _total_changed(a.total, b.total):
            parts.append("its total changed")
        if parts:
            out.append(f"{who}: {', '.join(parts)}")
    return out


def mark_lines(marks: list[MarkChange]) -> list[str]:
    """The marks changed since the freeze, one line per member and candidate, in the order first changed:
    "Member Eva on a@x.eu: 15 marks (S1-DEGREE, S2-DEVOPS, S3-CICD and 12 more), last 06.12.2026 19:23"."""
    groups: dict[tuple[str, str], list[MarkChange]] = {}
    for m in marks:
        groups.setdefault((m.by, m.candidate), []).append(m)
    out = []
    for (by, cand), ms in groups.items():
        codes = list(dict.fromkeys(m.criterion for m in ms))
        named = ", ".join(codes[:3]) + (f" and {len(codes) - 3} more" if len(codes) > 3 else "")
        what = f"{len(codes)} marks ({named})" if len(codes) > 1 else f"the mark of {named}"
        if by == "consensus":
            what = f"the consensus on {named}"
        out.append(f"{by} on {cand}: {what}, last {ms[-1].at_text}")
    return out


def drift_message(lines: list[str], marks: list[MarkChange], frozen_at_text: str) -> str:
    """The refusal of a sign-off, in words: what moved, and which marks changed since the freeze."""
    text = (f"The live ranking no longer matches the shortlist frozen at {frozen_at_text}: "
            + "; ".join(lines) + ".")
    if marks:
        text += " Changed since the freeze: " + "; ".join(mark_lines(marks)) + "."
    return text
