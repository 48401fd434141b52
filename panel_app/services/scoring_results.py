"""What the scoring services return to the interface, the reports and the CLI: frozen dataclasses, never dicts.

`as_json()` is the CLI's `--json` shape (the fields in order, as `dataclasses.asdict` gives them). A mark takes
one shape above the store, `SheetMark`: the member's sheet shows it, `set_mark` returns it, the grid edits it
(`dataclasses.replace`) and the undo history keeps it (see README, "How a mark travels").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, cast


class JsonRecord:
    """The one `as_json()` of these results: the CLI's `--json` output of a dataclass."""

    def as_json(self) -> dict[str, Any]:
        return asdict(cast(Any, self))


# ---------------------------------------------------------------------------- declarations
@dataclass(frozen=True)
class ConfidentialitySigned(JsonRecord):
    member: str
    signed_at: str  # ISO 8601, UTC


@dataclass(frozen=True)
class ConflictDeclared(JsonRecord):
    member: str
    candidate: str  # e-mail
    type: str  # one of scoring.CONFLICT_TYPES


@dataclass(frozen=True)
class DeclarationRecord(JsonRecord):
    """One signed declaration: the confidentiality one (no candidate) or a conflict of interest."""

    member: str | None
    kind: str  # "confidentiality" or "conflict"
    type: str | None  # the type of a conflict
    candidate: str | None  # e-mail, for a conflict
    signed_at: str


# ---------------------------------------------------------------------------- the member's list and sheet
@dataclass(frozen=True)
class MyCandidate(JsonRecord):
    """A candidate in the member's list: status and how many criteria are marked (never anyone's marks)."""

    email: str
    surname: str
    first_name: str
    status: str  # not_started, draft, submitted
    scored: int
    criteria: int


@dataclass(frozen=True)
class SheetMark(JsonRecord):
    """One criterion of a member's sheet with the member's own mark on it (no mark: value None, version 0).
    `evidence_page` 0 or None: no page; a mark edited on screen without its page known keeps None (the save
    then leaves the stored page as it is)."""

    criterion: str
    title: str
    weight: float
    minimum: float | None
    anchors: dict[str, str]
    keywords: list[str]
    value: float | None = None
    na: bool = False
    comment: str = ""
    evidence_page: int | None = None
    version: int = 0

    @property
    def marked(self) -> bool:
        return self.na or self.value is not None

    def edited(self, changes: dict[str, Any]) -> SheetMark:
        """The mark with a member's changes (value, na, comment, evidence_page): N/A has no value."""
        out = replace(self, **changes)
        return replace(out, value=None) if out.na else out

    def same_entry(self, other: SheetMark) -> bool:
        """The same value, N/A, comment and evidence page (what a member edits)."""
        return (self.value, self.na, self.comment, self.evidence_page) == (
            other.value, other.na, other.comment, other.evidence_page)

    @staticmethod
    def blank(criterion: str) -> SheetMark:
        """A criterion known only by its code (horizontal mode before its marks are read)."""
        return SheetMark(criterion, "", 0.0, None, {}, [])


@dataclass(frozen=True)
class SheetCandidate(JsonRecord):
    email: str
    surname: str
    first_name: str


@dataclass(frozen=True)
class ScoringSheet(JsonRecord):
    """A member's sheet for one candidate at one stage."""

    candidate: SheetCandidate
    stage: str
    status: str  # not_started, draft, submitted
    submitted_at: str | None
    scale: tuple[int, int]
    anchors: dict[str, str]  # the procedure's general anchors, by level
    marks: tuple[SheetMark, ...] = field(default_factory=tuple)

    def with_marks(self, marks: tuple[SheetMark, ...]) -> ScoringSheet:
        return replace(self, marks=marks)

    def mark(self, criterion: str) -> SheetMark | None:
        return next((m for m in self.marks if m.criterion == criterion), None)


@dataclass(frozen=True)
class Submitted(JsonRecord):
    candidate: str
    status: str
    submitted_at: str


@dataclass(frozen=True)
class Reopened(JsonRecord):
    candidate: str
    member: str
    status: str


# ---------------------------------------------------------------------------- what others may see
@dataclass(frozen=True)
class CandidateProgress(JsonRecord):
    """Per candidate: how many voting, non-conflicted members have submitted (counts, never marks)."""

    email: str
    surname: str
    first_name: str
    expected: int
    submitted: int
    complete: bool


@dataclass(frozen=True)
class VisibleMark(JsonRecord):
    """A mark the reader may see: their own, or another member's once the rules allow it."""

    candidate: str
    member: str
    criterion: str
    value: float | None
    na: bool
    comment: str | None
    status: str


# ---------------------------------------------------------------------------- offline score sheets
@dataclass(frozen=True)
class SheetExported(JsonRecord):
    file: str
    candidates: int
    criteria: int
    rows: int


@dataclass(frozen=True)
class SheetImported(JsonRecord):
    file: str
    applied: int
    skipped: int
    unchanged: int
