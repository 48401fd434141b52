"""Logs go to a rotating file in the user log directory."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir


def setup_logging() -> Path:
    folder = Path(user_log_dir("panel_app", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "panel_app.log"
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
