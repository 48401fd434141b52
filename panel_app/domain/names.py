"""How a candidate is named on every screen and in every list: one owner for the display name."""

from __future__ import annotations

from .texts import translate

NO_NAME = translate("Words", "(name not found)")  # a Text: the interface shows it in its language


def display_name(surname: str | None, first_name: str | None) -> str:
    """'Surname, First name' as an EU file lists people; whichever part is known; a placeholder if neither."""
    return ", ".join(x.strip() for x in (surname, first_name) if x and x.strip()) or NO_NAME


def distinct_names(named: list[tuple[str, str]]) -> list[str]:
    """Display names that tell people apart: a name borne by several gets its key (e-mail or application
    number) beside it, so three "Kovács, Zoltán" are never three identical lines."""
    seen: dict[str, int] = {}
    for name, _key in named:
        seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
    return [f"{name} ({key})" if seen[name.casefold()] > 1 and key else name for name, key in named]
