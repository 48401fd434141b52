"""Importing applications from the mailbox export: every file gets an outcome; nothing is ever lost.

Files are written in groups (up to GROUP_FILES files or GROUP_SECONDS of work, one transaction each, in a
few bulk statements): a file is stored completely or not at all, a cancelled or killed import keeps what was
committed, and a re-run adds only the rest (idempotent by the source's sha256 and the Message-ID). When a
group cannot be written, its files are retried one by one, so one bad file never costs the others.
Parsing, text extraction and the eligibility suggestions run in a process pool (both cores).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from panel_app.domain.changes import Change, Changed
from panel_app.domain.deadline import on_time, with_late_flag
from panel_app.domain.eligibility.snapshot import message_snapshot_json
from panel_app.domain.errors import Cancelled
from panel_app.domain.gates import HOLD_AFTER_FREEZE
from panel_app.domain.identity import placeholder_email
from panel_app.domain.texts import joined, stored, translate
from panel_app.intake import ParsedMessage, parse_files, scan_paths
from panel_app.intake.active_content import ACTIVE_WORDS
from panel_app.intake.limits import IntakeLimits
from panel_app.intake.model import NOT_MAIL, NOT_READ
from panel_app.intake.scratch import ScratchDir
from panel_app.store import Database, unit_of_work
from panel_app.store import applications as qa
from panel_app.store import intake_writes as qw
from panel_app.store import procedures as q

from .actors import SETUP, Actor, require_permission
from .application_status import ApplicationLike, restatus
from .procedures import ProcedureService
from .shortlist_state import frozen_shortlist

log = logging.getLogger(__name__)
GROUP_FILES = 64  # files per transaction at most
GROUP_SECONDS = 0.5  # … or this much work, so progress, cancel and a kill lose little
NOT_APPLICATION = translate("Errors", "not an application: skipped, stored")


@dataclass
class FileOutcome:
    file: str
    outcome: str  # imported | imported_with_flags | not_read | not_application | already_imported | not_imported
    applications: int = 0
    flags: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class ImportReport:
    files: list[FileOutcome]
    cancelled: bool = False

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.files:
            out[f.outcome] = out.get(f.outcome, 0) + 1
        return out

    def as_dict(self) -> dict:
        return {"cancelled": self.cancelled, "counts": self.counts(), "files": [asdict(f) for f in self.files]}


def _problems(msg: ParsedMessage) -> str | None:
    """What is stored as the application's reading problem: the error and the limits reached, in words
    (active content is information, shown by its flag, not a problem reading the file)."""
    return joined([w for w in [msg.error, *msg.notes] if w and ACTIVE_WORDS not in w]) or None


def _snapshot(msg: ParsedMessage) -> dict | qw.SerialisedJSON:
    """The eligibility snapshot the worker wrote as JSON (message_snapshot_json), stored as it is; {} when the file
    was not read."""
    return qw.SerialisedJSON(msg.extra) if isinstance(msg.extra, str) else (msg.extra or {})


def _suggested(msg: ParsedMessage, field_name: str) -> str | None:
    for s in msg.suggestions:
        if s.field == field_name and s.value.strip():
            return s.value.strip()
    return None


class _NewApplication:
    """An application about to be inserted: its row, and what the resend rules look at (`restatus`)."""

    def __init__(self, row: dict, email: str | None, documents: list[dict], order: int):
        self.row, self.email, self.documents = row, email, documents
        self.id = 10**15 + order  # after every stored application, in import order (only to sort)

    @property
    def status(self) -> str:
        return self.row["status"]

    @status.setter
    def status(self, value: str) -> None:
        self.row["status"] = value

    @property
    def on_time(self) -> bool | None:
        return self.row["on_time"]

    @property
    def received_utc(self) -> datetime | None:
        return self.row["received_utc"]


def _unspool(group: list[tuple[str, list[ParsedMessage]]]) -> None:
    """The group's spooled parts, once stored (or refused: a re-run reads the file again)."""
    for _path, msgs in group:
        for m in msgs:
            for d in m.documents:
                if d.content_path:
                    Path(d.content_path).unlink(missing_ok=True)


class IntakeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def import_paths(self, reference: str, paths: list[str | Path], actor: Actor = SETUP, *, workers: int = 2,
                     progress: Callable[[float, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     limits: IntakeLimits | None = None) -> Changed[ImportReport]:
        """Every file found gets an outcome. Each is parsed in a worker under `limits` (IntakeLimits.from_env()
        by default); what a worker could not read is stored unparsed with the reason; a path that cannot be
        read at all (a dangling link, a named pipe, no permission) is listed with the reason. It changes the
        applications and their eligibility suggestions when it stored any; a run that stored nothing changes nothing."""
        scan = scan_paths(paths)
        order = [str(f) for f in scan.files]
        report = ImportReport([])
        outcomes: dict[str, FileOutcome] = {}
        ctx = self._context(reference, actor)
        group: list[tuple[str, list[ParsedMessage]]] = []
        started = time.monotonic()
        post_args = (ctx["grade"], ctx["criteria"], ctx["min_years"], ctx["deadline"])
        gc_was = gc.isenabled()
        gc.disable()  # the objects of each group are freed by reference counting; collected once at the end
        spool = ScratchDir("intake")  # large parts, streamed from disk; swept at the next start after a kill
        try:
            for path, msgs in parse_files(order, ctx["reference"], workers=workers, progress=progress,
                                          cancelled=cancelled, post=message_snapshot_json, post_args=post_args,
                                          limits=limits or IntakeLimits.from_env(), spool=spool.name):
                if not group:
                    started = time.monotonic()
                group.append((path, msgs))
                if len(group) >= GROUP_FILES or time.monotonic() - started >= GROUP_SECONDS:
                    outcomes.update(self._store_group(ctx, group, actor))
                    _unspool(group)
                    group = []
        except Cancelled:
            report.cancelled = True
        finally:
            if group:  # what was read is kept, also when the import is cancelled
                outcomes.update(self._store_group(ctx, group, actor))
            spool.cleanup()
            if gc_was:
                gc.enable()
        if cancelled is not None and cancelled():
            report.cancelled = True
        for path in order:
            outcome = outcomes.get(path)
            if outcome is None:
                cause = (translate("Errors", "the import was cancelled before this file") if report.cancelled
                         else translate("Errors", "the file could not be read"))
                outcome = FileOutcome(Path(path).name, "not_imported", reason=cause)
            report.files.append(outcome)
        for bad, why in scan.unreadable:
            report.files.append(FileOutcome(bad.name, "not_imported",
                                            reason=translate("Errors", "{file}: {note}").format(file=bad.name, note=why)))
        stored = any(f.applications for f in report.files)
        return Changed(report, frozenset({Change.APPLICATIONS, Change.ELIGIBILITY}) if stored else frozenset())

    def _context(self, reference: str, actor: Actor) -> dict:
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            require_permission(actor, "application", "INSERT", action=translate("Errors", "import applications"),
                               has_members=bool(q.members(uow.session, p.id)))
            crit = [(c.code, c.declared) for c in q.criteria(uow.session, p.id) if c.group == "eligibility"]
            return {"reference": p.reference, "procedure_id": p.id, "deadline": p.deadline_utc, "grade": p.grade,
                    "criteria": crit, "min_years": int(p.grid_rules.min_years_study),
                    "index": qa.import_index(uow.session, p.id),
                    # issue 16: after the freeze an application is held for the chair, never queued silently
                    "hold": HOLD_AFTER_FREEZE if frozen_shortlist(uow.session, p) else None}

    def _store_group(self, ctx: dict, group: list[tuple[str, list[ParsedMessage]]],
                     actor: Actor) -> dict[str, FileOutcome]:
        """One transaction for the group; if it fails, each file alone; a file that still fails is listed as
        not imported, with the reason (nothing of it was kept, and a re-run will try it again)."""
        try:
            return self._write_group(ctx, group, actor)
        except Exception as exc:  # reported per file below, never a traceback
            if len(group) > 1:
                out: dict[str, FileOutcome] = {}
                for item in group:
                    out.update(self._store_group(ctx, [item], actor))
                return out
            path = group[0][0]
            log.exception("could not store %s", path)
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return {path: FileOutcome(Path(path).name, "not_imported",
                                      reason=f"the database refused to store it ({reason[:200]}); nothing of it "
                                             "was kept, and importing again will retry it")}

    def _write_group(self, ctx: dict, group: list[tuple[str, list[ParsedMessage]]],
                     actor: Actor) -> dict[str, FileOutcome]:
        """Plan every row of the group in Python, then write them in a few bulk statements. The import index
        is updated only once the transaction committed."""
        index = ctx["index"]
        added: dict = {"sources": set(), "message_ids": set(), "candidates": {}, "applications_of": {},
                       "pdf_shas": set(), "blobs": set()}
        blobs: list[qw.BlobRow] = []
        new_candidates: dict[str, dict] = {}
        planned: list[_NewApplication] = []
        outcomes: dict[str, FileOutcome] = {}
        for path, msgs in group:
            flags: list[str] = []
            stored = known = 0
            for msg in msgs:
                if msg.source_sha256 in index["sources"] or msg.source_sha256 in added["sources"] or (
                        msg.message_id and (msg.message_id in index["message_ids"]
                                            or msg.message_id in added["message_ids"])):
                    known += 1
                    continue
                app = self._plan_message(ctx, msg, added, blobs, new_candidates, len(planned))
                planned.append(app)
                stored += NOT_MAIL not in msg.flags
                flags.extend(f for f in app.row["flags"] if f not in flags)
            outcomes[path] = self._outcome(Path(path).name, msgs, stored, known, flags)
        if planned:
            with unit_of_work(self.db, actor.name) as uow:
                self._write(uow, ctx, added, blobs, new_candidates, planned)
        for key in ("sources", "message_ids", "pdf_shas", "blobs"):
            index[key] |= added[key]
        index["candidates"].update(added["candidates"])
        for email, n in added["applications_of"].items():
            cid = index["candidates"][email]
            index["applications_of"][cid] = index["applications_of"].get(cid, 0) + n
        return outcomes

    @staticmethod
    def _outcome(name: str, msgs: list[ParsedMessage], stored: int, known: int, flags: list[str]) -> FileOutcome:
        if stored == 0 and known:
            return FileOutcome(name, "already_imported", 0, [],
                               translate("Errors", "imported before (same file or Message-ID)"))
        reason = joined([w for m in msgs for w in [m.error, *m.notes] if w])
        if msgs and all(NOT_MAIL in m.flags for m in msgs):
            return FileOutcome(name, "not_application", 0, flags, translate(
                "Errors", "not an application: skipped, stored ({reason})").format(reason=reason) if reason
                               else NOT_APPLICATION)
        outcome = "not_read" if NOT_READ in flags else "imported_with_flags" if flags else "imported"
        return FileOutcome(name, outcome, stored, flags, reason)

    @staticmethod
    def _plan_message(ctx: dict, msg: ParsedMessage, added: dict, blobs: list[qw.BlobRow],
                      new_candidates: dict[str, dict], order: int) -> _NewApplication:
        index = ctx["index"]
        for sha, content, path in [(msg.source_sha256, msg.raw, msg.raw_path)] + [
                (d.sha256, d.content, d.content_path) for d in msg.documents]:
            if sha not in index["blobs"] and sha not in added["blobs"]:  # content-addressed: stored once
                blobs.append(qw.BlobRow(sha, content, path))
                added["blobs"].add(sha)
        flags = list(msg.flags)
        timely = on_time(msg.received_utc, ctx["deadline"])
        flags = with_late_flag(flags, timely)
        if ctx["hold"]:
            flags.append(ctx["hold"])
        not_application = NOT_MAIL in msg.flags
        email = None if not_application else (_suggested(msg, "email") or msg.sender_email or "").strip().lower() or None
        if email is None and not not_application:  # a loose PDF: a candidate all the same (domain/identity.py)
            email = placeholder_email(msg.source_sha256)
        if email and email not in index["candidates"] and email not in new_candidates:
            new_candidates[email] = {"procedure_id": ctx["procedure_id"], "email": email,
                                     "surname": _suggested(msg, "surname") or "",
                                     "first_name": _suggested(msg, "first_name") or ""}
        pdf_shas = {d.sha256 for d in msg.documents if d.kind == "pdf"}
        duplicate = bool(pdf_shas & index["pdf_shas"] or pdf_shas & added["pdf_shas"])
        row = {"procedure_id": ctx["procedure_id"], "candidate_id": None, "source": msg.source,
               "source_sha256": msg.source_sha256, "raw_sha256": msg.source_sha256, "kind": msg.kind,
               "message_id": msg.message_id, "subject": msg.subject, "sender_name": msg.sender_name,
               "sender_email": msg.sender_email, "received_utc": msg.received_utc,
               "date_header_utc": msg.date_header_utc, "on_time": timely, "reference_ok": msg.reference_ok,
               "flags": flags, "error": stored(_problems(msg)),
               "status": "not_application" if not_application else "duplicate" if duplicate else "active",
               "suggestions": [dict(vars(x)) for x in msg.suggestions], "eligibility": _snapshot(msg),
               "intake_hold": ctx["hold"]}
        documents = [{"blob_sha256": d.sha256, "filename": d.filename, "kind": d.kind, "pages": d.pages,
                      "has_text": d.has_text, "text": "\f".join(d.page_texts), "flags": list(d.flags),
                      "from_archive": d.from_archive, "position": i} for i, d in enumerate(msg.documents)]
        added["pdf_shas"] |= pdf_shas
        added["sources"].add(msg.source_sha256)
        if msg.message_id:
            added["message_ids"].add(msg.message_id)
        if email:
            added["applications_of"][email] = added["applications_of"].get(email, 0) + 1
        return _NewApplication(row, email, documents, order)

    @staticmethod
    def _write(uow, ctx: dict, added: dict, blobs: list[qw.BlobRow], new_candidates: dict[str, dict],
               planned: list[_NewApplication]) -> None:
        s, index = uow.session, ctx["index"]
        qw.insert_blobs(s, blobs)  # before the rows that refer to them
        ids = qw.insert_candidates(s, list(new_candidates.values()))
        added["candidates"] = dict(zip(new_candidates, ids, strict=True))
        candidate_of = {**index["candidates"], **added["candidates"]}
        by_candidate: dict[int, list[_NewApplication]] = {}
        for app in planned:
            if app.email:
                app.row["candidate_id"] = candidate_of[app.email]
                by_candidate.setdefault(app.row["candidate_id"], []).append(app)
        for cid, new in by_candidate.items():
            if len(new) + index["applications_of"].get(cid, 0) > 1:  # a resend: which application counts
                group: list[ApplicationLike] = [*qa.of_candidate(s, cid), *new]
                restatus(group)
        app_ids = qw.insert_applications(s, [a.row for a in planned])
        qw.insert_documents(s, [{**d, "application_id": aid} for a, aid in zip(planned, app_ids, strict=True)
                                for d in a.documents])
        qw.insert_audit(s, [{"procedure_id": ctx["procedure_id"], "actor": uow.actor, "action": "application.import",
                             "entity": "application", "entity_id": str(aid), "before": None,
                             "after": {"source": a.row["source"], "flags": a.row["flags"], "status": a.status,
                                       "candidate": a.email}} for a, aid in zip(planned, app_ids, strict=True)])
