"""Switched to French or German, the main window and its pages show no interface string in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenu, QTableView

from panel_app.ui import i18n

from .catalogue import read_ts

PAGES_DONE = ["Procedure", "Applications", "Eligibility", "Grid", "Scoring", "Panel", "Shortlist", "Reports", "History"]


@pytest.fixture
def language():
    """Install a language for one test, and English again after it (the other tests read English)."""
    yield lambda code: i18n.install(code)
    i18n.install("en")


def shown_texts(window) -> list[str]:
    """What a user reads: labels, buttons, group titles, placeholders, menus, the page list, table headers."""
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    texts += [w.title() for w in window.findChildren(QGroupBox) if w.isVisibleTo(window)]
    texts += [w.placeholderText() for w in window.findChildren(QLineEdit) if w.isVisibleTo(window)]
    for menu in window.menuBar().findChildren(QMenu):  # the language menu names each language in its own
        texts += [menu.title()] + [a.text() for a in menu.actions()  # language: "English" stays English
                                   if menu.objectName() != "languageMenu" or a.text() not in i18n.LANGUAGES.values()]
    texts += [window.nav.item(i).text() for i in range(window.nav.count())]
    for view in window.findChildren(QTableView):
        m = view.model()
        if view.isVisibleTo(window) and m is not None:
            texts += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount())]
    return [t for t in texts if t]


@pytest.mark.parametrize(("code", "procedure_word", "chair_word"),
                         [("fr", "Procédure", "président(e)"), ("de", "Verfahren", "Vorsitz")])
def test_the_main_pages_speak_the_chosen_language(qtbot, chair_window, language, code, procedure_word, chair_word):
    from panel_app.domain.paths import I18N_DIR
    from panel_app.ui.app import build_window

    assert language(code) == code
    english = {m.source for m in read_ts(I18N_DIR / f"panel_app_{code}.ts") if m.translation != m.source}
    w = build_window(chair_window.state.services, chair_window.state.reference)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(chair_window.state.actor)
    assert w.nav.item(0).text() == procedure_word
    for title in PAGES_DONE:
        w.go_to(title)
        w.state.tasks.wait()
        qtbot.wait(50)
        left = sorted({t for t in shown_texts(w) if t in english})
        assert not left, f"{title} shows in English: {left}"
    assert chair_word in w.member_label.text()


def test_the_language_choice_is_kept_and_a_missing_translation_falls_back_to_english(qtbot, language, tmp_path,
                                                                                     monkeypatch, caplog):
    QSettings().setValue(i18n.SETTING, "de")
    try:
        assert i18n.chosen() == "de"
        assert language(None) == "de"  # no code given: the stored choice
        monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)  # a set-up without translations
        monkeypatch.setattr(i18n, "qm_file", lambda code, folder=tmp_path: None)
        assert language("fr") == "en"
        assert "stays in English" in caplog.text
    finally:
        QSettings().remove(i18n.SETTING)
    assert i18n.chosen() == i18n.SYSTEM


@pytest.mark.parametrize(("code", "expected"), [("en", "12.06.2026 12:00 (Europe/Brussels)"),
                                                ("fr", "12/06/2026 12:00 (Europe/Brussels)"),
                                                ("de", "12.06.2026 12:00 (Europe/Brussels)")])
def test_times_show_in_the_procedure_zone_with_the_language_date(qtbot, language, code, expected):
    from panel_app.ui.dates import shown

    language(code)
    assert shown("2026-06-12T10:00:00Z", "Europe/Brussels") == expected
    assert shown("2026-06-12T10:00:00Z", "Europe/Athens", seconds=True).endswith("13:00:00 (Europe/Athens)")
