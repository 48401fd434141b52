"""How a candidate is named on every screen and in every list: one owner for the display name."""

from __future__ import annotations

NO_NAME = "(name not found)"


def display_name(surname: str | None, first_name: str | None) -> str:
    """'Surname, First name' as an EU file lists people; whichever part is known; a placeholder if neither."""
    return ", ".join(x.strip() for x in (surname, first_name) if x and x.strip()) or NO_NAME
