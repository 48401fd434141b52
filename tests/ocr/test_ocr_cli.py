"""`panel-app import` then `panel-app ocr`, as a secretary types them; without the engine; cancelled half-way;
and the store path on PostgreSQL."""

from __future__ import annotations

import json

import pytest

from panel_app.cli import main
from panel_app.intake.ocr import OcrUnavailable

from .conftest import make_mailbox


@pytest.fixture
def sqlite_cli(tmp_path, monkeypatch, template_path):
    url = f"sqlite:///{tmp_path / 'panel.sqlite'}"
    monkeypatch.setenv("PANEL_DB", url)
    assert main(["procedure", "create", "--template", str(template_path)]) == 0
    return tmp_path


def test_import_says_how_many_scans_then_ocr_reads_them(sqlite_cli, engine, capsys):
    make_mailbox(sqlite_cli / "box", full=False)
    assert main(["import", str(sqlite_cli / "box"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "1 scanned document has no text layer" in err and "panel-app ocr" in err
    assert main(["ocr", "--status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1
    assert main(["ocr", "--json"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert [d["outcome"] for d in out["documents"]] == ["read"] and out["documents"][0]["confidence"] > 60
    assert "page 1 of 2" in captured.err and "Traceback" not in captured.err  # progress on stderr
    assert main(["applications", "--search", "Curriculum", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 1 and "ocr_text" in found[0]["flags"]
    assert main(["ocr"]) == 0
    assert "No scanned document waits for OCR" in capsys.readouterr().out


def test_without_the_engine_the_flag_stays_and_the_message_says_how_to_install(sqlite_cli, monkeypatch, capsys):
    make_mailbox(sqlite_cli / "box", full=False)
    monkeypatch.setenv("PATH", str(sqlite_cli / "no-programs-here"))
    monkeypatch.delenv("PANEL_TESSERACT", raising=False)
    assert main(["import", str(sqlite_cli / "box"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "no OCR engine is installed" in err and "apt-get install tesseract-ocr" in err
    assert main(["ocr"]) == 2
    captured = capsys.readouterr()
    assert "No OCR engine is installed" in captured.err and "apt-get install tesseract-ocr" in captured.err
    assert "Traceback" not in captured.err
    assert main(["applications", "--json"]) == 0
    apps = json.loads(capsys.readouterr().out)
    assert "no_text_layer" in apps[0]["flags"] and "ocr_text" not in apps[0]["flags"]


def test_a_cancel_keeps_what_was_read_and_a_rerun_reads_the_rest(services, procedure, tmp_path, engine):
    """On SQLite and on PostgreSQL: the scans already read stay stored; the rest is read next time."""
    sam = services.members.sign_in(procedure, "Secretary Sam", "sam-pass")
    make_mailbox(tmp_path / "box")
    services.intake.import_paths(procedure, [tmp_path / "box"], sam, workers=1)
    stop = {"after": False}

    def progress(fraction: float, message: str) -> None:
        if message.startswith("application.pdf (2 of 4)"):
            stop["after"] = True

    first = services.ocr.run(procedure, sam, progress=progress, cancelled=lambda: stop["after"]).result
    assert first.cancelled and len(first.documents) == 1 and first.remaining == 3
    assert services.ocr.backlog(procedure).documents == 3
    second = services.ocr.run(procedure, sam).result
    assert len(second.documents) == 3 and services.ocr.backlog(procedure).documents == 0
    found = services.applications.list(procedure, actor=sam, search="Жеравненска")
    assert len(found) == 1 and found[0].documents[0].ocr_confidence > 60


def test_without_the_engine_the_service_changes_nothing(services, procedure, tmp_path, monkeypatch):
    sam = services.members.sign_in(procedure, "Secretary Sam", "sam-pass")
    make_mailbox(tmp_path / "box", full=False)
    services.intake.import_paths(procedure, [tmp_path / "box"], sam, workers=1)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    monkeypatch.delenv("PANEL_TESSERACT", raising=False)
    before = services.applications.list(procedure)
    with pytest.raises(OcrUnavailable):
        services.ocr.run(procedure, sam)
    assert services.applications.list(procedure) == before


def test_a_scan_that_cannot_be_rendered_gets_an_outcome_and_the_others_are_read(services, procedure, tmp_path,
                                                                                 engine, monkeypatch, capfd):
    """An inflation bomb that the import read as 'no text layer' costs the render worker's limit, no more."""
    from panel_app.intake import ocr

    from .conftest import mail
    from .test_ocr_engine import inflation_bomb

    sam = services.members.sign_in(procedure, "Secretary Sam", "sam-pass")
    make_mailbox(tmp_path / "box", full=False)
    mail(tmp_path / "box", "00-bomb.eml", "bomb@example.eu", inflation_bomb(200), "scan.pdf")
    services.intake.import_paths(procedure, [tmp_path / "box"], sam, workers=1)
    assert services.ocr.backlog(procedure).documents == 2
    monkeypatch.setattr(ocr, "RENDER_MEMORY_MB", 150)
    report = services.ocr.run(procedure, sam).result
    outcomes = {d.filename: (d.outcome, d.reason) for d in report.documents}
    assert outcomes["scan.pdf"] == ("not_read", "the scan could not be rendered (over the memory limit of 150 MB, "
                                                "or broken)")
    assert outcomes["application.pdf"][0] == "read"
    assert services.ocr.backlog(procedure).documents == 0  # given up once, not retried at every run
    bomb = next(a for a in services.applications.list(procedure) if a.sender == "bomb@example.eu")
    assert "no_text_layer" in bomb.flags and "ocr_text" not in bomb.flags
    assert "Traceback" not in capfd.readouterr().err
