"""The typed value of each kind of recorded decision that stores JSON (the `value` column of `Decision`).

One dataclass per kind: `to_json` writes the text the column holds, `from_json` reads it back (a missing key
takes its default, an unknown key is ignored, so a record written by an earlier release still reads). The
store (`store/decisions.py`) is the only place that calls them: `new_decision(value, ...)` writes a row of
`value.KIND`, `value_of(decision, Kind)` reads one; the services see these dataclasses, never the JSON.

Kinds whose value is a plain string (an eligibility outcome, an amendment, the publication date of the
notice, a reworded reason) are not here: their text is the value.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, Self


@dataclass(frozen=True)
class DecisionValue:
    KIND: ClassVar[str] = ""
    ENSURE_ASCII: ClassVar[bool] = True  # as each kind was written so far (a meeting keeps its accents)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=self.ENSURE_ASCII)

    @classmethod
    def from_dict(cls, body: dict[str, Any]) -> Self:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in body.items() if k in known})

    @classmethod
    def from_json(cls, text: str | None) -> Self:
        try:
            body = json.loads(text or "{}")
        except ValueError:
            body = {}
        return cls.from_dict(body if isinstance(body, dict) else {})


@dataclass(frozen=True)
class ConsensusValue(DecisionValue):
    """The panel's agreed mark on one candidate × criterion (the justification is the decision's reason)."""

    KIND: ClassVar[str] = "consensus"
    value: float | None = None  # None: N/A
    mean: float | None = None  # the members' mean when it was agreed
    minority: str | None = None  # a minority view, if any


@dataclass(frozen=True)
class OutcomeValue(DecisionValue):
    """After the interview: recommended, on the reserve list (valid until), or neither (None)."""

    KIND: ClassVar[str] = "final_outcome"
    outcome: str | None = None
    valid_until: str | None = None  # YYYY-MM-DD, for the reserve list


@dataclass(frozen=True)
class FrozenPlace:
    """A candidate's place in the preselection ranking as frozen."""

    candidate: str
    rank: int | None = None
    total: float | None = None
    status: str = ""
    article29: str | None = None


@dataclass(frozen=True)
class ShortlistFreezeValue(DecisionValue):
    """The shortlist as the chair froze it (the reason for a re-freeze is the decision's reason)."""

    KIND: ClassVar[str] = "shortlist_freeze"
    invited: list[str] = field(default_factory=list)
    rule: str = ""
    ranking: list[FrozenPlace] = field(default_factory=list)

    @classmethod
    def from_dict(cls, body: dict[str, Any]) -> Self:
        return cls(invited=list(body.get("invited") or []), rule=body.get("rule") or "",
                   ranking=[FrozenPlace(r["candidate"], r.get("rank"), r.get("total"), r.get("status") or "",
                                        r.get("article29")) for r in body.get("ranking") or []])


@dataclass(frozen=True)
class FinalPlace:
    """A candidate's line of the final ranking as frozen after the interview."""

    candidate: str
    rank: int | None = None
    total: float | None = None
    status: str | None = None
    outcome: str | None = None
    valid_until: str | None = None


@dataclass(frozen=True)
class FinalFreezeValue(DecisionValue):
    """The final ranking and the outcomes as the chair froze them."""

    KIND: ClassVar[str] = "final_freeze"
    rows: list[FinalPlace] = field(default_factory=list)

    @classmethod
    def from_dict(cls, body: dict[str, Any]) -> Self:
        known = {f.name for f in fields(FinalPlace)}
        return cls(rows=[FinalPlace(**{k: v for k, v in r.items() if k in known}) for r in body.get("rows") or []])


@dataclass(frozen=True)
class ShortlistSignoffValue(DecisionValue):
    """A voting member's signature of one freeze (the freeze's decision id)."""

    KIND: ClassVar[str] = "shortlist_signoff"
    freeze: int | None = None


@dataclass(frozen=True)
class FinalSignoffValue(DecisionValue):
    KIND: ClassVar[str] = "final_signoff"
    freeze: int | None = None


@dataclass(frozen=True)
class ReopenValue(DecisionValue):
    """The chair reopened a freeze to admit an application received after it."""

    KIND: ClassVar[str] = "shortlist_reopen"
    freeze: int | None = None
    application: int | None = None


@dataclass(frozen=True)
class MeetingValue(DecisionValue):
    """A meeting of the panel; a correction names the record it replaces, a withdrawal says so."""

    KIND: ClassVar[str] = "meeting"
    ENSURE_ASCII: ClassVar[bool] = False
    date: str = ""
    place: str | None = None
    written: bool = False
    attendees: list[str] = field(default_factory=list)
    purpose: str = ""
    replaces: int | None = None
    withdrawn: bool = False

    def as_json(self) -> dict[str, Any]:
        body = asdict(self)
        if not self.withdrawn:  # never written so far: the records keep their shape
            del body["withdrawn"]
        return body


@dataclass(frozen=True)
class PackageKeyValue(DecisionValue):
    """The member's key of an offline package, opened on this workstation."""

    KIND: ClassVar[str] = "offline_package"
    package_id: str = ""
    grid_hash: str = ""
    bases: dict[str, Any] = field(default_factory=dict)
    key: str = ""  # the private key, protected by the package's passphrase


KINDS: dict[str, type[DecisionValue]] = {c.KIND: c for c in (
    ConsensusValue, OutcomeValue, ShortlistFreezeValue, FinalFreezeValue, ShortlistSignoffValue,
    FinalSignoffValue, ReopenValue, MeetingValue, PackageKeyValue)}
