"""The chair's XLSX exports (issue 17, "XLSX exports for the chair"), read back with openpyxl as HR opens them:
sheet names, headers, and figures equal to the PDF reports' (the shortlist, the panel report, the grid)."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook

from panel_app.cli import main
from panel_app.domain.errors import Refused, UserFacingError
from panel_app.services.edits import CandidateEdit

from .conftest import flat, pdf_text
from .conftest import who as small_who
from .realistic import BOB, CHAIR, PASSWORD, SEC, VOTERS, who


def book(data: bytes):
    return load_workbook(io.BytesIO(data))


def table(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    heads = rows[0]
    return [dict(zip(heads, r, strict=True)) for r in rows[1:]]


def about(wb) -> dict:
    return {r[0]: r[1] for r in wb["About"].iter_rows(min_row=3, values_only=True) if r[0]}


def two(v) -> str:
    return f"{v:.2f}"


def test_the_ranking_with_its_reasons_equals_the_shortlist_and_the_minutes(final):
    sv, ref = final
    chair = who(sv, ref, CHAIR)
    wb = book(sv.exports.render(ref, chair, "ranking"))
    assert wb.sheetnames == ["About", "Preselection ranking", "Final ranking", "Article 29", "Criteria"]
    info = about(wb)
    assert info["Reference"] == ref and info["State"] == "final"
    assert info["Rule"] == sv.panel.shortlist(ref, chair).rule
    assert info["Grid hash (sha256)"] == sv.grid.grid(ref).grid_hash
    assert info["Audit chain"].startswith("Audit chain verified:")
    pre = table(wb["Preselection ranking"])
    assert list(pre[0])[:4] == ["Rank", "Candidate", "E-mail", "Art. 29"]
    assert list(pre[0])[-5:] == ["Total", "Status", "Reason", "Tie-break", "Consensus marks on"]
    ranking = {r.candidate: r for r in sv.panel.ranking(ref, chair)}
    assert {r["E-mail"] for r in pre} == set(ranking)
    shortlist = flat(pdf_text(sv.reports.render(ref, chair, "shortlist")))
    for r in pre:
        live = ranking[r["E-mail"]]
        assert r["Total"] == round(live.total, 2) and r["Rank"] == live.rank
        assert two(r["Total"]) in shortlist  # the same figure as the PDF prints
        assert r["S2-DEVOPS"] == round(live.final["S2-DEVOPS"], 2)
        if live.status != "invited":
            assert r["Reason"] == live.reason and r["Reason"] in shortlist  # e.g. "below the pass mark (… < 60)"
    assert any("tie with rank" in (r["Reason"] or "") or r["Tie-break"] for r in pre)  # the tie at the cut
    assert any(r["Consensus marks on"] == "S3-CICD" for r in pre)
    final_rows = table(wb["Final ranking"])
    minutes = flat(pdf_text(sv.reports.render(ref, chair, "panel")))
    assert {r["Status"] for r in final_rows} >= {"recommended", "reserve"}
    for r in final_rows:
        assert r["Total"] == "–" or two(r["Total"]) in minutes
    assert any(r["Reason"] == "valid until 31.12.2028" for r in final_rows)
    art29 = table(wb["Article 29"])
    assert {r["Art. 29"] for r in art29} == {"Competition laureate", "Commission official",
                                              "Official of another institution"}


def test_every_members_mark_and_comment_per_candidate_and_criterion(final):
    sv, ref = final
    chair = who(sv, ref, CHAIR)
    wb = book(sv.exports.render(ref, chair, "marks"))
    assert wb.sheetnames == ["About", "Marks"]
    assert "PANEL INTERNAL" in about(wb)["Confidentiality"]
    assert about(wb)["Divergence"] == "Cells where members are 2 or more points apart are flagged for discussion."
    rows = table(wb["Marks"])
    heads = list(rows[0])
    assert heads[:5] == ["Candidate", "E-mail", "Criterion", "Title", "Weight"]
    assert [f"{m} – mark" for m in VOTERS] == [h for h in heads if h.endswith("– mark")]
    assert heads[-6:] == ["Mean", "Spread", "Divergent", "Consensus", "Final", "Justification"]
    table_ = {r.email: r for r in sv.panel.panel_table(ref, chair)}
    assert len(rows) == len(table_) * 15  # every candidate × the 15 preselection criteria
    for r in rows:
        cell = table_[r["E-mail"]].criteria[r["Criterion"]]
        for m in VOTERS:
            assert r[f"{m} – mark"] == cell.marks[m]
            assert (r[f"{m} – comment"] or "") == cell.comments.get(m, "")
        assert r["Final"] == round(cell.final, 2) and r["Mean"] == round(cell.mean, 2)
    assert any(r[f"{BOB} – comment"] == "Clear" for r in rows)  # the members' comments are there
    agreed = [r for r in rows if r["Consensus"] is not None]
    assert len(agreed) == 1 and agreed[0]["Final"] == 4 and "40 teams" in agreed[0]["Justification"]
    interview = book(sv.exports.render(ref, chair, "marks", stage="interview"))
    assert {r["Criterion"] for r in table(interview["Marks"])} >= {"I1-ANALYSIS"}


def test_the_grid_as_sealed(final):
    sv, ref = final
    grid = sv.grid.grid(ref)
    wb = book(sv.exports.render(ref, who(sv, ref, BOB), "grid"))  # a member may read the grid
    assert wb.sheetnames == ["About", "Criteria", "Rules"]
    assert about(wb)["Grid hash (sha256)"] == grid.grid_hash
    crits = {r["Code"]: r for r in table(wb["Criteria"])}
    assert set(crits) == {c.code for c in grid.criteria}
    devops = next(c for c in grid.criteria if c.code == "S2-DEVOPS")
    assert (crits["S2-DEVOPS"]["Weight"], crits["S2-DEVOPS"]["Minimum"]) == (devops.weight, devops.minimum)
    assert crits["S2-DEVOPS"]["Anchor 4"] == devops.scale.anchors["4"]
    assert crits["E-NATIONALITY"]["Kind"] == "pass/fail"
    rules = dict(wb["Rules"].iter_rows(min_row=2, values_only=True))
    assert rules["Pass mark (preselection)"] == f"{grid.pass_mark:g} % of the maximum total"
    assert rules["Tie-break order"] == ", ".join(grid.tie_break)


def test_a_name_is_never_a_formula(final):
    sv, ref = final
    chair = who(sv, ref, CHAIR)
    sec = who(sv, ref, SEC)
    first = sv.panel.ranking(ref, chair)[0].candidate
    app = sv.applications.list(ref, application_id=sv.eligibility.application_of(ref, first))[0]
    sv.applications.update_candidate(ref, app.id, CandidateEdit(surname="=HYPERLINK(\"http://x\")"),
                                     app.candidate.version, sec)
    pre = book(sv.exports.render(ref, chair, "ranking"))["Preselection ranking"]
    cell = next(c for c in pre["B"] if str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s"


def test_the_same_rights_as_the_reports(world):
    services, ref = world  # scored, nothing frozen, on SQLite and PostgreSQL
    bob, sec, chair = (small_who(services, ref, n) for n in ("Member Bob", "Secretary Sam", "Chair Anna"))
    with pytest.raises(Refused, match="not frozen yet"):
        services.exports.render(ref, bob, "ranking")
    with pytest.raises(Refused, match="chair"):
        services.exports.render(ref, sec, "marks")
    assert services.exports.allowed(ref, sec) == ["grid", "ranking"]
    assert services.exports.allowed(ref, chair) == ["grid", "marks", "ranking"]
    assert book(services.exports.render(ref, sec, "ranking"))["About"]["B7"].value.startswith("DRAFT")
    assert "Marks" in book(services.exports.render(ref, chair, "marks")).sheetnames
    with pytest.raises(UserFacingError, match="not an export"):
        services.exports.render(ref, chair, "everything")


def test_the_grid_is_exported_only_once_sealed(services, procedure):
    chair = small_who(services, procedure, "Chair Anna")
    with pytest.raises(Refused, match="not sealed yet"):
        services.exports.render(procedure, chair, "grid")


def test_the_command_line_writes_the_workbook(final, tmp_path, capsys, monkeypatch):
    sv, ref = final
    monkeypatch.setenv("PANEL_PASSWORD", PASSWORD)
    out = tmp_path / "ranking.xlsx"
    code = main(["--db", sv.db.url, "--as", CHAIR, "--json", "export", "ranking", "-o", str(out)])
    text, _err = capsys.readouterr()
    assert code == 0 and json.loads(text)["file"] == str(out)
    assert "Preselection ranking" in load_workbook(out).sheetnames
    code = main(["--db", sv.db.url, "--as", CHAIR, "export", "grid", "-o", str(tmp_path / "grid.pdf")])
    _out, err = capsys.readouterr()
    assert code == 2 and "does not end in .xlsx" in err and not (tmp_path / "grid.pdf").exists()
    monkeypatch.setenv("PANEL_PASSWORD", PASSWORD)
    code = main(["--db", sv.db.url, "--as", SEC, "export", "marks", "-o", str(tmp_path / "m.xlsx")])
    _out, err = capsys.readouterr()
    assert code == 3 and "chair" in err and len(err.strip().splitlines()) == 1 and not (tmp_path / "m.xlsx").exists()
