"""Every public mutation of the services returns a typed change notice, `Changed[T]`, naming what it changed
(issue 19): the interface broadcasts exactly those kinds (`state.apply`), never a kind it picks itself.

The table below enumerates the public methods of the services of intake, eligibility, gates, the panel's
membership, settings, the grid, records, packages, scoring (marks, submissions, declarations, score sheets), the
panel stage (consensus, shortlist, final ranking), the audit trail, reports and exports: each is a mutation (it
returns `Changed[...]`) or a read (it writes nothing the pages show, with why). A new public method fails the
first test until it is classified. The mutations run on one scored procedure (real SQLite), the panel stage's in
a test of their own, and each returned notice is checked to name what it changed; the few that need a frozen
shortlist, an OCR engine, a member's laptop or PostgreSQL are checked where their own tests run them (named in
the table).
"""

from __future__ import annotations

import inspect
from datetime import date, timedelta

import pytest

from panel_app.domain.changes import Change, Changed
from panel_app.domain.paths import DEFAULT_TEMPLATE
from panel_app.services import (
    Services,
    applications,
    archive,
    audit,
    backup,
    eligibility,
    exports,
    gates,
    grid,
    intake,
    letters,
    lifecycle,
    meetings,
    members,
    ocr,
    outbox,
    packages,
    panel,
    procedures,
    reports,
    retention,
    scoring,
    scoring_view,
    sheets,
    workstations,
)
from panel_app.services.edits import CandidateEdit, CriterionEdit, RulesEdit, SettingsEdit
from tests.eligibility_service.fixtures import email_of, write_cases
from tests.report_service.conftest import VOTERS, scored_world, who

HERE = "test_mutations_return_what_they_changed"
PANEL = "test_panel_mutations_return_what_they_changed"
PASSPHRASE = "a long passphrase for the laptop"
SERVICES = {
    "applications": applications.ApplicationService, "archive": archive.ArchiveService,
    "backup": backup.BackupService, "eligibility": eligibility.EligibilityService, "gates": gates.GateService,
    "intake": intake.IntakeService, "letters": letters.LetterService, "lifecycle": lifecycle.LifecycleService,
    "meetings": meetings.MeetingService, "members": members.MemberService, "ocr": ocr.OcrService,
    "packages": packages.PackageService, "procedures": procedures.ProcedureService,
    "retention": retention.RetentionService, "workstations": workstations.WorkstationService,
    "scoring": scoring.ScoringService, "marks": scoring_view.ScoringView, "sheets": sheets.SheetService,
    "grid": grid.GridService, "audit": audit.AuditService, "reports": reports.ReportService,
    "exports": exports.ExportService, "panel": panel.PanelService,
}
FUNCTIONS = {"outbox.deliver": outbox.deliver, "outbox.save_or_queue": outbox.save_or_queue}
# the services of `Services` not enumerated above yet, with why: a new service fails the third test until it is
# enumerated here (its mutations then must return Changed[...]) or named here
NOT_ENUMERATED: dict[str, str] = {}

# mutation -> the test that checks its notice is not empty
MUTATIONS = {
    "applications.set_excluded": HERE, "applications.set_received_time": HERE,
    "applications.update_candidate": HERE,
    "archive.write": HERE,
    "backup.backup": HERE, "backup.before_step": HERE, "backup.restore": HERE,
    "eligibility.confirm_suggested": HERE, "eligibility.decide": HERE, "eligibility.exclude": HERE,
    "eligibility.readmit": HERE, "eligibility.set_article29": HERE,
    "gates.set_mode": HERE,
    "grid.seal": HERE, "grid.update_criterion": HERE, "grid.update_rules": HERE,
    "gates.admit": "tests/gates/test_freeze_gate.py", "gates.out_of_scope": "tests/gates/test_freeze_gate.py",
    "intake.import_paths": HERE,
    "letters.invitations": "tests/report_service/test_letters.py",
    "lifecycle.close": HERE, "lifecycle.lift_hold": HERE, "lifecycle.set_hold": HERE,
    "meetings.add": HERE, "meetings.set_published_on": HERE,
    "members.add": HERE, "members.change_password": HERE, "members.reset_password": HERE, "members.update": HERE,
    "ocr.run": "tests/ocr/test_ocr_service.py", "ocr.store": "tests/ocr/test_ocr_service.py (run stores)",
    "outbox.deliver": "tests/resilience/test_outbox.py", "outbox.save_or_queue": "tests/resilience/test_outbox.py",
    "panel.consensus_set": PANEL, "panel.edit_reason": PANEL, "panel.final_freeze": PANEL,
    "panel.final_sign": PANEL, "panel.freeze": PANEL, "panel.set_outcome": PANEL, "panel.sign": PANEL,
    "packages.export": HERE, "packages.import_return": HERE, "packages.open": HERE,
    "procedures.create_from_template": HERE, "procedures.update_settings": HERE,
    "retention.apply": HERE, "retention.update_settings": HERE,
    "scoring.declare_confidentiality": HERE, "scoring.declare_conflict": HERE, "scoring.reopen": HERE,
    "scoring.set_mark": HERE, "scoring.submit": HERE,
    "sheets.import_file": HERE,
    # PostgreSQL only (tests/workstations/test_admin_cli.py, through the CLI): its notice is members.add's,
    # checked here, when it adds the member; a database login alone is shown on no page
    "workstations.add_member_role": "members.add",
}
READS = {
    "applications.document": "reads a stored document", "applications.list": "reads",
    "backup.default_folder": "a path", "backup.describe": "reads a backup file",
    "eligibility.application_of": "reads", "eligibility.counts": "reads", "eligibility.matrix": "reads",
    "eligibility.overview": "reads", "eligibility.row": "reads",
    "gates.held": "reads", "gates.mode": "reads",
    "grid.grid": "reads", "grid.current_hash": "reads (the hash the grid would have if sealed now)",
    # the audit trail, reports and exports record no event (no "report.*" or "export.*" action exists): printing
    # or exporting changes nothing a page shows. What does record one is a mutation of its own service: the
    # letters' register (letters.invitations), a backup (backup.backup), an archive (archive.write)
    "audit.log": "reads the history", "audit.status": "reads (the chain's verification printed on reports)",
    "audit.verify": "reads (verifies the chain; a broken chain is reported, nothing is written)",
    "reports.allowed": "reads", "reports.check": "a permission check",
    "reports.data": "reads (the report's dataclass)", "reports.render": "reads into PDF bytes; no event recorded",
    "exports.allowed": "reads", "exports.check": "a permission check", "exports.grid_data": "reads",
    "exports.marks_data": "reads", "exports.ranking_data": "reads",
    "exports.render": "reads into XLSX bytes; no event recorded",
    "letters.last_plan": "reads", "letters.register": "reads",
    "lifecycle.holds": "reads", "lifecycle.state": "reads",
    "meetings.list": "reads", "meetings.published_on": "reads",
    "members.has_members": "reads", "members.list": "reads",
    "members.sign_in": "a sign-in: who acts changes (state.set_actor), no data a page shows",
    "ocr.backlog": "reads", "ocr.content": "reads", "ocr.read": "OCR of bytes, no database",
    "ocr.waiting": "reads",
    "packages.make_return": "reads the member's marks into a signed file; writes nothing in the database",
    "panel.final_ranking": "reads", "panel.final_record": "reads", "panel.panel_table": "reads",
    "panel.ranking": "reads", "panel.reliability": "reads", "panel.robustness": "reads", "panel.shortlist": "reads",
    "procedures.audit_trail": "reads", "procedures.list": "reads", "procedures.resolve": "reads",
    "procedures.settings": "reads",
    "retention.dry_run": "reads (what a run would delete)", "retention.settings": "reads",
    "marks.marks": "reads", "marks.member_progress": "reads", "marks.progress": "reads",
    "marks.scoring_deadline": "reads",
    "scoring.declarations": "reads", "scoring.document": "reads", "scoring.my_candidates": "reads",
    "scoring.sheet": "reads",
    "sheets.export": "writes the member's marks to a file; nothing in the database",
    "workstations.change_feed": "opens the live change feed",
    "workstations.drop_roles": "database administration (CLI): PostgreSQL logins, shown on no page",
    "workstations.init_postgres": "database administration (CLI): row security and grants, shown on no page",
    "workstations.roles": "reads",
}


def _own_methods(service: type) -> list[tuple[str, object]]:
    """The attributes of a service class and of its mixins (the panel's shortlist and final ranking)."""
    return [item for cls in reversed(service.__mro__[:-1]) for item in vars(cls).items()]


def _public() -> dict[str, object]:
    out: dict[str, object] = dict(FUNCTIONS)
    for name, service in SERVICES.items():
        for attr, fn in _own_methods(service):
            if attr.startswith("_"):
                continue
            if isinstance(fn, staticmethod | classmethod):
                fn = fn.__func__
            if inspect.isfunction(fn):
                out[f"{name}.{attr}"] = fn
    return out


def test_every_public_method_is_a_mutation_returning_its_notice_or_a_read():
    public = _public()
    unclassified = sorted(set(public) - set(MUTATIONS) - set(READS))
    assert not unclassified, f"classify these (a mutation returns Changed[...]): {unclassified}"
    assert not set(MUTATIONS) & set(READS)
    assert not sorted((set(MUTATIONS) | set(READS)) - set(public)), "the table names methods that are gone"
    returns = {name: str(inspect.signature(fn).return_annotation) for name, fn in public.items()}  # type: ignore[arg-type]
    assert [n for n in MUTATIONS if not returns[n].startswith("Changed[")] == []
    assert [n for n in READS if returns[n].startswith("Changed[")] == []


def test_every_service_is_enumerated_or_named():
    from panel_app.services import _SERVICES

    assert sorted(set(_SERVICES) - set(SERVICES) - set(NOT_ENUMERATED)) == [], "enumerate these services above"
    assert sorted(set(SERVICES) & set(NOT_ENUMERATED)) == []
    assert sorted(set(NOT_ENUMERATED) - set(_SERVICES)) == [], "NOT_ENUMERATED names services that are gone"


@pytest.fixture
def db(sqlite_db):  # one scenario on SQLite is enough: the notices do not depend on the database
    return sqlite_db


def _later(years: int) -> date:
    return date.today().replace(year=date.today().year + years) + timedelta(days=1)


def test_mutations_return_what_they_changed(services, procedure, tmp_path):
    sv, ref = scored_world(services, procedure, tmp_path)
    chair, sec = who(sv, ref, "Chair Anna"), who(sv, ref, "Secretary Sam")
    ops: dict[str, Changed] = {}

    bob, claire = who(sv, ref, "Member Bob"), email_of("claire")
    ops["scoring.reopen"] = sv.scoring.reopen(ref, chair, "Member Bob", claire, "a mark to correct")
    code = sv.scoring.sheet(ref, bob, claire).marks[0].criterion
    ops["scoring.set_mark"] = sv.scoring.set_mark(ref, bob, claire, code, 1)
    csv = tmp_path / "bob.csv"
    csv.write_text(f"candidate,criterion,value\n{claire},{code},2\n", encoding="utf-8")
    ops["sheets.import_file"] = sv.sheets.import_file(ref, bob, csv)
    assert not sv.sheets.import_file(ref, bob, csv).changes  # the same sheet again: every row unchanged
    ops["scoring.submit"] = sv.scoring.submit(ref, bob, claire)
    ops["scoring.declare_conflict"] = sv.scoring.declare_conflict(ref, who(sv, ref, "Member Eva"),
                                                                  email_of("maria"), "Her cousin", "family")
    sv.members.add(ref, "Member Yan", "member", chair, password="yan-pass-1", confirmed=True)
    ops["scoring.declare_confidentiality"] = sv.scoring.declare_confidentiality(
        ref, sv.members.sign_in(ref, "Member Yan", "yan-pass-1"))

    other = tmp_path / "other.toml"
    other.write_text(DEFAULT_TEMPLATE.read_text(encoding="utf-8").replace("DIGIT/COM/2026/1039", "DIGIT/COM/2026/9"),
                     encoding="utf-8")
    ops["procedures.create_from_template"] = sv.procedures.create_from_template(other)
    other_ref = ops["procedures.create_from_template"].result.reference
    ops["gates.set_mode"] = sv.gates.set_mode(other_ref, "parallel", chair)  # no mark there yet
    assert not sv.gates.set_mode(other_ref, "parallel", chair).changes  # the same mode again: nothing changed

    sv.members.add(other_ref, "Chair Nora", "chair", password="nora-pass-1")  # sealing needs a panel
    nora = sv.members.sign_in(other_ref, "Chair Nora", "nora-pass-1")
    crit = sv.grid.grid(other_ref).criterion("S3-CICD")
    assert crit is not None
    ops["grid.update_criterion"] = sv.grid.update_criterion(other_ref, "S3-CICD", CriterionEdit(weight=3), crit.version, nora)
    assert ops["grid.update_criterion"].result.weight == 3
    assert not sv.grid.update_criterion(other_ref, "S3-CICD", CriterionEdit(weight=3), crit.version + 1, nora).changes
    version = sv.grid.grid(other_ref).version
    ops["grid.update_rules"] = sv.grid.update_rules(other_ref, RulesEdit(best_n=9), version, nora)
    assert not sv.grid.update_rules(other_ref, RulesEdit(best_n=9), version + 1, nora).changes  # the same rule again
    ops["grid.seal"] = sv.grid.seal(other_ref, nora)
    assert ops["grid.seal"].result.sealed
    crit = sv.grid.grid(other_ref).criterion("S3-CICD")
    assert crit is not None
    amended = sv.grid.update_criterion(other_ref, "S3-CICD", CriterionEdit(weight=2), crit.version, nora, reason="a typo")
    assert amended.changes == {Change.GRID} and sv.grid.grid(other_ref).amendments  # an amendment: the grid too

    st = sv.procedures.settings(ref)
    ops["procedures.update_settings"] = sv.procedures.update_settings(ref, SettingsEdit(mailbox="panel@ec.europa.eu"),
                                                                      st.version, chair)
    st = sv.procedures.settings(ref)
    assert not sv.procedures.update_settings(ref, SettingsEdit(mailbox="panel@ec.europa.eu"), st.version, chair).changes

    ops["members.add"] = sv.members.add(ref, "Observer Oscar", "observer", chair, password="oscar-pass-1")
    ops["members.reset_password"] = sv.members.reset_password(ref, "Observer Oscar", "oscar-temp-1", chair)
    ops["members.change_password"] = sv.members.change_password(ref, "Observer Oscar", "oscar-temp-1",
                                                                "oscar-own-pass")
    version = next(m.version for m in sv.members.list(ref) if m.name == "Observer Oscar")
    ops["members.update"] = sv.members.update(ref, "Observer Oscar", {"active": False}, version, chair,
                                              "Left the service")

    late = {"late_one": ({"surname": "Kowalska", "first_name": "Ewa", "nationalities": ["PL"]}, {}, {})}
    ops["intake.import_paths"] = sv.intake.import_paths(ref, [write_cases(tmp_path / "late", late)], sec, workers=1)
    assert not sv.intake.import_paths(ref, [tmp_path / "late"], sec, workers=1).changes  # already imported
    app = sv.eligibility.application_of(ref, email_of("late_one"))
    row = sv.applications.list(ref, application_id=app)[0]
    ops["applications.update_candidate"] = sv.applications.update_candidate(
        ref, app, CandidateEdit(first_name="Ewa Maria"), row.candidate.version, sec)
    ops["applications.set_received_time"] = sv.applications.set_received_time(
        ref, app, st.deadline_utc - timedelta(hours=2), "mailbox log", sec)
    ops["applications.set_excluded"] = sv.applications.set_excluded(ref, app, True, "withdrawn", sec)
    ops["eligibility.readmit"] = sv.eligibility.readmit(ref, app, "the withdrawal was a mistake", sec)
    ops["eligibility.confirm_suggested"] = sv.eligibility.confirm_suggested(ref, sec, application_ids=[app])
    assert not sv.eligibility.confirm_suggested(ref, sec, dry_run=True).changes  # a dry run changes nothing
    check = sv.eligibility.row(ref, app).checks[0]
    ops["eligibility.decide"] = sv.eligibility.decide(ref, app, check.criterion, "to_verify", "unclear copy", sec)
    ops["eligibility.set_article29"] = sv.eligibility.set_article29(ref, app, "official", "staff number", sec)
    ops["eligibility.exclude"] = sv.eligibility.exclude(ref, app, "withdrawn again", sec)

    sv.members.add(ref, "Member Zed", "member", chair, password="zed-pass-1", confirmed=True)  # scores offline
    pkg = sv.packages.export(ref, chair, "Member Zed", PASSPHRASE)
    ops["packages.export"] = pkg
    laptop = Services.open(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    try:
        ops["packages.open"] = laptop.packages.open(pkg.result[0], PASSPHRASE)
        zed = laptop.members.sign_in(ref, "Member Zed", PASSPHRASE)
        laptop.scoring.declare_confidentiality(ref, zed)  # on the laptop: the return brings the declaration
        data, _summary = laptop.packages.make_return(ref, zed, PASSPHRASE)
    finally:
        laptop.db.dispose()
    ops["packages.import_return"] = sv.packages.import_return(ref, chair, data, PASSPHRASE)

    ops["meetings.set_published_on"] = sv.meetings.set_published_on(ref, chair, "2026-05-12")
    ops["meetings.add"] = sv.meetings.add(ref, chair, "2026-06-25", place="Brussels", attendees=["Chair Anna"])
    ops["retention.update_settings"] = sv.retention.update_settings(ref, chair, non_recruited_years=2)

    ops["backup.backup"] = sv.backup.backup(ref, chair, tmp_path / "b.sqlite")
    ops["backup.before_step"] = sv.backup.before_step(ref, chair, "test", tmp_path / "before")
    ops["backup.restore"] = sv.backup.restore(ref, chair, ops["backup.backup"].result.file)
    chair = who(sv, ref, "Chair Anna")

    ops["lifecycle.set_hold"] = sv.lifecycle.set_hold(ref, chair, "Complaint 1/2027")
    ops["lifecycle.lift_hold"] = sv.lifecycle.lift_hold(ref, chair, ops["lifecycle.set_hold"].result.id, "closed")
    ops["archive.write"] = sv.archive.write(ref, chair, tmp_path / "a.panelarchive")
    ops["lifecycle.close"] = sv.lifecycle.close(ref, chair, "Recruitment completed")
    ops["retention.apply"] = sv.retention.apply(ref, chair, _later(2))

    here = {name for name, where in MUTATIONS.items() if where == HERE}
    assert set(ops) == here, f"run here but not listed, or listed but not run: {set(ops) ^ here}"
    empty = [name for name, op in ops.items() if not op.changes]
    assert not empty, f"mutations that say they changed nothing: {empty}"
    assert ops["backup.restore"].changes == set(Change)  # the whole database is replaced
    assert {Change.APPLICATIONS, Change.ELIGIBILITY} <= ops["applications.set_excluded"].changes
    assert ops["lifecycle.close"].changes == {Change.LIFECYCLE}
    assert ops["members.add"].changes == {Change.MEMBERS}
    assert ops["packages.import_return"].changes == {Change.DECLARATIONS}  # a declaration, no submitted marks
    for name in ("scoring.reopen", "scoring.set_mark", "sheets.import_file", "scoring.submit"):
        assert ops[name].changes == {Change.SCORES}, name
    assert ops["scoring.declare_conflict"].changes == {Change.DECLARATIONS}
    assert ops["scoring.declare_confidentiality"].changes == {Change.DECLARATIONS}
    for name in ("grid.update_criterion", "grid.update_rules", "grid.seal"):
        assert ops[name].changes == {Change.GRID}, name


def test_panel_mutations_return_what_they_changed(services, procedure, tmp_path):
    """The panel stage on the scored procedure: consensus, a reason reworded, the shortlist frozen and signed, the
    interview, the outcome, the final ranking frozen and signed."""
    sv, ref = scored_world(services, procedure, tmp_path)
    chair = who(sv, ref, "Chair Anna")
    ops: dict[str, Changed] = {}
    claire, eleni = email_of("claire"), email_of("eleni")
    code = sv.scoring.sheet(ref, chair, claire).marks[1].criterion
    ops["panel.consensus_set"] = sv.panel.consensus_set(ref, chair, claire, code, 4, "Kubernetes in production")
    ops["panel.edit_reason"] = sv.panel.edit_reason(ref, chair, email_of("maria"), "Below the pass mark")
    ops["panel.freeze"] = sv.panel.freeze(ref, chair)
    ops["panel.sign"] = sv.panel.sign(ref, chair)
    for name in VOTERS[1:]:
        sv.panel.sign(ref, who(sv, ref, name))
    for name in VOTERS:
        actor = who(sv, ref, name)
        for key in (eleni, claire):
            for m in sv.scoring.sheet(ref, actor, key, stage="interview").marks:
                sv.scoring.set_mark(ref, actor, key, m.criterion, 4.0, stage="interview")
            sv.scoring.submit(ref, actor, key, stage="interview")
    ops["panel.set_outcome"] = sv.panel.set_outcome(ref, chair, eleni, "recommended")
    ops["panel.final_freeze"] = sv.panel.final_freeze(ref, chair)
    ops["panel.final_sign"] = sv.panel.final_sign(ref, chair)

    here = {name for name, where in MUTATIONS.items() if where == PANEL}
    assert set(ops) == here, f"run here but not listed, or listed but not run: {set(ops) ^ here}"
    assert ops["panel.consensus_set"].changes == {Change.CONSENSUS}
    for name in ("panel.edit_reason", "panel.freeze", "panel.sign", "panel.set_outcome", "panel.final_freeze",
                 "panel.final_sign"):
        assert ops[name].changes == {Change.SHORTLIST}, name
