"""The Panel page's per-criterion detail speaks the interface's language: "consensus", "⚑ discuss", "N/A"."""

from __future__ import annotations

from panel_app.ui import i18n
from panel_app.ui.panel.panel_model import detail_rows


def _cell(**changes) -> dict:
    return {"weight": 1, "spread": 2, "mean": 2.5, "final": 2.5, "title": "t", "consensus": None, "justification": "",
            "divergent": False, "state": "done", "marks": {}} | changes


def test_the_detail_notes_are_translated(qapp):
    row = {"criteria": {"S1": _cell(divergent=True), "S2": _cell(consensus=3.0, justification="agreed"),
                        "S3": _cell(state="na", final=None)}}
    try:
        assert i18n.install("de") == "de"
        assert [r["note"] for r in detail_rows(row, [])[1]] == ["⚑ erörtern", "Konsens — agreed", "N/A"]
        assert i18n.install("fr") == "fr"
        assert [r["note"] for r in detail_rows(row, [])[1]] == ["⚑ à discuter", "consensus — agreed", "S.O."]
    finally:
        i18n.install("en")
    assert [r["note"] for r in detail_rows(row, [])[1]] == ["⚑ discuss", "consensus — agreed", "N/A"]
