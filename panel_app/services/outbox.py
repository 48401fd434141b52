"""The outbox: marks that could not be saved because the database was out of reach, kept until it is back.

A mark whose save fails with a connection error is queued here, in memory and in a JSON file in the user
data folder (one file per database, named from its URL without the password), so that neither a dropped
network nor closing the application loses it. `deliver()` saves the queued marks in the order they were
typed, with the version each was typed on: a mark changed meanwhile by someone else is refused and
reported (`MarkNotSaved`), never silently overwritten. No Qt here; the GUI runs these calls on its DB worker.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import StaleEdit, UserFacingError
from panel_app.store.errors import is_connection_error

from .actors import Actor
from .scoring_results import SheetMark

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingMark:
    reference: str
    member: str
    candidate: str  # e-mail address
    criterion: str
    value: float | None
    na: bool = False
    comment: str | None = None
    evidence_page: int | None = None
    stage: str = "preselection"
    expected_version: int | None = None
    queued_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return self.reference, self.member, self.candidate, self.criterion, self.stage

    def shown(self) -> str:
        return "N/A" if self.na else ("no mark" if self.value is None else f"{self.value:g}")


class MarkNotSaved(UserFacingError):
    """A queued mark the database refused when it came back (changed meanwhile, submitted, ...)."""

    def __init__(self, mark: PendingMark, cause: BaseException):
        reason = getattr(cause, "message", None) or str(cause)
        super().__init__(f"Your mark {mark.shown()} on {mark.criterion} for {mark.candidate}, typed while the "
                         f"database was out of reach, was not saved: {reason}",
                         hint="The sheet now shows the stored value; enter yours again if it is still right.")
        self.mark = mark
        self.cause = cause


@dataclass
class Delivery:
    saved: list[tuple[PendingMark, SheetMark]] = field(default_factory=list)  # (what was typed, the stored mark)
    refused: list[MarkNotSaved] = field(default_factory=list)
    remaining: int = 0  # marks of this member still waiting
    offline: bool = False  # stopped because the database is still out of reach


def safe_url(url: str) -> str:
    """The database URL without its password (what the outbox file is named after and records)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))


def default_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("panel_app", appauthor=False)) / "outbox"


class Outbox:
    """A small persistent queue, safe to use from several threads; `path=None` keeps it in memory only."""

    def __init__(self, path: Path | None = None, database: str = ""):
        self.path, self.database = path, database
        self._lock = threading.Lock()
        self._marks: list[PendingMark] = self._load()

    @classmethod
    def for_database(cls, url: str, folder: Path | None = None) -> Outbox:
        clean = safe_url(url)
        name = hashlib.sha256(clean.encode()).hexdigest()[:16] + ".json"
        return cls((folder or default_folder()) / name, clean)

    def put(self, mark: PendingMark) -> PendingMark:
        """Queue a mark. A newer mark on the same cell replaces the waiting one and keeps its version, since
        the waiting one never reached the database."""
        with self._lock:
            old = next((m for m in self._marks if m.key == mark.key), None)
            if old is not None:
                mark = replace(mark, expected_version=old.expected_version, queued_at=old.queued_at)
                self._marks[self._marks.index(old)] = mark
            else:
                self._marks.append(mark)
            self._save()
        return mark

    def pending(self, reference: str | None = None, member: str | None = None,
                stage: str | None = None) -> list[PendingMark]:
        with self._lock:
            return [m for m in self._marks if (reference is None or m.reference == reference)
                    and (member is None or m.member == member) and (stage is None or m.stage == stage)]

    def discard(self, mark: PendingMark) -> None:
        """Remove this exact entry (not a newer one typed on the same cell meanwhile)."""
        with self._lock:
            if mark in self._marks:
                self._marks.remove(mark)
                self._save()

    def __len__(self) -> int:
        return len(self._marks)

    def _load(self) -> list[PendingMark]:
        if self.path is None or not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            names = {f.name for f in fields(PendingMark)}
            return [PendingMark(**{k: v for k, v in m.items() if k in names}) for m in data["marks"]]
        except (OSError, ValueError, KeyError, TypeError) as e:
            bad = self.path.with_suffix(f".unreadable-{datetime.now():%Y%m%d%H%M%S}")
            log.error("outbox %s unreadable (%s); kept as %s", self.path, e, bad)
            os.replace(self.path, bad)
            return []

    def _save(self) -> None:
        if self.path is None:
            return
        if not self._marks:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"database": self.database, "marks": [asdict(m) for m in self._marks]},
                                  indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)


def _set_mark(scoring, actor: Actor, m: PendingMark) -> SheetMark:
    return scoring.set_mark(m.reference, actor, m.candidate, m.criterion, m.value, na=m.na, comment=m.comment,
                            evidence_page=m.evidence_page, expected_version=m.expected_version,
                            stage=m.stage).result


def _already_stored(scoring, actor: Actor, m: PendingMark) -> SheetMark | None:
    """The stored mark when it already equals the queued one (its save had committed when the link dropped)."""
    try:
        cur = scoring.sheet(m.reference, actor, m.candidate, m.stage).mark(m.criterion)
    except Exception:  # then it is reported as the conflict it looks like
        return None
    same = cur is not None and bool(cur.na) == m.na and (m.na or cur.value == m.value) and \
        (m.comment is None or (cur.comment or "") == m.comment)
    return cur if same else None


def deliver(outbox: Outbox, scoring, actor: Actor, reference: str, stage: str | None = None) -> Changed[Delivery]:
    """Save this member's queued marks, oldest first. Stops at the first connection error. A saved mark
    changes the member's scores; nothing saved changes nothing."""
    out = Delivery()
    for m in outbox.pending(reference, actor.name, stage):
        try:
            mark = _set_mark(scoring, actor, m)
        except Exception as e:  # sorted below
            if is_connection_error(e):
                out.offline = True
                break
            stored = _already_stored(scoring, actor, m) if isinstance(e, StaleEdit) else None
            if stored is None:
                outbox.discard(m)
                out.refused.append(MarkNotSaved(m, e))
                continue
            mark = stored
        outbox.discard(m)
        out.saved.append((m, mark))
    out.remaining = len(outbox.pending(reference, actor.name, stage))
    return _changed(out)


def _changed(delivery: Delivery) -> Changed[Delivery]:
    return Changed(delivery, frozenset({Change.SCORES}) if delivery.saved else frozenset())


def save_or_queue(outbox: Outbox, scoring, actor: Actor, mark: PendingMark) -> Changed[Delivery]:
    """Save one mark now; if the database is out of reach, queue it. While marks of this member are waiting,
    a new one queues behind them (so they arrive in the order typed) and all are tried at once.
    Other errors (stale edit, refused, bad value) are raised as before."""
    if outbox.pending(mark.reference, actor.name, mark.stage):
        outbox.put(mark)
        return deliver(outbox, scoring, actor, mark.reference, mark.stage)
    try:
        stored = _set_mark(scoring, actor, mark)
    except Exception as e:
        if not is_connection_error(e):
            raise
        log.warning("database out of reach, mark on %s/%s queued: %s", mark.candidate, mark.criterion, e)
        outbox.put(mark)
        return _changed(Delivery(remaining=len(outbox.pending(mark.reference, actor.name, mark.stage)),
                                 offline=True))
    return _changed(Delivery(saved=[(mark, stored)]))
