"""Search, keyword hits and documents pass the same gate as opening a file (issue 14 item 7), on both back ends.

The attacks of the issue: a conflicted member probes the hidden CV word by word with `applications --search`;
before the seal a member with no declaration searches every document.
"""

from __future__ import annotations

import json
import re

import pytest

from panel_app.cli import main
from panel_app.domain.errors import Refused
from tests.gates.helpers import decide_all_eligible
from tests.intake.fixtures import application_pdf, eml_bytes
from tests.workstations.conftest import PASSWORDS, who


@pytest.fixture
def unsealed(services, template_path, tmp_path):
    """Chair, two members, secretary, observer; three candidates imported; the grid NOT sealed yet."""
    sv = services
    ref = sv.procedures.create_from_template(template_path).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password=PASSWORDS["Chair Anna"])
    chair = who(sv, ref, "Chair Anna")
    for name, role in [("Member Bob", "member"), ("Member Eva", "member"), ("Secretary Sam", "secretary"),
                       ("Observer Olga", "observer")]:
        sv.members.add(ref, name, role, chair, password=PASSWORDS[name])
    box = tmp_path / "box"
    box.mkdir()
    for i in range(3):
        (box / f"{i}.eml").write_bytes(eml_bytes(from_addr=f"c{i}@x.eu",
                                                 attachments=[("a.pdf", application_pdf(20 + i), "application/pdf")]))
    sv.intake.import_paths(ref, [box], who(sv, ref, "Secretary Sam"), workers=1)
    decide_all_eligible(sv, ref, who(sv, ref, "Secretary Sam"))  # eligibility first (issue 16)
    return ref


def _texts(sv) -> dict[str, str]:
    """candidate e-mail -> the extracted text of their documents (read as the database owner)."""
    with sv.db.engine.connect() as con:
        rows = con.exec_driver_sql("SELECT c.email, d.text FROM document d JOIN application a ON a.id = "
                                   "d.application_id JOIN candidate c ON c.id = a.candidate_id").fetchall()
    out: dict[str, str] = {}
    for email, text in rows:
        out[email] = out.get(email, "") + " " + (text or "")
    return out


def _words_only_in(texts: dict[str, str], email: str) -> list[str]:
    """Words of 6+ letters in `email`'s CV that no other candidate's documents contain: a probe's targets."""
    def words(t: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-zÀ-ž]{6,}", t)}

    others = set().union(*(words(t) for e, t in texts.items() if e != email))
    return sorted(words(texts[email]) - others)


def _cands(sv, ref) -> list[str]:
    return sorted(_emails(sv.applications.list(ref, actor=who(sv, ref, "Chair Anna"))))


def _emails(apps: list[dict]) -> set[str]:
    return {a.candidate.email for a in apps}


def test_before_the_seal_a_member_searches_nothing(services, unsealed):
    sv, ref = services, unsealed
    c0, c1, c2 = _cands(sv, ref)
    bob = who(sv, ref, "Member Bob")
    word = _words_only_in(_texts(sv), c0)[0]
    with pytest.raises(Refused, match="not sealed"):
        sv.applications.list(ref, actor=bob, search=word)
    with pytest.raises(Refused, match="not sealed"):
        sv.applications.list(ref, actor=who(sv, ref, "Observer Olga"), search=word)
    # the secretary (eligibility) and the chair keep their access before the seal
    assert _emails(sv.applications.list(ref, actor=who(sv, ref, "Secretary Sam"), search=word)) == {c0}
    assert _emails(sv.applications.list(ref, actor=who(sv, ref, "Chair Anna"), search=word)) == {c0}


def test_after_the_seal_a_member_searches_only_once_declared(services, unsealed):
    sv, ref = services, unsealed
    c0, c1, c2 = _cands(sv, ref)
    sv.grid.seal(ref, who(sv, ref, "Chair Anna"))
    bob = who(sv, ref, "Member Bob")
    word = _words_only_in(_texts(sv), c1)[0]
    with pytest.raises(Refused, match="declaration"):
        sv.applications.list(ref, actor=bob, search=word)
    sv.scoring.declare_confidentiality(ref, bob)
    assert _emails(sv.applications.list(ref, actor=bob, search=word)) == {c1}


def test_a_conflicted_member_never_matches_the_candidate(services, unsealed):
    sv, ref = services, unsealed
    c0, c1, c2 = _cands(sv, ref)
    sv.grid.seal(ref, who(sv, ref, "Chair Anna"))
    bob = who(sv, ref, "Member Bob")
    sv.scoring.declare_confidentiality(ref, bob)
    sv.scoring.declare_conflict(ref, bob, c0, "my former colleague", "professional")
    texts = _texts(sv)
    probes = _words_only_in(texts, c0)
    assert len(probes) >= 3
    for word in probes:  # the hidden CV, probed word by word: no answer ever names the candidate
        assert c0 not in _emails(sv.applications.list(ref, actor=bob, search=word))
    surname = next(a.candidate.surname for a in sv.applications.list(ref, actor=who(sv, ref, "Chair Anna"))
                   if a.candidate.email == c0)
    for probe in (surname, c0, c0.split("@")[0]):
        assert sv.applications.list(ref, actor=bob, search=probe) == []
    assert c0 not in _emails(sv.applications.list(ref, actor=bob))  # nor in the plain listing
    # the other member, not conflicted, finds the word; so does the chair
    eva = who(sv, ref, "Member Eva")
    sv.scoring.declare_confidentiality(ref, eva)
    assert _emails(sv.applications.list(ref, actor=eva, search=probes[0])) == {c0}
    # the scoring workspace (documents, page texts for the keyword hits) refuses it too
    with pytest.raises(Refused, match="conflict"):
        sv.scoring.document(ref, bob, c0)
    assert sv.scoring.document(ref, eva, c0).page_texts  # page texts, from which the keyword hits are computed


def test_the_cli_search_follows_the_gate(services, unsealed, capsys, monkeypatch, db):
    sv, ref = services, unsealed
    c0, c1, c2 = _cands(sv, ref)
    url = db.url
    word = _words_only_in(_texts(sv), c2)[0]
    monkeypatch.setenv("PANEL_PASSWORD", PASSWORDS["Member Bob"])
    code = main(["--db", url, "--json", "--as", "Member Bob", "applications", "--search", word])
    out = capsys.readouterr()
    assert code == 3 and "not sealed" in json.loads(out.out)["error"] and "Traceback" not in out.err
    sv.grid.seal(ref, who(sv, ref, "Chair Anna"))
    bob = who(sv, ref, "Member Bob")
    sv.scoring.declare_confidentiality(ref, bob)
    sv.scoring.declare_conflict(ref, bob, c2, "my cousin", "family")
    code = main(["--db", url, "--json", "--as", "Member Bob", "applications", "--search", word])
    assert code == 0 and json.loads(capsys.readouterr().out) == []
    monkeypatch.setenv("PANEL_PASSWORD", PASSWORDS["Secretary Sam"])
    code = main(["--db", url, "--json", "--as", "Secretary Sam", "applications", "--search", word])
    assert code == 0 and [a["candidate"]["email"] for a in json.loads(capsys.readouterr().out)] == [c2]
