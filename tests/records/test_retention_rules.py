"""The retention rules alone (domain/retention.py): periods, the reserve list, the recruited, the holds."""

from __future__ import annotations

from datetime import date

from panel_app.domain.retention import CandidateRecord, Hold, RetentionPolicy, add_years, plan

CLOSED = date(2026, 12, 6)
RECORDS = [CandidateRecord(1, "a@x.eu", None, None), CandidateRecord(2, "b@x.eu", "reserve", date(2027, 12, 31)),
           CandidateRecord(3, "c@x.eu", "recommended", None), CandidateRecord(4, "d@x.eu", "reserve", None),
           CandidateRecord(5, "e@x.eu", None, None, purged=True)]


def test_the_periods_count_from_the_close_and_from_the_reserve_lists_validity():
    p = RetentionPolicy()
    assert (p.non_recruited_years, p.reserve_years) == (2, 1)
    assert [d.candidate_id for d in plan(p, CLOSED, date(2028, 12, 5), RECORDS, []).due] == []
    assert [d.candidate_id for d in plan(p, CLOSED, date(2028, 12, 6), RECORDS, []).due] == [1]
    out = plan(p, CLOSED, date(2028, 12, 31), RECORDS, [])
    assert [d.candidate_id for d in out.due] == [1, 2]
    assert out.due[1].reason == "reserve list valid until 31.12.2027, kept 1 year(s) more (until 31.12.2028)"
    assert any(k.startswith("c@x.eu: recommended for recruitment") for k in out.kept)
    assert any(k.startswith("d@x.eu: on the reserve list with no validity date") for k in out.kept)
    assert plan(p, None, date(2040, 1, 1), RECORDS, []).due == []


def test_a_hold_blocks_what_it_covers_only():
    p = RetentionPolicy.from_settings({"non_recruited_years": 1})
    on_b = Hold(7, 2, "Court case T-1/28", "Anna")
    out = plan(p, CLOSED, date(2030, 1, 1), RECORDS, [on_b])
    assert [d.candidate_id for d in out.deletable] == [1]
    assert out.due[1].held_by == on_b
    whole = Hold(8, None, "Ombudsman", "Anna")
    out = plan(p, CLOSED, date(2030, 1, 1), RECORDS, [on_b, whole])
    assert out.deletable == [] and out.procedure_hold == whole
    assert whole.words() == "legal hold #8 on the procedure (Ombudsman, set by Anna)"


def test_settings_are_checked_and_29_february_is_counted():
    import pytest

    with pytest.raises(ValueError, match="^Reserve years must be a whole number of years from 0 to 100.$"):
        RetentionPolicy().changed(reserve_years=-1)
    assert RetentionPolicy().changed(non_recruited_years=5).non_recruited_years == 5
    assert add_years(date(2028, 2, 29), 1) == date(2029, 2, 28)
