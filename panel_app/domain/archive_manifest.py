"""The archive of a finished procedure: what its manifest says, and the checks of a file against it (issue 20).

An archive is one zip file. Its `manifest.json` names every other part with its sha256 and size, the panel_app
version and schema revision that wrote it, the reports it holds (and why any is absent) and the audit chain's
verification. Pure rules here; the zip and the database are read by services/archive.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .texts import translate

FORMAT = "panel_app-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "procedure.sqlite"
CHAIN = "audit/chain.json"
VERIFICATION = "audit/verification.json"


class ManifestError(ValueError):
    """The manifest is missing, unreadable or from a newer panel_app; str(e) says which."""


@dataclass
class Manifest:
    reference: str
    created_at: str
    created_by: str
    panel_app_version: str
    schema_revision: str
    parts: dict[str, dict] = field(default_factory=dict)  # name -> {"sha256", "bytes"}
    reports: dict[str, dict] = field(default_factory=dict)  # kind -> {"part", "pages", "draft"}
    absent_reports: dict[str, str] = field(default_factory=dict)  # kind -> why it is not in the archive
    audit: dict = field(default_factory=dict)  # {"ok", "events", "last_hash", "summary"}
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def as_json(self) -> dict:
        return {"format": self.format, "format_version": self.format_version, "reference": self.reference,
                "created_at": self.created_at, "created_by": self.created_by,
                "panel_app_version": self.panel_app_version, "schema_revision": self.schema_revision,
                "parts": self.parts, "reports": self.reports, "absent_reports": self.absent_reports,
                "audit": self.audit}

    def text(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, indent=2, sort_keys=True)


def parse(raw: bytes, known_revisions: set[str]) -> Manifest:
    """The manifest, or ManifestError naming what is wrong (unreadable, not ours, newer format or schema)."""
    try:
        d = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise ManifestError(translate("Errors", "its manifest is not readable JSON ({e})").format(e=e)) from None
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise ManifestError(translate("Errors", "its manifest is not a panel_app archive manifest"))
    version = d.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ManifestError(translate("Errors", "it was written by a newer panel_app (archive format {version}, this "
                                      "version reads up to {known}, panel_app {app})").format(
            version=version, known=FORMAT_VERSION, app=d.get("panel_app_version", "?")))
    rev = str(d.get("schema_revision") or "")
    if rev not in known_revisions:
        raise ManifestError(translate("Errors", "it was written by a newer panel_app (schema {rev}, panel_app {app}); "
                                      "install that version to open it").format(
            rev=rev or "?", app=d.get("panel_app_version", "?")))
    parts = d.get("parts")
    if not isinstance(parts, dict) or not parts:
        raise ManifestError(translate("Errors", "its manifest lists no parts"))
    try:
        return Manifest(str(d["reference"]), str(d["created_at"]), str(d.get("created_by") or ""),
                        str(d.get("panel_app_version") or ""), rev, dict(parts), dict(d.get("reports") or {}),
                        dict(d.get("absent_reports") or {}), dict(d.get("audit") or {}), FORMAT, version)
    except KeyError as e:
        raise ManifestError(translate("Errors", "its manifest has no {key}").format(key=e.args[0])) from None


def part_problems(m: Manifest, found: dict[str, tuple[str, int]]) -> list[str]:
    """Every difference between the manifest and the parts found ({name: (sha256, bytes)}), one line each."""
    out: list[str] = []
    for name, want in sorted(m.parts.items()):
        got = found.get(name)
        if got is None:
            out.append(translate("Errors", "the part {name} is missing").format(name=name))
        elif got[0] != want.get("sha256"):
            out.append(translate("Errors", "the part {name} does not match the manifest (sha256 {expected}… expected, "
                                 "{found}… found)").format(name=name, expected=str(want.get("sha256"))[:12],
                                                           found=got[0][:12]))
    for name in sorted(set(found) - set(m.parts) - {MANIFEST}):
        out.append(translate("Errors", "the part {name} is not listed in the manifest").format(name=name))
    for need in (DATABASE, CHAIN, VERIFICATION):
        if need not in m.parts:
            out.append(translate("Errors", "the manifest lists no {name}").format(name=need))
    return out
