"""What the gate service returns about the applications received after the freeze: each held application
(`HeldApplication`) and the chair's decision on one (`Admitted`, `OutOfScope`).

Frozen dataclasses, the seam between the gate service and the interface and the CLI. `as_json()` is the CLI's
--json form: its keys and their order are a contract.
"""

from __future__ import annotations

from dataclasses import dataclass

from .json_record import JsonRecord


@dataclass(frozen=True)
class HeldApplication(JsonRecord):
    """An application received after the freeze: waiting for the chair, or recorded out of scope (with the
    chair's reason)."""

    application_id: int
    candidate: str  # the name as lists show it (the e-mail, or the source, when there is none)
    email: str | None
    source: str
    received_utc: str | None
    received_local: str | None
    imported_utc: str | None
    hold: str | None
    status: str | None
    reason: str | None
    decided_by: str | None


@dataclass(frozen=True)
class Admitted(JsonRecord):
    """The chair admitted a held application: it enters the queues; a frozen shortlist is reopened."""

    application_id: int
    admitted: bool
    reason: str
    shortlist_reopened: bool
    signoffs_voided: bool


@dataclass(frozen=True)
class OutOfScope(JsonRecord):
    """The chair recorded a held application as out of scope: it never enters a queue."""

    application_id: int
    admitted: bool
    out_of_scope: bool
    reason: str
