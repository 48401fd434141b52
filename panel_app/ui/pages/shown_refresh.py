"""A page of the main window reloads only while it is shown: hidden, a broadcast marks it stale, and the
main window reloads it when it is shown again. (At start-up only the visible page loads, whatever the size
of the procedure.) A page built on its own (a test, a dialog) loads at once."""

from __future__ import annotations


class RefreshWhenShown:
    defer_when_hidden = False  # set by the main window on the pages it holds
    stale = False

    def refresh(self) -> None:
        if self.defer_when_hidden and not self.isVisible():  # type: ignore[attr-defined]
            self.stale = True
            return
        self.stale = False
        self.reload()

    def reload(self) -> None:  # what the page reads and shows
        raise NotImplementedError
