"""A photo-only application (an .eml whose only attachment is a phone photo of the signed form, read by OCR): a
member who opens the candidate on the Scoring page sees the photo as a page, upright, with the keyword hits drawn
on the words OCR read; the secretary sees the same page in the application viewer. Real Tesseract, real QPdfView
(offscreen)."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from panel_app.intake.photo_page import PAGE_LONG_SIDE, photo_pdf
from panel_app.services import Services
from panel_app.services.eligibility_info import EligibilityCheck
from panel_app.ui.pages.application_viewer import ApplicationViewer
from panel_app.ui.pages.evidence_viewer import EvidenceViewer, locate
from panel_app.ui.pages.scoring_page import ScoringPage
from panel_app.ui.state import AppState
from tests.gates.helpers import decide_all_eligible
from tests.gui_scoring.conftest import PASSWORDS, ROLES, settle, who
from tests.intake.fixtures import DEADLINE_UTC, eml_bytes

from .test_ocr_photos import phone_photo
from .test_ocr_scoring_page import _darkness

SENDER = "photo@example.eu"


@pytest.fixture
def photo_procedure(sqlite_db, template_path, tmp_path, engine):
    sv = Services.for_db(sqlite_db)
    ref = sv.procedures.create_from_template(template_path).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password=PASSWORDS["Chair Anna"])
    chair = who(sv, ref, "Chair Anna")
    for name, role in ROLES.items():
        sv.members.add(ref, name, role, chair, password=PASSWORDS[name])
    box = tmp_path / "box"
    box.mkdir()
    photo = phone_photo("JPEG", turned=True)  # stored sideways, with the EXIF orientation that turns it upright
    (box / "photo.eml").write_bytes(eml_bytes(received=[DEADLINE_UTC - timedelta(days=1)], from_addr=SENDER,
                                              attachments=[("IMG_2041.jpg", photo, "image/jpeg")]))
    sam = who(sv, ref, "Secretary Sam")
    sv.intake.import_paths(ref, [box], sam, workers=1)
    report = sv.ocr.run(ref, sam, engine=engine).result
    assert [d.outcome for d in report.documents] == ["read"]
    decide_all_eligible(sv, ref, sam)
    sv.grid.seal(ref, chair)
    sv.scoring.declare_confidentiality(ref, who(sv, ref, "Member Bob"))
    return SimpleNamespace(sv=sv, ref=ref, photo=photo)


def test_the_page_is_the_photo_upright_on_a_portrait_page():
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(photo_pdf(phone_photo("JPEG", turned=True)))
    (width, height), pages = doc[0].get_size(), len(doc)
    doc.close()
    assert pages == 1 and height == pytest.approx(PAGE_LONG_SIDE, abs=0.5) and width < height  # turned upright
    assert photo_pdf(b"%PDF-1.7 not a photo") is None and photo_pdf(b"\xff\xd8\xff broken jpeg") is None


def test_a_member_opening_a_photo_only_candidate_sees_the_page_with_the_ocr_words(qtbot, photo_procedure,
                                                                                 monkeypatch, tmp_path):
    sv, ref = photo_procedure.sv, photo_procedure.ref
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    state = AppState(sv)
    page = ScoringPage(state)
    qtbot.addWidget(page)
    page.resize(1360, 900)
    page.show()
    state.set_procedure(ref)
    state.set_actor(who(sv, ref, "Member Bob"))
    settle(qtbot, SimpleNamespace(state=state))
    qtbot.waitUntil(lambda: page.current == SENDER and page.pdf.pdf.pageCount() == 1, timeout=20_000)
    pane = page.pdf
    assert pane.stack.currentWidget() is pane.viewer  # a page, not "no readable PDF"
    assert pane.title.text().startswith("IMG_2041.jpg")
    assert pane.ocr_note.isVisible() and "read by OCR" in pane.ocr_note.text()
    hits = pane.show_criterion("S2-DEVOPS", ["Quokkaville"])
    assert [h.page for h in hits] == [0]  # the hit list reads the photo's OCR text
    pane.view.set_keyword("Quokkaville")
    qtbot.waitUntil(lambda: bool(pane.view.highlighted()), timeout=10_000)

    def dark_under_the_box() -> bool:
        """The box, computed for the view as it is laid out now, lies on dark strokes of the page as painted
        now without the highlight (the page renders asynchronously and the layout may still settle)."""
        pane.view.set_keyword("Quokkaville")
        marks = pane.view.highlighted()
        pane.view.set_keyword("")
        if not marks:
            return False
        (box,) = marks[0]
        return _darkness(pane.view.viewport().grab().toImage(), box) > 0.08

    qtbot.waitUntil(dark_under_the_box, timeout=10_000)
    # the box lies on the word printed in the photo (dark strokes inside it): the geometry is right
    pane.view.set_keyword("Quokkaville")
    qtbot.wait(100)
    (rect,) = pane.view.highlighted()[0]
    shot = page.grab()
    shot.save(str(tmp_path / "photo-scoring.png"))
    inside = pane.view.viewport().grab().toImage().pixelColor(int(rect.left()) + 2, int(rect.center().y()))
    assert inside.red() > inside.blue() + 40  # the highlight's yellow over the grey photo
    state.tasks.wait()


def test_the_secretary_sees_the_photo_as_a_page_in_the_application_viewer(qtbot, photo_procedure):
    sv, ref = photo_procedure.sv, photo_procedure.ref
    state = AppState(sv)
    state.set_procedure(ref)
    state.set_actor(who(sv, ref, "Secretary Sam"))
    viewer = ApplicationViewer(state)
    qtbot.addWidget(viewer)
    viewer.resize(700, 900)
    viewer.show()
    (app,) = sv.applications.list(ref)
    viewer.show_application(app)
    qtbot.waitUntil(lambda: viewer.pdf.pageCount() == 1, timeout=10_000)
    assert viewer.doc_stack.currentWidget() is viewer.view
    _name, stored = sv.applications.document(ref, app.id, 0, state.actor)
    assert stored == photo_procedure.photo  # the original bytes are unchanged; only what is shown is a page
    state.tasks.wait()


def test_the_eligibility_evidence_viewer_shows_the_photo_as_its_page(qtbot, photo_procedure):
    """The Eligibility page's evidence viewer: a check read from the photo's OCR text opens the photo as its page
    (it said "the PDF is damaged" when it was given the photo's raw bytes)."""
    sv, ref = photo_procedure.sv, photo_procedure.ref
    state = AppState(sv)
    state.set_procedure(ref)
    state.set_actor(who(sv, ref, "Secretary Sam"))
    viewer = EvidenceViewer(state)
    qtbot.addWidget(viewer)
    viewer.resize(700, 700)
    viewer.show()
    (app,) = sv.applications.list(ref)
    assert locate(app, 1) == (0, 1) and locate(app, 2) is None  # the photo is page 1 of what OCR read
    viewer.show_check(app.id, EligibilityCheck(criterion="E-NATIONALITY", suggested="to_verify", decided=None,
                                               evidence="Quokkaville", page=1, reason=None, decided_by=None,
                                               decided_at=None))
    qtbot.waitUntil(lambda: viewer.stack.currentWidget() is viewer.view and viewer.pdf.pageCount() == 1,
                    timeout=10_000)
    assert viewer.view.isVisible() and not viewer.fallback.isVisible()
    assert "damaged" not in viewer.fallback.text()
    state.tasks.wait()
