"""A sealed procedure with imported applications, and the Scoring page over it signed in as one member
(after tests/scoring_service/conftest.py, copied rather than shared)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from panel_app.services import Services
from panel_app.ui.pages.scoring_page import ScoringPage
from panel_app.ui.state import AppState
from tests.gates.helpers import decide_all_eligible
from tests.intake.fixtures import application_pdf, eml_bytes

PASSWORDS = {"Chair Anna": "chair-pass", "Member Bob": "bob-pass", "Member Eva": "eva-pass",
             "Secretary Sam": "sam-pass", "Observer Olga": "olga-pass"}
ROLES = {"Member Bob": "member", "Member Eva": "member", "Secretary Sam": "secretary", "Observer Olga": "observer"}


def who(services, ref, name):
    return services.members.sign_in(ref, name, PASSWORDS[name])


def make_procedure(services, template_path, tmp_path, n=4, seal=True, declare=("Chair Anna", "Member Bob")):
    ref = services.procedures.create_from_template(template_path).result.reference
    services.members.add(ref, "Chair Anna", "chair", password=PASSWORDS["Chair Anna"])
    chair = who(services, ref, "Chair Anna")
    for name, role in ROLES.items():
        services.members.add(ref, name, role, chair, password=PASSWORDS[name])
    box = tmp_path / "box"
    box.mkdir()
    for i in range(n):
        (box / f"{i}.eml").write_bytes(eml_bytes(from_addr=f"c{i}@x.eu",
                                                 attachments=[("a.pdf", application_pdf(10 + i), "application/pdf")]))
    services.intake.import_paths(ref, [box], who(services, ref, "Secretary Sam"), workers=1)
    decide_all_eligible(services, ref, who(services, ref, "Secretary Sam"))  # eligibility first (issue 16)
    if seal:
        services.grid.seal(ref, chair)
    for name in declare if seal else ():
        services.scoring.declare_confidentiality(ref, who(services, ref, name))
    return ref


@pytest.fixture
def services(sqlite_db):
    return Services.for_db(sqlite_db)


@pytest.fixture
def open_page(qtbot, services, template_path, tmp_path, monkeypatch):
    """open_page(name, **procedure options) -> (window, page, services, ref), signed in as `name`."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def make(name="Member Bob", **options):
        ref = make_procedure(services, template_path, tmp_path, **options)
        # The page on its own, over the same AppState the main window gives it: these tests do not depend on
        # the other pages (built concurrently by others).
        state = AppState(services)
        page = ScoringPage(state)
        qtbot.addWidget(page)
        page.resize(1360, 780)
        page.show()
        page.activateWindow()
        state.set_procedure(ref)
        state.set_actor(who(services, ref, name))
        host = SimpleNamespace(state=state, page=page)
        settle(qtbot, host)
        return host, page, services, ref

    return make


def settle(qtbot, w, ms=30):
    w.state.tasks.wait()
    qtbot.wait(ms)
    w.state.tasks.wait()
    qtbot.wait(ms)


def ready(page):
    """The page shows the current candidate's sheet (loaded, not in flight)."""
    return page.sheet is not None and page.shown() == page.current
