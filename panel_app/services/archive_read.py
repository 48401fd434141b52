"""Check an archive file against its manifest and its audit chain, and open it read-only (issue 20 part 2).

`verify(path)` never raises for a bad archive: it returns every problem, one line each (a file that is not a
zip, a missing or unlisted part, a part whose sha256 differs, a newer panel_app, a broken audit chain).
`open_read_only(path)` verifies first, then opens the archived database from a private temporary copy, with
every write refused (Database.read_only, checked by every unit of work).
"""

from __future__ import annotations

import atexit
import hashlib
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

from panel_app.domain import archive_manifest as am
from panel_app.domain.audit.chain import ChainEvent, walk
from panel_app.domain.errors import AlteredFile, UserFacingError
from panel_app.domain.lifecycle import archive_refusal
from panel_app.domain.texts import translate
from panel_app.store import open_database, read_only
from panel_app.store import procedures as q
from panel_app.store.migrate import script_directory

from .archive import ArchiveCheck
from .audit import check


def _known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def _read_parts(path: Path, result: ArchiveCheck) -> tuple[am.Manifest | None, dict[str, bytes]]:
    if not path.is_file():
        result.problems.append(translate("Errors", "{path} does not exist or is not a file").format(path=path))
        return None, {}
    if not zipfile.is_zipfile(path):
        result.problems.append(translate("Errors", "{file} is not a panel_app archive (not a zip file, or truncated)")
                               .format(file=path.name))
        return None, {}
    try:
        with zipfile.ZipFile(path) as z:
            parts = {i.filename: z.read(i) for i in z.infolist() if not i.is_dir()}
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        result.problems.append(translate("Errors", "{file} cannot be read ({e})").format(file=path.name, e=e))
        return None, {}
    if am.MANIFEST not in parts:
        result.problems.append(translate("Errors", "{file} has no {manifest}").format(file=path.name, manifest=am.MANIFEST))
        return None, parts
    try:
        m = am.parse(parts[am.MANIFEST], _known_revisions())
    except am.ManifestError as e:
        result.problems.append(translate("Errors", "{file}: {problem}").format(file=path.name, problem=e.args[0]))
        return None, parts
    return m, parts


def _check_database(data: bytes, m: am.Manifest, result: ArchiveCheck) -> None:
    with tempfile.TemporaryDirectory(prefix="panel-archive-check-") as tmp:
        file = Path(tmp) / am.DATABASE
        file.write_bytes(data)
        try:
            db = open_database(f"sqlite:///{file}")
        except UserFacingError as e:
            result.problems.append(translate("Errors", "the archived database cannot be opened: {error}")
                                   .format(error=e.message))
            return
        try:
            with read_only(db) as s:
                p = q.by_reference(s, m.reference)
                if p is None:
                    result.problems.append(translate("Errors", "the archived database holds no procedure {reference}")
                                           .format(reference=m.reference))
                    return
                v = check(s, p)
        finally:
            db.dispose()
    result.problems += [translate("Errors", "audit chain: {finding}").format(finding=line) for line in v.lines()]
    if v.ok and v.last_hash != m.audit.get("last_hash"):
        result.problems.append(translate("Errors", "audit chain: the archived chain ends at {hash}…, the manifest "
                                                   "says {manifest}…")
                               .format(hash=v.last_hash[:12], manifest=str(m.audit.get("last_hash"))[:12]))


def _check_chain_file(data: bytes, m: am.Manifest, result: ArchiveCheck) -> None:
    try:
        events = [ChainEvent(**e) for e in json.loads(data.decode("utf-8"))]
    except (ValueError, TypeError, UnicodeDecodeError) as e:
        result.problems.append(translate("Errors", "{file} is not readable ({error})").format(file=am.CHAIN, error=e))
        return
    w = walk(events, None)
    result.problems += [translate("Errors", "{file}: {problem}").format(file=am.CHAIN, problem=f.line())
                        for f in w.findings]
    if not w.findings and w.last_hash != m.audit.get("last_hash"):
        result.problems.append(translate("Errors", "{file} ends at {hash}…, the manifest says {manifest}…")
                               .format(file=am.CHAIN, hash=w.last_hash[:12],
                                       manifest=str(m.audit.get("last_hash"))[:12]))


def verify(path: str | Path) -> ArchiveCheck:
    path = Path(path)
    result = ArchiveCheck(str(path))
    m, parts = _read_parts(path, result)
    if m is None:
        return result
    result.reference, result.manifest = m.reference, m.as_json()
    found = {n: (hashlib.sha256(b).hexdigest(), len(b)) for n, b in parts.items()}
    result.problems += am.part_problems(m, found)
    if result.problems:
        return result  # the content is not what was archived: no part is read further
    _check_chain_file(parts[am.CHAIN], m, result)
    _check_database(parts[am.DATABASE], m, result)
    return result


def require_valid(path: str | Path) -> ArchiveCheck:
    """The check, or AlteredFile naming the first problem (and how many more)."""
    result = verify(path)
    if not result.ok:
        more = (translate("Errors", " (and {count} more)").format(count=len(result.problems) - 1)
                if len(result.problems) > 1 else "")
        raise AlteredFile(translate("Errors", "The archive {name} is refused: {problems}{more}.")
                              .format(name=Path(path).name, problems=result.problems[0], more=more),
                          hint=translate("Errors", "Nothing was opened. Run `panel-app archive verify "
                                                   "FILE` for every problem."))
    return result


def open_read_only(path: str | Path):
    """(Services on a private copy of the archived database, every write refused; the procedure's reference)."""
    from . import Services

    result = require_valid(path)
    folder = Path(tempfile.mkdtemp(prefix="panel-archive-open-"))
    atexit.register(shutil.rmtree, folder, True)
    file = folder / am.DATABASE
    with zipfile.ZipFile(path) as z:
        file.write_bytes(z.read(am.DATABASE))
    db = open_database(f"sqlite:///{file}")
    db.read_only = archive_refusal(Path(path).name)
    return Services.for_db(db), result.reference


def reader(services, reference: str):
    """The actor an opened archive is read as: its chair (who may read every page and report); writes stay
    refused by the database's read-only flag. None on a database that is not an opened archive."""
    from .actors import Actor

    if not services.db.read_only:
        return None
    with read_only(services.db) as s:
        p = q.by_reference(s, reference)
        chair = next((m for m in q.members(s, p.id) if m.role == "chair" and m.active), None) if p else None
        return None if chair is None else Actor(chair.name, "chair", chair.id, bool(chair.voting))
