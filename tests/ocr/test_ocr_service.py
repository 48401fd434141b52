"""OCR after the import, as the secretary runs it: text stored as OCR beside the untouched original, search,
the scoring page's keyword hits and the eligibility suggestions read it, a suggestion from it is never "not met"."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

import pytest

from panel_app.domain.changes import Change
from panel_app.domain.errors import Refused
from panel_app.ui.scoring.sheet_maths import keyword_hits

from .conftest import make_mailbox


def _procedure(sv, template):
    ref = sv.procedures.create_from_template(template).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
    for name, role in [("Member Bob", "member"), ("Secretary Sam", "secretary")]:
        sv.members.add(ref, name, role, chair, password=f"{name.split()[1].lower()}-pass")
    return ref


@pytest.fixture(scope="module")
def read(tmp_path_factory, engine):
    """One import of the generated mailbox, then one OCR run (6 scanned pages), on a real SQLite file."""
    from panel_app.domain.paths import DEFAULT_TEMPLATE
    from panel_app.services import Services
    from panel_app.store import open_database

    tmp = tmp_path_factory.mktemp("ocr")
    db = open_database(f"sqlite:///{tmp / 'panel.sqlite'}")
    sv = Services.for_db(db)
    ref = _procedure(sv, DEFAULT_TEMPLATE)
    sam = sv.members.sign_in(ref, "Secretary Sam", "sam-pass")
    sent = make_mailbox(tmp / "mailbox")
    sv.intake.import_paths(ref, [tmp / "mailbox"], sam, workers=1)
    before = SimpleNamespace(apps=sv.applications.list(ref), backlog=sv.ocr.backlog(ref),
                             matrix=sv.eligibility.matrix(ref))
    seen: list[tuple[float, str]] = []
    op = sv.ocr.run(ref, sam, progress=lambda f, m: seen.append((f, m)), cancelled=lambda: False)
    report = op.result
    assert report.documents and op.changes == {Change.APPLICATIONS, Change.ELIGIBILITY}  # issue 19: the notice
    yield SimpleNamespace(sv=sv, ref=ref, sam=sam, sent=sent, before=before, report=report, progress=seen, db=db)
    db.dispose()


def by_sender(apps, n):
    return next(a for a in apps if a.sender == f"candidate{n}@example.eu")


def test_the_import_leaves_scans_to_ocr_and_says_how_many(read):
    scans = [a for a in read.before.apps if "no_text_layer" in a.flags]
    assert len(scans) == 4  # the import itself never runs OCR
    assert all(d.ocr_confidence is None for a in read.before.apps for d in a.documents)
    assert read.before.backlog.documents == 4
    assert "4 scanned documents have no text layer" in read.before.backlog.message
    assert "panel-app ocr" in read.before.backlog.message


def test_every_scan_is_read_with_progress(read):
    r = read.report
    assert [d.outcome for d in r.documents] == ["read"] * 4 and not r.cancelled and r.remaining == 0
    fractions = [f for f, _m in read.progress]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("page 2 of 2" in m for _f, m in read.progress)
    assert r.engine.startswith("tesseract 5")


def test_ocr_text_is_marked_as_ocr_with_its_confidence_and_the_original_is_unchanged(read):
    apps = read.sv.applications.list(read.ref)
    for n, name in enumerate(read.sent, 1):
        a = by_sender(apps, n)
        doc = a.documents[0]
        original = read.sent[name]
        assert doc.sha256 == hashlib.sha256(original).hexdigest()
        _filename, stored = read.sv.applications.document(read.ref, a.id, 0, read.sam)
        assert stored == original  # byte for byte
        if name == "05-text-layer.eml":
            assert doc.ocr_confidence is None and "ocr_text" not in a.flags
            continue
        assert "no_text_layer" not in a.flags and "ocr_text" in a.flags
        assert "ocr_text" in doc.flags and doc.has_text is False  # the PDF still has no text layer
        assert 60 <= doc.ocr_confidence <= 100
        assert doc.ocr_engine.startswith("tesseract 5")


def test_search_finds_words_only_present_in_the_scans(read):
    sv, ref = read.sv, read.ref
    assert [a.sender for a in sv.applications.list(ref, actor=read.sam, search="Μυρτιδιώτισσα")] == ["candidate3@example.eu"]
    assert [a.sender for a in sv.applications.list(ref, actor=read.sam, search="Жеравненска")] == ["candidate4@example.eu"]
    assert [a.sender for a in read.before.apps if a.sender == "candidate3@example.eu"]


def test_keyword_hits_of_the_scoring_page_use_the_ocr_text(read):
    sv, ref = read.sv, read.ref
    chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
    bob = sv.members.sign_in(ref, "Member Bob", "bob-pass")
    sv.gates.set_mode(ref, "parallel", chair)  # score while eligibility is checked: nothing decided here
    sv.grid.seal(ref, chair)
    sv.scoring.declare_confidentiality(ref, bob)
    email = by_sender(sv.applications.list(ref), 1).candidate.email
    doc = sv.scoring.document(ref, bob, email)
    data, texts = doc.data, doc.page_texts
    assert data == read.sent["01-scan-pl.eml"]
    hits = keyword_hits(texts, ["Curriculum", "APPLICATION FORM"])
    assert {h.keyword for h in hits} == {"Curriculum", "APPLICATION FORM"}
    ocr = sv.scoring.document(ref, bob, email).ocr  # the page says OCR and marks the hits on the scan
    assert ocr is not None and 60 <= ocr.confidence <= 100 and ocr.engine.startswith("tesseract")
    form = next(page for page in ocr.words if any(w[4] == "APPLICATION" for w in page))
    left, top, right, bottom, _word = next(w for w in form if w[4] == "APPLICATION")
    assert 0 <= left < right < 596 and 0 <= top < bottom < 842  # PDF points of an A4 page


def _checks(matrix, sender):
    row = next(r for r in matrix if r.candidate.email and r.id == sender)
    return {c.criterion: c for c in row.checks}, row


def test_eligibility_reads_the_ocr_text_and_says_so(read):
    sv, ref = read.sv, read.ref
    apps = sv.applications.list(ref)
    pl = by_sender(apps, 1).id
    before, _ = _checks(read.before.matrix, pl)
    assert before["E-NATIONALITY"].suggested == "to_verify"  # a scan: nothing could be read at import
    checks, row = _checks(sv.eligibility.matrix(ref), pl)
    assert checks["E-NATIONALITY"].suggested == "met"
    assert checks["E-LANG-MAIN"].suggested == "met" and checks["E-DIPLOMA"].suggested == "met"
    assert checks["E-CIVIC"].suggested == "declared"
    for code in ("E-NATIONALITY", "E-LANG-MAIN", "E-DIPLOMA", "E-CIVIC"):
        assert "read by OCR" in checks[code].reason
    assert any("OCR" in w for w in row.warnings)


def test_a_suggestion_from_ocr_text_is_never_not_met(read):
    sv, ref = read.sv, read.ref
    no = by_sender(sv.applications.list(ref), 2).id
    checks, row = _checks(sv.eligibility.matrix(ref), no)
    assert all(c.suggested != "not_met" for c in checks.values())
    assert row.overall != "not_eligible"
    nat = checks["E-NATIONALITY"]
    assert nat.suggested == "to_verify"
    assert "read by OCR" in nat.reason and "not a Member State" in nat.reason
    assert "never makes a check not met" in nat.reason


def test_ocr_is_audited_and_a_rerun_has_nothing_to_do(read):
    from panel_app.store import read_only
    from panel_app.store.models import AuditEvent

    with read_only(read.db) as s:
        events = [e for e in s.query(AuditEvent).filter_by(action="document.ocr")]
    assert len(events) == 4 and all(e.actor == "Secretary Sam" for e in events)
    assert all(e.before["flags"] != e.after["flags"] for e in events)
    again = read.sv.ocr.run(read.ref, read.sam).result
    assert again.documents == [] and read.sv.ocr.backlog(read.ref).documents == 0


def test_only_the_secretary_or_the_chair_runs_ocr(read):
    bob = read.sv.members.sign_in(read.ref, "Member Bob", "bob-pass")
    with pytest.raises(Refused, match="OCR"):
        read.sv.ocr.run(read.ref, bob)
