"""OCR in the packaged app, where there is no Python interpreter: the render helper is started as
`panel-app --panel-worker ocr-render …` (intake/helper_process.py), never `python -m …`.

The packaged app is simulated here: `sys.frozen` set and `sys.executable` a program that is only `panel-app`
(a script that runs panel_app.cli.main with its arguments, as packaging/panel_app_entry.py does, and so
refuses `-m` like the real bundle). The bundle PyInstaller builds is checked by `make package`
(packaging/smoke.py), under Xvfb and on the command line.
"""

from __future__ import annotations

import sys

import pytest

from panel_app.cli import main
from panel_app.intake import helper_process
from panel_app.intake.ocr import ocr_pdf

from .scans import LATIN, scan_of_text

ROOT = helper_process.Path(helper_process.__file__).resolve().parents[2]


@pytest.fixture
def frozen_app(tmp_path, monkeypatch):
    exe = tmp_path / "panel-app"
    exe.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -c '
                   '"import sys; from panel_app.cli import main; sys.exit(main())" "$@"\n')
    exe.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv("PYTHONPATH", raising=False)
    return exe


def test_the_packaged_app_reads_a_scan_through_its_own_program(frozen_app, engine):
    assert helper_process.helper_command("ocr-render", "a.pdf") == [str(frozen_app), "--panel-worker",
                                                                     "ocr-render", "a.pdf"]
    result = ocr_pdf(scan_of_text(LATIN), engine)
    assert result.error is None and result.pages_total == 1
    assert "Quokkaville" in result.text


def test_python_dash_m_does_not_exist_in_the_packaged_app(frozen_app, engine, monkeypatch):
    """What the app did before it knew it could be frozen: the scan could not even be opened."""
    monkeypatch.setattr("panel_app.intake.ocr.helper_command",
                        lambda name, *args: [sys.executable, "-m", helper_process.HELPERS[name], *args])
    result = ocr_pdf(scan_of_text(LATIN), engine)
    assert result.error == "the scan could not be opened" and not result.text


def test_an_unknown_helper_is_one_line_and_exit_2(capsys):
    assert main(["--panel-worker", "rm-rf"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "panel-app: no helper named rm-rf; known: ocr-render"
