"""The import's SQLite bulk inserts (store/intake_writes._DriverInsert: the driver's executemany with each column's
own bind processor) store what SQLAlchemy's insert stores: every column of every row the import writes, read back
raw with sqlite3 (types included), for the same mails imported both ways."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from panel_app.services import Services
from panel_app.store import intake_writes
from tests.intake.fixtures import DEADLINE_UTC, application_pdf, eml_bytes

# set by the clock or a random default, different from run to run whichever path writes them
VOLATILE = {"at", "imported_at", "updated_at", "hash", "prev_hash"}
TABLES = ("candidate", "application", "document", "document_blob", "audit_event")


def _import(tmp_path, name: str, template_path) -> dict[str, list[tuple]]:
    box = tmp_path / "box"
    if not box.exists():
        box.mkdir()
        for i in range(5):
            (box / f"{i:02d}.eml").write_bytes(eml_bytes(
                received=[DEADLINE_UTC - timedelta(hours=i + 1)], from_addr=f"cand{i}@x.eu",
                attachments=[("cv.pdf", application_pdf(i), "application/pdf")]))
        (box / "late.eml").write_bytes(eml_bytes(received=[DEADLINE_UTC + timedelta(hours=2)], from_addr="late@x.eu"))
    path = tmp_path / f"{name}.sqlite"
    services = Services.open(f"sqlite:///{path}")
    ref = services.procedures.create_from_template(template_path).result.reference
    services.intake.import_paths(ref, [box], workers=1)
    services.db.dispose()
    con = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[1] not in VOLATILE]
            out[table] = sorted(con.execute(f'SELECT {", ".join(cols)} FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        con.close()


def test_the_driver_insert_stores_what_sqlalchemy_stores(tmp_path, template_path, monkeypatch):
    fast = _import(tmp_path, "fast", template_path)
    assert intake_writes._PLANS, "the import's inserts went through _DriverInsert"
    monkeypatch.setattr(intake_writes._DriverInsert, "plan", staticmethod(lambda *_a: None))
    plain = _import(tmp_path, "plain", template_path)
    assert {t: len(rows) for t, rows in fast.items()} == {t: len(rows) for t, rows in plain.items()}
    assert all(fast[t] for t in TABLES)
    for table in TABLES:
        assert fast[table] == plain[table], table
