"""Opening databases: migrations, backups, and clear messages for bad databases."""

from __future__ import annotations

import sqlite3

import pytest

from panel_app.domain.errors import UserFacingError
from panel_app.store import DatabaseError, open_database
from panel_app.store.migrate import backup_sqlite, script_directory
from panel_app.store.netdrive import is_network_path


def test_revision_chain_is_linear():
    revs = list(script_directory().walk_revisions())
    assert len(script_directory().get_heads()) == 1
    assert sum(1 for r in revs if r.down_revision is None) == 1
    for r in revs:
        assert not isinstance(r.down_revision, tuple | list), f"{r.revision} is a merge"


def test_upgrade_from_empty_and_pragmas(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite'}")
    with db.engine.connect() as con:
        mode = con.exec_driver_sql("PRAGMA journal_mode").scalar()
        fk = con.exec_driver_sql("PRAGMA foreign_keys").scalar()
        tables = {r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    db.dispose()
    assert mode == "wal" and fk == 1
    assert {"procedure", "criterion", "member", "candidate", "application", "document", "document_blob", "score",
            "assessment", "declaration", "decision", "audit_event", "alembic_version"} <= tables


def test_backup_copies_the_database(tmp_path):
    from panel_app.store.migrate import HEAD

    db = open_database(f"sqlite:///{tmp_path / 'b.sqlite'}")
    target = backup_sqlite(db, HEAD)
    db.dispose()
    con = sqlite3.connect(target)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    con.close()


def test_migrating_an_older_file_backs_it_up_first(tmp_path, template_path):
    from alembic import command

    from panel_app.services import Services
    from panel_app.store.migrate import HEAD, alembic_config

    path = tmp_path / "old.sqlite"
    old = open_database(f"sqlite:///{path}", migrate=False)
    command.upgrade(alembic_config(old), "0001")
    old.dispose()
    con = sqlite3.connect(path)  # a file written by the release of schema 0001 (today's code writes the new one)
    con.execute("INSERT INTO procedure (reference, title, directorate_general, unit, place, staff_category, grade, "
                "mailbox, deadline_utc, timezone, confidentiality, underrepresented, rules, anchors, created_at, "
                "version) VALUES ('DIGIT/COM/2026/1039', 'T', '', '', '', '', '', '', '2026-06-12 10:00:00.000000', "
                "'Europe/Brussels', '', '[]', '{}', '{}', '2026-05-01 08:00:00.000000', 1)")
    for i in range(3):
        con.execute("INSERT INTO audit_event (procedure_id, at, actor, action, entity, entity_id, before, after) "
                    f"VALUES (1, '2026-05-01 08:00:0{i}.000000', 'setup', 'procedure.create', 'procedure', 'X', "
                    "'null', '{\"n\": " + str(i) + "}')")
    con.commit()
    con.close()
    db = open_database(f"sqlite:///{path}")  # migrates 0001 -> head
    sv = Services.for_db(db)
    assert sv.procedures.list()[0].reference == "DIGIT/COM/2026/1039"
    v = sv.audit.status("DIGIT/COM/2026/1039")  # the old events are chained, then the chain's start is marked
    assert v.ok and v.events == 4, v.lines()
    db.dispose()
    backups = list(tmp_path.glob("old.sqlite.bak-0001-*"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT reference FROM procedure").fetchone() == ("DIGIT/COM/2026/1039",)
    con.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    con.close()


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "new.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    with pytest.raises(UserFacingError, match="newer version of panel_app"):
        open_database(f"sqlite:///{path}")
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_future",)
    con.close()


def test_not_a_database_file(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database")
    with pytest.raises(DatabaseError, match="not a panel_app database"):
        open_database(f"sqlite:///{path}")
    assert path.read_text() == "these are my notes, not a database"


def test_corrupt_database_file(tmp_path):
    path = tmp_path / "c.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="(damaged|integrity check)"):
        open_database(f"sqlite:///{path}")


def test_unreachable_server_is_a_plain_message():
    with pytest.raises(DatabaseError, match="Cannot reach the database") as info:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "Traceback" not in str(info.value)


def test_network_drive_detection():
    mounts = [("/", "ext4"), ("/mnt/share", "cifs"), ("/home", "ext4"), ("/net/nfs", "nfs4")]
    from pathlib import Path

    assert is_network_path(Path("/mnt/share/panel.sqlite"), mounts)
    assert is_network_path(Path("/net/nfs/x/panel.sqlite"), mounts)
    assert not is_network_path(Path("/home/me/panel.sqlite"), mounts)
    assert not is_network_path(Path("/mnt/sharex/panel.sqlite"), mounts)


def test_head_constant_is_alembics_head():
    from panel_app.store.migrate import HEAD

    assert script_directory().get_current_head() == HEAD
