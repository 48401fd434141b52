"""The Scoring page while the database server goes away and comes back: the member types on, the indicator
says "Not saved, retrying…", and the marks land when the server answers again."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from panel_app.services import Services, outbox
from panel_app.ui.pages import scoring_page
from panel_app.ui.pages.scoring_page import ScoringPage
from panel_app.ui.state import AppState
from tests.gui_scoring.conftest import make_procedure, ready, settle, who
from tests.resilience.conftest import wait_until


@pytest.fixture
def offline_page(qtbot, running, template_path, tmp_path, monkeypatch):
    monkeypatch.setattr(outbox, "default_folder", lambda: tmp_path / "outbox")
    errors = []
    monkeypatch.setattr(scoring_page, "show_error", lambda _parent, e: errors.append(e))
    services = Services.open(running.url(running.create_database(f"panel_{uuid.uuid4().hex[:8]}")))
    ref = make_procedure(services, template_path, tmp_path, n=2)
    state = AppState(services)
    page = ScoringPage(state)
    page.writer.outbox._timer.setInterval(300)  # retry every 0.3 s rather than 3 s
    qtbot.addWidget(page)
    page.resize(1360, 780)
    page.show()
    state.set_procedure(ref)
    bob = who(services, ref, "Member Bob")
    state.set_actor(bob)
    host = SimpleNamespace(state=state, page=page)
    settle(qtbot, host)
    qtbot.waitUntil(lambda: ready(page))
    yield SimpleNamespace(page=page, services=services, ref=ref, bob=bob, errors=errors, host=host)
    state.tasks.wait()
    services.db.dispose()


def stored(t, email):
    return {m.criterion: m.value for m in t.services.scoring.sheet(t.ref, t.bob, email).marks}


def test_marks_typed_while_the_server_is_down_are_kept_and_saved_when_it_is_back(qtbot, offline_page, running):
    t = offline_page
    page, table = t.page, t.page.grid.table
    email = page.current
    table.setFocus()
    assert page.grid.current_criterion() == "S1-DEGREE"
    qtbot.keyClick(table, Qt.Key.Key_2)
    settle(qtbot, t.host)
    assert stored(t, email)["S1-DEGREE"] == 2 and page.saved_label.text().startswith("Saved ✓")

    running.stop()
    qtbot.keyClick(table, Qt.Key.Key_Backtab)  # each mark moves on; back to S1-DEGREE to correct it
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: page.saved_label.text() == "Not saved, retrying…", timeout=8000)
    assert page.writer.outbox.waiting == 1 and page.writer.busy
    qtbot.keyClick(table, Qt.Key.Key_4)  # the member goes on scoring (S2-DEVOPS)
    qtbot.waitUntil(lambda: page.saved_label.text() == "Not saved, retrying… (2 waiting)", timeout=8000)
    qtbot.wait(1000)  # a few retries against the stopped server: still waiting, still no error dialog
    assert page.writer.outbox.waiting == 2 and page.saved_label.text().startswith("Not saved")
    assert [m.value for m in page.grid.model.marks[:2]] == [3, 4]  # the screen keeps what was typed
    assert not t.errors

    running.start()
    assert wait_until(lambda: page.saved_label.text().startswith("Saved ✓"), timeout=10, qtbot=qtbot), \
        page.saved_label.text()
    marks = stored(t, email)
    assert (marks["S1-DEGREE"], marks["S2-DEVOPS"]) == (3, 4)
    assert page.writer.outbox.waiting == 0 and not page.writer.outbox.outbox().pending()
    assert not t.errors
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    qtbot.keyClick(table, Qt.Key.Key_1)  # and the next save carries the right version again
    settle(qtbot, t.host)
    assert stored(t, email)["S2-DEVOPS"] == 1 and not t.errors


def test_a_conflict_found_on_retry_is_reported(qtbot, offline_page, running):
    t = offline_page
    page, table = t.page, t.page.grid.table
    email = page.current
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_2)
    settle(qtbot, t.host)
    running.stop()
    qtbot.keyClick(table, Qt.Key.Key_Backtab)  # each mark moves on; back to S1-DEGREE to correct it
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: page.writer.outbox.waiting == 1, timeout=8000)
    page.writer.outbox._timer.stop()
    running.start()
    version = next(m.version for m in t.services.scoring.sheet(t.ref, t.bob, email).marks
                   if m.criterion == "S1-DEGREE")
    t.services.scoring.set_mark(t.ref, t.bob, email, "S1-DEGREE", 0, expected_version=version)  # other PC
    page.writer.outbox.retry()
    qtbot.waitUntil(lambda: bool(t.errors), timeout=8000)
    (error,) = t.errors
    assert "Your mark 3 on S1-DEGREE" in error.message and "was not saved" in error.message
    assert stored(t, email)["S1-DEGREE"] == 0  # not silently overwritten
    qtbot.waitUntil(lambda: page.saved_label.text().startswith("Saved ✓") and page.writer.outbox.waiting == 0)
