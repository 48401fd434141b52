"""What an edit changes, as the ui and the CLI hand it to a service: one frozen dataclass per kind of edit, with one
field per editable field (issue 19: dataclasses at every seam, no dict of field -> value).

Every field defaults to UNCHANGED, so `CriterionEdit(minimum=None)` means "clear the minimum" and
`CriterionEdit()` changes nothing. `changes()` yields the changed (field, value) pairs in the fields' order (the
order the pages send them in, so the audit trail's before/after objects are written as before), or in the order
the CLI's FIELD=VALUE assignments were given (`from_assignments`, which refuses a field that is not one). The
services still check each value (a weight that is no number, a group that does not exist...): the CLI hands what
it parsed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from typing import Any, Final, Self

from panel_app.domain.errors import UserFacingError
from panel_app.domain.texts import Text, translate


class Unchanged(Enum):
    """The value of an edit's field that the edit does not change (None is a value: "clear it")."""

    UNCHANGED = "unchanged"

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged.UNCHANGED


@dataclass(frozen=True)
class FieldEdit:
    """The fields of an edit; `assigned` is the order the CLI gave them in (empty: the fields' order)."""

    assigned: tuple[str, ...] = field(default=(), kw_only=True, repr=False, compare=False)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The editable fields, in their order."""
        return tuple(f.name for f in fields(cls) if f.name != "assigned")

    def changes(self) -> list[tuple[str, Any]]:
        """The changed (field, value) pairs, in the order given (the fields' order unless the CLI gave one)."""
        names = self.names()
        order = [*self.assigned, *(n for n in names if n not in self.assigned)]
        return [(n, v) for n in order if (v := getattr(self, n)) is not UNCHANGED]

    @classmethod
    def _assigned(cls, values: Mapping[str, Any], unknown: Callable[[str], Text]) -> Self:
        names = cls.names()
        for key in values:
            if key not in names:
                raise UserFacingError(unknown(key))
        return cls(**values, assigned=tuple(values))


@dataclass(frozen=True)
class CandidateEdit(FieldEdit):
    """A correction of the candidate's name (the Applications page's Name dialog); each value is stripped."""

    surname: str | Unchanged = UNCHANGED
    first_name: str | Unchanged = UNCHANGED


@dataclass(frozen=True)
class CriterionEdit(FieldEdit):
    """An edit of one criterion of the grid. A weight of None (an emptied cell) is refused by the service."""

    title: str | Unchanged = UNCHANGED
    weight: float | None | Unchanged = UNCHANGED
    minimum: float | None | Unchanged = UNCHANGED
    anchors: dict[str, str] | Unchanged = UNCHANGED  # {level: text}, the levels that differ from the procedure's
    keywords: list[str] | Unchanged = UNCHANGED
    group: str | Unchanged = UNCHANGED
    position: int | Unchanged = UNCHANGED

    @classmethod
    def from_assignments(cls, values: Mapping[str, Any]) -> CriterionEdit:
        """The CLI's `grid set CODE FIELD=VALUE...`, parsed: a FIELD that is not a criterion's is refused."""
        return cls._assigned(values, lambda key: translate("Errors", "'{key}' cannot be edited on a criterion.")
                             .format(key=key))


@dataclass(frozen=True)
class RulesEdit(FieldEdit):
    """An edit of the grid's shortlist rules (in the order of the Grid page's rules form)."""

    pass_mark: float | Unchanged = UNCHANGED
    interview_pass_mark: float | Unchanged = UNCHANGED
    best_n: int | None | Unchanged = UNCHANGED
    consolidation: str | Unchanged = UNCHANGED
    divergence_points: float | Unchanged = UNCHANGED
    article29_bypass_best_n: bool | Unchanged = UNCHANGED
    final_ranking: str | Unchanged = UNCHANGED
    tie_break: list[str] | Unchanged = UNCHANGED
    combined_weights: dict[str, float] | Unchanged = UNCHANGED

    @classmethod
    def from_assignments(cls, values: Mapping[str, Any]) -> RulesEdit:
        """The CLI's `grid rules KEY=VALUE...`, parsed: a KEY that is not a rule is refused."""
        return cls._assigned(values, lambda key: translate("Errors", "'{key}' is not a rule of the grid.").format(key=key))


@dataclass(frozen=True)
class SettingsEdit(FieldEdit):
    """An edit of the notice's settings (in the order of the Procedure page's form, then the others)."""

    reference: str | Unchanged = UNCHANGED
    title: str | Unchanged = UNCHANGED
    grade: str | Unchanged = UNCHANGED
    mailbox: str | Unchanged = UNCHANGED
    timezone: str | Unchanged = UNCHANGED
    deadline_utc: datetime | None | Unchanged = UNCHANGED  # None (no time zone read) is refused by the service
    confidentiality: str | Unchanged = UNCHANGED
    underrepresented: list[str] | Unchanged = UNCHANGED
    report_language: str | Unchanged = UNCHANGED
    scoring_deadline_utc: datetime | None | Unchanged = UNCHANGED
    directorate_general: str | Unchanged = UNCHANGED
    unit: str | Unchanged = UNCHANGED
    place: str | Unchanged = UNCHANGED
    staff_category: str | Unchanged = UNCHANGED
