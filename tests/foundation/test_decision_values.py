"""The typed values of recorded decisions (issue 19): each kind writes the JSON it wrote before, and reads back a
record of an earlier release, a record without a value, or one with a key this release does not know."""

from __future__ import annotations

import json

import pytest

from panel_app.domain.decision_values import (
    KINDS,
    ConsensusValue,
    FinalFreezeValue,
    FinalPlace,
    FrozenPlace,
    MeetingValue,
    OutcomeValue,
    ReopenValue,
    ShortlistFreezeValue,
    ShortlistSignoffValue,
)


def test_the_stored_text_is_the_one_the_earlier_release_wrote():
    """The audit chain and the replay read these texts: their shape does not change."""
    assert ConsensusValue(3.0, 2.5, None).to_json() == json.dumps({"value": 3.0, "mean": 2.5, "minority": None})
    assert OutcomeValue("reserve", "2027-06-30").to_json() == json.dumps(
        {"outcome": "reserve", "valid_until": "2027-06-30"})
    assert ShortlistSignoffValue(12).to_json() == json.dumps({"freeze": 12})
    assert ReopenValue(12, 40).to_json() == json.dumps({"freeze": 12, "application": 40})
    freeze = ShortlistFreezeValue(["a@x.eu"], "rule", [FrozenPlace("a@x.eu", 1, 62.5, "invited", None)])
    assert freeze.to_json() == json.dumps({"invited": ["a@x.eu"], "rule": "rule", "ranking": [
        {"candidate": "a@x.eu", "rank": 1, "total": 62.5, "status": "invited", "article29": None}]})
    meeting = MeetingValue("2026-12-06", "Bruxelles, salle Schuman", False, ["Zoë Müller"], "Préselection", None)
    assert meeting.to_json() == json.dumps({"date": "2026-12-06", "place": "Bruxelles, salle Schuman",
                                            "written": False, "attendees": ["Zoë Müller"],
                                            "purpose": "Préselection", "replaces": None}, ensure_ascii=False)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_reads_back_what_it_wrote_and_an_empty_record(kind):
    cls = KINDS[kind]
    assert cls.from_json(cls().to_json()) == cls()
    assert cls.from_json(None) == cls() == cls.from_json("") == cls.from_json("not json")


def test_an_unknown_key_is_ignored_and_a_missing_one_takes_its_default():
    assert ConsensusValue.from_json('{"value": 2, "later": true}') == ConsensusValue(value=2)
    rows = FinalFreezeValue.from_json('{"rows": [{"candidate": "a@x.eu", "rank": 1, "extra": 0}]}').rows
    assert rows == [FinalPlace("a@x.eu", 1)]
    assert MeetingValue.from_json('{"date": "2026-12-06", "withdrawn": true}').withdrawn is True
