"""The frozen shortlist as recorded: which candidates go on to the interview stage.

A freeze is a Decision(kind="shortlist_freeze") whose value is JSON {"invited": [emails], ...}; the latest
one counts.
"""

from __future__ import annotations

import json

from panel_app.store import applications as qa
from panel_app.store.decisions import decisions_of_kind


def frozen_shortlist(s, p) -> dict | None:  # noqa: ANN001
    freezes = decisions_of_kind(s, p.id, "shortlist_freeze")
    if not freezes:
        return None
    d = freezes[-1]
    data = json.loads(d.value or "{}")
    data.update(decided_at=d.decided_at, decided_by=d.updated_by, reason=d.reason, decision_id=d.id)
    return data


def invited_ids(s, p) -> set[int]:  # noqa: ANN001
    data = frozen_shortlist(s, p)
    if not data:
        return set()
    emails = set(data.get("invited", []))
    return {c.id for c in qa.candidates(s, p.id) if c.email in emails}
