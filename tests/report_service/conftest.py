"""A procedure taken through intake, eligibility, sealing, declarations and scoring, through the services.

Five applications (names in Latin with diacritics, Greek and Cyrillic); the non-EU one is excluded by the
secretary; Member Eva declares a conflict on Polish Łukasz; chair, Bob and Eva score and submit the others
(Bob and the chair cite evidence pages 7 and 3 for Claire's second criterion).
"""

from __future__ import annotations

import shutil

import pypdfium2 as pdfium
import pytest

from tests.eligibility_service.fixtures import email_of, write_cases
from tests.gates.helpers import decide_all_eligible

CASES = {
    "claire": ({"surname": "Lefèvre", "first_name": "Claire", "nationalities": ["FR"]}, {}, {}),
    "eleni": ({"surname": "Παπαδοπούλου", "first_name": "Ελένη", "nationalities": ["EL"]}, {}, {}),
    "maria": ({"surname": "Иванова", "first_name": "Мария", "nationalities": ["BG"]}, {}, {}),
    "lukasz": ({"surname": "Wąsowski", "first_name": "Łukasz", "nationalities": ["PL"]}, {}, {}),
    "ingrid": ({"surname": "Nordahl", "first_name": "Ingrid", "nationalities": ["NO"]}, {}, {}),
}
NAMES = {"claire": "Lefèvre, Claire", "eleni": "Παπαδοπούλου, Ελένη", "maria": "Иванова, Мария",
         "lukasz": "Wąsowski, Łukasz", "ingrid": "Nordahl, Ingrid"}
SCORED = ["claire", "eleni", "maria", "lukasz"]
PASSWORDS = {"Chair Anna": "chair-pass", "Member Bob": "bob-pass", "Member Eva": "eva-pass",
             "Secretary Sam": "sam-pass", "Observer Olga": "olga-pass"}
MEMBERS = list(PASSWORDS)
VOTERS = ["Chair Anna", "Member Bob", "Member Eva"]
EVIDENCE_PAGE = {("Member Bob", "claire", 1): 7, ("Chair Anna", "claire", 1): 3}  # (member, candidate, criterion #)


def who(services, ref, name):
    return services.members.sign_in(ref, name, PASSWORDS[name])


def mark_of(cand: int, voter: int, crit: int) -> float:
    """A deterministic mark 0..4: candidates differ clearly; members differ by at most one point."""
    base = (3, 4, 2, 1)[cand]
    return float(max(0, min(4, base - ((crit + voter) % 3 == 0))))


def pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def flat(text: str) -> str:
    """Text with line breaks and repeated spaces folded (table cells may wrap)."""
    return " ".join(text.split())


@pytest.fixture
def world(services, procedure, tmp_path, snapshots):
    """(services, ref) with everything scored and submitted; nothing frozen yet (built once per backend, then
    copied: tests/snapshots.py)."""
    ref = snapshots.state("world", services.db, lambda: scored_world(services, procedure, tmp_path)[1])
    return services, ref


def scored_world(services, procedure, tmp_path, cases=CASES):
    """The small procedure scored and submitted (`cases`: CASES with other PDF options, e.g. form labels)."""
    ref = procedure
    sec = who(services, ref, "Secretary Sam")
    services.intake.import_paths(ref, [write_cases(tmp_path / "mail", cases)], sec, workers=1)
    services.eligibility.exclude(ref, services.eligibility.application_of(ref, email_of("ingrid")),
                                 "Not a national of a Member State (Norway).", sec)
    decide_all_eligible(services, ref, sec, skip={services.eligibility.application_of(ref, email_of("ingrid"))})
    chair = who(services, ref, "Chair Anna")
    services.grid.seal(ref, chair)
    for name in VOTERS + ["Observer Olga"]:
        services.scoring.declare_confidentiality(ref, who(services, ref, name))
    services.scoring.declare_conflict(ref, who(services, ref, "Member Eva"), email_of("lukasz"),
                                      "Former colleague", "professional")
    for v, name in enumerate(VOTERS):
        actor = who(services, ref, name)
        for c, key in enumerate(SCORED):
            if name == "Member Eva" and key == "lukasz":
                continue
            for k, m in enumerate(services.scoring.sheet(ref, actor, email_of(key)).marks):
                services.scoring.set_mark(ref, actor, email_of(key), m.criterion, mark_of(c, v, k),
                                          evidence_page=EVIDENCE_PAGE.get((name, key, k)))
            services.scoring.submit(ref, actor, email_of(key))
    return services, ref


_BUILT: dict[str, tuple] = {}  # upto -> (the SQLite file of the realistic procedure, its reference)


def realistic_copy(tmp_path_factory, upto: str):
    """(services, ref) on a fresh copy of the realistic procedure (tests/report_service/realistic.py) built up to
    `upto`: each state is built once per session, every module gets its own copy to read or change."""
    from panel_app.services import Services
    from panel_app.store import open_database

    from .realistic import build

    if upto not in _BUILT:
        path = tmp_path_factory.mktemp(f"realistic-{upto}") / "panel.sqlite"
        sv, ref = build(path, upto=upto)
        sv.db.dispose()
        _BUILT[upto] = (path, ref)
    src, ref = _BUILT[upto]
    dst = tmp_path_factory.mktemp(upto) / "panel.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if src.with_name(src.name + suffix).exists():
            shutil.copyfile(src.with_name(src.name + suffix), dst.with_name(dst.name + suffix))
    return Services.for_db(open_database(f"sqlite:///{dst}")), ref


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    """The realistic procedure scored, nothing frozen: every report a draft (a copy per module)."""
    sv, ref = realistic_copy(tmp_path_factory, "scored")
    yield sv, ref
    sv.db.dispose()


@pytest.fixture(scope="module")
def final(tmp_path_factory):
    """The realistic procedure with the shortlist and the final ranking frozen and signed (a copy per module)."""
    sv, ref = realistic_copy(tmp_path_factory, "final")
    yield sv, ref
    sv.db.dispose()
