"""The History page's Kind filter: every kind of recorded event is offered (meetings, the final ranking, legal
holds…), in the interface's language, and filters on it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from panel_app.ui import i18n


def test_the_kind_filter_offers_every_kind_in_words(qtbot, chair_window):
    w = chair_window
    sv, ref = w.state.services, w.state.reference
    sv.meetings.add(ref, w.state.actor, "2026-06-25", place="Brussels", attendees=["Chair Anna"],
                    purpose="consensus meeting")
    w.go_to("History")
    page = w.page("History")
    qtbot.waitUntil(lambda: page.table.row_count() > 0, timeout=10000)
    kinds = [page.kind.itemData(i) for i in range(page.kind.count())]
    assert {"meeting", "final", "hold", "notice", "archive"} <= set(kinds)
    page.kind.setCurrentIndex(kinds.index("meeting"))
    qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    m = page.table.model()
    qtbot.waitUntil(lambda: m.rowCount() == 1 and m.data(m.index(0, 2)) == "recorded a meeting", timeout=10000)

    try:
        assert i18n.install("fr") == "fr"
        from panel_app.ui.pages.history_page import HistoryPage

        fr = HistoryPage(w.state)
        qtbot.addWidget(fr)
        words = {fr.kind.itemData(i): fr.kind.itemText(i) for i in range(fr.kind.count())}
        assert (words["meeting"], words["member"], words[None]) == ("réunion", "membre", "(tous)")
    finally:
        i18n.install("en")
