"""What the scoring page remembers between two key presses, apart from its widgets (tested without them):

- which candidate is open, and which of the sheet loads asked for is the latest (an older one that answers
  late is dropped);
- the marks applied on screen, numbered: a sheet read before a mark was typed must not hide that mark, so a
  sheet that arrives is merged with every mark applied after it was asked for;
- the undo history of mark changes: each change is written at once (through `write`); undo writes the
  previous state back, redo the new one again, and a new change forgets what was undone.

No Qt here: `write(email, criterion, new mark, previous mark)` is the page's MarkWriter.write. A mark is the
services' `SheetMark` throughout: a change is `mark.edited(changes)`, and the undo history keeps both marks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from panel_app.services.scoring_results import ScoringSheet, SheetMark

KEEP_RECENT = 200  # marks applied on screen remembered for the merge (far more than a load's time allows)


def entered(mark: SheetMark, into: SheetMark) -> SheetMark:
    """`into` with what a member entered in `mark` (value, N/A, comment, and the evidence page when known)."""
    page = into.evidence_page if mark.evidence_page is None else mark.evidence_page
    return replace(into, value=mark.value, na=mark.na, comment=mark.comment, evidence_page=page)


@dataclass(frozen=True)
class MarkChange:
    email: str
    criterion: str
    before: SheetMark
    after: SheetMark


class ScoringViewModel:
    def __init__(self, write: Callable[[str, str, SheetMark, SheetMark], None]) -> None:
        self.write = write
        self.current: str | None = None  # the candidate asked for (their sheet may still be loading)
        self.sheet: ScoringSheet | None = None  # the sheet shown
        self._token = 0
        self._seq = 0  # counts marks applied on screen
        self._recent: list[tuple[int, str, str, SheetMark]] = []
        self._done: list[MarkChange] = []
        self._undone: list[MarkChange] = []

    # ------------------------------------------------------------------ the candidate and their sheet
    def shown(self) -> str | None:
        """The candidate whose sheet is shown (the next one may still be loading)."""
        return self.sheet.candidate.email if self.sheet else None

    def reset(self) -> None:
        """Another procedure, member or stage: nothing open, no history."""
        self.current, self.sheet = None, None
        self.forget_history()

    def open(self, email: str) -> tuple[int, int]:
        """A load of `email`'s sheet is asked for: (its token, the last mark applied so far)."""
        self.current = email
        self._token += 1
        return self._token, self._seq

    def is_latest(self, token: int) -> bool:
        return token == self._token

    def merge(self, sheet: ScoringSheet, seq: int) -> ScoringSheet:
        """The sheet as read, with every mark applied on screen since load `seq` was asked for; it becomes
        the sheet shown (a mark's evidence page 0 when it has none)."""
        later = {crit: new for n, email, crit, new in self._recent if n > seq and email == self.current}
        marks = []
        for m in sheet.marks:
            m = replace(m, evidence_page=m.evidence_page or 0)
            marks.append(entered(later[m.criterion], m) if m.criterion in later else m)
        self.sheet = sheet.with_marks(tuple(marks))
        return self.sheet

    def applied(self, email: str, criterion: str, new: SheetMark) -> None:
        """A mark was applied on screen (before the database answers)."""
        self._seq += 1
        self._recent = [*self._recent[-KEEP_RECENT:], (self._seq, email, criterion, new)]

    # ------------------------------------------------------------------ changes, undo and redo
    def change(self, email: str, criterion: str, mark: SheetMark, changes: dict[str, Any]) -> MarkChange | None:
        """Apply `changes` to `mark` (as shown): written at once and remembered for undo; None when nothing
        changes."""
        before = mark
        after = mark.edited(changes)
        if after.same_entry(before):
            return None
        done = MarkChange(email, criterion, before, after)
        self._done.append(done)
        self._undone.clear()
        self.write(email, criterion, done.after, done.before)
        return done

    def undo(self) -> MarkChange | None:
        if not self._done:
            return None
        change = self._done.pop()
        self._undone.append(change)
        self.write(change.email, change.criterion, change.before, change.after)
        return change

    def redo(self) -> MarkChange | None:
        if not self._undone:
            return None
        change = self._undone.pop()
        self._done.append(change)
        self.write(change.email, change.criterion, change.after, change.before)
        return change

    def forget_history(self) -> None:
        self._done.clear()
        self._undone.clear()
