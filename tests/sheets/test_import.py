"""Import: a filled sheet (.xlsx or .csv) applies completely, with an audit event per mark — or, with any bad
row, changes nothing and names every bad row."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from panel_app.domain.errors import Refused, UserFacingError
from panel_app.services.sheets import SheetErrors

from .conftest import who
from .helpers import PRESEL, fill, mark_all, my_marks, scores_rows, write_csv


def test_xlsx_round_trip_stores_and_audits_every_mark(scoring, tmp_path):
    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    f = tmp_path / "bob.xlsx"
    sv.sheets.export(ref, bob, f)
    values = {(emails[0], code): 2 for code in PRESEL}
    values[(emails[0], "A3-NUTANIX")] = "NA"
    values[(emails[1], "S2-DEVOPS")] = 4
    fill(f, values, comment="seen in the CV")
    out = sv.sheets.import_file(ref, bob, f).result
    assert out.applied == len(values)
    assert out.skipped == 4 * len(PRESEL) - len(values)  # rows left empty

    marks = my_marks(sv, ref, bob, emails[0])
    assert marks["S1-DEGREE"] == (2, False, "seen in the CV")
    assert marks["A3-NUTANIX"] == (None, True, "seen in the CV")
    assert my_marks(sv, ref, bob, emails[1]) == {"S2-DEVOPS": (4, False, "seen in the CV")}
    trail = sv.procedures.audit_trail(ref, "score.import")
    assert len(trail) == len(values)
    assert {t.actor for t in trail} == {"Member Bob"}
    assert any(t.entity_id == f"{emails[1]}/S2-DEVOPS" and t.after["value"] == 4 for t in trail)
    # Eva sees none of it: the import wrote Bob's marks only
    assert my_marks(sv, ref, who(sv, ref, "Member Eva"), emails[0]) == {}

    # export again: the sheet comes back prefilled; importing it unchanged writes nothing
    sv.sheets.export(ref, bob, f)
    again = {(r["candidate"], r["criterion"]): r["value"] for r in scores_rows(f)}
    assert again[(emails[0], "S1-DEGREE")] == 2 and again[(emails[0], "A3-NUTANIX")] == "NA"
    out = sv.sheets.import_file(ref, bob, f).result
    assert (out.applied, out.unchanged) == (0, len(values))
    sv.scoring.submit(ref, bob, emails[0])  # every criterion of emails[0] is marked
    assert sv.sheets.import_file(ref, bob, f).result.applied == 0  # a submitted candidate's unchanged rows are fine


def test_csv_round_trip_accepts_na_spellings_case_and_semicolons(scoring, tmp_path):
    sv, ref, emails = scoring
    eva = who(sv, ref, "Member Eva")
    sv.scoring.set_mark(ref, eva, emails[2], "S3-CICD", 1, comment="old comment")
    f = tmp_path / "eva.csv"
    write_csv(f, [[emails[2].upper(), "s2-devops", "3", "strong"], [emails[2], "A3-NUTANIX", "N/A", ""],
                  [emails[2], "S4-CONTAINERS", "na", ""], [emails[2], "S3-CICD", "0", "reassessed"],
                  [emails[2], "S5-IAC", "", "no value yet: skipped"], ["", "", "", ""]], delimiter=";")
    out = sv.sheets.import_file(ref, eva, f).result
    assert (out.applied, out.skipped) == (4, 1)
    marks = my_marks(sv, ref, eva, emails[2])
    assert marks == {"S2-DEVOPS": (3, False, "strong"), "A3-NUTANIX": (None, True, ""),
                     "S4-CONTAINERS": (None, True, ""), "S3-CICD": (0, False, "reassessed")}
    s3 = [t for t in sv.procedures.audit_trail(ref, "score.import") if t.entity_id.endswith("S3-CICD")]
    assert s3[0].before == {"value": 1, "na": False, "comment": "old comment"}


def test_a_bad_sheet_changes_nothing_and_names_every_bad_row(scoring, tmp_path):
    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    good, conflicted, submitted = emails[0], emails[1], emails[2]
    sv.scoring.declare_conflict(ref, bob, conflicted, "former direct report", "hierarchical")
    mark_all(sv, ref, bob, submitted, 3)
    sv.scoring.submit(ref, bob, submitted)
    sv.scoring.set_mark(ref, bob, good, "S1-DEGREE", 1)
    before = my_marks(sv, ref, bob, good)
    trail_before = len(sv.procedures.audit_trail(ref))
    f = tmp_path / "bad.csv"
    write_csv(f, [
        [good, "S1-DEGREE", "4", ""],             # row 2: good
        [good, "S2-DEVOPS", "5", ""],             # row 3: out of range
        ["nobody@x.eu", "S3-CICD", "2", ""],      # row 4: unknown candidate
        [good, "S99-NOPE", "2", ""],              # row 5: unknown criterion
        [good, "I1-ANALYSIS", "2", ""],           # row 6: an interview criterion at preselection
        [good, "S1-DEGREE", "3", ""],             # row 7: duplicate of row 2
        [conflicted, "S3-CICD", "2", ""],         # row 8: conflicted
        [submitted, "S3-CICD", "1", ""],          # row 9: already submitted
        [good, "S4-CONTAINERS", "abc", ""],       # row 10: not a number
        [good, "S5-IAC", "2.5", ""],              # row 11: not a whole number
        [good, "S6-CLOUD", "2", "fine"],          # row 12: good
    ])
    with pytest.raises(SheetErrors) as e:
        sv.sheets.import_file(ref, bob, f)
    rows = e.value.rows
    assert [r.split(":")[0] for r in rows] == [f"row {n}" for n in range(3, 12)]
    assert rows[0] == "row 3: value 5 is outside 0–4"
    assert "unknown candidate nobody@x.eu" in rows[1]
    assert "unknown criterion S99-NOPE" in rows[2]
    assert "not a scored criterion of the preselection stage" in rows[3]
    assert "duplicate of row 2" in rows[4]
    assert "conflict of interest" in rows[5]
    assert "already submitted" in rows[6]
    assert "'abc' is not a number" in rows[7] and "not a whole number" in rows[8]
    assert "row 3: value 5 is outside 0–4" in str(e.value) and "bad.csv" in str(e.value)
    assert isinstance(e.value, UserFacingError) and e.value.exit_code == 2
    # nothing changed: not the good rows either, and no audit event
    assert my_marks(sv, ref, bob, good) == before
    assert len(sv.procedures.audit_trail(ref)) == trail_before


def test_a_mark_changed_on_screen_after_the_export_is_not_overwritten(scoring, tmp_path):
    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    f = tmp_path / "bob.xlsx"
    sv.sheets.export(ref, bob, f)
    sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 4)  # on screen, after the export
    fill(f, {(emails[0], "S2-DEVOPS"): 1, (emails[0], "S3-CICD"): 2})
    with pytest.raises(SheetErrors, match="changed by Member Bob"):
        sv.sheets.import_file(ref, bob, f)
    assert my_marks(sv, ref, bob, emails[0]) == {"S2-DEVOPS": (4, False, "")}


def test_unreadable_or_foreign_files_are_explained(scoring, tmp_path):
    sv, ref, _ = scoring
    bob = who(sv, ref, "Member Bob")
    with pytest.raises(UserFacingError, match="does not exist"):
        sv.sheets.import_file(ref, bob, tmp_path / "missing.xlsx")
    (tmp_path / "x.xlsx").write_text("not a workbook")
    with pytest.raises(UserFacingError, match="cannot be read"):
        sv.sheets.import_file(ref, bob, tmp_path / "x.xlsx")
    wb = Workbook()
    wb.active.title = "Sheet1"
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(UserFacingError, match="no sheet named 'Scores'"):
        sv.sheets.import_file(ref, bob, tmp_path / "other.xlsx")
    (tmp_path / "cols.csv").write_text("email,code,mark\na@x.eu,S1-DEGREE,3\n")
    with pytest.raises(UserFacingError, match="no column candidate, criterion, value"):
        sv.sheets.import_file(ref, bob, tmp_path / "cols.csv")
    (tmp_path / "notes.docx").write_text("x")
    with pytest.raises(UserFacingError, match="neither"):
        sv.sheets.import_file(ref, bob, tmp_path / "notes.docx")


def test_import_is_refused_to_the_secretary(scoring, tmp_path):
    sv, ref, emails = scoring
    f = tmp_path / "s.csv"
    write_csv(f, [[emails[0], "S1-DEGREE", "3", ""]])
    with pytest.raises(Refused, match="secretary does not score"):
        sv.sheets.import_file(ref, who(sv, ref, "Secretary Sam"), f)
