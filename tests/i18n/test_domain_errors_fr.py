"""In the French interface, the errors of a procedure template, of the retention periods and of an archive's
manifest read in French, as the error dialog shows them (ui.words.error_text); the English stays for the CLI
(issue 20 part 4)."""

from __future__ import annotations

import json
import re
import zipfile

import pytest

from panel_app.domain.errors import UserFacingError
from panel_app.domain.template import TemplateError, parse_template
from panel_app.ui.words import error_text


@pytest.fixture
def db(sqlite_db):
    return sqlite_db



def test_a_template_error_reads_in_french(template_path, french):
    text = template_path.read_text(encoding="utf-8").replace('timezone = "Europe/Brussels"',
                                                            'timezone = "Europe/Atlantis"')
    assert "Europe/Atlantis" in text
    with pytest.raises(TemplateError) as e:
        parse_template(text, "avis.toml")
    assert "'Europe/Atlantis' is not a time zone such as Europe/Brussels" in str(e.value)  # the CLI: English
    shown = error_text(e.value)
    assert "avis.toml : clé « procedure.timezone » (ligne " in shown
    assert "« Europe/Atlantis » n'est pas un fuseau horaire tel que Europe/Brussels." in shown


def test_a_retention_period_out_of_range_reads_in_french(services, procedure, french):
    chair = services.members.sign_in(procedure, "Chair Anna", "chair-pass")
    with pytest.raises(UserFacingError) as e:
        services.retention.update_settings(procedure, chair, reserve_years=101)
    assert str(e.value).startswith("Reserve years must be a whole number of years from 0 to 100.")
    assert error_text(e.value).startswith("La durée de conservation de la liste de réserve doit être un nombre "
                                          "entier d'années de 0 à 100.")


def test_an_archive_from_a_newer_panel_app_is_refused_in_french(services, tmp_path, french):
    from panel_app.domain import archive_manifest as am
    from panel_app.services.archive_read import require_valid

    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(am.MANIFEST, json.dumps({"format": am.FORMAT, "format_version": am.FORMAT_VERSION + 1,
                                            "panel_app_version": "9.0"}))
    with pytest.raises(UserFacingError) as e:
        require_valid(path)
    assert "it was written by a newer panel_app (archive format 2" in str(e.value)
    assert error_text(e.value).startswith(
        "L'archive archive.zip est refusée : archive.zip : elle a été écrite par une version plus récente de "
        "panel_app (format d'archive 2, cette version lit jusqu'au format 1, panel_app 9.0).")


def test_the_restored_chains_verdict_reads_in_french(services, procedure, tmp_path, french):
    from panel_app.ui.words import text

    chair = services.members.sign_in(procedure, "Chair Anna", "chair-pass")
    copy = tmp_path / "copy.sqlite"
    services.backup.backup(procedure, chair, str(copy))
    line = services.backup.restore(procedure, chair, str(copy)).result.verified[0]
    assert line.startswith(f"{procedure}: Audit chain verified: ")  # the CLI: English
    assert text(line).startswith(f"{procedure} : Chaîne d'audit vérifiée : ")  # the restore dialog's line
    assert " événements, empreinte du dernier événement " in text(line)


def test_the_backup_described_before_a_restore_reads_in_french(services, procedure, tmp_path, french):
    from types import SimpleNamespace

    from PySide6.QtWidgets import QMainWindow

    from panel_app.ui.backup_actions import BackupActions

    chair = services.members.sign_in(procedure, "Chair Anna", "chair-pass")
    copy = tmp_path / "copy.sqlite"
    services.backup.backup(procedure, chair, str(copy))
    d = services.backup.describe(str(copy))
    assert d.contents.last_event.action == "member.add"
    shown = BackupActions(QMainWindow(), SimpleNamespace(timezone="Europe/Brussels")).description(d)
    assert "Dernier événement d'audit : a ajouté un membre du comité, par " in shown  # the restore dialog's text
    assert "added a panel member" not in shown
    assert re.match(r"copy\.sqlite : \d{1,3}(\s\d{3})+ octets, intact, schéma ", shown)  # 999 424, not 999,424
    assert any(line.startswith("Last audit event: Chair Anna added a panel member at ") for line in d.lines())  # CLI
