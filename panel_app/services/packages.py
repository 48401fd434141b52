"""Offline packages: a member scores on a laptop without the panel's database, and the chair merges the result.

export (chair)  -> one encrypted file: sealed grid + hash, the member's non-conflicted candidates in their
                   order with documents, and a fresh Ed25519 private key (its public key stays with the chair)
open (member)   -> a local SQLite procedure; the member declares, scores and submits with the normal commands
return (member) -> an encrypted file of the declarations and submitted marks, signed with the private key
import (chair)  -> signature, procedure and grid hash verified; marks merged as submitted; idempotent
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from panel_app.domain.changes import Change, Changed
from panel_app.domain.decision_values import PackageKeyValue
from panel_app.domain.errors import AlteredFile, NotFound, Refused, ReturnOutOfDate
from panel_app.domain.texts import translate
from panel_app.domain.times import local_text
from panel_app.store import Database, read_only, unit_of_work
from panel_app.store import procedures as q
from panel_app.store.clock import utcnow
from panel_app.store.decisions import decisions_of_kind, new_decision, value_of
from panel_app.store.models import OfflinePackage, PackageReturn
from panel_app.store.packages import latest_package, select_returns

from . import package_build as build
from . import package_format as fmt
from . import scoring_access as gate
from .actors import Actor, require_role
from .package_merge import merge_return, state_key, states_by_key
from .passwords import new_hash
from .procedures import ProcedureService

KEY_DECISION = PackageKeyValue.KIND
FORMAT = 2  # 2: the package carries the state of each assessment at export; a return has its own id


class _AsJson:
    def as_json(self) -> dict:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True)
class PackageWritten(_AsJson):
    """A member's package, exported (the file's bytes go with it)."""

    member: str
    package_id: str
    candidates: int
    grid_hash: str


@dataclass(frozen=True)
class PackageOpened(_AsJson):
    """A package opened on the member's laptop: the local procedure and how the member signs in there."""

    reference: str
    member: str
    candidates: int
    grid_hash: str
    password: str


@dataclass(frozen=True)
class ReturnWritten(_AsJson):
    """The member's signed return (the file's bytes go with it)."""

    member: str
    submitted: int


@dataclass(frozen=True)
class ReturnMerged(_AsJson):
    """A member's return, verified and merged into the panel's database."""

    member: str
    merged: int
    unchanged: int
    declarations: int


class PackageService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def export(self, reference: str, actor: Actor, member: str,
               passphrase: str | None = None) -> Changed[tuple[bytes, PackageWritten]]:
        """The sealed package for `member` and its summary; the export is recorded (the member's key, the
        audit record)."""
        passphrase = fmt.require_passphrase(passphrase)
        private, public = fmt.new_key_pair()
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p = ProcedureService._get(s, reference)
            require_role(actor, "chair", action=translate("Errors", "export an offline package"), has_members=True)
            gate.require_sealed(p)
            m = q.member(s, p.id, member)
            if m is None or not m.active:
                raise NotFound(translate("Errors", "{member} is not an active member of the panel of "
                                                   "{reference}.").format(member=member, reference=reference))
            if not m.voting or m.role not in ("chair", "member"):
                raise Refused(translate("Errors", "{name} ({role}) does not score: no package is needed.")
                                  .format(name=m.name, role=m.role))
            digest = build.hash_of(list(p.criteria), p.rules, p.anchors)
            candidates = build.candidates_payload(s, p, m)
            ids = build.qs.candidate_ids(s, p.id)
            now_states = states_by_key(s, m, {ids[c["email"]]: c["email"] for c in candidates})
            bases = {state_key(c["email"], stage): now_states.get(state_key(c["email"], stage), "")
                     for c in candidates for stage in gate.STAGES}
            payload: dict[str, Any] = {"format": FORMAT, "package_id": uuid.uuid4().hex, "created_at": utcnow().isoformat(),
                       "procedure": build.procedure_payload(s, p), "criteria": build.criteria_payload(s, p),
                       "grid_hash": digest, "member": {"name": m.name, "role": m.role},
                       "private_key": private, "candidates": candidates, "bases": bases}
            m.public_key = public
            uow.touch(m)
            uow.add(OfflinePackage(package_id=payload["package_id"], procedure_id=p.id, member_id=m.id,
                                   exported_at=utcnow(), exported_by=actor.name, bases=bases))
            uow.audit(p.id, "package.export", "member", m.name, None,
                      {"package_id": payload["package_id"], "candidates": len(payload["candidates"]),
                       "grid_hash": digest})
        summary = PackageWritten(m.name, payload["package_id"], len(payload["candidates"]), digest)
        return Changed.of((fmt.seal(fmt.PACKAGE_MAGIC, payload, passphrase), summary), Change.MEMBERS, Change.AUDIT)

    def open(self, data: bytes, passphrase: str | None = None,
             password: str | None = None) -> Changed[PackageOpened]:
        """Create the local procedure from a package (in this service's, normally a fresh SQLite, database).
        The member signs in there with `password`, or, when none is given, with the package's passphrase."""
        passphrase = fmt.require_passphrase(passphrase)
        pkg = fmt.unseal(fmt.PACKAGE_MAGIC, data, passphrase, translate("Errors", "member package"))
        name = pkg["member"]["name"]
        password_hash = new_hash(password or passphrase, name)
        with unit_of_work(self.db, name) as uow:
            p, m = build.build_local(uow, pkg, public_key="", password_hash=password_hash)
            m.public_key = fmt.public_of(pkg["private_key"])
            key = uow.add(new_decision(PackageKeyValue(
                package_id=pkg["package_id"], grid_hash=pkg["grid_hash"], bases=pkg.get("bases") or {},
                key=fmt.protect_private_key(pkg["private_key"], passphrase)),
                procedure_id=p.id, member_id=m.id, decided_at=utcnow()))
            uow.audit(p.id, "package.open", "procedure", p.reference, None,
                      {"package_id": pkg["package_id"], "candidates": len(pkg["candidates"])},
                      rows=[p, *p.criteria, m, key])
        return Changed.of(PackageOpened(p.reference, name, len(pkg["candidates"]), pkg["grid_hash"],
                                        "your own" if password else "the package's passphrase"),
                          Change.SETTINGS, Change.GRID, Change.MEMBERS, Change.APPLICATIONS)

    def make_return(self, reference: str, actor: Actor,
                    passphrase: str | None = None) -> tuple[bytes, ReturnWritten]:
        """The member's signed return (reads only: writes nothing in the database, so it is no mutation)."""
        passphrase = fmt.require_passphrase(passphrase)
        gate.require_member(actor)
        with read_only(self.db) as s:
            p = ProcedureService._get(s, reference)
            keys = [d for d in decisions_of_kind(s, p.id, KEY_DECISION) if d.member_id == actor.member_id]
            if not keys:
                raise Refused(translate("Errors", "{reference} here was not opened from an offline package "
                                                  "for {name}.").format(reference=reference, name=actor.name))
            info = value_of(keys[-1], PackageKeyValue)
            cands: dict[int | None, str] = {c.id: c.email for c in build.qs.scorable_candidates(s, p.id)}
            crits = {c.id: c.code for c in q.criteria(s, p.id)}
            decls = [{"kind": d.kind, "candidate": cands.get(d.candidate_id), "type": d.conflict_type,
                      "reason": d.reason, "signed_at": d.signed_at.isoformat()}
                     for d in build.qs.declarations(s, p.id, actor.member_id)]
            assessments = []
            for stage in gate.STAGES:
                for a in build.qs.assessments(s, p.id, stage):
                    if a.member_id != actor.member_id or a.status != "submitted":
                        continue
                    marks: list[dict[str, Any]] = [{"criterion": crits[sc.criterion_id], "value": sc.value, "na": sc.na,
                              "comment": sc.comment, "evidence_page": sc.evidence_page}
                             for sc in build.qs.scores_of(s, actor.member_id, a.candidate_id, stage)]
                    assessments.append({"candidate": cands[a.candidate_id], "stage": stage,
                                        "built_from": (info.bases or {}).get(
                                            state_key(cands[a.candidate_id], stage)),
                                        "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None,
                                        "marks": sorted(marks, key=lambda x: x["criterion"])})
            digest = build.hash_of(list(p.criteria), p.rules, p.anchors)
        body = {"format": FORMAT, "return_id": uuid.uuid4().hex, "package_id": info.package_id,
                "reference": reference, "member": actor.name,
                "grid_hash": digest, "created_at": utcnow().isoformat(), "declarations": decls,
                "assessments": sorted(assessments, key=lambda x: (x["stage"], x["candidate"]))}
        signed = {"body": body, "signature": fmt.sign(body, info.key, passphrase)}
        return fmt.seal(fmt.RETURN_MAGIC, signed, passphrase), ReturnWritten(actor.name, len(assessments))

    def import_return(self, reference: str, actor: Actor, data: bytes,
                      passphrase: str | None = None) -> Changed[ReturnMerged]:
        """Verify a member's signed return and merge its submitted assessments and declarations."""
        passphrase = fmt.require_passphrase(passphrase)
        signed = fmt.unseal(fmt.RETURN_MAGIC, data, passphrase, translate("Errors", "member's return file"))
        body, signature = signed.get("body") or {}, signed.get("signature") or ""
        with unit_of_work(self.db, actor.name) as uow:
            s = uow.session
            p = ProcedureService._get(s, reference)
            require_role(actor, "chair", action=translate("Errors", "import a member's marks"), has_members=True)
            if body.get("reference") != p.reference:
                raise Refused(translate("Errors", "This return file belongs to procedure {value}, not "
                                                  "{reference}.")
                                  .format(value=body.get('reference'), reference=p.reference))
            m = q.member(s, p.id, body.get("member") or "")
            if m is None:
                raise Refused(translate("Errors", "{value} is not on the panel of {reference}.")
                                  .format(value=body.get('member'), reference=p.reference))
            if not m.public_key:
                raise Refused(translate("Errors", "No package was exported to {name}: nothing to verify "
                                                  "the signature with.").format(name=m.name))
            package = self._package_answered(s, p, m, body)
            if not fmt.verify(body, signature, m.public_key):
                raise AlteredFile(translate("Errors", "The signature of {name}'s return file does not "
                                                      "match: the file was altered after the member signed "
                                                      "it. Nothing was merged.").format(name=m.name),
                                  hint=translate("Errors", "Ask the member to send the return file again."))
            current = build.hash_of(list(p.criteria), p.rules, p.anchors)
            if body.get("grid_hash") != current:
                raise Refused(translate("Errors", "Grid mismatch: {name} scored on grid {value}…, the "
                                                  "panel's grid is now {current}…. The marks were not "
                                                  "imported.")
                                  .format(name=m.name, value=str(body.get('grid_hash'))[:12], current=current[:12]),
                              hint=translate("Errors", "Export a new package with the current grid."))
            done = s.get(PackageReturn, str(body.get("return_id") or ""))
            if done is not None:
                raise ReturnOutOfDate(translate("Errors", "This return file of {name} was already merged "
                                                          "on {time} by {merged_by}: a return is merged "
                                                          "once. Nothing was changed.")
                                          .format(name=m.name, time=local_text(done.merged_at, p.timezone), merged_by=done.merged_by),
                                      hint=translate("Errors", "For marks changed since, the member works "
                                                               "in the panel's database or on a new "
                                                               "package."))
            earlier = {k: (token, local_text(r.merged_at, p.timezone))
                       for r in s.scalars(select_returns(package.package_id)) for k, token in r.merged.items()}
            result, after = merge_return(uow, p, m, body, package.bases, earlier,
                                         local_text(package.exported_at, p.timezone))
            uow.add(PackageReturn(return_id=body["return_id"], package_id=package.package_id, procedure_id=p.id,
                                  member_id=m.id, made_at=_parse(body.get("created_at")), merged_at=utcnow(),
                                  merged_by=actor.name, merged=after))
            uow.audit(p.id, "package.import", "member", m.name, None,
                      {"package_id": package.package_id, "return_id": body["return_id"], **result})
            kinds = ({Change.SCORES} if result.get("merged") else set()) | (
                {Change.DECLARATIONS} if result.get("declarations") else set())
            return Changed(ReturnMerged(m.name, result["merged"], result["unchanged"], result["declarations"]),
                           frozenset(kinds))

    @staticmethod
    def _package_answered(s, p, m, body: dict) -> OfflinePackage:
        """The export this return answers: it must be the member's latest package, from this database."""
        if body.get("format", 1) < FORMAT or not body.get("return_id"):
            raise ReturnOutOfDate(translate("Errors", "This return file of {name} comes from an older "
                                                      "panel_app that did not record which version of each "
                                                      "assessment it was built from. Nothing was merged.")
                                      .format(name=m.name),
                                  hint=translate("Errors", "Export a new package for the member."))
        package = s.get(OfflinePackage, str(body.get("package_id") or ""))
        latest = latest_package(s, m.id)
        if package is None or package.member_id != m.id or latest is None:
            raise ReturnOutOfDate(translate("Errors", "This return file answers a package that was not "
                                                      "exported to {name} from this database. Nothing was "
                                                      "merged.").format(name=m.name),
                                  hint=translate("Errors", "Import it into the panel's own database."))
        if latest.package_id != package.package_id:
            raise ReturnOutOfDate(
                translate("Errors", "This return file answers {name}'s package of {time}; a newer one was "
                                    "exported on {time2}. Nothing was merged.")
                    .format(name=m.name, time=local_text(package.exported_at, p.timezone), time2=local_text(latest.exported_at, p.timezone)),
                hint=translate("Errors", "Ask the member for the return file of the latest package."))
        return package


def _parse(text: str | None):
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
