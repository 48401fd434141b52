"""Archive a finished procedure into one file, and check such a file (issue 20 part 2).

    services.archive.write(ref, chair, "DIGIT-COM-2026-1039.panelarchive")
    services.archive.verify("DIGIT-COM-2026-1039.panelarchive")   # ArchiveCheck; .ok, .problems

The file is a zip: `procedure.sqlite` (this procedure's rows and its documents' bytes only), `reports/*.pdf`
(every report the report service can produce now; the manifest says why any is absent), `audit/chain.json`
(the chain as stored) with `audit/verification.json` (`audit verify --json`), and `manifest.json` (sha256 and
size of every part, panel_app version, schema revision). Writing it appends an `archive.written` event to the
procedure's chain; the procedure can then be closed (services/lifecycle.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from panel_app import __version__
from panel_app.domain import archive_manifest as am
from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import UserFacingError
from panel_app.domain.texts import translate
from panel_app.domain.times import local_text
from panel_app.store import audit_chain, open_database, read_only, unit_of_work
from panel_app.store import procedures as q
from panel_app.store.archive_copy import copy_procedure
from panel_app.store.migrate import HEAD

from .actors import Actor, require_role
from .audit import ChainBroken, check

REPORT_KINDS = ("shortlist", "eligibility", "panel", "sheets")  # the extract is per candidate, on request
SUFFIX = ".panelarchive"


@dataclass
class ArchiveResult:
    file: str
    bytes: int
    sha256: str
    reports: list[str]
    absent_reports: dict[str, str]
    rows: dict[str, int]
    audit: str
    drafts: list[str] = field(default_factory=list)  # reports that still carry the DRAFT watermark

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class ArchiveCheck:
    file: str
    reference: str = ""
    problems: list[str] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"file": self.file, "ok": self.ok, "reference": self.reference, "problems": self.problems,
                "manifest": self.manifest}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _is_draft(pdf: bytes) -> bool:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return "DRAFT" in doc[0].get_textpage().get_text_range()
    finally:
        doc.close()


class ArchiveService:
    def __init__(self, db):
        self.db = db

    def write(self, reference: str, actor: Actor, path: str | Path, progress=None) -> Changed[ArchiveResult]:
        """Write the archive file and record it (the procedure may be closed once its archive is current)."""
        step = progress or (lambda _f, _m="": None)
        out = Path(path)
        if out.is_dir():
            raise UserFacingError(translate("Errors", "{out} is a folder; give a file name such as {out2}.")
                                      .format(out=out, out2=out / ('archive' + SUFFIX)))
        if not out.parent.exists():
            raise UserFacingError(translate("Errors", "The folder {parent} does not exist.")
                                      .format(parent=out.parent),
                                  hint=translate("Errors", "Create it or choose another path."))
        with read_only(self.db) as s:
            p = q.by_reference(s, reference)
            if p is None:
                raise UserFacingError(translate("Errors", "No procedure {reference} in this database.")
                                          .format(reference=reference))
            require_role(actor, "chair", "secretary", action=translate("Errors", "archive the procedure"),
                         has_members=bool(q.members(s, p.id)))
            pid, tz = p.id, p.timezone
            step(0.05, "Checking the audit record")
            v = check(s, p)
            if not v.ok:
                raise ChainBroken(translate("Errors", "The audit record of {reference} does not match the "
                                                      "database: {findings}.")
                                      .format(reference=reference, findings=v.findings[0].line()),
                                  hint=translate("Errors", "Nothing was archived. Run `panel-app "
                                                                                       "audit verify`."))
            chain = [asdict(e) for e in audit_chain.chain_events(s, pid)]
        parts: dict[str, bytes] = {}
        with tempfile.TemporaryDirectory(prefix="panel-archive-") as tmp:
            step(0.1, "Copying the procedure's own data")
            dst = open_database(f"sqlite:///{Path(tmp) / am.DATABASE}")
            try:
                rows = copy_procedure(self.db, pid, dst)
            finally:
                dst.dispose()
            parts[am.DATABASE] = (Path(tmp) / am.DATABASE).read_bytes()
        reports, absent = self._reports(reference, actor, parts, step)
        parts[am.CHAIN] = json.dumps(chain, ensure_ascii=False, indent=1).encode("utf-8")
        parts[am.VERIFICATION] = json.dumps(v.as_json(), ensure_ascii=False, indent=2).encode("utf-8")
        created = datetime.now(UTC)
        manifest = am.Manifest(reference, created.isoformat(), actor.name, __version__, HEAD,
                               {n: {"sha256": _sha(b), "bytes": len(b)} for n, b in sorted(parts.items())},
                               reports, absent, {"ok": v.ok, "events": v.events, "last_hash": v.last_hash,
                                                 "summary": v.summary()})
        step(0.9, "Writing the archive")
        partial = out.with_name(out.name + ".partial")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as z:
                z.writestr(am.MANIFEST, manifest.text())
                for name, data in sorted(parts.items()):
                    z.writestr(name, data)
            os.replace(partial, out)
        except OSError as e:
            partial.unlink(missing_ok=True)
            raise UserFacingError(translate("Errors", "Could not write {out}: {value}.")
                                      .format(out=out, value=e.strerror or e),
                                  hint=translate("Errors", "Choose another path.")) from None
        digest = _sha(out.read_bytes())
        with unit_of_work(self.db, actor.name, closed_ok=True) as uow:
            uow.audit(pid, "archive.written", "procedure", reference, None,
                      {"file": out.name, "sha256": digest, "events_archived": v.events, "last_hash": v.last_hash,
                       "reports": sorted(reports), "at": local_text(created, tz)})
        step(1.0, "Done")
        return Changed.of(ArchiveResult(str(out), out.stat().st_size, digest, sorted(reports), absent, rows,
                                        v.summary(), sorted(k for k, r in reports.items() if r["draft"])),
                          Change.LIFECYCLE, Change.AUDIT)

    def _reports(self, reference: str, actor: Actor, parts: dict[str, bytes], step) -> tuple[dict, dict]:
        from .reports import ReportService, page_count

        service = ReportService(self.db)
        reports: dict[str, dict] = {}
        absent: dict[str, str] = {}
        for i, kind in enumerate(REPORT_KINDS):
            step(0.2 + 0.6 * i / len(REPORT_KINDS), f"Rendering the {kind} report")
            try:
                pdf = service.render(reference, actor, kind)
            except UserFacingError as e:
                absent[kind] = str(e)
                continue
            name = f"reports/{kind}.pdf"
            parts[name] = pdf
            reports[kind] = {"part": name, "pages": page_count(pdf), "draft": _is_draft(pdf)}
        return reports, absent

