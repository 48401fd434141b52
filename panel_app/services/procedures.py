"""Procedures: create from a template, list, select, edit the notice's settings."""

from __future__ import annotations

import builtins
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from panel_app.domain import report_language, scoring_deadline
from panel_app.domain.amendments import AmendmentNeedsReason, amended
from panel_app.domain.changes import Change, Changed
from panel_app.domain.deadline import on_time, with_late_flag
from panel_app.domain.errors import NotFound, StaleEdit, UserFacingError
from panel_app.domain.grid import rules_dict
from panel_app.domain.reference import eu_code
from panel_app.domain.template import load_template
from panel_app.domain.texts import translate
from panel_app.domain.times import local_text
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import applications as qa
from panel_app.store import procedures as q
from panel_app.store.decisions import audit_events
from panel_app.store.models import Criterion, Procedure

from .actors import SETUP, Actor, require_role
from .application_status import restatus
from .edits import UNCHANGED, SettingsEdit
from .json_record import JsonRecord

EDITABLE = frozenset(SettingsEdit.names())  # the settings an edit may change: the fields of a SettingsEdit


@dataclass
class ProcedureInfo:
    reference: str
    title: str
    grade: str
    deadline: str  # ISO with offset, in the procedure's zone
    timezone: str
    sealed: bool
    applications: int
    version: int

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ProcedureSettings(JsonRecord):
    """The notice's settings as the Procedure page edits them (the EDITABLE ones, a SettingsEdit's), then what is
    derived or read-only: the deadline in the procedure's zone, the version (for the next edit), the seal."""
    title: str
    directorate_general: str
    unit: str
    place: str
    staff_category: str
    grade: str
    mailbox: str
    confidentiality: str
    underrepresented: list[str]
    timezone: str
    deadline_utc: datetime
    reference: str
    scoring_deadline_utc: datetime | None
    report_language: str
    deadline: str  # ISO with offset, in the procedure's zone
    deadline_local: str
    scoring_deadline_local: str
    version: int
    sealed_at: datetime | None
    grid_hash: str | None
    rules: dict[str, Any]

    def value(self, key: str) -> Any:
        """The value of an editable setting by its name (the page and the CLI compare FIELD=VALUE edits)."""
        if key not in EDITABLE:
            raise KeyError(key)
        return getattr(self, key)


@dataclass(frozen=True)
class AuditEntry(JsonRecord):
    """One event of the procedure's audit trail, oldest first."""
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    before: Any
    after: Any


def info(p: Procedure, applications: int = 0) -> ProcedureInfo:
    return ProcedureInfo(p.reference, p.title, p.grade, deadline_iso(p), p.timezone,
                         p.sealed_at is not None, applications, p.version)


def deadline_iso(p: Procedure) -> str:
    return p.deadline_utc.astimezone(ZoneInfo(p.timezone)).isoformat()


class ProcedureService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create_from_template(self, path: str | Path, actor: Actor = SETUP) -> Changed[ProcedureInfo]:
        require_role(actor, "chair", "secretary", action=translate("Errors", "create a procedure"))
        spec = load_template(path)
        with unit_of_work(self.db, actor.name) as uow:
            if q.by_reference(uow.session, spec.reference):
                raise UserFacingError(translate("Errors", "A procedure {reference} already exists in this "
                                                          "database.").format(reference=spec.reference),
                                      hint=translate("Errors", "Open it instead, or edit the template's "
                                                               "reference."))
            p = uow.add(Procedure(
                reference=spec.reference, title=spec.title, directorate_general=spec.directorate_general,
                unit=spec.unit, place=spec.place, staff_category=spec.staff_category, grade=spec.grade,
                mailbox=spec.mailbox, deadline_utc=spec.deadline_utc, timezone=spec.timezone,
                confidentiality=spec.confidentiality, underrepresented=spec.underrepresented,
                rules=rules_dict(spec.rules), anchors=spec.anchors))
            for c in spec.criteria:
                p.criteria.append(Criterion(
                    code=c.code, group=c.group, stage=c.stage, kind=c.kind, title=c.title, weight=c.weight,
                    minimum=c.minimum, anchors=c.anchors, keywords=c.keywords, declared=c.declared,
                    position=c.position))
            uow.flush()
            uow.audit(p.id, "procedure.create", "procedure", p.reference, None,
                      {"template": str(path), "criteria": len(spec.criteria)}, rows=[p, *p.criteria])
            return Changed.of(info(p), Change.SETTINGS, Change.GRID)

    def list(self) -> list[ProcedureInfo]:
        with read_only(self.db) as s:
            counts = q.application_counts(s)
            return [info(p, counts.get(p.id, 0)) for p in q.all_procedures(s)]

    def resolve(self, reference: str | None) -> str:
        """The procedure a command works on: the one named, or the only one in the database."""
        procs = self.list()
        if reference:
            for p in procs:
                if p.reference.casefold() == reference.casefold():
                    return p.reference
            raise NotFound(translate("Errors", "No procedure {reference} in this database.")
                               .format(reference=reference),
                           hint=translate("Errors", "List them with: panel-app procedure list"))
        if len(procs) == 1:
            return procs[0].reference
        if not procs:
            raise NotFound(translate("Errors", "This database holds no procedure yet."),
                           hint=translate("Errors", "Create one: panel-app procedure create --template "
                                                    "FILE.toml"))
        raise UserFacingError(translate("Errors", "This database holds several procedures."),
                              hint=translate("Errors", "Choose one with --procedure REF (see: panel-app "
                                                       "procedure list)."))

    def settings(self, reference: str) -> ProcedureSettings:
        with read_only(self.db) as s:
            p = self._get(s, reference)
            return ProcedureSettings(
                p.title, p.directorate_general, p.unit, p.place, p.staff_category, p.grade, p.mailbox,
                p.confidentiality, p.underrepresented, p.timezone, p.deadline_utc, p.reference,
                p.scoring_deadline_utc, p.report_language, deadline=deadline_iso(p),
                deadline_local=local_text(p.deadline_utc, p.timezone),
                scoring_deadline_local=local_text(p.scoring_deadline_utc, p.timezone), version=p.version,
                sealed_at=p.sealed_at, grid_hash=p.grid_hash, rules=dict(p.rules))

    def update_settings(self, reference: str, edit: SettingsEdit, expected_version: int, actor: Actor,
                        reason: str | None = None) -> Changed[ProcedureSettings]:
        """A change of a setting the seal covers (the deadline, the zone, the reference) after the seal is an
        amendment: refused without a reason. A new deadline re-decides every application's on-time check (so it
        changes the applications and their eligibility too). Nothing different: nothing changed."""
        with unit_of_work(self.db, actor.name) as uow:
            p = self._get(uow.session, reference)
            require_role(actor, "chair", "secretary", action=translate("Errors", "edit the procedure's settings"),
                         has_members=bool(q.members(uow.session, p.id)))
            if p.version != expected_version:
                raise StaleEdit(translate("Errors", "Procedure {reference}").format(reference=p.reference), p.updated_by, local_text(p.updated_at, p.timezone))
            before, after = {}, {}
            for key, value in edit.changes():
                value = _validated(key, value)
                old = getattr(p, key)
                if old != value:
                    before[key], after[key] = _jsonable(old), _jsonable(value)
                    setattr(p, key, value)
            if after.keys() & {"scoring_deadline_utc", "deadline_utc"}:
                scoring_deadline.validated(p.scoring_deadline_utc, p.deadline_utc)
            amendment = amended(list(after), p.sealed_at is not None)
            if amendment and not (reason or "").strip():
                raise AmendmentNeedsReason(
                    (translate("Errors", "The grid of {reference} is sealed: changing {amendment} is an "
                                         "amendment.")
                     .format(reference=p.reference, amendment=amendment[0]) if len(amendment) == 1 else
                     translate("Errors", "The grid of {reference} is sealed: changing {amendment} and {other} "
                                         "is an amendment.")
                     .format(reference=p.reference, amendment=", ".join(amendment[:-1]), other=amendment[-1])),
                    hint=translate("Errors", "Give the reason; it is recorded in the audit trail and shown "
                                             "in the panel report."))
            if "deadline_utc" in after:
                after["applications_redecided"] = redecide_deadline(uow.session, p)
            if after:
                uow.touch(p)
                if amendment:
                    after["reason"] = (reason or "").strip()
                uow.audit(p.id, "procedure.amendment" if amendment else "procedure.settings", "procedure",
                          p.reference, before, after)
            uow.flush()
        kinds = {Change.SETTINGS} if after else set()
        if "deadline_utc" in after:
            kinds |= {Change.APPLICATIONS, Change.ELIGIBILITY}
        return Changed(self.settings(reference if edit.reference is UNCHANGED else edit.reference), frozenset(kinds))

    def audit_trail(self, reference: str, action: str | None = None,
                    limit: int = 1000) -> builtins.list[AuditEntry]:
        with read_only(self.db) as s:
            p = self._get(s, reference)
            return [AuditEntry(e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after)
                    for e in audit_events(s, p.id, limit) if action is None or e.action == action]

    @staticmethod
    def _get(s, reference: str) -> Procedure:
        p = q.by_reference(s, reference)
        if p is None:
            raise NotFound(translate("Errors", "No procedure {reference} in this database.")
                               .format(reference=reference))
        return p


def redecide_deadline(s, p: Procedure) -> int:
    """Every application's on-time check and `late` flag against the procedure's (new) deadline, and which of
    each candidate's applications counts; returns how many applications changed."""
    changed, touched = 0, set()
    for a in qa.of_procedure(s, p.id):
        timely = on_time(a.received_utc, p.deadline_utc)
        if timely != a.on_time:
            a.on_time = timely
            a.flags = with_late_flag(list(a.flags or []), timely)
            changed += 1
            if a.candidate_id:
                touched.add(a.candidate_id)
    for cid in touched:
        restatus(qa.of_candidate(s, cid))
    return changed


def _validated(key: str, value):
    if key == "timezone":
        try:
            ZoneInfo(value)
        except Exception:
            raise UserFacingError(translate("Errors", "'{value}' is not a time zone (e.g. Europe/Brussels).")
                                      .format(value=value)) from None
    if key == "deadline_utc" and (not isinstance(value, datetime) or value.tzinfo is None):
        raise UserFacingError(translate("Errors", "The deadline must be a date and time with its zone."))
    if key == "underrepresented":
        codes = []
        for v in value:
            c = eu_code(v)
            if not c:
                raise UserFacingError(translate("Errors", "'{v}' is not a Member State code (use the EU "
                                                          "codes, EL for Greece).").format(v=v))
            codes.append(c)
        return codes
    if key == "reference" and not str(value).strip():
        raise UserFacingError(translate("Errors", "The selection reference cannot be empty."))
    if key == "report_language":
        return report_language.validated(value)
    return value


def _jsonable(v):
    return v.isoformat() if isinstance(v, datetime) else v
