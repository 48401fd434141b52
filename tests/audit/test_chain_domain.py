"""The chain's rules in the domain (no database): unambiguous canonical form, the walk names each break."""

from __future__ import annotations

from dataclasses import replace

from panel_app.domain.audit.chain import GENESIS, ChainEvent, walk


def chain(n: int) -> list[ChainEvent]:
    out, prev = [], GENESIS
    for i in range(1, n + 1):
        e = ChainEvent(i, i, prev, None, 7, f"2026-12-06T10:00:0{i % 10}.000000", "Bob", "score.set", "score",
                       f"a@x.eu/S{i}", None, '{"value": 3}', None)
        e = replace(e, hash=e.computed_hash())
        out.append(e)
        prev = e.hash
    return out


def test_fields_cannot_be_shifted_into_each_other():
    a = ChainEvent(1, 1, GENESIS, None, 7, "t", "Bob|x", "a", "b", None, None, None, None)
    b = ChainEvent(1, 1, GENESIS, None, 7, "t", "Bob", "x|a", "b", None, None, None, None)
    c = ChainEvent(1, 1, GENESIS, None, 7, "t", "Bob", "x|a", "b", "", None, None, None)  # "" is not NULL
    assert len({a.computed_hash(), b.computed_hash(), c.computed_hash()}) == 3


def test_a_clean_chain_and_each_break_named():
    events = chain(6)
    ok = walk(events, (6, events[-1].hash))
    assert ok.findings == [] and ok.last_hash == events[-1].hash and ok.events == 6

    edited = events[:2] + [replace(events[2], after='{"value": 4}')] + events[3:]
    assert [f.kind for f in walk(edited, (6, events[-1].hash)).findings] == ["changed"]
    assert walk(edited, None).findings[0].where.startswith("event #3 (id 3, score.set a@x.eu/S3 by Bob)")

    gone = events[:3] + events[4:]
    f = walk(gone, (6, events[-1].hash)).findings
    assert [x.line() for x in f] == ["deleted: event #4: expected present, found missing (the chain jumps to #5)"]

    swapped = events[:2] + [replace(events[3], seq=3), replace(events[2], seq=4)] + events[4:]
    lines = [x.line() for x in walk(swapped, (6, events[-1].hash)).findings]
    assert lines[0].startswith("reordered: event id 4 (score.set a@x.eu/S4): expected position #4, found #3")

    tail_cut = walk(events[:4], (6, events[-1].hash)).findings
    assert [x.line() for x in tail_cut] == ["deleted: events #5–#6: expected present, found missing "
                                            "(the last events were removed)"]
