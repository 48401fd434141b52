"""Invitation letters (issue 17): one ready-to-send .eml per candidate the frozen, signed shortlist invites, in the
language of the candidate's form, with the interview's day, time and place the chair set; nobody else gets one;
every letter is in the register of the minutes with its sha256."""

from __future__ import annotations

import email
import hashlib
from datetime import date
from email import policy

import pypdfium2 as pdfium
import pytest

from panel_app.domain.changes import Change
from panel_app.domain.errors import Refused, UserFacingError
from panel_app.domain.letters import InterviewPlan, date_words, fill, form_language
from panel_app.reports.application_form import render_application
from tests.eligibility_service.fixtures import email_of
from tests.intake.fixtures import profile

from .conftest import CASES, VOTERS, flat, pdf_text, scored_world
from .conftest import who as small_who
from .realistic import BOB, CHAIR, who

PLAN = dict(day="2026-09-15", first="09:30", minutes=45, place="Brussels, BERL 5/170",
            video="https://meet.example.eu/panel-1039", zone="Europe/Brussels")


def read(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def plan(**kw) -> InterviewPlan:
    args = {**PLAN, **kw}
    return InterviewPlan.parse(args["day"], args["first"], args["minutes"], args["place"], args["video"], args["zone"])


def test_the_invited_get_a_letter_and_the_minutes_register_it(final, tmp_path):
    sv, ref = final
    chair = who(sv, ref, CHAIR)
    sl = sv.panel.shortlist(ref, chair)
    invited = set(sl.frozen_invited)
    op = sv.letters.invitations(ref, chair, plan(), tmp_path)
    batch = op.result
    assert op.changes == {Change.AUDIT}  # each letter is in the register (issue 19: what the interface broadcasts)
    files = sorted(tmp_path.glob("*.eml"))
    assert {read(f)["To"].addresses[0].addr_spec for f in files} == invited  # nobody else is notified
    times = []
    for f in files:
        m = read(f)
        assert m["From"].addresses[0].addr_spec == "digit-s2@ec.europa.eu"
        assert ref in m["Subject"] and m["X-Unsent"] == "1"
        assert m.get_content_charset() == "utf-8"
        body = m.get_content()
        assert "Tuesday 15 September 2026" in body and "Brussels, BERL 5/170" in body
        assert "https://meet.example.eu/panel-1039" in body and "$" not in body
        times.append(body.split("Time: ")[1][:5])
    assert sorted(times) == [f"{9 + (30 + 45 * i) // 60:02d}:{(30 + 45 * i) % 60:02d}" for i in range(len(files))]
    register = sv.letters.register(ref)
    assert len(register) == len(invited) == len(batch.letters)
    digests = {hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    assert {r.sha256 for r in register} == digests and {r.by for r in register} == {CHAIR}
    minutes = sv.reports.render(ref, chair, "panel")
    text = flat(pdf_text(minutes))
    joined = "".join(pdf_text(minutes).split())
    assert f"Register of invitation letters – {len(invited)}" in text
    assert all(d in joined for d in digests)
    assert sv.audit.status(ref).ok  # the register is part of the verified chain
    with pytest.raises(UserFacingError, match="already exists"):  # a letter is never overwritten
        sv.letters.invitations(ref, chair, plan(), tmp_path)
    assert len(sv.letters.register(ref)) == len(invited)


def test_only_the_office_prepares_letters_and_only_after_the_signatures(final, scored, tmp_path):
    sv, ref = final
    with pytest.raises(Refused, match="prepare the invitation letters"):
        sv.letters.invitations(ref, who(sv, ref, BOB), plan(), tmp_path)
    sv2, ref2 = scored
    with pytest.raises(Refused, match="not frozen yet"):
        sv2.letters.invitations(ref2, who(sv2, ref2, CHAIR), plan(), tmp_path)
    assert not list(tmp_path.iterdir())


def test_bad_interview_fields_are_named():
    with pytest.raises(UserFacingError, match="place, a video link, or both"):
        plan(place="", video="")
    with pytest.raises(UserFacingError, match="not a video link"):
        plan(video="meet.example.eu")
    with pytest.raises(UserFacingError, match="'25:00' is not a time"):
        plan(first="25:00")
    with pytest.raises(UserFacingError, match="'15.09.2026' is not a date"):
        plan(day="15.09.2026")
    assert plan(minutes=0).slot(3) == plan(minutes=0).slot(0)


def test_a_template_with_an_unknown_field_is_refused_by_name():
    with pytest.raises(UserFacingError, match=r"uses \$room, which is not a field"):
        fill("Subject: $reference\n\nDear $name, room $room", {"name": "A", "reference": "R"}, "invitation_en.txt")
    with pytest.raises(UserFacingError, match="does not start with a line 'Subject"):
        fill("Dear $name", {"name": "A"}, "invitation_en.txt")


@pytest.mark.parametrize("labels", ["en", "fr", "de"])
def test_the_language_of_a_form_is_read_from_its_labels(labels):
    doc = pdfium.PdfDocument(render_application(profile(3), labels=labels))
    text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    doc.close()
    assert form_language(text) == labels
    assert date_words(date(2026, 9, 15), "fr") == "mardi 15 septembre 2026"
    assert date_words(date(2026, 9, 15), "de") == "Dienstag, 15. September 2026"


@pytest.fixture
def multilingual(services, procedure, tmp_path):
    """The small procedure, Claire's form in French and Eleni's in German; frozen and signed by every voter."""
    cases = dict(CASES)
    cases["claire"] = (cases["claire"][0], {"labels": "fr"}, {})
    cases["eleni"] = (cases["eleni"][0], {"labels": "de"}, {})
    services, ref = scored_world(services, procedure, tmp_path, cases)
    services.panel.freeze(ref, small_who(services, ref, "Chair Anna"))
    for name in VOTERS:
        services.panel.sign(ref, small_who(services, ref, name))
    return services, ref


def test_french_and_german_forms_get_french_and_german_letters(multilingual, tmp_path):
    services, ref = multilingual
    out = tmp_path / "letters"
    out.mkdir()
    batch = services.letters.invitations(ref, small_who(services, ref, "Secretary Sam"), plan(minutes=0), out).result
    langs = {x.email: x.language for x in batch.letters}
    assert langs[email_of("claire")] == "fr" and langs[email_of("eleni")] == "de"
    assert email_of("lukasz") not in langs  # not invited: no letter
    fr = read(out / batch.letters[[x.email for x in batch.letters].index(email_of("claire"))].file)
    assert "invitation à l'entretien" in fr["Subject"] and "mardi 15 septembre 2026" in fr.get_content()
    assert "Claire Lefèvre" in fr.get_content() and fr["To"].addresses[0].display_name == "Claire Lefèvre"
    de = read(out / next(x.file for x in batch.letters if x.email == email_of("eleni")))
    assert "Einladung zum Gespräch" in de["Subject"] and "Dienstag, 15. September 2026" in de.get_content()
