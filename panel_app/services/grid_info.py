"""What the grid service returns: the grid as read (`GridInfo`) and each criterion (`GridCriterionInfo`).

Frozen dataclasses, the seam between the grid service and the interface, the reports and the CLI. `as_json()` is
the CLI's --json form (and the form the grid hash is computed over): its keys and their order are a contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .json_record import JsonRecord


@dataclass(frozen=True)
class CriterionScale:
    """The scale of a scored criterion and the written anchor of each level."""

    min: int
    max: int
    na_allowed: bool
    anchors: dict[str, str]


@dataclass(frozen=True)
class GridCriterionInfo(JsonRecord):
    code: str
    group: str
    stage: str
    kind: str
    title: str
    weight: float
    minimum: float | None
    scale: CriterionScale | None  # None: a pass/fail criterion
    keywords: list[str]
    declared: bool
    position: int
    version: int
    anchors: dict[str, str]  # the anchors this criterion sets itself (levels that differ from the grid's)


@dataclass(frozen=True)
class GridAmendment:
    """A change to the sealed grid, with its reason."""

    at: str
    criterion: str | None  # None: the rules
    reason: str | None
    change: str | None


@dataclass(frozen=True)
class GridInfo(JsonRecord):
    reference: str
    deadline: str
    timezone: str
    pass_mark: float
    interview_pass_mark: float
    best_n: int | None
    tie_break: list[str]
    consolidation: str
    divergence_points: float
    article29_bypass_best_n: bool
    final_ranking: str
    combined_weights: dict[str, float]
    rules: dict[str, Any]  # the rules as stored (the grid hash reads them)
    anchors: dict[str, str]
    criteria: list[GridCriterionInfo]
    sealed: bool
    sealed_at: str | None
    sealed_by: str | None
    grid_hash: str | None
    amendments: list[GridAmendment]
    version: int

    def criterion(self, code: str) -> GridCriterionInfo | None:
        return next((c for c in self.criteria if c.code == code), None)
