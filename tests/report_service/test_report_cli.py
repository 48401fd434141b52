"""`panel-app report …` as the chair or a member would type it."""

from __future__ import annotations

import json

import pytest

from panel_app.cli import main
from tests.eligibility_service.fixtures import email_of

from .conftest import NAMES, PASSWORDS, flat, pdf_text


@pytest.fixture
def db(sqlite_db):
    """The command line is the same on both backends; run it on SQLite."""
    return sqlite_db


def run(capsys, monkeypatch, url, who, *argv):
    monkeypatch.setenv("PANEL_PASSWORD", PASSWORDS[who])
    code = main(["--db", url, "--as", who, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_writes_the_pdf_and_says_how_many_pages(world, tmp_path, capsys, monkeypatch):
    services, _ref = world
    url = services.db.url
    out = tmp_path / "eligibility.pdf"
    code, text, _ = run(capsys, monkeypatch, url, "Secretary Sam", "report", "eligibility", "-o", str(out))
    assert code == 0 and text.strip().startswith(str(out)) and "pages" in text
    assert NAMES["eleni"] in flat(pdf_text(out.read_bytes()))
    ext = tmp_path / "extract.pdf"
    code, text, _ = run(capsys, monkeypatch, url, "Chair Anna", "--json", "report", "extract", "--candidate",
                        email_of("maria"), "-o", str(ext))
    info = json.loads(text)
    assert code == 0 and info["file"] == str(ext) and info["pages"] >= 1 and info["bytes"] == ext.stat().st_size


def test_refusal_exits_3_and_writes_nothing(world, tmp_path, capsys, monkeypatch):
    services, _ref = world
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, monkeypatch, services.db.url, "Member Bob", "report", "eligibility", "-o", str(out))
    assert code == 3 and "may not generate the eligibility report" in err and not out.exists()
    code, _, err = run(capsys, monkeypatch, services.db.url, "Secretary Sam", "report", "sheets", "--member-marks",
                       "-o", str(out))
    assert code == 3 and "chair" in err and not out.exists()
