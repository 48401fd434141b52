"""Back up and restore on SQLite and PostgreSQL, as the chair or the secretary: a backup taken while another
connection writes, a restore over a database in use, bad files refused with nothing changed, the description
of a backup, and the audit events of both."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from panel_app.domain.errors import Refused, UserFacingError
from panel_app.services import Services
from panel_app.services.actors import SETUP
from panel_app.store import open_database

from .conftest import who


def _file(sv, tmp_path: Path, name: str = "backup") -> Path:
    return tmp_path / (name + (".sqlite" if sv.db.is_sqlite else ".dump"))


def _events(sv, ref, action: str) -> list[dict]:
    """The stored events of that action, in chain order; `after` as a dict."""
    with sv.db.engine.connect() as con:
        rows = con.execute(text("SELECT e.actor, e.seq, e.after FROM audit_event e JOIN procedure p "
                                "ON p.id = e.procedure_id WHERE p.reference = :r AND e.action = :a ORDER BY e.seq"),
                           {"r": ref, "a": action}).all()
    return [{"actor": a, "seq": s, "after": json.loads(x) if isinstance(x, str) else x} for a, s, x in rows]


def test_backup_while_another_connection_writes(live, make_db, tmp_path):
    sv, ref = live
    writer = Services.for_db(open_database(sv.db.url))  # another engine: another workstation
    stop, written = threading.Event(), []

    def write() -> None:
        while not stop.is_set() or len(written) < 30:
            try:  # an unknown name is audited: one chained event per attempt
                writer.members.sign_in(ref, f"Intruder {len(written)}", "x" * 12)
            except Refused:
                written.append(1)

    t = threading.Thread(target=write)
    t.start()
    try:
        backups = [sv.backup.backup(ref, who(sv, ref, "Secretary Sam"), _file(sv, tmp_path, f"b{i}")).result
                   for i in range(3)]
    finally:
        stop.set()
        t.join()
        writer.db.dispose()
    assert len(written) >= 30
    # each copy is one consistent moment: restored into a new database, its audit chain verifies
    target = Services.for_db(make_db())
    out = target.backup.restore(None, SETUP, backups[-1].file).result
    assert out.verified and all("Audit chain verified" in line for line in out.verified)
    assert target.audit.verify(ref, who(target, ref, "Chair Anna")).ok


def test_restore_over_a_database_in_use(live, tmp_path):
    sv, ref = live
    chair = who(sv, ref, "Chair Anna")
    done = sv.backup.backup(ref, chair, _file(sv, tmp_path)).result
    sv.grid.seal(ref, chair)
    sv.members.add(ref, "Member Eva", "member", chair, password="eva-pass-1")
    other = open_database(sv.db.url)  # another workstation, holding its connection open
    held = other.engine.connect()
    held.execute(text("SELECT count(*) FROM member")).scalar()
    held.commit()
    try:
        out = sv.backup.restore(ref, who(sv, ref, "Chair Anna"), done.file).result
        # the held connection reads the backup's data: no seal, no Member Eva
        assert held.execute(text("SELECT sealed_at FROM procedure")).scalar() is None
        assert held.execute(text("SELECT count(*) FROM member WHERE name = 'Member Eva'")).scalar() == 0
        held.commit()
        assert not Services.for_db(other).grid.grid(ref).sealed
    finally:
        held.close()
        other.dispose()
    assert [m.name for m in sv.members.list(ref)] == ["Chair Anna", "Member Bob", "Secretary Sam"]
    assert out.verified == [f"{ref}: {sv.audit.status(ref).summary()}"] and sv.audit.status(ref).ok
    # the restore is the last event, after the backup's own history (the seal is gone with the data)
    restore = _events(sv, ref, "database.restore")
    assert len(restore) == 1 and restore[0]["actor"] == "Chair Anna"
    assert restore[0]["after"]["sha256"] == done.sha256 and restore[0]["seq"] == sv.audit.status(ref).events
    assert not _events(sv, ref, "grid.seal")


def test_the_backup_is_audited_and_described(live, tmp_path):
    sv, ref = live
    sam = who(sv, ref, "Secretary Sam")
    done = sv.backup.backup(ref, sam, _file(sv, tmp_path)).result
    event = _events(sv, ref, "database.backup")[-1]
    assert event["actor"] == "Secretary Sam" and event["after"]["sha256"] == done.sha256 == _sha(done.file)
    assert event["after"]["file"] == done.file
    d = sv.backup.describe(done.file)
    assert d.sha256 == done.sha256 and d.contents.procedures == [(ref, sv.procedures.list()[0].title)]
    assert d.contents.last_event.action == "member.add" and d.contents.last_event.actor == "Chair Anna"
    assert d.contents.last_event.reference == ref
    assert abs((d.contents.taken_at - done.at).total_seconds()) < 120
    lines = d.lines("Europe/Brussels")
    assert f"{ref} — " in lines[2] and "Chair Anna added a panel member at " in lines[3]
    assert "(Europe/Brussels)" in lines[1] and "intact" in lines[0]


def _sha(path: str) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _state(sv, ref) -> tuple:
    return (sv.grid.grid(ref).sealed, len(sv.members.list(ref)), sv.audit.status(ref).events)


def test_bad_files_are_refused_and_nothing_changes(live, tmp_path):
    sv, ref = live
    chair = who(sv, ref, "Chair Anna")
    good = Path(sv.backup.backup(ref, chair, _file(sv, tmp_path)).result.file)
    sv.grid.seal(ref, chair)
    with sv.db.engine.begin() as con:  # a backup as a later version of panel_app would write it
        con.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    newer = Path(sv.backup.backup(ref, chair, _file(sv, tmp_path, "newer")).result.file)
    with sv.db.engine.begin() as con:
        con.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": _head()})
    with sv.db.engine.begin() as con:  # a development version's backup: the same revision, a column short
        con.execute(text("ALTER TABLE procedure DROP COLUMN grade"))
    short = _file(sv, tmp_path, "short")
    if sv.db.is_sqlite:
        from panel_app.store.backup import copy_sqlite, sqlite_path

        copy_sqlite(sqlite_path(sv.db), short)
    else:
        from panel_app.store.backup_pg import dump

        dump(sv.db, short)
    with sv.db.engine.begin() as con:
        con.execute(text("ALTER TABLE procedure ADD COLUMN grade VARCHAR(50) NOT NULL DEFAULT ''"))
    truncated = tmp_path / ("cut" + good.suffix)
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size * 2 // 3])
    tail_cut = tmp_path / ("tail" + good.suffix)  # only the end missing: the header or listing still reads
    tail_cut.write_bytes(good.read_bytes()[:-300])
    wrong = tmp_path / "notes.txt"
    wrong.write_text("minutes of the meeting\n")
    before = _state(sv, ref)
    cases = {truncated: "truncated" if sv.db.is_sqlite else "damaged or truncated",
             tail_cut: "truncated" if sv.db.is_sqlite else "damaged or truncated",
             wrong: "is not a panel_app backup", short: "lacks procedure.grade", newer: "written by a newer version of panel_app (schema 0099"}
    for path, words in cases.items():
        with pytest.raises(UserFacingError) as e:
            sv.backup.restore(ref, chair, path)
        assert words in str(e.value) and "Nothing was changed" in str(e.value), str(e.value)
        assert "\n" not in str(e.value)
    assert _state(sv, ref) == before and before[0] is True


def _head() -> str:
    from panel_app.store.migrate import HEAD

    return HEAD


def test_only_the_chair_or_secretary(live, tmp_path):
    sv, ref = live
    bob = who(sv, ref, "Member Bob")
    with pytest.raises(Refused, match="only the chair or secretary may"):
        sv.backup.backup(ref, bob, _file(sv, tmp_path))
    assert not list(tmp_path.glob("backup*"))
    done = sv.backup.backup(ref, who(sv, ref, "Chair Anna"), _file(sv, tmp_path)).result
    with pytest.raises(Refused, match="only the chair or secretary may"):
        sv.backup.restore(ref, bob, done.file)
