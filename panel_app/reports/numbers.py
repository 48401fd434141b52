"""Numbers as the report's language writes them (panel_app.reports.i18n): English as ever (3.25, 1619: the
English reports are byte-identical to what they always were); French 3,25 and 1 619 (a no-break space, U+00A0:
reportlab would break a line at the narrow one, U+202F);
German 3,25 and 1.619. Every number a report prints in a table cell, a chart or a figure of its own goes through
`number()` (`styles.mark()` is `number()` with two decimals)."""

from __future__ import annotations

from .i18n import current
from .tables import DASH

# the language's decimal sign and thousands separator; English is left as Python writes a number
SEPARATORS = {"fr": (",", "\u00a0"), "de": (",", ".")}


def number(value: float | int | None, digits: int | None = None, *, sign: bool = False) -> str:
    """`value` with `digits` decimals (None: as short as it is, 60 or 0.5) in the report's language; an en dash
    for None. `sign`: always with its sign (+0.36)."""
    if value is None:
        return DASH
    plus = "+" if sign else ""
    if digits is not None:
        text = f"{value:{plus}.{digits}f}"
    elif isinstance(value, int):  # a count
        text = f"{value:{plus}d}"
    else:
        text = f"{value:{plus}g}"
    return written(text)


def written(text: str) -> str:
    """A number Python wrote ("-1234.5") as the report's language writes it ("-1 234,5" in French)."""
    seps = SEPARATORS.get(current())
    if seps is None or "e" in text or not any(ch.isdigit() for ch in text):
        return text
    decimal, thousands = seps
    head, _, tail = text.partition(".")
    lead = head[:1] if head[:1] in "+-" else ""
    digits = head[len(lead):]
    groups = []
    while len(digits) > 3:
        digits, last = digits[:-3], digits[-3:]
        groups.insert(0, last)
    whole = thousands.join([digits, *groups]) if len(head) - len(lead) > 3 else head[len(lead):]
    return lead + whole + (decimal + tail if tail else "")


__all__ = ["number", "written"]
