"""Export: the member's own sheet, in the member's order, with the anchors and a value list — and only
for a member who may score."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from panel_app.domain.errors import Refused

from .conftest import import_four, who
from .helpers import PRESEL, scores_rows


def test_export_lists_my_candidates_in_my_order_with_my_marks(scoring, tmp_path):
    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    sv.scoring.declare_conflict(ref, bob, emails[3], "my brother-in-law", "family")
    sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 3, comment="8 years at X")
    sv.scoring.set_mark(ref, bob, emails[0], "A3-NUTANIX", None, na=True)
    out = sv.sheets.export(ref, bob, tmp_path / "bob.xlsx")
    assert (out.candidates, out.criteria) == (3, len(PRESEL))

    rows = scores_rows(tmp_path / "bob.xlsx")
    order = list(dict.fromkeys(r["candidate"] for r in rows))
    assert order == [c.email for c in sv.scoring.my_candidates(ref, bob)]
    assert emails[3] not in order  # the conflicted candidate is not in the sheet at all
    assert [r["criterion"] for r in rows if r["candidate"] == order[0]] == PRESEL
    mine = {(r["candidate"], r["criterion"]): r for r in rows}
    assert mine[(emails[0], "S2-DEVOPS")]["value"] == 3
    assert mine[(emails[0], "S2-DEVOPS")]["comment"] == "8 years at X"
    assert mine[(emails[0], "A3-NUTANIX")]["value"] == "NA"
    assert mine[(emails[0], "S3-CICD")]["value"] is None
    assert all(r["name"] and r["title"] and r["weight"] for r in rows)


def test_workbook_has_anchors_a_value_list_and_a_frozen_header(scoring, tmp_path):
    sv, ref, _ = scoring
    sv.sheets.export(ref, who(sv, ref, "Member Eva"), tmp_path / "eva.xlsx")
    wb = load_workbook(tmp_path / "eva.xlsx")
    ws = wb["Scores"]
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["D"].width > 20
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1 and dvs[0].type == "list"
    assert dvs[0].formula1 == '"0,1,2,3,4,NA"'
    assert str(dvs[0].sqref) == f"F2:F{ws.max_row}"
    anchors = list(wb["Anchors"].iter_rows(values_only=True))
    assert anchors[0] == ("criterion", "title", "weight", "0", "1", "2", "3", "4")
    assert [r[0] for r in anchors[1:]] == PRESEL
    assert all(r[3] and r[7] for r in anchors[1:])  # a written anchor for 0 and for 4 on every criterion


def test_export_is_refused_to_whoever_may_not_score(services, procedure, tmp_path):
    import_four(services, procedure, tmp_path / "box")
    bob = who(services, procedure, "Member Bob")
    services.scoring.declare_confidentiality(procedure, bob)
    with pytest.raises(Refused, match="not sealed"):
        services.sheets.export(procedure, bob, tmp_path / "a.xlsx")
    services.grid.seal(procedure, who(services, procedure, "Chair Anna"))
    with pytest.raises(Refused, match="declaration"):
        services.sheets.export(procedure, who(services, procedure, "Member Eva"), tmp_path / "b.xlsx")
    with pytest.raises(Refused, match="secretary does not score"):
        services.sheets.export(procedure, who(services, procedure, "Secretary Sam"), tmp_path / "c.xlsx")
    olga = who(services, procedure, "Observer Olga")
    services.scoring.declare_confidentiality(procedure, olga)
    with pytest.raises(Refused, match="observer"):
        services.sheets.export(procedure, olga, tmp_path / "d.xlsx")
    assert not list(tmp_path.glob("*.xlsx"))
    assert services.sheets.export(procedure, bob, tmp_path / "e.xlsx").candidates == 4
