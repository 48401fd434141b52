"""Scoring rules enforced in services: seal, declaration, conflicts, submit, blind, reopen, audit."""

from __future__ import annotations

import pytest

from panel_app.domain.errors import NotFound, Refused, StaleEdit, UserFacingError

from .conftest import who

PRESEL = ["S1-DEGREE", "S2-DEVOPS", "S3-CICD", "S4-CONTAINERS", "S5-IAC", "S6-CLOUD", "S7-SECURITY",
          "S8-DELIVERY", "S9-COORDINATION", "S10-TRANSITION", "A1-TOOLS", "A2-CLOUDS", "A3-NUTANIX",
          "A4-ITIL-PM2", "A5-LANGUAGES"]


def mark_all(sv, ref, actor, email, value=3):
    for code in PRESEL:
        if code == "A3-NUTANIX":
            sv.scoring.set_mark(ref, actor, email, code, None, na=True)
        else:
            sv.scoring.set_mark(ref, actor, email, code, value)


def test_nothing_opens_before_seal_and_declaration(services, procedure, tmp_path):
    bob = who(services, procedure, "Member Bob")
    with pytest.raises(Refused, match="not sealed"):
        services.scoring.my_candidates(procedure, bob)
    services.grid.seal(procedure, who(services, procedure, "Chair Anna"))
    with pytest.raises(Refused, match="declaration"):
        services.scoring.my_candidates(procedure, bob)


def test_roles(scoring):
    sv, ref, emails = scoring
    sam = who(sv, ref, "Secretary Sam")
    with pytest.raises(Refused, match="secretary does not score"):
        sv.scoring.set_mark(ref, sam, emails[0], "S2-DEVOPS", 3)
    olga = who(sv, ref, "Observer Olga")
    sv.scoring.declare_confidentiality(ref, olga)
    with pytest.raises(Refused, match="observer"):
        sv.scoring.set_mark(ref, olga, emails[0], "S2-DEVOPS", 3)


def test_order_is_stable_and_differs_per_member(scoring):
    sv, ref, emails = scoring
    bob, eva = who(sv, ref, "Member Bob"), who(sv, ref, "Member Eva")
    a = [c.email for c in sv.scoring.my_candidates(ref, bob)]
    assert a == [c.email for c in sv.scoring.my_candidates(ref, bob)]
    assert sorted(a) == emails
    from panel_app.services.scoring_access import member_order

    assert member_order(ref, "Member Bob", emails) != member_order(ref, "Member Eva", emails) or len(emails) < 3
    assert [c.email for c in sv.scoring.my_candidates(ref, eva)] == member_order(ref, "Member Eva", emails)


def test_marks_autosave_validate_and_audit(scoring):
    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    m = sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 3, comment="8 years DevOps lead at X").result
    assert (m.value, m.version) == (3, 1)
    with pytest.raises(UserFacingError, match="outside the scale"):
        sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 5)
    with pytest.raises(NotFound):
        sv.scoring.set_mark(ref, bob, emails[0], "I1-ANALYSIS", 3)
    m2 = sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 4, expected_version=1).result
    with pytest.raises(StaleEdit, match="changed by Member Bob"):
        sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 2, expected_version=1)
    assert m2.value == 4
    sheet = sv.scoring.sheet(ref, bob, emails[0])
    s2 = next(x for x in sheet.marks if x.criterion == "S2-DEVOPS")
    assert s2.value == 4 and s2.comment == "8 years DevOps lead at X"
    na = sv.scoring.set_mark(ref, bob, emails[0], "A3-NUTANIX", None, na=True).result
    assert na.na and na.value is None
    trail = sv.procedures.audit_trail(ref, "score.set")
    assert len(trail) == 3 and trail[0].after["na"] is True


def test_submit_requires_every_mark_and_locks(scoring):
    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 3)
    with pytest.raises(Refused, match="no mark yet on S1-DEGREE"):
        sv.scoring.submit(ref, bob, emails[0])
    mark_all(sv, ref, bob, emails[0])
    assert sv.scoring.submit(ref, bob, emails[0]).result.status == "submitted"
    with pytest.raises(Refused, match="only the chair can reopen"):
        sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 1)
    with pytest.raises(Refused):
        sv.scoring.reopen(ref, bob, "Member Bob", emails[0], "my mistake")
    chair = who(sv, ref, "Chair Anna")
    with pytest.raises(UserFacingError, match="reason"):
        sv.scoring.reopen(ref, chair, "Member Bob", emails[0], " ")
    sv.scoring.reopen(ref, chair, "Member Bob", emails[0], "Bob asked: wrong candidate marked")
    sv.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 1)
    assert sv.procedures.audit_trail(ref, "assessment.reopen")[0].after["reason"].startswith("Bob asked")


def test_blind_until_own_submission_and_chair_counts_only(scoring):
    sv, ref, emails = scoring
    bob, eva, chair = who(sv, ref, "Member Bob"), who(sv, ref, "Member Eva"), who(sv, ref, "Chair Anna")
    e = emails[0]
    mark_all(sv, ref, bob, e, 4)
    sv.scoring.submit(ref, bob, e)
    mark_all(sv, ref, eva, e, 2)
    # Eva has not submitted: she sees only her own marks
    assert {m.member for m in sv.marks.marks(ref, eva, e)} == {"Member Eva"}
    # the chair (also a voting member, not submitted) sees nothing of Bob's, only counts
    assert [m for m in sv.marks.marks(ref, chair, e) if m.member != "Chair Anna"] == []
    prog = {p.email: p for p in sv.marks.progress(ref, chair)}
    assert (prog[e].submitted, prog[e].expected) == (1, 3)
    sv.scoring.submit(ref, eva, e)
    seen = sv.marks.marks(ref, eva, e)
    assert {m.member for m in seen} == {"Member Bob", "Member Eva"}
    assert any(m.member == "Member Bob" and m.value == 4 for m in seen)
    # the chair still sees counts only until every voting member (the chair included) has submitted
    assert [m for m in sv.marks.marks(ref, chair, e) if m.member != "Chair Anna"] == []
    mark_all(sv, ref, chair, e, 3)
    sv.scoring.submit(ref, chair, e)
    assert {m.member for m in sv.marks.marks(ref, chair, e)} == {"Chair Anna", "Member Bob", "Member Eva"}


def test_conflict_hides_documents_and_marks(scoring):
    sv, ref, emails = scoring
    bob, eva = who(sv, ref, "Member Bob"), who(sv, ref, "Member Eva")
    e = emails[1]
    doc = sv.scoring.document(ref, bob, e)
    data, texts = doc.data, doc.page_texts
    assert data.startswith(b"%PDF") and any(texts)
    with pytest.raises(UserFacingError, match="reason"):
        sv.scoring.declare_conflict(ref, bob, e, "")
    sv.scoring.declare_conflict(ref, bob, e, "former direct report", "hierarchical")
    assert e not in [c.email for c in sv.scoring.my_candidates(ref, bob)]
    with pytest.raises(Refused, match="conflict"):
        sv.scoring.document(ref, bob, e)
    with pytest.raises(Refused, match="conflict"):
        sv.scoring.sheet(ref, bob, e)
    with pytest.raises(Refused, match="conflict"):
        sv.scoring.set_mark(ref, bob, e, "S2-DEVOPS", 3)
    mark_all(sv, ref, eva, e)
    sv.scoring.submit(ref, eva, e)
    assert sv.marks.marks(ref, bob, e) == []
    prog = {p.email: p for p in sv.marks.progress(ref, eva)}
    assert prog[e].expected == 2  # Bob is out of this candidate's aggregation
    decl = sv.scoring.declarations(ref)
    assert any(d.kind == "conflict" and d.member == "Member Bob" and d.type == "hierarchical" for d in decl)


def test_interview_marks_only_for_invited_candidates(scoring):
    sv, ref, emails = scoring
    bob = who(sv, ref, "Member Bob")
    with pytest.raises(Refused, match="not invited"):
        sv.scoring.set_mark(ref, bob, emails[0], "I1-ANALYSIS", 3, stage="interview")
    with pytest.raises(Refused, match="not invited"):
        sv.scoring.submit(ref, bob, emails[0], stage="interview")
