"""Building the report dataclasses (panel_app.reports.data) from the database, through the services.

This module: the shared context (header, panel composition, declarations, sign-offs), the criteria,
the intake counts and the eligibility report. The extract is in report_data_extract.py; the shortlist,
the candidate sheets and the panel report in report_data_panel.py.

`sv` is any object with the services as attributes (procedures, grid, members, applications,
eligibility, scoring, panel) and the database as `db` (for the read-only report queries) — the
ReportService passes itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, overload

from panel_app.domain.flags import flag_text as flag_words
from panel_app.domain.texts import joined, moment, translate
from panel_app.reports.data import (
    DEFAULT_MARKING,
    AuditSeal,
    CriterionInfo,
    EligibilityData,
    EligibilityRow,
    IntakeCounts,
    PanelMemberInfo,
    ReportContext,
)

from .eligibility_info import CandidateName, EligibilityCheck, EligibilityCounts
from .grid_info import GridInfo

if TYPE_CHECKING:
    from .final_signoff import Signoff
    from .report_sources import ReportSources

ART29 = {"official": "Commission official", "other_institution": "Official of another institution",
         "laureate": "Competition laureate"}
NOBODY = translate("Record", "nobody")


@overload
def when(value: None) -> None: ...
@overload
def when(value: datetime | str) -> datetime: ...
def when(value: datetime | str | None) -> datetime | None:
    """An aware datetime from what the services return (a datetime, an ISO string ending in Z, or None)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def person(candidate: CandidateName, fallback: str = "") -> str:
    """'Surname, First name' as the lists show it; the e-mail or the source when the name is unknown."""
    name = ", ".join(v for v in (candidate.surname, candidate.first_name) if v)
    return name or candidate.email or fallback or "(unknown)"


def distinct_names(names: dict[str, str]) -> dict[str, str]:
    """e-mail -> the name as lists print it, with the e-mail added where two candidates bear the same name."""
    count: dict[str, int] = {}
    for n in names.values():
        count[n.casefold()] = count.get(n.casefold(), 0) + 1
    return {e: (f"{n} ({e})" if count[n.casefold()] > 1 else n) for e, n in names.items()}


def article29_text(category: str | None) -> str:
    return ART29.get(category or "", category or "")


def panel_members(sv: ReportSources, ref: str, signoffs: list[Signoff] | None = None) -> list[PanelMemberInfo]:
    """The panel composition: every seat with its role, replacements, declaration and sign-off times."""
    members = sv.members.list(ref)
    replaced_by = {m.replaces: m.name for m in members if m.replaces}
    signed: dict[str, datetime | None] = {}
    for d in sv.scoring.declarations(ref):
        if d.kind == "confidentiality" and d.member:
            signed.setdefault(d.member, when(d.signed_at))
    signs = {s.member: when(s.signed_at) for s in signoffs or []}
    return [PanelMemberInfo(name=m.name, role=m.role, voting=m.voting, replaced_by=replaced_by.get(m.name),
                            declaration_signed_at=signed.get(m.name), signoff_at=signs.get(m.name))
            for m in members]


def context(sv: ReportSources, ref: str, *, signoffs: list[Signoff] | None = None, draft: bool = False,
            with_panel: bool = True) -> ReportContext:
    s = sv.procedures.settings(ref)
    post = " – ".join(v for v in (s.directorate_general, s.unit) if v)
    return ReportContext(
        reference=s.reference, title=s.title, grade=s.grade or "", post=post,
        place=s.place or "", confidentiality=s.confidentiality or DEFAULT_MARKING,
        timezone=s.timezone or "Europe/Brussels", procedure=s.staff_category or "",
        panel=panel_members(sv, ref, signoffs) if with_panel else [], draft=draft, audit=audit_seal(sv, ref),
        language=s.report_language or "en")


def audit_seal(sv: ReportSources, ref: str) -> AuditSeal:
    """The chain's verification, printed by every report (services/audit.py)."""
    from .audit import AuditService

    v = AuditService(sv.db).status(ref)
    return AuditSeal(ok=v.ok, events=v.events, last_hash=v.last_hash,
                     first_finding=v.findings[0].line() if v.findings else "")


def criteria(grid: GridInfo, *, stage: str | None = None, group: str | None = None,
             scored_only: bool = True) -> list[CriterionInfo]:
    """The grid's criteria as the reports print them, in grid order."""
    out = []
    for c in sorted(grid.criteria, key=lambda c: c.position):
        if stage is not None and c.stage != stage:
            continue
        if group is not None and c.group != group:
            continue
        if scored_only and c.kind != "scored":
            continue
        out.append(CriterionInfo(code=c.code, title=c.title, group=c.group, weight=float(c.weight), minimum=c.minimum))
    return out


def intake_counts(counts: EligibilityCounts) -> IntakeCounts:
    return IntakeCounts(received=counts.received, on_time=counts.on_time, eligible=counts.eligible,
                        excluded=counts.excluded, to_verify=counts.to_verify)


def check_outcome(check: EligibilityCheck) -> tuple[str, str]:
    """(outcome, reason) of one eligibility cell: the panel's decision, else the suggestion (said so)."""
    outcome = check.outcome
    reason = check.reason or ""
    if not check.decided and outcome in ("not_met", "to_verify"):
        reason = (translate("Record", "{reason} (suggested, not yet decided by the panel)").format(reason=reason)
                  if reason else translate("Record", "Suggested, not yet decided by the panel"))
    return outcome, reason


def decided_text(check: EligibilityCheck, tz: str) -> str:
    """ "Lukas Wagner, 06.12.2026 16:15" for a decided check (the time a Moment); "" while only suggested."""
    if not check.decided:
        return ""
    return joined([check.decided_by or "?", moment(when(check.decided_at), tz)], ", ")


def certification(rows: list[EligibilityRow]) -> str:
    open_rows = [r for r in rows if r.undecided]
    deciders = ", ".join(sorted({d.split(",")[0] for r in rows for d in r.decided.values()})) or NOBODY
    n = sum(len(r.decided) for r in rows)
    if open_rows:
        return translate("Record", "NOT YET CERTIFIABLE: {open} application(s) still have criteria without a "
                                   "person's decision (marked '(suggested, not yet decided by the panel)'). {n} "
                                   "outcome(s) decided so far by {deciders}.").format(
            open=len(open_rows), n=n, deciders=deciders)
    return translate("Record", "Every outcome in this report ({n} decisions on {applications} applications) was "
                               "decided by a person: {deciders}. No exclusion rests on a suggestion of the "
                               "software.").format(n=n, applications=len(rows), deciders=deciders)


def eligibility_data(sv: ReportSources, ref: str, progress=None) -> EligibilityData:
    ov = sv.eligibility.overview(ref)
    tz = sv.procedures.settings(ref).timezone or "Europe/Brussels"
    excluded_by: dict[str, str] = {}
    for e in reversed(sv.procedures.audit_trail(ref, action="application.exclude", limit=100_000)):
        excluded_by[str(e.entity_id)] = joined([e.actor, moment(when(e.at), tz)], ", ")
    if progress:
        progress(0.4, "Reading the applications")
    apps = {a.id: a for a in sv.applications.list(ref)}
    codes = [c.code for c in ov.criteria]
    titles = {c.code: c.title for c in ov.criteria}
    rows = []
    for r in ov.rows:
        a = apps.get(r.id)
        mine = [c for c in r.checks if c.criterion in codes]
        checks = {c.criterion: check_outcome(c) for c in mine}
        rows.append(EligibilityRow(
            name=person(r.candidate, r.source), email=r.candidate.email or "",
            source=r.source, flags=[flag_words(f) for f in (a.flags if a else [])],
            received=moment(when(a.received_utc if a else None), tz, seconds=True), checks=checks, overall=r.overall, excluded=bool(r.excluded),
            exclusion_reason=r.exclusion_reason or "", article29=article29_text(r.article29),
            decided={c.criterion: decided_text(c, tz) for c in mine if c.decided},
            undecided=[c.criterion for c in mine if not c.decided],
            excluded_by=excluded_by.get(str(r.id), "") if r.excluded else ""))
    crits = [CriterionInfo(code=c, title=titles[c], group="eligibility", weight=0.0) for c in codes]
    undecided = any(r.undecided for r in rows)
    return EligibilityData(context=context(sv, ref, draft=undecided), criteria=crits, rows=rows,
                           counts=intake_counts(ov.counts), certification=certification(rows), received_zone=tz)
