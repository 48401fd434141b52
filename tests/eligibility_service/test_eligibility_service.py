"""The eligibility service: the matrix contract, decisions with reasons, Art. 29, exclusion, permissions."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

import pytest

from panel_app.domain.errors import NotFound, Refused, StaleEdit, UserFacingError

ROW_KEYS = {"id", "source", "candidate", "suggested", "checks", "overall", "excluded", "exclusion_reason",
            "article29", "article29_evidence", "warnings"}
CHECK_KEYS = {"criterion", "suggested", "decided", "evidence", "page", "reason", "decided_by", "decided_at"}
DOCUMENT_CHECKS = ("E-NATIONALITY", "E-DIPLOMA", "E-LANG-MAIN", "E-LANG-SECOND", "E-CIVIC")


def rows(services, ref):
    return {r.id: r for r in services.eligibility.matrix(ref)}


def cell(row, code):
    return next(c for c in row.checks if c.criterion == code)


def test_matrix_contract(services, procedure, ids):
    m = services.eligibility.matrix(procedure)
    codes = [c.code for c in services.grid.grid(procedure).criteria if c.group == "eligibility"]
    assert sorted(r.id for r in m) == sorted(ids.values())
    for r in m:
        assert set(r.as_json()) == ROW_KEYS
        assert set(r.as_json()["candidate"]) == {"surname", "first_name", "email"}
        assert set(r.as_json()["suggested"]) == {"nationalities", "diploma_years", "languages", "article29"}
        assert [c.criterion for c in r.checks] == codes
        for c in r.checks:
            assert set(asdict(c)) == CHECK_KEYS
            assert c.suggested in ("met", "not_met", "to_verify", "declared") and c.decided is None
        assert r.overall in ("eligible", "not_eligible", "to_verify")
        assert r.excluded is False and r.article29 is None
    eligible = next(r for r in m if r.id == ids["eligible"])
    assert eligible.candidate.email == "eligible@example.eu"
    assert eligible.suggested.nationalities == ["BE"] and eligible.suggested.diploma_years == 4
    assert {"lang": "en", "level": "C1"} in eligible.suggested.languages


def test_suggestions_for_each_situation(services, procedure, ids):
    m = rows(services, procedure)
    assert m[ids["eligible"]].overall == "eligible"
    assert cell(m[ids["eligible"]], "E-CIVIC").suggested == "declared"  # declared, never "met"
    nat = cell(m[ids["non_eu"]], "E-NATIONALITY")
    assert nat.suggested == "not_met" and "NO" in nat.reason and nat.page == 3
    assert m[ids["non_eu"]].overall == "not_eligible"
    dip = cell(m[ids["two_years"]], "E-DIPLOMA")
    assert dip.suggested == "not_met" and "2 years" in dip.reason and "Duration" in dip.evidence
    lang = cell(m[ids["level_unknown"]], "E-LANG-SECOND")
    assert lang.suggested == "to_verify" and "quite good" in lang.reason
    assert m[ids["level_unknown"]].overall == "to_verify"
    assert cell(m[ids["late"]], "E-DEADLINE").suggested == "not_met"
    enc = m[ids["encrypted"]]
    assert all(c.suggested != "not_met" for c in enc.checks)
    assert all(cell(enc, code).suggested == "to_verify" for code in DOCUMENT_CHECKS)
    assert enc.overall == "to_verify" and any("encrypted" in w for w in enc.warnings)


def test_counts_and_only_to_verify(services, procedure, ids):
    assert services.eligibility.counts(procedure).as_json() == {
        "received": 6, "on_time": 5, "eligible": 1, "not_eligible": 3, "to_verify": 2, "excluded": 0}
    only = services.eligibility.matrix(procedure, only_to_verify=True)
    assert {r.id for r in only} == {ids["level_unknown"], ids["encrypted"]}


def test_not_met_and_overrides_need_a_reason(services, procedure, ids, secretary):
    e = services.eligibility
    with pytest.raises(UserFacingError, match="E-NATIONALITY"):
        e.decide(procedure, ids["eligible"], "E-NATIONALITY", "not_met", "", secretary)
    with pytest.raises(UserFacingError, match="E-LANG-SECOND.*to_verify"):
        e.decide(procedure, ids["level_unknown"], "E-LANG-SECOND", "met", "  ", secretary)
    with pytest.raises(UserFacingError, match="E-NATIONALITY"):  # confirming a suggested not_met: still a reason
        e.decide(procedure, ids["non_eu"], "E-NATIONALITY", "not_met", None, secretary)
    assert all(c.decided is None for r in e.matrix(procedure) for c in r.checks)
    assert not services.procedures.audit_trail(procedure, action="eligibility.decide")
    row = e.decide(procedure, ids["eligible"], "E-NATIONALITY", "met", None, secretary).result  # confirms: no reason
    assert cell(row, "E-NATIONALITY").decided == "met"


def test_overall_uses_the_decided_value(services, procedure, ids, secretary):
    e = services.eligibility
    row = e.decide(procedure, ids["level_unknown"], "E-LANG-SECOND", "met", "Certificate: English C1", secretary).result
    c = cell(row, "E-LANG-SECOND")
    assert row.overall == "eligible"
    assert (c.suggested, c.decided, c.reason, c.decided_by) == (
        "to_verify", "met", "Certificate: English C1", "Secretary Sam")
    assert datetime.fromisoformat(c.decided_at).tzinfo is not None
    row = e.decide(procedure, ids["level_unknown"], "E-LANG-SECOND", "not_met", "Certificate is B1 only", secretary).result
    assert row.overall == "not_eligible" and cell(row, "E-LANG-SECOND").decided == "not_met"
    row = e.decide(procedure, ids["non_eu"], "E-NATIONALITY", "met", "Also Belgian: passport attached", secretary).result
    assert row.overall == "eligible"
    assert e.counts(procedure).not_eligible == 3  # non_eu left, level_unknown joined
    events = services.procedures.audit_trail(procedure, action="eligibility.decide")
    lang = [ev for ev in events if ev.after["criterion"] == "E-LANG-SECOND"]
    assert [(ev.before["value"], ev.after["value"]) for ev in reversed(lang)] == [
        (None, "met"), ("met", "not_met")]
    assert lang[0].actor == "Secretary Sam" and lang[0].after["reason"] == "Certificate is B1 only"


def test_declared_items_stay_declared(services, procedure, ids, secretary):
    e = services.eligibility
    with pytest.raises(UserFacingError, match="declared"):
        e.decide(procedure, ids["encrypted"], "E-CIVIC", "met", "seen", secretary)
    with pytest.raises(UserFacingError, match="cannot be 'declared'"):
        e.decide(procedure, ids["encrypted"], "E-NATIONALITY", "declared", "seen", secretary)
    with pytest.raises(NotFound, match="S1-EXPERIENCE|not an eligibility criterion"):
        e.decide(procedure, ids["encrypted"], "S1-EXPERIENCE", "met", "x", secretary)
    row = e.decide(procedure, ids["encrypted"], "E-CIVIC", "declared", "Box ticked on the decrypted copy", secretary).result
    assert cell(row, "E-CIVIC").decided == "declared"


def test_a_stale_decision_is_refused(services, procedure, ids, secretary, chair):
    e = services.eligibility
    e.decide(procedure, ids["encrypted"], "E-DIPLOMA", "met", "Master, 5 years (paper copy)", chair)
    with pytest.raises(StaleEdit, match="Chair Anna"):
        e.decide(procedure, ids["encrypted"], "E-DIPLOMA", "not_met", "2 years", secretary, seen_decided_at=None)


def test_exclusion_and_readmission_are_audited(services, procedure, ids, secretary):
    e = services.eligibility
    with pytest.raises(UserFacingError, match="reason"):
        e.exclude(procedure, ids["late"], " ", secretary)
    with pytest.raises(Refused, match="not excluded"):
        e.readmit(procedure, ids["late"], "by mistake", secretary)
    row = e.exclude(procedure, ids["late"], "Received after the deadline", secretary).result
    assert row.excluded is True and row.exclusion_reason == "Received after the deadline"
    assert e.counts(procedure).excluded == 1 and e.counts(procedure).not_eligible == 2
    row = e.readmit(procedure, ids["late"], "Mail server outage: deadline extended", secretary).result
    assert row.excluded is False and row.exclusion_reason == "Mail server outage: deadline extended"
    (ex,) = services.procedures.audit_trail(procedure, action="application.exclude")
    (re,) = services.procedures.audit_trail(procedure, action="application.readmit")
    assert ex.after == {"excluded": True, "reason": "Received after the deadline"}
    assert re.before["excluded"] is True and re.after["excluded"] is False
    assert re.actor == "Secretary Sam" and re.entity_id == str(ids["late"])


def test_article29_category_with_evidence(services, procedure, ids, secretary):
    e = services.eligibility
    with pytest.raises(UserFacingError, match="not an Article 29 category"):
        e.set_article29(procedure, ids["eligible"], "ambassador", "x", secretary)
    with pytest.raises(UserFacingError, match="what shows the category"):
        e.set_article29(procedure, ids["eligible"], "official", "", secretary)
    row = e.set_article29(procedure, ids["eligible"], "official", "Staff number 123456 (Sysper)", secretary).result
    assert (row.article29, row.article29_evidence) == ("official", "Staff number 123456 (Sysper)")
    row = e.set_article29(procedure, ids["eligible"], "none", None, secretary).result
    assert row.article29 is None
    events = services.procedures.audit_trail(procedure, action="eligibility.article29")
    assert [ev.after["article29"] for ev in reversed(events)] == ["official", None]


def test_only_the_secretary_and_the_chair_decide(services, procedure, ids, secretary, chair, member):
    e = services.eligibility
    e.decide(procedure, ids["encrypted"], "E-DEADLINE", "met", None, secretary)
    e.decide(procedure, ids["encrypted"], "E-FORMAT", "met", None, chair)
    observer = services.members.sign_in(procedure, "Observer Olga", "olga-pass")
    for who in (member, observer):
        with pytest.raises(Refused, match="secretary or chair|only the"):
            e.decide(procedure, ids["encrypted"], "E-DIPLOMA", "met", "seen", who)
        with pytest.raises(Refused):
            e.exclude(procedure, ids["encrypted"], "no", who)
        with pytest.raises(Refused):
            e.set_article29(procedure, ids["encrypted"], "laureate", "EPSO/AD/400", who)
    assert cell(rows(services, procedure)[ids["encrypted"]], "E-DIPLOMA").decided is None
    assert len(e.matrix(procedure)) == 6  # members may read the matrix


def test_candidate_lookup(services, procedure, ids):
    assert services.eligibility.application_of(procedure, "NON.EU@example.eu") == ids["non_eu"]
    with pytest.raises(NotFound, match="nobody@example.eu"):
        services.eligibility.application_of(procedure, "nobody@example.eu")
