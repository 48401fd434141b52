"""Plain data of the XLSX exports for the chair (the figures a panel hands to HR). The service layer fills
these with the same figures as the PDF reports; `panel_app.reports.xlsx` writes them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .data import AmendmentInfo, CriterionInfo, RankRow, ReportContext


@dataclass(frozen=True)
class GridCriterion:
    """One criterion of the sealed grid, as the grid page shows it."""

    code: str
    title: str
    group: str
    stage: str
    kind: str  # "scored" | "pass_fail"
    weight: float | None
    minimum: float | None
    anchors: dict[int, str] = field(default_factory=dict)  # scale level -> written anchor
    keywords: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GridExport:
    context: ReportContext
    sealed_at: datetime | None
    sealed_by: str
    grid_hash: str
    criteria: list[GridCriterion]
    rules: list[tuple[str, str]]  # label -> value in words
    scale: tuple[int, int] = (0, 4)
    amendments: list[AmendmentInfo] = field(default_factory=list)


@dataclass(frozen=True)
class MarkCell:
    """One candidate × criterion: every counted member's mark (None = N/A) and comment, and the outcome."""

    candidate: str
    email: str
    criterion: str
    marks: dict[str, float | None]  # member -> mark; None = N/A
    comments: dict[str, str] = field(default_factory=dict)
    absent: dict[str, str] = field(default_factory=dict)  # member -> why no mark (conflict of interest)
    mean: float | None = None
    spread: float | None = None
    divergent: bool = False
    consensus: float | None = None
    final: float | None = None
    justification: str = ""


@dataclass(frozen=True)
class MarksExport:
    context: ReportContext
    stage: str
    criteria: list[CriterionInfo]
    members: list[str]  # the voting members, in panel order
    cells: list[MarkCell]
    pending: list[str] = field(default_factory=list)  # candidates whose marks are not visible yet, with why
    divergence: str = ""  # the divergence rule in words ("2 or more points apart")


@dataclass(frozen=True)
class RankingStage:
    """One ranking table: the preselection ranking, or the final ranking after the interview."""

    name: str
    criteria: list[CriterionInfo]
    rows: list[RankRow]
    pass_mark: float | None = None


@dataclass(frozen=True)
class RankingExport:
    context: ReportContext
    rule: str  # the rule that cut the list, in words
    stages: list[RankingStage]
    priority: list[RankRow] = field(default_factory=list)  # every Article 29 candidate
    record: list[tuple[str, str]] = field(default_factory=list)  # seal, freeze, eligibility of the invitees
    frozen: bool = False
