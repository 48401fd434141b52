"""A mark typed while the database is out of reach is kept, and saved when the server is back.

The server is a private PostgreSQL (conftest.py) that the tests really stop (pg_ctl stop -m fast) and start.
"""

from __future__ import annotations

import json
import uuid

import pytest

from panel_app.domain.changes import Change
from panel_app.domain.errors import StaleEdit
from panel_app.services import Services
from panel_app.services.outbox import MarkNotSaved, Outbox, PendingMark, deliver, safe_url, save_or_queue
from panel_app.store.errors import is_connection_error
from tests.gui_scoring.conftest import make_procedure, who
from tests.resilience.conftest import PASSWORD

CRIT = "S1-DEGREE"


# ----------------------------------------------------------------------------- the queue itself (no server)
def test_outbox_file_survives_a_restart_and_never_holds_the_password(tmp_path):
    url = f"postgresql+psycopg://bob:{PASSWORD.replace('/', '%2F').replace('@', '%40')}@db.example:5432/panel"
    box = Outbox.for_database(url, tmp_path)
    assert box.database == "postgresql+psycopg://bob@db.example:5432/panel" == safe_url(url)
    first = box.put(PendingMark("REF", "Member Bob", "c0@x.eu", CRIT, 3, expected_version=2))
    box.put(PendingMark("REF", "Member Bob", "c0@x.eu", "S2-DEVOPS", None, na=True, expected_version=5))
    # A second mark on the same cell replaces the waiting one and keeps the version it was typed on.
    newer = box.put(PendingMark("REF", "Member Bob", "c0@x.eu", CRIT, 4, expected_version=7))
    assert (newer.value, newer.expected_version) == (4, 2)
    text = box.path.read_text(encoding="utf-8")
    assert "s3cret" not in text and "pässword" not in text
    again = Outbox.for_database(url, tmp_path)  # the application was closed while offline
    assert [(m.criterion, m.value, m.na, m.expected_version) for m in again.pending("REF", "Member Bob")] == \
        [(CRIT, 4, False, 2), ("S2-DEVOPS", None, True, 5)]
    again.discard(first)  # an entry replaced meanwhile is not the one discarded
    assert len(again) == 2
    for m in again.pending():
        again.discard(m)
    assert not again.path.exists()


def test_an_unreadable_outbox_file_is_kept_aside_not_fatal(tmp_path):
    box = Outbox.for_database("sqlite:///x.sqlite", tmp_path)
    box.path.parent.mkdir(parents=True, exist_ok=True)
    box.path.write_text("{not json", encoding="utf-8")
    assert len(Outbox.for_database("sqlite:///x.sqlite", tmp_path)) == 0
    assert [p.name for p in tmp_path.iterdir() if ".unreadable-" in p.name]


def test_refusals_and_bugs_are_not_connection_errors():
    assert not is_connection_error(StaleEdit("The mark", "Member Eva", "10:00"))
    assert not is_connection_error(ValueError("bug"))


# ----------------------------------------------------------------------------- against a server that goes away
@pytest.fixture
def panel(running, template_path, tmp_path):
    """(services, reference, Bob, outbox) on a fresh database of the private server."""
    name = running.create_database(f"panel_{uuid.uuid4().hex[:8]}")
    services = Services.open(running.url(name))
    ref = make_procedure(services, template_path, tmp_path, n=2)
    bob = who(services, ref, "Member Bob")
    yield services, ref, bob, Outbox.for_database(services.db.url, tmp_path / "outbox")
    services.db.dispose()


def stored(services, ref, actor, email):
    return next(m for m in services.scoring.sheet(ref, actor, email).marks if m.criterion == CRIT)


def first_email(services, ref, actor):
    return services.scoring.my_candidates(ref, actor)[0].email


def test_mark_typed_while_the_server_is_down_reaches_it_when_it_is_back(panel, running):
    services, ref, bob, box = panel
    email = first_email(services, ref, bob)
    v = services.scoring.set_mark(ref, bob, email, CRIT, 1).result.version
    running.stop()
    with pytest.raises(Exception) as raised:  # what the mark writer used to show as an error, losing the mark
        services.scoring.set_mark(ref, bob, email, CRIT, 2, expected_version=v)
    assert is_connection_error(raised.value)
    op = save_or_queue(box, services.scoring, bob, PendingMark(ref, bob.name, email, CRIT, 3, comment="good",
                                                               expected_version=v))
    result = op.result
    assert not op.changes  # queued, not saved: nothing changed yet (issue 19)
    assert result.offline and result.remaining == 1 and not result.saved
    assert json.loads(box.path.read_text(encoding="utf-8"))["marks"][0]["value"] == 3  # on disk, not only in memory
    assert deliver(box, services.scoring, bob, ref).result.offline  # still down: still waiting
    assert len(box) == 1
    running.start()
    op = deliver(box, services.scoring, bob, ref)
    result = op.result
    assert op.changes == {Change.SCORES}
    assert not result.offline and result.remaining == 0 and not result.refused
    (typed, mark), = result.saved
    assert (mark.value, mark.comment, mark.version) == (3, "good", v + 1)
    assert (stored(services, ref, bob, email).value, len(box)) == (3, 0)
    assert not box.path.exists()


def test_a_mark_changed_meanwhile_is_reported_not_overwritten(panel, running):
    services, ref, bob, box = panel
    email = first_email(services, ref, bob)
    v = services.scoring.set_mark(ref, bob, email, CRIT, 1).result.version
    running.stop()
    save_or_queue(box, services.scoring, bob, PendingMark(ref, bob.name, email, CRIT, 4, expected_version=v))
    running.start()
    services.scoring.set_mark(ref, bob, email, CRIT, 2, expected_version=v)  # Bob, on his other PC
    result = deliver(box, services.scoring, bob, ref).result
    assert not result.saved and result.remaining == 0
    (error,), = [result.refused]
    assert isinstance(error, MarkNotSaved) and isinstance(error.cause, StaleEdit)
    assert "Your mark 4 on S1-DEGREE" in error.message and "changed by Member Bob" in error.message
    assert stored(services, ref, bob, email).value == 2  # the other save stands


def test_a_save_that_committed_before_the_link_dropped_is_not_a_conflict(panel, running):
    services, ref, bob, box = panel
    email = first_email(services, ref, bob)
    v = services.scoring.set_mark(ref, bob, email, CRIT, 1).result.version
    running.stop()
    save_or_queue(box, services.scoring, bob, PendingMark(ref, bob.name, email, CRIT, 3, expected_version=v))
    running.start()
    services.scoring.set_mark(ref, bob, email, CRIT, 3, expected_version=v)  # the lost answer: it was stored
    result = deliver(box, services.scoring, bob, ref).result
    assert not result.refused and [m.value for _t, m in result.saved] == [3] and len(box) == 0


def test_marks_queue_behind_waiting_ones_and_arrive_in_order(panel, running):
    services, ref, bob, box = panel
    email = first_email(services, ref, bob)
    running.stop()
    save_or_queue(box, services.scoring, bob, PendingMark(ref, bob.name, email, CRIT, 1))
    running.start()
    # The server is back, but a mark waits: the new one goes behind it, and both are saved, in order.
    result = save_or_queue(box, services.scoring, bob, PendingMark(ref, bob.name, email, "S2-DEVOPS", 2)).result
    assert [(t.criterion, m.value) for t, m in result.saved] == [(CRIT, 1), ("S2-DEVOPS", 2)]
    assert result.remaining == 0
