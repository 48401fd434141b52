"""The interface language: English (the source), French or German, from Qt's own translation files.

The choice is the user's (Settings ▸ Language, kept in QSettings under "ui/language"), else the system's
language when it is one of ours, else English. The translations are `resources/i18n/panel_app_<lang>.ts`
(made by `make i18n`, i.e. pyside6-lupdate); `make run`/`make test` compile them to .qm with
pyside6-lrelease. When a .qm is missing at start and lrelease is at hand, it is compiled here; otherwise the
interface stays in English and the log says why.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from panel_app.domain.paths import I18N_DIR
from panel_app.domain.times import EU_DATE

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch"}  # each named in its own language
SETTING = "ui/language"  # "" or absent: follow the system
SYSTEM = ""

_installed: list[QTranslator] = []
_language = "en"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen() -> str:
    """The user's choice as stored: "" (the system's), "en", "fr" or "de"."""
    value = QSettings().value(SETTING, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def choose(code: str) -> None:
    QSettings().setValue(SETTING, code if code in LANGUAGES else SYSTEM)


def current() -> str:
    """The language the interface was started in."""
    return _language


def lrelease() -> str | None:
    """pyside6-lrelease next to this Python (the venv) or on the PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def qm_file(code: str, folder: Path = I18N_DIR) -> Path | None:
    """The compiled translation of that language, compiled now if missing or older than its .ts."""
    ts, qm = folder / f"panel_app_{code}.ts", folder / f"panel_app_{code}.qm"
    stale = ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)
    if stale:
        tool = lrelease()
        if tool is None:
            log.warning("i18n: %s is not compiled and pyside6-lrelease is not installed", ts.name)
        else:
            try:
                subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True,
                               timeout=60)
                log.info("i18n: compiled %s", qm.name)
            except (OSError, subprocess.SubprocessError) as e:
                log.warning("i18n: could not compile %s: %s", ts.name, e)
    return qm if qm.exists() else None


def install(code: str | None = None, app: QCoreApplication | None = None) -> str:
    """Load the interface language (the user's choice, else the system's) and return its code.

    English needs no file. A language whose translation cannot be loaded falls back to English silently
    (one log line). Qt's own strings (standard buttons, dialogs) come from Qt's qtbase_<lang>.qm."""
    global _language
    app = app or QCoreApplication.instance()
    code = code or chosen() or system_language()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _language = "en"
    if code != "en":
        ours = qm_file(code)
        translator = QTranslator(app)
        if ours is None or not translator.load(str(ours)):
            log.warning("i18n: no %s translation could be loaded (%s): the interface stays in English", code,
                        ours or I18N_DIR / f"panel_app_{code}.qm")
            code = "en"
        else:
            app.installTranslator(translator)
            _installed.append(translator)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                _installed.append(qt)
            _language = code
    system = QLocale.system()
    QLocale.setDefault(system if system.name().startswith(code) else QLocale(code))
    log.info("i18n: interface language %s", code)
    return code


def date_format() -> str:
    """The strftime date pattern of the interface language, for domain.times.zoned.

    English keeps the EU style (12.06.2026); French and German take the locale's short date with a
    four-digit year (12/06/2026, 12.06.2026)."""
    if _language == "en":
        return EU_DATE
    qt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    out, i = "", 0
    tokens = {"dd": "%d", "d": "%d", "MM": "%m", "M": "%m", "yyyy": "%Y", "yy": "%Y"}
    while i < len(qt):
        for token in ("yyyy", "yy", "dd", "MM", "d", "M"):
            if qt.startswith(token, i):
                out += tokens[token]
                i += len(token)
                break
        else:
            if qt[i].isalpha():  # a month's name or another field: not a numeric date
                return EU_DATE
            out += qt[i]
            i += 1
    return out if out.count("%") == 3 else EU_DATE
