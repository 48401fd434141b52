"""Scoring: aggregation, ranking, robustness, reliability and visibility rules. Standard library only."""

from .aggregate import Aggregation, Cell, aggregate, group_marks, needs_justification
from .marks import (
    STATUSES,
    Candidate,
    CriterionRule,
    Mark,
    RankingRules,
    criterion_rules,
    ranking_rules,
)
from .ranking import RankedCandidate, Ranking, rank, rule_text
from .reliability import (
    Reliability,
    ReliabilityReport,
    icc2,
    krippendorff_alpha,
    leniency,
    reliability,
)
from .robustness import Finding, robustness
from .visibility import can_see_counts, can_see_marks

__all__ = [
    "STATUSES",
    "Aggregation",
    "Candidate",
    "Cell",
    "CriterionRule",
    "Finding",
    "Mark",
    "RankedCandidate",
    "Ranking",
    "RankingRules",
    "Reliability",
    "ReliabilityReport",
    "aggregate",
    "can_see_counts",
    "can_see_marks",
    "criterion_rules",
    "group_marks",
    "icc2",
    "krippendorff_alpha",
    "leniency",
    "needs_justification",
    "rank",
    "ranking_rules",
    "reliability",
    "robustness",
    "rule_text",
]
