"""A panel member scores from the keyboard alone; the marks land in the database as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui_scoring.conftest import ready, settle, who


def expected(k: int, i: int):  # candidate k, criterion i -> ("na" | 0..4)
    return "na" if i % 7 == 3 else (i + k) % 5


def stored(sv, ref, actor, email):
    return {m.criterion: ("na" if m.na else m.value) for m in sv.scoring.sheet(ref, actor, email).marks}


def test_three_candidates_scored_with_the_keyboard_alone(qtbot, open_page):
    w, page, sv, ref = open_page()
    bob = who(sv, ref, "Member Bob")
    qtbot.waitUntil(lambda: ready(page))
    table = page.grid.table
    table.setFocus()
    emails = []
    for k in range(3):
        qtbot.waitUntil(lambda: ready(page) and page.grid.current_criterion() == "S1-DEGREE")
        emails.append(page.current)
        codes = [m.criterion for m in page.grid.model.marks]
        for i, code in enumerate(codes):
            assert page.grid.current_criterion() == code  # each mark moved on to the next criterion
            e = expected(k, i)
            qtbot.keyClick(table, Qt.Key.Key_N if e == "na" else getattr(Qt.Key, f"Key_{e}"))
        assert page.grid.current_criterion() == codes[-1]  # the last mark stays on the last criterion
        qtbot.keyClick(table, Qt.Key.Key_Return)  # complete: Enter submits and opens the next candidate
        assert page.candidates.model.rows[k]["status"] == "submitting"
        assert "Submitting" in page.work.undo_bar.label.text() and page.work.undo_bar.isVisibleTo(page)
        qtbot.waitUntil(lambda k=k: page.current == page.candidates.model.rows[k + 1]["email"])
    page.pending.flush()
    settle(qtbot, w)
    qtbot.waitUntil(lambda: all(page.candidates.model.rows[k]["status"] == "submitted" for k in range(3)))
    assert len(set(emails)) == 3 and emails == [r["email"] for r in page.candidates.model.rows[:3]]
    for k, email in enumerate(emails):
        marks = stored(sv, ref, bob, email)
        assert marks == {code: expected(k, i) for i, code in enumerate(marks)}
        assert sv.scoring.sheet(ref, bob, email).status == "submitted"
    own = [m for m in sv.marks.marks(ref, bob) if m.member == "Member Bob"]
    assert len(own) == 3 * 15 and {m.status for m in own} == {"submitted"}
    assert page.candidates.progress.text().startswith("<b>3 of 4 submitted")


def test_submitted_marks_are_read_only(qtbot, open_page):
    w, page, sv, ref = open_page()
    bob = who(sv, ref, "Member Bob")
    qtbot.waitUntil(lambda: ready(page))
    email = page.current
    for m in page.grid.model.marks:
        sv.scoring.set_mark(ref, bob, email, m.criterion, 2)
    sv.scoring.submit(ref, bob, email)
    page._open(email, force=True)
    qtbot.waitUntil(lambda: ready(page) and page.grid.model.read_only)
    page.grid.table.setFocus()
    qtbot.keyClick(page.grid.table, Qt.Key.Key_4)
    settle(qtbot, w)
    assert set(stored(sv, ref, bob, email).values()) == {2}
    assert not page.grid.submit.isEnabled() and "Submitted at" in page.grid.banner.text()


def test_total_and_autosave_indicator(qtbot, open_page):
    w, page, sv, ref = open_page()
    qtbot.waitUntil(lambda: ready(page))
    table = page.grid.table
    table.setFocus()
    weights = [m.weight for m in page.grid.model.marks[:3]]
    for key in (Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_N):
        qtbot.keyClick(table, key)
    want = (weights[0] * 4 + weights[1] * 2) / ((weights[0] + weights[1]) * 4) * 100
    assert page.grid.total.text().startswith(f"Total {want:.1f} / 100")
    qtbot.waitUntil(lambda: page.saved_label.text().startswith("Saved"))
    assert page.candidates.model.rows[0]["scored"] == 3 and page.candidates.model.rows[0]["status"] == "draft"


def test_digits_typed_in_the_comment_do_not_change_the_score(qtbot, open_page):
    w, page, sv, ref = open_page()
    bob = who(sv, ref, "Member Bob")
    qtbot.waitUntil(lambda: ready(page))
    email, table = page.current, page.grid.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_3)  # marks the first criterion and moves on to the second
    qtbot.keyClick(table, Qt.Key.Key_Backtab)  # back to the first
    qtbot.keyClick(table, Qt.Key.Key_Return)  # incomplete: Enter opens the comment of the current criterion
    assert page.grid.comment.hasFocus() or page.focusWidget() is page.grid.comment
    qtbot.keyClicks(page.grid.comment, "12 years, 4 roles, 0 gaps")
    qtbot.keyClick(page.grid.comment, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sv.scoring.sheet(ref, bob, email).marks[0].comment == "12 years, 4 roles, 0 gaps")
    first = sv.scoring.sheet(ref, bob, email).marks[0]
    assert first.value == 3 and not first.na
    assert page.grid.model.marks[0].value == 3


def test_a_submission_can_be_taken_back_from_the_undo_bar_and_nothing_reaches_the_database(qtbot, open_page):
    w, page, sv, ref = open_page()
    bob = who(sv, ref, "Member Bob")
    qtbot.waitUntil(lambda: ready(page))
    email, table = page.current, page.grid.table
    table.setFocus()
    for _ in page.grid.model.marks:
        qtbot.keyClick(table, Qt.Key.Key_2)
    keys_to_next = len(page.grid.model.marks) + 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert keys_to_next <= 17
    qtbot.waitUntil(lambda: ready(page) and page.current != email)  # already on the next candidate
    assert page.pending.email == email and page.work.undo_bar.button.isVisibleTo(page)
    assert sv.scoring.sheet(ref, bob, email).status == "draft"  # not sent while it can be taken back
    qtbot.keyClick(page.grid.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.pending.email is None and "taken back" in page.work.undo_bar.label.text()
    qtbot.waitUntil(lambda: ready(page) and page.current == email)  # back on the candidate, still editable
    settle(qtbot, w)
    assert sv.scoring.sheet(ref, bob, email).status == "draft" and not page.grid.model.read_only
    assert page.candidates.model.rows[page.candidates.model.row_of(email)]["status"] == "draft"


def test_the_waiting_submission_is_sent_when_its_time_is_up_or_the_page_is_left(qtbot, open_page):
    w, page, sv, ref = open_page()
    bob = who(sv, ref, "Member Bob")
    qtbot.waitUntil(lambda: ready(page))
    page.pending.seconds = 1
    first, table = page.current, page.grid.table
    table.setFocus()
    for _ in page.grid.model.marks:
        qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sv.scoring.sheet(ref, bob, first).status == "submitted", timeout=5000)
    qtbot.waitUntil(lambda: page.candidates.model.rows[page.candidates.model.row_of(first)]["status"] == "submitted")
    page.pending.seconds = 60
    qtbot.waitUntil(lambda: ready(page) and page.current != first)
    second = page.current
    for _ in page.grid.model.marks:
        qtbot.keyClick(page.grid.table, Qt.Key.Key_3)
    qtbot.keyClick(page.grid.table, Qt.Key.Key_Return)
    assert page.pending.email == second
    page.hide()  # the member goes to another page: the submission is sent, not lost
    settle(qtbot, w)
    assert sv.scoring.sheet(ref, bob, second).status == "submitted"
