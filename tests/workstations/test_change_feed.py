"""Live progress: a write on one workstation is seen by another within about two seconds."""

from __future__ import annotations

import time

import pytest

from tests.workstations.conftest import build_procedure, who


def wait_for_change(feed, timeout: float = 2.0) -> set[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        changed = feed.poll()
        if changed:
            return changed
        time.sleep(0.05)
    return set()


@pytest.fixture(params=["sqlite", "postgres"])
def two_workstations(request, tmp_path, template_path):
    from panel_app.services import Services
    from panel_app.store import open_database

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    else:
        url = request.getfixturevalue("fresh_pg")["url"]
    a = Services.open(url)
    if request.param == "postgres":
        a.workstations.init_postgres(group=request.getfixturevalue("fresh_pg")["group"])
    ref, emails = build_procedure(a, template_path, tmp_path / "box", n_candidates=1)
    b = Services.for_db(open_database(url))
    yield a, b, ref, emails, request.param
    a.db.dispose()
    b.db.dispose()


def test_a_mark_saved_elsewhere_is_seen_within_two_seconds(two_workstations):
    a, b, ref, emails, backend = two_workstations
    feed = a.workstations.change_feed()
    bob = who(b, ref, "Member Bob")
    try:
        assert wait_for_change(feed, 0.3) == set()  # quiet while nobody writes
        b.scoring.set_mark(ref, bob, emails[0], "S2-DEVOPS", 3.0)
        changed = wait_for_change(feed)
        # PostgreSQL: Bob's first mark on the candidate starts his assessment (in progress), which notifies
        assert changed and (backend == "sqlite" or "assessment" in changed)
        assert wait_for_change(feed, 0.3) == set()  # reported once
        b.scoring.declare_conflict(ref, who(b, ref, "Member Eva"), emails[0], "my neighbour", "personal")
        assert wait_for_change(feed)
    finally:
        feed.close()


def test_a_submit_elsewhere_is_seen_within_two_seconds_while_drafts_stay_quiet(two_workstations):
    a, b, ref, emails, backend = two_workstations
    bob = who(b, ref, "Member Bob")
    marks = [m.criterion for m in b.scoring.sheet(ref, bob, emails[0]).marks]
    b.scoring.set_mark(ref, bob, emails[0], marks[0], 2.0)
    feed = a.workstations.change_feed()
    try:
        for code in marks[1:]:
            b.scoring.set_mark(ref, bob, emails[0], code, 2.0)
        if backend == "postgres":  # a draft mark changes nothing another workstation shows: no NOTIFY
            assert wait_for_change(feed, 0.5) == set()
        wait_for_change(feed, 0.3)
        b.scoring.submit(ref, bob, emails[0])
        changed = wait_for_change(feed)
        assert changed and (backend == "sqlite" or changed == {"assessment"})
        progress = {p.email: p for p in a.marks.progress(ref, who(a, ref, "Chair Anna"))}
        assert (progress[emails[0]].submitted, progress[emails[0]].expected) == (1, 3)
    finally:
        feed.close()


def test_live_progress_broadcasts_marks(two_workstations, qtbot):
    from panel_app.ui.live import LiveProgress
    from panel_app.ui.state import AppState

    a, b, ref, emails, _ = two_workstations
    state = AppState(a)
    seen: list[str] = []
    state.data_changed.connect(seen.append)
    live = LiveProgress(state, interval_ms=100)
    live.start()
    qtbot.wait(400)
    assert seen == []
    b.scoring.set_mark(ref, who(b, ref, "Member Bob"), emails[0], "S2-DEVOPS", 2.0)
    qtbot.waitUntil(lambda: "marks" in seen, timeout=2000)
    live.stop()
    state.tasks.wait()
