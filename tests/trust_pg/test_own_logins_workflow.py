"""The matrix must not stop the panel's own work: after IT set up the procedure and the logins, every step is
done through the application on each role's own PostgreSQL login (secretary: import, eligibility, exclusion;
chair: grid edit, seal, amendment, reopen, consensus; members: declarations, marks, submission)."""

from __future__ import annotations

import pytest

from panel_app.domain.errors import Refused
from panel_app.services.edits import CriterionEdit
from tests.gates.helpers import decide_all_eligible
from tests.intake.fixtures import application_pdf, eml_bytes
from tests.trust_pg.helpers import owner_con
from tests.workstations.conftest import PASSWORDS, who
from tests.workstations.test_pg_security import app_as, score_all


def test_each_role_does_its_work_on_its_own_login(fresh_pg, template_path, tmp_path):
    from panel_app.services import Services
    from panel_app.services.workstations import WorkstationService
    from panel_app.store import open_database

    admin = Services.for_db(open_database(fresh_pg["url"]))
    WorkstationService(admin.db).init_postgres(group=fresh_pg["group"])
    ref = admin.procedures.create_from_template(template_path).result.reference
    admin.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    chair = who(admin, ref, "Chair Anna")
    roles = {}
    for name, role in [("Chair Anna", "chair"), ("Member Bob", "member"), ("Member Eva", "member"),
                       ("Secretary Sam", "secretary"), ("Observer Olga", "observer")]:
        if role != "chair":
            admin.members.add(ref, name, role, chair, password=PASSWORDS[name])
        roles[name] = WorkstationService(admin.db).add_member_role(ref, name, chair, group=fresh_pg["group"]).result.db_role
    apps = {name: app_as(admin, role) for name, role in roles.items()}
    try:
        sam, anna, bob, eva = (apps[n] for n in ("Secretary Sam", "Chair Anna", "Member Bob", "Member Eva"))
        box = tmp_path / "box"
        box.mkdir()
        for i in range(3):
            (box / f"{i}.eml").write_bytes(eml_bytes(from_addr=f"c{i}@x.eu", attachments=[
                ("a.pdf", application_pdf(20 + i), "application/pdf")]))
        sam.intake.import_paths(ref, [box], who(sam, ref, "Secretary Sam"), workers=1)
        decide_all_eligible(sam, ref, who(sam, ref, "Secretary Sam"))  # eligibility first, on her own login
        emails = sorted(a.candidate.email for a in sam.applications.list(ref))
        assert len(emails) == 3
        # the secretary decides eligibility and excludes, on her own login
        app_id = sam.eligibility.application_of(ref, emails[2])
        crit = next(c.code for c in sam.grid.grid(ref).criteria if c.group == "eligibility")
        sam.eligibility.decide(ref, app_id, crit, "met", None, who(sam, ref, "Secretary Sam"))
        sam.eligibility.exclude(ref, app_id, "no diploma", who(sam, ref, "Secretary Sam"))
        # the chair edits the grid, seals it, amends it with a reason
        grid = anna.grid.grid(ref).criteria
        scored = next(c for c in grid if c.stage == "preselection" and c.kind == "scored")
        anna.grid.update_criterion(ref, scored.code, CriterionEdit(weight=2), scored.version, who(anna, ref, "Chair Anna"))
        anna.grid.seal(ref, who(anna, ref, "Chair Anna"))
        scored = next(c for c in anna.grid.grid(ref).criteria if c.code == scored.code)
        anna.grid.update_criterion(ref, scored.code, CriterionEdit(weight=3), scored.version,
                                   who(anna, ref, "Chair Anna"), reason="typo in the notice's weights")
        # the secretary cannot amend the sealed grid, the app says so before the server has to
        with pytest.raises(Refused):
            sam.grid.update_criterion(ref, scored.code, CriterionEdit(weight=1), scored.version + 1,
                                      who(sam, ref, "Secretary Sam"), reason="x")
        # members declare, score, submit; the chair scores too, reopens Bob's, records a consensus mark
        for name in ("Chair Anna", "Member Bob", "Member Eva"):
            apps[name].scoring.declare_confidentiality(ref, who(apps[name], ref, name))
        for name in ("Chair Anna", "Member Bob", "Member Eva"):
            for email in emails[:2]:
                score_all(apps[name], ref, name, email, 3.0 if name != "Member Eva" else 1.0)
        anna.scoring.reopen(ref, who(anna, ref, "Chair Anna"), "Member Bob", emails[0], "he asked to correct a mark")
        bob.scoring.submit(ref, who(bob, ref, "Member Bob"), emails[0])
        anna.panel.consensus_set(ref, who(anna, ref, "Chair Anna"), emails[0], scored.code, 2.0,
                                 reason="agreed in the meeting: the evidence is partial")
        ranking = anna.panel.ranking(ref, who(anna, ref, "Chair Anna"))
        assert {r.candidate for r in ranking} >= set(emails[:2])
        assert eva.panel.ranking(ref, who(eva, ref, "Member Eva"))
    finally:
        for sv in apps.values():
            sv.db.dispose()
    with owner_con(fresh_pg["name"]) as con:
        kinds = {k for (k,) in con.execute("SELECT DISTINCT kind FROM decision")}
        assert {"eligibility", "consensus", "amendment"} <= kinds
        assert con.execute("SELECT weight FROM criterion WHERE code = %s AND stage = 'preselection'",
                           (scored.code,)).fetchone()[0] == 3
    admin.db.dispose()
