"""The scoring page's view model, without any widget (nor Qt): the open candidate and its latest load, the
merge of a sheet that arrives after marks were typed, and undo/redo of mark changes written at once."""

from __future__ import annotations

import pytest

from panel_app.services.scoring_results import ScoringSheet, SheetCandidate, SheetMark
from panel_app.ui.scoring.view_model import ScoringViewModel


@pytest.fixture
def vm():
    written: list[tuple] = []
    model = ScoringViewModel(lambda email, crit, new, old: written.append((email, crit, new.value, old.value)))
    model.written = written
    return model


def _mark(criterion: str, value=None, **kw) -> SheetMark:
    return SheetMark(criterion, "", 1.0, None, {}, [], value=value, **kw)


def _sheet(email: str, **values) -> ScoringSheet:
    return ScoringSheet(SheetCandidate(email, "", ""), "preselection", "draft", None, (0, 4), {},
                        tuple(_mark(c, v) for c, v in values.items()))


def test_a_change_is_written_at_once_and_undone_and_redone(vm):
    mark = _mark("S2")
    assert vm.change("a@x.eu", "S2", mark, {"value": 3}) is not None
    assert vm.change("a@x.eu", "S2", _mark("S2", 3), {"value": 3}) is None  # the same mark: nothing
    vm.change("a@x.eu", "S3", _mark("S3", 2), {"na": True})  # N/A clears the value
    assert vm.written == [("a@x.eu", "S2", 3, None), ("a@x.eu", "S3", None, 2)]
    assert vm.undo().criterion == "S3" and vm.written[-1] == ("a@x.eu", "S3", 2, None)
    assert vm.undo().criterion == "S2" and vm.written[-1] == ("a@x.eu", "S2", None, 3)
    assert vm.undo() is None and len(vm.written) == 4
    assert vm.redo().criterion == "S2" and vm.written[-1] == ("a@x.eu", "S2", 3, None)
    vm.change("a@x.eu", "S4", _mark("S4"), {"value": 1})  # a new change forgets S3's redo
    assert vm.redo() is None
    vm.forget_history()
    assert vm.undo() is None


def test_a_sheet_read_before_a_mark_was_typed_does_not_hide_it(vm):
    token, seq = vm.open("a@x.eu")
    vm.applied("a@x.eu", "S2", _mark("S2", 4))
    vm.applied("b@x.eu", "S2", _mark("S2", 1))  # another one
    assert vm.is_latest(token)
    sheet = vm.merge(_sheet("a@x.eu", S2=2, S3=1), seq)  # read before the 4 was typed
    assert [m.value for m in sheet.marks] == [4, 1]
    assert sheet.marks[0].comment == "" and sheet.marks[0].evidence_page == 0
    assert vm.shown() == "a@x.eu" and vm.sheet is sheet
    _t2, seq2 = vm.open("a@x.eu")  # read again after the mark: nothing to merge
    assert [m.value for m in vm.merge(_sheet("a@x.eu", S2=4, S3=0), seq2).marks] == [4, 0]


def test_only_the_latest_load_counts_and_a_reset_forgets_everything(vm):
    first, _ = vm.open("a@x.eu")
    second, _ = vm.open("b@x.eu")
    assert not vm.is_latest(first) and vm.is_latest(second) and vm.current == "b@x.eu"
    vm.change("b@x.eu", "S2", _mark("S2"), {"value": 2})
    vm.reset()
    assert (vm.current, vm.sheet, vm.shown(), vm.undo()) == (None, None, None, None)
