"""What a change touched: the typed kinds of the GUI's one "changed" broadcast (after Anki's OpChanges).

A mutation says which kinds it changed; each page subscribes to the kinds it shows and reloads (or, hidden,
is marked stale) when one of them is broadcast. A kind nobody subscribes to is a defect: a test builds every
page and checks that each kind the code emits is heard.

A service mutation returns `Changed[T]`: its result and the kinds it changed (`Changed.of(result, Change.X)`).
The interface broadcasts exactly those kinds (`state.apply(op)` returns `op.result`), never a kind it picks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Change(StrEnum):
    SETTINGS = "settings"  # the procedure's settings (deadline, zone, reference, ...)
    MEMBERS = "members"  # the panel: members, roles, voting, passwords
    APPLICATIONS = "applications"  # imported, re-read (OCR), received time, excluded at intake
    ELIGIBILITY = "eligibility"  # eligibility decisions, exclusions and readmissions
    GRID = "grid"  # criteria, rules, seal, amendments
    GATE = "gate"  # the scoring gate setting
    DECLARATIONS = "declarations"  # confidentiality and conflict declarations
    SCORES = "scores"  # a member's marks or submissions changed here (a submission, a reopening, a merge)
    MARKS = "marks"  # marks changed on another workstation (the live change feed)
    CONSENSUS = "consensus"  # consensus marks and justifications
    SHORTLIST = "shortlist"  # freeze, sign-off, admissions, outcomes
    AUDIT = "audit"  # an event of the record only (a backup taken)
    LIFECYCLE = "lifecycle"  # the procedure closed, archived, a legal hold placed or lifted


@dataclass(frozen=True)
class Changed(Generic[T]):
    """What a service mutation did: its `result` (None when it has none) and the kinds of data it `changes`."""

    result: T
    changes: frozenset[Change]

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", frozenset(Change(k) for k in self.changes))

    @staticmethod
    def of(result: T, *kinds: Change) -> Changed[T]:
        """`Changed.of(member, Change.MEMBERS)`: the result and the kinds it changed."""
        return Changed(result, frozenset(kinds))

    @staticmethod
    def none(*kinds: Change) -> Changed[None]:
        """A mutation without a result: only the kinds it changed."""
        return Changed(None, frozenset(kinds))

    def also(self, *kinds: Change) -> Changed[T]:
        """The same result with more kinds changed (a mutation that calls another)."""
        return Changed(self.result, self.changes | frozenset(kinds))

    def ordered(self) -> list[Change]:
        """The kinds in the enum's order: the order they are broadcast in."""
        return [k for k in Change if k in self.changes]


def merged(ops: Iterable[Changed[Any]]) -> frozenset[Change]:
    """Every kind changed by a series of mutations."""
    out: frozenset[Change] = frozenset()
    for op in ops:
        out |= op.changes
    return out
