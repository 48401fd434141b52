"""Which of a candidate's applications counts (pure rules over plain values).

- The last on-time application counts (`active`); earlier ones are `superseded`.
- A late one never replaces an on-time one: it is a `late_resend`. If a candidate has only late
  applications, the last late one is `active` (and fails the deadline check at eligibility).
- An application whose received time is unknown (a loose PDF) is treated as on time until the
  secretary enters the time, and as the oldest of the on-time ones.
- `duplicate` (the same document sent again) keeps its status.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol


class ApplicationLike(Protocol):
    """A stored application, or one about to be inserted by the import."""

    status: str

    @property
    def on_time(self) -> bool | None: ...
    @property
    def received_utc(self) -> datetime | None: ...
    @property
    def id(self) -> int: ...


def restatus(apps: Sequence[ApplicationLike]) -> None:
    live = [a for a in apps if a.status != "duplicate"]
    timely = sorted((a for a in live if a.on_time is not False),
                    key=lambda a: (a.received_utc is not None, a.received_utc or datetime.min, a.id or 0))
    late = sorted((a for a in live if a.on_time is False), key=lambda a: (a.received_utc, a.id or 0))
    for i, a in enumerate(timely):
        a.status = "active" if i == len(timely) - 1 else "superseded"
    for i, a in enumerate(late):
        a.status = "late_resend" if timely else ("active" if i == len(late) - 1 else "superseded")
