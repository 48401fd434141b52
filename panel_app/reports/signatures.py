"""The signature block of a report: per (voting) member the sign-off recorded in the application for what the
block covers (only that stage's: a signature never stands under what it predates), then place, date and a line
to sign by hand. Kept together with its title so a block never starts at the foot of a page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from panel_app.reports.data import PanelMemberInfo
from panel_app.reports.fonts import register_fonts
from panel_app.reports.i18n import translate
from panel_app.reports.styles import local, p
from panel_app.reports.tables import CELL_PAD, CELL_SIZE, HEAD_BG, cell_width
from panel_app.reports.words import role as role_word

TABLE_PAD = 6  # reportlab's default left and right cell padding


def signature_block(members: list[PanelMemberInfo], tz: str, *, voting_only: bool = True,
                    signed_label: str = "", title: str = "", covers: str = "",
                    use_signoffs: bool = True) -> list[Flowable]:
    """`signed_label` and `title` in the report's language (default: "Signed off", "Signatures")."""
    signed_label = signed_label or translate("Reports", "Signed off")
    rows = []
    roles: list[str] = []
    for m in members:
        if voting_only and not m.voting:
            continue
        role = role_word(m.role) + ("" if m.voting else " " + translate("Reports", "(non-voting)"))
        if not use_signoffs:
            when = ""
        elif m.signoff_at:
            when = f"{signed_label} {local(m.signoff_at, tz)}"
        else:
            when = translate("Reports", "not signed off in the application")
        rows.append([p(m.name, "cell"), p(role, "cell"), p(when, "cell"), "", ""])
        roles.append(role)
    head = (translate("Reports", "Name"), translate("Reports", "Role"),
            translate("Reports", "Sign-off recorded") if use_signoffs else "",
            translate("Reports", "Place and date"), translate("Reports", "Signature"))
    # German and French words are longer: a column is at least as wide as the longest word of its head
    # (bold) and of its role cells, so no word is ever broken ("stimmberechtigt)"); this Table keeps reportlab's
    # 6 pt paddings, cell_width counts CELL_PAD
    pad = 2 * (TABLE_PAD - CELL_PAD)
    words = [[w for r in roles for w in r.split()] if i == 1 else [] for i in range(4)]
    widths = [max(w, cell_width(h.split(), bold=True) + pad, cell_width(more) + pad if more else 0.0)
              for w, h, more in zip((45 * mm, 24 * mm, 38 * mm, 35 * mm), head, words, strict=False)]
    t = Table([[p(h, "head") for h in head], *rows],
              colWidths=[*widths, None], rowHeights=[None] + [13 * mm] * len(rows), repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_fonts()[0], CELL_SIZE),
                           ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                           ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                           ("LINEBELOW", (3, 1), (4, -1), 0.6, colors.black),
                           ("LINEBELOW", (0, 1), (2, -1), 0.25, colors.lightgrey)]))
    parts: list[Flowable] = [p(title or translate("Reports", "Signatures"), "h1")]
    if covers:
        parts.append(p(covers, "small"))
    return [KeepTogether([*parts, t])]  # no Spacer after it: at the foot of a page it would start an empty one
