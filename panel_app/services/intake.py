"""Importing applications from the mailbox export: every file gets an outcome; nothing is ever lost.

Each file is one transaction (its messages are stored completely or not at all), so a cancelled or
killed import keeps what was committed and a re-run adds only the rest: idempotent by the source's
sha256 and the Message-ID. Parsing and text extraction run in a process pool (both cores).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from panel_app.domain.errors import Cancelled
from panel_app.intake import ParsedMessage, collect_files, parse_many
from panel_app.store import applications as qa
from panel_app.store import procedures as q
from panel_app.store import unit_of_work
from panel_app.store.models import Application, Candidate, Document, DocumentBlob

from .actors import SETUP, Actor, require_role
from .application_status import restatus
from .eligibility_suggest import message_snapshot
from .procedures import ProcedureService


@dataclass
class FileOutcome:
    file: str
    outcome: str  # imported | imported_with_flags | already_imported | rejected | not_imported
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


def _suggested(msg: ParsedMessage, field_name: str) -> str | None:
    for s in msg.suggestions:
        if s.field == field_name and s.value.strip():
            return s.value.strip()
    return None


class IntakeService:
    def __init__(self, db):  # noqa: ANN001
        self.db = db

    def import_paths(self, reference: str, paths: list[str | Path], actor: Actor = SETUP, *, workers: int = 2,
                     progress: Callable[[float, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ImportReport:
        files = collect_files(paths)
        report = ImportReport([])
        by_file: dict[str, FileOutcome] = {}
        order = [str(f) for f in files]
        ctx = self._context(reference, actor)
        try:
            current: str | None = None
            batch: list[ParsedMessage] = []
            post_args = (ctx["grade"], ctx["criteria"], ctx["min_years"], ctx["deadline"])
            for msg in parse_many(order, ctx["reference"], workers=workers, progress=progress, cancelled=cancelled,
                                  post=message_snapshot, post_args=post_args):
                name = msg.source.split("#", 1)[0]
                if current is not None and name != current:
                    by_file[current] = self._store_file(ctx, current, batch, actor)
                    batch = []
                current = name
                batch.append(msg)
            if current is not None:
                by_file[current] = self._store_file(ctx, current, batch, actor)
        except Cancelled:
            report.cancelled = True
        if cancelled is not None and cancelled():
            report.cancelled = True
        for path in order:
            name = Path(path).name
            outcome = by_file.get(name)
            if outcome is None:
                outcome = FileOutcome(name, "not_imported", reason="the import was cancelled before this file"
                                      if report.cancelled else "the file could not be read")
            report.files.append(outcome)
        return report

    def _context(self, reference: str, actor: Actor) -> dict:
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            require_role(actor, "secretary", "chair", action="import applications",
                         has_members=bool(q.members(uow.session, p.id)))
            crit = [(c.code, c.declared) for c in q.criteria(uow.session, p.id) if c.group == "eligibility"]
            return {"reference": p.reference, "procedure_id": p.id, "deadline": p.deadline_utc, "grade": p.grade,
                    "criteria": crit, "min_years": int(p.rules.get("min_years_study", 3)),
                    "index": qa.import_index(uow.session, p.id)}

    def _store_file(self, ctx: dict, name: str, msgs: list[ParsedMessage], actor: Actor) -> FileOutcome:
        """One file, one transaction. The import index is updated only once the transaction committed."""
        stored, flags, known = 0, [], 0
        index = ctx["index"]
        added: dict = {"sources": set(), "message_ids": set(), "candidates": {}, "applications_of": {},
                       "pdf_shas": set(), "blobs": set()}
        with unit_of_work(self.db, actor.name) as uow:
            for msg in msgs:
                if msg.source_sha256 in index["sources"] | added["sources"] or (
                        msg.message_id and msg.message_id in index["message_ids"] | added["message_ids"]):
                    known += 1
                    continue
                app = self._store_message(uow, ctx, msg, added)
                stored += 1
                flags.extend(f for f in app.flags if f not in flags)
        for key in ("sources", "message_ids", "pdf_shas", "blobs"):
            index[key] |= added[key]
        index["candidates"].update(added["candidates"])
        for cid, n in added["applications_of"].items():
            index["applications_of"][cid] = index["applications_of"].get(cid, 0) + n
        if stored == 0 and known:
            return FileOutcome(name, "already_imported", 0, [], "imported before (same file or Message-ID)")
        outcome = "imported_with_flags" if flags else "imported"
        reason = next((m.error for m in msgs if m.error), "") or ""
        return FileOutcome(name, outcome, stored, flags, reason)

    def _store_message(self, uow, ctx: dict, msg: ParsedMessage, added: dict) -> Application:  # noqa: ANN001
        s = uow.session
        pid, index = ctx["procedure_id"], ctx["index"]
        self._blobs(s, index, added, [(msg.source_sha256, msg.raw)] + [(d.sha256, d.content) for d in msg.documents])
        flags = list(msg.flags)
        on_time = None if msg.received_utc is None else msg.received_utc <= ctx["deadline"]
        if on_time is False:
            flags.insert(0, "late")
        email = (_suggested(msg, "email") or msg.sender_email or "").strip().lower() or None
        candidate_id = None
        if email:
            candidate_id = index["candidates"].get(email) or added["candidates"].get(email)
            if candidate_id is None:
                c = uow.add(Candidate(procedure_id=pid, email=email, surname=_suggested(msg, "surname") or "",
                                      first_name=_suggested(msg, "first_name") or ""))
                s.flush()
                candidate_id = added["candidates"][email] = c.id
        app = uow.add(Application(
            procedure_id=pid, candidate_id=candidate_id, source=msg.source,
            source_sha256=msg.source_sha256, raw_sha256=msg.source_sha256, kind=msg.kind,
            message_id=msg.message_id, subject=msg.subject, sender_name=msg.sender_name,
            sender_email=msg.sender_email, received_utc=msg.received_utc, date_header_utc=msg.date_header_utc,
            on_time=on_time, reference_ok=msg.reference_ok, flags=flags, status="active", error=msg.error,
            suggestions=[asdict(x) for x in msg.suggestions],
            eligibility=msg.extra or {}))
        pdf_shas = {d.sha256 for d in msg.documents if d.kind == "pdf"}
        if pdf_shas & (index["pdf_shas"] | added["pdf_shas"]):
            app.status = "duplicate"  # the same document was sent before: its bytes are stored once
        for i, d in enumerate(msg.documents):
            app.documents.append(Document(blob_sha256=d.sha256, filename=d.filename, kind=d.kind, pages=d.pages,
                                          has_text=d.has_text, text="\f".join(d.page_texts), flags=list(d.flags),
                                          from_archive=d.from_archive, position=i))
        added["pdf_shas"] |= pdf_shas
        added["sources"].add(msg.source_sha256)
        if msg.message_id:
            added["message_ids"].add(msg.message_id)
        s.flush()
        if candidate_id is not None:
            before = index["applications_of"].get(candidate_id, 0) + added["applications_of"].get(candidate_id, 0)
            added["applications_of"][candidate_id] = added["applications_of"].get(candidate_id, 0) + 1
            if before:  # a resend: decide which of the candidate's applications counts
                restatus(qa.of_candidate(s, candidate_id))
        uow.audit(pid, "application.import", "application", app.id, None,
                  {"source": msg.source, "flags": flags, "status": app.status, "candidate": email})
        return app

    @staticmethod
    def _blobs(s, index: dict, added: dict, items: list[tuple[str, bytes]]) -> None:  # noqa: ANN001
        """Store the bytes not stored yet (content-addressed), in one flush before the rows that refer to them
        (no ORM relationship orders those inserts)."""
        new = False
        for sha, content in items:
            if sha not in index["blobs"] and sha not in added["blobs"]:
                s.add(DocumentBlob(sha256=sha, size=len(content), content=content))
                added["blobs"].add(sha)
                new = True
        if new:
            s.flush()
