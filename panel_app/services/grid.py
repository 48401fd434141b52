"""The grid: read it, edit criteria and rules (amendments with a reason once sealed), seal it.

Its mutations return `Changed[...]` with Change.GRID, or no kind when an edit changed nothing (the same values
again). The history's grid.edit/grid.amend/grid.seal events need no Change.AUDIT: that kind is for an event of
the record only (the History page re-reads when shown)."""

from __future__ import annotations

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import NotFound, Refused, StaleEdit, UserFacingError
from panel_app.domain.grid import (
    CONSOLIDATION,
    FINAL_RANKING,
    GROUPS,
    PASS_MARKS,
    STAGE_OF_GROUP,
    Rules,
    anchors_on_scale,
    default_kind,
    grid_hash,
    is_pass_mark,
)
from panel_app.domain.texts import translate
from panel_app.domain.times import iso_utc, local_text
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import procedures as q
from panel_app.store.clock import utcnow
from panel_app.store.decisions import decisions_of_kind
from panel_app.store.models import Criterion, Decision

from .actors import Actor, require_permission, require_role
from .edits import CriterionEdit, RulesEdit
from .grid_info import CriterionScale, GridAmendment, GridCriterionInfo, GridInfo
from .procedures import ProcedureService, deadline_iso


def criterion_info(c: Criterion, rules: Rules, anchors: dict) -> GridCriterionInfo:
    lo, hi = rules.scale
    scale = None
    if c.kind == "scored":
        scale = CriterionScale(min=lo, max=hi, na_allowed=True, anchors=anchors_on_scale(c.anchors, anchors, (lo, hi)))
    return GridCriterionInfo(code=c.code, group=c.group, stage=c.stage, kind=c.kind, title=c.title, weight=c.weight,
                         minimum=c.minimum, scale=scale, keywords=list(c.keywords or []), declared=c.declared,
                         position=c.position, version=c.version, anchors=dict(c.anchors or {}))


def criterion_dict(c: Criterion, rules: Rules, anchors: dict) -> dict:
    """The criterion in the form the grid hash is computed over (JSON)."""
    return criterion_info(c, rules, anchors).as_json()


class GridService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def grid(self, reference: str) -> GridInfo:
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            rules, r = dict(p.rules), p.grid_rules
            crit = [criterion_info(c, r, p.anchors) for c in q.criteria(s, p.id)]
            amendments = [GridAmendment(at=iso_utc(d.decided_at), criterion=d.criterion_code, reason=d.reason,
                                        change=d.value) for d in decisions_of_kind(s, p.id, "amendment")]
            return GridInfo(
                reference=p.reference, deadline=deadline_iso(p), timezone=p.timezone,
                pass_mark=r.pass_mark, interview_pass_mark=r.interview_pass_mark,
                best_n=r.best_n, tie_break=list(r.tie_break),
                consolidation=r.consolidation, divergence_points=r.divergence_points,
                article29_bypass_best_n=r.article29_bypass_best_n,
                final_ranking=r.final_ranking, combined_weights=dict(r.combined_weights),
                rules=rules, anchors=dict(p.anchors),
                criteria=crit, sealed=p.sealed_at is not None,
                sealed_at=iso_utc(p.sealed_at), sealed_by=p.sealed_by, grid_hash=p.grid_hash,
                amendments=amendments, version=p.version,
            )

    def current_hash(self, reference: str) -> str:
        g = self.grid(reference)
        return grid_hash([c.as_json() for c in g.criteria], _hashable_rules(g.rules), g.anchors)

    def update_criterion(self, reference: str, code: str, edit: CriterionEdit, expected_version: int,
                         actor: Actor, reason: str | None = None) -> Changed[GridCriterionInfo]:
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            self._check_may_edit(p, actor, reason, uow.session)
            c = q.criterion(uow.session, p.id, code)
            if c is None:
                raise NotFound(translate("Errors", "No criterion {code} in {reference}.")
                                   .format(code=code, reference=reference))
            if c.version != expected_version:
                raise StaleEdit(translate("Errors", "Criterion {code}").format(code=code), c.updated_by, local_text(c.updated_at, p.timezone))
            before, after = {}, {}
            for key, value in edit.changes():
                value = _check_criterion_value(key, value, p.grid_rules)
                if getattr(c, key) != value:
                    before[key], after[key] = getattr(c, key), value
                    setattr(c, key, value)
            if "group" in after:
                c.stage, c.kind = STAGE_OF_GROUP[c.group], default_kind(c.group)
            if after:
                uow.touch(c)
                self._record(uow, p, code, before, after, reason, c)
            uow.flush()
            return Changed.of(criterion_info(c, p.grid_rules, p.anchors), *_grid_if(after))

    def update_rules(self, reference: str, edit: RulesEdit, expected_version: int, actor: Actor,
                     reason: str | None = None) -> Changed[GridInfo]:
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            self._check_may_edit(p, actor, reason, uow.session)
            if p.version != expected_version:
                raise StaleEdit(translate("Errors", "The rules of {reference}").format(reference=reference), p.updated_by, local_text(p.updated_at, p.timezone))
            rules = dict(p.rules)
            codes = {c.code for c in q.criteria(uow.session, p.id)}
            before, after = {}, {}
            for key, value in edit.changes():
                _check_rule(key, value, codes)
                if rules.get(key) != value:
                    before[key], after[key] = rules.get(key), value
                    rules[key] = value
            if after:
                p.rules = rules
                uow.touch(p)
                self._record(uow, p, None, before, after, reason, p)
            uow.flush()
        return Changed.of(self.grid(reference), *_grid_if(after))

    def seal(self, reference: str, actor: Actor) -> Changed[GridInfo]:
        digest = self.current_hash(reference)
        with unit_of_work(self.db, actor.name) as uow:
            p = ProcedureService._get(uow.session, reference)
            members = q.members(uow.session, p.id)
            require_role(actor, "chair", action=translate("Errors", "seal the grid"), has_members=bool(members))
            if not members:
                raise Refused(translate("Errors", "Add the panel (at least the chair) before sealing the "
                                                  "grid."))
            if p.sealed_at is not None:
                raise Refused(translate("Errors", "The grid of {reference} was already sealed at {time}.")
                                  .format(reference=reference, time=local_text(p.sealed_at, p.timezone)))
            p.sealed_at, p.sealed_by, p.grid_hash = utcnow(), actor.name, digest
            uow.touch(p)
            uow.audit(p.id, "grid.seal", "procedure", p.reference, None, {"grid_hash": digest}, rows=[p])
        return Changed.of(self.grid(reference), Change.GRID)

    @staticmethod
    def _check_may_edit(p, actor: Actor, reason: str | None, s=None) -> None:
        has = bool(q.members(s, p.id)) if s is not None else None
        if p.sealed_at is None:
            require_permission(actor, "criterion", "UPDATE", action=translate("Errors", "edit the grid"), has_members=has)
            return
        require_permission(actor, "criterion", "UPDATE", unless=("not_sealed",), action=translate("Errors", "amend a sealed grid"),
                           has_members=has)
        if not (reason and reason.strip()):
            raise Refused(translate("Errors", "The grid is sealed: a change is an amendment and needs a "
                                              "reason."))

    @staticmethod
    def _record(uow, p, code, before, after, reason, row) -> None:
        sealed = p.sealed_at is not None
        rows = [row]
        if sealed:
            rows.append(uow.add(Decision(procedure_id=p.id, kind="amendment", criterion_code=code, value=str(after),
                                         reason=reason.strip(), decided_at=utcnow(), updated_by=uow.actor)))
        uow.audit(p.id, "grid.amend" if sealed else "grid.edit", "criterion" if code else "rules",
                  code or p.reference, before, after, rows=rows)


def _grid_if(after: dict) -> tuple[Change, ...]:
    """Change.GRID when an edit changed a value; nothing when every value was already the one given."""
    return (Change.GRID,) if after else ()


def _hashable_rules(rules: dict) -> dict:
    return {k: rules[k] for k in sorted(rules)}


def _check_criterion_value(key: str, value, rules: Rules):
    if key == "weight":
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise UserFacingError(translate("Errors", "Weight '{value}' is not a number.").format(value=value)) from None
        if not 0 <= value <= 10:
            raise UserFacingError(translate("Errors", "A weight must be between 0 and 10."))
    if key == "minimum" and value is not None:
        value = float(value)
        lo, hi = rules.scale
        if not lo <= value <= hi:
            raise UserFacingError(translate("Errors", "A minimum must be within the scale."))
    if key == "group" and value not in GROUPS:
        raise UserFacingError(translate("Errors", "'{value}' is not a group ({groups}).")
                                  .format(value=value, groups=', '.join(GROUPS)))
    if key == "title" and not str(value).strip():
        raise UserFacingError(translate("Errors", "A criterion needs a title."))
    return value


def _check_rule(key: str, value, codes: set[str]) -> None:
    if key in PASS_MARKS and not is_pass_mark(value):
        raise UserFacingError(translate("Errors", "A pass mark is a percentage from 0 to 100."))
    if key == "best_n" and value is not None and not (isinstance(value, int) and value >= 1):
        raise UserFacingError(translate("Errors", "Best N must be a whole number of at least 1, or empty "
                                                  "for no limit."))
    if key == "tie_break":
        unknown = [c for c in value if c not in codes]
        if unknown:
            raise UserFacingError(translate("Errors", "Tie-break criteria not in the grid: {unknown}.")
                                      .format(unknown=', '.join(unknown)))
    if key == "consolidation" and value not in CONSOLIDATION:
        raise UserFacingError(translate("Errors", "Consolidation must be one of {consolidation}.")
                                  .format(consolidation=', '.join(CONSOLIDATION)))
    if key == "final_ranking" and value not in FINAL_RANKING:
        raise UserFacingError(translate("Errors", "Final ranking must be one of {final_ranking}.")
                                  .format(final_ranking=', '.join(FINAL_RANKING)))
