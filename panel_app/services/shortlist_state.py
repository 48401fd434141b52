"""The frozen shortlist as recorded: which candidates go on to the interview stage.

A freeze is a Decision(kind="shortlist_freeze") whose value is JSON {"invited": [emails], ...}; the latest
one counts, unless the chair reopened it (a Decision(kind="shortlist_reopen") whose value names the freeze:
an application received after the freeze was admitted); then nothing is frozen until the next freeze.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from panel_app.domain.decision_values import ReopenValue, ShortlistFreezeValue
from panel_app.store import applications as qa
from panel_app.store.decisions import decisions_of_kind, value_of, values_of_kind

REOPEN = ReopenValue.KIND


@dataclass(frozen=True)
class Freeze:
    """The latest freeze of the shortlist, as recorded: its value, and who froze it when (and why)."""

    value: ShortlistFreezeValue
    decision_id: int
    decided_at: datetime
    decided_by: str | None
    reason: str | None

    @property
    def invited(self) -> list[str]:
        return self.value.invited


@dataclass(frozen=True)
class Reopening:
    """The chair's reopening of a freeze to admit an application received after it."""

    decision_id: int
    freeze: int
    application: int | None
    reason: str | None
    decided_at: datetime
    decided_by: str | None


def latest_freeze(s, p):
    freezes = decisions_of_kind(s, p.id, ShortlistFreezeValue.KIND)
    return freezes[-1] if freezes else None


def reopening(s, p, freeze_id: int | None = None) -> Reopening | None:
    """The chair's reopening of the latest freeze (or of `freeze_id`), or None."""
    if freeze_id is None:
        latest = latest_freeze(s, p)
        if latest is None:
            return None
        freeze_id = latest.id
    for d, body in reversed(values_of_kind(s, p.id, ReopenValue)):
        if body.freeze == freeze_id:
            return Reopening(decision_id=d.id, freeze=freeze_id, application=body.application, reason=d.reason,
                             decided_at=d.decided_at, decided_by=d.updated_by)
    return None


def frozen_shortlist(s, p) -> Freeze | None:
    d = latest_freeze(s, p)
    if d is None or reopening(s, p, d.id) is not None:
        return None
    return Freeze(value=value_of(d, ShortlistFreezeValue), decision_id=d.id, decided_at=d.decided_at,
                  decided_by=d.updated_by, reason=d.reason)


def invited_ids(s, p) -> set[int]:
    data = frozen_shortlist(s, p)
    if not data:
        return set()
    emails = set(data.invited)
    return {c.id for c in qa.candidates(s, p.id) if c.email in emails}
