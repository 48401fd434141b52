"""Fuzzing the import end to end: whatever the bytes, no exception escapes and the database holds a complete
record of the file (the original bytes, every document's bytes, an outcome) — or, for a file seen before,
nothing new."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from panel_app.services import Services
from panel_app.store import open_database, read_only
from panel_app.store.applications import blob
from tests.intake.fixtures import application_pdf, eml_bytes

BASE_EML = eml_bytes(from_addr="fuzz@x.eu")
BASE_PDF = application_pdf(3)


def mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    b = bytearray(data)
    for pos, val in edits:
        if b:
            b[pos % len(b)] = val
    return bytes(b[:cut] if cut is not None else b)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=st.sampled_from([BASE_EML, BASE_PDF, b"From: x\r\n\r\n", b""]),
       edits=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=40),
       cut=st.one_of(st.none(), st.integers(0, 5000)))
def test_any_bytes_import_completely(tmp_path_factory, template_path, base, edits, cut):
    tmp = tmp_path_factory.mktemp("fuzz")
    data = mutate(base, edits, cut)
    (tmp / "in.eml").write_bytes(data)
    sv = Services.for_db(open_database(f"sqlite:///{tmp / 'f.sqlite'}"))
    ref = sv.procedures.create_from_template(template_path).result.reference
    report = sv.intake.import_paths(ref, [tmp / "in.eml"], workers=1).result
    assert [f.outcome for f in report.files] in (["imported"], ["imported_with_flags"], ["not_application"])
    apps = sv.applications.list(ref)
    assert len(apps) >= 1
    with read_only(sv.db) as s:
        for a in apps:
            for d in a.documents:
                content = blob(s, d.sha256)
                assert content is not None and hashlib.sha256(content).hexdigest() == d.sha256
        raw = hashlib.sha256(data).hexdigest()
        assert blob(s, raw) == data or len(apps) > 1  # an mbox splits into messages, each stored whole
    again = sv.intake.import_paths(ref, [tmp / "in.eml"], workers=1).result
    assert again.files[0].outcome == "already_imported"
    assert len(sv.applications.list(ref)) == len(apps)
    sv.db.dispose()
