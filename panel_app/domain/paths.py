"""Where the project's data/ and resources/ folders are (next to the package, editable install)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(os.environ.get("PANEL_APP_ROOT") or Path(__file__).resolve().parents[2])
DATA_DIR = ROOT / "data"
RESOURCES_DIR = ROOT / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
I18N_DIR = RESOURCES_DIR / "i18n"  # panel_app_fr.ts, panel_app_de.ts (the .qm are compiled, never committed)
LETTERS_DIR = RESOURCES_DIR / "letters"  # invitation_en.txt, _fr.txt, _de.txt: the secretary edits them
VACANCIES_DIR = DATA_DIR / "vacancies"
DEFAULT_TEMPLATE = VACANCIES_DIR / "DIGIT-COM-2026-1039.toml"
