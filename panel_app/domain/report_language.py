"""The language of a procedure's reports (issue 20 part 4). The reports are the panel's official record: they
stay in English unless the procedure sets another language for them. The setting is kept with the procedure; each
report and export is made in it (panel_app/reports/i18n.py reads the reports' catalogue, README "Languages")."""

from __future__ import annotations

from .errors import UserFacingError
from .texts import translate

LANGUAGES = {"en": "English", "fr": "French", "de": "German"}
DEFAULT = "en"


def validated(code: object) -> str:
    value = str(code or "").strip().lower()
    if value not in LANGUAGES:
        raise UserFacingError(translate("Errors", "'{code}' is not a report language.").format(code=code),
                              hint=translate("Errors", "Choose one of: {choices}.")
                              .format(choices=", ".join(f"{c} ({n})" for c, n in LANGUAGES.items())))
    return value
