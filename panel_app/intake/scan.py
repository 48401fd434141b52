"""The files to import from a selection of files and folders."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every regular file given, and every regular file under each folder given (recursive, sorted).

    Nothing is skipped by name or extension: a file that is neither mail nor PDF is imported and
    flagged `not_mail`, so the secretary sees it rather than losing it. Duplicates are listed once.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        found = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p] if p.is_file() else []
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out
