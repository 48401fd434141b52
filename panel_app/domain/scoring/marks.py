"""The plain types of scoring: a member's mark, a criterion's rule, the ranking rules, a candidate.

`criterion_rules()` and `ranking_rules()` build them from the procedure's grid (`domain.grid`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from panel_app.domain.grid import Consolidation, Rules
from panel_app.domain.texts import Number

if TYPE_CHECKING:
    from panel_app.domain.grid import CriterionSpec
STATUSES = ("invited", "not_invited", "below_pass_mark", "below_minimum", "pending")


@dataclass(frozen=True, slots=True)
class Mark:
    """One member's mark for one candidate on one criterion.

    `value` None and `na` False means the member has not marked it (missing). `na` True is "N/A",
    a distinct value that is never zero and is left out of every mean.
    """

    member: str
    candidate: str
    criterion: str
    value: float | None
    na: bool = False

    @property
    def missing(self) -> bool:
        return self.value is None and not self.na


class MarkLike(Protocol):
    """What the scoring maths reads of a mark: a `Mark`, or the services' faster `FastMark` tuple."""

    @property
    def member(self) -> str: ...
    @property
    def candidate(self) -> str: ...
    @property
    def criterion(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def na(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class CriterionRule:
    """A scored criterion of the stage: its weight, its minimum (None = no minimum) and top of the scale."""

    code: str
    weight: float
    minimum: float | None = None
    scale_max: float = Rules.scale_max  # the top of the procedure's scale (domain.grid.Rules)


@dataclass
class RankingRules:
    """The rules that turn totals into a shortlist. `pass_mark` is a percentage of the maximum total."""

    pass_mark: float
    best_n: int | None = None
    tie_break: list[str] = field(default_factory=list)
    divergence_points: float = 2
    article29_bypass_best_n: bool = False
    consolidation: Consolidation = "mean"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate of the procedure. `key` is the e-mail address; `article29` the priority category or None."""

    key: str
    name: str
    article29: str | None = None
    eligible: bool = True


def criterion_rules(specs: list[CriterionSpec], stage: str, scale_max: float = Rules.scale_max) -> list[CriterionRule]:
    """The scored criteria of `stage` ("preselection" or "interview"), in grid order."""
    scored = [c for c in specs if c.stage == stage and c.kind == "scored"]
    scored.sort(key=lambda c: c.position)
    return [CriterionRule(c.code, float(c.weight), c.minimum, scale_max) for c in scored]


def ranking_rules(rules: Rules, stage: str = "preselection") -> RankingRules:
    """The ranking rules of `stage`; the interview uses `interview_pass_mark`."""
    return RankingRules(
        pass_mark=rules.pass_mark_of(stage),
        best_n=rules.best_n,
        tie_break=list(rules.tie_break or []),
        divergence_points=float(rules.divergence_points),
        article29_bypass_best_n=bool(rules.article29_bypass_best_n),
        consolidation=rules.consolidation,
    )


def fmt(x: float) -> str:
    """A number as people write it: 52.5, 60, 1.67 (a Number: a report writes 52,5 in French and German)."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return Number("0" if text in ("-0", "") else text)


def fmt_pair(a: float, b: float) -> tuple[str, str]:
    """Both numbers, with enough decimals that two different numbers never print the same."""
    for digits in (2, 4, 6):
        sa = f"{a:.{digits}f}".rstrip("0").rstrip(".")
        sb = f"{b:.{digits}f}".rstrip("0").rstrip(".")
        if sa != sb:
            return Number(sa), Number(sb)
    return Number(repr(a)), Number(repr(b))
