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


def _rewritten(src, dst, name: str, data: bytes):
    """The archive with part `name` replaced and the manifest's sha256 fixed (a careful forger)."""
    import hashlib

    from panel_app.domain import archive_manifest as am

    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts[name] = data
    m = json.loads(parts[am.MANIFEST])
    m["parts"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    parts[am.MANIFEST] = json.dumps(m).encode()
    with zipfile.ZipFile(dst, "w") as z:
        for n, d in parts.items():
            z.writestr(n, d)
    return dst


def test_an_archive_whose_chain_or_database_was_altered_is_refused_in_french(services, procedure, tmp_path, french):
    import sqlite3

    from panel_app.domain import archive_manifest as am
    from panel_app.services.archive_read import require_valid

    chair = services.members.sign_in(procedure, "Chair Anna", "chair-pass")
    out = tmp_path / "proc.panelarchive"
    services.archive.write(procedure, chair, out)
    with zipfile.ZipFile(out) as z:
        events, db = json.loads(z.read(am.CHAIN)), z.read(am.DATABASE)
    events[-1]["actor"] = "Someone Else"  # an event of the chain file edited
    with pytest.raises(UserFacingError) as e:
        require_valid(_rewritten(out, tmp_path / "c.panelarchive", am.CHAIN, json.dumps(events).encode()))
    assert f"is refused: {am.CHAIN}: changed: event #" in str(e.value)  # the CLI: English
    assert error_text(e.value).startswith(f"L'archive c.panelarchive est refusée : {am.CHAIN} : modifié : événement n° ")

    work = tmp_path / "x.sqlite"  # a member renamed in the archived database: the replay of the chain sees it
    work.write_bytes(db)
    con = sqlite3.connect(work)
    con.execute("UPDATE member SET name = 'Someone Else' WHERE name = 'Observer Olga'")
    con.commit()
    con.close()
    with pytest.raises(UserFacingError) as e:
        require_valid(_rewritten(out, tmp_path / "d.panelarchive", am.DATABASE, work.read_bytes()))
    assert "is refused: audit chain: " in str(e.value)
    assert error_text(e.value).startswith("L'archive d.panelarchive est refusée : chaîne d'audit : "), error_text(e.value)
