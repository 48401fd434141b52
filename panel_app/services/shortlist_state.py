"""The frozen shortlist as recorded: which candidates go on to the interview stage.

A freeze is a Decision(kind="shortlist_freeze") whose value is JSON {"invited": [emails], ...}; the latest
one counts, unless the chair reopened it (a Decision(kind="shortlist_reopen") whose value names the freeze:
an application received after the freeze was admitted); then nothing is frozen until the next freeze.
"""

from __future__ import annotations

import json

from panel_app.store import applications as qa
from panel_app.store.decisions import decisions_of_kind

REOPEN = "shortlist_reopen"


def latest_freeze(s, p):
    freezes = decisions_of_kind(s, p.id, "shortlist_freeze")
    return freezes[-1] if freezes else None


def reopening(s, p, freeze_id: int | None = None) -> dict | None:
    """The chair's reopening of the latest freeze (or of `freeze_id`), or None."""
    if freeze_id is None:
        latest = latest_freeze(s, p)
        if latest is None:
            return None
        freeze_id = latest.id
    for d in reversed(decisions_of_kind(s, p.id, REOPEN)):
        body = json.loads(d.value or "{}")
        if body.get("freeze") == freeze_id:
            return {"decision_id": d.id, "freeze": freeze_id, "application": body.get("application"),
                    "reason": d.reason, "decided_at": d.decided_at, "decided_by": d.updated_by}
    return None


def frozen_shortlist(s, p) -> dict | None:
    d = latest_freeze(s, p)
    if d is None or reopening(s, p, d.id) is not None:
        return None
    data = json.loads(d.value or "{}")
    data.update(decided_at=d.decided_at, decided_by=d.updated_by, reason=d.reason, decision_id=d.id)
    return data


def invited_ids(s, p) -> set[int]:
    data = frozen_shortlist(s, p)
    if not data:
        return set()
    emails = set(data.get("invited", []))
    return {c.id for c in qa.candidates(s, p.id) if c.email in emails}
