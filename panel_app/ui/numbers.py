"""Numbers on screen in the interface language's way (QLocale): 3,25 and 1 000 in French, 3,25 and 1.000 in
German; English exactly as before (3.25, 1,000).

A number is written the English way first (Python's format spec: ".2f", ",", "g"), then its separators become
the locale's, so every language shows the same digits. `parsed()` reads what a user types back, in their
locale or in English."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from . import i18n


def localized(english: str) -> str:
    """An English-written number ("1,234.5") with the interface language's separators ("1 234,5")."""
    if i18n.current() == "en":
        return english
    locale = QLocale()
    return english.translate({ord(","): locale.groupSeparator(), ord("."): locale.decimalPoint()})


def number(value: float | int | None, spec: str = "") -> str:
    """`format(value, spec)` in the interface's language ("" for None): number(1234, ",") is "1 234" in
    French."""
    if value is None:
        return ""
    return localized(format(value, spec))


def decimal(value: float | int | None, places: int = 2) -> str:
    """At most `places` decimals, trailing zeros dropped: 3.25, 3.5, 4 (3,25, 3,5, 4 in French)."""
    if value is None:
        return ""
    return localized(f"{value:.{places}f}".rstrip("0").rstrip(".") if places else f"{value:.0f}")


def shown(value: object) -> str | None:
    """A bare float or int as a table shows it (str() with the locale's separators); None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return localized(str(value))


def parsed(text: str) -> float:
    """A number the user typed: in the interface's locale (3,5 in French, 1.000,5 in German) or in English
    (3.5); ValueError when it is neither."""
    text = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if i18n.current() != "en":
        value, ok = QLocale().toDouble(text)
        if ok:
            return value
    return float(text)
