"""The one stylesheet of every report, and the few helpers that put user text on the page: `p()` (escaped user
text), `pm()` (our markup), `mark()` (a mark as the reports print it), `local()` (a time in the procedure's zone)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from panel_app.reports.fonts import register_fonts
from panel_app.reports.i18n import date_format
from panel_app.reports.numbers import number
from panel_app.reports.tables import CELL_SIZE, DASH, HEAD_BG


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The one stylesheet of every report."""
    reg, bold = register_fonts()
    base = ParagraphStyle("body", fontName=reg, fontSize=9, leading=11.5, spaceAfter=3)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20, spaceAfter=6,
                                textColor=HEAD_BG),
        "h1": ParagraphStyle("h1", base, fontName=bold, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=4, textColor=HEAD_BG, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3,
                             keepWithNext=1),
        "cell": ParagraphStyle("cell", base, fontSize=CELL_SIZE, leading=CELL_SIZE + 2, spaceAfter=0),
        **{name: ParagraphStyle(name, base, fontName=bold, fontSize=CELL_SIZE, leading=CELL_SIZE + 2,
                                spaceAfter=0, textColor=colors.white, alignment=align)
           for name, align in (("head", TA_LEFT), ("headr", TA_RIGHT))},
    }


def p(text: object, style: str = "body") -> Paragraph:
    """A Paragraph of user text: escaped, so `<b>O'Brien & Co</b>` prints literally."""
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), styles()[style])


def pm(markup: str, style: str = "body") -> Paragraph:
    """A Paragraph of OUR markup (labels in <b>); interpolate user text with `escape()` only."""
    return Paragraph(markup, styles()[style])


def mark(value: float | None, digits: int = 2) -> str:
    """A mark or a total with `digits` decimals, as the report's language writes it (3.25; 3,25 in French)."""
    return number(value, digits)


def local(dt: datetime | None, tz: str) -> str:
    """An aware datetime in the procedure's zone, as the report's language writes it: "12.06.2026 12:00" (English,
    German), "12/06/2026 12:00" (French)."""
    if dt is not None and dt.tzinfo is None:
        raise ValueError("reports need timezone-aware datetimes")
    return DASH if dt is None else dt.astimezone(ZoneInfo(tz)).strftime(f"{date_format()} %H:%M")
