"""OCR of scanned applications, after the import and never during it: one scan at a time, in the background.

Long work with Orange-style `progress(fraction, message)` and `cancelled()` callables. Each scan is read
outside any transaction (rendered in a capped worker, read by Tesseract), then stored in one short unit of work:
the OCR text and its mean confidence in the document's OCR columns (the original bytes and the text layer are
never changed), the flag `no_text_layer` replaced by `ocr_text` where text was found, the eligibility
suggestions read again from the OCR text (capped: never "not met"), and an audit event. A cancel keeps every
scan already stored; a re-run reads only the rest. Without the engine nothing changes, and the message says how
to install it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from panel_app.domain.changes import Change, Changed, merged
from panel_app.domain.eligibility.ocr_reading import OCR_FLAG, ocr_snapshot
from panel_app.domain.errors import Cancelled, NotFound
from panel_app.domain.texts import translate
from panel_app.intake.ocr import Engine, OcrResult, find_engine, install_hint, ocr_pdf
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import applications as qa
from panel_app.store import ocr as qo
from panel_app.store import procedures as q
from panel_app.store.clock import utcnow

from .actors import Actor, require_role
from .procedures import ProcedureService

log = logging.getLogger(__name__)
NO_TEXT_LAYER = "no_text_layer"


@dataclass
class OcrBacklog:
    documents: int  # scans (distinct contents) not read by OCR yet
    engine: str | None  # the engine that would read them, or None
    message: str  # one line for the user: what there is to do, and how


@dataclass(frozen=True)
class Scan:
    procedure_id: int
    sha256: str
    filename: str


@dataclass
class OcrOutcome:
    filename: str
    applications: list[int]
    pages: int
    confidence: float | None
    characters: int
    outcome: str  # read | no_text_found | not_read
    reason: str = ""


@dataclass
class OcrReport:
    engine: str
    documents: list[OcrOutcome] = field(default_factory=list)
    cancelled: bool = False
    remaining: int = 0

    def as_dict(self) -> dict:
        return {"engine": self.engine, "cancelled": self.cancelled, "remaining": self.remaining,
                "documents": [asdict(d) for d in self.documents]}


class OcrService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def backlog(self, reference: str) -> OcrBacklog:
        """How many scans wait for OCR, and whether this computer can read them (for the hint after an import)."""
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            n = len(qo.pending(s, p.id))
        try:
            engine = find_engine().name
        except Exception:  # OcrUnavailable, or an engine that cannot start: said below
            engine = None
        if not n:
            return OcrBacklog(0, engine, "")
        if engine is None:
            return OcrBacklog(n, None, (translate("Errors", "{count} scanned documents have no text layer; no OCR engine "
                                                           "is installed, so they stay flagged 'no text layer'. {how}")
                                        if n != 1 else
                                        translate("Errors", "{count} scanned document has no text layer; no OCR engine "
                                                            "is installed, so it stays flagged 'no text layer'. {how}"))
                              .format(count=n, how=install_hint()))
        return OcrBacklog(n, engine, (translate("Errors", "{count} scanned documents have no text layer: read them by "
                                                          "OCR with Applications › Read scans (OCR)… or `panel-app ocr`.")
                                      if n != 1 else
                                      translate("Errors", "{count} scanned document has no text layer: read it by OCR "
                                                          "with Applications › Read scans (OCR)… or `panel-app ocr`."))
                          .format(count=n))

    def run(self, reference: str, actor: Actor, *, progress: Callable[[float, str], None] | None = None,
            cancelled: Callable[[], bool] | None = None, engine: Engine | None = None) -> Changed[OcrReport]:
        """Read every waiting scan, one after the other (the CLI; the GUI calls the three steps itself)."""
        waiting = self.waiting(reference, actor)
        engine = engine or find_engine()  # OcrUnavailable (with how to install it): nothing changes
        report = OcrReport(engine.name)
        stored: list[Changed[OcrOutcome]] = []
        for i, scan in enumerate(waiting):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break

            def page_progress(f: float, m: str, i: int = i, name: str = scan.filename) -> None:
                if progress is not None:
                    progress((i + f) / len(waiting), f"{name} ({i + 1} of {len(waiting)}), {m}")

            page_progress(0.0, "starting")
            try:
                result = self.read(self.content(scan), engine, progress=page_progress, cancelled=cancelled)
            except Cancelled:
                report.cancelled = True
                break
            stored.append(self.store(reference, actor, scan, result))
            report.documents.append(stored[-1].result)
        report.remaining = len(waiting) - len(report.documents)
        if progress is not None and not report.cancelled:
            progress(1.0, "done")
        return Changed(report, merged(stored))

    # The three steps: the first and the last on the DB worker thread, the reading on any other.
    def waiting(self, reference: str, actor: Actor) -> list[Scan]:
        """The scans that wait for OCR, in import order (one per distinct content)."""
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            require_role(actor, "secretary", "chair", action=translate("Errors", "read scanned applications by OCR"),
                         has_members=bool(q.members(s, p.id)))
            return [Scan(p.id, d.blob_sha256, d.filename) for d in qo.pending(s, p.id)]

    def content(self, scan: Scan) -> bytes:
        with read_only(self.db) as s:
            return qa.blob(s, scan.sha256) or b""

    @staticmethod
    def read(content: bytes, engine: Engine | None = None, *, progress: Callable[[float, str], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> OcrResult:
        """OCR of one scan's bytes: no database, no transaction open meanwhile (any thread)."""
        return ocr_pdf(content, engine or find_engine(), progress=progress, cancelled=cancelled)

    def store(self, reference: str, actor: Actor, scan: Scan, result: OcrResult) -> Changed[OcrOutcome]:
        """Store one scan's text and re-read its application (the eligibility suggestions follow the text)."""
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            require_role(actor, "secretary", "chair", action=translate("Errors", "read scanned applications by OCR"),
                         has_members=bool(q.members(s, p.id)))
        return Changed.of(self._store(scan.procedure_id, reference, scan.sha256, scan.filename, result, actor),
                          Change.APPLICATIONS, Change.ELIGIBILITY)

    def _store(self, procedure_id: int, reference: str, sha: str, filename: str, result: OcrResult,
               actor: Actor) -> OcrOutcome:
        found = result.has_text and not result.error
        confidence = result.mean_confidence if found else None
        outcome = OcrOutcome(filename, [], len(result.pages), confidence, len(result.text.replace("\f", "")),
                             "read" if found else ("not_read" if result.error else "no_text_found"),
                             result.error or ("" if found else "OCR found no text on the scan"))
        if result.pages_total > len(result.pages) and not result.error:
            outcome.reason = f"only the first {len(result.pages)} of {result.pages_total} pages read by OCR"
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            criteria = [(c.code, c.declared) for c in q.criteria(uow.session, p.id) if c.group == "eligibility"]
            for d in qo.documents_of_blob(uow.session, procedure_id, sha):
                d.ocr_text, d.ocr_confidence, d.ocr_engine, d.ocr_at = result.text, confidence, result.engine, utcnow()
                d.ocr_words = result.word_boxes if found else None  # for the highlights on the scan
                if found:
                    d.flags = [OCR_FLAG if f == NO_TEXT_LAYER else f for f in (d.flags or [])]
                a = d.application
                outcome.applications.append(a.id)
                before = {"flags": list(a.flags or []), "overall_checks": _suggested(a.eligibility)}
                if found:
                    uow.session.flush()
                    self._reread(uow.session, a.id, p, criteria, result.europass, confidence)
                    uow.touch(a)
                uow.audit(p.id, "document.ocr", "application", a.id, before, {
                    "document": d.filename, "sha256": sha, "engine": result.engine, "pages": len(result.pages),
                    "mean_confidence": confidence, "outcome": outcome.outcome, "flags": list(a.flags or []),
                    "overall_checks": _suggested(a.eligibility)})
        return outcome

    @staticmethod
    def _reread(s, application_id: int, p, criteria: list, europass: dict | None, confidence: float | None) -> None:
        """The application's flags and eligibility suggestions, read again with the OCR text."""
        a = qo.with_texts(s, application_id)
        if a is None:  # the caller read it in the same session
            raise NotFound(translate("Errors", "No application {application_id}.")
                               .format(application_id=application_id))
        still_scans = any(NO_TEXT_LAYER in (d.flags or []) for d in a.documents)
        if not still_scans:
            a.flags = [OCR_FLAG if f == NO_TEXT_LAYER else f for f in (a.flags or [])]
        if OCR_FLAG not in (a.flags or []):
            a.flags = [*(a.flags or []), OCR_FLAG]
        europass = europass or (a.eligibility or {}).get("europass")
        a.eligibility = ocr_snapshot(qo.page_texts(a), list(a.flags or []), europass, p.grade, criteria,
                                     int(p.grid_rules.min_years_study), confidence)


def _suggested(snap: dict | None) -> dict:
    return {c.get("criterion"): c.get("suggested") for c in (snap or {}).get("checks") or []}
