"""`panel-app --smoke-test PNG`, what the packaged app's smoke test starts (packaging/smoke.py): the GUI says
what it shows, saves the screen, and quits; exit 1 when the first start has nothing to offer.

Run as a user would, in a process of its own on a new database in a temporary home (Qt offscreen here; the
bundle's smoke test runs it on a real X server)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    base = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PANEL_", "LC_", "LANG"))}
    return subprocess.run([sys.executable, "-m", "panel_app.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path, stdin=subprocess.DEVNULL,
                          env={**base, "HOME": str(home), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
                               **env})


@pytest.mark.parametrize("locale,code,cancel,title", [
    ("C.UTF-8", "en", "Cancel", "Start a selection procedure"),
    ("fr_FR.UTF-8", "fr", "Annuler", "Lancer une procédure de sélection")])
def test_an_empty_database_shows_the_first_start_and_the_screen_is_saved(tmp_path, locale, code, cancel, title):
    shot = tmp_path / "screen.png"
    out = start(tmp_path, "--smoke-test", str(shot), LANG=locale)
    assert out.returncode == 0, out.stderr
    said = out.stdout.strip()
    assert said.startswith("smoke: Qt ") and "on offscreen" in said
    assert f"interface in {code}; Qt's Cancel reads '{cancel}'" in said
    assert f'first start "{title}" shown with 1 vacancy template(s)' in said  # in the interface language
    assert "Traceback" not in out.stderr
    with Image.open(shot) as image:
        assert image.width >= 400 and image.height >= 300
        assert len(image.convert("L").getcolors(256)) > 10  # drawn widgets, not a blank grab
    assert list((tmp_path / "home").rglob("panel_app.sqlite"))  # the new database, in the temporary home


def test_a_bundle_without_its_templates_fails_the_smoke_test(tmp_path):
    (tmp_path / "empty" / "data" / "vacancies").mkdir(parents=True)
    shutil.copytree(ROOT / "data" / "reference", tmp_path / "empty" / "data" / "reference")
    shutil.copytree(ROOT / "resources", tmp_path / "empty" / "resources")
    out = start(tmp_path, "--db", str(tmp_path / "p.sqlite"), "--smoke-test", PANEL_APP_ROOT=str(tmp_path / "empty"))
    assert out.returncode == 1
    assert "smoke: FAILED: the first start offers no vacancy template (data/vacancies missing)" in out.stderr
    assert "Traceback" not in out.stderr
