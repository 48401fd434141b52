"""Fixtures for the report tests; the sample data itself is in report_samples.py (plain functions)."""

from __future__ import annotations

import shutil
import subprocess

import pytest


@pytest.fixture(scope="session")
def pdffonts():
    """A function returning pdffonts' rows for a PDF file, or None when poppler is not installed."""
    exe = shutil.which("pdffonts")

    def run(path) -> list[str] | None:
        if exe is None:
            return None
        out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
        return out.splitlines()[2:]

    return run
