"""The translation catalogue as the tests read it: pyside6-lupdate run now over panel_app/ui (and the layers whose
texts reach the interface: domain, services, store, intake) into copies of the committed .ts files, so a string
added to the code but not yet in resources/i18n shows as untranslated."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from panel_app.domain.paths import I18N_DIR, ROOT

LANGUAGES = ("fr", "de")
SOURCE_DIRS = ("panel_app/ui", "panel_app/domain", "panel_app/services", "panel_app/store", "panel_app/intake")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def lupdate() -> str:
    return str(Path(sys.executable).parent / "pyside6-lupdate")


def current_catalogue(tmp: Path, lang: str) -> list[Message]:
    """Every tr()/translate() string of SOURCE_DIRS today, with its translation from the committed .ts."""
    ts = tmp / f"panel_app_{lang}.ts"
    shutil.copy(I18N_DIR / f"panel_app_{lang}.ts", ts)
    sources = sorted(str(p) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))
    subprocess.run([lupdate(), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(ts)],
                   check=True, capture_output=True, timeout=300)
    return read_ts(ts)


def read_ts(path: Path) -> list[Message]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = (tr.text or "") if tr is not None else ""
            out.append(Message(name, msg.findtext("source") or "", text, kind is None and bool(text.strip())))
    return out
