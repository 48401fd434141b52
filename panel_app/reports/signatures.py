"""The signature block of a report: per (voting) member the sign-off recorded in the application for what the
block covers (only that stage's: a signature never stands under what it predates), then place, date and a line
to sign by hand. Kept together with its title so a block never starts at the foot of a page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from panel_app.reports.data import PanelMemberInfo
from panel_app.reports.fonts import register_fonts
from panel_app.reports.styles import local, p
from panel_app.reports.tables import CELL_SIZE, HEAD_BG


def signature_block(members: list[PanelMemberInfo], tz: str, *, voting_only: bool = True,
                    signed_label: str = "Signed off", title: str = "Signatures", covers: str = "",
                    use_signoffs: bool = True) -> list[Flowable]:
    rows = []
    for m in members:
        if voting_only and not m.voting:
            continue
        role = m.role + ("" if m.voting else " (non-voting)")
        if not use_signoffs:
            when = ""
        elif m.signoff_at:
            when = f"{signed_label} {local(m.signoff_at, tz)}"
        else:
            when = "not signed off in the application"
        rows.append([p(m.name, "cell"), p(role, "cell"), p(when, "cell"), "", ""])
    head = ("Name", "Role", "Sign-off recorded" if use_signoffs else "", "Place and date", "Signature")
    t = Table([[p(h, "head") for h in head], *rows],
              colWidths=[45 * mm, 24 * mm, 38 * mm, 35 * mm, None], rowHeights=[None] + [13 * mm] * len(rows),
              repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_fonts()[0], CELL_SIZE),
                           ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                           ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                           ("LINEBELOW", (3, 1), (4, -1), 0.6, colors.black),
                           ("LINEBELOW", (0, 1), (2, -1), 0.25, colors.lightgrey)]))
    parts: list[Flowable] = [p(title, "h1")]
    if covers:
        parts.append(p(covers, "small"))
    return [KeepTogether([*parts, t]), Spacer(1, 4 * mm)]
