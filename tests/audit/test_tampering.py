"""Each tampering of the issue, by raw SQL on both back ends, is found by `audit verify` (named, expected vs
found) and refused by the freeze and the sign-off, with one line naming the first broken link."""

from __future__ import annotations

import json

import pytest

from panel_app.services.audit import ChainBroken


@pytest.fixture
def frozen(scored):
    sv, ref, emails, actor = scored
    sv.panel.freeze(ref, actor("Chair Anna"))
    assert sv.audit.verify(ref, actor("Chair Anna")).ok
    return scored


def _refused_everywhere(sv, ref, actor, needle: str) -> list[str]:
    chair = actor("Chair Anna")
    v = sv.audit.verify(ref, chair)
    assert not v.ok
    lines = v.lines()
    assert any(needle in line for line in lines), lines
    with pytest.raises(ChainBroken, match="does not match the database") as e:
        sv.panel.freeze(ref, chair, reason="after tampering")
    assert e.value.exit_code == 4 and v.findings[0].line() in str(e.value)
    with pytest.raises(ChainBroken):
        sv.panel.sign(ref, actor("Member Bob"))
    return lines


def _ids(raw, email, code, member="Member Bob"):
    m = raw.one("SELECT id FROM member WHERE name = :n", n=member)[0]
    c = raw.one("SELECT id FROM candidate WHERE email = :e", e=email)[0]
    k = raw.one("SELECT id FROM criterion WHERE code = :k", k=code)[0]
    return m, c, k


def test_a_mark_edited_after_submission(frozen, raw):
    sv, ref, emails, actor = frozen
    m, c, k = _ids(raw, emails[3], "S2-DEVOPS")
    assert raw("UPDATE score SET value = 4 WHERE member_id = :m AND candidate_id = :c AND criterion_id = :k",
               m=m, c=c, k=k) == 1
    lines = _refused_everywhere(sv, ref, actor, f"the mark of Member Bob on {emails[3]} / S2-DEVOPS")
    assert f"state: the mark of Member Bob on {emails[3]} / S2-DEVOPS: expected value 2, found 4" in lines


def test_an_audit_row_deleted(frozen, raw):
    sv, ref, emails, actor = frozen
    assert raw("DELETE FROM audit_event WHERE seq = 20") == 1
    lines = _refused_everywhere(sv, ref, actor, "deleted: event #20")
    assert lines[0].startswith("deleted: event #20: expected present, found missing")


def test_the_last_audit_rows_deleted(frozen, raw):
    sv, ref, emails, actor = frozen
    top = raw.one("SELECT max(seq) FROM audit_event")[0]
    raw("DELETE FROM audit_event WHERE seq = :s", s=top)  # the freeze event itself
    lines = _refused_everywhere(sv, ref, actor, f"deleted: events #{top}–#{top}")
    assert any("the shortlist_freeze decision" in x and "no such row in the audit record" in x for x in lines)


def test_a_forged_event(frozen, raw):
    sv, ref, emails, actor = frozen
    pid, top = raw.one("SELECT procedure_id, max(seq) FROM audit_event GROUP BY procedure_id")
    after = json.dumps({"value": 4, "na": False, "comment": "", "member": "Member Eva"})
    raw("INSERT INTO audit_event (procedure_id, at, actor, action, entity, entity_id, before, after, seq, "
        "prev_hash, hash) VALUES (:p, CURRENT_TIMESTAMP, 'Member Eva', 'score.set', 'score', :e, NULL, :a, :s, "
        ":h, :h)", p=pid, e=f"{emails[3]}/S3-CICD", a=after, s=top + 1, h="f" * 64)
    lines = _refused_everywhere(sv, ref, actor, f"event #{top + 1}")
    assert lines[0].startswith(f"inserted: event #{top + 1}")
    assert f"state: the mark of Member Eva on {emails[3]} / S3-CICD: expected value 4, found 2" in lines


def test_two_events_swapped(frozen, raw):
    sv, ref, emails, actor = frozen
    raw("UPDATE audit_event SET seq = -1 WHERE seq = 30")
    raw("UPDATE audit_event SET seq = 30 WHERE seq = 31")
    raw("UPDATE audit_event SET seq = 31 WHERE seq = -1")
    lines = _refused_everywhere(sv, ref, actor, "reordered")
    assert "expected position #31, found #30" in lines[0]
    assert any("expected position #30, found #31" in x for x in lines)


def test_a_member_promoted(frozen, raw):
    sv, ref, emails, actor = frozen
    raw("UPDATE member SET role = 'chair', voting = false WHERE name = 'Member Bob'")
    lines = _refused_everywhere(sv, ref, actor, "member Member Bob")
    assert "state: member Member Bob: expected role 'member', found 'chair'" in lines
    assert "state: member Member Bob: expected voting yes, found no" in lines


def test_an_event_edited(frozen, raw):
    sv, ref, emails, actor = frozen
    raw("UPDATE audit_event SET actor = 'Member Eva' WHERE seq = 40")
    _refused_everywhere(sv, ref, actor, "changed: event #40")


def test_grid_reweighted_and_unsealed_a_password_copied_a_rival_excluded(frozen, raw):
    sv, ref, emails, actor = frozen
    signed = {n: actor(n) for n in ("Chair Anna", "Member Bob")}  # before the chair's password is overwritten
    actor = signed.__getitem__
    raw("UPDATE criterion SET weight = 9 WHERE code = 'S2-DEVOPS'")
    raw("UPDATE procedure SET grid_hash = NULL, sealed_at = NULL")
    raw("UPDATE member SET password_hash = (SELECT password_hash FROM member WHERE name = 'Member Bob') "
        "WHERE name = 'Chair Anna'")
    raw("UPDATE application SET excluded = true, exclusion_reason = 'x' WHERE candidate_id = "
        "(SELECT id FROM candidate WHERE email = :e)", e=emails[0])
    raw("UPDATE decision SET value = '{}' WHERE kind = 'shortlist_freeze'")
    lines = _refused_everywhere(sv, ref, actor, "criterion S2-DEVOPS: expected weight 3, found 9")
    text = "\n".join(lines)
    assert "procedure DIGIT/COM/2026/1039: expected grid_hash" in text and "found none" in text
    assert "member Chair Anna: expected password" in text
    assert f"of {emails[0]}: expected excluded no, found yes" in text
    assert "the shortlist_freeze decision" in text and "found '{}'" in text
