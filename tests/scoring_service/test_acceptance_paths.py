"""The two write paths of a mark accept and refuse the same cases: the rules of `domain/scoring/acceptance.py`.

One procedure is set up twice, alike: on PostgreSQL, where a mark takes the fast path (services/scoring_fast.py,
one SQL statement that is the atomic guard), and on SQLite, where it takes the checked path (the ORM, one
precise refusal per rule). Hypothesis generates a table of attempted marks — who (chair, members, one who has
not declared, the secretary, the observer), on which candidate (in the queue, submitted, conflicted, out of the
eligibility-first queue, unknown), which criterion (scored, pass/fail, unknown), which value (on and off the
scale, N/A, none) and which expected version (none, the stored one, another) — and every case is tried on both.
Both must accept it exactly when `mark_refusal` (the domain's statement of the rules) accepts it, and the checked
path must refuse with the refusal the domain names. The two databases stay alike: a case changes both or neither.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from panel_app.domain.errors import NotFound, Refused, StaleEdit, UserFacingError
from panel_app.domain.paths import DEFAULT_TEMPLATE
from panel_app.domain.scoring.acceptance import MarkCase, Refusal, Scorer, mark_refusal
from panel_app.services import Services
from panel_app.services import scoring_fast as fast
from panel_app.store import open_database
from tests.gates.helpers import decide_all_eligible
from tests.intake.fixtures import application_pdf, eml_bytes

pytestmark = pytest.mark.postgres

PASSWORDS = {"Chair Anna": "chair-pass", "Member Bob": "bob-pass", "Member Eva": "eva-pass",
             "Member Max": "max-pass", "Secretary Sam": "sam-pass", "Observer Olga": "olga-pass"}
ROLES = {"Chair Anna": "chair", "Member Bob": "member", "Member Eva": "member", "Member Max": "member",
         "Secretary Sam": "secretary", "Observer Olga": "observer"}
DECLARED = {"Chair Anna", "Member Bob", "Member Eva", "Observer Olga"}  # Max has not signed
SCORED, PASS_FAIL = ("S2-DEVOPS", "S3-CICD", "A3-NUTANIX"), "E1-NATIONALITY"
UNKNOWN = "nobody@nowhere.eu"


def _set_up(sv: Services, box: Path) -> tuple[str, list[str], dict]:
    """The procedure, 4 candidates; c3 left out of the queue (eligibility undecided); Bob conflicted on c1 and
    with c0 submitted. Returns (reference, e-mails, the signed-in actors)."""
    ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password=PASSWORDS["Chair Anna"])
    actors = {"Chair Anna": sv.members.sign_in(ref, "Chair Anna", PASSWORDS["Chair Anna"])}
    for name, role in ROLES.items():
        if name != "Chair Anna":
            sv.members.add(ref, name, role, actors["Chair Anna"], password=PASSWORDS[name])
            actors[name] = sv.members.sign_in(ref, name, PASSWORDS[name])
    for i in range(4):
        (box / f"{i}.eml").write_bytes(eml_bytes(from_addr=f"c{i}@x.eu",
                                                 attachments=[("a.pdf", application_pdf(10 + i), "application/pdf")]))
    sv.intake.import_paths(ref, [box], actors["Secretary Sam"], workers=1)
    apps = {a.candidate.email: a.id for a in sv.applications.list(ref)}
    emails = sorted(apps)
    decide_all_eligible(sv, ref, actors["Secretary Sam"], skip={apps[emails[3]]})
    sv.grid.seal(ref, actors["Chair Anna"])
    for name in DECLARED:
        sv.scoring.declare_confidentiality(ref, actors[name])
    bob = actors["Member Bob"]
    sv.scoring.declare_conflict(ref, bob, emails[1], "my former manager", "hierarchical")
    for m in sv.scoring.sheet(ref, bob, emails[0]).marks:
        sv.scoring.set_mark(ref, bob, emails[0], m.criterion, 2)
    sv.scoring.submit(ref, bob, emails[0])
    return ref, emails, actors


@pytest.fixture(scope="module")
def twins(pg_url):
    """(fast services on PostgreSQL, checked services on SQLite, reference, e-mails, actors of each)."""
    name = f"panel_test_acc_{uuid.uuid4().hex[:8]}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    tmp = Path(tempfile.mkdtemp(prefix="acceptance-"))
    pg = open_database(pg_url.rsplit("/", 1)[0] + f"/{name}")
    lite = open_database(f"sqlite:///{tmp / 'panel.sqlite'}")
    try:
        svs = [Services.for_db(pg), Services.for_db(lite)]
        built = []
        for i, sv in enumerate(svs):
            (tmp / f"box{i}").mkdir()
            built.append(_set_up(sv, tmp / f"box{i}"))
        assert built[0][:2] == built[1][:2]
        yield svs[0], svs[1], built[0][0], built[0][1], built[0][2], built[1][2]
    finally:
        pg.dispose()
        lite.dispose()
        shutil.rmtree(tmp, ignore_errors=True)
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _stored(sv: Services, ref: str, actor, email: str, criterion: str) -> tuple[bool, int | None]:
    """(submitted, stored version of the mark) as the member's own sheet shows them; nothing when they may not
    open it (a rule before these two refuses the mark then)."""
    try:
        sheet = sv.scoring.sheet(ref, actor, email)
    except UserFacingError:
        return False, None
    mark = next((m for m in sheet.marks if m.criterion == criterion), None)
    version = mark.version if mark and mark.version else None
    return sheet.status == "submitted", version


EXPECTED = {  # what the checked path raises for each refusal of the domain
    Refusal.SIGNED_OUT: (Refused, "Sign in"), Refusal.SECRETARY: (Refused, "secretary does not score"),
    Refusal.OBSERVER: (Refused, "observer"), Refusal.NOT_SEALED: (Refused, "not sealed"),
    Refusal.NOT_DECLARED: (Refused, "declaration"), Refusal.NO_CANDIDATE: (NotFound, "No candidate"),
    Refusal.CONFLICTED: (Refused, "conflict of interest"), Refusal.NOT_IN_QUEUE: (Refused, ""),
    Refusal.NO_CRITERION: (NotFound, "not a scored criterion"), Refusal.OUT_OF_SCALE: (UserFacingError, "outside"),
    Refusal.SUBMITTED: (Refused, "already submitted"), Refusal.STALE: (StaleEdit, "changed by"),
}

cases = st.fixed_dictionaries({
    "who": st.sampled_from(sorted(ROLES)),
    "candidate": st.sampled_from([0, 1, 2, 3, UNKNOWN]),
    "criterion": st.sampled_from([*SCORED, PASS_FAIL, "X9-UNKNOWN"]),
    "value": st.sampled_from([None, -1.0, 0.0, 1.0, 2.5, 4.0, 4.5, 7.0]),
    "na": st.booleans(),
    "expected": st.sampled_from(["none", "stored", "other"]),
})


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=cases)
def test_the_fast_and_the_checked_path_accept_and_refuse_the_same_marks(twins, case):
    sv_fast, sv_checked, ref, emails, fast_actors, checked_actors = twins
    email = case["candidate"] if case["candidate"] == UNKNOWN else emails[case["candidate"]]
    name, crit, value, na = case["who"], case["criterion"], case["value"], case["na"]
    submitted, stored = _stored(sv_checked, ref, checked_actors[name],
                                email, crit)
    expected = {"none": None, "stored": stored, "other": (stored or 0) + 7}[case["expected"]]
    rule = mark_refusal(MarkCase(
        scorer=Scorer(signed_in=True, role=ROLES[name], voting=ROLES[name] != "observer"),
        sealed=True, declared=name in DECLARED, candidate_known=email != UNKNOWN,
        conflicted=(name, email) == ("Member Bob", emails[1]), in_queue=email != emails[3],
        criterion_scored=crit in SCORED, value=value, na=na, scale=(0, 4), submitted=submitted,
        stored_version=stored, expected_version=expected))

    saved = fast.save_mark(fast.ScoringCache(sv_fast.db), ref, fast_actors[name], email, crit, value, na=na,
                           comment=None, evidence_page=None, expected_version=expected, stage="preselection")
    try:
        checked = sv_checked.scoring._checked_mark(ref, checked_actors[name], email, crit, value, na=na,
                                                   comment=None, evidence_page=None, expected_version=expected,
                                                   stage="preselection")
        refused = None
    except UserFacingError as e:
        checked, refused = None, e

    assert (saved is not None) == (rule is None), (case, rule, saved)
    assert (checked is not None) == (rule is None), (case, rule, refused)
    if rule is None:
        assert saved is not None and checked is not None
        assert (saved.value, saved.na, saved.version) == (checked.value, checked.na, checked.version)
    else:
        kind, words = EXPECTED[rule]
        assert isinstance(refused, kind) and words in str(refused), (case, rule, refused)
