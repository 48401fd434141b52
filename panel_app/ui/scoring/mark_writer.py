"""Autosave of marks: every change goes to ScoringService.set_mark at once, through the serial DB worker.

The last known version of each mark lives on the worker side (the jobs read and write it there), so marks
typed faster than the database answers still carry the right expected_version, in order.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..state import AppState

STATE_KEYS = ("value", "na", "comment", "evidence_page")


def mark_state(mark: dict) -> dict:
    """The part of a mark a member edits: value, N/A, comment, evidence page."""
    page = (mark.get("evidence_page") or 0) if "evidence_page" in mark else None  # None: unknown, left as is
    return {"value": None if mark.get("na") else mark.get("value"), "na": bool(mark.get("na")),
            "comment": mark.get("comment") or "", "evidence_page": page}


class MarkWriter(QObject):
    applying = Signal(str, str, dict, dict)  # email, criterion, new state, previous state (shown at once)
    saved = Signal(str, dict)  # email, the stored mark
    saving_changed = Signal(bool)
    failed = Signal(object, str)  # error, email

    def __init__(self, state: AppState, stage: str = "preselection", parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.stage = stage
        self.versions: dict[tuple[str, str], int] = {}  # touched on the worker thread only
        self._in_flight = 0

    def remember(self, email: str, marks: list[dict]) -> None:
        """Called on the worker thread by the loading job, after reading a sheet."""
        for m in marks:
            self.versions[(email, m["criterion"])] = m["version"]

    def write(self, email: str, criterion: str, new: dict, previous: dict) -> None:
        self.applying.emit(email, criterion, new, previous)
        s = self.state
        ref, actor, stage, versions = s.reference, s.actor, self.stage, self.versions
        scoring = s.services.scoring

        def job() -> dict:
            key = (email, criterion)
            mark = scoring.set_mark(ref, actor, email, criterion, new["value"], na=new["na"], comment=new["comment"],
                                    evidence_page=new["evidence_page"],
                                    expected_version=versions.get(key), stage=stage)
            versions[key] = mark["version"]
            return mark

        self._busy(+1)
        s.tasks.run(job, on_done=lambda m: self._done(email, m), on_error=lambda e: self._failed(e, email))

    def _done(self, email: str, mark: dict) -> None:
        self._busy(-1)
        self.saved.emit(email, mark)

    def _failed(self, error: BaseException, email: str) -> None:
        self._busy(-1)
        self.failed.emit(error, email)

    def _busy(self, delta: int) -> None:
        before = self._in_flight > 0
        self._in_flight += delta
        if (self._in_flight > 0) != before:
            self.saving_changed.emit(self._in_flight > 0)

    @property
    def busy(self) -> bool:
        return self._in_flight > 0
