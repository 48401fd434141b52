"""Nothing personal shows before sign-in (issue 18 item 4): a window opened on a procedure with a panel shows
only the Procedure page until someone signs in; the demo lives in its own database file."""

from __future__ import annotations

from panel_app.services import Services
from panel_app.ui.app import build_window
from tests.intake.fixtures import application_pdf, eml_bytes


def visible_text(widget) -> str:
    from PySide6.QtWidgets import QAbstractItemView, QLabel

    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    for view in widget.findChildren(QAbstractItemView):
        if not view.isVisibleTo(widget) or view.model() is None:
            continue
        m = view.model()
        try:
            cols = m.columnCount()
        except TypeError:  # list models
            cols = 1
        parts += [str(m.index(r, c).data() or "") for r in range(m.rowCount()) for c in range(cols)]
    return "\n".join(parts)


def test_applications_stay_covered_until_sign_in(qtbot, sqlite_db, template_path, tmp_path):
    sv = Services.for_db(sqlite_db)
    ref = sv.procedures.create_from_template(template_path).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
    sv.members.add(ref, "Secretary Sam", "secretary", chair, password="sam-pass-1")
    box = tmp_path / "box"
    box.mkdir()
    (box / "a.eml").write_bytes(eml_bytes(from_addr="zoe.secret@example.eu",
                                          attachments=[("a.pdf", application_pdf(3), "application/pdf")]))
    sv.intake.import_paths(ref, [box], sv.members.sign_in(ref, "Secretary Sam", "sam-pass-1"), workers=1)
    surname = sv.applications.list(ref)[0].candidate.surname
    w = build_window(sv, ref)
    qtbot.addWidget(w)
    w.show()
    for title in w.titles:
        w.go_to(title)
        w.state.tasks.wait()
        qtbot.wait(20)
        assert "zoe.secret@example.eu" not in visible_text(w) and surname not in visible_text(w), title
        if title != "Procedure":
            assert w.stack.currentWidget() is w.cover and "Sign in" in w.cover.text.text()
    w.go_to("Applications")
    w.state.set_actor(chair)
    w.state.tasks.wait()
    qtbot.waitUntil(lambda: surname in visible_text(w))
    assert w.stack.currentWidget() is not w.cover


def test_a_fresh_procedure_without_a_panel_is_open_for_set_up(qtbot, sqlite_db, template_path):
    sv = Services.for_db(sqlite_db)
    ref = sv.procedures.create_from_template(template_path).result.reference
    w = build_window(sv, ref)
    qtbot.addWidget(w)
    w.show()
    w.go_to("Applications")
    assert w.stack.currentWidget() is not w.cover


def test_the_demo_has_a_database_file_of_its_own(monkeypatch, tmp_path):
    from panel_app.services.demo import demo_database_url
    from panel_app.store.engine import default_url

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert demo_database_url() != default_url() and demo_database_url().endswith("panel_app-demo.sqlite")
