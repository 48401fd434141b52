"""The gates from the command line: the stable application id everywhere a candidate is named (a loose PDF
with no e-mail decided and excluded by it), `eligibility confirm --all-suggested`, `eligibility gate`, and
the held applications in `shortlist --json`."""

from __future__ import annotations

import json

import pytest

from panel_app.cli import main
from panel_app.services import Services
from tests.eligibility_service.fixtures import email_of, write_cases
from tests.intake.fixtures import application_pdf


@pytest.fixture
def url(tmp_path, template_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    sv = Services.open(url)
    ref = sv.procedures.create_from_template(template_path).result.reference
    sv.members.add(ref, "Chair Anna", "chair", password="pw-long-enough")
    chair = sv.members.sign_in(ref, "Chair Anna", "pw-long-enough")
    sv.members.add(ref, "Secretary Sam", "secretary", chair, password="pw-long-enough")
    sv.members.add(ref, "Member Bob", "member", chair, password="pw-long-enough")
    mail = write_cases(tmp_path / "mail")
    (mail / "loose-scan.pdf").write_bytes(application_pdf(3, text_layer=False))
    sv.intake.import_paths(ref, [mail], chair, workers=1)
    sv.db.dispose()
    monkeypatch.setenv("PANEL_PASSWORD", "pw-long-enough")
    return url


def run(capsys, url, *argv, who="Secretary Sam"):
    code = main(["--db", url, "--as", who, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_application_id_works_wherever_a_candidate_is_named(capsys, url):
    code, out, _ = run(capsys, url, "applications", "--json")
    apps = json.loads(out)
    assert code == 0 and all(isinstance(a["id"], int) for a in apps)
    loose = next(a for a in apps if a["source"].endswith("loose-scan.pdf"))
    assert loose["candidate"]["email"].endswith("@placeholder.invalid")  # no address: a placeholder identity
    code, out, err = run(capsys, url, "eligibility", "decide", "--candidate", str(loose["id"]),
                         "--criterion", "E-FORMAT", "--value", "not_met", "--reason", "Scan without the form",
                         "--json")
    assert code == 0, err
    assert json.loads(out)["id"] == loose["id"]
    code, out, err = run(capsys, url, "eligibility", "exclude", "--candidate", f"#{loose['id']}",
                         "--reason", "No application form")
    assert code == 0 and "excluded from scoring" in out, err
    code, _, err = run(capsys, url, "eligibility", "decide", "--candidate", "999999", "--criterion", "E-FORMAT",
                       "--value", "met")
    assert code == 4 and "No application 999999" in err and "Traceback" not in err
    code, _, err = run(capsys, url, "eligibility", "decide", "--candidate", "somebody", "--criterion", "E-FORMAT",
                       "--value", "met")
    assert code == 4 and "neither an e-mail address nor an application id" in err
    # a scoring command takes the id too, the loose PDF's as well (its placeholder identity), then the usual rules
    eligible = next(a for a in apps if a["candidate"]["email"] == email_of("eligible"))
    code, _, err = run(capsys, url, "scores", "set", "--candidate", str(loose["id"]), "--criterion", "S2-DEVOPS",
                       "--value", "3", who="Member Bob")
    assert code == 3 and "not sealed" in err
    code, _, err = run(capsys, url, "scores", "set", "--candidate", str(eligible["id"]), "--criterion", "S2-DEVOPS",
                       "--value", "3", who="Member Bob")
    assert code == 3 and "not sealed" in err  # resolved to the candidate, then the usual rules


def test_confirm_all_suggested_and_the_gate_from_the_cli(capsys, url):
    code, out, _ = run(capsys, url, "eligibility", "gate", "--json")
    assert code == 0 and json.loads(out)["mode"] == "eligibility_first"
    code, _, err = run(capsys, url, "eligibility", "confirm", "--all-suggested", who="Member Bob")
    assert code == 3 and "secretary or chair" in err
    code, out, _ = run(capsys, url, "eligibility", "confirm", "--all-suggested", "--criterion", "E-CIVIC",
                       "--candidate", email_of("eligible"), "--dry-run", "--json")
    assert json.loads(out)["checks"] == 1
    code, out, _ = run(capsys, url, "eligibility", "confirm", "--all-suggested", "--criterion", "E-CIVIC",
                       "--candidate", email_of("eligible"), "--candidate", email_of("late"))
    assert code == 0 and "Confirmed 2 check(s) of 2 application(s)" in out
    code, out, _ = run(capsys, url, "eligibility", "confirm", "--all-suggested", "--json")
    res = json.loads(out)
    assert res["by"] == "Secretary Sam" and res["became_eligible"] == 1 and "E-NATIONALITY" in res["per_criterion"]
    code, out, _ = run(capsys, url, "eligibility", "--json")
    nat = next(c for r in json.loads(out) if r["candidate"]["email"] == email_of("non_eu")
               for c in r["checks"] if c["criterion"] == "E-NATIONALITY")
    assert nat["decided"] is None  # never a "not met" in bulk
    code, out, _ = run(capsys, url, "eligibility", "gate", "--set", "parallel", who="Chair Anna")
    assert code == 0 and "score while eligibility is checked" in out
