"""The lean autosave keeps every rule when things change after a member started scoring.

On PostgreSQL a mark is saved by one statement against a grid read once per member (services/scoring_fast.py);
these tests change the grid, the conflicts, the submission and the candidates *after* that first read and
check that the next save sees the change, on both backends, with the same messages and the same audit trail.
"""

from __future__ import annotations

import pytest

from panel_app.domain.errors import NotFound, Refused, StaleEdit
from panel_app.services.edits import CriterionEdit, RulesEdit

from .conftest import who
from .test_scoring_rules import mark_all


def _trail(sv, ref, action="score.set"):
    return sv.procedures.audit_trail(ref, action)


def test_a_conflict_declared_after_scoring_began_stops_the_next_save(scoring):
    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 3)
    sv.scoring.set_mark(ref, bob, emails[1], "S2-DEVOPS", 2)
    sv.scoring.declare_conflict(ref, bob, emails[1], "my former manager", "hierarchical")
    with pytest.raises(Refused, match="conflict of interest on this candidate"):
        sv.scoring.set_mark(ref, bob, emails[1], "S3-CICD", 3)
    assert [t.entity_id for t in _trail(sv, ref)] == [f"{emails[1]}/S2-DEVOPS", f"{emails[0]}/S2-DEVOPS"]
    with pytest.raises(Refused, match="conflict"):
        sv.scoring.submit(ref, bob, emails[1])


def test_a_reopened_assessment_is_scored_and_submitted_again(scoring):
    sv, ref, emails = scoring
    bob, chair = who(sv, ref, "Member Bob"), who(sv, ref, "Chair Anna")
    mark_all(sv, ref, bob, emails[0], 2)
    first = sv.scoring.submit(ref, bob, emails[0]).result
    assert first.status == "submitted" and first.submitted_at.endswith("Z")
    with pytest.raises(Refused, match="already submitted"):
        sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 4)
    with pytest.raises(Refused, match="already submitted"):
        sv.scoring.submit(ref, bob, emails[0])
    sv.scoring.reopen(ref, chair, "Member Bob", emails[0], "Bob typed 2 instead of 4")
    again = sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 4, expected_version=1).result
    assert (again.value, again.version) == (4, 2)
    assert sv.scoring.submit(ref, bob, emails[0]).result.status == "submitted"
    assert len(_trail(sv, ref, "assessment.submit")) == 2
    assert next(c for c in sv.scoring.my_candidates(ref, bob) if c.email == emails[0]).status == "submitted"


def test_an_amended_grid_is_seen_by_the_next_save(scoring):
    sv, ref, emails = scoring
    bob, chair = who(sv, ref, "Member Bob"), who(sv, ref, "Chair Anna")
    weight = sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 3).result.weight
    crits = {c.code: c for c in sv.grid.grid(ref).criteria}
    sv.grid.update_criterion(ref, "S2-DEVOPS", CriterionEdit(weight=weight + 1), crits["S2-DEVOPS"].version, chair,
                             reason="the notice stresses DevOps")
    assert sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 4).result.weight == weight + 1
    sv.grid.update_criterion(ref, "A5-LANGUAGES", CriterionEdit(group="requirement"), crits["A5-LANGUAGES"].version,
                             chair, reason="languages are a requirement, not a mark")
    with pytest.raises(NotFound, match="A5-LANGUAGES is not a scored criterion"):
        sv.scoring.set_mark(ref, bob, emails[0], "A5-LANGUAGES", 3)
    for m in sv.scoring.sheet(ref, bob, emails[1]).marks:
        sv.scoring.set_mark(ref, bob, emails[1], m.criterion, 2)
    assert sv.scoring.submit(ref, bob, emails[1]).result.status == "submitted"  # 14 marks are now complete
    grid = sv.grid.grid(ref)
    sv.grid.update_rules(ref, RulesEdit(pass_mark=65), grid.version, chair, reason="a higher bar")
    assert sv.scoring.set_mark(ref, bob, emails[0], "S3-CICD", 4).result.version == 1


def test_the_audit_keeps_before_and_after_and_the_comment(scoring):
    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 3, comment="6 years", evidence_page=2)
    kept = sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", None, na=True).result
    assert (kept.comment, kept.evidence_page, kept.na, kept.value) == ("6 years", 2, True, None)
    cleared = sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 1, comment="", evidence_page=0).result
    assert (cleared.comment, cleared.evidence_page, cleared.version) == ("", None, 3)
    last, middle, first = _trail(sv, ref)
    assert first.before is None
    assert first.after == {"value": 3, "na": False, "comment": "6 years", "member": "Member Bob"}
    assert middle.before == {"value": 3, "na": False, "comment": "6 years"}
    assert middle.after == {"value": None, "na": True, "comment": "6 years", "member": "Member Bob"}
    assert last.before == {"value": None, "na": True, "comment": "6 years"}
    assert last.actor == "Member Bob" and last.entity_id == f"{emails[0]}/S2-DEVOPS"


def test_a_stale_save_from_a_second_workstation_names_who_changed_it(scoring):
    from panel_app.services import Services
    from panel_app.store import open_database

    sv, ref, emails = scoring
    other = Services.for_db(open_database(sv.db.url))
    try:
        bob_here, bob_there = who(sv, ref, "Member Bob"), who(other, ref, "Member Bob")
        sv.scoring.set_mark(ref, bob_here, emails[0], "S2-DEVOPS", 3)
        other.scoring.set_mark(ref, bob_there, emails[0], "S2-DEVOPS", 4, expected_version=1)
        with pytest.raises(StaleEdit, match=r"The mark on S2-DEVOPS was changed by Member Bob at \d\d\.\d\d\.\d{4}"):
            sv.scoring.set_mark(ref, bob_here, emails[0], "S2-DEVOPS", 1, expected_version=1)
        assert sv.scoring.sheet(ref, bob_here, emails[0]).marks[1].value == 4
    finally:
        other.db.dispose()


def test_a_candidate_imported_after_scoring_began_can_be_scored(scoring, tmp_path):
    from tests.gates.helpers import decide_all_eligible
    from tests.intake.fixtures import application_pdf, eml_bytes

    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 3)
    late = tmp_path / "late"
    late.mkdir()
    (late / "5.eml").write_bytes(eml_bytes(from_addr="late@x.eu",
                                           attachments=[("a.pdf", application_pdf(20), "application/pdf")]))
    sv.intake.import_paths(ref, [late], who(sv, ref, "Secretary Sam"), workers=1)
    decide_all_eligible(sv, ref, who(sv, ref, "Secretary Sam"))  # eligibility first: decided, then scored
    (new,) = {a.candidate.email for a in sv.applications.list(ref)} - set(emails)
    assert sv.scoring.set_mark(ref, bob, f" {new.upper()}", "S2-DEVOPS", 2).result.version == 1
    assert sv.scoring.set_mark(ref, bob, new, "S3-CICD", 2).result.version == 1
    assert [t.entity_id for t in _trail(sv, ref)][:2] == [f"{new}/S3-CICD", f"{new}/S2-DEVOPS"]
    with pytest.raises(NotFound, match="No candidate nobody@x.eu"):
        sv.scoring.set_mark(ref, bob, "nobody@x.eu", "S2-DEVOPS", 2)
