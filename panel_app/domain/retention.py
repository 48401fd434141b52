"""Retention of a closed procedure's personal data, and the legal holds that suspend it (issue 20 part 3).

Regulation (EU) 2018/1725; the notice's privacy statement sets the periods. The DIGIT/COM/2026/1039 notice only
refers to its Specific Privacy Statement without stating periods, so the defaults are the agency practice of
docs/domain-rules.md: applications of candidates not recruited are kept 2 years after the procedure closes; reserve-list
candidates until the list's validity ends plus 1 year. Recommended (recruited) candidates are never purged here:
their file moves to the personnel file. Both periods are settings of the procedure.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from .texts import translate

DEFAULTS = {"non_recruited_years": 2, "reserve_years": 1}


@dataclass(frozen=True)
class RetentionPolicy:
    non_recruited_years: int = DEFAULTS["non_recruited_years"]
    reserve_years: int = DEFAULTS["reserve_years"]

    @classmethod
    def from_settings(cls, d: dict | None) -> RetentionPolicy:
        d = {**DEFAULTS, **(d or {})}
        return cls(int(d["non_recruited_years"]), int(d["reserve_years"]))

    def changed(self, **values: int | None) -> RetentionPolicy:
        out = asdict(self)
        for key, value in values.items():
            if value is None:
                continue
            if not isinstance(value, int) or value < 0 or value > 100:
                raise ValueError(translate("Errors", "Reserve years must be a whole number of years from 0 to 100.")
                                 if key == "reserve_years" else
                                 translate("Errors", "Non recruited years must be a whole number of years from 0 "
                                                     "to 100."))
            out[key] = value
        return RetentionPolicy(**out)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Hold:
    id: int
    candidate_id: int | None  # None: the whole procedure
    reason: str
    set_by: str

    def words(self, label: str | None = None) -> str:
        on = "the procedure" if self.candidate_id is None else (label or f"candidate #{self.candidate_id}")
        return f"legal hold #{self.id} on {on} ({self.reason}, set by {self.set_by})"


@dataclass(frozen=True)
class CandidateRecord:
    candidate_id: int
    label: str
    outcome: str | None  # recommended | reserve | None (not recruited)
    reserve_until: date | None
    purged: bool = False


@dataclass
class Due:
    candidate_id: int
    label: str
    reason: str
    due_on: date
    held_by: Hold | None = None


@dataclass
class Plan:
    due: list[Due] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # why the others are not due, one line each
    procedure_hold: Hold | None = None

    @property
    def deletable(self) -> list[Due]:
        return [] if self.procedure_hold else [d for d in self.due if d.held_by is None]


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def plan(policy: RetentionPolicy, closed_on: date | None, today: date, records: list[CandidateRecord],
         holds: list[Hold]) -> Plan:
    """What is due for deletion on `today`, and why; what a hold blocks; why the others are kept."""
    out = Plan(procedure_hold=next((h for h in holds if h.candidate_id is None), None))
    if closed_on is None:
        out.kept.append("the procedure is not closed: retention periods count from its closing")
        return out
    held = {h.candidate_id: h for h in holds if h.candidate_id is not None}
    for r in records:
        if r.purged:
            continue
        if r.outcome == "recommended":
            out.kept.append(f"{r.label}: recommended for recruitment (kept in the personnel file, not purged here)")
            continue
        if r.outcome == "reserve":
            if r.reserve_until is None:
                out.kept.append(f"{r.label}: on the reserve list with no validity date")
                continue
            due_on = add_years(r.reserve_until, policy.reserve_years)
            why = (f"reserve list valid until {r.reserve_until:%d.%m.%Y}, kept {policy.reserve_years} year(s) "
                   f"more (until {due_on:%d.%m.%Y})")
        else:
            due_on = add_years(closed_on, policy.non_recruited_years)
            why = (f"not recruited: kept {policy.non_recruited_years} year(s) after the procedure closed on "
                   f"{closed_on:%d.%m.%Y} (until {due_on:%d.%m.%Y})")
        if today < due_on:
            out.kept.append(f"{r.label}: kept until {due_on:%d.%m.%Y} ({why.split(':')[0]})")
            continue
        out.due.append(Due(r.candidate_id, r.label, why, due_on, out.procedure_hold or held.get(r.candidate_id)))
    return out
