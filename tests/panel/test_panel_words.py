"""The Panel page's per-criterion detail speaks the interface's language: "consensus", "⚑ discuss", "N/A"."""

from __future__ import annotations

from dataclasses import replace

from panel_app.services.panel import PanelCell, PanelRow
from panel_app.ui import i18n
from panel_app.ui.panel.panel_model import detail_rows

CELL = PanelCell(title="t", weight=1, marks={}, comments={}, mean=2.5, spread=2, final=2.5, consensus=None,
                 divergent=False, missing=[], state="done", needs_justification=False, justification="", minority=None)


def test_the_detail_notes_are_translated(qapp):
    row = PanelRow(email="c@example.eu", name="C", article29=None, members_submitted=3, expected=3, complete=True,
                   visible=True, conflicted=False,
                   criteria={"S1": replace(CELL, divergent=True), "S2": replace(CELL, consensus=3.0, justification="agreed"),
                             "S3": replace(CELL, state="na", final=None)})
    try:
        assert i18n.install("de") == "de"
        assert [r["note"] for r in detail_rows(row, [])[1]] == ["⚑ erörtern", "Konsens — agreed", "N/A"]
        assert i18n.install("fr") == "fr"
        assert [r["note"] for r in detail_rows(row, [])[1]] == ["⚑ à discuter", "consensus — agreed", "S.O."]
    finally:
        i18n.install("en")
    assert [r["note"] for r in detail_rows(row, [])[1]] == ["⚑ discuss", "consensus — agreed", "N/A"]
