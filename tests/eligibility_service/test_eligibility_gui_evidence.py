"""The evidence of the selected cell on its page of the application's PDF, highlighted (the evidence viewer)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from panel_app.ui.app import build_window
from panel_app.ui.pages.eligibility_model import FIXED
from panel_app.ui.pages.evidence_viewer import locate, no_page_text, search_text

from .fixtures import CASES, email_of, write_cases

WITH_SCAN = {**CASES, "scan": ({"surname": "Laurent", "first_name": "Sophie", "nationalities": ["FR"]},
                               {"text_layer": False}, {})}


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


@pytest.fixture
def app_ids(services, procedure, secretary, tmp_path):
    services.intake.import_paths(procedure, [write_cases(tmp_path / "mail", WITH_SCAN)], secretary, workers=1)
    return {key: services.eligibility.application_of(procedure, email_of(key)) for key in WITH_SCAN}


@pytest.fixture
def page(qtbot, services, procedure, app_ids, secretary):
    w = build_window(services, procedure)
    qtbot.addWidget(w)
    w.resize(1360, 820)
    w.show()
    w.state.set_actor(secretary)
    w.go_to("Eligibility")
    page = w.page("Eligibility")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(WITH_SCAN))
    return page


def select(page, app_id, code):
    col = len(FIXED) + [c.code for c in page.model.criteria].index(code)
    page.table.setCurrentIndex(page.model.find(app_id, col))
    return page.model.check(page.table.currentIndex())


def test_the_evidence_is_shown_on_its_page_and_highlighted(qtbot, page, app_ids, monkeypatch):
    viewer = page.viewer
    check = select(page, app_ids["non_eu"], "E-NATIONALITY")
    assert check.page == 3 and check.evidence == "Nationality: NO"
    qtbot.waitUntil(lambda: viewer.stack.currentWidget() is viewer.view and viewer.pdf.pageCount() >= 3)
    assert viewer.view.isVisible()
    assert viewer.current_page() == check.page - 1
    assert viewer.search.searchString() == "Nationality: NO"
    qtbot.waitUntil(lambda: viewer.search.count() >= 1)
    qtbot.waitUntil(lambda: viewer.view.currentSearchResultIndex() >= 0)
    hit = viewer.search.resultAtIndex(viewer.view.currentSearchResultIndex())
    assert hit.page() == check.page - 1
    assert "highlighted" in viewer.caption.text()

    # another cell of the same row: the document is not read again
    loads = []
    monkeypatch.setattr(viewer.pdf, "load", lambda *a: loads.append(a))
    check = select(page, app_ids["non_eu"], "E-LANG-SECOND")
    assert viewer.search.searchString() == "English: C1" and viewer.current_page() == check.page - 1
    qtbot.waitUntil(lambda: viewer.view.currentSearchResultIndex() >= 0)
    assert loads == [] and viewer.search.count() >= 1
    monkeypatch.undo()

    # another application: its own document
    select(page, app_ids["level_unknown"], "E-LANG-SECOND")
    qtbot.waitUntil(lambda: viewer._loaded is not None and viewer._loaded[0] == app_ids["level_unknown"])
    qtbot.waitUntil(lambda: viewer.search.searchString() == "English: quite good" and viewer.search.count() >= 1)


def test_no_page_shows_a_plain_label(qtbot, page, app_ids):
    viewer = page.viewer
    select(page, app_ids["scan"], "E-NATIONALITY")
    qtbot.waitUntil(lambda: viewer.stack.currentWidget() is viewer.fallback and "scan" in viewer.fallback.text())
    assert viewer.fallback.isVisible() and "No page to show" in viewer.fallback.text()

    select(page, app_ids["encrypted"], "E-DIPLOMA")
    qtbot.waitUntil(lambda: "encrypted" in viewer.fallback.text())
    assert viewer.stack.currentWidget() is viewer.fallback

    select(page, app_ids["eligible"], "E-DEADLINE")  # evidence from the mail, not from a page
    qtbot.waitUntil(lambda: "from the mail" in viewer.fallback.text())


def test_a_member_is_not_shown_the_document(qtbot, page, app_ids, member):
    page.state.set_actor(member)
    select(page, app_ids["non_eu"], "E-NATIONALITY")
    assert page.viewer.stack.currentWidget() is page.viewer.fallback
    assert "secretary and the chair" in page.viewer.fallback.text()


def test_helpers():
    assert search_text("Nationality: NO") == "Nationality: NO"
    # a box a browser drew (or a form field) has no glyph on the page: the words around it are searched for
    assert search_text("Military service: ☒ Completed ☐ Exempted") == "Military service: Completed Exempted"
    long = "Highest diploma: Master of Science in Computer Engineering and Information Systems, 2003"
    assert search_text(long) == "Master of Science in Computer"  # cut at a word, <= 40
    assert len(search_text("x" * 90)) == 40
    check = SimpleNamespace(evidence="Europass: nationalities NO", page=None)
    assert "Europass data" in no_page_text(check, SimpleNamespace(flags=["encrypted"]))
    assert "encrypted" in no_page_text(check, SimpleNamespace(flags=["encrypted"]))
    app = SimpleNamespace(documents=[SimpleNamespace(kind="pdf", pages=2, ocr_engine=None),
                                     SimpleNamespace(kind="docx", pages=None, ocr_engine=None),
                                     SimpleNamespace(kind="pdf", pages=3, ocr_engine=None)])
    assert locate(app, 1) == (0, 1) and locate(app, 3) == (2, 1) and locate(app, 5) == (2, 3)
    assert locate(app, 6) is None
