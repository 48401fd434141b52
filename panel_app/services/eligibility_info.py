"""What the eligibility service returns: the matrix's rows (`EligibilityRow`, one per active application, with its
checks), the counts, the overview that reads them together, and the outcome of a bulk confirmation.

Frozen dataclasses, the seam between the eligibility service and the interface, the reports and the CLI.
`as_json()` is the CLI's --json form: its keys and their order are a contract. A reason or a warning may be a
domain Text (shown in the interface's language; its str is the English the JSON carries).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .json_record import JsonRecord


@dataclass(frozen=True)
class CandidateName:
    """The candidate as the matrix names them (all None for an application without a candidate)."""

    surname: str | None
    first_name: str | None
    email: str | None


@dataclass(frozen=True)
class SuggestedFacts:
    """What the import read from the application (the snapshot): the suggestions rest on it."""

    nationalities: list[str]
    diploma_years: int | None
    languages: list[dict[str, Any]]  # as the snapshot holds them: {"lang": "FR", "level": "C1"}
    article29: str | None


@dataclass(frozen=True)
class EligibilityCheck:
    """One cell: the software's suggestion for a criterion and the panel's decision in force, if any."""

    criterion: str
    suggested: str
    decided: str | None
    evidence: str
    page: int | None
    reason: str | None
    decided_by: str | None
    decided_at: str | None

    @property
    def outcome(self) -> str:
        """The decision in force, else the suggestion."""
        return self.decided or self.suggested


@dataclass(frozen=True)
class EligibilityRow(JsonRecord):
    id: int
    source: str
    candidate: CandidateName
    suggested: SuggestedFacts
    checks: list[EligibilityCheck]
    overall: str
    excluded: bool
    exclusion_reason: str | None
    article29: str | None
    article29_evidence: str | None
    warnings: list[str]

    def check(self, criterion: str) -> EligibilityCheck | None:
        return next((c for c in self.checks if c.criterion == criterion), None)


@dataclass(frozen=True)
class EligibilityCriterion:
    code: str
    title: str
    declared: bool  # declared at this stage, verified at recruitment


@dataclass(frozen=True)
class EligibilityCounts(JsonRecord):
    """received = active applications (one per candidate); on_time = of those, received before the deadline;
    eligible + not_eligible + to_verify + excluded = received (excluded ones counted only there)."""

    received: int
    on_time: int
    eligible: int
    not_eligible: int
    to_verify: int
    excluded: int


@dataclass(frozen=True)
class EligibilityOverview:
    criteria: list[EligibilityCriterion]
    rows: list[EligibilityRow]
    counts: EligibilityCounts
    timezone: str


@dataclass(frozen=True)
class BulkConfirmation(JsonRecord):
    """What a bulk confirmation of the suggestions did (or, a dry run, would do)."""

    checks: int
    applications: int
    criteria: list[str]
    per_criterion: dict[str, int]
    by: str
    at: str | None
    reason: str
    became_eligible: int
    dry_run: bool
